#!/usr/bin/env bash
# Runs the suite like deploy/run.sh, but every service stores in its own PostgreSQL database on a
# fresh local server started from the Debian packages (./data/postgres, port 55433; emptied at
# each start, so the samples are ingested again).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pg_dir="${CHRONICLE_PG_DIR:-$root/data/postgres}"
pg_port="${CHRONICLE_PG_PORT:-55433}"

base="$(bash "$root/deploy/postgres.sh" start "$pg_dir" "$pg_port")"
trap 'bash "$root/deploy/postgres.sh" stop "$pg_dir"' EXIT
for service in ingestion entities timeline; do
  psql "host=127.0.0.1 port=$pg_port user=chronicle dbname=postgres" -qc "CREATE DATABASE chronicle_$service" >/dev/null
done
echo "[run] PostgreSQL on 127.0.0.1:$pg_port with databases chronicle_ingestion, chronicle_entities, chronicle_timeline"

CHRONICLE_POSTGRES="$base" bash "$root/deploy/run.sh"

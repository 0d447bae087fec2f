#!/usr/bin/env bash
# Publishes the four hosts (and any other program named on the command line) precompiled to native
# code (ReadyToRun), each into <project>/bin/Release/ready-to-run/: their code, the libraries' and
# the packages' alike, starts from precompiled code instead of the JIT's quick tier, and the runtime
# still compiles hot methods again at its optimised tier. Framework-dependent (the installed runtime
# runs them), for this machine's runtime identifier. The ingest benchmark runs them with
# BENCH_READY_TO_RUN=1; they did not lower the suite's CPU per document there (docs/performance.md,
# eleventh round), so deploy/run.sh runs the plain build.
#
#   deploy/publish-hosts.sh [PROJECT_DIR…]      e.g. deploy/publish-hosts.sh tests/Chronicle.LoadDriver
#
# The compiler comes as a package (Microsoft.NETCore.App.Crossgen2.<rid>) restored with the
# runtime packs on the first publish. Exits non-zero if a host could not be published, so a caller
# can run the plain build instead.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
hosts=(
  services/timeline/Chronicle.Timeline
  services/entities/Chronicle.Entities
  services/ingestion/Chronicle.Ingestion
  gateway/Chronicle.Gateway
  "$@"
)
rid="$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')"
if [ -z "$rid" ]; then
  echo "[publish] could not tell this machine's runtime identifier from 'dotnet --info'" >&2
  exit 1
fi
for dir in "${hosts[@]}"; do
  echo "[publish] $(basename "$dir") ($rid, ReadyToRun)"
  out="$dir/bin/Release/ready-to-run"
  rm -rf "$out"
  if ! dotnet publish "$dir" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
      -o "$out" -nologo -clp:ErrorsOnly -v quiet; then
    rm -rf "$out"
    echo "[publish] $(basename "$dir") could not be published precompiled" >&2
    exit 1
  fi
done

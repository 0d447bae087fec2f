#!/usr/bin/env bash
# Measures how fast the whole suite processes a long run of articles, first chunk against last
# (tests/Chronicle.LoadDriver in "ingest" mode; see docs/performance.md). Starts the three
# services and the gateway on loopback ports of their own (not the local run's), with an empty
# data folder and no rate limit, runs the driver and stops everything it started. The driver
# prints the first and last chunk's rate, the same libraries' rate in its own process over the same
# documents, each service's peak resident memory, and the CPU time each service and the gateway
# spent per document (per chunk, over the run and after the first chunk; see docs/performance.md). The built programs are copied into the run's
# folder first, so a build in the checkout during a long run does not change what runs.
#
#   BENCH_CORPUS       the articles (default /work/shared/corpus/trends-politics.json)
#   BENCH_DOCUMENTS    how many documents to send (default 20000)
#   BENCH_CHUNK        documents per measured chunk (default 1000)
#   BENCH_MINUTES      stop after this long even if not all are processed (default 60)
#   BENCH_CONCURRENCY  concurrent senders (default 4)
#   BENCH_BATCH        documents per post (default 1: POST /api/v1/documents; more: POST /api/v1/documents:batch)
#   BENCH_PORT_OFFSET  added to every port the run listens on (default 0), to run beside another run
#   BENCH_POSTGRES     1: every service stores in its own database on a throwaway PostgreSQL server
#                      (deploy/postgres.sh, port 55434) instead of SQLite files
#   BENCH_SERVICE_ARGS extra command-line settings for every service, such as "--Outbox:BatchSize=1"
#                      (hand-offs one message per call, as before batching) to compare settings in one build
#   BENCH_NO_BUILD     1: run the Release build already in the checkout instead of building first
#   BENCH_READY_TO_RUN 1: run the hosts and the driver as deploy/publish-hosts.sh publishes them,
#                      precompiled (ReadyToRun), published after the build; default 0, the plain build
#                      (no gain stood out of the noise: docs/performance.md, eleventh round)
#   BENCH_REPLICAS     replicas of each service (default 1; more than 1 needs BENCH_POSTGRES=1).
#                      Replica i of a stage hands off to replica i of the next; the replicas of a
#                      stage share its database and outbox, and the gateway balances over them.
#                      Each delivery is audited (Outbox:AuditDeliveries), and at the end the script
#                      prints how many outbox messages were delivered more than once, per service.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
configuration=Release
corpus="${BENCH_CORPUS:-/work/shared/corpus/trends-politics.json}"
key=bench-key
work="$(mktemp -d -t chronicle-bench-ingest-XXXXXX)"
offset="${BENCH_PORT_OFFSET:-0}"
gateway_port=$((8280 + offset))
pids=()
watch=""

log() { printf '[bench] %s\n' "$*"; }

replicas="${BENCH_REPLICAS:-1}"
postgres="${BENCH_POSTGRES:-0}"
if [ "$replicas" -gt 1 ] && [ "$postgres" != 1 ]; then
  echo "BENCH_REPLICAS > 1 needs BENCH_POSTGRES=1 (replicas share one database per service)" >&2; exit 2
fi
pg_port=$((55434 + ${BENCH_PORT_OFFSET:-0}))

stop_all() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "$postgres" = 1 ]; then bash "$root/deploy/postgres.sh" stop "$work/pg" || true; fi
  rm -rf "$work"
}
trap stop_all EXIT

ready_to_run="${BENCH_READY_TO_RUN:-0}"
if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
  log "building the suite and the load driver ($configuration)"
  dotnet build Microservices.sln -c "$configuration" -nologo -clp:ErrorsOnly -v quiet
  if [ "$ready_to_run" = 1 ]; then
    bash "$root/deploy/publish-hosts.sh" tests/Chronicle.LoadDriver || ready_to_run=0
  fi
fi
read -r -a service_args <<<"${BENCH_SERVICE_ARGS:-}"
# The build a run copies: the precompiled publication where there is one (deploy/publish-hosts.sh),
# else the plain build.
build_of() {
  local published="$1/bin/$configuration/ready-to-run"
  if [ "$ready_to_run" = 1 ] && [ -d "$published" ]; then echo "$published"; else echo "$1/bin/$configuration/net10.0"; fi
}
copy_build() { mkdir -p "$work/bin/$2" && cp -r "$(build_of "$1")/." "$work/bin/$2/"; }

ready() {
  local url=$1 name=$2
  for _ in $(seq 1 450); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    sleep 0.2
  done
  log "$name did not become ready at $url"; tail -50 "$work/$name.log" >&2 || true; exit 1
}

if [ "$postgres" = 1 ]; then
  # The server runs as the 'postgres' account, which must reach its folder inside the run's.
  chmod 755 "$work"
  pg_base="$(bash "$root/deploy/postgres.sh" start "$work/pg" "$pg_port")"
  for service in ingestion entities timeline; do
    psql "host=127.0.0.1 port=$pg_port user=chronicle dbname=postgres" -qc "CREATE DATABASE chronicle_$service" >/dev/null
  done
  log "PostgreSQL on 127.0.0.1:$pg_port, $replicas replica(s) of each service"
fi
storage_args() {
  if [ "$postgres" = 1 ]; then
    printf '%s\n' "--Storage:Provider=Postgres" "--ConnectionStrings:Chronicle=$pg_base;Database=chronicle_$1" "--Outbox:AuditDeliveries=true"
  fi
}
# Replica r (1-based) of a service listens on its base ports + 20 × (r − 1).
port() { echo $(( $1 + 20 * ($2 - 1) + offset )); }

# name | project directory | gRPC port | HTTP/1.1 port
services=(
  "timeline|services/timeline/Chronicle.Timeline|5303|5313"
  "entities|services/entities/Chronicle.Entities|5302|5312"
  "ingestion|services/ingestion/Chronicle.Ingestion|5301|5311"
)
mkdir -p "$work/data"
for entry in "${services[@]}"; do
  IFS='|' read -r name dir grpc_base http_base <<<"$entry"
  assembly="$(basename "$dir")"
  copy_build "$dir" "$name"
  for r in $(seq 1 "$replicas"); do
    grpc_port=$(port "$grpc_base" "$r"); http_port=$(port "$http_base" "$r")
    label=$name; [ "$replicas" -gt 1 ] && label="$name-$r"
    mapfile -t extra < <(storage_args "$name")
    (cd "$work/bin/$name" && CHRONICLE_DATA_DIR="$work/data" exec dotnet "$assembly.dll" \
        "--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:$grpc_port" \
        "--Kestrel:Endpoints:Http:Url=http://127.0.0.1:$http_port" \
        "--Services:Timeline=http://127.0.0.1:$(port 5303 "$r")" \
        "--Services:Entities=http://127.0.0.1:$(port 5302 "$r")" \
        "--Services:Ingestion=http://127.0.0.1:$(port 5301 "$r")" \
        "--Ingestion:SamplesDirectory=" \
        "${extra[@]}" "${service_args[@]}" \
        "--Logging:LogLevel:Default=Warning") >"$work/$label.log" 2>&1 &
    pids+=("$!")
    watch="${watch:+$watch,}$label=$!"
    ready "http://127.0.0.1:$http_port/health/ready" "$label"
  done
done
destinations=()
for r in $(seq 1 "$replicas"); do
  # The gateway's settings name one destination 'primary': replica 1 takes its place.
  destination=primary; [ "$r" -gt 1 ] && destination="replica$r"
  for entry in "ingestion|5301|5311" "entities|5302|5312" "timeline|5303|5313"; do
    IFS='|' read -r name grpc_base http_base <<<"$entry"
    destinations+=("--ReverseProxy:Clusters:$name:Destinations:$destination:Address=http://127.0.0.1:$(port "$grpc_base" "$r")"
                   "--ReverseProxy:Clusters:$name:Destinations:$destination:Health=http://127.0.0.1:$(port "$http_base" "$r")")
  done
done

copy_build gateway/Chronicle.Gateway gateway
copy_build tests/Chronicle.LoadDriver driver
(cd "$work/bin/gateway" && CHRONICLE_API_KEY="$key" exec dotnet Chronicle.Gateway.dll \
    "--Kestrel:Endpoints:Http:Url=http://127.0.0.1:$gateway_port" \
    "--Gateway:GrpcUrl=http://127.0.0.1:$((8281 + offset))" \
    "${destinations[@]}" \
    "--Gateway:RateLimits:PerKey:Permits=1000000000" \
    "--Gateway:RateLimits:PerAddress:Permits=1000000000" \
    "--Logging:LogLevel:Default=Warning") >"$work/gateway.log" 2>&1 &
pids+=("$!")
watch="$watch,gateway=$!"
ready "http://127.0.0.1:$gateway_port/health/ready" gateway

log "sending ${BENCH_DOCUMENTS:-20000} documents through the gateway ($(nproc) cores; load: $(uptime | sed 's/.*load/load/'))"
dotnet "$work/bin/driver/Chronicle.LoadDriver.dll" ingest --watch "$watch" \
  --gateway "http://127.0.0.1:$gateway_port" --corpus "$corpus" --api-key "$key" \
  --documents "${BENCH_DOCUMENTS:-20000}" --chunk "${BENCH_CHUNK:-1000}" \
  --concurrency "${BENCH_CONCURRENCY:-4}" --batch "${BENCH_BATCH:-1}" --max-minutes "${BENCH_MINUTES:-60}"
if [ "$postgres" = 1 ]; then
  # A message two dispatchers delivered has two rows in its service's outbox_deliveries.
  for service in ingestion entities timeline; do
    psql "host=127.0.0.1 port=$pg_port user=chronicle dbname=chronicle_$service" -Atc "
      SELECT '$service: ' || COUNT(*) || ' messages delivered, ' || COUNT(*) FILTER (WHERE times > 1) || ' delivered more than once, by '
             || (SELECT COUNT(DISTINCT delivered_by) FROM outbox_deliveries) || ' dispatchers; '
             || (SELECT COUNT(*) FROM outbox WHERE parked_at IS NULL) || ' still waiting'
      FROM (SELECT message_id, COUNT(*) AS times FROM outbox_deliveries GROUP BY message_id) m"
  done
fi
log "done (load: $(uptime | sed 's/.*load/load/'))"

#!/usr/bin/env bash
# Measures how fast the whole suite processes a long run of articles, first chunk against last
# (tests/Chronicle.LoadDriver in "ingest" mode; see docs/performance.md). Starts the three
# services and the gateway on loopback ports of their own (not the local run's), with an empty
# data folder and no rate limit, runs the driver and stops everything it started. The driver
# prints the first and last chunk's rate, the same libraries' rate in its own process over the same
# documents, and each service's peak resident memory. The built programs are copied into the run's
# folder first, so a build in the checkout during a long run does not change what runs.
#
#   BENCH_CORPUS       the articles (default /work/shared/corpus/trends-politics.json)
#   BENCH_DOCUMENTS    how many documents to send (default 20000)
#   BENCH_CHUNK        documents per measured chunk (default 1000)
#   BENCH_MINUTES      stop after this long even if not all are processed (default 60)
#   BENCH_CONCURRENCY  concurrent senders (default 4)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
configuration=Release
corpus="${BENCH_CORPUS:-/work/shared/corpus/trends-politics.json}"
key=bench-key
work="$(mktemp -d -t chronicle-bench-ingest-XXXXXX)"
gateway_port=8280
pids=()
watch=""

log() { printf '[bench] %s\n' "$*"; }

stop_all() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap stop_all EXIT

log "building the suite and the load driver ($configuration)"
dotnet build Microservices.sln -c "$configuration" -nologo -clp:ErrorsOnly -v quiet
copy_build() { mkdir -p "$work/bin/$2" && cp -r "$1/bin/$configuration/net10.0/." "$work/bin/$2/"; }

ready() {
  local url=$1 name=$2
  for _ in $(seq 1 450); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    sleep 0.2
  done
  log "$name did not become ready at $url"; tail -50 "$work/$name.log" >&2 || true; exit 1
}

# name | project directory | gRPC port | HTTP/1.1 port
services=(
  "timeline|services/timeline/Chronicle.Timeline|5303|5313"
  "entities|services/entities/Chronicle.Entities|5302|5312"
  "ingestion|services/ingestion/Chronicle.Ingestion|5301|5311"
)
mkdir -p "$work/data"
for entry in "${services[@]}"; do
  IFS='|' read -r name dir grpc_port http_port <<<"$entry"
  assembly="$(basename "$dir")"
  copy_build "$dir" "$name"
  (cd "$work/bin/$name" && CHRONICLE_DATA_DIR="$work/data" exec dotnet "$assembly.dll" \
      "--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:$grpc_port" \
      "--Kestrel:Endpoints:Http:Url=http://127.0.0.1:$http_port" \
      "--Services:Timeline=http://127.0.0.1:5303" \
      "--Services:Entities=http://127.0.0.1:5302" \
      "--Services:Ingestion=http://127.0.0.1:5301" \
      "--Ingestion:SamplesDirectory=" \
      "--Logging:LogLevel:Default=Warning") >"$work/$name.log" 2>&1 &
  pids+=("$!")
  watch="${watch:+$watch,}$name=$!"
  ready "http://127.0.0.1:$http_port/health/ready" "$name"
done

copy_build gateway/Chronicle.Gateway gateway
copy_build tests/Chronicle.LoadDriver driver
(cd "$work/bin/gateway" && CHRONICLE_API_KEY="$key" exec dotnet Chronicle.Gateway.dll \
    "--Kestrel:Endpoints:Http:Url=http://127.0.0.1:$gateway_port" \
    "--Gateway:GrpcUrl=http://127.0.0.1:8281" \
    "--ReverseProxy:Clusters:ingestion:Destinations:primary:Address=http://127.0.0.1:5301" \
    "--ReverseProxy:Clusters:ingestion:Destinations:primary:Health=http://127.0.0.1:5311" \
    "--ReverseProxy:Clusters:entities:Destinations:primary:Address=http://127.0.0.1:5302" \
    "--ReverseProxy:Clusters:entities:Destinations:primary:Health=http://127.0.0.1:5312" \
    "--ReverseProxy:Clusters:timeline:Destinations:primary:Address=http://127.0.0.1:5303" \
    "--ReverseProxy:Clusters:timeline:Destinations:primary:Health=http://127.0.0.1:5313" \
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
  --concurrency "${BENCH_CONCURRENCY:-4}" --max-minutes "${BENCH_MINUTES:-60}"
log "done (load: $(uptime | sed 's/.*load/load/'))"

#!/usr/bin/env bash
# Runs the whole suite in the foreground on loopback: builds once, starts the three services and
# the gateway, prefixes their logs, and stops them all on Ctrl+C or SIGTERM.
#
#   CHRONICLE_DATA_DIR  where the SQLite files live (default: ./data)
#   CHRONICLE_API_KEY   the key writes need in X-Api-Key (default: chronicle-local-key)
#   CHRONICLE_SAMPLES   articles ingested on the first start (default: ./samples; empty for none)
#   CHRONICLE_POSTGRES  a PostgreSQL base connection string ("Host=…;Port=…;Username=…"): each
#                       service then stores in its own database chronicle_<service> instead of
#                       SQLite (deploy/run-postgres.sh sets this up with a local server)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

export CHRONICLE_DATA_DIR="${CHRONICLE_DATA_DIR:-$root/data}"
export CHRONICLE_API_KEY="${CHRONICLE_API_KEY:-chronicle-local-key}"
samples="${CHRONICLE_SAMPLES-$root/samples}"
configuration=Release
startup_timeout=90

# name | project directory | gRPC port | HTTP/1.1 port
services=(
  "timeline|services/timeline/Chronicle.Timeline|5103|5113"
  "entities|services/entities/Chronicle.Entities|5102|5112"
  "ingestion|services/ingestion/Chronicle.Ingestion|5101|5111"
)
gateway_port=8080

log() { printf '[run] %s\n' "$*"; }

echo "[run] building the suite ($configuration); the first run also restores packages…"
if ! dotnet build Microservices.sln -c "$configuration" -nologo -clp:ErrorsOnly -v quiet; then
  log "build failed; nothing was started"
  exit 1
fi

pids=()
names=()
stopping=0

stop_all() {
  [ "$stopping" = 1 ] && return
  stopping=1
  log "stopping…"
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for _ in $(seq 1 100); do
    alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.1
  done
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  log "stopped"
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all' EXIT

# start NAME DLL ARGS... : runs the process from its build folder (where its appsettings.json
# is) with its log lines prefixed by [NAME].
start() {
  local name=$1 dll=$2
  shift 2
  (cd "$(dirname "$dll")" && exec dotnet "$(basename "$dll")" "$@") > >(sed -u "s/^/[$name] /") 2>&1 &
  pids+=("$!")
  names+=("$name")
}

# ready PORT PID NAME : waits until GET /health/ready on PORT answers 200, or fails.
ready() {
  local port=$1 pid=$2 name=$3 deadline=$((SECONDS + startup_timeout))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      log "$name exited during start-up (see its log above)"
      return 1
    fi
    if exec 3<>"/dev/tcp/127.0.0.1/$port" 2>/dev/null; then
      printf 'GET /health/ready HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
      local status=""
      read -r -t 2 _ status _ <&3 || true
      exec 3>&- 3<&-
      [ "$status" = "200" ] && return 0
    fi
    sleep 0.3
  done
  log "$name did not become ready within ${startup_timeout}s on port $port"
  return 1
}

for entry in "${services[@]}"; do
  IFS='|' read -r name dir grpc_port http_port <<<"$entry"
  assembly="$(basename "$dir")"
  extra=()
  [ "$name" = ingestion ] && extra+=("--Ingestion:SamplesDirectory=$samples")
  if [ -n "${CHRONICLE_POSTGRES:-}" ]; then
    extra+=("--Storage:Provider=Postgres" "--ConnectionStrings:Chronicle=$CHRONICLE_POSTGRES;Database=chronicle_$name")
  fi
  start "$name" "$root/$dir/bin/$configuration/net10.0/$assembly.dll" \
    "--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:$grpc_port" \
    "--Kestrel:Endpoints:Http:Url=http://127.0.0.1:$http_port" \
    "--Services:Timeline=http://127.0.0.1:5103" \
    "--Services:Entities=http://127.0.0.1:5102" \
    "--Services:Ingestion=http://127.0.0.1:5101" \
    "${extra[@]}"
  ready "$http_port" "${pids[-1]}" "$name" || exit 1
done

start gateway "$root/gateway/Chronicle.Gateway/bin/$configuration/net10.0/Chronicle.Gateway.dll" \
  "--Kestrel:Endpoints:Http:Url=http://127.0.0.1:$gateway_port"
ready "$gateway_port" "${pids[-1]}" gateway || exit 1

log "Chronicle is up at http://127.0.0.1:$gateway_port (data in ${CHRONICLE_POSTGRES:+PostgreSQL, databases chronicle_*}${CHRONICLE_POSTGRES:-$CHRONICLE_DATA_DIR})"
log "the analysts' page: http://127.0.0.1:$gateway_port/app/ — the REST API described at http://127.0.0.1:$gateway_port/docs"
log "writes need the header X-Api-Key: $CHRONICLE_API_KEY — press Ctrl+C to stop"

# Run until a process ends by itself (then stop the rest and report it) or a signal arrives.
set +e
wait -n "${pids[@]}"
status=$?
if [ "$stopping" = 0 ]; then
  for i in "${!pids[@]}"; do
    kill -0 "${pids[$i]}" 2>/dev/null || log "${names[$i]} stopped unexpectedly (exit status $status)"
  done
  stop_all
  exit 1
fi

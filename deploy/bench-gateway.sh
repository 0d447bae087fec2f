#!/usr/bin/env bash
# Measures the gateway's cost: the same REST call (GET /api/v1/events by default) straight to the
# timeline service over h2c, through the gateway, and through nginx, in one run of
# tests/Chronicle.LoadDriver. Installs nginx when it is missing (apt-get; run as root), starts the
# timeline service, the gateway and nginx on loopback ports of their own (not the local run's),
# runs the driver and stops everything it started.
#
#   BENCH_SECONDS      measured seconds per target (default 10)
#   BENCH_CONCURRENCY  concurrent clients (default 32)
#   BENCH_PATH         the REST path (default /api/v1/events)
#
# nginx proxies to the service's HTTP/1.1 port: nginx speaks HTTP/2 to an upstream only for gRPC
# (grpc_pass), not for JSON, so it cannot take the h2c path the gateway takes. The service answers
# the same transcoded route on both ports.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
configuration=Release
seconds="${BENCH_SECONDS:-10}"
concurrency="${BENCH_CONCURRENCY:-32}"
path="${BENCH_PATH:-/api/v1/events}"
timeline_grpc=5203 timeline_http=5213 gateway_http=8180 gateway_grpc=8181 nginx_port=8190
work="$(mktemp -d -t chronicle-bench-XXXXXX)"
pids=()

log() { printf '[bench] %s\n' "$*"; }

stop_all() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill -QUIT "$(cat "$work/nginx.pid")" 2>/dev/null || true
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap stop_all EXIT

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  log "installing nginx"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"

log "building the timeline service, the gateway and the load driver ($configuration)"
for project in services/timeline/Chronicle.Timeline gateway/Chronicle.Gateway tests/Chronicle.LoadDriver; do
  dotnet build "$project" -c "$configuration" -nologo -clp:ErrorsOnly -v quiet
done

ready() {
  local url=$1 name=$2
  for _ in $(seq 1 300); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    sleep 0.2
  done
  log "$name did not become ready at $url"; cat "$work/$name.log" >&2 || true; exit 1
}

mkdir -p "$work/data"
(cd services/timeline/Chronicle.Timeline/bin/$configuration/net10.0 && \
  CHRONICLE_DATA_DIR="$work/data" exec dotnet Chronicle.Timeline.dll \
    --Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:$timeline_grpc \
    --Kestrel:Endpoints:Http:Url=http://127.0.0.1:$timeline_http \
    --Logging:LogLevel:Default=Warning) >"$work/timeline.log" 2>&1 &
pids+=("$!")
ready "http://127.0.0.1:$timeline_http/health/ready" timeline

(cd gateway/Chronicle.Gateway/bin/$configuration/net10.0 && exec dotnet Chronicle.Gateway.dll \
    --Kestrel:Endpoints:Http:Url=http://127.0.0.1:$gateway_http \
    --Gateway:GrpcUrl=http://127.0.0.1:$gateway_grpc \
    --ReverseProxy:Clusters:timeline:Destinations:primary:Address=http://127.0.0.1:$timeline_grpc \
    --ReverseProxy:Clusters:timeline:Destinations:primary:Health=http://127.0.0.1:$timeline_http \
    --Gateway:RateLimits:PerAddress:Permits=1000000000 \
    --Logging:LogLevel:Default=Warning) >"$work/gateway.log" 2>&1 &
pids+=("$!")
ready "http://127.0.0.1:$gateway_http/health/ready" gateway

cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $work/nginx-body;
  proxy_temp_path $work/nginx-proxy;
  fastcgi_temp_path $work/nginx-fastcgi;
  uwsgi_temp_path $work/nginx-uwsgi;
  scgi_temp_path $work/nginx-scgi;
  upstream timeline { server 127.0.0.1:$timeline_http; keepalive 64; }
  server {
    listen 127.0.0.1:$nginx_port;
    location / {
      proxy_pass http://timeline;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_read_timeout 10s;
    }
  }
}
CONF
"$nginx_bin" -c "$work/nginx.conf" -p "$work"
ready "http://127.0.0.1:$nginx_port/health/ready" nginx

log "measuring GET $path: ${seconds}s per target, $concurrency clients"
dotnet tests/Chronicle.LoadDriver/bin/$configuration/net10.0/Chronicle.LoadDriver.dll \
  --direct "http://127.0.0.1:$timeline_grpc" --gateway "http://127.0.0.1:$gateway_http" --nginx "http://127.0.0.1:$nginx_port" \
  --path "$path" --seconds "$seconds" --concurrency "$concurrency"

#!/usr/bin/env bash
# Measures the gateway's cost: the same REST call (GET /api/v1/events by default) straight to the
# timeline service, through nginx, and through the gateway, with the same client for all three —
# wrk over HTTP/1.1 with keep-alive — in interleaved rounds (each round runs the three one after
# the other, starting with a different one each time, so a change in the machine's load falls on
# all three alike), at each concurrency. Prints every round and the medians over rounds of
# requests/s, p50 and p99, and the gateway/nginx ratios.
#
# Installs nginx and wrk from the Debian packages when missing (apt-get; run as root), starts the
# timeline service, the gateway and nginx on loopback ports of their own (not the local run's),
# and stops everything it started.
#
#   BENCH_SECONDS      measured seconds per run (default 10)
#   BENCH_ROUNDS       rounds of the three targets (default 5)
#   BENCH_CONCURRENCY  the concurrencies, one set of rounds each (default "1 32")
#   BENCH_PATH         the REST path (default /api/v1/events)
#   BENCH_GATEWAY_ARGS more gateway settings, e.g. "--Logging:LogLevel:Default=Information" (default none)
#   BENCH_NICE         when set, every process of the measure (service, gateways, nginx, wrk) runs at
#                      this niceness, e.g. -10 as root: on a machine shared with other work, less of
#                      the figure is the scheduler's (default unset)
#   BENCH_VARIANT_ARGS when set, a second gateway with these settings added is measured in the same
#                      rounds as a fourth target ("variant"): a setting's effect, before and after, in one run
#   BENCH_TIMELINE_ENV environment settings for the timeline service every target reaches (default none)
#   BENCH_VARIANT_ENV  environment settings for that variant gateway, e.g.
#                      "DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=46" (a runtime setting, read as hexadecimal:
#                      70, the default; alone, it is enough to start the variant)
#
# "direct" is the service's HTTP/1.1 port, the one nginx proxies to (nginx speaks HTTP/2 to an
# upstream only for gRPC). The gateway proxies to the service's h2c port, as it does in the suite.
# The gateway's per-address rate limit is set out of the way (Gateway:RateLimits:PerAddress:Permits),
# as docs/performance.md describes for a benchmark or a trusted caller.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
configuration=Release
seconds="${BENCH_SECONDS:-10}"
rounds="${BENCH_ROUNDS:-5}"
concurrencies="${BENCH_CONCURRENCY:-1 32}"
path="${BENCH_PATH:-/api/v1/events}"
read -r -a gateway_args <<<"${BENCH_GATEWAY_ARGS:-}"
read -r -a variant_args <<<"${BENCH_VARIANT_ARGS:-}"
timeline_grpc=5203 timeline_http=5213 gateway_http=8180 gateway_grpc=8181 nginx_port=8190 variant_http=8182 variant_grpc=8183
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

niced=()
[ -n "${BENCH_NICE:-}" ] && niced=(nice -n "$BENCH_NICE")
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing ${missing[*]} from the Debian packages"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"

log "building the timeline service and the gateway ($configuration)"
for project in services/timeline/Chronicle.Timeline gateway/Chronicle.Gateway; do
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
  CHRONICLE_DATA_DIR="$work/data" exec env ${BENCH_TIMELINE_ENV:-} "${niced[@]}" dotnet Chronicle.Timeline.dll \
    --Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:$timeline_grpc \
    --Kestrel:Endpoints:Http:Url=http://127.0.0.1:$timeline_http \
    --Logging:LogLevel:Default=Warning) >"$work/timeline.log" 2>&1 &
pids+=("$!")
ready "http://127.0.0.1:$timeline_http/health/ready" timeline

start_gateway() {
  local name=$1 http=$2 grpc=$3; shift 3
  local environment=()
  [ "$name" = variant ] && read -r -a environment <<<"${BENCH_VARIANT_ENV:-}"
  (cd gateway/Chronicle.Gateway/bin/$configuration/net10.0 && exec env "${environment[@]}" "${niced[@]}" dotnet Chronicle.Gateway.dll \
      --Kestrel:Endpoints:Http:Url=http://127.0.0.1:$http \
      --Gateway:GrpcUrl=http://127.0.0.1:$grpc \
      --ReverseProxy:Clusters:timeline:Destinations:primary:Address=http://127.0.0.1:$timeline_grpc \
      --ReverseProxy:Clusters:timeline:Destinations:primary:Health=http://127.0.0.1:$timeline_http \
      --Gateway:RateLimits:PerAddress:Permits=1000000000 \
      --Logging:LogLevel:Default=Warning "$@") >"$work/$name.log" 2>&1 &
  pids+=("$!")
  ready "http://127.0.0.1:$http/health/ready" "$name"
}
start_gateway gateway $gateway_http $gateway_grpc "${gateway_args[@]}"
targets=(direct nginx gateway)
if [ "${#variant_args[@]}" -gt 0 ] || [ -n "${BENCH_VARIANT_ENV:-}" ]; then
  start_gateway variant $variant_http $variant_grpc "${gateway_args[@]}" "${variant_args[@]}"
  targets+=(variant)
  log "variant: the gateway with ${variant_args[*]}"
fi

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
"${niced[@]}" "$nginx_bin" -c "$work/nginx.conf" -p "$work"
ready "http://127.0.0.1:$nginx_port/health/ready" nginx

# One wrk run: prints "requests/s p50-ms p99-ms non-2xx".
measure() {
  local url=$1 clients=$2 duration=$3
  "${niced[@]}" wrk -t1 -c"$clients" -d"${duration}s" --latency "$url" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
    /^Requests\/sec:/ { rps = $2 } /Non-2xx or 3xx responses:/ { bad = $NF }
    END { printf "%.0f %.3f %.3f %d\n", rps, p50, p99, bad + 0 }'
}

declare -A base=([direct]="http://127.0.0.1:$timeline_http" [nginx]="http://127.0.0.1:$nginx_port" [gateway]="http://127.0.0.1:$gateway_http" [variant]="http://127.0.0.1:$variant_http")
results="$work/results"
: >"$results"
log "GET $path: wrk over HTTP/1.1 keep-alive, ${seconds}s per run, $rounds interleaved rounds, concurrency $concurrencies; $(nproc) cores, niceness ${BENCH_NICE:-0}, $(uptime | sed 's/.*load/load/')"
for clients in $concurrencies; do
  for target in "${targets[@]}"; do measure "${base[$target]}$path" "$clients" 2 >/dev/null; done  # warm-up
  for round in $(seq 1 "$rounds"); do
    for i in "${!targets[@]}"; do
      target="${targets[$(( (round - 1 + i) % ${#targets[@]} ))]}"
      read -r rps p50 p99 bad < <(measure "${base[$target]}$path" "$clients" "$seconds")
      printf 'c=%-3s round %d  %-8s %8s req/s   p50 %8s ms   p99 %8s ms%s\n' "$clients" "$round" "$target" "$rps" "$p50" "$p99" \
        "$([ "$bad" -gt 0 ] && echo "   ($bad answers not 2xx)")"
      echo "$clients $target $rps $p50 $p99" >>"$results"
    done
  done
done

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
log "medians over $rounds rounds ($(uptime | sed 's/.*load/load/'))"
printf '%-5s %-8s %10s %10s %10s\n' conc target "req/s" "p50 ms" "p99 ms"
for clients in $concurrencies; do
  declare -A m=()
  for target in "${targets[@]}"; do
    for column in 3 4 5; do
      m[$target.$column]="$(awk -v c="$clients" -v t="$target" -v k="$column" '$1 == c && $2 == t { print $k }' "$results" | median)"
    done
    printf '%-5s %-8s %10.0f %10.3f %10.3f\n' "$clients" "$target" "${m[$target.3]}" "${m[$target.4]}" "${m[$target.5]}"
  done
  awk -v c="$clients" -v gr="${m[gateway.3]}" -v nr="${m[nginx.3]}" -v g50="${m[gateway.4]}" -v n50="${m[nginx.4]}" \
      -v d50="${m[direct.4]}" -v g99="${m[gateway.5]}" -v n99="${m[nginx.5]}" 'BEGIN {
    printf "c=%s gateway/nginx: throughput x%.2f, p50 x%.2f, p99 x%.2f; added to direct p50: gateway %+.0f us, nginx %+.0f us\n",
      c, gr / nr, g50 / n50, g99 / n99, (g50 - d50) * 1000, (n50 - d50) * 1000 }'
  if [ -n "${m[variant.3]:-}" ]; then
    awk -v c="$clients" -v vr="${m[variant.3]}" -v gr="${m[gateway.3]}" -v v50="${m[variant.4]}" -v g50="${m[gateway.4]}" \
        -v v99="${m[variant.5]}" -v g99="${m[gateway.5]}" 'BEGIN {
      printf "c=%s variant/gateway: throughput x%.2f, p50 x%.2f, p99 x%.2f\n", c, vr / gr, v50 / g50, v99 / g99 }'
  fi
done

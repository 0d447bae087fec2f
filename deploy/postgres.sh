#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback, from the Debian packages, for tests and local runs.
#
#   deploy/postgres.sh start DIR [PORT]   initialises DIR, starts the server, prints its base
#                                         connection string (user 'chronicle', trust auth, loopback only)
#   deploy/postgres.sh stop DIR           stops it
#
# fsync is off: the cluster is disposable and exists to check behaviour, not durability.
set -euo pipefail

command=${1:?usage: postgres.sh start|stop DIR [PORT]}
dir=${2:?usage: postgres.sh start|stop DIR [PORT]}
port=${3:-55432}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
bin=$(find_bin)
if [ -z "$bin" ]; then
  echo "[postgres] installing PostgreSQL from the Debian packages…" >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null
  bin=$(find_bin)
fi

# initdb refuses to run as root; run the server as the 'postgres' account the package creates.
run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$command" in
  start)
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    run "$bin/initdb" -D "$dir/data" -U chronicle --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    run "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=chronicle"
    ;;
  stop)
    [ -d "$dir/data" ] && run "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    ;;
  *)
    echo "usage: postgres.sh start|stop DIR [PORT]" >&2
    exit 2
    ;;
esac

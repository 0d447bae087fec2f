#!/usr/bin/env bash
# Debian's Chromium for the browser tests (tests/Chronicle.Page.BrowserTests), installed from the
# Debian packages when missing, as deploy/postgres.sh installs PostgreSQL. Prints its path.
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! [ -x /usr/bin/chromium ]; then
  echo "[chromium] installing Chromium from the Debian packages…" >&2
  if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null; then
    # A fresh machine may not have read the package lists yet.
    as_root apt-get update -q >/dev/null
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null
  fi
fi
echo /usr/bin/chromium

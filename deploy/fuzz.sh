#!/usr/bin/env bash
# Fuzzes the HTML cleaner, the date parser and the title parser with afl++ (through SharpFuzz).
#   usage: bash deploy/fuzz.sh [seconds-per-target=60] [html|dates|titles ...]
# Prints "fuzz <target>: <n> inputs tried, <n> crashes" per target, copies crashing inputs to
# tests/Chronicle.Fuzz/regressions/<target>/ and exits non-zero when any target crashed or hung.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(html dates titles)

if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
  echo "seconds per target must be a positive whole number, not '$seconds'" >&2
  exit 2
fi
for t in "${targets[@]}"; do
  case "$t" in
    html | dates | titles) ;;
    *) echo "unknown target '$t' (html, dates, titles)" >&2; exit 2 ;;
  esac
done

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v afl-fuzz >/dev/null; then
  echo "installing afl++"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends afl++ >/dev/null
fi

# Pinned to the SharpFuzz library version in Directory.Packages.props: the instrumented code calls
# into that library, so the two must agree.
sharpfuzz_version=2.3.0
# The SDK also reads a manifest at the root; only when there is none is one made in .config/.
manifest=.config/dotnet-tools.json
[ -f dotnet-tools.json ] && manifest=dotnet-tools.json
[ -f "$manifest" ] || dotnet new tool-manifest --output .config >/dev/null
if ! grep -qi '"sharpfuzz.commandline"' "$manifest"; then
  # The tool targets an older runtime; roll-forward lets it run where only .NET 10 is installed.
  if ! dotnet tool install SharpFuzz.CommandLine --version "$sharpfuzz_version" --allow-roll-forward; then
    echo "the SharpFuzz.CommandLine $sharpfuzz_version dotnet tool could not be installed; nothing was fuzzed" >&2
    exit 1
  fi
fi
dotnet tool restore >/dev/null

work="$(mktemp -d -t chronicle-fuzz.XXXXXX)"
app="$work/app"
dotnet build tests/Chronicle.Fuzz/Chronicle.Fuzz.csproj -c Release --nologo -v quiet >"$work/build.log" 2>&1 \
  || { cat "$work/build.log"; exit 1; }
# Instrument a copy, so the build output the tests use keeps the plain assemblies.
cp -r tests/Chronicle.Fuzz/bin/Release/net10.0 "$app"
# AngleSharp stays plain: instrumenting it costs more than the HTML cleaner's own coverage gains.
for dll in Chronicle.Text.dll Chronicle.Entities.Extraction.dll; do
  dotnet tool run sharpfuzz "$app/$dll" >/dev/null
done

# A container has no say over CPU frequency, CPU binding or core_pattern, and the target is the
# dotnet host, which carries no afl instrumentation of its own; dotnet also needs longer than afl's
# default to start its fork server.
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 \
  AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_FORKSRV_INIT_TMOUT=60000
dotnet_host="$(command -v dotnet)"

stat_of() { awk -F: -v key="$1" '{ gsub(/ /, "", $1); gsub(/ /, "", $2) } $1 == key { print $2 }' "$2"; }

failed=0
# Named by content, so an input found again does not pile up copies.
keep_found() {
  local kind="$1" dir="$2" target="$3" f
  for f in "$dir"/id:*; do
    [ -f "$f" ] || continue
    mkdir -p "tests/Chronicle.Fuzz/regressions/$target"
    cp "$f" "tests/Chronicle.Fuzz/regressions/$target/$kind-$(sha1sum "$f" | cut -c1-12)"
    failed=1
  done
}

for t in "${targets[@]}"; do
  findings="$work/findings-$t"
  if ! afl-fuzz -i "tests/Chronicle.Fuzz/corpus/$t" -o "$findings" -V "$seconds" -t 5000 -m none \
    -- "$dotnet_host" "$app/Chronicle.Fuzz.dll" "$t" >"$work/afl-$t.log" 2>&1; then
    echo "fuzz $t: afl-fuzz failed; the end of its log:"
    tail -n 20 "$work/afl-$t.log"
    failed=1
    continue
  fi
  stats="$findings/default/fuzzer_stats"
  execs="$(stat_of execs_done "$stats")"
  crashes="$(stat_of saved_crashes "$stats")"
  hangs="$(stat_of saved_hangs "$stats")"
  echo "fuzz $t: ${execs:-0} inputs tried, ${crashes:-0} crashes"
  [ "${hangs:-0}" -eq 0 ] || echo "fuzz $t: ${hangs} inputs ran longer than 5000 ms"

  keep_found crash "$findings/default/crashes" "$t"
  keep_found hang "$findings/default/hangs" "$t"
done
echo "afl++ output is in $work"
exit "$failed"

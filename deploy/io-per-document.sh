#!/usr/bin/env bash
# Counts a running service's file reads and writes per stored document over a window (see
# docs/performance.md): traces pread64 and pwrite64 of every thread with strace, sorts them by file
# (the database, its -wal file, SQLite's temporary files) and by size (a 4 KiB page, or the small
# header written before it), and divides by the documents stored meanwhile, read from
# GET /api/v1/pipeline (accepted + duplicates) on the service's HTTP port. Needs strace and
# permission to trace the process.
#
#   deploy/io-per-document.sh PID HTTP_URL [SECONDS]
#   deploy/io-per-document.sh "$(pgrep -f 'Endpoints:Http:Url=http://127.0.0.1:5711')" http://127.0.0.1:5711 15
#
# Per document: "pwrite64 wal page" is the WAL frames written (each after a 24-byte "small" frame
# header), "pwrite64 db page" the pages checkpoints copy into the database, "pread64" the pages read
# back, and writes to "temp" files are statement journals or sorts spilled by SQLite. Then the same
# WAL frames and checkpoint pages by table or index: a frame's header names its page, a checkpoint's
# offset does, and SQLite's dbstat table (read after the window) names the table or index each page
# belongs to.
set -euo pipefail
pid=$1; url=$2; seconds=${3:-15}
out="$(mktemp -d -t chronicle-io-XXXXXX)"
trap 'rm -rf "$out"' EXIT
stored() { curl -fsS "$url/api/v1/pipeline" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d.get("accepted",0)+d.get("duplicates",0))'; }
before=$(stored)
# -xx -s 4: the first four bytes of each buffer in hex, which for a WAL frame's header is its page number.
timeout "$seconds" strace -f -qq -xx -s 4 -e trace=pwrite64,pread64 -e signal=none -p "$pid" -o "$out/trace" 2>/dev/null || true
after=$(stored)
# File names by descriptor, read after the window (a temporary file closed meanwhile shows as "?").
for fd in /proc/"$pid"/fd/*; do printf '%s %s\n' "${fd##*/}" "$(readlink "$fd" 2>/dev/null || true)"; done >"$out/fds"
python3 - "$out/trace" "$out/fds" "$before" "$after" <<'PY'
import collections, re, sys
trace, fds, before, after = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
names = dict(line.split(maxsplit=1) for line in open(fds) if len(line.split()) == 2)
def kind(name):
    name = name.strip()
    if name.endswith("-wal"): return "wal"
    if name.endswith("-shm"): return "shm"
    if name.endswith(".db"): return "db"
    if "/etilqs_" in name: return "temp"
    return "?"
counts = collections.Counter()
wal_pages = collections.Counter()         # page number -> WAL frames written for it
checkpoint_pages = collections.Counter()  # page number -> times a checkpoint copied it
for line in open(trace):
    # A call another thread interrupted is counted where it starts ("<unfinished ...>"), not where it resumes.
    m = re.search(r'(pwrite64|pread64)\((\d+), "([^"]*)"(?:\.\.\.)?, (\d+), (\d+)(\)\s+=\s+\d+| <unfinished)', line)
    if m:
        call, file, size = m.group(1), kind(names.get(m.group(2), "")), int(m.group(4))
        counts[(call, file, "page" if size >= 4096 else "small")] += 1
        if call == "pwrite64" and file == "wal" and size == 24:
            wal_pages[int(m.group(3).replace("\\x", ""), 16)] += 1
        elif call == "pwrite64" and file == "db" and size >= 4096:
            checkpoint_pages[int(m.group(5)) // size + 1] += 1
documents = max(after - before, 1)
print(f"documents stored {before} -> {after} ({after - before}) in the window")
for (call, file, size), n in sorted(counts.items()):
    print(f"{call:8} {file:5} {size:5} {n:8}  {n / documents:8.2f} per document")
database = next((n.strip() for n in names.values() if n.strip().endswith(".db")), None)
if database and (wal_pages or checkpoint_pages):
    import sqlite3
    # Pages a table or index held at the end of the window; a page freed and reused meanwhile is
    # named by its last owner, and one not in use by then shows as "(free or new)".
    owner = dict(sqlite3.connect(f"file:{database}?mode=ro", uri=True).execute("SELECT pageno, name FROM dbstat"))
    def by_owner(pages):
        totals = collections.Counter()
        for page, n in pages.items():
            totals[owner.get(page, "(free or new)")] += n
        return totals
    wal, checkpoint = by_owner(wal_pages), by_owner(checkpoint_pages)
    print(f"{'per document, by table or index':40} {'WAL frames':>10} {'checkpoint':>10}")
    for name, n in sorted(wal.items(), key=lambda item: -item[1]):
        print(f"{name:40} {n / documents:10.2f} {checkpoint.get(name, 0) / documents:10.2f}")
    for name in sorted(set(checkpoint) - set(wal)):
        print(f"{name:40} {0:10.2f} {checkpoint[name] / documents:10.2f}")
PY

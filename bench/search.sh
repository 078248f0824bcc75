#!/bin/sh
# Benchmark: the search box's type-ahead (GET /api/v1/search) on the real
# demo database, over HTTP, beside the bare SQLite queries of the same
# searches run in the same run (bench/search_bench.c); then, when wrk is
# there, the same queries from wrk, one connection and then eight. Not run
# by the tests: speed is measured here, never asserted.
#
#   bench/search.sh [BUILD_DIR]   DB=/tmp/amity-bench-search.db (built from
#                                 the real data, as `make demo-db` does, when
#                                 missing); ROUNDS=20; SECONDS_WRK=5
#
# wrk is Debian's package: installed with apt-get when it is missing and
# this runs as root; without it, the C client's figures stand alone.
set -eu
cd "$(dirname "$0")/.."
BUILD=${1:-build}
AMITY=$BUILD/amity
DB=${DB:-/tmp/amity-bench-search.db}
ROUNDS=${ROUNDS:-20}
QUERIES=bench/search_queries.tsv
[ -x "$AMITY" ] && [ -x "$BUILD/search_bench" ] || { echo "bench: $AMITY or $BUILD/search_bench missing (build first)" >&2; exit 1; }

if [ ! -s "$DB" ]; then
    echo "bench: building the demo database into $DB (about 15 s)" >&2
    rm -f "$DB" "$DB-wal" "$DB-shm"
    R=$(mktemp -d)
    {
        "$AMITY" --db "$DB" init
        "$AMITY" --db "$DB" import gazetteer
        "$AMITY" --db "$DB" init --demo
        "$AMITY" --db "$DB" import partnerships data/twin_towns.csv --report "$R/1.csv"
        "$AMITY" --db "$DB" import networks data/networks_etmun.csv --report "$R/2.csv"
        "$AMITY" --db "$DB" import memberships data/network_memberships_etmun.csv --report "$R/3.csv"
        "$AMITY" --db "$DB" import index-published data/icc_index_published.csv --report "$R/4.csv"
    } >/dev/null 2>&1 || { rm -rf "$R"; echo "bench: building $DB failed" >&2; exit 1; }
    rm -rf "$R"
fi

if ! command -v wrk >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get install -y -qq wrk >/dev/null 2>&1 || echo "bench: wrk could not be installed; going on without it" >&2
fi

LOG=$(mktemp)
"$AMITY" --db "$DB" serve --port 0 --quiet > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -f "$LOG"' EXIT INT TERM
PORT=
for _ in $(seq 100); do
    PORT=$(sed -n 's/.*serving http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$LOG")
    [ -n "$PORT" ] && break
    sleep 0.1
done
[ -n "$PORT" ] || { echo "bench: the server did not start: $(cat "$LOG")" >&2; exit 1; }

"$BUILD/search_bench" -d "$DB" -p "$PORT" -r "$ROUNDS" -q "$QUERIES"

if command -v wrk >/dev/null 2>&1; then
    echo
    for c in 1 8; do
        printf 'wrk, %d connection(s), %ss: ' "$c" "${SECONDS_WRK:-5}"
        wrk -t "$([ "$c" = 1 ] && echo 1 || echo 2)" -c "$c" -d "${SECONDS_WRK:-5}s" -s bench/search.lua \
            "http://127.0.0.1:$PORT" -- "$QUERIES" | grep '^wrk:'
    done
else
    echo "(wrk not installed: no wrk figures)"
fi

#!/bin/sh
# Benchmark: partner suggestions over HTTP (GET /api/v1/cities/ID/
# partner-suggestions, the default 20) on the real demo database, one
# connection, with wrk: the cities asked are the partnered ones and as many
# others, each asked once (so that no reply can come from a cache), after
# the server has its model. The library's own figures are match_eval's
# (`match_eval DB --speed`). Not run by the tests: speed is measured here,
# never asserted.
#
#   bench/match.sh [BUILD_DIR]   DB=/tmp/amity-bench-match.db (built from the
#                                real data, as `make demo-db` does, when
#                                missing); SECONDS_WRK=10; CONNECTIONS=1
set -eu
cd "$(dirname "$0")/.."
BUILD=${1:-build}
AMITY=${AMITY:-$BUILD/amity}
DB=${DB:-/tmp/amity-bench-match.db}
[ -x "$AMITY" ] || { echo "bench: $AMITY missing (build first)" >&2; exit 1; }
command -v wrk >/dev/null 2>&1 || { echo "bench: wrk is needed (apt-get install wrk)" >&2; exit 1; }
command -v sqlite3 >/dev/null 2>&1 || { echo "bench: sqlite3 is needed (apt-get install sqlite3)" >&2; exit 1; }

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
    } >/dev/null 2>&1 || { rm -rf "$R"; echo "bench: building $DB failed" >&2; exit 1; }
    rm -rf "$R"
fi

IDS=$(mktemp)
LOG=$(mktemp)
# the partnered cities and as many others, in a fixed shuffled order
sqlite3 "$DB" "WITH p AS (SELECT a_city_id AS id FROM partnership WHERE a_city_id IS NOT NULL UNION
                          SELECT b_city_id FROM partnership WHERE b_city_id IS NOT NULL),
               o AS (SELECT id FROM city WHERE id NOT IN p ORDER BY (id * 2654435761) % 1000003
                     LIMIT (SELECT count(*) FROM p))
               SELECT id FROM (SELECT id FROM p UNION ALL SELECT id FROM o) ORDER BY (id * 40503) % 65537, id" > "$IDS"
"$AMITY" --db "$DB" serve --port 0 --quiet > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -f "$LOG" "$IDS"' EXIT INT TERM
PORT=
for _ in $(seq 100); do
    PORT=$(sed -n 's/.*serving http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$LOG")
    [ -n "$PORT" ] && break
    sleep 0.1
done
[ -n "$PORT" ] || { echo "bench: the server did not start: $(cat "$LOG")" >&2; exit 1; }
# until the model is there (built at start, or on this first request)
FIRST=$(head -n 1 "$IDS")
for _ in $(seq 300); do
    curl -sf "http://127.0.0.1:$PORT/api/v1/cities/$FIRST/partner-suggestions?limit=1" | grep -q '"stale": *true' || break
    sleep 0.1
done
C=${CONNECTIONS:-1}
printf 'wrk, %d connection(s), %ss, %d cities: ' "$C" "${SECONDS_WRK:-10}" "$(wc -l < "$IDS")"
wrk -t 1 -c "$C" -d "${SECONDS_WRK:-10}s" -s bench/match.lua "http://127.0.0.1:$PORT" -- "$IDS" | grep '^wrk:'

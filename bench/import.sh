#!/bin/sh
# Benchmark: the full real-data import (the gazetteer, the twin towns, the
# ETMUN networks and memberships) into a fresh database, against the floor of
# loading the same rows, unresolved, with the sqlite3 shell's .import in the
# same run. Prints times, rows per second and the ratio; the median of RUNS.
#
#   bench/import.sh [BUILD_DIR]      (RUNS=3 by default)
set -eu
cd "$(dirname "$0")/.."
BUILD=${1:-build}
AMITY=$BUILD/amity
DATA=${AMITY_DATA:-data}
GAZ=$BUILD/data/cities.tsv
RUNS=${RUNS:-3}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

for f in "$AMITY" "$GAZ" "$DATA/twin_towns.csv" "$DATA/networks_etmun.csv" \
         "$DATA/network_memberships_etmun.csv"; do
    [ -e "$f" ] || { echo "bench: $f missing (build first)" >&2; exit 1; }
done
command -v sqlite3 >/dev/null || { echo "bench: the sqlite3 shell is missing" >&2; exit 1; }

now() { date +%s.%N; }
rows() { echo $(( $(wc -l < "$1") - 1 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

R_GAZ=$(rows "$GAZ"); R_TWIN=$(rows "$DATA/twin_towns.csv")
R_NET=$(rows "$DATA/networks_etmun.csv"); R_MEM=$(rows "$DATA/network_memberships_etmun.csv")
R_ALL=$((R_GAZ + R_TWIN + R_NET + R_MEM))

amity_run() {
    db=$TMP/amity.db
    rm -f "$db" "$db-wal" "$db-shm"
    "$AMITY" --db "$db" init >/dev/null 2>&1
    t0=$(now)
    "$AMITY" --db "$db" import gazetteer "$GAZ" >/dev/null 2>&1
    t1=$(now)
    "$AMITY" --db "$db" import partnerships "$DATA/twin_towns.csv" --report "$TMP/r1.csv" >/dev/null 2>&1
    t2=$(now)
    "$AMITY" --db "$db" import networks "$DATA/networks_etmun.csv" --report "$TMP/r2.csv" >/dev/null 2>&1
    "$AMITY" --db "$db" import memberships "$DATA/network_memberships_etmun.csv" --report "$TMP/r3.csv" >/dev/null 2>&1
    t3=$(now)
    echo "$t0 $t1 $t2 $t3" | awk '{printf "%.3f %.3f %.3f %.3f\n", $4-$1, $2-$1, $3-$2, $4-$3}'
}

# The floor: the same files as plain tables, in one transaction each, by
# the sqlite3 shell (WAL, as amity): no parsing of meaning, no resolving,
# no indexes beyond the rowid.
sqlite_run() {
    db=$TMP/floor.db
    rm -f "$db" "$db-wal" "$db-shm"
    t0=$(now)
    sqlite3 "$db" <<SQL >/dev/null 2>&1
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
.mode tabs
.import $GAZ cities
.mode csv
.import $DATA/twin_towns.csv twins
.separator ;
.import $DATA/networks_etmun.csv networks
.import $DATA/network_memberships_etmun.csv members
SQL
    t1=$(now)
    echo "$t0 $t1" | awk '{printf "%.3f\n", $2-$1}'
}

: > "$TMP/amity"; : > "$TMP/floor"
i=0
while [ $i -lt "$RUNS" ]; do
    amity_run >> "$TMP/amity"
    sqlite_run >> "$TMP/floor"
    i=$((i + 1))
done
A_TOTAL=$(cut -d' ' -f1 "$TMP/amity" | median)
A_GAZ=$(cut -d' ' -f2 "$TMP/amity" | median)
A_TWIN=$(cut -d' ' -f3 "$TMP/amity" | median)
A_NETS=$(cut -d' ' -f4 "$TMP/amity" | median)
FLOOR=$(median < "$TMP/floor")

echo "full import, median of $RUNS runs ($(nproc) cores):"
awk -v t="$A_GAZ" -v r="$R_GAZ" 'BEGIN {printf "  gazetteer          %8d rows  %6.2f s  %8.0f rows/s\n", r, t, r/t}'
awk -v t="$A_TWIN" -v r="$R_TWIN" 'BEGIN {printf "  twin towns         %8d rows  %6.2f s  %8.0f rows/s\n", r, t, r/t}'
awk -v t="$A_NETS" -v r="$((R_NET + R_MEM))" 'BEGIN {printf "  networks+members   %8d rows  %6.2f s  %8.0f rows/s\n", r, t, r/t}'
awk -v t="$A_TOTAL" -v r="$R_ALL" 'BEGIN {printf "  amity, all         %8d rows  %6.2f s  %8.0f rows/s\n", r, t, r/t}'
awk -v t="$FLOOR" -v r="$R_ALL" 'BEGIN {printf "  sqlite3 .import    %8d rows  %6.2f s  %8.0f rows/s  (the floor)\n", r, t, r/t}'
awk -v a="$A_TOTAL" -v f="$FLOOR" 'BEGIN {printf "  ratio amity / floor: %.1fx; goal: the whole import under 5 s: %s\n", a/f, a < 5 ? "met" : "NOT met"}'

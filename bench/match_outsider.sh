#!/bin/sh
# Partner suggestions judged the way an outsider judges them: for each seed,
# a share of the real twin-town pairs (data/twin_towns.csv) is held out of
# the file *before* the import (bench/match_split.py), the rest is imported
# as `make demo-db` imports the whole, and both cities of every held-out
# pair ask amity; the baselines are common neighbours and Adamic-Adar
# computed by name on the rest of the file (as an outsider computes them,
# without amity) and on amity's own graph. `match_eval --outsider` prints
# the figures; this script runs the seeds and prints their mean and spread.
# Not run by the tests.
#
#   bench/match_outsider.sh [BUILD_DIR]   SEEDS="1 2 3 4 5"; SHARE=0.1;
#                                         WORK=/tmp/amity-outsider (the
#                                         databases are kept there, by seed);
#                                         EVAL_ARGS (more match_eval options)
set -eu
cd "$(dirname "$0")/.."
BUILD=${1:-build}
AMITY=${AMITY:-$BUILD/amity}
EVAL=${EVAL:-$BUILD/match_eval}
SEEDS=${SEEDS:-1 2 3 4 5}
SHARE=${SHARE:-0.1}
WORK=${WORK:-/tmp/amity-outsider}
[ -x "$AMITY" ] && [ -x "$EVAL" ] || { echo "bench: $AMITY or $EVAL missing (build first)" >&2; exit 1; }
mkdir -p "$WORK"
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT INT TERM

for seed in $SEEDS; do
    DB="$WORK/seed$seed.db"
    if [ ! -s "$DB" ]; then
        python3 bench/match_split.py "$seed" "$SHARE" data/twin_towns.csv "$WORK/rest$seed.csv" "$WORK/held$seed.csv" >&2
        echo "bench: importing the rest into $DB" >&2
        rm -f "$DB" "$DB-wal" "$DB-shm"
        {
            "$AMITY" --db "$DB" init
            "$AMITY" --db "$DB" import gazetteer
            "$AMITY" --db "$DB" init --demo
            "$AMITY" --db "$DB" import partnerships "$WORK/rest$seed.csv" --report "$WORK/report$seed-1.csv"
            "$AMITY" --db "$DB" import networks data/networks_etmun.csv --report "$WORK/report$seed-2.csv"
            "$AMITY" --db "$DB" import memberships data/network_memberships_etmun.csv --report "$WORK/report$seed-3.csv"
        } >/dev/null 2>&1 || { rm -f "$DB"; echo "bench: building $DB failed" >&2; exit 1; }
    fi
    echo "== seed $seed: the old way (edges of amity's graph hidden after the import)"
    # shellcheck disable=SC2086
    "$EVAL" "$DB" --seed "$seed" ${EVAL_ARGS:-} | tee -a "$OUT"
    echo "== seed $seed: the outsider's way (pairs held out of the file before the import)"
    # shellcheck disable=SC2086
    "$EVAL" "$DB" --outsider "$WORK/held$seed.csv" "$WORK/rest$seed.csv" ${EVAL_ARGS:-} | tee -a "$OUT"
done

# mean and spread (sample standard deviation) over the seeds
awk '
/^amity / && NF == 10 { i20[++ni] = $3 }
/^recall@20: amity \/ best baseline/ { ir[++nir] = $7 + 0 }
/^amity / && NF == 9 { a[++na] = $3 }
/^Adamic-Adar, by name/ { b[++nb] = $(NF-6) }
/^common neighbours, by name/ { c[++nc] = $(NF-6) }
/^outsider recall@20:/ { r[++nr] = $8 + 0; s[++ns] = $14 + 0 }
function stat(v, n,   i, m, d) { m = 0; for (i = 1; i <= n; i++) m += v[i]; m /= n; d = 0;
    for (i = 1; i <= n; i++) d += (v[i] - m) ^ 2; return sprintf("%.3f ± %.3f", m, n > 1 ? sqrt(d / (n - 1)) : 0) }
END {
    if (!na) exit 1
    printf "\nthe old way, over %d seeds (mean ± sd): amity recall@20 %s; ratio to the best baseline %s\n", ni, stat(i20, ni), stat(ir, nir)
    printf "the outsider'"'"'s way, over %d seeds (mean ± sd): amity recall@20 %s; Adamic-Adar by name %s; common neighbours by name %s\n", na, stat(a, na), stat(b, nb), stat(c, nc)
    printf "ratio to the best baseline %s; to Adamic-Adar by name %s\n", stat(r, nr), stat(s, ns)
}' "$OUT"

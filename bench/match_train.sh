#!/bin/sh
# The weights of the partner suggestions, chosen by cross-validation: for
# each seed, the weights are searched (match_eval --tune: coordinate steps
# that raise recall@20) on a split of the database imported without that
# seed's held-out pairs (bench/match_outsider.sh builds them), and then
# judged on those held-out pairs, which the search never saw. The mean and
# spread over the seeds say what to expect of weights chosen this way. The
# last step prints what the same search finds on the whole data, beside the
# shipped weights (am_match_default_weights; docs/match.md says how they
# were chosen): ship a change only if it holds across the seeds. Not run by
# the tests; about 3 minutes a seed on a Release build.
#
#   bench/match_train.sh [BUILD_DIR]   SEEDS="1 2 3 4 5"; WORK=/tmp/amity-outsider;
#                                      FULL=amity-demo.db (the whole data, for the
#                                      last step; skipped when missing)
set -eu
cd "$(dirname "$0")/.."
BUILD=${1:-build}
EVAL=${EVAL:-$BUILD/match_eval}
SEEDS=${SEEDS:-1 2 3 4 5}
WORK=${WORK:-/tmp/amity-outsider}
FULL=${FULL:-amity-demo.db}
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT INT TERM
for seed in $SEEDS; do
    [ -s "$WORK/seed$seed.db" ] || { echo "bench: $WORK/seed$seed.db missing: run bench/match_outsider.sh first" >&2; exit 1; }
    # searched on a split of the rest (its own seed), judged on the held-out pairs
    W=$("$EVAL" "$WORK/seed$seed.db" --seed $((seed + 10)) --tune 2>/dev/null | sed -n 's/^tuned weights ([^)]*)://p')
    echo "== seed $seed: weights searched on the rest:$W"
    # shellcheck disable=SC2086
    "$EVAL" "$WORK/seed$seed.db" --outsider "$WORK/held$seed.csv" "$WORK/rest$seed.csv" $W |
        grep -E '^(outsider recall|amity|common neighbours, by name|Adamic-Adar, by name)' | tee -a "$OUT"
done
awk '
/^outsider recall@20:/ { r[++nr] = $8 + 0; s[++ns] = $14 + 0 }
function stat(v, n,   i, m, d) { m = 0; for (i = 1; i <= n; i++) m += v[i]; m /= n; d = 0;
    for (i = 1; i <= n; i++) d += (v[i] - m) ^ 2; return sprintf("%.3f ± %.3f", m, n > 1 ? sqrt(d / (n - 1)) : 0) }
END { if (nr) printf "\ncross-validated, over %d seeds (mean ± sd): ratio to the best baseline %s; to Adamic-Adar by name %s\n", nr, stat(r, nr), stat(s, ns) }' "$OUT"
if [ -s "$FULL" ]; then
    echo "== searched on the whole data ($FULL, seed 1), for comparison with the shipped weights"
    "$EVAL" "$FULL" --seed 1 --tune 2>/dev/null | grep '^tuned weights'
fi

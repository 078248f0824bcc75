#!/bin/sh
# Benchmark: need matching (am_need_matches, "the cities most likely to
# help") on SYNTHETIC data, seeds 1 to 5. For each seed, needs_eval
# (bench/needs_eval.c) generates a world of its own (synthetic cities placed
# around real European countries, partnerships, networks, standing offers,
# past needs and pledges) into a temporary database, draws the hidden weights
# of who pledges, simulates the pledgers of new needs, and counts how many of
# them amity lists (recall@10, recall@20, MRR) beside random cities, the
# nearest cities and the needing city's partners then the nearest ones, with
# the time per call. Then the mean over the seeds, and the ratios of the
# means. Builds nothing (cmake --build build --target needs_eval). Not run by
# the tests: quality and speed are measured here, never asserted.
#
#   bench/needs.sh [BUILD_DIR]   SEEDS="1 2 3 4 5"; NEEDS_ARGS: more
#                                arguments for needs_eval ("--cities 5000")
set -eu
cd "$(dirname "$0")/.."
BUILD=${1:-build}
EVAL=$BUILD/needs_eval
[ -x "$EVAL" ] || { echo "bench: $EVAL missing (cmake --build $BUILD --target needs_eval)" >&2; exit 1; }

OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
trap 'exit 1' INT TERM
for seed in ${SEEDS:-1 2 3 4 5}; do
    # NEEDS_ARGS is split into words on purpose
    # shellcheck disable=SC2086
    "$EVAL" --seed "$seed" ${NEEDS_ARGS:-} > "$OUT.one"
    cat "$OUT.one"
    cat "$OUT.one" >> "$OUT"
    rm -f "$OUT.one"
    echo
done

awk '
$1 == "needs_eval:" { seeds++ }
NF == 4 && ($1 == "amity" || $1 == "random" || $1 == "nearest" || $1 == "partners-then-nearest" || $1 == "ceiling") {
    r10[$1] += $2; r20[$1] += $3; mrr[$1] += $4
    if (!($1 in lo) || $3 < lo[$1]) lo[$1] = $3
    if (!($1 in hi) || $3 > hi[$1]) hi[$1] = $3
}
$1 == "time" {
    for (i = 1; i < NF; i++) {
        v = $(i + 1); sub(/,$/, "", v)
        if ($i == "mean") tmean += v
        if ($i == "p50") tp50 += v
        if ($i == "p95") { tp95 += v; if (v > tmax) tmax = v }
    }
}
function ratio(a, b) { return b > 0 ? sprintf("%9.2fx", a / b) : sprintf("%10s", "-") }
END {
    if (!seeds) { print "bench: no results" > "/dev/stderr"; exit 1 }
    printf "mean over %d seeds (synthetic data)\n", seeds
    printf "%-24s %10s %10s %10s   %s\n", "", "recall@10", "recall@20", "MRR", "recall@20 min-max"
    n = split("amity random nearest partners-then-nearest ceiling", rows, " ")
    for (k = 1; k <= n; k++) {
        r = rows[k]
        printf "%-24s %10.3f %10.3f %10.3f   %.3f-%.3f\n", r, r10[r] / seeds, r20[r] / seeds, mrr[r] / seeds, lo[r], hi[r]
    }
    split("- random nearest partners ceiling", label, " ")
    for (k = 2; k <= n; k++) {
        r = rows[k]
        printf "%-24s %s %s %s\n", "ratio amity/" label[k], ratio(r10["amity"], r10[r]), ratio(r20["amity"], r20[r]),
            ratio(mrr["amity"], mrr[r])
    }
    printf "time per am_need_matches call (ms), mean of the seeds: mean %.3f p50 %.3f p95 %.3f (worst p95 %.3f)\n",
        tmean / seeds, tp50 / seeds, tp95 / seeds, tmax
}' "$OUT"

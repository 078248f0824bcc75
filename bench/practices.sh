#!/bin/sh
# Benchmark: good-practice search over 100,000 SYNTHETIC practices (made-up
# words; see bench/bench_practices.c), through the library and the HTTP API,
# beside the same FTS5 expression run bare in the same process.
#
#   bench/practices.sh [BUILD_DIR]     (ROUNDS=20, PRACTICES=100000)
#
# The corpus is built once (about two minutes) into $BENCH_DB and reused.
set -eu
cd "$(dirname "$0")/.."
BUILD=${1:-build}
[ -x "$BUILD/bench_practices" ] || { echo "bench: $BUILD/bench_practices missing (make build)" >&2; exit 1; }
exec "$BUILD/bench_practices" -n "${PRACTICES:-100000}" -r "${ROUNDS:-20}" \
    -d "${BENCH_DB:-/tmp/amity-bench-practices.db}"

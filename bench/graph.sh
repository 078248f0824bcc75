#!/bin/sh
# Benchmark: network analytics on the real registry (the demo database),
# igraph through am_graph and directly, against NetworkX on the same graph
# (see bench/graph_bench.c). Not run by the tests.
#
#   bench/graph.sh [BUILD_DIR]     DB=amity-demo.db (`make demo-db` makes it)
#                                  SOURCES=500 betweenness sources sampled
#                                  NX_EXACT=1 also NetworkX's exact
#                                  betweenness (about 25 minutes)
#                                  QUICK=1 skips igraph's exact (about 40 s)
#                                  PYTHON=/usr/bin/python3 (Debian's, with
#                                  python3-networkx from scripts/deps.sh)
set -eu
cd "$(dirname "$0")/.."
BUILD=${1:-build}
DB=${DB:-amity-demo.db}
[ -x "$BUILD/graph_bench" ] || { echo "bench: $BUILD/graph_bench missing (make build)" >&2; exit 1; }
[ -s "$DB" ] || { echo "bench: $DB missing or empty (make demo-db)" >&2; exit 1; }
PYTHON=${PYTHON:-/usr/bin/python3}
"$PYTHON" -c 'import networkx' 2>/dev/null || { echo "bench: python3-networkx missing (scripts/deps.sh)" >&2; exit 1; }
set -- -d "$DB" -k "${SOURCES:-500}" -y "$PYTHON" -p bench/graph_nx.py
[ "${NX_EXACT:-0}" = 1 ] && set -- "$@" -x
[ "${QUICK:-0}" = 1 ] && set -- "$@" -q
exec "$BUILD/graph_bench" "$@"

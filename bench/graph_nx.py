#!/usr/bin/env python3
"""The NetworkX side of bench/graph_bench.c.

    graph_nx.py EDGES K [--exact]

EDGES is the graph as graph_bench exports it (one "u v" line per edge, vertex
numbers). Times networkx.betweenness_centrality from K sources (and on all
of them with --exact) and networkx.community.louvain_communities, and prints
one JSON line.
"""
import json
import sys
import time

import networkx as nx


def timed(f):
    t = time.perf_counter()
    r = f()
    return r, time.perf_counter() - t


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    path, k = sys.argv[1], int(sys.argv[2])
    exact = "--exact" in sys.argv[3:]
    g = nx.read_edgelist(path, nodetype=int)
    n = g.number_of_nodes()
    out = {"networkx": nx.__version__, "nodes": n, "edges": g.number_of_edges(), "sources": min(k, n)}
    # unnormalised, like igraph's; the sources are a seeded sample
    _, out["betweenness_sampled_s"] = timed(
        lambda: nx.betweenness_centrality(g, k=min(k, n), normalized=False, seed=1))
    out["betweenness_exact_s"] = None
    if exact:
        _, out["betweenness_exact_s"] = timed(lambda: nx.betweenness_centrality(g, normalized=False))
    communities, out["louvain_s"] = timed(lambda: nx.community.louvain_communities(g, seed=1))
    out["communities"] = len(communities)
    out["modularity"] = nx.community.modularity(g, communities)
    print(json.dumps(out))


if __name__ == "__main__":
    main()

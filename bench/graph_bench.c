/* Benchmark: the network analytics of am_graph on a real registry (the demo
 * database: the twin towns and the ETMUN memberships), with igraph, and the
 * same graph exported as an edge list to NetworkX (Debian's
 * python3-networkx), in the same run:
 *
 *   library   am_graph_stats on a fresh store (read the tables, build,
 *             components, Louvain) and am_graph_top by betweenness (exact
 *             or from a sample of sources, as the server computes it)
 *   igraph    on the exported edges: betweenness exact and from K sampled
 *             sources, Louvain (igraph_community_multilevel)
 *   networkx  betweenness_centrality from K sampled sources (the exact time
 *             extrapolated as K / n of it, or measured with -x: about 25
 *             minutes on the demo), louvain_communities
 *
 * and prints the times with networkx / igraph.
 *
 *   graph_bench -d DB [-k SOURCES] [-y PYTHON] [-p bench/graph_nx.py] [-e EDGES] [-x] [-q]
 *
 * PYTHON is the interpreter (default /usr/bin/python3: Debian's, with
 * Debian's networkx); -q skips igraph's exact betweenness (some 40 s on
 * the demo). */
#include <igraph.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "am_graph.h"
#include "store/am_db.h"
#include "util/am_buf.h"
#include "util/am_str.h"

static double seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int usage(void)
{
    fprintf(stderr, "usage: graph_bench -d DB [-k SOURCES] [-y PYTHON] [-p bench/graph_nx.py] [-e EDGES] [-x] [-q]\n");
    return 2;
}

static void die(const char *what, const struct am_err *err)
{
    fprintf(stderr, "graph_bench: %s: %s\n", what, err->msg);
    exit(1);
}

static json_t *timing(json_t *stats, const char *key)
{
    return json_object_get(json_object_get(stats, "timings_ms"), key);
}

/* The library as the server runs it: a fresh store, the first stats (the
 * build), the first ranking by betweenness (the centralities). */
static void library(const char *db_path, struct am_graph_edges *edges)
{
    struct am_store *store = NULL;
    struct am_err err = {0};
    json_t *stats = NULL, *top = NULL;
    if (am_store_open(db_path, &store, &err))
        die(db_path, &err);
    struct am_db *db = am_store_db(store, &err);
    if (!db)
        die("connection", &err);
    double t0 = seconds();
    if (am_graph_stats(db, &stats, &err))
        die("stats", &err);
    double t_stats = seconds() - t0;
    json_t *q = json_pack("{s:s,s:i}", "by", "betweenness", "limit", 10);
    t0 = seconds();
    if (am_graph_top(db, q, &top, &err))
        die("top", &err);
    double t_top = seconds() - t0;
    json_decref(stats);
    if (am_graph_stats(db, &stats, &err) || am_graph_export(db, edges, &err))
        die("stats", &err);
    json_t *v = json_object_get(stats, "vertices"), *e = json_object_get(stats, "edges");
    json_t *cm = json_object_get(stats, "communities"), *bw = json_object_get(stats, "betweenness");
    printf("graph: %lld cities + %lld networks = %zu vertices; %zu edges (%lld partnerships, %lld memberships)\n",
           (long long)json_integer_value(json_object_get(v, "cities")),
           (long long)json_integer_value(json_object_get(v, "networks")), edges->nvertices, edges->nedges,
           (long long)json_integer_value(json_object_get(e, "partnerships")),
           (long long)json_integer_value(json_object_get(e, "memberships")));
    printf("components %lld (largest %lld cities); communities %lld, modularity %.4f\n\n",
           (long long)json_integer_value(json_object_get(json_object_get(stats, "components"), "count")),
           (long long)json_integer_value(json_object_get(json_object_get(stats, "components"), "largest")),
           (long long)json_integer_value(json_object_get(cm, "count")),
           json_number_value(json_object_get(cm, "modularity")));
    printf("library (am_graph, as the server answers; first calls on a fresh store)\n");
    printf("  first stats: %.0f ms = read and build %.0f ms (components %.1f ms, Louvain %.0f ms)\n",
           t_stats * 1e3, json_number_value(timing(stats, "build")), json_number_value(timing(stats, "components")),
           json_number_value(timing(stats, "communities")));
    printf("  first top by betweenness: %.2f s = betweenness %s %lld sources %.2f s, eigenvector %.0f ms\n",
           t_top, json_is_true(json_object_get(bw, "exact")) ? "exact," : "estimated from",
           (long long)json_integer_value(json_object_get(bw, "sources")),
           json_number_value(timing(stats, "betweenness")) / 1e3, json_number_value(timing(stats, "eigenvector")));
    json_decref(q);
    json_decref(top);
    json_decref(stats);
    am_store_close(store);
}

struct ig_times {
    double exact, sampled, louvain;
    igraph_integer_t communities;
    igraph_real_t modularity;
};

static void with_igraph(const struct am_graph_edges *e, uint32_t k, bool exact, struct ig_times *t)
{
    igraph_t g;
    igraph_vector_int_t ev, memb, src;
    igraph_vector_t res;
    am_graph_igraph_lock();
    igraph_vector_int_init(&ev, (igraph_integer_t)e->nedges * 2);
    for (size_t i = 0; i < e->nedges; i++) {
        VECTOR(ev)[2 * i] = e->ends[i][0];
        VECTOR(ev)[2 * i + 1] = e->ends[i][1];
    }
    if (igraph_create(&g, &ev, (igraph_integer_t)e->nvertices, IGRAPH_UNDIRECTED)) {
        fprintf(stderr, "graph_bench: igraph_create failed\n");
        exit(1);
    }
    igraph_vector_init(&res, 0);
    igraph_vector_int_init(&memb, 0);
    igraph_vector_int_init(&src, k);
    /* the same kind of sample as am_graph's: k distinct vertices */
    uint32_t *all = malloc(e->nvertices * sizeof *all);
    uint64_t x = 0x9E3779B97F4A7C15u;
    for (uint32_t i = 0; i < e->nvertices; i++)
        all[i] = i;
    for (uint32_t i = 0; i < k; i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        uint32_t j = i + (uint32_t)(x % (e->nvertices - i)), s = all[i];
        all[i] = all[j];
        all[j] = s;
        VECTOR(src)[i] = all[i];
    }
    free(all);
    double t0 = seconds();
    igraph_betweenness_subset(&g, &res, igraph_vss_all(), false, igraph_vss_vector(&src), igraph_vss_all(), NULL);
    t->sampled = seconds() - t0;
    t->exact = -1;
    if (exact) {
        t0 = seconds();
        igraph_betweenness(&g, &res, igraph_vss_all(), false, NULL);
        t->exact = seconds() - t0;
    }
    igraph_rng_seed(igraph_rng_default(), 1);
    t0 = seconds();
    igraph_community_multilevel(&g, NULL, 1.0, &memb, NULL, NULL);
    t->louvain = seconds() - t0;
    t->communities = igraph_vector_int_size(&memb) ? igraph_vector_int_max(&memb) + 1 : 0;
    igraph_modularity(&g, &memb, NULL, 1.0, false, &t->modularity);
    igraph_vector_destroy(&res);
    igraph_vector_int_destroy(&memb);
    igraph_vector_int_destroy(&src);
    igraph_vector_int_destroy(&ev);
    igraph_destroy(&g);
    am_graph_igraph_unlock();
}

static void write_edges(const struct am_graph_edges *e, const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        perror(path);
        exit(1);
    }
    for (size_t i = 0; i < e->nedges; i++)
        fprintf(f, "%u %u\n", e->ends[i][0], e->ends[i][1]);
    if (fclose(f)) {
        perror(path);
        exit(1);
    }
}

/* The NetworkX side: one JSON line from the script. */
static json_t *with_networkx(const char *python, const char *script, const char *edges, uint32_t k, bool exact)
{
    struct am_buf cmd, out;
    am_buf_init(&cmd, 4096);
    am_buf_init(&out, 1 << 20);
    am_buf_addf(&cmd, "'%s' '%s' '%s' %u%s", python, script, edges, k, exact ? " --exact" : "");
    FILE *p = popen(am_buf_str(&cmd), "r");
    char line[4096];
    while (p && fgets(line, sizeof line, p))
        am_buf_adds(&out, line);
    int status = p ? pclose(p) : -1;
    json_t *r = status == 0 ? json_loads(am_buf_str(&out), JSON_DECODE_ANY, NULL) : NULL;
    if (!r)
        fprintf(stderr, "graph_bench: %s failed (%d): %s\n", am_buf_str(&cmd), status, am_buf_str(&out));
    am_buf_free(&cmd);
    am_buf_free(&out);
    return r;
}

static void row(const char *what, double ig, double nx, const char *note)
{
    printf("  %-34s %9.2f s %11.2f s%-15s %8.0f×\n", what, ig, nx, note, ig > 0 ? nx / ig : 0);
}

int main(int argc, char **argv)
{
    const char *db = NULL, *script = "bench/graph_nx.py", *edges_path = "/tmp/amity-graph-edges.txt";
    const char *python = "/usr/bin/python3";
    int64_t k = 500;
    bool nx_exact = false, ig_exact = true;
    int o;
    while ((o = getopt(argc, argv, "d:k:y:p:e:xq")) != -1) {
        switch (o) {
        case 'd': db = optarg; break;
        case 'k':
            if (!am_parse_i64(optarg, 1, 1000000, &k))
                return usage();
            break;
        case 'y': python = optarg; break;
        case 'p': script = optarg; break;
        case 'e': edges_path = optarg; break;
        case 'x': nx_exact = true; break;
        case 'q': ig_exact = false; break;
        default: return usage();
        }
    }
    if (!db || optind != argc)
        return usage();
    struct am_graph_edges e;
    library(db, &e);
    uint32_t ks = (uint32_t)k < e.nvertices ? (uint32_t)k : (uint32_t)e.nvertices;
    write_edges(&e, edges_path);
    struct ig_times ig;
    with_igraph(&e, ks, ig_exact, &ig);
    json_t *nx = with_networkx(python, script, edges_path, ks, nx_exact);
    double n = (double)e.nvertices;
    printf("\n  %-34s %11s %13s %15s %9s\n", "same graph, same process run", "igraph", "networkx", "",
           "nx/igraph");
    if (!nx) {
        printf("  (networkx failed: see above)\n");
    } else {
        double nxs = json_number_value(json_object_get(nx, "betweenness_sampled_s"));
        json_t *nxe = json_object_get(nx, "betweenness_exact_s");
        char what[64];
        snprintf(what, sizeof what, "betweenness, %u sources", ks);
        row(what, ig.sampled, nxs, "");
        double nx_full = json_is_number(nxe) ? json_number_value(nxe) : nxs * n / ks;
        double ig_full = ig.exact >= 0 ? ig.exact : ig.sampled * n / ks;
        row("betweenness, exact", ig_full, nx_full,
            json_is_number(nxe) && ig.exact >= 0 ? "" : ig.exact >= 0 ? " (nx: ×n/k)" : " (both ×n/k)");
        row("Louvain", ig.louvain, json_number_value(json_object_get(nx, "louvain_s")), "");
        printf("  %-34s %6lld / %.4f %6lld / %.4f\n", "communities / modularity", (long long)ig.communities,
               ig.modularity, (long long)json_integer_value(json_object_get(nx, "communities")),
               json_number_value(json_object_get(nx, "modularity")));
        printf("\nnetworkx %s (python3-networkx), igraph %s; edges in %s\n",
               json_string_value(json_object_get(nx, "networkx")), IGRAPH_VERSION, edges_path);
    }
    json_decref(nx);
    am_graph_edges_free(&e);
    return nx ? 0 : 1;
}

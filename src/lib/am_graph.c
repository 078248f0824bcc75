#include "am_graph.h"

#include <igraph.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "am_models.h"
#include "am_read.h"
#include "util/am_log.h"

/* ---- schemas --------------------------------------------------------------- */

static const char *const top_by[] = {"degree", "betweenness", "eigenvector", NULL};

static const struct am_field top_fields[] = {
    {.name = "by", .type = AM_T_ENUM, .values = top_by,
     .doc = "degree (default: partners and networks), betweenness (shortest chains through the "
            "city) or eigenvector (ties to well-tied cities)"},
    {.name = "limit", .type = AM_T_INT, .min = 1, .max = 100, .doc = "default 20"},
    {.name = "country", .type = AM_T_COUNTRY, .doc = "only cities of this country (ranked in the whole graph)"},
    {0},
};
const struct am_schema am_graph_top_query = {.name = "GraphTopQuery", .doc = NULL, .fields = top_fields};

static const struct am_field path_fields[] = {
    {.name = "from", .type = AM_T_ID, .flags = AM_F_REQUIRED, .ref = "city", .example = "1",
     .doc = "a city id"},
    {.name = "to", .type = AM_T_ID, .flags = AM_F_REQUIRED, .ref = "city", .example = "2",
     .doc = "a city id"},
    {.name = "via", .type = AM_T_ENUM, .values = (const char *const[]){"all", "partnerships", NULL},
     .doc = "all: partnerships and shared networks (default); partnerships: partnerships only"},
    {0},
};
const struct am_schema am_graph_path_query = {.name = "GraphPathQuery", .doc = NULL, .fields = path_fields};

enum { NODES_DEFAULT = 50, NODES_MAX = 500 };

static const struct am_field city_query_fields[] = {
    {.name = "nodes", .type = AM_T_INT, .min = 1, .max = NODES_MAX,
     .doc = "most nodes in the neighbourhood (default 50)"},
    {0},
};
const struct am_schema am_graph_city_query = {
    .name = "GraphCityQuery", .doc = NULL, .fields = city_query_fields};

#define RO(n, t, d) {.name = n, .type = t, .flags = AM_F_READONLY, .doc = d}
#define RO_OBJECT(n, s, d) {.name = n, .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &s, .doc = d}
#define RO_ITEMS(n, s, d)                                                                           \
    {.name = n, .type = AM_T_ARRAY, .flags = AM_F_READONLY, .doc = d,                              \
     .item = &(const struct am_field){.name = "item", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &s}}

/* Names are read from the database when a reply is written (a record gone
 * since the graph was built is only its id): the references say no more. */
AM_CITY_REF(city_ref, "c");
AM_NETWORK_REF(network_ref, "w");

static const struct am_field vertices_fields[] = {
    RO("cities", AM_T_INT, NULL),
    RO("networks", AM_T_INT, NULL),
    {0},
};
static const struct am_schema vertices_schema = {
    .name = "GraphVertices", .doc = "The vertices of the graph.", .fields = vertices_fields};

static const struct am_field edges_fields[] = {
    RO("partnerships", AM_T_INT, "city pairs"),
    RO("memberships", AM_T_INT, "city–network"),
    {0},
};
static const struct am_schema edges_schema = {.name = "GraphEdges", .doc = "The edges of the graph.",
                                              .fields = edges_fields};

static const struct am_field components_fields[] = {
    RO("count", AM_T_INT, NULL),
    RO("largest", AM_T_INT, "cities of the largest"),
    RO("largest_networks", AM_T_INT, "networks of the largest"),
    {0},
};
static const struct am_schema components_schema = {
    .name = "GraphComponents", .doc = "The connected groups of the graph.", .fields = components_fields};

static const struct am_field communities_fields[] = {
    {.name = "method", .type = AM_T_ENUM, .flags = AM_F_READONLY,
     .values = (const char *const[]){"louvain", NULL}},
    RO("count", AM_T_INT, NULL),
    RO("largest", AM_T_INT, "cities of the largest"),
    {.name = "modularity", .type = AM_T_NUMBER, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {0},
};
static const struct am_schema communities_schema = {
    .name = "GraphCommunities", .doc = "The communities of the graph.", .fields = communities_fields};

static const struct am_field betweenness_fields[] = {
    RO("exact", AM_T_BOOL, NULL),
    RO("sources", AM_T_INT, "the sources the shortest chains are counted from"),
    {0},
};
static const struct am_schema betweenness_schema = {
    .name = "GraphBetweenness", .doc = "How betweenness is computed.", .fields = betweenness_fields};

static const struct am_field timings_fields[] = {
    RO("build", AM_T_NUMBER, NULL),
    RO("components", AM_T_NUMBER, NULL),
    RO("communities", AM_T_NUMBER, NULL),
    {.name = "betweenness", .type = AM_T_NUMBER, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .doc = "null until computed"},
    {.name = "eigenvector", .type = AM_T_NUMBER, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .doc = "null until computed"},
    {0},
};
static const struct am_schema timings_schema = {
    .name = "GraphTimings", .doc = "Milliseconds each step of the graph took.", .fields = timings_fields};

static const struct am_field stats_fields[] = {
    {.name = "generation", .type = AM_T_INT, .flags = AM_F_READONLY,
     .doc = "changes of partnerships and memberships so far; the graph is of this one"},
    RO_OBJECT("vertices", vertices_schema, NULL),
    RO_OBJECT("edges", edges_schema, NULL),
    RO_OBJECT("components", components_schema, NULL),
    RO_OBJECT("communities", communities_schema, NULL),
    RO_OBJECT("betweenness", betweenness_schema,
              "exact up to about 80 million vertex × edge steps, above that estimated from a fixed "
              "sample of sources"),
    RO_OBJECT("timings_ms", timings_schema, NULL),
    AM_MODEL_FIELDS("the graph"),
    {0},
};
const struct am_schema am_graph_stats_schema = {
    .name = "GraphStats", .doc = "The graph of cities, partnerships and networks, in numbers.",
    .fields = stats_fields};

static const struct am_field top_item_fields[] = {
    RO("rank", AM_T_INT, NULL),
    RO_OBJECT("city", city_ref, NULL),
    RO("value", AM_T_NUMBER, "the measure ranked by (an integer for degree)"),
    RO("degree", AM_T_INT, "partners and networks"),
    RO("partners", AM_T_INT, "partner cities"),
    RO("networks", AM_T_INT, "current networks"),
    {0},
};
static const struct am_schema top_item_schema = {
    .name = "GraphTopCity", .doc = "A city ranked by a centrality.", .fields = top_item_fields};

static const struct am_field top_reply_fields[] = {
    {.name = "by", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "country", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE},
    RO_ITEMS("items", top_item_schema, NULL),
    {.name = "total", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "cities ranked"},
    {.name = "exact", .type = AM_T_BOOL, .flags = AM_F_READONLY,
     .doc = "false: betweenness estimated from a sample of sources (large graphs)"},
    AM_MODEL_FIELDS("the graph (for betweenness and eigenvector: the newest with them computed)"),
    {0},
};
const struct am_schema am_graph_top_schema = {
    .name = "GraphTop", .doc = "The most central cities.", .fields = top_reply_fields};

/* One schema for the two kinds of step: a path alternates them. */
static const struct am_field step_fields[] = {
    RO_OBJECT("city", city_ref, "a city of the chain"),
    {.name = "via", .type = AM_T_ENUM, .flags = AM_F_READONLY,
     .values = (const char *const[]){"partnership", "network", NULL},
     .doc = "a link of the chain, between two cities"},
    RO("partnership_id", AM_T_INT, "via partnership"),
    RO_OBJECT("network", network_ref, "via network: the network both are members of"),
    {0},
};
static const struct am_schema step_schema = {
    .name = "GraphPathStep", .doc = "A city ({city}), or the link to the next one ({via, partnership_id} or "
                                    "{via, network}).",
    .fields = step_fields};

static const struct am_field path_reply_fields[] = {
    RO_OBJECT("from", city_ref, NULL),
    RO_OBJECT("to", city_ref, NULL),
    {.name = "via", .type = AM_T_STRING, .flags = AM_F_READONLY, .doc = "all or partnerships, as asked"},
    {.name = "connected", .type = AM_T_BOOL, .flags = AM_F_READONLY,
     .doc = "false: no chain links them (then hops is null, steps empty, and note says why)"},
    {.name = "hops", .type = AM_T_INT, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .doc = "partnerships and shared networks on the way"},
    {.name = "note", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE},
    RO_ITEMS("steps", step_schema, "a city, a link, a city, and so on"),
    AM_MODEL_FIELDS("the graph"),
    {0},
};
const struct am_schema am_graph_path_schema = {
    .name = "GraphPath", .doc = "A shortest chain of partnerships and shared networks between two cities.",
    .fields = path_reply_fields};

static const struct am_field community_fields[] = {
    RO("id", AM_T_INT, "0: the largest"),
    RO("size", AM_T_INT, "cities"),
    RO("networks", AM_T_INT, NULL),
    {0},
};
static const struct am_schema community_schema = {
    .name = "GraphCommunity", .doc = "A community of the graph.", .fields = community_fields};

static const struct am_field component_fields[] = {
    RO("id", AM_T_INT, "0: the largest"),
    RO("size", AM_T_INT, "cities"),
    {0},
};
static const struct am_schema component_schema = {
    .name = "GraphComponent", .doc = "A connected group of the graph.", .fields = component_fields};

static const char *const node_kinds[] = {"city", "network", NULL};
static const struct am_field node_fields[] = {
    RO("id", AM_T_STRING, "c12 for city 12, n3 for network 3: what edges name"),
    {.name = "kind", .type = AM_T_ENUM, .flags = AM_F_READONLY, .values = node_kinds},
    RO("city_id", AM_T_INT, "a city's"),
    RO("network_id", AM_T_INT, "a network's"),
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "country", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE, .doc = "a city's"},
    {.name = "acronym", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE, .doc = "a network's"},
    RO("level", AM_T_INT, "0: the city; 1: its networks and partners; 2: their partners"),
    RO("degree", AM_T_INT, NULL),
    {0},
};
static const struct am_schema node_schema = {
    .name = "GraphNode", .doc = "A city or a network of a neighbourhood.", .fields = node_fields};

static const struct am_field edge_fields[] = {
    RO("source", AM_T_STRING, "a node's id"),
    RO("target", AM_T_STRING, "a node's id"),
    {.name = "kind", .type = AM_T_ENUM, .flags = AM_F_READONLY,
     .values = (const char *const[]){"partnership", "membership", NULL}},
    RO("partnership_id", AM_T_INT, "a partnership's"),
    {0},
};
static const struct am_schema edge_schema = {
    .name = "GraphEdge", .doc = "A partnership or a membership of a neighbourhood.", .fields = edge_fields};

static const struct am_field neighbourhood_fields[] = {
    {.name = "nodes", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .max = NODES_MAX,
     .item = &(const struct am_field){.name = "node", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
                                      .object = &node_schema}},
    /* every tie among the nodes kept: one at most for each pair of them */
    {.name = "edges", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .max = NODES_MAX * (NODES_MAX - 1) / 2,
     .item = &(const struct am_field){.name = "edge", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
                                      .object = &edge_schema}},
    RO("truncated", AM_T_BOOL, "more nodes than asked for were near"),
    {0},
};
static const struct am_schema neighbourhood_schema = {
    .name = "GraphNeighbourhood", .doc = "The city, its networks, its partners and their partners.",
    .fields = neighbourhood_fields};

static const struct am_field city_reply_fields[] = {
    RO_OBJECT("city", city_ref, NULL),
    {.name = "in_graph", .type = AM_T_BOOL, .flags = AM_F_READONLY,
     .doc = "false: no partnership with a city and no current network"},
    {.name = "degree", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "partners and networks"},
    {.name = "partners", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "partner cities"},
    {.name = "networks", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "current networks"},
    {.name = "betweenness", .type = AM_T_NUMBER, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .doc = "pairs of vertices whose shortest chains pass through the city (shared among ties); null while "
            "the first centralities are being computed"},
    {.name = "betweenness_exact", .type = AM_T_BOOL, .flags = AM_F_READONLY,
     .doc = "false: estimated from a sample of sources (large graphs)"},
    {.name = "eigenvector", .type = AM_T_NUMBER, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .doc = "relative to the most central city (1); null while the first centralities are being computed"},
    {.name = "community", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .object = &community_schema, .doc = "null: not in the graph"},
    {.name = "component", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .object = &component_schema, .doc = "null: not in the graph"},
    RO_OBJECT("neighbourhood", neighbourhood_schema, NULL),
    AM_MODEL_FIELDS("the graph (stale too while the centralities are older than the graph)"),
    {0},
};
const struct am_schema am_graph_city_schema = {
    .name = "GraphCity", .doc = "A city's place in the graph.", .fields = city_reply_fields};
#undef RO
#undef RO_OBJECT
#undef RO_ITEMS

/* ---- igraph, one caller at a time ---------------------------------------- */

static pthread_mutex_t ig_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t ig_once = PTHREAD_ONCE_INIT;

/* What igraph's long computations ask, now and then, of the thread that
 * runs them: whether to stop (the server is stopping). */
static _Thread_local const struct am_model_ctl *ig_ctl;

static igraph_error_t ig_interrupt(void *data)
{
    (void)data;
    return am_model_stopping(ig_ctl) ? IGRAPH_INTERRUPTED : IGRAPH_SUCCESS;
}

static void ig_setup(void)
{
    /* the default handler aborts the process; a server answers 500 instead */
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
    igraph_set_interruption_handler(ig_interrupt);
}

void am_graph_igraph_lock(void)
{
    pthread_once(&ig_once, ig_setup);
    pthread_mutex_lock(&ig_mutex);
}

void am_graph_igraph_unlock(void)
{
    pthread_mutex_unlock(&ig_mutex);
}

static enum am_rc ig_fail(igraph_error_t e, const char *what, struct am_err *err)
{
    if (e == IGRAPH_ENOMEM)
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    return am_err_set(err, AM_EINTERNAL, NULL, "graph: %s failed: %s", what, igraph_strerror(e));
}

/* ---- the graph of one generation -------------------------------------------- */

/* Built once by am_models (in the background in a server), then read by
 * any number of threads; the centralities are filled in afterwards, by the
 * model's second phase, and read only from a model whose second phase is
 * done (am_model_get's finished). The igraph_t is kept for that phase
 * only: readers never call igraph, so they never wait behind a centrality
 * computation, and the memory goes once it is done. */
struct gnet {
    int64_t generation;
    uint32_t nv, ncity;       /* cities are vertices 0..ncity-1 (by id), then networks (by id) */
    uint32_t np, ne;          /* partnership edges are 0..np-1, then memberships */
    int64_t *ids;             /* vertex -> city or network id */
    char (*cc)[3];            /* city vertex -> country */
    uint32_t (*ends)[2];      /* edge -> its vertices (a membership: city, network) */
    int64_t *pid;             /* partnership edge -> the partnership (the lowest id of the pair) */
    uint32_t *adj_at, *adj;   /* edges of v: adj[adj_at[v] .. adj_at[v + 1]), partnerships first */
    igraph_t g;
    bool have_g;
    uint32_t *comp, *comp_cities, *comp_networks, ncomp;
    uint32_t *comm, *comm_cities, *comm_networks, ncomm;
    double modularity;
    double build_ms, components_ms, communities_ms;
    uint32_t *order[3];       /* city vertices by degree, betweenness, eigenvector (enum metric), the
                                 highest first: degree with the build, the others with the second phase */
    double *betweenness, *eigenvector; /* the second phase's */
    uint32_t sources;         /* betweenness from this many sources (nv: exact) */
    double betweenness_ms, eigenvector_ms;
    atomic_bool have_cent;    /* the second phase is done: its fields may be read */
};

static double ms_since(const struct timespec *t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - t0->tv_sec) * 1e3 + (double)(t.tv_nsec - t0->tv_nsec) / 1e6;
}

static void gnet_free(struct gnet *g)
{
    if (!g)
        return;
    if (g->have_g) { /* only a graph whose second phase never ran */
        am_graph_igraph_lock();
        igraph_destroy(&g->g);
        am_graph_igraph_unlock();
    }
    free(g->ids);
    free(g->cc);
    free(g->ends);
    free(g->pid);
    free(g->adj_at);
    free(g->adj);
    free(g->comp);
    free(g->comp_cities);
    free(g->comp_networks);
    free(g->comm);
    free(g->comm_cities);
    free(g->comm_networks);
    free(g->betweenness);
    free(g->eigenvector);
    for (size_t i = 0; i < sizeof g->order / sizeof *g->order; i++)
        free(g->order[i]);
    free(g);
}

/* p with room for n items of size (reallocated: the new pointer), or NULL
 * with p untouched. */
static void *grow(void *p, size_t *cap, size_t n, size_t size)
{
    if (n <= *cap)
        return p;
    size_t c = *cap ? *cap : 256;
    while (c < n)
        c *= 2;
    void *q = realloc(p, c * size);
    if (q)
        *cap = c;
    return q;
}

/* The index of id in the sorted ids[first..end), or -1. */
static int64_t find_id(const int64_t *ids, size_t first, size_t end, int64_t id)
{
    size_t lo = first, hi = end;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ids[mid] < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < end && ids[lo] == id ? (int64_t)lo : -1;
}

static int64_t city_vertex(const struct gnet *g, int64_t id)
{
    return find_id(g->ids, 0, g->ncity, id);
}

static int64_t network_vertex(const struct gnet *g, int64_t id)
{
    return find_id(g->ids, g->ncity, g->nv, id);
}

static uint32_t other_end(const struct gnet *g, uint32_t e, uint32_t v)
{
    return g->ends[e][0] == v ? g->ends[e][1] : g->ends[e][0];
}

static uint32_t degree(const struct gnet *g, uint32_t v)
{
    return g->adj_at[v + 1] - g->adj_at[v];
}

static uint32_t partner_count(const struct gnet *g, uint32_t v)
{
    uint32_t n = 0;
    for (uint32_t i = g->adj_at[v]; i < g->adj_at[v + 1] && g->adj[i] < g->np; i++)
        n++;
    return n;
}

/* What counts: a partnership between two cities that is not only proposed
 * and has not ended; a membership of a city that it has not left. */
#define LIVE                                                                                          \
    "a_city_id IS NOT NULL AND b_city_id IS NOT NULL AND a_city_id <> b_city_id AND status NOT IN " \
    "('proposed', 'ended')"
#define CURRENT "city_id IS NOT NULL AND status = 'current' AND left_year IS NULL"

static enum am_rc read_vertices(struct am_db *db, struct gnet *g, struct am_err *err)
{
    static const char CITIES[] =
        "SELECT id, country FROM city WHERE id IN (SELECT a_city_id FROM partnership WHERE " LIVE
        " UNION SELECT b_city_id FROM partnership WHERE " LIVE " UNION SELECT city_id FROM membership "
        "WHERE " CURRENT ") ORDER BY id";
    static const char NETWORKS[] =
        "SELECT DISTINCT network_id FROM membership WHERE " CURRENT " ORDER BY network_id";
    struct am_stmt *st = NULL;
    size_t cap = 0, cc_cap = 0, n = 0;
    bool row;
    enum am_rc rc = am_db_prepare(db, CITIES, json_array(), &st, err);
    while (!rc && !(rc = am_stmt_step(st, &row, err)) && row) {
        int64_t *ids = grow(g->ids, &cap, n + 1, sizeof *g->ids);
        if (ids)
            g->ids = ids;
        char(*cc)[3] = ids ? grow(g->cc, &cc_cap, n + 1, sizeof *g->cc) : NULL;
        if (!cc) {
            rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
            break;
        }
        g->cc = cc;
        g->ids[n] = am_stmt_i64(st, 0);
        const char *code = am_stmt_text(st, 1);
        g->cc[n][0] = code && code[0] ? code[0] : '?';
        g->cc[n][1] = code && code[0] ? code[1] : '?';
        g->cc[n][2] = '\0';
        n++;
    }
    am_stmt_done(st);
    g->ncity = (uint32_t)n;
    st = NULL;
    if (!rc)
        rc = am_db_prepare(db, NETWORKS, json_array(), &st, err);
    while (!rc && !(rc = am_stmt_step(st, &row, err)) && row) {
        int64_t *ids = grow(g->ids, &cap, n + 1, sizeof *g->ids);
        if (!ids) {
            rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
            break;
        }
        g->ids = ids;
        g->ids[n++] = am_stmt_i64(st, 0);
    }
    am_stmt_done(st);
    g->nv = (uint32_t)n;
    return rc;
}

struct pair {
    uint32_t u, v;
    int64_t pid;
};

static int by_pair(const void *a, const void *b)
{
    const struct pair *x = a, *y = b;
    if (x->u != y->u)
        return x->u < y->u ? -1 : 1;
    if (x->v != y->v)
        return x->v < y->v ? -1 : 1;
    return (x->pid > y->pid) - (x->pid < y->pid);
}

/* Edges: one per pair of partner cities (a pair may have several
 * agreements), then one per membership. */
static enum am_rc read_edges(struct am_db *db, struct gnet *g, struct am_err *err)
{
    static const char PAIRS[] = "SELECT id, a_city_id, b_city_id FROM partnership WHERE " LIVE;
    static const char MEMBERS[] = "SELECT city_id, network_id FROM membership WHERE " CURRENT;
    struct pair *pairs = NULL;
    uint32_t (*members)[2] = NULL;
    size_t np = 0, pcap = 0, nm = 0, mcap = 0;
    struct am_stmt *st = NULL;
    bool row;
    enum am_rc rc = am_db_prepare(db, PAIRS, json_array(), &st, err);
    while (!rc && !(rc = am_stmt_step(st, &row, err)) && row) {
        int64_t a = city_vertex(g, am_stmt_i64(st, 1)), b = city_vertex(g, am_stmt_i64(st, 2));
        if (a < 0 || b < 0)
            continue; /* changed since the vertices were read: the next generation has it */
        struct pair *more = grow(pairs, &pcap, np + 1, sizeof *pairs);
        if (!more) {
            rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
            break;
        }
        pairs = more;
        pairs[np++] = (struct pair){(uint32_t)(a < b ? a : b), (uint32_t)(a < b ? b : a), am_stmt_i64(st, 0)};
    }
    am_stmt_done(st);
    st = NULL;
    if (!rc)
        rc = am_db_prepare(db, MEMBERS, json_array(), &st, err);
    while (!rc && !(rc = am_stmt_step(st, &row, err)) && row) {
        int64_t c = city_vertex(g, am_stmt_i64(st, 0)), n = network_vertex(g, am_stmt_i64(st, 1));
        if (c < 0 || n < 0)
            continue;
        uint32_t(*more)[2] = grow(members, &mcap, nm + 1, sizeof *members);
        if (!more) {
            rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
            break;
        }
        members = more;
        members[nm][0] = (uint32_t)c;
        members[nm++][1] = (uint32_t)n;
    }
    am_stmt_done(st);
    if (!rc && np)
        qsort(pairs, np, sizeof *pairs, by_pair);
    size_t kept = 0;
    for (size_t i = 0; !rc && i < np; i++)
        if (!kept || pairs[i].u != pairs[kept - 1].u || pairs[i].v != pairs[kept - 1].v)
            pairs[kept++] = pairs[i];
    size_t ne = kept + nm;
    if (!rc) {
        g->ends = malloc((ne ? ne : 1) * sizeof *g->ends);
        g->pid = malloc((kept ? kept : 1) * sizeof *g->pid);
        if (!g->ends || !g->pid)
            rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    }
    for (size_t i = 0; !rc && i < kept; i++) {
        g->ends[i][0] = pairs[i].u;
        g->ends[i][1] = pairs[i].v;
        g->pid[i] = pairs[i].pid;
    }
    for (size_t i = 0; !rc && i < nm; i++) {
        g->ends[kept + i][0] = members[i][0];
        g->ends[kept + i][1] = members[i][1];
    }
    g->np = (uint32_t)kept;
    g->ne = rc ? 0 : (uint32_t)ne;
    free(pairs);
    free(members);
    return rc;
}

static enum am_rc make_adjacency(struct gnet *g, struct am_err *err)
{
    g->adj_at = calloc((size_t)g->nv + 1, sizeof *g->adj_at);
    g->adj = malloc(((size_t)g->ne * 2 + 1) * sizeof *g->adj);
    uint32_t *pos = malloc(((size_t)g->nv + 1) * sizeof *pos);
    if (!g->adj_at || !g->adj || !pos) {
        free(pos);
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    }
    for (uint32_t e = 0; e < g->ne; e++) {
        g->adj_at[g->ends[e][0] + 1]++;
        g->adj_at[g->ends[e][1] + 1]++;
    }
    for (uint32_t v = 0; v < g->nv; v++)
        g->adj_at[v + 1] += g->adj_at[v];
    memcpy(pos, g->adj_at, ((size_t)g->nv + 1) * sizeof *pos);
    /* in edge order, so that each vertex lists its partnerships first */
    for (uint32_t e = 0; e < g->ne; e++) {
        g->adj[pos[g->ends[e][0]]++] = e;
        g->adj[pos[g->ends[e][1]]++] = e;
    }
    free(pos);
    return AM_OK;
}

struct group_order {
    uint32_t cities, first, old;
};

static int by_group_size(const void *a, const void *b)
{
    const struct group_order *x = a, *y = b;
    if (x->cities != y->cities)
        return x->cities > y->cities ? -1 : 1;
    return (x->first > y->first) - (x->first < y->first);
}

/* Components and communities are numbered by size, largest first (ties:
 * the one holding the lowest city id), so that 0 is the giant component
 * and numbers do not depend on igraph's order. */
static enum am_rc number_groups(const struct gnet *g, const igraph_vector_int_t *memb, uint32_t ngroups,
                                uint32_t **group, uint32_t **cities, uint32_t **networks, struct am_err *err)
{
    size_t n = ngroups ? ngroups : 1;
    struct group_order *order = malloc(n * sizeof *order);
    uint32_t *renum = malloc(n * sizeof *renum);
    *group = malloc(((size_t)g->nv + 1) * sizeof **group);
    *cities = calloc(n, sizeof **cities);
    *networks = calloc(n, sizeof **networks);
    if (!order || !renum || !*group || !*cities || !*networks) {
        free(order);
        free(renum);
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    }
    for (uint32_t k = 0; k < ngroups; k++)
        order[k] = (struct group_order){0, UINT32_MAX, k};
    for (uint32_t v = 0; v < g->nv; v++) {
        struct group_order *o = &order[VECTOR(*memb)[v]];
        if (v < g->ncity)
            o->cities++;
        if (v < o->first)
            o->first = v;
    }
    qsort(order, ngroups, sizeof *order, by_group_size);
    for (uint32_t k = 0; k < ngroups; k++)
        renum[order[k].old] = k;
    for (uint32_t v = 0; v < g->nv; v++) {
        uint32_t k = renum[VECTOR(*memb)[v]];
        (*group)[v] = k;
        if (v < g->ncity)
            (*cities)[k]++;
        else
            (*networks)[k]++;
    }
    free(order);
    free(renum);
    return AM_OK;
}

/* The igraph part of a build: the graph, its components, its communities
 * (Louvain, with a fixed seed so that a generation always splits alike). */
static enum am_rc analyse(struct gnet *g, struct am_err *err)
{
    igraph_vector_int_t ev, memb, csize;
    igraph_integer_t no = 0;
    igraph_real_t q = NAN;
    struct timespec t0;
    enum am_rc rc = AM_OK;
    igraph_error_t e;
    am_graph_igraph_lock();
    if ((e = igraph_vector_int_init(&ev, (igraph_integer_t)g->ne * 2))) {
        am_graph_igraph_unlock();
        return ig_fail(e, "a vector", err);
    }
    for (uint32_t i = 0; i < g->ne; i++) {
        VECTOR(ev)[2 * i] = g->ends[i][0];
        VECTOR(ev)[2 * i + 1] = g->ends[i][1];
    }
    e = igraph_create(&g->g, &ev, g->nv, IGRAPH_UNDIRECTED);
    igraph_vector_int_destroy(&ev);
    if (e) {
        am_graph_igraph_unlock();
        return ig_fail(e, "igraph_create", err);
    }
    g->have_g = true;
    if ((e = igraph_vector_int_init(&memb, 0))) {
        am_graph_igraph_unlock();
        return ig_fail(e, "a vector", err);
    }
    if ((e = igraph_vector_int_init(&csize, 0))) {
        igraph_vector_int_destroy(&memb);
        am_graph_igraph_unlock();
        return ig_fail(e, "a vector", err);
    }
    clock_gettime(CLOCK_MONOTONIC, &t0);
    if ((e = igraph_connected_components(&g->g, &memb, &csize, &no, IGRAPH_WEAK)))
        rc = ig_fail(e, "components", err);
    if (!rc)
        rc = number_groups(g, &memb, (uint32_t)no, &g->comp, &g->comp_cities, &g->comp_networks, err);
    g->ncomp = (uint32_t)no;
    g->components_ms = ms_since(&t0);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    no = 0;
    if (!rc && g->nv) {
        igraph_rng_seed(igraph_rng_default(), 20240601);
        if ((e = igraph_community_multilevel(&g->g, NULL, 1.0, &memb, NULL, NULL)))
            rc = ig_fail(e, "communities", err);
        if (!rc)
            no = igraph_vector_int_max(&memb) + 1;
        if (!rc && (e = igraph_modularity(&g->g, &memb, NULL, 1.0, false, &q)))
            rc = ig_fail(e, "modularity", err);
    }
    if (!rc)
        rc = number_groups(g, &memb, (uint32_t)no, &g->comm, &g->comm_cities, &g->comm_networks, err);
    g->ncomm = (uint32_t)no;
    g->modularity = q;
    g->communities_ms = ms_since(&t0);
    igraph_vector_int_destroy(&memb);
    igraph_vector_int_destroy(&csize);
    am_graph_igraph_unlock();
    return rc;
}

enum metric { M_DEGREE, M_BETWEENNESS, M_EIGENVECTOR };

struct ranked {
    double value;
    int64_t id;
    uint32_t v;
};

static int by_value(const void *a, const void *b)
{
    const struct ranked *x = a, *y = b;
    if (x->value != y->value)
        return x->value > y->value ? -1 : 1;
    return (x->id > y->id) - (x->id < y->id);
}

static double value_of(const struct gnet *g, enum metric m, uint32_t v)
{
    switch (m) {
    case M_BETWEENNESS: return g->betweenness[v];
    case M_EIGENVECTOR: return g->eigenvector[v];
    case M_DEGREE: break;
    }
    return degree(g, v);
}

/* The city vertices by m, the highest first (of equal values the lower
 * id): kept with the graph, so that a ranking is read, not sorted, by each
 * request. */
static uint32_t *rank_cities(const struct gnet *g, enum metric m)
{
    struct ranked *r = malloc(((size_t)g->ncity + 1) * sizeof *r);
    uint32_t *order = malloc(((size_t)g->ncity + 1) * sizeof *order);
    if (!r || !order) {
        free(r);
        free(order);
        return NULL;
    }
    for (uint32_t v = 0; v < g->ncity; v++)
        r[v] = (struct ranked){value_of(g, m, v), g->ids[v], v};
    if (g->ncity > 1)
        qsort(r, g->ncity, sizeof *r, by_value);
    for (uint32_t i = 0; i < g->ncity; i++)
        order[i] = r[i].v;
    free(r);
    return order;
}

/* The model's stamp: graph_generation, bumped by the triggers of
 * migration 5 on every change of partnerships and memberships. */
static enum am_rc graph_stamp(struct am_db *db, int64_t st[AM_STAMP], struct am_err *err)
{
    return am_db_i64(db, "SELECT n FROM graph_generation WHERE id = 1", json_array(), &st[0], err);
}

static void *graph_build(struct am_db *db, const struct am_model_ctl *ctl, struct am_err *err)
{
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    struct gnet *g = calloc(1, sizeof *g);
    if (!g) {
        am_err_set(err, AM_ENOMEM, NULL, "out of memory");
        return NULL;
    }
    atomic_init(&g->have_cent, false);
    /* read first, so that what the build reads is at least this new */
    enum am_rc rc = am_db_i64(db, "SELECT n FROM graph_generation WHERE id = 1", json_array(), &g->generation, err);
    if (!rc)
        rc = read_vertices(db, g, err);
    if (!rc)
        rc = read_edges(db, g, err);
    if (!rc)
        rc = make_adjacency(g, err);
    if (!rc && am_model_stopping(ctl))
        rc = am_err_set(err, AM_EINTERNAL, NULL, "graph: stopped");
    if (!rc)
        rc = analyse(g, err);
    if (!rc && !(g->order[M_DEGREE] = rank_cities(g, M_DEGREE)))
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    if (rc) {
        gnet_free(g);
        return NULL;
    }
    g->build_ms = ms_since(&t0);
    am_log(AM_LOG_DEBUG, "graph %lld: %u cities, %u networks, %u edges in %.0f ms", (long long)g->generation,
           g->ncity, g->nv - g->ncity, g->ne, g->build_ms);
    return g;
}

static void graph_free(void *g)
{
    gnet_free(g);
}

static enum am_rc centralities(struct gnet *g, const struct am_model_ctl *ctl, struct am_err *err);

static enum am_rc graph_finish(void *g, const struct am_model_ctl *ctl, struct am_err *err)
{
    return centralities(g, ctl, err);
}

const struct am_model_kind am_graph_model = {
    .name = "graph", .stamp = graph_stamp, .build = graph_build, .finish = graph_finish, .free = graph_free};

/* The graph as it is (finished: with its centralities), never waited for
 * in a server: NULL until the first one is built. Given back with
 * am_model_put. */
static enum am_rc graph_get(struct am_db *db, bool finished, struct am_model_use *u, struct am_err *err)
{
    return am_model_get(db, &am_graph_model, finished, u, err);
}

/* Exact betweenness costs vertices × edges steps; igraph 0.10 takes about
 * 37 s for the 25,000 vertices and 38,000 edges of the real registry, and
 * a cutoff does not help (two hops through the Covenant of Mayors reach
 * 10,000 cities: 6 s at cutoff 2). Above the budget it is estimated from a
 * sample of sources (Brandes and Pich 2007): the pairs' dependencies of k
 * sources, scaled by n / k. 2,000 sources take about 3 s here and find 19
 * of the exact top 20. */
enum { BETWEENNESS_BUDGET = 80000000 };

static uint32_t betweenness_sources(uint32_t nv, uint32_t ne)
{
    double cost = (double)nv * (double)ne;
    if (cost <= 1.5 * BETWEENNESS_BUDGET)
        return nv;
    double k = BETWEENNESS_BUDGET / (ne ? (double)ne : 1);
    return k < 1 ? 1 : k >= nv ? nv : (uint32_t)k;
}

/* k distinct vertices, the same for the same graph (a seeded partial
 * shuffle), so that a generation's estimate does not change between runs. */
static igraph_error_t sample_sources(uint32_t nv, uint32_t k, igraph_vector_int_t *out)
{
    uint32_t *all = malloc((size_t)nv * sizeof *all);
    uint64_t x = 0x9E3779B97F4A7C15u;
    if (!all)
        return IGRAPH_ENOMEM;
    igraph_error_t e = igraph_vector_int_resize(out, k);
    for (uint32_t i = 0; i < nv; i++)
        all[i] = i;
    for (uint32_t i = 0; !e && i < k; i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        uint32_t j = i + (uint32_t)(x % (nv - i)), t = all[i];
        all[i] = all[j];
        all[j] = t;
        VECTOR(*out)[i] = all[i];
    }
    free(all);
    return e;
}

/* Betweenness and eigenvector centrality, once per generation: the
 * model's second phase, after the graph is published (seconds on the real
 * registry, which readers of the graph itself need not wait for). */
static enum am_rc centralities(struct gnet *g, const struct am_model_ctl *ctl, struct am_err *err)
{
    if (atomic_load(&g->have_cent))
        return AM_OK;
    size_t n = g->nv ? g->nv : 1;
    double *bw = calloc(n, sizeof *bw), *ev = calloc(n, sizeof *ev);
    enum am_rc rc = bw && ev ? AM_OK : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    uint32_t k = betweenness_sources(g->nv, g->ne);
    struct timespec t0;
    igraph_vector_t res;
    igraph_vector_int_t src;
    igraph_error_t e = IGRAPH_SUCCESS;
    am_graph_igraph_lock();
    ig_ctl = ctl; /* asked now and then by igraph: stop when the server stops */
    bool have_res = igraph_vector_init(&res, 0) == IGRAPH_SUCCESS;
    bool have_src = igraph_vector_int_init(&src, 0) == IGRAPH_SUCCESS;
    if (!rc && (!have_res || !have_src))
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    clock_gettime(CLOCK_MONOTONIC, &t0);
    if (!rc && g->nv && k == g->nv)
        e = igraph_betweenness(&g->g, &res, igraph_vss_all(), false, NULL);
    else if (!rc && g->nv && !(e = sample_sources(g->nv, k, &src)))
        e = igraph_betweenness_subset(&g->g, &res, igraph_vss_all(), false, igraph_vss_vector(&src),
                                      igraph_vss_all(), NULL);
    if (!rc && e)
        rc = e == IGRAPH_INTERRUPTED ? am_err_set(err, AM_EINTERNAL, NULL, "graph: stopped")
                                     : ig_fail(e, "betweenness", err);
    for (uint32_t v = 0; !rc && v < g->nv; v++)
        bw[v] = VECTOR(res)[v] * ((double)g->nv / (double)k);
    g->betweenness_ms = ms_since(&t0);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    if (!rc && g->ne) {
        igraph_arpack_options_t opt;
        igraph_real_t value;
        igraph_arpack_options_init(&opt);
        if ((e = igraph_eigenvector_centrality(&g->g, &res, &value, false, true, NULL, &opt)))
            rc = e == IGRAPH_INTERRUPTED ? am_err_set(err, AM_EINTERNAL, NULL, "graph: stopped")
                                         : ig_fail(e, "eigenvector centrality", err);
        /* relative to the most central city: a network (the Covenant of
         * Mayors) tops the whole graph, and cities are what is ranked */
        double top = 0;
        for (uint32_t v = 0; !rc && v < g->ncity; v++)
            top = fabs(VECTOR(res)[v]) > top ? fabs(VECTOR(res)[v]) : top;
        for (uint32_t v = 0; !rc && top > 0 && v < g->nv; v++)
            ev[v] = fabs(VECTOR(res)[v]) < 1e-12 * top ? 0 : fabs(VECTOR(res)[v]) / top;
    }
    g->eigenvector_ms = ms_since(&t0);
    if (have_res)
        igraph_vector_destroy(&res);
    if (have_src)
        igraph_vector_int_destroy(&src);
    if (!rc && g->have_g) { /* nothing else needs igraph's copy of the graph */
        igraph_destroy(&g->g);
        g->have_g = false;
    }
    ig_ctl = NULL;
    am_graph_igraph_unlock();
    if (!rc) {
        g->betweenness = bw;
        g->eigenvector = ev;
        g->sources = k;
        bw = ev = NULL;
        if (!(g->order[M_BETWEENNESS] = rank_cities(g, M_BETWEENNESS)) ||
            !(g->order[M_EIGENVECTOR] = rank_cities(g, M_EIGENVECTOR)))
            rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    }
    if (!rc) {
        atomic_store(&g->have_cent, true);
        am_log(AM_LOG_DEBUG, "graph %lld: betweenness (%u of %u sources) in %.0f ms, eigenvector in %.0f ms",
               (long long)g->generation, k, g->nv, g->betweenness_ms, g->eigenvector_ms);
    } else {
        free(bw);
        free(ev);
    }
    return rc;
}

/* ---- replies ----------------------------------------------------------------- */

static json_t *real_or_null(double x)
{
    return isfinite(x) ? json_real(x) : json_null();
}

static void id_key(int64_t id, char key[24])
{
    snprintf(key, 24, "%lld", (long long)id);
}

/* Names are read from the database when a reply is written, not kept in
 * the graph: {id: row} for the ids (a JSON array) by sql, which selects
 * rows whose id is in json_each(?). */
static enum am_rc rows_by_id(struct am_db *db, const char *sql, json_t *ids, json_t **out, struct am_err *err)
{
    char *text = json_dumps(ids, JSON_COMPACT);
    json_t *rows = NULL, *r;
    size_t i;
    if (!text)
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    enum am_rc rc = am_db_all(db, sql, json_pack("[s]", text), &rows, err);
    free(text);
    if (rc)
        return rc;
    *out = json_object();
    json_array_foreach(rows, i, r) {
        char key[24];
        id_key(json_integer_value(json_object_get(r, "id")), key);
        json_object_set(*out, key, r);
    }
    json_decref(rows);
    return AM_OK;
}

static const char CITY_ROWS[] = "SELECT id, name, country FROM city WHERE id IN (SELECT value FROM json_each(?))";
static const char NETWORK_ROWS[] =
    "SELECT id, name, acronym FROM network WHERE id IN (SELECT value FROM json_each(?))";

/* The row of an id from rows_by_id (a new reference; {id} if it has gone). */
static json_t *row_of(json_t *rows, int64_t id)
{
    char key[24];
    id_key(id, key);
    json_t *r = json_object_get(rows, key);
    return r ? json_incref(r) : json_pack("{s:I}", "id", (json_int_t)id);
}

/* ---- stats --------------------------------------------------------------------- */

/* What a reply says while the first graph is being built: nothing. */
static struct gnet no_graph = {.modularity = NAN};

enum am_rc am_graph_stats(struct am_db *db, json_t **out, struct am_err *err)
{
    struct am_model_use u;
    enum am_rc rc = graph_get(db, false, &u, err);
    if (rc)
        return rc;
    const struct gnet *g = u.model ? u.model : &no_graph;
    /* the centralities' times once they are done (the second phase) */
    bool cent = atomic_load(&((struct gnet *)g)->have_cent);
    uint32_t k = betweenness_sources(g->nv, g->ne);
    *out = json_pack("{s:I,s:{s:I,s:I},s:{s:I,s:I},s:{s:I,s:I,s:I},s:{s:s,s:I,s:I,s:o},s:{s:b,s:I},"
                     "s:{s:f,s:f,s:f,s:o,s:o}}",
                     "generation", (json_int_t)g->generation,
                     "vertices", "cities", (json_int_t)g->ncity, "networks", (json_int_t)(g->nv - g->ncity),
                     "edges", "partnerships", (json_int_t)g->np, "memberships", (json_int_t)(g->ne - g->np),
                     "components", "count", (json_int_t)g->ncomp,
                     "largest", (json_int_t)(g->ncomp ? g->comp_cities[0] : 0),
                     "largest_networks", (json_int_t)(g->ncomp ? g->comp_networks[0] : 0),
                     "communities", "method", "louvain", "count", (json_int_t)g->ncomm,
                     "largest", (json_int_t)(g->ncomm ? g->comm_cities[0] : 0),
                     "modularity", real_or_null(g->modularity),
                     "betweenness", "exact", k == g->nv, "sources", (json_int_t)k,
                     "timings_ms", "build", g->build_ms, "components", g->components_ms,
                     "communities", g->communities_ms,
                     "betweenness", cent ? json_real(g->betweenness_ms) : json_null(),
                     "eigenvector", cent ? json_real(g->eigenvector_ms) : json_null());
    if (*out)
        am_model_mark(*out, &u);
    am_model_put(&u);
    return *out ? AM_OK : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
}

/* ---- top ------------------------------------------------------------------------- */

enum am_rc am_graph_top(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    const char *by = json_string_value(json_object_get(query, "by"));
    const char *cc = json_string_value(json_object_get(query, "country"));
    json_t *jl = json_object_get(query, "limit");
    size_t limit = jl ? (size_t)json_integer_value(jl) : 20;
    enum metric m = M_DEGREE;
    while (by && top_by[m] && strcmp(top_by[m], by) != 0)
        m++;
    if (!top_by[m])
        return am_err_set(err, AM_EBADREQ, "by", "by: degree, betweenness or eigenvector");
    /* degree: the graph as it is; the centralities: the newest graph that
     * has them (maybe older, then stale) */
    struct am_model_use u;
    enum am_rc rc = graph_get(db, m != M_DEGREE, &u, err);
    if (rc)
        return rc;
    const struct gnet *g = u.model ? u.model : &no_graph;
    const uint32_t *order = g->order[m];
    json_t *ids = json_array(), *cities = NULL, *items = json_array();
    uint32_t *top = malloc((limit + 1) * sizeof *top);
    size_t n = 0, k = 0;
    if (!top)
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    /* the cities in the order of the measure, kept with the graph: the
     * first of the country, and how many it has */
    for (uint32_t i = 0; !rc && i < g->ncity; i++) {
        uint32_t v = order[i];
        if (cc && strcmp(g->cc[v], cc) != 0)
            continue;
        if (k < limit)
            top[k++] = v;
        n++;
    }
    for (size_t i = 0; !rc && i < k; i++)
        json_array_append_new(ids, json_integer(g->ids[top[i]]));
    if (!rc)
        rc = rows_by_id(db, CITY_ROWS, ids, &cities, err);
    for (size_t i = 0; !rc && i < k; i++) {
        uint32_t v = top[i], partners = partner_count(g, v);
        double value = value_of(g, m, v);
        json_t *item = json_pack("{s:I,s:o,s:o,s:I,s:I,s:I}", "rank", (json_int_t)(i + 1), "city",
                                 row_of(cities, g->ids[v]), "value",
                                 m == M_DEGREE ? json_integer((json_int_t)value) : json_real(value),
                                 "degree", (json_int_t)degree(g, v), "partners", (json_int_t)partners,
                                 "networks", (json_int_t)(degree(g, v) - partners));
        if (!item || json_array_append_new(items, item))
            rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    }
    bool exact = m != M_BETWEENNESS || betweenness_sources(g->nv, g->ne) == g->nv;
    free(top);
    json_decref(ids);
    json_decref(cities);
    if (!rc && !(*out = json_pack("{s:s,s:s?,s:O,s:I,s:b}", "by", top_by[m], "country", cc, "items", items,
                                  "total", (json_int_t)n, "exact", exact)))
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    if (!rc)
        am_model_mark(*out, &u);
    am_model_put(&u);
    json_decref(items);
    return rc;
}

/* ---- path ------------------------------------------------------------------------- */

/* {id, name, country} of a city; AM_ENOTFOUND when there is none. */
static enum am_rc city_row(struct am_db *db, int64_t id, json_t **out, struct am_err *err)
{
    return am_db_one(db, "SELECT id, name, country FROM city WHERE id = ?", json_pack("[I]", (json_int_t)id),
                     out, err);
}

/* Breadth first from a to b: the vertices of a shortest path, b first, or
 * none. Partnerships come first in each vertex's edges, so of equally short
 * chains the search tends to those with more partnerships. */
static enum am_rc bfs_path(const struct gnet *g, uint32_t a, uint32_t b, bool cities_only, uint32_t **path,
                           size_t *len, struct am_err *err)
{
    uint32_t *via = malloc(((size_t)g->nv + 1) * sizeof *via);   /* edge we came by; UINT32_MAX: not seen */
    uint32_t *queue = malloc(((size_t)g->nv + 1) * sizeof *queue);
    *path = NULL;
    *len = 0;
    if (!via || !queue) {
        free(via);
        free(queue);
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    }
    memset(via, 0xff, ((size_t)g->nv + 1) * sizeof *via);
    size_t head = 0, tail = 0;
    queue[tail++] = a;
    via[a] = UINT32_MAX - 1; /* the start */
    while (head < tail && via[b] == UINT32_MAX) {
        uint32_t u = queue[head++];
        for (uint32_t i = g->adj_at[u]; i < g->adj_at[u + 1]; i++) {
            uint32_t w = other_end(g, g->adj[i], u);
            if (via[w] != UINT32_MAX || (cities_only && w >= g->ncity))
                continue;
            via[w] = g->adj[i];
            queue[tail++] = w;
        }
    }
    enum am_rc rc = AM_OK;
    if (via[b] != UINT32_MAX) {
        /* b back to a, at most every vertex */
        *path = queue;
        queue = NULL;
        size_t n = 0;
        for (uint32_t v = b;; v = other_end(g, via[v], v)) {
            (*path)[n++] = v;
            if (v == a)
                break;
        }
        *len = n;
    }
    free(via);
    free(queue);
    return rc;
}

/* The partnership edge between two cities, UINT32_MAX if none. */
static uint32_t partnership_between(const struct gnet *g, uint32_t a, uint32_t b)
{
    for (uint32_t k = g->adj_at[a]; k < g->adj_at[a + 1] && g->adj[k] < g->np; k++)
        if (other_end(g, g->adj[k], a) == b)
            return g->adj[k];
    return UINT32_MAX;
}

/* The steps of a path of vertices: cities, and between them the
 * partnership or the network they are linked by. */
static enum am_rc path_steps(struct am_db *db, const struct gnet *g, const uint32_t *path, size_t len,
                             json_t *steps, struct am_err *err)
{
    json_t *cids = json_array(), *nids = json_array(), *cities = NULL, *networks = NULL;
    for (size_t i = 0; i < len; i++)
        json_array_append_new(path[i] < g->ncity ? cids : nids, json_integer(g->ids[path[i]]));
    enum am_rc rc = rows_by_id(db, CITY_ROWS, cids, &cities, err);
    if (!rc)
        rc = rows_by_id(db, NETWORK_ROWS, nids, &networks, err);
    for (size_t i = 0; !rc && i < len; i++) {
        uint32_t v = path[i];
        json_t *step = NULL;
        if (v >= g->ncity) {
            step = json_pack("{s:s,s:o}", "via", "network", "network", row_of(networks, g->ids[v]));
        } else if (i > 0 && path[i - 1] < g->ncity) {
            /* two cities in a row: the search came by their partnership */
            uint32_t e = partnership_between(g, v, path[i - 1]);
            if (e == UINT32_MAX)
                rc = am_err_set(err, AM_EINTERNAL, NULL, "graph: two cities of a chain without a partnership");
            else if (!(step = json_pack("{s:s,s:I}", "via", "partnership", "partnership_id", (json_int_t)g->pid[e])) ||
                     json_array_append_new(steps, step))
                rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
        }
        if (!rc && v < g->ncity)
            step = json_pack("{s:o}", "city", row_of(cities, g->ids[v]));
        if (!rc && (!step || json_array_append_new(steps, step)))
            rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    }
    json_decref(cids);
    json_decref(nids);
    json_decref(cities);
    json_decref(networks);
    return rc;
}

/* Why two cities are not linked, in words. */
static json_t *unlinked(const struct gnet *g, int64_t va, int64_t vb, const char *a, const char *b,
                        bool partnerships_only)
{
    if (va < 0 || vb < 0)
        return json_sprintf("%s has no partnership with another city and no current network membership, so "
                            "nothing connects it to %s",
                            va < 0 ? a : b, va < 0 ? b : a);
    if (g->comp[va] != g->comp[vb])
        return json_sprintf("no chain of partnerships and networks links %s to %s: %s is in a connected "
                            "group of %u cities, %s in another one of %u",
                            a, b, a, g->comp_cities[g->comp[va]], b, g->comp_cities[g->comp[vb]]);
    return json_sprintf("no chain of %s links %s to %s", partnerships_only ? "partnerships" : "partnerships and networks",
                        a, b);
}

enum am_rc am_graph_path(struct am_db *db, int64_t from, int64_t to, bool partnerships_only, json_t **out,
                         struct am_err *err)
{
    json_t *a = NULL, *b = NULL, *steps = json_array(), *note = json_null();
    struct am_model_use u = {0};
    const struct gnet *g = NULL;
    uint32_t *path = NULL;
    size_t len = 0, hops = 0;
    enum am_rc rc = city_row(db, from, &a, err);
    if (rc == AM_ENOTFOUND)
        rc = am_err_set(err, AM_EBADREQ, "from", "from: no city with id %lld", (long long)from);
    if (!rc && (rc = city_row(db, to, &b, err)) == AM_ENOTFOUND)
        rc = am_err_set(err, AM_EBADREQ, "to", "to: no city with id %lld", (long long)to);
    if (!rc)
        rc = graph_get(db, false, &u, err);
    if (rc)
        goto out;
    g = u.model;
    if (from == to) {
        rc = json_array_append_new(steps, json_pack("{s:O}", "city", a))
                 ? am_err_set(err, AM_ENOMEM, NULL, "out of memory") : AM_OK;
    } else if (!g) {
        json_decref(note);
        note = json_string("the graph is being computed: ask again in a moment");
    } else {
        int64_t va = city_vertex(g, from), vb = city_vertex(g, to);
        /* searched from b, so that the path read back runs from a */
        if (va >= 0 && vb >= 0 && g->comp[va] == g->comp[vb])
            rc = bfs_path(g, (uint32_t)vb, (uint32_t)va, partnerships_only, &path, &len, err);
        if (!rc && len)
            rc = path_steps(db, g, path, len, steps, err);
        /* not linked is an answer, not an error */
        if (!rc && !len)
            note = unlinked(g, va, vb, json_string_value(json_object_get(a, "name")),
                            json_string_value(json_object_get(b, "name")), partnerships_only);
    }
    for (size_t i = 0; !rc && i < json_array_size(steps); i++)
        hops += json_object_get(json_array_get(steps, i), "via") != NULL;
    if (!rc && !(*out = json_pack("{s:O,s:O,s:s,s:b,s:o,s:O,s:O}", "from", a, "to", b, "via",
                                  partnerships_only ? "partnerships" : "all", "connected", json_array_size(steps) > 0,
                                  "hops", json_array_size(steps) ? json_integer((json_int_t)hops) : json_null(),
                                  "steps", steps, "note", note)))
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    if (!rc)
        am_model_mark(*out, &u);
out:
    am_model_put(&u);
    free(path);
    json_decref(a);
    json_decref(b);
    json_decref(steps);
    json_decref(note);
    return rc;
}

/* ---- a city ------------------------------------------------------------------------ */

struct near {
    uint32_t degree;
    int64_t id;
    uint32_t v;
};

static int by_degree(const void *a, const void *b)
{
    const struct near *x = a, *y = b;
    if (x->degree != y->degree)
        return x->degree > y->degree ? -1 : 1;
    return (x->id > y->id) - (x->id < y->id);
}

/* Partners of the vertices list[from..to) not yet marked, most tied first. */
static size_t next_ring(const struct gnet *g, const uint32_t *list, size_t from, size_t to, uint8_t *mark,
                        struct near *ring)
{
    size_t n = 0;
    for (size_t i = from; i < to; i++) {
        uint32_t u = list[i];
        for (uint32_t k = g->adj_at[u]; k < g->adj_at[u + 1] && g->adj[k] < g->np; k++) {
            uint32_t w = other_end(g, g->adj[k], u);
            if (mark[w])
                continue;
            mark[w] = 9; /* in the ring, not yet in the view */
            ring[n++] = (struct near){degree(g, w), g->ids[w], w};
        }
    }
    qsort(ring, n, sizeof *ring, by_degree);
    return n;
}

/* The city, its networks, its partners and their partners, up to cap
 * nodes: the rings nearest first, and in each the most tied first. Edges
 * are every partnership and membership among the nodes kept; networks are
 * not gone through (one would bring thousands of members). */
static enum am_rc neighbourhood(struct am_db *db, const struct gnet *g, uint32_t c, size_t cap, json_t **out,
                                struct am_err *err)
{
    uint8_t *mark = calloc((size_t)g->nv + 1, 1);      /* 0: not met, level + 1 when kept */
    uint32_t *list = malloc(((size_t)g->nv + 1) * sizeof *list);
    struct near *ring = malloc(((size_t)g->nv + 1) * sizeof *ring);
    json_t *nodes = json_array(), *edges = json_array(), *cids = json_array(), *nids = json_array();
    json_t *cities = NULL, *networks = NULL;
    enum am_rc rc = mark && list && ring ? AM_OK : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    size_t n = 0;
    bool truncated = false;
    if (!rc) {
        list[n++] = c;
        mark[c] = 1;
        for (uint32_t k = g->adj_at[c]; k < g->adj_at[c + 1]; k++) {
            uint32_t w = other_end(g, g->adj[k], c);
            if (g->adj[k] < g->np)
                continue;
            if (n < cap) {
                list[n++] = w;
                mark[w] = 2;
            } else {
                truncated = true;
            }
        }
        /* ring 1 from the city (its networks have no partnerships), ring 2 from ring 1 */
        size_t start = 0;
        for (uint8_t level = 1; level <= 2; level++) {
            size_t end = n;
            size_t m = next_ring(g, list, start, end, mark, ring);
            for (size_t i = 0; i < m; i++) {
                if (n < cap) {
                    list[n++] = ring[i].v;
                    mark[ring[i].v] = (uint8_t)(level + 1);
                } else {
                    mark[ring[i].v] = 0;
                    truncated = true;
                }
            }
            start = end;
        }
    }
    for (size_t i = 0; !rc && i < n; i++)
        json_array_append_new(list[i] < g->ncity ? cids : nids, json_integer(g->ids[list[i]]));
    if (!rc)
        rc = rows_by_id(db, CITY_ROWS, cids, &cities, err);
    if (!rc)
        rc = rows_by_id(db, NETWORK_ROWS, nids, &networks, err);
    for (size_t i = 0; !rc && i < n; i++) {
        uint32_t v = list[i];
        char key[24];
        bool city = v < g->ncity;
        snprintf(key, sizeof key, "%c%lld", city ? 'c' : 'n', (long long)g->ids[v]);
        json_t *row = row_of(city ? cities : networks, g->ids[v]);
        json_t *node = json_pack("{s:s,s:s,s:I,s:O?,s:O?,s:i,s:I}", "id", key, "kind", city ? "city" : "network",
                                 city ? "city_id" : "network_id", (json_int_t)g->ids[v], "name",
                                 json_object_get(row, "name"), city ? "country" : "acronym",
                                 json_object_get(row, city ? "country" : "acronym"), "level", mark[v] - 1,
                                 "degree", (json_int_t)degree(g, v));
        json_decref(row);
        if (!node || json_array_append_new(nodes, node))
            rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
        /* each edge once: memberships from their city, partnerships from their lower vertex */
        for (uint32_t k = g->adj_at[v]; !rc && city && k < g->adj_at[v + 1]; k++) {
            uint32_t e = g->adj[k], w = other_end(g, e, v);
            if (!mark[w] || (e < g->np && w < v))
                continue;
            char target[24];
            snprintf(target, sizeof target, "%c%lld", w < g->ncity ? 'c' : 'n', (long long)g->ids[w]);
            json_t *edge = e < g->np ? json_pack("{s:s,s:s,s:s,s:I}", "source", key, "target", target, "kind",
                                                 "partnership", "partnership_id", (json_int_t)g->pid[e])
                                     : json_pack("{s:s,s:s,s:s}", "source", key, "target", target, "kind",
                                                 "membership");
            if (!edge || json_array_append_new(edges, edge))
                rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
        }
    }
    if (!rc && !(*out = json_pack("{s:O,s:O,s:b}", "nodes", nodes, "edges", edges, "truncated", truncated)))
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    free(mark);
    free(list);
    free(ring);
    json_decref(nodes);
    json_decref(edges);
    json_decref(cids);
    json_decref(nids);
    json_decref(cities);
    json_decref(networks);
    return rc;
}

enum am_rc am_graph_city(struct am_db *db, int64_t city, json_t *query, json_t **out, struct am_err *err)
{
    json_t *jn = json_object_get(query, "nodes"), *row = NULL, *hood = NULL;
    size_t cap = jn ? (size_t)json_integer_value(jn) : NODES_DEFAULT;
    struct am_model_use u = {0}, uc = {0};
    enum am_rc rc = city_row(db, city, &row, err);
    if (rc == AM_ENOTFOUND)
        return am_err_set(err, AM_ENOTFOUND, NULL, "no city with id %lld", (long long)city);
    if (rc)
        return rc;
    if (cap < 1 || cap > NODES_MAX)
        cap = NODES_DEFAULT;
    /* the graph as it is, and the newest with centralities (maybe older) */
    rc = graph_get(db, false, &u, err);
    if (!rc)
        rc = graph_get(db, true, &uc, err);
    const struct gnet *g = u.model, *gc = uc.model;
    int64_t v = rc || !g ? -1 : city_vertex(g, city), vc = rc || !gc ? -1 : city_vertex(gc, city);
    /* what the reply says of its model: stale if either part is older than
     * the data, or the centralities are not computed yet */
    struct am_model_use shown = {.stale = u.stale || uc.stale || !gc, .computed_at = u.computed_at};
    if (!rc && v < 0) {
        char key[24];
        snprintf(key, sizeof key, "c%lld", (long long)city);
        *out = json_pack("{s:O,s:b,s:i,s:i,s:i,s:f,s:b,s:f,s:n,s:n,s:{s:[{s:s,s:s,s:I,s:O,s:O,s:i,s:i}],s:[],s:b}}",
                         "city", row, "in_graph", 0, "degree", 0, "partners", 0, "networks", 0,
                         "betweenness", 0.0, "betweenness_exact", 1, "eigenvector", 0.0, "community", "component",
                         "neighbourhood",
                         "nodes", "id", key, "kind", "city", "city_id", (json_int_t)city, "name",
                         json_object_get(row, "name"), "country", json_object_get(row, "country"), "level", 0,
                         "degree", 0, "edges", "truncated", 0);
        if (!*out)
            rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
        else
            am_model_mark(*out, &shown);
        am_model_put(&u);
        am_model_put(&uc);
        json_decref(row);
        return rc;
    }
    if (!rc)
        rc = neighbourhood(db, g, (uint32_t)v, cap, &hood, err);
    if (!rc) {
        uint32_t x = (uint32_t)v, partners = partner_count(g, x), cm = g->comm[x], cp = g->comp[x];
        *out = json_pack("{s:O,s:b,s:I,s:I,s:I,s:o,s:b,s:o,s:{s:I,s:I,s:I},s:{s:I,s:I},s:O}", "city", row,
                         "in_graph", 1, "degree", (json_int_t)degree(g, x), "partners", (json_int_t)partners,
                         "networks", (json_int_t)(degree(g, x) - partners), "betweenness",
                         gc ? json_real(vc >= 0 ? gc->betweenness[vc] : 0) : json_null(), "betweenness_exact",
                         !gc || gc->sources == gc->nv, "eigenvector",
                         gc ? json_real(vc >= 0 ? gc->eigenvector[vc] : 0) : json_null(), "community", "id",
                         (json_int_t)cm, "size", (json_int_t)g->comm_cities[cm], "networks",
                         (json_int_t)g->comm_networks[cm], "component", "id", (json_int_t)cp, "size",
                         (json_int_t)g->comp_cities[cp], "neighbourhood", hood);
        if (!*out)
            rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
        else
            am_model_mark(*out, &shown);
    }
    am_model_put(&u);
    am_model_put(&uc);
    json_decref(row);
    json_decref(hood);
    return rc;
}

/* ---- export ------------------------------------------------------------------------- */

enum am_rc am_graph_export(struct am_db *db, struct am_graph_edges *out, struct am_err *err)
{
    struct am_model_use u;
    memset(out, 0, sizeof *out);
    enum am_rc rc = graph_get(db, false, &u, err);
    if (rc)
        return rc;
    const struct gnet *g = u.model ? u.model : &no_graph;
    out->ids = malloc(((size_t)g->nv + 1) * sizeof *out->ids);
    out->ends = malloc(((size_t)g->ne + 1) * sizeof *out->ends);
    if (!out->ids || !out->ends) {
        am_graph_edges_free(out);
        am_model_put(&u);
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    }
    memcpy(out->ids, g->ids, (size_t)g->nv * sizeof *out->ids);
    memcpy(out->ends, g->ends, (size_t)g->ne * sizeof *out->ends);
    out->nvertices = g->nv;
    out->ncities = g->ncity;
    out->npartnerships = g->np;
    out->nedges = g->ne;
    am_model_put(&u);
    return AM_OK;
}

void am_graph_edges_free(struct am_graph_edges *e)
{
    free(e->ids);
    free(e->ends);
    memset(e, 0, sizeof *e);
}

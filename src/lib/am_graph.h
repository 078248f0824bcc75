/* am_graph: network analytics of the registry, with igraph.
 *
 * The graph has a vertex for every city with a live partnership with
 * another city or a current network membership, and a vertex for every
 * network with a current city member. A partnership is a city–city edge; a
 * membership is a city–network edge. Networks are vertices rather than
 * cliques of their members: the Covenant of Mayors alone would be some 50
 * million city pairs, and a chain between two cities can then pass through
 * a network (city — network — city, two edges, so a shared network is a
 * longer way round than a partnership). Degree, betweenness, eigenvector
 * centrality, components and communities are all of that graph.
 *
 * The graph is kept in memory by am_models (am_graph_model): built again
 * when graph_generation (bumped by triggers) changes, in the background in
 * a server, while readers keep the last one; components and communities
 * come with the build, the centralities with a second phase after it is
 * published. Every reply says when its graph was computed and whether the
 * registry has changed since (computed_at, stale). See docs/graph.md.
 *
 * igraph as Debian builds it is not thread-safe (one error stack and one
 * random generator for the process), so every igraph call must hold
 * am_graph_igraph_lock; taking it also sets igraph's error handler to
 * return errors instead of aborting the process. */
#ifndef AM_GRAPH_H
#define AM_GRAPH_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "am_schema.h"
#include "store/am_db.h"

struct am_model_kind;
extern const struct am_model_kind am_graph_model;

extern const struct am_schema am_graph_top_query;  /* by, limit, country */
extern const struct am_schema am_graph_path_query; /* from, to (city ids), via */
extern const struct am_schema am_graph_city_query; /* nodes */

extern const struct am_schema am_graph_stats_schema;
extern const struct am_schema am_graph_top_schema;
extern const struct am_schema am_graph_path_schema;
extern const struct am_schema am_graph_city_schema;

/* {generation, vertices: {cities, networks}, edges: {partnerships,
 * memberships}, components: {count, largest}, communities: {method, count,
 * largest, modularity}, timings_ms}. Sizes count cities. */
enum am_rc am_graph_stats(struct am_db *db, json_t **out, struct am_err *err);

/* {by, country, items: [{rank, city: {id, name, country}, value, degree,
 * partners, networks}], total}: the cities with the highest degree,
 * betweenness or eigenvector centrality (a query of am_graph_top_query). */
enum am_rc am_graph_top(struct am_db *db, json_t *query, json_t **out, struct am_err *err);

/* {from, to, via, connected, hops, steps: [{city}, {via: "partnership",
 * partnership_id} | {via: "network", network: {id, name, acronym}}, {city},
 * ...], note}: a shortest chain, through partnerships only when asked. Cities
 * that are not connected are an answer (connected false, hops null, steps
 * empty, note why); AM_EBADREQ naming from or to when there is no such city. */
enum am_rc am_graph_path(struct am_db *db, int64_t from, int64_t to, bool partnerships_only, json_t **out,
                         struct am_err *err);

/* {city, in_graph, degree, partners, networks, betweenness, eigenvector,
 * community: {id, size, networks}, component: {id, size}, neighbourhood:
 * {nodes, edges, truncated}}: the city's place in the graph, and for a
 * graph view its networks, partners and partners' partners up to
 * query.nodes nodes. AM_ENOTFOUND when there is no such city. */
enum am_rc am_graph_city(struct am_db *db, int64_t city, json_t *query, json_t **out, struct am_err *err);

/* The graph as numbered vertices and edges, for benchmarks and exports:
 * vertices 0..ncities-1 are cities, then networks; ids[v] is the record's
 * id; partnership edges come first, then memberships. */
struct am_graph_edges {
    size_t nvertices, ncities, npartnerships, nedges;
    int64_t *ids;
    uint32_t (*ends)[2];
};
enum am_rc am_graph_export(struct am_db *db, struct am_graph_edges *out, struct am_err *err);
void am_graph_edges_free(struct am_graph_edges *e);

void am_graph_igraph_lock(void);
void am_graph_igraph_unlock(void);

#endif

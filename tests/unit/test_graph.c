/* Network analytics (am_graph) on small hand-made graphs whose degrees,
 * betweenness, components, communities and shortest chains are known by
 * hand. Every city, network, partnership and membership here is SYNTHETIC
 * test data ("Synthetic city N" in the made-up country XS), inserted with
 * SQL. */
#include <math.h>

#include "am_graph.h"
#include "test_support.h"

static struct tdb t;

static void setup(void)
{
    struct am_err err = {0};
    tdb_open(&t, 0);
    cr_assert_eq(am_db_exec(t.db, "INSERT INTO country (code, name) VALUES ('XS', 'Synthetic Land'), "
                                  "('XT', 'Other Synthetic Land')",
                            json_array(), NULL, &err),
                 AM_OK, "%s", err.msg);
}

static void teardown(void)
{
    tdb_close(&t);
}

static void exec(const char *sql, json_t *args)
{
    struct am_err err = {0};
    cr_assert_eq(am_db_exec(t.db, sql, args, NULL, &err), AM_OK, "%s: %s", sql, err.msg);
}

static void city(int64_t id, const char *cc)
{
    exec("INSERT INTO city (id, name, country, source, created_at, updated_at) VALUES "
         "(?1, 'Synthetic city ' || ?1, ?2, 'synthetic test data', 'x', 'x')",
         json_pack("[Is]", (json_int_t)id, cc));
}

static void cities(int64_t from, int64_t to)
{
    for (int64_t id = from; id <= to; id++)
        city(id, "XS");
}

static void partner_status(int64_t id, int64_t a, int64_t b, const char *status)
{
    exec("INSERT INTO partnership (id, a_city_id, b_city_id, a_key, b_key, status, created_at, updated_at) "
         "VALUES (?1, ?2, ?3, 'c' || ?2, 'c' || ?3, ?4, 'x', 'x')",
         json_pack("[IIIs]", (json_int_t)id, (json_int_t)a, (json_int_t)b, status));
}

static void partner(int64_t id, int64_t a, int64_t b)
{
    partner_status(id, a, b, "active");
}

static void network(int64_t id)
{
    exec("INSERT INTO network (id, name, acronym, created_at, updated_at) VALUES "
         "(?1, 'Synthetic network ' || ?1, 'SN' || ?1, 'x', 'x')",
         json_pack("[I]", (json_int_t)id));
}

static void member(int64_t network_id, int64_t city_id, const char *status)
{
    exec("INSERT INTO membership (network_id, city_id, status, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')",
         json_pack("[IIs]", (json_int_t)network_id, (json_int_t)city_id, status));
}

/* the path 1 - 2 - 3 - 4 - 5 (partnerships 101..104) and the star 10 with
 * leaves 11..15 (partnerships 111..115) */
static void path_and_star(void)
{
    cities(1, 5);
    cities(10, 15);
    for (int64_t i = 1; i < 5; i++)
        partner(100 + i, i, i + 1);
    for (int64_t i = 11; i <= 15; i++)
        partner(100 + i, 10, i);
}

static json_t *stats(void)
{
    json_t *out = NULL;
    struct am_err err = {0};
    cr_assert_eq(am_graph_stats(t.db, &out, &err), AM_OK, "%s", err.msg);
    return out;
}

static json_t *graph_city(int64_t id, json_t *query)
{
    json_t *out = NULL;
    struct am_err err = {0};
    cr_assert_eq(am_graph_city(t.db, id, query, &out, &err), AM_OK, "%s", err.msg);
    json_decref(query);
    return out;
}

static json_t *top(const char *by, int limit, const char *cc)
{
    json_t *q = json_pack("{s:s,s:i}", "by", by, "limit", limit), *out = NULL;
    struct am_err err = {0};
    if (cc)
        json_object_set_new(q, "country", json_string(cc));
    cr_assert_eq(am_graph_top(t.db, q, &out, &err), AM_OK, "%s", err.msg);
    json_decref(q);
    return out;
}

static int64_t geti(json_t *o, const char *path)
{
    char key[64];
    while (o && *path) {
        size_t n = strcspn(path, ".");
        snprintf(key, sizeof key, "%.*s", (int)n, path);
        o = json_object_get(o, key);
        path += n + (path[n] == '.');
    }
    cr_assert(json_is_integer(o), "%s is not an integer", path);
    return (int64_t)json_integer_value(o);
}

static double getn(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    cr_assert(json_is_number(v), "%s is not a number", key);
    return json_number_value(v);
}

TestSuite(graph, .init = setup, .fini = teardown);

Test(graph, empty)
{
    json_t *s = stats();
    cr_assert_eq(geti(s, "vertices.cities"), 0);
    cr_assert_eq(geti(s, "components.count"), 0);
    cr_assert_eq(geti(s, "communities.count"), 0);
    cr_assert(json_is_null(json_object_get(json_object_get(s, "communities"), "modularity")));
    json_decref(s);
    json_t *tp = top("betweenness", 10, NULL);
    cr_assert_eq(json_array_size(json_object_get(tp, "items")), 0);
    json_decref(tp);
}

Test(graph, degree_and_betweenness_by_hand)
{
    path_and_star();
    /* path of 5: betweenness (i - 1)(5 - i) = 0 3 4 3 0; star of 5 leaves:
     * the centre lies on all C(5, 2) = 10 leaf pairs */
    static const struct { int64_t id, degree; double betweenness; } want[] = {
        {1, 1, 0}, {2, 2, 3}, {3, 2, 4}, {4, 2, 3}, {5, 1, 0}, {10, 5, 10}, {11, 1, 0}, {15, 1, 0},
    };
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        json_t *c = graph_city(want[i].id, json_object());
        cr_assert(json_is_true(json_object_get(c, "in_graph")));
        cr_assert_eq(geti(c, "degree"), want[i].degree, "city %lld", (long long)want[i].id);
        cr_assert_eq(geti(c, "partners"), want[i].degree);
        cr_assert_eq(geti(c, "networks"), 0);
        cr_assert_float_eq(getn(c, "betweenness"), want[i].betweenness, 1e-9, "city %lld", (long long)want[i].id);
        cr_assert(json_is_true(json_object_get(c, "betweenness_exact")));
        json_decref(c);
    }
    /* ranked: 10 (10), 3 (4), then 2 and 4 (3) by id */
    json_t *tp = top("betweenness", 4, NULL);
    json_t *items = json_object_get(tp, "items");
    cr_assert_eq(json_array_size(items), 4);
    int64_t order[] = {10, 3, 2, 4};
    for (size_t i = 0; i < 4; i++) {
        cr_assert_eq(geti(json_array_get(items, i), "city.id"), order[i]);
        cr_assert_eq(geti(json_array_get(items, i), "rank"), (int64_t)i + 1);
    }
    cr_assert_float_eq(getn(json_array_get(items, 1), "value"), 4.0, 1e-9);
    cr_assert_eq(geti(tp, "total"), 11);
    cr_assert(json_is_true(json_object_get(tp, "exact")));
    json_decref(tp);
    tp = top("degree", 1, NULL);
    cr_assert_eq(geti(json_array_get(json_object_get(tp, "items"), 0), "city.id"), 10);
    cr_assert_eq(geti(json_array_get(json_object_get(tp, "items"), 0), "value"), 5);
    json_decref(tp);
    /* the star's leading eigenvalue (sqrt 5) is above the path's (sqrt 3):
     * its centre is 1 and the path's cities 0 */
    tp = top("eigenvector", 20, NULL);
    items = json_object_get(tp, "items");
    cr_assert_eq(geti(json_array_get(items, 0), "city.id"), 10);
    cr_assert_float_eq(getn(json_array_get(items, 0), "value"), 1.0, 1e-6);
    cr_assert_float_eq(getn(json_array_get(items, 1), "value"), 1 / sqrt(5), 1e-4);
    json_decref(tp);
}

Test(graph, components_and_country)
{
    path_and_star();
    city(20, "XT");
    city(21, "XT");
    partner(120, 20, 21);
    city(30, "XS"); /* no partner: not in the graph */
    json_t *s = stats();
    cr_assert_eq(geti(s, "vertices.cities"), 13);
    cr_assert_eq(geti(s, "vertices.networks"), 0);
    cr_assert_eq(geti(s, "edges.partnerships"), 10);
    cr_assert_eq(geti(s, "components.count"), 3);
    cr_assert_eq(geti(s, "components.largest"), 6);
    json_decref(s);
    json_t *c = graph_city(3, json_object());
    cr_assert_eq(geti(c, "component.size"), 5);
    cr_assert_eq(geti(c, "component.id"), 1); /* the star (6) is 0 */
    json_decref(c);
    c = graph_city(30, json_object());
    cr_assert(json_is_false(json_object_get(c, "in_graph")));
    cr_assert(json_is_null(json_object_get(c, "component")));
    cr_assert_eq(json_array_size(json_object_get(json_object_get(c, "neighbourhood"), "nodes")), 1);
    json_decref(c);
    json_t *tp = top("degree", 10, "XT");
    cr_assert_eq(geti(tp, "total"), 2);
    json_t *first = json_object_get(json_array_get(json_object_get(tp, "items"), 0), "city");
    cr_assert_str_eq(json_string_value(json_object_get(first, "country")), "XT");
    json_decref(tp);
}

Test(graph, path_along_partnerships)
{
    path_and_star();
    json_t *p = NULL;
    struct am_err err = {0};
    cr_assert_eq(am_graph_path(t.db, 1, 5, false, &p, &err), AM_OK, "%s", err.msg);
    cr_assert_eq(geti(p, "hops"), 4);
    json_t *steps = json_object_get(p, "steps");
    cr_assert_eq(json_array_size(steps), 9);
    for (size_t i = 0; i < 9; i++) {
        json_t *st = json_array_get(steps, i);
        if (i % 2 == 0) {
            cr_assert_eq(geti(st, "city.id"), (int64_t)i / 2 + 1);
        } else {
            cr_assert_str_eq(json_string_value(json_object_get(st, "via")), "partnership");
            cr_assert_eq(geti(st, "partnership_id"), 101 + (int64_t)i / 2);
        }
    }
    cr_assert_str_eq(json_string_value(json_object_get(json_object_get(p, "from"), "name")), "Synthetic city 1");
    json_decref(p);
    /* the same city: one step */
    cr_assert_eq(am_graph_path(t.db, 2, 2, false, &p, &err), AM_OK, "%s", err.msg);
    cr_assert_eq(geti(p, "hops"), 0);
    cr_assert_eq(json_array_size(json_object_get(p, "steps")), 1);
    json_decref(p);
}

Test(graph, not_connected_and_unknown)
{
    path_and_star();
    city(30, "XS");
    json_t *p = NULL;
    struct am_err err = {0};
    /* not connected is an answer */
    cr_assert_eq(am_graph_path(t.db, 1, 12, false, &p, &err), AM_OK, "%s", err.msg);
    cr_assert(json_is_false(json_object_get(p, "connected")));
    cr_assert(json_is_null(json_object_get(p, "hops")));
    cr_assert_eq(json_array_size(json_object_get(p, "steps")), 0);
    cr_assert(strstr(json_string_value(json_object_get(p, "note")), "no chain of partnerships and networks"));
    json_decref(p);
    cr_assert_eq(am_graph_path(t.db, 1, 30, false, &p, &err), AM_OK); /* 30 is not in the graph */
    cr_assert(json_is_false(json_object_get(p, "connected")));
    json_decref(p);
    p = NULL;
    cr_assert_eq(am_graph_path(t.db, 999, 1, false, &p, &err), AM_EBADREQ);
    cr_assert_str_eq(err.field, "from");
    cr_assert_eq(am_graph_path(t.db, 1, 999, false, &p, &err), AM_EBADREQ);
    cr_assert_str_eq(err.field, "to");
    cr_assert_null(p);
    cr_assert_eq(am_graph_city(t.db, 999, NULL, &p, &err), AM_ENOTFOUND);
}

Test(graph, path_through_a_network)
{
    /* 1 - 2 partners; 2 and 3 both members of network 50; 4 only a former
     * member: "1 - (partnership) - 2 - (network 50) - 3" */
    cities(1, 4);
    partner(101, 1, 2);
    network(50);
    member(50, 2, "current");
    member(50, 3, "current");
    member(50, 4, "former");
    json_t *p = NULL;
    struct am_err err = {0};
    cr_assert_eq(am_graph_path(t.db, 1, 3, false, &p, &err), AM_OK, "%s", err.msg);
    cr_assert_eq(geti(p, "hops"), 2);
    json_t *steps = json_object_get(p, "steps");
    cr_assert_eq(json_array_size(steps), 5);
    cr_assert_eq(geti(json_array_get(steps, 0), "city.id"), 1);
    cr_assert_eq(geti(json_array_get(steps, 1), "partnership_id"), 101);
    cr_assert_eq(geti(json_array_get(steps, 2), "city.id"), 2);
    json_t *via = json_array_get(steps, 3);
    cr_assert_str_eq(json_string_value(json_object_get(via, "via")), "network");
    cr_assert_eq(geti(via, "network.id"), 50);
    cr_assert_str_eq(json_string_value(json_object_get(json_object_get(via, "network"), "acronym")), "SN50");
    cr_assert_eq(geti(json_array_get(steps, 4), "city.id"), 3);
    json_decref(p);
    /* partnerships only: the network does not link 2 and 3 */
    cr_assert_eq(am_graph_path(t.db, 1, 3, true, &p, &err), AM_OK, "%s", err.msg);
    cr_assert(json_is_false(json_object_get(p, "connected")));
    cr_assert_str_eq(json_string_value(json_object_get(p, "via")), "partnerships");
    json_decref(p);
    cr_assert_eq(am_graph_path(t.db, 1, 2, true, &p, &err), AM_OK, "%s", err.msg);
    cr_assert(json_is_true(json_object_get(p, "connected")));
    cr_assert_eq(geti(p, "hops"), 1);
    json_decref(p);
    /* a former member is no member */
    cr_assert_eq(am_graph_path(t.db, 1, 4, false, &p, &err), AM_OK, "%s", err.msg);
    cr_assert(json_is_false(json_object_get(p, "connected")));
    json_decref(p);
    /* a partnership is shorter than a shared network */
    partner(102, 2, 3);
    cr_assert_eq(am_graph_path(t.db, 2, 3, false, &p, &err), AM_OK, "%s", err.msg);
    cr_assert_eq(json_array_size(json_object_get(p, "steps")), 3);
    cr_assert_eq(geti(json_array_get(json_object_get(p, "steps"), 1), "partnership_id"), 102);
    json_decref(p);
    json_t *s = stats();
    cr_assert_eq(geti(s, "vertices.cities"), 3);
    cr_assert_eq(geti(s, "vertices.networks"), 1);
    cr_assert_eq(geti(s, "edges.memberships"), 2);
    json_decref(s);
    json_t *c = graph_city(2, json_object());
    cr_assert_eq(geti(c, "degree"), 3);
    cr_assert_eq(geti(c, "partners"), 2);
    cr_assert_eq(geti(c, "networks"), 1);
    json_decref(c);
}

Test(graph, what_counts)
{
    cities(1, 4);
    partner_status(101, 1, 2, "ended");
    partner_status(102, 2, 3, "proposed");
    partner_status(103, 3, 4, "dormant");
    /* two agreements between the same pair make one edge */
    exec("INSERT INTO partnership (id, a_city_id, b_city_id, a_key, b_key, kind, status, created_at, updated_at) "
         "VALUES (104, 4, 3, 'c4', 'c3', 'friendship', 'signed', 'x', 'x')",
         json_array());
    json_t *s = stats();
    cr_assert_eq(geti(s, "vertices.cities"), 2);
    cr_assert_eq(geti(s, "edges.partnerships"), 1);
    json_decref(s);
    json_t *p = NULL;
    struct am_err err = {0};
    cr_assert_eq(am_graph_path(t.db, 4, 3, false, &p, &err), AM_OK, "%s", err.msg);
    cr_assert_eq(geti(json_array_get(json_object_get(p, "steps"), 1), "partnership_id"), 103);
    json_decref(p);
}

Test(graph, rebuilt_after_changes)
{
    path_and_star();
    json_t *s = stats();
    int64_t gen = geti(s, "generation");
    cr_assert_eq(geti(s, "components.count"), 2);
    json_decref(s);
    json_t *p = NULL;
    struct am_err err = {0};
    cr_assert_eq(am_graph_path(t.db, 1, 12, false, &p, &err), AM_OK);
    cr_assert(json_is_false(json_object_get(p, "connected")));
    json_decref(p);
    /* centralities computed for this generation, then a new partnership */
    json_t *c = graph_city(3, json_object());
    cr_assert_float_eq(getn(c, "betweenness"), 4, 1e-9);
    json_decref(c);
    partner(200, 5, 11);
    s = stats();
    cr_assert_gt(geti(s, "generation"), gen);
    cr_assert_eq(geti(s, "components.count"), 1);
    cr_assert_eq(geti(s, "components.largest"), 11);
    cr_assert_eq(geti(s, "edges.partnerships"), 10);
    json_decref(s);
    cr_assert_eq(am_graph_path(t.db, 1, 12, false, &p, &err), AM_OK, "%s", err.msg);
    cr_assert_eq(geti(p, "hops"), 7); /* 1-2-3-4-5-11-10-12 */
    json_decref(p);
    /* city 3 now lies on the chains from 1 and 2 to the 8 cities beyond it */
    c = graph_city(3, json_object());
    cr_assert_float_eq(getn(c, "betweenness"), 16, 1e-9);
    json_decref(c);
    /* a city's country moves it to another country's ranking */
    exec("UPDATE city SET country = 'XT' WHERE id = 3", json_array());
    json_t *tp = top("degree", 10, "XT");
    cr_assert_eq(geti(tp, "total"), 1);
    json_decref(tp);
    /* deleting a network takes its memberships with it */
    network(50);
    member(50, 1, "current");
    member(50, 13, "current");
    s = stats();
    cr_assert_eq(geti(s, "vertices.networks"), 1);
    json_decref(s);
    exec("DELETE FROM network WHERE id = 50", json_array());
    s = stats();
    cr_assert_eq(geti(s, "vertices.networks"), 0);
    json_decref(s);
}

Test(graph, communities)
{
    /* two cliques of four, joined by one edge: Louvain finds them, with
     * modularity 2 * (6/13 - (13/26)^2) */
    cities(1, 8);
    int64_t id = 100;
    for (int64_t base = 1; base <= 5; base += 4)
        for (int64_t a = base; a < base + 4; a++)
            for (int64_t b = a + 1; b < base + 4; b++)
                partner(id++, a, b);
    partner(id, 4, 5);
    json_t *s = stats();
    cr_assert_eq(geti(s, "communities.count"), 2);
    cr_assert_eq(geti(s, "communities.largest"), 4);
    double q = json_number_value(json_object_get(json_object_get(s, "communities"), "modularity"));
    cr_assert_float_eq(q, 2 * (6.0 / 13 - 0.25), 1e-9);
    json_decref(s);
    json_t *a = graph_city(1, json_object()), *b = graph_city(8, json_object());
    cr_assert_neq(geti(a, "community.id"), geti(b, "community.id"));
    cr_assert_eq(geti(a, "community.size"), 4);
    json_decref(a);
    json_decref(b);
}

Test(graph, neighbourhood)
{
    /* 1 partners 2 and 3; 2 partners 4; 4 partners 5 (three rings away);
     * 1 is in network 50, with 6 */
    cities(1, 6);
    partner(101, 1, 2);
    partner(102, 1, 3);
    partner(103, 2, 4);
    partner(104, 4, 5);
    partner(105, 2, 3);
    network(50);
    member(50, 1, "current");
    member(50, 6, "current");
    json_t *c = graph_city(1, json_object());
    json_t *hood = json_object_get(c, "neighbourhood");
    json_t *nodes = json_object_get(hood, "nodes"), *edges = json_object_get(hood, "edges");
    /* 1, network 50, 2 and 3 (ring 1), 4 (ring 2); not 5, not 6 (networks are not gone through) */
    cr_assert_eq(json_array_size(nodes), 5);
    cr_assert(json_is_false(json_object_get(hood, "truncated")));
    const char *ids[] = {"c1", "n50", "c2", "c3", "c4"};
    int levels[] = {0, 1, 1, 1, 2};
    for (size_t i = 0; i < 5; i++) {
        cr_assert_str_eq(json_string_value(json_object_get(json_array_get(nodes, i), "id")), ids[i]);
        cr_assert_eq(geti(json_array_get(nodes, i), "level"), levels[i]);
    }
    /* 1-2, 1-3, 2-3, 2-4 and 1-network */
    cr_assert_eq(json_array_size(edges), 5);
    json_decref(c);
    c = graph_city(1, json_pack("{s:i}", "nodes", 3));
    hood = json_object_get(c, "neighbourhood");
    cr_assert_eq(json_array_size(json_object_get(hood, "nodes")), 3);
    cr_assert(json_is_true(json_object_get(hood, "truncated")));
    /* 1, n50 and 2 (more partners than 3): 1-n50 and 1-2 */
    cr_assert_eq(json_array_size(json_object_get(hood, "edges")), 2);
    json_decref(c);
}

Test(graph, export)
{
    path_and_star();
    struct am_graph_edges e;
    struct am_err err = {0};
    cr_assert_eq(am_graph_export(t.db, &e, &err), AM_OK, "%s", err.msg);
    cr_assert_eq(e.nvertices, 11);
    cr_assert_eq(e.ncities, 11);
    cr_assert_eq(e.nedges, 9);
    cr_assert_eq(e.ids[0], 1);
    cr_assert_eq(e.ids[e.ends[0][1]], 2);
    am_graph_edges_free(&e);
}

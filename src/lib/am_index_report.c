/* Benchmarks of the Index: the sample of a round (each city's latest
 * result up to it: a submitted response, or a published result), ranks and
 * averages in groups, and a city's report. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "am_index.h"
#include "am_resource.h"
#include "util/am_buf.h"
#include "util/am_csv.h"
#include "util/am_str.h"

/* The comparison groups the Index publishes. */
#define BIG_CITY 200000
#define DIVERSE_PCT 15.0

enum am_rc am_index_response_get(struct am_db *db, const struct am_actor *who, const char *key,
                                 json_t **out, struct am_err *err);

/* {id: score} of a response's counted indicators. */
static json_t *indicator_map(json_t *scores)
{
    json_t *m = json_object(), *s;
    size_t i;
    json_array_foreach(json_object_get(scores, "indicators"), i, s)
        if (json_is_true(json_object_get(s, "counted")))
            json_object_set(m, json_string_value(json_object_get(s, "id")), json_object_get(s, "score"));
    return m;
}

/* One entry of a sample from a response (loaded with its scores). */
static json_t *response_entry(json_t *r, json_t *population)
{
    json_t *scores = json_object_get(r, "scores"), *ctx = json_object_get(scores, "context");
    json_t *pop = json_object_get(ctx, "population"), *fb = json_object_get(ctx, "foreign_born_pct");
    if (!json_is_number(pop))
        pop = population; /* the gazetteer's, when the response does not say */
    return json_pack("{s:O,s:O,s:s,s:O,s:O,s:O,s:o,s:o,s:o}", "city", json_object_get(r, "city"), "round",
                     json_object_get(r, "round"), "source", "response", "id", json_object_get(r, "id"),
                     "status", json_object_get(r, "status"), "aggregate",
                     json_object_get(scores, "aggregate"), "indicators", indicator_map(scores), "over_200k",
                     json_is_number(pop) ? json_boolean(json_number_value(pop) >= BIG_CITY) : json_null(),
                     "over_15pct",
                     json_is_number(fb) ? json_boolean(json_number_value(fb) >= DIVERSE_PCT) : json_null());
}

/* A published result as the sample holds it: the figures amity compares,
 * and under "published" everything the sources state, with the sources. */
static json_t *published_entry(json_t *p)
{
    am_index_published_present(p);
    json_t *big = json_incref(json_object_get(p, "over_200k"));
    json_t *diverse = json_incref(json_object_get(p, "over_15pct"));
    json_t *pop = json_object_get(p, "population"), *fb = json_object_get(p, "foreign_born_pct");
    if (!json_is_integer(pop))
        pop = json_object_get(p, "city_population"); /* the gazetteer's, when the source does not say */
    if (json_is_null(big) && json_is_integer(pop)) {
        json_decref(big);
        big = json_boolean(json_integer_value(pop) >= BIG_CITY);
    }
    if (json_is_null(diverse) && json_is_number(fb)) {
        json_decref(diverse);
        diverse = json_boolean(json_number_value(fb) >= DIVERSE_PCT);
    }
    json_t *ind = json_object_get(p, "indicators");
    json_t *published = json_pack("{s:O,s:O,s:O,s:O,s:O,s:O,s:O,s:O}", "rank", json_object_get(p, "rank"),
                                  "sample_size", json_object_get(p, "sample_size"), "rank_label",
                                  json_object_get(p, "rank_label"), "population", json_object_get(p, "population"),
                                  "foreign_born_pct", json_object_get(p, "foreign_born_pct"), "indicators",
                                  json_object_get(p, "indicators_as_published"), "note", json_object_get(p, "note"),
                                  "sources", json_object_get(p, "sources"));
    return json_pack("{s:{s:O,s:O,s:O},s:O,s:s,s:O,s:s,s:O,s:o,s:o,s:o,s:O,s:O,s:o}", "city", "id",
                     json_object_get(p, "city_id"), "name", json_object_get(p, "city_name"), "country",
                     json_object_get(p, "country"), "round", json_object_get(p, "round"), "source", "published",
                     "id", json_object_get(p, "id"), "status", "published", "aggregate",
                     json_object_get(p, "aggregate"), "indicators", json_is_object(ind) ? json_incref(ind) : json_object(),
                     "over_200k", big, "over_15pct", diverse, "published_rank", json_object_get(p, "published_rank"),
                     "source_text", json_object_get(p, "source"), "published", published);
}

#define PUBLISHED_ROWS                                                                                  \
    "SELECT p.*, c.name AS city_name, c.country, c.population AS city_population, "                   \
    AM_INDEX_PUBLISHED_SOURCES " AS sources FROM index_published p JOIN city c ON c.id = p.city_id "

static bool ranked(json_t *entry)
{
    return json_is_number(json_object_get(entry, "aggregate"));
}

/* Each city's latest result up to a round: {city id: entry}. Responses
 * win over published results of the same round. */
static enum am_rc sample(struct am_db *db, int round, json_t **out, struct am_err *err)
{
    json_t *rows = NULL, *pubs = NULL, *by_city = json_object(), *r;
    size_t i;
    enum am_rc rc = am_db_all(db, "SELECT r.id, r.city_id, r.round, c.population FROM index_response r "
                                  "JOIN city c ON c.id = r.city_id WHERE r.status = 'submitted' AND "
                                  "r.round <= ? ORDER BY r.round",
                              json_pack("[i]", round), &rows, err);
    if (!rc)
        rc = am_db_all(db, PUBLISHED_ROWS "WHERE p.round <= ? ORDER BY p.round",
                       json_pack("[i]", round), &pubs, err);
    json_array_foreach(pubs, i, r) {
        char key[24];
        snprintf(key, sizeof key, "%lld", (long long)am_get_id(r, "city_id"));
        json_object_set_new(by_city, key, published_entry(r));
    }
    json_array_foreach(rows, i, r) {
        char key[24];
        if (rc)
            break;
        snprintf(key, sizeof key, "%lld", (long long)am_get_id(r, "city_id"));
        json_t *have = json_object_get(by_city, key);
        if (have && json_integer_value(json_object_get(have, "round")) > json_integer_value(json_object_get(r, "round")))
            continue;
        json_t *full = NULL;
        snprintf(key, sizeof key, "%lld", (long long)am_get_id(r, "id"));
        rc = am_index_response_get(db, &am_actor_cli, key, &full, err);
        if (!rc) {
            snprintf(key, sizeof key, "%lld", (long long)am_get_id(r, "city_id"));
            json_object_set_new(by_city, key, response_entry(full, json_object_get(r, "population")));
        }
        json_decref(full);
    }
    json_decref(rows);
    json_decref(pubs);
    if (rc) {
        json_decref(by_city);
        return rc;
    }
    *out = by_city;
    return AM_OK;
}

/* ---- groups ------------------------------------------------------------------- */

struct group {
    const char *id, *label;
    json_t *members; /* city id -> true; NULL: by flag */
    const char *flag;
    bool value;
};

static bool in_group(const struct group *g, const char *city, json_t *entry)
{
    if (g->members)
        return json_object_get(g->members, city) != NULL;
    if (!g->flag)
        return true;
    json_t *f = json_object_get(entry, g->flag);
    return json_is_boolean(f) && json_is_true(f) == g->value;
}

/* The rank of the city's entry in a group, with the group's averages.
 * Only results with an aggregate are counted: one published without it is
 * in the sample, but amity cannot place it. */
static json_t *group_standing(const struct group *g, json_t *by_city, const char *city, json_t *entry)
{
    size_t n = 0, cap = json_object_size(by_city) + 1;
    double *values = malloc(cap * sizeof *values), sum = 0;
    json_t *sums = json_object(), *counts = json_object();
    const char *k;
    json_t *e;
    json_object_foreach(by_city, k, e) {
        if (!values || !in_group(g, k, e) || !ranked(e))
            continue;
        double a = json_number_value(json_object_get(e, "aggregate"));
        values[n++] = a;
        sum += a;
        const char *ind;
        json_t *s;
        json_object_foreach(json_object_get(e, "indicators"), ind, s) {
            json_t *t = json_object_get(sums, ind), *c = json_object_get(counts, ind);
            json_object_set_new(sums, ind, json_real((t ? json_real_value(t) : 0) + json_number_value(s)));
            json_object_set_new(counts, ind, json_integer((c ? json_integer_value(c) : 0) + 1));
        }
    }
    json_t *averages = json_object(), *t;
    json_object_foreach(sums, k, t)
        json_object_set_new(averages, k, json_real(json_real_value(t) /
                                                   (double)json_integer_value(json_object_get(counts, k))));
    size_t rank = 0;
    double pct = 0;
    bool member = in_group(g, city, entry), placed = member && ranked(entry) && values;
    if (placed)
        am_index_rank(values, n, json_number_value(json_object_get(entry, "aggregate")), &rank, &pct);
    json_t *out = json_pack("{s:s,s:s,s:b,s:I,s:o,s:o,s:o,s:o}", "id", g->id, "label", g->label, "member",
                            member, "of", (json_int_t)n, "rank", placed ? json_integer((json_int_t)rank) : json_null(),
                            "percentile", placed ? json_real(pct) : json_null(), "average",
                            n ? json_real(sum / (double)n) : json_null(), "indicator_averages", averages);
    free(values);
    json_decref(sums);
    json_decref(counts);
    return out;
}

/* The network's current members (as the registry's network filter reads
 * them: not left, not former), whatever the round. */
static enum am_rc network_members(struct am_db *db, int64_t network, json_t **out, struct am_err *err)
{
    json_t *ids = NULL, *id;
    size_t i;
    enum am_rc rc = am_db_column(db, "SELECT city_id FROM membership WHERE network_id = ? AND city_id IS NOT "
                                     "NULL AND left_year IS NULL AND status = 'current'",
                                 json_pack("[I]", (json_int_t)network), &ids, err);
    if (rc)
        return rc;
    *out = json_object();
    json_array_foreach(ids, i, id) {
        char key[24];
        snprintf(key, sizeof key, "%lld", (long long)json_integer_value(id));
        json_object_set_new(*out, key, json_true());
    }
    json_decref(ids);
    return AM_OK;
}

static json_t *country_members(json_t *by_city, const char *cc)
{
    json_t *m = json_object(), *e;
    const char *k;
    json_object_foreach(by_city, k, e)
        if (strcmp(json_string_value(json_object_get(json_object_get(e, "city"), "country")), cc) == 0)
            json_object_set_new(m, k, json_true());
    return m;
}

/* The groups a query asks for, besides the whole sample and the four of
 * size and diversity. Members owned by groups[]. */
static enum am_rc groups_of(struct am_db *db, json_t *query, json_t *by_city, struct group *g,
                            size_t *n, char labels[2][96], struct am_err *err)
{
    *n = 0;
    g[(*n)++] = (struct group){"all", "All cities", NULL, NULL, false};
    g[(*n)++] = (struct group){"over_200k", "200,000 inhabitants or more", NULL, "over_200k", true};
    g[(*n)++] = (struct group){"under_200k", "Under 200,000 inhabitants", NULL, "over_200k", false};
    g[(*n)++] = (struct group){"over_15pct", "15% or more born abroad", NULL, "over_15pct", true};
    g[(*n)++] = (struct group){"under_15pct", "Under 15% born abroad", NULL, "over_15pct", false};
    const char *cc = json_string_value(json_object_get(query, "country"));
    if (cc) {
        json_t *row = NULL;
        if (am_db_one(db, "SELECT name FROM country WHERE code = ?", json_pack("[s]", cc), &row, NULL) == AM_OK)
            snprintf(labels[0], 96, "Cities of %.80s", json_string_value(json_object_get(row, "name")));
        else
            snprintf(labels[0], 96, "Cities of %s", cc);
        json_decref(row);
        g[(*n)++] = (struct group){"country", labels[0], country_members(by_city, cc), NULL, false};
    }
    json_t *net = json_object_get(query, "network");
    if (net) {
        json_t *m = NULL, *row = NULL;
        enum am_rc rc = network_members(db, json_integer_value(net), &m, err);
        if (!rc)
            rc = am_db_one(db, "SELECT coalesce(acronym, name) AS n FROM network WHERE id = ?",
                           json_pack("[O]", net), &row, err);
        if (rc) {
            json_decref(m);
            return rc == AM_ENOTFOUND ? am_err_set(err, AM_EBADREQ, "network", "network: no such network") : rc;
        }
        snprintf(labels[1], 96, "Members of %.80s", json_string_value(json_object_get(row, "n")));
        json_decref(row);
        g[(*n)++] = (struct group){"network", labels[1], m, NULL, false};
    }
    return AM_OK;
}

static void groups_free(struct group *g, size_t n)
{
    for (size_t i = 0; i < n; i++)
        json_decref(g[i].members);
}

/* ---- the sample, ranked --------------------------------------------------------- */

static int by_aggregate(const void *a, const void *b)
{
    double x = json_number_value(json_object_get(*(json_t *const *)a, "aggregate"));
    double y = json_number_value(json_object_get(*(json_t *const *)b, "aggregate"));
    if (x != y)
        return x < y ? 1 : -1;
    return strcmp(json_string_value(json_object_get(json_object_get(*(json_t *const *)a, "city"), "name")),
                  json_string_value(json_object_get(json_object_get(*(json_t *const *)b, "city"), "name")));
}

/* Rounds that have results (submitted or published), newest first. */
static enum am_rc rounds_with_results(struct am_db *db, json_t **out, struct am_err *err)
{
    return am_db_column(db, "SELECT round FROM index_response WHERE status = 'submitted' UNION "
                            "SELECT round FROM index_published ORDER BY 1 DESC",
                        json_array(), out, err);
}

enum am_rc am_index_results(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    json_t *jr = json_object_get(query, "round"), *rounds = NULL;
    enum am_rc rc = rounds_with_results(db, &rounds, err);
    if (rc)
        return rc;
    int round = jr ? (int)json_integer_value(jr)
              : json_array_size(rounds) ? (int)json_integer_value(json_array_get(rounds, 0)) : am_time_year();
    json_t *by_city = NULL;
    rc = sample(db, round, &by_city, err);
    struct group g[7];
    size_t ng = 0;
    char labels[2][96];
    if (!rc)
        rc = groups_of(db, query, by_city, g, &ng, labels, err);
    if (rc) {
        json_decref(by_city);
        json_decref(rounds);
        return rc;
    }
    /* ranked within the group asked for (else a country's or a network's
     * cities, else all); a country or network beside a group narrows the
     * rows shown, not the ranks */
    const struct group *shown = ng > 5 ? &g[ng - 1] : &g[0], *narrow = NULL;
    const char *want = json_string_value(json_object_get(query, "group"));
    for (size_t i = 0; want && i < ng; i++)
        if (strcmp(g[i].id, want) == 0) {
            narrow = shown != &g[0] ? shown : NULL;
            shown = &g[i];
        }
    json_t *only = json_object_get(query, "city");
    size_t n = 0, total = 0, cap = json_object_size(by_city) + 1;
    json_t **items = calloc(cap, sizeof *items), *e;
    double *values = malloc(cap * sizeof *values);
    const char *k;
    /* the ranked first, then those without an aggregate (listed, not ranked) */
    json_object_foreach(by_city, k, e) {
        if (items && values && in_group(shown, k, e) && ranked(e)) {
            values[n] = json_number_value(json_object_get(e, "aggregate"));
            items[n++] = e;
        }
    }
    total = n;
    json_object_foreach(by_city, k, e)
        if (items && values && in_group(shown, k, e) && !ranked(e))
            items[total++] = e;
    if (n > 1)
        qsort(items, n, sizeof *items, by_aggregate);
    if (total - n > 1)
        qsort(items + n, total - n, sizeof *items, by_aggregate);
    json_t *arr = json_array();
    for (size_t i = 0; i < total; i++) {
        size_t rank = 0;
        double pct = 0;
        char id[24];
        snprintf(id, sizeof id, "%lld", (long long)am_get_id(json_object_get(items[i], "city"), "id"));
        if ((narrow && !in_group(narrow, id, items[i])) ||
            (only && json_integer_value(only) != am_get_id(json_object_get(items[i], "city"), "id")))
            continue;
        if (i < n)
            am_index_rank(values, n, json_number_value(json_object_get(items[i], "aggregate")), &rank, &pct);
        json_t *row = json_deep_copy(items[i]);
        json_object_set_new(row, "rank", i < n ? json_integer((json_int_t)rank) : json_null());
        json_object_set_new(row, "percentile", i < n ? json_real(pct) : json_null());
        json_array_append_new(arr, row);
    }
    json_t *none = json_object(); /* no city of its own: the group's averages only */
    json_t *standing = group_standing(shown, by_city, "", none);
    json_decref(none);
    *out = json_pack("{s:i,s:o,s:s,s:s,s:o,s:I,s:I,s:I,s:O,s:O}", "round", round, "rounds", rounds, "group",
                     shown->id, "group_label", shown->label, "items", arr, "total", (json_int_t)total, "ranked",
                     (json_int_t)n, "shown", (json_int_t)json_array_size(arr), "average",
                     json_object_get(standing, "average"), "indicator_averages",
                     json_object_get(standing, "indicator_averages"));
    json_decref(standing);
    free(items);
    free(values);
    groups_free(g, ng);
    json_decref(by_city);
    return AM_OK;
}

/* ---- a city's report --------------------------------------------------------------- */

/* The city's own entry for the round: its response (as the actor may see
 * it, a draft too) or its published result. */
static enum am_rc own_entry(struct am_db *db, const struct am_actor *who, int64_t city, int round,
                            json_t **entry, json_t **response, struct am_err *err)
{
    json_t *row = NULL;
    *entry = *response = NULL;
    enum am_rc rc = am_db_one(db, "SELECT r.id, c.population FROM index_response r JOIN city c ON c.id = "
                                  "r.city_id WHERE r.city_id = ? AND r.round = ?",
                              json_pack("[Ii]", (json_int_t)city, round), &row, err);
    if (!rc) {
        char key[24];
        snprintf(key, sizeof key, "%lld", (long long)am_get_id(row, "id"));
        rc = am_index_response_get(db, who, key, response, err);
        if (!rc)
            *entry = response_entry(*response, json_object_get(row, "population"));
        json_decref(row);
        if (rc != AM_ENOTFOUND)
            return rc;
    }
    if (rc != AM_ENOTFOUND)
        return rc;
    rc = am_db_one(db, PUBLISHED_ROWS "WHERE p.city_id = ? AND p.round = ?",
                   json_pack("[Ii]", (json_int_t)city, round), &row, err);
    if (rc == AM_ENOTFOUND)
        return am_err_set(err, rc, "round", "no Index result of this city for %d", round);
    if (!rc)
        *entry = published_entry(row);
    json_decref(row);
    return rc;
}

static enum am_rc latest_round(struct am_db *db, const struct am_actor *who, int64_t city, int *round,
                               struct am_err *err)
{
    int64_t r = 0;
    /* drafts count for who may see them */
    enum am_rc rc = am_db_i64(db, "SELECT max(round) FROM (SELECT round FROM index_response WHERE city_id = ?1 "
                                  "AND (status = 'submitted' OR ?2) UNION ALL SELECT round FROM index_published "
                                  "WHERE city_id = ?1)",
                              json_pack("[Ib]", (json_int_t)city, am_actor_covers_city(who, city)), &r, err);
    if (!rc && !r)
        rc = am_err_set(err, AM_ENOTFOUND, "city", "this city has no Index result");
    *round = (int)r;
    return rc;
}

/* The city's latest public result before a round (a submitted response or
 * a published result), or NULL when it has none. */
static enum am_rc previous_entry(struct am_db *db, int64_t city, int round, json_t **prev, struct am_err *err)
{
    int64_t r = 0;
    json_t *resp = NULL;
    *prev = NULL;
    enum am_rc rc = am_db_i64(db, "SELECT coalesce(max(round), 0) FROM (SELECT round FROM index_response WHERE "
                                  "city_id = ?1 AND status = 'submitted' AND round < ?2 UNION ALL SELECT round FROM "
                                  "index_published WHERE city_id = ?1 AND round < ?2)",
                              json_pack("[Ii]", (json_int_t)city, round), &r, err);
    if (rc || !r)
        return rc;
    /* as the public sees it: a draft of that round gives way to its published result */
    rc = own_entry(db, &am_actor_anon, city, (int)r, prev, &resp, err);
    json_decref(resp);
    return rc;
}

static int by_score_desc(const void *a, const void *b)
{
    double x = json_number_value(json_object_get(*(json_t *const *)a, "score"));
    double y = json_number_value(json_object_get(*(json_t *const *)b, "score"));
    return (x < y) - (x > y);
}

/* The three strongest and three weakest indicators, with their labels. */
static void extremes(json_t *entry, json_t *labels, json_t *report)
{
    size_t n = json_object_size(json_object_get(entry, "indicators")), k = 0;
    json_t **list = calloc(n + 1, sizeof *list), *s;
    const char *id;
    json_object_foreach(json_object_get(entry, "indicators"), id, s) {
        if (list)
            list[k++] = json_pack("{s:s,s:o,s:O}", "id", id, "label",
                                  json_object_get(labels, id) ? json_incref(json_object_get(labels, id))
                                                              : json_string(id),
                                  "score", s);
    }
    if (k > 1)
        qsort(list, k, sizeof *list, by_score_desc);
    /* three each, or half each when there are fewer than six: never the
     * same indicator in both; the weakest first */
    size_t each = k >= 6 ? 3 : k / 2;
    json_t *strong = json_array(), *weak = json_array();
    for (size_t i = 0; i < each; i++) {
        json_array_append(strong, list[i]);
        json_array_append(weak, list[k - 1 - i]);
    }
    for (size_t i = 0; i < k; i++)
        json_decref(list[i]);
    free(list);
    json_object_set_new(report, "strongest", strong);
    json_object_set_new(report, "weakest", weak);
}

static json_t *change_since(json_t *prev, json_t *entry)
{
    if (!prev)
        return json_null();
    json_t *deltas = json_object(), *s;
    const char *id;
    json_object_foreach(json_object_get(entry, "indicators"), id, s) {
        json_t *p = json_object_get(json_object_get(prev, "indicators"), id);
        if (json_is_number(p) && json_is_number(s))
            json_object_set_new(deltas, id, json_real(json_number_value(s) - json_number_value(p)));
    }
    return json_pack("{s:O,s:O,s:O,s:o,s:o}", "round", json_object_get(prev, "round"), "source",
                     json_object_get(prev, "source"), "aggregate", json_object_get(prev, "aggregate"), "delta",
                     ranked(entry) && ranked(prev)
                         ? json_real(json_number_value(json_object_get(entry, "aggregate")) -
                                     json_number_value(json_object_get(prev, "aggregate")))
                         : json_null(),
                     "indicators", deltas);
}

/* Every round the city has a result in, oldest first, for the progress chart. */
static enum am_rc progress(struct am_db *db, const struct am_actor *who, int64_t city, json_t **out,
                           struct am_err *err)
{
    json_t *rounds = NULL, *r;
    size_t i;
    enum am_rc rc = am_db_column(db, "SELECT round FROM index_response WHERE city_id = ?1 AND (status = "
                                     "'submitted' OR ?2) UNION SELECT round FROM index_published WHERE "
                                     "city_id = ?1 ORDER BY 1",
                                 json_pack("[Ib]", (json_int_t)city, am_actor_covers_city(who, city)), &rounds,
                                 err);
    *out = json_array();
    json_array_foreach(rounds, i, r) {
        json_t *e = NULL, *resp = NULL;
        if (rc || own_entry(db, who, city, (int)json_integer_value(r), &e, &resp, err))
            continue;
        json_array_append_new(*out, json_pack("{s:O,s:O,s:O,s:O}", "round", r, "aggregate",
                                              json_object_get(e, "aggregate"), "indicators",
                                              json_object_get(e, "indicators"), "source",
                                              json_object_get(e, "source")));
        json_decref(e);
        json_decref(resp);
    }
    json_decref(rounds);
    return rc;
}

/* The rank among the results amity holds for the round (the whole
 * sample's standing), with how many it holds but cannot rank. */
static json_t *amity_rank(json_t *all, json_t *by_city, int round)
{
    size_t unranked = 0;
    const char *k;
    json_t *e;
    json_object_foreach(by_city, k, e)
        unranked += !ranked(e);
    return json_pack("{s:i,s:O,s:O,s:O,s:I}", "round", round, "rank", json_object_get(all, "rank"), "of",
                     json_object_get(all, "of"), "percentile", json_object_get(all, "percentile"), "not_ranked",
                     (json_int_t)unranked);
}

enum am_rc am_index_report(struct am_db *db, const struct am_actor *who, json_t *query, json_t **out,
                           struct am_err *err)
{
    int64_t city = json_integer_value(json_object_get(query, "city"));
    json_t *jr = json_object_get(query, "round");
    int round = jr ? (int)json_integer_value(jr) : 0;
    enum am_rc rc = round ? AM_OK : latest_round(db, who, city, &round, err);
    json_t *entry = NULL, *response = NULL, *by_city = NULL, *edition = NULL, *prev = NULL;
    if (!rc)
        rc = own_entry(db, who, city, round, &entry, &response, err);
    if (!rc)
        rc = sample(db, round, &by_city, err);
    if (!rc)
        rc = am_index_edition(db, response ? json_string_value(json_object_get(response, "edition")) : NULL,
                              &edition, err);
    if (!rc)
        rc = previous_entry(db, city, round, &prev, err);
    struct group g[7];
    size_t ng = 0;
    char labels[2][96], key[24];
    snprintf(key, sizeof key, "%lld", (long long)city);
    if (!rc) {
        json_object_set(by_city, key, entry); /* ranked as it is now, a draft too */
        rc = groups_of(db, query, by_city, g, &ng, labels, err);
    }
    if (rc) {
        json_decref(entry), json_decref(response), json_decref(by_city), json_decref(edition);
        json_decref(prev);
        return rc;
    }
    json_t *names = json_object(), *ind;
    size_t i;
    json_array_foreach(json_object_get(edition, "indicators"), i, ind)
        json_object_set(names, json_string_value(json_object_get(ind, "id")), json_object_get(ind, "label"));
    json_t *standings = json_array(), *hist = NULL;
    for (size_t k = 0; k < ng; k++)
        json_array_append_new(standings, group_standing(&g[k], by_city, key, entry));
    json_t *report = json_pack("{s:O,s:i,s:O,s:O,s:O,s:O,s:o,s:o}", "city", json_object_get(entry, "city"),
                               "round", round, "source", json_object_get(entry, "source"), "status",
                               json_object_get(entry, "status"), "aggregate", json_object_get(entry, "aggregate"),
                               "indicators", json_object_get(entry, "indicators"), "groups", standings,
                               "previous", change_since(prev, entry));
    json_object_set_new(report, "indicator_labels", names);
    json_object_set_new(report, "edition", json_pack("{s:O,s:O}", "id", json_object_get(edition, "edition"),
                                                     "title", json_object_get(edition, "title")));
    extremes(entry, names, report);
    if (response) { /* every number traced to answers, points and weights */
        json_object_set(report, "scores", json_object_get(response, "scores"));
        json_object_set(report, "answers", json_object_get(response, "answers"));
        json_object_set(report, "response_id", json_object_get(response, "id"));
    } else {
        json_object_set(report, "published_rank", json_object_get(entry, "published_rank"));
        json_object_set(report, "published_source", json_object_get(entry, "source_text"));
    }
    json_object_set(report, "published", json_object_get(entry, "published") ? json_object_get(entry, "published")
                                                                              : json_null());
    json_object_set_new(report, "amity_rank", amity_rank(json_array_get(standings, 0), by_city, round));
    rc = progress(db, who, city, &hist, err);
    json_object_set_new(report, "progress", hist ? hist : json_array());
    /* the reports the network's experts wrote on this round: public once
     * done, without the expert's name (am_assignment) */
    json_t *reports = NULL;
    if (!rc)
        rc = am_db_all(db,
                       "SELECT kind, report_title AS title, report_url AS url, done_date FROM assignment WHERE "
                       "city_id = ? AND round = ? AND status = 'done' AND report_url IS NOT NULL ORDER BY done_date, id",
                       json_pack("[Ii]", (json_int_t)city, round), &reports, err);
    json_object_set_new(report, "expert_reports", reports ? reports : json_array());
    groups_free(g, ng);
    json_decref(entry), json_decref(response), json_decref(by_city), json_decref(edition);
    json_decref(prev);
    if (rc) {
        json_decref(report);
        return rc;
    }
    *out = report;
    return AM_OK;
}

/* ---- the replies --------------------------------------------------------------------- */

#define RO AM_F_READONLY
#define RN (AM_F_READONLY | AM_F_NULLABLE)

static const char *const expert_kinds[] = {"index_report", "monitoring_visit", "advice", "training", NULL};
static const struct am_field expert_report_fields[] = {
    {.name = "kind", .type = AM_T_ENUM, .flags = RO, .values = expert_kinds},
    {.name = "title", .type = AM_T_STRING, .flags = RN},
    {.name = "url", .type = AM_T_URL, .flags = RO},
    {.name = "done_date", .type = AM_T_STRING, .flags = RN},
    {0},
};
static const struct am_schema expert_report_schema = {
    .name = "IndexExpertReport", .doc = "A report an expert of the network wrote on the city's round.",
    .fields = expert_report_fields};

/* The values of the maps by indicator id. */
static const struct am_field score_item = {.name = "score", .type = AM_T_NUMBER, .flags = RO, .doc = "0 to 100"};
static const struct am_field change_item = {.name = "change", .type = AM_T_NUMBER, .flags = RO,
                                            .doc = "points of score since"};
static const struct am_field label_item = {.name = "label", .type = AM_T_STRING, .flags = RO};
static const struct am_field answer_item = {.name = "answer", .type = AM_T_OBJECT, .flags = RO,
                                            .object = &am_index_answer_schema};

static const struct am_field figures_fields[] = {
    {.name = "rank", .type = AM_T_STRING, .flags = RN, .doc = "the rank in the sample as published: \"8 (tied)\""},
    {.name = "sample_size", .type = AM_T_INT, .flags = RN, .doc = "how many cities the source ranks it among"},
    {.name = "rank_label", .type = AM_T_STRING, .flags = RN, .doc = "the two in words: \"17th of 93\""},
    {.name = "population", .type = AM_T_INT, .flags = RN, .doc = "as published"},
    {.name = "foreign_born_pct", .type = AM_T_NUMBER, .flags = RN, .doc = "as published"},
    {.name = "indicators", .type = AM_T_OBJECT, .flags = RN, .item = &score_item,
     .doc = "by indicator as the source names it, where published"},
    {.name = "note", .type = AM_T_STRING, .flags = RN, .doc = "a caveat to show with the result"},
    {.name = "sources", .type = AM_T_ARRAY, .flags = RO,
     .item = &(const struct am_field){.name = "source", .type = AM_T_OBJECT, .flags = RO,
                                      .object = &am_index_source_schema},
     .doc = "every source, with the figures it states"},
    {0},
};
static const struct am_schema figures_schema = {
    .name = "IndexPublishedFigures", .doc = "What the sources of a published result state, as they state it.",
    .fields = figures_fields};

static const char *const sources[] = {"response", "published", NULL};
static const char *const result_statuses[] = {"draft", "submitted", "published", NULL};

static const struct am_field item_fields[] = {
    {.name = "city", .type = AM_T_OBJECT, .flags = RO, .object = &am_index_city_schema},
    {.name = "round", .type = AM_T_INT, .flags = RO, .doc = "the round of the result (up to the round asked for)"},
    {.name = "source", .type = AM_T_ENUM, .flags = RO, .values = sources},
    {.name = "id", .type = AM_T_INT, .flags = RO, .doc = "of the response or the published result"},
    {.name = "status", .type = AM_T_ENUM, .flags = RO, .values = result_statuses},
    {.name = "aggregate", .type = AM_T_NUMBER, .flags = RN, .doc = "none: published without one, not ranked"},
    {.name = "indicators", .type = AM_T_OBJECT, .flags = RO, .item = &score_item,
     .doc = "by indicator of the questionnaire"},
    {.name = "over_200k", .type = AM_T_BOOL, .flags = RN},
    {.name = "over_15pct", .type = AM_T_BOOL, .flags = RN},
    {.name = "rank", .type = AM_T_INT, .flags = RN,
     .doc = "among the results amity holds with an aggregate, in the group shown"},
    {.name = "percentile", .type = AM_T_NUMBER, .flags = RN},
    {.name = "published_rank", .type = AM_T_STRING, .flags = RN, .doc = "the ranks as the source words them"},
    {.name = "source_text", .type = AM_T_STRING, .flags = RO, .doc = "the source it was first recorded from"},
    {.name = "published", .type = AM_T_OBJECT, .flags = RN, .object = &figures_schema,
     .doc = "a published result: the rank as published, and every figure with its sources"},
    {0},
};
static const struct am_schema item_schema = {.name = "IndexResult", .doc = "A city's result in a sample.",
                                             .fields = item_fields};

static const struct am_field results_fields[] = {
    {.name = "round", .type = AM_T_INT, .flags = RO},
    {.name = "rounds", .type = AM_T_ARRAY, .flags = RO,
     .item = &(const struct am_field){.name = "round", .type = AM_T_INT, .flags = RO},
     .doc = "the rounds with results, newest first"},
    {.name = "group", .type = AM_T_STRING, .flags = RO},
    {.name = "group_label", .type = AM_T_STRING, .flags = RO},
    {.name = "items", .type = AM_T_ARRAY, .flags = RO,
     .item = &(const struct am_field){.name = "item", .type = AM_T_OBJECT, .flags = RO, .object = &item_schema},
     .doc = "ranked by aggregate; then the results without one, unranked"},
    {.name = "total", .type = AM_T_INT, .flags = RO, .doc = "results in the group"},
    {.name = "ranked", .type = AM_T_INT, .flags = RO, .doc = "of them with an aggregate: ranks run to this"},
    {.name = "shown", .type = AM_T_INT, .flags = RO},
    {.name = "average", .type = AM_T_NUMBER, .flags = RN},
    {.name = "indicator_averages", .type = AM_T_OBJECT, .flags = RO, .item = &score_item, .doc = "by indicator"},
    {0},
};
const struct am_schema am_index_results_reply = {
    .name = "IndexResults", .doc = "The sample of a round, ranked.", .fields = results_fields};

static const struct am_field standing_fields[] = {
    {.name = "id", .type = AM_T_STRING, .flags = RO},
    {.name = "label", .type = AM_T_STRING, .flags = RO},
    {.name = "member", .type = AM_T_BOOL, .flags = RO},
    {.name = "of", .type = AM_T_INT, .flags = RO, .doc = "results of the group with an aggregate"},
    {.name = "rank", .type = AM_T_INT, .flags = RN},
    {.name = "percentile", .type = AM_T_NUMBER, .flags = RN},
    {.name = "average", .type = AM_T_NUMBER, .flags = RN},
    {.name = "indicator_averages", .type = AM_T_OBJECT, .flags = RO, .item = &score_item, .doc = "by indicator"},
    {0},
};
static const struct am_schema standing_schema = {.name = "IndexStanding", .doc = "A city's place in a group.",
                                                 .fields = standing_fields};

static const struct am_field amity_rank_fields[] = {
    {.name = "round", .type = AM_T_INT, .flags = RO},
    {.name = "rank", .type = AM_T_INT, .flags = RN, .doc = "none: the result has no aggregate"},
    {.name = "of", .type = AM_T_INT, .flags = RO, .doc = "the results amity holds for the round with an aggregate"},
    {.name = "percentile", .type = AM_T_NUMBER, .flags = RN},
    {.name = "not_ranked", .type = AM_T_INT, .flags = RO, .doc = "the results it holds without an aggregate"},
    {0},
};
static const struct am_schema amity_rank_schema = {
    .name = "IndexAmityRank", .doc = "The rank among the results amity holds for the round.",
    .fields = amity_rank_fields};

static const struct am_field change_fields[] = {
    {.name = "round", .type = AM_T_INT, .flags = RO},
    {.name = "source", .type = AM_T_ENUM, .flags = RO, .values = sources},
    {.name = "aggregate", .type = AM_T_NUMBER, .flags = RN},
    {.name = "delta", .type = AM_T_NUMBER, .flags = RN},
    {.name = "indicators", .type = AM_T_OBJECT, .flags = RO, .item = &change_item,
     .doc = "by indicator scored in both rounds"},
    {0},
};
static const struct am_schema change_schema = {.name = "IndexChange", .doc = "The change since a round.",
                                               .fields = change_fields};

static const struct am_field scored_fields[] = {
    {.name = "id", .type = AM_T_STRING, .flags = RO},
    {.name = "label", .type = AM_T_STRING, .flags = RO},
    {.name = "score", .type = AM_T_NUMBER, .flags = RO},
    {0},
};
static const struct am_schema scored_schema = {.name = "IndexIndicatorScore", .doc = NULL, .fields = scored_fields};

static const struct am_field progress_fields[] = {
    {.name = "round", .type = AM_T_INT, .flags = RO},
    {.name = "aggregate", .type = AM_T_NUMBER, .flags = RN},
    {.name = "indicators", .type = AM_T_OBJECT, .flags = RO, .item = &score_item, .doc = "by indicator"},
    {.name = "source", .type = AM_T_ENUM, .flags = RO, .values = sources},
    {0},
};
static const struct am_schema progress_schema = {.name = "IndexProgress", .doc = NULL, .fields = progress_fields};

static const struct am_field edition_ref_fields[] = {
    {.name = "id", .type = AM_T_STRING, .flags = RO},
    {.name = "title", .type = AM_T_STRING, .flags = RO},
    {0},
};
static const struct am_schema edition_ref_schema = {.name = "IndexEditionRef", .doc = NULL,
                                                   .fields = edition_ref_fields};

static const struct am_field report_fields[] = {
    {.name = "city", .type = AM_T_OBJECT, .flags = RO, .object = &am_index_city_schema},
    {.name = "round", .type = AM_T_INT, .flags = RO},
    {.name = "source", .type = AM_T_ENUM, .flags = RO, .values = sources},
    {.name = "status", .type = AM_T_ENUM, .flags = RO, .values = result_statuses},
    {.name = "aggregate", .type = AM_T_NUMBER, .flags = RN},
    {.name = "indicators", .type = AM_T_OBJECT, .flags = RO, .item = &score_item, .doc = "by indicator"},
    {.name = "groups", .type = AM_T_ARRAY, .flags = RO,
     .item = &(const struct am_field){.name = "group", .type = AM_T_OBJECT, .flags = RO, .object = &standing_schema}},
    {.name = "previous", .type = AM_T_OBJECT, .flags = RN, .object = &change_schema},
    {.name = "indicator_labels", .type = AM_T_OBJECT, .flags = RO, .item = &label_item, .doc = "by indicator"},
    {.name = "edition", .type = AM_T_OBJECT, .flags = RO, .object = &edition_ref_schema},
    {.name = "strongest", .type = AM_T_ARRAY, .flags = RO,
     .item = &(const struct am_field){.name = "indicator", .type = AM_T_OBJECT, .flags = RO, .object = &scored_schema}},
    {.name = "weakest", .type = AM_T_ARRAY, .flags = RO,
     .item = &(const struct am_field){.name = "indicator", .type = AM_T_OBJECT, .flags = RO, .object = &scored_schema}},
    {.name = "progress", .type = AM_T_ARRAY, .flags = RO,
     .item = &(const struct am_field){.name = "round", .type = AM_T_OBJECT, .flags = RO, .object = &progress_schema}},
    {.name = "scores", .type = AM_T_OBJECT, .flags = RO, .object = &am_index_scores_schema,
     .doc = "a response's: from its answers"},
    {.name = "answers", .type = AM_T_OBJECT, .flags = RO, .item = &answer_item, .doc = "a response's, by question id"},
    {.name = "response_id", .type = AM_T_INT, .flags = RO},
    {.name = "published_rank", .type = AM_T_STRING, .flags = RN, .doc = "the ranks as the source words them"},
    {.name = "published_source", .type = AM_T_STRING, .flags = RN},
    {.name = "published", .type = AM_T_OBJECT, .flags = RN, .object = &figures_schema,
     .doc = "a published result: the rank as published with its sample, every figure with its sources"},
    {.name = "amity_rank", .type = AM_T_OBJECT, .flags = RO, .object = &amity_rank_schema},
    {.name = "expert_reports", .type = AM_T_ARRAY, .flags = RO,
     .item = &(const struct am_field){.name = "report", .type = AM_T_OBJECT, .flags = RO, .object = &expert_report_schema},
     .doc = "the reports the network's experts wrote on this round"},
    {0},
};
const struct am_schema am_index_report_reply = {.name = "IndexReport", .doc = "A city's Index report.",
                                                .fields = report_fields};

/* ---- export ------------------------------------------------------------------------ */

static void csv_number(struct am_buf *b, json_t *v)
{
    if (json_is_number(v))
        am_buf_addf(b, "%.2f", json_number_value(v));
}

void am_index_results_csv(json_t *results, json_t *edition, struct am_buf *out)
{
    static const char *const head[] = {"rank", "city", "country", "round", "source", "aggregate",
                                       "percentile", "over_200k", "over_15pct"};
    size_t i, k;
    json_t *ind, *row;
    for (k = 0; k < sizeof head / sizeof *head; k++)
        am_buf_addf(out, "%s%s", k ? "," : "", head[k]);
    json_array_foreach(json_object_get(edition, "indicators"), i, ind) {
        am_buf_addc(out, ',');
        am_csv_put(out, json_string_value(json_object_get(ind, "id")));
    }
    am_buf_adds(out, "\r\n");
    json_array_foreach(json_object_get(results, "items"), k, row) {
        json_t *city = json_object_get(row, "city");
        if (json_is_integer(json_object_get(row, "rank")))
            am_buf_addf(out, "%lld", (long long)json_integer_value(json_object_get(row, "rank")));
        am_buf_addc(out, ',');
        am_csv_put(out, json_string_value(json_object_get(city, "name")));
        am_buf_addf(out, ",%s,%lld,%s,", json_string_value(json_object_get(city, "country")),
                    (long long)json_integer_value(json_object_get(row, "round")),
                    json_string_value(json_object_get(row, "source")));
        csv_number(out, json_object_get(row, "aggregate"));
        am_buf_addc(out, ',');
        csv_number(out, json_object_get(row, "percentile"));
        static const char *const flags[] = {"over_200k", "over_15pct"};
        for (size_t f = 0; f < 2; f++) {
            json_t *v = json_object_get(row, flags[f]);
            am_buf_adds(out, json_is_boolean(v) ? (json_is_true(v) ? ",yes" : ",no") : ",");
        }
        json_array_foreach(json_object_get(edition, "indicators"), i, ind) {
            am_buf_addc(out, ',');
            csv_number(out, json_object_get(json_object_get(row, "indicators"),
                                            json_string_value(json_object_get(ind, "id"))));
        }
        am_buf_adds(out, "\r\n");
    }
}

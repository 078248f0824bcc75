#define _GNU_SOURCE /* qsort_r */
#include "am_city.h"

#include "am_read.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util/am_fold.h"

#include "am_activity.h"
#include "am_country.h"
#include "am_diaspora.h"
#include "am_membership.h"
#include "am_partnership.h"
#include "am_resolve.h"

static const struct am_field alt_name = {.name = "alt_name", .type = AM_T_STRING};
static const struct am_field partnership_item = {
    .name = "partnership", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &am_partnership_schema};
static const struct am_field membership_item = {
    .name = "membership", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &am_membership_schema};
static const struct am_field activity_item = {
    .name = "activity", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &am_activity_schema};
static const struct am_field diaspora_item = {
    .name = "group", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &am_diaspora_schema};

static const struct am_field fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY | AM_F_OWNER, .ref = "city"},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_REQUIRED,
     .doc = "name as commonly written, in any script"},
    {.name = "country", .type = AM_T_COUNTRY, .flags = AM_F_REQUIRED},
    {.name = "country_name", .type = AM_T_STRING, .flags = AM_F_READONLY, .col = AM_COUNTRY_NAME_SQL("k")},
    {.name = "region", .type = AM_T_STRING, .flags = AM_F_NULLABLE,
     .doc = "region, province or state"},
    {.name = "lat", .type = AM_T_NUMBER, .flags = AM_F_NULLABLE, .min = -90, .max = 90},
    {.name = "lng", .type = AM_T_NUMBER, .flags = AM_F_NULLABLE, .min = -180, .max = 180},
    {.name = "population", .type = AM_T_INT, .flags = AM_F_NULLABLE, .min = 0, .max = 100000000},
    {.name = "geonames_id", .type = AM_T_INT, .flags = AM_F_NULLABLE, .min = 1, .max = 999999999,
     .doc = "GeoNames id, when known"},
    {.name = "admin_code", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .max = 20,
     .doc = "code of its first-order administrative division (GeoNames)"},
    {.name = "feature_code", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .doc = "GeoNames feature: PPLC capital, PPLA seat of a division, PPLX part of a city..."},
    {.name = "source", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .doc = "where the record comes from: geonames, or an imported file and row"},
    {.name = "source_row", .type = AM_T_INT, .flags = AM_F_READONLY | AM_F_NULLABLE, .doc = "the row of that file"},
    {.name = "alt_names", .type = AM_T_ARRAY, .flags = AM_F_VIRTUAL, .item = &alt_name, .max = 100,
     .doc = "other names, e.g. in other scripts or languages", .col = "c.alt_names"},
    {.name = "distance_km", .type = AM_T_NUMBER, .flags = AM_F_READONLY | AM_F_VIRTUAL,
     .doc = "cities/nearby only: how far from the point asked"},
    AM_FIELDS_STAMPS,
    {.name = "partnerships", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &partnership_item,
     .max = AM_LIST_MAX, .doc = "GET /cities/{id} only: the city's partnerships, with health"},
    {.name = "memberships", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &membership_item,
     .max = AM_LIST_MAX, .doc = "GET /cities/{id} only: the city's network memberships"},
    {.name = "recent_activities", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &activity_item,
     .doc = "GET /cities/{id} only: its latest activities (host or participant)"},
    {.name = "diaspora", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &diaspora_item,
     .max = AM_LIST_MAX, .doc = "GET /cities/{id} only: the diaspora groups living in it, largest first"},
    AM_FIELD_CAN,
    {0},
};
static const struct am_schema schema = {
    .name = "City", .doc = "A city (or town, municipality, district).", .fields = fields,
    .example = "{\"name\": \"Isfahan\", \"country\": \"IR\", \"alt_names\": [\"اصفهان\"]}"};

static const struct am_field filter_fields[] = {
    {.name = "q", .type = AM_T_STRING, .doc = "part of the name or of another name"},
    {.name = "country", .type = AM_T_COUNTRY, .where = "c.country = ?"},
    {.name = "network", .type = AM_T_ID, .doc = "a current member of this network",
     .where = "EXISTS (SELECT 1 FROM membership m WHERE m.city_id = c.id AND m.network_id = ? AND "
              "m.left_year IS NULL AND m.status = 'current')"},
    AM_FILTER_PAGING,
    {0},
};
static const struct am_schema filters = {.name = "CityFilters", .doc = NULL, .fields = filter_fields};

/* The FTS5 query for what someone types: every word of it, folded, as a
 * prefix ("reggio em" -> "reggio"* "em"*). Folded words are letters and
 * digits only, so quoting them is enough. NULL when nothing is left. */
static json_t *search_terms(const char *q)
{
    struct am_buf f, m;
    am_buf_init(&f, 4096);
    am_buf_init(&m, 8192);
    json_t *out = NULL;
    if (am_fold(q, strlen(q), &f) == AM_OK && f.len) {
        for (const char *p = am_buf_str(&f); *p;) {
            size_t n = strcspn(p, " ");
            am_buf_addf(&m, "%s\"%.*s\"*", m.len ? " " : "", (int)n, p);
            p += n + (p[n] == ' ');
        }
        if (!m.err)
            out = json_string(am_buf_str(&m));
    }
    am_buf_free(&f);
    am_buf_free(&m);
    return out;
}

/* A search (q) by the folded words of every name, as prefixes. */
static void narrow(struct am_sql *w, json_t *query)
{
    const char *q = json_string_value(json_object_get(query, "q"));
    if (!q)
        return;
    json_t *terms = search_terms(q);
    if (terms)
        am_sql_addv(w, " AND c.id IN (SELECT rowid FROM city_fts WHERE city_fts MATCH ?)", terms);
    else
        am_sql_add(w, " AND 0");
}

/* What the city's own page shows besides the record. */
static enum am_rc detail(struct am_db *db, json_t *c, struct am_err *err)
{
    json_t *p = NULL, *m = NULL, *a = NULL, *d = NULL;
    int64_t id = am_get_id(c, "id");
    enum am_rc rc = am_partnership_of_city(db, id, &p, err);
    if (!rc)
        rc = am_membership_of_member(db, "city_id", id, &m, err);
    if (!rc)
        rc = am_activity_recent_of_city(db, id, 20, &a, err);
    if (!rc)
        rc = am_diaspora_of_city(db, id, &d, err);
    if (rc) {
        json_decref(p), json_decref(m), json_decref(a), json_decref(d);
        return rc;
    }
    json_object_set_new(c, "partnerships", p);
    json_object_set_new(c, "memberships", m);
    json_object_set_new(c, "recent_activities", a);
    json_object_set_new(c, "diaspora", d);
    return AM_OK;
}

/* A listing is alphabetical; a search ranks the largest place first. Every
 * city has a country (a foreign key, NOT NULL): the LEFT JOIN finds the
 * same rows, and lets SQLite leave the country out of a count. */
static const struct am_reading reading = {
    .from = "city c LEFT JOIN country k ON k.code = c.country", .alias = "c", .order = "c.name",
    .order_q = "coalesce(c.population, 0)", .desc_q = true, .narrow = narrow, .detail = detail,
    .count_from = "city",
};

static enum am_rc list(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    return am_read_list(db, &am_city_resource, query, out, err);
}

/* The record, for the write path: without the page's related lists. */
static enum am_rc get_record(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    return am_read_one(db, &am_city_resource, key, out, err);
}

static enum am_rc get(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    return am_read_page_of(db, &am_city_resource, key, out, err);
}

/* ---- around a point, and the resolver ------------------------------------- */

static const struct am_field nearby_fields[] = {
    {.name = "lat", .type = AM_T_NUMBER, .flags = AM_F_REQUIRED, .min = -90, .max = 90,
     .example = "44.698"},
    {.name = "lng", .type = AM_T_NUMBER, .flags = AM_F_REQUIRED, .min = -180, .max = 180,
     .example = "10.631"},
    {.name = "radius_km", .type = AM_T_NUMBER, .min = 0.1, .max = 500, .doc = "default 25"},
    {.name = "limit", .type = AM_T_INT, .min = 1, .max = 100, .doc = "default 10"},
    {.name = "country", .type = AM_T_COUNTRY},
    {0},
};
const struct am_schema am_city_nearby_query = {.name = "NearbyQuery", .doc = NULL, .fields = nearby_fields};

enum am_rc am_city_nearby(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    double lat = json_number_value(json_object_get(query, "lat"));
    double lng = json_number_value(json_object_get(query, "lng"));
    json_t *jr = json_object_get(query, "radius_km"), *jl = json_object_get(query, "limit");
    double km = jr ? json_number_value(jr) : 25;
    json_int_t limit = jl ? json_integer_value(jl) : 10;
    const char *cc = json_string_value(json_object_get(query, "country"));
    double dlat = km / 111.0, dlng = km / (111.0 * fmax(cos(lat * M_PI / 180), 0.01));
    json_t *rows = NULL;
    /* the box from the R*Tree, then the true distance */
    enum am_rc rc = am_db_all(
        db,
        "SELECT c.id, c.lat, c.lng FROM city_geo g CROSS JOIN city c ON c.id = g.id WHERE g.min_lat >= ? "
        "AND g.max_lat <= ? AND g.min_lng >= ? AND g.max_lng <= ? AND (? IS NULL OR c.country = ?)",
        json_pack("[IIIIs?s?]", (json_int_t)am_city_geo_unit(lat - dlat),
                  (json_int_t)am_city_geo_unit(lat + dlat), (json_int_t)am_city_geo_unit(lng - dlng),
                  (json_int_t)am_city_geo_unit(lng + dlng), cc, cc),
        &rows, err);
    if (rc)
        return rc;
    json_t *near = json_array();
    size_t i;
    json_t *c;
    json_array_foreach(rows, i, c) {
        double d = am_km(lat, lng, json_number_value(json_object_get(c, "lat")),
                         json_number_value(json_object_get(c, "lng")));
        if (d <= km)
            json_array_append_new(near, json_pack("{s:O,s:f}", "id", json_object_get(c, "id"), "d",
                                                  round(d * 100) / 100));
    }
    json_decref(rows);
    /* nearest first; few enough to sort here */
    size_t n = json_array_size(near);
    for (size_t a = 1; a < n; a++)
        for (size_t b = a; b > 0; b--) {
            json_t *x = json_array_get(near, b - 1), *y = json_array_get(near, b);
            if (json_real_value(json_object_get(x, "d")) <= json_real_value(json_object_get(y, "d")))
                break;
            json_incref(x);
            json_array_set(near, b - 1, y);
            json_array_set_new(near, b, x);
        }
    while (json_array_size(near) > (size_t)limit)
        json_array_remove(near, json_array_size(near) - 1);
    json_t *ids = json_array(), *items = NULL;
    json_array_foreach(near, i, c) json_array_append(ids, json_object_get(c, "id"));
    rc = am_read_ids(db, &am_city_resource, ids, &items, err);
    json_decref(ids);
    json_array_foreach(rc ? NULL : items, i, c)
        json_object_set(c, "distance_km", json_object_get(json_array_get(near, i), "d"));
    json_decref(near);
    if (rc)
        return rc;
    *out = json_pack("{s:o,s:I,s:n}", "items", items, "total", (json_int_t)json_array_size(items), "next");
    return AM_OK;
}

static const struct am_field resolve_fields[] = {
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_REQUIRED,
     .doc = "as the source writes it: \"Mitte (Berlin)\", \"Prague 1\", \"Cologne\"",
     .example = "Mitte (Berlin)"},
    {.name = "country", .type = AM_T_STRING, .flags = AM_F_REQUIRED,
     .doc = "ISO code or name as people write it: England, Czech Republic, Palestine",
     .example = "Germany"},
    {.name = "lat", .type = AM_T_NUMBER, .min = -90, .max = 90},
    {.name = "lng", .type = AM_T_NUMBER, .min = -180, .max = 180},
    {0},
};
const struct am_schema am_city_resolve_query = {
    .name = "ResolveQuery", .doc = NULL, .fields = resolve_fields};

static const char *const found_values[] = {"resolved", "ambiguous", "not_found", "unknown_country",
                                           NULL};
static const struct am_field resolved_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "country", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "region", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "lat", .type = AM_T_NUMBER, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "lng", .type = AM_T_NUMBER, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "population", .type = AM_T_INT, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "geonames_id", .type = AM_T_INT, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {0},
};
static const struct am_schema resolved_schema = {
    .name = "ResolvedCity", .doc = "The city a name stands for.", .fields = resolved_fields};
static const struct am_field candidate_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "population", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "0 when unknown"},
    {.name = "distance_km", .type = AM_T_NUMBER, .flags = AM_F_READONLY,
     .doc = "from the point given, when one was"},
    {0},
};
static const struct am_schema candidate_schema = {
    .name = "ResolutionCandidate", .doc = "A city the name could stand for.", .fields = candidate_fields};
static const struct am_field candidate_item = {
    .name = "candidate", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &candidate_schema};
static const struct am_field resolution_fields[] = {
    {.name = "status", .type = AM_T_ENUM, .flags = AM_F_READONLY, .values = found_values},
    {.name = "country", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "city", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE, .object = &resolved_schema,
     .doc = "null unless resolved"},
    {.name = "confidence", .type = AM_T_NUMBER, .flags = AM_F_READONLY},
    {.name = "reason", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "candidates", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &candidate_item},
    {0},
};
const struct am_schema am_city_resolution_schema = {
    .name = "Resolution", .doc = "The gazetteer city a name stands for, or why none.",
    .fields = resolution_fields};

enum am_rc am_city_resolve(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    json_t *lat = json_object_get(query, "lat"), *lng = json_object_get(query, "lng");
    if ((lat != NULL) != (lng != NULL))
        return am_err_set(err, AM_EBADREQ, lat ? "lng" : "lat",
                          "%s: give both the latitude and the longitude, or neither", lat ? "Longitude" : "Latitude");
    struct am_place p = {
        .name = json_string_value(json_object_get(query, "name")),
        .country = json_string_value(json_object_get(query, "country")),
        .has_point = lat != NULL,
        .lat = json_number_value(lat),
        .lng = json_number_value(lng),
    };
    struct am_resolution r;
    enum am_rc rc = am_resolve(db, &p, &r, err);
    if (!rc)
        *out = am_resolution_json(db, &r);
    return rc;
}

json_t *am_city_ref(struct am_db *db, int64_t id, struct am_err *err)
{
    json_t *c = NULL;
    if (id <= 0)
        return json_null();
    enum am_rc rc = am_db_one(db, "SELECT id, name, country FROM city WHERE id = ?",
                              json_pack("[I]", (json_int_t)id), &c, err);
    return rc ? json_null() : c;
}

/* Any signed-in user may add a city a record needs; its officer keeps it
 * up to date; only an admin deletes one. */
static const struct am_rule rights_rules[] = {
    {AM_ACT_CREATE, AM_REL_SIGNED_IN, NULL, NULL},
    {AM_ACT_UPDATE, AM_REL_CITY, NULL, NULL},
    {AM_ACT_DELETE, AM_REL_ADMIN, NULL, NULL},
    {0},
};
static const struct am_rights rights = {"city", &schema, NULL, NULL, rights_rules, NULL};

static enum am_rc rules(struct am_db *db, json_t *next, struct am_err *err)
{
    (void)db;
    json_t *lat = json_object_get(next, "lat"), *lng = json_object_get(next, "lng");
    bool has_lat = lat && !json_is_null(lat), has_lng = lng && !json_is_null(lng);
    if (has_lat != has_lng)
        return am_err_set(err, AM_EINVAL, has_lat ? "lng" : "lat",
                          "%s: give both the latitude and the longitude, or neither",
                          has_lat ? "Longitude" : "Latitude");
    return AM_OK;
}

static enum am_rc links(struct am_db *db, int64_t id, json_t *in, struct am_err *err)
{
    json_t *names = json_object_get(in, "alt_names");
    enum am_rc rc = AM_OK;
    if (names) {
        char *text = json_array_size(names) ? json_dumps(names, JSON_COMPACT) : NULL;
        rc = am_db_exec(db, "UPDATE city SET alt_names = ? WHERE id = ?",
                        json_pack("[s?I]", text, (json_int_t)id), NULL, err);
        free(text);
    }
    return rc ? rc : am_city_reindex(db, id, err);
}

/* ---- indexes ---------------------------------------------------------- */

int64_t am_city_geo_unit(double degrees)
{
    return (int64_t)lround(degrees * 1e5);
}

enum { KEYS_MAX = 256 * 1024 };

/* Folded, distinct keys of names, each NUL-terminated in keys; the FTS
 * document (keys joined by spaces) in doc. */
static enum am_rc fold_names(const char *const *names, size_t n, struct am_buf *keys,
                             struct am_buf *doc, size_t *nkeys)
{
    struct am_buf k;
    am_buf_init(&k, 4096);
    *nkeys = 0;
    for (size_t i = 0; i < n; i++) {
        if (!names[i] || am_fold(names[i], strlen(names[i]), &k) != AM_OK || !k.len)
            continue;
        bool dup = false;
        for (size_t off = 0; off < keys->len && !dup; off += strlen(keys->data + off) + 1)
            dup = strcmp(keys->data + off, am_buf_str(&k)) == 0;
        if (dup)
            continue;
        am_buf_add(keys, k.data, k.len + 1);
        if (doc->len)
            am_buf_addc(doc, ' ');
        am_buf_add(doc, k.data, k.len);
        (*nkeys)++;
    }
    am_buf_free(&k);
    return keys->err || doc->err ? AM_ENOMEM : AM_OK;
}

enum am_rc am_city_index(struct am_db *db, int64_t id, const char *const *names, size_t n,
                         const double *lat, const double *lng, struct am_err *err)
{
    struct am_buf keys, doc;
    size_t nkeys = 0;
    am_buf_init(&keys, KEYS_MAX);
    am_buf_init(&doc, KEYS_MAX);
    enum am_rc rc = fold_names(names, n, &keys, &doc, &nkeys);
    if (rc)
        am_err_set(err, rc, NULL, "a city has too many names");
    for (size_t off = 0; !rc && off < keys.len; off += strlen(keys.data + off) + 1)
        rc = am_db_exec(db, "INSERT OR IGNORE INTO city_key (key, city_id) VALUES (?, ?)",
                        json_pack("[sI]", keys.data + off, (json_int_t)id), NULL, err);
    if (!rc && nkeys)
        rc = am_db_exec(db, "INSERT INTO city_fts (rowid, names) VALUES (?, ?)",
                        json_pack("[Is]", (json_int_t)id, am_buf_str(&doc)), NULL, err);
    if (!rc && lat && lng) {
        json_int_t y = am_city_geo_unit(*lat), x = am_city_geo_unit(*lng);
        rc = am_db_exec(db, "INSERT INTO city_geo (id, min_lat, max_lat, min_lng, max_lng) "
                            "VALUES (?, ?, ?, ?, ?)",
                        json_pack("[IIIII]", (json_int_t)id, y, y, x, x), NULL, err);
    }
    am_buf_free(&keys);
    am_buf_free(&doc);
    return rc;
}

/* The stored names and point of a city: names[0] is its name. The row
 * owns the strings; free names and decref the row. */
static enum am_rc stored(struct am_db *db, int64_t id, json_t **row, json_t **alts,
                         const char ***names, size_t *n, struct am_err *err)
{
    enum am_rc rc = am_db_one(db, "SELECT name, lat, lng, alt_names FROM city WHERE id = ?",
                              json_pack("[I]", (json_int_t)id), row, err);
    if (rc)
        return rc;
    const char *text = json_string_value(json_object_get(*row, "alt_names"));
    *alts = text ? json_loads(text, 0, NULL) : json_array();
    *n = json_array_size(*alts) + 1;
    *names = calloc(*n, sizeof **names);
    if (!*names || !*alts) {
        json_decref(*row);
        json_decref(*alts);
        free(*names);
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    }
    (*names)[0] = json_string_value(json_object_get(*row, "name"));
    for (size_t i = 1; i < *n; i++)
        (*names)[i] = json_string_value(json_array_get(*alts, i - 1));
    return AM_OK;
}

/* A city's keys are a function of its names, so they are found again by
 * folding the stored names: no index by city is needed. */
enum am_rc am_city_unindex(struct am_db *db, int64_t id, struct am_err *err)
{
    json_t *row = NULL, *alts = NULL;
    const char **names = NULL;
    size_t n = 0, nkeys = 0;
    struct am_buf keys, doc;
    enum am_rc rc = stored(db, id, &row, &alts, &names, &n, err);
    if (rc)
        return rc;
    am_buf_init(&keys, KEYS_MAX);
    am_buf_init(&doc, KEYS_MAX);
    if (fold_names(names, n, &keys, &doc, &nkeys))
        rc = am_err_set(err, AM_ENOMEM, NULL, "a city has too many names");
    /* a contentless FTS5 row is deleted by giving back its document */
    if (!rc && nkeys)
        rc = am_db_exec(db, "INSERT INTO city_fts (city_fts, rowid, names) VALUES ('delete', ?, ?)",
                        json_pack("[Is]", (json_int_t)id, am_buf_str(&doc)), NULL, err);
    for (size_t off = 0; !rc && off < keys.len; off += strlen(keys.data + off) + 1)
        rc = am_db_exec(db, "DELETE FROM city_key WHERE key = ? AND city_id = ?",
                        json_pack("[sI]", keys.data + off, (json_int_t)id), NULL, err);
    if (!rc)
        rc = am_db_exec(db, "DELETE FROM city_geo WHERE id = ?", json_pack("[I]", (json_int_t)id),
                        NULL, err);
    am_buf_free(&keys);
    am_buf_free(&doc);
    free(names);
    json_decref(alts);
    json_decref(row);
    return rc;
}

enum am_rc am_city_reindex(struct am_db *db, int64_t id, struct am_err *err)
{
    json_t *row = NULL, *alts = NULL;
    const char **names = NULL;
    size_t n = 0;
    enum am_rc rc = stored(db, id, &row, &alts, &names, &n, err);
    if (rc)
        return rc;
    json_t *jlat = json_object_get(row, "lat"), *jlng = json_object_get(row, "lng");
    double lat = json_number_value(jlat), lng = json_number_value(jlng);
    bool geo = json_is_number(jlat) && json_is_number(jlng);
    rc = am_city_index(db, id, names, n, geo ? &lat : NULL, geo ? &lng : NULL, err);
    free(names);
    json_decref(alts);
    json_decref(row);
    return rc;
}

/* ---- batches ------------------------------------------------------------ */

struct batch_key {
    size_t off; /* of the key in text */
    int64_t id;
};

struct batch_city {
    int64_t id;
    size_t doc; /* offset of its document in text */
    int64_t y, x;
};

struct am_city_batch {
    struct am_buf text;        /* NUL-terminated keys and documents */
    struct batch_key *keys;
    size_t nkeys, capkeys;
    struct batch_city *cities;
    size_t ncities, capcities;
};

enum { BATCH_TEXT_MAX = 512 * 1024 * 1024 };

struct am_city_batch *am_city_batch_new(void)
{
    struct am_city_batch *b = calloc(1, sizeof *b);
    if (b)
        am_buf_init(&b->text, BATCH_TEXT_MAX);
    return b;
}

void am_city_batch_free(struct am_city_batch *b)
{
    if (!b)
        return;
    am_buf_free(&b->text);
    free(b->keys);
    free(b->cities);
    free(b);
}

static bool grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return true;
    size_t n = *cap ? *cap * 2 : 4096;
    while (n < need)
        n *= 2;
    void *q = realloc(*p, n * size);
    if (!q)
        return false;
    *p = q;
    *cap = n;
    return true;
}

enum am_rc am_city_batch_add(struct am_city_batch *b, int64_t id, const char *const *names,
                             size_t n, double lat, double lng)
{
    struct am_buf keys, doc;
    size_t nkeys = 0;
    am_buf_init(&keys, KEYS_MAX);
    am_buf_init(&doc, KEYS_MAX);
    enum am_rc rc = fold_names(names, n, &keys, &doc, &nkeys);
    if (!rc && (!grow((void **)&b->keys, &b->capkeys, b->nkeys + nkeys, sizeof *b->keys) ||
                !grow((void **)&b->cities, &b->capcities, b->ncities + 1, sizeof *b->cities)))
        rc = AM_ENOMEM;
    for (size_t off = 0; !rc && off < keys.len; off += strlen(keys.data + off) + 1) {
        b->keys[b->nkeys++] = (struct batch_key){b->text.len, id};
        am_buf_add(&b->text, keys.data + off, strlen(keys.data + off) + 1);
    }
    if (!rc) {
        b->cities[b->ncities++] = (struct batch_city){id, b->text.len, am_city_geo_unit(lat),
                                                      am_city_geo_unit(lng)};
        am_buf_add(&b->text, am_buf_str(&doc), doc.len + 1);
        if (b->text.err)
            rc = AM_ENOMEM;
    }
    am_buf_free(&keys);
    am_buf_free(&doc);
    return rc;
}

static int key_order(const void *a, const void *b, void *text)
{
    const struct batch_key *x = a, *y = b;
    const char *t = text;
    int c = strcmp(t + x->off, t + y->off);
    return c ? c : (x->id > y->id) - (x->id < y->id);
}

static enum am_rc batch_keys(struct am_db *db, struct am_city_batch *b, struct am_err *err)
{
    struct am_stmt *st = NULL;
    qsort_r(b->keys, b->nkeys, sizeof *b->keys, key_order, b->text.data);
    enum am_rc rc = am_db_prepare_loop(db, "INSERT INTO city_key (key, city_id) VALUES (?, ?)", &st, err);
    for (size_t i = 0; !rc && i < b->nkeys; i++) {
        am_stmt_bind_text(st, 1, b->text.data + b->keys[i].off);
        am_stmt_bind_i64(st, 2, b->keys[i].id);
        rc = am_stmt_run(st, err);
    }
    am_stmt_done(st);
    return rc;
}

static enum am_rc batch_words_and_places(struct am_db *db, struct am_city_batch *b,
                                         struct am_err *err)
{
    struct am_stmt *fts = NULL, *geo = NULL;
    enum am_rc rc = am_db_prepare_loop(db, "INSERT INTO city_fts (rowid, names) VALUES (?, ?)", &fts, err);
    if (!rc)
        rc = am_db_prepare_loop(db, "INSERT INTO city_geo (id, min_lat, max_lat, min_lng, max_lng) "
                                    "VALUES (?, ?, ?, ?, ?)",
                                &geo, err);
    for (size_t i = 0; !rc && i < b->ncities; i++) {
        const struct batch_city *c = &b->cities[i];
        if (b->text.data[c->doc]) {
            am_stmt_bind_i64(fts, 1, c->id);
            am_stmt_bind_text(fts, 2, b->text.data + c->doc);
            rc = am_stmt_run(fts, err);
        }
    }
    for (size_t i = 0; !rc && i < b->ncities; i++) {
        const struct batch_city *c = &b->cities[i];
        am_stmt_bind_i64(geo, 1, c->id);
        am_stmt_bind_i64(geo, 2, c->y);
        am_stmt_bind_i64(geo, 3, c->y);
        am_stmt_bind_i64(geo, 4, c->x);
        am_stmt_bind_i64(geo, 5, c->x);
        rc = am_stmt_run(geo, err);
    }
    am_stmt_done(fts);
    am_stmt_done(geo);
    return rc;
}

enum am_rc am_city_batch_write(struct am_db *db, struct am_city_batch *b, struct am_err *err)
{
    enum am_rc rc = batch_keys(db, b, err);
    if (!rc)
        rc = batch_words_and_places(db, b, err);
    am_buf_reset(&b->text);
    b->nkeys = b->ncities = 0;
    return rc;
}

static enum am_rc before_change(struct am_db *db, int64_t id, struct am_err *err)
{
    return am_city_unindex(db, id, err);
}

static const struct am_writer writer = {
    .table = "city", .what = "city", .schema = &schema, .stamps = true,
    .get = get_record, .rights = &rights, .rules = rules, .links = links,
    .before_change = before_change,
};

static enum am_rc create(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out,
                         struct am_err *err)
{
    enum am_rc rc = am_write_create(db, &writer, who, in, out, err);
    if (rc == AM_ECONFLICT)
        am_err_set(err, rc, "geonames_id", "GeoNames id: another city has this GeoNames id; change that city instead");
    return rc;
}

static enum am_rc update(struct am_db *db, const struct am_actor *who, const char *key,
                         json_t *patch, json_t **out, struct am_err *err)
{
    enum am_rc rc = am_write_update(db, &writer, who, key, patch, out, err);
    if (rc == AM_ECONFLICT)
        am_err_set(err, rc, "geonames_id", "GeoNames id: another city has this GeoNames id; change that city instead");
    return rc;
}

static enum am_rc remove_city(struct am_db *db, const struct am_actor *who, const char *key,
                              struct am_err *err)
{
    return am_write_delete(db, &writer, who, key, err);
}

const struct am_resource am_city_resource = {
    .name = "cities", .singular = "city", .table = "city", .key = "id",
    .doc = "Cities, with their partnerships, memberships and activities.",
    .schema = &schema, .filters = &filters, .rights = &rights, .reading = &reading,
    .list = list, .get = get, .create = create, .update = update, .remove = remove_city,
};

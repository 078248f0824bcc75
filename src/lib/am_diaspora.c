#include "am_diaspora.h"

#include <string.h>

static const struct am_field fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "city_id", .type = AM_T_ID, .flags = AM_F_REQUIRED | AM_F_OWNER, .ref = "city",
     .doc = "the city the group lives in"},
    {.name = "city", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .doc = "{id, name, country}"},
    {.name = "origin_country", .type = AM_T_COUNTRY,
     .doc = "where the group comes from; taken from origin_city_id when that is given"},
    {.name = "origin_city_id", .type = AM_T_ID, .flags = AM_F_NULLABLE, .ref = "city",
     .doc = "the city it comes from, where known"},
    {.name = "origin_city", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
     .doc = "{id, name, country}, or null"},
    {.name = "origin_country_name", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "size", .type = AM_T_INT, .flags = AM_F_NULLABLE, .min = 0, .max = 100000000,
     .doc = "people, as the source counts them (residents born there, or of that citizenship)"},
    {.name = "year", .type = AM_T_INT, .flags = AM_F_NULLABLE, .min = 1800, .max = 2100,
     .doc = "the year of the figure"},
    {.name = "source", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .max = 300,
     .doc = "who counted: a census, a statistics office, a survey"},
    {.name = "source_url", .type = AM_T_URL, .flags = AM_F_NULLABLE},
    {.name = "note", .type = AM_T_TEXT, .flags = AM_F_NULLABLE},
    {.name = "imported_from", .type = AM_T_STRING, .flags = AM_F_READONLY,
     .doc = "the file it was imported from, if any"},
    {.name = "imported_row", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "the row of that file"},
    {.name = "created_at", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "updated_at", .type = AM_T_STRING, .flags = AM_F_READONLY},
    AM_FIELD_CAN,
    {0},
};
static const struct am_schema schema = {
    .name = "Diaspora",
    .doc = "A diaspora group: people living in a city who come from another country or city.",
    .fields = fields,
    .example = "{\"city_id\": 1, \"origin_city_id\": 2, \"size\": 4200, \"year\": 2024, "
               "\"source\": \"City register\"}"};

static const struct am_field filter_fields[] = {
    {.name = "q", .type = AM_T_STRING, .doc = "part of the city's or the origin's name"},
    {.name = "city", .type = AM_T_ID, .doc = "living in this city"},
    {.name = "country", .type = AM_T_COUNTRY, .doc = "living in this country"},
    {.name = "origin_country", .type = AM_T_COUNTRY, .doc = "coming from this country"},
    {.name = "origin_city", .type = AM_T_ID, .doc = "coming from this city"},
    {.name = "from", .type = AM_T_INT, .min = 1800, .max = 2100, .doc = "figures of this year or later"},
    {.name = "to", .type = AM_T_INT, .min = 1800, .max = 2100, .doc = "figures of this year or earlier"},
    AM_FILTER_PAGING,
    {0},
};
static const struct am_schema filters = {.name = "DiasporaFilters", .doc = NULL, .fields = filter_fields};

/* the c_ and o_ columns are folded into "city" and "origin_city" */
#define COLUMNS                                                                                                   \
    "d.id, d.city_id, d.origin_country, d.origin_city_id, d.size, d.year, d.source, d.source_url, d.note, "      \
    "d.imported_from, d.imported_row, d.created_at, d.updated_at, c.name AS c_name, c.country AS c_country, "    \
    "o.name AS o_name, o.country AS o_country, k.name AS origin_country_name"
#define TABLES                                                                                                    \
    "diaspora d JOIN city c ON c.id = d.city_id LEFT JOIN city o ON o.id = d.origin_city_id "                   \
    "LEFT JOIN country k ON k.code = d.origin_country"
static const char COLS[] = COLUMNS;
static const char FROM[] = TABLES;

static json_t *place(json_t *item, const char *id, const char *name, const char *country)
{
    json_int_t v = (json_int_t)am_get_id(item, id);
    json_t *n = am_take(item, name), *c = am_take(item, country);
    if (!v) {
        json_decref(n);
        json_decref(c);
        return json_null();
    }
    return json_pack("{s:I,s:o,s:o}", "id", v, "name", n, "country", c);
}

static enum am_rc decorate(struct am_db *db, json_t *item, struct am_err *err)
{
    (void)db;
    json_t *city = place(item, "city_id", "c_name", "c_country");
    json_t *origin = place(item, "origin_city_id", "o_name", "o_country");
    if (!city || !origin) {
        json_decref(city);
        json_decref(origin);
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    }
    json_object_set_new(item, "city", city);
    json_object_set_new(item, "origin_city", origin);
    return AM_OK;
}

static void where(struct am_sql *w, json_t *query)
{
    const char *q = json_string_value(json_object_get(query, "q"));
    if (q)
        am_where_like(w, q, (const char *const[]){"c.name", "o.name", "k.name", NULL});
    am_where_eq(w, query, "city", "d.city_id");
    am_where_eq(w, query, "country", "c.country");
    am_where_eq(w, query, "origin_country", "d.origin_country");
    am_where_eq(w, query, "origin_city", "d.origin_city_id");
    am_where_years(w, query, "d.year");
}

/* Largest groups first; groups of unknown size last. */
static enum am_rc list(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    struct am_listing l;
    am_listing_init(&l, COLS, FROM, "coalesce(d.size, -1)", "d.id", true);
    where(&l.where, query);
    enum am_rc rc = am_listing_run(db, &l, query, decorate, out, err);
    am_listing_free(&l);
    return rc;
}

static enum am_rc get(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    int64_t id;
    enum am_rc rc = am_key_id(key, "diaspora group", &id, err);
    if (!rc)
        rc = am_db_one(db, "SELECT " COLUMNS " FROM " TABLES " WHERE d.id = ?", json_pack("[I]", (json_int_t)id),
                       out, err);
    if (rc == AM_ENOTFOUND)
        return am_err_set(err, rc, NULL, "no diaspora group with id %.24s", key);
    if (!rc && (rc = decorate(db, *out, err))) {
        json_decref(*out);
        *out = NULL;
    }
    return rc;
}

enum am_rc am_diaspora_of_city(struct am_db *db, int64_t city, json_t **out, struct am_err *err)
{
    json_t *q = json_pack("{s:I,s:i}", "city", (json_int_t)city, "limit", AM_LIST_MAX), *page = NULL;
    enum am_rc rc = list(db, q, &page, err);
    json_decref(q);
    if (!rc)
        *out = json_incref(json_object_get(page, "items"));
    json_decref(page);
    return rc;
}

/* The officer of the city the group lives in. */
static const struct am_rule rights_rules[] = {
    {AM_ACT_CREATE, AM_REL_CITY, NULL, NULL},
    {AM_ACT_UPDATE, AM_REL_CITY, NULL, NULL},
    {AM_ACT_DELETE, AM_REL_CITY, NULL, NULL},
    {0},
};
static const struct am_rights rights = {"diaspora group", &schema, NULL, NULL, rights_rules};

static enum am_rc origin_city_country(struct am_db *db, json_t *rec, char cc[3], struct am_err *err)
{
    json_t *row = NULL;
    int64_t origin = am_get_id(rec, "origin_city_id");
    cc[0] = '\0';
    if (!origin)
        return AM_OK;
    enum am_rc rc = am_db_one(db, "SELECT country FROM city WHERE id = ?", json_pack("[I]", (json_int_t)origin),
                              &row, err);
    if (rc == AM_ENOTFOUND)
        return am_err_set(err, AM_EINVAL, "origin_city_id", "origin_city_id: no city with id %lld", (long long)origin);
    if (!rc) {
        const char *c = json_string_value(json_object_get(row, "country"));
        snprintf(cc, 3, "%s", c ? c : "");
    }
    json_decref(row);
    return rc;
}

static enum am_rc rules(struct am_db *db, json_t *next, struct am_err *err)
{
    char cc[3];
    const char *given = json_string_value(json_object_get(next, "origin_country"));
    if (am_get_id(next, "origin_city_id") && am_get_id(next, "origin_city_id") == am_get_id(next, "city_id"))
        return am_err_set(err, AM_EINVAL, "origin_city_id", "origin_city_id: is the city the group lives in");
    enum am_rc rc = origin_city_country(db, next, cc, err);
    if (rc)
        return rc;
    if (!given && !cc[0])
        return am_err_set(err, AM_EINVAL, "origin_country", "origin_country: give where the group comes from "
                                                            "(or origin_city_id)");
    return AM_OK;
}

/* The origin city decides the origin country. */
static enum am_rc derive(struct am_db *db, json_t *in, json_t *extra, struct am_err *err)
{
    char cc[3];
    enum am_rc rc = origin_city_country(db, in, cc, err);
    if (!rc && cc[0])
        json_object_set_new(extra, "origin_country", json_string(cc));
    return rc;
}

static const struct am_writer writer = {
    .table = "diaspora", .what = "diaspora group", .schema = &schema, .stamps = true,
    .get = get, .rights = &rights, .rules = rules, .derive = derive,
};

static enum am_rc conflict(enum am_rc rc, struct am_err *err)
{
    if (rc == AM_ECONFLICT)
        am_err_set(err, rc, "year", "year: this city already has a figure for this group and year");
    return rc;
}

static enum am_rc create(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out,
                         struct am_err *err)
{
    return conflict(am_write_create(db, &writer, who, in, out, err), err);
}

/* A new origin country alone cannot contradict the origin city that stays
 * (a new origin city brings its country: derive). Checked after the role
 * rule, so that who may not change the group learns nothing of it. */
static enum am_rc country_against_city(struct am_db *db, const struct am_actor *who, const char *key, json_t *patch,
                                       struct am_err *err)
{
    const char *given = json_string_value(json_object_get(patch, "origin_country"));
    json_t *old = NULL, *next = NULL;
    if (!given || json_object_get(patch, "origin_city_id"))
        return AM_OK;
    enum am_rc rc = get(db, key, &old, err);
    if (!rc && !(next = am_merged(old, patch)))
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    if (!rc)
        rc = am_rights_need(&rights, who, old, AM_ACT_UPDATE, err);
    if (!rc)
        rc = am_rights_need_changed(&rights, who, next, err);
    /* the stored group carries its origin city's country */
    const char *cc = json_string_value(json_object_get(json_object_get(old, "origin_city"), "country"));
    if (!rc && cc && strcmp(cc, given) != 0)
        rc = am_err_set(err, AM_EINVAL, "origin_country",
                        "origin_country: the group's origin city is in %s; change or clear origin_city_id too", cc);
    json_decref(old);
    json_decref(next);
    return rc;
}

static enum am_rc update(struct am_db *db, const struct am_actor *who, const char *key, json_t *patch,
                         json_t **out, struct am_err *err)
{
    enum am_rc rc = country_against_city(db, who, key, patch, err);
    return rc ? rc : conflict(am_write_update(db, &writer, who, key, patch, out, err), err);
}

static enum am_rc remove_diaspora(struct am_db *db, const struct am_actor *who, const char *key,
                                  struct am_err *err)
{
    return am_write_delete(db, &writer, who, key, err);
}

enum am_rc am_diaspora_add_imported(struct am_db *db, const struct am_imported_diaspora *d, bool *added,
                                    struct am_err *err)
{
    char now[32];
    int64_t changes = 0;
    am_now(now);
    enum am_rc rc = am_db_exec(
        db,
        "INSERT INTO diaspora (city_id, origin_country, origin_city_id, size, year, source, source_url, note, "
        "imported_from, imported_row, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT DO NOTHING",
        json_pack("[Isooos?s?s?sIss]", (json_int_t)d->city_id, d->origin_country,
                  d->origin_city_id ? json_integer(d->origin_city_id) : json_null(),
                  d->size >= 0 ? json_integer(d->size) : json_null(), d->year ? json_integer(d->year) : json_null(),
                  d->source, d->source_url, d->note, d->file, (json_int_t)d->row, now, now),
        &changes, err);
    if (!rc)
        *added = changes > 0;
    return rc;
}

const struct am_resource am_diaspora_resource = {
    .name = "diaspora", .singular = "diaspora", .table = "diaspora", .key = "id",
    .doc = "Diaspora groups: people living in a city who come from another country or city.",
    .schema = &schema, .filters = &filters, .rights = &rights,
    .list = list, .get = get, .create = create, .update = update, .remove = remove_diaspora,
};

#include "am_diaspora.h"

#include "am_country.h"
#include "am_read.h"

#include <string.h>

AM_CITY_REF(city_ref, "c");
AM_CITY_REF(origin_ref, "o");

static const struct am_field fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "city_id", .type = AM_T_ID, .flags = AM_F_REQUIRED | AM_F_OWNER, .ref = "city",
     .doc = "the city the group lives in"},
    {.name = "city", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &city_ref},
    {.name = "origin_country", .type = AM_T_COUNTRY,
     .doc = "where the group comes from; taken from origin_city_id when that is given"},
    {.name = "origin_city_id", .type = AM_T_ID, .flags = AM_F_NULLABLE, .ref = "city",
     .doc = "the city it comes from, where known"},
    {.name = "origin_city", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE, .object = &origin_ref},
    {.name = "origin_country_name", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .col = AM_COUNTRY_NAME_SQL("k")},
    {.name = "size", .type = AM_T_INT, .flags = AM_F_NULLABLE, .min = 0, .max = 100000000,
     .doc = "people, as the source counts them (residents born there, or of that citizenship)"},
    {.name = "year", .type = AM_T_INT, .flags = AM_F_NULLABLE, .min = 1800, .max = 2100,
     .doc = "the year of the figure"},
    {.name = "source", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .max = 300,
     .doc = "who counted: a census, a statistics office, a survey"},
    {.name = "source_url", .type = AM_T_URL, .flags = AM_F_NULLABLE},
    {.name = "note", .type = AM_T_TEXT, .flags = AM_F_NULLABLE},
    {.name = "imported_from", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .doc = "the file it was imported from, if any"},
    {.name = "imported_row", .type = AM_T_INT, .flags = AM_F_READONLY | AM_F_NULLABLE, .doc = "the row of that file"},
    AM_FIELDS_STAMPS,
    AM_FIELD_CAN,
    {0},
};
const struct am_schema am_diaspora_schema = {
    .name = "Diaspora",
    .doc = "A diaspora group: people living in a city who come from another country or city.",
    .fields = fields,
    .example = "{\"city_id\": 1, \"origin_city_id\": 2, \"size\": 4200, \"year\": 2024, "
               "\"source\": \"City register\"}"};

static const struct am_field filter_fields[] = {
    {.name = "q", .type = AM_T_STRING, .flags = AM_F_CONTAINS, .doc = "part of the city's or the origin's name",
     .where = "c.name LIKE ? ESCAPE '\\' OR o.name LIKE ? ESCAPE '\\' OR k.name LIKE ? ESCAPE '\\'"},
    {.name = "city", .type = AM_T_ID, .doc = "living in this city", .where = "d.city_id = ?"},
    {.name = "country", .type = AM_T_COUNTRY, .doc = "living in this country", .where = "c.country = ?"},
    {.name = "origin_country", .type = AM_T_COUNTRY, .doc = "coming from this country",
     .where = "d.origin_country = ?"},
    {.name = "origin_city", .type = AM_T_ID, .doc = "coming from this city", .where = "d.origin_city_id = ?"},
    {.name = "from", .type = AM_T_INT, .min = 1800, .max = 2100, .doc = "figures of this year or later",
     .where = "d.year >= ?"},
    {.name = "to", .type = AM_T_INT, .min = 1800, .max = 2100, .doc = "figures of this year or earlier",
     .where = "d.year <= ?"},
    AM_FILTER_PAGING,
    {0},
};
static const struct am_schema filters = {.name = "DiasporaFilters", .doc = NULL, .fields = filter_fields};

/* Largest groups first; groups of unknown size last. */
static const struct am_reading reading = {
    .from = "diaspora d JOIN city c ON c.id = d.city_id LEFT JOIN city o ON o.id = d.origin_city_id "
            "LEFT JOIN country k ON k.code = d.origin_country",
    .alias = "d", .order = "coalesce(d.size, -1)", .desc = true,
};

static enum am_rc list(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    return am_read_list(db, &am_diaspora_resource, query, out, err);
}

static enum am_rc get(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    return am_read_one(db, &am_diaspora_resource, key, out, err);
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
static const struct am_rights rights = {"diaspora group", &am_diaspora_schema, NULL, NULL, rights_rules, NULL};

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
        return am_err_set(err, AM_EINVAL, "origin_city_id",
                          "Origin city: there is no city %lld; choose the city from the list", (long long)origin);
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
        return am_err_set(err, AM_EINVAL, "origin_city_id",
                          "Origin city: is the city the group lives in; choose another city, or none");
    enum am_rc rc = origin_city_country(db, next, cc, err);
    if (rc)
        return rc;
    if (!given && !cc[0])
        return am_err_set(err, AM_EINVAL, "origin_country", "Origin country: say where the group comes from: "
                                                            "choose a country or an origin city");
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
    .table = "diaspora", .what = "diaspora group", .schema = &am_diaspora_schema, .stamps = true,
    .get = get, .rights = &rights, .rules = rules, .derive = derive,
};

static enum am_rc conflict(enum am_rc rc, struct am_err *err)
{
    if (rc == AM_ECONFLICT)
        am_err_set(err, rc, "year",
                   "Year: this city already has a figure for this group and year; change that one, or give "
                   "another year");
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
                        "Origin country: the group's origin city is in %s; change or clear the origin city too", cc);
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
    .schema = &am_diaspora_schema, .filters = &filters, .rights = &rights, .reading = &reading,
    .list = list, .get = get, .create = create, .update = update, .remove = remove_diaspora,
};

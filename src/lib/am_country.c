#include "am_country.h"

#include <string.h>

#include "util/am_blob.h"

static const struct am_field fields[] = {
    {.name = "code", .type = AM_T_COUNTRY, .flags = AM_F_REQUIRED,
     .doc = "ISO 3166-1 alpha-2 code, e.g. IT"},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_REQUIRED, .doc = "common English name"},
    {.name = "city_count", .type = AM_T_INT, .flags = AM_F_READONLY,
     .doc = "cities recorded in this country"},
    {0},
};
static const struct am_schema schema = {"Country", "A country (ISO 3166-1).", fields};

static const struct am_field filter_fields[] = {
    {.name = "q", .type = AM_T_STRING, .doc = "part of the name or the code"},
    AM_FILTER_PAGING,
    {0},
};
static const struct am_schema filters = {"CountryFilters", NULL, filter_fields};

static const char COLS[] =
    "c.code, c.name, (SELECT count(*) FROM city WHERE city.country = c.code) AS city_count";

static enum am_rc list(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    struct am_listing l;
    am_listing_init(&l, COLS, "country c", "c.name", "c.rowid", false);
    const char *q = json_string_value(json_object_get(query, "q"));
    if (q)
        am_where_like(&l.where, q, (const char *const[]){"c.name", "c.code", NULL});
    enum am_rc rc = am_listing_run(db, &l, query, NULL, out, err);
    am_listing_free(&l);
    return rc;
}

static enum am_rc get(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    enum am_rc rc = am_db_one(db, "SELECT code, name, (SELECT count(*) FROM city WHERE "
                                  "city.country = c.code) AS city_count FROM country c WHERE code = ?",
                              json_pack("[s]", key), out, err);
    if (rc == AM_ENOTFOUND)
        am_err_set(err, rc, NULL, "no country with code '%.8s'", key);
    return rc;
}

static enum am_rc create(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out,
                         struct am_err *err)
{
    enum am_rc rc = am_actor_need_admin(who, err);
    if (rc)
        return rc;
    if ((rc = am_db_begin(db, err)))
        return rc;
    rc = am_row_insert(db, "country", &schema, in, false, NULL, err);
    if (rc == AM_ECONFLICT)
        am_err_set(err, rc, "code", "code: country %s already exists",
                   json_string_value(json_object_get(in, "code")));
    if (!rc)
        rc = am_db_commit(db, err);
    if (rc) {
        am_db_rollback(db);
        return rc;
    }
    return get(db, json_string_value(json_object_get(in, "code")), out, err);
}

static enum am_rc update(struct am_db *db, const struct am_actor *who, const char *key,
                         json_t *patch, json_t **out, struct am_err *err)
{
    json_t *old = NULL;
    enum am_rc rc = am_actor_need_admin(who, err);
    if (rc || (rc = get(db, key, &old, err)))
        return rc;
    json_t *code = json_object_get(patch, "code");
    if (code && !json_equal(code, json_object_get(old, "code"))) {
        json_decref(old);
        return am_err_set(err, AM_EINVAL, "code", "code: a country's code cannot be changed");
    }
    if (!(rc = am_db_begin(db, err))) {
        rc = am_row_update(db, "country", "code", json_object_get(old, "code"), &schema, patch,
                           false, err);
        rc = rc ? rc : am_db_commit(db, err);
        if (rc)
            am_db_rollback(db);
    }
    json_decref(old);
    return rc ? rc : get(db, key, out, err);
}

static enum am_rc remove_country(struct am_db *db, const struct am_actor *who, const char *key,
                                 struct am_err *err)
{
    enum am_rc rc = am_actor_need_admin(who, err);
    if (rc || (rc = am_db_begin(db, err)))
        return rc;
    json_t *k = json_string(key);
    rc = am_row_delete(db, "country", "code", k, "country", err);
    json_decref(k);
    rc = rc ? rc : am_db_commit(db, err);
    if (rc)
        am_db_rollback(db);
    return rc;
}

const struct am_resource am_country_resource = {
    .name = "countries", .singular = "country", .table = "country", .key = "code",
    .doc = "Countries (ISO 3166-1 alpha-2).",
    .schema = &schema, .filters = &filters,
    .list = list, .get = get, .create = create, .update = update, .remove = remove_country,
};

enum am_rc am_country_load(struct am_db *db, int64_t *added, struct am_err *err)
{
    const struct am_blob *b = am_blob_find("data/iso_3166-1.json");
    if (!b)
        return am_err_set(err, AM_EINTERNAL, NULL, "the country list is not built in");
    json_error_t je;
    json_t *doc = json_loadb(b->data, b->len, 0, &je);
    json_t *list = json_object_get(doc, "3166-1");
    if (!json_is_array(list)) {
        json_decref(doc);
        return am_err_set(err, AM_EINTERNAL, NULL, "the built-in country list is unreadable");
    }
    enum am_rc rc = am_db_begin(db, err);
    int64_t n = 0, total = 0;
    size_t i;
    json_t *c;
    json_array_foreach(list, i, c) {
        if (rc)
            break;
        /* iso-codes' common_name is the name people use ("South Korea") */
        json_t *name = json_object_get(c, "common_name");
        if (!name)
            name = json_object_get(c, "name");
        rc = am_db_exec(db, "INSERT INTO country (code, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
                        json_pack("[OO]", json_object_get(c, "alpha_2"), name), &n, err);
        total += n;
    }
    if (!rc)
        rc = am_db_commit(db, err);
    else
        am_db_rollback(db);
    json_decref(doc);
    if (!rc && added)
        *added = total;
    return rc;
}

#include "am_city.h"

#include "am_activity.h"
#include "am_membership.h"
#include "am_partnership.h"

static const struct am_field alt_name = {.name = "alt_name", .type = AM_T_STRING};
static const struct am_field related = {.name = "item", .type = AM_T_OBJECT, .flags = AM_F_READONLY};

static const struct am_field fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_REQUIRED,
     .doc = "name as commonly written, in any script"},
    {.name = "country", .type = AM_T_COUNTRY, .flags = AM_F_REQUIRED},
    {.name = "country_name", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "region", .type = AM_T_STRING, .flags = AM_F_NULLABLE,
     .doc = "region, province or state"},
    {.name = "lat", .type = AM_T_NUMBER, .flags = AM_F_NULLABLE, .min = -90, .max = 90},
    {.name = "lng", .type = AM_T_NUMBER, .flags = AM_F_NULLABLE, .min = -180, .max = 180},
    {.name = "population", .type = AM_T_INT, .flags = AM_F_NULLABLE, .min = 0, .max = 100000000},
    {.name = "geonames_id", .type = AM_T_INT, .flags = AM_F_NULLABLE, .min = 1, .max = 999999999,
     .doc = "GeoNames id, when known"},
    {.name = "alt_names", .type = AM_T_ARRAY, .flags = AM_F_VIRTUAL, .item = &alt_name, .max = 100,
     .doc = "other names, e.g. in other scripts or languages"},
    {.name = "created_at", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "updated_at", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "partnerships", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &related,
     .doc = "GET /cities/{id} only: the city's partnerships, with health"},
    {.name = "memberships", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &related,
     .doc = "GET /cities/{id} only: the city's network memberships"},
    {.name = "recent_activities", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &related,
     .doc = "GET /cities/{id} only: its latest activities (host or participant)"},
    {0},
};
static const struct am_schema schema = {"City", "A city (or town, municipality, district).", fields};

static const struct am_field filter_fields[] = {
    {.name = "q", .type = AM_T_STRING, .doc = "part of the name or of another name"},
    {.name = "country", .type = AM_T_COUNTRY},
    {.name = "network", .type = AM_T_ID, .doc = "member of this network"},
    AM_FILTER_PAGING,
    {0},
};
static const struct am_schema filters = {"CityFilters", NULL, filter_fields};

static const char COLS[] =
    "c.id, c.name, c.country, k.name AS country_name, c.region, c.lat, c.lng, c.population, "
    "c.geonames_id, c.created_at, c.updated_at";
static const char FROM[] = "city c JOIN country k ON k.code = c.country";

static enum am_rc decorate(struct am_db *db, json_t *item, struct am_err *err)
{
    json_t *names = NULL;
    enum am_rc rc = am_links_get(db, "city_alt_name", "city_id", "name", am_get_id(item, "id"),
                                 &names, err);
    if (!rc)
        json_object_set_new(item, "alt_names", names);
    return rc;
}

static enum am_rc list(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    struct am_listing l;
    am_listing_init(&l, COLS, FROM, "c.name", "c.id", false);
    const char *q = json_string_value(json_object_get(query, "q"));
    if (q)
        am_where_like(&l.where, q,
                      (const char *const[]){"c.name", "(SELECT group_concat(name, '|') FROM "
                                                      "city_alt_name a WHERE a.city_id = c.id)",
                                            NULL});
    am_where_eq(&l.where, query, "country", "c.country");
    json_t *net = json_object_get(query, "network");
    if (net)
        am_sql_addv(&l.where,
                    " AND EXISTS (SELECT 1 FROM membership m WHERE m.city_id = c.id AND m.network_id = ?)",
                    json_incref(net));
    enum am_rc rc = am_listing_run(db, &l, query, decorate, out, err);
    am_listing_free(&l);
    return rc;
}

static enum am_rc load(struct am_db *db, int64_t id, json_t **out, struct am_err *err)
{
    static const char SQL[] = "SELECT c.id, c.name, c.country, k.name AS country_name, c.region, "
                              "c.lat, c.lng, c.population, c.geonames_id, c.created_at, c.updated_at "
                              "FROM city c JOIN country k ON k.code = c.country WHERE c.id = ?";
    enum am_rc rc = am_db_one(db, SQL, json_pack("[I]", (json_int_t)id), out, err);
    if (rc == AM_ENOTFOUND)
        return am_err_set(err, rc, NULL, "no city with id %lld", (long long)id);
    if (!rc && (rc = decorate(db, *out, err))) {
        json_decref(*out);
        *out = NULL;
    }
    return rc;
}

/* The record, for the write path: without the page's related lists. */
static enum am_rc get_record(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    int64_t id;
    enum am_rc rc = am_key_id(key, "city", &id, err);
    return rc ? rc : load(db, id, out, err);
}

static enum am_rc get(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    json_t *c = NULL, *p = NULL, *m = NULL, *a = NULL;
    enum am_rc rc = get_record(db, key, &c, err);
    if (rc)
        return rc;
    int64_t id = am_get_id(c, "id");
    if (!(rc = am_partnership_of_city(db, id, &p, err)) &&
        !(rc = am_membership_of_member(db, "city_id", id, &m, err)) &&
        !(rc = am_activity_recent_of_city(db, id, 20, &a, err))) {
        json_object_set_new(c, "partnerships", p);
        json_object_set_new(c, "memberships", m);
        json_object_set_new(c, "recent_activities", a);
        *out = c;
        return AM_OK;
    }
    json_decref(p);
    json_decref(m);
    json_decref(c);
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

static enum am_rc allow(struct am_db *db, const struct am_actor *who, json_t *old, json_t *next,
                        struct am_err *err)
{
    (void)db;
    if (!old) /* any signed-in user may add a city a partnership needs */
        return am_actor_need_signed_in(who, err);
    if (!next)
        return am_actor_need_admin(who, err);
    return am_actor_covers_city(who, am_get_id(old, "id")) ? AM_OK
                                                           : am_actor_deny(who, err, "this city");
}

static enum am_rc rules(struct am_db *db, json_t *next, struct am_err *err)
{
    (void)db;
    json_t *lat = json_object_get(next, "lat"), *lng = json_object_get(next, "lng");
    bool has_lat = lat && !json_is_null(lat), has_lng = lng && !json_is_null(lng);
    if (has_lat != has_lng)
        return am_err_set(err, AM_EINVAL, has_lat ? "lng" : "lat",
                          "%s: give both lat and lng, or neither", has_lat ? "lng" : "lat");
    return AM_OK;
}

static enum am_rc links(struct am_db *db, int64_t id, json_t *in, struct am_err *err)
{
    json_t *names = json_object_get(in, "alt_names");
    if (!names)
        return AM_OK;
    return am_links_set(db, "city_alt_name", "city_id", "name", id, names, err);
}

static const struct am_writer writer = {
    .table = "city", .what = "city", .schema = &schema, .stamps = true,
    .get = get_record, .allow = allow, .rules = rules, .links = links,
};

static enum am_rc create(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out,
                         struct am_err *err)
{
    enum am_rc rc = am_write_create(db, &writer, who, in, out, err);
    if (rc == AM_ECONFLICT)
        am_err_set(err, rc, "geonames_id", "geonames_id: another city has this GeoNames id");
    return rc;
}

static enum am_rc update(struct am_db *db, const struct am_actor *who, const char *key,
                         json_t *patch, json_t **out, struct am_err *err)
{
    enum am_rc rc = am_write_update(db, &writer, who, key, patch, out, err);
    if (rc == AM_ECONFLICT)
        am_err_set(err, rc, "geonames_id", "geonames_id: another city has this GeoNames id");
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
    .schema = &schema, .filters = &filters,
    .list = list, .get = get, .create = create, .update = update, .remove = remove_city,
};

#include "am_membership.h"

#include <string.h>

const char *const am_membership_statuses[] = {"current", "former", NULL};

const char *const am_membership_roles[] = {
    "member", "board", "president_city", "regional_office", "observer", NULL,
};

static const struct am_field fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "network_id", .type = AM_T_ID, .flags = AM_F_REQUIRED | AM_F_OWNER, .ref = "network"},
    {.name = "city_id", .type = AM_T_ID, .flags = AM_F_NULLABLE | AM_F_OWNER, .ref = "city",
     .doc = "the member city; or give organisation_id"},
    {.name = "organisation_id", .type = AM_T_ID, .flags = AM_F_NULLABLE, .ref = "organisation",
     .doc = "the member, where it is not a city"},
    {.name = "joined_year", .type = AM_T_INT, .flags = AM_F_NULLABLE, .min = 1800, .max = 2100},
    {.name = "left_year", .type = AM_T_INT, .flags = AM_F_NULLABLE, .min = 1800, .max = 2100},
    {.name = "role", .type = AM_T_ENUM, .values = am_membership_roles, .doc = "default member"},
    {.name = "status", .type = AM_T_ENUM, .values = am_membership_statuses,
     .doc = "current or former (default current; a left_year makes it former)"},
    {.name = "note", .type = AM_T_TEXT, .flags = AM_F_NULLABLE},
    {.name = "source_url", .type = AM_T_URL, .flags = AM_F_NULLABLE},
    {.name = "source", .type = AM_T_STRING, .flags = AM_F_READONLY,
     .doc = "the file it was imported from, if any"},
    {.name = "source_row", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "the row of that file"},
    {.name = "current", .type = AM_T_BOOL, .flags = AM_F_READONLY, .doc = "has not left"},
    {.name = "network", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .doc = "{id, name, acronym}"},
    {.name = "member", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
     .doc = "{type: city|organisation, id, name, country}"},
    {.name = "created_at", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "updated_at", .type = AM_T_STRING, .flags = AM_F_READONLY},
    AM_FIELD_CAN,
    {0},
};
static const struct am_schema schema = {
    .name = "Membership", .doc = "A member of a network.", .fields = fields,
    .example = "{\"network_id\": 1, \"city_id\": 2, \"joined_year\": 2018, \"role\": \"member\"}"};

static const struct am_field filter_fields[] = {
    {.name = "q", .type = AM_T_STRING, .doc = "part of the member's name"},
    {.name = "network", .type = AM_T_ID},
    {.name = "city", .type = AM_T_ID},
    {.name = "organisation", .type = AM_T_ID},
    {.name = "country", .type = AM_T_COUNTRY, .doc = "the member's country"},
    {.name = "role", .type = AM_T_ENUM, .values = am_membership_roles},
    {.name = "current", .type = AM_T_BOOL, .doc = "true: has not left; false: has left"},
    {.name = "from", .type = AM_T_INT, .min = 1800, .max = 2100, .doc = "joined in or after"},
    {.name = "to", .type = AM_T_INT, .min = 1800, .max = 2100, .doc = "joined in or before"},
    AM_FILTER_PAGING,
    {0},
};
static const struct am_schema filters = {.name = "MembershipFilters", .doc = NULL, .fields = filter_fields};

/* _-less flat columns are folded into "network" and "member" by decorate */
static const char COLS[] =
    "m.id, m.network_id, m.city_id, m.organisation_id, m.joined_year, m.left_year, m.role, m.status, "
    "m.note, m.source_url, m.source, m.source_row, m.created_at, m.updated_at, n.name AS net_name, "
    "n.acronym AS net_acronym, "
    "coalesce(c.name, o.name) AS mem_name, coalesce(c.country, o.country) AS mem_country";
static const char FROM[] =
    "membership m JOIN network n ON n.id = m.network_id LEFT JOIN city c ON c.id = m.city_id "
    "LEFT JOIN organisation o ON o.id = m.organisation_id";

static enum am_rc decorate(struct am_db *db, json_t *item, struct am_err *err)
{
    (void)db;
    bool is_city = am_get_id(item, "city_id") > 0;
    json_t *net = json_pack("{s:I,s:o,s:o}", "id", (json_int_t)am_get_id(item, "network_id"),
                            "name", am_take(item, "net_name"), "acronym", am_take(item, "net_acronym"));
    json_t *mem = json_pack("{s:s,s:I,s:o,s:o}", "type", is_city ? "city" : "organisation", "id",
                            (json_int_t)am_get_id(item, is_city ? "city_id" : "organisation_id"),
                            "name", am_take(item, "mem_name"), "country", am_take(item, "mem_country"));
    if (!net || !mem) {
        json_decref(net);
        json_decref(mem);
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    }
    json_object_set_new(item, "network", net);
    json_object_set_new(item, "member", mem);
    const char *status = json_string_value(json_object_get(item, "status"));
    json_object_set_new(item, "current",
                        json_boolean(json_is_null(json_object_get(item, "left_year")) &&
                                     !(status && strcmp(status, "former") == 0)));
    return AM_OK;
}

static void where(struct am_sql *w, json_t *query)
{
    const char *q = json_string_value(json_object_get(query, "q"));
    if (q)
        am_where_like(w, q, (const char *const[]){"c.name", "o.name", NULL});
    am_where_eq(w, query, "network", "m.network_id");
    am_where_eq(w, query, "city", "m.city_id");
    am_where_eq(w, query, "organisation", "m.organisation_id");
    am_where_eq(w, query, "country", "coalesce(c.country, o.country)");
    am_where_eq(w, query, "role", "m.role");
    json_t *v;
    if ((v = json_object_get(query, "current")))
        am_sql_add(w, json_is_true(v) ? " AND m.left_year IS NULL AND m.status = 'current'"
                                      : " AND (m.left_year IS NOT NULL OR m.status = 'former')");
    am_where_years(w, query, "m.joined_year");
}

static enum am_rc list(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    struct am_listing l;
    am_listing_init(&l, COLS, FROM, "coalesce(c.name, o.name)", "m.id", false);
    where(&l.where, query);
    enum am_rc rc = am_listing_run(db, &l, query, decorate, out, err);
    am_listing_free(&l);
    return rc;
}

static enum am_rc get(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    static const char SQL[] =
        "SELECT m.id, m.network_id, m.city_id, m.organisation_id, m.joined_year, m.left_year, m.role, "
        "m.status, m.note, m.source_url, m.source, m.source_row, m.created_at, m.updated_at, n.name "
        "AS net_name, n.acronym AS net_acronym, coalesce(c.name, o.name) AS mem_name, "
        "coalesce(c.country, o.country) AS mem_country FROM membership m JOIN network n ON n.id = "
        "m.network_id LEFT JOIN city c ON c.id = m.city_id LEFT JOIN organisation o ON o.id = "
        "m.organisation_id WHERE m.id = ?";
    int64_t id;
    enum am_rc rc = am_key_id(key, "membership", &id, err);
    if (!rc)
        rc = am_db_one(db, SQL, json_pack("[I]", (json_int_t)id), out, err);
    if (rc == AM_ENOTFOUND)
        return am_err_set(err, rc, NULL, "no membership with id %.24s", key);
    if (!rc && (rc = decorate(db, *out, err))) {
        json_decref(*out);
        *out = NULL;
    }
    return rc;
}

enum am_rc am_membership_of_member(struct am_db *db, const char *col, int64_t id, json_t **out,
                                   struct am_err *err)
{
    json_t *q = json_pack("{s:I,s:i}", strcmp(col, "city_id") == 0 ? "city" : "organisation",
                          (json_int_t)id, "limit", AM_LIST_MAX);
    json_t *page = NULL;
    enum am_rc rc = list(db, q, &page, err);
    json_decref(q);
    if (!rc)
        *out = json_incref(json_object_get(page, "items"));
    json_decref(page);
    return rc;
}

/* The network's secretariat, or the member city's officer (a city joins
 * and leaves networks). */
static const struct am_rule rights_rules[] = {
    {AM_ACT_CREATE, AM_REL_CITY | AM_REL_NETWORK, NULL, NULL},
    {AM_ACT_UPDATE, AM_REL_CITY | AM_REL_NETWORK, NULL, NULL},
    {AM_ACT_DELETE, AM_REL_CITY | AM_REL_NETWORK, NULL, NULL},
    {0},
};
static const struct am_rights rights = {"membership", &schema, NULL, NULL, rights_rules};

static enum am_rc rules(struct am_db *db, json_t *next, struct am_err *err)
{
    (void)db;
    bool city = am_get_id(next, "city_id") > 0, org = am_get_id(next, "organisation_id") > 0;
    if (city == org)
        return am_err_set(err, AM_EINVAL, city ? "organisation_id" : "city_id",
                          city ? "organisation_id: a member is a city or an organisation, not both"
                               : "city_id: give the member city (or organisation_id)");
    json_t *j = json_object_get(next, "joined_year"), *l = json_object_get(next, "left_year");
    if (json_is_integer(j) && json_is_integer(l) && json_integer_value(l) < json_integer_value(j))
        return am_err_set(err, AM_EINVAL, "left_year", "left_year: is before joined_year");
    return AM_OK;
}

/* A left year means the member has left. */
static enum am_rc derive(struct am_db *db, json_t *in, json_t *extra, struct am_err *err)
{
    (void)db, (void)err;
    json_t *left = json_object_get(in, "left_year");
    if (left && !json_is_null(left) && !json_object_get(in, "status"))
        json_object_set_new(extra, "status", json_string("former"));
    return AM_OK;
}

static const struct am_writer writer = {
    .table = "membership", .what = "membership", .schema = &schema, .stamps = true,
    .get = get, .rights = &rights, .rules = rules, .derive = derive,
};

enum am_rc am_membership_add_imported(struct am_db *db, const struct am_imported_membership *m,
                                      bool *added, struct am_err *err)
{
    char now[32];
    int64_t changes = 0;
    am_now(now);
    enum am_rc rc = am_db_exec(
        db,
        "INSERT INTO membership (network_id, city_id, organisation_id, joined_year, role, status, note, "
        "source, source_row, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT DO NOTHING",
        json_pack("[Ioooss?s?sIss]", (json_int_t)m->network_id,
                  m->city_id ? json_integer(m->city_id) : json_null(),
                  m->organisation_id ? json_integer(m->organisation_id) : json_null(),
                  m->joined_year ? json_integer(m->joined_year) : json_null(), m->role,
                  m->status, m->note, m->source, (json_int_t)m->source_row, now, now),
        &changes, err);
    if (!rc)
        *added = changes > 0;
    return rc;
}

static enum am_rc conflict(enum am_rc rc, struct am_err *err)
{
    if (rc == AM_ECONFLICT)
        am_err_set(err, rc, "network_id", "network_id: this member is already in this network");
    return rc;
}

static enum am_rc create(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out,
                         struct am_err *err)
{
    return conflict(am_write_create(db, &writer, who, in, out, err), err);
}

static enum am_rc update(struct am_db *db, const struct am_actor *who, const char *key,
                         json_t *patch, json_t **out, struct am_err *err)
{
    return conflict(am_write_update(db, &writer, who, key, patch, out, err), err);
}

static enum am_rc remove_membership(struct am_db *db, const struct am_actor *who, const char *key,
                                    struct am_err *err)
{
    return am_write_delete(db, &writer, who, key, err);
}

const struct am_resource am_membership_resource = {
    .name = "memberships", .singular = "membership", .table = "membership", .key = "id",
    .doc = "Memberships of cities and organisations in networks.",
    .schema = &schema, .filters = &filters, .rights = &rights,
    .list = list, .get = get, .create = create, .update = update, .remove = remove_membership,
};

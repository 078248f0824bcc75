#include "am_membership.h"

#include "am_read.h"

#include <string.h>

const char *const am_membership_statuses[] = {"current", "former", NULL};

const char *const am_membership_roles[] = {
    "member", "board", "president_city", "regional_office", "observer", NULL,
};

AM_NETWORK_REF(network_ref, "n");

static const char *const member_types[] = {"city", "organisation", NULL};
static const struct am_field member_fields[] = {
    {.name = "type", .type = AM_T_ENUM, .flags = AM_F_READONLY, .values = member_types,
     .col = "CASE WHEN m.city_id IS NOT NULL THEN 'city' ELSE 'organisation' END"},
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY, .col = "coalesce(m.city_id, m.organisation_id)"},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_READONLY, .col = "coalesce(c.name, o.name)"},
    {.name = "country", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .col = "coalesce(c.country, o.country)"},
    {0},
};
static const struct am_schema member_schema = {
    .name = "Member", .doc = "A network's member: a city or an organisation.", .fields = member_fields};

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
    AM_FIELDS_SOURCE,
    {.name = "current", .type = AM_T_BOOL, .flags = AM_F_READONLY, .doc = "has not left",
     .col = "(m.left_year IS NULL AND m.status = 'current')"},
    {.name = "network", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &network_ref},
    {.name = "member", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &member_schema},
    AM_FIELDS_STAMPS,
    AM_FIELD_CAN,
    {0},
};
const struct am_schema am_membership_schema = {
    .name = "Membership", .doc = "A member of a network.", .fields = fields,
    .example = "{\"network_id\": 1, \"city_id\": 2, \"joined_year\": 2018, \"role\": \"member\"}"};

static const struct am_field filter_fields[] = {
    {.name = "q", .type = AM_T_STRING, .flags = AM_F_CONTAINS, .doc = "part of the member's name",
     .where = "c.name LIKE ? ESCAPE '\\' OR o.name LIKE ? ESCAPE '\\'"},
    {.name = "network", .type = AM_T_ID, .where = "m.network_id = ?"},
    {.name = "city", .type = AM_T_ID, .where = "m.city_id = ?"},
    {.name = "organisation", .type = AM_T_ID, .where = "m.organisation_id = ?"},
    {.name = "country", .type = AM_T_COUNTRY, .doc = "the member's country",
     .where = "coalesce(c.country, o.country) = ?"},
    {.name = "role", .type = AM_T_ENUM, .values = am_membership_roles, .where = "m.role = ?"},
    {.name = "current", .type = AM_T_BOOL, .doc = "true: has not left; false: has left",
     .where = "(m.left_year IS NULL AND m.status = 'current') = ?"},
    {.name = "from", .type = AM_T_INT, .min = 1800, .max = 2100, .doc = "joined in or after",
     .where = "m.joined_year >= ?"},
    {.name = "to", .type = AM_T_INT, .min = 1800, .max = 2100, .doc = "joined in or before",
     .where = "m.joined_year <= ?"},
    AM_FILTER_PAGING,
    {0},
};
static const struct am_schema filters = {.name = "MembershipFilters", .doc = NULL, .fields = filter_fields};

static const struct am_reading reading = {
    .from = "membership m JOIN network n ON n.id = m.network_id LEFT JOIN city c ON c.id = m.city_id "
            "LEFT JOIN organisation o ON o.id = m.organisation_id",
    .alias = "m", .order = "coalesce(c.name, o.name)",
};

static enum am_rc list(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    return am_read_list(db, &am_membership_resource, query, out, err);
}

static enum am_rc get(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    return am_read_one(db, &am_membership_resource, key, out, err);
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
static const char *const current[] = {"current", NULL};
static const struct am_rule rights_rules[] = {
    {AM_ACT_CREATE, AM_REL_CITY | AM_REL_NETWORK, NULL, NULL},
    {AM_ACT_UPDATE, AM_REL_CITY | AM_REL_NETWORK, NULL, NULL},
    {AM_ACT_DELETE, AM_REL_CITY | AM_REL_NETWORK, NULL, NULL},
    {AM_ACT_LEAVE, AM_REL_CITY | AM_REL_NETWORK, current, "former"},
    {0},
};
static const struct am_rights rights = {"membership", &am_membership_schema, "status", NULL, rights_rules, NULL};

/* Leaving: the year it left (the record stays, as a former member's). */
static const struct am_field leave_fields[] = {
    {.name = "left_year", .type = AM_T_INT, .flags = AM_F_NULLABLE | AM_F_NOW, .min = 1800, .max = 2100,
     .label = "Left in", .doc = "default this year"},
    {0},
};
const struct am_schema am_membership_leave_schema = {
    .name = "MembershipLeave", .doc = "A member leaves its network.", .fields = leave_fields,
    .example = "{\"left_year\": 2026}"};

static enum am_rc rules(struct am_db *db, json_t *next, struct am_err *err)
{
    (void)db;
    bool city = am_get_id(next, "city_id") > 0, org = am_get_id(next, "organisation_id") > 0;
    if (city == org)
        return am_err_set(err, AM_EINVAL, city ? "organisation_id" : "city_id",
                          city ? "Organisation: a member is a city or an organisation, not both; keep one of them"
                               : "City: choose the member city (or an organisation)");
    json_t *j = json_object_get(next, "joined_year"), *l = json_object_get(next, "left_year");
    if (json_is_integer(j) && json_is_integer(l) && json_integer_value(l) < json_integer_value(j))
        return am_err_set(err, AM_EINVAL, "left_year", "Left year: is before the joined year; change one of them");
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
    .table = "membership", .what = "membership", .schema = &am_membership_schema, .stamps = true,
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
        am_err_set(err, rc, "network_id",
                   "Network: this member is already in this network; change its membership there instead");
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

static enum am_rc step(struct am_db *db, const struct am_actor *who, const char *key, enum am_action act,
                       const struct am_schema *recorded, json_t *body, json_t **out, struct am_err *err)
{
    return am_write_step(db, &writer, who, key, act, recorded, body, out, err);
}

static enum am_rc remove_membership(struct am_db *db, const struct am_actor *who, const char *key,
                                    struct am_err *err)
{
    return am_write_delete(db, &writer, who, key, err);
}

const struct am_resource am_membership_resource = {
    .name = "memberships", .singular = "membership", .table = "membership", .key = "id",
    .doc = "Memberships of cities and organisations in networks.",
    .schema = &am_membership_schema, .filters = &filters, .rights = &rights, .reading = &reading,
    .list = list, .get = get, .create = create, .update = update, .remove = remove_membership, .step = step,
};

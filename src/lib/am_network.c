#include "am_network.h"

#include "am_read.h"

#include <stdio.h>
#include <stdlib.h>

#include "am_city.h"
#include "am_group.h"
#include "am_membership.h"

const char *const am_network_kinds[] = {
    "intercultural", "smart_city", "climate", "environment", "twinning_association",
    "local_democracy", "culture", "peace", "health", "economic", "general", "other", NULL,
};

static const struct am_field group_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "the group's record: /groups/{id}"},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_REQUIRED},
    {.name = "status", .type = AM_T_ENUM, .values = am_group_statuses,
     .doc = "proposed, active or closed (a new group: active; a kept one: as it was, when not given)"},
    {.name = "description", .type = AM_T_TEXT, .flags = AM_F_NULLABLE},
    {.name = "member_count", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "cities in it"},
    {0},
};
static const struct am_schema group_schema = {
    .name = "ThematicGroup", .doc = "A thematic group of a network.", .fields = group_fields};
static const struct am_field group_item = {.name = "group", .type = AM_T_OBJECT,
                                           .object = &group_schema};

static const struct am_field office_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "city_id", .type = AM_T_ID, .flags = AM_F_REQUIRED, .ref = "city"},
    {.name = "city_name", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "country", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .doc = "e.g. Europe office"},
    {.name = "note", .type = AM_T_TEXT, .flags = AM_F_NULLABLE},
    {0},
};
static const struct am_schema office_schema = {
    .name = "RegionalOffice", .doc = "A regional office of a network.", .fields = office_fields};
static const struct am_field office_item = {.name = "office", .type = AM_T_OBJECT,
                                            .object = &office_schema};

AM_CITY_REF(secretariat_ref, "s");

static const struct am_embed groups_embed = {
    .sql = "SELECT g.network_id AS _owner, g.id, g.name, g.status, g.description, "
    "(SELECT count(*) FROM group_member gm WHERE gm.group_id = g.id) AS member_count FROM network_group g "
    "WHERE g.network_id IN (SELECT value FROM json_each(?1)) ORDER BY g.name"};
static const struct am_embed offices_embed = {
    .sql = "SELECT f.network_id AS _owner, f.id, f.city_id, c.name AS city_name, c.country, f.name, f.note "
    "FROM network_office f JOIN city c ON c.id = f.city_id WHERE f.network_id IN (SELECT value FROM "
    "json_each(?1)) ORDER BY c.name"};

static const struct am_field fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY | AM_F_OWNER, .ref = "network"},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_REQUIRED},
    {.name = "acronym", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .max = 40},
    {.name = "kind", .type = AM_T_ENUM, .flags = AM_F_NULLABLE, .values = am_network_kinds},
    {.name = "founded_year", .type = AM_T_INT, .flags = AM_F_NULLABLE, .min = 1800, .max = 2100},
    {.name = "secretariat_city_id", .type = AM_T_ID, .flags = AM_F_NULLABLE, .ref = "city"},
    {.name = "secretariat_city", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .object = &secretariat_ref},
    {.name = "website", .type = AM_T_URL, .flags = AM_F_NULLABLE},
    {.name = "description", .type = AM_T_TEXT, .flags = AM_F_NULLABLE},
    {.name = "code", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .max = 40,
     .doc = "its identifier in a source, e.g. the Yearbook of International Organizations"},
    AM_FIELDS_SOURCE,
    {.name = "thematic_groups", .type = AM_T_ARRAY, .flags = AM_F_VIRTUAL, .item = &group_item,
     .max = 200, .embed = &groups_embed,
     .doc = "when given, the network's thematic groups by name: a group named keeps its members and takes "
            "the status and description given, a new name is a new group, a group not named is deleted "
            "with its members (GET/POST /groups for one group at a time)"},
    {.name = "regional_offices", .type = AM_T_ARRAY, .flags = AM_F_VIRTUAL, .item = &office_item,
     .max = 200, .doc = "replaces the network's regional offices when given", .embed = &offices_embed},
    {.name = "member_count", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "current members (not left)",
     .col = "(SELECT count(*) FROM membership m WHERE m.network_id = n.id AND m.left_year IS NULL AND "
            "m.status = 'current')"},
    AM_FIELDS_STAMPS,
    AM_FIELD_CAN,
    {0},
};
static const struct am_schema schema = {
    .name = "Network", .doc = "A network of cities.", .fields = fields,
    .example = "{\"name\": \"World e-Governments Organization of Cities and Local Governments\", "
               "\"acronym\": \"WeGO\", \"founded_year\": 2010}"};

static const struct am_field filter_fields[] = {
    {.name = "q", .type = AM_T_STRING, .flags = AM_F_CONTAINS, .doc = "part of the name or acronym",
     .where = "n.name LIKE ? ESCAPE '\\' OR n.acronym LIKE ? ESCAPE '\\'"},
    {.name = "kind", .type = AM_T_ENUM, .values = am_network_kinds, .where = "n.kind = ?"},
    {.name = "city", .type = AM_T_ID, .doc = "networks this city is a member of",
     .where = "EXISTS (SELECT 1 FROM membership m WHERE m.network_id = n.id AND m.city_id = ?)"},
    {.name = "country", .type = AM_T_COUNTRY, .doc = "networks with members in this country",
     .where = "EXISTS (SELECT 1 FROM membership m JOIN city c ON c.id = m.city_id WHERE m.network_id = n.id "
              "AND c.country = ?)"},
    {.name = "from", .type = AM_T_INT, .min = 1800, .max = 2100, .doc = "founded in or after",
     .where = "n.founded_year >= ?"},
    {.name = "to", .type = AM_T_INT, .min = 1800, .max = 2100, .doc = "founded in or before",
     .where = "n.founded_year <= ?"},
    AM_FILTER_PAGING,
    {0},
};
static const struct am_schema filters = {.name = "NetworkFilters", .doc = NULL, .fields = filter_fields};

static const struct am_reading reading = {
    .from = "network n LEFT JOIN city s ON s.id = n.secretariat_city_id", .alias = "n", .order = "n.name",
    .count_from = "network",
};

static enum am_rc list(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    return am_read_list(db, &am_network_resource, query, out, err);
}

static enum am_rc get(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    return am_read_one(db, &am_network_resource, key, out, err);
}

/* Admins add and delete networks; a network's secretariat keeps it up to
 * date (its groups and offices too). */
static const struct am_rule rights_rules[] = {
    {AM_ACT_CREATE, AM_REL_ADMIN, NULL, NULL},
    {AM_ACT_UPDATE, AM_REL_NETWORK, NULL, NULL},
    {AM_ACT_DELETE, AM_REL_ADMIN, NULL, NULL},
    {0},
};
static const struct am_rights rights = {"network", &schema, NULL, NULL, rights_rules, NULL};

static enum am_rc dup_error(struct am_err *err, const char *list, size_t i, const char *field,
                            const char *what)
{
    char path[64];
    snprintf(path, sizeof path, "%s[%zu].%s", list, i, field);
    return am_err_set(err, AM_EINVAL, path, "%s: %s", path, what);
}

/* Two groups of one network may not share a name, nor two offices a city:
 * say which item, rather than let the unique index speak. */
static enum am_rc rules(struct am_db *db, json_t *next, struct am_err *err)
{
    (void)db;
    json_t *groups = json_object_get(next, "thematic_groups");
    json_t *offices = json_object_get(next, "regional_offices");
    for (size_t i = 0; i < json_array_size(groups); i++)
        for (size_t k = 0; k < i; k++)
            if (json_equal(json_object_get(json_array_get(groups, i), "name"),
                           json_object_get(json_array_get(groups, k), "name")))
                return dup_error(err, "thematic_groups", i, "name", "the network has a group of this name");
    for (size_t i = 0; i < json_array_size(offices); i++)
        for (size_t k = 0; k < i; k++)
            if (am_get_id(json_array_get(offices, i), "city_id") ==
                am_get_id(json_array_get(offices, k), "city_id"))
                return dup_error(err, "regional_offices", i, "city_id", "the network has an office there");
    return AM_OK;
}

/* A group named again is the same group, members and all: it is updated
 * in place (a status or description left out stays as it was), new names
 * are added, and only the groups no longer named are deleted, their
 * members with them. */
static enum am_rc set_groups(struct am_db *db, int64_t id, json_t *groups, struct am_err *err)
{
    char *names = NULL;
    json_t *g, *list = json_array();
    size_t i;
    json_array_foreach(groups, i, g) json_array_append(list, json_object_get(g, "name"));
    names = list ? json_dumps(list, JSON_COMPACT) : NULL;
    json_decref(list);
    enum am_rc rc = names ? AM_OK : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    if (!rc)
        rc = am_db_exec(db, "DELETE FROM network_group WHERE network_id = ? AND name NOT IN "
                            "(SELECT value FROM json_each(?))",
                        json_pack("[Is]", (json_int_t)id, names), NULL, err);
    free(names);
    json_array_foreach(groups, i, g) {
        if (rc)
            break;
        json_t *status = json_object_get(g, "status"), *description = json_object_get(g, "description");
        rc = am_db_exec(db, "INSERT INTO network_group (network_id, name, status, description) "
                            "VALUES (?1, ?2, coalesce(?3, 'active'), ?4) ON CONFLICT (network_id, name) DO UPDATE "
                            "SET status = coalesce(?3, status), description = CASE WHEN ?5 THEN ?4 ELSE description END",
                        json_pack("[IOOOb]", (json_int_t)id, json_object_get(g, "name"), status ? status : json_null(),
                                  description ? description : json_null(), description != NULL),
                        NULL, err);
    }
    return rc;
}

static enum am_rc links(struct am_db *db, int64_t id, json_t *in, struct am_err *err)
{
    enum am_rc rc = AM_OK;
    json_t *groups = json_object_get(in, "thematic_groups");
    json_t *offices = json_object_get(in, "regional_offices");
    json_t *o;
    size_t i;
    if (groups)
        rc = set_groups(db, id, groups, err);
    if (offices && !rc) {
        rc = am_db_exec(db, "DELETE FROM network_office WHERE network_id = ?",
                        json_pack("[I]", (json_int_t)id), NULL, err);
        json_array_foreach(offices, i, o) {
            if (rc)
                break;
            json_t *name = json_object_get(o, "name"), *note = json_object_get(o, "note");
            rc = am_db_exec(db, "INSERT INTO network_office (network_id, city_id, name, note) "
                                "VALUES (?, ?, ?, ?)",
                            json_pack("[IOOO]", (json_int_t)id, json_object_get(o, "city_id"),
                                      name ? name : json_null(), note ? note : json_null()),
                            NULL, err);
        }
    }
    return rc;
}

static const struct am_writer writer = {
    .table = "network", .what = "network", .schema = &schema, .stamps = true,
    .get = get, .rights = &rights, .rules = rules, .links = links,
};

static enum am_rc create(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out,
                         struct am_err *err)
{
    enum am_rc rc = am_write_create(db, &writer, who, in, out, err);
    if (rc == AM_ECONFLICT)
        am_err_set(err, rc, "name", "name: there is already a network of this name");
    return rc;
}

static enum am_rc update(struct am_db *db, const struct am_actor *who, const char *key,
                         json_t *patch, json_t **out, struct am_err *err)
{
    enum am_rc rc = am_write_update(db, &writer, who, key, patch, out, err);
    if (rc == AM_ECONFLICT)
        am_err_set(err, rc, "name", "name: there is already a network of this name");
    return rc;
}

static enum am_rc remove_network(struct am_db *db, const struct am_actor *who, const char *key,
                                 struct am_err *err)
{
    return am_write_delete(db, &writer, who, key, err);
}

enum am_rc am_network_members(struct am_db *db, const char *key, json_t *query, json_t **out,
                              struct am_err *err)
{
    json_t *n = NULL;
    enum am_rc rc = get(db, key, &n, err);
    if (rc)
        return rc;
    json_t *q = json_deep_copy(query);
    json_object_set_new(q, "network", json_integer(am_get_id(n, "id")));
    rc = am_membership_resource.list(db, q, out, err);
    json_decref(q);
    json_decref(n);
    return rc;
}

const struct am_resource am_network_resource = {
    .name = "networks", .singular = "network", .table = "network", .key = "id",
    .doc = "City networks, their thematic groups and regional offices.",
    .schema = &schema, .filters = &filters, .rights = &rights, .reading = &reading,
    .list = list, .get = get, .create = create, .update = update, .remove = remove_network,
};

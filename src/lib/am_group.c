#include "am_group.h"

#include "am_read.h"

#include <stdio.h>
#include <string.h>

const char *const am_group_statuses[] = {"proposed", "active", "closed", NULL};

/* ---- thematic groups -------------------------------------------------------- */

AM_NETWORK_REF(group_network_ref, "n");

static const struct am_field city_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "the city's id"},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "country", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "member_id", .type = AM_T_INT, .flags = AM_F_READONLY,
     .doc = "its group-member record: deleting it takes the city out of the group"},
    {.name = "joined_at", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "can", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .item = &am_can_value,
     .doc = "GET /networks/{id}/groups only: whether the caller may take the city out (delete)"},
    {0},
};
static const struct am_schema city_schema = {
    .name = "GroupCity", .doc = "A city in a thematic group.", .fields = city_fields};
static const struct am_field city_item = {.name = "city", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
                                          .object = &city_schema};

/* every member of a page's groups by one query, not one per group */
static const struct am_embed members_embed = {
    .sql = "SELECT gm.group_id AS _owner, c.id, c.name, c.country, gm.id AS member_id, gm.joined_at "
           "FROM group_member gm JOIN city c ON c.id = gm.city_id "
           "WHERE gm.group_id IN (SELECT value FROM json_each(?1)) ORDER BY c.name, c.id"};

AM_CITY_REF(group_proposer_ref, "pc");

static const struct am_field event_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "title", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "kind", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "start_date", .type = AM_T_DATE, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "starts_at", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "time_zone", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {0},
};
static const struct am_schema event_schema = {
    .name = "GroupEvent", .doc = "An activity of a thematic group.", .fields = event_fields};
static const struct am_embed events_embed = {
    .sql = "SELECT a.group_id AS _owner, a.id, a.title, a.kind, a.start_date, a.starts_at, a.time_zone "
           "FROM activity a WHERE a.group_id IN (SELECT value FROM json_each(?1)) "
           "ORDER BY coalesce(a.starts_at, a.start_date, '') DESC, a.id"};

static const struct am_field practice_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "title", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "city", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE, .doc = "its city's name"},
    {0},
};
static const struct am_schema practice_schema = {
    .name = "GroupPractice", .doc = "A published practice tagged to a thematic group.", .fields = practice_fields};
static const struct am_embed practices_embed = {
    .sql = "SELECT p.group_id AS _owner, p.id, p.title, c.name AS city FROM practice p LEFT JOIN city c ON "
           "c.id = p.city_id WHERE p.status = 'published' AND p.group_id IN (SELECT value FROM json_each(?1)) "
           "ORDER BY p.title, p.id"};

static const struct am_field fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "network_id", .type = AM_T_ID, .flags = AM_F_REQUIRED | AM_F_OWNER | AM_F_SCOPED, .ref = "network",
     .doc = "the network it is a group of"},
    {.name = "network", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &group_network_ref},
    {.name = "proposed_by_city_id", .type = AM_T_ID, .flags = AM_F_NULLABLE | AM_F_OWNER | AM_F_SCOPED,
     .ref = "city", .doc = "the member city that proposed it (its officer's own city)"},
    {.name = "proposed_by", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .object = &group_proposer_ref},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_REQUIRED, .doc = "one of a kind within its network"},
    {.name = "status", .type = AM_T_ENUM, .values = am_group_statuses,
     .doc = "proposed, active or closed (default active); a closed group takes no new members"},
    {.name = "description", .type = AM_T_TEXT, .flags = AM_F_NULLABLE},
    {.name = "member_count", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "cities in it",
     .col = "(SELECT count(*) FROM group_member gm WHERE gm.group_id = g.id)"},
    {.name = "members", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &city_item, .embed = &members_embed,
     .doc = "the cities in it, by name"},
    {.name = "events", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "event", .type = AM_T_OBJECT, .object = &event_schema},
     .embed = &events_embed, .doc = "its activities, latest first"},
    {.name = "practices", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "practice", .type = AM_T_OBJECT, .object = &practice_schema},
     .embed = &practices_embed, .doc = "the published practices tagged to it"},
    {.name = "created_at", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE},
    AM_FIELD_CAN,
    {0},
};
static const struct am_schema schema = {
    .name = "Group", .doc = "A thematic group of a network: member cities working on one theme together.",
    .fields = fields,
    .example = "{\"network_id\": 1, \"name\": \"Digital government\", "
               "\"description\": \"Cities sharing how they bring their services online.\"}"};

static const struct am_field filter_fields[] = {
    {.name = "network", .type = AM_T_ID, .where = "g.network_id = ?"},
    {.name = "status", .type = AM_T_ENUM, .values = am_group_statuses, .where = "g.status = ?"},
    {.name = "q", .type = AM_T_STRING, .flags = AM_F_CONTAINS, .doc = "part of the name or description",
     .where = "g.name LIKE ? ESCAPE '\\' OR g.description LIKE ? ESCAPE '\\'"},
    {.name = "city", .type = AM_T_ID, .doc = "groups this city belongs to",
     .where = "EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = g.id AND gm.city_id = ?)"},
    AM_FILTER_PAGING,
    {0},
};
static const struct am_schema filters = {.name = "GroupFilters", .doc = NULL, .fields = filter_fields};

static const struct am_reading reading = {
    .from = "network_group g JOIN network n ON n.id = g.network_id LEFT JOIN city pc ON pc.id = g.proposed_by_city_id",
    .alias = "g", .order = "g.name",
};

static enum am_rc list(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    return am_read_list(db, &am_group_resource, query, out, err);
}

static enum am_rc get(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    return am_read_one(db, &am_group_resource, key, out, err);
}

/* A network's secretariat runs its groups, as it runs the network; a
 * member city's officer proposes one, and may change or drop its proposal
 * until the secretariat approves it (the status is the secretariat's). */
static const char *const proposal[] = {"proposed", NULL};
static const struct am_rule rights_rules[] = {
    {AM_ACT_CREATE, AM_REL_NETWORK | AM_REL_CITY, NULL, NULL},
    {AM_ACT_UPDATE, AM_REL_NETWORK, NULL, NULL},
    {AM_ACT_UPDATE, AM_REL_CITY, proposal, NULL},
    {AM_ACT_DELETE, AM_REL_NETWORK, NULL, NULL},
    {AM_ACT_DELETE, AM_REL_CITY, proposal, NULL},
    {AM_ACT_APPROVE, AM_REL_NETWORK, proposal, "active"},
    {0},
};
static const struct am_rights rights = {"thematic group", &schema, "status", NULL, rights_rules, NULL};

static const struct am_writer writer = {
    .table = "network_group", .what = "thematic group", .schema = &schema, .stamps = false,
    .get = get, .rights = &rights,
};

/* The unique index on (network_id, name) is what refuses a second group of
 * a name: say so in words. */
static enum am_rc name_taken(enum am_rc rc, struct am_err *err)
{
    if (rc == AM_ECONFLICT && !err->field[0]) /* not a state the rights refused */
        am_err_set(err, rc, "name", "name: the network already has a thematic group of this name");
    return rc;
}

/* Is who the network's secretariat (or an admin) for rec? */
static bool runs(const struct am_actor *who, json_t *rec)
{
    return (am_relations(&rights, who, rec) & AM_REL_NETWORK) != 0;
}

/* A proposal: by the officer's own city, a current member of the network;
 * its status is "proposed" until the secretariat approves it. */
static enum am_rc proposal_check(struct am_db *db, const struct am_actor *who, json_t *in, struct am_err *err)
{
    int64_t city = am_get_id(in, "proposed_by_city_id");
    const char *status = json_string_value(json_object_get(in, "status"));
    if (runs(who, in))
        return AM_OK;
    enum am_rc rc = am_refs_check(db, &schema, in, err); /* a missing network is bad input, first */
    if (!rc)
        rc = am_rights_need(&rights, who, in, AM_ACT_CREATE, err);
    if (rc)
        return rc;
    if (!city || city != who->city_id)
        return am_err_set(err, AM_EINVAL, "proposed_by_city_id",
                          "Proposed by: a city's officer proposes a thematic group for its own city");
    if (status && strcmp(status, "proposed") != 0)
        return am_err_set(err, AM_EFORBIDDEN, "status",
                          "Status: a proposed group becomes active when the network's secretariat approves it");
    /* a network the city is a current member of: network_id is scoped */
    if (!rc)
        json_object_set_new(in, "status", json_string("proposed"));
    return rc;
}

/* The proposing city is the group's first member. */
static enum am_rc create(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out,
                         struct am_err *err)
{
    char now[32];
    am_now(now);
    enum am_rc rc = proposal_check(db, who, in, err);
    if (!rc && !(rc = am_db_begin(db, err))) {
        rc = name_taken(am_write_create(db, &writer, who, in, out, err), err);
        if (!rc)
            rc = am_db_exec(db, "UPDATE network_group SET created_at = ? WHERE id = ?",
                            json_pack("[sI]", now, (json_int_t)am_get_id(*out, "id")), NULL, err);
        if (!rc && am_get_id(in, "proposed_by_city_id"))
            rc = am_db_exec(db,
                            "INSERT INTO group_member (group_id, city_id, network_id, joined_at) VALUES (?, ?, ?, ?)",
                            json_pack("[IIIs]", (json_int_t)am_get_id(*out, "id"),
                                      (json_int_t)am_get_id(in, "proposed_by_city_id"),
                                      (json_int_t)am_get_id(in, "network_id"), now),
                            NULL, err);
        if (!rc)
            rc = am_db_commit(db, err);
        if (rc)
            am_db_rollback(db);
    }
    if (!rc) { /* read again: created_at and the first member */
        char key[24];
        snprintf(key, sizeof key, "%lld", (long long)am_get_id(*out, "id"));
        json_decref(*out);
        *out = NULL;
        rc = get(db, key, out, err);
    }
    return rc;
}

static enum am_rc update(struct am_db *db, const struct am_actor *who, const char *key, json_t *patch,
                         json_t **out, struct am_err *err)
{
    json_t *old = NULL;
    enum am_rc rc = get(db, key, &old, err);
    if (!rc && json_object_get(patch, "status") && !runs(who, old) &&
        !json_equal(json_object_get(patch, "status"), json_object_get(old, "status"))) {
        rc = am_rights_need(&rights, who, old, AM_ACT_UPDATE, err); /* who may at all, first */
        if (!rc)
            rc = am_err_set(err, AM_EFORBIDDEN, "status",
                            "Status: the network's secretariat approves, closes and reopens its groups");
    }
    json_decref(old);
    return rc ? rc : name_taken(am_write_update(db, &writer, who, key, patch, out, err), err);
}

static enum am_rc step(struct am_db *db, const struct am_actor *who, const char *key, enum am_action act,
                       const struct am_schema *recorded, json_t *body, json_t **out, struct am_err *err)
{
    return am_write_step(db, &writer, who, key, act, recorded, body, out, err);
}

const struct am_schema am_group_approve_schema = {
    .name = "GroupApprove", .doc = "Nothing to record.", .fields = (const struct am_field[]){{0}}};

/* Its members go with it (ON DELETE CASCADE). */
static enum am_rc remove_group(struct am_db *db, const struct am_actor *who, const char *key,
                               struct am_err *err)
{
    return am_write_delete(db, &writer, who, key, err);
}

const struct am_resource am_group_resource = {
    .name = "groups", .singular = "group", .table = "network_group", .key = "id",
    .doc = "Thematic groups of networks, with their member cities.",
    .schema = &schema, .filters = &filters, .rights = &rights, .reading = &reading,
    .list = list, .get = get, .create = create, .update = update, .remove = remove_group, .step = step,
};

enum am_rc am_group_in_network(struct am_db *db, json_t *rec, struct am_err *err)
{
    int64_t group = am_get_id(rec, "group_id"), network = 0;
    if (!group)
        return AM_OK;
    enum am_rc rc = am_db_i64(db, "SELECT network_id FROM network_group WHERE id = ?",
                              json_pack("[I]", (json_int_t)group), &network, err);
    if (rc == AM_ENOTFOUND)
        return am_err_set(err, AM_EINVAL, "group_id", "Group: there is no thematic group %lld", (long long)group);
    if (!rc && network != am_get_id(rec, "network_id"))
        rc = am_err_set(err, AM_EINVAL, "group_id",
                        "Group: a thematic group of another network; choose the network's own group, or its network");
    return rc;
}

/* ---- cities in groups ------------------------------------------------------- */

AM_CITY_REF(member_city_ref, "c");
AM_NETWORK_REF(member_network_ref, "n");

static const struct am_field group_ref_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY, .col = "g.id"},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_READONLY, .col = "g.name"},
    {.name = "status", .type = AM_T_ENUM, .flags = AM_F_READONLY, .values = am_group_statuses, .col = "g.status"},
    {0},
};
static const struct am_schema group_ref = {
    .name = "GroupRef", .doc = "A thematic group, as a record names it.", .fields = group_ref_fields};

static const struct am_field member_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "group_id", .type = AM_T_ID, .flags = AM_F_REQUIRED, .ref = "network_group",
     .doc = "the thematic group joined"},
    {.name = "city_id", .type = AM_T_ID, .flags = AM_F_REQUIRED | AM_F_OWNER, .ref = "city",
     .doc = "the city joining: a current member of the group's network"},
    {.name = "network_id", .type = AM_T_ID, .flags = AM_F_READONLY | AM_F_OWNER, .ref = "network",
     .doc = "the group's network (taken from the group)"},
    {.name = "joined_at", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "group", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &group_ref},
    {.name = "city", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &member_city_ref},
    {.name = "network", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &member_network_ref},
    AM_FIELD_CAN,
    {0},
};
static const struct am_schema member_schema = {
    .name = "GroupMember", .doc = "A city in a thematic group: it joins by adding one, and leaves by deleting it.",
    .fields = member_fields, .example = "{\"group_id\": 1, \"city_id\": 2}"};

static const struct am_field member_filter_fields[] = {
    {.name = "group", .type = AM_T_ID, .where = "gm.group_id = ?"},
    {.name = "city", .type = AM_T_ID, .where = "gm.city_id = ?"},
    {.name = "network", .type = AM_T_ID, .where = "gm.network_id = ?"},
    AM_FILTER_PAGING,
    {0},
};
static const struct am_schema member_filters = {.name = "GroupMemberFilters", .doc = NULL,
                                                .fields = member_filter_fields};

static const struct am_reading member_reading = {
    .from = "group_member gm JOIN network_group g ON g.id = gm.group_id JOIN city c ON c.id = gm.city_id "
            "JOIN network n ON n.id = gm.network_id",
    .alias = "gm", .order = "c.name",
};

static enum am_rc member_list(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    return am_read_list(db, &am_group_member_resource, query, out, err);
}

static enum am_rc member_get(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    return am_read_one(db, &am_group_member_resource, key, out, err);
}

/* A city's officer joins and leaves for the city; the network's secretariat
 * adds and takes out members of its groups. Whether the city may be in
 * the group at all is the rule below, not a right. */
static const struct am_rule member_rules_of_rights[] = {
    {AM_ACT_CREATE, AM_REL_CITY | AM_REL_NETWORK, NULL, NULL},
    {AM_ACT_DELETE, AM_REL_CITY | AM_REL_NETWORK, NULL, NULL},
    {0},
};
static const struct am_rights member_rights = {"group member", &member_schema, NULL, NULL,
                                               member_rules_of_rights, NULL};

/* Where a city stands towards a group: the group's status and network, the
 * names to speak of, whether the city is a current member of the network,
 * whether it is in the group already. AM_ENOTFOUND when either is missing. */
static enum am_rc standing(struct am_db *db, int64_t group_id, int64_t city_id, json_t **out,
                           struct am_err *err)
{
    return am_db_one(db,
                     "SELECT g.status, g.network_id, n.name AS network, c.name AS city, "
                     "EXISTS (SELECT 1 FROM membership m WHERE m.network_id = g.network_id AND m.city_id = c.id "
                     "AND m.left_year IS NULL AND m.status = 'current') AS current, "
                     "EXISTS (SELECT 1 FROM group_member x WHERE x.group_id = g.id AND x.city_id = c.id) AS already "
                     "FROM network_group g JOIN network n ON n.id = g.network_id JOIN city c ON c.id = ?2 "
                     "WHERE g.id = ?1",
                     json_pack("[II]", (json_int_t)group_id, (json_int_t)city_id), out, err);
}

/* The one rule for a new member, for the write and for `can.join` alike:
 * only a current member of the network joins its groups, and a closed
 * group takes no one. */
static enum am_rc may_join(json_t *st, struct am_err *err)
{
    const char *city = json_string_value(json_object_get(st, "city"));
    const char *network = json_string_value(json_object_get(st, "network"));
    const char *status = json_string_value(json_object_get(st, "status"));
    if (am_get_id(st, "current") == 0)
        return am_err_set(err, AM_EINVAL, "city_id",
                          "city_id: %.80s is not a current member of %.80s, and only its current members "
                          "join its thematic groups",
                          city ? city : "the city", network ? network : "the network");
    if (am_get_id(st, "already") != 0)
        return am_err_set(err, AM_ECONFLICT, "city_id", "city_id: %.80s is already in this thematic group",
                          city ? city : "the city");
    if (status && strcmp(status, "closed") == 0)
        return am_err_set(err, AM_ECONFLICT, "status", "status: this thematic group is closed and takes no new members");
    return AM_OK;
}

static enum am_rc member_rules(struct am_db *db, json_t *next, struct am_err *err)
{
    json_t *st = NULL;
    enum am_rc rc = standing(db, am_get_id(next, "group_id"), am_get_id(next, "city_id"), &st, err);
    if (!rc)
        rc = may_join(st, err);
    json_decref(st);
    return rc;
}

/* The network is the group's (create put it in in); joined now. */
static enum am_rc member_derive(struct am_db *db, json_t *in, json_t *extra, struct am_err *err)
{
    (void)db;
    char now[32];
    am_now(now);
    json_t *network = json_object_get(in, "network_id");
    if (!json_is_integer(network))
        return am_err_set(err, AM_EINTERNAL, NULL, "a group member without its group's network");
    json_object_set(extra, "network_id", network);
    json_object_set_new(extra, "joined_at", json_string(now));
    return AM_OK;
}

static const struct am_writer member_writer = {
    .table = "group_member", .what = "group member", .schema = &member_schema, .stamps = false,
    .get = member_get, .rights = &member_rights, .rules = member_rules, .derive = member_derive,
};

/* The rights read a record's owners from its fields, so the group's network
 * is put in before they are weighed: its secretariat may then add members. */
static enum am_rc member_create(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out,
                                struct am_err *err)
{
    int64_t network = 0;
    json_t *body = json_copy(in);
    enum am_rc rc = body ? AM_OK : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    if (!rc)
        rc = am_db_i64(db, "SELECT network_id FROM network_group WHERE id = ?",
                       json_pack("[I]", (json_int_t)am_get_id(in, "group_id")), &network, err);
    if (rc == AM_ENOTFOUND) { /* am_write_create names group_id */
        am_err_clear(err);
        rc = AM_OK;
    } else if (!rc) {
        json_object_set_new(body, "network_id", json_integer(network));
    }
    if (!rc)
        rc = am_write_create(db, &member_writer, who, body, out, err);
    /* two joins at once: the unique index decides */
    if (rc == AM_ECONFLICT && !err->field[0])
        am_err_set(err, rc, "city_id", "city_id: this city is already in this thematic group");
    json_decref(body);
    return rc;
}

static enum am_rc member_remove(struct am_db *db, const struct am_actor *who, const char *key,
                                struct am_err *err)
{
    return am_write_delete(db, &member_writer, who, key, err);
}

const struct am_resource am_group_member_resource = {
    .name = "group-members", .singular = "group-member", .table = "group_member", .key = "id",
    .doc = "Cities in thematic groups: a city joins a group (add) and leaves it (delete).",
    .schema = &member_schema, .filters = &member_filters, .rights = &member_rights, .reading = &member_reading,
    /* no update: there is nothing to change in a city's place in a group */
    .list = member_list, .get = member_get, .create = member_create, .remove = member_remove,
};

/* ---- a network's groups, for the caller ------------------------------------- */

static const struct am_field page_filter_fields[] = {
    {.name = "status", .type = AM_T_ENUM, .values = am_group_statuses},
    {.name = "q", .type = AM_T_STRING, .flags = AM_F_CONTAINS, .doc = "part of the name or description"},
    AM_FILTER_PAGING,
    {0},
};
const struct am_schema am_group_page_query = {.name = "NetworkGroupFilters", .doc = NULL,
                                              .fields = page_filter_fields};

static const struct am_field page_item = {.name = "group", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
                                          .object = &schema};
static const struct am_field page_fields[] = {
    {.name = "items", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &page_item},
    {.name = "total", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "next", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "can", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .item = &am_can_value,
     .doc = "whether the caller may add a group to the network (create)"},
    {0},
};
const struct am_schema am_group_page_schema = {
    .name = "NetworkGroups",
    .doc = "A network's thematic groups. Each one's can says, besides update and delete, whether the "
           "caller's city may join it (join) and leave it (leave); each member's can whether the caller "
           "may take the city out (delete); the page's can whether the caller may add a group (create).",
    .fields = page_fields};

/* Its can (its own rights), and what who's city may do with it: the rights
 * of the group-member record it would make or delete, and the rule a new
 * member meets. */
static enum am_rc present(struct am_db *db, const struct am_actor *who, json_t *g, struct am_err *err)
{
    int64_t network = am_get_id(g, "network_id"), mine = who->role == AM_ROLE_OFFICER ? who->city_id : 0;
    bool join = false, leave = false, in_it = false;
    enum am_rc rc = AM_OK;
    json_t *m;
    size_t i;
    am_rights_present(&rights, who, g);
    json_array_foreach(json_object_get(g, "members"), i, m) {
        json_t *rec = json_pack("{s:I,s:I}", "city_id", (json_int_t)am_get_id(m, "id"), "network_id",
                                (json_int_t)network);
        if (!rec)
            return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
        json_object_set_new(m, "can", am_can_json(&member_rights, who, rec));
        if (mine && am_get_id(m, "id") == mine) {
            in_it = true;
            leave = (am_can(&member_rights, who, rec) & AM_CAN(AM_ACT_DELETE)) != 0;
        }
        json_decref(rec);
    }
    if (mine && !in_it) {
        json_t *rec = json_pack("{s:I,s:I,s:I}", "group_id", (json_int_t)am_get_id(g, "id"), "city_id",
                                (json_int_t)mine, "network_id", (json_int_t)network);
        json_t *st = NULL;
        if (!rec)
            return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
        if (am_can(&member_rights, who, rec) & AM_CAN(AM_ACT_CREATE)) {
            struct am_err why = {0};
            rc = standing(db, am_get_id(g, "id"), mine, &st, err);
            join = !rc && may_join(st, &why) == AM_OK;
            if (rc == AM_ENOTFOUND) { /* the officer's city is gone: nothing to join with */
                am_err_clear(err);
                rc = AM_OK;
            }
        }
        json_decref(st);
        json_decref(rec);
    }
    json_t *can = json_object_get(g, "can");
    json_object_set_new(can, "join", json_boolean(join));
    json_object_set_new(can, "leave", json_boolean(leave));
    return rc;
}

enum am_rc am_group_of_network(struct am_db *db, const struct am_actor *who, const char *key, json_t *query,
                               json_t **out, struct am_err *err)
{
    int64_t id = 0, one = 0;
    json_t *q = NULL, *g;
    size_t i;
    *out = NULL;
    enum am_rc rc = am_key_id(key, "network", &id, err);
    if (!rc)
        rc = am_db_i64(db, "SELECT 1 FROM network WHERE id = ?", json_pack("[I]", (json_int_t)id), &one, err);
    if (rc == AM_ENOTFOUND)
        return am_err_set(err, AM_ENOTFOUND, NULL, "no network with id %.40s", key);
    if (rc)
        return rc;
    q = json_deep_copy(query);
    if (!q)
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    json_object_set_new(q, "network", json_integer(id));
    rc = am_read_list(db, &am_group_resource, q, out, err);
    if (!rc) {
        json_t *prospect = json_pack("{s:I}", "network_id", (json_int_t)id);
        bool create = (am_can(&rights, who, prospect) & AM_CAN(AM_ACT_CREATE)) != 0;
        /* an officer of a current member city may propose one for its city */
        int64_t member = 0;
        bool propose = false;
        if (!create && who->city_id) {
            json_object_set_new(prospect, "proposed_by_city_id", json_integer(who->city_id));
            propose = (am_can(&rights, who, prospect) & AM_CAN(AM_ACT_CREATE)) != 0 &&
                      !am_db_i64(db,
                                 "SELECT EXISTS (SELECT 1 FROM membership WHERE network_id = ? AND city_id = ? AND "
                                 "left_year IS NULL AND status = 'current')",
                                 json_pack("[II]", (json_int_t)id, (json_int_t)who->city_id), &member, NULL) &&
                      member;
        }
        json_decref(prospect);
        json_object_set_new(*out, "can", json_pack("{s:b,s:b}", "create", create, "propose", propose));
    }
    json_array_foreach(json_object_get(*out, "items"), i, g) {
        if (rc)
            break;
        rc = present(db, who, g, err);
    }
    json_decref(q);
    if (rc) {
        json_decref(*out);
        *out = NULL;
    }
    return rc;
}

#include "am_activity.h"

#include "am_group.h"
#include "am_read.h"

#include <string.h>

#include "am_calendar.h"
#include "am_city.h"
#include "am_topic.h"

const char *const am_activity_kinds[] = {
    "delegation_visit", "study_visit", "conference", "workshop", "joint_project",
    "cultural_exchange", "youth_exchange", "academic_exchange", "aid", NULL,
};

static const struct am_field city_item = {.name = "city_id", .type = AM_T_ID, .ref = "city"};
static const struct am_field org_item = {.name = "organisation_id", .type = AM_T_ID,
                                         .ref = "organisation"};
AM_CITY_REF(host_ref, "h");
AM_NETWORK_REF(network_ref, "w");
AM_CITY_REF(city_ref, "c");
AM_ORG_REF(org_ref, "o");
static const struct am_field city_ref_item = {.name = "city", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
                                              .object = &city_ref};
static const struct am_field org_ref_item = {.name = "organisation", .type = AM_T_OBJECT,
                                             .flags = AM_F_READONLY, .object = &org_ref};

/* The participants, topics and organisations of a page of activities. */
#define PAGE_IDS "IN (SELECT value FROM json_each(?1))"
static const struct am_embed cities_embed = {
    .sql = "SELECT x.activity_id AS _owner, c.id, c.name, c.country FROM activity_city x JOIN city c ON "
           "c.id = x.city_id WHERE x.activity_id " PAGE_IDS " ORDER BY c.name"};
static const struct am_embed city_ids_embed = {
    .sql = "SELECT x.activity_id AS _owner, x.city_id AS _v FROM activity_city x JOIN city c ON c.id = "
           "x.city_id WHERE x.activity_id " PAGE_IDS " ORDER BY c.name"};
static const struct am_embed orgs_embed = {
    .sql = "SELECT x.activity_id AS _owner, o.id, o.name, o.country FROM activity_organisation x JOIN "
           "organisation o ON o.id = x.organisation_id WHERE x.activity_id " PAGE_IDS " ORDER BY o.name"};
static const struct am_embed org_ids_embed = {
    .sql = "SELECT x.activity_id AS _owner, x.organisation_id AS _v FROM activity_organisation x JOIN "
           "organisation o ON o.id = x.organisation_id WHERE x.activity_id " PAGE_IDS " ORDER BY o.name"};
static const struct am_embed topics_embed = {
    .sql = "SELECT activity_id AS _owner, topic_id AS _v FROM activity_topic WHERE activity_id " PAGE_IDS
           " ORDER BY topic_id"};

/* Its documents (programme, minutes, report): links, in the order given. */
static const struct am_field document_fields[] = {
    {.name = "title", .type = AM_T_STRING, .flags = AM_F_REQUIRED, .min = 1, .max = 300},
    {.name = "url", .type = AM_T_URL, .flags = AM_F_REQUIRED, .label = "Address (URL)"},
    {0},
};
static const struct am_schema document_schema = {
    .name = "ActivityDocument", .doc = "A document of an activity: its programme, minutes, report.",
    .fields = document_fields};
static const struct am_field document_item = {.name = "document", .type = AM_T_OBJECT, .object = &document_schema};
static const struct am_embed documents_embed = {
    .sql = "SELECT activity_id AS _owner, title, url FROM activity_document WHERE activity_id IN (SELECT value FROM "
           "json_each(?1)) ORDER BY id"};

static const struct am_field fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "kind", .type = AM_T_ENUM, .flags = AM_F_REQUIRED, .values = am_activity_kinds},
    {.name = "title", .type = AM_T_STRING, .flags = AM_F_REQUIRED, .max = 300},
    {.name = "start_date", .type = AM_T_DATE, .flags = AM_F_NULLABLE},
    {.name = "end_date", .type = AM_T_DATE, .flags = AM_F_NULLABLE},
    {.name = "host_city_id", .type = AM_T_ID, .flags = AM_F_NULLABLE | AM_F_OWNER | AM_F_SCOPED,
     .ref = "city"},
    {.name = "host_city", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE, .object = &host_ref},
    {.name = "partnership_id", .type = AM_T_ID, .flags = AM_F_NULLABLE | AM_F_SCOPED,
     .ref = "partnership", .doc = "the partnership it belongs to, if any"},
    {.name = "network_id", .type = AM_T_ID, .flags = AM_F_NULLABLE | AM_F_OWNER | AM_F_SCOPED,
     .ref = "network", .doc = "the network it belongs to, if any"},
    {.name = "network", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE, .object = &network_ref},
    {.name = "programme", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .max = 120,
     .doc = "funding programme, e.g. INTERREG, URBACT, LIFE, Erasmus+"},
    {.name = "description", .type = AM_T_TEXT, .flags = AM_F_NULLABLE},
    {.name = "outcome", .type = AM_T_TEXT, .flags = AM_F_NULLABLE},
    /* held at a time in its zone, at a place (the calendar feeds), with
     * places to register for (am_registration) */
    {.name = "group_id", .type = AM_T_ID, .flags = AM_F_NULLABLE, .ref = "network_group", .label = "Thematic group",
     .doc = "the thematic group it is an event of"},
    {.name = "time_zone", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .max = 64,
     .doc = "where its times are read, e.g. Europe/Berlin (needed with a time)"},
    {.name = "starts_at", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .min = 16, .max = 16,
     .doc = "local date and time, YYYY-MM-DDTHH:MM"},
    {.name = "ends_at", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .min = 16, .max = 16,
     .doc = "local date and time, YYYY-MM-DDTHH:MM"},
    {.name = "venue", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .max = 300},
    {.name = "online_url", .type = AM_T_URL, .flags = AM_F_NULLABLE, .doc = "where to join online"},
    {.name = "capacity", .type = AM_T_INT, .flags = AM_F_NULLABLE, .min = 1, .max = 100000,
     .doc = "places: registrations beyond them wait on a list"},
    {.name = "registration_opens", .type = AM_T_DATE, .flags = AM_F_NULLABLE, .doc = "the first day to register"},
    {.name = "registration_closes", .type = AM_T_DATE, .flags = AM_F_NULLABLE, .doc = "the last day to register"},
    {.name = "privacy_notice", .type = AM_T_TEXT, .flags = AM_F_NULLABLE, .max = 4000,
     .doc = "how the names of delegates registered for this event only are used, kept and deleted"},
    {.name = "documents", .type = AM_T_ARRAY, .flags = AM_F_VIRTUAL, .item = &document_item, .max = 30,
     .embed = &documents_embed, .doc = "its programme, minutes, report: links"},

    {.name = "source_url", .type = AM_T_URL, .flags = AM_F_NULLABLE},
    {.name = "city_ids", .type = AM_T_ARRAY, .flags = AM_F_VIRTUAL | AM_F_OWNER | AM_F_SCOPED,
     .item = &city_item, .max = 500, .doc = "participating cities", .embed = &city_ids_embed},
    {.name = "organisation_ids", .type = AM_T_ARRAY, .flags = AM_F_VIRTUAL | AM_F_SCOPED,
     .item = &org_item, .max = 500, .doc = "participating organisations", .embed = &org_ids_embed},
    {.name = "topics", .type = AM_T_ARRAY, .flags = AM_F_VIRTUAL, .item = &am_topic_item, .max = 50,
     .embed = &topics_embed},
    {.name = "cities", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &city_ref_item,
     .doc = "participating cities", .embed = &cities_embed},
    {.name = "organisations", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &org_ref_item,
     .doc = "participating organisations", .embed = &orgs_embed},
    AM_FIELDS_STAMPS,
    AM_FIELD_CAN,
    {0},
};
const struct am_schema am_activity_schema = {
    .name = "Activity", .doc = "Something cities do together.", .fields = fields,
    .example = "{\"kind\": \"study_visit\", \"title\": \"Study visit on welcome desks\", "
               "\"start_date\": \"2025-04\", \"host_city_id\": 1, \"city_ids\": [1], \"topics\": [\"sdg-11\"]}"};

static const struct am_field filter_fields[] = {
    {.name = "q", .type = AM_T_STRING, .flags = AM_F_CONTAINS, .doc = "part of the title",
     .where = "a.title LIKE ? ESCAPE '\\' OR a.description LIKE ? ESCAPE '\\'"},
    {.name = "city", .type = AM_T_ID, .doc = "hosted by or with this city",
     .where = "a.host_city_id = ? OR EXISTS (SELECT 1 FROM activity_city x WHERE x.activity_id = a.id AND "
              "x.city_id = ?)"},
    {.name = "country", .type = AM_T_COUNTRY, .doc = "hosted in this country", .where = "h.country = ?"},
    {.name = "network", .type = AM_T_ID, .where = "a.network_id = ?"},
    {.name = "partnership", .type = AM_T_ID, .where = "a.partnership_id = ?"},
    {.name = "organisation", .type = AM_T_ID, .doc = "with this organisation",
     .where = "EXISTS (SELECT 1 FROM activity_organisation x WHERE x.activity_id = a.id AND "
              "x.organisation_id = ?)"},
    {.name = "kind", .type = AM_T_ENUM, .values = am_activity_kinds, .where = "a.kind = ?"},
    {.name = "topic", .type = AM_T_SLUG, .ref = "topic",
     .where = "EXISTS (SELECT 1 FROM activity_topic x WHERE x.activity_id = a.id AND x.topic_id = ?)"},
    {.name = "programme", .type = AM_T_STRING, .where = "a.programme = ?"},
    {.name = "group", .type = AM_T_ID, .doc = "events of this thematic group", .where = "a.group_id = ?"},
    {.name = "on_or_after", .type = AM_T_DATE, .doc = "held on or after this day (YYYY-MM-DD): a calendar's first day",
     .where = "coalesce(substr(a.ends_at, 1, 10), a.end_date, substr(a.starts_at, 1, 10), a.start_date) >= ?"},
    {.name = "on_or_before", .type = AM_T_DATE, .doc = "begun on or before this day: a calendar's last day",
     .where = "coalesce(substr(a.starts_at, 1, 10), a.start_date) <= ?"},
    {.name = "from", .type = AM_T_INT, .min = 1000, .max = 2999, .doc = "started in or after",
     .where = "CAST(substr(a.start_date, 1, 4) AS INTEGER) >= ?"},
    {.name = "to", .type = AM_T_INT, .min = 1000, .max = 2999, .doc = "started in or before",
     .where = "CAST(substr(a.start_date, 1, 4) AS INTEGER) <= ?"},
    AM_FILTER_PAGING,
    {0},
};
static const struct am_schema filters = {.name = "ActivityFilters", .doc = NULL, .fields = filter_fields};

/* Latest first. */
static const struct am_reading reading = {
    .from = "activity a LEFT JOIN city h ON h.id = a.host_city_id LEFT JOIN network w ON w.id = a.network_id",
    .alias = "a", .order = "coalesce(a.start_date, '')", .desc = true,
    .count_from = "activity",
};

static enum am_rc list(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    return am_read_list(db, &am_activity_resource, query, out, err);
}

static enum am_rc get(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    return am_read_one(db, &am_activity_resource, key, out, err);
}

enum am_rc am_activity_recent_of_city(struct am_db *db, int64_t city_id, int limit, json_t **out,
                                      struct am_err *err)
{
    json_t *q = json_pack("{s:I,s:i}", "city", (json_int_t)city_id, "limit", limit);
    json_t *page = NULL;
    enum am_rc rc = list(db, q, &page, err);
    json_decref(q);
    if (!rc)
        *out = json_incref(json_object_get(page, "items"));
    json_decref(page);
    return rc;
}

/* The officer of the host or of a participating city, the secretariat of
 * its network. The cities, network, partnership and organisations it
 * names are ones the writer may name (AM_F_SCOPED): a city cannot write
 * itself into another city's partnership, nor a secretariat into another
 * network. */
static const struct am_rule rights_rules[] = {
    {AM_ACT_CREATE, AM_REL_CITY | AM_REL_NETWORK, NULL, NULL},
    {AM_ACT_UPDATE, AM_REL_CITY | AM_REL_NETWORK, NULL, NULL},
    {AM_ACT_DELETE, AM_REL_CITY | AM_REL_NETWORK, NULL, NULL},
    {0},
};
static const struct am_rights rights = {"activity", &am_activity_schema, NULL, NULL, rights_rules, NULL};

/* Its times exist in its zone (none skipped by a daylight-saving change),
 * in order; its registration window too. */
static enum am_rc event_rules(json_t *next, struct am_err *err)
{
    const char *tz = json_string_value(json_object_get(next, "time_zone"));
    const char *from = json_string_value(json_object_get(next, "starts_at"));
    const char *to = json_string_value(json_object_get(next, "ends_at"));
    const char *opens = json_string_value(json_object_get(next, "registration_opens"));
    const char *closes = json_string_value(json_object_get(next, "registration_closes"));
    enum am_rc rc = AM_OK;
    if ((from || to) && !tz)
        return am_err_set(err, AM_EINVAL, "time_zone", "Time zone: say where the times are read, e.g. Europe/Berlin");
    if (tz)
        rc = am_calendar_zone_check(tz, "time_zone", err);
    if (!rc && to && !from)
        rc = am_err_set(err, AM_EINVAL, "starts_at", "Starts at: give the start before the end");
    if (!rc && from)
        rc = am_calendar_time_check(tz, from, "starts_at", err);
    if (!rc && to)
        rc = am_calendar_time_check(tz, to, "ends_at", err);
    if (!rc && from && to && strcmp(to, from) <= 0)
        rc = am_err_set(err, AM_EINVAL, "ends_at", "Ends at: is not after the start; change one of them");
    if (!rc && opens && closes && strcmp(closes, opens) < 0)
        rc = am_err_set(err, AM_EINVAL, "registration_closes",
                        "Registration closes: is before it opens; change one of them");
    return rc;
}

static enum am_rc rules(struct am_db *db, json_t *next, struct am_err *err)
{
    enum am_rc rc = am_group_in_network(db, next, err);
    if (rc)
        return rc;
    const char *s = json_string_value(json_object_get(next, "start_date"));
    const char *e = json_string_value(json_object_get(next, "end_date"));
    if (s && e && strncmp(e, s, strlen(e) < strlen(s) ? strlen(e) : strlen(s)) < 0)
        return am_err_set(err, AM_EINVAL, "end_date", "End date: is before the start date; change one of them");
    return event_rules(next, err);
}

static enum am_rc write_documents(struct am_db *db, int64_t id, json_t *docs, struct am_err *err)
{
    enum am_rc rc = am_db_exec(db, "DELETE FROM activity_document WHERE activity_id = ?",
                               json_pack("[I]", (json_int_t)id), NULL, err);
    size_t i;
    json_t *d;
    json_array_foreach(docs, i, d) {
        if (rc)
            break;
        rc = am_db_exec(db, "INSERT INTO activity_document (activity_id, title, url) VALUES (?, ?, ?)",
                        json_pack("[IOO]", (json_int_t)id, json_object_get(d, "title"), json_object_get(d, "url")),
                        NULL, err);
    }
    return rc;
}

static enum am_rc links(struct am_db *db, int64_t id, json_t *in, struct am_err *err)
{
    enum am_rc rc = AM_OK;
    json_t *v;
    if ((v = json_object_get(in, "city_ids")))
        rc = am_links_set(db, "activity_city", "activity_id", "city_id", id, v, err);
    if (!rc && (v = json_object_get(in, "organisation_ids")))
        rc = am_links_set(db, "activity_organisation", "activity_id", "organisation_id", id, v, err);
    if (!rc && (v = json_object_get(in, "topics")))
        rc = am_links_set(db, "activity_topic", "activity_id", "topic_id", id, v, err);
    if (!rc && (v = json_object_get(in, "documents")))
        rc = write_documents(db, id, v, err);
    return rc;
}

static const struct am_writer writer = {
    .table = "activity", .what = "activity", .schema = &am_activity_schema, .stamps = true,
    .get = get, .rights = &rights, .rules = rules, .links = links,
};

static enum am_rc create(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out,
                         struct am_err *err)
{
    return am_write_create(db, &writer, who, in, out, err);
}

static enum am_rc update(struct am_db *db, const struct am_actor *who, const char *key,
                         json_t *patch, json_t **out, struct am_err *err)
{
    return am_write_update(db, &writer, who, key, patch, out, err);
}

static enum am_rc remove_activity(struct am_db *db, const struct am_actor *who, const char *key,
                                  struct am_err *err)
{
    return am_write_delete(db, &writer, who, key, err);
}

const struct am_resource am_activity_resource = {
    .name = "activities", .singular = "activity", .table = "activity", .key = "id",
    .doc = "Activities: visits, conferences, workshops, joint projects, exchanges, aid.",
    .schema = &am_activity_schema, .filters = &filters, .rights = &rights, .reading = &reading,
    .list = list, .get = get, .create = create, .update = update, .remove = remove_activity,
};

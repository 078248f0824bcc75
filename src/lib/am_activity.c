#include "am_activity.h"

#include <string.h>

#include "am_city.h"
#include "am_topic.h"

const char *const am_activity_kinds[] = {
    "delegation_visit", "study_visit", "conference", "workshop", "joint_project",
    "cultural_exchange", "youth_exchange", "academic_exchange", "aid", NULL,
};

static const struct am_field city_item = {.name = "city_id", .type = AM_T_ID, .ref = "city"};
static const struct am_field org_item = {.name = "organisation_id", .type = AM_T_ID,
                                         .ref = "organisation"};
static const struct am_field ref_item = {.name = "item", .type = AM_T_OBJECT,
                                         .flags = AM_F_READONLY};

static const struct am_field fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "kind", .type = AM_T_ENUM, .flags = AM_F_REQUIRED, .values = am_activity_kinds},
    {.name = "title", .type = AM_T_STRING, .flags = AM_F_REQUIRED, .max = 300},
    {.name = "start_date", .type = AM_T_DATE, .flags = AM_F_NULLABLE},
    {.name = "end_date", .type = AM_T_DATE, .flags = AM_F_NULLABLE},
    {.name = "host_city_id", .type = AM_T_ID, .flags = AM_F_NULLABLE | AM_F_OWNER | AM_F_SCOPED,
     .ref = "city"},
    {.name = "host_city", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .doc = "{id, name, country}"},
    {.name = "partnership_id", .type = AM_T_ID, .flags = AM_F_NULLABLE | AM_F_SCOPED,
     .ref = "partnership", .doc = "the partnership it belongs to, if any"},
    {.name = "network_id", .type = AM_T_ID, .flags = AM_F_NULLABLE | AM_F_OWNER | AM_F_SCOPED,
     .ref = "network", .doc = "the network it belongs to, if any"},
    {.name = "network", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .doc = "{id, name, acronym}"},
    {.name = "programme", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .max = 120,
     .doc = "funding programme, e.g. INTERREG, URBACT, LIFE, Erasmus+"},
    {.name = "description", .type = AM_T_TEXT, .flags = AM_F_NULLABLE},
    {.name = "outcome", .type = AM_T_TEXT, .flags = AM_F_NULLABLE},
    {.name = "source_url", .type = AM_T_URL, .flags = AM_F_NULLABLE},
    {.name = "city_ids", .type = AM_T_ARRAY, .flags = AM_F_VIRTUAL | AM_F_OWNER | AM_F_SCOPED,
     .item = &city_item, .max = 500, .doc = "participating cities"},
    {.name = "organisation_ids", .type = AM_T_ARRAY, .flags = AM_F_VIRTUAL | AM_F_SCOPED,
     .item = &org_item, .max = 500, .doc = "participating organisations"},
    {.name = "topics", .type = AM_T_ARRAY, .flags = AM_F_VIRTUAL, .item = &am_topic_item, .max = 50},
    {.name = "cities", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &ref_item,
     .doc = "participating cities {id, name, country}"},
    {.name = "organisations", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &ref_item,
     .doc = "participating organisations {id, name, country}"},
    {.name = "created_at", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "updated_at", .type = AM_T_STRING, .flags = AM_F_READONLY},
    AM_FIELD_CAN,
    {0},
};
static const struct am_schema schema = {
    .name = "Activity", .doc = "Something cities do together.", .fields = fields,
    .example = "{\"kind\": \"study_visit\", \"title\": \"Study visit on welcome desks\", "
               "\"start_date\": \"2025-04\", \"host_city_id\": 1, \"city_ids\": [1], \"topics\": [\"sdg-11\"]}"};

static const struct am_field filter_fields[] = {
    {.name = "q", .type = AM_T_STRING, .doc = "part of the title"},
    {.name = "city", .type = AM_T_ID, .doc = "hosted by or with this city"},
    {.name = "country", .type = AM_T_COUNTRY, .doc = "hosted in this country"},
    {.name = "network", .type = AM_T_ID},
    {.name = "partnership", .type = AM_T_ID},
    {.name = "organisation", .type = AM_T_ID, .doc = "with this organisation"},
    {.name = "kind", .type = AM_T_ENUM, .values = am_activity_kinds},
    {.name = "topic", .type = AM_T_SLUG, .ref = "topic"},
    {.name = "programme", .type = AM_T_STRING},
    {.name = "from", .type = AM_T_INT, .min = 1000, .max = 2999, .doc = "started in or after"},
    {.name = "to", .type = AM_T_INT, .min = 1000, .max = 2999, .doc = "started in or before"},
    AM_FILTER_PAGING,
    {0},
};
static const struct am_schema filters = {.name = "ActivityFilters", .doc = NULL, .fields = filter_fields};

static const char COLS[] =
    "a.id, a.kind, a.title, a.start_date, a.end_date, a.host_city_id, a.partnership_id, "
    "a.network_id, a.programme, a.description, a.outcome, a.source_url, a.created_at, a.updated_at";
static const char FROM[] = "activity a LEFT JOIN city h ON h.id = a.host_city_id";

static enum am_rc decorate(struct am_db *db, json_t *item, struct am_err *err)
{
    int64_t id = am_get_id(item, "id");
    json_t *topics = NULL, *cities = NULL, *orgs = NULL, *net = json_null();
    enum am_rc rc = am_links_get(db, "activity_topic", "activity_id", "topic_id", id, &topics, err);
    if (!rc)
        rc = am_db_all(db, "SELECT c.id, c.name, c.country FROM activity_city x JOIN city c ON "
                           "c.id = x.city_id WHERE x.activity_id = ? ORDER BY c.name",
                       json_pack("[I]", (json_int_t)id), &cities, err);
    if (!rc)
        rc = am_db_all(db, "SELECT o.id, o.name, o.country FROM activity_organisation x JOIN "
                           "organisation o ON o.id = x.organisation_id WHERE x.activity_id = ? "
                           "ORDER BY o.name",
                       json_pack("[I]", (json_int_t)id), &orgs, err);
    int64_t nid = am_get_id(item, "network_id");
    if (!rc && nid) {
        json_decref(net);
        rc = am_db_one(db, "SELECT id, name, acronym FROM network WHERE id = ?",
                       json_pack("[I]", (json_int_t)nid), &net, err);
    }
    if (rc) {
        json_decref(topics);
        json_decref(cities);
        json_decref(orgs);
        json_decref(net);
        return rc;
    }
    json_t *ids = json_array(), *oids = json_array(), *c;
    size_t i;
    json_array_foreach(cities, i, c) json_array_append(ids, json_object_get(c, "id"));
    json_array_foreach(orgs, i, c) json_array_append(oids, json_object_get(c, "id"));
    json_object_set_new(item, "topics", topics);
    json_object_set_new(item, "cities", cities);
    json_object_set_new(item, "organisations", orgs);
    json_object_set_new(item, "city_ids", ids);
    json_object_set_new(item, "organisation_ids", oids);
    json_object_set_new(item, "network", net);
    json_object_set_new(item, "host_city", am_city_ref(db, am_get_id(item, "host_city_id"), err));
    return AM_OK;
}

static void where(struct am_sql *w, json_t *query)
{
    json_t *v;
    const char *q = json_string_value(json_object_get(query, "q"));
    if (q)
        am_where_like(w, q, (const char *const[]){"a.title", "a.description", NULL});
    if ((v = json_object_get(query, "city"))) {
        am_sql_addv(w, " AND (a.host_city_id = ?", json_incref(v));
        am_sql_addv(w, " OR EXISTS (SELECT 1 FROM activity_city x WHERE x.activity_id = a.id AND "
                       "x.city_id = ?))", json_incref(v));
    }
    if ((v = json_object_get(query, "organisation")))
        am_sql_addv(w, " AND EXISTS (SELECT 1 FROM activity_organisation x WHERE x.activity_id = "
                       "a.id AND x.organisation_id = ?)", json_incref(v));
    am_where_eq(w, query, "country", "h.country");
    am_where_eq(w, query, "network", "a.network_id");
    am_where_eq(w, query, "partnership", "a.partnership_id");
    am_where_eq(w, query, "kind", "a.kind");
    am_where_eq(w, query, "programme", "a.programme");
    am_topic_where(w, query, "activity_topic", "activity_id", "a.id");
    am_where_years(w, query, "CAST(substr(a.start_date, 1, 4) AS INTEGER)");
}

static enum am_rc list(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    struct am_listing l;
    am_listing_init(&l, COLS, FROM, "coalesce(a.start_date, '')", "a.id", true);
    where(&l.where, query);
    enum am_rc rc = am_listing_run(db, &l, query, decorate, out, err);
    am_listing_free(&l);
    return rc;
}

static enum am_rc get(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    static const char SQL[] =
        "SELECT a.id, a.kind, a.title, a.start_date, a.end_date, a.host_city_id, a.partnership_id, "
        "a.network_id, a.programme, a.description, a.outcome, a.source_url, a.created_at, "
        "a.updated_at FROM activity a WHERE a.id = ?";
    int64_t id;
    enum am_rc rc = am_key_id(key, "activity", &id, err);
    if (!rc)
        rc = am_db_one(db, SQL, json_pack("[I]", (json_int_t)id), out, err);
    if (rc == AM_ENOTFOUND)
        return am_err_set(err, rc, NULL, "no activity with id %.24s", key);
    if (!rc && (rc = decorate(db, *out, err))) {
        json_decref(*out);
        *out = NULL;
    }
    return rc;
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
static const struct am_rights rights = {"activity", &schema, NULL, NULL, rights_rules};

static enum am_rc rules(struct am_db *db, json_t *next, struct am_err *err)
{
    (void)db;
    const char *s = json_string_value(json_object_get(next, "start_date"));
    const char *e = json_string_value(json_object_get(next, "end_date"));
    if (s && e && strncmp(e, s, strlen(e) < strlen(s) ? strlen(e) : strlen(s)) < 0)
        return am_err_set(err, AM_EINVAL, "end_date", "end_date: is before start_date");
    return AM_OK;
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
    return rc;
}

static const struct am_writer writer = {
    .table = "activity", .what = "activity", .schema = &schema, .stamps = true,
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
    .schema = &schema, .filters = &filters, .rights = &rights,
    .list = list, .get = get, .create = create, .update = update, .remove = remove_activity,
};

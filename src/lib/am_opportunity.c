#include "am_opportunity.h"

#include <string.h>

#include "am_activity.h"
#include "am_read.h"

static const char *const kinds[] = {"tourism", "investment", "academic_exchange", "culture", "trade",
                                    "crisis_help", "other", NULL};
static const char *const statuses[] = {"new", "discussed", "activity", "partnership", "closed", NULL};

AM_CITY_REF(city_ref, "c");
AM_NETWORK_REF(network_ref, "w");

#define PAGE_IDS "IN (SELECT value FROM json_each(?1))"
static const struct am_embed people_embed = {
    .sql = "SELECT x.opportunity_id AS _owner, p.id, p.name FROM opportunity_person x JOIN person p ON "
           "p.id = x.person_id WHERE x.opportunity_id " PAGE_IDS " ORDER BY p.name"};
static const struct am_embed person_ids_embed = {
    .sql = "SELECT x.opportunity_id AS _owner, x.person_id AS _v FROM opportunity_person x JOIN person p ON "
           "p.id = x.person_id WHERE x.opportunity_id " PAGE_IDS " ORDER BY p.name"};
static const struct am_embed cities_embed = {
    .sql = "SELECT x.opportunity_id AS _owner, c.id, c.name, c.country FROM opportunity_city x JOIN city c ON "
           "c.id = x.city_id WHERE x.opportunity_id " PAGE_IDS " ORDER BY c.name"};
static const struct am_embed city_ids_embed = {
    .sql = "SELECT x.opportunity_id AS _owner, x.city_id AS _v FROM opportunity_city x JOIN city c ON "
           "c.id = x.city_id WHERE x.opportunity_id " PAGE_IDS " ORDER BY c.name"};

static const struct am_field person_ref_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY, .col = "p.id"},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_READONLY, .col = "p.name"},
    {0},
};
static const struct am_schema person_ref = {
    .name = "PersonRef", .doc = "A person, as a record of their office names them.", .fields = person_ref_fields};
AM_CITY_REF(item_city_ref, "c");

static const struct am_field activity_ref_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY, .col = "a.id"},
    {.name = "title", .type = AM_T_STRING, .flags = AM_F_READONLY, .col = "a.title"},
    {0},
};
static const struct am_schema activity_ref = {
    .name = "ActivityRef", .doc = "An activity, as a record names it.", .fields = activity_ref_fields};

static const struct am_field fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "city_id", .type = AM_T_ID, .flags = AM_F_NULLABLE | AM_F_OWNER | AM_F_SCOPED, .ref = "city",
     .doc = "the city whose office follows it"},
    {.name = "city", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE, .object = &city_ref},
    {.name = "network_id", .type = AM_T_ID, .flags = AM_F_NULLABLE | AM_F_OWNER | AM_F_SCOPED, .ref = "network",
     .doc = "the network whose secretariat follows it"},
    {.name = "network", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE, .object = &network_ref},
    {.name = "title", .type = AM_T_STRING, .flags = AM_F_REQUIRED, .min = 1, .max = 300},
    {.name = "kind", .type = AM_T_ENUM, .flags = AM_F_REQUIRED, .values = kinds,
     .doc = "tourism, investment, academic exchange, culture, trade, help in a crisis, other"},
    {.name = "description", .type = AM_T_TEXT, .flags = AM_F_NULLABLE, .max = 4000},
    {.name = "status", .type = AM_T_ENUM, .flags = AM_F_READONLY, .values = statuses,
     .doc = "new, discussed, then an activity or a partnership, or closed"},
    {.name = "person_ids", .type = AM_T_ARRAY, .flags = AM_F_VIRTUAL | AM_F_SCOPED,
     .item = &(const struct am_field){.name = "person", .type = AM_T_ID, .ref = "person"}, .max = 50,
     .embed = &person_ids_embed, .doc = "the people who identified it or take part (the office's own)"},
    {.name = "people", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "person", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
                                      .object = &person_ref},
     .embed = &people_embed},
    {.name = "city_ids", .type = AM_T_ARRAY, .flags = AM_F_VIRTUAL,
     .item = &(const struct am_field){.name = "city", .type = AM_T_ID, .ref = "city"}, .max = 50,
     .embed = &city_ids_embed, .doc = "the other cities it concerns"},
    {.name = "cities", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "city", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
                                      .object = &item_city_ref},
     .embed = &cities_embed},
    {.name = "partnership_id", .type = AM_T_ID, .flags = AM_F_NULLABLE | AM_F_SCOPED, .ref = "partnership",
     .doc = "the partnership it belongs to, if any"},
    {.name = "activity_id", .type = AM_T_INT, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .doc = "the activity it became"},
    {.name = "activity", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE, .object = &activity_ref},
    {.name = "result_partnership_id", .type = AM_T_INT, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .doc = "the partnership it became"},
    {.name = "closed_reason", .type = AM_T_TEXT, .flags = AM_F_READONLY | AM_F_NULLABLE},
    AM_FIELDS_STAMPS,
    AM_FIELD_CAN,
    {0},
};
const struct am_schema am_opportunity_schema = {
    .name = "Opportunity",
    .doc = "An opportunity someone identified, followed until it becomes an activity or a partnership.",
    .fields = fields,
    .example = "{\"city_id\": 1, \"title\": \"A joint summer school\", \"kind\": \"academic_exchange\"}"};

static const struct am_field filter_fields[] = {
    {.name = "q", .type = AM_T_STRING, .flags = AM_F_CONTAINS, .doc = "part of the title",
     .where = "o.title LIKE ? ESCAPE '\\'"},
    {.name = "status", .type = AM_T_ENUM, .values = statuses, .where = "o.status = ?"},
    {.name = "kind", .type = AM_T_ENUM, .values = kinds, .where = "o.kind = ?"},
    {.name = "city", .type = AM_T_ID, .doc = "followed by this city's office", .where = "o.city_id = ?"},
    {.name = "person", .type = AM_T_ID, .doc = "naming this person",
     .where = "EXISTS (SELECT 1 FROM opportunity_person x WHERE x.opportunity_id = o.id AND x.person_id = ?)"},
    {.name = "partnership", .type = AM_T_ID, .where = "o.partnership_id = ?"},
    AM_FILTER_PAGING,
    {0},
};
const struct am_schema am_opportunity_filters = {.name = "OpportunityFilters", .doc = NULL, .fields = filter_fields};

/* The office's own: its officer or secretariat, the data-protection officer. */
static void narrow(struct am_sql *w, json_t *query)
{
    struct am_viewer v = am_read_viewer(query);
    if (strcmp(v.role, "admin") == 0 || strcmp(v.role, "dpo") == 0)
        return;
    if (strcmp(v.role, "officer") == 0)
        am_sql_addv(w, " AND o.city_id = ?", json_integer(v.city_id));
    else if (strcmp(v.role, "secretariat") == 0)
        am_sql_addv(w, " AND o.network_id = ?", json_integer(v.network_id));
    else
        am_sql_add(w, " AND 0");
}

static const struct am_reading reading = {
    .from = "opportunity o LEFT JOIN city c ON c.id = o.city_id LEFT JOIN network w ON w.id = o.network_id "
            "LEFT JOIN activity a ON a.id = o.activity_id",
    .alias = "o", .order = "o.updated_at", .desc = true, .narrow = narrow,
};

static const char *const open_states[] = {"new", "discussed", NULL};
static const char *const new_state[] = {"new", NULL};
static const struct am_rule rights_rules[] = {
    {AM_ACT_READ, AM_REL_CITY | AM_REL_NETWORK | AM_REL_DPO, NULL, NULL},
    {AM_ACT_CREATE, AM_REL_CITY | AM_REL_NETWORK, NULL, NULL},
    {AM_ACT_UPDATE, AM_REL_CITY | AM_REL_NETWORK, NULL, NULL},
    {AM_ACT_DELETE, AM_REL_CITY | AM_REL_NETWORK, NULL, NULL},
    {AM_ACT_DISCUSS, AM_REL_CITY | AM_REL_NETWORK, new_state, "discussed"},
    {AM_ACT_MAKE_ACTIVITY, AM_REL_CITY | AM_REL_NETWORK, open_states, "activity"},
    {AM_ACT_LINK_PARTNERSHIP, AM_REL_CITY | AM_REL_NETWORK, open_states, "partnership"},
    {AM_ACT_CLOSE, AM_REL_CITY | AM_REL_NETWORK, open_states, "closed"},
    {0},
};
static const struct am_rights rights = {"opportunity", &am_opportunity_schema, "status", NULL, rights_rules, NULL};

static enum am_rc list_all(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    return am_read_list(db, &am_opportunity_resource, query, out, err);
}

static enum am_rc get(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    return am_read_one(db, &am_opportunity_resource, key, out, err);
}

enum am_rc am_opportunity_list(struct am_db *db, const struct am_actor *who, json_t *query, json_t **out,
                               struct am_err *err)
{
    return am_read_list_as(db, &am_opportunity_resource, who, query, out, err);
}

static enum am_rc rules(struct am_db *db, json_t *next, struct am_err *err)
{
    (void)db;
    if (!am_get_id(next, "city_id") && !am_get_id(next, "network_id"))
        return am_err_set(err, AM_EINVAL, "city_id",
                          "City: say which office follows it: a city's (city_id) or a network's (network_id)");
    return AM_OK;
}

static enum am_rc links(struct am_db *db, int64_t id, json_t *in, struct am_err *err)
{
    json_t *v;
    enum am_rc rc = AM_OK;
    if ((v = json_object_get(in, "person_ids")))
        rc = am_links_set(db, "opportunity_person", "opportunity_id", "person_id", id, v, err);
    if (!rc && (v = json_object_get(in, "city_ids")))
        rc = am_links_set(db, "opportunity_city", "opportunity_id", "city_id", id, v, err);
    return rc;
}

/* unlogged: the history would keep the names of the people it names */
static const struct am_writer writer = {
    .table = "opportunity", .what = "opportunity", .schema = &am_opportunity_schema, .stamps = true, .get = get,
    .rights = &rights, .rules = rules, .links = links, .unlogged = true,
};

static enum am_rc create(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out, struct am_err *err)
{
    return am_write_create(db, &writer, who, in, out, err);
}

static enum am_rc update(struct am_db *db, const struct am_actor *who, const char *key, json_t *patch, json_t **out,
                         struct am_err *err)
{
    return am_write_update(db, &writer, who, key, patch, out, err);
}

static enum am_rc remove_opportunity(struct am_db *db, const struct am_actor *who, const char *key,
                                     struct am_err *err)
{
    return am_write_delete(db, &writer, who, key, err);
}

/* ---- its life ------------------------------------------------------------------ */

const struct am_schema am_opportunity_discuss_schema = {
    .name = "OpportunityDiscuss", .doc = "Nothing to record.", .fields = (const struct am_field[]){{0}}};

static const struct am_field activity_fields[] = {
    {.name = "kind", .type = AM_T_ENUM, .flags = AM_F_REQUIRED, .values = am_activity_kinds,
     .doc = "the kind of activity it becomes"},
    {.name = "start_date", .type = AM_T_DATE, .flags = AM_F_NULLABLE},
    {0},
};
const struct am_schema am_opportunity_activity_schema = {
    .name = "OpportunityActivity", .doc = "The activity the opportunity becomes: its title, cities and partnership "
                                          "are the opportunity's.",
    .fields = activity_fields, .example = "{\"kind\": \"study_visit\"}"};

static const struct am_field partnership_fields[] = {
    {.name = "partnership_id", .type = AM_T_ID, .flags = AM_F_REQUIRED, .ref = "partnership",
     .doc = "the partnership it became (recorded first; one of the office's city)"},
    {0},
};
const struct am_schema am_opportunity_partnership_schema = {
    .name = "OpportunityPartnership", .doc = "The partnership the opportunity became.", .fields = partnership_fields,
    .example = "{\"partnership_id\": 1}"};

static const struct am_field close_fields[] = {
    {.name = "closed_reason", .type = AM_T_TEXT, .flags = AM_F_NULLABLE, .max = 2000, .doc = "why it went no further"},
    {0},
};
const struct am_schema am_opportunity_close_schema = {
    .name = "OpportunityClose", .doc = "Why the opportunity is closed.", .fields = close_fields,
    .example = "{\"closed_reason\": \"No partner found for the dates.\"}"};

/* The activity made of an opportunity: its title, the office's city as
 * host, its cities and partnership; made with who's rights, in the same
 * transaction as the opportunity's new state. */
static enum am_rc make_activity(struct am_db *db, const struct am_actor *who, json_t *opp, json_t *body,
                                json_t **out, struct am_err *err)
{
    json_t *in = json_pack("{s:O,s:O}", "title", json_object_get(opp, "title"), "kind", json_object_get(body, "kind"));
    json_t *act = NULL;
    char key[24];
    int64_t id = am_get_id(opp, "id");
    if (!in)
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    if (am_get_id(opp, "city_id"))
        json_object_set(in, "host_city_id", json_object_get(opp, "city_id"));
    if (am_get_id(opp, "network_id"))
        json_object_set(in, "network_id", json_object_get(opp, "network_id"));
    if (am_get_id(opp, "partnership_id"))
        json_object_set(in, "partnership_id", json_object_get(opp, "partnership_id"));
    if (json_array_size(json_object_get(opp, "city_ids")))
        json_object_set(in, "city_ids", json_object_get(opp, "city_ids"));
    if (json_is_string(json_object_get(body, "start_date")))
        json_object_set(in, "start_date", json_object_get(body, "start_date"));
    if (json_is_string(json_object_get(opp, "description")))
        json_object_set(in, "description", json_object_get(opp, "description"));
    enum am_rc rc = am_db_begin(db, err);
    if (!rc)
        rc = am_activity_resource.create(db, who, in, &act, err);
    char now[32];
    am_now(now);
    if (!rc)
        rc = am_db_exec(db, "UPDATE opportunity SET status = 'activity', activity_id = ?, updated_at = ? WHERE id = ?",
                        json_pack("[IsI]", (json_int_t)am_get_id(act, "id"), now, (json_int_t)id), NULL, err);
    if (!rc)
        rc = am_db_commit(db, err);
    if (rc)
        am_db_rollback(db);
    json_decref(in);
    json_decref(act);
    snprintf(key, sizeof key, "%lld", (long long)id);
    return rc ? rc : get(db, key, out, err);
}

/* The partnership it became goes into its own column; it must be one of
 * the office's city (checked once who may take the step is known). */
static enum am_rc link_partnership(struct am_db *db, const struct am_actor *who, const char *key, enum am_action act,
                                   json_t *body, json_t **out, struct am_err *err)
{
    static const struct am_field result_fields[] = {
        {.name = "result_partnership_id", .type = AM_T_ID, .ref = "partnership"}, {0}};
    static const struct am_schema result = {.name = "OpportunityResult", .doc = NULL, .fields = result_fields};
    json_t *opp = NULL, *b = NULL;
    int64_t partnership = am_get_id(body, "partnership_id"), ok = 0;
    enum am_rc rc = get(db, key, &opp, err);
    if (!rc)
        rc = am_rights_need(&rights, who, opp, act, err);
    if (!rc)
        rc = am_db_i64(db,
                       "SELECT EXISTS (SELECT 1 FROM partnership WHERE id = ?1 AND (?2 = 0 OR a_city_id = ?2 OR "
                       "b_city_id = ?2))",
                       json_pack("[II]", (json_int_t)partnership, (json_int_t)am_get_id(opp, "city_id")), &ok, err);
    if (!rc && !ok)
        rc = am_err_set(err, AM_EINVAL, "partnership_id",
                        "Partnership: choose a partnership of %s", json_string_value(json_object_get(
                                                                      json_object_get(opp, "city"), "name")));
    if (!rc && !(b = json_pack("{s:I}", "result_partnership_id", (json_int_t)partnership)))
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    if (!rc)
        rc = am_write_step(db, &writer, who, key, act, &result, b, out, err);
    json_decref(opp);
    json_decref(b);
    return rc;
}

static enum am_rc step(struct am_db *db, const struct am_actor *who, const char *key, enum am_action act,
                       const struct am_schema *recorded, json_t *body, json_t **out, struct am_err *err)
{
    if (act == AM_ACT_LINK_PARTNERSHIP)
        return link_partnership(db, who, key, act, body, out, err);
    if (act != AM_ACT_MAKE_ACTIVITY)
        return am_write_step(db, &writer, who, key, act, recorded, body, out, err);
    json_t *opp = NULL;
    enum am_rc rc = get(db, key, &opp, err);
    if (!rc)
        rc = am_rights_need(&rights, who, opp, act, err);
    if (!rc)
        rc = make_activity(db, who, opp, body, out, err);
    json_decref(opp);
    return rc;
}

const struct am_resource am_opportunity_resource = {
    .name = "opportunities", .singular = "opportunity", .table = "opportunity", .key = "id",
    .doc = "Opportunities a citizen, a contact or the office identified: the office's pipeline.",
    .schema = &am_opportunity_schema, .filters = &am_opportunity_filters, .rights = &rights, .reading = &reading,
    .list = list_all, .get = get, .create = create, .update = update, .remove = remove_opportunity, .step = step,
};

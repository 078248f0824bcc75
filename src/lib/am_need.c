#include "am_need.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "am_currency.h"
#include "am_read.h"
#include "am_resolve.h"
#include "am_topic.h"
#include "util/am_blob.h"

/* ---- the vocabulary (data/needs.json, compiled in) ------------------------------- */

#define NEEDS_FILE "data/needs.json"

static pthread_once_t once = PTHREAD_ONCE_INIT;
static json_t *vocabulary; /* [{id, group, label, units}]: read-only once loaded */

static void load(void)
{
    const struct am_blob *b = am_blob_find(NEEDS_FILE);
    json_t *doc = b ? json_loadb(b->data, b->len, 0, NULL) : NULL;
    vocabulary = json_incref(json_object_get(doc, "categories"));
    if (!vocabulary)
        vocabulary = json_array();
    json_decref(doc);
}

json_t *am_need_categories(void)
{
    pthread_once(&once, load);
    return json_pack("{s:O}", "items", vocabulary);
}

static json_t *category_of(const char *id)
{
    pthread_once(&once, load);
    size_t i;
    json_t *c;
    json_array_foreach(vocabulary, i, c) if (id && strcmp(json_string_value(json_object_get(c, "id")), id) == 0) return c;
    return NULL;
}

/* The category is one of the vocabulary's, the unit one of its units. */
static enum am_rc category_check(json_t *rec, struct am_err *err)
{
    const char *cat = json_string_value(json_object_get(rec, "category"));
    const char *unit = json_string_value(json_object_get(rec, "unit"));
    json_t *c = category_of(cat);
    if (!c)
        return am_err_set(err, AM_EINVAL, "category", "Category: %s is none of amity's categories (GET /need-categories)",
                          cat ? cat : "");
    size_t i;
    json_t *u;
    json_array_foreach(json_object_get(c, "units"), i, u) if (unit && strcmp(json_string_value(u), unit) == 0) return AM_OK;
    return am_err_set(err, AM_EINVAL, "unit", "Unit: a %s is counted in %s", json_string_value(json_object_get(c, "label")),
                      json_string_value(json_array_get(json_object_get(c, "units"), 0)));
}

static const struct am_field category_fields[] = {
    {.name = "id", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "group", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "label", .type = AM_T_STRING, .flags = AM_F_READONLY, .doc = "in English; the page words it"},
    {.name = "units", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "unit", .type = AM_T_STRING}},
    {0},
};
static const struct am_schema category_schema = {
    .name = "NeedCategory", .doc = "A category of need or offer, and its units.", .fields = category_fields};
static const struct am_field categories_fields[] = {
    {.name = "items", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "category", .type = AM_T_OBJECT, .object = &category_schema}},
    {0},
};
const struct am_schema am_need_categories_schema = {
    .name = "NeedCategories", .doc = "The vocabulary of needs and offers (data/needs.json).",
    .fields = categories_fields};

/* ---- needs ----------------------------------------------------------------------- */

static const char *const urgencies[] = {"low", "medium", "high", "critical", NULL};
static const char *const need_statuses[] = {"open", "partly_met", "met", "closed", "withdrawn", NULL};

AM_CITY_REF(need_city_ref, "c");

#define PAGE_IDS "IN (SELECT value FROM json_each(?1))"
static const struct am_embed need_topics_embed = {
    .sql = "SELECT need_id AS _owner, topic_id AS _v FROM need_topic WHERE need_id " PAGE_IDS " ORDER BY topic_id"};

/* live: pledged and not cancelled; met: confirmed deliveries */
#define PLEDGED_SQL "(SELECT coalesce(sum(x.quantity), 0) FROM pledge x WHERE x.need_id = n.id AND x.status <> 'cancelled')"
#define MET_SQL "(SELECT coalesce(sum(x.delivered_quantity), 0) FROM pledge x WHERE x.need_id = n.id AND x.status = 'confirmed')"

static const struct am_field need_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "city_id", .type = AM_T_ID, .flags = AM_F_REQUIRED | AM_F_OWNER | AM_F_SCOPED, .ref = "city",
     .doc = "the city in need (its officer posts)"},
    {.name = "city", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &need_city_ref},
    {.name = "lat", .type = AM_T_NUMBER, .flags = AM_F_READONLY | AM_F_NULLABLE, .col = "c.lat"},
    {.name = "lng", .type = AM_T_NUMBER, .flags = AM_F_READONLY | AM_F_NULLABLE, .col = "c.lng"},
    {.name = "category", .type = AM_T_STRING, .flags = AM_F_REQUIRED, .max = 40, .vocabulary = "/need-categories",
     .doc = "one of GET /need-categories (generators, hosting, expertise...)"},
    {.name = "title", .type = AM_T_STRING, .flags = AM_F_REQUIRED, .min = 1, .max = 300},
    {.name = "description", .type = AM_T_TEXT, .flags = AM_F_NULLABLE, .max = 8000},
    {.name = "quantity", .type = AM_T_INT, .flags = AM_F_REQUIRED, .min = 1, .max = 1000000,
     .doc = "a whole number, in the unit"},
    {.name = "unit", .type = AM_T_STRING, .flags = AM_F_REQUIRED, .max = 20, .vocabulary = "/need-categories",
     .doc = "one of the category's units"},
    {.name = "urgency", .type = AM_T_ENUM, .flags = AM_F_REQUIRED, .values = urgencies},
    {.name = "deadline", .type = AM_T_DATE, .flags = AM_F_NULLABLE},
    {.name = "delivery_place", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .max = 300,
     .doc = "where to deliver"},
    {.name = "language", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .min = 2, .max = 2,
     .doc = "the language to answer in (ISO 639-1)"},
    {.name = "over_ok", .type = AM_T_BOOL, .label = "More accepted",
     .doc = "pledges beyond the quantity are accepted (default no)"},
    {.name = "topics", .type = AM_T_ARRAY, .flags = AM_F_VIRTUAL, .item = &am_topic_item, .max = 20,
     .embed = &need_topics_embed, .doc = "for expertise: its topics"},
    {.name = "status", .type = AM_T_ENUM, .flags = AM_F_READONLY, .values = need_statuses,
     .doc = "open, partly met, met (by confirmed deliveries); closed; withdrawn"},
    {.name = "withdrawn_reason", .type = AM_T_TEXT, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "pledged", .type = AM_T_INT, .flags = AM_F_READONLY, .col = PLEDGED_SQL,
     .doc = "pledged and not cancelled"},
    {.name = "met", .type = AM_T_INT, .flags = AM_F_READONLY, .col = MET_SQL, .doc = "delivered and confirmed"},
    {.name = "remaining", .type = AM_T_INT, .flags = AM_F_READONLY, .col = "max(n.quantity - " PLEDGED_SQL ", 0)",
     .doc = "what can still be pledged"},
    {.name = "pledgeable", .type = AM_T_BOOL, .flags = AM_F_READONLY,
     .col = "(n.status IN ('open', 'partly_met') AND (n.over_ok OR n.quantity > " PLEDGED_SQL "))",
     .doc = "it takes pledges now (open, and something left or more accepted)"},
    AM_FIELDS_STAMPS,
    AM_FIELD_CAN,
    {0},
};
const struct am_schema am_need_schema = {
    .name = "Need", .doc = "What a city needs: a category, a quantity, its urgency.", .fields = need_fields,
    .example = "{\"city_id\": 1, \"category\": \"generators\", \"title\": \"Generators for the water works\", "
               "\"quantity\": 500, \"unit\": \"generators\", \"urgency\": \"critical\"}"};

static const struct am_field need_filter_fields[] = {
    {.name = "category", .type = AM_T_STRING, .where = "n.category = ?"},
    {.name = "country", .type = AM_T_COUNTRY, .where = "c.country = ?"},
    {.name = "city", .type = AM_T_ID, .where = "n.city_id = ?"},
    {.name = "urgency", .type = AM_T_ENUM, .values = urgencies, .where = "n.urgency = ?"},
    {.name = "status", .type = AM_T_ENUM, .values = need_statuses, .where = "n.status = ?"},
    {.name = "network", .type = AM_T_ID, .doc = "of a current member city of this network",
     .where = "EXISTS (SELECT 1 FROM membership m WHERE m.city_id = n.city_id AND m.network_id = ? AND "
              "m.left_year IS NULL AND m.status = 'current')"},
    {.name = "partner_of", .type = AM_T_ID, .doc = "of a partner city of this city (a workspace's view)",
     .where = "EXISTS (SELECT 1 FROM partnership p WHERE p.status <> 'ended' AND ((p.a_city_id = n.city_id AND "
              "p.b_city_id = ?) OR (p.b_city_id = n.city_id AND p.a_city_id = ?)))"},
    {.name = "live", .type = AM_T_BOOL, .doc = "open or partly met",
     .where = "(n.status IN ('open', 'partly_met')) = ?"},
    AM_FILTER_PAGING,
    {0},
};
static const struct am_schema need_filters = {.name = "NeedFilters", .doc = NULL, .fields = need_filter_fields};

static const struct am_reading need_reading = {
    .from = "need n JOIN city c ON c.id = n.city_id", .alias = "n", .order = "n.updated_at", .desc = true,
};

static const char *const live_states[] = {"open", "partly_met", NULL};
static const char *const closable[] = {"open", "partly_met", "met", NULL};
static const struct am_rule need_rules_of_rights[] = {
    {AM_ACT_CREATE, AM_REL_CITY, NULL, NULL},
    {AM_ACT_UPDATE, AM_REL_CITY, live_states, NULL},
    {AM_ACT_WITHDRAW, AM_REL_CITY, live_states, "withdrawn"},
    {AM_ACT_CLOSE, AM_REL_CITY, closable, "closed"},
    {0},
};
static const struct am_rights need_rights = {"need", &am_need_schema, "status", NULL, need_rules_of_rights, NULL};

static enum am_rc need_get(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    return am_read_one(db, &am_need_resource, key, out, err);
}

static enum am_rc need_list(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    return am_read_list(db, &am_need_resource, query, out, err);
}

static enum am_rc need_rules(struct am_db *db, json_t *next, struct am_err *err)
{
    (void)db;
    enum am_rc rc = category_check(next, err);
    const char *cat = json_string_value(json_object_get(next, "category"));
    if (!rc && cat && strcmp(cat, "funding") == 0 && !am_currency_known(json_string_value(json_object_get(next, "unit"))))
        rc = am_err_set(err, AM_EINVAL, "unit", "Unit: funding is counted in a currency (ISO 4217)");
    return rc;
}

static enum am_rc need_links(struct am_db *db, int64_t id, json_t *in, struct am_err *err)
{
    json_t *v = json_object_get(in, "topics");
    return v ? am_links_set(db, "need_topic", "need_id", "topic_id", id, v, err) : AM_OK;
}

static const struct am_writer need_writer = {
    .table = "need", .what = "need", .schema = &am_need_schema, .stamps = true, .get = need_get,
    .rights = &need_rights, .rules = need_rules, .links = need_links,
};

static enum am_rc need_create(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out,
                              struct am_err *err)
{
    return am_write_create(db, &need_writer, who, in, out, err);
}

/* Less than is pledged already is refused: pledges are promises. */
static enum am_rc need_update(struct am_db *db, const struct am_actor *who, const char *key, json_t *patch,
                              json_t **out, struct am_err *err)
{
    json_t *q = json_object_get(patch, "quantity");
    if (json_is_integer(q)) {
        json_t *old = NULL;
        enum am_rc rc = need_get(db, key, &old, err);
        if (!rc && !json_is_true(json_object_get(patch, "over_ok")) && !json_is_true(json_object_get(old, "over_ok")) &&
            json_integer_value(q) < json_integer_value(json_object_get(old, "pledged")) &&
            !(rc = am_rights_need(&need_rights, who, old, AM_ACT_UPDATE, err)))
            rc = am_err_set(err, AM_EINVAL, "quantity", "Quantity: %lld are pledged already; ask at least that",
                            (long long)json_integer_value(json_object_get(old, "pledged")));
        json_decref(old);
        if (rc)
            return rc;
    }
    return am_write_update(db, &need_writer, who, key, patch, out, err);
}

static const struct am_field need_withdraw_fields[] = {
    {.name = "withdrawn_reason", .type = AM_T_TEXT, .flags = AM_F_REQUIRED, .min = 1, .max = 2000, .label = "Reason",
     .doc = "why it is withdrawn (the pledging cities read it)"},
    {0},
};
const struct am_schema am_need_withdraw_schema = {
    .name = "NeedWithdraw", .doc = "The need is withdrawn: why.", .fields = need_withdraw_fields,
    .example = "{\"withdrawn_reason\": \"Delivered by the national government.\"}"};
const struct am_schema am_need_close_schema = {
    .name = "NeedClose", .doc = "Nothing to record.", .fields = (const struct am_field[]){{0}}};

static enum am_rc need_step(struct am_db *db, const struct am_actor *who, const char *key, enum am_action act,
                            const struct am_schema *recorded, json_t *body, json_t **out, struct am_err *err)
{
    return am_write_step(db, &need_writer, who, key, act, recorded, body, out, err);
}

const struct am_resource am_need_resource = {
    .name = "needs", .singular = "need", .table = "need", .key = "id",
    .doc = "What cities need: equipment, hosting displaced people, expertise, funding, training, a partner.",
    .schema = &am_need_schema, .filters = &need_filters, .rights = &need_rights, .reading = &need_reading,
    .list = need_list, .get = need_get, .create = need_create, .update = need_update, .step = need_step,
};

/* ---- standing offers --------------------------------------------------------------- */

static const char *const offer_statuses[] = {"open", "withdrawn", NULL};
AM_CITY_REF(offer_city_ref, "c");
AM_ORG_REF(offer_org_ref, "o");

static const struct am_field offer_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "city_id", .type = AM_T_ID, .flags = AM_F_REQUIRED | AM_F_OWNER | AM_F_SCOPED, .ref = "city",
     .doc = "the offering city"},
    {.name = "city", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &offer_city_ref},
    {.name = "organisation_id", .type = AM_T_ID, .flags = AM_F_NULLABLE | AM_F_SCOPED, .ref = "organisation",
     .doc = "an organisation in the city that offers it"},
    {.name = "organisation", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE, .object = &offer_org_ref},
    {.name = "category", .type = AM_T_STRING, .flags = AM_F_REQUIRED, .max = 40, .vocabulary = "/need-categories"},
    {.name = "title", .type = AM_T_STRING, .flags = AM_F_REQUIRED, .min = 1, .max = 300},
    {.name = "description", .type = AM_T_TEXT, .flags = AM_F_NULLABLE, .max = 8000},
    {.name = "quantity", .type = AM_T_INT, .flags = AM_F_REQUIRED, .min = 1, .max = 1000000},
    {.name = "unit", .type = AM_T_STRING, .flags = AM_F_REQUIRED, .max = 20, .vocabulary = "/need-categories"},
    {.name = "language", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .min = 2, .max = 2,
     .doc = "a language it comes with (an expert who speaks Ukrainian: uk)"},
    {.name = "status", .type = AM_T_ENUM, .flags = AM_F_READONLY, .values = offer_statuses},
    AM_FIELDS_STAMPS,
    AM_FIELD_CAN,
    {0},
};
static const struct am_schema offer_schema = {
    .name = "Offer", .doc = "What a city, or an organisation in it, can give before anyone asks.",
    .fields = offer_fields,
    .example = "{\"city_id\": 1, \"category\": \"hosting\", \"title\": \"We can host 300 displaced people\", "
               "\"quantity\": 300, \"unit\": \"people\"}"};

static const struct am_field offer_filter_fields[] = {
    {.name = "category", .type = AM_T_STRING, .where = "f.category = ?"},
    {.name = "city", .type = AM_T_ID, .where = "f.city_id = ?"},
    {.name = "country", .type = AM_T_COUNTRY, .where = "c.country = ?"},
    {.name = "status", .type = AM_T_ENUM, .values = offer_statuses, .where = "f.status = ?"},
    AM_FILTER_PAGING,
    {0},
};
static const struct am_schema offer_filters = {.name = "OfferFilters", .doc = NULL, .fields = offer_filter_fields};

static const struct am_reading offer_reading = {
    .from = "offer f JOIN city c ON c.id = f.city_id LEFT JOIN organisation o ON o.id = f.organisation_id",
    .alias = "f", .order = "f.updated_at", .desc = true,
};

static const char *const open_offer[] = {"open", NULL};
static const struct am_rule offer_rules_of_rights[] = {
    {AM_ACT_CREATE, AM_REL_CITY, NULL, NULL},
    {AM_ACT_UPDATE, AM_REL_CITY, open_offer, NULL},
    {AM_ACT_WITHDRAW, AM_REL_CITY, open_offer, "withdrawn"},
    {0},
};
static const struct am_rights offer_rights = {"offer", &offer_schema, "status", NULL, offer_rules_of_rights, NULL};

static enum am_rc offer_get(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    return am_read_one(db, &am_offer_resource, key, out, err);
}

static enum am_rc offer_list(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    return am_read_list(db, &am_offer_resource, query, out, err);
}

static const struct am_writer offer_writer = {
    .table = "offer", .what = "offer", .schema = &offer_schema, .stamps = true, .get = offer_get,
    .rights = &offer_rights, .rules = need_rules,
};

static enum am_rc offer_create(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out,
                               struct am_err *err)
{
    return am_write_create(db, &offer_writer, who, in, out, err);
}

static enum am_rc offer_update(struct am_db *db, const struct am_actor *who, const char *key, json_t *patch,
                               json_t **out, struct am_err *err)
{
    return am_write_update(db, &offer_writer, who, key, patch, out, err);
}

const struct am_schema am_offer_withdraw_schema = {
    .name = "OfferWithdraw", .doc = "Nothing to record.", .fields = (const struct am_field[]){{0}}};

static enum am_rc offer_step(struct am_db *db, const struct am_actor *who, const char *key, enum am_action act,
                             const struct am_schema *recorded, json_t *body, json_t **out, struct am_err *err)
{
    return am_write_step(db, &offer_writer, who, key, act, recorded, body, out, err);
}

const struct am_resource am_offer_resource = {
    .name = "offers", .singular = "offer", .table = "offer", .key = "id",
    .doc = "Standing offers: what cities, or organisations in them, can give.",
    .schema = &offer_schema, .filters = &offer_filters, .rights = &offer_rights, .reading = &offer_reading,
    .list = offer_list, .get = offer_get, .create = offer_create, .update = offer_update, .step = offer_step,
};

/* ---- pledges ------------------------------------------------------------------------ */

static const char *const pledge_statuses[] = {"pledged", "confirmed", "cancelled", NULL};

static const struct am_field pledge_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "need_id", .type = AM_T_ID, .flags = AM_F_REQUIRED, .ref = "need", .doc = "the need pledged against"},
    {.name = "need_title", .type = AM_T_STRING, .flags = AM_F_READONLY, .col = "n.title"},
    {.name = "need_city_id", .type = AM_T_ID, .flags = AM_F_READONLY | AM_F_OWNER, .ref = "city",
     .doc = "the city in need: its officer confirms deliveries"},
    {.name = "need_city_name", .type = AM_T_STRING, .flags = AM_F_READONLY, .col = "nc.name"},
    {.name = "city_id", .type = AM_T_ID, .flags = AM_F_REQUIRED | AM_F_SHARED | AM_F_SCOPED, .ref = "city",
     .doc = "the pledging city (its officer pledges, for its own city)"},
    {.name = "city_name", .type = AM_T_STRING, .flags = AM_F_READONLY, .col = "c.name"},
    {.name = "offer_id", .type = AM_T_ID, .flags = AM_F_NULLABLE, .ref = "offer",
     .doc = "the standing offer it comes from, if any (the pledging city's)"},
    {.name = "quantity", .type = AM_T_INT, .flags = AM_F_REQUIRED, .min = 1, .max = 1000000,
     .doc = "a whole number, in the need's unit"},
    {.name = "unit", .type = AM_T_STRING, .flags = AM_F_READONLY, .col = "n.unit"},
    {.name = "note", .type = AM_T_TEXT, .flags = AM_F_NULLABLE, .max = 2000},
    {.name = "status", .type = AM_T_ENUM, .flags = AM_F_READONLY, .values = pledge_statuses,
     .doc = "pledged, then confirmed by the city in need on delivery, or cancelled"},
    {.name = "delivered_quantity", .type = AM_T_INT, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .doc = "what the city in need confirmed it received"},
    {.name = "confirmed_on", .type = AM_T_DATE, .flags = AM_F_READONLY | AM_F_NULLABLE},
    AM_FIELDS_STAMPS,
    AM_FIELD_CAN,
    {0},
};
static const struct am_schema pledge_schema = {
    .name = "Pledge", .doc = "A city's promise of a quantity against a need, confirmed on delivery.",
    .fields = pledge_fields, .example = "{\"need_id\": 1, \"city_id\": 2, \"quantity\": 250}"};

static const struct am_field pledge_filter_fields[] = {
    {.name = "need", .type = AM_T_ID, .where = "x.need_id = ?"},
    {.name = "city", .type = AM_T_ID, .doc = "pledged by this city", .where = "x.city_id = ?"},
    {.name = "need_city", .type = AM_T_ID, .doc = "to this city", .where = "x.need_city_id = ?"},
    {.name = "status", .type = AM_T_ENUM, .values = pledge_statuses, .where = "x.status = ?"},
    AM_FILTER_PAGING,
    {0},
};
static const struct am_schema pledge_filters = {.name = "PledgeFilters", .doc = NULL, .fields = pledge_filter_fields};

static const struct am_reading pledge_reading = {
    .from = "pledge x JOIN need n ON n.id = x.need_id JOIN city nc ON nc.id = x.need_city_id JOIN city c ON "
            "c.id = x.city_id",
    .alias = "x", .order = "x.id",
};

/* The pledging city's officer pledges and cancels; the needing city's
 * confirms what arrived. */
static const char *const pledged_state[] = {"pledged", NULL};
static const struct am_rule pledge_rules_of_rights[] = {
    {AM_ACT_CREATE, AM_REL_SHARED, NULL, NULL},
    {AM_ACT_CANCEL, AM_REL_SHARED, pledged_state, "cancelled"},
    {AM_ACT_CONFIRM, AM_REL_CITY, pledged_state, "confirmed"},
    {0},
};
static const struct am_rights pledge_rights = {"pledge", &pledge_schema, "status", NULL, pledge_rules_of_rights, NULL};

static enum am_rc pledge_get(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    return am_read_one(db, &am_pledge_resource, key, out, err);
}

static enum am_rc pledge_list(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    return am_read_list(db, &am_pledge_resource, query, out, err);
}

static const struct am_writer pledge_writer = {
    .table = "pledge", .what = "pledge", .schema = &pledge_schema, .stamps = true, .get = pledge_get,
    .rights = &pledge_rights,
};

/* Counted and written in one write transaction: concurrent pledges take
 * turns, so what is pledged never passes what was asked (unless the city
 * accepts more). */
static enum am_rc pledge_create(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out,
                                struct am_err *err)
{
    json_t *need = NULL, *probe = NULL, *offer = NULL;
    int64_t pledged = 0, id = 0, qty = am_get_id(in, "quantity");
    char key[24];
    enum am_rc rc = am_refs_check(db, &pledge_schema, in, err);
    if (!rc)
        rc = am_db_one(db, "SELECT id, city_id, status, quantity, over_ok, unit FROM need WHERE id = ?",
                       json_pack("[I]", (json_int_t)am_get_id(in, "need_id")), &need, err);
    if (!rc && !(probe = json_deep_copy(in)))
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    if (!rc) {
        json_object_set(probe, "need_city_id", json_object_get(need, "city_id"));
        rc = am_rights_need(&pledge_rights, who, probe, AM_ACT_CREATE, err);
    }
    if (!rc)
        rc = am_scope_check(db, &pledge_schema, who, in, NULL, err);
    if (!rc && am_get_id(in, "city_id") == am_get_id(need, "city_id"))
        rc = am_err_set(err, AM_EINVAL, "city_id", "City: a city does not pledge to its own need");
    const char *st = need ? json_string_value(json_object_get(need, "status")) : "";
    if (!rc && strcmp(st, "open") != 0 && strcmp(st, "partly_met") != 0)
        rc = am_err_set(err, AM_ECONFLICT, "need_id", "Need: it is %s and takes no pledge", st);
    if (!rc && am_get_id(in, "offer_id")) {
        rc = am_db_one(db, "SELECT city_id, status FROM offer WHERE id = ?",
                       json_pack("[I]", (json_int_t)am_get_id(in, "offer_id")), &offer, err);
        if (!rc && am_get_id(offer, "city_id") != am_get_id(in, "city_id"))
            rc = am_err_set(err, AM_EINVAL, "offer_id", "Offer: choose one of the pledging city's offers");
    }
    if (!rc && !(rc = am_db_begin(db, err))) {
        rc = am_db_i64(db, "SELECT coalesce(sum(quantity), 0) FROM pledge WHERE need_id = ? AND status <> 'cancelled'",
                       json_pack("[I]", (json_int_t)am_get_id(need, "id")), &pledged, err);
        int64_t left = json_integer_value(json_object_get(need, "quantity")) - pledged;
        if (!rc && qty > left && !json_integer_value(json_object_get(need, "over_ok")))
            rc = left > 0 ? am_err_set(err, AM_ECONFLICT, "quantity", "Quantity: only %lld %s remain to be pledged",
                                       (long long)left, json_string_value(json_object_get(need, "unit")))
                          : am_err_set(err, AM_ECONFLICT, "quantity", "Quantity: all of it is pledged already");
        char now[32];
        am_now(now);
        if (!rc)
            rc = am_db_exec(db,
                            "INSERT INTO pledge (need_id, need_city_id, city_id, offer_id, quantity, note, status, "
                            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'pledged', ?, ?)",
                            json_pack("[OOOoIoss]", json_object_get(need, "id"), json_object_get(need, "city_id"),
                                      json_object_get(in, "city_id"),
                                      json_object_get(in, "offer_id") ? json_incref(json_object_get(in, "offer_id"))
                                                                      : json_null(),
                                      (json_int_t)qty,
                                      json_object_get(in, "note") ? json_incref(json_object_get(in, "note"))
                                                                  : json_null(),
                                      now, now),
                            NULL, err);
        if (!rc)
            id = am_db_last_id(db);
        if (!rc)
            rc = am_db_commit(db, err);
        if (rc)
            am_db_rollback(db);
    }
    json_decref(need);
    json_decref(probe);
    json_decref(offer);
    snprintf(key, sizeof key, "%lld", (long long)id);
    return rc ? rc : pledge_get(db, key, out, err);
}

static const struct am_field confirm_fields[] = {
    {.name = "delivered_quantity", .type = AM_T_INT, .flags = AM_F_NULLABLE, .min = 1, .max = 1000000,
     .doc = "what arrived (default: all that was pledged)"},
    {.name = "confirmed_on", .type = AM_T_DATE, .flags = AM_F_NULLABLE | AM_F_NOW},
    {0},
};
const struct am_schema am_pledge_confirm_schema = {
    .name = "PledgeConfirm", .doc = "The delivery arrived: how much.", .fields = confirm_fields,
    .example = "{\"delivered_quantity\": 200}"};
const struct am_schema am_pledge_cancel_schema = {
    .name = "PledgeCancel", .doc = "Nothing to record.", .fields = (const struct am_field[]){{0}}};

/* The need's status follows its confirmed deliveries. */
static enum am_rc need_restate(struct am_db *db, int64_t need, struct am_err *err)
{
    char now[32];
    am_now(now);
    return am_db_exec(db,
                      "UPDATE need SET status = CASE WHEN m.met >= need.quantity THEN 'met' WHEN m.met > 0 THEN "
                      "'partly_met' ELSE 'open' END, updated_at = ?2 FROM (SELECT coalesce(sum(delivered_quantity), 0) "
                      "AS met FROM pledge WHERE need_id = ?1 AND status = 'confirmed') m WHERE need.id = ?1 AND "
                      "need.status IN ('open', 'partly_met', 'met')",
                      json_pack("[Is]", (json_int_t)need, now), NULL, err);
}

static enum am_rc pledge_step(struct am_db *db, const struct am_actor *who, const char *key, enum am_action act,
                              const struct am_schema *recorded, json_t *body, json_t **out, struct am_err *err)
{
    json_t *p = NULL, *b = NULL;
    enum am_rc rc = pledge_get(db, key, &p, err);
    if (!rc)
        rc = am_rights_need(&pledge_rights, who, p, act, err);
    json_t *given = json_object_get(body, "delivered_quantity");
    if (!rc && act == AM_ACT_CONFIRM && json_is_integer(given) &&
        json_integer_value(given) > json_integer_value(json_object_get(p, "quantity")))
        rc = am_err_set(err, AM_EINVAL, "delivered_quantity", "Delivered: at most the %lld pledged",
                        (long long)json_integer_value(json_object_get(p, "quantity")));
    if (!rc && !(b = body ? json_deep_copy(body) : json_object()))
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    if (!rc && act == AM_ACT_CONFIRM && !json_is_integer(given))
        json_object_set(b, "delivered_quantity", json_object_get(p, "quantity"));
    if (!rc && !(rc = am_db_begin(db, err))) {
        rc = am_write_step(db, &pledge_writer, who, key, act, recorded, b, out, err);
        if (!rc)
            rc = need_restate(db, am_get_id(p, "need_id"), err);
        if (!rc)
            rc = am_db_commit(db, err);
        if (rc) {
            am_db_rollback(db);
            json_decref(*out);
            *out = NULL;
        }
    }
    json_decref(p);
    json_decref(b);
    return rc;
}

const struct am_resource am_pledge_resource = {
    .name = "pledges", .singular = "pledge", .table = "pledge", .key = "id",
    .doc = "Pledges against needs, and the deliveries the cities in need confirmed.",
    .schema = &pledge_schema, .filters = &pledge_filters, .rights = &pledge_rights, .reading = &pledge_reading,
    .list = pledge_list, .get = pledge_get, .create = pledge_create, .step = pledge_step,
};

/* ---- matching --------------------------------------------------------------------------- */

/* The cities that may help with a need: those with a standing offer of its
 * category, its city's partners and their partners, its fellow members of
 * networks, and those who delivered before; each with what it has. */
/* The cities that may help with a need: those with a standing offer of its
 * category, its city's partners and their partners, its fellow members of
 * networks, those who delivered before and (in the office's own view, ?2 =
 * its city) the cities its people have ties to; each with what it has. The
 * language to answer in is the need's, else its country's first. */
static const char CANDIDATES_SQL[] =
    "WITH n AS (SELECT id, city_id, category, coalesce(need.language, (SELECT substr(k.languages, 1, "
    "  instr(k.languages || ',', ',') - 1) FROM city c JOIN country k ON k.code = c.country WHERE c.id = need.city_id)) "
    "  AS lang FROM need WHERE id = ?1), "
    /* each side by its own index: an OR of the two would read the whole table */
    "live AS (SELECT a_city_id AS a, b_city_id AS b FROM partnership WHERE status <> 'ended' AND a_city_id IS NOT NULL "
    "  AND b_city_id IS NOT NULL), "
    "partners AS (SELECT b AS c FROM live WHERE a = (SELECT city_id FROM n) UNION SELECT a FROM live WHERE b = "
    "  (SELECT city_id FROM n)), "
    "pp AS (SELECT l.b AS c FROM live l JOIN partners q ON l.a = q.c UNION SELECT l.a FROM live l JOIN partners q ON "
    "  l.b = q.c), "
    "nets AS (SELECT m2.city_id AS c, count(*) AS k FROM membership m1 JOIN membership m2 ON m2.network_id = "
    "  m1.network_id WHERE m1.city_id = (SELECT city_id FROM n) AND m1.left_year IS NULL AND m1.status = 'current' "
    "  AND m2.left_year IS NULL AND m2.status = 'current' AND m2.city_id IS NOT NULL GROUP BY m2.city_id), "
    "offers AS (SELECT city_id AS c, count(*) AS k, max(language = (SELECT lang FROM n)) AS speaks FROM offer "
    "  WHERE status = 'open' AND category = (SELECT category FROM n) GROUP BY city_id), "
    "helped AS (SELECT city_id AS c, count(*) AS k FROM pledge WHERE status = 'confirmed' GROUP BY city_id), "
    "ties AS (SELECT t.city_id AS c, count(DISTINCT p.id) AS k FROM person p JOIN person_tie t ON t.person_id = p.id "
    "  WHERE p.city_id = ?2 AND p.status = 'active' AND t.city_id IS NOT NULL GROUP BY t.city_id), "
    /* one row per candidate with all its signs, in one pass over the lists */
    "cand AS (SELECT c, max(partner) AS partner, max(pp) AS pp, max(nets) AS networks, max(offers) AS offers, "
    "  max(speaks) AS speaks, max(helped) AS helped, max(people) AS people FROM ("
    "  SELECT c, 1 AS partner, 0 AS pp, 0 AS nets, 0 AS offers, 0 AS speaks, 0 AS helped, 0 AS people FROM partners "
    "  UNION ALL SELECT c, 0, 1, 0, 0, 0, 0, 0 FROM pp "
    "  UNION ALL SELECT c, 0, 0, k, 0, 0, 0, 0 FROM nets "
    "  UNION ALL SELECT c, 0, 0, 0, k, coalesce(speaks, 0), 0, 0 FROM offers "
    "  UNION ALL SELECT c, 0, 0, 0, 0, 0, k, 0 FROM helped "
    "  UNION ALL SELECT c, 0, 0, 0, 0, 0, 0, k FROM ties) GROUP BY c) "
    "SELECT ci.id, ci.name, ci.country, ci.lat, ci.lng, cand.partner, cand.pp AS partner_of_partner, cand.networks, "
    "  cand.offers, cand.helped, cand.people, "
    "  CASE WHEN cand.speaks OR instr(',' || coalesce(k.languages, '') || ',', ',' || (SELECT lang FROM n) || ',') > 0 "
    "    THEN (SELECT lang FROM n) END AS language "
    "FROM cand JOIN city ci ON ci.id = cand.c LEFT JOIN country k ON k.code = ci.country "
    "WHERE ci.id <> (SELECT city_id FROM n) LIMIT 5000";

/* -1 when either has no coordinates */
static double km_between(json_t *a, json_t *b)
{
    json_t *la = json_object_get(a, "lat"), *lo = json_object_get(a, "lng");
    json_t *lb = json_object_get(b, "lat"), *lob = json_object_get(b, "lng");
    if (!json_is_number(la) || !json_is_number(lo) || !json_is_number(lb) || !json_is_number(lob))
        return -1;
    return am_km(json_number_value(la), json_number_value(lo), json_number_value(lb), json_number_value(lob));
}

/* The weights say what each sign is worth: an offer of the very category
 * most, then a partner, a delivery before, a partner's partner, the
 * office's people with ties there, shared networks, nearness, a shared
 * language. */
static double weigh(json_t *c, double km, json_t *reasons)
{
    double s = 0;
    json_int_t offers = json_integer_value(json_object_get(c, "offers"));
    json_int_t nets = json_integer_value(json_object_get(c, "networks"));
    json_int_t helped = json_integer_value(json_object_get(c, "helped"));
    json_int_t people = json_integer_value(json_object_get(c, "people"));
    json_t *lang = json_object_get(c, "language");
    bool partner = json_integer_value(json_object_get(c, "partner")) != 0;
    if (offers) {
        s += 3;
        json_array_append_new(reasons, json_pack("{s:s,s:I}", "kind", "offer", "count", offers));
    }
    if (partner) {
        s += 2;
        json_array_append_new(reasons, json_pack("{s:s}", "kind", "partner"));
    } else if (json_integer_value(json_object_get(c, "partner_of_partner"))) {
        s += 1;
        json_array_append_new(reasons, json_pack("{s:s}", "kind", "partner_of_partner"));
    }
    if (helped) {
        s += 1.5;
        json_array_append_new(reasons, json_pack("{s:s,s:I}", "kind", "helped_before", "count", helped));
    }
    if (nets) {
        s += 0.7 * (double)(nets > 2 ? 2 : nets);
        json_array_append_new(reasons, json_pack("{s:s,s:I}", "kind", "network", "count", nets));
    }
    if (people) {
        s += 1;
        json_array_append_new(reasons, json_pack("{s:s,s:I}", "kind", "people", "count", people));
    }
    if (km >= 0) {
        s += km < 1000 ? 1 : km < 3000 ? 0.5 : 0;
        json_array_append_new(reasons, json_pack("{s:s,s:I}", "kind", "distance", "km", (json_int_t)lround(km)));
    }
    if (json_is_string(lang)) {
        s += 0.5;
        json_array_append_new(reasons, json_pack("{s:s,s:O}", "kind", "language", "language", lang));
    }
    return s;
}

static int by_score(const void *a, const void *b)
{
    double x = json_number_value(json_object_get(*(json_t *const *)a, "score"));
    double y = json_number_value(json_object_get(*(json_t *const *)b, "score"));
    return (x < y) - (x > y);
}

static const struct am_field match_fields[] = {
    {.name = "city", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &need_city_ref},
    {.name = "score", .type = AM_T_NUMBER, .flags = AM_F_READONLY, .doc = "the sum of the signs' weights"},
    {.name = "reasons", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "reason", .type = AM_T_OBJECT, .flags = AM_F_READONLY},
     .doc = "[{kind: offer|partner|partner_of_partner|helped_before|network|people|distance|language, count?, km?, "
            "language?}]; people (how many of the office's people have ties there) only in the office's own view"},
    {0},
};
const struct am_schema am_need_match_schema = {
    .name = "NeedMatch", .doc = "A city likely to help with a need, and why.", .fields = match_fields};

enum am_rc am_need_matches(struct am_db *db, const struct am_actor *who, int64_t id, json_t **out,
                           struct am_err *err)
{
    json_t *need = NULL, *rows = NULL;
    enum am_rc rc = am_db_one(db,
                              "SELECT n.id, n.city_id, c.lat, c.lng FROM need n JOIN city c ON c.id = n.city_id "
                              "WHERE n.id = ?",
                              json_pack("[I]", (json_int_t)id), &need, err);
    if (rc == AM_ENOTFOUND)
        return am_err_set(err, AM_ENOTFOUND, NULL, "no need with id %lld", (long long)id);
    /* the office's people are its own: counted for it, never for others */
    int64_t city = rc ? 0 : am_get_id(need, "city_id");
    bool office = who && am_actor_covers_city(who, city);
    if (!rc)
        rc = am_db_all(db, CANDIDATES_SQL,
                       office ? json_pack("[II]", (json_int_t)id, (json_int_t)city) : json_pack("[In]", (json_int_t)id),
                       &rows, err);
    json_t *items = json_array();
    size_t i;
    json_t *c;
    json_array_foreach(rows, i, c) {
        json_t *reasons = json_array();
        double s = weigh(c, km_between(need, c), reasons);
        json_array_append_new(items, json_pack("{s:{s:O,s:O,s:O},s:f,s:o}", "city", "id", json_object_get(c, "id"),
                                               "name", json_object_get(c, "name"), "country",
                                               json_object_get(c, "country"), "score", s, "reasons", reasons));
    }
    size_t n = json_array_size(items);
    json_t **v = n ? malloc(n * sizeof *v) : NULL;
    for (i = 0; i < n && v; i++)
        v[i] = json_incref(json_array_get(items, i));
    if (v)
        qsort(v, n, sizeof *v, by_score);
    json_array_clear(items);
    for (i = 0; i < n && v; i++)
        if (i < 20)
            json_array_append_new(items, v[i]);
        else
            json_decref(v[i]);
    free(v);
    json_decref(need);
    json_decref(rows);
    if (!rc && !(*out = json_pack("{s:o}", "items", items)))
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    else if (rc)
        json_decref(items);
    return rc;
}

/* The open needs an offer fits: its category, something left to pledge,
 * another city's; the most urgent first, then partners, then the nearest. */
enum am_rc am_offer_matches(struct am_db *db, int64_t id, json_t **out, struct am_err *err)
{
    json_t *ids = NULL;
    enum am_rc rc = am_db_column(
        db,
        "SELECT n.id FROM offer f JOIN city fc ON fc.id = f.city_id JOIN need n ON n.category = f.category AND "
        "n.city_id <> f.city_id AND n.status IN ('open', 'partly_met') JOIN city c ON c.id = n.city_id "
        "WHERE f.id = ?1 AND (n.over_ok OR n.quantity > " PLEDGED_SQL ") "
        "ORDER BY CASE n.urgency WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END, "
        "EXISTS (SELECT 1 FROM partnership p WHERE p.status <> 'ended' AND ((p.a_city_id = n.city_id AND "
        "p.b_city_id = f.city_id) OR (p.b_city_id = n.city_id AND p.a_city_id = f.city_id))) DESC, "
        "(c.lat - fc.lat) * (c.lat - fc.lat) + (c.lng - fc.lng) * (c.lng - fc.lng), n.id LIMIT 50",
        json_pack("[I]", (json_int_t)id), &ids, err);
    json_t *items = NULL;
    if (!rc)
        rc = am_read_ids(db, &am_need_resource, ids, &items, err);
    json_decref(ids);
    if (!rc && !(*out = json_pack("{s:o}", "items", items)))
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    return rc;
}

/* ---- figures ---------------------------------------------------------------------------- */

static const char *const figure_by[] = {"networks", "countries", NULL};
static const struct am_field figures_query_fields[] = {
    {.name = "by", .type = AM_T_ENUM, .values = figure_by, .doc = "per network (of the needing city) or per country"},
    {0},
};
const struct am_schema am_need_figures_query = {.name = "NeedFiguresQuery", .doc = NULL,
                                                .fields = figures_query_fields};

static const struct am_field figure_city_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "lat", .type = AM_T_NUMBER, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "lng", .type = AM_T_NUMBER, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {0},
};
static const struct am_schema figure_city_schema = {
    .name = "NeedFigureCity", .doc = "A city counted in a figure, and where it is.", .fields = figure_city_fields};

static const struct am_field figure_fields[] = {
    {.name = "key", .type = AM_T_STRING, .flags = AM_F_READONLY, .doc = "the network's id or the country's code"},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "posted", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "needs posted (withdrawn ones too)"},
    {.name = "met", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "needs met in full"},
    {.name = "pledged_needs", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "needs with at least one pledge"},
    {.name = "median_hours_to_first_pledge", .type = AM_T_NUMBER, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "delivered", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "quantity", .type = AM_T_INT},
     .doc = "confirmed deliveries per category, in each category's unit"},
    {.name = "cities", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "city", .type = AM_T_OBJECT, .object = &figure_city_schema},
     .doc = "the cities whose needs are counted (GeoJSON: their points)"},
    {0},
};
const struct am_schema am_need_figure_schema = {
    .name = "NeedFigure", .doc = "Needs of a network's member cities, or of a country's.", .fields = figure_fields};
static const struct am_field figures_fields[] = {
    {.name = "items", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "figure", .type = AM_T_OBJECT, .object = &am_need_figure_schema}},
    {0},
};
const struct am_schema am_need_figures_schema = {
    .name = "NeedFigures", .doc = "Needs posted and met, time to first pledge, deliveries.", .fields = figures_fields};

static double median(json_t *hours)
{
    size_t n = json_array_size(hours);
    if (!n)
        return -1;
    double *v = malloc(n * sizeof *v);
    if (!v)
        return -1;
    for (size_t i = 0; i < n; i++)
        v[i] = json_number_value(json_array_get(hours, i));
    for (size_t i = 1; i < n; i++) /* few: insertion sort */
        for (size_t k = i; k > 0 && v[k - 1] > v[k]; k--) {
            double t = v[k];
            v[k] = v[k - 1];
            v[k - 1] = t;
        }
    double m = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    free(v);
    return m;
}

/* Each city once in its group's list (rows come by need). */
static void count_city(json_t *cities, json_t *row)
{
    json_t *id = json_object_get(row, "city_id"), *c;
    size_t i;
    json_array_foreach(cities, i, c) if (json_equal(json_object_get(c, "id"), id)) return;
    json_array_append_new(cities, json_pack("{s:O,s:O,s:O,s:O}", "id", id, "name", json_object_get(row, "city_name"),
                                            "lat", json_object_get(row, "lat"), "lng", json_object_get(row, "lng")));
}

enum am_rc am_need_figures(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    const char *by = json_string_value(json_object_get(query, "by"));
    bool per_network = !by || strcmp(by, "networks") == 0;
    json_t *rows = NULL;
    /* one row per need and group (a need of a city in two networks counts in both) */
    enum am_rc rc = am_db_all(
        db,
        per_network
            ? "SELECT CAST(w.id AS TEXT) AS key, coalesce(w.acronym, w.name) AS name, n.id, n.status, n.category, "
              "(SELECT (julianday(min(x.created_at)) - julianday(n.created_at)) * 24 FROM pledge x WHERE x.need_id = n.id) "
              "AS hours, " MET_SQL " AS delivered, c.id AS city_id, c.name AS city_name, c.lat, c.lng FROM need n JOIN city c "
              "ON c.id = n.city_id JOIN membership m ON m.city_id = n.city_id AND m.left_year IS NULL AND m.status = "
              "'current' JOIN network w ON w.id = m.network_id ORDER BY w.name, w.id, n.id"
            : "SELECT c.country AS key, coalesce(k.name, c.country) AS name, n.id, n.status, n.category, "
              "(SELECT (julianday(min(x.created_at)) - julianday(n.created_at)) * 24 FROM pledge x WHERE x.need_id = n.id) "
              "AS hours, " MET_SQL " AS delivered, c.id AS city_id, c.name AS city_name, c.lat, c.lng FROM need n JOIN city "
              "c ON c.id = n.city_id LEFT JOIN country k ON k.code = c.country ORDER BY name, key, n.id",
        NULL, &rows, err);
    json_t *items = json_array(), *cur = NULL, *hours = NULL;
    size_t i;
    json_t *r;
    json_array_foreach(rows, i, r) {
        const char *key = json_string_value(json_object_get(r, "key"));
        if (!cur || strcmp(json_string_value(json_object_get(cur, "key")), key) != 0) {
            if (cur) {
                double m = median(hours);
                json_object_set_new(cur, "median_hours_to_first_pledge", m < 0 ? json_null() : json_real(m));
                json_decref(hours);
            }
            cur = json_pack("{s:s,s:O,s:i,s:i,s:i,s:{},s:[]}", "key", key, "name", json_object_get(r, "name"), "posted",
                            0, "met", 0, "pledged_needs", 0, "delivered", "cities");
            json_array_append_new(items, cur);
            hours = json_array();
        }
        json_object_set_new(cur, "posted", json_integer(json_integer_value(json_object_get(cur, "posted")) + 1));
        count_city(json_object_get(cur, "cities"), r);
        if (strcmp(json_string_value(json_object_get(r, "status")), "met") == 0)
            json_object_set_new(cur, "met", json_integer(json_integer_value(json_object_get(cur, "met")) + 1));
        if (json_is_number(json_object_get(r, "hours"))) {
            json_object_set_new(cur, "pledged_needs",
                                json_integer(json_integer_value(json_object_get(cur, "pledged_needs")) + 1));
            json_array_append(hours, json_object_get(r, "hours"));
        }
        json_int_t d = json_integer_value(json_object_get(r, "delivered"));
        if (d) {
            json_t *del = json_object_get(cur, "delivered");
            const char *cat = json_string_value(json_object_get(r, "category"));
            json_object_set_new(del, cat, json_integer(json_integer_value(json_object_get(del, cat)) + d));
        }
    }
    if (cur) {
        double m = median(hours);
        json_object_set_new(cur, "median_hours_to_first_pledge", m < 0 ? json_null() : json_real(m));
        json_decref(hours);
    }
    json_decref(rows);
    if (!rc && !(*out = json_pack("{s:o}", "items", items)))
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    else if (rc)
        json_decref(items);
    return rc;
}

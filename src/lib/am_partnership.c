#include "am_partnership.h"

#include "am_read.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "am_setting.h"
#include "am_topic.h"
#include "util/am_str.h"

const char *const am_partnership_kinds[] = {
    "twinning", "sister_city", "friendship", "cooperation_agreement",
    "memorandum_of_understanding", NULL,
};
const char *const am_partnership_statuses[] = {
    "proposed", "signed", "active", "suspended", "dormant", "ended", NULL,
};
static const char *const party_types[] = {"city", "organisation", "country", NULL};
/* liveliest first: a map draws a city's line as its liveliest partnership */
static const char *const health_states[] = {"active", "proposed", "suspended", "dormant", "unknown", "ended",
                                            NULL};

/* One side of a partnership, read through the aliases of its side (c, o, n
 * + a or b); written the same way whichever side. */
#define PARTY_FIELDS(var, side)                                                                         \
    static const struct am_field var[] = {                                                              \
        {.name = "type", .type = AM_T_ENUM, .flags = AM_F_READONLY, .values = party_types,             \
         .col = "CASE WHEN p." side "_city_id IS NOT NULL THEN 'city' WHEN p." side                     \
                "_org_id IS NOT NULL THEN 'organisation' ELSE 'country' END"},                          \
        {.name = "city_id", .type = AM_T_ID, .flags = AM_F_NULLABLE | AM_F_OWNER, .ref = "city",        \
         .col = "p." side "_city_id"},                                                                  \
        {.name = "organisation_id", .type = AM_T_ID, .flags = AM_F_NULLABLE, .ref = "organisation",     \
         .col = "p." side "_org_id"},                                                                   \
        {.name = "country", .type = AM_T_COUNTRY, .flags = AM_F_NULLABLE,                               \
         .doc = "on its own: a partner in this country whose city is not known",                         \
         .col = "coalesce(c" side ".country, o" side ".country, p." side "_country)"},                   \
        {.name = "name", .type = AM_T_STRING, .flags = AM_F_READONLY,                                   \
         .col = "coalesce(c" side ".name, o" side ".name, 'a partner in ' || n" side ".name)"},          \
        {.name = "lat", .type = AM_T_NUMBER, .flags = AM_F_READONLY | AM_F_NULLABLE,                    \
         .doc = "where a partner city is", .col = "c" side ".lat"},                                     \
        {.name = "lng", .type = AM_T_NUMBER, .flags = AM_F_READONLY | AM_F_NULLABLE, .col = "c" side ".lng"}, \
        {0},                                                                                            \
    }
#define PARTY_DOC                                                                                       \
    "One side of a partnership: give city_id, or organisation_id, or (where only that is known) "       \
    "country alone."
PARTY_FIELDS(party_a_fields, "a");
PARTY_FIELDS(party_b_fields, "b");
static const struct am_schema party_a_schema = {.name = "Party", .doc = PARTY_DOC, .fields = party_a_fields};
static const struct am_schema party_b_schema = {.name = "Party", .doc = PARTY_DOC, .fields = party_b_fields};

static const struct am_field health_fields[] = {
    {.name = "state", .type = AM_T_ENUM, .flags = AM_F_READONLY, .values = health_states, .col = "p.health"},
    {.name = "last_activity", .type = AM_T_DATE, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .col = "p.last_activity"},
    {.name = "dormant_after_years", .type = AM_T_INT, .flags = AM_F_READONLY, .col = "p.dormant_after_years"},
    {0},
};
static const struct am_schema health_schema = {
    .name = "PartnershipHealth",
    .doc = "dormant: no activity (or signature) within dormant_after_years; unknown: no dates "
              "at all; proposed and ended follow the status.", .fields = health_fields};

static const struct am_embed topics_embed = {
    .sql = "SELECT partnership_id AS _owner, topic_id AS _v FROM partnership_topic WHERE partnership_id IN "
           "(SELECT value FROM json_each(?1)) ORDER BY topic_id"};

static const struct am_field fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "party_a", .type = AM_T_OBJECT, .flags = AM_F_REQUIRED | AM_F_VIRTUAL, .label = "Party A",
     .object = &party_a_schema},
    {.name = "party_b", .type = AM_T_OBJECT, .flags = AM_F_REQUIRED | AM_F_VIRTUAL, .label = "Party B",
     .object = &party_b_schema},
    {.name = "kind", .type = AM_T_ENUM, .flags = AM_F_NULLABLE, .values = am_partnership_kinds,
     .doc = "null where the kind of agreement is not known"},
    {.name = "status", .type = AM_T_ENUM, .values = am_partnership_statuses,
     .doc = "default active"},
    {.name = "signed_date", .type = AM_T_DATE, .flags = AM_F_NULLABLE, .label = "Signed on"},
    {.name = "ended_date", .type = AM_T_DATE, .flags = AM_F_NULLABLE, .label = "Ended on"},
    {.name = "end_reason", .type = AM_T_TEXT, .flags = AM_F_READONLY | AM_F_NULLABLE, .label = "Why it ended",
     .doc = "set by the step end"},
    {.name = "suspended_date", .type = AM_T_DATE, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .label = "Suspended since", .doc = "set by the step suspend"},
    {.name = "renewed_date", .type = AM_T_DATE, .flags = AM_F_READONLY | AM_F_NULLABLE, .label = "Renewed on",
     .doc = "set by the step renew; counts for its health as a signature does"},
    {.name = "topics", .type = AM_T_ARRAY, .flags = AM_F_VIRTUAL, .item = &am_topic_item, .max = 50,
     .embed = &topics_embed},
    {.name = "source_url", .type = AM_T_URL, .flags = AM_F_NULLABLE},
    {.name = "note", .type = AM_T_TEXT, .flags = AM_F_NULLABLE},
    AM_FIELDS_SOURCE,
    {.name = "health", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &health_schema},
    {.name = "activity_count", .type = AM_T_INT, .flags = AM_F_READONLY},
    AM_FIELDS_STAMPS,
    AM_FIELD_CAN,
    {0},
};
const struct am_schema am_partnership_schema = {
    .name = "Partnership",
    .doc = "Twinning, sister-city, friendship or cooperation agreement between two parties.",
    .fields = fields,
    .example = "{\"party_a\": {\"city_id\": 1}, \"party_b\": {\"city_id\": 2}, \"kind\": \"twinning\", "
               "\"status\": \"signed\", \"signed_date\": \"1962\"}"};

static const struct am_field filter_fields[] = {
    {.name = "q", .type = AM_T_STRING, .flags = AM_F_CONTAINS, .doc = "part of a party's name or of the note",
     .where = "ca.name LIKE ? ESCAPE '\\' OR oa.name LIKE ? ESCAPE '\\' OR cb.name LIKE ? ESCAPE '\\' OR "
              "ob.name LIKE ? ESCAPE '\\' OR p.note LIKE ? ESCAPE '\\'"},
    {.name = "city", .type = AM_T_ID, .doc = "either party is this city", .where = "p.a_city_id = ? OR p.b_city_id = ?"},
    {.name = "organisation", .type = AM_T_ID, .doc = "either party is this organisation",
     .where = "p.a_org_id = ? OR p.b_org_id = ?"},
    {.name = "country", .type = AM_T_COUNTRY, .doc = "either party is in this country",
     .where = "p.a_cc = ? OR p.b_cc = ?"},
    {.name = "kind", .type = AM_T_ENUM, .values = am_partnership_kinds, .where = "p.kind = ?"},
    {.name = "status", .type = AM_T_ENUM, .values = am_partnership_statuses, .where = "p.status = ?"},
    {.name = "health", .type = AM_T_ENUM, .values = health_states,
     .doc = "e.g. dormant: the partnerships that are fizzling out", .where = "p.health = ?"},
    {.name = "topic", .type = AM_T_SLUG, .ref = "topic",
     .where = "EXISTS (SELECT 1 FROM partnership_topic x WHERE x.partnership_id = p.id AND x.topic_id = ?)"},
    {.name = "from", .type = AM_T_INT, .min = 1000, .max = 2999, .doc = "signed in or after",
     .where = "CAST(substr(p.signed_date, 1, 4) AS INTEGER) >= ?"},
    {.name = "to", .type = AM_T_INT, .min = 1000, .max = 2999, .doc = "signed in or before",
     .where = "CAST(substr(p.signed_date, 1, 4) AS INTEGER) <= ?"},
    AM_FILTER_PAGING,
    {0},
};
static const struct am_schema filters = {.name = "PartnershipFilters", .doc = NULL, .fields = filter_fields};

void am_partnership_cutoff(int64_t now, int years, char out[11])
{
    time_t t = (time_t)now;
    struct tm tm;
    gmtime_r(&t, &tm);
    int y = tm.tm_year + 1900 - years, m = tm.tm_mon + 1, d = tm.tm_mday;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (m == 2 && d == 29 && !leap)
        d = 28;
    char tmp[48];
    snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", y, m, d);
    am_str_copy(out, 11, tmp);
}

/* The health rule, once, in the one place lists and pages read from; the
 * cutoff date and the years are bound parameters. What it is judged by,
 * health_ref, is a generated column (migration 13) and the activity is kept
 * by triggers, so that no row needs a subquery. */
static const char FROM[] =
    "(SELECT p.*, CASE WHEN p.status = 'ended' THEN 'ended' WHEN p.status = 'proposed' THEN 'proposed' "
    "WHEN p.status = 'suspended' THEN 'suspended' WHEN p.health_ref IS NULL THEN 'unknown' "
    "WHEN p.health_ref < ? THEN 'dormant' ELSE 'active' END AS health, "
    "CAST(? AS INTEGER) AS dormant_after_years FROM partnership p) p "
    "LEFT JOIN city ca ON ca.id = p.a_city_id LEFT JOIN organisation oa ON oa.id = p.a_org_id "
    "LEFT JOIN country na ON na.code = p.a_country "
    "LEFT JOIN city cb ON cb.id = p.b_city_id LEFT JOIN organisation ob ON ob.id = p.b_org_id "
    "LEFT JOIN country nb ON nb.code = p.b_country";

static json_t *from_args(struct am_db *db)
{
    char cutoff[11];
    int years = am_setting_int(db, "dormant_after_years", 3);
    am_partnership_cutoff(am_time_now(), years, cutoff);
    return json_pack("[si]", cutoff, years);
}

/* Newest signature first. */
static const struct am_reading reading = {
    .from = FROM, .alias = "p", .order = "coalesce(p.signed_date, '')", .desc = true, .from_args = from_args,
    .count_from = "partnership",
};

static enum am_rc list(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    return am_read_list(db, &am_partnership_resource, query, out, err);
}

static enum am_rc get(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    return am_read_one(db, &am_partnership_resource, key, out, err);
}

enum am_rc am_partnership_of_city(struct am_db *db, int64_t city_id, json_t **out,
                                  struct am_err *err)
{
    json_t *q = json_pack("{s:I,s:i}", "city", (json_int_t)city_id, "limit", AM_LIST_MAX);
    json_t *page = NULL;
    enum am_rc rc = list(db, q, &page, err);
    json_decref(q);
    if (!rc)
        *out = json_incref(json_object_get(page, "items"));
    json_decref(page);
    return rc;
}

/* ---- writes --------------------------------------------------------- */

/* The party's key ("c12", "o5", "nES") and validity. */
static enum am_rc party_key(json_t *p, const char *field, char key[16], struct am_err *err)
{
    int64_t city = am_get_id(p, "city_id"), org = am_get_id(p, "organisation_id");
    const char *cc = json_string_value(json_object_get(p, "country"));
    if (city && org)
        return am_err_set(err, AM_EINVAL, field,
                          "%s: a party is a city or an organisation, not both; keep one of them",
                          strcmp(field, "party_a") == 0 ? "Party A" : "Party B");
    if (city)
        snprintf(key, 16, "c%lld", (long long)city);
    else if (org)
        snprintf(key, 16, "o%lld", (long long)org);
    else if (cc)
        snprintf(key, 16, "n%s", cc);
    else
        return am_err_set(err, AM_EINVAL, field, "%s: choose a city, an organisation, or only a country",
                          strcmp(field, "party_a") == 0 ? "Party A" : "Party B");
    return AM_OK;
}

/* The officer of either city (or an admin) looks after a partnership. */
static const char *const proposed[] = {"proposed", NULL};
static const char *const in_force[] = {"signed", "active", NULL};
static const char *const renewable[] = {"signed", "active", "suspended", "dormant", NULL};
static const char *const not_ended[] = {"proposed", "signed", "active", "suspended", "dormant", NULL};
static const struct am_rule rights_rules[] = {
    {AM_ACT_CREATE, AM_REL_CITY, NULL, NULL},
    {AM_ACT_UPDATE, AM_REL_CITY, NULL, NULL},
    {AM_ACT_DELETE, AM_REL_CITY, NULL, NULL},
    {AM_ACT_SIGN, AM_REL_CITY, proposed, "signed"},
    {AM_ACT_SUSPEND, AM_REL_CITY, in_force, "suspended"},
    {AM_ACT_RENEW, AM_REL_CITY, renewable, "active"},
    {AM_ACT_END, AM_REL_CITY, not_ended, "ended"},
    {0},
};
static const struct am_rights rights = {"partnership", &am_partnership_schema, "status", NULL, rights_rules, NULL};

/* The fields each step of its life records (columns of the partnership). */
static const struct am_field sign_fields[] = {
    {.name = "signed_date", .type = AM_T_DATE, .flags = AM_F_NULLABLE | AM_F_NOW, .label = "Signed on",
     .doc = "default today"},
    {0},
};
const struct am_schema am_partnership_sign_schema = {
    .name = "PartnershipSign", .doc = "Its signature: a proposed partnership is signed.", .fields = sign_fields,
    .example = "{\"signed_date\": \"2026-05-09\"}"};
static const struct am_field suspend_fields[] = {
    {.name = "suspended_date", .type = AM_T_DATE, .flags = AM_F_NULLABLE | AM_F_NOW, .label = "Suspended since",
     .doc = "default today"},
    {0},
};
const struct am_schema am_partnership_suspend_schema = {
    .name = "PartnershipSuspend", .doc = "Its suspension: it stays on record, with no activity expected.",
    .fields = suspend_fields, .example = "{\"suspended_date\": \"2026-05-09\"}"};
static const struct am_field renew_fields[] = {
    {.name = "renewed_date", .type = AM_T_DATE, .flags = AM_F_NULLABLE | AM_F_NOW, .label = "Renewed on",
     .doc = "default today"},
    {0},
};
const struct am_schema am_partnership_renew_schema = {
    .name = "PartnershipRenew", .doc = "Its renewal: active again from this date (a suspended or dormant one too).",
    .fields = renew_fields, .example = "{\"renewed_date\": \"2026-05-09\"}"};
static const struct am_field end_fields[] = {
    {.name = "ended_date", .type = AM_T_DATE, .flags = AM_F_NULLABLE | AM_F_NOW, .label = "Ended on",
     .doc = "default today"},
    {.name = "end_reason", .type = AM_T_TEXT, .flags = AM_F_REQUIRED, .max = 2000, .label = "Why it ended"},
    {0},
};
const struct am_schema am_partnership_end_schema = {
    .name = "PartnershipEnd", .doc = "Its end, with the date and the reason.", .fields = end_fields,
    .example = "{\"ended_date\": \"2026-05-09\", \"end_reason\": \"Both councils agreed to end it.\"}"};

static enum am_rc rules(struct am_db *db, json_t *next, struct am_err *err)
{
    (void)db;
    char ka[16], kb[16];
    enum am_rc rc = party_key(json_object_get(next, "party_a"), "party_a", ka, err);
    if (!rc)
        rc = party_key(json_object_get(next, "party_b"), "party_b", kb, err);
    if (rc)
        return rc;
    if (ka[0] == 'n' && kb[0] == 'n')
        return am_err_set(err, AM_EINVAL, "party_b",
                          "Party B: one party at least must be a city or an organisation; choose one for party A or B");
    if (strcmp(ka, kb) == 0)
        return am_err_set(err, AM_EINVAL, "party_b", "Party B: is the same as party A; choose another partner");
    const char *s = json_string_value(json_object_get(next, "signed_date"));
    const char *e = json_string_value(json_object_get(next, "ended_date"));
    if (s && e && strncmp(e, s, strlen(e) < strlen(s) ? strlen(e) : strlen(s)) < 0)
        return am_err_set(err, AM_EINVAL, "ended_date", "Ended on: is before the date it was signed on; change one of them");
    return AM_OK;
}

static enum am_rc derive_party(json_t *p, char side, json_t *extra, struct am_err *err)
{
    char key[16], col[16];
    enum am_rc rc = party_key(p, side == 'a' ? "party_a" : "party_b", key, err);
    if (rc)
        return rc;
    int64_t city = am_get_id(p, "city_id"), org = am_get_id(p, "organisation_id");
    json_t *cc = json_object_get(p, "country");
    snprintf(col, sizeof col, "%c_city_id", side);
    json_object_set_new(extra, col, city ? json_integer(city) : json_null());
    snprintf(col, sizeof col, "%c_org_id", side);
    json_object_set_new(extra, col, org ? json_integer(org) : json_null());
    snprintf(col, sizeof col, "%c_country", side);
    json_object_set_new(extra, col, !city && !org ? json_incref(cc) : json_null());
    snprintf(col, sizeof col, "%c_key", side);
    json_object_set_new(extra, col, json_string(key));
    return AM_OK;
}

static enum am_rc derive(struct am_db *db, json_t *in, json_t *extra, struct am_err *err)
{
    (void)db;
    enum am_rc rc = AM_OK;
    json_t *a = json_object_get(in, "party_a"), *b = json_object_get(in, "party_b");
    if (a)
        rc = derive_party(a, 'a', extra, err);
    if (!rc && b)
        rc = derive_party(b, 'b', extra, err);
    return rc;
}

static enum am_rc links(struct am_db *db, int64_t id, json_t *in, struct am_err *err)
{
    json_t *topics = json_object_get(in, "topics");
    if (!topics)
        return AM_OK;
    return am_links_set(db, "partnership_topic", "partnership_id", "topic_id", id, topics, err);
}

static const struct am_writer writer = {
    .table = "partnership", .what = "partnership", .schema = &am_partnership_schema, .stamps = true,
    .get = get, .rights = &rights, .rules = rules, .derive = derive, .links = links,
};

static enum am_rc conflict(enum am_rc rc, struct am_err *err)
{
    if (rc == AM_ECONFLICT)
        am_err_set(err, rc, "party_b",
                   "Party B: these two parties already have a partnership of this kind; change that one instead");
    return rc;
}

static enum am_rc create(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out,
                         struct am_err *err)
{
    if (!json_object_get(in, "status"))
        json_object_set_new(in, "status", json_string("active"));
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

static enum am_rc remove_partnership(struct am_db *db, const struct am_actor *who,
                                     const char *key, struct am_err *err)
{
    return am_write_delete(db, &writer, who, key, err);
}

enum am_rc am_partnership_add_imported(struct am_db *db, const struct am_imported_pair *p,
                                       bool *added, struct am_err *err)
{
    char now[32], ka[24], kb[24];
    int64_t changes = 0;
    am_now(now);
    snprintf(ka, sizeof ka, "c%lld", (long long)p->city_a);
    snprintf(kb, sizeof kb, "c%lld", (long long)p->city_b);
    enum am_rc rc = am_db_exec(
        db,
        "INSERT INTO partnership (a_city_id, b_city_id, a_key, b_key, kind, status, signed_date, "
        "note, source_url, source, source_row, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        json_pack("[IIsss?ss?s?s?sIss]", (json_int_t)p->city_a, (json_int_t)p->city_b, ka, kb, p->kind,
                  p->status, p->signed_date, p->note, p->source_url, p->source,
                  (json_int_t)p->source_row, now, now),
        &changes, err);
    if (!rc)
        *added = changes > 0;
    return rc;
}

const struct am_resource am_partnership_resource = {
    .name = "partnerships", .singular = "partnership", .table = "partnership", .key = "id",
    .doc = "Partnerships between cities and organisations, with their health.",
    .schema = &am_partnership_schema, .filters = &filters, .rights = &rights, .reading = &reading,
    .list = list, .get = get, .create = create, .update = update, .remove = remove_partnership, .step = step,
};

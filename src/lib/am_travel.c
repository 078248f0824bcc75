#include "am_travel.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "am_currency.h"
#include "am_read.h"
#include "am_registration.h"

static const char *const covers[] = {"travel", "subsistence", "travel_and_subsistence", NULL};
static const char *const statuses[] = {"requested", "granted", "refused", NULL};

/* Amounts: positive, to the hundredth, below a billion. */
#define AMOUNT_MAX 999999999.99

static const struct am_field fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "registration_id", .type = AM_T_ID, .flags = AM_F_REQUIRED, .ref = "registration",
     .doc = "the delegate's registration for the event"},
    {.name = "activity_id", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "the event"},
    {.name = "activity_title", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE, .col = "a.title"},
    {.name = "city_id", .type = AM_T_ID, .flags = AM_F_READONLY | AM_F_OWNER, .ref = "city",
     .doc = "the delegate's city, whose office asks"},
    {.name = "city_name", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE, .col = "c.name"},
    {.name = "network_id", .type = AM_T_ID, .flags = AM_F_READONLY | AM_F_OWNER, .ref = "network",
     .doc = "the organising network, whose secretariat decides"},
    {.name = "delegate", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE | AM_F_PRIVATE,
     .col = "coalesce(p.name, r.delegate_name)", .doc = "the delegate's name"},
    {.name = "covers", .type = AM_T_ENUM, .flags = AM_F_REQUIRED, .values = covers,
     .doc = "travel, subsistence, or both"},
    {.name = "amount", .type = AM_T_NUMBER, .flags = AM_F_REQUIRED, .min = 0.01, .max = AMOUNT_MAX,
     .doc = "the amount asked, to the hundredth"},
    {.name = "currency", .type = AM_T_STRING, .flags = AM_F_REQUIRED, .min = 3, .max = 3,
     .doc = "ISO 4217 code (EUR, KRW, UAH); amounts are never converted"},
    {.name = "note", .type = AM_T_TEXT, .flags = AM_F_NULLABLE, .max = 2000, .doc = "what it pays for"},
    {.name = "status", .type = AM_T_ENUM, .flags = AM_F_READONLY, .values = statuses,
     .doc = "requested, then granted or refused"},
    {.name = "granted_amount", .type = AM_T_NUMBER, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .doc = "granted: the amount given (at most the amount asked)"},
    {.name = "decision_note", .type = AM_T_TEXT, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "decided_on", .type = AM_T_DATE, .flags = AM_F_READONLY | AM_F_NULLABLE},
    AM_FIELDS_STAMPS,
    AM_FIELD_CAN,
    {0},
};
const struct am_schema am_travel_schema = {
    .name = "TravelRequest", .doc = "Travel and subsistence support asked for a delegate of an event.",
    .fields = fields,
    .example = "{\"registration_id\": 1, \"covers\": \"travel\", \"amount\": 420.5, \"currency\": \"EUR\"}"};

static const struct am_field filter_fields[] = {
    {.name = "activity", .type = AM_T_ID, .doc = "for this event", .where = "t.activity_id = ?"},
    {.name = "city", .type = AM_T_ID, .where = "t.city_id = ?"},
    {.name = "network", .type = AM_T_ID, .doc = "organised by this network", .where = "t.network_id = ?"},
    {.name = "registration", .type = AM_T_ID, .where = "t.registration_id = ?"},
    {.name = "status", .type = AM_T_ENUM, .values = statuses, .where = "t.status = ?"},
    AM_FILTER_PAGING,
    {0},
};
const struct am_schema am_travel_filters = {.name = "TravelRequestFilters", .doc = NULL, .fields = filter_fields};

/* The asking city's office, the organising secretariat, the
 * data-protection officer (a delegate is named). */
static void narrow(struct am_sql *w, json_t *query)
{
    struct am_viewer v = am_read_viewer(query);
    if (strcmp(v.role, "admin") == 0 || strcmp(v.role, "dpo") == 0)
        return;
    if (strcmp(v.role, "officer") == 0)
        am_sql_addv(w, " AND t.city_id = ?", json_integer(v.city_id));
    else if (strcmp(v.role, "secretariat") == 0)
        am_sql_addv(w, " AND t.network_id = ?", json_integer(v.network_id));
    else
        am_sql_add(w, " AND 0");
}

static const struct am_reading reading = {
    .from = "travel_request t JOIN registration r ON r.id = t.registration_id JOIN activity a ON "
            "a.id = t.activity_id JOIN city c ON c.id = t.city_id LEFT JOIN person p ON p.id = r.person_id",
    .alias = "t", .order = "t.id", .narrow = narrow,
};

static const char *const asked[] = {"requested", NULL};
static const struct am_rule rights_rules[] = {
    {AM_ACT_READ, AM_REL_CITY | AM_REL_NETWORK | AM_REL_DPO, NULL, NULL},
    {AM_ACT_CREATE, AM_REL_CITY, NULL, NULL},
    {AM_ACT_UPDATE, AM_REL_CITY, asked, NULL},
    {AM_ACT_DELETE, AM_REL_CITY, asked, NULL},
    {AM_ACT_GRANT, AM_REL_NETWORK, asked, "granted"},
    {AM_ACT_REFUSE, AM_REL_NETWORK, asked, "refused"},
    {0},
};
static const struct am_rights rights = {"travel request", &am_travel_schema, "status", NULL, rights_rules, NULL};

static enum am_rc get(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    return am_read_one(db, &am_travel_resource, key, out, err);
}

static enum am_rc list_all(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    return am_read_list(db, &am_travel_resource, query, out, err);
}

enum am_rc am_travel_list(struct am_db *db, const struct am_actor *who, json_t *query, json_t **out,
                          struct am_err *err)
{
    return am_read_list_as(db, &am_travel_resource, who, query, out, err);
}

/* ---- rules --------------------------------------------------------------------- */

static bool hundredths(double v)
{
    double c = v * 100.0;
    return fabs(c - nearbyint(c)) < 1e-6;
}

static enum am_rc amount_check(json_t *v, const char *field, const char *title, struct am_err *err)
{
    if (v && json_is_number(v) && !hundredths(json_number_value(v)))
        return am_err_set(err, AM_EINVAL, field, "%s: give the amount to the hundredth at most (420.50)", title);
    return AM_OK;
}

static enum am_rc rules(struct am_db *db, json_t *next, struct am_err *err)
{
    (void)db;
    const char *cur = json_string_value(json_object_get(next, "currency"));
    if (!am_currency_known(cur))
        return am_err_set(err, AM_EINVAL, "currency",
                          "Currency: %s is not an ISO 4217 currency code (EUR, USD, KRW, UAH...)", cur ? cur : "");
    return amount_check(json_object_get(next, "amount"), "amount", "Amount", err);
}

/* ---- writes -------------------------------------------------------------------- */

/* unlogged: the history would keep who the delegate is */
static const struct am_writer writer = {
    .table = "travel_request", .what = "travel request", .schema = &am_travel_schema, .stamps = true, .get = get,
    .rights = &rights, .rules = rules, .unlogged = true,
};

/* The request takes its event, city and network from the registration, so
 * an office asks only for its own delegates, and only a live registration
 * for an event a network organises can be funded. */
static enum am_rc create(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out, struct am_err *err)
{
    json_t *reg = NULL, *extra = NULL;
    int64_t id = 0;
    char key[24];
    enum am_rc rc = am_db_one(db,
                       "SELECT r.activity_id, r.city_id, r.status, a.network_id FROM registration r JOIN activity a "
                       "ON a.id = r.activity_id WHERE r.id = ?",
                       json_pack("[I]", (json_int_t)am_get_id(in, "registration_id")), &reg, err);
    if (rc == AM_ENOTFOUND)
        rc = am_err_set(err, AM_EINVAL, "registration_id", "Registration: there is no registration %lld",
                        (long long)am_get_id(in, "registration_id"));
    json_t *probe = rc ? NULL : json_deep_copy(in);
    if (probe) {
        json_object_set(probe, "city_id", json_object_get(reg, "city_id"));
        json_object_set(probe, "network_id", json_object_get(reg, "network_id"));
        rc = am_rights_need(&rights, who, probe, AM_ACT_CREATE, err);
    }
    if (!rc && strcmp(json_string_value(json_object_get(reg, "status")), "cancelled") == 0)
        rc = am_err_set(err, AM_EINVAL, "registration_id", "Registration: it was cancelled");
    if (!rc && !am_get_id(reg, "network_id"))
        rc = am_err_set(err, AM_EINVAL, "registration_id",
                        "Registration: its event has no organising network to fund travel");
    if (!rc)
        rc = rules(db, in, err);
    if (!rc && !(extra = json_pack("{s:O,s:O,s:O,s:s}", "activity_id", json_object_get(reg, "activity_id"), "city_id",
                                   json_object_get(reg, "city_id"), "network_id", json_object_get(reg, "network_id"),
                                   "status", "requested")))
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    if (!rc && !(rc = am_db_begin(db, err))) {
        rc = am_row_insert_x(db, "travel_request", &am_travel_schema, in, extra, true, &id, err);
        if (rc == AM_ECONFLICT)
            rc = am_err_set(err, AM_ECONFLICT, "covers",
                            "Covers: this delegate already has a request for it: change that one");
        if (!rc)
            rc = am_db_commit(db, err);
        if (rc)
            am_db_rollback(db);
    }
    json_decref(probe);
    json_decref(reg);
    json_decref(extra);
    snprintf(key, sizeof key, "%lld", (long long)id);
    return rc ? rc : get(db, key, out, err);
}

static enum am_rc update(struct am_db *db, const struct am_actor *who, const char *key, json_t *patch, json_t **out,
                         struct am_err *err)
{
    if (json_object_get(patch, "registration_id"))
        return am_err_set(err, AM_EINVAL, "registration_id",
                          "Registration: a request stays with its delegate: withdraw it and ask again");
    enum am_rc rc = am_write_update(db, &writer, who, key, patch, out, err);
    if (rc == AM_ECONFLICT && !err->field[0]) /* the unique index, not a state */
        rc = am_err_set(err, AM_ECONFLICT, "covers", "Covers: this delegate already has a request for it");
    return rc;
}

static enum am_rc withdraw(struct am_db *db, const struct am_actor *who, const char *key, struct am_err *err)
{
    return am_write_delete(db, &writer, who, key, err);
}

/* ---- decisions ----------------------------------------------------------------- */

static const struct am_field grant_fields[] = {
    {.name = "granted_amount", .type = AM_T_NUMBER, .flags = AM_F_NULLABLE, .min = 0.01, .max = AMOUNT_MAX,
     .doc = "the amount given, in the request's currency (default: all that was asked)"},
    {.name = "decision_note", .type = AM_T_TEXT, .flags = AM_F_NULLABLE, .max = 2000},
    {.name = "decided_on", .type = AM_T_DATE, .flags = AM_F_NULLABLE | AM_F_NOW},
    {0},
};
const struct am_schema am_travel_grant_schema = {
    .name = "TravelGrant", .doc = "Support granted: all that was asked, or part of it.", .fields = grant_fields,
    .example = "{\"granted_amount\": 400, \"decision_note\": \"Economy fare.\"}"};

static const struct am_field refuse_fields[] = {
    {.name = "decision_note", .type = AM_T_TEXT, .flags = AM_F_NULLABLE, .max = 2000, .doc = "why"},
    {.name = "decided_on", .type = AM_T_DATE, .flags = AM_F_NULLABLE | AM_F_NOW},
    {0},
};
const struct am_schema am_travel_refuse_schema = {
    .name = "TravelRefusal", .doc = "Support refused, and why.", .fields = refuse_fields,
    .example = "{\"decision_note\": \"The budget for this workshop is spent.\"}"};

/* A grant is at most what was asked; all of it when no amount is given. */
static enum am_rc grant(struct am_db *db, const struct am_actor *who, const char *key, json_t *body, json_t **out,
                        struct am_err *err)
{
    json_t *req = NULL, *b = NULL;
    enum am_rc rc = get(db, key, &req, err);
    if (!rc)
        rc = am_rights_need(&rights, who, req, AM_ACT_GRANT, err);
    if (!rc)
        rc = amount_check(json_object_get(body, "granted_amount"), "granted_amount", "Granted amount", err);
    json_t *given = rc ? NULL : json_object_get(body, "granted_amount");
    double asked_amount = json_number_value(json_object_get(req, "amount"));
    if (!rc && json_is_number(given) && json_number_value(given) > asked_amount + 1e-9)
        rc = am_err_set(err, AM_EINVAL, "granted_amount", "Granted amount: at most the %.2f %s asked", asked_amount,
                        json_string_value(json_object_get(req, "currency")));
    if (!rc && !(b = json_deep_copy(body)))
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    if (!rc && !json_is_number(given))
        json_object_set(b, "granted_amount", json_object_get(req, "amount"));
    if (!rc)
        rc = am_write_step(db, &writer, who, key, AM_ACT_GRANT, &am_travel_grant_schema, b, out, err);
    json_decref(req);
    json_decref(b);
    return rc;
}

static enum am_rc step(struct am_db *db, const struct am_actor *who, const char *key, enum am_action act,
                       const struct am_schema *recorded, json_t *body, json_t **out, struct am_err *err)
{
    if (act == AM_ACT_GRANT)
        return grant(db, who, key, body, out, err);
    return am_write_step(db, &writer, who, key, act, recorded, body, out, err);
}

/* ---- the budget used ----------------------------------------------------------- */

static const struct am_field budget_fields[] = {
    {.name = "currency", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "asked", .type = AM_T_NUMBER, .flags = AM_F_READONLY, .doc = "all requests, whatever their state"},
    {.name = "pending", .type = AM_T_NUMBER, .flags = AM_F_READONLY, .doc = "asked, not yet decided"},
    {.name = "granted", .type = AM_T_NUMBER, .flags = AM_F_READONLY, .doc = "the budget used"},
    {.name = "requests", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "granted_requests", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "refused_requests", .type = AM_T_INT, .flags = AM_F_READONLY},
    {0},
};
const struct am_schema am_travel_budget_schema = {
    .name = "TravelBudget", .doc = "Travel support in one currency: asked, pending, granted.",
    .fields = budget_fields};

static const struct am_field budget_query_fields[] = {
    {.name = "activity", .type = AM_T_ID, .doc = "for this event"},
    {.name = "network", .type = AM_T_ID, .doc = "organised by this network"},
    {0},
};
const struct am_schema am_travel_budget_query = {.name = "TravelBudgetQuery", .doc = NULL,
                                                 .fields = budget_query_fields};

/* Sums in hundredths (integers), so that no rounding creeps in. */
enum am_rc am_travel_budget(struct am_db *db, const struct am_actor *who, json_t *query, json_t **out,
                            struct am_err *err)
{
    struct am_sql w;
    json_t *rows = NULL;
    am_sql_init(&w);
    am_sql_add(&w, "SELECT currency, sum(CAST(round(amount * 100) AS INTEGER)) AS asked, "
                   "coalesce(sum(CASE WHEN status = 'requested' THEN CAST(round(amount * 100) AS INTEGER) END), 0) "
                   "AS pending, coalesce(sum(CAST(round(granted_amount * 100) AS INTEGER)), 0) AS granted, "
                   "count(*) AS requests, sum(status = 'granted') AS granted_requests, "
                   "sum(status = 'refused') AS refused_requests FROM travel_request t WHERE 1=1");
    json_t *q = json_deep_copy(query);
    am_read_viewer_set(q, who);
    narrow(&w, q);
    if (am_get_id(query, "activity"))
        am_sql_addv(&w, " AND t.activity_id = ?", json_integer(am_get_id(query, "activity")));
    if (am_get_id(query, "network"))
        am_sql_addv(&w, " AND t.network_id = ?", json_integer(am_get_id(query, "network")));
    am_sql_add(&w, " GROUP BY currency ORDER BY currency");
    enum am_rc rc = w.err || !q ? am_err_set(err, AM_ENOMEM, NULL, "out of memory") : AM_OK;
    if (!rc)
        rc = am_db_all(db, am_sql_text(&w), am_sql_args(&w), &rows, err);
    json_t *row;
    size_t i;
    json_array_foreach(rows, i, row) {
        static const char *const money[] = {"asked", "pending", "granted"};
        for (size_t k = 0; k < 3; k++)
            json_object_set_new(row, money[k], json_real((double)json_integer_value(json_object_get(row, money[k])) /
                                                         100.0));
    }
    if (!rc && !(*out = json_pack("{s:o}", "items", rows)))
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    else if (rc)
        json_decref(rows);
    json_decref(q);
    am_sql_free(&w);
    return rc;
}

const struct am_resource am_travel_resource = {
    .name = "travel-requests", .singular = "travel-request", .table = "travel_request", .key = "id",
    .doc = "Travel and subsistence support asked for delegates, and the organisers' decisions.",
    .schema = &am_travel_schema, .filters = &am_travel_filters, .rights = &rights, .reading = &reading,
    .list = list_all, .get = get, .create = create, .update = update, .remove = withdraw, .step = step,
};

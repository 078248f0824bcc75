#include "am_registration.h"

#include <stdio.h>
#include <string.h>

#include "am_read.h"
#include "util/am_buf.h"
#include "util/am_fold.h"

static const char *const statuses[] = {"confirmed", "waitlisted", "cancelled", NULL};

static const struct am_field fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "activity_id", .type = AM_T_ID, .flags = AM_F_REQUIRED, .ref = "activity",
     .doc = "the event (an activity with places or a time)"},
    {.name = "activity_title", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE, .col = "a.title"},
    {.name = "city_id", .type = AM_T_ID, .flags = AM_F_REQUIRED | AM_F_OWNER | AM_F_SCOPED, .ref = "city",
     .doc = "the city whose delegate it is"},
    {.name = "city_name", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE, .col = "c.name"},
    {.name = "network_id", .type = AM_T_ID, .flags = AM_F_READONLY | AM_F_NULLABLE | AM_F_OWNER, .ref = "network",
     .doc = "the event's network: its secretariat organises"},
    {.name = "host_city_id", .type = AM_T_ID, .flags = AM_F_READONLY | AM_F_NULLABLE | AM_F_OWNER, .ref = "city",
     .doc = "the event's host city"},
    {.name = "person_id", .type = AM_T_ID, .flags = AM_F_NULLABLE | AM_F_SCOPED | AM_F_PRIVATE, .ref = "person",
     .doc = "a person the city's office holds"},
    {.name = "delegate_name", .type = AM_T_STRING, .flags = AM_F_NULLABLE | AM_F_PRIVATE, .min = 1, .max = 200,
     .doc = "or a name, for this event only"},
    {.name = "delegate", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE | AM_F_PRIVATE,
     .col = "coalesce(p.name, r.delegate_name)", .doc = "the delegate's name"},
    {.name = "status", .type = AM_T_ENUM, .flags = AM_F_READONLY, .values = statuses},
    {.name = "place", .type = AM_T_INT, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .col = "CASE WHEN r.status = 'waitlisted' THEN (SELECT count(*) FROM registration w WHERE w.activity_id = "
            "r.activity_id AND w.status = 'waitlisted' AND w.id <= r.id) END",
     .doc = "on the waiting list: their place (1: next)"},
    {.name = "attended", .type = AM_T_BOOL, .flags = AM_F_NULLABLE, .doc = "recorded after the event"},
    AM_FIELDS_STAMPS,
    AM_FIELD_CAN,
    {0},
};
const struct am_schema am_registration_schema = {
    .name = "Registration", .doc = "A delegate a city registered for an event.", .fields = fields,
    .example = "{\"activity_id\": 1, \"city_id\": 1, \"delegate_name\": \"A. Delegate\"}"};

static const struct am_field filter_fields[] = {
    {.name = "activity", .type = AM_T_ID, .doc = "of this event", .where = "r.activity_id = ?"},
    {.name = "city", .type = AM_T_ID, .where = "r.city_id = ?"},
    {.name = "status", .type = AM_T_ENUM, .values = statuses, .where = "r.status = ?"},
    AM_FILTER_PAGING,
    {0},
};
const struct am_schema am_registration_filters = {.name = "RegistrationFilters", .doc = NULL, .fields = filter_fields};

/* The registering city's office, the organiser; the data-protection officer. */
static void narrow(struct am_sql *w, json_t *query)
{
    struct am_viewer v = am_read_viewer(query);
    if (strcmp(v.role, "admin") == 0 || strcmp(v.role, "dpo") == 0)
        return;
    if (strcmp(v.role, "officer") == 0)
        am_sql_addn(w, " AND (r.city_id = ? OR r.host_city_id = ?)", json_pack("[II]", v.city_id, v.city_id));
    else if (strcmp(v.role, "secretariat") == 0)
        am_sql_addv(w, " AND r.network_id = ?", json_integer(v.network_id));
    else
        am_sql_add(w, " AND 0");
}

static const struct am_reading reading = {
    .from = "registration r JOIN activity a ON a.id = r.activity_id JOIN city c ON c.id = r.city_id "
            "LEFT JOIN person p ON p.id = r.person_id",
    .alias = "r", .order = "r.id", .narrow = narrow,
};

static const char *const live[] = {"confirmed", "waitlisted", NULL};
static const struct am_rule rights_rules[] = {
    {AM_ACT_READ, AM_REL_CITY | AM_REL_NETWORK | AM_REL_DPO, NULL, NULL},
    {AM_ACT_CREATE, AM_REL_CITY, NULL, NULL},
    {AM_ACT_UPDATE, AM_REL_CITY | AM_REL_NETWORK, live, NULL},
    {AM_ACT_DELETE, AM_REL_CITY | AM_REL_NETWORK, live, NULL},
    {0},
};
static const struct am_rights rights = {"registration", &am_registration_schema, "status", NULL, rights_rules, NULL};

static enum am_rc get(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    return am_read_one(db, &am_registration_resource, key, out, err);
}

static enum am_rc list_all(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    return am_read_list(db, &am_registration_resource, query, out, err);
}

enum am_rc am_registration_list(struct am_db *db, const struct am_actor *who, json_t *query, json_t **out,
                                struct am_err *err)
{
    return am_read_list_as(db, &am_registration_resource, who, query, out, err);
}

/* ---- the event ------------------------------------------------------------------- */

/* Its places, window and organiser; AM_EINVAL naming activity_id when it
 * takes no registration. */
static enum am_rc event_of(struct am_db *db, int64_t activity, json_t **ev, struct am_err *err)
{
    enum am_rc rc = am_db_one(db,
                              "SELECT id, capacity, registration_opens, registration_closes, network_id, host_city_id, "
                              "starts_at, date('now') AS today FROM activity WHERE id = ?",
                              json_pack("[I]", (json_int_t)activity), ev, err);
    if (rc == AM_ENOTFOUND)
        return am_err_set(err, AM_EINVAL, "activity_id", "Event: there is no activity %lld", (long long)activity);
    if (!rc && !json_is_string(json_object_get(*ev, "starts_at")) && !json_is_integer(json_object_get(*ev, "capacity"))) {
        json_decref(*ev);
        *ev = NULL;
        return am_err_set(err, AM_EINVAL, "activity_id",
                          "Event: this activity takes no registration: it has neither a time nor places");
    }
    return rc;
}

static enum am_rc window_check(json_t *ev, struct am_err *err)
{
    const char *today = json_string_value(json_object_get(ev, "today"));
    const char *opens = json_string_value(json_object_get(ev, "registration_opens"));
    const char *closes = json_string_value(json_object_get(ev, "registration_closes"));
    if (opens && today && strcmp(today, opens) < 0)
        return am_err_set(err, AM_EINVAL, "registration_opens", "Registration opens on %s: register from then", opens);
    if (closes && today && strcmp(today, closes) > 0)
        return am_err_set(err, AM_EINVAL, "registration_closes", "Registration closed on %s", closes);
    return AM_OK;
}

/* One live registration per delegate: "p12" (a person, whatever name they
 * were given), or the city and the folded name ("c3:maria rossi"). */
static enum am_rc delegate_key(json_t *rec, char *out, size_t cap, struct am_err *err)
{
    int64_t person = am_get_id(rec, "person_id");
    const char *name = json_string_value(json_object_get(rec, "delegate_name"));
    if (person) {
        snprintf(out, cap, "p%lld", (long long)person);
        return AM_OK;
    }
    if (!name || !*name)
        return am_err_set(err, AM_EINVAL, "delegate_name",
                          "Delegate: name the delegate, or choose a person your office holds");
    struct am_buf b;
    am_buf_init(&b, 512);
    enum am_rc rc = am_fold(name, strlen(name), &b);
    if (!rc)
        snprintf(out, cap, "c%lld:%s", (long long)am_get_id(rec, "city_id"), am_buf_str(&b));
    am_buf_free(&b);
    return rc;
}

static enum am_rc duplicate(enum am_rc rc, json_t *rec, struct am_err *err)
{
    if (rc == AM_ECONFLICT)
        return am_err_set(err, AM_ECONFLICT, am_get_id(rec, "person_id") ? "person_id" : "delegate_name",
                          "Delegate: already registered for this event");
    return rc;
}

/* ---- writes ---------------------------------------------------------------------- */

static enum am_rc create(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out, struct am_err *err)
{
    json_t *ev = NULL;
    char key[300], now[32], id_text[24];
    int64_t confirmed = 0, id = 0;
    enum am_rc rc = am_refs_check(db, &am_registration_schema, in, err);
    if (!rc)
        rc = am_rights_need(&rights, who, in, AM_ACT_CREATE, err);
    if (!rc)
        rc = am_scope_check(db, &am_registration_schema, who, in, NULL, err);
    if (!rc && json_object_get(in, "attended"))
        rc = am_err_set(err, AM_EINVAL, "attended", "Attended: recorded after the event, not when registering");
    if (!rc)
        rc = event_of(db, am_get_id(in, "activity_id"), &ev, err);
    if (!rc)
        rc = window_check(ev, err);
    if (!rc)
        rc = delegate_key(in, key, sizeof key, err);
    am_now(now);
    if (!rc && !(rc = am_db_begin(db, err))) {
        /* counted and written in one write transaction: writers take turns */
        rc = am_db_i64(db, "SELECT count(*) FROM registration WHERE activity_id = ? AND status = 'confirmed'",
                       json_pack("[I]", (json_int_t)am_get_id(in, "activity_id")), &confirmed, err);
        json_t *cap = json_object_get(ev, "capacity");
        const char *status = !json_is_integer(cap) || confirmed < json_integer_value(cap) ? "confirmed" : "waitlisted";
        if (!rc)
            rc = am_db_exec(db,
                            "INSERT INTO registration (activity_id, city_id, network_id, host_city_id, person_id, "
                            "delegate_name, delegate_key, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                            "?, ?, ?)",
                            json_pack("[OOOOos?ssss]", json_object_get(in, "activity_id"), json_object_get(in, "city_id"),
                                      json_object_get(ev, "network_id"), json_object_get(ev, "host_city_id"),
                                      am_get_id(in, "person_id") ? json_integer(am_get_id(in, "person_id"))
                                                                 : json_null(),
                                      json_string_value(json_object_get(in, "delegate_name")), key, status, now, now),
                            NULL, err);
        rc = duplicate(rc, in, err);
        if (!rc)
            id = am_db_last_id(db);
        if (!rc)
            rc = am_db_commit(db, err);
        if (rc)
            am_db_rollback(db);
    }
    json_decref(ev);
    snprintf(id_text, sizeof id_text, "%lld", (long long)id);
    return rc ? rc : get(db, id_text, out, err);
}

/* A corrected name is a new key; attendance only for the confirmed. */
static enum am_rc rules(struct am_db *db, json_t *next, struct am_err *err)
{
    (void)db;
    char key[300];
    if (json_is_boolean(json_object_get(next, "attended")) &&
        strcmp(json_string_value(json_object_get(next, "status")), "confirmed") != 0)
        return am_err_set(err, AM_EINVAL, "attended", "Attended: only a confirmed delegate's attendance is recorded");
    return delegate_key(next, key, sizeof key, err);
}

static enum am_rc derive(struct am_db *db, json_t *in, json_t *extra, struct am_err *err)
{
    (void)db;
    char key[300];
    if (!json_object_get(in, "delegate_name") && !json_object_get(in, "person_id") && !json_object_get(in, "city_id"))
        return AM_OK;
    enum am_rc rc = delegate_key(in, key, sizeof key, err);
    if (!rc)
        json_object_set_new(extra, "delegate_key", json_string(key));
    return rc;
}

/* unlogged: the history would keep the delegates' names */
static const struct am_writer writer = {
    .table = "registration", .what = "registration", .schema = &am_registration_schema, .stamps = true, .get = get,
    .rights = &rights, .rules = rules, .derive = derive, .unlogged = true,
};

static enum am_rc update(struct am_db *db, const struct am_actor *who, const char *key, json_t *patch, json_t **out,
                         struct am_err *err)
{
    json_t *old = NULL;
    enum am_rc rc = get(db, key, &old, err);
    if (!rc) /* who may, first */
        rc = am_rights_need(&rights, who, old, AM_ACT_UPDATE, err);
    if (!rc && json_object_get(patch, "activity_id") &&
        !json_equal(json_object_get(patch, "activity_id"), json_object_get(old, "activity_id")))
        rc = am_err_set(err, AM_EINVAL, "activity_id",
                        "Event: a registration stays with its event: cancel it and register for the other");
    /* a delegate moved to another city's delegation keeps their name, under
     * that city's key */
    json_t *p = rc ? NULL : json_deep_copy(patch);
    if (p && json_object_get(p, "city_id") && !json_object_get(p, "delegate_name") && !json_object_get(p, "person_id")) {
        json_object_set(p, "delegate_name", json_object_get(old, "delegate_name"));
        json_object_set(p, "person_id", json_object_get(old, "person_id"));
    }
    json_decref(old);
    if (!rc)
        rc = p ? duplicate(am_write_update(db, &writer, who, key, p, out, err), p, err)
               : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    json_decref(p);
    return rc;
}

/* Cancelled: its place, if it held one, goes to the first waiting. */
static enum am_rc cancel(struct am_db *db, const struct am_actor *who, const char *key, struct am_err *err)
{
    json_t *rec = NULL;
    char now[32];
    int64_t id;
    enum am_rc rc = am_key_id(key, "registration", &id, err);
    if (!rc)
        rc = get(db, key, &rec, err);
    if (!rc)
        rc = am_rights_need(&rights, who, rec, AM_ACT_DELETE, err);
    bool freed = !rc && strcmp(json_string_value(json_object_get(rec, "status")), "confirmed") == 0;
    am_now(now);
    if (!rc && !(rc = am_db_begin(db, err))) {
        rc = am_db_exec(db, "UPDATE registration SET status = 'cancelled', updated_at = ? WHERE id = ?",
                        json_pack("[sI]", now, (json_int_t)id), NULL, err);
        if (!rc && freed)
            rc = am_db_exec(db,
                            "UPDATE registration SET status = 'confirmed', updated_at = ?1 WHERE id = (SELECT id FROM "
                            "registration WHERE activity_id = ?2 AND status = 'waitlisted' ORDER BY id LIMIT 1)",
                            json_pack("[sI]", now, (json_int_t)am_get_id(rec, "activity_id")), NULL, err);
        if (!rc)
            rc = am_db_commit(db, err);
        if (rc)
            am_db_rollback(db);
    }
    json_decref(rec);
    return rc;
}

/* ---- places ------------------------------------------------------------------------ */

static const struct am_field places_fields[] = {
    {.name = "capacity", .type = AM_T_INT, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "confirmed", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "waitlisted", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "left", .type = AM_T_INT, .flags = AM_F_READONLY | AM_F_NULLABLE, .doc = "null: no limit"},
    {.name = "open", .type = AM_T_BOOL, .flags = AM_F_READONLY, .doc = "registration is open today"},
    {0},
};
const struct am_schema am_places_schema = {.name = "EventPlaces", .doc = "An event's places.", .fields = places_fields};

enum am_rc am_registration_places(struct am_db *db, int64_t activity, json_t **out, struct am_err *err)
{
    json_t *ev = NULL, *row = NULL;
    enum am_rc rc = event_of(db, activity, &ev, err);
    if (rc == AM_EINVAL) /* the activity of the path: not found as an event */
        return am_err_set(err, AM_ENOTFOUND, NULL, "no event with id %lld: an activity with places or a time",
                          (long long)activity);
    if (!rc)
        rc = am_db_one(db,
                       "SELECT coalesce(sum(status = 'confirmed'), 0) AS confirmed, coalesce(sum(status = "
                       "'waitlisted'), 0) AS waitlisted FROM registration WHERE activity_id = ?",
                       json_pack("[I]", (json_int_t)activity), &row, err);
    if (!rc) {
        json_int_t confirmed = json_integer_value(json_object_get(row, "confirmed"));
        json_t *cap = json_object_get(ev, "capacity");
        struct am_err quiet = {0};
        json_int_t left = json_is_integer(cap) ? json_integer_value(cap) - confirmed : 0;
        *out = json_pack("{s:O,s:I,s:I,s:o,s:b}", "capacity", cap, "confirmed", confirmed, "waitlisted",
                         json_integer_value(json_object_get(row, "waitlisted")), "left",
                         json_is_integer(cap) ? json_integer(left > 0 ? left : 0) : json_null(), "open",
                         window_check(ev, &quiet) == AM_OK);
        if (!*out)
            rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    }
    json_decref(ev);
    json_decref(row);
    return rc;
}

const struct am_resource am_registration_resource = {
    .name = "registrations", .singular = "registration", .table = "registration", .key = "id",
    .doc = "Delegates cities registered for events: confirmed while places are left, then waiting.",
    .schema = &am_registration_schema, .filters = &am_registration_filters, .rights = &rights, .reading = &reading,
    .list = list_all, .get = get, .create = create, .update = update, .remove = cancel,
};

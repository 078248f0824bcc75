#include "am_history.h"

#include <stdlib.h>
#include <string.h>

#include "am_resource.h"
#include "util/am_str.h"

static const struct am_field pair_item = {.name = "value", .type = AM_T_ANY, .flags = AM_F_READONLY};
static const struct am_field change_pair = {
    .name = "change", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &pair_item, .min = 2, .max = 2,
    .doc = "[before, after]"};
static const struct am_field id_item = {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY};
static const struct am_field fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "kind", .type = AM_T_STRING, .flags = AM_F_READONLY, .doc = "the kind of record, e.g. partnerships"},
    {.name = "record_id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "action", .type = AM_T_STRING, .flags = AM_F_READONLY,
     .doc = "create, update, delete, or a step of its life (sign, suspend, renew, end, leave...)"},
    {.name = "at", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "username", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .doc = "who: shown to the record's city, network and admins"},
    {.name = "changes", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .item = &change_pair,
     .doc = "{field: [before, after]} (null before: made; null after: deleted)"},
    {.name = "cities", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &id_item,
     .doc = "the cities the record belongs to"},
    {.name = "networks", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &id_item,
     .doc = "the networks the record belongs to"},
    {0},
};
const struct am_schema am_change_schema = {
    .name = "RecordChange", .doc = "A change of a record: who, when, what.", .fields = fields};

/* A field worth logging: what a person wrote or a step set, not what is
 * computed around the record (its health, the names of its parties). */
static bool logged(const struct am_field *f)
{
    if (strcmp(f->name, "can") == 0 || strcmp(f->name, "created_at") == 0 || strcmp(f->name, "updated_at") == 0)
        return false;
    return !(f->flags & AM_F_READONLY) || (f->type != AM_T_OBJECT && f->type != AM_T_ARRAY);
}

static json_t *diff(const struct am_schema *s, json_t *before, json_t *after)
{
    json_t *d = json_object();
    for (const struct am_field *f = s->fields; d && f->name; f++) {
        json_t *b = json_object_get(before, f->name), *a = json_object_get(after, f->name);
        if (!logged(f) || (!a && !b) || (a && b && json_equal(a, b)))
            continue;
        if ((!a || json_is_null(a)) && (!b || json_is_null(b)))
            continue;
        json_object_set_new(d, f->name, json_pack("[OO]", b ? b : json_null(), a ? a : json_null()));
    }
    return d;
}

enum am_rc am_history_log(struct am_db *db, const struct am_rights *r, const char *kind, int64_t id,
                          const char *action, const struct am_actor *who, json_t *before, json_t *after,
                          struct am_err *err)
{
    char now[32];
    am_now(now);
    json_t *cities = json_array(), *networks = json_array(), *d = diff(r->schema, before, after);
    am_owner_ids(r->schema, before, cities, networks);
    am_owner_ids(r->schema, after, cities, networks);
    char *dt = d ? json_dumps(d, JSON_COMPACT) : NULL, *ct = json_dumps(cities, JSON_COMPACT),
         *nt = json_dumps(networks, JSON_COMPACT);
    enum am_rc rc = !dt || !ct || !nt ? am_err_set(err, AM_ENOMEM, NULL, "out of memory")
                    : json_object_size(d) == 0 && strcmp(action, "update") == 0
                        ? AM_OK /* a change that changed nothing */
                        : am_db_exec(db,
                                     "INSERT INTO record_change (kind, record_id, action, at, user_id, username, "
                                     "changes, cities, networks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                     json_pack("[sIssos?sss]", kind, (json_int_t)id, action, now,
                                               who->user_id ? json_integer(who->user_id) : json_null(),
                                               who->username[0] ? who->username : NULL, dt, ct, nt),
                                     NULL, err);
    free(dt), free(ct), free(nt);
    json_decref(d), json_decref(cities), json_decref(networks);
    return rc;
}

/* Stored text columns back into JSON. */
static void parse_columns(json_t *row)
{
    static const char *const cols[] = {"changes", "cities", "networks"};
    for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++) {
        const char *t = json_string_value(json_object_get(row, cols[i]));
        json_t *v = t ? json_loads(t, 0, NULL) : NULL;
        json_object_set_new(row, cols[i], v ? v : i ? json_array() : json_object());
    }
}

static const char COLS[] = "id, kind, record_id, action, at, username, changes, cities, networks";

enum am_rc am_history_of(struct am_db *db, const struct am_rights *r, const char *kind, json_t *rec,
                         const struct am_actor *who, json_t **out, struct am_err *err)
{
    json_t *rows = NULL, *row;
    char sql[200];
    size_t i;
    bool inside = am_rights_inside(r, who, rec);
    snprintf(sql, sizeof sql, "SELECT %s FROM record_change WHERE kind = ? AND record_id = ? ORDER BY id DESC",
             COLS);
    enum am_rc rc = am_db_all(db, sql, json_pack("[sO]", kind, json_object_get(rec, "id")), &rows, err);
    if (rc)
        return rc;
    json_array_foreach(rows, i, row) {
        parse_columns(row);
        if (inside)
            continue;
        json_object_set_new(row, "username", json_null());
        am_rights_strip_private(r->schema, json_object_get(row, "changes"));
    }
    *out = json_pack("{s:o,s:I,s:n}", "items", rows, "total", (json_int_t)json_array_size(rows), "next");
    return *out ? AM_OK : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
}

enum am_rc am_history_since(struct am_db *db, const char *since, int64_t city, int64_t network, int limit,
                            json_t **out, struct am_err *err)
{
    char sql[600], floor[32];
    if (!since) {
        am_time_iso(am_time_now() - 30 * 86400, floor, sizeof floor);
        since = floor;
    }
    snprintf(sql, sizeof sql,
             "SELECT %s FROM record_change WHERE at >= ?1 AND ((?2 = 0 AND ?3 = 0) OR EXISTS (SELECT 1 FROM "
             "json_each(cities) WHERE value = ?2) OR EXISTS (SELECT 1 FROM json_each(networks) WHERE value = ?3)) "
             "ORDER BY id DESC LIMIT ?4",
             COLS);
    enum am_rc rc = am_db_all(db, sql, json_pack("[sIIi]", since, (json_int_t)city, (json_int_t)network, limit),
                              out, err);
    size_t i;
    json_t *row;
    json_array_foreach(rc ? NULL : *out, i, row) parse_columns(row);
    return rc;
}

#include "am_setting.h"

#include <string.h>

#include "util/am_str.h"

static const struct am_field fields[] = {
    {.name = "dormant_after_years", .type = AM_T_INT, .min = 1, .max = 50,
     .doc = "a partnership with no activity (or signature) for this many years is dormant"},
    {.name = "session_ttl_hours", .type = AM_T_INT, .min = 1, .max = 720,
     .doc = "how long a sign-in token is valid"},
    {.name = "registrations_per_hour", .type = AM_T_INT, .min = 1, .max = 1000,
     .doc = "how many people may register themselves on the public form from one address in an hour"},
    AM_FIELD_CAN,
    {0},
};
const struct am_schema am_setting_schema = {
    .name = "Settings", .doc = "Settings of this amity.", .fields = fields,
    .example = "{\"dormant_after_years\": 3}"};

static const struct am_rule rules[] = {
    {AM_ACT_UPDATE, AM_REL_ADMIN, NULL, NULL},
    {0},
};
const struct am_rights am_setting_rights = {"settings", &am_setting_schema, NULL, NULL, rules, NULL};

int am_setting_int(struct am_db *db, const char *key, int dflt)
{
    json_t *row = NULL;
    int64_t v;
    if (am_db_one(db, "SELECT value FROM setting WHERE key = ?", json_pack("[s]", key), &row, NULL))
        return dflt;
    bool ok = am_parse_i64(json_string_value(json_object_get(row, "value")), 0, 1000000, &v);
    json_decref(row);
    return ok ? (int)v : dflt;
}

enum am_rc am_setting_get(struct am_db *db, json_t **out, struct am_err *err)
{
    json_t *o = json_object();
    if (!o)
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    for (const struct am_field *f = fields; f->name; f++) {
        if (f->type != AM_T_INT) /* `can`: added with the reply */
            continue;
        int v = am_setting_int(db, f->name, -1);
        json_object_set_new(o, f->name, v < 0 ? json_null() : json_integer(v));
    }
    *out = o;
    return AM_OK;
}

enum am_rc am_setting_update(struct am_db *db, const struct am_actor *who, json_t *patch,
                             json_t **out, struct am_err *err)
{
    enum am_rc rc = am_rights_need(&am_setting_rights, who, NULL, AM_ACT_UPDATE, err);
    if (rc || (rc = am_schema_check(&am_setting_schema, patch, AM_CHECK_UPDATE, err)) ||
        (rc = am_db_begin(db, err)))
        return rc;
    const char *key;
    json_t *v;
    json_object_foreach(patch, key, v) {
        if (rc)
            break;
        char text[32];
        snprintf(text, sizeof text, "%lld", (long long)json_integer_value(v));
        rc = am_db_exec(db, "INSERT INTO setting (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        json_pack("[ss]", key, text), NULL, err);
    }
    if (!rc)
        rc = am_db_commit(db, err);
    if (rc) {
        am_db_rollback(db);
        return rc;
    }
    return am_setting_get(db, out, err);
}

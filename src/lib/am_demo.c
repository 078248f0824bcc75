#include "am_demo.h"

#include <string.h>

#include "am_index.h"
#include "am_practice.h"
#include "am_resolve.h"
#include "am_resource.h"
#include "am_user.h"
#include "util/am_blob.h"

/* Resolve "x_ref": "name" to "x_id": id and "x_refs": [...] to "x_ids",
 * recursively, and drop "ref" and "_documentation" keys. */
static enum am_rc resolve(json_t *obj, json_t *refs, const char *where, struct am_err *err)
{
    const char *key;
    json_t *v;
    void *tmp;
    json_object_foreach_safe(obj, tmp, key, v) {
        size_t n = strlen(key);
        if (key[0] == '_' || strcmp(key, "ref") == 0) {
            json_object_del(obj, key);
            continue;
        }
        if (json_is_object(v)) {
            enum am_rc rc = resolve(v, refs, where, err);
            if (rc)
                return rc;
            continue;
        }
        bool one = n > 4 && strcmp(key + n - 4, "_ref") == 0;
        bool many = n > 5 && strcmp(key + n - 5, "_refs") == 0;
        if (!one && !many) {
            size_t i;
            json_t *item;
            json_array_foreach(v, i, item) { /* e.g. regional offices */
                enum am_rc rc = json_is_object(item) ? resolve(item, refs, where, err) : AM_OK;
                if (rc)
                    return rc;
            }
            continue;
        }
        char name[64];
        snprintf(name, sizeof name, "%.*s%s", (int)(n - (one ? 4 : 5)), key, one ? "_id" : "_ids");
        json_t *ids = many ? json_array() : NULL, *r;
        size_t i;
        json_t *list = many ? v : json_pack("[O]", v);
        json_array_foreach(list, i, r) {
            json_t *id = json_object_get(refs, json_string_value(r) ? json_string_value(r) : "");
            if (!id) {
                json_decref(ids);
                if (!many)
                    json_decref(list);
                return am_err_set(err, AM_EINVAL, key, "%s: unknown ref '%s'", where,
                                  json_string_value(r) ? json_string_value(r) : "?");
            }
            if (many)
                json_array_append(ids, id);
            else
                json_object_set(obj, name, id);
        }
        if (many)
            json_object_set_new(obj, name, ids);
        else
            json_decref(list);
        json_object_del(obj, key);
    }
    return AM_OK;
}

static const char *const order[] = {
    "cities", "organisations", "networks", "memberships", "partnerships", "activities", "diaspora", NULL,
};

/* A seed city the gazetteer has (the demo runs on the real world when the
 * gazetteer is loaded): its id, or 0. Only a confident answer counts. */
static int64_t known_city(struct am_db *db, json_t *rec)
{
    struct am_place p = {json_string_value(json_object_get(rec, "name")),
                         json_string_value(json_object_get(rec, "country")), false, 0, 0};
    struct am_resolution r;
    if (!p.name || !p.country || am_resolve(db, &p, &r, NULL) || r.status != AM_FOUND ||
        r.confidence < 0.9)
        return 0;
    return r.city_id;
}

static enum am_rc load_records(struct am_db *db, const char *kind, json_t *records, json_t *refs,
                               json_t *counts, struct am_err *err)
{
    const struct am_resource *res = am_resource_find(kind);
    bool cities = strcmp(kind, "cities") == 0;
    int64_t matched = 0;
    size_t i;
    json_t *rec;
    json_array_foreach(records, i, rec) {
        const char *ref = json_string_value(json_object_get(rec, "ref"));
        int64_t known = cities ? known_city(db, rec) : 0;
        if (known) {
            if (ref)
                json_object_set_new(refs, ref, json_integer(known));
            matched++;
            continue;
        }
        char where[64];
        snprintf(where, sizeof where, "%s[%zu]", kind, i);
        json_t *in = json_deep_copy(rec), *out = NULL;
        enum am_rc rc = resolve(in, refs, where, err);
        if (!rc)
            rc = am_schema_check(res->schema, in, AM_CHECK_CREATE, err);
        if (!rc)
            rc = res->create(db, &am_actor_cli, in, &out, err);
        if (!rc && ref)
            json_object_set(refs, ref, json_object_get(out, "id"));
        json_decref(in);
        json_decref(out);
        if (rc) {
            char msg[sizeof err->msg];
            memcpy(msg, err->msg, sizeof msg);
            return am_err_set(err, rc, err->field, "demo %s: %s", where, msg);
        }
    }
    json_object_set_new(counts, kind, json_integer((json_int_t)json_array_size(records)));
    if (cities)
        json_object_set_new(counts, "of them in the gazetteer", json_integer(matched));
    return AM_OK;
}

/* Practices go in as drafts of the command line and through the review
 * to the status the file gives. */
static enum am_rc load_practices(struct am_db *db, json_t *records, json_t *refs, json_t *counts,
                                 struct am_err *err)
{
    size_t i;
    json_t *rec;
    json_array_foreach(records, i, rec) {
        char where[64], key[24];
        snprintf(where, sizeof where, "practices[%zu]", i);
        json_t *in = json_deep_copy(rec), *out = NULL, *step = NULL;
        const char *status = json_string_value(json_object_get(rec, "status"));
        json_object_del(in, "status");
        enum am_rc rc = resolve(in, refs, where, err);
        if (!rc)
            rc = am_schema_check(am_practice_resource.schema, in, AM_CHECK_CREATE, err);
        if (!rc)
            rc = am_practice_create(db, &am_actor_cli, in, &out, err);
        snprintf(key, sizeof key, "%lld", (long long)am_get_id(out, "id"));
        if (!rc && status && strcmp(status, "draft") != 0)
            rc = am_practice_transition(db, &am_actor_cli, key, "submit", NULL, &step, err);
        json_decref(step);
        step = NULL;
        if (!rc && status && strcmp(status, "published") == 0)
            rc = am_practice_transition(db, &am_actor_cli, key, "publish", NULL, &step, err);
        json_decref(step);
        json_decref(in);
        json_decref(out);
        if (rc)
            return rc;
    }
    json_object_set_new(counts, "practices", json_integer((json_int_t)json_array_size(records)));
    return AM_OK;
}

/* Published Index results, as their sources state them. */
static enum am_rc load_index(struct am_db *db, json_t *records, json_t *refs, json_t *counts,
                             struct am_err *err)
{
    size_t i;
    json_t *rec;
    json_array_foreach(records, i, rec) {
        char where[64];
        snprintf(where, sizeof where, "index_published[%zu]", i);
        json_t *in = json_deep_copy(rec), *out = NULL;
        enum am_rc rc = resolve(in, refs, where, err);
        if (!rc)
            rc = am_schema_check(&am_index_published_schema, in, AM_CHECK_CREATE, err);
        if (!rc)
            rc = am_index_published_add(db, &am_actor_cli, in, &out, err);
        json_decref(in);
        json_decref(out);
        if (rc)
            return rc;
    }
    json_object_set_new(counts, "published Index results", json_integer((json_int_t)json_array_size(records)));
    return AM_OK;
}

static enum am_rc load_users(struct am_db *db, json_t *users, json_t *refs, json_t *counts,
                             struct am_err *err)
{
    size_t i;
    json_t *u;
    json_array_foreach(users, i, u) {
        json_t *in = json_deep_copy(u), *out = NULL;
        enum am_rc rc = resolve(in, refs, "users", err);
        if (!rc)
            rc = am_schema_check(&am_user_schema, in, AM_CHECK_CREATE, err);
        if (!rc)
            rc = am_user_create(db, &am_actor_cli, in, &out, err);
        json_decref(in);
        json_decref(out);
        if (rc)
            return rc;
    }
    json_object_set_new(counts, "users", json_integer((json_int_t)json_array_size(users)));
    return AM_OK;
}

enum am_rc am_demo_load_doc(struct am_db *db, json_t *doc, json_t **counts, struct am_err *err)
{
    json_t *refs = json_object(), *n = json_object();
    enum am_rc rc = am_db_begin(db, err);
    for (size_t k = 0; !rc && order[k]; k++)
        rc = load_records(db, order[k], json_object_get(doc, order[k]), refs, n, err);
    if (!rc)
        rc = load_practices(db, json_object_get(doc, "practices"), refs, n, err);
    if (!rc)
        rc = load_index(db, json_object_get(doc, "index_published"), refs, n, err);
    if (!rc)
        rc = load_users(db, json_object_get(doc, "users"), refs, n, err);
    if (!rc)
        rc = am_db_exec(db, "INSERT INTO setting (key, value) VALUES ('demo_loaded', '1')",
                        json_array(), NULL, err);
    if (rc == AM_ECONFLICT && !err->field[0])
        am_err_set(err, rc, NULL, "the demo records are already loaded");
    if (!rc)
        rc = am_db_commit(db, err);
    else
        am_db_rollback(db);
    json_decref(refs);
    if (!rc && counts)
        *counts = n;
    else
        json_decref(n);
    return rc;
}

enum am_rc am_demo_load(struct am_db *db, json_t **counts, struct am_err *err)
{
    int64_t loaded = 0;
    if (!am_db_i64(db, "SELECT count(*) FROM setting WHERE key = 'demo_loaded'", json_array(),
                   &loaded, NULL) && loaded)
        return am_err_set(err, AM_ECONFLICT, NULL, "the demo records are already loaded");
    const struct am_blob *b = am_blob_find("data/demo.json");
    json_error_t je;
    json_t *doc = b ? json_loadb(b->data, b->len, 0, &je) : NULL;
    if (!doc)
        return am_err_set(err, AM_EINTERNAL, NULL, "the built-in demo records are unreadable");
    enum am_rc rc = am_demo_load_doc(db, doc, counts, err);
    json_decref(doc);
    return rc;
}

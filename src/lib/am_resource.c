#include "am_resource.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "am_history.h"
#include "util/am_str.h"

/* ---- cursors -------------------------------------------------------- */

char *am_cursor_encode(json_t *sort, int64_t id)
{
    json_t *pair = json_pack("[Oi]", sort, (json_int_t)id);
    char *raw = pair ? json_dumps(pair, JSON_COMPACT) : NULL;
    json_decref(pair);
    if (!raw)
        return NULL;
    size_t n = strlen(raw);
    size_t cap = sodium_base64_ENCODED_LEN(n, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    char *out = malloc(cap);
    if (out)
        sodium_bin2base64(out, cap, (const unsigned char *)raw, n,
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    free(raw);
    return out;
}

enum am_rc am_cursor_decode(const char *s, json_t **sort, int64_t *id, struct am_err *err)
{
    unsigned char raw[400];
    size_t n = 0;
    if (sodium_base642bin(raw, sizeof raw - 1, s, strlen(s), NULL, &n, NULL,
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0)
        return am_err_set(err, AM_EBADREQ, "cursor", "cursor: not a cursor of this list");
    json_t *pair = json_loadb((const char *)raw, n, 0, NULL);
    json_t *v = json_array_get(pair, 0), *i = json_array_get(pair, 1);
    if (!json_is_array(pair) || json_array_size(pair) != 2 || !json_is_integer(i) ||
        !(json_is_string(v) || json_is_number(v))) {
        json_decref(pair);
        return am_err_set(err, AM_EBADREQ, "cursor", "cursor: not a cursor of this list");
    }
    *sort = json_incref(v);
    *id = json_integer_value(i);
    json_decref(pair);
    return AM_OK;
}

/* ---- lists ---------------------------------------------------------- */

void am_listing_init(struct am_listing *l, const char *cols, const char *from, const char *sort,
                     const char *id, bool desc)
{
    l->cols = cols;
    l->from = from;
    l->sort = sort;
    l->id = id;
    l->desc = desc;
    l->from_args = NULL;
    l->count_from = NULL;
    am_sql_init(&l->where);
}

void am_listing_free(struct am_listing *l)
{
    json_decref(l->from_args);
    l->from_args = NULL;
    am_sql_free(&l->where);
}

static void add_from(struct am_sql *q, struct am_listing *l)
{
    am_sql_addn(q, l->from, l->from_args ? json_incref(l->from_args) : json_array());
}

/* A page in two steps of one statement: which rows (their sort keys and
 * ids, narrow, so that sorting every match moves little), then the whole
 * rows of those alone (a city's eighty names, the counts of a record's
 * parts, are read for the page and not for every match). */
static void page_sql(struct am_listing *l, struct am_sql *q, json_t *csort, int64_t cid,
                     int64_t limit)
{
    const char *cmp = l->desc ? " < ?" : " > ?";
    const char *dir = l->desc ? " DESC" : "";
    am_sql_add(q, "WITH page(_sort, _id) AS (SELECT ");
    am_sql_add(q, l->sort);
    am_sql_add(q, ", ");
    am_sql_add(q, l->id);
    am_sql_add(q, " FROM ");
    add_from(q, l);
    am_sql_add(q, " WHERE 1=1");
    am_sql_cat(q, &l->where);
    if (csort) {
        am_sql_add(q, " AND (");
        am_sql_add(q, l->sort);
        am_sql_addv(q, cmp, json_incref(csort));
        am_sql_add(q, " OR (");
        am_sql_add(q, l->sort);
        am_sql_addv(q, " = ?", json_incref(csort));
        am_sql_add(q, " AND ");
        am_sql_add(q, l->id);
        am_sql_addv(q, cmp, json_integer(cid));
        am_sql_add(q, "))");
    }
    am_sql_add(q, " ORDER BY 1");
    am_sql_add(q, dir);
    am_sql_add(q, ", 2");
    am_sql_add(q, dir);
    am_sql_addv(q, " LIMIT ?) SELECT ", json_integer(limit + 1));
    am_sql_add(q, l->cols);
    am_sql_add(q, ", page._sort AS _sort, page._id AS _id FROM page CROSS JOIN ");
    add_from(q, l);
    am_sql_add(q, " WHERE ");
    am_sql_add(q, l->id);
    am_sql_add(q, " = page._id ORDER BY page._sort");
    am_sql_add(q, dir);
    am_sql_add(q, ", page._id");
    am_sql_add(q, dir);
}

/* Counted on a subquery that keeps its LIMIT: SQLite then leaves out the
 * joins that no filter uses (it does not for an aggregate over the joins
 * themselves), which is most of the cost of a count. */
static enum am_rc count_rows(struct am_db *db, struct am_listing *l, int64_t *total,
                             struct am_err *err)
{
    struct am_sql q;
    am_sql_init(&q);
    if (l->count_from && l->where.text.len == 0) { /* SQLite counts a table without reading it */
        am_sql_add(&q, "SELECT count(*) FROM ");
        am_sql_add(&q, l->count_from);
    } else {
        am_sql_add(&q, "SELECT count(*) FROM (SELECT 1 FROM ");
        add_from(&q, l);
        am_sql_add(&q, " WHERE 1=1");
        am_sql_cat(&q, &l->where);
        am_sql_add(&q, " LIMIT -1)");
    }
    enum am_rc rc = q.err ? am_err_set(err, AM_ENOMEM, NULL, "query too large")
                          : am_db_i64(db, am_sql_text(&q), am_sql_args(&q), total, err);
    am_sql_free(&q);
    return rc;
}

enum am_rc am_listing_run(struct am_db *db, struct am_listing *l, json_t *query, json_t **out,
                          struct am_err *err)
{
    enum am_rc rc = AM_OK;
    struct am_stmt *st = NULL;
    struct am_sql q;
    json_t *csort = NULL, *items = json_array(), *last_sort = NULL;
    int64_t cid = 0, last_id = 0, total = 0, n = 0;
    bool more = false, row;
    char *next = NULL;

    am_sql_init(&q);
    json_t *jl = json_object_get(query, "limit");
    int64_t limit = json_is_integer(jl) ? json_integer_value(jl) : AM_LIST_DEFAULT;
    const char *cursor = json_string_value(json_object_get(query, "cursor"));
    if (cursor && (rc = am_cursor_decode(cursor, &csort, &cid, err)))
        goto out;
    /* a caller walking every page (an export) needs no count of each */
    bool counted = !json_is_false(json_object_get(query, "total"));
    if (counted && (rc = count_rows(db, l, &total, err)))
        goto out;
    page_sql(l, &q, csort, cid, limit);
    if (q.err || !items) {
        rc = am_err_set(err, AM_ENOMEM, NULL, "query too large");
        goto out;
    }
    if ((rc = am_db_prepare(db, am_sql_text(&q), am_sql_args(&q), &st, err)))
        goto out;
    int ncols = am_stmt_ncols(st);
    while (!(rc = am_stmt_step(st, &row, err)) && row) {
        if (n == limit) {
            more = true;
            break;
        }
        json_array_append_new(items, am_stmt_row(st));
        json_decref(last_sort);
        last_sort = am_stmt_value(st, ncols - 2);
        last_id = am_stmt_i64(st, ncols - 1);
        n++;
    }
    am_stmt_done(st);
    if (rc)
        goto out;
    if (more && !(next = am_cursor_encode(last_sort, last_id))) {
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
        goto out;
    }
    *out = json_pack("{s:O,s:o,s:s?}", "items", items, "total", counted ? json_integer(total) : json_null(), "next",
                     next);
    if (!*out)
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
out:
    free(next);
    json_decref(csort);
    json_decref(last_sort);
    json_decref(items);
    am_sql_free(&q);
    return rc;
}

/* ---- writes --------------------------------------------------------- */

void am_now(char out[32])
{
    am_time_iso(am_time_now(), out, 32);
}

enum am_rc am_row_insert_x(struct am_db *db, const char *table, const struct am_schema *s,
                           json_t *in, json_t *extra, bool stamps, int64_t *id,
                           struct am_err *err)
{
    struct am_sql q, vals;
    char now[32];
    am_now(now);
    am_sql_init(&q);
    am_sql_init(&vals);
    am_sql_add(&q, "INSERT INTO ");
    am_sql_add(&q, table);
    am_sql_add(&q, " (");
    int n = 0;
    for (const struct am_field *f = s->fields; f->name; f++) {
        json_t *v = json_object_get(in, f->name);
        if (!v || !am_field_is_column(f) || json_object_get(extra, f->name)) /* derived wins */
            continue;
        am_sql_add(&q, n ? ", " : "");
        am_sql_add(&q, f->name);
        am_sql_addv(&vals, n++ ? ", ?" : "?", json_incref(v));
    }
    const char *col;
    json_t *v;
    json_object_foreach(extra, col, v) {
        am_sql_add(&q, n ? ", " : "");
        am_sql_add(&q, col);
        am_sql_addv(&vals, n++ ? ", ?" : "?", json_incref(v));
    }
    if (stamps) {
        am_sql_add(&q, n ? ", created_at, updated_at" : "created_at, updated_at");
        am_sql_addv(&vals, n ? ", ?" : "?", json_string(now));
        am_sql_addv(&vals, ", ?", json_string(now));
    }
    am_sql_add(&q, ") VALUES (");
    am_sql_cat(&q, &vals);
    am_sql_add(&q, ")");
    enum am_rc rc = q.err ? am_err_set(err, AM_ENOMEM, NULL, "out of memory")
                          : am_db_exec(db, am_sql_text(&q), am_sql_args(&q), NULL, err);
    if (!rc && id)
        *id = am_db_last_id(db);
    am_sql_free(&q);
    am_sql_free(&vals);
    return rc;
}

enum am_rc am_row_update_x(struct am_db *db, const char *table, const char *keycol, json_t *key,
                           const struct am_schema *s, json_t *patch, json_t *extra, bool stamps,
                           struct am_err *err)
{
    struct am_sql q;
    char now[32];
    am_now(now);
    am_sql_init(&q);
    am_sql_add(&q, "UPDATE ");
    am_sql_add(&q, table);
    am_sql_add(&q, " SET ");
    int n = 0;
    for (const struct am_field *f = s->fields; f->name; f++) {
        json_t *v = json_object_get(patch, f->name);
        if (!v || !am_field_is_column(f) || json_object_get(extra, f->name)) /* derived wins */
            continue;
        am_sql_add(&q, n++ ? ", " : "");
        am_sql_add(&q, f->name);
        am_sql_addv(&q, " = ?", json_incref(v));
    }
    const char *col;
    json_t *v;
    json_object_foreach(extra, col, v) {
        am_sql_add(&q, n++ ? ", " : "");
        am_sql_add(&q, col);
        am_sql_addv(&q, " = ?", json_incref(v));
    }
    if (stamps)
        am_sql_addv(&q, n++ ? ", updated_at = ?" : "updated_at = ?", json_string(now));
    enum am_rc rc = AM_OK;
    if (n) {
        am_sql_add(&q, " WHERE ");
        am_sql_add(&q, keycol);
        am_sql_addv(&q, " = ?", json_incref(key));
        rc = q.err ? am_err_set(err, AM_ENOMEM, NULL, "out of memory")
                   : am_db_exec(db, am_sql_text(&q), am_sql_args(&q), NULL, err);
    }
    am_sql_free(&q);
    return rc;
}

enum am_rc am_row_delete(struct am_db *db, const char *table, const char *keycol, json_t *key,
                         const char *what, struct am_err *err)
{
    char sql[128];
    int64_t changes = 0;
    snprintf(sql, sizeof sql, "DELETE FROM %s WHERE %s = ?", table, keycol);
    enum am_rc rc = am_db_exec(db, sql, json_pack("[O]", key), &changes, err);
    if (rc == AM_ECONFLICT)
        return am_err_set(err, AM_ECONFLICT, NULL,
                          "this %s is still referred to by other records; change or delete those first",
                          what);
    if (!rc && changes == 0)
        return am_err_set(err, AM_ENOTFOUND, NULL, "no such %s", what);
    return rc;
}

static enum am_rc ref_exists(struct am_db *db, const char *table, json_t *key, const char *path,
                             struct am_err *err)
{
    char sql[128];
    int64_t one;
    bool by_code = strcmp(table, "country") == 0;
    snprintf(sql, sizeof sql, "SELECT 1 FROM %s WHERE %s = ?", table, by_code ? "code" : "id");
    enum am_rc rc = am_db_i64(db, sql, json_pack("[O]", key), &one, err);
    if (rc != AM_ENOTFOUND)
        return rc;
    if (json_is_string(key))
        return am_err_set(err, AM_EINVAL, path, "%s: there is no %s '%s'", path, table,
                          json_string_value(key));
    return am_err_set(err, AM_EINVAL, path, "%s: there is no %s with id %lld", path, table,
                      (long long)json_integer_value(key));
}

static enum am_rc refs_walk(struct am_db *db, const struct am_schema *s, json_t *obj,
                            const char *prefix, struct am_err *err);

static enum am_rc ref_value(struct am_db *db, const struct am_field *f, json_t *v,
                            const char *path, struct am_err *err)
{
    if (!v || json_is_null(v))
        return AM_OK;
    switch (f->type) {
    case AM_T_COUNTRY:
        return ref_exists(db, "country", v, path, err);
    case AM_T_ID:
    case AM_T_SLUG:
        return f->ref ? ref_exists(db, f->ref, v, path, err) : AM_OK;
    case AM_T_OBJECT:
        return refs_walk(db, f->object, v, path, err);
    case AM_T_ARRAY:
        for (size_t i = 0; i < json_array_size(v); i++) {
            char sub[128];
            int n = snprintf(sub, sizeof sub, "%s[%zu]", path, i);
            if (n < 0 || (size_t)n >= sizeof sub)
                return am_err_set(err, AM_EINVAL, path, "%.60s: nested too deeply", path);
            enum am_rc rc = ref_value(db, f->item, json_array_get(v, i), sub, err);
            if (rc)
                return rc;
        }
        return AM_OK;
    default:
        return AM_OK;
    }
}

static enum am_rc refs_walk(struct am_db *db, const struct am_schema *s, json_t *obj,
                            const char *prefix, struct am_err *err)
{
    for (const struct am_field *f = s->fields; f->name; f++) {
        if (f->flags & AM_F_READONLY)
            continue;
        char path[128];
        int n = snprintf(path, sizeof path, "%s%s%s", prefix, *prefix ? "." : "", f->name);
        if (n < 0 || (size_t)n >= sizeof path)
            return am_err_set(err, AM_EINVAL, prefix, "%.60s: nested too deeply", prefix);
        enum am_rc rc = ref_value(db, f, json_object_get(obj, f->name), path, err);
        if (rc)
            return rc;
    }
    return AM_OK;
}

enum am_rc am_refs_check(struct am_db *db, const struct am_schema *s, json_t *obj,
                         struct am_err *err)
{
    return refs_walk(db, s, obj, "", err);
}

enum am_rc am_links_set(struct am_db *db, const char *table, const char *owner_col,
                        const char *item_col, int64_t id, json_t *values, struct am_err *err)
{
    char del[160], ins[160];
    snprintf(del, sizeof del, "DELETE FROM %s WHERE %s = ?", table, owner_col);
    snprintf(ins, sizeof ins, "INSERT INTO %s (%s, %s) VALUES (?, ?)", table, owner_col, item_col);
    enum am_rc rc = am_db_exec(db, del, json_pack("[I]", (json_int_t)id), NULL, err);
    for (size_t i = 0; !rc && i < json_array_size(values); i++)
        rc = am_db_exec(db, ins, json_pack("[IO]", (json_int_t)id, json_array_get(values, i)),
                        NULL, err);
    return rc;
}

enum am_rc am_links_get(struct am_db *db, const char *table, const char *owner_col,
                        const char *item_col, int64_t id, json_t **out, struct am_err *err)
{
    char sql[200];
    snprintf(sql, sizeof sql, "SELECT %s FROM %s WHERE %s = ? ORDER BY %s", item_col, table,
             owner_col, item_col);
    return am_db_column(db, sql, json_pack("[I]", (json_int_t)id), out, err);
}

enum am_rc am_record_set_source(struct am_db *db, const char *table, int64_t id, const char *source,
                                int64_t row, struct am_err *err)
{
    char sql[96];
    snprintf(sql, sizeof sql, "UPDATE %s SET source = ?, source_row = ? WHERE id = ?", table);
    return am_db_exec(db, sql, json_pack("[sII]", source, (json_int_t)row, (json_int_t)id), NULL, err);
}

enum am_rc am_key_id(const char *key, const char *what, int64_t *id, struct am_err *err)
{
    if (!am_parse_i64(key, 1, INT64_MAX, id))
        return am_err_set(err, AM_ENOTFOUND, NULL, "no %s with id '%.40s'", what, key);
    return AM_OK;
}

json_t *am_merged(json_t *stored, json_t *patch)
{
    json_t *m = json_deep_copy(stored);
    if (m && patch)
        json_object_update(m, patch);
    return m;
}

json_t *am_take(json_t *obj, const char *key)
{
    json_t *v = json_incref(json_object_get(obj, key));
    json_object_del(obj, key);
    return v ? v : json_null();
}

int64_t am_get_id(json_t *obj, const char *name)
{
    json_t *v = json_object_get(obj, name);
    return json_is_integer(v) ? (int64_t)json_integer_value(v) : 0;
}

/* ---- the shared write path ------------------------------------------ */

static enum am_rc write_rows(struct am_db *db, const struct am_writer *w, json_t *in, int64_t *id,
                             bool create, struct am_err *err)
{
    json_t *extra = json_object();
    enum am_rc rc = extra ? AM_OK : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    if (!rc && w->derive)
        rc = w->derive(db, in, extra, err);
    if (!rc && create)
        rc = am_row_insert_x(db, w->table, w->schema, in, extra, w->stamps, id, err);
    if (!rc && !create && w->before_change)
        rc = w->before_change(db, *id, err);
    if (!rc && !create) {
        json_t *key = json_integer(*id);
        rc = am_row_update_x(db, w->table, "id", key, w->schema, in, extra, w->stamps, err);
        json_decref(key);
    }
    if (!rc && w->links)
        rc = w->links(db, *id, in, err);
    json_decref(extra);
    return rc;
}

/* The record as it now is (into *out), and its change in the history;
 * inside the write's transaction. */
static enum am_rc logged(struct am_db *db, const struct am_writer *w, const struct am_actor *who, int64_t id,
                         const char *action, json_t *before, json_t **out, struct am_err *err)
{
    char key[24];
    snprintf(key, sizeof key, "%lld", (long long)id);
    *out = NULL;
    enum am_rc rc = w->get(db, key, out, err);
    if (!rc && !w->unlogged)
        rc = am_history_log(db, w->rights, w->table, id, action, who, before, *out, err);
    return rc;
}

enum am_rc am_write_create(struct am_db *db, const struct am_writer *w, const struct am_actor *who,
                           json_t *in, json_t **out, struct am_err *err)
{
    int64_t id = 0;
    *out = NULL;
    /* a reference to nothing is a mistake to name (422) before the rights
     * that depend on it are weighed (403) */
    enum am_rc rc = am_refs_check(db, w->schema, in, err);
    if (!rc)
        rc = am_rights_need(w->rights, who, in, AM_ACT_CREATE, err);
    if (!rc)
        rc = am_scope_check(db, w->schema, who, in, NULL, err);
    if (!rc && w->rules)
        rc = w->rules(db, in, err);
    if (rc || (rc = am_db_begin(db, err)))
        return rc;
    rc = write_rows(db, w, in, &id, true, err);
    if (!rc)
        rc = logged(db, w, who, id, "create", NULL, out, err);
    if (!rc)
        rc = am_db_commit(db, err);
    if (rc) {
        am_db_rollback(db);
        json_decref(*out);
        *out = NULL;
    }
    return rc;
}

/* May who make old into next? Both as it is and as it will be: an officer
 * cannot hand a partnership to another city. The references the change
 * adds must exist and be ones who may name. */
static enum am_rc may_change(struct am_db *db, const struct am_writer *w, const struct am_actor *who,
                             json_t *old, json_t *patch, json_t *next, struct am_err *err)
{
    enum am_rc rc = am_rights_need(w->rights, who, old, AM_ACT_UPDATE, err);
    if (!rc)
        rc = am_refs_check(db, w->schema, patch, err);
    if (!rc)
        rc = am_rights_need_changed(w->rights, who, next, err);
    if (!rc)
        rc = am_scope_check(db, w->schema, who, patch, old, err);
    return rc;
}

enum am_rc am_write_update(struct am_db *db, const struct am_writer *w, const struct am_actor *who,
                           const char *key, json_t *patch, json_t **out, struct am_err *err)
{
    json_t *old = NULL, *next = NULL;
    *out = NULL;
    int64_t id;
    enum am_rc rc = am_key_id(key, w->what, &id, err);
    if (rc || (rc = w->get(db, key, &old, err)))
        return rc;
    next = am_merged(old, patch);
    if (!next)
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    if (!rc)
        rc = may_change(db, w, who, old, patch, next, err);
    if (!rc && w->rules)
        rc = w->rules(db, next, err);
    if (!rc && !(rc = am_db_begin(db, err))) {
        rc = write_rows(db, w, patch, &id, false, err);
        if (!rc)
            rc = logged(db, w, who, id, "update", old, out, err);
        if (!rc)
            rc = am_db_commit(db, err);
        if (rc) {
            am_db_rollback(db);
            json_decref(*out);
            *out = NULL;
        }
    }
    json_decref(old);
    json_decref(next);
    return rc;
}

enum am_rc am_write_delete(struct am_db *db, const struct am_writer *w, const struct am_actor *who,
                           const char *key, struct am_err *err)
{
    json_t *old = NULL;
    int64_t id;
    enum am_rc rc = am_key_id(key, w->what, &id, err);
    if (rc || (rc = w->get(db, key, &old, err)))
        return rc;
    rc = am_rights_need(w->rights, who, old, AM_ACT_DELETE, err);
    if (!rc && !(rc = am_db_begin(db, err))) {
        json_t *k = json_integer(id);
        if (w->before_change)
            rc = w->before_change(db, id, err);
        if (!rc)
            rc = am_row_delete(db, w->table, "id", k, w->what, err);
        if (!rc && !w->unlogged)
            rc = am_history_log(db, w->rights, w->table, id, "delete", who, old, NULL, err);
        json_decref(k);
        if (!rc)
            rc = am_db_commit(db, err);
        if (rc)
            am_db_rollback(db);
    }
    json_decref(old);
    return rc;
}

/* The values of a step's fields left out that default to now. */
static void step_defaults(const struct am_schema *schema, json_t *patch)
{
    char today[32];
    am_now(today);
    today[10] = '\0';
    for (const struct am_field *f = schema ? schema->fields : NULL; f && f->name; f++) {
        json_t *v = json_object_get(patch, f->name);
        if (!(f->flags & AM_F_NOW) || (v && !json_is_null(v)))
            continue;
        if (f->type == AM_T_DATE)
            json_object_set_new(patch, f->name, json_string(today));
        else if (f->type == AM_T_INT)
            json_object_set_new(patch, f->name, json_integer(am_time_year()));
    }
}

enum am_rc am_write_step(struct am_db *db, const struct am_writer *w, const struct am_actor *who, const char *key,
                         enum am_action act, const struct am_schema *schema, json_t *body, json_t **out,
                         struct am_err *err)
{
    json_t *old = NULL, *next = NULL, *patch = NULL, *extra = NULL;
    int64_t id;
    const char *to = am_rights_step_to(w->rights, act);
    *out = NULL;
    enum am_rc rc = am_key_id(key, w->what, &id, err);
    if (!rc && (!to || !w->rights->state))
        rc = am_err_set(err, AM_ENOTFOUND, NULL, "a %s has no step '%s'", w->what, am_action_name(act));
    if (!rc)
        rc = w->get(db, key, &old, err);
    if (!rc)
        rc = am_rights_need(w->rights, who, old, act, err);
    if (!rc) {
        patch = body ? json_deep_copy(body) : json_object();
        step_defaults(schema, patch);
        extra = json_pack("{s:s}", w->rights->state, to);
        next = am_merged(old, patch);
        if (!patch || !extra || !next)
            rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
        else
            json_object_set_new(next, w->rights->state, json_string(to));
    }
    if (!rc && w->rules)
        rc = w->rules(db, next, err);
    if (!rc && !(rc = am_db_begin(db, err))) {
        json_t *k = json_integer(id);
        rc = am_row_update_x(db, w->table, "id", k, schema, patch, extra, w->stamps, err);
        json_decref(k);
        if (!rc)
            rc = logged(db, w, who, id, am_action_name(act), old, out, err);
        if (!rc)
            rc = am_db_commit(db, err);
        if (rc) {
            am_db_rollback(db);
            json_decref(*out);
            *out = NULL;
        }
    }
    json_decref(old), json_decref(next), json_decref(patch), json_decref(extra);
    return rc;
}

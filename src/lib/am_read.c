#include "am_read.h"

#include <stdio.h>
#include <string.h>

#include "util/am_buf.h"
#include "util/am_str.h"

enum { SELECT_MAX = 64 * 1024 };

/* ---- the SELECT ----------------------------------------------------------- */

static bool nested_in_row(const struct am_field *f)
{
    return f->type == AM_T_OBJECT && f->object && !f->col && !f->embed && !(f->flags & AM_F_WRITEONLY);
}

/* The SQL a field is read from in the record's row, or NULL. */
static const char *col_of(const struct am_field *f, bool top, const char *alias, char *buf, size_t cap)
{
    if (f->embed || nested_in_row(f) || (f->flags & AM_F_WRITEONLY)) /* sent, never replied */
        return NULL;
    if (f->col)
        return f->col;
    bool plain = !(f->flags & AM_F_VIRTUAL) && f->type != AM_T_ARRAY && f->type != AM_T_OBJECT;
    if (!top || !plain)
        return NULL;
    snprintf(buf, cap, "%s.%s", alias, f->name);
    return buf;
}

/* "col AS \"prefix.name\", ..." for every field read in the row. */
static void select_cols(struct am_buf *b, const struct am_schema *s, const char *alias, const char *prefix,
                        bool top)
{
    for (const struct am_field *f = s->fields; f->name; f++) {
        char own[96], path[160];
        snprintf(path, sizeof path, "%s%s", prefix, f->name);
        if (nested_in_row(f)) {
            char sub[170];
            snprintf(sub, sizeof sub, "%s.", path);
            select_cols(b, f->object, alias, sub, false);
            continue;
        }
        const char *col = col_of(f, top, alias, own, sizeof own);
        if (col)
            am_buf_addf(b, "%s%s AS \"%s\"", b->len ? ", " : "", col, path);
    }
}

/* ---- shaping a row into the record -------------------------------------- */

static json_t *typed(const struct am_field *f, json_t *v)
{
    if (!v)
        return json_null();
    if (f->type == AM_T_BOOL && json_is_integer(v))
        return json_boolean(json_integer_value(v) != 0);
    if ((f->type == AM_T_ARRAY || f->type == AM_T_OBJECT) && json_is_string(v)) { /* stored as JSON */
        json_t *parsed = json_loads(json_string_value(v), 0, NULL);
        return parsed ? parsed : json_null();
    }
    if (f->type == AM_T_ARRAY && json_is_null(v))
        return json_array();
    return json_incref(v);
}

/* The record in the schema's order from a flat row whose columns are named
 * "outer.inner"; a nested object whose values are all null is null. */
static json_t *shape(const struct am_schema *s, json_t *row, const char *prefix, bool top, bool *any)
{
    json_t *out = json_object();
    for (const struct am_field *f = s->fields; out && f->name; f++) {
        char path[160], own[96];
        snprintf(path, sizeof path, "%s%s", prefix, f->name);
        if (nested_in_row(f)) {
            char sub[170];
            bool some = false;
            snprintf(sub, sizeof sub, "%s.", path);
            json_t *o = shape(f->object, row, sub, false, &some);
            json_object_set_new(out, f->name, some ? o : json_null());
            if (!some)
                json_decref(o);
            *any |= some;
            continue;
        }
        if (!col_of(f, top, "x", own, sizeof own))
            continue;
        json_t *v = json_object_get(row, path);
        *any |= v && !json_is_null(v);
        json_object_set_new(out, f->name, typed(f, v));
    }
    return out;
}

/* An embedded item: a plain value, or an object shaped by the item's
 * schema. New reference. */
static json_t *embedded(struct am_stmt *st, const struct am_field *f)
{
    if (am_stmt_ncols(st) == 2 && strcmp(am_stmt_name(st, 1), "_v") == 0)
        return am_stmt_value(st, 1);
    json_t *row = am_stmt_row(st);
    const struct am_field *item = f->type == AM_T_ARRAY ? f->item : f;
    if (!row || !item || item->type != AM_T_OBJECT || !item->object)
        return row;
    bool any = false;
    json_t *o = shape(item->object, row, "", false, &any);
    /* an object whose fields have no col keeps the row as it is */
    if (json_object_size(o) == 0) {
        json_decref(o);
        return row;
    }
    json_decref(row);
    return o;
}

/* The embedded part f of every record of items, by one query. */
static enum am_rc embed_page(struct am_db *db, const struct am_field *f, json_t *items, const char *ids,
                             struct am_err *err)
{
    struct am_stmt *st = NULL;
    json_t *by = json_object();
    bool row;
    enum am_rc rc = by ? am_db_prepare(db, f->embed->sql, json_pack("[s]", ids), &st, err)
                       : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    while (!rc && !(rc = am_stmt_step(st, &row, err)) && row) {
        char key[24];
        snprintf(key, sizeof key, "%lld", (long long)am_stmt_i64(st, 0));
        json_t *v = embedded(st, f), *list = json_object_get(by, key);
        if (f->embed->one) {
            if (!list)
                json_object_set(by, key, v);
        } else {
            if (!list)
                json_object_set_new(by, key, list = json_array());
            json_array_append(list, v);
        }
        json_decref(v);
    }
    am_stmt_done(st);
    size_t i;
    json_t *item;
    json_array_foreach(items, i, item) {
        char key[24];
        snprintf(key, sizeof key, "%lld", (long long)am_get_id(item, "id"));
        json_t *v = json_object_get(by, key);
        json_object_set_new(item, f->name, v ? json_incref(v) : f->embed->one ? json_null() : json_array());
    }
    json_decref(by);
    return rc;
}

/* Items of a page: shaped, then their embedded parts. */
static enum am_rc finish_page(struct am_db *db, const struct am_resource *r, json_t *items, struct am_err *err)
{
    json_t *ids = json_array(), *item;
    size_t i;
    json_array_foreach(items, i, item) {
        bool any = false;
        json_array_append(ids, json_object_get(item, "id"));
        json_array_set_new(items, i, shape(r->schema, item, "", true, &any));
    }
    char *text = json_dumps(ids, JSON_COMPACT);
    json_decref(ids);
    enum am_rc rc = text ? AM_OK : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    for (const struct am_field *f = r->schema->fields; !rc && f->name; f++)
        if (f->embed && json_array_size(items))
            rc = embed_page(db, f, items, text, err);
    free(text);
    return rc;
}

/* ---- filters ---------------------------------------------------------- */

static json_t *contains_pattern(const char *q)
{
    struct am_buf pat;
    am_buf_init(&pat, 1024);
    am_buf_addc(&pat, '%');
    for (const char *p = q; *p; p++) {
        if (*p == '%' || *p == '_' || *p == '\\')
            am_buf_addc(&pat, '\\');
        am_buf_addc(&pat, *p);
    }
    am_buf_addc(&pat, '%');
    json_t *v = pat.err ? NULL : json_string(am_buf_str(&pat));
    am_buf_free(&pat);
    return v;
}

void am_read_where(struct am_sql *w, const struct am_schema *filters, json_t *query)
{
    for (const struct am_field *f = filters ? filters->fields : NULL; f && f->name; f++) {
        json_t *v = json_object_get(query, f->name);
        if (!f->where || !v || json_is_null(v))
            continue;
        json_t *bound = f->flags & AM_F_CONTAINS ? contains_pattern(json_string_value(v))
                        : json_is_boolean(v)      ? json_integer(json_is_true(v))
                                                  : json_incref(v);
        json_t *args = json_array();
        for (const char *p = f->where; (p = strchr(p, '?')); p++)
            json_array_append(args, bound);
        json_decref(bound);
        am_sql_add(w, " AND (");
        am_sql_addn(w, f->where, args);
        am_sql_add(w, ")");
    }
}

/* ---- lists and records ---------------------------------------------------- */

static enum am_rc run(struct am_db *db, const struct am_resource *r, json_t *query, struct am_sql *extra,
                      json_t **out, struct am_err *err)
{
    const struct am_reading *rd = r->reading;
    struct am_buf cols;
    struct am_listing l;
    char id[64];
    am_buf_init(&cols, SELECT_MAX);
    select_cols(&cols, r->schema, rd->alias, "", true);
    snprintf(id, sizeof id, "%s.id", rd->alias);
    if (rd->id)
        am_str_copy(id, sizeof id, rd->id);
    bool q = rd->order_q && json_is_string(json_object_get(query, "q"));
    am_listing_init(&l, am_buf_str(&cols), rd->from, q ? rd->order_q : rd->order, id, q ? rd->desc_q : rd->desc);
    l.from_args = rd->from_args ? rd->from_args(db) : NULL;
    l.count_from = rd->count_from;
    am_read_where(&l.where, r->filters, query);
    if (rd->narrow)
        rd->narrow(&l.where, query);
    if (extra)
        am_sql_cat(&l.where, extra);
    enum am_rc rc = cols.err ? am_err_set(err, AM_ENOMEM, NULL, "the record is too large to read")
                             : am_listing_run(db, &l, query, out, err);
    if (!rc && (rc = finish_page(db, r, json_object_get(*out, "items"), err))) {
        json_decref(*out);
        *out = NULL;
    }
    am_listing_free(&l);
    am_buf_free(&cols);
    return rc;
}

enum am_rc am_read_list(struct am_db *db, const struct am_resource *r, json_t *query, json_t **out,
                        struct am_err *err)
{
    return run(db, r, query, NULL, out, err);
}

/* The records that pass cond (" AND ..."), its `?` bound to arg (stolen). */
static enum am_rc read_where(struct am_db *db, const struct am_resource *r, const char *cond, json_t *arg,
                             int limit, json_t **items, struct am_err *err)
{
    struct am_sql extra;
    json_t *page = NULL, *query = json_pack("{s:i,s:b}", "limit", limit, "total", 0);
    am_sql_init(&extra);
    am_sql_addv(&extra, cond, arg);
    enum am_rc rc = query ? run(db, r, query, &extra, &page, err) : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    if (!rc)
        *items = json_incref(json_object_get(page, "items"));
    json_decref(page);
    json_decref(query);
    am_sql_free(&extra);
    return rc;
}

enum am_rc am_read_one(struct am_db *db, const struct am_resource *r, const char *key, json_t **out,
                       struct am_err *err)
{
    const char *what = r->rights ? r->rights->what : r->singular;
    json_t *items = NULL, *arg;
    char test[96];
    enum am_rc rc = AM_OK;
    if (r->reading->text_key) {
        arg = json_string(key);
        snprintf(test, sizeof test, " AND %s.%s = ?", r->reading->alias, r->key);
    } else {
        int64_t id;
        rc = am_key_id(key, what, &id, err);
        arg = rc ? NULL : json_integer(id);
        snprintf(test, sizeof test, " AND %s.id = ?", r->reading->alias);
    }
    if (!rc)
        rc = read_where(db, r, test, arg, 1, &items, err);
    json_t *rec = json_array_get(items, 0);
    if (!rc && !rec)
        rc = am_err_set(err, AM_ENOTFOUND, NULL, r->reading->text_key ? "no %s '%.60s'" : "no %s with id %.60s",
                        what, key);
    if (!rc)
        *out = json_incref(rec);
    json_decref(items);
    return rc;
}

enum am_rc am_read_page_of(struct am_db *db, const struct am_resource *r, const char *key, json_t **out,
                           struct am_err *err)
{
    enum am_rc rc = am_read_one(db, r, key, out, err);
    if (!rc && r->reading->detail && (rc = r->reading->detail(db, *out, err))) {
        json_decref(*out);
        *out = NULL;
    }
    return rc;
}

static enum am_rc read_ids(struct am_db *db, const struct am_resource *r, json_t *ids_text, int limit,
                           json_t **items, struct am_err *err)
{
    char cond[96];
    snprintf(cond, sizeof cond, " AND %s.id IN (SELECT value FROM json_each(?))", r->reading->alias);
    return read_where(db, r, cond, ids_text, limit, items, err);
}

enum am_rc am_read_ids(struct am_db *db, const struct am_resource *r, json_t *ids, json_t **out,
                       struct am_err *err)
{
    json_t *items = NULL, *item, *id;
    char *text = json_dumps(ids, JSON_COMPACT);
    size_t n = json_array_size(ids), i;
    enum am_rc rc = !text ? am_err_set(err, AM_ENOMEM, NULL, "out of memory")
                    : n > AM_LIST_MAX ? am_err_set(err, AM_EINTERNAL, NULL, "too many records at once")
                                      : read_ids(db, r, json_string(text), (int)(n ? n : 1), &items, err);
    free(text);
    if (rc)
        return rc;
    json_t *by = json_object();
    json_array_foreach(items, i, item) {
        char key[24];
        snprintf(key, sizeof key, "%lld", (long long)am_get_id(item, "id"));
        json_object_set(by, key, item);
    }
    *out = json_array();
    json_array_foreach(ids, i, id) {
        char key[24];
        snprintf(key, sizeof key, "%lld", (long long)json_integer_value(id));
        if ((item = json_object_get(by, key)))
            json_array_append(*out, item);
    }
    json_decref(by);
    json_decref(items);
    return AM_OK;
}

/* ---- lists of records not all public -------------------------------------------- */

enum am_rc am_read_list_as(struct am_db *db, const struct am_resource *r, const struct am_actor *who, json_t *query,
                           json_t **out, struct am_err *err)
{
    json_t *q = json_deep_copy(query);
    if (!q)
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    am_read_viewer_set(q, who);
    enum am_rc rc = am_read_list(db, r, q, out, err);
    json_decref(q);
    if (rc || !r->rights)
        return rc;
    json_t *items = json_object_get(*out, "items");
    for (size_t i = 0; i < json_array_size(items);) {
        if (am_can(r->rights, who, json_array_get(items, i)) & AM_CAN(AM_ACT_READ))
            i++;
        else
            json_array_remove(items, i);
    }
    return AM_OK;
}

void am_read_viewer_set(json_t *query, const struct am_actor *who)
{
    json_object_set_new(query, "_viewer", json_pack("{s:s,s:I,s:I}", "role", am_role_name(who->role), "city_id",
                                                    (json_int_t)who->city_id, "network_id", (json_int_t)who->network_id));
}

struct am_viewer am_read_viewer(json_t *query)
{
    json_t *v = json_object_get(query, "_viewer");
    struct am_viewer out = {"admin", 0, 0};
    if (!v)
        return out;
    out.role = json_string_value(json_object_get(v, "role"));
    out.city_id = json_integer_value(json_object_get(v, "city_id"));
    out.network_id = json_integer_value(json_object_get(v, "network_id"));
    if (!out.role)
        out.role = "anonymous";
    return out;
}

#include "am_export.h"

#include <string.h>

#include "util/am_buf.h"
#include "util/am_csv.h"
#include "util/am_str.h"

/* A row, and one cell of it, of the CSV export. */
enum { ROW_MAX = 16 * 1024 * 1024, CELL_MAX = 8 * 1024 * 1024 };

/* A listed record as who may see it, whole (a list may leave parts out),
 * or NULL when who may not read it. New reference. */
static json_t *as_seen(struct am_db *db, const struct am_resource *res, const struct am_actor *who,
                       json_t *item, struct am_err *err)
{
    json_t *rec = json_incref(item);
    if (res->list_summary) {
        char key[24];
        json_decref(rec);
        rec = NULL;
        snprintf(key, sizeof key, "%lld", (long long)am_get_id(item, "id"));
        if (res->get(db, key, &rec, err))
            return NULL;
    }
    if (res->rights && !(am_can(res->rights, who, rec) & AM_CAN(AM_ACT_READ))) {
        json_decref(rec);
        return NULL;
    }
    if (res->rights)
        am_rights_redact(res->rights, who, rec);
    json_object_del(rec, "can");
    return rec;
}

enum am_rc am_export_all(struct am_db *db, const struct am_resource *res, const struct am_actor *who,
                         json_t **out, struct am_err *err)
{
    json_t *all = json_array(), *query = json_pack("{s:i,s:b}", "limit", AM_LIST_MAX, "total", 0);
    enum am_rc rc = all && query ? AM_OK : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    while (!rc) {
        json_t *page = NULL, *item;
        size_t i;
        if ((rc = res->list(db, query, &page, err)))
            break;
        json_array_foreach(json_object_get(page, "items"), i, item) {
            am_err_clear(err);
            json_t *rec = as_seen(db, res, who, item, err);
            if (rec)
                json_array_append_new(all, rec);
            else if (err->rc)
                rc = err->rc;
        }
        json_t *next = json_object_get(page, "next");
        if (json_is_string(next))
            json_object_set(query, "cursor", next);
        json_decref(page);
        if (!json_is_string(next))
            break;
    }
    json_decref(query);
    if (rc) {
        json_decref(all);
        return rc;
    }
    *out = all;
    return AM_OK;
}

enum am_rc am_export_json(struct am_db *db, const struct am_actor *who, const struct am_resource *only,
                          FILE *out, struct am_err *err)
{
    char now[32];
    am_time_iso(am_time_now(), now, sizeof now);
    json_t *doc = json_pack("{s:s,s:i}", "exported_at", now, "schema_version",
                            am_store_schema_version());
    enum am_rc rc = doc ? AM_OK : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    for (const struct am_resource *const *r = am_resources; !rc && *r; r++) {
        json_t *items = NULL;
        if (only && only != *r)
            continue;
        if (!(rc = am_export_all(db, *r, who, &items, err)))
            json_object_set_new(doc, (*r)->name, items);
    }
    if (!rc && json_dumpf(doc, out, JSON_INDENT(1) | JSON_PRESERVE_ORDER) != 0)
        rc = am_err_set(err, AM_EIO, NULL, "cannot write the export");
    if (!rc)
        fputc('\n', out);
    json_decref(doc);
    return rc;
}

/* A value as text: objects by their name, lists joined. */
static void value_text(struct am_buf *b, json_t *v)
{
    if (!v) /* a field the record leaves out: an empty cell */
        return;
    switch (json_typeof(v)) {
    case JSON_STRING: am_buf_adds(b, json_string_value(v)); break;
    case JSON_INTEGER: am_buf_addi(b, json_integer_value(v)); break;
    case JSON_REAL: am_buf_addf(b, "%.7g", json_real_value(v)); break;
    case JSON_TRUE: am_buf_adds(b, "true"); break;
    case JSON_FALSE: am_buf_adds(b, "false"); break;
    case JSON_OBJECT: {
        json_t *name = json_object_get(v, "name");
        if (!name)
            name = json_object_get(v, "state");
        if (name)
            value_text(b, name);
        break;
    }
    case JSON_ARRAY: {
        size_t i;
        json_t *x;
        json_array_foreach(v, i, x) {
            if (i)
                am_buf_adds(b, "; ");
            value_text(b, x);
        }
        break;
    }
    default: break;
    }
}

bool am_export_field(const struct am_field *f)
{
    return !(f->flags & AM_F_PRIVATE) && strcmp(f->name, "can") != 0;
}

static void csv_header(const struct am_schema *s, struct am_buf *line)
{
    bool first = true;
    for (const struct am_field *f = s->fields; f->name; f++) {
        if (!am_export_field(f))
            continue;
        if (!first)
            am_buf_addc(line, ',');
        am_buf_adds(line, f->name);
        first = false;
    }
    am_buf_adds(line, "\r\n");
}

/* cell is the caller's, so that a long export reuses its memory */
static void csv_row(const struct am_schema *s, json_t *rec, struct am_buf *line, struct am_buf *cell)
{
    bool first = true;
    for (const struct am_field *f = s->fields; f->name; f++) {
        if (!am_export_field(f))
            continue;
        if (!first)
            am_buf_addc(line, ',');
        first = false;
        am_buf_reset(cell);
        value_text(cell, json_object_get(rec, f->name));
        if (cell->err) /* a cell cut short would be a wrong value: fail the row */
            line->err = cell->err;
        am_csv_put(line, am_buf_str(cell));
    }
    am_buf_adds(line, "\r\n");
}

enum am_rc am_export_csv_items(const struct am_schema *s, json_t *items, struct am_buf *out,
                               struct am_err *err)
{
    struct am_buf cell;
    am_buf_init(&cell, CELL_MAX);
    csv_header(s, out);
    size_t i;
    json_t *item;
    json_array_foreach(items, i, item) {
        if (out->err)
            break;
        csv_row(s, item, out, &cell);
    }
    am_buf_free(&cell);
    return out->err ? am_err_set(err, AM_ENOMEM, NULL, "the records are too large for CSV") : AM_OK;
}

enum am_rc am_export_csv(struct am_db *db, const struct am_resource *res, const struct am_actor *who,
                         FILE *out, struct am_err *err)
{
    json_t *items = NULL;
    enum am_rc rc = am_export_all(db, res, who, &items, err);
    if (rc)
        return rc;
    struct am_buf line, cell;
    am_buf_init(&line, ROW_MAX);
    am_buf_init(&cell, CELL_MAX);
    csv_header(res->schema, &line);
    size_t i;
    json_t *item;
    json_array_foreach(items, i, item) {
        csv_row(res->schema, item, &line, &cell);
        if (line.err)
            break;
        fwrite(line.data, 1, line.len, out);
        am_buf_reset(&line);
    }
    if (line.err || cell.err)
        rc = am_err_set(err, AM_ENOMEM, NULL, "a record is too large for CSV");
    else if (line.len)
        fwrite(line.data, 1, line.len, out);
    if (!rc && ferror(out))
        rc = am_err_set(err, AM_EIO, NULL, "cannot write the export");
    am_buf_free(&line);
    am_buf_free(&cell);
    json_decref(items);
    return rc;
}

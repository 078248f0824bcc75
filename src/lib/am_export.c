#include "am_export.h"

#include <string.h>

#include "util/am_buf.h"
#include "util/am_csv.h"
#include "util/am_str.h"

enum am_rc am_export_all(struct am_db *db, const struct am_resource *res, json_t **out,
                         struct am_err *err)
{
    json_t *all = json_array(), *query = json_pack("{s:i}", "limit", AM_LIST_MAX);
    enum am_rc rc = all && query ? AM_OK : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    while (!rc) {
        json_t *page = NULL;
        if ((rc = res->list(db, query, &page, err)))
            break;
        json_array_extend(all, json_object_get(page, "items"));
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

enum am_rc am_export_json(struct am_db *db, FILE *out, struct am_err *err)
{
    char now[32];
    am_time_iso(am_time_now(), now, sizeof now);
    json_t *doc = json_pack("{s:s,s:i}", "exported_at", now, "schema_version",
                            am_store_schema_version());
    enum am_rc rc = doc ? AM_OK : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    for (const struct am_resource *const *r = am_resources; !rc && *r; r++) {
        json_t *items = NULL;
        if (!(rc = am_export_all(db, *r, &items, err)))
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

enum am_rc am_export_csv(struct am_db *db, const struct am_resource *res, FILE *out,
                         struct am_err *err)
{
    json_t *items = NULL;
    enum am_rc rc = am_export_all(db, res, &items, err);
    if (rc)
        return rc;
    struct am_buf line, cell;
    am_buf_init(&line, 16 * 1024 * 1024);
    am_buf_init(&cell, 8 * 1024 * 1024);
    const struct am_field *f;
    for (f = res->schema->fields; f->name; f++) {
        if (f != res->schema->fields)
            am_buf_addc(&line, ',');
        am_buf_adds(&line, f->name);
    }
    am_buf_adds(&line, "\r\n");
    size_t i;
    json_t *item;
    json_array_foreach(items, i, item) {
        for (f = res->schema->fields; f->name; f++) {
            if (f != res->schema->fields)
                am_buf_addc(&line, ',');
            am_buf_reset(&cell);
            value_text(&cell, json_object_get(item, f->name));
            am_csv_put(&line, am_buf_str(&cell));
        }
        am_buf_adds(&line, "\r\n");
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

/* Fuzz target: query-string and command-line values. The first byte picks
 * a filter of some resource; the rest is its text, parsed and validated as
 * the server does; the text is also tried as a cursor, a date, numbers. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "am_resource.h"
#include "util/am_str.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const struct am_field *pick(unsigned n)
{
    size_t total = 0;
    for (const struct am_resource *const *r = am_resources; *r; r++)
        for (const struct am_field *f = (*r)->filters->fields; f->name; f++)
            total++;
    size_t want = n % total;
    for (const struct am_resource *const *r = am_resources; *r; r++)
        for (const struct am_field *f = (*r)->filters->fields; f->name; f++)
            if (want-- == 0)
                return f;
    return NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 4096)
        return 0;
    char *text = malloc(size);
    if (!text)
        return 0;
    memcpy(text, data + 1, size - 1);
    text[size - 1] = '\0';
    struct am_err err = {0};
    const struct am_field *f = pick(data[0]);
    json_t *v = f ? am_field_parse(f, text, &err) : NULL;
    if (v) {
        json_t *q = json_object();
        json_object_set_new(q, f->name, v);
        /* validation against the first resource whose filters have it */
        for (const struct am_resource *const *r = am_resources; *r; r++) {
            if (am_schema_field((*r)->filters, f->name)) {
                json_t *copy = json_deep_copy(q);
                am_schema_check((*r)->filters, copy, AM_CHECK_QUERY, &err);
                json_decref(copy);
                break;
            }
        }
        json_decref(q);
    }
    json_t *sort = NULL;
    int64_t id, i;
    double d;
    if (am_cursor_decode(text, &sort, &id, &err) == AM_OK)
        json_decref(sort);
    (void)am_date_valid(text);
    (void)am_parse_i64(text, INT64_MIN, INT64_MAX, &i);
    (void)am_parse_double(text, &d);
    (void)am_utf8_valid(text, strlen(text));
    free(text);
    return 0;
}

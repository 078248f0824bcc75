#include "am_currency.h"

#include <pthread.h>
#include <string.h>

#include "util/am_blob.h"

#define ISO_4217_FILE "data/iso_4217.json"

static pthread_once_t once = PTHREAD_ONCE_INIT;
static json_t *by_code; /* {"EUR": "Euro", ...}: read-only once loaded */

static void load(void)
{
    const struct am_blob *b = am_blob_find(ISO_4217_FILE);
    json_t *doc = b ? json_loadb(b->data, b->len, 0, NULL) : NULL;
    json_t *all = json_object_get(doc, "4217"), *c;
    size_t i;
    by_code = json_object();
    json_array_foreach(all, i, c) {
        const char *code = json_string_value(json_object_get(c, "alpha_3"));
        const char *name = json_string_value(json_object_get(c, "name"));
        if (code && name && strlen(code) == 3)
            json_object_set_new(by_code, code, json_string(name));
    }
    json_decref(doc);
}

bool am_currency_known(const char *code)
{
    pthread_once(&once, load);
    return code && strlen(code) == 3 && json_object_get(by_code, code) != NULL;
}

json_t *am_currency_list(void)
{
    pthread_once(&once, load);
    json_t *out = json_array();
    const char *code;
    json_t *name;
    json_object_foreach(by_code, code, name)
        json_array_append_new(out, json_pack("{s:s,s:O}", "code", code, "name", name));
    return out; /* jansson keeps insertion order: the file's, which is by code */
}

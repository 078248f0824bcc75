/* Fuzz target: a request body, as the server reads it: UTF-8 check, JSON
 * parse, then validation against every record schema. */
#include <jansson.h>
#include <stdint.h>

#include "am_resource.h"
#include "am_setting.h"
#include "am_user.h"
#include "util/am_str.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_all(const struct am_schema *s, json_t *body)
{
    static const enum am_check modes[] = {AM_CHECK_CREATE, AM_CHECK_UPDATE, AM_CHECK_QUERY};
    for (size_t m = 0; m < 3; m++) {
        json_t *copy = json_deep_copy(body);
        struct am_err err = {0};
        if (copy)
            am_schema_check(s, copy, modes[m], &err);
        json_decref(copy);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!am_utf8_valid((const char *)data, size))
        return 0;
    json_t *body = json_loadb((const char *)data, size, JSON_REJECT_DUPLICATES, NULL);
    if (!body)
        return 0;
    for (const struct am_resource *const *r = am_resources; *r; r++) {
        check_all((*r)->schema, body);
        check_all((*r)->filters, body);
    }
    check_all(&am_user_schema, body);
    check_all(&am_signin_schema, body);
    check_all(&am_setting_schema, body);
    json_decref(body);
    return 0;
}

/* Fuzz target: the reader of the good-practice template (Markdown), which
 * takes whatever file a city sends in. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "am_practice_md.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    json_t *o = NULL;
    struct am_err err = {0};
    if (am_practice_md_read((const char *)data, size, &o, &err) == AM_OK) {
        /* what was read goes on as JSON: it must be valid UTF-8 */
        char *s = json_dumps(o, 0);
        if (!s)
            __builtin_trap();
        free(s);
        json_decref(o);
    } else {
        json_t *msg = json_string(err.msg); /* the message goes out as JSON too */
        if (!msg)
            __builtin_trap();
        json_decref(msg);
    }
    return 0;
}

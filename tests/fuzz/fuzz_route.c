/* Fuzz target: the request line as the router sees it ("METHOD PATH"), and
 * the Authorization header. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "http/am_auth.h"
#include "http/am_router.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 8192)
        return 0;
    char *text = malloc(size + 1);
    if (!text)
        return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    char *sp = strchr(text, ' ');
    const char *method = "GET", *path = text;
    if (sp) {
        *sp = '\0';
        method = text;
        path = sp + 1;
    }
    struct am_arena a;
    am_arena_init(&a, 64 * 1024);
    const struct am_route *rt = NULL;
    const char *params[AM_MAX_PARAMS] = {0};
    unsigned allowed = 0;
    (void)am_route_match(method, path, &a, &rt, params, &allowed);
    am_arena_free(&a);
    const char *tok = NULL;
    struct am_err err = {0};
    (void)am_auth_bearer(path, &tok, &err);
    free(text);
    return 0;
}

/* The route table: matching, and the OpenAPI document made from it. */
#include <criterion/criterion.h>
#include <string.h>

#include "am_resource.h"
#include "http/am_auth.h"
#include "http/am_openapi.h"
#include "http/am_router.h"

Test(router, matches_paths_and_params)
{
    struct am_arena a;
    am_arena_init(&a, 4096);
    const struct am_route *rt = NULL;
    const char *params[AM_MAX_PARAMS] = {0};
    unsigned allowed;
    cr_assert_eq(am_route_match("GET", "/api/v1/cities/12", &a, &rt, params, &allowed), AM_OK);
    cr_assert_eq(rt->op, AM_OP_GET);
    cr_assert_str_eq(params[0], "12");
    cr_assert_eq(am_route_match("GET", "/api/v1/networks/3/members", &a, &rt, params, &allowed), AM_OK);
    cr_assert_str_eq(params[0], "3");
    cr_assert_eq(am_route_match("HEAD", "/healthz", &a, &rt, params, &allowed), AM_OK);
    cr_assert_eq(am_route_match("PUT", "/api/v1/cities/12", &a, &rt, params, &allowed), AM_EMETHOD);
    cr_assert_eq(allowed, AM_GET | AM_PATCH | AM_DELETE);
    cr_assert_eq(am_route_match("GET", "/api/v1/cities/", &a, &rt, params, &allowed), AM_ENOTFOUND);
    cr_assert_eq(am_route_match("GET", "/api/v1/cities//x", &a, &rt, params, &allowed), AM_ENOTFOUND);
    cr_assert_eq(am_route_match("GET", "/api/v1/citiesx", &a, &rt, params, &allowed), AM_ENOTFOUND);
    cr_assert_eq(am_route_match("GET", "", &a, &rt, params, &allowed), AM_ENOTFOUND);
    am_arena_free(&a);
}

Test(router, every_route_is_documented_and_nothing_else)
{
    json_t *doc = am_openapi_document();
    json_t *paths = json_object_get(doc, "paths");
    size_t documented = 0;
    const char *path;
    json_t *item;
    json_object_foreach(paths, path, item) documented += json_object_size(item);
    cr_assert_eq(documented, am_nroutes);
    for (size_t i = 0; i < am_nroutes; i++) {
        char m[8] = {0};
        const char *name = am_method_name(am_routes[i].method);
        for (size_t k = 0; name[k] && k < 7; k++)
            m[k] = (char)(name[k] + 32);
        json_t *op = json_object_get(json_object_get(paths, am_routes[i].path), m);
        cr_assert_not_null(op, "%s %s is not documented", name, am_routes[i].path);
        if (am_route_body(&am_routes[i]))
            cr_assert_not_null(json_object_get(op, "requestBody"));
    }
    /* every $ref points at a component */
    char *text = json_dumps(doc, 0);
    json_t *schemas = json_object_get(json_object_get(doc, "components"), "schemas");
    for (char *p = strstr(text, "#/components/schemas/"); p; p = strstr(p + 1, "#/components/schemas/")) {
        char name[64];
        size_t n = strcspn(p + 21, "\"");
        snprintf(name, sizeof name, "%.*s", (int)n, p + 21);
        cr_assert_not_null(json_object_get(schemas, name), "dangling $ref %s", name);
    }
    free(text);
    json_decref(doc);
}

Test(router, every_resource_has_its_five_routes)
{
    /* generic or custom: list, create on /name; get, change, delete on /name/{key}
     * (change only for kinds whose records change: not a group member) */
    for (const struct am_resource *const *r = am_resources; *r; r++) {
        char coll[64], one[80];
        snprintf(coll, sizeof coll, "/api/v1/%s", (*r)->name);
        snprintf(one, sizeof one, "/api/v1/%s/{%s}", (*r)->name, (*r)->key);
        unsigned have_coll = 0, have_one = 0;
        for (size_t i = 0; i < am_nroutes; i++) {
            if (strcmp(am_routes[i].path, coll) == 0)
                have_coll |= am_routes[i].method;
            if (strcmp(am_routes[i].path, one) == 0)
                have_one |= am_routes[i].method;
        }
        cr_assert_eq(have_coll, AM_GET | AM_POST, "%s", (*r)->name);
        /* a kind nothing is deleted of (needs, offers, pledges: withdrawn,
         * cancelled) has no DELETE */
        cr_assert_eq(have_one, AM_GET | ((*r)->update ? AM_PATCH : 0) | ((*r)->remove ? AM_DELETE : 0), "%s",
                     (*r)->name);
    }
}

Test(router, cursors_round_trip_and_refuse_garbage)
{
    json_t *v = json_string("Reggio Emilia"), *sort = NULL;
    int64_t id = 0;
    struct am_err err = {0};
    char *c = am_cursor_encode(v, 42);
    cr_assert_eq(am_cursor_decode(c, &sort, &id, &err), AM_OK);
    cr_assert(json_equal(sort, v));
    cr_assert_eq(id, 42);
    json_decref(sort);
    free(c);
    json_decref(v);
    cr_assert_eq(am_cursor_decode("!!!", &sort, &id, &err), AM_EBADREQ);
    cr_assert_eq(am_cursor_decode("e30", &sort, &id, &err), AM_EBADREQ); /* "{}" */
}

Test(auth, bearer_header)
{
    const char *tok = NULL;
    struct am_err err = {0};
    cr_assert_eq(am_auth_bearer("Bearer 0123abcd", &tok, &err), AM_OK);
    cr_assert_str_eq(tok, "0123abcd");
    cr_assert_eq(am_auth_bearer("bearer   ff", &tok, &err), AM_OK);
    cr_assert_eq(am_auth_bearer("Basic dXNlcjpwYXNz", &tok, &err), AM_EAUTH);
    cr_assert_eq(am_auth_bearer("Bearer ", &tok, &err), AM_EAUTH);
    cr_assert_eq(am_auth_bearer("Bearer xyz'; --", &tok, &err), AM_EAUTH);
}

/* Formats of lists (am_formats): which routes answer which, format= and
 * the Accept header's choice, on inputs the API test does not send. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "http/am_formats.h"
#include "http/am_router.h"

static const struct am_route *route(const char *path)
{
    struct am_arena a;
    const struct am_route *rt = NULL;
    const char *params[AM_MAX_PARAMS] = {0};
    unsigned allowed;
    am_arena_init(&a, 4096);
    enum am_rc rc = am_route_match("GET", path, &a, &rt, params, &allowed);
    am_arena_free(&a); /* the route is the table's; only the params were the arena's */
    cr_assert_eq(rc, AM_OK, "%s", path);
    return rt;
}

static enum am_format chosen(const char *path, const char *header, enum am_rc want)
{
    struct am_err err = {0};
    enum am_format f = AM_FMT_COUNT;
    cr_assert_eq(am_format_accept(route(path), header, &f, &err), want, "Accept: %s -> %s", header, err.msg);
    return f;
}

Test(formats, which_routes_answer_which)
{
    const unsigned json = 1u << AM_FMT_JSON, csv = 1u << AM_FMT_CSV, geo = 1u << AM_FMT_GEOJSON;
    cr_assert_eq(am_formats_of(route("/api/v1/partnerships")), json | csv | geo);
    cr_assert_eq(am_formats_of(route("/api/v1/networks/1/members")), json | csv | geo);
    cr_assert_eq(am_formats_of(route("/api/v1/cities/nearby")), json | csv | geo);
    cr_assert_eq(am_formats_of(route("/api/v1/topics")), json | csv);
    cr_assert_eq(am_formats_of(route("/api/v1/practices")), json | csv);
    cr_assert_eq(am_formats_of(route("/api/v1/index/results")), json | csv);
    cr_assert_eq(am_formats_of(route("/api/v1/cities/1")), json);
    cr_assert_eq(am_formats_of(route("/healthz")), json);
    cr_assert_eq(am_formats_of(route("/api/v1/graph/stats")), json);
    /* a list of its own shape, its items typed */
    cr_assert_eq(am_formats_of(route("/api/v1/graph/top")), json | csv);
    /* every page route answers CSV */
    for (size_t i = 0; i < am_nroutes; i++)
        if (am_route_is_page(&am_routes[i]) && am_routes[i].method == AM_GET)
            cr_assert(am_formats_of(&am_routes[i]) & csv, "%s", am_routes[i].path);
}

Test(formats, format_names)
{
    struct am_err err = {0};
    enum am_format f;
    cr_assert_eq(am_format_parse(route("/api/v1/partnerships"), "geojson", &f, &err), AM_OK);
    cr_assert_eq(f, AM_FMT_GEOJSON);
    cr_assert_eq(am_format_parse(route("/api/v1/topics"), "geojson", &f, &err), AM_EBADREQ);
    cr_assert_str_eq(err.field, "format");
    cr_assert(strstr(err.msg, "json, csv ("), "%s", err.msg);
    cr_assert_eq(am_format_parse(route("/api/v1/topics"), "CSV", &f, &err), AM_EBADREQ);
    /* a long value cut on a whole character: the message stays UTF-8 */
    char *euros = calloc(1, 3 * 100 + 1);
    for (int i = 0; i < 100; i++)
        memcpy(euros + 3 * i, "\xe2\x82\xac", 3);
    cr_assert_eq(am_format_parse(route("/api/v1/topics"), euros, &f, &err), AM_EBADREQ);
    cr_assert(strstr(err.msg, "\xe2\x82\xac'"), "%s", err.msg);
    free(euros);
}

Test(formats, accept_header)
{
    const char *p = "/api/v1/partnerships";
    cr_assert_eq(chosen(p, NULL, AM_OK), AM_FMT_JSON);
    cr_assert_eq(chosen(p, "", AM_OK), AM_FMT_JSON);
    cr_assert_eq(chosen(p, "  ", AM_OK), AM_FMT_JSON);
    cr_assert_eq(chosen(p, "*/*", AM_OK), AM_FMT_JSON);
    cr_assert_eq(chosen(p, "text/csv", AM_OK), AM_FMT_CSV);
    cr_assert_eq(chosen(p, " text/csv ; q=1 , application/json;q=0.999", AM_OK), AM_FMT_CSV);
    cr_assert_eq(chosen(p, "application/*", AM_OK), AM_FMT_JSON);
    cr_assert_eq(chosen(p, "application/*;q=0.5, application/geo+json", AM_OK), AM_FMT_GEOJSON);
    /* the most specific range decides a type's q */
    cr_assert_eq(chosen(p, "*/*;q=0.9, application/json;q=0.1", AM_OK), AM_FMT_CSV);
    cr_assert_eq(chosen(p, "text/csv;charset=utf-8;q=0.8, application/json;q=0.7", AM_OK), AM_FMT_CSV);
    /* a q that is not one: its range is left out */
    cr_assert_eq(chosen(p, "text/csv;q=2, application/json", AM_OK), AM_FMT_JSON);
    cr_assert_eq(chosen(p, "text/csv;q=abc", AM_ENOTACCEPT), AM_FMT_JSON);
    cr_assert_eq(chosen(p, "text/csv;q=", AM_ENOTACCEPT), AM_FMT_JSON);
    cr_assert_eq(chosen(p, "text/csv;q=0.0000001", AM_ENOTACCEPT), AM_FMT_JSON);
    cr_assert_eq(chosen(p, "text/html", AM_ENOTACCEPT), AM_FMT_JSON);
    cr_assert_eq(chosen(p, "*/*;q=0", AM_ENOTACCEPT), AM_FMT_JSON);
    cr_assert_eq(chosen(p, ",,;,", AM_ENOTACCEPT), AM_FMT_JSON);
    cr_assert_eq(chosen(p, "text", AM_ENOTACCEPT), AM_FMT_JSON);
    cr_assert_eq(chosen(p, "*", AM_ENOTACCEPT), AM_FMT_JSON);
    cr_assert_eq(chosen("/api/v1/topics", "application/geo+json", AM_ENOTACCEPT), AM_FMT_JSON);
    /* routes that answer JSON only: whatever the header */
    cr_assert_eq(chosen("/api/v1/cities/1", "text/csv", AM_OK), AM_FMT_JSON);
    cr_assert_eq(chosen("/healthz", "image/png", AM_OK), AM_FMT_JSON);
}

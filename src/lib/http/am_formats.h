/* am_formats: a list as CSV or GeoJSON, besides JSON.
 *
 * A route whose reply is a list of records of one kind (a page,
 * am_route_is_page, or a reply whose `items` are records of a known kind:
 * the practice search, the Index's results) answers in the format named by
 * `format=` in its query or, without it, the one its Accept header prefers:
 * JSON (the default); CSV, with the export's columns and cells
 * (am_export_csv_items: nested records by name, formulas escaped); and for
 * cities, memberships and partnerships GeoJSON (RFC 7946: a city or a member
 * city a Point, a partnership a LineString between its parties; a record
 * without coordinates a Feature with a null geometry). The records are
 * JSON's, same filters, limit and cursor; the total and the next page go in
 * X-Total-Count and Link headers. Neither format carries a private field
 * (AM_F_PRIVATE) or `can`, whoever asks: a file is handed on. */
#ifndef AM_FORMATS_H
#define AM_FORMATS_H

#include <microhttpd.h>

#include "am_router.h"

enum am_format { AM_FMT_JSON, AM_FMT_CSV, AM_FMT_GEOJSON, AM_FMT_COUNT };

/* The kind of record the route lists; NULL when it answers JSON only. */
const struct am_schema *am_format_items(const struct am_route *rt);
/* The formats it answers: bits 1u << AM_FMT_*. */
unsigned am_formats_of(const struct am_route *rt);

/* format=value: AM_EBADREQ naming `format` when the route does not answer
 * it. */
enum am_rc am_format_parse(const struct am_route *rt, const char *value, enum am_format *out,
                           struct am_err *err);
/* Without format=: the route's format the Accept header prefers (JSON when
 * there is none, or when the route answers JSON only); AM_ENOTACCEPT when
 * it allows none of them. */
enum am_rc am_format_accept(const struct am_route *rt, const char *accept, enum am_format *out,
                            struct am_err *err);

/* reply, a list in JSON, as a response in fmt (not JSON) with its
 * Content-Type, Content-Disposition, X-Total-Count and Link headers. path
 * and query (the validated filters) make the next page's link; named: the
 * format was named in the query, and the link names it too; lang: the
 * language ?lang= asked for (NULL: none), kept in the link likewise. */
enum am_rc am_format_response(struct am_db *db, const struct am_route *rt, enum am_format fmt,
                              const char *path, json_t *query, bool named, const char *lang,
                              json_t *reply, struct MHD_Response **out, struct am_err *err);

/* For the API document: the route's `format` query parameter and the
 * media types of its success reply besides JSON (added to content), or
 * nothing for a route that answers JSON only. */
json_t *am_format_param_json(const struct am_route *rt);
void am_format_content_json(const struct am_route *rt, json_t *content);

#endif

#include "am_formats.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "am_city.h"
#include "am_export.h"
#include "am_membership.h"
#include "am_need.h"
#include "am_partnership.h"
#include "util/am_buf.h"
#include "util/am_str.h"

/* A page of 500 practices with all their sections is some megabytes; a
 * reply past this is refused rather than held in memory. */
enum { BODY_MAX = 64 * 1024 * 1024, LINK_MAX = 8 * 1024 };

static const char *const names[AM_FMT_COUNT] = {"json", "csv", "geojson"};
static const char *const types[AM_FMT_COUNT] = {"application/json", "text/csv", "application/geo+json"};

/* What a record of a kind is in GeoJSON: a point, a line, a point found
 * elsewhere, the points of the cities it counts. */
enum geo { GEO_NONE, GEO_POINT, GEO_LINE, GEO_MEMBER, GEO_CITIES };

static enum geo geo_of(const struct am_schema *s)
{
    if (!s)
        return GEO_NONE;
    if (s == am_city_resource.schema || s == am_need_resource.schema)
        return GEO_POINT;
    if (s == &am_need_figure_schema)
        return GEO_CITIES;
    if (s == am_partnership_resource.schema)
        return GEO_LINE;
    if (s == am_membership_resource.schema)
        return GEO_MEMBER;
    return GEO_NONE;
}

const struct am_schema *am_format_items(const struct am_route *rt)
{
    if (rt->method != AM_GET)
        return NULL;
    const struct am_schema *reply = am_route_reply(rt);
    if (!reply || am_route_is_page(rt))
        return reply;
    /* a list of its own shape: its items must say what they are, for the
     * columns and for what is private */
    const struct am_field *items = am_schema_field(reply, "items");
    if (!items || items->type != AM_T_ARRAY || !items->item || items->item->type != AM_T_OBJECT)
        return NULL;
    if (items->item->object)
        return items->item->object;
    return rt->res ? rt->res->schema : NULL;
}

unsigned am_formats_of(const struct am_route *rt)
{
    const struct am_schema *s = am_format_items(rt);
    if (!s)
        return 1u << AM_FMT_JSON;
    return 1u << AM_FMT_JSON | 1u << AM_FMT_CSV | (geo_of(s) != GEO_NONE ? 1u << AM_FMT_GEOJSON : 0);
}

/* "json, csv" or "application/json, text/csv" */
static void format_list(unsigned have, const char *const *words, char *out, size_t cap)
{
    size_t n = 0;
    out[0] = '\0';
    for (int f = 0; f < AM_FMT_COUNT && n < cap; f++) {
        if (!(have & 1u << f))
            continue;
        int k = snprintf(out + n, cap - n, "%s%s", n ? ", " : "", words[f]);
        if (k < 0)
            break;
        n += (size_t)k;
    }
}

enum am_rc am_format_parse(const struct am_route *rt, const char *value, enum am_format *out,
                           struct am_err *err)
{
    unsigned have = am_formats_of(rt);
    for (int f = 0; f < AM_FMT_COUNT; f++) {
        if ((have & 1u << f) && strcmp(value, names[f]) == 0) {
            *out = (enum am_format)f;
            return AM_OK;
        }
    }
    char list[64];
    format_list(have, names, list, sizeof list);
    return am_err_set(err, AM_EBADREQ, "format", "format: '%.*s' is not one of %s (what this list answers)",
                      am_utf8_prefix(value, 40), value, list);
}

/* ---- Accept ------------------------------------------------------------ */

static bool is_space(char c)
{
    return c == ' ' || c == '\t';
}

/* The q of a media range's parameters [p, e) in thousandths (1000 when it
 * has none); false when its q is not one. */
static bool range_q(const char *p, const char *e, int *q)
{
    *q = 1000;
    while (p < e) {
        while (p < e && (is_space(*p) || *p == ';'))
            p++;
        const char *end = p;
        while (end < e && *end != ';')
            end++;
        const char *v = end;
        while (v > p && is_space(v[-1]))
            v--;
        if (v - p >= 2 && (p[0] == 'q' || p[0] == 'Q') && p[1] == '=') {
            char text[8];
            double d;
            size_t n = (size_t)(v - p - 2);
            if (n == 0 || n >= sizeof text)
                return false;
            memcpy(text, p + 2, n);
            text[n] = '\0';
            if (!am_parse_double(text, &d) || d < 0 || d > 1)
                return false;
            *q = (int)(d * 1000 + 0.5);
        }
        p = end;
    }
    return true;
}

/* How much accept wants type, in thousandths: the q of its most specific
 * range that matches (RFC 9110, 12.5.1), -1 when none does. *spec: 3 the
 * type itself, 2 its major type ("text/ *"), 1 any type. */
static int accept_q(const char *accept, const char *type, int *spec)
{
    size_t tlen = strlen(type), major = strcspn(type, "/");
    int best = -1;
    *spec = 0;
    for (const char *p = accept; *p;) {
        const char *e = p + strcspn(p, ",");
        while (p < e && is_space(*p))
            p++;
        const char *r = p;
        while (r < e && *r != ';' && !is_space(*r))
            r++;
        size_t n = (size_t)(r - p);
        int s = 0, q;
        if (n == tlen && strncasecmp(p, type, n) == 0)
            s = 3;
        else if (n == major + 2 && strncasecmp(p, type, major + 1) == 0 && p[major + 1] == '*')
            s = 2;
        else if (n == 3 && strncmp(p, "*/*", 3) == 0)
            s = 1;
        if (s > *spec && range_q(r, e, &q)) {
            *spec = s;
            best = q;
        }
        p = *e ? e + 1 : e;
    }
    return best;
}

enum am_rc am_format_accept(const struct am_route *rt, const char *accept, enum am_format *out,
                            struct am_err *err)
{
    *out = AM_FMT_JSON;
    unsigned have = am_formats_of(rt);
    if (have == 1u << AM_FMT_JSON || !accept || accept[strspn(accept, " \t")] == '\0')
        return AM_OK;
    int best = 0, best_spec = 0;
    /* the highest q; of equal ones the most specific range, then JSON's
     * order (a client saying "anything" gets JSON) */
    for (int f = 0; f < AM_FMT_COUNT; f++) {
        int spec = 0, q = (have & 1u << f) ? accept_q(accept, types[f], &spec) : -1;
        if (q > best || (q > 0 && q == best && spec > best_spec)) {
            best = q;
            best_spec = spec;
            *out = (enum am_format)f;
        }
    }
    if (best > 0)
        return AM_OK;
    char list[96], words[64];
    format_list(have, types, list, sizeof list);
    format_list(have, names, words, sizeof words);
    return am_err_set(err, AM_ENOTACCEPT, NULL, "this list answers %s (or ask with format=: %s)", list, words);
}

/* ---- GeoJSON ------------------------------------------------------------ */

/* [lng, lat] of an object with lat and lng, or NULL. New reference. */
static json_t *position(json_t *obj)
{
    json_t *lat = json_object_get(obj, "lat"), *lng = json_object_get(obj, "lng");
    if (!json_is_number(lat) || !json_is_number(lng))
        return NULL;
    double y = json_number_value(lat), x = json_number_value(lng);
    if (!(y >= -90 && y <= 90 && x >= -180 && x <= 180))
        return NULL;
    return json_pack("[f,f]", x, y);
}

static json_t *point(json_t *pos)
{
    return pos ? json_pack("{s:s,s:o}", "type", "Point", "coordinates", pos) : NULL;
}

/* The member cities' places: {"<city id>": {lat, lng}}, one query a page
 * (a membership names its city, not where it is). */
static enum am_rc member_places(struct am_db *db, json_t *items, json_t **out, struct am_err *err)
{
    json_t *ids = json_array(), *rows = NULL, *item;
    size_t i;
    json_array_foreach(items, i, item) {
        json_t *id = json_object_get(item, "city_id");
        if (json_is_integer(id))
            json_array_append(ids, id);
    }
    char *text = ids ? json_dumps(ids, JSON_COMPACT) : NULL;
    enum am_rc rc = am_db_all(db, "SELECT id, lat, lng FROM city WHERE id IN (SELECT value FROM json_each(?))",
                              text ? json_pack("[s]", text) : NULL, &rows, err);
    free(text);
    json_decref(ids);
    if (rc)
        return rc;
    json_t *by = json_object();
    json_array_foreach(rows, i, item) {
        char key[24];
        snprintf(key, sizeof key, "%lld", (long long)json_integer_value(json_object_get(item, "id")));
        json_object_set(by, key, item);
    }
    json_decref(rows);
    *out = by;
    return by ? AM_OK : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
}

static json_t *geometry(enum geo g, json_t *rec, json_t *places)
{
    switch (g) {
    case GEO_POINT: return point(position(rec));
    case GEO_LINE: {
        json_t *a = position(json_object_get(rec, "party_a")), *b = position(json_object_get(rec, "party_b"));
        if (a && b)
            return json_pack("{s:s,s:[o,o]}", "type", "LineString", "coordinates", a, b);
        json_decref(a);
        json_decref(b);
        return NULL;
    }
    case GEO_MEMBER: {
        char key[24];
        json_t *id = json_object_get(rec, "city_id");
        if (!json_is_integer(id))
            return NULL;
        snprintf(key, sizeof key, "%lld", (long long)json_integer_value(id));
        return point(position(json_object_get(places, key)));
    }
    case GEO_CITIES: {
        json_t *pts = json_array(), *c;
        size_t i;
        json_array_foreach(json_object_get(rec, "cities"), i, c) {
            json_t *pos = position(c);
            if (pos)
                json_array_append_new(pts, pos);
        }
        if (json_array_size(pts))
            return json_pack("{s:s,s:o}", "type", "MultiPoint", "coordinates", pts);
        json_decref(pts);
        return NULL;
    }
    case GEO_NONE: break;
    }
    return NULL;
}

static json_t *feature(const struct am_schema *s, json_t *rec, json_t *places)
{
    json_t *props = json_object();
    for (const struct am_field *f = s->fields; props && f->name; f++) {
        json_t *v = am_export_field(f) ? json_object_get(rec, f->name) : NULL;
        if (v)
            json_object_set(props, f->name, v);
    }
    json_t *g = geometry(geo_of(s), rec, places), *id = json_object_get(rec, "id");
    json_t *feat = json_pack("{s:s}", "type", "Feature");
    if (feat && (json_is_integer(id) || json_is_string(id)))
        json_object_set(feat, "id", id);
    if (feat && props) {
        json_object_set_new(feat, "geometry", g ? g : json_null());
        json_object_set_new(feat, "properties", props);
        return feat;
    }
    json_decref(g);
    json_decref(props);
    json_decref(feat);
    return NULL;
}

static enum am_rc geojson(struct am_db *db, const struct am_schema *s, json_t *items, char **out,
                          size_t *len, struct am_err *err)
{
    json_t *places = NULL, *rec;
    enum am_rc rc = AM_OK;
    if (geo_of(s) == GEO_MEMBER && (rc = member_places(db, items, &places, err)))
        return rc;
    json_t *features = json_array();
    size_t i;
    json_array_foreach(items, i, rec) {
        json_t *feat = feature(s, rec, places);
        if (!feat || json_array_append_new(features, feat)) {
            rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
            break;
        }
    }
    json_decref(places);
    json_t *doc = rc ? NULL : json_pack("{s:s,s:o}", "type", "FeatureCollection", "features", features);
    if (rc)
        json_decref(features);
    *out = doc ? json_dumps(doc, JSON_COMPACT | JSON_REAL_PRECISION(10)) : NULL;
    json_decref(doc);
    if (!rc && !*out)
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    *len = *out ? strlen(*out) : 0;
    return rc;
}

/* ---- the response ---------------------------------------------------------- */

static void add_escaped(struct am_buf *b, const char *s, bool path)
{
    static const char hex[] = "0123456789ABCDEF";
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        unsigned char c = *p;
        bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                     c == '-' || c == '.' || c == '_' || c == '~' || (path && c == '/');
        if (plain) {
            am_buf_addc(b, (char)c);
        } else {
            am_buf_addc(b, '%');
            am_buf_addc(b, hex[c >> 4]);
            am_buf_addc(b, hex[c & 15]);
        }
    }
}

/* A filter's value as the query string had it (it parses back the same). */
static void add_value(struct am_buf *b, json_t *v)
{
    char text[40];
    switch (json_typeof(v)) {
    case JSON_STRING: add_escaped(b, json_string_value(v), false); return;
    case JSON_INTEGER: am_buf_addi(b, json_integer_value(v)); return;
    case JSON_REAL:
        snprintf(text, sizeof text, "%.17g", json_real_value(v));
        add_escaped(b, text, false);
        return;
    case JSON_TRUE: am_buf_adds(b, "true"); return;
    case JSON_FALSE: am_buf_adds(b, "false"); return;
    default: {
        char *json = json_dumps(v, JSON_COMPACT);
        if (json)
            add_escaped(b, json, false);
        free(json);
    }
    }
}

/* Link: </api/v1/partnerships?kind=twinning&cursor=...>; rel="next" */
static void next_link(struct am_buf *b, const char *path, json_t *query, const char *format,
                      const char *lang, const char *next)
{
    const char *key;
    json_t *v;
    am_buf_addc(b, '<');
    add_escaped(b, path, true);
    char sep = '?';
    json_object_foreach(query, key, v) {
        if (strcmp(key, "cursor") == 0)
            continue;
        am_buf_addc(b, sep);
        add_escaped(b, key, false);
        am_buf_addc(b, '=');
        add_value(b, v);
        sep = '&';
    }
    if (format) {
        am_buf_addf(b, "%cformat=%s", sep, format);
        sep = '&';
    }
    if (lang) { /* one of ours: a plain code */
        am_buf_addf(b, "%clang=%s", sep, lang);
        sep = '&';
    }
    am_buf_addf(b, "%ccursor=", sep);
    add_escaped(b, next, false);
    am_buf_adds(b, ">; rel=\"next\"");
}

/* "networks-12-members.csv": the path below the API's root. */
static void file_name(const char *path, enum am_format fmt, char *out, size_t cap)
{
    static const char root[] = "/api/v1/";
    const char *p = strncmp(path, root, sizeof root - 1) == 0 ? path + sizeof root - 1 : path;
    size_t n = 0;
    for (; *p && n + 1 < cap && n < 80; p++) {
        char c = *p;
        bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        out[n++] = plain ? c : '-';
    }
    out[n] = '\0';
    size_t used = strlen(out);
    snprintf(out + used, cap - used, ".%s", names[fmt]);
}

enum am_rc am_format_response(struct am_db *db, const struct am_route *rt, enum am_format fmt,
                              const char *path, json_t *query, bool named, const char *lang,
                              json_t *reply, struct MHD_Response **out, struct am_err *err)
{
    const struct am_schema *s = am_format_items(rt);
    json_t *items = json_object_get(reply, "items"), *next = json_object_get(reply, "next");
    json_t *total = json_object_get(reply, "total");
    struct am_buf body, link;
    char *data = NULL, name[128], disposition[160], count[24];
    size_t len = 0;
    struct MHD_Response *resp = NULL;
    enum am_rc rc = AM_OK;
    am_buf_init(&body, BODY_MAX);
    am_buf_init(&link, LINK_MAX);
    if (!s || !(am_formats_of(rt) & 1u << fmt) || fmt == AM_FMT_JSON) {
        rc = am_err_set(err, AM_EINTERNAL, NULL, "no %s for this route", names[fmt]);
        goto out;
    }
    if (fmt == AM_FMT_CSV) {
        if ((rc = am_export_csv_items(s, items, &body, err)))
            goto out;
        data = am_buf_take(&body, &len);
    } else if ((rc = geojson(db, s, items, &data, &len, err))) {
        goto out;
    }
    if (!data || !(resp = MHD_create_response_from_buffer(len, data, MHD_RESPMEM_MUST_FREE))) {
        free(data);
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
        goto out;
    }
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE,
                            fmt == AM_FMT_CSV ? "text/csv; charset=utf-8" : "application/geo+json");
    file_name(path, fmt, name, sizeof name);
    snprintf(disposition, sizeof disposition, "attachment; filename=\"%s\"", name);
    MHD_add_response_header(resp, "Content-Disposition", disposition);
    if (json_is_integer(total)) {
        snprintf(count, sizeof count, "%lld", (long long)json_integer_value(total));
        MHD_add_response_header(resp, "X-Total-Count", count);
    }
    if (json_is_string(next)) {
        next_link(&link, path, query, named ? names[fmt] : NULL, lang, json_string_value(next));
        if (!link.err)
            MHD_add_response_header(resp, "Link", am_buf_str(&link));
    }
    *out = resp;
out:
    am_buf_free(&body);
    am_buf_free(&link);
    return rc;
}

/* ---- the API document ------------------------------------------------------ */

json_t *am_format_param_json(const struct am_route *rt)
{
    unsigned have = am_formats_of(rt);
    if (have == 1u << AM_FMT_JSON)
        return NULL;
    json_t *values = json_array();
    for (int f = 0; f < AM_FMT_COUNT; f++)
        if (have & 1u << f)
            json_array_append_new(values, json_string(names[f]));
    char list[96];
    format_list(have, types, list, sizeof list);
    return json_pack("{s:s,s:s,s:b,s:{s:s,s:o},s:s++}", "name", "format", "in", "query", "required", 0,
                     "schema", "type", "string", "enum", values, "description",
                     "the reply's format (default json; else the Accept header's choice among ", list,
                     "): the same records, filters and paging; the formats other than json carry no private "
                     "field and no `can`, and give the total and the next page in the "
                     "X-Total-Count and Link headers");
}

void am_format_content_json(const struct am_route *rt, json_t *content)
{
    unsigned have = am_formats_of(rt);
    if (have & 1u << AM_FMT_CSV)
        json_object_set_new(content, "text/csv", json_pack("{s:{s:s}}", "schema", "type", "string"));
    if (have & 1u << AM_FMT_GEOJSON)
        json_object_set_new(content, "application/geo+json",
                            json_pack("{s:{s:s,s:s}}", "schema", "type", "object", "description",
                                      "a FeatureCollection (RFC 7946); a record without "
                                      "coordinates has a null geometry"));
}

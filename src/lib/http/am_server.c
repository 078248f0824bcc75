#include "am_server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <limits.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "am_auth.h"
#include "am_cache.h"
#include "am_formats.h"
#include "am_user.h"
#include "am_router.h"
#include "util/am_arena.h"
#include "util/am_buf.h"
#include "util/am_lang.h"
#include "util/am_log.h"
#include "util/am_msg.h"
#include "util/am_str.h"

enum { ARENA_MAX = 256 * 1024 };

/* Public replies kept while the data they were built from stands; a city
 * page is 2-40 KiB, so this holds thousands of them. */
enum { REPLY_CACHE_MIB = 16 };

/* A body over the limit is read and dropped so that the client, still
 * sending, gets its 413 rather than a broken pipe; past this many times the
 * limit the connection is cut short instead. */
enum { DISCARD_FACTOR = 16 };

struct am_server {
    struct MHD_Daemon *d;
    struct am_store *store;
    struct am_cache *cache;
    struct am_server_opts opts;
    char web_root[PATH_MAX];
    uint16_t port;
};

/* What MHD keeps for us between the calls of one request. */
struct conn_ctx {
    struct am_buf body;
    bool too_big;
    bool responded; /* an early reply (413) is queued: swallow the rest */
    uint64_t received;
    struct am_arena arena;
    struct timespec started;
    enum am_lang lang; /* the reply's language (?lang=, else Accept-Language) */
    bool lang_vary;    /* the header chose it: the reply varies with it */
    unsigned retry_after; /* a 429's Retry-After, in seconds */
};

/* ---- replies ---------------------------------------------------------- */

static void common_headers(struct MHD_Response *resp)
{
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(resp, "X-Frame-Options", "DENY");
}

/* The bytes of a JSON reply (malloc'd: the caller owns them), NULL if none. */
static char *json_bytes(json_t *body, size_t *len)
{
    char *text = body ? json_dumps(body, JSON_COMPACT | JSON_REAL_PRECISION(10)) : NULL;
    *len = text ? strlen(text) : 0;
    return text;
}

/* The language an API reply is in: every one says it, since an error's
 * message is in it too; one chosen by the header says so (Vary), so that a
 * shared cache keeps readers of different languages apart. ?lang= is in
 * the URL, which caches key on anyway. */
static void lang_headers(struct MHD_Response *resp, const struct conn_ctx *ctx)
{
    MHD_add_response_header(resp, "Content-Language", am_lang_code(ctx->lang));
    if (ctx->lang_vary)
        MHD_add_response_header(resp, MHD_HTTP_HEADER_VARY, "Accept-Language");
}

/* Queue a JSON reply made of text (taken over: freed whatever happens). */
static enum MHD_Result send_json_text(struct MHD_Connection *c, const struct conn_ctx *ctx, int status,
                                      char *text, size_t len, const char *allow)
{
    struct MHD_Response *resp =
        text ? MHD_create_response_from_buffer(len, text, MHD_RESPMEM_MUST_FREE)
             : MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
    if (!resp) {
        free(text);
        return MHD_NO;
    }
    common_headers(resp);
    lang_headers(resp, ctx);
    if (text)
        MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, "application/json; charset=utf-8");
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
    if (status == 401)
        MHD_add_response_header(resp, MHD_HTTP_HEADER_WWW_AUTHENTICATE, "Bearer");
    if (allow)
        MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW, allow);
    if (status == 429 && ctx->retry_after) {
        char secs[16];
        snprintf(secs, sizeof secs, "%u", ctx->retry_after);
        MHD_add_response_header(resp, MHD_HTTP_HEADER_RETRY_AFTER, secs);
    }
    enum MHD_Result r = MHD_queue_response(c, (unsigned)status, resp);
    MHD_destroy_response(resp);
    return r;
}

static enum MHD_Result send_json(struct MHD_Connection *c, const struct conn_ctx *ctx, int status,
                                 json_t *body, const char *allow)
{
    size_t len;
    char *text = json_bytes(body, &len);
    return send_json_text(c, ctx, status, text, len, allow);
}

/* An iCalendar feed (RFC 5545), with the headers of every reply. */
static enum MHD_Result send_calendar(struct MHD_Connection *c, const struct conn_ctx *ctx, const char *text,
                                     size_t len)
{
    struct MHD_Response *resp = MHD_create_response_from_buffer(len, (void *)text, MHD_RESPMEM_MUST_COPY);
    if (!resp)
        return MHD_NO;
    common_headers(resp);
    lang_headers(resp, ctx);
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, "text/calendar; charset=utf-8");
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, "no-cache");
    enum MHD_Result r = MHD_queue_response(c, 200, resp);
    MHD_destroy_response(resp);
    return r;
}

/* A reply made by am_formats (CSV, GeoJSON), with the headers of every reply. */
static enum MHD_Result send_formatted(struct MHD_Connection *c, const struct conn_ctx *ctx, int status,
                                      struct MHD_Response *resp)
{
    common_headers(resp);
    lang_headers(resp, ctx);
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
    enum MHD_Result r = MHD_queue_response(c, (unsigned)status, resp);
    MHD_destroy_response(resp);
    return r;
}

static json_t *error_body(const struct am_err *err, enum am_rc rc, const char *code)
{
    const char *msg = err && err->msg[0] ? err->msg : am_rc_code(rc);
    /* a message quoting bad input must still be a JSON string */
    if (!am_utf8_valid(msg, strlen(msg)))
        msg = am_rc_code(rc);
    json_t *e = json_pack("{s:s,s:s}", "code", code ? code : am_rc_code(rc), "message", msg);
    if (e && err && err->field[0] && am_utf8_valid(err->field, strlen(err->field)))
        json_object_set_new(e, "field", json_string(err->field));
    return json_pack("{s:o}", "error", e);
}

static enum MHD_Result send_error(struct MHD_Connection *c, const struct conn_ctx *ctx, enum am_rc rc,
                                  const struct am_err *err, const char *code, const char *allow)
{
    json_t *body = error_body(err, rc, code);
    enum MHD_Result r = send_json(c, ctx, am_rc_status(rc), body, allow);
    json_decref(body);
    return r;
}

/* ---- static files of the web UI ------------------------------------- */

static const char *content_type(const char *path)
{
    static const struct { const char *ext, *type; } types[] = {
        {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
        {".mjs", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
        {".json", "application/json"}, {".svg", "image/svg+xml"}, {".png", "image/png"},
        {".ico", "image/x-icon"}, {".txt", "text/plain; charset=utf-8"},
        {".map", "application/json"}, {".woff2", "font/woff2"},
        {".ftl", "text/plain; charset=utf-8"}, /* the UI's message catalogs (Fluent) */
    };
    const char *dot = strrchr(path, '.');
    for (size_t i = 0; dot && i < sizeof types / sizeof types[0]; i++)
        if (strcmp(dot, types[i].ext) == 0)
            return types[i].type;
    return "application/octet-stream";
}

static enum MHD_Result send_text(struct MHD_Connection *c, int status, const char *text)
{
    struct MHD_Response *resp =
        MHD_create_response_from_buffer(strlen(text), (void *)text, MHD_RESPMEM_PERSISTENT);
    if (!resp)
        return MHD_NO;
    common_headers(resp);
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, "text/plain; charset=utf-8");
    enum MHD_Result r = MHD_queue_response(c, (unsigned)status, resp);
    MHD_destroy_response(resp);
    return r;
}

static enum MHD_Result serve_file(struct am_server *s, struct MHD_Connection *c, const char *url,
                                  const char *method)
{
    if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0)
        return send_text(c, 405, "method not allowed\n");
    if (!s->web_root[0])
        return send_text(c, 404, "no web UI here\n");
    const char *rel = strcmp(url, "/") == 0 ? "/index.html" : url;
    /* no climbing out of the web root, no hidden files */
    if (rel[0] != '/' || strstr(rel, "/.") || strchr(rel, '\\') || !am_utf8_valid(rel, strlen(rel)))
        return send_text(c, 404, "not found\n");
    char path[PATH_MAX];
    if ((size_t)snprintf(path, sizeof path, "%s%s", s->web_root, rel) >= sizeof path)
        return send_text(c, 404, "not found\n");
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        if (fd >= 0)
            close(fd);
        return send_text(c, 404, "not found\n");
    }
    struct MHD_Response *resp = MHD_create_response_from_fd((uint64_t)st.st_size, fd);
    if (!resp) {
        close(fd);
        return MHD_NO;
    }
    common_headers(resp);
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, content_type(rel));
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, "no-cache");
    if (strcmp(rel, "/index.html") == 0)
        MHD_add_response_header(resp, "Content-Security-Policy",
                                "default-src 'self'; img-src 'self' data:; style-src 'self' "
                                "'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'");
    enum MHD_Result r = MHD_queue_response(c, MHD_HTTP_OK, resp);
    MHD_destroy_response(resp);
    return r;
}

/* ---- the request's inputs --------------------------------------------- */

struct query_walk {
    const struct am_route *route;
    const struct am_schema *schema;
    json_t *out;
    struct am_err *err;
    enum am_format fmt; /* format=, on routes that answer more than JSON */
    bool named;
    bool lang;          /* lang= was seen (its value was read before routing) */
};

static enum MHD_Result query_arg(void *cls, enum MHD_ValueKind kind, const char *key,
                                 size_t key_size, const char *value, size_t value_size)
{
    (void)kind;
    struct query_walk *w = cls;
    if (w->err->rc)
        return MHD_NO;
    if (!value)
        value = "";
    /* a %00 would cut the value short where C strings are used */
    if (strlen(key) != key_size || strlen(value) != value_size) {
        am_err_set(w->err, AM_EBADREQ, "", "the query string must not contain NUL characters");
        return MHD_NO;
    }
    if (!am_utf8_valid(key, key_size) || !am_utf8_valid(value, value_size)) {
        am_err_set(w->err, AM_EBADREQ, "", "the query string is not valid UTF-8");
        return MHD_NO;
    }
    /* not a filter: the language of the reply, on every route; its value
     * was read with the Accept-Language header when the request came in,
     * so that even a 404 is in it. Any value is taken (an unknown language
     * is English), as a header's would be. */
    if (strcmp(key, "lang") == 0) {
        if (w->lang) {
            am_err_set(w->err, AM_EBADREQ, key, AM_TR(GIVEN_TWICE), key);
            return MHD_NO;
        }
        w->lang = true;
        return MHD_YES;
    }
    const struct am_field *f = w->schema ? am_schema_field(w->schema, key) : NULL;
    /* not a filter: the reply's format, on the lists that have more than JSON */
    if (!f && strcmp(key, "format") == 0 && am_format_items(w->route)) {
        if (w->named) {
            am_err_set(w->err, AM_EBADREQ, key, AM_TR(GIVEN_TWICE), key);
            return MHD_NO;
        }
        if (!*value)
            return MHD_YES;
        w->named = true;
        return am_format_parse(w->route, value, &w->fmt, w->err) ? MHD_NO : MHD_YES;
    }
    if (!f) {
        am_err_set(w->err, AM_EBADREQ, key, AM_TR(UNKNOWN_PARAM), key);
        return MHD_NO;
    }
    if (json_object_get(w->out, key)) {
        am_err_set(w->err, AM_EBADREQ, key, AM_TR(GIVEN_TWICE), key);
        return MHD_NO;
    }
    if (!*value) /* ?country= means no filter, as forms send it */
        return MHD_YES;
    json_t *v = am_field_parse(f, value, w->err);
    if (!v)
        return MHD_NO;
    json_object_set_new(w->out, key, v);
    return MHD_YES;
}

/* The validated filters into *out; the format the reply is asked in into
 * *fmt (format= wins over the Accept header), *named when format= gave it. */
static enum am_rc read_query(struct MHD_Connection *c, const struct am_route *rt, json_t **out,
                             enum am_format *fmt, bool *named, struct am_err *err)
{
    struct query_walk w = {rt, am_route_query(rt), json_object(), err, AM_FMT_JSON, false, false};
    if (!w.out)
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    MHD_get_connection_values_n(c, MHD_GET_ARGUMENT_KIND, query_arg, &w);
    enum am_rc rc = err->rc;
    if (!rc && w.schema)
        rc = am_schema_check(w.schema, w.out, AM_CHECK_QUERY, err);
    if (!rc && !w.named)
        rc = am_format_accept(rt, MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_ACCEPT),
                              &w.fmt, err);
    if (rc) {
        json_decref(w.out);
        return rc;
    }
    *out = w.out;
    *fmt = w.fmt;
    *named = w.named;
    return AM_OK;
}

static bool is_json_type(const char *ct)
{
    static const char want[] = "application/json";
    if (!ct || strncasecmp(ct, want, sizeof want - 1) != 0)
        return false;
    char next = ct[sizeof want - 1];
    return next == '\0' || next == ';' || next == ' ';
}

static enum am_rc read_body(struct MHD_Connection *c, struct conn_ctx *ctx,
                            const struct am_route *rt, json_t **out, struct am_err *err)
{
    const struct am_schema *schema = am_route_body(rt);
    if (!schema)
        return AM_OK;
    if (ctx->too_big)
        return am_err_set(err, AM_ETOOBIG, NULL, "the body is larger than %zu bytes", ctx->body.max);
    /* a step whose fields all have defaults may be taken with no body */
    if (ctx->body.len == 0 && rt->op == AM_OP_STEP) {
        *out = json_object();
        return am_schema_check(schema, *out, AM_CHECK_CREATE, err);
    }
    const char *ct = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
    if (!is_json_type(ct))
        return am_err_set(err, AM_EMEDIA, NULL, "send the body as application/json");
    if (ctx->body.len == 0)
        return am_err_set(err, AM_EBADREQ, NULL, "the body is empty; send a JSON object");
    if (!am_utf8_valid(ctx->body.data, ctx->body.len)) {
        am_err_set(err, AM_EBADREQ, NULL, "the body is not valid UTF-8");
        am_str_copy(err->code, sizeof err->code, "invalid_utf8");
        return AM_EBADREQ;
    }
    json_error_t je;
    json_t *body = json_loadb(ctx->body.data, ctx->body.len, JSON_REJECT_DUPLICATES, &je);
    if (!body) {
        am_err_set(err, AM_EBADREQ, NULL, "the body is not JSON: %s (line %d, column %d)", je.text,
                   je.line, je.column);
        am_str_copy(err->code, sizeof err->code, "invalid_json");
        return AM_EBADREQ;
    }
    enum am_check mode = rt->method == AM_PATCH ? AM_CHECK_UPDATE : AM_CHECK_CREATE;
    enum am_rc rc = am_schema_check(schema, body, mode, err);
    if (rc) {
        json_decref(body);
        return rc;
    }
    *out = body;
    return AM_OK;
}

/* "Authorization: Bearer TOKEN": no header is anonymous; a bad one is 401,
 * so that a client learns its token has expired. */
static enum am_rc read_actor(struct MHD_Connection *c, struct am_db *db, struct am_actor *who,
                             const char **token, struct am_err *err)
{
    const char *h = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_AUTHORIZATION);
    *who = am_actor_anon;
    *token = NULL;
    if (!h)
        return AM_OK;
    enum am_rc rc = am_auth_bearer(h, token, err);
    return rc ? rc : am_session_actor(db, *token, who, err);
}

/* ---- dispatch --------------------------------------------------------- */

static double ms_since(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) * 1e3 + (double)(t1.tv_nsec - t0->tv_nsec) / 1e6;
}

static void allowed_list(unsigned allowed, char *out, size_t cap)
{
    static const enum am_method all[] = {AM_GET, AM_POST, AM_PATCH, AM_DELETE};
    out[0] = '\0';
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
        if (!(allowed & all[i]))
            continue;
        size_t n = strlen(out);
        snprintf(out + n, cap - n, "%s%s", n ? ", " : "", am_method_name(all[i]));
    }
}

/* A reply may come from the cache when it is the same for everyone who
 * asks: anonymous, JSON, and built from the stored data alone. */
static bool cacheable(const struct am_route *rt, const struct am_actor *who, const char *token,
                      enum am_format fmt)
{
    return rt->method == AM_GET && !(rt->flags & AM_R_LIVE) && !token && !am_actor_signed_in(who) &&
           fmt == AM_FMT_JSON;
}

/* What a cached reply is filed under: the day (a partnership's health and
 * what is "due" are counted from today), the reply's language (country
 * names and messages are in it: a French reply must never reach an English
 * reader; how it was chosen does not matter, the headers saying so are
 * not kept), the path and the validated query with its keys in order. In
 * the request's arena; NULL when out of memory. */
static const char *cache_key(struct am_arena *a, const struct conn_ctx *ctx, const char *url,
                             json_t *query)
{
    char *q = json_dumps(query, JSON_COMPACT | JSON_SORT_KEYS);
    if (!q)
        return NULL;
    time_t now = time(NULL);
    struct tm day;
    gmtime_r(&now, &day);
    size_t n = strlen(url) + strlen(q) + 24;
    char *k = am_arena_alloc(a, n);
    if (k)
        snprintf(k, n, "%04d%02d%02d %s %s %s", day.tm_year + 1900, day.tm_mon + 1, day.tm_mday,
                 am_lang_code(ctx->lang), url, q);
    free(q);
    return k;
}

/* The client's address as text, in the request's arena ("" if unknown). */
static const char *peer_of(struct MHD_Connection *c, struct am_arena *a)
{
    const union MHD_ConnectionInfo *info = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    char text[INET6_ADDRSTRLEN] = "";
    if (info && info->client_addr) {
        const struct sockaddr *sa = info->client_addr;
        if (sa->sa_family == AF_INET)
            inet_ntop(AF_INET, &((const struct sockaddr_in *)(const void *)sa)->sin_addr, text, sizeof text);
        else if (sa->sa_family == AF_INET6)
            inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr, text, sizeof text);
    }
    const char *out = am_arena_strdup(a, text);
    return out ? out : "";
}

static enum MHD_Result dispatch_api(struct am_server *s, struct MHD_Connection *c, const char *url,
                                    const char *method, struct conn_ctx *ctx, int *status)
{
    struct am_req r = {.arena = &ctx->arena, .cache = s->cache, .lang = ctx->lang, .peer = peer_of(c, &ctx->arena)};
    struct am_actor who;
    const struct am_route *rt = NULL;
    unsigned allowed = 0;
    enum MHD_Result res;
    enum am_format fmt = AM_FMT_JSON;
    bool named = false;
    struct MHD_Response *formatted = NULL;
    const char *key = NULL;
    uint64_t gen = 0;

    if (!am_utf8_valid(url, strlen(url))) {
        am_err_set(&r.err, AM_EBADREQ, NULL, "the path is not valid UTF-8");
        *status = 400;
        return send_error(c, ctx, AM_EBADREQ, &r.err, NULL, NULL);
    }
    enum am_rc rc = am_route_match(method, url, &ctx->arena, &rt, r.params, &allowed);
    if (rc == AM_ENOTFOUND) {
        am_err_set(&r.err, rc, NULL, "there is no %.100s", url);
        *status = 404;
        return send_error(c, ctx, rc, &r.err, "no_route", NULL);
    }
    if (rc == AM_EMETHOD) {
        char allow[64];
        allowed_list(allowed, allow, sizeof allow);
        am_err_set(&r.err, rc, NULL, "%.100s answers %s", url, allow);
        *status = 405;
        return send_error(c, ctx, rc, &r.err, NULL, allow);
    }
    if (!rc && !(r.db = am_store_db(s->store, &r.err)))
        rc = r.err.rc ? r.err.rc : AM_EDB;
    if (!rc)
        rc = read_actor(c, r.db, &who, &r.token, &r.err);
    r.actor = &who;
    r.route = rt;
    /* an anonymous write is refused before its body is looked at */
    if (!rc && rt->method != AM_GET && !(rt->flags & AM_R_ANONYMOUS) && !am_actor_signed_in(&who))
        rc = am_err_set(&r.err, AM_EAUTH, NULL, "sign in first");
    if (!rc)
        rc = read_query(c, rt, &r.query, &fmt, &named, &r.err);
    if (!rc && s->cache && cacheable(rt, &who, r.token, fmt) && (key = cache_key(&ctx->arena, ctx, url, r.query))) {
        /* the generation is read before the data: a reply is never filed
         * under a generation newer than what it was built from */
        gen = am_db_generation(r.db);
        size_t len;
        char *hit = am_cache_get(s->cache, key, gen, &len);
        if (hit) {
            json_decref(r.query);
            *status = 200;
            return send_json_text(c, ctx, 200, hit, len, NULL);
        }
    }
    if (!rc)
        rc = read_body(c, ctx, rt, &r.body, &r.err);
    if (!rc)
        rc = am_route_run(&r);
    if (!rc && fmt != AM_FMT_JSON)
        rc = am_format_response(r.db, rt, fmt, url, r.query, named,
                                ctx->lang_vary ? NULL : am_lang_code(ctx->lang), r.reply, &formatted, &r.err);
    if (rc) {
        if (am_rc_status(rc) >= 500)
            am_log(AM_LOG_ERROR, "%s %s: %s", method, url, r.err.msg);
        *status = am_rc_status(rc);
        ctx->retry_after = rc == AM_EBUSY ? r.retry_after : 0;
        res = send_error(c, ctx, rc, &r.err, r.err.code[0] ? r.err.code : NULL, NULL);
    } else if (formatted) {
        *status = r.status;
        res = send_formatted(c, ctx, r.status, formatted);
    } else if ((rt->flags & AM_R_CALENDAR) && json_is_string(r.reply)) {
        *status = r.status;
        res = send_calendar(c, ctx, json_string_value(r.reply), json_string_length(r.reply));
    } else {
        *status = r.status;
        size_t len;
        char *text = json_bytes(r.status == 204 ? NULL : r.reply, &len);
        if (key && text && r.status == 200)
            am_cache_put(s->cache, key, gen, text, len);
        res = send_json_text(c, ctx, r.status, text, len, NULL);
    }
    json_decref(r.query);
    json_decref(r.body);
    json_decref(r.reply);
    return res;
}

static bool is_api(const char *url)
{
    return strncmp(url, "/api/", 5) == 0 || strcmp(url, "/api") == 0 || strcmp(url, "/healthz") == 0;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
                                  const char *method, const char *version, const char *upload,
                                  size_t *upload_size, void **con_cls)
{
    (void)version;
    struct am_server *s = cls;
    struct conn_ctx *ctx = *con_cls;
    if (!ctx) {
        if (!(ctx = calloc(1, sizeof *ctx)))
            return MHD_NO;
        am_buf_init(&ctx->body, s->opts.max_body);
        am_arena_init(&ctx->arena, ARENA_MAX);
        clock_gettime(CLOCK_MONOTONIC, &ctx->started);
        ctx->lang = am_lang_choose(MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "lang"),
                                   MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                                               MHD_HTTP_HEADER_ACCEPT_LANGUAGE),
                                   &ctx->lang_vary);
        *con_cls = ctx;
        /* a body announced too large is not stored; an absurd one not read */
        const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
        int64_t n;
        if (cl && am_parse_i64(cl, 0, INT64_MAX, &n) && (uint64_t)n > s->opts.max_body) {
            ctx->too_big = true;
            /* a client waiting for "100 Continue" sends nothing more */
            const char *expect = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_EXPECT);
            if ((expect && strcasecmp(expect, "100-continue") == 0) ||
                (uint64_t)n / DISCARD_FACTOR > s->opts.max_body) {
                struct am_err err;
                am_err_set(&err, AM_ETOOBIG, NULL, "the body is larger than %zu bytes", s->opts.max_body);
                ctx->responded = true;
                return send_error(c, ctx, AM_ETOOBIG, &err, NULL, NULL);
            }
        }
        return MHD_YES;
    }
    if (ctx->responded) {
        *upload_size = 0;
        return MHD_YES;
    }
    if (*upload_size) {
        if (!ctx->too_big && am_buf_add(&ctx->body, upload, *upload_size))
            ctx->too_big = true;
        ctx->received += *upload_size;
        *upload_size = 0;
        if (ctx->too_big && ctx->received / DISCARD_FACTOR > s->opts.max_body) {
            struct am_err err;
            am_err_set(&err, AM_ETOOBIG, NULL, "the body is larger than %zu bytes", s->opts.max_body);
            ctx->responded = true;
            return send_error(c, ctx, AM_ETOOBIG, &err, NULL, NULL);
        }
        return MHD_YES;
    }
    int status = 200;
    enum MHD_Result r;
    if (is_api(url)) {
        /* the request's language, for what is written below the route
         * (messages, country names; a write's names are English, see
         * am_lang_set_names); English again for the thread's next */
        am_lang_set(ctx->lang);
        if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0)
            am_lang_set_names(AM_LANG_EN);
        r = dispatch_api(s, c, url, method, ctx, &status);
        am_lang_set(AM_LANG_EN);
    } else {
        r = serve_file(s, c, url, method);
    }
    if (!s->opts.quiet && is_api(url))
        am_log(AM_LOG_INFO, "%s %s %d %.1fms", method, url, status, ms_since(&ctx->started));
    return r;
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
    (void)cls, (void)c, (void)toe;
    struct conn_ctx *ctx = *con_cls;
    if (!ctx)
        return;
    am_buf_free(&ctx->body);
    am_arena_free(&ctx->arena);
    free(ctx);
    *con_cls = NULL;
}

static void mhd_log(void *cls, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));

static void mhd_log(void *cls, const char *fmt, va_list ap)
{
    (void)cls;
    char line[512];
    vsnprintf(line, sizeof line, fmt, ap);
    line[strcspn(line, "\n")] = '\0';
    am_log(AM_LOG_WARN, "http: %s", line);
}

enum am_rc am_server_start(const struct am_server_opts *opts, struct am_store *store,
                           struct am_server **out, struct am_err *err)
{
    /* jansson seeds its hash function lazily; do it before there are threads */
    json_object_seed(0);
    struct am_server *s = calloc(1, sizeof *s);
    if (!s)
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    s->store = store;
    s->opts = *opts;
    int mib = opts->reply_cache_mib ? opts->reply_cache_mib : REPLY_CACHE_MIB;
    if (mib > 0 && !(s->cache = am_cache_new((size_t)mib * 1024 * 1024))) {
        free(s);
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    }
    if (!s->opts.bind)
        s->opts.bind = "127.0.0.1";
    if (!s->opts.max_body)
        s->opts.max_body = 1024 * 1024;
    if (!s->opts.threads) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        s->opts.threads = n > 0 ? (unsigned)n * 2 : 4;
    }
    if (opts->web_root && !realpath(opts->web_root, s->web_root)) {
        am_log(AM_LOG_WARN, "web UI directory %s not found; serving the API only", opts->web_root);
        s->web_root[0] = '\0';
    }

    struct sockaddr_storage addr = {0};
    struct sockaddr_in *v4 = (struct sockaddr_in *)&addr;
    struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)&addr;
    unsigned flags = MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_ERROR_LOG;
    if (inet_pton(AF_INET, s->opts.bind, &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons(s->opts.port);
    } else if (inet_pton(AF_INET6, s->opts.bind, &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(s->opts.port);
        flags |= MHD_USE_IPv6;
    } else {
        am_cache_free(s->cache);
        free(s);
        return am_err_set(err, AM_EINVAL, "bind", "bind: '%s' is not an IP address", opts->bind);
    }
    s->d = MHD_start_daemon(flags, s->opts.port, NULL, NULL, on_request, s,
                            MHD_OPTION_EXTERNAL_LOGGER, mhd_log, NULL,
                            MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr,
                            MHD_OPTION_THREAD_POOL_SIZE, s->opts.threads,
                            MHD_OPTION_NOTIFY_COMPLETED, on_completed, s,
                            MHD_OPTION_CONNECTION_TIMEOUT, 60u,
                            MHD_OPTION_CONNECTION_LIMIT, 1000u,
                            MHD_OPTION_END);
    if (!s->d) {
        am_cache_free(s->cache);
        free(s);
        return am_err_set(err, AM_EIO, "port", "cannot listen on %s port %u (in use?)",
                          opts->bind ? opts->bind : "127.0.0.1", (unsigned)opts->port);
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(s->d, MHD_DAEMON_INFO_BIND_PORT);
    s->port = info ? info->port : s->opts.port;
    *out = s;
    return AM_OK;
}

uint16_t am_server_port(const struct am_server *s)
{
    return s->port;
}

void am_server_stop(struct am_server *s)
{
    if (!s)
        return;
    MHD_stop_daemon(s->d);
    am_cache_free(s->cache);
    free(s);
}

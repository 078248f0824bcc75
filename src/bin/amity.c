/* amity: the command line. Every verb is a call into the library; flags of
 * record verbs come from the records' schemas, so the CLI, the API and the
 * OpenAPI document cannot drift apart.
 *
 * Exit codes: 0 done, 1 failed, 2 usage. */
#include <errno.h>
#include <pthread.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "am_mail.h"
#include "am_notice.h"
#include "am_country.h"
#include "am_demo.h"
#include "am_graph.h"
#include "am_index.h"
#include "am_match.h"
#include "am_models.h"
#include "am_export.h"
#include "am_city.h"
#include "am_gazetteer.h"
#include "am_import.h"
#include "am_practice.h"
#include "am_practice_md.h"
#include "am_practice_search.h"
#include "am_resource.h"
#include "am_search.h"
#include "am_setting.h"
#include "am_topic.h"
#include "am_user.h"
#include "am_history.h"
#include "http/am_openapi.h"
#include "http/am_router.h"
#include "http/am_server.h"
#include "store/am_db.h"
#include "util/am_buf.h"
#include "util/am_log.h"
#include "util/am_str.h"

enum { EXIT_USAGE = 2 };

struct cli {
    const char *db_path;
    struct am_store *store;
    struct am_db *db;
    struct am_err err;
};

/* ---- output --------------------------------------------------------- */

static int fail(struct cli *c)
{
    fprintf(stderr, "amity: %s\n", c->err.msg[0] ? c->err.msg : am_rc_code(c->err.rc));
    return c->err.rc == AM_EBADREQ ? EXIT_USAGE : EXIT_FAILURE;
}

static int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static int usage_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("amity: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputs(" (see amity --help)\n", stderr);
    va_end(ap);
    return EXIT_USAGE;
}

static void print_json(json_t *v)
{
    json_dumpf(v, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10));
    fputc('\n', stdout);
}

/* A dotted path into a record: "party_a.name". */
static json_t *path_get(json_t *v, const char *path)
{
    char key[64];
    while (v && *path) {
        size_t n = strcspn(path, ".");
        snprintf(key, sizeof key, "%.*s", (int)n, path);
        v = json_object_get(v, key);
        path += n + (path[n] == '.');
    }
    return v;
}

static void cell_text(json_t *v, char *out, size_t cap)
{
    struct am_buf b;
    am_buf_init(&b, 4096);
    /* v is NULL where a dotted path crosses a null ("origin_city.name") */
    switch (v ? json_typeof(v) : JSON_NULL) {
    case JSON_STRING: am_buf_adds(&b, json_string_value(v)); break;
    case JSON_INTEGER: am_buf_addi(&b, json_integer_value(v)); break;
    case JSON_REAL: am_buf_addf(&b, "%.5g", json_real_value(v)); break;
    case JSON_TRUE: am_buf_adds(&b, "yes"); break;
    case JSON_FALSE: am_buf_adds(&b, "no"); break;
    default: am_buf_adds(&b, "-"); break;
    }
    /* cut long values at a character boundary */
    const char *s = am_buf_str(&b);
    size_t n = 0, chars = 0;
    while (s[n] && n < cap - 4 && chars < 40) {
        n++;
        while (((unsigned char)s[n] & 0xC0) == 0x80)
            n++;
        chars++;
    }
    snprintf(out, cap, "%.*s%s", (int)n, s, s[n] ? "…" : "");
    am_buf_free(&b);
}

struct column { const char *path, *title; };

static const struct { const char *res; struct column cols[8]; } tables[] = {
    {"cities", {{"id", "id"}, {"name", "name"}, {"country", "cc"}, {"region", "region"},
                {"population", "population"}}},
    {"countries", {{"code", "code"}, {"name", "name"}, {"city_count", "cities"}}},
    {"nearby", {{"id", "id"}, {"name", "name"}, {"country", "cc"}, {"population", "population"},
                {"distance_km", "km"}}},
    {"networks", {{"id", "id"}, {"acronym", "acronym"}, {"name", "name"}, {"kind", "kind"},
                  {"member_count", "members"}}},
    {"groups", {{"id", "id"}, {"network.name", "network"}, {"name", "name"}, {"status", "status"},
                {"member_count", "members"}}},
    {"group-members", {{"id", "id"}, {"group.name", "group"}, {"network.name", "network"}, {"city.name", "city"},
                       {"city.country", "cc"}, {"joined_at", "joined"}}},
    {"memberships", {{"id", "id"}, {"network.name", "network"}, {"member.name", "member"},
                     {"member.country", "cc"}, {"role", "role"}, {"joined_year", "joined"},
                     {"left_year", "left"}}},
    {"partnerships", {{"id", "id"}, {"party_a.name", "party a"}, {"party_b.name", "party b"},
                      {"kind", "kind"}, {"status", "status"}, {"health.state", "health"},
                      {"health.last_activity", "last activity"}}},
    {"activities", {{"id", "id"}, {"start_date", "start"}, {"kind", "kind"}, {"title", "title"},
                    {"host_city.name", "host"}}},
    {"organisations", {{"id", "id"}, {"name", "name"}, {"kind", "kind"}, {"country", "cc"}}},
    {"topics", {{"id", "id"}, {"scheme", "scheme"}, {"label", "label"}}},
    {"practices", {{"id", "id"}, {"title", "title"}, {"city.name", "city"}, {"country", "cc"},
                   {"start_year", "from"}, {"status", "status"}}},
    {"diaspora", {{"id", "id"}, {"city.name", "city"}, {"origin_country", "from"}, {"origin_city.name", "from city"},
                  {"size", "size"}, {"year", "year"}, {"source", "source"}}},
    {"users", {{"id", "id"}, {"username", "username"}, {"role", "role"}, {"city_id", "city"},
               {"network_id", "network"}}},
};

/* A kind with no table above: its id, what names a record (name, title,
 * delegate), the city it is of, its kind and status, as its schema has them. */
static const struct column *default_columns(const char *res, struct column out[8])
{
    static const char *const wanted[] = {"id", "name", "title", "delegate", "city_name", "kind", "status", "amount", "currency", NULL};
    const struct am_resource *r = am_resource_find(res);
    size_t n = 0;
    for (const char *const *w = wanted; r && *w && n < 7; w++)
        if (am_schema_field(r->schema, *w))
            out[n++] = (struct column){*w, *w};
    if (!n)
        out[n++] = (struct column){"id", "id"};
    out[n] = (struct column){NULL, NULL};
    return out;
}

static const struct column *columns_of(const char *res, struct column fallback[8])
{
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++)
        if (strcmp(tables[i].res, res) == 0)
            return tables[i].cols;
    return default_columns(res, fallback);
}

static void print_table(const char *res, json_t *items);

/* Search results: each practice with its snippet, then the facets. */
static void print_search(json_t *out)
{
    size_t i;
    json_t *p;
    json_array_foreach(json_object_get(out, "items"), i, p) {
        printf("%lld  %s", (long long)json_integer_value(json_object_get(p, "id")),
               json_string_value(json_object_get(p, "title")));
        json_t *city = json_object_get(p, "city");
        if (json_is_object(city))
            printf(" — %s", json_string_value(json_object_get(city, "name")));
        printf(" (%s", json_is_string(json_object_get(p, "country")) ? json_string_value(json_object_get(p, "country")) : "-");
        if (json_is_integer(json_object_get(p, "start_year")))
            printf(", %lld", (long long)json_integer_value(json_object_get(p, "start_year")));
        printf(")\n");
        json_t *seg;
        size_t k;
        if (json_array_size(json_object_get(p, "snippet"))) {
            fputs("    ", stdout);
            json_array_foreach(json_object_get(p, "snippet"), k, seg) {
                bool hit = json_is_true(json_object_get(seg, "hit"));
                const char *t = json_string_value(json_object_get(seg, "text"));
                printf(hit ? "[%s]" : "%s", t);
            }
            putchar('\n');
        }
    }
    printf("(%zu of %lld)\n", json_array_size(json_object_get(out, "items")),
           (long long)json_integer_value(json_object_get(out, "total")));
    const char *name;
    json_t *values;
    json_object_foreach(json_object_get(out, "facets"), name, values) {
        if (!json_array_size(values))
            continue;
        printf("%s:", name);
        json_t *v;
        size_t k;
        json_array_foreach(values, k, v) {
            if (k == 8) {
                printf(" …");
                break;
            }
            printf(" %s (%lld)", json_string_value(json_object_get(v, "label")),
                   (long long)json_integer_value(json_object_get(v, "count")));
        }
        putchar('\n');
    }
}

static void print_table(const char *res, json_t *items)
{
    struct column fallback[8];
    const struct column *cols = columns_of(res, fallback);
    size_t ncols = 0, width[8] = {0};
    char cell[256];
    while (ncols < 8 && cols[ncols].path)
        ncols++;
    for (size_t k = 0; k < ncols; k++)
        width[k] = am_utf8_len(cols[k].title);
    size_t i;
    json_t *item;
    json_array_foreach(items, i, item) for (size_t k = 0; k < ncols; k++) {
        cell_text(path_get(item, cols[k].path), cell, sizeof cell);
        size_t w = am_utf8_len(cell);
        if (w > width[k])
            width[k] = w;
    }
    for (size_t k = 0; k < ncols; k++)
        printf("%-*s%s", (int)width[k], cols[k].title, k + 1 < ncols ? "  " : "\n");
    json_array_foreach(items, i, item) for (size_t k = 0; k < ncols; k++) {
        cell_text(path_get(item, cols[k].path), cell, sizeof cell);
        /* pad by characters, not bytes */
        size_t pad = width[k] - am_utf8_len(cell);
        printf("%s%*s%s", cell, k + 1 < ncols ? (int)pad : 0, "", k + 1 < ncols ? "  " : "\n");
    }
}

/* ---- opening the database -------------------------------------------- */

static int open_db(struct cli *c)
{
    if (am_store_open(c->db_path, &c->store, &c->err))
        return fail(c);
    if (!(c->db = am_store_db(c->store, &c->err)))
        return fail(c);
    return 0;
}

/* ---- flags from schemas ------------------------------------------------ */

struct flags {
    json_t *values;   /* field name -> typed value */
    bool json;        /* --json: print JSON */
    bool all;         /* --all: every page */
    const char *from; /* --from FILE: the record as JSON */
    int npos;
    const char *pos[4];
};

/* Parse argv against a schema: --field value, --field=value; dashes in
 * names may be written as underscores. */
static int parse_flags(int argc, char **argv, const struct am_schema *s, struct flags *f,
                       struct am_err *err)
{
    memset(f, 0, sizeof *f);
    f->values = json_object();
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (strncmp(a, "--", 2) != 0) {
            if (f->npos == 4)
                return am_err_set(err, AM_EBADREQ, NULL, "too many arguments at '%s'", a);
            f->pos[f->npos++] = a;
            continue;
        }
        char name[64];
        const char *eq = strchr(a, '=');
        size_t n = eq ? (size_t)(eq - a - 2) : strlen(a + 2);
        snprintf(name, sizeof name, "%.*s", (int)n, a + 2);
        for (char *p = name; *p; p++)
            if (*p == '-')
                *p = '_';
        if (strcmp(name, "json") == 0) {
            f->json = true;
            continue;
        }
        if (strcmp(name, "all") == 0) {
            f->all = true;
            continue;
        }
        const char *val = eq ? eq + 1 : (i + 1 < argc ? argv[++i] : NULL);
        if (!val)
            return am_err_set(err, AM_EBADREQ, name, "--%s needs a value", name);
        if (strcmp(name, "from") == 0) {
            f->from = val;
            continue;
        }
        const struct am_field *fd = s ? am_schema_field(s, name) : NULL;
        if (!fd || (fd->flags & AM_F_READONLY))
            return am_err_set(err, AM_EBADREQ, name, "unknown option %.*s (see --help)",
                              (int)(eq ? (size_t)(eq - a) : strlen(a)), a);
        json_t *v = am_field_parse(fd, val, err);
        if (!v)
            return AM_EBADREQ;
        json_object_set_new(f->values, fd->name, v);
    }
    return AM_OK;
}

static json_t *read_json_file(const char *path, struct am_err *err)
{
    json_error_t je;
    json_t *v = strcmp(path, "-") == 0 ? json_loadf(stdin, JSON_REJECT_DUPLICATES, &je)
                                       : json_load_file(path, JSON_REJECT_DUPLICATES, &je);
    if (!v)
        am_err_set(err, AM_EBADREQ, "from", "%s: line %d: %s", path, je.line, je.text);
    return v;
}

static void print_schema_help(const struct am_schema *s, bool writable)
{
    for (const struct am_field *f = s->fields; f->name; f++) {
        if (writable && (f->flags & AM_F_READONLY))
            continue;
        char flag[64];
        snprintf(flag, sizeof flag, "--%s", f->name);
        for (char *p = flag + 2; *p; p++)
            if (*p == '_')
                *p = '-';
        printf("  %-24s %s%s", flag, am_type_name(f->type),
               writable && (f->flags & AM_F_REQUIRED) ? ", required" : "");
        if (f->type == AM_T_ENUM) {
            printf(": ");
            for (const char *const *v = f->values; *v; v++)
                printf("%s%s", *v, v[1] ? "|" : "");
        }
        if (f->doc)
            printf(" - %s", f->doc);
        putchar('\n');
    }
}

/* A record's steps and history, from the route table: the same commands
 * as the API's (POST /partnerships/{id}/end is `amity partnership end ID`). */
/* A route the command line runs as a step of the record: a generic one, or
 * a custom POST on one record that takes a step of its kind's rights (a
 * person's consent withdrawn, a person erased), run by the kind's step. */
static bool is_step(const struct am_resource *r, const struct am_route *rt)
{
    if (rt->res != r)
        return false;
    if (rt->op == AM_OP_STEP)
        return true;
    return rt->op == AM_OP_CUSTOM && rt->method == AM_POST && r->step && strstr(rt->path, "/{") &&
           rt->action != AM_ACT_READ && rt->action != AM_ACT_CREATE && rt->action != AM_ACT_UPDATE;
}

static const struct am_route *record_route(const struct am_resource *r, const char *sub)
{
    for (size_t i = 0; i < am_nroutes; i++) {
        const struct am_route *rt = &am_routes[i];
        const char *last = strrchr(rt->path, '/');
        if ((is_step(r, rt) || (rt->res == r && rt->op == AM_OP_HISTORY)) && last && strcmp(last + 1, sub) == 0)
            return rt;
    }
    return NULL;
}

static void routes_help(const struct am_resource *r)
{
    for (size_t i = 0; i < am_nroutes; i++) {
        const struct am_route *rt = &am_routes[i];
        if (!is_step(r, rt) && !(rt->res == r && rt->op == AM_OP_HISTORY))
            continue;
        printf("\namity %s %s ID%s   %s\n", r->singular, strrchr(rt->path, '/') + 1,
               rt->op != AM_OP_HISTORY ? " FIELDS" : " [--json]", rt->summary);
        if (rt->body)
            print_schema_help(rt->body, true);
    }
}

static int record_route_run(struct cli *c, const struct am_resource *r, const struct am_route *rt, int argc,
                            char **argv)
{
    struct flags f;
    json_t *out = NULL, *rec = NULL;
    int ret = 0;
    if (parse_flags(argc, argv, rt->body, &f, &c->err) ||
        (rt->body && am_schema_check(rt->body, f.values, AM_CHECK_CREATE, &c->err))) {
        json_decref(f.values);
        return fail(c);
    }
    if (f.npos != 1) {
        json_decref(f.values);
        return usage_error("%s needs the record's key", strrchr(rt->path, '/') + 1);
    }
    if (!(ret = open_db(c))) {
        enum am_rc rc = rt->op != AM_OP_HISTORY
                            ? r->step(c->db, &am_actor_cli, f.pos[0], rt->action, rt->body, f.values, &out, &c->err)
                            : r->get(c->db, f.pos[0], &rec, &c->err);
        if (!rc && rt->op == AM_OP_HISTORY)
            rc = am_history_of(c->db, r->rights, r->table, rec, &am_actor_cli, &out, &c->err);
        ret = rc ? fail(c) : (print_json(out), 0);
    }
    json_decref(out), json_decref(rec), json_decref(f.values);
    return ret;
}

/* ---- record verbs: list, show, add, update, delete --------------------- */

static void record_help(const struct am_resource *r)
{
    if (r == &am_practice_resource)
        printf("usage: amity practice template            the template, to fill in offline\n"
               "       amity practice submit FILE [--draft] a filled-in template (- for stdin)\n"
               "       amity practice submit|publish ID     review steps\n"
               "       amity practice return ID --comment TEXT\n"
               "       amity practice search [--q WORDS] [--topic T] [--country CC] [--year Y] ...\n");
    if (r == &am_city_resource)
        printf("usage: amity city resolve NAME COUNTRY [--lat X --lng Y]\n"
               "       amity city near LAT LNG [--radius-km N] [--limit N] [--country CC]\n");
    printf("usage: amity %s list [FILTERS] [--all] [--json]\n"
           "       amity %s show %s [--json]\n"
           "       amity %s add FIELDS | --from FILE.json|-\n"
           "       amity %s update %s FIELDS | --from FILE.json|-\n"
           "       amity %s delete %s\n\n%s\n\nfilters of list:\n",
           r->singular, r->singular, r->key, r->singular, r->singular, r->key, r->singular,
           r->key, r->doc);
    print_schema_help(r->filters, true);
    printf("\nfields of add and update (nested records as key=value,key=value or JSON;"
           " lists comma-separated):\n");
    print_schema_help(r->schema, true);
    routes_help(r);
}

static int record_list(struct cli *c, const struct am_resource *r, struct flags *f)
{
    json_t *page = NULL;
    if (am_schema_check(r->filters, f->values, AM_CHECK_QUERY, &c->err))
        return fail(c);
    if (f->all) {
        json_t *items = NULL;
        if (am_export_all(c->db, r, &am_actor_cli, &items, &c->err))
            return fail(c);
        page = json_pack("{s:o,s:I,s:n}", "items", items, "total",
                         (json_int_t)json_array_size(items), "next");
    } else if (r->list(c->db, f->values, &page, &c->err)) {
        return fail(c);
    }
    if (f->json) {
        print_json(page);
    } else {
        json_t *items = json_object_get(page, "items");
        print_table(r->name, items);
        printf("(%zu of %lld)", json_array_size(items),
               (long long)json_integer_value(json_object_get(page, "total")));
        const char *next = json_string_value(json_object_get(page, "next"));
        if (next)
            printf(" next page: --cursor %s", next);
        putchar('\n');
    }
    json_decref(page);
    return 0;
}

static int record_write(struct cli *c, const struct am_resource *r, struct flags *f, bool create)
{
    json_t *in = f->from ? read_json_file(f->from, &c->err) : json_incref(f->values);
    json_t *out = NULL;
    if (!in)
        return fail(c);
    if (f->from)
        json_object_update(in, f->values);
    enum am_rc rc = am_schema_check(r->schema, in, create ? AM_CHECK_CREATE : AM_CHECK_UPDATE, &c->err);
    if (rc == AM_EINVAL) /* a flag missing or of the wrong form: usage */
        c->err.rc = AM_EBADREQ;
    if (!rc)
        rc = create ? r->create(c->db, &am_actor_cli, in, &out, &c->err)
                    : r->update(c->db, &am_actor_cli, f->pos[0], in, &out, &c->err);
    json_decref(in);
    if (rc)
        return fail(c);
    if (f->json) {
        print_json(out);
    } else {
        json_t *key = json_object_get(out, r->key);
        char text[64];
        cell_text(key, text, sizeof text);
        printf("%s %s %s\n", create ? "added" : "updated", r->singular, text);
    }
    json_decref(out);
    return 0;
}

/* amity city resolve NAME COUNTRY [--lat X --lng Y] | near LAT LNG [...] */
static int city_query(struct cli *c, const struct am_schema *s, const char *const *pos, int npos,
                      int argc, char **argv, bool resolve)
{
    struct flags f;
    int ret = 0;
    if (parse_flags(argc, argv, s, &f, &c->err)) {
        json_decref(f.values);
        return fail(c);
    }
    if (f.npos != npos) {
        json_decref(f.values);
        return usage_error(resolve ? "usage: amity city resolve NAME COUNTRY [--lat X --lng Y]"
                                   : "usage: amity city near LAT LNG [--radius-km N] [--limit N]");
    }
    for (int i = 0; i < npos && !c->err.rc; i++) {
        json_t *v = am_field_parse(am_schema_field(s, pos[i]), f.pos[i], &c->err);
        if (v)
            json_object_set_new(f.values, pos[i], v);
    }
    json_t *out = NULL;
    if (c->err.rc || am_schema_check(s, f.values, AM_CHECK_QUERY, &c->err) || (ret = open_db(c)) ||
        (resolve ? am_city_resolve(c->db, f.values, &out, &c->err)
                 : am_city_nearby(c->db, f.values, &out, &c->err)))
        ret = ret ? ret : fail(c);
    else if (f.json || resolve)
        print_json(out);
    else
        print_table("nearby", json_object_get(out, "items"));
    json_decref(out);
    json_decref(f.values);
    return ret;
}

/* amity practice template | submit FILE [--draft] | submit|publish|return ID [--comment T] |
 * search [FILTERS] */
static int practice_verb(struct cli *c, const char *sub, int argc, char **argv)
{
    json_t *out = NULL;
    int ret;
    if (strcmp(sub, "template") == 0) {
        fputs(am_practice_template(), stdout);
        return 0;
    }
    if (strcmp(sub, "search") == 0) {
        struct flags f;
        if (parse_flags(argc, argv, &am_practice_search_query, &f, &c->err) ||
            am_schema_check(&am_practice_search_query, f.values, AM_CHECK_QUERY, &c->err)) {
            json_decref(f.values);
            return fail(c);
        }
        if ((ret = open_db(c)) || am_practice_search(c->db, &am_actor_cli, f.values, &out, &c->err)) {
            json_decref(f.values);
            return ret ? ret : fail(c);
        }
        if (f.json)
            print_json(out);
        else
            print_search(out);
        json_decref(f.values);
        json_decref(out);
        return 0;
    }
    const char *comment = NULL, *target = NULL;
    bool draft = false;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--comment") == 0 && i + 1 < argc)
            comment = argv[++i];
        else if (strcmp(argv[i], "--draft") == 0)
            draft = true;
        else if (argv[i][0] != '-' && !target)
            target = argv[i];
        else
            return usage_error("practice %s: bad option '%s'", sub, argv[i]);
    }
    if (!target)
        return usage_error("practice %s needs %s", sub, strcmp(sub, "submit") == 0 ? "FILE or ID" : "ID");
    if ((ret = open_db(c)))
        return ret;
    int64_t id;
    bool file = strcmp(sub, "submit") == 0 && !am_parse_i64(target, 1, INT64_MAX, &id);
    if (file) {
        /* a filled-in template */
        FILE *fp = strcmp(target, "-") == 0 ? stdin : fopen(target, "rb");
        struct am_buf text;
        am_buf_init(&text, 4 * 1024 * 1024);
        char chunk[8192];
        size_t n;
        if (!fp) {
            fprintf(stderr, "amity: cannot read %s: %s\n", target, strerror(errno));
            return EXIT_FAILURE;
        }
        while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
            am_buf_add(&text, chunk, n);
        if (fp != stdin)
            fclose(fp);
        if (text.err) {
            am_buf_free(&text);
            return usage_error("practice submit: %s is too large", target);
        }
        enum am_rc rc = am_practice_md_create(c->db, &am_actor_cli, am_buf_str(&text), text.len, !draft,
                                              &out, &c->err);
        am_buf_free(&text);
        if (rc) {
            char msg[sizeof c->err.msg];
            am_str_copy(msg, sizeof msg, c->err.msg);
            am_err_set(&c->err, c->err.rc, c->err.field, "%s: %s", target, msg);
            return fail(c);
        }
    } else if (am_practice_transition(c->db, &am_actor_cli, target, sub, comment, &out, &c->err)) {
        return fail(c);
    }
    printf("practice %lld: %s (version %lld)\n", (long long)json_integer_value(json_object_get(out, "id")),
           json_string_value(json_object_get(out, "status")),
           (long long)json_integer_value(json_object_get(out, "version")));
    json_decref(out);
    return 0;
}

/* --help (or -h) anywhere among a record command's words: the kind's help,
 * which names every action's options (before, "amity need withdraw --help"
 * answered "--help needs a value"). */
static bool wants_help(int argc, char **argv)
{
    for (int i = 0; i < argc; i++)
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
            return true;
    return false;
}

static int cmd_record(struct cli *c, const struct am_resource *r, int argc, char **argv)
{
    const char *sub = argc > 0 ? argv[0] : "help";
    if (r == &am_practice_resource &&
        (strcmp(sub, "template") == 0 || strcmp(sub, "search") == 0 || strcmp(sub, "submit") == 0 ||
         strcmp(sub, "publish") == 0 || strcmp(sub, "return") == 0))
        return practice_verb(c, sub, argc - 1, argv + 1);
    if (r == &am_city_resource && strcmp(sub, "resolve") == 0)
        return city_query(c, &am_city_resolve_query, (const char *const[]){"name", "country"}, 2,
                          argc - 1, argv + 1, true);
    if (r == &am_city_resource && strcmp(sub, "near") == 0)
        return city_query(c, &am_city_nearby_query, (const char *const[]){"lat", "lng"}, 2, argc - 1,
                          argv + 1, false);
    if (strcmp(sub, "help") == 0 || wants_help(argc, argv)) {
        record_help(r);
        return 0;
    }
    bool list = strcmp(sub, "list") == 0, show = strcmp(sub, "show") == 0;
    bool add = strcmp(sub, "add") == 0, upd = strcmp(sub, "update") == 0;
    bool del = strcmp(sub, "delete") == 0;
    const struct am_route *rt = record_route(r, sub);
    if (rt)
        return record_route_run(c, r, rt, argc - 1, argv + 1);
    if (!list && !show && !add && !upd && !del)
        return usage_error("unknown action '%s'", sub);
    if (upd && !r->update) /* a group member: it leaves, and joins again */
        return usage_error("a %s is not changed: delete it and add another", r->singular);
    struct flags f;
    int ret;
    if (parse_flags(argc - 1, argv + 1, list ? r->filters : r->schema, &f, &c->err)) {
        json_decref(f.values);
        return fail(c);
    }
    if ((show || upd || del) && f.npos != 1) {
        json_decref(f.values);
        return usage_error("%s needs the record's key", sub);
    }
    if ((ret = open_db(c)))
        ;
    else if (list)
        ret = record_list(c, r, &f);
    else if (add || upd)
        ret = record_write(c, r, &f, add);
    else if (show) {
        json_t *out = NULL;
        ret = r->get(c->db, f.pos[0], &out, &c->err) ? fail(c) : (print_json(out), 0);
        json_decref(out);
    } else {
        ret = r->remove(c->db, &am_actor_cli, f.pos[0], &c->err) ? fail(c) : 0;
        if (!ret)
            printf("deleted %s %s\n", r->singular, f.pos[0]);
    }
    json_decref(f.values);
    return ret;
}

/* ---- init, serve, user, export, backup, config --------------------------- */

static int cmd_init(struct cli *c, int argc, char **argv)
{
    bool demo = false;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--demo") == 0)
            demo = true;
        else if (strcmp(argv[i], "--help") == 0) {
            printf("usage: amity init [--demo]\n\nCreate or upgrade the database, load the "
                   "countries (ISO 3166) and the topic vocabulary;\n--demo also loads the demo "
                   "records taken from the project's seed documents.\n");
            return 0;
        } else
            return usage_error("init: unknown option '%s'", argv[i]);
    }
    int64_t countries = 0, topics = 0, editions = 0;
    int ret = open_db(c);
    if (ret)
        return ret;
    if (am_country_load(c->db, &countries, &c->err) || am_topic_load(c->db, &topics, &c->err) ||
        am_index_load_editions(c->db, &editions, &c->err))
        return fail(c);
    printf("database %s at schema version %d: %lld countries, %lld topics and %lld Index editions added\n",
           c->db_path, am_store_schema_version(), (long long)countries, (long long)topics,
           (long long)editions);
    if (!demo)
        return 0;
    json_t *counts = NULL;
    if (am_demo_load(c->db, &counts, &c->err)) {
        if (c->err.rc == AM_ECONFLICT) {
            printf("demo records already loaded\n");
            return 0;
        }
        return fail(c);
    }
    const char *k;
    json_t *v;
    printf("demo records loaded:");
    json_object_foreach(counts, k, v) printf(" %lld %s", (long long)json_integer_value(v), k);
    printf("\n");
    json_decref(counts);
    return 0;
}

static int parse_uint(const char *opt, const char *val, int64_t max, int64_t *out)
{
    if (!val || !am_parse_i64(val, 0, max, out))
        return usage_error("%s needs a number in range", opt);
    return 0;
}

static int cmd_serve(struct cli *c, int argc, char **argv)
{
    struct am_server_opts o = {.port = 8080, .web_root = AMITY_WEB_ROOT};
    bool lazy_models = false;
    int64_t n;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--help") == 0) {
            printf("usage: amity serve [--bind ADDR] [--port N] [--threads N] [--web DIR]\n"
                   "                   [--max-body BYTES] [--reply-cache MIB] [--lazy-models] [--quiet]\n\n"
                   "Serve the API (/api/v1/, /healthz) and the web UI on http://ADDR:PORT\n"
                   "(default 127.0.0.1:8080; --port 0 picks a free port and prints it).\n"
                   "Public replies are kept until the data changes, in at most MIB\n"
                   "mebibytes (default 16; 0 keeps none).\n"
                   "The models (partner suggestions, the graph, the search index) are built\n"
                   "in the background at start and after each change; --lazy-models builds\n"
                   "each only when first asked. Replies say when theirs was computed.\n");
            return 0;
        } else if (strcmp(a, "--bind") == 0 && v) {
            o.bind = v, i++;
        } else if (strcmp(a, "--port") == 0) {
            if (parse_uint(a, v, 65535, &n))
                return EXIT_USAGE;
            o.port = (uint16_t)n, i++;
        } else if (strcmp(a, "--threads") == 0) {
            if (parse_uint(a, v, 256, &n))
                return EXIT_USAGE;
            o.threads = (unsigned)n, i++;
        } else if (strcmp(a, "--max-body") == 0) {
            if (parse_uint(a, v, 64 * 1024 * 1024, &n))
                return EXIT_USAGE;
            o.max_body = (size_t)n, i++;
        } else if (strcmp(a, "--reply-cache") == 0) {
            if (parse_uint(a, v, 4096, &n))
                return EXIT_USAGE;
            o.reply_cache_mib = n ? (int)n : -1, i++;
        } else if (strcmp(a, "--web") == 0 && v) {
            o.web_root = v, i++;
        } else if (strcmp(a, "--quiet") == 0) {
            o.quiet = 1;
        } else if (strcmp(a, "--lazy-models") == 0) {
            lazy_models = true;
        } else {
            return usage_error("serve: unknown option '%s'", a);
        }
    }
    int ret = open_db(c);
    if (ret)
        return ret;
    int64_t countries = 0;
    if (!am_db_i64(c->db, "SELECT count(*) FROM country", json_array(), &countries, NULL) &&
        countries == 0)
        am_log(AM_LOG_WARN, "the database has no countries: run `amity init` first");

    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    /* block before the workers start, so that they inherit the mask */
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);
#ifdef __GLIBC__
    /* glibc gives each thread that allocates an arena of its own: with a
     * pool of workers and the models' threads, freed memory stays spread
     * over a dozen arenas. Two hold the same load in a third less memory,
     * as fast (bench/speed.sh measures both). */
    mallopt(M_ARENA_MAX, 2);
#endif
    am_mail_global_init(); /* before any thread: libcurl's rule */
    /* the models (suggestions, graph, search index) are built by threads of
     * their own, now and after each change, so that no request waits for one */
    if (am_models_start(c->store, !lazy_models, &c->err))
        return fail(c);
    struct am_server *srv = NULL;
    if (am_server_start(&o, c->store, &srv, &c->err)) {
        am_models_stop(c->store);
        return fail(c);
    }
    /* notifications by e-mail, and what time alone changes (dormancy) */
    struct am_mailer *mailer = NULL;
    if (am_mailer_start(c->store, &mailer, &c->err)) {
        am_server_stop(srv);
        am_models_stop(c->store);
        return fail(c);
    }
    printf("amity: serving http://%s:%u (database %s)\n", o.bind ? o.bind : "127.0.0.1",
           (unsigned)am_server_port(srv), c->db_path);
    fflush(stdout);
    int sig = 0;
    sigwait(&set, &sig);
    am_log(AM_LOG_INFO, "signal %d: stopping", sig);
    am_server_stop(srv);
    am_mailer_stop(mailer);
    am_mail_global_cleanup();
    am_models_stop(c->store); /* before the store closes: a build under way is waited for */
    return 0;
}

static char *read_password(struct am_err *err)
{
    static char pw[256];
    bool tty = isatty(STDIN_FILENO);
    struct termios old, quiet;
    if (tty) {
        fprintf(stderr, "password: ");
        tcgetattr(STDIN_FILENO, &old);
        quiet = old;
        quiet.c_lflag &= ~(tcflag_t)ECHO;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char *ok = fgets(pw, sizeof pw, stdin);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        fputc('\n', stderr);
    }
    if (!ok) {
        am_err_set(err, AM_EBADREQ, "password", "no password given (on standard input)");
        return NULL;
    }
    pw[strcspn(pw, "\r\n")] = '\0';
    return pw;
}

static int cmd_user(struct cli *c, int argc, char **argv)
{
    const char *sub = argc > 0 ? argv[0] : "--help";
    if (strcmp(sub, "list") == 0) {
        json_t *out = NULL;
        int ret = open_db(c);
        if (ret || am_user_list(c->db, &am_actor_cli, &out, &c->err))
            return ret ? ret : fail(c);
        print_table("users", json_object_get(out, "items"));
        json_decref(out);
        return 0;
    }
    if (strcmp(sub, "delete") == 0 && argc == 2) {
        int ret = open_db(c);
        if (ret || am_user_delete(c->db, &am_actor_cli, argv[1], &c->err))
            return ret ? ret : fail(c);
        printf("deleted user %s\n", argv[1]);
        return 0;
    }
    if (strcmp(sub, "add") != 0 || argc < 2 || argv[1][0] == '-') {
        printf("usage: amity user add NAME --role admin|secretariat|officer [--city ID|--network ID]\n"
               "       amity user list\n"
               "       amity user delete ID\n\n"
               "The password is read from standard input (asked for on a terminal).\n");
        return strcmp(sub, "--help") == 0 ? 0 : EXIT_USAGE;
    }
    json_t *in = json_pack("{s:s}", "username", argv[1]);
    for (int i = 2; i < argc; i += 2) { /* --flag value */
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        int64_t id;
        if (strcmp(argv[i], "--role") == 0 && v) {
            json_object_set_new(in, "role", json_string(v));
        } else if ((strcmp(argv[i], "--city") == 0 || strcmp(argv[i], "--network") == 0) && v &&
                   am_parse_i64(v, 1, INT64_MAX, &id)) {
            json_object_set_new(in, argv[i][2] == 'c' ? "city_id" : "network_id", json_integer(id));
        } else {
            json_decref(in);
            return usage_error("user add: bad option '%s'", argv[i]);
        }
    }
    json_t *out = NULL;
    char *pw = read_password(&c->err);
    int ret = pw ? open_db(c) : fail(c);
    if (!ret) {
        json_object_set_new(in, "password", json_string(pw));
        if (am_schema_check(&am_user_schema, in, AM_CHECK_CREATE, &c->err) ||
            am_user_create(c->db, &am_actor_cli, in, &out, &c->err))
            ret = fail(c);
        else
            printf("added user %s (%s)\n", argv[1], json_string_value(json_object_get(out, "role")));
    }
    if (pw)
        memset(pw, 0, strlen(pw));
    json_decref(in);
    json_decref(out);
    return ret;
}

static int export_dir(struct cli *c, const char *dir)
{
    if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
        fprintf(stderr, "amity: cannot create %s: %s\n", dir, strerror(errno));
        return EXIT_FAILURE;
    }
    for (const struct am_resource *const *r = am_resources; *r; r++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s.csv", dir, (*r)->name);
        FILE *f = fopen(path, "w");
        if (!f) {
            fprintf(stderr, "amity: cannot write %s: %s\n", path, strerror(errno));
            return EXIT_FAILURE;
        }
        enum am_rc rc = am_export_csv(c->db, *r, &am_actor_anon, f, &c->err);
        if (fclose(f) != 0 && !rc)
            rc = am_err_set(&c->err, AM_EIO, NULL, "cannot write %s", path);
        if (rc)
            return fail(c);
        printf("wrote %s\n", path);
    }
    return 0;
}

static int cmd_export(struct cli *c, int argc, char **argv)
{
    const char *format = NULL, *resource = NULL, *out = NULL;
    for (int i = 0; i < argc; i++) {
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(argv[i], "--format") == 0 && v)
            format = v, i++;
        else if (strcmp(argv[i], "--resource") == 0 && v)
            resource = v, i++;
        else if (strcmp(argv[i], "--out") == 0 && v)
            out = v, i++;
        else if (strcmp(argv[i], "--help") == 0) {
            printf("usage: amity export --format json [--resource R]  the registry (or one kind), to stdout\n"
                   "       amity export --format csv --resource R     one kind of record, to stdout\n"
                   "       amity export --format csv --out DIR        every kind, one file each\n"
                   "R: cities, countries, networks, memberships, partnerships, activities,\n"
                   "   organisations, topics, practices, diaspora.\n"
                   "An export is what the public sees: published practices only, no private\n"
                   "field (contacts, review comments, authors). Accounts are never exported;\n"
                   "`amity backup` is the full copy, for the operators only.\n");
            return 0;
        } else
            return usage_error("export: bad option '%s'", argv[i]);
    }
    if (!format || (strcmp(format, "json") != 0 && strcmp(format, "csv") != 0))
        return usage_error("export needs --format json or --format csv");
    const struct am_resource *r = resource ? am_resource_find(resource) : NULL;
    if (resource && !r)
        return usage_error("export: no resource '%s'", resource);
    if (strcmp(format, "csv") == 0 && !r && !out)
        return usage_error("export --format csv needs --resource R or --out DIR");
    int ret = open_db(c);
    if (ret)
        return ret;
    if (strcmp(format, "json") == 0)
        return am_export_json(c->db, &am_actor_anon, r, stdout, &c->err) ? fail(c) : 0;
    if (r)
        return am_export_csv(c->db, r, &am_actor_anon, stdout, &c->err) ? fail(c) : 0;
    return export_dir(c, out);
}

/* Who may do what to each kind of record, from the rules the server
 * applies: docs/auth.md's table. */
static int cmd_rights(int argc, char **argv)
{
    if (argc > 0) {
        printf("usage: amity rights\n\nWho may do what to each kind of record (Markdown), from the rules the\n"
               "server applies: the table in docs/auth.md. An admin may do anything the\n"
               "states allow.\n");
        return strcmp(argv[0], "--help") == 0 ? 0 : EXIT_USAGE;
    }
    struct am_buf b;
    am_buf_init(&b, 1024 * 1024);
    am_rights_markdown(&b);
    fputs(am_buf_str(&b), stdout);
    int ret = b.err ? EXIT_FAILURE : 0;
    am_buf_free(&b);
    return ret;
}

static int cmd_backup(struct cli *c, int argc, char **argv)
{
    if (argc != 1 || argv[0][0] == '-') {
        printf("usage: amity backup FILE\n\nCopy the live database into FILE (SQLite online "
               "backup: the server may keep running).\n");
        return argc == 1 && strcmp(argv[0], "--help") == 0 ? 0 : EXIT_USAGE;
    }
    struct stat st;
    if (stat(argv[0], &st) == 0)
        return usage_error("backup: %s exists; choose a new file", argv[0]);
    int ret = open_db(c);
    if (ret)
        return ret;
    if (am_store_backup(c->store, argv[0], &c->err))
        return fail(c);
    printf("backed up %s to %s\n", c->db_path, argv[0]);
    return 0;
}

/* What the server's sender does each second and each hour, once: for a
 * cron job when no server runs, and for tests. */
static int cmd_mail(struct cli *c, int argc, char **argv)
{
    if (argc != 1 || (strcmp(argv[0], "send") != 0 && strcmp(argv[0], "sweep") != 0)) {
        printf("usage: amity mail send    word new notifications into the outbox and send what is due\n"
               "       amity mail sweep   notify what time changed (partnerships turned dormant)\n\n"
               "`amity serve` does both by itself (sends each second, sweeps each hour).\n");
        return argc == 1 && strcmp(argv[0], "--help") == 0 ? 0 : EXIT_USAGE;
    }
    int ret = open_db(c);
    if (ret)
        return ret;
    if (strcmp(argv[0], "sweep") == 0) {
        int64_t made = 0;
        if (am_notice_sweep(c->db, &made, &c->err))
            return fail(c);
        printf("%lld notifications written\n", (long long)made);
        return 0;
    }
    int sent = 0;
    am_mail_global_init();
    enum am_rc rc = am_mail_run(c->db, &sent, &c->err);
    am_mail_global_cleanup();
    if (rc)
        return fail(c);
    printf("%d messages accepted by the SMTP server\n", sent);
    return 0;
}

static int cmd_config(struct cli *c, int argc, char **argv)
{
    if (argc >= 1 && strcmp(argv[0], "--help") == 0) {
        printf("usage: amity config              show the settings\n"
               "       amity config set KEY VALUE change one\n\nsettings:\n");
        print_schema_help(&am_setting_schema, true);
        return 0;
    }
    json_t *out = NULL;
    int ret = open_db(c);
    if (ret)
        return ret;
    if (argc == 0) {
        if (am_setting_get(c->db, &out, &c->err))
            return fail(c);
    } else if (argc == 3 && strcmp(argv[0], "set") == 0) {
        const struct am_field *f = am_schema_field(&am_setting_schema, argv[1]);
        if (!f)
            return usage_error("config: no setting '%s'", argv[1]);
        json_t *v = am_field_parse(f, argv[2], &c->err);
        json_t *patch = v ? json_pack("{s:o}", argv[1], v) : NULL;
        enum am_rc rc = patch ? am_setting_update(c->db, &am_actor_cli, patch, &out, &c->err) : c->err.rc;
        json_decref(patch);
        if (rc)
            return fail(c);
    } else {
        return usage_error("config: use `amity config` or `amity config set KEY VALUE`");
    }
    const char *k;
    json_t *v;
    json_object_foreach(out, k, v) printf("%s = %lld\n", k, (long long)json_integer_value(v));
    json_decref(out);
    return 0;
}

/* ---- import ------------------------------------------------------------------ */

/* A progress bar with rate and time left on a terminal; nothing otherwise
 * (the summary line says it all). */
struct progress {
    bool tty;
    struct timespec t0;
    int last_pct;
    const char *what;
};

static double seconds_since(const struct timespec *t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - t0->tv_sec) + (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

static void progress_cb(void *ctx, uint64_t done, uint64_t total)
{
    struct progress *p = ctx;
    if (!p->tty || !total)
        return;
    int pct = (int)(done * 100 / total);
    if (pct == p->last_pct)
        return;
    p->last_pct = pct;
    double s = seconds_since(&p->t0);
    double rate = s > 0 ? (double)done / s : 0;
    double left = rate > 0 ? (double)(total - done) / rate : 0;
    char bar[31];
    int fill = pct * 30 / 100;
    for (int i = 0; i < 30; i++)
        bar[i] = i < fill ? '#' : '.';
    bar[30] = '\0';
    fprintf(stderr, "\r%s [%s] %3d%%  %.1f MB/s  %.0fs left ", p->what, bar, pct, rate / 1e6, left);
    if (done >= total)
        fputc('\n', stderr);
    fflush(stderr);
}

static void progress_start(struct progress *p, const char *what)
{
    p->tty = isatty(STDERR_FILENO);
    p->last_pct = -1;
    p->what = what;
    clock_gettime(CLOCK_MONOTONIC, &p->t0);
}

static int import_gazetteer(struct cli *c, int argc, char **argv)
{
    const char *path = AMITY_GAZETTEER;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0) {
            printf("usage: amity import gazetteer [FILE]\n\nImport (or refresh) the world's cities of "
                   "1,000+ inhabitants (GeoNames, CC BY 4.0)\nfrom the file the build converts "
                   "(default %s).\n",
                   AMITY_GAZETTEER);
            return 0;
        } else if (argv[i][0] != '-') {
            path = argv[i];
        } else {
            return usage_error("import gazetteer: unknown option '%s'", argv[i]);
        }
    }
    int ret = open_db(c);
    if (ret)
        return ret;
    struct progress p;
    struct am_gazetteer_stats st;
    progress_start(&p, "gazetteer");
    if (am_country_load(c->db, NULL, &c->err) ||
        am_gazetteer_import(c->db, path, progress_cb, &p, &st, &c->err))
        return fail(c);
    printf("gazetteer %s: %lld cities (%lld new, %lld refreshed), %lld other names, in %.1fs\n", path,
           (long long)st.rows, (long long)st.added, (long long)st.updated, (long long)st.names,
           seconds_since(&p.t0));
    return 0;
}

static void import_help(void)
{
    static const struct { const char *verb; enum am_import_kind kind; const char *what; } kinds[] = {
        {"partnerships", AM_IMPORT_PARTNERSHIPS, "pairs of twin towns / sister cities"},
        {"networks", AM_IMPORT_NETWORKS, "networks (the ETMUN list and the like)"},
        {"memberships", AM_IMPORT_MEMBERSHIPS, "members of networks"},
        {"diaspora", AM_IMPORT_DIASPORA, "diaspora groups: residents of a city by origin country (or city)"},
        {"index-published", AM_IMPORT_INDEX_PUBLISHED,
         "Intercultural Cities Index results as published, each row with its source (one result may have "
         "several)"},
    };
    printf("usage: amity import gazetteer [FILE]\n"
           "       amity import partnerships|networks|memberships|diaspora|index-published FILE\n"
           "              [--map FIELD=HEADER ...]\n"
           "              [--delimiter C] [--dry-run] [--report FILE]\n\n"
           "One transaction per file: a malformed file changes nothing. Importing twice adds\n"
           "nothing. Places go through the resolver (amity city resolve); places the gazetteer\n"
           "lacks are added from the file when name, country and coordinates hold together.\n"
           "The report (default IMPORT.report.csv) lists every row not imported and every place\n"
           "that was added, doubtful or resolved loosely, with the reason.\n");
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
        printf("\n%s: %s; fields (default column headers):\n", kinds[k].verb, kinds[k].what);
        for (const char *const *f = am_import_fields(kinds[k].kind); *f; f += 2)
            printf("  %-14s %s\n", f[0], f[1]);
    }
}

static int import_file(struct cli *c, enum am_import_kind kind, int argc, char **argv)
{
    struct am_import_opts o = {.kind = kind, .map = json_object()};
    char report[4096] = "";
    int ret = 0;
    for (int i = 0; i < argc && !ret; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--dry-run") == 0) {
            o.dry_run = true;
        } else if (strcmp(a, "--map") == 0 && v && strchr(v, '=')) {
            const char *eq = strchr(v, '=');
            char field[64];
            snprintf(field, sizeof field, "%.*s", (int)(eq - v), v);
            json_object_set_new(o.map, field, json_string(eq + 1));
            i++;
        } else if (strcmp(a, "--delimiter") == 0 && v && strlen(v) == 1) {
            o.delim = v[0];
            i++;
        } else if (strcmp(a, "--delimiter") == 0 && v && strcmp(v, "tab") == 0) {
            o.delim = '\t';
            i++;
        } else if (strcmp(a, "--report") == 0 && v) {
            am_str_copy(report, sizeof report, v);
            i++;
        } else if (a[0] != '-' && !o.path) {
            o.path = a;
        } else {
            ret = usage_error("import: bad option '%s'", a);
        }
    }
    if (!ret && !o.path)
        ret = usage_error("import needs a FILE");
    if (!ret && !json_is_object(o.map))
        ret = usage_error("import: bad --map");
    if (ret) {
        json_decref(o.map);
        return ret;
    }
    if (!report[0]) {
        const char *base = strrchr(o.path, '/');
        base = base ? base + 1 : o.path;
        snprintf(report, sizeof report, "%.*s.report.csv", (int)strcspn(base, "."), base);
    }
    o.report = report;
    struct progress p;
    struct am_import_stats st;
    progress_start(&p, o.path);
    o.progress = progress_cb;
    o.ctx = &p;
    if ((ret = open_db(c)) == 0 && am_import(c->db, &o, &st, &c->err))
        ret = fail(c);
    json_decref(o.map);
    if (ret)
        return ret;
    double secs = seconds_since(&p.t0);
    printf("%s%s: %lld rows in %.1fs (%.0f rows/s): %lld added, %lld already there, %lld not "
           "imported\n",
           o.dry_run ? "dry run, nothing written: " : "", o.path, (long long)st.rows, secs,
           secs > 0 ? (double)st.rows / secs : 0.0, (long long)st.added, (long long)st.existing,
           (long long)st.skipped);
    if (st.places)
        printf("places: %lld looked up, %lld in the gazetteer (%.1f%%), %lld added from the file "
               "(%.1f%%), %lld unresolved (%.1f%%), %lld with far-off coordinates\n",
               (long long)st.places, (long long)st.resolved,
               100.0 * (double)st.resolved / (double)st.places, (long long)st.new_places,
               100.0 * (double)st.new_places / (double)st.places, (long long)st.unresolved,
               100.0 * (double)st.unresolved / (double)st.places, (long long)st.conflicts);
    if (kind == AM_IMPORT_INDEX_PUBLISHED)
        printf("sources added to results already held: %lld\n", (long long)st.sources);
    if (st.organisations || st.networks)
        printf("organisations added: %lld; networks added or completed: %lld\n",
               (long long)st.organisations, (long long)st.networks);
    if (st.rows)
        printf("rows imported: %.1f%%; report: %s (%lld lines)\n",
               100.0 * (double)(st.added + st.existing) / (double)st.rows, report,
               (long long)st.reported);
    return 0;
}

static int cmd_import(struct cli *c, int argc, char **argv)
{
    const char *what = argc > 0 ? argv[0] : "--help";
    if (strcmp(what, "gazetteer") == 0)
        return import_gazetteer(c, argc - 1, argv + 1);
    if (strcmp(what, "partnerships") == 0)
        return import_file(c, AM_IMPORT_PARTNERSHIPS, argc - 1, argv + 1);
    if (strcmp(what, "networks") == 0)
        return import_file(c, AM_IMPORT_NETWORKS, argc - 1, argv + 1);
    if (strcmp(what, "memberships") == 0)
        return import_file(c, AM_IMPORT_MEMBERSHIPS, argc - 1, argv + 1);
    if (strcmp(what, "diaspora") == 0)
        return import_file(c, AM_IMPORT_DIASPORA, argc - 1, argv + 1);
    if (strcmp(what, "index-published") == 0)
        return import_file(c, AM_IMPORT_INDEX_PUBLISHED, argc - 1, argv + 1);
    import_help();
    return strcmp(what, "--help") == 0 ? 0 : EXIT_USAGE;
}

/* ---- main ------------------------------------------------------------------ */


/* ---- the Intercultural Cities Index ---------------------------------------- */

/* A city given by id, or by name (the most populous of that name). */
static int index_city(struct cli *c, const char *text, int64_t *id)
{
    if (am_parse_i64(text, 1, INT64_MAX, id))
        return 0;
    if (am_db_i64(c->db, "SELECT id FROM city WHERE am_fold(name) = am_fold(?) ORDER BY population DESC "
                         "NULLS LAST, id LIMIT 1",
                  json_pack("[s]", text), id, &c->err)) {
        if (c->err.rc == AM_ENOTFOUND)
            am_err_set(&c->err, AM_ENOTFOUND, "city", "no city called '%s'", text);
        return fail(c);
    }
    return 0;
}

static void print_questionnaire(json_t *ed)
{
    size_t i, k, j;
    json_t *ind, *q, *o;
    printf("%s (%s)\n%s\n", json_string_value(json_object_get(ed, "title")),
           json_string_value(json_object_get(ed, "edition")), json_string_value(json_object_get(ed, "basis")));
    json_array_foreach(json_object_get(ed, "indicators"), i, ind) {
        printf("\n%s%s, weight %g\n", json_string_value(json_object_get(ind, "label")),
               json_is_true(json_object_get(ind, "optional")) ? " (optional)" : "",
               json_number_value(json_object_get(ind, "weight")));
        json_array_foreach(json_object_get(ind, "questions"), k, q) {
            printf("  %s [%s] %s\n", json_string_value(json_object_get(q, "id")),
                   json_string_value(json_object_get(q, "kind")), json_string_value(json_object_get(q, "text")));
            json_array_foreach(json_object_get(q, "options"), j, o)
                printf("      %-12s %g  %s\n", json_string_value(json_object_get(o, "id")),
                       json_number_value(json_object_get(o, "points")),
                       json_string_value(json_object_get(o, "label")));
        }
    }
}

static void print_report(json_t *r)
{
    json_t *city = json_object_get(r, "city"), *labels = json_object_get(r, "indicator_labels"), *g, *v;
    size_t i;
    const char *k;
    char agg[32] = "no aggregate published";
    if (json_is_number(json_object_get(r, "aggregate")))
        snprintf(agg, sizeof agg, "%.1f", json_number_value(json_object_get(r, "aggregate")));
    printf("%s (%s), round %lld, %s: %s\n", json_string_value(json_object_get(city, "name")),
           json_string_value(json_object_get(city, "country")),
           (long long)json_integer_value(json_object_get(r, "round")),
           json_string_value(json_object_get(r, "status")), agg);
    json_t *comp = json_object_get(json_object_get(r, "scores"), "completeness");
    if (comp)
        printf("answered %lld of %lld questions\n", (long long)json_integer_value(json_object_get(comp, "answered")),
               (long long)json_integer_value(json_object_get(comp, "questions")));
    json_object_foreach(json_object_get(r, "indicators"), k, v) {
        json_t *l = json_object_get(labels, k);
        printf("  %-45s %6.1f\n", l ? json_string_value(l) : k, json_number_value(v));
    }
    printf("\n");
    json_array_foreach(json_object_get(r, "groups"), i, g) {
        if (!json_is_true(json_object_get(g, "member")) || !json_is_integer(json_object_get(g, "rank")))
            continue;
        printf("  %-32s rank %lld of %lld, percentile %.0f, average %.1f\n",
               json_string_value(json_object_get(g, "label")), (long long)json_integer_value(json_object_get(g, "rank")),
               (long long)json_integer_value(json_object_get(g, "of")),
               json_number_value(json_object_get(g, "percentile")), json_number_value(json_object_get(g, "average")));
    }
    json_t *prev = json_object_get(r, "previous");
    if (json_is_object(prev) && json_is_number(json_object_get(prev, "delta")))
        printf("\nsince %lld: %+.1f\n", (long long)json_integer_value(json_object_get(prev, "round")),
               json_number_value(json_object_get(prev, "delta")));
    /* the two ranks side by side: the source's, in its sample, and amity's,
     * among the results it holds */
    json_t *pub = json_object_get(r, "published"), *mine = json_object_get(r, "amity_rank"), *src;
    if (json_is_string(json_object_get(pub, "rank_label")))
        printf("\nrank as published: %s\n", json_string_value(json_object_get(pub, "rank_label")));
    if (json_is_integer(json_object_get(mine, "rank")))
        printf("rank among the results amity holds for %lld: %lld of %lld\n",
               (long long)json_integer_value(json_object_get(mine, "round")),
               (long long)json_integer_value(json_object_get(mine, "rank")),
               (long long)json_integer_value(json_object_get(mine, "of")));
    else if (mine)
        printf("not ranked by amity: published without an aggregate\n");
    if (json_is_string(json_object_get(r, "published_rank")))
        printf("as published: %s\n", json_string_value(json_object_get(r, "published_rank")));
    if (json_is_string(json_object_get(pub, "note")))
        printf("note: %s\n", json_string_value(json_object_get(pub, "note")));
    json_array_foreach(json_object_get(pub, "sources"), i, src) {
        char *figures = json_dumps(json_object_get(src, "figures"), JSON_COMPACT);
        printf("source: %s %s\n", json_string_value(json_object_get(src, "source")), figures ? figures : "");
        free(figures);
    }
}

static void print_results(json_t *res)
{
    size_t i;
    json_t *row;
    printf("round %lld, %s: %lld cities, %lld ranked\n", (long long)json_integer_value(json_object_get(res, "round")),
           json_string_value(json_object_get(res, "group_label")),
           (long long)json_integer_value(json_object_get(res, "total")),
           (long long)json_integer_value(json_object_get(res, "ranked")));
    json_array_foreach(json_object_get(res, "items"), i, row) {
        json_t *city = json_object_get(row, "city"), *pub = json_object_get(row, "published");
        char rank[24] = "   -", agg[24] = "     -";
        if (json_is_integer(json_object_get(row, "rank")))
            snprintf(rank, sizeof rank, "%4lld", (long long)json_integer_value(json_object_get(row, "rank")));
        if (json_is_number(json_object_get(row, "aggregate")))
            snprintf(agg, sizeof agg, "%6.1f", json_number_value(json_object_get(row, "aggregate")));
        printf("%s  %s  %-30s %s  %lld %s%s%s\n", rank, agg, json_string_value(json_object_get(city, "name")),
               json_string_value(json_object_get(city, "country")),
               (long long)json_integer_value(json_object_get(row, "round")),
               json_string_value(json_object_get(row, "source")),
               json_is_string(json_object_get(pub, "rank_label")) ? ", as published " : "",
               json_is_string(json_object_get(pub, "rank_label")) ? json_string_value(json_object_get(pub, "rank_label"))
                                                                   : "");
    }
}

/* amity index respond CITY --round Y --from ANSWERS.json [--submit]: the
 * answers as the API takes them ({answers: {...}} or the map itself). */
static int index_respond(struct cli *c, int64_t city, json_t *round, const char *from, bool submit)
{
    json_t *in = read_json_file(from, &c->err), *list = NULL, *out = NULL;
    if (!in)
        return fail(c);
    json_t *answers = json_object_get(in, "answers") ? json_incref(json_object_get(in, "answers")) : json_incref(in);
    json_decref(in);
    json_t *q = json_pack("{s:I,s:O}", "city", (json_int_t)city, "round", round);
    char key[24];
    enum am_rc rc = am_index_response_list(c->db, &am_actor_cli, q, &list, &c->err);
    json_t *have = json_array_get(json_object_get(list, "items"), 0);
    if (!rc && !have) {
        json_t *made = NULL, *body = json_pack("{s:I,s:O}", "city_id", (json_int_t)city, "round", round);
        rc = am_index_response_create(c->db, &am_actor_cli, body, &made, &c->err);
        snprintf(key, sizeof key, "%lld", (long long)am_get_id(made, "id"));
        json_decref(body);
        json_decref(made);
    } else if (!rc) {
        snprintf(key, sizeof key, "%lld", (long long)am_get_id(have, "id"));
    }
    json_t *body = json_pack("{s:o}", "answers", answers);
    if (!rc)
        rc = am_index_response_answer(c->db, &am_actor_cli, key, body, &out, &c->err);
    if (!rc && submit) {
        json_decref(out);
        rc = am_index_response_submit(c->db, &am_actor_cli, key, &out, &c->err);
    }
    if (!rc)
        printf("response %s: %s, aggregate %.1f, %lld of %lld answered\n", key,
               json_string_value(json_object_get(out, "status")),
               json_number_value(json_object_get(json_object_get(out, "scores"), "aggregate")),
               (long long)json_integer_value(json_object_get(json_object_get(json_object_get(out, "scores"), "completeness"), "answered")),
               (long long)json_integer_value(json_object_get(json_object_get(json_object_get(out, "scores"), "completeness"), "questions")));
    json_decref(body);
    json_decref(q);
    json_decref(list);
    json_decref(out);
    return rc ? fail(c) : 0;
}

static int cmd_index(struct cli *c, int argc, char **argv)
{
    const char *sub = argc ? argv[0] : "--help";
    if (strcmp(sub, "--help") == 0 || strcmp(sub, "help") == 0) {
        printf("usage: amity index questionnaire [--edition E] [--json]\n"
               "       amity index score CITY [--round Y] [--country CC] [--network ID] [--json]\n"
               "       amity index rank [--round Y] [--group all|over_200k|under_200k|over_15pct|under_15pct]\n"
               "                        [--country CC] [--network ID] [--json]\n"
               "       amity index export [--round Y] [--format csv|json]\n"
               "       amity index respond CITY --round Y --from ANSWERS.json [--submit]\n"
               "       amity index published --city-id ID --round Y (--aggregate N | --rank TEXT) --source TEXT\n"
               "                        [--sample-size N] [--population N] [--foreign-born-pct N] [--note TEXT]\n"
               "                        [--over-200k true|false] [--over-15pct true|false] [--published-rank TEXT]\n"
               "       (a list of them, each row with its source: amity import index-published FILE)\n\n"
               "CITY is an id or a name. The Intercultural Cities Index: see docs/index.md.\n");
        return 0;
    }
    const struct am_schema *s = strcmp(sub, "questionnaire") == 0 ? NULL
                              : strcmp(sub, "score") == 0       ? &am_index_report_query
                              : strcmp(sub, "published") == 0   ? &am_index_published_schema
                                                                : &am_index_results_query;
    if (!(strcmp(sub, "questionnaire") == 0 || strcmp(sub, "score") == 0 || strcmp(sub, "rank") == 0 ||
          strcmp(sub, "export") == 0 || strcmp(sub, "respond") == 0 || strcmp(sub, "published") == 0))
        return usage_error("index: unknown action '%s' (see amity index --help)", sub);
    /* flags the schemas do not hold */
    const char *format = "csv", *from = NULL, *edition = NULL;
    bool submit = false;
    char **rest = calloc((size_t)argc + 1, sizeof *rest);
    int nrest = 0, ret = 0;
    for (int i = 1; rest && i < argc; i++) {
        if (strcmp(argv[i], "--format") == 0 && i + 1 < argc)
            format = argv[++i];
        else if (strcmp(argv[i], "--edition") == 0 && i + 1 < argc)
            edition = argv[++i];
        else if (strcmp(argv[i], "--from") == 0 && i + 1 < argc)
            from = argv[++i];
        else if (strcmp(argv[i], "--submit") == 0)
            submit = true;
        else
            rest[nrest++] = argv[i];
    }
    struct flags f;
    const struct am_schema *fs = strcmp(sub, "respond") == 0 ? &am_index_report_query : s;
    if (parse_flags(nrest, rest, fs, &f, &c->err)) {
        free(rest);
        json_decref(f.values);
        return fail(c);
    }
    free(rest);
    if ((ret = open_db(c))) {
        json_decref(f.values);
        return ret;
    }
    json_t *out = NULL;
    int64_t city = 0;
    bool needs_city = strcmp(sub, "score") == 0 || strcmp(sub, "respond") == 0;
    if (needs_city && f.npos != 1)
        ret = usage_error("index %s needs CITY", sub);
    else if (needs_city && !(ret = index_city(c, f.pos[0], &city)))
        json_object_set_new(f.values, "city", json_integer(city));
    if (ret) {
        json_decref(f.values);
        return ret;
    }
    enum am_rc rc = AM_OK;
    if (strcmp(sub, "questionnaire") == 0) {
        if (!(rc = am_index_edition(c->db, edition, &out, &c->err)))
            f.json ? print_json(out) : print_questionnaire(out);
    } else if (strcmp(sub, "respond") == 0) {
        json_t *round = json_object_get(f.values, "round");
        if (!round || !from)
            ret = usage_error("index respond needs --round Y and --from ANSWERS.json");
        else
            ret = index_respond(c, city, round, from, submit);
    } else if (strcmp(sub, "published") == 0) {
        if (!(rc = am_schema_check(s, f.values, AM_CHECK_CREATE, &c->err)) &&
            !(rc = am_index_published_add(c->db, &am_actor_cli, f.values, &out, &c->err)))
            print_json(out);
    } else if ((rc = am_schema_check(s, f.values, AM_CHECK_QUERY, &c->err))) {
        /* reported below */
    } else if (strcmp(sub, "score") == 0) {
        if (!(rc = am_index_report(c->db, &am_actor_cli, f.values, &out, &c->err)))
            f.json ? print_json(out) : print_report(out);
    } else if (!(rc = am_index_results(c->db, f.values, &out, &c->err))) {
        if (strcmp(sub, "rank") == 0) {
            f.json ? print_json(out) : print_results(out);
        } else if (strcmp(format, "json") == 0) {
            print_json(out);
        } else if (strcmp(format, "csv") == 0) {
            json_t *ed = NULL;
            struct am_buf b;
            am_buf_init(&b, 64 * 1024 * 1024);
            if (!(rc = am_index_edition(c->db, NULL, &ed, &c->err))) {
                am_index_results_csv(out, ed, &b);
                fwrite(b.data ? b.data : "", 1, b.len, stdout);
            }
            am_buf_free(&b);
            json_decref(ed);
        } else {
            ret = usage_error("index export: --format is csv or json");
        }
    }
    json_decref(out);
    json_decref(f.values);
    return rc ? fail(c) : ret;
}

/* ---- partner suggestions -------------------------------------------------- */

/* "1  Fès  MA  strength 79  people from Morocco live in ...; ..." */
static void print_suggestions(json_t *items, bool ranked)
{
    size_t i, k;
    json_t *it, *r;
    json_array_foreach(items, i, it) {
        json_t *cj = json_object_get(it, "city");
        if (ranked)
            printf("%2zu  ", i + 1);
        else
            printf(" -  ");
        printf("%-28s %s  strength %3lld  ", json_string_value(json_object_get(cj, "name")),
               json_string_value(json_object_get(cj, "country")),
               (long long)json_integer_value(json_object_get(it, "strength")));
        json_array_foreach(json_object_get(it, "reasons"), k, r) if (k < 3)
            printf("%s%s", k ? "; " : "", json_string_value(json_object_get(r, "text")));
        putchar('\n');
    }
}

static int cmd_match(struct cli *c, int argc, char **argv)
{
    if (argc == 0 || strcmp(argv[0], "--help") == 0) {
        printf("usage: amity match CITY [--limit N] [--country CC] [--network ID] [--topic T] [--abroad true]\n"
               "                   [--min-population N] [--max-population N] [--json]\n\n"
               "Suggested partner cities for CITY (an id or a name), best first, each with its strength (0 to\n"
               "100: stronger than that share of real partnerships before they were made) and its reasons;\n"
               "then the cities tied to it by its residents' origins or shared work.\n");
        return argc ? 0 : EXIT_USAGE;
    }
    struct flags f;
    int ret = 0;
    int64_t city = 0;
    json_t *out = NULL;
    if (parse_flags(argc, argv, &am_match_query, &f, &c->err) ||
        am_schema_check(&am_match_query, f.values, AM_CHECK_QUERY, &c->err)) {
        json_decref(f.values);
        return fail(c);
    }
    if (f.npos != 1)
        ret = usage_error("match needs CITY");
    else if (!(ret = open_db(c)) && !(ret = index_city(c, f.pos[0], &city)) &&
             am_match_suggest(c->db, city, f.values, &out, &c->err))
        ret = fail(c);
    if (!ret && f.json) {
        print_json(out);
    } else if (!ret) {
        print_suggestions(json_object_get(out, "items"), true);
        if (json_array_size(json_object_get(out, "ties"))) {
            printf("\nthrough its residents and shared work:\n");
            print_suggestions(json_object_get(out, "ties"), false);
        }
    }
    json_decref(out);
    json_decref(f.values);
    return ret;
}

/* ---- graph: network analytics (am_graph) ----------------------------------- */

static void print_graph_stats(json_t *s)
{
    json_t *v = json_object_get(s, "vertices"), *e = json_object_get(s, "edges");
    json_t *cp = json_object_get(s, "components"), *cm = json_object_get(s, "communities");
    json_t *t = json_object_get(s, "timings_ms");
#define GI(o, k) ((long long)json_integer_value(json_object_get(o, k)))
#define GN(o, k) json_number_value(json_object_get(o, k))
    printf("graph (generation %lld): %lld cities, %lld networks; %lld partnerships, %lld memberships\n",
           GI(s, "generation"), GI(v, "cities"), GI(v, "networks"), GI(e, "partnerships"), GI(e, "memberships"));
    printf("components: %lld, the largest with %lld cities and %lld networks\n", GI(cp, "count"),
           GI(cp, "largest"), GI(cp, "largest_networks"));
    printf("communities (Louvain): %lld, the largest with %lld cities; modularity %.4f\n", GI(cm, "count"),
           GI(cm, "largest"), GN(cm, "modularity"));
    printf("built in %.0f ms (components %.1f ms, communities %.0f ms)", GN(t, "build"), GN(t, "components"),
           GN(t, "communities"));
    if (json_is_number(json_object_get(t, "betweenness")))
        printf("; betweenness %.0f ms, eigenvector %.0f ms", GN(t, "betweenness"), GN(t, "eigenvector"));
    putchar('\n');
}

static void print_graph_top(json_t *top)
{
    size_t i;
    json_t *it;
    bool degree = strcmp(json_string_value(json_object_get(top, "by")), "degree") == 0;
    printf("rank  %12s  partners  networks  city\n", json_string_value(json_object_get(top, "by")));
    json_array_foreach(json_object_get(top, "items"), i, it) {
        json_t *city = json_object_get(it, "city");
        printf("%4lld  %12.*f  %8lld  %8lld  %s (%s), id %lld\n", GI(it, "rank"), degree ? 0 : 4, GN(it, "value"),
               GI(it, "partners"), GI(it, "networks"), json_string_value(json_object_get(city, "name")),
               json_string_value(json_object_get(city, "country")), GI(city, "id"));
    }
    printf("(%zu of %lld cities%s)\n", json_array_size(json_object_get(top, "items")), GI(top, "total"),
           json_is_false(json_object_get(top, "exact")) ? "; betweenness estimated from a sample of sources" : "");
}

static void print_graph_path(json_t *p)
{
    size_t i;
    json_t *st;
    json_array_foreach(json_object_get(p, "steps"), i, st) {
        json_t *city = json_object_get(st, "city"), *net = json_object_get(st, "network");
        if (city)
            printf("%s (%s), id %lld\n", json_string_value(json_object_get(city, "name")),
                   json_string_value(json_object_get(city, "country")), GI(city, "id"));
        else if (net)
            printf("  — both members of %s%s%s%s —\n", json_string_value(json_object_get(net, "name")),
                   json_is_string(json_object_get(net, "acronym")) ? " (" : "",
                   json_is_string(json_object_get(net, "acronym")) ? json_string_value(json_object_get(net, "acronym")) : "",
                   json_is_string(json_object_get(net, "acronym")) ? ")" : "");
        else
            printf("  — partnership %lld —\n", GI(st, "partnership_id"));
    }
    if (json_is_true(json_object_get(p, "connected")) || json_array_size(json_object_get(p, "steps")))
        printf("%lld hops\n", GI(p, "hops"));
    else
        printf("not connected: %s\n", json_string_value(json_object_get(p, "note")));
}

static void print_graph_city(json_t *g)
{
    json_t *city = json_object_get(g, "city"), *cm = json_object_get(g, "community");
    json_t *cp = json_object_get(g, "component"), *hood = json_object_get(g, "neighbourhood");
    printf("%s (%s), id %lld\n", json_string_value(json_object_get(city, "name")),
           json_string_value(json_object_get(city, "country")), GI(city, "id"));
    if (!json_is_true(json_object_get(g, "in_graph"))) {
        printf("not in the graph: no partnership with a city, no current network\n");
        return;
    }
    printf("degree %lld: %lld partners, %lld networks\n", GI(g, "degree"), GI(g, "partners"), GI(g, "networks"));
    printf("betweenness %.1f, eigenvector %.4f\n", GN(g, "betweenness"), GN(g, "eigenvector"));
    printf("community %lld (%lld cities, %lld networks); component %lld (%lld cities)\n", GI(cm, "id"),
           GI(cm, "size"), GI(cm, "networks"), GI(cp, "id"), GI(cp, "size"));
    printf("neighbourhood: %zu nodes, %zu edges%s\n", json_array_size(json_object_get(hood, "nodes")),
           json_array_size(json_object_get(hood, "edges")),
           json_is_true(json_object_get(hood, "truncated")) ? " (more left out: --nodes N)" : "");
#undef GI
#undef GN
}

/* graph path's flag: the path query less the two cities, given as arguments */
static const struct am_field via_fields[] = {
    {.name = "via", .type = AM_T_ENUM, .values = (const char *const[]){"all", "partnerships", NULL},
     .doc = "all: partnerships and shared networks (default); partnerships: partnerships only"},
    {0},
};
static const struct am_schema via_query = {.name = "GraphPathVia", .doc = NULL, .fields = via_fields};

static int cmd_graph(struct cli *c, int argc, char **argv)
{
    const char *sub = argc ? argv[0] : "--help";
    if (strcmp(sub, "--help") == 0 || strcmp(sub, "help") == 0) {
        printf("usage: amity graph stats [--json]\n"
               "       amity graph top [--by degree|betweenness|eigenvector] [--limit N] [--country CC] [--json]\n"
               "       amity graph path A B [--via all|partnerships] [--json]\n"
               "       amity graph city CITY [--nodes N] [--json]\n\n"
               "The graph of cities, their partnerships and their networks: sizes, components and\n"
               "communities; the most central cities; a shortest chain between two cities (through\n"
               "partnerships and shared networks); a city's place. A, B and CITY are ids or names.\n"
               "See docs/graph.md.\n");
        return argc ? 0 : EXIT_USAGE;
    }
    bool stats = strcmp(sub, "stats") == 0, top = strcmp(sub, "top") == 0;
    bool path = strcmp(sub, "path") == 0, one = strcmp(sub, "city") == 0;
    if (!stats && !top && !path && !one)
        return usage_error("graph: unknown action '%s' (see amity graph --help)", sub);
    const struct am_schema *s = top ? &am_graph_top_query : one ? &am_graph_city_query : path ? &via_query : NULL;
    struct flags f;
    int ret = 0, want = path ? 2 : one ? 1 : 0;
    int64_t a = 0, b = 0;
    json_t *out = NULL;
    if (parse_flags(argc - 1, argv + 1, s, &f, &c->err) ||
        (s && am_schema_check(s, f.values, AM_CHECK_QUERY, &c->err))) {
        json_decref(f.values);
        return fail(c);
    }
    if (f.npos != want)
        ret = usage_error("graph %s needs %s", sub, path ? "two cities" : one ? "CITY" : "no arguments");
    else if (!(ret = open_db(c)) && want >= 1)
        ret = index_city(c, f.pos[0], &a);
    if (!ret && want == 2)
        ret = index_city(c, f.pos[1], &b);
    enum am_rc rc = AM_OK;
    if (!ret) {
        rc = stats ? am_graph_stats(c->db, &out, &c->err)
           : top   ? am_graph_top(c->db, f.values, &out, &c->err)
           : path  ? am_graph_path(c->db, a, b,
                                   json_is_string(json_object_get(f.values, "via")) &&
                                       strcmp(json_string_value(json_object_get(f.values, "via")), "partnerships") == 0,
                                   &out, &c->err)
                   : am_graph_city(c->db, a, f.values, &out, &c->err);
        if (rc)
            ret = fail(c);
    }
    if (!ret && f.json)
        print_json(out);
    else if (!ret)
        stats ? print_graph_stats(out) : top ? print_graph_top(out) : path ? print_graph_path(out) : print_graph_city(out);
    json_decref(out);
    json_decref(f.values);
    return ret;
}

/* ---- the search box (am_search) -------------------------------------------- */

static void print_groups(json_t *out)
{
    size_t g, i;
    json_t *grp, *it;
    json_array_foreach(json_object_get(out, "groups"), g, grp) {
        json_t *items = json_object_get(grp, "items");
        printf("%s%s\n", g ? "\n" : "", json_string_value(json_object_get(grp, "label")));
        if (!json_array_size(items))
            printf("  (none)\n");
        json_array_foreach(items, i, it) {
            const char *detail = json_string_value(json_object_get(it, "detail"));
            const char *matched = json_string_value(json_object_get(it, "matched"));
            const char *status = json_string_value(json_object_get(it, "status"));
            printf("  %-7lld %s", (long long)json_integer_value(json_object_get(it, "id")),
                   json_string_value(json_object_get(it, "name")));
            if (detail && *detail)
                printf(" -- %s", detail);
            if (matched)
                printf(" (as %s)", matched);
            if (status)
                printf(" [%s]", status);
            putchar('\n');
        }
        if (json_is_true(json_object_get(grp, "more")))
            printf("  ... more (--limit)\n");
    }
}

static int cmd_search(struct cli *c, int argc, char **argv)
{
    if (argc == 0 || strcmp(argv[0], "--help") == 0) {
        printf("usage: amity search WORDS... [--limit N] [--json]\n\n"
               "The search box: cities (largest first), networks, organisations and practices\n"
               "whose names have words beginning with WORDS (case, accents and Arabic/Persian\n"
               "letter forms folded), the best N of each kind (default %d, at most %d).\n",
               AM_SEARCH_LIMIT, AM_SEARCH_LIMIT_MAX);
        return argc ? 0 : EXIT_USAGE;
    }
    struct flags f;
    struct am_buf q;
    json_t *out = NULL;
    int ret = 0;
    am_buf_init(&q, 4096);
    if (parse_flags(argc, argv, &am_search_query, &f, &c->err)) {
        ret = fail(c);
        goto out;
    }
    for (int i = 0; i < f.npos; i++)
        am_buf_addf(&q, "%s%s", i ? " " : "", f.pos[i]);
    if (!json_object_get(f.values, "q") || f.npos)
        json_object_set_new(f.values, "q", json_string(am_buf_str(&q)));
    if (am_schema_check(&am_search_query, f.values, AM_CHECK_QUERY, &c->err)) {
        ret = fail(c);
        goto out;
    }
    ret = open_db(c);
    if (ret)
        goto out;
    if (am_search(c->db, &am_actor_cli, f.values, &out, &c->err)) {
        ret = fail(c);
        goto out;
    }
    if (f.json)
        print_json(out);
    else
        print_groups(out);
out:
    json_decref(out);
    json_decref(f.values);
    am_buf_free(&q);
    return ret;
}

static void help(void)
{
    printf("amity %s: the open registry of city diplomacy\n\n"
           "usage: amity [--db PATH] VERB ...   (database: --db, else $AMITY_DB, else ./amity.db)\n\n"
           "  init [--demo]                      create/upgrade the database (and load the demo)\n"
           "  serve [--bind ADDR] [--port N]     serve the API and web UI (default 127.0.0.1:8080)\n"
           "  city|network|partnership|activity  list | show ID | add ... | update ID ... | delete ID\n"
           "  membership|organisation|country|topic   (the same actions)\n"
           "  practice template|submit FILE|search|publish ID|return ID   good practices\n"
           "  index questionnaire|score CITY|rank|export|respond CITY|published   the ICC Index\n"
           "  search WORDS [--limit N]           the search box: cities, networks, organisations, practices\n"
           "  match CITY [--limit N] [--country CC] ...   suggested partner cities, with reasons\n"
           "  graph stats|top [--by M]|path A B|city CITY   network analytics (centrality, chains)\n"
           "  user add NAME --role ROLE [--city ID|--network ID]   (password on stdin)\n"
           "  export --format json|csv [--resource R] [--out DIR]   what the public sees\n"
           "  backup FILE                        online copy of the database (all of it: keep it safe)\n"
           "  mail send|sweep                    send the e-mail outbox; notify dormant partnerships\n"
           "  rights                             who may do what to each kind of record\n"
           "  config [set KEY VALUE]             settings (e.g. dormant_after_years)\n"
           "  version\n\n"
           "`amity VERB --help` tells more. Exit codes: 0 done, 1 failed, 2 usage.\n",
           AMITY_VERSION);
}

int main(int argc, char **argv)
{
    struct cli c = {.db_path = getenv("AMITY_DB")};
    if (!c.db_path || !*c.db_path)
        c.db_path = "amity.db";
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "--db") == 0 && i + 1 < argc)
            c.db_path = argv[++i];
        else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            help();
            return 0;
        } else if (strcmp(argv[i], "--version") == 0) {
            printf("amity %s\n", AMITY_VERSION);
            return 0;
        } else
            return usage_error("unknown option '%s'", argv[i]);
    }
    if (i == argc) {
        help();
        return EXIT_USAGE;
    }
    const char *verb = argv[i];
    int rest = argc - i - 1;
    char **args = argv + i + 1;
    int ret;
    const struct am_resource *r = am_resource_find(verb);
    if (r)
        ret = cmd_record(&c, r, rest, args);
    else if (strcmp(verb, "init") == 0)
        ret = cmd_init(&c, rest, args);
    else if (strcmp(verb, "serve") == 0)
        ret = cmd_serve(&c, rest, args);
    else if (strcmp(verb, "user") == 0)
        ret = cmd_user(&c, rest, args);
    else if (strcmp(verb, "import") == 0)
        ret = cmd_import(&c, rest, args);
    else if (strcmp(verb, "index") == 0)
        ret = cmd_index(&c, rest, args);
    else if (strcmp(verb, "search") == 0)
        ret = cmd_search(&c, rest, args);
    else if (strcmp(verb, "match") == 0)
        ret = cmd_match(&c, rest, args);
    else if (strcmp(verb, "graph") == 0)
        ret = cmd_graph(&c, rest, args);
    else if (strcmp(verb, "export") == 0)
        ret = cmd_export(&c, rest, args);
    else if (strcmp(verb, "backup") == 0)
        ret = cmd_backup(&c, rest, args);
    else if (strcmp(verb, "config") == 0)
        ret = cmd_config(&c, rest, args);
    else if (strcmp(verb, "mail") == 0)
        ret = cmd_mail(&c, rest, args);
    else if (strcmp(verb, "rights") == 0)
        ret = cmd_rights(rest, args);
    else if (strcmp(verb, "version") == 0) {
        printf("amity %s (schema version %d)\n", AMITY_VERSION, am_store_schema_version());
        ret = 0;
    } else if (strcmp(verb, "help") == 0) {
        help();
        ret = 0;
    } else
        ret = usage_error("unknown verb '%s'", verb);
    am_store_close(c.store);
    return ret;
}

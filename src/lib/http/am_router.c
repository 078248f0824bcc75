#include "am_router.h"

#include "am_history.h"

#include <string.h>

const char *am_method_name(enum am_method m)
{
    switch (m) {
    case AM_GET: return "GET";
    case AM_POST: return "POST";
    case AM_PATCH: return "PATCH";
    case AM_DELETE: return "DELETE";
    }
    return "?";
}

bool am_method_parse(const char *s, enum am_method *out)
{
    static const enum am_method all[] = {AM_GET, AM_POST, AM_PATCH, AM_DELETE};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
        if (strcmp(s, am_method_name(all[i])) == 0) {
            *out = all[i];
            return true;
        }
    }
    if (strcmp(s, "HEAD") == 0) { /* answered like GET, without the body */
        *out = AM_GET;
        return true;
    }
    return false;
}

const struct am_schema *am_route_query(const struct am_route *rt)
{
    if (rt->op == AM_OP_LIST || (!rt->query && rt->res && (rt->flags & AM_R_PAGE)))
        return rt->res->filters;
    return rt->query;
}

const struct am_schema *am_route_body(const struct am_route *rt)
{
    if (rt->op == AM_OP_CREATE || rt->op == AM_OP_UPDATE || (rt->flags & AM_R_RECORD))
        return rt->res->schema;
    return rt->body;
}

const struct am_schema *am_route_reply(const struct am_route *rt)
{
    switch (rt->op) {
    case AM_OP_DELETE: return NULL;
    case AM_OP_HISTORY: return &am_change_schema;
    case AM_OP_CUSTOM: return rt->reply || !rt->res ? rt->reply : rt->res->schema;
    default: return rt->res->schema;
    }
}

const struct am_rights *am_route_rights(const struct am_route *rt)
{
    return rt->rights ? rt->rights : rt->res ? rt->res->rights : NULL;
}

enum am_action am_route_action(const struct am_route *rt)
{
    switch (rt->op) {
    case AM_OP_CREATE: return AM_ACT_CREATE;
    case AM_OP_UPDATE: return AM_ACT_UPDATE;
    case AM_OP_DELETE: return AM_ACT_DELETE;
    case AM_OP_LIST:
    case AM_OP_GET:
    case AM_OP_HISTORY: return AM_ACT_READ;
    case AM_OP_STEP:
    case AM_OP_CUSTOM: break;
    }
    return rt->method == AM_GET ? AM_ACT_READ : rt->action;
}

bool am_route_is_page(const struct am_route *rt)
{
    return rt->op == AM_OP_LIST || rt->op == AM_OP_HISTORY || (rt->flags & AM_R_PAGE);
}

int am_route_status(const struct am_route *rt)
{
    switch (rt->op) {
    case AM_OP_CREATE: return 201;
    case AM_OP_DELETE: return 204;
    default: return rt->status ? rt->status : 200;
    }
}

const char *am_route_tag(const struct am_route *rt)
{
    if (rt->tag)
        return rt->tag;
    return rt->res ? rt->res->name : "system";
}

/* Compare one segment of a pattern ("cities", "{id}") with one of a path. */
static bool segment_matches(const char *pat, size_t plen, const char *seg, size_t slen)
{
    if (plen >= 2 && pat[0] == '{')
        return slen > 0;
    return plen == slen && memcmp(pat, seg, slen) == 0;
}

static bool path_matches(const char *pattern, const char *path, struct am_arena *arena,
                         const char *params[AM_MAX_PARAMS])
{
    const char *p = pattern, *s = path;
    int np = 0;
    while (*p && *s) {
        if (*p != '/' || *s != '/')
            return false;
        p++, s++;
        size_t plen = strcspn(p, "/"), slen = strcspn(s, "/");
        if (!segment_matches(p, plen, s, slen))
            return false;
        if (p[0] == '{' && params) {
            if (np == AM_MAX_PARAMS)
                return false;
            params[np] = am_arena_strndup(arena, s, slen);
            if (!params[np++])
                return false;
        }
        p += plen, s += slen;
    }
    return *p == '\0' && *s == '\0';
}

enum am_rc am_route_match(const char *method, const char *path, struct am_arena *arena,
                          const struct am_route **out, const char *params[AM_MAX_PARAMS],
                          unsigned *allowed)
{
    enum am_method m = 0;
    bool known = am_method_parse(method, &m);
    *allowed = 0;
    for (size_t i = 0; i < am_nroutes; i++) {
        const struct am_route *rt = &am_routes[i];
        if (!path_matches(rt->path, path, NULL, NULL))
            continue;
        *allowed |= rt->method;
        if (known && rt->method == m) {
            if (!path_matches(rt->path, path, arena, params))
                return AM_ENOMEM;
            *out = rt;
            return AM_OK;
        }
    }
    return *allowed ? AM_EMETHOD : AM_ENOTFOUND;
}

static enum am_rc generic(struct am_req *r)
{
    const struct am_resource *res = r->route->res;
    const char *key = r->params[0];
    switch (r->route->op) {
    case AM_OP_LIST: return res->list(r->db, r->query, &r->reply, &r->err);
    case AM_OP_GET: {
        enum am_rc rc = res->get(r->db, key, &r->reply, &r->err);
        if (!rc && res->rights)
            rc = am_rights_need(res->rights, r->actor, r->reply, AM_ACT_READ, &r->err);
        return rc;
    }
    case AM_OP_CREATE: return res->create(r->db, r->actor, r->body, &r->reply, &r->err);
    case AM_OP_UPDATE: return res->update(r->db, r->actor, key, r->body, &r->reply, &r->err);
    case AM_OP_DELETE: return res->remove(r->db, r->actor, key, &r->err);
    case AM_OP_STEP:
        return res->step(r->db, r->actor, key, r->route->action, r->route->body, r->body, &r->reply, &r->err);
    case AM_OP_HISTORY: {
        json_t *rec = NULL;
        enum am_rc rc = res->get(r->db, key, &rec, &r->err);
        if (!rc && res->rights)
            rc = am_rights_need(res->rights, r->actor, rec, AM_ACT_READ, &r->err);
        if (!rc)
            rc = am_history_of(r->db, res->rights, res->table, rec, r->actor, &r->reply, &r->err);
        json_decref(rec);
        return rc;
    }
    case AM_OP_CUSTOM: break;
    }
    return am_err_set(&r->err, AM_EINTERNAL, NULL, "route without an operation");
}

/* The rights of a kind whose records are shaped by s, if any. */
static const struct am_rights *rights_of_schema(const struct am_schema *s)
{
    for (const struct am_resource *const *k = am_resources; *k; k++)
        if ((*k)->schema == s)
            return (*k)->rights;
    return NULL;
}

/* A record as who may see it, and the records of other kinds it carries
 * (a city's partnerships, memberships, activities): each says what who may
 * do with it, and hides what who may not see. */
static void present_with_parts(const struct am_rights *rights, const struct am_actor *who, json_t *rec)
{
    am_rights_present(rights, who, rec);
    for (const struct am_field *f = rights->schema->fields; f->name; f++) {
        const struct am_rights *part = f->type == AM_T_ARRAY && f->item && f->item->type == AM_T_OBJECT
                                           ? rights_of_schema(f->item->object)
                                           : NULL;
        size_t i;
        json_t *x;
        if (part && part != rights)
            json_array_foreach(json_object_get(rec, f->name), i, x) am_rights_present(part, who, x);
    }
}

enum am_rc am_route_run(struct am_req *r)
{
    const struct am_route *rt = r->route;
    if ((rt->flags & AM_R_SIGNED_IN) && !am_actor_signed_in(r->actor))
        return am_err_set(&r->err, AM_EAUTH, NULL, "sign in first");
    r->status = am_route_status(rt);
    enum am_rc rc = rt->op == AM_OP_CUSTOM ? rt->handler(r) : generic(r);
    /* every record replied says what the caller may do with it, and
     * carries no private field the caller may not see */
    const struct am_rights *rights = am_route_rights(rt);
    if (!rc && rights && r->reply && am_route_reply(rt) == rights->schema) {
        if (!am_route_is_page(rt)) {
            present_with_parts(rights, r->actor, r->reply);
        } else {
            size_t i;
            json_t *item;
            json_array_foreach(json_object_get(r->reply, "items"), i, item) present_with_parts(rights, r->actor, item);
        }
    }
    if (rc && !r->err.rc)
        am_err_set(&r->err, rc, NULL, "%s", am_rc_code(rc));
    return rc;
}

/* am_router: the API's endpoints, described once as data.
 *
 * The route table (am_routes.c) drives routing, the validation of query
 * strings and bodies, authentication needs, and the OpenAPI document
 * (am_openapi.c). A route either names a resource and a generic operation,
 * or carries its own handler and schemas. */
#ifndef AM_ROUTER_H
#define AM_ROUTER_H

#include <jansson.h>

#include "am_actor.h"
#include "am_resource.h"
#include "am_schema.h"
#include "store/am_db.h"
#include "util/am_arena.h"
#include "util/am_err.h"
#include "util/am_lang.h"

enum am_method { AM_GET = 1, AM_POST = 2, AM_PATCH = 4, AM_DELETE = 8 };

enum am_op {
    AM_OP_CUSTOM, AM_OP_LIST, AM_OP_GET, AM_OP_CREATE, AM_OP_UPDATE, AM_OP_DELETE,
    AM_OP_STEP,    /* a step of the record's life: .action, its fields in .body */
    AM_OP_HISTORY, /* the record's changes */
};

enum {
    AM_R_SIGNED_IN = 1u << 0, /* needs a session whatever the record */
    AM_R_PAGE = 1u << 1,      /* custom route replying with a page of `reply` */
    AM_R_ANONYMOUS = 1u << 2, /* a write that needs no session (signing in) */
    AM_R_RECORD = 1u << 3,    /* custom route whose body is the resource's record */
    AM_R_SELF = 1u << 4,      /* acts on the caller's own session, no record kind */
    AM_R_CALENDAR = 1u << 6,  /* replies text/calendar: the reply is a JSON string holding it */
    AM_R_LIVE = 1u << 5,      /* the reply depends on more than the stored data
                                 (a model built in the background, the process's
                                 state): never served from the reply cache */
};

enum { AM_MAX_PARAMS = 4 };

struct am_route;

/* One request, as a handler sees it. */
struct am_req {
    struct am_db *db;
    const struct am_actor *actor;
    const struct am_route *route;
    const char *params[AM_MAX_PARAMS]; /* path parameters, in order */
    json_t *query;                     /* validated query parameters (never NULL) */
    json_t *body;                      /* validated body, or NULL */
    const char *token;                 /* the bearer token, or NULL */
    struct am_arena *arena;
    struct am_cache *cache;            /* the server's reply cache, NULL in the CLI */
    const char *peer;                  /* the client's address ("127.0.0.1"), or "" */
    enum am_lang lang;                 /* the reply's language (?lang=, Accept-Language;
                                          English in the CLI); also the thread's for the
                                          request, for what runs below (am_lang.h) */
    /* the reply */
    int status;
    unsigned retry_after;              /* with AM_EBUSY: seconds until it may ask again */
    json_t *reply;                     /* owned by the request; NULL: no body */
    struct am_err err;
};

typedef enum am_rc am_handler(struct am_req *r);

struct am_route {
    enum am_method method;
    const char *path;                  /* "/api/v1/cities/{id}" */
    enum am_op op;
    const struct am_resource *res;     /* generic operations; for custom ones,
                                          the default query and reply schemas */
    am_handler *handler;               /* AM_OP_CUSTOM */
    const struct am_schema *query;     /* custom: query parameters */
    const struct am_schema *body;      /* custom: request body */
    const struct am_schema *reply;     /* custom: reply body */
    unsigned flags;
    const struct am_rights *rights;    /* custom: who may do what to the records it
                                          serves (default: the resource's) */
    enum am_action action;             /* custom writes: the action it takes */
    int status;                        /* on success: 200 (default), 201, 204 */
    const char *summary;
    const char *tag;                   /* default: the resource's name */
};

extern const struct am_route am_routes[];
extern const size_t am_nroutes;

/* The schemas of a route, generic operations included (NULL: none). */
const struct am_schema *am_route_query(const struct am_route *rt);
const struct am_schema *am_route_body(const struct am_route *rt);
const struct am_schema *am_route_reply(const struct am_route *rt);
bool am_route_is_page(const struct am_route *rt);
int am_route_status(const struct am_route *rt);
const char *am_route_tag(const struct am_route *rt);
/* Who may do what to the route's records, and the action it takes (for a
 * write; AM_ACT_READ for a read). NULL rights: the route serves no record
 * kind (health, the document, sessions). */
const struct am_rights *am_route_rights(const struct am_route *rt);
enum am_action am_route_action(const struct am_route *rt);

const char *am_method_name(enum am_method m);
bool am_method_parse(const char *s, enum am_method *out);

/* Find the route for method and path, filling params (pointing into the
 * arena). AM_ENOTFOUND: no such path; AM_EMETHOD: the path exists, and
 * *allowed gets the methods it has. */
enum am_rc am_route_match(const char *method, const char *path, struct am_arena *arena,
                          const struct am_route **out, const char *params[AM_MAX_PARAMS],
                          unsigned *allowed);

/* Run the route's operation: fills r->status and r->reply, or r->err. */
enum am_rc am_route_run(struct am_req *r);

#endif

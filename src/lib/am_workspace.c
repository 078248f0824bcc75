#include "am_workspace.h"

#include <string.h>

#include "am_activity.h"
#include "am_history.h"
#include "am_index.h"
#include "am_membership.h"
#include "am_partnership.h"
#include "am_practice.h"
#include "am_practice_search.h"
#include "am_read.h"
#include "am_user.h"
#include "util/am_str.h"

/* ---- what the replies are ---------------------------------------------- */

/* A list of records of a kind, as a field of a reply: its items' field
 * (LIST_OF), then the field itself in the reply's table (LIST: clang takes
 * no variable as an element of a table's initializer). */
#define LIST_OF(fld, iname, schema_, doc_)                                                                    \
    static const struct am_field fld##_item = {.name = iname, .type = AM_T_OBJECT, .flags = AM_F_READONLY,   \
                                               .object = &schema_, .doc = doc_}
#define LIST(fld)                                                                                             \
    {.name = #fld, .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &fld##_item}

static const struct am_field ref_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {0},
};
static const struct am_schema ref_schema = {.name = "Named", .doc = "A record by its name.", .fields = ref_fields};
static const struct am_field count_fields[] = {
    {.name = "current", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "former", .type = AM_T_INT, .flags = AM_F_READONLY},
    {0},
};
static const struct am_schema count_schema = {
    .name = "MemberCounts", .doc = "A network's members, current and former.", .fields = count_fields};
static const struct am_field run_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "kind", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "file", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "started_at", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "finished_at", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "rows", .type = AM_T_INT, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "added", .type = AM_T_INT, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "existing", .type = AM_T_INT, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "unresolved", .type = AM_T_INT, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {0},
};
static const struct am_schema run_schema = {
    .name = "ImportRun", .doc = "An import of a data file: when, what came in.", .fields = run_fields};

LIST_OF(partnerships, "partnership", am_partnership_schema, "the city's partnerships, dormant first");
LIST_OF(practices, "practice", am_practice_schema,
        "officer: the city's drafts and returned practices; secretariat: those awaiting its review");
LIST_OF(index, "response", am_index_response_row_schema, "the city's Index responses, newest round first");
LIST_OF(upcoming, "activity", am_activity_schema, "activities to come, soonest first");
LIST_OF(recent, "activity", am_activity_schema, "activities of the last year, latest first");
LIST_OF(changes, "change", am_change_schema, "what changed for the city or network since the last visit");
LIST_OF(imports, "run", run_schema, "admin: the latest imports");
LIST_OF(users, "user", am_user_schema, "admin: the accounts");
LIST_OF(new_members, "membership", am_membership_schema, "secretariat: the members who joined last");

static const struct am_field workspace_fields[] = {
    {.name = "role", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "since", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .doc = "the visit before this one: what changed is counted from it"},
    {.name = "city", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE, .object = &ref_schema},
    {.name = "network", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE, .object = &ref_schema},
    LIST(partnerships), LIST(practices), LIST(index), LIST(upcoming), LIST(recent),
    {.name = "members", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE, .object = &count_schema},
    LIST(new_members), LIST(changes), LIST(imports), LIST(users),
    {0},
};
const struct am_schema am_workspace_schema = {
    .name = "Workspace", .doc = "The signed-in home page: what the caller's work is today.",
    .fields = workspace_fields};

static const struct am_field figure_fields[] = {
    {.name = "cities", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "countries", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "with a partnership"},
    {.name = "partnerships", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "networks", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "memberships", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "current"},
    {.name = "activities", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "practices", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "published"},
    {0},
};
static const struct am_schema figure_schema = {
    .name = "Figures", .doc = "How much the registry holds.", .fields = figure_fields};
static const struct am_field spot_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "country", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "lat", .type = AM_T_NUMBER, .flags = AM_F_READONLY},
    {.name = "lng", .type = AM_T_NUMBER, .flags = AM_F_READONLY},
    {.name = "partnerships", .type = AM_T_INT, .flags = AM_F_READONLY},
    {0},
};
static const struct am_schema spot_schema = {
    .name = "MapCity", .doc = "A city on the overview's map, with its partnerships.", .fields = spot_fields};
LIST_OF(map, "city", spot_schema, "the most partnered cities, for a map");
LIST_OF(recent_practices, "practice", am_practice_schema, "the latest published practices");
LIST_OF(recent_activities, "activity", am_activity_schema, "the latest activities");
static const struct am_field overview_fields[] = {
    {.name = "figures", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &figure_schema},
    LIST(map), LIST(recent_practices), LIST(recent_activities),
    {0},
};
const struct am_schema am_overview_schema = {
    .name = "Overview", .doc = "The public home page: the registry at a glance.", .fields = overview_fields};

/* ---- the parts ------------------------------------------------------------- */

/* The items of a page a call answered (rc), the page let go. */
static enum am_rc items_of(enum am_rc rc, json_t **page, json_t **items)
{
    *items = rc ? NULL : json_incref(json_object_get(*page, "items"));
    json_decref(*page);
    *page = NULL;
    return rc;
}

/* A list of r's records as who sees them (rights and private fields). */
static enum am_rc read_items(struct am_db *db, const struct am_resource *r, const struct am_actor *who, json_t *query,
                             json_t **items, struct am_err *err)
{
    json_t *page = NULL;
    enum am_rc rc = am_read_list(db, r, query, &page, err);
    rc = items_of(rc, &page, items);
    json_decref(query);
    size_t i;
    json_t *x;
    json_array_foreach(rc ? NULL : *items, i, x) am_rights_present(r->rights, who, x);
    return rc;
}

static int health_rank(json_t *p)
{
    static const char *const order[] = {"dormant", "unknown", "suspended", "active", "proposed", "ended"};
    const char *h = json_string_value(json_object_get(json_object_get(p, "health"), "state"));
    for (size_t i = 0; h && i < sizeof order / sizeof order[0]; i++)
        if (strcmp(order[i], h) == 0)
            return (int)i;
    return 6;
}

static int by_health(const void *a, const void *b)
{
    return health_rank(*(json_t *const *)a) - health_rank(*(json_t *const *)b);
}

/* The city's partnerships, the ones fizzling out first. */
static enum am_rc city_partnerships(struct am_db *db, const struct am_actor *who, json_t **out, struct am_err *err)
{
    json_t *items = NULL;
    enum am_rc rc = read_items(db, &am_partnership_resource, who,
                               json_pack("{s:I,s:i}", "city", (json_int_t)who->city_id, "limit", AM_LIST_MAX), &items,
                               err);
    if (rc)
        return rc;
    size_t n = json_array_size(items);
    json_t **v = n ? malloc(n * sizeof *v) : NULL;
    if (n && !v) {
        json_decref(items);
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    }
    for (size_t i = 0; i < n; i++)
        v[i] = json_incref(json_array_get(items, i));
    if (n > 1) /* equal health keeps no promised order */
        qsort(v, n, sizeof *v, by_health);
    *out = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(*out, v[i]);
    free(v);
    json_decref(items);
    return AM_OK;
}

static enum am_rc practices_in(struct am_db *db, const struct am_actor *who, const char *status, const char *by,
                               int64_t id, json_t *into, struct am_err *err)
{
    json_t *q = json_pack("{s:s,s:I,s:i}", "status", status, by, (json_int_t)id, "limit", 50), *page = NULL;
    enum am_rc rc = am_practice_search(db, who, q, &page, err);
    json_decref(q);
    if (!rc)
        json_array_extend(into, json_object_get(page, "items"));
    json_decref(page);
    return rc;
}

/* Activities of the city or network: to come (soonest first) and of the
 * last year (latest first). */
static enum am_rc activities(struct am_db *db, const struct am_actor *who, const char *by, int64_t id, json_t *ws,
                             struct am_err *err)
{
    char today[32], year_ago[32];
    am_now(today);
    today[10] = '\0';
    am_time_iso(am_time_now() - 365 * 86400, year_ago, sizeof year_ago);
    year_ago[10] = '\0';
    json_t *items = NULL, *x, *up = json_array(), *recent = json_array();
    enum am_rc rc = read_items(db, &am_activity_resource, who, json_pack("{s:I,s:i}", by, (json_int_t)id, "limit", 200),
                               &items, err);
    size_t i;
    json_array_foreach(rc ? NULL : items, i, x) {
        const char *start = json_string_value(json_object_get(x, "start_date"));
        if (start && strncmp(start, today, strlen(start)) > 0)
            json_array_insert(up, 0, x); /* the list is latest first */
        else if (start && strncmp(start, year_ago, strlen(start)) >= 0 && json_array_size(recent) < 20)
            json_array_append(recent, x);
    }
    json_decref(items);
    json_object_set_new(ws, "upcoming", up);
    json_object_set_new(ws, "recent", recent);
    return rc;
}

static enum am_rc named(struct am_db *db, const char *table, int64_t id, json_t **out, struct am_err *err)
{
    char sql[96];
    snprintf(sql, sizeof sql, "SELECT id, name FROM %s WHERE id = ?", table);
    enum am_rc rc = am_db_one(db, sql, json_pack("[I]", (json_int_t)id), out, err);
    if (rc == AM_ENOTFOUND) {
        *out = json_null();
        return AM_OK;
    }
    return rc;
}

static enum am_rc officer_parts(struct am_db *db, const struct am_actor *who, json_t *ws, struct am_err *err)
{
    json_t *v = NULL, *practices = json_array(), *page = NULL;
    enum am_rc rc = named(db, "city", who->city_id, &v, err);
    if (!rc)
        json_object_set_new(ws, "city", v);
    if (!rc && !(rc = city_partnerships(db, who, &v, err)))
        json_object_set_new(ws, "partnerships", v);
    if (!rc)
        rc = practices_in(db, who, "returned", "city", who->city_id, practices, err);
    if (!rc)
        rc = practices_in(db, who, "draft", "city", who->city_id, practices, err);
    json_object_set_new(ws, "practices", practices);
    if (!rc) {
        json_t *q = json_pack("{s:I}", "city", (json_int_t)who->city_id);
        rc = am_index_response_list(db, who, q, &page, err);
        rc = items_of(rc, &page, &v);
        json_decref(q);
        if (!rc)
            json_object_set_new(ws, "index", v);
    }
    return rc ? rc : activities(db, who, "city", who->city_id, ws, err);
}

static enum am_rc secretariat_parts(struct am_db *db, const struct am_actor *who, json_t *ws, struct am_err *err)
{
    json_t *v = NULL, *practices = json_array(), *counts = NULL;
    enum am_rc rc = named(db, "network", who->network_id, &v, err);
    if (!rc)
        json_object_set_new(ws, "network", v);
    if (!rc)
        rc = practices_in(db, who, "submitted", "network", who->network_id, practices, err);
    json_object_set_new(ws, "practices", practices);
    if (!rc)
        rc = am_db_one(db,
                       "SELECT count(*) FILTER (WHERE left_year IS NULL AND status = 'current') AS current, "
                       "count(*) FILTER (WHERE NOT (left_year IS NULL AND status = 'current')) AS former "
                       "FROM membership WHERE network_id = ?",
                       json_pack("[I]", (json_int_t)who->network_id), &counts, err);
    if (!rc)
        json_object_set_new(ws, "members", counts);
    if (!rc && !(rc = read_items(db, &am_membership_resource, who,
                                 json_pack("{s:I,s:b,s:i}", "network", (json_int_t)who->network_id, "current", 1,
                                           "limit", 500),
                                 &v, err))) {
        /* the newest members: by id, the order they were recorded in */
        json_t *last = json_array();
        for (size_t i = json_array_size(v); i > 0 && json_array_size(last) < 10; i--) {
            json_t *best = NULL;
            size_t at = 0, k;
            json_t *x;
            json_array_foreach(v, k, x) if (!best || am_get_id(x, "id") > am_get_id(best, "id")) best = x, at = k;
            json_array_append(last, best);
            json_array_remove(v, at);
        }
        json_decref(v);
        json_object_set_new(ws, "new_members", last);
    }
    return rc ? rc : activities(db, who, "network", who->network_id, ws, err);
}

static enum am_rc admin_parts(struct am_db *db, const struct am_actor *who, json_t *ws, struct am_err *err)
{
    json_t *v = NULL, *page = NULL;
    enum am_rc rc = am_db_all(db, "SELECT id, kind, file, started_at, finished_at, rows, added, existing, unresolved "
                                  "FROM import_run ORDER BY id DESC LIMIT 10",
                              json_array(), &v, err);
    if (!rc)
        json_object_set_new(ws, "imports", v);
    if (!rc)
        rc = am_user_list(db, who, &page, err);
    if (!rc && !(rc = items_of(rc, &page, &v)))
        json_object_set_new(ws, "users", v);
    return rc;
}

/* The visit before this one (sign-in moves it forward). */
static enum am_rc previous_visit(struct am_db *db, const struct am_actor *who, json_t **since, struct am_err *err)
{
    json_t *row = NULL;
    enum am_rc rc = am_db_one(db, "SELECT previous_visit FROM app_user WHERE id = ?",
                              json_pack("[I]", (json_int_t)who->user_id), &row, err);
    *since = rc ? json_null() : json_incref(json_object_get(row, "previous_visit"));
    json_decref(row);
    return rc == AM_ENOTFOUND ? AM_OK : rc;
}

enum am_rc am_workspace(struct am_db *db, const struct am_actor *who, json_t **out, struct am_err *err)
{
    if (!am_actor_signed_in(who))
        return am_err_set(err, AM_EAUTH, NULL, "sign in to see your workspace");
    json_t *ws = json_pack("{s:s}", "role", am_role_name(who->role)), *since = NULL, *changes = NULL;
    enum am_rc rc = ws ? previous_visit(db, who, &since, err) : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    if (!rc)
        json_object_set(ws, "since", since);
    if (!rc && who->role == AM_ROLE_OFFICER)
        rc = officer_parts(db, who, ws, err);
    else if (!rc && who->role == AM_ROLE_SECRETARIAT)
        rc = secretariat_parts(db, who, ws, err);
    else if (!rc)
        rc = admin_parts(db, who, ws, err);
    if (!rc)
        rc = am_history_since(db, json_string_value(since), who->role == AM_ROLE_OFFICER ? who->city_id : 0,
                              who->role == AM_ROLE_SECRETARIAT ? who->network_id : 0, 50, &changes, err);
    if (!rc)
        json_object_set_new(ws, "changes", changes);
    json_decref(since);
    if (rc) {
        json_decref(ws);
        return rc;
    }
    *out = ws;
    return AM_OK;
}

/* ---- the public overview ---------------------------------------------------- */

enum am_rc am_overview(struct am_db *db, const struct am_actor *who, json_t **out, struct am_err *err)
{
    json_t *figures = NULL, *map = NULL, *practices = NULL, *acts = NULL, *page = NULL;
    enum am_rc rc = am_db_one(
        db,
        "SELECT (SELECT count(*) FROM city) AS cities, (SELECT count(*) FROM partnership) AS partnerships, "
        "(SELECT count(*) FROM network) AS networks, (SELECT count(*) FROM membership WHERE left_year IS NULL AND "
        "status = 'current') AS memberships, (SELECT count(*) FROM activity) AS activities, (SELECT count(*) "
        "FROM practice WHERE status = 'published') AS practices, (SELECT count(DISTINCT c.country) FROM city c "
        "WHERE c.id IN (SELECT a_city_id FROM partnership UNION SELECT b_city_id FROM partnership)) AS countries",
        json_array(), &figures, err);
    if (!rc)
        rc = am_db_all(db,
                       "SELECT c.id, c.name, c.country, c.lat, c.lng, n AS partnerships FROM (SELECT city, count(*) "
                       "AS n FROM (SELECT a_city_id AS city FROM partnership UNION ALL SELECT b_city_id FROM "
                       "partnership) WHERE city IS NOT NULL GROUP BY city ORDER BY n DESC LIMIT 300) JOIN city c ON "
                       "c.id = city WHERE c.lat IS NOT NULL AND c.lng IS NOT NULL ORDER BY n DESC",
                       json_array(), &map, err);
    if (!rc) {
        json_t *q = json_pack("{s:s,s:i}", "sort", "year", "limit", 5);
        rc = am_practice_search(db, who, q, &page, err);
        rc = items_of(rc, &page, &practices);
        json_decref(q);
    }
    if (!rc)
        rc = read_items(db, &am_activity_resource, who, json_pack("{s:i}", "limit", 5), &acts, err);
    if (!rc && !(*out = json_pack("{s:O,s:O,s:O,s:O}", "figures", figures, "map", map, "recent_practices", practices,
                                  "recent_activities", acts)))
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    json_decref(figures), json_decref(map), json_decref(practices), json_decref(acts);
    return rc;
}

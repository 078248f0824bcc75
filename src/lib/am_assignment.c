#include "am_assignment.h"

#include <stdlib.h>
#include <string.h>

#include "am_index.h"
#include "am_person.h"
#include "am_read.h"
#include "am_topic.h"

static const char *const kinds[] = {"index_report", "monitoring_visit", "advice", "training", NULL};
static const char *const statuses[] = {"proposed", "accepted", "done", "cancelled", NULL};

AM_CITY_REF(city_ref, "c");
AM_NETWORK_REF(network_ref, "w");

static const struct am_field expert_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY, .col = "p.id"},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_READONLY, .col = "p.name"},
    {0},
};
static const struct am_schema expert_ref = {
    .name = "ExpertRef", .doc = "An expert of the network's pool, as an assignment names them.", .fields = expert_fields};

static const struct am_field fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "network_id", .type = AM_T_ID, .flags = AM_F_REQUIRED | AM_F_OWNER | AM_F_SCOPED, .ref = "network",
     .doc = "the network whose secretariat gives the task"},
    {.name = "network", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE, .object = &network_ref},
    {.name = "person_id", .type = AM_T_ID, .flags = AM_F_NULLABLE | AM_F_SCOPED, .ref = "person",
     .doc = "the expert (of the network's pool)"},
    {.name = "expert", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE, .object = &expert_ref},
    {.name = "city_id", .type = AM_T_ID, .flags = AM_F_REQUIRED | AM_F_SCOPED, .ref = "city",
     .doc = "the city the task is about (a member of the network)"},
    {.name = "city", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE, .object = &city_ref},
    {.name = "kind", .type = AM_T_ENUM, .flags = AM_F_REQUIRED, .values = kinds,
     .doc = "drafting the city's Index report (for a round), a monitoring visit, advice, a training"},
    {.name = "round", .type = AM_T_INT, .flags = AM_F_NULLABLE, .min = 2008, .max = 2100,
     .doc = "the Index round (needed for an Index report)"},
    {.name = "status", .type = AM_T_ENUM, .flags = AM_F_READONLY, .values = statuses},
    {.name = "start_date", .type = AM_T_DATE, .flags = AM_F_NULLABLE},
    {.name = "due_date", .type = AM_T_DATE, .flags = AM_F_NULLABLE},
    {.name = "done_date", .type = AM_T_DATE, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "report_title", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE, .max = 300},
    {.name = "report_url", .type = AM_T_URL, .flags = AM_F_READONLY | AM_F_NULLABLE, .max = 2000},
    {.name = "note", .type = AM_T_TEXT, .flags = AM_F_NULLABLE, .max = 2000},
    AM_FIELDS_STAMPS,
    AM_FIELD_CAN,
    {0},
};
const struct am_schema am_assignment_schema = {
    .name = "Assignment", .doc = "A task an expert of a network's pool does about a city.", .fields = fields,
    .example = "{\"network_id\": 1, \"city_id\": 1, \"kind\": \"advice\"}"};

static const struct am_field filter_fields[] = {
    {.name = "city", .type = AM_T_ID, .where = "a.city_id = ?"},
    {.name = "person", .type = AM_T_ID, .doc = "given to this expert", .where = "a.person_id = ?"},
    {.name = "status", .type = AM_T_ENUM, .values = statuses, .where = "a.status = ?"},
    {.name = "kind", .type = AM_T_ENUM, .values = kinds, .where = "a.kind = ?"},
    AM_FILTER_PAGING,
    {0},
};
const struct am_schema am_assignment_filters = {.name = "AssignmentFilters", .doc = NULL, .fields = filter_fields};

/* The secretariat's own (and the data-protection officer's: it names a person). */
static void narrow(struct am_sql *w, json_t *query)
{
    struct am_viewer v = am_read_viewer(query);
    if (strcmp(v.role, "admin") == 0 || strcmp(v.role, "dpo") == 0)
        return;
    if (strcmp(v.role, "secretariat") == 0)
        am_sql_addv(w, " AND a.network_id = ?", json_integer(v.network_id));
    else
        am_sql_add(w, " AND 0");
}

static const struct am_reading reading = {
    .from = "assignment a LEFT JOIN network w ON w.id = a.network_id LEFT JOIN city c ON c.id = a.city_id "
            "LEFT JOIN person p ON p.id = a.person_id",
    .alias = "a", .order = "a.updated_at", .desc = true, .narrow = narrow,
};

static const char *const proposed[] = {"proposed", NULL};
static const char *const accepted[] = {"accepted", NULL};
static const char *const open_states[] = {"proposed", "accepted", NULL};
static const struct am_rule rights_rules[] = {
    {AM_ACT_READ, AM_REL_NETWORK | AM_REL_DPO, NULL, NULL},
    {AM_ACT_CREATE, AM_REL_NETWORK, NULL, NULL},
    {AM_ACT_UPDATE, AM_REL_NETWORK, open_states, NULL},
    {AM_ACT_DELETE, AM_REL_NETWORK, proposed, NULL},
    {AM_ACT_ACCEPT, AM_REL_NETWORK, proposed, "accepted"},
    {AM_ACT_COMPLETE, AM_REL_NETWORK, accepted, "done"},
    {AM_ACT_CANCEL, AM_REL_NETWORK, open_states, "cancelled"},
    {0},
};
static const struct am_rights rights = {"assignment", &am_assignment_schema, "status", NULL, rights_rules, NULL};

static enum am_rc list_all(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    return am_read_list(db, &am_assignment_resource, query, out, err);
}

static enum am_rc get(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    return am_read_one(db, &am_assignment_resource, key, out, err);
}

enum am_rc am_assignment_list(struct am_db *db, const struct am_actor *who, json_t *query, json_t **out,
                              struct am_err *err)
{
    return am_read_list_as(db, &am_assignment_resource, who, query, out, err);
}

/* An Index report is of a round; the person is an expert (of the network's
 * pool: a secretariat can only name the people its network holds). */
static enum am_rc rules(struct am_db *db, json_t *next, struct am_err *err)
{
    const char *kind = json_string_value(json_object_get(next, "kind"));
    if (kind && strcmp(kind, "index_report") == 0 && !json_is_integer(json_object_get(next, "round")))
        return am_err_set(err, AM_EINVAL, "round", "Round: say which Index round the report is of");
    int64_t person = am_get_id(next, "person_id"), expert = 0;
    if (!person)
        return AM_OK;
    enum am_rc rc = am_db_i64(db, "SELECT EXISTS (SELECT 1 FROM person_role WHERE person_id = ? AND role = 'expert')",
                              json_pack("[I]", (json_int_t)person), &expert, err);
    if (!rc && !expert)
        rc = am_err_set(err, AM_EINVAL, "person_id", "Expert: choose a person recorded as an expert of the pool");
    return rc;
}

/* unlogged: the history would keep the expert's name after an erasure */
static const struct am_writer writer = {
    .table = "assignment", .what = "assignment", .schema = &am_assignment_schema, .stamps = true, .get = get,
    .rights = &rights, .rules = rules, .unlogged = true,
};

static enum am_rc create(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out, struct am_err *err)
{
    return am_write_create(db, &writer, who, in, out, err);
}

static enum am_rc update(struct am_db *db, const struct am_actor *who, const char *key, json_t *patch, json_t **out,
                         struct am_err *err)
{
    return am_write_update(db, &writer, who, key, patch, out, err);
}

static enum am_rc remove_assignment(struct am_db *db, const struct am_actor *who, const char *key,
                                    struct am_err *err)
{
    return am_write_delete(db, &writer, who, key, err);
}

const struct am_schema am_assignment_step_schema = {
    .name = "AssignmentStep", .doc = "Nothing to record.", .fields = (const struct am_field[]){{0}}};

static const struct am_field done_fields[] = {
    {.name = "done_date", .type = AM_T_DATE, .flags = AM_F_NOW, .doc = "when (default: today)"},
    {.name = "report_title", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .max = 300,
     .doc = "the report it produced, if any"},
    {.name = "report_url", .type = AM_T_URL, .flags = AM_F_NULLABLE, .max = 2000, .doc = "where the report is"},
    {0},
};
const struct am_schema am_assignment_done_schema = {
    .name = "AssignmentDone", .doc = "The task is done, with the report it produced.", .fields = done_fields,
    .example = "{\"report_title\": \"Analytical report\", \"report_url\": \"https://example.org/report.pdf\"}"};

static enum am_rc step(struct am_db *db, const struct am_actor *who, const char *key, enum am_action act,
                       const struct am_schema *recorded, json_t *body, json_t **out, struct am_err *err)
{
    return am_write_step(db, &writer, who, key, act, recorded, body, out, err);
}

/* ---- the experts to ask ------------------------------------------------------------ */

static const struct am_field match_query_fields[] = {
    {.name = "network", .type = AM_T_ID, .doc = "whose pool (default: the caller's network; every pool for admins)"},
    {0},
};
const struct am_schema am_expert_match_query = {.name = "ExpertMatchQuery", .doc = NULL, .fields = match_query_fields};

static const struct am_field why_fields[] = {
    {.name = "indicator", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "label", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "score", .type = AM_T_NUMBER, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "topics", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &am_topic_item},
    {0},
};
static const struct am_schema why_schema = {
    .name = "ExpertReason", .doc = "A weak indicator of the city the expert's expertise is on.", .fields = why_fields};
static const struct am_field expert_match_fields[] = {
    {.name = "person", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &am_person_schema},
    {.name = "reasons", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "reason", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
                                      .object = &why_schema}},
    {0},
};
const struct am_schema am_expert_match_schema = {
    .name = "ExpertMatch", .doc = "An expert of the network's pool for the city's weakest indicators.",
    .fields = expert_match_fields};

/* The weak indicators of a city's latest report whose topics the expert
 * works on: [{indicator, label, score, topics: [..]}]. */
static json_t *why_expert(json_t *person, json_t *weakest, json_t *edition)
{
    json_t *out = json_array(), *w, *ind;
    size_t i, k;
    json_array_foreach(weakest, i, w) {
        const char *id = json_string_value(json_object_get(w, "id"));
        json_t *shared = json_array();
        json_array_foreach(json_object_get(edition, "indicators"), k, ind) {
            if (!id || strcmp(json_string_value(json_object_get(ind, "id")), id) != 0)
                continue;
            size_t a, b;
            json_t *t, *e;
            json_array_foreach(json_object_get(ind, "topics"), a, t)
                json_array_foreach(json_object_get(person, "expertise"), b, e) if (json_equal(t, e))
                    json_array_append(shared, t);
        }
        if (json_array_size(shared))
            json_array_append_new(out, json_pack("{s:s,s:O,s:O,s:o}", "indicator", id, "label",
                                                 json_object_get(w, "label"), "score", json_object_get(w, "score"),
                                                 "topics", shared));
        else
            json_decref(shared);
    }
    return out;
}

static int by_reasons(const void *x, const void *y)
{
    size_t a = json_array_size(json_object_get(*(json_t *const *)x, "reasons"));
    size_t b = json_array_size(json_object_get(*(json_t *const *)y, "reasons"));
    return (a < b) - (a > b);
}

enum am_rc am_experts_for_city(struct am_db *db, const struct am_actor *who, int64_t city, json_t *query,
                               json_t **out, struct am_err *err)
{
    int64_t net = json_integer_value(json_object_get(query, "network"));
    bool everyone = am_actor_is_admin(who) || who->role == AM_ROLE_DPO;
    if (!net && who->role == AM_ROLE_SECRETARIAT)
        net = who->network_id;
    if (!am_actor_signed_in(who))
        return am_err_set(err, AM_EAUTH, NULL, "sign in first: a network's pool is its secretariat's");
    if (!net && !everyone)
        return am_err_set(err, AM_EFORBIDDEN, "network", "network: a network's secretariat asks its pool of experts");
    if (net && !everyone && !am_actor_covers_network(who, net))
        return am_err_set(err, AM_EFORBIDDEN, "network", "network: only its secretariat asks its pool of experts");
    json_t *rq = json_pack("{s:I}", "city", (json_int_t)city), *report = NULL, *edition = NULL, *ids = NULL,
           *experts = NULL, *p;
    enum am_rc rc = am_index_report(db, who, rq, &report, err);
    json_decref(rq);
    if (rc == AM_ENOTFOUND) /* no result yet: no weak indicator to name */
        return (*out = json_pack("{s:[],s:i,s:n}", "items", "total", 0, "next")) ? AM_OK : AM_ENOMEM;
    if (!rc)
        rc = am_index_edition(db, NULL, &edition, err);
    if (!rc)
        rc = am_db_column(db,
                          "SELECT p.id FROM person p JOIN person_role r ON r.person_id = p.id AND r.role = 'expert' "
                          "WHERE (?1 = 0 AND p.network_id IS NOT NULL OR p.network_id = ?1) AND p.status = 'active' "
                          "ORDER BY p.id LIMIT 500",
                          json_pack("[I]", (json_int_t)net), &ids, err);
    if (!rc)
        rc = am_read_ids(db, &am_person_resource, ids, &experts, err);
    size_t n = 0, i;
    json_t **list = rc ? NULL : calloc(json_array_size(experts) + 1, sizeof *list);
    json_array_foreach(experts, i, p) {
        json_t *why = why_expert(p, json_object_get(report, "weakest"), edition);
        if (list && json_array_size(why))
            list[n++] = json_pack("{s:O,s:o}", "person", p, "reasons", why);
        else
            json_decref(why);
    }
    if (list && n)
        qsort(list, n, sizeof *list, by_reasons);
    json_t *items = json_array();
    for (i = 0; list && i < n; i++)
        json_array_append_new(items, list[i]);
    free(list);
    json_decref(report), json_decref(edition), json_decref(ids), json_decref(experts);
    if (rc) {
        json_decref(items);
        return rc;
    }
    *out = json_pack("{s:o,s:I,s:n}", "items", items, "total", (json_int_t)n, "next");
    return *out ? AM_OK : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
}

const struct am_resource am_assignment_resource = {
    .name = "assignments", .singular = "assignment", .table = "assignment", .key = "id",
    .doc = "A network's experts at work: Index reports, monitoring visits, advice, trainings.",
    .schema = &am_assignment_schema, .filters = &am_assignment_filters, .rights = &rights, .reading = &reading,
    .list = list_all, .get = get, .create = create, .update = update, .remove = remove_assignment, .step = step,
};

/* The API, as a table. Generic operations of every resource, then the
 * endpoints with their own handlers. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "am_activity.h"
#include "am_city.h"
#include "am_country.h"
#include "am_diaspora.h"
#include "am_person.h"
#include "am_opportunity.h"
#include "am_assignment.h"
#include "am_calendar.h"
#include "am_registration.h"
#include "am_travel.h"
#include "am_need.h"
#include "am_notice.h"
#include "am_mail.h"
#include "am_currency.h"
#include "util/am_limit.h"
#include "am_graph.h"
#include "am_group.h"
#include "am_index.h"
#include "am_match.h"
#include "am_membership.h"
#include "am_network.h"
#include "am_openapi.h"
#include "am_organisation.h"
#include "am_partnership.h"
#include "am_practice.h"
#include "am_practice_md.h"
#include "am_practice_search.h"
#include "am_router.h"
#include "am_search.h"
#include "am_setting.h"
#include "am_topic.h"
#include "am_user.h"
#include "am_workspace.h"
#include "am_cache.h"
#include "store/am_db.h"

#define API "/api/v1/"

/* list, get, create, update, delete of a resource */
/* ...and the record's changes, for records written through am_write_* */
#define HISTORY(res, seg)                                                                     \
    {AM_GET, API seg "/{id}/history", AM_OP_HISTORY, &res, .tag = seg,                        \
     .summary = "The changes of one of " seg ": who, when, what"}
/* a step of a record's life, recording the fields of its schema */
#define STEP(res, seg, name, act, fields, what)                                               \
    {AM_POST, API seg "/{id}/" name, AM_OP_STEP, &res, .action = act, .body = &fields, .tag = seg, \
     .summary = what}

#define CRUD(res, seg, key)                                                                   \
    {AM_GET, API seg, AM_OP_LIST, &res, .summary = "List " seg},                              \
    {AM_POST, API seg, AM_OP_CREATE, &res, .summary = "Add to " seg},                         \
    {AM_GET, API seg "/{" key "}", AM_OP_GET, &res, .summary = "One of " seg},                \
    {AM_PATCH, API seg "/{" key "}", AM_OP_UPDATE, &res, .summary = "Change one of " seg},    \
    {AM_DELETE, API seg "/{" key "}", AM_OP_DELETE, &res, .summary = "Delete one of " seg}

/* ---- custom handlers ------------------------------------------------- */

static const struct am_field health_fields[] = {
    {.name = "status", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "version", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "schema_version", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "reply_cache", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .object = &am_cache_stats_schema},
    {0},
};
static const struct am_schema health_schema = {
    .name = "Health", .doc = "The server answers.", .fields = health_fields};

static enum am_rc healthz(struct am_req *r)
{
    int64_t one;
    enum am_rc rc = am_db_i64(r->db, "SELECT 1", json_array(), &one, &r->err);
    if (rc)
        return rc;
    r->reply = json_pack("{s:s,s:s,s:i,s:o}", "status", "ok", "version", AMITY_VERSION,
                         "schema_version", am_store_schema_version(), "reply_cache",
                         r->cache ? am_cache_stats_json(r->cache) : json_null());
    return r->reply ? AM_OK : am_err_set(&r->err, AM_ENOMEM, NULL, "out of memory");
}

static const struct am_schema any_schema = {
    .name = "OpenAPI", .doc = "An OpenAPI 3.0 document.", .fields = (const struct am_field[]){{0}}, .open = true};

static enum am_rc openapi(struct am_req *r)
{
    r->reply = am_openapi_document();
    return r->reply ? AM_OK : am_err_set(&r->err, AM_ENOMEM, NULL, "out of memory");
}

static enum am_rc session_open(struct am_req *r)
{
    return am_session_open(r->db, json_string_value(json_object_get(r->body, "username")),
                           json_string_value(json_object_get(r->body, "password")), &r->reply,
                           &r->err);
}

static enum am_rc session_current(struct am_req *r)
{
    r->reply = am_actor_json(r->actor);
    return AM_OK;
}

static enum am_rc session_close(struct am_req *r)
{
    return am_session_close(r->db, r->token, &r->err);
}

static enum am_rc users_list(struct am_req *r)
{
    return am_user_list(r->db, r->actor, &r->reply, &r->err);
}

static enum am_rc users_create(struct am_req *r)
{
    return am_user_create(r->db, r->actor, r->body, &r->reply, &r->err);
}

static enum am_rc users_delete(struct am_req *r)
{
    return am_user_delete(r->db, r->actor, r->params[0], &r->err);
}

static enum am_rc settings_get(struct am_req *r)
{
    return am_setting_get(r->db, &r->reply, &r->err);
}

static enum am_rc settings_update(struct am_req *r)
{
    return am_setting_update(r->db, r->actor, r->body, &r->reply, &r->err);
}

static enum am_rc cities_nearby(struct am_req *r)
{
    return am_city_nearby(r->db, r->query, &r->reply, &r->err);
}

static enum am_rc cities_resolve(struct am_req *r)
{
    return am_city_resolve(r->db, r->query, &r->reply, &r->err);
}

static enum am_rc partner_suggestions(struct am_req *r)
{
    int64_t id;
    enum am_rc rc = am_key_id(r->params[0], "city", &id, &r->err);
    return rc ? rc : am_match_suggest(r->db, id, r->query, &r->reply, &r->err);
}

static enum am_rc network_members(struct am_req *r)
{
    return am_network_members(r->db, r->params[0], r->query, &r->reply, &r->err);
}

static enum am_rc network_groups(struct am_req *r)
{
    return am_group_of_network(r->db, r->actor, r->params[0], r->query, &r->reply, &r->err);
}

/* ---- practices: what the actor may see of them ------------------------ */

static const struct am_field results_fields[] = {
    {.name = "items", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &(const struct am_field){
        .name = "practice", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &am_practice_schema}},
    {.name = "facets", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &am_practice_facets_schema,
     .doc = "each counted under every other filter"},
    {.name = "total", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "next", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {0},
};
static const struct am_schema results_schema = {
    .name = "PracticeResults", .doc = "Practices found, with facets.", .fields = results_fields};

static enum am_rc practices_search(struct am_req *r)
{
    return am_practice_search(r->db, r->actor, r->query, &r->reply, &r->err);
}

static enum am_rc practices_create(struct am_req *r)
{
    return am_practice_create(r->db, r->actor, r->body, &r->reply, &r->err);
}

static enum am_rc practices_get(struct am_req *r)
{
    return am_practice_view(r->db, r->actor, r->params[0], &r->reply, &r->err);
}

static enum am_rc practices_update(struct am_req *r)
{
    return am_practice_update(r->db, r->actor, r->params[0], r->body, &r->reply, &r->err);
}

static enum am_rc practices_delete(struct am_req *r)
{
    return am_practice_delete(r->db, r->actor, r->params[0], &r->err);
}

static enum am_rc review(struct am_req *r, const char *action)
{
    const char *comment = json_string_value(json_object_get(r->body, "comment"));
    return am_practice_transition(r->db, r->actor, r->params[0], action, comment, &r->reply, &r->err);
}

static enum am_rc practices_submit(struct am_req *r) { return review(r, "submit"); }
static enum am_rc practices_publish(struct am_req *r) { return review(r, "publish"); }
static enum am_rc practices_return(struct am_req *r) { return review(r, "return"); }

static enum am_rc practices_versions(struct am_req *r)
{
    return am_practice_versions(r->db, r->actor, r->params[0], &r->reply, &r->err);
}

static enum am_rc practices_similar(struct am_req *r)
{
    return am_practice_similar(r->db, r->actor, r->params[0], &r->reply, &r->err);
}

static const struct am_field template_section_fields[] = {
    {.name = "field", .type = AM_T_STRING, .flags = AM_F_READONLY, .doc = "the practice's field it fills"},
    {.name = "heading", .type = AM_T_STRING, .flags = AM_F_READONLY, .doc = "in the reader's language"},
    {.name = "hint", .type = AM_T_STRING, .flags = AM_F_READONLY, .doc = "what to write, in the reader's language"},
    {0},
};
static const struct am_schema template_section_schema = {
    .name = "PracticeTemplateSection", .doc = "A section of the template.", .fields = template_section_fields};
static const struct am_field template_section = {.name = "section", .type = AM_T_OBJECT,
                                                 .object = &template_section_schema};
static const struct am_field template_fields[] = {
    {.name = "markdown", .type = AM_T_TEXT, .flags = AM_F_READONLY, .doc = "the file to fill in offline (English headings)"},
    {.name = "sections", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &template_section,
     .doc = "its sections, for a form"},
    {0},
};
static const struct am_schema template_schema = {
    .name = "PracticeTemplate", .doc = "The template, to fill in offline.", .fields = template_fields};

static enum am_rc practices_template(struct am_req *r)
{
    r->reply = json_pack("{s:s,s:o}", "markdown", am_practice_template(), "sections",
                         am_practice_template_sections());
    return r->reply ? AM_OK : am_err_set(&r->err, AM_ENOMEM, NULL, "out of memory");
}

/* ---- people (citizen diplomacy): the caller decides who is seen, and every
 * read of personal data is in the audit log ---------------------------- */

static enum am_rc people_list(struct am_req *r)
{
    return am_person_list(r->db, r->actor, r->query, &r->reply, &r->err);
}

static enum am_rc people_get(struct am_req *r)
{
    return am_person_get(r->db, r->actor, r->params[0], &r->reply, &r->err);
}

static enum am_rc people_export(struct am_req *r)
{
    return am_person_export(r->db, r->actor, r->params[0], &r->reply, &r->err);
}

static const struct am_field withdrawal_fields[] = {
    {.name = "erased", .type = AM_T_BOOL, .flags = AM_F_READONLY,
     .doc = "true when the consent to be recorded was withdrawn: the person is gone"},
    {.name = "person", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE, .object = &am_person_schema,
     .doc = "the record as it now is (null when erased)"},
    {0},
};
static const struct am_schema withdrawal_schema = {
    .name = "PersonWithdrawal", .doc = "What a withdrawal of consent did.", .fields = withdrawal_fields};

static enum am_rc people_withdraw(struct am_req *r)
{
    json_t *p = NULL;
    enum am_rc rc = am_person_resource.step(r->db, r->actor, r->params[0], AM_ACT_WITHDRAW, &am_person_withdraw_schema,
                                            r->body, &p, &r->err);
    if (rc)
        return rc;
    if (p)
        am_rights_present(&am_person_rights, r->actor, p);
    r->reply = json_pack("{s:b,s:o}", "erased", p == NULL, "person", p ? p : json_null());
    return r->reply ? AM_OK : am_err_set(&r->err, AM_ENOMEM, NULL, "out of memory");
}

static enum am_rc people_erase(struct am_req *r)
{
    json_t *none = NULL;
    return am_person_resource.step(r->db, r->actor, r->params[0], AM_ACT_DELETE, &am_person_erase_schema, r->body,
                                   &none, &r->err);
}

/* The public form, limited per address (the setting registrations_per_hour)
 * and in all (REGISTER_ALL): a flood is answered 429 before it costs a
 * write, and the server keeps serving. */
enum { REGISTER_ALL = 500, REGISTER_WINDOW = 3600 };
static struct am_limit *register_limit;
static pthread_once_t register_once = PTHREAD_ONCE_INIT;
static void register_limit_make(void)
{
    register_limit = am_limit_new(REGISTER_ALL, REGISTER_WINDOW);
}

static enum am_rc people_register(struct am_req *r)
{
    unsigned retry = 0;
    pthread_once(&register_once, register_limit_make);
    unsigned per = (unsigned)am_setting_int(r->db, "registrations_per_hour", 5);
    if (!register_limit || !am_limit_take(register_limit, r->peer, per, (int64_t)time(NULL), &retry)) {
        r->retry_after = retry;
        return am_err_set(&r->err, AM_EBUSY, NULL,
                          "too many registrations from here just now: try again in %u minutes", (retry + 59) / 60);
    }
    return am_person_register(r->db, r->body, &r->reply, &r->err);
}

static enum am_rc people_audit(struct am_req *r)
{
    return am_person_audit(r->db, r->actor, r->query, &r->reply, &r->err);
}

static enum am_rc consent_texts(struct am_req *r)
{
    return am_consent_texts(r->db, r->query, &r->reply, &r->err);
}

static enum am_rc consent_text_add(struct am_req *r)
{
    return am_consent_text_add(r->db, r->actor, r->body, &r->reply, &r->err);
}

static enum am_rc city_people(struct am_req *r)
{
    int64_t id;
    enum am_rc rc = am_key_id(r->params[0], "city", &id, &r->err);
    return rc ? rc : am_person_ties(r->db, r->actor, id, &r->reply, &r->err);
}

static enum am_rc city_experts(struct am_req *r)
{
    int64_t id;
    enum am_rc rc = am_key_id(r->params[0], "city", &id, &r->err);
    return rc ? rc : am_experts_for_city(r->db, r->actor, id, r->query, &r->reply, &r->err);
}

static enum am_rc assignments_list(struct am_req *r)
{
    return am_assignment_list(r->db, r->actor, r->query, &r->reply, &r->err);
}

static enum am_rc registrations_list(struct am_req *r)
{
    return am_registration_list(r->db, r->actor, r->query, &r->reply, &r->err);
}

static enum am_rc travel_list(struct am_req *r)
{
    return am_travel_list(r->db, r->actor, r->query, &r->reply, &r->err);
}

static enum am_rc travel_budget(struct am_req *r)
{
    return am_travel_budget(r->db, r->actor, r->query, &r->reply, &r->err);
}

static const struct am_field currency_fields[] = {
    {.name = "code", .type = AM_T_STRING, .flags = AM_F_READONLY, .doc = "ISO 4217"},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_READONLY, .doc = "its English name, as ISO 4217 gives it"},
    {0},
};
static const struct am_schema currency_schema = {
    .name = "Currency", .doc = "A currency amounts may be in.", .fields = currency_fields};
static const struct am_field currencies_fields[] = {
    {.name = "items", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "currency", .type = AM_T_OBJECT, .object = &currency_schema}},
    {0},
};
static const struct am_schema currencies_schema = {
    .name = "Currencies", .doc = "The ISO 4217 currencies (Debian's iso-codes).", .fields = currencies_fields};
static const struct am_field budget_list_fields[] = {
    {.name = "items", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "currency", .type = AM_T_OBJECT, .object = &am_travel_budget_schema}},
    {0},
};
static const struct am_schema budget_list_schema = {
    .name = "TravelBudgets", .doc = "Travel support per currency (never converted).", .fields = budget_list_fields};

static enum am_rc notifications_list(struct am_req *r)
{
    return am_notice_list(r->db, r->actor, r->query, &r->reply, &r->err);
}

static enum am_rc notification_read(struct am_req *r)
{
    int64_t id;
    enum am_rc rc = am_key_id(r->params[0], "notification", &id, &r->err);
    if (!rc)
        rc = am_notice_read(r->db, r->actor, id, &r->err);
    return rc ? rc : am_notice_list(r->db, r->actor, r->query, &r->reply, &r->err);
}

static enum am_rc notifications_read_all(struct am_req *r)
{
    enum am_rc rc = am_notice_read_all(r->db, r->actor, &r->err);
    return rc ? rc : am_notice_list(r->db, r->actor, r->query, &r->reply, &r->err);
}

static enum am_rc notification_prefs(struct am_req *r)
{
    return am_notice_prefs(r->db, r->actor, &r->reply, &r->err);
}

static enum am_rc notification_prefs_set(struct am_req *r)
{
    return am_notice_prefs_set(r->db, r->actor, r->body, &r->reply, &r->err);
}

static enum am_rc mail_settings(struct am_req *r)
{
    return am_mail_settings(r->db, r->actor, &r->reply, &r->err);
}

static enum am_rc mail_settings_set(struct am_req *r)
{
    return am_mail_settings_set(r->db, r->actor, r->body, &r->reply, &r->err);
}

static enum am_rc outbox(struct am_req *r)
{
    return am_outbox_list(r->db, r->actor, r->query, &r->reply, &r->err);
}

static const struct am_field outbox_list_fields[] = {
    {.name = "items", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "message", .type = AM_T_OBJECT, .object = &am_outbox_schema}},
    {.name = "counts", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "count", .type = AM_T_INT}, .doc = "messages per state"},
    {0},
};
static const struct am_schema outbox_list_schema = {
    .name = "Outbox", .doc = "The latest 200 e-mails and the count in each state.", .fields = outbox_list_fields};

static enum am_rc need_categories(struct am_req *r)
{
    r->reply = am_need_categories();
    return r->reply ? AM_OK : am_err_set(&r->err, AM_ENOMEM, NULL, "out of memory");
}

static enum am_rc need_matches(struct am_req *r)
{
    int64_t id;
    enum am_rc rc = am_key_id(r->params[0], "need", &id, &r->err);
    return rc ? rc : am_need_matches(r->db, r->actor, id, &r->reply, &r->err);
}

static enum am_rc offer_matches(struct am_req *r)
{
    int64_t id;
    enum am_rc rc = am_key_id(r->params[0], "offer", &id, &r->err);
    if (!rc) {
        json_t *one = NULL;
        rc = am_offer_resource.get(r->db, r->params[0], &one, &r->err);
        json_decref(one);
    }
    return rc ? rc : am_offer_matches(r->db, id, &r->reply, &r->err);
}

static enum am_rc need_figures(struct am_req *r)
{
    return am_need_figures(r->db, r->query, &r->reply, &r->err);
}

static const struct am_field need_matches_fields[] = {
    {.name = "items", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "match", .type = AM_T_OBJECT, .object = &am_need_match_schema}},
    {0},
};
static const struct am_field offer_matches_fields[] = {
    {.name = "items", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "need", .type = AM_T_OBJECT, .object = &am_need_schema}},
    {0},
};
static const struct am_schema offer_matches_schema = {
    .name = "OfferMatches", .doc = "The open needs an offer fits, the most urgent first.", .fields = offer_matches_fields};
static const struct am_schema need_matches_schema = {
    .name = "NeedMatches", .doc = "The cities most likely to help, best first.", .fields = need_matches_fields};

static enum am_rc currencies(struct am_req *r)
{
    json_t *items = am_currency_list();
    r->reply = items ? json_pack("{s:o}", "items", items) : NULL;
    return r->reply ? AM_OK : am_err_set(&r->err, AM_ENOMEM, NULL, "out of memory");
}

static enum am_rc activity_places(struct am_req *r)
{
    int64_t id;
    enum am_rc rc = am_key_id(r->params[0], "activity", &id, &r->err);
    return rc ? rc : am_registration_places(r->db, id, &r->reply, &r->err);
}

/* The iCalendar feed of a city's, a network's or a thematic group's
 * activities, as one string (the server sends it as text/calendar). */
static enum am_rc calendar(struct am_req *r, enum am_calendar_scope scope)
{
    int64_t id;
    char *text = NULL;
    enum am_rc rc = am_key_id(r->params[0], "record", &id, &r->err);
    if (!rc)
        rc = am_calendar_feed(r->db, scope, id, &text, &r->err);
    if (!rc && !(r->reply = json_string(text)))
        rc = am_err_set(&r->err, AM_ENOMEM, NULL, "out of memory");
    free(text);
    return rc;
}
static enum am_rc calendar_city(struct am_req *r) { return calendar(r, AM_CAL_CITY); }
static enum am_rc calendar_network(struct am_req *r) { return calendar(r, AM_CAL_NETWORK); }
static enum am_rc calendar_group(struct am_req *r) { return calendar(r, AM_CAL_GROUP); }

static enum am_rc calendar_private(struct am_req *r)
{
    char *text = NULL;
    enum am_rc rc = am_calendar_private_feed(r->db, r->params[0], &text, &r->err);
    if (!rc && !(r->reply = json_string(text)))
        rc = am_err_set(&r->err, AM_ENOMEM, NULL, "out of memory");
    free(text);
    return rc;
}

static const struct am_field address_fields[] = {
    {.name = "path", .type = AM_T_STRING, .flags = AM_F_READONLY, .doc = "the feed's address on this server"},
    {0},
};
static const struct am_schema address_schema = {
    .name = "CalendarAddress", .doc = "A private calendar address: keep it secret.", .fields = address_fields};

static enum am_rc calendar_address(struct am_req *r)
{
    return am_calendar_address(r->db, r->actor, &r->reply, &r->err);
}

static enum am_rc opportunities_list(struct am_req *r)
{
    return am_opportunity_list(r->db, r->actor, r->query, &r->reply, &r->err);
}

static const struct am_schema person_approve_schema = {
    .name = "PersonApprove", .doc = "Nothing to record.", .fields = (const struct am_field[]){{0}}};
static const struct am_schema no_query = {.name = "NoQuery", .doc = NULL, .fields = (const struct am_field[]){{0}}};

/* ---- the Intercultural Cities Index ------------------------------------ */

static const struct am_field edition_query_fields[] = {
    {.name = "edition", .type = AM_T_STRING, .max = 60, .doc = "default: the newest"},
    {0},
};
static const struct am_schema edition_query = {
    .name = "IndexEditionQuery", .doc = NULL, .fields = edition_query_fields};

static enum am_rc index_editions(struct am_req *r) { return am_index_editions(r->db, &r->reply, &r->err); }

static enum am_rc index_questionnaire(struct am_req *r)
{
    return am_index_edition(r->db, json_string_value(json_object_get(r->query, "edition")), &r->reply, &r->err);
}

static enum am_rc index_responses(struct am_req *r)
{
    return am_index_response_list(r->db, r->actor, r->query, &r->reply, &r->err);
}

static enum am_rc index_response_create(struct am_req *r)
{
    return am_index_response_create(r->db, r->actor, r->body, &r->reply, &r->err);
}

static enum am_rc index_response_get(struct am_req *r)
{
    return am_index_response_get(r->db, r->actor, r->params[0], &r->reply, &r->err);
}

static enum am_rc index_response_answer(struct am_req *r)
{
    return am_index_response_answer(r->db, r->actor, r->params[0], r->body, &r->reply, &r->err);
}

static enum am_rc index_response_submit(struct am_req *r)
{
    return am_index_response_submit(r->db, r->actor, r->params[0], &r->reply, &r->err);
}

static enum am_rc index_response_delete(struct am_req *r)
{
    return am_index_response_delete(r->db, r->actor, r->params[0], &r->err);
}

static enum am_rc index_response_versions(struct am_req *r)
{
    return am_index_response_versions(r->db, r->actor, r->params[0], &r->reply, &r->err);
}

static enum am_rc index_report(struct am_req *r)
{
    return am_index_report(r->db, r->actor, r->query, &r->reply, &r->err);
}

static enum am_rc index_results(struct am_req *r)
{
    return am_index_results(r->db, r->query, &r->reply, &r->err);
}

static enum am_rc index_published(struct am_req *r)
{
    return am_index_published_add(r->db, r->actor, r->body, &r->reply, &r->err);
}

/* ---- the search box (am_search) --------------------------------------- */

static enum am_rc search_box(struct am_req *r)
{
    return am_search(r->db, r->actor, r->query, &r->reply, &r->err);
}

/* ---- graph: network analytics (am_graph) ------------------------------ */

static enum am_rc graph_stats(struct am_req *r)
{
    return am_graph_stats(r->db, &r->reply, &r->err);
}

static enum am_rc graph_top(struct am_req *r)
{
    return am_graph_top(r->db, r->query, &r->reply, &r->err);
}

static enum am_rc graph_path(struct am_req *r)
{
    const char *via = json_string_value(json_object_get(r->query, "via"));
    return am_graph_path(r->db, json_integer_value(json_object_get(r->query, "from")),
                         json_integer_value(json_object_get(r->query, "to")), via && strcmp(via, "partnerships") == 0,
                         &r->reply, &r->err);
}

static enum am_rc graph_city(struct am_req *r)
{
    int64_t id;
    enum am_rc rc = am_key_id(r->params[0], "city", &id, &r->err);
    return rc ? rc : am_graph_city(r->db, id, r->query, &r->reply, &r->err);
}

static enum am_rc workspace(struct am_req *r)
{
    return am_workspace(r->db, r->actor, &r->reply, &r->err);
}

static enum am_rc overview(struct am_req *r)
{
    return am_overview(r->db, r->actor, &r->reply, &r->err);
}

/* ---- the table -------------------------------------------------------- */

const struct am_route am_routes[] = {
    {AM_GET, "/healthz", .handler = healthz, .reply = &health_schema, .flags = AM_R_LIVE,
     .summary = "Is the server up and its database readable?"},
    {AM_GET, API "openapi.json", .handler = openapi, .reply = &any_schema,
     .summary = "This API, as an OpenAPI 3 document"},
    {AM_GET, API "overview", .handler = overview, .reply = &am_overview_schema, .tag = "home",
     .summary = "The registry at a glance: figures, the most partnered cities, recent practices and activities"},
    {AM_GET, API "workspace", .handler = workspace, .reply = &am_workspace_schema, .flags = AM_R_SIGNED_IN,
     .tag = "home", .summary = "The signed-in caller's work: partnerships by health, practices, Index, activities, "
                               "what changed since the last visit"},

    /* before cities/{id}, which would take "resolve" for an id */
    {AM_GET, API "cities/resolve", .handler = cities_resolve, .query = &am_city_resolve_query,
     .reply = &am_city_resolution_schema, .tag = "cities",
     .summary = "The gazetteer city a name stands for (the importers' resolver)"},
    {AM_GET, API "cities/nearby", .handler = cities_nearby, .query = &am_city_nearby_query,
     .res = &am_city_resource, .flags = AM_R_PAGE, .summary = "Cities around a point, nearest first"},
    {AM_GET, API "cities/{id}/partner-suggestions", .handler = partner_suggestions, .query = &am_match_query,
     .reply = &am_match_suggestions_schema, .tag = "cities",
     .flags = AM_R_LIVE, .summary = "Suggested partner cities, each with the reasons for it"},
    CRUD(am_city_resource, "cities", "id"),
    HISTORY(am_city_resource, "cities"),
    CRUD(am_country_resource, "countries", "code"),
    CRUD(am_network_resource, "networks", "id"),
    HISTORY(am_network_resource, "networks"),
    /* the membership list, with the filters of memberships */
    {AM_GET, API "networks/{id}/members", .res = &am_membership_resource,
     .handler = network_members, .flags = AM_R_PAGE, .tag = "networks",
     .summary = "Members of a network"},
    /* the groups with what the caller's city may do: join, leave */
    {AM_GET, API "networks/{id}/groups", .handler = network_groups, .res = &am_group_resource,
     .query = &am_group_page_query, .reply = &am_group_page_schema, .tag = "networks",
     .summary = "A network's thematic groups, saying whether the caller's city may join or leave each"},
    CRUD(am_group_resource, "groups", "id"),
    STEP(am_group_resource, "groups", "approve", AM_ACT_APPROVE, am_group_approve_schema,
         "Approve a group a member city proposed (the network's secretariat): it becomes active"),
    /* no PATCH: a city leaves a group (DELETE) and joins again (POST) */
    {AM_GET, API "group-members", AM_OP_LIST, &am_group_member_resource, .summary = "List group-members"},
    {AM_POST, API "group-members", AM_OP_CREATE, &am_group_member_resource, .summary = "A city joins a group"},
    {AM_GET, API "group-members/{id}", AM_OP_GET, &am_group_member_resource, .summary = "One of group-members"},
    {AM_DELETE, API "group-members/{id}", AM_OP_DELETE, &am_group_member_resource,
     .summary = "A city leaves a group"},
    CRUD(am_membership_resource, "memberships", "id"),
    HISTORY(am_membership_resource, "memberships"),
    STEP(am_membership_resource, "memberships", "leave", AM_ACT_LEAVE, am_membership_leave_schema,
         "The member leaves the network (the membership stays on record as former)"),
    CRUD(am_partnership_resource, "partnerships", "id"),
    HISTORY(am_partnership_resource, "partnerships"),
    STEP(am_partnership_resource, "partnerships", "sign", AM_ACT_SIGN, am_partnership_sign_schema,
         "Record the signature of a proposed partnership"),
    STEP(am_partnership_resource, "partnerships", "suspend", AM_ACT_SUSPEND, am_partnership_suspend_schema,
         "Suspend a partnership"),
    STEP(am_partnership_resource, "partnerships", "renew", AM_ACT_RENEW, am_partnership_renew_schema,
         "Renew a partnership: active again from this date"),
    STEP(am_partnership_resource, "partnerships", "end", AM_ACT_END, am_partnership_end_schema,
         "End a partnership, with the date and the reason"),
    CRUD(am_activity_resource, "activities", "id"),
    HISTORY(am_activity_resource, "activities"),
    CRUD(am_organisation_resource, "organisations", "id"),
    HISTORY(am_organisation_resource, "organisations"),
    CRUD(am_topic_resource, "topics", "id"),
    CRUD(am_diaspora_resource, "diaspora", "id"),
    HISTORY(am_diaspora_resource, "diaspora"),

    /* people: personal data, seen by the office that holds them and those
     * it shares them with; no history (the audit log instead) */
    {AM_GET, API "people", .handler = people_list, .res = &am_person_resource, .query = &am_person_filters,
     .flags = AM_R_PAGE, .tag = "people", .summary = "The people the caller may see (each read is logged)"},
    {AM_POST, API "people", AM_OP_CREATE, &am_person_resource, .tag = "people",
     .summary = "Record a person, with the lawful basis (consent, or a public official's work contact)"},
    {AM_GET, API "people/{id}", .handler = people_get, .res = &am_person_resource, .tag = "people",
     .summary = "One person (the read is logged)"},
    {AM_PATCH, API "people/{id}", AM_OP_UPDATE, &am_person_resource, .tag = "people",
     .summary = "Correct a person's record, or record a further consent"},
    {AM_DELETE, API "people/{id}", AM_OP_DELETE, &am_person_resource, .tag = "people",
     .summary = "Erase a person (the office no longer needs the record; a pending one is rejected)"},
    {AM_POST, API "people/register", .handler = people_register, .res = &am_person_resource,
     .body = &am_person_register_schema,
     .reply = &am_person_received_schema, .flags = AM_R_ANONYMOUS, .status = 201, .tag = "people",
     .summary = "The public form: a resident or a citizen abroad offers to help their city (no account; "
                "the office sees it as pending; limited per address)"},
    STEP(am_person_resource, "people", "approve", AM_ACT_APPROVE, person_approve_schema,
         "Take on a person who registered themselves"),
    {AM_POST, API "people/{id}/withdraw", .handler = people_withdraw, .res = &am_person_resource,
     .body = &am_person_withdraw_schema, .reply = &withdrawal_schema, .flags = AM_R_SIGNED_IN,
     .rights = &am_person_rights, .action = AM_ACT_WITHDRAW, .tag = "people",
     .summary = "The person withdraws a consent: at once (to be recorded: they are erased)"},
    {AM_POST, API "people/{id}/erase", .handler = people_erase, .res = &am_person_resource,
     .body = &am_person_erase_schema, .status = 204,
     .flags = AM_R_SIGNED_IN, .rights = &am_person_rights, .action = AM_ACT_DELETE, .tag = "people",
     .summary = "Erase a person, saying why (article 17): an anonymous count is all that stays"},
    {AM_GET, API "people/{id}/export", .handler = people_export, .reply = &am_person_export_schema,
     .query = &no_query, .flags = AM_R_SIGNED_IN | AM_R_LIVE, .rights = &am_person_rights, .action = AM_ACT_EXPORT,
     .tag = "people", .summary = "Everything held about a person, for them (articles 15 and 20)"},
    {AM_GET, API "people-audit", .handler = people_audit, .query = &am_person_audit_filters,
     .reply = &am_person_audit_schema, .flags = AM_R_PAGE | AM_R_SIGNED_IN | AM_R_LIVE, .tag = "people",
     .summary = "Who read or changed personal data, when (admins and the data-protection officer)"},
    {AM_GET, API "cities/{id}/people", .handler = city_people, .reply = &am_person_match_schema, .query = &no_query,
     .flags = AM_R_PAGE | AM_R_SIGNED_IN | AM_R_LIVE, .tag = "people",
     .summary = "The people of the caller's office with ties to this city (living there, tied to it or its "
                "country), strongest first"},
    {AM_GET, API "cities/{id}/experts", .handler = city_experts, .reply = &am_expert_match_schema,
     .query = &am_expert_match_query, .flags = AM_R_PAGE | AM_R_SIGNED_IN | AM_R_LIVE, .tag = "people",
     .summary = "The experts of a network's pool for the city's weakest Index indicators (its secretariat)"},
    /* a network's experts at work: its secretariat's */
    {AM_GET, API "assignments", .handler = assignments_list, .res = &am_assignment_resource,
     .query = &am_assignment_filters, .flags = AM_R_PAGE | AM_R_SIGNED_IN, .tag = "assignments",
     .summary = "The caller's network's assignments of experts"},
    {AM_POST, API "assignments", AM_OP_CREATE, &am_assignment_resource, .summary = "Give an expert a task"},
    {AM_GET, API "assignments/{id}", AM_OP_GET, &am_assignment_resource, .summary = "One assignment"},
    {AM_PATCH, API "assignments/{id}", AM_OP_UPDATE, &am_assignment_resource, .summary = "Change an assignment"},
    {AM_DELETE, API "assignments/{id}", AM_OP_DELETE, &am_assignment_resource,
     .summary = "Delete a proposed assignment"},
    STEP(am_assignment_resource, "assignments", "accept", AM_ACT_ACCEPT, am_assignment_step_schema,
         "The expert accepted the task"),
    STEP(am_assignment_resource, "assignments", "complete", AM_ACT_COMPLETE, am_assignment_done_schema,
         "The task is done (its report attached to the city's Index result)"),
    STEP(am_assignment_resource, "assignments", "cancel", AM_ACT_CANCEL, am_assignment_step_schema,
         "The task is cancelled"),
    /* events: places and the delegates cities register */
    {AM_GET, API "activities/{id}/places", .handler = activity_places, .reply = &am_places_schema, .query = &no_query,
     .tag = "activities", .summary = "An event's places: taken, waiting, left, and whether registration is open"},
    {AM_GET, API "registrations", .handler = registrations_list, .res = &am_registration_resource,
     .query = &am_registration_filters, .flags = AM_R_PAGE | AM_R_SIGNED_IN, .tag = "registrations",
     .summary = "The registrations the caller may see (its city's; the organiser's events')"},
    {AM_POST, API "registrations", AM_OP_CREATE, &am_registration_resource,
     .summary = "Register a delegate: confirmed while places are left, else waiting"},
    {AM_GET, API "registrations/{id}", AM_OP_GET, &am_registration_resource, .summary = "One registration"},
    {AM_PATCH, API "registrations/{id}", AM_OP_UPDATE, &am_registration_resource,
     .summary = "Correct a delegate's name, or record their attendance"},
    {AM_GET, API "travel-requests", .handler = travel_list, .res = &am_travel_resource,
     .query = &am_travel_filters, .flags = AM_R_PAGE | AM_R_SIGNED_IN, .tag = "travel-requests",
     .summary = "The travel requests the caller may see (its city's; its network's events')"},
    {AM_GET, API "travel-requests/budget", .handler = travel_budget, .query = &am_travel_budget_query,
     .reply = &budget_list_schema, .flags = AM_R_SIGNED_IN, .tag = "travel-requests",
     .summary = "Travel support asked, pending and granted, per currency (never converted)"},
    {AM_POST, API "travel-requests", AM_OP_CREATE, &am_travel_resource,
     .summary = "Ask travel or subsistence support for a registered delegate"},
    {AM_GET, API "travel-requests/{id}", AM_OP_GET, &am_travel_resource, .summary = "One travel request"},
    {AM_PATCH, API "travel-requests/{id}", AM_OP_UPDATE, &am_travel_resource,
     .summary = "Change a request not yet decided"},
    {AM_DELETE, API "travel-requests/{id}", AM_OP_DELETE, &am_travel_resource,
     .summary = "Withdraw a request not yet decided"},
    STEP(am_travel_resource, "travel-requests", "grant", AM_ACT_GRANT, am_travel_grant_schema,
         "Grant the support (the organising secretariat): all that was asked, or part"),
    STEP(am_travel_resource, "travel-requests", "refuse", AM_ACT_REFUSE, am_travel_refuse_schema,
         "Refuse the support (the organising secretariat), saying why"),
    /* needs and offers between cities */
    {AM_GET, API "need-categories", .handler = need_categories, .query = &no_query,
     .reply = &am_need_categories_schema, .tag = "needs", .summary = "The categories of needs and offers, and their units"},
    {AM_GET, API "needs/figures", .handler = need_figures, .query = &am_need_figures_query,
     .reply = &am_need_figures_schema, .flags = AM_R_LIVE, .tag = "needs",
     .summary = "Needs posted and met, time to first pledge, deliveries: per network or per country"},
    {AM_GET, API "needs", AM_OP_LIST, &am_need_resource, .summary = "Needs: the public board"},
    {AM_POST, API "needs", AM_OP_CREATE, &am_need_resource, .summary = "Post a need (the city's officer)"},
    {AM_GET, API "needs/{id}", AM_OP_GET, &am_need_resource, .summary = "One need, with what is pledged and met"},
    {AM_PATCH, API "needs/{id}", AM_OP_UPDATE, &am_need_resource, .summary = "Change a need still open"},
    STEP(am_need_resource, "needs", "withdraw", AM_ACT_WITHDRAW, am_need_withdraw_schema,
         "Withdraw a need, saying why"),
    STEP(am_need_resource, "needs", "close", AM_ACT_CLOSE, am_need_close_schema, "Close a need"),
    {AM_GET, API "needs/{id}/matches", .handler = need_matches, .query = &no_query, .reply = &need_matches_schema,
     .flags = AM_R_LIVE, .tag = "needs", .summary = "The cities most likely to help with a need, with reasons"},
    {AM_GET, API "offers", AM_OP_LIST, &am_offer_resource, .summary = "Standing offers"},
    {AM_POST, API "offers", AM_OP_CREATE, &am_offer_resource, .summary = "Make a standing offer (the city's officer)"},
    {AM_GET, API "offers/{id}", AM_OP_GET, &am_offer_resource, .summary = "One offer"},
    {AM_PATCH, API "offers/{id}", AM_OP_UPDATE, &am_offer_resource, .summary = "Change an open offer"},
    STEP(am_offer_resource, "offers", "withdraw", AM_ACT_WITHDRAW, am_offer_withdraw_schema, "Withdraw an offer"),
    {AM_GET, API "offers/{id}/matches", .handler = offer_matches, .query = &no_query, .reply = &offer_matches_schema,
     .flags = AM_R_LIVE, .tag = "offers", .summary = "The open needs an offer fits, the most urgent first"},
    {AM_GET, API "pledges", AM_OP_LIST, &am_pledge_resource, .summary = "Pledges"},
    {AM_POST, API "pledges", AM_OP_CREATE, &am_pledge_resource,
     .summary = "Pledge against a need (the pledging city's officer): never more than remains"},
    {AM_GET, API "pledges/{id}", AM_OP_GET, &am_pledge_resource, .summary = "One pledge"},
    STEP(am_pledge_resource, "pledges", "confirm", AM_ACT_CONFIRM, am_pledge_confirm_schema,
         "Confirm a delivery (the city in need): how much arrived"),
    STEP(am_pledge_resource, "pledges", "cancel", AM_ACT_CANCEL, am_pledge_cancel_schema,
         "Cancel a pledge not yet delivered (the pledging city)"),
    /* notifications: the caller's own */
    {AM_GET, API "notifications", .handler = notifications_list, .query = &am_notice_query,
     .reply = &am_notice_list_schema, .flags = AM_R_SIGNED_IN | AM_R_SELF | AM_R_LIVE, .tag = "notifications",
     .summary = "The caller's notifications, newest first, and how many are unread"},
    {AM_POST, API "notifications/{id}/read", .handler = notification_read, .query = &am_notice_query,
     .reply = &am_notice_list_schema, .flags = AM_R_SIGNED_IN | AM_R_SELF, .tag = "notifications",
     .summary = "Mark a notification read"},
    {AM_POST, API "notifications/read-all", .handler = notifications_read_all, .query = &am_notice_query,
     .reply = &am_notice_list_schema, .flags = AM_R_SIGNED_IN | AM_R_SELF, .tag = "notifications",
     .summary = "Mark all the caller's notifications read"},
    {AM_GET, API "notifications/preferences", .handler = notification_prefs, .query = &no_query,
     .reply = &am_notice_prefs_schema, .flags = AM_R_SIGNED_IN | AM_R_SELF | AM_R_LIVE, .tag = "notifications",
     .summary = "What the caller hears of, in the app and by e-mail; its address and language"},
    {AM_PATCH, API "notifications/preferences", .handler = notification_prefs_set, .body = &am_notice_prefs_schema,
     .reply = &am_notice_prefs_schema, .flags = AM_R_SIGNED_IN | AM_R_SELF, .tag = "notifications",
     .summary = "Change what the caller hears of, and how"},
    {AM_GET, API "mail-settings", .handler = mail_settings, .query = &no_query, .reply = &am_mail_settings_schema,
     .flags = AM_R_SIGNED_IN | AM_R_LIVE, .rights = &am_mail_settings_rights, .action = AM_ACT_READ,
     .tag = "notifications", .summary = "How amity sends e-mail (admins; the password is never replied)"},
    {AM_PATCH, API "mail-settings", .handler = mail_settings_set, .body = &am_mail_settings_schema,
     .reply = &am_mail_settings_schema, .flags = AM_R_SIGNED_IN, .rights = &am_mail_settings_rights,
     .action = AM_ACT_UPDATE, .tag = "notifications", .summary = "Set up the SMTP server (admins)"},
    {AM_GET, API "outbox", .handler = outbox, .query = &no_query, .reply = &outbox_list_schema,
     .flags = AM_R_SIGNED_IN | AM_R_LIVE, .rights = &am_mail_settings_rights, .action = AM_ACT_READ,
     .tag = "notifications", .summary = "The e-mails amity sent or is sending (admins): states, never addresses"},
    {AM_GET, API "currencies", .handler = currencies, .query = &no_query, .reply = &currencies_schema,
     .tag = "travel-requests", .summary = "The currencies amounts may be in (ISO 4217)"},
    {AM_DELETE, API "registrations/{id}", AM_OP_DELETE, &am_registration_resource,
     .summary = "Cancel a registration: its place goes to the first waiting"},
    /* calendars (iCalendar, RFC 5545) of what is public */
    {AM_GET, API "calendars/cities/{id}", .handler = calendar_city, .query = &no_query,
     .flags = AM_R_CALENDAR | AM_R_LIVE, .tag = "calendars",
     .summary = "iCalendar feed of a city's activities (hosted or taking part) with a time or a full date"},
    {AM_GET, API "calendars/networks/{id}", .handler = calendar_network, .query = &no_query,
     .flags = AM_R_CALENDAR | AM_R_LIVE, .tag = "calendars", .summary = "iCalendar feed of a network's activities"},
    {AM_GET, API "calendars/groups/{id}", .handler = calendar_group, .query = &no_query,
     .flags = AM_R_CALENDAR | AM_R_LIVE, .tag = "calendars",
     .summary = "iCalendar feed of a thematic group's activities"},
    {AM_GET, API "calendars/private/{token}", .handler = calendar_private, .query = &no_query,
     .flags = AM_R_CALENDAR | AM_R_LIVE, .tag = "calendars",
     .summary = "The private feed of an account: the events its city has delegates for, or its network's"},
    {AM_POST, API "sessions/current/calendar", .handler = calendar_address, .reply = &address_schema,
     .flags = AM_R_SIGNED_IN | AM_R_SELF, .status = 201, .tag = "calendars",
     .summary = "A new private calendar address for the account (the one before stops answering)"},
    /* opportunities: the office's pipeline, its own */
    {AM_GET, API "opportunities", .handler = opportunities_list, .res = &am_opportunity_resource,
     .query = &am_opportunity_filters, .flags = AM_R_PAGE | AM_R_SIGNED_IN, .tag = "opportunities",
     .summary = "The caller's office's opportunities (its pipeline)"},
    {AM_POST, API "opportunities", AM_OP_CREATE, &am_opportunity_resource, .summary = "Record an opportunity"},
    {AM_GET, API "opportunities/{id}", AM_OP_GET, &am_opportunity_resource, .summary = "One opportunity"},
    {AM_PATCH, API "opportunities/{id}", AM_OP_UPDATE, &am_opportunity_resource, .summary = "Change an opportunity"},
    {AM_DELETE, API "opportunities/{id}", AM_OP_DELETE, &am_opportunity_resource, .summary = "Delete an opportunity"},
    STEP(am_opportunity_resource, "opportunities", "discuss", AM_ACT_DISCUSS, am_opportunity_discuss_schema,
         "It has been discussed"),
    STEP(am_opportunity_resource, "opportunities", "make-activity", AM_ACT_MAKE_ACTIVITY,
         am_opportunity_activity_schema, "It becomes an activity (made here, hosted by the office's city)"),
    STEP(am_opportunity_resource, "opportunities", "link-partnership", AM_ACT_LINK_PARTNERSHIP,
         am_opportunity_partnership_schema, "It became a partnership (recorded first)"),
    STEP(am_opportunity_resource, "opportunities", "close", AM_ACT_CLOSE, am_opportunity_close_schema,
         "It went no further"),
    {AM_GET, API "consent-texts", .handler = consent_texts, .query = &am_consent_text_filters,
     .reply = &am_consent_text_schema, .flags = AM_R_PAGE, .tag = "people",
     .summary = "The texts people agree to, every version"},
    {AM_POST, API "consent-texts", .handler = consent_text_add, .body = &am_consent_text_schema,
     .reply = &am_consent_text_schema, .flags = AM_R_SIGNED_IN, .status = 201, .tag = "people",
     .rights = &am_consent_text_rights, .action = AM_ACT_CREATE,
     .summary = "Add a version of a consent text (admins); versions are never changed"},

    /* practices: the actor decides what is seen (drafts, contacts); the
     * search names its resource so that its items are known as practices
     * (their CSV columns, am_formats) */
    {AM_GET, API "practices", .handler = practices_search, .res = &am_practice_resource,
     .query = &am_practice_search_query, .reply = &results_schema, .tag = "practices",
     .summary = "Search practices: words, facets with counts, snippets"},
    {AM_GET, API "practices/template", .handler = practices_template, .reply = &template_schema,
     .tag = "practices", .summary = "The good-practice template (Markdown)"},
    {AM_POST, API "practices", .handler = practices_create, .res = &am_practice_resource,
     .flags = AM_R_RECORD, .action = AM_ACT_CREATE, .status = 201, .tag = "practices", .summary = "Add a practice (a draft)"},
    {AM_GET, API "practices/{id}", .handler = practices_get, .res = &am_practice_resource,
     .tag = "practices", .summary = "One practice"},
    {AM_PATCH, API "practices/{id}", .handler = practices_update, .res = &am_practice_resource,
     .flags = AM_R_RECORD, .action = AM_ACT_UPDATE, .tag = "practices", .summary = "Change a practice"},
    {AM_DELETE, API "practices/{id}", .handler = practices_delete, .status = 204, .tag = "practices",
     .rights = &am_practice_rights, .action = AM_ACT_DELETE,
     .summary = "Delete a practice (its author while a draft, or admins)"},
    {AM_POST, API "practices/{id}/submit", .handler = practices_submit, .res = &am_practice_resource,
     .action = AM_ACT_SUBMIT, .tag = "practices", .summary = "Submit a practice for review"},
    {AM_POST, API "practices/{id}/publish", .handler = practices_publish, .res = &am_practice_resource,
     .action = AM_ACT_PUBLISH, .tag = "practices", .summary = "Publish a submitted practice (its network's secretariat)"},
    {AM_POST, API "practices/{id}/return", .handler = practices_return, .res = &am_practice_resource,
     .body = &am_practice_review_schema, .action = AM_ACT_RETURN, .tag = "practices",
     .summary = "Return a submitted practice with a comment (its network's secretariat)"},
    {AM_GET, API "practices/{id}/versions", .handler = practices_versions,
     .reply = &am_practice_version_schema, .flags = AM_R_PAGE, .tag = "practices",
     .summary = "Every kept version of a practice: who, when, what"},
    {AM_GET, API "practices/{id}/similar", .handler = practices_similar, .res = &am_practice_resource,
     .flags = AM_R_PAGE, .query = &(const struct am_schema){
         .name = "NoQuery", .doc = NULL, .fields = (const struct am_field[]){{0}}},
     .tag = "practices", .summary = "More like this: practices with shared words and topics"},

    /* the Intercultural Cities Index */
    {AM_GET, API "index/editions", .handler = index_editions, .reply = &am_index_edition_schema, .flags = AM_R_PAGE,
     .tag = "index",
     .summary = "Editions of the Index questionnaire"},
    {AM_GET, API "index/questionnaire", .handler = index_questionnaire, .query = &edition_query,
     .reply = &am_index_questionnaire_schema, .tag = "index", .summary = "The questionnaire: indicators, questions, points, weights"},
    {AM_GET, API "index/responses", .handler = index_responses, .query = &am_index_response_query,
     .reply = &am_index_response_row_schema, .flags = AM_R_PAGE, .tag = "index",
     .summary = "Responses (drafts only for their city's officer)"},
    {AM_POST, API "index/responses", .handler = index_response_create, .body = &am_index_response_schema,
     .reply = &am_index_response_schema, .flags = AM_R_SIGNED_IN, .status = 201, .tag = "index",
     .rights = &am_index_response_rights, .action = AM_ACT_CREATE,
     .summary = "Start a city's response for a round (its officer, or admins)"},
    {AM_GET, API "index/responses/{id}", .handler = index_response_get, .reply = &am_index_response_schema,
     .rights = &am_index_response_rights, .tag = "index", .summary = "A response: answers with their points, and scores"},
    {AM_DELETE, API "index/responses/{id}", .handler = index_response_delete, .flags = AM_R_SIGNED_IN,
     .rights = &am_index_response_rights, .action = AM_ACT_DELETE, .status = 204, .tag = "index", .summary = "Delete a draft response"},
    {AM_PATCH, API "index/responses/{id}/answers", .handler = index_response_answer,
     .body = &am_index_answers_schema, .reply = &am_index_response_schema, .flags = AM_R_SIGNED_IN,
     .rights = &am_index_response_rights, .action = AM_ACT_UPDATE, .tag = "index", .summary = "Set answers of a draft (null removes one)"},
    {AM_POST, API "index/responses/{id}/submit", .handler = index_response_submit,
     .reply = &am_index_response_schema, .flags = AM_R_SIGNED_IN, .tag = "index",
     .rights = &am_index_response_rights, .action = AM_ACT_SUBMIT,
     .summary = "Submit a response: it is frozen and ranked"},
    {AM_GET, API "index/responses/{id}/versions", .handler = index_response_versions,
     .reply = &am_index_response_version_schema, .flags = AM_R_PAGE, .tag = "index",
     .summary = "Every kept version of a response"},
    {AM_GET, API "index/report", .handler = index_report, .query = &am_index_report_query,
     .reply = &am_index_report_reply, .tag = "index",
     .summary = "A city's report: scores, ranks in the sample and its groups, progress"},
    {AM_GET, API "index/results", .handler = index_results, .query = &am_index_results_query,
     .reply = &am_index_results_reply, .tag = "index", .summary = "The sample of a round, ranked"},
    {AM_POST, API "index/published", .handler = index_published, .body = &am_index_published_schema,
     .reply = &am_index_published_schema, .flags = AM_R_SIGNED_IN, .status = 201, .tag = "index",
     .rights = &am_index_published_rights, .action = AM_ACT_CREATE,
     .summary = "Record a published result, without answers (admins)"},

    {AM_POST, API "sessions", .handler = session_open, .body = &am_signin_schema,
     .reply = &am_session_schema, .flags = AM_R_ANONYMOUS, .status = 201,
     .summary = "Sign in: get a bearer token"},
    {AM_GET, API "sessions/current", .handler = session_current, .reply = &am_actor_schema,
     .flags = AM_R_SIGNED_IN, .summary = "Who the bearer token belongs to"},
    {AM_DELETE, API "sessions/current", .handler = session_close, .flags = AM_R_SIGNED_IN | AM_R_SELF,
     .status = 204, .summary = "Sign out: revoke the bearer token"},

    {AM_GET, API "users", .handler = users_list, .reply = &am_user_schema,
     .flags = AM_R_SIGNED_IN | AM_R_PAGE, .rights = &am_user_rights, .summary = "Accounts (admins only)"},
    {AM_POST, API "users", .handler = users_create, .body = &am_user_schema,
     .reply = &am_user_schema, .flags = AM_R_SIGNED_IN, .status = 201,
     .rights = &am_user_rights, .action = AM_ACT_CREATE,
     .summary = "Add an account (admins only)"},
    {AM_DELETE, API "users/{id}", .handler = users_delete, .flags = AM_R_SIGNED_IN,
     .rights = &am_user_rights, .action = AM_ACT_DELETE, .status = 204, .summary = "Delete an account (admins only)"},

    {AM_GET, API "settings", .handler = settings_get, .reply = &am_setting_schema,
     .summary = "Settings"},
    {AM_PATCH, API "settings", .handler = settings_update, .body = &am_setting_schema,
     .reply = &am_setting_schema, .rights = &am_setting_rights, .action = AM_ACT_UPDATE, .summary = "Change settings (admins only)"},

    {AM_GET, API "search", .handler = search_box, .query = &am_search_query, .reply = &am_search_results,
     .tag = "search", .flags = AM_R_LIVE, .summary = "The search box: cities, networks, organisations and practices, by kind"},

    /* graph: network analytics (am_graph) */
    {AM_GET, API "graph/stats", .handler = graph_stats, .reply = &am_graph_stats_schema, .tag = "graph",
     .flags = AM_R_LIVE, .summary = "The graph of cities, partnerships and networks: sizes, components, communities"},
    {AM_GET, API "graph/top", .handler = graph_top, .query = &am_graph_top_query, .reply = &am_graph_top_schema,
     .tag = "graph", .flags = AM_R_LIVE, .summary = "The most central cities: by degree, betweenness or eigenvector centrality"},
    {AM_GET, API "graph/path", .handler = graph_path, .query = &am_graph_path_query,
     .reply = &am_graph_path_schema, .tag = "graph",
     .flags = AM_R_LIVE, .summary = "A shortest chain of partnerships and shared networks between two cities"},
    {AM_GET, API "cities/{id}/graph", .handler = graph_city, .query = &am_graph_city_query,
     .reply = &am_graph_city_schema, .tag = "graph",
     .flags = AM_R_LIVE, .summary = "A city's place in the graph: centralities, community, neighbourhood"},
};
const size_t am_nroutes = sizeof am_routes / sizeof am_routes[0];

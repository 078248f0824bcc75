#include "am_practice.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "am_country.h"
#include "am_practice_search.h"
#include "am_group.h"
#include "am_read.h"
#include "am_topic.h"
#include "util/am_buf.h"
#include "util/am_str.h"

const char *const am_practice_statuses[] = {"draft", "submitted", "published", "returned", NULL};

static const struct am_field org_item = {.name = "organisation_id", .type = AM_T_ID,
                                         .ref = "organisation"};
AM_CITY_REF(city_ref, "c");
AM_NETWORK_REF(network_ref, "w");
AM_ORG_REF(org_ref, "o");
static const struct am_field org_ref_item = {.name = "organisation", .type = AM_T_OBJECT,
                                             .flags = AM_F_READONLY, .object = &org_ref};
static const struct am_field author_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY, .col = "p.author_id"},
    {.name = "username", .type = AM_T_STRING, .flags = AM_F_READONLY, .col = "u.username"},
    {0},
};
static const struct am_schema author_schema = {
    .name = "Author", .doc = "The account that wrote a record.", .fields = author_fields};
static const struct am_field snippet_fields[] = {
    {.name = "text", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "hit", .type = AM_T_BOOL, .flags = AM_F_READONLY, .doc = "one of the words searched for"},
    {0},
};
static const struct am_schema snippet_schema = {
    .name = "SnippetPart", .doc = "A piece of a snippet: text, marked when it is a word found.",
    .fields = snippet_fields};
static const struct am_field snippet_item = {.name = "part", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
                                             .object = &snippet_schema};

#define PAGE_IDS "IN (SELECT value FROM json_each(?1))"
static const struct am_embed topics_embed = {
    .sql = "SELECT practice_id AS _owner, topic_id AS _v FROM practice_topic WHERE practice_id " PAGE_IDS
           " ORDER BY topic_id"};
static const struct am_embed orgs_embed = {
    .sql = "SELECT x.practice_id AS _owner, o.id, o.name, o.country FROM practice_organisation x JOIN "
           "organisation o ON o.id = x.organisation_id WHERE x.practice_id " PAGE_IDS " ORDER BY o.name"};
static const struct am_embed org_ids_embed = {
    .sql = "SELECT x.practice_id AS _owner, x.organisation_id AS _v FROM practice_organisation x JOIN "
           "organisation o ON o.id = x.organisation_id WHERE x.practice_id " PAGE_IDS " ORDER BY o.name"};

static const struct am_field fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "title", .type = AM_T_STRING, .flags = AM_F_REQUIRED, .max = 300},
    {.name = "city_id", .type = AM_T_ID, .flags = AM_F_NULLABLE | AM_F_OWNER | AM_F_SCOPED,
     .ref = "city", .doc = "the city, if the practice is a city's (some are national or regional)"},
    {.name = "city", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE, .object = &city_ref},
    {.name = "country", .type = AM_T_COUNTRY, .flags = AM_F_NULLABLE,
     .doc = "required unless city_id is given (then it is the city's)"},
    {.name = "country_name", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .col = AM_COUNTRY_NAME_SQL("k")},
    {.name = "network_id", .type = AM_T_ID, .flags = AM_F_NULLABLE | AM_F_OWNER | AM_F_SCOPED,
     .ref = "network", .doc = "the network it is submitted to, whose secretariat reviews it"},
    {.name = "network", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE, .object = &network_ref},
    {.name = "group_id", .type = AM_T_ID, .flags = AM_F_NULLABLE, .ref = "network_group", .label = "Thematic group",
     .doc = "the network's thematic group it is tagged to"},
    {.name = "organisation_ids", .type = AM_T_ARRAY, .flags = AM_F_VIRTUAL | AM_F_SCOPED,
     .item = &org_item, .max = 50, .doc = "the organisations behind it", .embed = &org_ids_embed},
    {.name = "organisations", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &org_ref_item,
     .embed = &orgs_embed},
    {.name = "start_year", .type = AM_T_INT, .flags = AM_F_NULLABLE, .min = 1900, .max = 2100},
    {.name = "end_year", .type = AM_T_INT, .flags = AM_F_NULLABLE, .min = 1900, .max = 2100},
    {.name = "ongoing", .type = AM_T_BOOL},
    {.name = "period", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .max = 100,
     .doc = "as written, e.g. \"2019 - ongoing\", \"since 2014\"; sets the years not given"},
    {.name = "topics", .type = AM_T_ARRAY, .flags = AM_F_VIRTUAL, .item = &am_topic_item, .max = 20,
     .embed = &topics_embed},
    {.name = "language", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .min = 2, .max = 2,
     .doc = "ISO 639-1 code of the text, e.g. en"},
    {.name = "summary", .type = AM_T_TEXT, .flags = AM_F_NULLABLE},
    {.name = "purpose", .type = AM_T_TEXT, .flags = AM_F_NULLABLE},
    {.name = "rationale", .type = AM_T_TEXT, .flags = AM_F_NULLABLE, .doc = "stimulus and rationale"},
    {.name = "process", .type = AM_T_TEXT, .flags = AM_F_NULLABLE},
    {.name = "results", .type = AM_T_TEXT, .flags = AM_F_NULLABLE, .doc = "results and impact"},
    {.name = "evaluation", .type = AM_T_TEXT, .flags = AM_F_NULLABLE},
    {.name = "lessons", .type = AM_T_TEXT, .flags = AM_F_NULLABLE,
     .doc = "lessons and transferability"},
    {.name = "links", .type = AM_T_TEXT, .flags = AM_F_NULLABLE},
    {.name = "contact_name", .type = AM_T_STRING, .flags = AM_F_NULLABLE | AM_F_PRIVATE,
     .doc = "private: shown only to its author, city, network and admins"},
    {.name = "contact_email", .type = AM_T_STRING, .flags = AM_F_NULLABLE | AM_F_PRIVATE, .max = 200,
     .doc = "private: shown only to its author, city, network and admins"},
    {.name = "status", .type = AM_T_ENUM, .flags = AM_F_READONLY, .values = am_practice_statuses},
    {.name = "review_comment", .type = AM_T_TEXT, .flags = AM_F_READONLY | AM_F_NULLABLE | AM_F_PRIVATE,
     .doc = "the reviewer's last comment; private, as contact_name"},
    {.name = "version", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "author", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE | AM_F_PRIVATE,
     .object = &author_schema, .doc = "the account that wrote it; private, as contact_name"},
    {.name = "published_at", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE},
    AM_FIELDS_STAMPS,
    {.name = "snippet", .type = AM_T_ARRAY, .flags = AM_F_READONLY | AM_F_VIRTUAL, .item = &snippet_item,
     .doc = "search results only: the text around the words found"},
    {.name = "score", .type = AM_T_NUMBER, .flags = AM_F_READONLY | AM_F_VIRTUAL,
     .doc = "search results only: relevance (BM25, higher is better)"},
    {.name = "shared_topics", .type = AM_T_ARRAY, .flags = AM_F_READONLY | AM_F_VIRTUAL, .item = &am_topic_item,
     .doc = "similar practices only: the topics it shares with the one asked about"},
    AM_FIELD_CAN,
    {0},
};
const struct am_schema am_practice_schema = {
    .name = "Practice", .doc = "A good practice of a city, region or country.", .fields = fields,
    .example = "{\"title\": \"Neighbourhood welcome desks\", \"city_id\": 1, \"network_id\": 1, "
               "\"period\": \"2019 - ongoing\", \"language\": \"en\", \"topics\": [\"icc-education\"], "
               "\"summary\": \"What was done, in two lines.\"}"};

/* ---- reading ------------------------------------------------------------ */

static const struct am_reading reading = {
    .from = "practice p LEFT JOIN country k ON k.code = p.country LEFT JOIN app_user u ON u.id = p.author_id "
            "LEFT JOIN city c ON c.id = p.city_id LEFT JOIN network w ON w.id = p.network_id",
    .alias = "p", .order = "p.title",
};

enum am_rc am_practice_get_many(struct am_db *db, json_t *ids, json_t **out, struct am_err *err)
{
    return am_read_ids(db, &am_practice_resource, ids, out, err);
}

/* The whole stored record (contact included). */
static enum am_rc get_full(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    return am_read_one(db, &am_practice_resource, key, out, err);
}

/* ---- who may do what ---------------------------------------------------- */

static const char *const open_states[] = {"draft", "returned", NULL};
static const char *const draft_state[] = {"draft", NULL};
static const char *const submitted_state[] = {"submitted", NULL};
static const char *const published_state[] = {"published", NULL};

/* The author and the city's officer write and submit it; the network's
 * secretariat reviews it (and may edit what it reviews); the public reads
 * it once published. The contact, the review comment and the author's
 * account stay with its city, network and author (AM_F_PRIVATE). */
static const struct am_rule rights_rules[] = {
    {AM_ACT_READ, AM_REL_ANYONE, published_state, NULL},
    {AM_ACT_READ, AM_REL_AUTHOR | AM_REL_CITY | AM_REL_NETWORK, NULL, NULL},
    {AM_ACT_CREATE, AM_REL_CITY | AM_REL_NETWORK, NULL, NULL},
    {AM_ACT_UPDATE, AM_REL_AUTHOR | AM_REL_CITY, open_states, NULL},
    {AM_ACT_UPDATE, AM_REL_NETWORK, NULL, NULL},
    {AM_ACT_DELETE, AM_REL_AUTHOR, draft_state, NULL},
    {AM_ACT_DELETE, AM_REL_ADMIN, NULL, NULL},
    {AM_ACT_SUBMIT, AM_REL_AUTHOR | AM_REL_CITY, open_states, "submitted"},
    {AM_ACT_PUBLISH, AM_REL_NETWORK, submitted_state, "published"},
    {AM_ACT_RETURN, AM_REL_NETWORK, submitted_state, "returned"},
    {0},
};
const struct am_rights am_practice_rights = {"practice", &am_practice_schema, "status", "author", rights_rules, NULL};

static const char *status_of(json_t *p)
{
    const char *s = json_string_value(json_object_get(p, "status"));
    return s ? s : "draft";
}

bool am_practice_can_view(const struct am_actor *who, json_t *p)
{
    return (am_can(&am_practice_rights, who, p) & AM_CAN(AM_ACT_READ)) != 0;
}

void am_practice_redact(const struct am_actor *who, json_t *p)
{
    am_rights_present(&am_practice_rights, who, p);
}

/* ---- the period ---------------------------------------------------------- */

static int year_at(const char *s, const char **end)
{
    /* four digits, not part of a longer number */
    for (const char *p = s; *p; p++) {
        if (isdigit((unsigned char)p[0]) && isdigit((unsigned char)p[1]) && isdigit((unsigned char)p[2]) &&
            isdigit((unsigned char)p[3]) && !isdigit((unsigned char)p[4]) &&
            (p == s || !isdigit((unsigned char)p[-1]))) {
            int y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
            if (y >= 1900 && y <= 2100) {
                *end = p + 4;
                return y;
            }
        }
    }
    return 0;
}

bool am_practice_period(const char *text, int *start, int *end, bool *ongoing)
{
    static const char *const open_words[] = {"ongoing", "present", "today", "now", "current",
                                             "since", "from", "onwards", "en cours", "depuis",
                                             "in corso", "seit", NULL};
    const char *rest;
    char low[128];
    size_t i = 0;
    for (; text[i] && i < sizeof low - 1; i++)
        low[i] = (char)tolower((unsigned char)text[i]);
    low[i] = '\0';
    *start = year_at(low, &rest);
    *end = *start ? year_at(rest, &rest) : 0;
    *ongoing = false;
    if (!*start)
        return false;
    if (*end && *end < *start) { /* "2017-2015" */
        int t = *start;
        *start = *end;
        *end = t;
    }
    for (const char *const *w = open_words; *w && !*end; w++)
        if (strstr(low, *w))
            *ongoing = true;
    return true;
}

/* ---- writing --------------------------------------------------------------- */

static enum am_rc rules(struct am_db *db, json_t *next, struct am_err *err)
{
    enum am_rc rc = am_group_in_network(db, next, err);
    if (rc)
        return rc;
    if (!am_get_id(next, "city_id") && !json_is_string(json_object_get(next, "country")))
        return am_err_set(err, AM_EINVAL, "country", "Country: choose the country (or a city)");
    const char *lang = json_string_value(json_object_get(next, "language"));
    if (lang && !(islower((unsigned char)lang[0]) && islower((unsigned char)lang[1])))
        return am_err_set(err, AM_EINVAL, "language",
                          "Language: write the two-letter ISO 639-1 code in lower case, e.g. en");
    const char *mail = json_string_value(json_object_get(next, "contact_email"));
    if (mail && (!strchr(mail, '@') || strchr(mail, ' ')))
        return am_err_set(err, AM_EINVAL, "contact_email",
                          "Contact email: is not an e-mail address; write it as name@example.org");
    json_t *s = json_object_get(next, "start_year"), *e = json_object_get(next, "end_year");
    if (json_is_integer(s) && json_is_integer(e) && json_integer_value(e) < json_integer_value(s))
        return am_err_set(err, AM_EINVAL, "end_year", "End year: is before the start year; change one of them");
    if (json_is_true(json_object_get(next, "ongoing")) && json_is_integer(e))
        return am_err_set(err, AM_EINVAL, "end_year",
                          "End year: a practice still going on has no end year; clear the end year or say it is "
                          "not ongoing");
    return AM_OK;
}

/* The country of its city; the years of a period written in words. */
static enum am_rc derive(struct am_db *db, json_t *in, json_t *extra, struct am_err *err)
{
    int64_t city = am_get_id(in, "city_id");
    if (city && !json_is_string(json_object_get(in, "country"))) {
        json_t *c = NULL;
        enum am_rc rc = am_db_one(db, "SELECT country FROM city WHERE id = ?",
                                  json_pack("[I]", (json_int_t)city), &c, err);
        if (rc)
            return rc;
        json_object_set(extra, "country", json_object_get(c, "country"));
        json_decref(c);
    }
    const char *period = json_string_value(json_object_get(in, "period"));
    int start, end;
    bool ongoing;
    /* a start year given (not null) wins over the words */
    bool given = json_is_integer(json_object_get(in, "start_year"));
    if (period && !given && am_practice_period(period, &start, &end, &ongoing)) {
        json_object_set_new(extra, "start_year", json_integer(start));
        json_object_set_new(extra, "end_year", end ? json_integer(end) : json_null());
        if (!json_object_get(in, "ongoing"))
            json_object_set_new(extra, "ongoing", json_integer(ongoing));
    }
    /* SQLite has no boolean: 0 or 1 */
    json_t *og = json_object_get(in, "ongoing");
    if (json_is_boolean(og))
        json_object_set_new(extra, "ongoing", json_integer(json_is_true(og)));
    return AM_OK;
}

/* The words of a practice, for search: title, summary, and the rest. */
static enum am_rc index_words(struct am_db *db, int64_t id, struct am_err *err)
{
    static const char *const body[] = {"purpose", "rationale", "process", "results", "evaluation",
                                       "lessons", NULL};
    json_t *p = NULL;
    enum am_rc rc = am_db_one(db, "SELECT title, summary, purpose, rationale, process, results, "
                                  "evaluation, lessons FROM practice WHERE id = ?",
                              json_pack("[I]", (json_int_t)id), &p, err);
    if (rc)
        return rc;
    struct am_buf b;
    am_buf_init(&b, 1024 * 1024);
    for (const char *const *f = body; *f; f++) {
        const char *t = json_string_value(json_object_get(p, *f));
        if (t)
            am_buf_addf(&b, "%s%s", b.len ? "\n\n" : "", t);
    }
    rc = am_db_exec(db, "DELETE FROM practice_fts WHERE rowid = ?", json_pack("[I]", (json_int_t)id),
                    NULL, err);
    if (!rc)
        rc = am_db_exec(db, "INSERT INTO practice_fts (rowid, title, summary, body) VALUES (?, ?, ?, ?)",
                        json_pack("[IOOs]", (json_int_t)id, json_object_get(p, "title"),
                                  json_object_get(p, "summary"), am_buf_str(&b)),
                        NULL, err);
    am_buf_free(&b);
    json_decref(p);
    return rc;
}

static enum am_rc links(struct am_db *db, int64_t id, json_t *in, struct am_err *err)
{
    enum am_rc rc = AM_OK;
    json_t *v;
    if ((v = json_object_get(in, "topics")))
        rc = am_links_set(db, "practice_topic", "practice_id", "topic_id", id, v, err);
    if (!rc && (v = json_object_get(in, "organisation_ids")))
        rc = am_links_set(db, "practice_organisation", "practice_id", "organisation_id", id, v, err);
    return rc ? rc : index_words(db, id, err);
}

static enum am_rc before_change(struct am_db *db, int64_t id, struct am_err *err)
{
    /* the words of a deleted practice go with it; a change re-indexes */
    return am_db_exec(db, "DELETE FROM practice_fts WHERE rowid = ?", json_pack("[I]", (json_int_t)id),
                      NULL, err);
}

static const struct am_writer writer = {
    .table = "practice", .what = "practice", .schema = &am_practice_schema, .stamps = true,
    .get = get_full, .rights = &am_practice_rights, .rules = rules, .derive = derive, .links = links,
    .before_change = before_change,
};

/* Keep this state of the practice as a version: who, when, why. */
static enum am_rc keep_version(struct am_db *db, const struct am_actor *who, int64_t id,
                               const char *action, const char *comment, struct am_err *err)
{
    char key[24], now[32];
    json_t *p = NULL;
    snprintf(key, sizeof key, "%lld", (long long)id);
    am_now(now);
    enum am_rc rc = get_full(db, key, &p, err);
    if (rc)
        return rc;
    char *text = json_dumps(p, JSON_COMPACT | JSON_SORT_KEYS);
    rc = am_db_exec(db, "INSERT INTO practice_version (practice_id, version, status, action, comment, "
                        "record, user_id, username, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    json_pack("[IOsss?sos?s]", (json_int_t)id, json_object_get(p, "version"),
                              status_of(p), action, comment, text ? text : "{}",
                              who->user_id ? json_integer(who->user_id) : json_null(),
                              who->username[0] ? who->username : NULL, now),
                    NULL, err);
    free(text);
    json_decref(p);
    return rc;
}

/* One transaction around the shared write path and the version it makes. */
static enum am_rc finish(struct am_db *db, const struct am_actor *who, enum am_rc rc, json_t *rec,
                         const char *action, const char *comment, json_t **out, struct am_err *err)
{
    int64_t id = am_get_id(rec, "id");
    if (!rc && strcmp(action, "created") == 0 && who->user_id)
        rc = am_db_exec(db, "UPDATE practice SET author_id = ? WHERE id = ?",
                        json_pack("[II]", (json_int_t)who->user_id, (json_int_t)id), NULL, err);
    if (!rc && strcmp(action, "created") != 0)
        rc = am_db_exec(db, "UPDATE practice SET version = version + 1 WHERE id = ?",
                        json_pack("[I]", (json_int_t)id), NULL, err);
    if (!rc)
        rc = keep_version(db, who, id, action, comment, err);
    if (!rc)
        rc = am_db_commit(db, err);
    else
        am_db_rollback(db);
    json_decref(rec);
    if (rc)
        return rc;
    char key[24];
    snprintf(key, sizeof key, "%lld", (long long)id);
    rc = get_full(db, key, out, err);
    if (!rc)
        am_practice_redact(who, *out);
    return rc;
}

enum am_rc am_practice_create(struct am_db *db, const struct am_actor *who, json_t *in,
                              json_t **out, struct am_err *err)
{
    json_t *rec = NULL;
    enum am_rc rc = am_db_begin(db, err);
    if (rc)
        return rc;
    rc = am_write_create(db, &writer, who, in, &rec, err);
    return finish(db, who, rc, rec, "created", NULL, out, err);
}

/* A practice under review or published that moves to another network is
 * that network's to review: it goes back to "submitted". Only an admin can
 * move one (a secretariat cannot hand it over, its author no longer edits
 * it), but even an admin's move is a review step. */
static enum am_rc back_to_review(struct am_db *db, json_t *before, json_t *after, const char **action,
                                 struct am_err *err)
{
    const char *st = status_of(before);
    bool reviewed = strcmp(st, "submitted") == 0 || strcmp(st, "published") == 0;
    if (!reviewed || am_get_id(before, "network_id") == am_get_id(after, "network_id"))
        return AM_OK;
    *action = "moved to another network: to be reviewed there";
    return am_db_exec(db, "UPDATE practice SET status = 'submitted', published_at = NULL WHERE id = ?",
                      json_pack("[I]", (json_int_t)am_get_id(after, "id")), NULL, err);
}

enum am_rc am_practice_update(struct am_db *db, const struct am_actor *who, const char *key,
                              json_t *patch, json_t **out, struct am_err *err)
{
    json_t *rec = NULL, *before = NULL;
    const char *action = "changed";
    enum am_rc rc = get_full(db, key, &before, err);
    if (!rc)
        rc = am_db_begin(db, err);
    if (rc) {
        json_decref(before);
        return rc;
    }
    rc = am_write_update(db, &writer, who, key, patch, &rec, err);
    if (!rc)
        rc = back_to_review(db, before, rec, &action, err);
    json_decref(before);
    return finish(db, who, rc, rec, action, NULL, out, err);
}

enum am_rc am_practice_delete(struct am_db *db, const struct am_actor *who, const char *key,
                              struct am_err *err)
{
    return am_write_delete(db, &writer, who, key, err);
}

enum am_rc am_practice_view(struct am_db *db, const struct am_actor *who, const char *key,
                            json_t **out, struct am_err *err)
{
    enum am_rc rc = get_full(db, key, out, err);
    if (!rc)
        rc = am_rights_need(&am_practice_rights, who, *out, AM_ACT_READ, err);
    if (rc) {
        json_decref(*out);
        *out = NULL;
        return rc;
    }
    am_practice_redact(who, *out);
    return AM_OK;
}

/* ---- review ------------------------------------------------------------------- */

static const struct am_field review_fields[] = {
    {.name = "comment", .type = AM_T_TEXT, .flags = AM_F_NULLABLE,
     .doc = "required to return a practice: what to change"},
    {0},
};
const struct am_schema am_practice_review_schema = {
    .name = "Review", .doc = "A step of the review.", .fields = review_fields,
    .example = "{\"comment\": \"Please say who took part.\"}"};

enum am_rc am_practice_transition(struct am_db *db, const struct am_actor *who, const char *key,
                                  const char *action, const char *comment, json_t **out,
                                  struct am_err *err)
{
    json_t *p = NULL;
    enum am_action act;
    const char *to = am_action_parse(action, &act) ? am_rights_step_to(&am_practice_rights, act) : NULL;
    if (!to)
        return am_err_set(err, AM_ENOTFOUND, NULL, "no review step '%.20s'", action);
    enum am_rc rc = get_full(db, key, &p, err);
    /* who may see it, then who may act, then whether its state allows */
    if (!rc)
        rc = am_rights_need(&am_practice_rights, who, p, act, err);
    if (!rc && act == AM_ACT_RETURN && (!comment || !*comment))
        rc = am_err_set(err, AM_EINVAL, "comment", "Comment: say what the author should change");
    int64_t id = am_get_id(p, "id");
    json_decref(p);
    if (!rc)
        rc = am_db_begin(db, err);
    if (rc)
        return rc;
    char now[32];
    am_now(now);
    rc = am_db_exec(db,
                    "UPDATE practice SET status = ?, review_comment = ?, updated_at = ?, "
                    "published_at = CASE WHEN ? = 'published' THEN ? ELSE published_at END WHERE id = ?",
                    json_pack("[ss?sssI]", to, comment && *comment ? comment : NULL, now, to, now, (json_int_t)id),
                    NULL, err);
    json_t *rec = rc ? NULL : json_pack("{s:I}", "id", (json_int_t)id);
    return finish(db, who, rc, rec, to, comment, out, err);
}

/* ---- versions ------------------------------------------------------------------ */

static const struct am_field version_fields[] = {
    {.name = "version", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "status", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "action", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "comment", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "username", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "at", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "record", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE, .object = &am_practice_schema,
     .doc = "the practice as it was (contact shown to who may edit it)"},
    {0},
};
const struct am_schema am_practice_version_schema = {
    .name = "PracticeVersion", .doc = "A kept state of a practice.", .fields = version_fields};

/* Those inside the practice's circle (its author, city, network, admins)
 * see every version, with comments and who made it; anyone else sees the
 * published ones only, without comments, names or private fields. */
enum am_rc am_practice_versions(struct am_db *db, const struct am_actor *who, const char *key,
                                json_t **out, struct am_err *err)
{
    json_t *p = NULL, *rows = NULL;
    enum am_rc rc = get_full(db, key, &p, err);
    if (!rc)
        rc = am_rights_need(&am_practice_rights, who, p, AM_ACT_READ, err);
    bool inside = !rc && am_rights_inside(&am_practice_rights, who, p);
    if (!rc)
        rc = am_db_all(db, "SELECT version, status, action, comment, username, at, record FROM "
                           "practice_version WHERE practice_id = ?1 AND (?2 OR status = 'published') "
                           "ORDER BY version DESC",
                       json_pack("[Ob]", json_object_get(p, "id"), inside), &rows, err);
    json_decref(p);
    if (rc)
        return rc;
    size_t i;
    json_t *v;
    json_array_foreach(rows, i, v) {
        json_t *rec = json_loads(json_string_value(json_object_get(v, "record")), 0, NULL);
        if (rec && !inside)
            am_rights_strip_private(&am_practice_schema, rec);
        json_object_set_new(v, "record", rec ? rec : json_null());
        if (!inside) {
            json_object_set_new(v, "comment", json_null());
            json_object_set_new(v, "username", json_null());
        }
    }
    *out = json_pack("{s:o,s:I,s:n}", "items", rows, "total", (json_int_t)json_array_size(rows), "next");
    return AM_OK;
}

/* ---- the CLI's view (admin) --------------------------------------------------------- */

static enum am_rc list(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    return am_practice_search(db, &am_actor_cli, query, out, err);
}

static enum am_rc create(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out,
                         struct am_err *err)
{
    return am_practice_create(db, who, in, out, err);
}

static enum am_rc update(struct am_db *db, const struct am_actor *who, const char *key,
                         json_t *patch, json_t **out, struct am_err *err)
{
    return am_practice_update(db, who, key, patch, out, err);
}

static enum am_rc remove_practice(struct am_db *db, const struct am_actor *who, const char *key,
                                  struct am_err *err)
{
    return am_practice_delete(db, who, key, err);
}

const struct am_resource am_practice_resource = {
    .name = "practices", .singular = "practice", .table = "practice", .key = "id",
    .doc = "Good practices: template, review, full-text search with facets.",
    .schema = &am_practice_schema, .filters = &am_practice_search_query, .rights = &am_practice_rights,
    .reading = &reading,
    .list_summary = true,
    .list = list, .get = get_full, .create = create, .update = update, .remove = remove_practice,
};

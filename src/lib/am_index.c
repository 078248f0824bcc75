#include "am_index.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "am_resource.h"
#include "am_topic.h"
#include "util/am_blob.h"
#include "util/am_labels.h"
#include "util/am_lang.h"
#include "util/am_str.h"

/* ---- schemas ------------------------------------------------------------------ */

static const char *const statuses[] = {"draft", "submitted", NULL};

static const struct am_field city_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "country", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {0},
};
const struct am_schema am_index_city_schema = {.name = "IndexCity", .doc = "The city of a response or a result.",
                                               .fields = city_fields};

/* Sent: option (or value), note and link; replied with the points too. */
static const struct am_field answer_fields[] = {
    {.name = "option", .type = AM_T_STRING, .doc = "the option chosen, for a scored question"},
    {.name = "value", .type = AM_T_NUMBER, .doc = "the number, for a context question"},
    {.name = "note", .type = AM_T_TEXT, .flags = AM_F_NULLABLE, .max = 4000, .doc = "evidence"},
    {.name = "link", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .max = 500,
     .doc = "evidence: an http:// or https:// address (empty: none)"},
    {.name = "points", .type = AM_T_NUMBER, .flags = AM_F_READONLY, .doc = "of the option chosen (0: none)"},
    {.name = "max", .type = AM_T_NUMBER, .flags = AM_F_READONLY, .doc = "the most an option gives"},
    {.name = "indicator", .type = AM_T_STRING, .flags = AM_F_READONLY, .doc = "the question's"},
    {0},
};
const struct am_schema am_index_answer_schema = {
    .name = "IndexAnswer", .doc = "An answer to a question (points, max and indicator: scored questions only).",
    .fields = answer_fields};
static const struct am_field answer_item = {
    .name = "answer", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &am_index_answer_schema};

static const struct am_field completeness_fields[] = {
    {.name = "answered", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "questions of counted indicators"},
    {.name = "questions", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "of counted indicators"},
    {.name = "share", .type = AM_T_NUMBER, .flags = AM_F_READONLY, .doc = "per cent answered"},
    {0},
};
static const struct am_schema completeness_schema = {
    .name = "IndexCompleteness", .doc = "How much of the questionnaire is answered.", .fields = completeness_fields};
static const struct am_field scored_fields[] = {
    {.name = "id", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "label", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "weight", .type = AM_T_NUMBER, .flags = AM_F_READONLY},
    {.name = "optional", .type = AM_T_BOOL, .flags = AM_F_READONLY},
    {.name = "counted", .type = AM_T_BOOL, .flags = AM_F_READONLY, .doc = "false: optional and not answered"},
    {.name = "score", .type = AM_T_NUMBER, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .doc = "points / max × 100; null when not counted"},
    {.name = "points", .type = AM_T_NUMBER, .flags = AM_F_READONLY},
    {.name = "max", .type = AM_T_NUMBER, .flags = AM_F_READONLY},
    {.name = "answered", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "questions", .type = AM_T_INT, .flags = AM_F_READONLY},
    {0},
};
static const struct am_schema scored_schema = {
    .name = "IndexScoredIndicator", .doc = "An indicator's score, with the numbers it comes from.",
    .fields = scored_fields};
static const struct am_field composite_score_fields[] = {
    {.name = "id", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "label", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "score", .type = AM_T_NUMBER, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .doc = "the weighted mean of its counted indicators; null: none counted"},
    {0},
};
static const struct am_schema composite_score_schema = {
    .name = "IndexCompositeScore", .doc = NULL, .fields = composite_score_fields};
static const struct am_field context_value_fields[] = {
    {.name = "population", .type = AM_T_NUMBER, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "foreign_born_pct", .type = AM_T_NUMBER, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {0},
};
static const struct am_schema context_value_schema = {
    .name = "IndexContextAnswers", .doc = "The answers to the context questions that place a city in groups.",
    .fields = context_value_fields};
static const struct am_field scores_fields[] = {
    {.name = "aggregate", .type = AM_T_NUMBER, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .doc = "the weighted mean of the counted indicators; null: none counted"},
    {.name = "completeness", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &completeness_schema},
    {.name = "indicators", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "indicator", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
                                      .object = &scored_schema}},
    {.name = "composites", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "composite", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
                                      .object = &composite_score_schema}},
    {.name = "optional_in", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "indicator", .type = AM_T_STRING, .flags = AM_F_READONLY},
     .doc = "the optional indicators counted"},
    {.name = "context", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &context_value_schema},
    {0},
};
const struct am_schema am_index_scores_schema = {
    .name = "IndexScores", .doc = "Scores computed from the answers, every number traced.", .fields = scores_fields};

static const struct am_field response_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "city_id", .type = AM_T_ID, .flags = AM_F_REQUIRED | AM_F_OWNER, .ref = "city"},
    {.name = "round", .type = AM_T_INT, .flags = AM_F_REQUIRED, .min = 2000, .max = 2100,
     .doc = "the year of the round"},
    {.name = "edition", .type = AM_T_STRING, .max = 60,
     .doc = "the questionnaire's edition; default the newest"},
    {.name = "status", .type = AM_T_ENUM, .flags = AM_F_READONLY, .values = statuses},
    {.name = "answers", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .item = &answer_item,
     .doc = "by question id"},
    {.name = "scores", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &am_index_scores_schema},
    {.name = "city", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &am_index_city_schema},
    {.name = "version", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "one more with every change"},
    {.name = "submitted_at", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "created_at", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "updated_at", .type = AM_T_STRING, .flags = AM_F_READONLY},
    AM_FIELD_CAN,
    {0},
};
const struct am_schema am_index_response_schema = {
    .name = "IndexResponse", .doc = "A city's answers to the Index in one round.", .fields = response_fields,
    .example = "{\"city_id\": 1, \"round\": 2025}"};

static const struct am_field answers_fields[] = {
    {.name = "answers", .type = AM_T_OBJECT, .flags = AM_F_REQUIRED,
     .item = &(const struct am_field){.name = "answer", .type = AM_T_OBJECT, .flags = AM_F_NULLABLE,
                                      .object = &am_index_answer_schema},
     .doc = "by question id: {option} (or {value} for the context questions), with an optional "
            "note and link; null removes the answer"},
    {0},
};
const struct am_schema am_index_answers_schema = {
    .name = "IndexAnswers", .doc = "Answers to set.", .fields = answers_fields,
    .example = "{\"answers\": {\"commitment.strategy\": {\"option\": \"yes\", "
               "\"note\": \"Adopted by the council\"}}}"};

static const struct am_field response_query_fields[] = {
    {.name = "city", .type = AM_T_ID},
    {.name = "round", .type = AM_T_INT, .min = 2000, .max = 2100},
    {.name = "status", .type = AM_T_ENUM, .values = statuses},
    {.name = "limit", .type = AM_T_INT, .min = 1, .max = 500},
    {.name = "cursor", .type = AM_T_STRING, .max = 400},
    {0},
};
const struct am_schema am_index_response_query = {
    .name = "IndexResponseQuery", .doc = NULL, .fields = response_query_fields};

static const struct am_field report_query_fields[] = {
    {.name = "city", .type = AM_T_ID, .flags = AM_F_REQUIRED, .example = "1"},
    {.name = "round", .type = AM_T_INT, .min = 2000, .max = 2100,
     .doc = "default: the city's latest round"},
    {.name = "country", .type = AM_T_COUNTRY, .doc = "also rank among the cities of a country"},
    {.name = "network", .type = AM_T_ID, .doc = "also rank among the members of a network"},
    {0},
};
const struct am_schema am_index_report_query = {
    .name = "IndexReportQuery", .doc = NULL, .fields = report_query_fields};

static const char *const groups[] = {"all", "over_200k", "under_200k", "over_15pct", "under_15pct", NULL};

static const struct am_field results_query_fields[] = {
    {.name = "round", .type = AM_T_INT, .min = 2000, .max = 2100,
     .doc = "default: the newest round with results"},
    {.name = "city", .type = AM_T_ID, .doc = "only this city's row (ranked in the whole group)"},
    {.name = "group", .type = AM_T_ENUM, .values = groups,
     .doc = "size (200,000 inhabitants) or diversity (15% born abroad) group; default all"},
    {.name = "country", .type = AM_T_COUNTRY},
    {.name = "network", .type = AM_T_ID},
    {0},
};
const struct am_schema am_index_results_query = {
    .name = "IndexResultsQuery", .doc = NULL, .fields = results_query_fields};

/* A city's officer answers its Index and submits it; the draft is the
 * city's until then. */
static const char *const draft_state[] = {"draft", NULL};
static const char *const submitted_state[] = {"submitted", NULL};
static const struct am_rule response_rules[] = {
    {AM_ACT_READ, AM_REL_ANYONE, submitted_state, NULL},
    {AM_ACT_READ, AM_REL_CITY, NULL, NULL},
    {AM_ACT_CREATE, AM_REL_CITY, NULL, NULL},
    {AM_ACT_UPDATE, AM_REL_CITY, draft_state, NULL},
    {AM_ACT_SUBMIT, AM_REL_CITY, draft_state, "submitted"},
    {AM_ACT_DELETE, AM_REL_CITY, draft_state, NULL},
    {0},
};
const struct am_rights am_index_response_rights = {"Index response", &am_index_response_schema, "status", NULL,
                                                   response_rules, NULL};
/* ---- the questionnaire, as replied -------------------------------------------- */

#define RO(n, t) {.name = n, .type = t, .flags = AM_F_READONLY}
#define RO_NULL(n, t) {.name = n, .type = t, .flags = AM_F_READONLY | AM_F_NULLABLE}
static const struct am_field context_fields[] = {
    RO("id", AM_T_STRING), RO("text", AM_T_STRING), RO("type", AM_T_STRING), RO_NULL("unit", AM_T_STRING),
    RO_NULL("min", AM_T_NUMBER), RO_NULL("max", AM_T_NUMBER), {0},
};
static const struct am_schema context_schema = {
    .name = "IndexContextQuestion", .doc = "A question about the city, not scored.", .fields = context_fields};
static const struct am_field string_item = RO("item", AM_T_STRING);
static const struct am_field composite_fields[] = {
    RO("id", AM_T_STRING), RO("label", AM_T_STRING),
    {.name = "indicators", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &string_item},
    {0},
};
static const struct am_schema composite_schema = {
    .name = "IndexComposite", .doc = "Indicators read together, e.g. the intercultural lens.",
    .fields = composite_fields};
static const struct am_field option_fields[] = {
    RO("id", AM_T_STRING), RO("label", AM_T_STRING), RO("points", AM_T_NUMBER), {0},
};
static const struct am_schema option_schema = {
    .name = "IndexOption", .doc = "An answer to choose, with its points.", .fields = option_fields};
static const struct am_field option_item = {
    .name = "option", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &option_schema};
static const struct am_field question_fields[] = {
    RO("id", AM_T_STRING), RO("kind", AM_T_STRING), RO("text", AM_T_STRING),
    {.name = "options", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &option_item},
    {0},
};
static const struct am_schema question_schema = {
    .name = "IndexQuestion", .doc = "A scored question of an indicator.", .fields = question_fields};
static const struct am_field question_item = {
    .name = "question", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &question_schema};
static const struct am_field indicator_fields[] = {
    RO("id", AM_T_STRING), RO("label", AM_T_STRING), RO("weight", AM_T_NUMBER), RO_NULL("weight_why", AM_T_STRING),
    RO("optional", AM_T_BOOL), RO_NULL("about", AM_T_STRING),
    {.name = "topics", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &am_topic_item,
     .doc = "the topics of the shared vocabulary it is about (an expert's expertise is matched to them)"},
    {.name = "questions", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &question_item},
    {0},
};
static const struct am_schema indicator_schema = {
    .name = "IndexIndicator", .doc = "An indicator: its weight and its questions.", .fields = indicator_fields};
static const struct am_field context_item = {
    .name = "question", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &context_schema};
static const struct am_field composite_item = {
    .name = "composite", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &composite_schema};
static const struct am_field indicator_item = {
    .name = "indicator", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &indicator_schema};
static const struct am_field questionnaire_fields[] = {
    RO("edition", AM_T_STRING), RO("title", AM_T_STRING), RO_NULL("year", AM_T_INT), RO_NULL("basis", AM_T_TEXT),
    RO_NULL("licence", AM_T_STRING),
    {.name = "context", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &context_item},
    {.name = "composites", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &composite_item},
    {.name = "indicators", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &indicator_item},
    {0},
};
const struct am_schema am_index_questionnaire_schema = {
    .name = "IndexQuestionnaire", .doc = "An edition of the questionnaire.", .fields = questionnaire_fields};

static const struct am_field edition_fields[] = {
    RO("id", AM_T_STRING), RO("title", AM_T_STRING), RO_NULL("year", AM_T_INT), RO("loaded_at", AM_T_STRING), {0},
};
const struct am_schema am_index_edition_schema = {
    .name = "IndexEdition", .doc = "An edition of the questionnaire, as listed.", .fields = edition_fields};

static const struct am_field response_row_fields[] = {
    RO("id", AM_T_INT), RO("city_id", AM_T_INT), RO("city_name", AM_T_STRING), RO("round", AM_T_INT),
    RO("edition", AM_T_STRING), RO("status", AM_T_STRING), RO("version", AM_T_INT), RO("updated_at", AM_T_STRING),
    {0},
};
const struct am_schema am_index_response_row_schema = {
    .name = "IndexResponseRow", .doc = "A response, as listed.", .fields = response_row_fields};

static const struct am_field response_version_fields[] = {
    RO("version", AM_T_INT), RO("action", AM_T_STRING), RO_NULL("username", AM_T_STRING), RO("at", AM_T_STRING),
    {.name = "record", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .object = &am_index_response_schema, .doc = "the response as it was"},
    {0},
};
const struct am_schema am_index_response_version_schema = {
    .name = "IndexResponseVersion", .doc = "A kept state of a response: who, when, what.",
    .fields = response_version_fields};
#undef RO
#undef RO_NULL

/* ---- editions ------------------------------------------------------------------- */

enum am_rc am_index_load_editions(struct am_db *db, int64_t *added, struct am_err *err)
{
    static const char DIR[] = "data/index/";
    int64_t n = 0;
    char now[32];
    am_now(now);
    enum am_rc rc = AM_OK;
    for (size_t i = 0; !rc && i < am_nblobs; i++) {
        const char *name = am_blobs[i].name;
        size_t len = strlen(name);
        if (strncmp(name, DIR, sizeof DIR - 1) != 0 || len < 5 || strcmp(name + len - 5, ".json") != 0)
            continue;
        json_error_t je;
        json_t *ed = json_loadb(am_blobs[i].data, am_blobs[i].len, 0, &je);
        if (!ed)
            return am_err_set(err, AM_EINTERNAL, "edition", "%s: line %d: %s", name, je.line, je.text);
        rc = am_index_edition_check(ed, err);
        char *text = rc ? NULL : json_dumps(ed, JSON_COMPACT);
        int64_t changes = 0;
        if (!rc)
            rc = am_db_exec(db, "INSERT OR IGNORE INTO index_edition (id, title, year, definition, loaded_at) "
                                "VALUES (?, ?, ?, ?, ?)",
                            json_pack("[OOOss]", json_object_get(ed, "edition"), json_object_get(ed, "title"),
                                      json_is_integer(json_object_get(ed, "year"))
                                          ? json_object_get(ed, "year") : json_null(),
                                      text ? text : "", now),
                            &changes, err);
        n += changes;
        free(text);
        json_decref(ed);
    }
    if (added)
        *added = n;
    return rc;
}

/* Editions are loaded with the database; a database made before them gets
 * them on first use. */
static enum am_rc editions_ready(struct am_db *db, struct am_err *err)
{
    int64_t n = 0;
    enum am_rc rc = am_db_i64(db, "SELECT count(*) FROM index_edition", json_array(), &n, err);
    return rc || n ? rc : am_index_load_editions(db, NULL, err);
}

/* The words of an edition for people (its title, questions, options,
 * indicators' names and notes) in the language of the names read: amity's
 * own wording, translated in data/i18n/texts.tsv. Ids, points and weights
 * are left alone, and so is everything when the names are read in English
 * (a write, the command line, an import matching published columns). */
static void translate_key(json_t *node, const char *key, enum am_lang l)
{
    json_t *v = json_object_get(node, key);
    const char *t = json_is_string(v) ? am_label_in(json_string_value(v), l) : NULL;
    if (t)
        json_object_set_new(node, key, json_string(t));
}

static void translate_all(json_t *list, const char *const *keys, enum am_lang l)
{
    size_t i;
    json_t *item;
    json_array_foreach(list, i, item)
        for (const char *const *k = keys; *k; k++)
            translate_key(item, *k, l);
}

static void edition_words(json_t *edition, enum am_lang l)
{
    static const char *const top[] = {"title", "basis", NULL}, *const context[] = {"text", "unit", NULL},
                             *const labelled[] = {"label", NULL},
                             *const indicator[] = {"label", "about", "weight_why", NULL},
                             *const question[] = {"text", NULL};
    for (const char *const *k = top; *k; k++)
        translate_key(edition, *k, l);
    translate_all(json_object_get(edition, "context"), context, l);
    translate_all(json_object_get(edition, "composites"), labelled, l);
    json_t *indicators = json_object_get(edition, "indicators"), *ind, *q;
    translate_all(indicators, indicator, l);
    size_t i, k;
    json_array_foreach(indicators, i, ind) {
        translate_all(json_object_get(ind, "questions"), question, l);
        json_array_foreach(json_object_get(ind, "questions"), k, q)
            translate_all(json_object_get(q, "options"), labelled, l);
    }
}

enum am_rc am_index_edition(struct am_db *db, const char *id, json_t **out, struct am_err *err)
{
    json_t *row = NULL;
    enum am_rc rc = editions_ready(db, err);
    if (!rc)
        rc = id ? am_db_one(db, "SELECT definition FROM index_edition WHERE id = ?", json_pack("[s]", id),
                            &row, err)
                : am_db_one(db, "SELECT definition FROM index_edition ORDER BY year DESC, id DESC LIMIT 1",
                            json_array(), &row, err);
    if (rc == AM_ENOTFOUND)
        return am_err_set(err, AM_ENOTFOUND, "edition", "no edition '%.60s' of the questionnaire",
                          id ? id : "");
    if (rc)
        return rc;
    *out = json_loads(json_string_value(json_object_get(row, "definition")), 0, NULL);
    json_decref(row);
    if (*out && am_lang_names() != AM_LANG_EN)
        edition_words(*out, am_lang_names());
    return *out ? AM_OK : am_err_set(err, AM_EINTERNAL, NULL, "a stored edition is not JSON");
}

enum am_rc am_index_editions(struct am_db *db, json_t **out, struct am_err *err)
{
    json_t *rows = NULL;
    enum am_rc rc = editions_ready(db, err);
    if (!rc)
        rc = am_db_all(db, "SELECT id, am_label(title) AS title, year, loaded_at FROM index_edition "
                           "ORDER BY year DESC, id DESC",
                       json_array(), &rows, err);
    if (!rc)
        *out = json_pack("{s:o,s:I,s:n}", "items", rows, "total", (json_int_t)json_array_size(rows), "next");
    return rc;
}

/* ---- one response ----------------------------------------------------------------- */

static json_t *find_question(json_t *edition, const char *id, json_t **indicator)
{
    size_t i, k;
    json_t *ind, *q;
    json_array_foreach(json_object_get(edition, "context"), i, q)
        if (strcmp(json_string_value(json_object_get(q, "id")), id) == 0) {
            *indicator = NULL;
            return q;
        }
    json_array_foreach(json_object_get(edition, "indicators"), i, ind)
        json_array_foreach(json_object_get(ind, "questions"), k, q)
            if (strcmp(json_string_value(json_object_get(q, "id")), id) == 0) {
                *indicator = ind;
                return q;
            }
    return NULL;
}

/* The answers as scoring reads them, with the points and the most points
 * of each, so that a report can show where every number comes from. */
static json_t *traced_answers(json_t *edition, json_t *rows)
{
    json_t *answers = json_object(), *r;
    size_t i;
    json_array_foreach(rows, i, r) {
        const char *qid = json_string_value(json_object_get(r, "question_id"));
        json_t *ind = NULL, *q = find_question(edition, qid, &ind);
        json_t *a = json_object();
        static const char *const keys[] = {"option", "value", "note", "link"};
        static const char *const cols[] = {"option_id", "value", "note", "link"};
        for (size_t k = 0; k < 4; k++) {
            json_t *v = json_object_get(r, cols[k]);
            if (v && !json_is_null(v))
                json_object_set(a, keys[k], v);
        }
        if (q && ind) {
            const char *opt = json_string_value(json_object_get(a, "option"));
            double max = 0, points = 0;
            size_t j;
            json_t *o;
            json_array_foreach(json_object_get(q, "options"), j, o) {
                double p = json_number_value(json_object_get(o, "points"));
                max = p > max ? p : max;
                if (opt && strcmp(json_string_value(json_object_get(o, "id")), opt) == 0)
                    points = p;
            }
            json_object_set_new(a, "points", json_real(points));
            json_object_set_new(a, "max", json_real(max));
            json_object_set(a, "indicator", json_object_get(ind, "id"));
        }
        json_object_set_new(answers, qid, a);
    }
    return answers;
}

/* The response as stored, with its answers and scores; NULL edition: read. */
static enum am_rc load_response(struct am_db *db, int64_t id, json_t **out, struct am_err *err)
{
    json_t *r = NULL, *rows = NULL, *edition = NULL;
    enum am_rc rc = am_db_one(db, "SELECT r.id, r.city_id, c.name AS city_name, c.country, r.round, "
                                  "r.edition_id AS edition, r.status, r.version, r.submitted_at, "
                                  "r.created_at, r.updated_at FROM index_response r JOIN city c ON "
                                  "c.id = r.city_id WHERE r.id = ?",
                              json_pack("[I]", (json_int_t)id), &r, err);
    if (rc == AM_ENOTFOUND)
        return am_err_set(err, rc, NULL, "no response with id %lld", (long long)id);
    if (!rc)
        rc = am_index_edition(db, json_string_value(json_object_get(r, "edition")), &edition, err);
    if (!rc)
        rc = am_db_all(db, "SELECT question_id, option_id, value, note, link FROM index_answer "
                           "WHERE response_id = ? ORDER BY question_id",
                       json_pack("[I]", (json_int_t)id), &rows, err);
    if (rc) {
        json_decref(r);
        json_decref(edition);
        return rc;
    }
    json_t *answers = traced_answers(edition, rows);
    json_object_set_new(r, "city", json_pack("{s:O,s:O,s:O}", "id", json_object_get(r, "city_id"), "name",
                                             json_object_get(r, "city_name"), "country",
                                             json_object_get(r, "country")));
    json_object_del(r, "city_name");
    json_object_del(r, "country");
    json_object_set_new(r, "scores", am_index_score(edition, answers));
    json_object_set_new(r, "answers", answers);
    json_decref(rows);
    json_decref(edition);
    *out = r;
    return AM_OK;
}

static bool may_see(const struct am_actor *who, json_t *r)
{
    return (am_can(&am_index_response_rights, who, r) & AM_CAN(AM_ACT_READ)) != 0;
}

static enum am_rc response_for(struct am_db *db, const struct am_actor *who, const char *key, json_t **out,
                               struct am_err *err)
{
    int64_t id;
    enum am_rc rc = am_key_id(key, "response", &id, err);
    if (!rc)
        rc = load_response(db, id, out, err);
    if (!rc && (rc = am_rights_need(&am_index_response_rights, who, *out, AM_ACT_READ, err))) {
        json_decref(*out); /* a draft is the city's until it is submitted */
        *out = NULL;
    }
    return rc;
}

static enum am_rc keep_version(struct am_db *db, const struct am_actor *who, int64_t id, const char *action,
                               json_t **out, struct am_err *err)
{
    char now[32];
    am_now(now);
    json_t *r = NULL;
    enum am_rc rc = am_db_exec(db, "UPDATE index_response SET version = version + 1, updated_at = ? WHERE id = ?",
                               json_pack("[sI]", now, (json_int_t)id), NULL, err);
    if (!rc)
        rc = load_response(db, id, &r, err);
    char *text = r ? json_dumps(r, JSON_COMPACT) : NULL;
    if (!rc)
        rc = am_db_exec(db, "INSERT INTO index_response_version (response_id, version, action, record, "
                            "user_id, username, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        json_pack("[IOssoss]", (json_int_t)id, json_object_get(r, "version"), action,
                                  text ? text : "{}", who->user_id ? json_integer(who->user_id) : json_null(),
                                  who->username[0] ? who->username : "amity", now),
                        NULL, err);
    free(text);
    if (rc || !out)
        json_decref(r);
    else
        *out = r;
    return rc;
}

/* A foreign key would fail later as a conflict: say what is wrong first. */
static enum am_rc city_exists(struct am_db *db, json_t *in, struct am_err *err)
{
    int64_t n = 0;
    enum am_rc rc = am_db_i64(db, "SELECT count(*) FROM city WHERE id = ?",
                              json_pack("[O]", json_object_get(in, "city_id")), &n, err);
    return rc || n ? rc : am_err_set(err, AM_EINVAL, "city_id", "city_id: no such city");
}

static enum am_rc finish(struct am_db *db, enum am_rc rc, struct am_err *err)
{
    if (!rc)
        return am_db_commit(db, err);
    am_db_rollback(db);
    return rc;
}

enum am_rc am_index_response_create(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out,
                                    struct am_err *err)
{
    int64_t city = am_get_id(in, "city_id"), id = 0;
    json_t *edition = NULL;
    enum am_rc rc = am_rights_need(&am_index_response_rights, who, in, AM_ACT_CREATE, err);
    if (rc)
        return rc;
    char now[32];
    am_now(now);
    int next_year = am_time_year() + 1;
    if (json_integer_value(json_object_get(in, "round")) > next_year)
        return am_err_set(err, AM_EINVAL, "round", "round: a year up to %d", next_year);
    const char *ed = json_string_value(json_object_get(in, "edition"));
    rc = city_exists(db, in, err);
    if (!rc && (rc = am_index_edition(db, ed, &edition, err)) == AM_ENOTFOUND)
        rc = am_err_set(err, AM_EINVAL, "edition", "edition: no edition '%.60s' of the questionnaire", ed);
    if (rc)
        return rc;
    rc = am_db_begin(db, err);
    if (!rc)
        rc = am_db_exec(db, "INSERT INTO index_response (city_id, round, edition_id, created_by, created_at, "
                            "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 0)",
                        json_pack("[IOOoss]", (json_int_t)city, json_object_get(in, "round"),
                                  json_object_get(edition, "edition"),
                                  who->user_id ? json_integer(who->user_id) : json_null(), now, now),
                        NULL, err);
    if (rc == AM_ECONFLICT)
        rc = am_err_set(err, AM_ECONFLICT, "round", "round: this city already has a response for %lld",
                        (long long)json_integer_value(json_object_get(in, "round")));
    if (!rc) {
        id = am_db_last_id(db);
        rc = keep_version(db, who, id, "created", out, err);
    }
    json_decref(edition);
    return finish(db, rc, err);
}

enum am_rc am_index_response_get(struct am_db *db, const struct am_actor *who, const char *key, json_t **out,
                                 struct am_err *err)
{
    return response_for(db, who, key, out, err);
}

enum am_rc am_index_response_list(struct am_db *db, const struct am_actor *who, json_t *query, json_t **out,
                                  struct am_err *err)
{
    json_t *rows = NULL;
    enum am_rc rc = am_db_all(db, "SELECT r.id, r.city_id, c.name AS city_name, r.round, r.edition_id AS "
                                  "edition, r.status, r.version, r.updated_at FROM index_response r JOIN "
                                  "city c ON c.id = r.city_id WHERE (?1 IS NULL OR r.city_id = ?1) AND "
                                  "(?2 IS NULL OR r.round = ?2) AND (?3 IS NULL OR r.status = ?3) "
                                  "ORDER BY r.round DESC, c.name, r.id",
                              json_pack("[OOO]", json_object_get(query, "city") ? json_object_get(query, "city")
                                                                                : json_null(),
                                        json_object_get(query, "round") ? json_object_get(query, "round")
                                                                        : json_null(),
                                        json_object_get(query, "status") ? json_object_get(query, "status")
                                                                         : json_null()),
                              &rows, err);
    if (rc)
        return rc;
    json_t *seen = json_array(), *r, *items = json_array();
    size_t i;
    json_array_foreach(rows, i, r)
        if (may_see(who, r))
            json_array_append(seen, r);
    json_decref(rows);
    /* pages by position: the order (round, city, id) is stable */
    json_t *jl = json_object_get(query, "limit"), *sv = NULL;
    size_t limit = jl ? (size_t)json_integer_value(jl) : 50, offset = 0;
    int64_t off = 0;
    const char *cursor = json_string_value(json_object_get(query, "cursor"));
    enum am_rc rc2 = cursor ? am_cursor_decode(cursor, &sv, &off, err) : AM_OK;
    json_decref(sv);
    if (rc2) {
        json_decref(seen);
        json_decref(items);
        return rc2;
    }
    offset = off > 0 ? (size_t)off : 0;
    size_t total = json_array_size(seen);
    for (i = offset; i < total && i < offset + limit; i++)
        json_array_append(items, json_array_get(seen, i));
    char *next = NULL;
    if (offset + limit < total) {
        json_t *zero = json_integer(0);
        next = am_cursor_encode(zero, (int64_t)(offset + limit));
        json_decref(zero);
    }
    *out = json_pack("{s:o,s:I,s:s?}", "items", items, "total", (json_int_t)total, "next", next);
    free(next);
    json_decref(seen);
    return AM_OK;
}

static enum am_rc for_change(struct am_db *db, const struct am_actor *who, const char *key,
                             enum am_action act, json_t **r, struct am_err *err)
{
    enum am_rc rc = response_for(db, who, key, r, err);
    if (!rc && (rc = am_rights_need(&am_index_response_rights, who, *r, act, err))) {
        json_decref(*r);
        *r = NULL;
    }
    return rc;
}

/* One answer, checked against its question; AM_EINVAL naming answers.ID. */
static enum am_rc check_answer(json_t *edition, const char *qid, json_t *a, struct am_err *err)
{
    char field[96];
    snprintf(field, sizeof field, "answers.%.80s", qid);
    json_t *ind = NULL, *q = find_question(edition, qid, &ind);
    if (!q)
        return am_err_set(err, AM_EINVAL, field, "%s: not a question of this edition", field);
    if (json_is_null(a))
        return AM_OK;
    if (!json_is_object(a))
        return am_err_set(err, AM_EINVAL, field, "%s: an object {option} or {value}, or null", field);
    const char *key;
    json_t *v;
    json_object_foreach(a, key, v) {
        bool known = strcmp(key, "option") == 0 || strcmp(key, "value") == 0 || strcmp(key, "note") == 0 ||
                     strcmp(key, "link") == 0;
        if (!known)
            return am_err_set(err, AM_EINVAL, field, "%s: '%.40s' is not option, value, note or link", field, key);
    }
    json_t *note = json_object_get(a, "note"), *link = json_object_get(a, "link");
    if (note && !json_is_null(note) && (!json_is_string(note) || am_utf8_len(json_string_value(note)) > 4000))
        return am_err_set(err, AM_EINVAL, field, "%s: note is text of up to 4000 characters", field);
    if (link && !json_is_null(link) && !(json_is_string(link) && !json_string_length(link)) &&
        (!json_is_string(link) || json_string_length(link) > 500 ||
         (strncmp(json_string_value(link), "http://", 7) != 0 && strncmp(json_string_value(link), "https://", 8) != 0)))
        return am_err_set(err, AM_EINVAL, field, "%s: link is an http:// or https:// address", field);
    if (json_object_get(a, ind ? "value" : "option"))
        return am_err_set(err, AM_EINVAL, field, "%s: %s", field,
                          ind ? "a question takes an option, not a value" : "a context question takes a value, not an option");
    if (!ind) { /* a context question: a number within its bounds */
        json_t *val = json_object_get(a, "value");
        json_t *min = json_object_get(q, "min"), *max = json_object_get(q, "max");
        if (!json_is_number(val) || (min && json_number_value(val) < json_number_value(min)) ||
            (max && json_number_value(val) > json_number_value(max)))
            return am_err_set(err, AM_EINVAL, field, "%s: value is a number from %g to %g", field,
                              min ? json_number_value(min) : 0.0, max ? json_number_value(max) : 0.0);
        return AM_OK;
    }
    const char *opt = json_string_value(json_object_get(a, "option"));
    size_t i;
    json_t *o;
    json_array_foreach(json_object_get(q, "options"), i, o)
        if (opt && strcmp(json_string_value(json_object_get(o, "id")), opt) == 0)
            return AM_OK;
    return am_err_set(err, AM_EINVAL, field, "%s: option is one of the question's options", field);
}

enum am_rc am_index_response_answer(struct am_db *db, const struct am_actor *who, const char *key, json_t *in,
                                    json_t **out, struct am_err *err)
{
    json_t *r = NULL, *edition = NULL, *answers = json_object_get(in, "answers");
    if (!json_is_object(answers))
        return am_err_set(err, AM_EINVAL, "answers", "answers: an object of question ids");
    enum am_rc rc = for_change(db, who, key, AM_ACT_UPDATE, &r, err);
    if (!rc)
        rc = am_index_edition(db, json_string_value(json_object_get(r, "edition")), &edition, err);
    const char *qid;
    json_t *a;
    json_object_foreach(answers, qid, a) if (!rc) rc = check_answer(edition, qid, a, err);
    int64_t id = am_get_id(r, "id");
    json_decref(edition);
    if (!rc && !json_object_size(answers)) { /* nothing to change: no new version */
        *out = r;
        return AM_OK;
    }
    json_decref(r);
    if (rc)
        return rc;
    rc = am_db_begin(db, err);
    json_object_foreach(answers, qid, a) {
        if (rc)
            break;
        if (json_is_null(a)) {
            rc = am_db_exec(db, "DELETE FROM index_answer WHERE response_id = ? AND question_id = ?",
                            json_pack("[Is]", (json_int_t)id, qid), NULL, err);
            continue;
        }
        json_t *opt = json_object_get(a, "option"), *val = json_object_get(a, "value");
        json_t *note = json_object_get(a, "note"), *link = json_object_get(a, "link");
        if (json_is_string(note) && !json_string_length(note))
            note = NULL; /* empty: none */
        if (json_is_string(link) && !json_string_length(link))
            link = NULL;
        rc = am_db_exec(db, "INSERT OR REPLACE INTO index_answer (response_id, question_id, option_id, value, "
                            "note, link) VALUES (?, ?, ?, ?, ?, ?)",
                        json_pack("[IsOOOO]", (json_int_t)id, qid, opt ? opt : json_null(),
                                  val ? val : json_null(), note ? note : json_null(), link ? link : json_null()),
                        NULL, err);
    }
    if (!rc)
        rc = keep_version(db, who, id, "answered", out, err);
    return finish(db, rc, err);
}

enum am_rc am_index_response_submit(struct am_db *db, const struct am_actor *who, const char *key,
                                    json_t **out, struct am_err *err)
{
    json_t *r = NULL;
    enum am_rc rc = for_change(db, who, key, AM_ACT_SUBMIT, &r, err);
    int64_t id = am_get_id(r, "id");
    json_decref(r);
    if (rc)
        return rc;
    char now[32];
    am_now(now);
    rc = am_db_begin(db, err);
    if (!rc)
        rc = am_db_exec(db, "UPDATE index_response SET status = 'submitted', submitted_at = ? WHERE id = ?",
                        json_pack("[sI]", now, (json_int_t)id), NULL, err);
    if (!rc)
        rc = keep_version(db, who, id, "submitted", out, err);
    return finish(db, rc, err);
}

enum am_rc am_index_response_delete(struct am_db *db, const struct am_actor *who, const char *key,
                                    struct am_err *err)
{
    json_t *r = NULL;
    enum am_rc rc = for_change(db, who, key, AM_ACT_DELETE, &r, err);
    int64_t id = am_get_id(r, "id");
    json_decref(r);
    return rc ? rc : am_db_exec(db, "DELETE FROM index_response WHERE id = ?", json_pack("[I]", (json_int_t)id),
                                NULL, err);
}

/* The city sees every version of its response with who made it; anyone
 * else sees the submitted one only, without names. */
enum am_rc am_index_response_versions(struct am_db *db, const struct am_actor *who, const char *key,
                                      json_t **out, struct am_err *err)
{
    json_t *r = NULL, *rows = NULL;
    enum am_rc rc = response_for(db, who, key, &r, err);
    bool inside = !rc && am_rights_inside(&am_index_response_rights, who, r);
    if (!rc)
        rc = am_db_all(db, "SELECT version, action, username, at, record FROM index_response_version WHERE "
                           "response_id = ?1 AND (?2 OR action = 'submitted') ORDER BY version DESC",
                       json_pack("[Ob]", json_object_get(r, "id"), inside), &rows, err);
    json_decref(r);
    if (rc)
        return rc;
    size_t i;
    json_t *v;
    json_array_foreach(rows, i, v) {
        json_t *rec = json_loads(json_string_value(json_object_get(v, "record")), 0, NULL);
        json_object_set_new(v, "record", rec ? rec : json_null());
        if (!inside)
            json_object_set_new(v, "username", json_null());
    }
    *out = json_pack("{s:o,s:I,s:n}", "items", rows, "total", (json_int_t)json_array_size(rows), "next");
    return AM_OK;
}

/* Published Index results: what a source says of a city's result in a
 * round (the aggregate, the rank in the sample and the sample's size, a
 * few indicator scores), recorded without answers, each figure with the
 * sources that state it. Two sources for one result are one result with
 * two sources; a source that disagrees with the result held is refused,
 * not averaged or overwritten. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "am_index.h"
#include "am_resource.h"
#include "util/am_str.h"

/* ---- schemas ------------------------------------------------------------------ */

static const struct am_field source_fields[] = {
    {.name = "source", .type = AM_T_STRING, .flags = AM_F_READONLY, .max = 500,
     .doc = "the source: a web address, or a citation"},
    {.name = "figures", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "figure", .type = AM_T_STRING, .flags = AM_F_READONLY},
     .doc = "the figures this source states: aggregate, rank, sample_size, population, foreign_born_pct, "
            "over_200k, over_15pct, published_rank, indicators.NAME (as the source names it)"},
    {0},
};
const struct am_schema am_index_source_schema = {
    .name = "IndexSource", .doc = "A source of a published result, with the figures it states.",
    .fields = source_fields};

/* Checked by the domain (check_indicators, the importer), not the schema:
 * a map's values are described, not validated. */
static const struct am_field published_score = {.name = "score", .type = AM_T_NUMBER, .min = 0, .max = 100};

static const struct am_field published_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "city_id", .type = AM_T_ID, .flags = AM_F_REQUIRED, .ref = "city"},
    {.name = "round", .type = AM_T_INT, .flags = AM_F_REQUIRED, .min = 2000, .max = 2100},
    {.name = "aggregate", .type = AM_T_NUMBER, .flags = AM_F_NULLABLE, .min = 0, .max = 100,
     .doc = "the aggregate as published; none when the source gives only a rank"},
    {.name = "rank", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .max = 40,
     .doc = "the rank in the sample as published, a number first: \"17\", \"8 (tied)\""},
    {.name = "sample_size", .type = AM_T_INT, .flags = AM_F_NULLABLE, .min = 1, .max = 100000,
     .doc = "how many cities the source ranks it among"},
    {.name = "population", .type = AM_T_INT, .flags = AM_F_NULLABLE, .min = 0, .max = 100000000,
     .doc = "as published"},
    {.name = "foreign_born_pct", .type = AM_T_NUMBER, .flags = AM_F_NULLABLE, .min = 0, .max = 100,
     .doc = "as published"},
    {.name = "indicators", .type = AM_T_OBJECT, .flags = AM_F_NULLABLE, .item = &published_score,
     .doc = "by indicator of the questionnaire, where published"},
    {.name = "over_200k", .type = AM_T_BOOL, .flags = AM_F_NULLABLE, .doc = "200,000 inhabitants or more, as published"},
    {.name = "over_15pct", .type = AM_T_BOOL, .flags = AM_F_NULLABLE, .doc = "15% or more born abroad, as published"},
    {.name = "published_rank", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .max = 300,
     .doc = "the ranks as the source states them"},
    {.name = "note", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .max = 500,
     .doc = "a caveat shown wherever the result is: a doubtful source, say"},
    {.name = "source", .type = AM_T_STRING, .flags = AM_F_REQUIRED, .max = 500},
    {.name = "rank_label", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .doc = "the rank as published, in words: \"17th of 93\""},
    {.name = "indicators_as_published", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .item = &published_score, .doc = "by indicator as the source names it"},
    {.name = "sources", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "source", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
                                      .object = &am_index_source_schema},
     .doc = "every source of the result, with the figures each states"},
    {.name = "created_at", .type = AM_T_STRING, .flags = AM_F_READONLY},
    AM_FIELD_CAN,
    {0},
};
const struct am_schema am_index_published_schema = {
    .name = "IndexPublished", .doc = "A result as published.", .fields = published_fields,
    .example = "{\"city_id\": 1, \"round\": 2017, \"aggregate\": 62, "
               "\"source\": \"https://www.coe.int/en/web/interculturalcities\"}"};

/* Published results are recorded by admins. */
static const struct am_rule published_rules[] = {
    {AM_ACT_CREATE, AM_REL_ADMIN, NULL, NULL},
    {0},
};
const struct am_rights am_index_published_rights = {"published result", &am_index_published_schema, NULL, NULL,
                                                    published_rules, NULL};

/* ---- figures: pure ---------------------------------------------------------------- */

enum kind { NUM, INT, TEXT, FLAG };
static const struct figure {
    const char *name;
    enum kind kind;
} figures[] = {
    {"aggregate", NUM},        {"rank", TEXT},       {"sample_size", INT}, {"population", INT},
    {"foreign_born_pct", NUM}, {"over_200k", FLAG},  {"over_15pct", FLAG}, {"published_rank", TEXT},
};
enum { NFIGURES = sizeof figures / sizeof *figures };

static bool given(json_t *v)
{
    return v && !json_is_null(v);
}

static bool same_value(enum kind k, json_t *a, json_t *b)
{
    switch (k) {
    case NUM:
    case INT:
        return json_is_number(a) && json_is_number(b) && json_number_value(a) == json_number_value(b);
    case TEXT:
        return json_is_string(a) && json_is_string(b) && strcmp(json_string_value(a), json_string_value(b)) == 0;
    case FLAG:
        return json_is_boolean(a) && json_is_boolean(b) && json_is_true(a) == json_is_true(b);
    }
    return false;
}

static void value_text(json_t *v, char *out, size_t cap)
{
    if (json_is_string(v))
        snprintf(out, cap, "'%.60s'", json_string_value(v));
    else if (json_is_boolean(v))
        snprintf(out, cap, "%s", json_is_true(v) ? "true" : "false");
    else
        snprintf(out, cap, "%g", json_number_value(v));
}

json_t *am_index_published_states(json_t *in)
{
    json_t *states = json_array(), *v;
    const char *k;
    for (size_t i = 0; i < NFIGURES; i++)
        if (given(json_object_get(in, figures[i].name)))
            json_array_append_new(states, json_string(figures[i].name));
    json_object_foreach(json_object_get(in, "indicators_as_published"), k, v) {
        char name[160];
        snprintf(name, sizeof name, "indicators.%.140s", k);
        json_array_append_new(states, json_string(name));
    }
    return states;
}

bool am_index_published_compare(json_t *held, json_t *in, json_t *fill, char *why, size_t cap)
{
    char a[80], b[80];
    for (size_t i = 0; i < NFIGURES; i++) {
        json_t *h = json_object_get(held, figures[i].name), *g = json_object_get(in, figures[i].name);
        if (!given(g))
            continue;
        if (!given(h)) {
            json_object_set(fill, figures[i].name, g);
            continue;
        }
        if (!same_value(figures[i].kind, h, g)) {
            value_text(g, a, sizeof a);
            value_text(h, b, sizeof b);
            snprintf(why, cap, "%s: %s here, %s in the result held", figures[i].name, a, b);
            return false;
        }
    }
    json_t *hind = json_object_get(held, "indicators_as_published"), *v;
    const char *k;
    json_object_foreach(json_object_get(in, "indicators_as_published"), k, v) {
        json_t *h = json_object_get(hind, k);
        if (!h) {
            json_t *m = json_object_get(fill, "indicators_as_published");
            if (!m)
                json_object_set_new(fill, "indicators_as_published", m = json_object());
            json_object_set(m, k, v);
        } else if (!same_value(NUM, h, v)) {
            value_text(v, a, sizeof a);
            value_text(h, b, sizeof b);
            snprintf(why, cap, "indicators.%.60s: %s here, %s in the result held", k, a, b);
            return false;
        }
    }
    return true;
}

/* Lower case, every run of other characters one '_': "Business and labour
 * market" -> "business_and_labour_market". */
static void snake(const char *s, char *out, size_t cap)
{
    size_t n = 0;
    bool gap = false;
    for (; *s && n + 2 < cap; s++) {
        char c = *s;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (gap && n)
                out[n++] = '_';
            out[n++] = c;
            gap = false;
        } else {
            gap = true;
        }
    }
    out[n] = '\0';
}

const char *am_index_indicator_id(json_t *edition, const char *name)
{
    /* The Index renamed two indicators in its 2019 revision; amity-1 keeps
     * the earlier names, so the new ones are matched to them by hand. */
    static const char *const renamed[][2] = {
        {"cultural_and_social_life", "cultural and civil life"},
        {"leadership_and_citizenship", "governance"},
    };
    char want[160], label[160];
    snake(name, want, sizeof want);
    for (size_t r = 0; r < sizeof renamed / sizeof *renamed; r++)
        if (strcmp(want, renamed[r][0]) == 0)
            snake(renamed[r][1], want, sizeof want);
    size_t i;
    json_t *ind;
    json_array_foreach(json_object_get(edition, "indicators"), i, ind) {
        const char *id = json_string_value(json_object_get(ind, "id"));
        const char *l = json_string_value(json_object_get(ind, "label"));
        if (!id)
            continue;
        if (strcmp(id, want) == 0)
            return id;
        if (!l)
            continue;
        snake(l, label, sizeof label);
        if (strcmp(label, want) == 0)
            return id;
        const char *colon = strchr(l, ':'); /* "Governance: leadership and citizenship" */
        if (colon) {
            snake(colon + 1, label, sizeof label);
            if (strcmp(label, want) == 0)
                return id;
        }
    }
    return NULL;
}

bool am_index_rank_label(const char *rank, json_t *sample_size, char *out, size_t cap)
{
    out[0] = '\0';
    if (!rank || !*rank)
        return false;
    size_t digits = strspn(rank, "0123456789");
    if (!digits) { /* not a number first: as the source writes it */
        snprintf(out, cap, "%s", rank);
    } else {
        int64_t n = 0;
        char num[24];
        snprintf(num, sizeof num, "%.*s", (int)(digits < 20 ? digits : 20), rank);
        am_parse_i64(num, 0, INT64_MAX, &n);
        const char *suffix = "th";
        if (n % 100 < 11 || n % 100 > 13)
            suffix = n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
        snprintf(out, cap, "%s%s%s", num, suffix, rank + digits);
    }
    if (json_is_integer(sample_size)) {
        size_t n = strlen(out);
        snprintf(out + n, cap - n, " of %lld", (long long)json_integer_value(sample_size));
    }
    return true;
}

/* ---- storage ------------------------------------------------------------------------ */

/* A stored row as the API shows it: the scores objects, the groups true
 * or false, the rank in words. */
void am_index_published_present(json_t *row)
{
    static const char *const maps[] = {"indicators", "indicators_as_published", "sources"};
    for (size_t i = 0; i < 3; i++) {
        json_t *v = json_object_get(row, maps[i]);
        if (json_is_string(v))
            json_object_set_new(row, maps[i], json_loads(json_string_value(v), 0, NULL));
        if (!json_object_get(row, maps[i]) || json_is_null(json_object_get(row, maps[i])))
            json_object_set_new(row, maps[i], i == 2 ? json_array() : json_null());
    }
    static const char *const flags[] = {"over_200k", "over_15pct"};
    for (size_t i = 0; i < 2; i++) {
        json_t *f = json_object_get(row, flags[i]);
        json_object_set_new(row, flags[i], json_is_integer(f) ? json_boolean(json_integer_value(f)) : json_null());
    }
    char label[120];
    json_object_set_new(row, "rank_label",
                        am_index_rank_label(json_string_value(json_object_get(row, "rank")),
                                            json_object_get(row, "sample_size"), label, sizeof label)
                            ? json_string(label)
                            : json_null());
}

static enum am_rc load(struct am_db *db, int64_t id, json_t **out, struct am_err *err)
{
    enum am_rc rc = am_db_one(db, "SELECT p.*, " AM_INDEX_PUBLISHED_SOURCES " AS sources FROM index_published p "
                                  "WHERE p.id = ?",
                              json_pack("[I]", (json_int_t)id), out, err);
    if (!rc)
        am_index_published_present(*out);
    return rc;
}

static json_t *or_null(json_t *v)
{
    return given(v) ? json_incref(v) : json_null();
}

static char *dump_or_null(json_t *v)
{
    return json_is_object(v) ? json_dumps(v, JSON_COMPACT | JSON_SORT_KEYS) : NULL;
}

static json_t *flag_column(json_t *v)
{
    return json_is_boolean(v) ? json_integer(json_is_true(v)) : json_null();
}

static enum am_rc insert(struct am_db *db, json_t *in, int64_t *id, struct am_err *err)
{
    char now[32];
    am_now(now);
    char *ind = dump_or_null(json_object_get(in, "indicators"));
    char *asp = dump_or_null(json_object_get(in, "indicators_as_published"));
    enum am_rc rc = am_db_exec(
        db,
        "INSERT INTO index_published (city_id, round, aggregate, indicators, over_200k, over_15pct, "
        "published_rank, source, created_at, rank, sample_size, population, foreign_born_pct, "
        "indicators_as_published, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        json_pack("[OOos?ooossoooos?o]", json_object_get(in, "city_id"), json_object_get(in, "round"),
                  or_null(json_object_get(in, "aggregate")), ind, flag_column(json_object_get(in, "over_200k")),
                  flag_column(json_object_get(in, "over_15pct")), or_null(json_object_get(in, "published_rank")),
                  json_string_value(json_object_get(in, "source")), now,
                  or_null(json_object_get(in, "rank")), or_null(json_object_get(in, "sample_size")),
                  or_null(json_object_get(in, "population")), or_null(json_object_get(in, "foreign_born_pct")),
                  asp, or_null(json_object_get(in, "note"))),
        NULL, err);
    free(ind);
    free(asp);
    *id = rc ? 0 : am_db_last_id(db);
    return rc;
}

/* The source, with the figures it states; a source already there gains
 * the figures it did not state before. *added: it is new to the result. */
static enum am_rc add_source(struct am_db *db, int64_t id, json_t *in, bool *added, bool *widened,
                             struct am_err *err)
{
    char now[32], *text = NULL;
    am_now(now);
    json_t *row = NULL, *states = am_index_published_states(in), *had = NULL, *s;
    size_t i;
    *added = *widened = false;
    enum am_rc rc = am_db_one(db, "SELECT states FROM index_published_source WHERE published_id = ? AND source = ?",
                              json_pack("[IO]", (json_int_t)id, json_object_get(in, "source")), &row, err);
    if (rc == AM_ENOTFOUND) {
        text = json_dumps(states, JSON_COMPACT);
        rc = am_db_exec(db, "INSERT INTO index_published_source (published_id, source, states, file, file_row, "
                            "added_at) VALUES (?, ?, ?, ?, ?, ?)",
                        json_pack("[IOsOOs]", (json_int_t)id, json_object_get(in, "source"), text ? text : "[]",
                                  json_object_get(in, "file") ? json_object_get(in, "file") : json_null(),
                                  json_object_get(in, "row") ? json_object_get(in, "row") : json_null(), now),
                        NULL, err);
        *added = !rc;
        goto out;
    }
    if (rc)
        goto out;
    had = json_loads(json_string_value(json_object_get(row, "states")), 0, NULL);
    if (!json_is_array(had)) {
        json_decref(had);
        had = json_array();
    }
    json_array_foreach(states, i, s) {
        bool known = false;
        size_t k;
        json_t *h;
        json_array_foreach(had, k, h)
            known = known || json_equal(h, s);
        if (!known) {
            json_array_append(had, s);
            *widened = true;
        }
    }
    if (!*widened)
        goto out;
    text = json_dumps(had, JSON_COMPACT);
    rc = am_db_exec(db, "UPDATE index_published_source SET states = ? WHERE published_id = ? AND source = ?",
                    json_pack("[sIO]", text ? text : "[]", (json_int_t)id, json_object_get(in, "source")), NULL,
                    err);
out:
    free(text);
    json_decref(row);
    json_decref(states);
    json_decref(had);
    return rc;
}

/* What fill holds, written where the result has nothing yet. */
static enum am_rc fill_in(struct am_db *db, int64_t id, json_t *held, json_t *fill, struct am_err *err)
{
    json_t *ind = json_object_get(fill, "indicators_as_published");
    json_t *asp = json_deep_copy(json_is_object(json_object_get(held, "indicators_as_published"))
                                     ? json_object_get(held, "indicators_as_published")
                                     : NULL);
    json_t *mapped = json_deep_copy(json_is_object(json_object_get(held, "indicators"))
                                        ? json_object_get(held, "indicators")
                                        : NULL);
    if (ind) {
        if (!asp)
            asp = json_object();
        if (!mapped)
            mapped = json_object();
        json_object_update(asp, ind);
        json_object_update_missing(mapped, json_object_get(fill, "indicators"));
    }
    char *asp_text = dump_or_null(asp), *ind_text = dump_or_null(mapped);
    enum am_rc rc = am_db_exec(
        db,
        "UPDATE index_published SET aggregate = coalesce(aggregate, ?), rank = coalesce(rank, ?), "
        "sample_size = coalesce(sample_size, ?), population = coalesce(population, ?), foreign_born_pct = "
        "coalesce(foreign_born_pct, ?), over_200k = coalesce(over_200k, ?), over_15pct = coalesce(over_15pct, ?), "
        "published_rank = coalesce(published_rank, ?), indicators_as_published = ?, indicators = ?, note = "
        "coalesce(note, ?) WHERE id = ?",
        json_pack("[oooooooos?s?oI]", or_null(json_object_get(fill, "aggregate")),
                  or_null(json_object_get(fill, "rank")), or_null(json_object_get(fill, "sample_size")),
                  or_null(json_object_get(fill, "population")), or_null(json_object_get(fill, "foreign_born_pct")),
                  flag_column(json_object_get(fill, "over_200k")), flag_column(json_object_get(fill, "over_15pct")),
                  or_null(json_object_get(fill, "published_rank")), asp_text, ind_text,
                  or_null(json_object_get(fill, "note")), (json_int_t)id),
        NULL, err);
    free(asp_text);
    free(ind_text);
    json_decref(asp);
    json_decref(mapped);
    return rc;
}

enum am_rc am_index_published_record(struct am_db *db, json_t *in, enum am_published_outcome *outcome,
                                     int64_t *id, char *why, size_t cap, struct am_err *err)
{
    json_t *held = NULL, *fill = json_object();
    bool added = false, widened = false;
    why[0] = '\0';
    *id = 0;
    enum am_rc rc = am_db_one(db, "SELECT * FROM index_published WHERE city_id = ? AND round = ?",
                              json_pack("[OO]", json_object_get(in, "city_id"), json_object_get(in, "round")),
                              &held, err);
    if (rc == AM_ENOTFOUND) {
        *outcome = AM_PUBLISHED_ADDED;
        rc = insert(db, in, id, err);
        if (!rc)
            rc = add_source(db, *id, in, &added, &widened, err);
        goto out;
    }
    if (rc)
        goto out;
    *id = am_get_id(held, "id");
    am_index_published_present(held);
    if (!am_index_published_compare(held, in, fill, why, cap)) {
        *outcome = AM_PUBLISHED_CONFLICT;
        goto out;
    }
    /* the mapped scores come with the names the source gives them */
    if (json_object_get(fill, "indicators_as_published"))
        json_object_set(fill, "indicators", json_object_get(in, "indicators"));
    const char *note = json_string_value(json_object_get(in, "note"));
    const char *had = json_string_value(json_object_get(held, "note"));
    if (note && !had)
        json_object_set(fill, "note", json_object_get(in, "note"));
    if (json_object_size(fill)) {
        rc = fill_in(db, *id, held, fill, err);
        if (rc)
            goto out;
    }
    rc = add_source(db, *id, in, &added, &widened, err);
    *outcome = added ? AM_PUBLISHED_SOURCE_ADDED
             : json_object_size(fill) || widened ? AM_PUBLISHED_COMPLETED
                                                 : AM_PUBLISHED_SAME;
    if (!rc && json_object_size(fill)) {
        size_t n = 0;
        const char *k;
        json_t *v;
        json_object_foreach(fill, k, v) {
            if (strcmp(k, "indicators") == 0 || n + 2 >= cap)
                continue;
            int w = snprintf(why + n, cap - n, "%s%s", n ? ", " : "", k);
            n = w < 0 ? n : n + (size_t)w < cap ? n + (size_t)w : cap - 1;
        }
    }
    if (!rc && note && had && strcmp(note, had) != 0)
        snprintf(why, cap, "note: the result holds another note; this one is not kept");
out:
    json_decref(held);
    json_decref(fill);
    return rc;
}

/* ---- the API's way in --------------------------------------------------------------- */

/* Scores by the questionnaire's indicators, 0 to 100, each named. */
static enum am_rc check_indicators(struct am_db *db, json_t *indicators, struct am_err *err)
{
    json_t *edition = NULL, *v;
    const char *k;
    enum am_rc rc = AM_OK;
    if (!json_object_size(indicators))
        return AM_OK;
    rc = am_index_edition(db, NULL, &edition, err);
    if (rc)
        return rc;
    json_object_foreach(indicators, k, v) {
        char field[96];
        snprintf(field, sizeof field, "indicators.%.60s", k);
        bool known = false;
        size_t i;
        json_t *e;
        json_array_foreach(json_object_get(edition, "indicators"), i, e)
            known = known || strcmp(json_string_value(json_object_get(e, "id")), k) == 0;
        if (!known) {
            rc = am_err_set(err, AM_EINVAL, field, "%s: not an indicator of the questionnaire", field);
            break;
        }
        if (!json_is_number(v) || json_number_value(v) < 0 || json_number_value(v) > 100) {
            rc = am_err_set(err, AM_EINVAL, field, "%s: a score from 0 to 100", field);
            break;
        }
    }
    json_decref(edition);
    return rc;
}

/* Checked before anything is written, each error naming its field. */
static enum am_rc check_published(struct am_db *db, json_t *in, struct am_err *err)
{
    int64_t n = 0;
    if (!given(json_object_get(in, "aggregate")) && !given(json_object_get(in, "rank")))
        return am_err_set(err, AM_EINVAL, "aggregate", "aggregate: give the aggregate, or the rank as published");
    const char *rank = json_string_value(json_object_get(in, "rank"));
    if (rank && !(rank[0] >= '0' && rank[0] <= '9'))
        return am_err_set(err, AM_EINVAL, "rank", "rank: the rank as published, its number first (\"8 (tied)\")");
    enum am_rc rc = check_indicators(db, json_object_get(in, "indicators"), err);
    if (rc)
        return rc;
    /* a foreign key would fail later as a conflict: say what is wrong first */
    rc = am_db_i64(db, "SELECT count(*) FROM city WHERE id = ?", json_pack("[O]", json_object_get(in, "city_id")),
                   &n, err);
    if (rc)
        return rc;
    if (!n)
        return am_err_set(err, AM_EINVAL, "city_id", "city_id: no such city");
    rc = am_db_i64(db, "SELECT count(*) FROM index_published WHERE city_id = ? AND round = ?",
                   json_pack("[OO]", json_object_get(in, "city_id"), json_object_get(in, "round")), &n, err);
    if (!rc && n)
        rc = am_err_set(err, AM_ECONFLICT, "round", "round: a published result of this city for this round exists");
    return rc;
}

enum am_rc am_index_published_add(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out,
                                  struct am_err *err)
{
    int64_t id = 0;
    bool added, widened, open = false;
    json_t *rec = NULL;
    enum am_rc rc = am_rights_need(&am_index_published_rights, who, in, AM_ACT_CREATE, err);
    if (rc)
        goto out;
    rc = check_published(db, in, err);
    if (rc)
        goto out;
    /* given under the questionnaire's names: those are its names as published */
    rec = json_deep_copy(in);
    if (json_object_get(in, "indicators"))
        json_object_set(rec, "indicators_as_published", json_object_get(in, "indicators"));
    rc = am_db_begin(db, err);
    if (rc)
        goto out;
    open = true;
    rc = insert(db, rec, &id, err);
    if (rc)
        goto out;
    rc = add_source(db, id, rec, &added, &widened, err);
    if (rc)
        goto out;
    open = false;
    rc = am_db_commit(db, err);
    if (rc)
        goto out;
    rc = load(db, id, out, err);
    if (!rc)
        json_object_set_new(*out, "can", am_can_json(&am_index_published_rights, who, *out));
out:
    if (open)
        am_db_rollback(db);
    json_decref(rec);
    return rc;
}

/* am_index: the Intercultural Cities Index. A questionnaire (an edition,
 * data/index/EDITION.json: indicators with weights, questions with kinds,
 * options and points, composites such as the intercultural lens, optional
 * areas, context questions), responses of cities (one per city and round,
 * a draft, then submitted and frozen), scores computed from the answers by
 * the response's own edition, and benchmarks: ranks and percentiles in the
 * whole sample and in the groups of size (200,000 inhabitants), diversity
 * (15% born abroad) and a user's choice (country, network). Published
 * results, recorded without answers, join the sample. See docs/index.md. */
#ifndef AM_INDEX_H
#define AM_INDEX_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "am_actor.h"
#include "am_rights.h"
#include "am_schema.h"
#include "store/am_db.h"

/* ---- scoring and ranking: pure ------------------------------------------- */

/* The scores of answers ({question id: {option} or {value}}) by an edition:
 * a new object {aggregate, completeness: {answered, questions, share},
 * indicators: [{id, label, weight, optional, counted, score, points, max,
 * answered, questions}], composites: [{id, label, score}], optional_in:
 * [ids], context: {population, foreign_born_pct}}. An indicator scores
 * points / max x 100 (unanswered questions count 0); optional areas count
 * only where answered; composites and the aggregate are weighted means of
 * the counted indicators. NULL only when out of memory. */
json_t *am_index_score(json_t *edition, json_t *answers);

/* Where value stands among values[0..n) (which include it): its rank, ties
 * sharing the best (1, 2, 2, 4), and its percentile, the share of the
 * others it is above (100 when alone). */
void am_index_rank(const double *values, size_t n, double value, size_t *rank, double *percentile);

/* Whether an edition is usable: indicators with ids, weights > 0, questions
 * with unique ids and options with points; AM_EINVAL naming what is wrong. */
enum am_rc am_index_edition_check(json_t *edition, struct am_err *err);

/* ---- editions ----------------------------------------------------------------- */

/* Store the editions compiled in (data/index/ *.json) that the database
 * does not hold yet; one it holds is never changed. */
enum am_rc am_index_load_editions(struct am_db *db, int64_t *added, struct am_err *err);
/* An edition's questionnaire; id NULL: the newest. */
enum am_rc am_index_edition(struct am_db *db, const char *id, json_t **out, struct am_err *err);
enum am_rc am_index_editions(struct am_db *db, json_t **out, struct am_err *err);

/* ---- responses ------------------------------------------------------------------- */

extern const struct am_schema am_index_city_schema;      /* {id, name, country} in replies */
extern const struct am_schema am_index_answer_schema;    /* an answer, sent and replied */
extern const struct am_schema am_index_scores_schema;    /* am_index_score's, in replies */
extern const struct am_schema am_index_response_schema;  /* create: {city_id, round, edition} */
extern const struct am_schema am_index_answers_schema;   /* {answers: {question: {...} | null}} */
extern const struct am_schema am_index_response_query;   /* city, round, status */
extern const struct am_schema am_index_report_query;     /* city, round, country, network */
extern const struct am_schema am_index_results_query;    /* round, country, network */
extern const struct am_schema am_index_published_schema; /* a published result */
/* Replies: the questionnaire, editions as listed, responses as listed,
 * kept versions of a response. */
extern const struct am_schema am_index_questionnaire_schema;
extern const struct am_schema am_index_edition_schema;
extern const struct am_schema am_index_response_row_schema;
extern const struct am_schema am_index_response_version_schema;
/* Who may do what to them (am_rights). */
extern const struct am_rights am_index_response_rights;
extern const struct am_rights am_index_published_rights;

/* Who may see a draft: the city's officer and admins; submitted ones are
 * public. Who may change one: the same, while it is a draft. */
enum am_rc am_index_response_create(struct am_db *db, const struct am_actor *who, json_t *in,
                                    json_t **out, struct am_err *err);
enum am_rc am_index_response_get(struct am_db *db, const struct am_actor *who, const char *key,
                                 json_t **out, struct am_err *err);
enum am_rc am_index_response_list(struct am_db *db, const struct am_actor *who, json_t *query,
                                  json_t **out, struct am_err *err);
/* Set answers (an answer null removes it), each checked against the edition. */
enum am_rc am_index_response_answer(struct am_db *db, const struct am_actor *who, const char *key,
                                    json_t *in, json_t **out, struct am_err *err);
enum am_rc am_index_response_submit(struct am_db *db, const struct am_actor *who, const char *key,
                                    json_t **out, struct am_err *err);
enum am_rc am_index_response_delete(struct am_db *db, const struct am_actor *who, const char *key,
                                    struct am_err *err);
enum am_rc am_index_response_versions(struct am_db *db, const struct am_actor *who, const char *key,
                                      json_t **out, struct am_err *err);

/* ---- published results (am_index_published.c) ------------------------------------ */

extern const struct am_schema am_index_source_schema;    /* {source, figures} */

/* A published result (admins): {city_id, round, aggregate and/or rank,
 * sample_size, population, foreign_born_pct, indicators, over_200k,
 * over_15pct, published_rank, note, source}. One per city and round: a
 * second is a conflict (409); the importer adds sources to one instead. */
enum am_rc am_index_published_add(struct am_db *db, const struct am_actor *who, json_t *in,
                                  json_t **out, struct am_err *err);

enum am_published_outcome {
    AM_PUBLISHED_ADDED,        /* a new result */
    AM_PUBLISHED_SOURCE_ADDED, /* the result was there: this source now backs it too */
    AM_PUBLISHED_COMPLETED,    /* the result and the source were there; the row gave figures they lacked */
    AM_PUBLISHED_SAME,         /* nothing new */
    AM_PUBLISHED_CONFLICT,     /* a figure differs from the result held: nothing written (why says which) */
};

/* Record what one source says of a result, checked already (the
 * importer's way in): {city_id, round, the figures as am_index_published_add
 * takes them, indicators_as_published: {name as the source writes it:
 * score}, indicators: the same mapped to the questionnaire's ids, source,
 * file, row}. A result already held for the city and round gains the
 * source, and the figures it lacked; none is ever changed. why: the
 * conflict, or the figures filled in. Runs inside the caller's
 * transaction. */
enum am_rc am_index_published_record(struct am_db *db, json_t *in, enum am_published_outcome *outcome,
                                     int64_t *id, char *why, size_t cap, struct am_err *err);

/* Pure. The figures in states (names: aggregate, rank, sample_size, ...,
 * indicators.NAME); a new array. */
json_t *am_index_published_states(json_t *in);
/* Pure. Do the figures of in agree with those held? false with why naming
 * the first that differs; else fill gets those in gives and held lacks. */
bool am_index_published_compare(json_t *held, json_t *in, json_t *fill, char *why, size_t cap);
/* Pure. The questionnaire's indicator a source's name means (its id, its
 * label in snake case, or the Index's later name for it), or NULL. */
const char *am_index_indicator_id(json_t *edition, const char *name);
/* Pure. "17" of 93 -> "17th of 93", "8 (tied)" of 34 -> "8th (tied) of
 * 34"; false (out empty) when there is no rank. */
bool am_index_rank_label(const char *rank, json_t *sample_size, char *out, size_t cap);
/* A stored row as replies show it (JSON columns parsed, the groups true or
 * false, rank_label). */
void am_index_published_present(json_t *row);
/* SQL: the sources of the published result p.id, oldest first, as a JSON
 * array of {source, figures}. */
#define AM_INDEX_PUBLISHED_SOURCES                                                                          \
    "(SELECT json_group_array(json_object('source', s.source, 'figures', json(s.states))) FROM (SELECT "   \
    "source, states FROM index_published_source WHERE published_id = p.id ORDER BY added_at, ifnull(file_row, 0), source) s)"

/* ---- benchmarks ---------------------------------------------------------------- */

/* A city's report for a round (its response there, or its published
 * result): scores traced to answers, ranks in the sample and its groups,
 * sample and group averages, change since its previous round, strongest
 * and weakest indicators. */
enum am_rc am_index_report(struct am_db *db, const struct am_actor *who, json_t *query, json_t **out,
                           struct am_err *err);
/* The sample of a round, ranked: each city's latest result up to it; the
 * results without an aggregate listed after, unranked. */
enum am_rc am_index_results(struct am_db *db, json_t *query, json_t **out, struct am_err *err);
/* Their replies. */
extern const struct am_schema am_index_report_reply;
extern const struct am_schema am_index_results_reply;

struct am_buf;
/* The results as CSV for a spreadsheet: rank, city, country, round, source,
 * aggregate, percentile, the groups, then one column per indicator of the
 * edition. */
void am_index_results_csv(json_t *results, json_t *edition, struct am_buf *out);

#endif

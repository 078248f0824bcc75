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

extern const struct am_schema am_index_response_schema;  /* create: {city_id, round, edition} */
extern const struct am_schema am_index_answers_schema;   /* {answers: {question: {...} | null}} */
extern const struct am_schema am_index_response_query;   /* city, round, status */
extern const struct am_schema am_index_report_query;     /* city, round, country, network */
extern const struct am_schema am_index_results_query;    /* round, country, network */
extern const struct am_schema am_index_published_schema; /* a published result */
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

/* A published result (admins): {city_id, round, aggregate, indicators,
 * over_200k, over_15pct, published_rank, source}. */
enum am_rc am_index_published_add(struct am_db *db, const struct am_actor *who, json_t *in,
                                  json_t **out, struct am_err *err);

/* ---- benchmarks ---------------------------------------------------------------- */

/* A city's report for a round (its response there, or its published
 * result): scores traced to answers, ranks in the sample and its groups,
 * sample and group averages, change since its previous round, strongest
 * and weakest indicators. */
enum am_rc am_index_report(struct am_db *db, const struct am_actor *who, json_t *query, json_t **out,
                           struct am_err *err);
/* The sample of a round, ranked: each city's latest result up to it. */
enum am_rc am_index_results(struct am_db *db, json_t *query, json_t **out, struct am_err *err);

struct am_buf;
/* The results as CSV for a spreadsheet: rank, city, country, round, source,
 * aggregate, percentile, the groups, then one column per indicator of the
 * edition. */
void am_index_results_csv(json_t *results, json_t *edition, struct am_buf *out);

#endif

/* am_match: partner suggestions. A model of the registry kept in memory
 * (every city with its country, population and point; partnerships between
 * cities; current network memberships) scores every city as a partner for
 * one city, from signals that each come with a reason:
 *
 *   graph      partners of its partners (common neighbours, Adamic-Adar)
 *   chain3     partners of cities that share a partner with it (paths of
 *              three partnerships): twinning mostly crosses a border, so a
 *              city's partners' partners are often its compatriots, and one
 *              step further are cities like its partners
 *   regional   partners of the cities around it
 *   region     cities around the partners of it and of the cities around it
 *   division   how often its division's cities (region, province) twin with the
 *              candidate's
 *   countries  how often its country's cities twin with the candidate's
 *   size       similar population, and larger cities partner more
 *   popularity cities that already have many partners get more
 *   distance   nearer is likelier, abroad or not
 *   networks   shared memberships (small networks weigh more)
 *   seat       both are capitals, or seats of regions: such cities twin with
 *              their like
 *   namesake   a city abroad of the same name (Perth and Perth, Córdoba and
 *              Córdoba): namesakes twin
 *   diaspora   residents of the city come from the candidate (its city or
 *              its country), or the candidate's residents come from the city
 *   topics     the topics of their practices and activities (cosine)
 *
 * The weights are tuned on held-out real partnerships (bench/match_eval.c,
 * docs/match.md). The model is built from plain arrays, so the evaluation
 * can hide partnerships from it; am_match_suggest reads it from the
 * database, shared by the store's connections and rebuilt after changes. */
#ifndef AM_MATCH_H
#define AM_MATCH_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "am_actor.h"
#include "am_schema.h"
#include "store/am_db.h"

struct am_model_kind;

/* ---- the model, from arrays ------------------------------------------------ */

struct am_match_city {
    int64_t id;
    char country[3];
    double lat, lng;   /* NaN when unknown */
    int64_t population; /* 0 when unknown */
    char admin[12];    /* first-order division code, "" when unknown */
    uint8_t seat;      /* 2: its country's capital, 1: the seat of a first-order division, 0: neither */
    uint32_t name_key; /* am_match_name_key of its name (0: not known), for its namesakes abroad */
};

struct am_match_model;

/* The key a name is known by for its namesakes: a hash of its folded form
 * (am_fold), never 0; 0 when the name does not fold. */
uint32_t am_match_name_key(const char *name);

/* Cities (any order), partnerships as pairs of city ids, memberships as
 * (city id, network id); unknown ids are skipped. NULL when out of memory.
 * The model owns copies. */
struct am_match_model *am_match_build(const struct am_match_city *cities, size_t ncities,
                                      const int64_t (*pairs)[2], size_t npairs,
                                      const int64_t (*members)[2], size_t nmembers);
void am_match_free(struct am_match_model *m);

/* Ties besides the graph: diaspora groups (people living in city who come
 * from origin_country, or from origin_city), and the topics cities work on
 * (city id, any number that stands for the topic). Replaces earlier ties; false when out of memory.
 * The model keeps copies. */
struct am_match_diaspora {
    int64_t city, origin_city; /* origin_city 0: not known */
    char origin_country[3];
    int64_t size;              /* -1: not known */
    int64_t id;                /* the group's record, which reasons name */
};
struct am_match_topic {
    int64_t city, topic;
};
/* After a false return the model has no ties and must be freed. */
bool am_match_set_ties(struct am_match_model *m, const struct am_match_diaspora *d, size_t nd,
                       const struct am_match_topic *t, size_t nt);

/* The signals, once: the weights, the parts of a hit's score and the
 * names the evaluation tunes by all come from this list. */
#define AM_MATCH_SIGNALS(X)                                                                                        \
    X(common) X(adamic_adar) X(chain3) X(regional) X(region_pair) X(division) X(country) X(spread) X(size_similar) X(size)   \
        X(popularity) X(distance) X(network) X(seat) X(namesake) X(diaspora) X(topics)
#define AM_MATCH_DOUBLE(name) double name;

/* What each signal weighs (the defaults are the tuned ones; diaspora and
 * topics are set by hand, as the real data has neither). */
struct am_match_weights {
    AM_MATCH_SIGNALS(AM_MATCH_DOUBLE)
};
extern const struct am_match_weights am_match_default_weights;
/* The signals' names, in the order of AM_MATCH_SIGNALS, NULL-terminated; and
 * where each one's weight sits in struct am_match_weights. */
extern const char *const am_match_signal_names[];
double *am_match_weight(struct am_match_weights *w, size_t signal);

/* How strong a score is, 0 to 100: the share of held-out real partnerships
 * (bench/match_eval.c --strength) that the model scored below it. A
 * suggestion of strength 80 scores higher than four in five real
 * partnerships did before they were made. Bounded and monotone. */
double am_match_strength(double score);

/* How many partners the model holds for city (0 when it is not in it). */
uint32_t am_match_degree(const struct am_match_model *m, int64_t city);

/* Candidate filters; zero values filter nothing. */
struct am_match_filter {
    char country[3];
    char not_country[3]; /* when set: no candidate of this country (the city's own, "abroad") */
    int64_t network;
    int64_t min_population, max_population;
    const int64_t *only; /* when set: candidates must be among these ids (sorted) */
    size_t nonly;
    const int64_t *exclude; /* never these ids (partners made since the model was built) */
    size_t nexclude;
};

struct am_match_hit {
    int64_t city;
    double score;
    /* the signals' parts of the score, for the reasons */
    AM_MATCH_SIGNALS(AM_MATCH_DOUBLE)
};

/* The k best partners for a city (never itself or its partners), best
 * first; *n gets how many. AM_ENOTFOUND when the city is not in the model. */
enum am_rc am_match_rank(const struct am_match_model *m, int64_t city, const struct am_match_weights *w,
                         const struct am_match_filter *f, size_t k, struct am_match_hit *out, size_t *n);

/* The same ranking by scoring every city, one by one: am_match_rank skips
 * the cities whose bound is below the k-th best score found, and must give
 * what this gives (the tests and match_eval --check compare them). */
enum am_rc am_match_rank_all(const struct am_match_model *m, int64_t city, const struct am_match_weights *w,
                             const struct am_match_filter *f, size_t k, struct am_match_hit *out, size_t *n);

/* Baselines, for the evaluation: the same interface, one signal each. */
enum am_match_baseline { AM_MATCH_MOST_PARTNERED, AM_MATCH_NEAREST_FOREIGN, AM_MATCH_COMMON, AM_MATCH_ADAMIC_ADAR };
enum am_rc am_match_baseline(const struct am_match_model *m, enum am_match_baseline b, int64_t city, size_t k,
                             struct am_match_hit *out, size_t *n);

/* ---- from the database ------------------------------------------------------- */

extern const struct am_schema am_match_query; /* limit, country, abroad, network, topic, min/max_population */
extern const struct am_schema am_match_suggestion_schema; /* an item of the suggestions */
extern const struct am_schema am_match_suggestions_schema; /* the reply */

/* The model as am_models keeps it (built in the background in a server). */
extern const struct am_model_kind am_match_model;

/* {city, items: [{city: {id, name, country, population}, score, strength,
 * reasons: [{signal, text, weight}]}], ties, total, computed_at, stale}: from
 * the model as it is, never waiting for a newer one; stale when it is from
 * before the latest change (the city's partners are then read from the
 * database, so that none is suggested), and with no items and computed_at
 * null while the first one is being built. strength is
 * am_match_strength(score), rounded. ties: up to 5 more, of the same shape,
 * that a diaspora group or a shared topic ties to the city and that are not
 * among the items, ranked by the same model under the same filters (the
 * cities of a group's country: its best two). The query's abroad leaves out
 * the city's own country. */
enum am_rc am_match_suggest(struct am_db *db, int64_t city, json_t *query, json_t **out, struct am_err *err);

/* The arrays the model is built from, read from the database (callers
 * free() the three arrays). */
enum am_rc am_match_load(struct am_db *db, struct am_match_city **cities, size_t *ncities, int64_t (**pairs)[2],
                         size_t *npairs, int64_t (**members)[2], size_t *nmembers, struct am_err *err);

/* The ties the model reads besides the graph (callers free() both arrays;
 * topics are numbered by the topic table's rowid). */
enum am_rc am_match_load_ties(struct am_db *db, struct am_match_diaspora **d, size_t *nd, struct am_match_topic **t,
                              size_t *nt, struct am_err *err);

#endif

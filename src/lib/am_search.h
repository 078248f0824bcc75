/* am_search: the search box. One query across cities, networks,
 * organisations and practices, the best few of each kind, grouped by kind;
 * made for a type-ahead, from the first letter typed.
 *
 * Words are folded by am_fold (case, diacritics, Arabic and Persian letter
 * forms), and each one typed is the beginning of a word of the record's
 * names ("reg em" finds Reggio nell'Emilia), as the city search matches.
 * Cities come largest first, as the city search ranks them; networks and
 * organisations whose name (or acronym) is or begins with what was typed
 * first, then the shorter names; practices by the practice library's own
 * search (am_practice_search: its BM25, and its rights: published
 * practices for everyone, others only for who may see them).
 *
 * Cities, networks and organisations are looked up in an in-memory index
 * of their folded words (the cities' from city_key), kept by am_models
 * (am_search_model): built again when search_generation or the largest
 * city id changes, in the background in a server, while searches read the
 * last one (the reply's computed_at and stale say so). See docs/search.md. */
#ifndef AM_SEARCH_H
#define AM_SEARCH_H

#include <jansson.h>
#include <stdbool.h>

#include "am_actor.h"
#include "am_schema.h"
#include "store/am_db.h"
#include "util/am_err.h"

struct am_model_kind;
extern const struct am_model_kind am_search_model;

enum { AM_SEARCH_LIMIT = 5, AM_SEARCH_LIMIT_MAX = 50 };

extern const struct am_schema am_search_query;   /* q (required), limit per kind */
extern const struct am_schema am_search_results; /* the reply */

/* {groups: [{kind, label, items: [{kind, id, name, detail, matched, status,
 * link, api}], more}], computed_at, stale}: always the four groups, in the
 * order cities, networks, organisations, practices. */
enum am_rc am_search(struct am_db *db, const struct am_actor *who, json_t *query, json_t **out,
                     struct am_err *err);

/* Does every word of query begin a word of name? Both folded (am_fold):
 * words separated by one space. An empty query is covered by anything. */
bool am_search_covers(const char *name, const char *query);

#endif

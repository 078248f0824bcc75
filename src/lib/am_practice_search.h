/* am_practice_search: finding good practices. Full text through SQLite FTS5
 * (the "amity" tokenizer folding case, diacritics and Arabic/Persian letter
 * forms; prefixes and phrases), ranked by BM25 as FTS5's bm25() computes it
 * (title weighted above summary above the rest) but from the counts of the
 * results only; facets (topic, country, city, year, network, language)
 * whose counts follow the other filters. Both come from an in-memory index
 * of the practices that every connection of the store shares and that is
 * rebuilt when the practices change. See docs/practice.md. */
#ifndef AM_PRACTICE_SEARCH_H
#define AM_PRACTICE_SEARCH_H

#include "am_resource.h"

extern const struct am_schema am_practice_search_query;
extern const struct am_schema am_practice_facets_schema; /* the facets of a search */

/* {items (without their sections, with snippet and score), facets: {topic, country, city, year,
 * network, language: [{value, label, count}]}, total, next}. Drafts and
 * other unpublished practices only with status=, and only those the actor
 * may see. */
enum am_rc am_practice_search(struct am_db *db, const struct am_actor *who, json_t *query,
                              json_t **out, struct am_err *err);

/* Practices like this one: shared words and topics, best first. */
enum am_rc am_practice_similar(struct am_db *db, const struct am_actor *who, const char *key,
                               json_t **out, struct am_err *err);

/* The FTS5 expression for what someone types: words (folded by the
 * tokenizer), "phrases", prefix*, OR. Empty when nothing is searchable. */
enum am_rc am_practice_fts_query(const char *q, struct am_buf *out);

#endif

/* am_practice: the good-practice library. A practice is written to a
 * template (title, place, organisations, period, topics, language, summary
 * and the sections purpose, stimulus and rationale, process, results and
 * impact, evaluation, lessons and transferability, links; a contact who is
 * never shown to the public) and goes through a review: draft, submitted,
 * then published or returned with a comment. Every change is kept as a
 * version with who and when. Search is in am_practice_search. */
#ifndef AM_PRACTICE_H
#define AM_PRACTICE_H

#include "am_resource.h"

extern const struct am_resource am_practice_resource; /* the CLI's view: all of it */
extern const struct am_schema am_practice_schema;     /* the record, as replied */
extern const char *const am_practice_statuses[];
extern const struct am_rights am_practice_rights; /* who may do what to a practice */

/* May who see the practice (a stored record, as get returns it)? The rules
 * are the practice's rights table (am_rights), published as x-rights. */
bool am_practice_can_view(const struct am_actor *who, json_t *p);

/* The HTTP side: the same operations, seen as the actor may see them
 * (drafts hidden from others, private fields shown only to the practice's
 * author, city and network). */
enum am_rc am_practice_view(struct am_db *db, const struct am_actor *who, const char *key,
                            json_t **out, struct am_err *err);
enum am_rc am_practice_create(struct am_db *db, const struct am_actor *who, json_t *in,
                              json_t **out, struct am_err *err);
enum am_rc am_practice_update(struct am_db *db, const struct am_actor *who, const char *key,
                              json_t *patch, json_t **out, struct am_err *err);
enum am_rc am_practice_delete(struct am_db *db, const struct am_actor *who, const char *key,
                              struct am_err *err);

/* The stored records (contact included) of many practices at once (ids: a
 * JSON array, at most AM_LIST_MAX), in its order; one that does not exist
 * is left out. */
enum am_rc am_practice_get_many(struct am_db *db, json_t *ids, json_t **out, struct am_err *err);

/* Review: action is "submit", "publish" or "return" (which needs a comment). */
enum am_rc am_practice_transition(struct am_db *db, const struct am_actor *who, const char *key,
                                  const char *action, const char *comment, json_t **out,
                                  struct am_err *err);
extern const struct am_schema am_practice_review_schema; /* {comment} */

enum am_rc am_practice_versions(struct am_db *db, const struct am_actor *who, const char *key,
                                json_t **out, struct am_err *err);
extern const struct am_schema am_practice_version_schema;

/* Hide what the actor may not see: the contact, unless it may edit. */
void am_practice_redact(const struct am_actor *who, json_t *p);

/* A period as people write it ("2019 - ongoing", "since 2014", "2015-2017",
 * "2016"): false when no year can be read. */
bool am_practice_period(const char *text, int *start, int *end, bool *ongoing);

#endif

/* am_history: every change of a record, kept.
 *
 * The shared write path (am_write_*) logs each create, change, delete and
 * step of a record: who, when, and for each field its value before and
 * after; with the cities and networks the record belongs to (its owners, as
 * am_rights reads them), so that a workspace can ask what changed for its
 * city or network since the last visit. A record's history is read as its
 * rights allow: who may not see the record gets 404; who is outside its
 * city and network sees no account names and no private field. */
#ifndef AM_HISTORY_H
#define AM_HISTORY_H

#include <jansson.h>

#include "am_actor.h"
#include "am_rights.h"
#include "store/am_db.h"

/* The schema of one change, as replied. */
extern const struct am_schema am_change_schema;

/* Log a change of record id of kind (the resource's name) made by who:
 * before is NULL on create, after NULL on delete. Inside the caller's
 * transaction. */
enum am_rc am_history_log(struct am_db *db, const struct am_rights *r, const char *kind, int64_t id,
                          const char *action, const struct am_actor *who, json_t *before, json_t *after,
                          struct am_err *err);

/* The changes of one record (rec, as read, decides who sees what), newest
 * first: {"items", "total", "next": null}. */
enum am_rc am_history_of(struct am_db *db, const struct am_rights *r, const char *kind, json_t *rec,
                         const struct am_actor *who, json_t **out, struct am_err *err);

/* The changes since `since` (ISO time; NULL: the last 30 days) to records
 * of this city or network (0: any), newest first, at most limit. Account
 * names are shown: the caller is of that city or network. */
enum am_rc am_history_since(struct am_db *db, const char *since, int64_t city, int64_t network, int limit,
                            json_t **out, struct am_err *err);

#endif

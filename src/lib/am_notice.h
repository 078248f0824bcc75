/* am_notice: notifications, in the app and by e-mail.
 *
 * What is notified, and to whom, is the triggers of migration 19: they
 * write a notification in the same transaction as the change it tells of
 * (a practice submitted, returned or published; a registration confirmed
 * or waitlisted; travel support asked or decided; a membership ending; a
 * thematic group proposed). What time alone changes (a partnership turning
 * dormant) is found by am_notice_sweep. This module reads them for their
 * account, marks them read, keeps each account's choices, and words them
 * (for the page, and for the mailer: am_mail). */
#ifndef AM_NOTICE_H
#define AM_NOTICE_H

#include <jansson.h>
#include <stdbool.h>

#include "am_actor.h"
#include "am_schema.h"
#include "store/am_db.h"
#include "util/am_err.h"
#include "util/am_lang.h"

/* The topics, in the order pages list them. */
extern const char *const am_notice_topics[];

extern const struct am_schema am_notice_schema;       /* one notification */
extern const struct am_schema am_notice_list_schema;  /* {items, unread, next} */
extern const struct am_schema am_notice_query;        /* unread, before, limit */
extern const struct am_schema am_notice_prefs_schema; /* {email, language, topics: [...]} */

/* The account's notifications (those it reads in the app), newest first. */
enum am_rc am_notice_list(struct am_db *db, const struct am_actor *who, json_t *query, json_t **out,
                          struct am_err *err);
/* Mark one read (AM_ENOTFOUND when it is not the account's), or all. */
enum am_rc am_notice_read(struct am_db *db, const struct am_actor *who, int64_t id, struct am_err *err);
enum am_rc am_notice_read_all(struct am_db *db, const struct am_actor *who, struct am_err *err);
/* How many unread, for the header. */
enum am_rc am_notice_unread(struct am_db *db, const struct am_actor *who, int64_t *n, struct am_err *err);

/* The account's address, language and choice per topic; changing them. */
enum am_rc am_notice_prefs(struct am_db *db, const struct am_actor *who, json_t **out, struct am_err *err);
enum am_rc am_notice_prefs_set(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out,
                               struct am_err *err);

/* Notify what time changed: partnerships that turned dormant (to both
 * cities' officers, once per dormancy). *made: how many were written. */
enum am_rc am_notice_sweep(struct am_db *db, int64_t *made, struct am_err *err);

/* The words of a topic in language l ("A practice was submitted for
 * review"), and the page of its record ("#/practice/12", in out). */
const char *am_notice_subject(const char *topic, enum am_lang l);
void am_notice_link(const char *record_kind, int64_t record_id, char *out, size_t cap);

#endif

/* am_mail: notifications by e-mail, over SMTP (libcurl).
 *
 * The outbox (migration 19) keeps each message until the SMTP server
 * accepted it. One pass (am_mail_run) first words the new notifications of
 * accounts that want them by e-mail into the outbox (in the account's
 * language), then sends what is due: a message is claimed ('sending')
 * before the server is spoken to, marked 'sent' once it accepted it, and on
 * failure queued again with a back-off that doubles (the setting
 * mail.retry_seconds, at most an hour) until mail.max_attempts, then
 * 'failed'. A message found 'sending' when the sender starts was cut off
 * mid-way: it may have arrived, so it is marked failed and never sent again.
 * With no SMTP host set, notifications stay in the app, and the sender
 * writes nothing.
 *
 * The settings (admins only): SMTP host, port, security (none, starttls,
 * tls), user name and password (never replied), sender address, the
 * address of this amity for links. */
#ifndef AM_MAIL_H
#define AM_MAIL_H

#include <jansson.h>

#include "am_actor.h"
#include "am_rights.h"
#include "am_schema.h"
#include "store/am_db.h"
#include "util/am_err.h"

extern const struct am_schema am_mail_settings_schema;
extern const struct am_rights am_mail_settings_rights;
extern const struct am_schema am_outbox_schema;

enum am_rc am_mail_settings(struct am_db *db, const struct am_actor *who, json_t **out, struct am_err *err);
enum am_rc am_mail_settings_set(struct am_db *db, const struct am_actor *who, json_t *patch, json_t **out,
                                struct am_err *err);

/* The outbox, newest first (admins): no message bodies, counts per status. */
enum am_rc am_outbox_list(struct am_db *db, const struct am_actor *who, json_t *query, json_t **out,
                          struct am_err *err);

/* libcurl's global set-up and its end: once in the program, the first
 * before any thread starts (libcurl requires it), the last after they end. */
void am_mail_global_init(void);
void am_mail_global_cleanup(void);

/* Once, before the first pass: what a crash left 'sending' is failed. */
enum am_rc am_mail_recover(struct am_db *db, struct am_err *err);
/* One pass: queue, then send what is due. *sent: messages accepted. */
enum am_rc am_mail_run(struct am_db *db, int *sent, struct am_err *err);

/* The sender: a thread making a pass every second (and the dormancy sweep
 * hourly, the first five minutes after the start), on its own connection
 * to the store. */
struct am_store;
struct am_mailer;
enum am_rc am_mailer_start(struct am_store *store, struct am_mailer **out, struct am_err *err);
void am_mailer_stop(struct am_mailer *m);

#endif

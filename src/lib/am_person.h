/* am_person: the people behind a city's ties (citizen diplomacy): residents
 * with ties abroad and citizens living abroad (citizen ambassadors),
 * contact persons, a network's experts.
 *
 * A person is recorded only with a lawful basis: their consent (to what
 * purposes, when, how, and the very text they agreed to, versioned in
 * consent_text), or the office's note of a public official's work contact.
 * The record belongs to one office (a city's, or a network's secretariat
 * for its expert pool) and is seen by it alone, unless shared with a named
 * partner city's office or a network's secretariat, or made a public profile
 * (only with consent to that). A withdrawal of consent takes effect at once:
 * withdrawing the consent to be recorded erases the person; withdrawing a
 * sharing or the public profile narrows who sees them.
 *
 * Every personal value is in the person_* tables and nowhere else: the
 * history of changes keeps none (the writer is `unlogged`); person_audit
 * says who read or changed which fields when, never the values. Erasure
 * deletes the rows (secure_delete overwrites the pages), the log's copy of
 * the pages is checkpointed away, and what is left is an anonymous count
 * (person_erasure). docs/people.md says what is kept, why, how long, and
 * who sees it. */
#ifndef AM_PERSON_H
#define AM_PERSON_H

#include "am_resource.h"

extern const struct am_resource am_person_resource;
extern const struct am_schema am_person_schema;
extern const struct am_rights am_person_rights;
extern const struct am_schema am_person_withdraw_schema; /* the withdraw step's body */
extern const struct am_schema am_person_erase_schema;    /* the erase step's body */
extern const struct am_schema am_person_filters;
extern const struct am_schema am_person_export_schema;   /* everything held about a person */
extern const struct am_schema am_person_audit_schema;    /* an entry of the audit log */
extern const struct am_schema am_person_audit_filters;
extern const struct am_schema am_consent_text_schema;
extern const struct am_rights am_consent_text_rights;
extern const struct am_schema am_consent_text_filters;

/* The people who may see (list) them: who's own office's, those shared
 * with who, the public profiles; every one for admins and the
 * data-protection officer. Each read is in the audit log (signed in). */
enum am_rc am_person_list(struct am_db *db, const struct am_actor *who, json_t *query, json_t **out,
                          struct am_err *err);
/* One person, if who may see them (AM_ENOTFOUND otherwise); logged. */
enum am_rc am_person_get(struct am_db *db, const struct am_actor *who, const char *key, json_t **out,
                         struct am_err *err);
/* Everything held about a person (articles 15 and 20): the record, its
 * consents with the texts agreed to, and the audit log's entries about
 * them. */
enum am_rc am_person_export(struct am_db *db, const struct am_actor *who, const char *key, json_t **out,
                            struct am_err *err);
/* The audit log, newest first (admins and the data-protection officer). */
enum am_rc am_person_audit(struct am_db *db, const struct am_actor *who, json_t *query, json_t **out,
                           struct am_err *err);

/* The people of who's office (and those shared with it) with ties to a
 * city: living there, tied to it, or to its country; strongest first, with
 * the reasons. For a partnership, or a suggested partner city: the seed's
 * "Isfahanis living in sister cities". The office's view alone. */
extern const struct am_schema am_person_match_schema;
enum am_rc am_person_ties(struct am_db *db, const struct am_actor *who, int64_t city, json_t **out,
                          struct am_err *err);

/* The public form: a resident or a citizen abroad offers to help their
 * city. Waits for the office as pending; its reply says only that.
 * (The caller limits how often one address may send it.) */
extern const struct am_schema am_person_register_schema;
extern const struct am_schema am_person_received_schema;
enum am_rc am_person_register(struct am_db *db, json_t *in, json_t **out, struct am_err *err);

/* The consent texts, newest version first; an admin adds a version. */
enum am_rc am_consent_texts(struct am_db *db, json_t *query, json_t **out, struct am_err *err);
enum am_rc am_consent_text_add(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out,
                               struct am_err *err);

#endif

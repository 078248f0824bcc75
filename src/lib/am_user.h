/* am_user: accounts, passwords (argon2id, libsodium) and sign-in sessions.
 *
 * A session is a random 256-bit bearer token; only its BLAKE2b hash is
 * stored, and it expires after the session_ttl_hours setting. */
#ifndef AM_USER_H
#define AM_USER_H

#include "am_actor.h"
#include "am_rights.h"
#include "am_schema.h"
#include "store/am_db.h"

extern const struct am_schema am_user_schema;    /* POST /users */
extern const struct am_rights am_user_rights;       /* who may do what to accounts */
extern const struct am_schema am_signin_schema;  /* POST /sessions */
extern const struct am_schema am_session_schema; /* its reply */
extern const struct am_schema am_actor_schema;   /* who is signed in: am_actor_json */

/* Validated user (see am_user_schema) -> new account. Admins only. */
enum am_rc am_user_create(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out,
                          struct am_err *err);
enum am_rc am_user_list(struct am_db *db, const struct am_actor *who, json_t **out,
                        struct am_err *err);
enum am_rc am_user_delete(struct am_db *db, const struct am_actor *who, const char *key,
                          struct am_err *err);

/* Check the password and open a session: {token, expires_at, user}. A
 * wrong name or password is the same AM_EAUTH, and costs the same time. */
enum am_rc am_session_open(struct am_db *db, const char *username, const char *password,
                           json_t **out, struct am_err *err);
/* Who holds this token; AM_EAUTH when it is unknown or expired. */
enum am_rc am_session_actor(struct am_db *db, const char *token, struct am_actor *out,
                            struct am_err *err);
enum am_rc am_session_close(struct am_db *db, const char *token, struct am_err *err);

/* A secret for an address or a session: 256 random bits as 64 hex digits,
 * and the hash kept of it (a stolen database file hands out nothing). The
 * caller has started libsodium (sodium_init). */
void am_token_new(char token[65], char hash[65]);
void am_token_hash(const char *token, char hash[65]);

/* The actor as a JSON object {id, username, role, city_id, network_id}. */
json_t *am_actor_json(const struct am_actor *a);

#endif

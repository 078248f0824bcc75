#include "am_user.h"

#include <pthread.h>
#include <sodium.h>
#include <string.h>

#include "am_mail.h"
#include "am_setting.h"
#include "am_resource.h"
#include "util/am_str.h"

static const char *const roles[] = {"admin", "secretariat", "officer", "dpo", NULL};

static const struct am_field user_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "username", .type = AM_T_STRING, .flags = AM_F_REQUIRED, .min = 3, .max = 60,
     .doc = "letters, digits and . _ @ -"},
    {.name = "password", .type = AM_T_STRING, .flags = AM_F_REQUIRED | AM_F_PRIVATE | AM_F_WRITEONLY, .min = 8, .max = 200,
     .doc = "write only: never in a reply; stored as an argon2id hash"},
    {.name = "role", .type = AM_T_ENUM, .flags = AM_F_REQUIRED, .values = roles},
    {.name = "city_id", .type = AM_T_ID, .flags = AM_F_NULLABLE, .ref = "city",
     .doc = "the city an officer looks after"},
    {.name = "network_id", .type = AM_T_ID, .flags = AM_F_NULLABLE, .ref = "network",
     .doc = "the network a secretariat looks after"},
    {.name = "created_at", .type = AM_T_STRING, .flags = AM_F_READONLY},
    AM_FIELD_CAN,
    {0},
};
const struct am_schema am_user_schema = {
    .name = "User", .doc = "An account.", .fields = user_fields,
    .example = "{\"username\": \"maria\", \"password\": \"a long passphrase\", \"role\": \"officer\", "
               "\"city_id\": 1}"};

/* Accounts are kept by admins, and seen by them only. */
static const struct am_rule user_rules_[] = {
    {AM_ACT_READ, AM_REL_ADMIN, NULL, NULL},
    {AM_ACT_CREATE, AM_REL_ADMIN, NULL, NULL},
    {AM_ACT_DELETE, AM_REL_ADMIN, NULL, NULL},
    {0},
};
const struct am_rights am_user_rights = {"user", &am_user_schema, NULL, NULL, user_rules_, NULL};

static const struct am_field signin_fields[] = {
    {.name = "username", .type = AM_T_STRING, .flags = AM_F_REQUIRED, .max = 60},
    {.name = "password", .type = AM_T_STRING, .flags = AM_F_REQUIRED, .max = 200},
    {0},
};
const struct am_schema am_signin_schema = {
    .name = "SignIn", .doc = "Credentials.", .fields = signin_fields,
    .example = "{\"username\": \"maria\", \"password\": \"a long passphrase\"}"};

static const struct am_field actor_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "username", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "role", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "city_id", .type = AM_T_INT, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "network_id", .type = AM_T_INT, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "can", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .item = &am_can_value,
     .doc = "what the account may do beyond records: {read_audit: the audit log of personal data; mail_settings: the SMTP settings and the outbox}"},
    {0},
};
const struct am_schema am_actor_schema = {.name = "Actor", .doc = "Who is signed in.", .fields = actor_fields};

static const struct am_field session_fields[] = {
    {.name = "token", .type = AM_T_STRING, .flags = AM_F_READONLY,
     .doc = "send as Authorization: Bearer TOKEN"},
    {.name = "expires_at", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "user", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &am_actor_schema},
    {0},
};
const struct am_schema am_session_schema = {
    .name = "Session", .doc = "A signed-in session.", .fields = session_fields};

static enum am_rc crypto_ready(struct am_err *err)
{
    if (sodium_init() < 0)
        return am_err_set(err, AM_EINTERNAL, NULL, "libsodium cannot start");
    return AM_OK;
}

static bool username_ok(const char *s)
{
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
              *s == '.' || *s == '_' || *s == '@' || *s == '-'))
            return false;
    return true;
}

static enum am_rc user_rules(json_t *in, enum am_role *role, struct am_err *err)
{
    const char *name = json_string_value(json_object_get(in, "username"));
    if (!username_ok(name))
        return am_err_set(err, AM_EINVAL, "username",
                          "username: use letters, digits and . _ @ - only");
    am_role_parse(json_string_value(json_object_get(in, "role")), role);
    int64_t city = am_get_id(in, "city_id"), net = am_get_id(in, "network_id");
    if (*role == AM_ROLE_OFFICER && (!city || net))
        return am_err_set(err, AM_EINVAL, city ? "network_id" : "city_id",
                          "%s", city ? "network_id: an officer looks after a city, not a network"
                                     : "city_id: an officer needs the city it looks after");
    if (*role == AM_ROLE_SECRETARIAT && (!net || city))
        return am_err_set(err, AM_EINVAL, net ? "city_id" : "network_id",
                          "%s", net ? "city_id: a secretariat looks after a network, not a city"
                                    : "network_id: a secretariat needs the network it looks after");
    if ((*role == AM_ROLE_ADMIN || *role == AM_ROLE_DPO) && (city || net))
        return am_err_set(err, AM_EINVAL, city ? "city_id" : "network_id", "%s",
                          *role == AM_ROLE_ADMIN ? "an admin is not tied to a city or network"
                                                 : "a data-protection officer is not tied to a city or network");
    return AM_OK;
}

static enum am_rc ref_exists(struct am_db *db, const char *sql, int64_t id, const char *field,
                             struct am_err *err)
{
    int64_t one;
    if (!id)
        return AM_OK;
    enum am_rc rc = am_db_i64(db, sql, json_pack("[I]", (json_int_t)id), &one, err);
    if (rc == AM_ENOTFOUND)
        return am_err_set(err, AM_EINVAL, field, "%s: there is no record with id %lld", field,
                          (long long)id);
    return rc;
}

enum am_rc am_user_create(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out,
                          struct am_err *err)
{
    enum am_role role = AM_ROLE_ANON;
    char hash[crypto_pwhash_STRBYTES], now[32];
    enum am_rc rc = am_rights_need(&am_user_rights, who, NULL, AM_ACT_CREATE, err);
    if (rc || (rc = crypto_ready(err)) || (rc = user_rules(in, &role, err)))
        return rc;
    int64_t city = am_get_id(in, "city_id"), net = am_get_id(in, "network_id");
    if ((rc = ref_exists(db, "SELECT 1 FROM city WHERE id = ?", city, "city_id", err)) ||
        (rc = ref_exists(db, "SELECT 1 FROM network WHERE id = ?", net, "network_id", err)))
        return rc;
    const char *pw = json_string_value(json_object_get(in, "password"));
    if (crypto_pwhash_str_alg(hash, pw, strlen(pw), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13))
        return am_err_set(err, AM_ENOMEM, NULL, "not enough memory to hash the password");
    am_time_iso(am_time_now(), now, sizeof now);
    if ((rc = am_db_begin(db, err)))
        return rc;
    rc = am_db_exec(db, "INSERT INTO app_user (username, pw_hash, role, city_id, network_id, "
                        "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    json_pack("[Osso?o?s]", json_object_get(in, "username"), hash, am_role_name(role),
                              city ? json_integer(city) : NULL, net ? json_integer(net) : NULL, now),
                    NULL, err);
    if (rc == AM_ECONFLICT)
        am_err_set(err, rc, "username", "username: is taken");
    int64_t id = am_db_last_id(db);
    if (!rc)
        rc = am_db_commit(db, err);
    if (rc) {
        am_db_rollback(db);
        return rc;
    }
    sodium_memzero(hash, sizeof hash);
    return am_db_one(db, "SELECT id, username, role, city_id, network_id, created_at FROM app_user "
                         "WHERE id = ?",
                     json_pack("[I]", (json_int_t)id), out, err);
}

enum am_rc am_user_list(struct am_db *db, const struct am_actor *who, json_t **out,
                        struct am_err *err)
{
    enum am_rc rc = am_rights_need(&am_user_rights, who, NULL, AM_ACT_READ, err);
    json_t *items = NULL;
    if (rc || (rc = am_db_all(db, "SELECT id, username, role, city_id, network_id, created_at "
                                  "FROM app_user ORDER BY username",
                              json_array(), &items, err)))
        return rc;
    *out = json_pack("{s:o,s:I,s:n}", "items", items, "total", (json_int_t)json_array_size(items),
                     "next");
    return AM_OK;
}

enum am_rc am_user_delete(struct am_db *db, const struct am_actor *who, const char *key,
                          struct am_err *err)
{
    int64_t id, changes = 0;
    json_t *user = NULL;
    enum am_rc rc = am_key_id(key, "user", &id, err);
    if (!rc && (rc = am_db_one(db, "SELECT id, username, role, city_id, network_id FROM app_user WHERE id = ?",
                               json_pack("[I]", (json_int_t)id), &user, err)) == AM_ENOTFOUND)
        rc = am_err_set(err, rc, NULL, "no user with id %lld", (long long)id);
    if (!rc)
        rc = am_rights_need(&am_user_rights, who, user, AM_ACT_DELETE, err);
    json_decref(user);
    if (rc)
        return rc;
    if (id == who->user_id)
        return am_err_set(err, AM_ECONFLICT, NULL, "you cannot delete your own account");
    if ((rc = am_db_begin(db, err)))
        return rc;
    rc = am_db_exec(db, "DELETE FROM app_user WHERE id = ?", json_pack("[I]", (json_int_t)id),
                    &changes, err);
    if (!rc && !changes)
        rc = am_err_set(err, AM_ENOTFOUND, NULL, "no user with id %lld", (long long)id);
    if (!rc)
        rc = am_db_commit(db, err);
    if (rc)
        am_db_rollback(db);
    return rc;
}

/* ---- sessions ------------------------------------------------------- */

void am_token_hash(const char *token, char out[65])
{
    unsigned char h[32];
    crypto_generichash(h, sizeof h, (const unsigned char *)token, strlen(token), NULL, 0);
    sodium_bin2hex(out, 65, h, sizeof h);
}

void am_token_new(char token[65], char hash[65])
{
    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    sodium_bin2hex(token, 65, raw, sizeof raw);
    sodium_memzero(raw, sizeof raw);
    am_token_hash(token, hash);
}

static void actor_from_row(json_t *row, struct am_actor *a)
{
    memset(a, 0, sizeof *a);
    if (!am_role_parse(json_string_value(json_object_get(row, "role")), &a->role))
        a->role = AM_ROLE_ANON;
    a->user_id = am_get_id(row, "id");
    a->city_id = am_get_id(row, "city_id");
    a->network_id = am_get_id(row, "network_id");
    const char *name = json_string_value(json_object_get(row, "username"));
    am_str_copy(a->username, sizeof a->username, name ? name : "");
}

json_t *am_actor_json(const struct am_actor *a)
{
    bool mail = (am_can(&am_mail_settings_rights, a, NULL) & AM_CAN(AM_ACT_READ)) != 0;
    return json_pack("{s:I,s:s,s:s,s:o,s:o,s:{s:b,s:b}}", "id", (json_int_t)a->user_id, "username",
                     a->username, "role", am_role_name(a->role), "city_id",
                     a->city_id ? json_integer(a->city_id) : json_null(), "network_id",
                     a->network_id ? json_integer(a->network_id) : json_null(), "can", "read_audit",
                     am_actor_reads_audit(a), "mail_settings", mail);
}

/* A valid hash of nothing in particular, so that an unknown name costs as
 * much as a wrong password. */
static char dummy[crypto_pwhash_STRBYTES];
static pthread_once_t dummy_once = PTHREAD_ONCE_INIT;

static void make_dummy(void)
{
    if (crypto_pwhash_str_alg(dummy, "-", 1, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13))
        dummy[0] = '\0';
}

enum am_rc am_session_open(struct am_db *db, const char *username, const char *password,
                           json_t **out, struct am_err *err)
{
    json_t *row = NULL;
    struct am_actor who;
    char token[65], hash[65], expires[32];
    enum am_rc rc = crypto_ready(err);
    if (rc)
        return rc;
    rc = am_db_one(db, "SELECT id, username, role, city_id, network_id, pw_hash FROM app_user "
                       "WHERE username = ?",
                   json_pack("[s]", username), &row, err);
    if (rc && rc != AM_ENOTFOUND)
        return rc;
    const char *stored = json_string_value(json_object_get(row, "pw_hash"));
    if (!stored) {
        pthread_once(&dummy_once, make_dummy);
        if (!dummy[0])
            return am_err_set(err, AM_ENOMEM, NULL, "not enough memory to check the password");
        stored = dummy;
    }
    bool ok = crypto_pwhash_str_verify(stored, password, strlen(password)) == 0 && row;
    if (!ok) {
        json_decref(row);
        return am_err_set(err, AM_EAUTH, "password", "wrong username or password");
    }
    actor_from_row(row, &who);
    json_decref(row);

    am_token_new(token, hash);
    int64_t now = am_time_now();
    int64_t until = now + (int64_t)am_setting_int(db, "session_ttl_hours", 12) * 3600;
    am_time_iso(until, expires, sizeof expires);
    if ((rc = am_db_begin(db, err)))
        return rc;
    rc = am_db_exec(db, "DELETE FROM session WHERE expires_at <= ?", json_pack("[I]", (json_int_t)now),
                    NULL, err);
    /* a new visit: the workspace shows what changed since the last one */
    char visit[32];
    am_time_iso(now, visit, sizeof visit);
    if (!rc)
        rc = am_db_exec(db, "UPDATE app_user SET previous_visit = last_visit, last_visit = ? WHERE id = ?",
                        json_pack("[sI]", visit, (json_int_t)who.user_id), NULL, err);
    if (!rc)
        rc = am_db_exec(db, "INSERT INTO session (token_hash, user_id, created_at, expires_at) "
                            "VALUES (?, ?, ?, ?)",
                        json_pack("[sIII]", hash, (json_int_t)who.user_id, (json_int_t)now,
                                  (json_int_t)until),
                        NULL, err);
    if (!rc)
        rc = am_db_commit(db, err);
    if (rc) {
        am_db_rollback(db);
        return rc;
    }
    *out = json_pack("{s:s,s:s,s:o}", "token", token, "expires_at", expires, "user",
                     am_actor_json(&who));
    sodium_memzero(token, sizeof token);
    return *out ? AM_OK : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
}

enum am_rc am_session_actor(struct am_db *db, const char *token, struct am_actor *out,
                            struct am_err *err)
{
    char hash[65];
    json_t *row = NULL;
    if (strlen(token) != 64)
        return am_err_set(err, AM_EAUTH, NULL, "the token is not valid; sign in again");
    am_token_hash(token, hash);
    enum am_rc rc = am_db_one(db, "SELECT u.id, u.username, u.role, u.city_id, u.network_id FROM "
                                  "session s JOIN app_user u ON u.id = s.user_id "
                                  "WHERE s.token_hash = ? AND s.expires_at > ?",
                              json_pack("[sI]", hash, (json_int_t)am_time_now()), &row, err);
    if (rc == AM_ENOTFOUND)
        return am_err_set(err, AM_EAUTH, NULL, "the token is unknown or has expired; sign in again");
    if (rc)
        return rc;
    actor_from_row(row, out);
    json_decref(row);
    return AM_OK;
}

enum am_rc am_session_close(struct am_db *db, const char *token, struct am_err *err)
{
    char hash[65];
    am_token_hash(token, hash);
    enum am_rc rc = am_db_begin(db, err);
    if (rc)
        return rc;
    rc = am_db_exec(db, "DELETE FROM session WHERE token_hash = ?", json_pack("[s]", hash), NULL, err);
    if (!rc)
        rc = am_db_commit(db, err);
    if (rc)
        am_db_rollback(db);
    return rc;
}

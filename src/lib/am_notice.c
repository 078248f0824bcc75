#include "am_notice.h"

#include <stdio.h>
#include <string.h>

#include "am_partnership.h"
#include "am_resource.h"
#include "am_setting.h"
#include "util/am_labels.h"
#include "util/am_str.h"

/* The topics, what each says (English; data/i18n/texts.tsv translates),
 * in the order pages list them: one list, for the names and the words. */
#define NOTICE_TOPICS(X)                                                        \
    X(practice_submitted, "A practice was submitted for review")                \
    X(practice_returned, "A practice was returned with comments")               \
    X(practice_published, "A practice was published")                           \
    X(registration_confirmed, "A registration is confirmed")                    \
    X(registration_waitlisted, "A registration is on the waiting list")         \
    X(travel_requested, "Travel support was asked for")                         \
    X(travel_decided, "Travel support was decided")                             \
    X(partnership_dormant, "A partnership has turned dormant")                  \
    X(membership_ending, "A network membership is ending")                      \
    X(group_proposed, "A thematic group was proposed")                          \
    X(need_pledged, "A need got a pledge")                                      \
    X(pledge_confirmed, "A delivery was confirmed")

#define TOPIC_NAME(name, words) #name,
#define TOPIC_WORDS(name, words) words,
const char *const am_notice_topics[] = {NOTICE_TOPICS(TOPIC_NAME) NULL};
static const char *const topic_words[] = {NOTICE_TOPICS(TOPIC_WORDS) NULL};

const char *am_notice_subject(const char *topic, enum am_lang l)
{
    for (size_t i = 0; am_notice_topics[i]; i++) {
        if (strcmp(am_notice_topics[i], topic) == 0) {
            const char *t = am_label_in(topic_words[i], l);
            return t ? t : topic_words[i];
        }
    }
    return topic;
}

void am_notice_link(const char *record_kind, int64_t record_id, char *out, size_t cap)
{
    static const char *const pages[] = {"practice", "activity", "network", "partnership", "group", "need", NULL};
    for (const char *const *p = pages; *p; p++) {
        if (strcmp(*p, record_kind) == 0) {
            snprintf(out, cap, "#/%s/%lld", *p, (long long)record_id);
            return;
        }
    }
    am_str_copy(out, cap, "#/notifications");
}

/* ---- the account's list ------------------------------------------------------------ */

static const struct am_field notice_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "topic", .type = AM_T_ENUM, .flags = AM_F_READONLY, .values = am_notice_topics},
    {.name = "subject", .type = AM_T_STRING, .flags = AM_F_READONLY, .doc = "what happened, in the reader's language"},
    {.name = "record_kind", .label = "Kind of record", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "record_id", .label = "Record", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "title", .type = AM_T_STRING, .flags = AM_F_READONLY, .doc = "the record's title when it happened"},
    {.name = "link", .type = AM_T_STRING, .flags = AM_F_READONLY, .doc = "its page in the web UI (#/...)"},
    {.name = "created_at", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "read", .type = AM_T_BOOL, .flags = AM_F_READONLY},
    {0},
};
const struct am_schema am_notice_schema = {
    .name = "Notification", .doc = "Something that happened to a record the account looks after.",
    .fields = notice_fields};

static const struct am_field list_fields[] = {
    {.name = "items", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "notification", .type = AM_T_OBJECT, .object = &am_notice_schema}},
    {.name = "unread", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "unread, in all"},
    {.name = "next", .type = AM_T_INT, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .doc = "the `before` of the next page, or null"},
    {0},
};
const struct am_schema am_notice_list_schema = {
    .name = "Notifications", .doc = "An account's notifications, newest first.", .fields = list_fields};

static const struct am_field query_fields[] = {
    {.name = "unread", .type = AM_T_BOOL, .doc = "only those not yet read"},
    {.name = "before", .type = AM_T_INT, .min = 1, .max = 9007199254740991.0, .doc = "older than this id (paging)"},
    {.name = "limit", .type = AM_T_INT, .min = 1, .max = 100, .doc = "how many (default 20)"},
    {0},
};
const struct am_schema am_notice_query = {.name = "NotificationQuery", .doc = NULL, .fields = query_fields};

/* Shown in the app unless the account turned the topic off there. */
#define IN_APP                                                                                             \
    " AND NOT EXISTS (SELECT 1 FROM notification_pref p WHERE p.user_id = n.user_id AND p.topic = n.topic " \
    "AND p.in_app = 0)"

enum am_rc am_notice_unread(struct am_db *db, const struct am_actor *who, int64_t *n, struct am_err *err)
{
    return am_db_i64(db, "SELECT count(*) FROM notification n WHERE n.user_id = ? AND n.read_at IS NULL" IN_APP,
                     json_pack("[I]", (json_int_t)who->user_id), n, err);
}

enum am_rc am_notice_list(struct am_db *db, const struct am_actor *who, json_t *query, json_t **out,
                          struct am_err *err)
{
    json_t *rows = NULL;
    int64_t unread = 0, limit = json_is_integer(json_object_get(query, "limit"))
                                    ? json_integer_value(json_object_get(query, "limit")) : 20;
    json_t *before = json_object_get(query, "before");
    enum am_rc rc = am_db_all(db,
                              "SELECT n.id, n.topic, n.record_kind, n.record_id, n.title, n.created_at, "
                              "n.read_at IS NOT NULL AS read FROM notification n WHERE n.user_id = ?1 "
                              "AND (?2 IS NULL OR n.id < ?2) AND (?3 = 0 OR n.read_at IS NULL)" IN_APP
                              " ORDER BY n.id DESC LIMIT ?4",
                              json_pack("[IOiI]", (json_int_t)who->user_id, before ? before : json_null(),
                                        json_is_true(json_object_get(query, "unread")), (json_int_t)limit + 1),
                              &rows, err);
    if (!rc)
        rc = am_notice_unread(db, who, &unread, err);
    if (rc) {
        json_decref(rows);
        return rc;
    }
    json_t *next = json_null();
    if (json_array_size(rows) > (size_t)limit) {
        json_array_remove(rows, (size_t)limit);
        next = json_integer(am_get_id(json_array_get(rows, (size_t)limit - 1), "id"));
    }
    size_t i;
    json_t *row;
    json_array_foreach(rows, i, row) {
        char link[64];
        const char *topic = json_string_value(json_object_get(row, "topic"));
        am_notice_link(json_string_value(json_object_get(row, "record_kind")), am_get_id(row, "record_id"), link,
                       sizeof link);
        json_object_set_new(row, "subject", json_string(am_notice_subject(topic, am_lang_current())));
        json_object_set_new(row, "link", json_string(link));
        json_object_set_new(row, "read", json_boolean(json_integer_value(json_object_get(row, "read"))));
    }
    *out = json_pack("{s:o,s:I,s:o}", "items", rows, "unread", (json_int_t)unread, "next", next);
    return *out ? AM_OK : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
}

enum am_rc am_notice_read(struct am_db *db, const struct am_actor *who, int64_t id, struct am_err *err)
{
    char now[32];
    int64_t mine = 0;
    am_now(now);
    enum am_rc rc = am_db_i64(db, "SELECT count(*) FROM notification WHERE id = ? AND user_id = ?",
                              json_pack("[II]", (json_int_t)id, (json_int_t)who->user_id), &mine, err);
    if (!rc && !mine) /* another account's: as if there were none */
        return am_err_set(err, AM_ENOTFOUND, NULL, "no notification with id %lld", (long long)id);
    if (!rc)
        rc = am_db_exec(db, "UPDATE notification SET read_at = coalesce(read_at, ?) WHERE id = ?",
                        json_pack("[sI]", now, (json_int_t)id), NULL, err);
    return rc;
}

enum am_rc am_notice_read_all(struct am_db *db, const struct am_actor *who, struct am_err *err)
{
    char now[32];
    am_now(now);
    return am_db_exec(db, "UPDATE notification SET read_at = ? WHERE user_id = ? AND read_at IS NULL",
                      json_pack("[sI]", now, (json_int_t)who->user_id), NULL, err);
}

/* ---- choices ------------------------------------------------------------------------ */

static const struct am_field choice_fields[] = {
    {.name = "topic", .type = AM_T_ENUM, .flags = AM_F_REQUIRED, .values = am_notice_topics},
    {.name = "in_app", .label = "In the app", .type = AM_T_BOOL, .flags = AM_F_REQUIRED, .doc = "listed in the app"},
    {.name = "email", .type = AM_T_BOOL, .flags = AM_F_REQUIRED, .doc = "sent by e-mail (when amity sends e-mail)"},
    {0},
};
static const struct am_schema choice_schema = {
    .name = "NotificationChoice", .doc = "How an account hears of one topic.", .fields = choice_fields};

static const struct am_field prefs_fields[] = {
    {.name = "email", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .min = 3, .max = 254,
     .doc = "where e-mails go (none: in the app only)"},
    {.name = "language", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .min = 2, .max = 2,
     .doc = "the language e-mails are written in: en, fr, it, uk or fa (default en)"},
    {.name = "topics", .type = AM_T_ARRAY, .max = 20,
     .item = &(const struct am_field){.name = "choice", .type = AM_T_OBJECT, .object = &choice_schema},
     .doc = "one per topic; a topic left out keeps its choice"},
    {.name = "mail_enabled", .label = "E-mail sent", .type = AM_T_BOOL, .flags = AM_F_READONLY,
     .doc = "whether this amity sends e-mail at all (an admin sets up the SMTP server)"},
    {0},
};
const struct am_schema am_notice_prefs_schema = {
    .name = "NotificationPreferences", .doc = "What an account hears of, and how.", .fields = prefs_fields,
    .example = "{\"email\": \"office@example.org\", \"language\": \"fr\", \"topics\": [{\"topic\": "
               "\"travel_decided\", \"in_app\": true, \"email\": false}]}"};

enum am_rc am_notice_prefs(struct am_db *db, const struct am_actor *who, json_t **out, struct am_err *err)
{
    json_t *user = NULL, *rows = NULL;
    int64_t mail = 0;
    enum am_rc rc = am_db_one(db, "SELECT email, language FROM app_user WHERE id = ?",
                              json_pack("[I]", (json_int_t)who->user_id), &user, err);
    if (!rc)
        rc = am_db_all(db, "SELECT topic, in_app, email FROM notification_pref WHERE user_id = ?",
                       json_pack("[I]", (json_int_t)who->user_id), &rows, err);
    if (!rc)
        rc = am_db_i64(db, "SELECT count(*) FROM setting WHERE key = 'mail.smtp_host' AND value <> ''", NULL, &mail,
                       err);
    if (!rc) {
        json_t *list = json_array();
        for (const char *const *t = am_notice_topics; *t; t++) {
            bool in_app = true, email = true;
            size_t i;
            json_t *row;
            json_array_foreach(rows, i, row) {
                if (strcmp(json_string_value(json_object_get(row, "topic")), *t) == 0) {
                    in_app = json_integer_value(json_object_get(row, "in_app")) != 0;
                    email = json_integer_value(json_object_get(row, "email")) != 0;
                }
            }
            json_array_append_new(list, json_pack("{s:s,s:b,s:b}", "topic", *t, "in_app", in_app, "email", email));
        }
        *out = json_pack("{s:O,s:O,s:o,s:b}", "email", json_object_get(user, "email"), "language",
                         json_object_get(user, "language"), "topics", list, "mail_enabled", mail > 0);
        if (!*out)
            rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    }
    json_decref(user);
    json_decref(rows);
    return rc;
}

static bool plausible_address(const char *a)
{
    const char *at = strchr(a, '@');
    return at && at > a && strchr(at + 1, '.') && !strchr(at + 1, '@') && !strpbrk(a, " \t\r\n<>,;\"");
}

enum am_rc am_notice_prefs_set(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out,
                               struct am_err *err)
{
    json_t *email = json_object_get(in, "email"), *lang = json_object_get(in, "language");
    enum am_lang l;
    if (json_is_string(email) && !plausible_address(json_string_value(email)))
        return am_err_set(err, AM_EINVAL, "email", "E-mail: is not an e-mail address; write it as name@example.org");
    if (json_is_string(lang) && !am_lang_parse(json_string_value(lang), &l))
        return am_err_set(err, AM_EINVAL, "language", "Language: amity writes en, fr, it, uk or fa");
    enum am_rc rc = am_db_begin(db, err);
    if (rc)
        return rc;
    if (email)
        rc = am_db_exec(db, "UPDATE app_user SET email = ? WHERE id = ?",
                        json_pack("[OI]", email, (json_int_t)who->user_id), NULL, err);
    if (!rc && lang)
        rc = am_db_exec(db, "UPDATE app_user SET language = ? WHERE id = ?",
                        json_pack("[OI]", lang, (json_int_t)who->user_id), NULL, err);
    size_t i;
    json_t *c;
    json_array_foreach(json_object_get(in, "topics"), i, c) {
        if (rc)
            break;
        rc = am_db_exec(db,
                        "INSERT INTO notification_pref (user_id, topic, in_app, email) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT (user_id, topic) DO UPDATE SET in_app = excluded.in_app, email = excluded.email",
                        json_pack("[IOii]", (json_int_t)who->user_id, json_object_get(c, "topic"),
                                  json_is_true(json_object_get(c, "in_app")), json_is_true(json_object_get(c, "email"))),
                        NULL, err);
    }
    if (!rc)
        rc = am_db_commit(db, err);
    if (rc) {
        am_db_rollback(db);
        return rc;
    }
    return am_notice_prefs(db, who, out, err);
}

/* ---- what time changes --------------------------------------------------------------- */

enum am_rc am_notice_sweep(struct am_db *db, int64_t *made, struct am_err *err)
{
    char cutoff[11], now[32];
    am_partnership_cutoff(am_time_now(), am_setting_int(db, "dormant_after_years", 3), cutoff);
    am_now(now);
    enum am_rc rc = am_db_exec(
        db,
        "INSERT OR IGNORE INTO notification (user_id, topic, record_kind, record_id, title, stamp, created_at) "
        "SELECT w.user_id, w.topic, 'partnership', p.id, ca.name || ' – ' || cb.name, coalesce(p.health_ref, ''), ?2 "
        "FROM partnership p JOIN city ca ON ca.id = p.a_city_id JOIN city cb ON cb.id = p.b_city_id "
        "JOIN notify_wants w ON w.topic = 'partnership_dormant' AND w.role = 'officer' "
        "AND w.city_id IN (p.a_city_id, p.b_city_id) "
        "WHERE p.status = 'dormant' OR (p.status IN ('signed', 'active') AND p.health_ref < ?1)",
        json_pack("[ss]", cutoff, now), NULL, err);
    if (!rc && made)
        *made = am_db_changes(db);
    return rc;
}

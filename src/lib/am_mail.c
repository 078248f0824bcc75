#include "am_mail.h"

#include <curl/curl.h>
#include <pthread.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "am_notice.h"
#include "am_resource.h"
#include "util/am_buf.h"
#include "util/am_labels.h"
#include "util/am_lang.h"
#include "util/am_log.h"
#include "util/am_str.h"

/* ---- settings ----------------------------------------------------------------------- */

static const char *const security[] = {"none", "starttls", "tls", NULL};

static const struct am_field settings_fields[] = {
    {.name = "smtp_host", .label = "SMTP server", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .max = 253,
     .doc = "the SMTP server (none: notifications stay in the app)"},
    {.name = "smtp_port", .label = "SMTP port", .type = AM_T_INT, .flags = AM_F_NULLABLE, .min = 1, .max = 65535,
     .doc = "default: 25 (none), 587 (starttls), 465 (tls)"},
    {.name = "smtp_security", .label = "Connection security", .type = AM_T_ENUM, .flags = AM_F_NULLABLE, .values = security,
     .doc = "none, starttls (required, not hoped for) or tls (default starttls)"},
    {.name = "smtp_username", .label = "SMTP user name", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .max = 200},
    {.name = "smtp_password", .label = "SMTP password", .type = AM_T_STRING, .flags = AM_F_NULLABLE | AM_F_WRITEONLY, .max = 200,
     .doc = "sent, never replied"},
    {.name = "smtp_password_set", .label = "SMTP password set", .type = AM_T_BOOL, .flags = AM_F_READONLY},
    {.name = "mail_from", .label = "Sender address", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .min = 3, .max = 254,
     .doc = "the sender's address (default amity@localhost)"},
    {.name = "site_url", .type = AM_T_URL, .flags = AM_F_NULLABLE,
     .doc = "this amity's address, for the links in e-mails (default http://127.0.0.1:8080)"},
    {.name = "retry_seconds", .label = "First retry after (seconds)", .type = AM_T_INT, .flags = AM_F_NULLABLE, .min = 1, .max = 3600,
     .doc = "the first wait after a failed send; it doubles each time, up to an hour (default 60)"},
    {.name = "max_attempts", .label = "Attempts before giving up", .type = AM_T_INT, .flags = AM_F_NULLABLE, .min = 1, .max = 50,
     .doc = "attempts before a message is given up (default 12)"},
    AM_FIELD_CAN,
    {0},
};
const struct am_schema am_mail_settings_schema = {
    .name = "MailSettings", .doc = "How amity sends e-mail (admins only).", .fields = settings_fields,
    .example = "{\"smtp_host\": \"smtp.example.org\", \"smtp_port\": 587, \"smtp_security\": \"starttls\", "
               "\"mail_from\": \"amity@example.org\"}"};

static const struct am_rule settings_rules[] = {
    {AM_ACT_READ, AM_REL_ADMIN, NULL, NULL},
    {AM_ACT_UPDATE, AM_REL_ADMIN, NULL, NULL},
    {0},
};
const struct am_rights am_mail_settings_rights = {"mail settings", &am_mail_settings_schema, NULL, NULL,
                                                  settings_rules, NULL};

/* mail.<name> in the setting table, as text; NULL when unset or empty.
 * Owned by the caller (free). */
static char *setting(struct am_db *db, const char *name)
{
    json_t *row = NULL;
    char key[64];
    snprintf(key, sizeof key, "mail.%s", name);
    if (am_db_one(db, "SELECT value FROM setting WHERE key = ?", json_pack("[s]", key), &row, NULL))
        return NULL;
    const char *v = json_string_value(json_object_get(row, "value"));
    char *out = v && *v ? strdup(v) : NULL;
    json_decref(row);
    return out;
}

static long setting_int(struct am_db *db, const char *name, long dflt)
{
    char *v = setting(db, name);
    int64_t n;
    bool ok = v && am_parse_i64(v, 0, 1000000, &n);
    free(v);
    return ok ? (long)n : dflt;
}

enum am_rc am_mail_settings(struct am_db *db, const struct am_actor *who, json_t **out, struct am_err *err)
{
    enum am_rc rc = am_rights_need(&am_mail_settings_rights, who, NULL, AM_ACT_READ, err);
    if (rc)
        return rc;
    json_t *o = json_object();
    for (const struct am_field *f = settings_fields; f->name; f++) {
        if (f->flags & (AM_F_WRITEONLY | AM_F_READONLY))
            continue;
        char *v = setting(db, f->name);
        int64_t n;
        if (!v)
            json_object_set_new(o, f->name, json_null());
        else if (f->type == AM_T_INT && am_parse_i64(v, 0, 1000000, &n))
            json_object_set_new(o, f->name, json_integer(n));
        else
            json_object_set_new(o, f->name, json_string(v));
        free(v);
    }
    char *pw = setting(db, "smtp_password");
    json_object_set_new(o, "smtp_password_set", json_boolean(pw != NULL));
    if (pw)
        sodium_memzero(pw, strlen(pw));
    free(pw);
    json_object_set_new(o, "can", am_can_json(&am_mail_settings_rights, who, NULL));
    *out = o;
    return AM_OK;
}

enum am_rc am_mail_settings_set(struct am_db *db, const struct am_actor *who, json_t *patch, json_t **out,
                                struct am_err *err)
{
    enum am_rc rc = am_rights_need(&am_mail_settings_rights, who, NULL, AM_ACT_UPDATE, err);
    const char *from = json_string_value(json_object_get(patch, "mail_from"));
    if (!rc && from && (!strchr(from, '@') || strpbrk(from, " \t\r\n<>,;\"")))
        rc = am_err_set(err, AM_EINVAL, "mail_from", "Sender: is not an e-mail address; write it as name@example.org");
    const char *host = json_string_value(json_object_get(patch, "smtp_host"));
    if (!rc && host && strpbrk(host, " \t\r\n/@:?#"))
        rc = am_err_set(err, AM_EINVAL, "smtp_host", "SMTP server: write the host name alone (smtp.example.org)");
    if (rc || (rc = am_db_begin(db, err)))
        return rc;
    const char *name;
    json_t *v;
    json_object_foreach(patch, name, v) {
        char key[64], text[32];
        snprintf(key, sizeof key, "mail.%s", name);
        if (json_is_integer(v))
            snprintf(text, sizeof text, "%lld", (long long)json_integer_value(v));
        rc = json_is_null(v) ? am_db_exec(db, "DELETE FROM setting WHERE key = ?", json_pack("[s]", key), NULL, err)
                             : am_db_exec(db,
                                          "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO "
                                          "UPDATE SET value = excluded.value",
                                          json_pack("[ss]", key, json_is_integer(v) ? text : json_string_value(v)),
                                          NULL, err);
        if (rc)
            break;
    }
    if (!rc)
        rc = am_db_commit(db, err);
    if (rc) {
        am_db_rollback(db);
        return rc;
    }
    return am_mail_settings(db, who, out, err);
}

/* ---- the outbox, as an admin sees it ---------------------------------------------------- */

static const char *const outbox_states[] = {"queued", "sending", "sent", "failed", NULL};
static const struct am_field outbox_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "subject", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "status", .type = AM_T_ENUM, .flags = AM_F_READONLY, .values = outbox_states},
    {.name = "attempts", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "next_attempt_at", .label = "Next attempt", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "last_error", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "sent_at", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "created_at", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {0},
};
const struct am_schema am_outbox_schema = {
    .name = "OutboxMessage", .doc = "An e-mail amity sends: its state, never its address or text.",
    .fields = outbox_fields};

enum am_rc am_outbox_list(struct am_db *db, const struct am_actor *who, json_t *query, json_t **out,
                          struct am_err *err)
{
    (void)query;
    json_t *items = NULL, *counts = NULL;
    enum am_rc rc = am_rights_need(&am_mail_settings_rights, who, NULL, AM_ACT_READ, err);
    if (!rc)
        rc = am_db_all(db,
                       "SELECT id, subject, status, attempts, next_attempt_at, last_error, sent_at, created_at "
                       "FROM outbox ORDER BY id DESC LIMIT 200",
                       NULL, &items, err);
    if (!rc)
        rc = am_db_one(db,
                       "SELECT coalesce(sum(status = 'queued'), 0) AS queued, coalesce(sum(status = 'sending'), 0) AS "
                       "sending, coalesce(sum(status = 'sent'), 0) AS sent, coalesce(sum(status = 'failed'), 0) AS "
                       "failed FROM outbox",
                       NULL, &counts, err);
    if (!rc && !(*out = json_pack("{s:O,s:O}", "items", items, "counts", counts)))
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    json_decref(items);
    json_decref(counts);
    return rc;
}

/* ---- wording ------------------------------------------------------------------------------ */

/* One line: no CR or LF can reach a header. */
static void one_line(char *s)
{
    for (; *s; s++)
        if (*s == '\r' || *s == '\n' || *s == '\t')
            *s = ' ';
}

static enum am_rc queue_one(struct am_db *db, json_t *n, const char *site, struct am_err *err)
{
    const char *lang_code = json_string_value(json_object_get(n, "language"));
    enum am_lang l = AM_LANG_EN;
    if (lang_code)
        am_lang_parse(lang_code, &l);
    const char *topic = json_string_value(json_object_get(n, "topic"));
    const char *title = json_string_value(json_object_get(n, "title"));
    const char *footer_en = "You receive this e-mail because of your notification settings in amity";
    const char *footer = am_label_in(footer_en, l);
    char link[64], subject[400], mid[96], now[32];
    unsigned char rnd[8];
    char hex[17];
    am_notice_link(json_string_value(json_object_get(n, "record_kind")), am_get_id(n, "record_id"), link,
                   sizeof link);
    snprintf(subject, sizeof subject, "%s: %s", am_notice_subject(topic, l), title ? title : "");
    one_line(subject);
    randombytes_buf(rnd, sizeof rnd);
    sodium_bin2hex(hex, sizeof hex, rnd, sizeof rnd);
    snprintf(mid, sizeof mid, "<amity.%lld.%s@amity.invalid>", (long long)am_get_id(n, "id"), hex);
    struct am_buf body;
    am_buf_init(&body, 16 * 1024);
    am_buf_addf(&body, "%s\r\n\r\n%s\r\n%s/%s\r\n\r\n-- \r\n%s:\r\n%s/#/notifications\r\n", subject,
                  title ? title : "", site, link, footer ? footer : footer_en, site);
    am_now(now);
    enum am_rc rc = body.err ? am_err_set(err, AM_ENOMEM, NULL, "out of memory")
                             : am_db_exec(db,
                                          "INSERT INTO outbox (notification_id, to_addr, subject, body, message_id, "
                                          "status, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, 'queued', ?, ?)",
                                          json_pack("[IOsssss]", (json_int_t)am_get_id(n, "id"),
                                                    json_object_get(n, "email"), subject, am_buf_str(&body), mid, now,
                                                    now),
                                          NULL, err);
    am_buf_free(&body);
    return rc;
}

/* The new notifications: into the outbox for the accounts that want them
 * by e-mail (with an address), else marked none. Nothing is written while
 * no SMTP server is set; once one is, what is older than a day is not
 * mailed (an inbox is no archive). */
static enum am_rc queue_new(struct am_db *db, bool configured, struct am_err *err)
{
    json_t *rows = NULL;
    char since[32];
    if (!configured)
        return AM_OK;
    am_time_iso(am_time_now() - 86400, since, sizeof since);
    enum am_rc rc = am_db_exec(db, "UPDATE notification SET mail = 'none' WHERE mail IS NULL AND created_at < ?",
                               json_pack("[s]", since), NULL, err);
    if (rc)
        return rc;
    char *site = setting(db, "site_url");
    rc = am_db_all(db,
                              "SELECT n.id, n.topic, n.record_kind, n.record_id, n.title, u.email, u.language, "
                              "(u.email IS NOT NULL AND u.email <> '' AND NOT EXISTS (SELECT 1 FROM notification_pref p "
                              "WHERE p.user_id = n.user_id AND p.topic = n.topic AND p.email = 0)) AS wants "
                              "FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.mail IS NULL "
                              "ORDER BY n.id LIMIT 500",
                              NULL, &rows, err);
    if (!rc && json_array_size(rows) && !(rc = am_db_begin(db, err))) {
        size_t i;
        json_t *n;
        json_array_foreach(rows, i, n) {
            bool wants = json_integer_value(json_object_get(n, "wants"));
            if (wants)
                rc = queue_one(db, n, site ? site : "http://127.0.0.1:8080", err);
            if (!rc)
                rc = am_db_exec(db, "UPDATE notification SET mail = ? WHERE id = ?",
                                json_pack("[sI]", wants ? "queued" : "none", (json_int_t)am_get_id(n, "id")), NULL,
                                err);
            if (rc)
                break;
        }
        if (!rc)
            rc = am_db_commit(db, err);
        if (rc)
            am_db_rollback(db);
    }
    json_decref(rows);
    free(site);
    return rc;
}

/* ---- sending --------------------------------------------------------------------------------- */

struct payload {
    const char *data;
    size_t len, at;
};

static size_t read_payload(char *ptr, size_t size, size_t nmemb, void *userp)
{
    struct payload *p = userp;
    size_t n = size * nmemb, left = p->len - p->at;
    if (n > left)
        n = left;
    memcpy(ptr, p->data + p->at, n);
    p->at += n;
    return n;
}

/* A header value: as is when ASCII, else RFC 2047 encoded words of UTF-8
 * (never splitting a character). */
static void header_text(struct am_buf *b, const char *s)
{
    bool ascii = true;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        ascii &= *p < 0x80;
    if (ascii) {
        am_buf_add(b, s, strlen(s));
        return;
    }
    size_t len = strlen(s), at = 0;
    while (at < len) {
        size_t n = len - at < 45 ? len - at : 45;
        while (at + n < len && ((unsigned char)s[at + n] & 0xC0) == 0x80)
            n--;
        char enc[128];
        sodium_bin2base64(enc, sizeof enc, (const unsigned char *)s + at, n, sodium_base64_VARIANT_ORIGINAL);
        am_buf_addf(b, "%s=?UTF-8?B?%s?=", at ? "\r\n " : "", enc);
        at += n;
    }
}

struct smtp {
    char *host, *user, *password, *from, *security;
    long port;
};

static void smtp_free(struct smtp *s)
{
    if (s->password)
        sodium_memzero(s->password, strlen(s->password));
    free(s->host);
    free(s->user);
    free(s->password);
    free(s->from);
    free(s->security);
}

/* One message to the SMTP server: NULL when it accepted it, else why not
 * (in why, for the outbox's last_error). */
static bool smtp_send(const struct smtp *s, json_t *msg, char *why, size_t cap)
{
    const char *to = json_string_value(json_object_get(msg, "to_addr"));
    char url[300], date[64];
    const char *sec = s->security ? s->security : "starttls";
    bool tls = strcmp(sec, "tls") == 0;
    long port = s->port ? s->port : tls ? 465 : strcmp(sec, "none") == 0 ? 25 : 587;
    snprintf(url, sizeof url, "%s://%s:%ld", tls ? "smtps" : "smtp", s->host, port);
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S +0000", &tm);

    struct am_buf m;
    am_buf_init(&m, 64 * 1024);
    am_buf_addf(&m, "Date: %s\r\nFrom: amity <%s>\r\nTo: <%s>\r\nMessage-ID: %s\r\nSubject: ", date, s->from, to,
                  json_string_value(json_object_get(msg, "message_id")));
    header_text(&m, json_string_value(json_object_get(msg, "subject")));
    am_buf_addf(&m, "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                      "Content-Transfer-Encoding: 8bit\r\nAuto-Submitted: auto-generated\r\n\r\n%s",
                  json_string_value(json_object_get(msg, "body")));
    if (m.err) {
        am_buf_free(&m);
        snprintf(why, cap, "the message is too large");
        return false;
    }
    struct payload p = {am_buf_str(&m), strlen(am_buf_str(&m)), 0};
    char from_env[300], errbuf[CURL_ERROR_SIZE] = "";
    snprintf(from_env, sizeof from_env, "<%s>", s->from);
    struct curl_slist *rcpt = NULL;
    char to_env[300];
    snprintf(to_env, sizeof to_env, "<%s>", to);
    rcpt = curl_slist_append(rcpt, to_env);
    CURL *c = curl_easy_init();
    CURLcode res = CURLE_FAILED_INIT;
    if (c && rcpt) {
        curl_easy_setopt(c, CURLOPT_URL, url);
        curl_easy_setopt(c, CURLOPT_MAIL_FROM, from_env);
        curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt);
        curl_easy_setopt(c, CURLOPT_READFUNCTION, read_payload);
        curl_easy_setopt(c, CURLOPT_READDATA, &p);
        curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
        curl_easy_setopt(c, CURLOPT_TIMEOUT, 60L);
        curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
        curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
        if (strcmp(sec, "starttls") == 0)
            curl_easy_setopt(c, CURLOPT_USE_SSL, (long)CURLUSESSL_ALL);
        if (s->user)
            curl_easy_setopt(c, CURLOPT_USERNAME, s->user);
        if (s->password)
            curl_easy_setopt(c, CURLOPT_PASSWORD, s->password);
        res = curl_easy_perform(c);
    }
    if (res != CURLE_OK)
        snprintf(why, cap, "%s", errbuf[0] ? errbuf : curl_easy_strerror(res));
    curl_slist_free_all(rcpt);
    curl_easy_cleanup(c);
    am_buf_free(&m);
    return res == CURLE_OK;
}

/* Claimed, sent, and marked: accepted (sent), or queued again after a wait
 * that doubles, or failed after max attempts. */
static enum am_rc send_one(struct am_db *db, const struct smtp *s, json_t *msg, long retry, long max, int *sent,
                           struct am_err *err)
{
    int64_t id = am_get_id(msg, "id");
    enum am_rc rc = am_db_exec(db, "UPDATE outbox SET status = 'sending' WHERE id = ? AND status = 'queued'",
                               json_pack("[I]", (json_int_t)id), NULL, err);
    if (rc || am_db_changes(db) == 0) /* another sender took it */
        return rc;
    char why[CURL_ERROR_SIZE + 32] = "", now[32], next[32];
    bool ok = smtp_send(s, msg, why, sizeof why);
    int64_t attempts = am_get_id(msg, "attempts") + 1;
    am_now(now);
    if (ok) {
        (*sent)++;
        am_info("mail: message %lld accepted by the SMTP server", (long long)id);
        return am_db_exec(db,
                          "UPDATE outbox SET status = 'sent', sent_at = ?, attempts = ?, last_error = NULL WHERE id = ?",
                          json_pack("[sII]", now, (json_int_t)attempts, (json_int_t)id), NULL, err);
    }
    long wait = retry;
    for (int64_t i = 1; i < attempts && wait < 3600; i++)
        wait *= 2;
    if (wait > 3600)
        wait = 3600;
    am_time_iso(am_time_now() + wait, next, sizeof next);
    bool give_up = attempts >= max;
    am_warn("mail: message %lld not sent (attempt %lld%s): %s", (long long)id, (long long)attempts,
            give_up ? ", given up" : "", why);
    return am_db_exec(db,
                      "UPDATE outbox SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                      json_pack("[sIssI]", give_up ? "failed" : "queued", (json_int_t)attempts, next, why,
                                (json_int_t)id),
                      NULL, err);
}

enum am_rc am_mail_recover(struct am_db *db, struct am_err *err)
{
    return am_db_exec(db,
                      "UPDATE outbox SET status = 'failed', last_error = 'cut off while sending: it may have arrived, "
                      "so it is not sent again' WHERE status = 'sending'",
                      NULL, NULL, err);
}

enum am_rc am_mail_run(struct am_db *db, int *sent, struct am_err *err)
{
    struct smtp s = {0};
    json_t *due = NULL;
    char now[32];
    int n = 0;
    s.host = setting(db, "smtp_host");
    enum am_rc rc = queue_new(db, s.host != NULL, err);
    if (!rc && s.host) {
        s.user = setting(db, "smtp_username");
        s.password = setting(db, "smtp_password");
        s.from = setting(db, "mail_from");
        s.security = setting(db, "smtp_security");
        s.port = setting_int(db, "smtp_port", 0);
        if (!s.from)
            s.from = strdup("amity@localhost");
        am_now(now);
        rc = am_db_all(db,
                       "SELECT id, to_addr, subject, body, message_id, attempts FROM outbox WHERE status = 'queued' "
                       "AND next_attempt_at <= ? ORDER BY id LIMIT 50",
                       json_pack("[s]", now), &due, err);
        long retry = setting_int(db, "retry_seconds", 60), max = setting_int(db, "max_attempts", 12);
        size_t i;
        json_t *msg;
        json_array_foreach(due, i, msg) {
            if (rc)
                break;
            rc = send_one(db, &s, msg, retry, max, &n, err);
        }
    }
    json_decref(due);
    smtp_free(&s);
    if (sent)
        *sent = n;
    return rc;
}

/* ---- the sender thread ----------------------------------------------------------------------- */

struct am_mailer {
    struct am_store *store;
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t wake;
    bool stop;
};

/* libcurl's global set-up is not thread-safe: before any other thread. */
void am_mail_global_init(void)
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
}

void am_mail_global_cleanup(void)
{
    curl_global_cleanup();
}

static void *mailer_main(void *arg)
{
    struct am_mailer *m = arg;
    struct am_err err = {0};
    struct am_db *db = am_store_db(m->store, &err);
    int64_t last_sweep = am_time_now() - 3600 + 300; /* the first, five minutes after the start */
    if (!db) {
        am_error("mail: no database connection: %s", err.msg);
        return NULL;
    }
    if (am_mail_recover(db, &err))
        am_warn("mail: %s", err.msg);
    pthread_mutex_lock(&m->lock);
    while (!m->stop) {
        pthread_mutex_unlock(&m->lock);
        am_err_clear(&err);
        if (am_time_now() - last_sweep >= 3600) {
            if (am_notice_sweep(db, NULL, &err))
                am_warn("notifications: %s", err.msg);
            last_sweep = am_time_now();
        }
        am_err_clear(&err);
        if (am_mail_run(db, NULL, &err))
            am_warn("mail: %s", err.msg);
        pthread_mutex_lock(&m->lock);
        if (m->stop)
            break;
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_sec += 1;
        pthread_cond_timedwait(&m->wake, &m->lock, &until);
    }
    pthread_mutex_unlock(&m->lock);
    return NULL;
}

enum am_rc am_mailer_start(struct am_store *store, struct am_mailer **out, struct am_err *err)
{
    struct am_mailer *m = calloc(1, sizeof *m);
    if (!m)
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    m->store = store;
    pthread_mutex_init(&m->lock, NULL);
    pthread_cond_init(&m->wake, NULL);
    if (pthread_create(&m->thread, NULL, mailer_main, m) != 0) {
        pthread_mutex_destroy(&m->lock);
        pthread_cond_destroy(&m->wake);
        free(m);
        return am_err_set(err, AM_EIO, NULL, "cannot start the mail sender");
    }
    *out = m;
    return AM_OK;
}

void am_mailer_stop(struct am_mailer *m)
{
    if (!m)
        return;
    pthread_mutex_lock(&m->lock);
    m->stop = true;
    pthread_cond_signal(&m->wake);
    pthread_mutex_unlock(&m->lock);
    pthread_join(m->thread, NULL);
    pthread_mutex_destroy(&m->lock);
    pthread_cond_destroy(&m->wake);
    free(m);
}

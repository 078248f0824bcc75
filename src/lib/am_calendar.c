#include "am_calendar.h"

#include <libical/ical.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "am_resource.h"
#include "am_user.h"
#include "util/am_str.h"

/* libical's built-in zones are loaded on first use into shared state:
 * one thread at a time looks them up. */
static pthread_mutex_t zones = PTHREAD_MUTEX_INITIALIZER;

static icaltimezone *zone_of(const char *tz)
{
    if (!tz || !*tz || strlen(tz) > 64)
        return NULL;
    pthread_mutex_lock(&zones);
    icaltimezone *z = icaltimezone_get_builtin_timezone(tz);
    pthread_mutex_unlock(&zones);
    return z;
}

enum am_rc am_calendar_zone_check(const char *tz, const char *field, struct am_err *err)
{
    if (zone_of(tz))
        return AM_OK;
    return am_err_set(err, AM_EINVAL, field, "Time zone: '%.64s' is not a time zone; write one such as Europe/Berlin",
                      tz ? tz : "");
}

/* "2027-03-28T02:30" -> a local icaltime; false when not of that shape */
static bool parse_local(const char *s, struct icaltimetype *t)
{
    int64_t y, mo, d, h, mi;
    char part[8];
    if (!s || strlen(s) != 16 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':')
        return false;
    const struct { int at, len; int64_t *v, lo, hi; } f[] = {
        {0, 4, &y, 1900, 2200}, {5, 2, &mo, 1, 12}, {8, 2, &d, 1, 31}, {11, 2, &h, 0, 23}, {14, 2, &mi, 0, 59}};
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
        memcpy(part, s + f[i].at, (size_t)f[i].len);
        part[f[i].len] = '\0';
        if (!am_parse_i64(part, f[i].lo, f[i].hi, f[i].v))
            return false;
    }
    if (d > icaltime_days_in_month((int)mo, (int)y))
        return false;
    *t = icaltime_null_time();
    t->year = (int)y, t->month = (int)mo, t->day = (int)d, t->hour = (int)h, t->minute = (int)mi;
    t->is_date = 0;
    return true;
}

enum am_rc am_calendar_time_check(const char *tz, const char *local, const char *field, struct am_err *err)
{
    struct icaltimetype t;
    icaltimezone *z = zone_of(tz);
    if (!parse_local(local, &t))
        return am_err_set(err, AM_EINVAL, field, "%s: write a date and time as YYYY-MM-DDTHH:MM", field);
    if (!z)
        return am_calendar_zone_check(tz, "time_zone", err);
    /* there and back through UTC: a skipped time comes back moved */
    pthread_mutex_lock(&zones);
    struct icaltimetype there = t;
    there.zone = z;
    struct icaltimetype utc = icaltime_convert_to_zone(there, icaltimezone_get_utc_timezone());
    struct icaltimetype back = icaltime_convert_to_zone(utc, z);
    pthread_mutex_unlock(&zones);
    if (back.hour != t.hour || back.minute != t.minute || back.day != t.day)
        return am_err_set(err, AM_EINVAL, field,
                          "%s: %s does not exist in %s (the clocks go forward then); choose another time", field,
                          local, tz);
    return AM_OK;
}

/* ---- feeds ----------------------------------------------------------------------- */

static const char *text_of(json_t *row, const char *k)
{
    return json_string_value(json_object_get(row, k));
}

/* A full date "YYYY-MM-DD" as an all-day icaltime (false: partial). */
static bool whole_day(const char *s, struct icaltimetype *t)
{
    int64_t y, m, d;
    char part[8];
    if (!s || strlen(s) != 10)
        return false;
    memcpy(part, s, 4), part[4] = '\0';
    bool ok = am_parse_i64(part, 1900, 2200, &y);
    memcpy(part, s + 5, 2), part[2] = '\0';
    ok = ok && am_parse_i64(part, 1, 12, &m);
    memcpy(part, s + 8, 2), part[2] = '\0';
    ok = ok && am_parse_i64(part, 1, 31, &d);
    if (!ok)
        return false;
    *t = icaltime_null_date();
    t->year = (int)y, t->month = (int)m, t->day = (int)d;
    return true;
}

/* One VEVENT: a timed one in UTC, a dated one as whole days. */
static void add_event(icalcomponent *cal, json_t *a, struct icaltimetype stamp)
{
    icaltimezone *utc = icaltimezone_get_utc_timezone();
    struct icaltimetype start, end;
    const char *tz = text_of(a, "time_zone");
    icaltimezone *z = tz ? zone_of(tz) : NULL;
    bool timed = z && parse_local(text_of(a, "starts_at"), &start);
    bool dated = !timed && whole_day(text_of(a, "start_date"), &start);
    if (!timed && !dated)
        return;
    char uid[64];
    snprintf(uid, sizeof uid, "activity-%lld@amity", (long long)json_integer_value(json_object_get(a, "id")));
    icalcomponent *ev = icalcomponent_new_vevent();
    icalcomponent_add_property(ev, icalproperty_new_uid(uid));
    icalcomponent_add_property(ev, icalproperty_new_dtstamp(stamp));
    icalcomponent_add_property(ev, icalproperty_new_summary(text_of(a, "title") ? text_of(a, "title") : ""));
    if (timed) {
        /* in UTC: every reader places it in their own zone; the zone it is
         * held in is said beside (libical's own VTIMEZONEs carry rules other
         * parsers refuse) */
        pthread_mutex_lock(&zones);
        start.zone = z;
        icalcomponent_add_property(ev, icalproperty_new_dtstart(icaltime_convert_to_zone(start, utc)));
        if (parse_local(text_of(a, "ends_at"), &end)) {
            end.zone = z;
            icalcomponent_add_property(ev, icalproperty_new_dtend(icaltime_convert_to_zone(end, utc)));
        }
        pthread_mutex_unlock(&zones);
        icalproperty *x = icalproperty_new_x(tz);
        icalproperty_set_x_name(x, "X-AMITY-TIME-ZONE");
        icalcomponent_add_property(ev, x);
    } else {
        icalcomponent_add_property(ev, icalproperty_new_dtstart(start));
        /* DTEND of a whole day is the day after the last */
        if (!whole_day(text_of(a, "end_date"), &end))
            end = start;
        icaltime_adjust(&end, 1, 0, 0, 0);
        icalcomponent_add_property(ev, icalproperty_new_dtend(end));
    }
    const char *place = text_of(a, "venue") ? text_of(a, "venue") : text_of(a, "host_name");
    if (place)
        icalcomponent_add_property(ev, icalproperty_new_location(place));
    if (text_of(a, "online_url"))
        icalcomponent_add_property(ev, icalproperty_new_url(text_of(a, "online_url")));
    if (text_of(a, "description"))
        icalcomponent_add_property(ev, icalproperty_new_description(text_of(a, "description")));
    icalcomponent_add_component(cal, ev);
}

/* (each its own string: an array of them would invite a missing comma) */
static const char city_sql[] = "(a.host_city_id = ?1 OR EXISTS (SELECT 1 FROM activity_city x WHERE x.activity_id = "
                               "a.id AND x.city_id = ?1))";
static const char registered_sql[] = "EXISTS (SELECT 1 FROM registration r WHERE r.activity_id = a.id AND r.city_id = "
                                     "?1 AND r.status <> 'cancelled')";
static const char *const scope_sql[] = {
    [AM_CAL_CITY] = city_sql,
    [AM_CAL_NETWORK] = "a.network_id = ?1",
    [AM_CAL_GROUP] = "a.group_id = ?1",
    [AM_CAL_REGISTERED] = registered_sql,
};
static const char *const scope_exists[] = {
    [AM_CAL_CITY] = "SELECT count(*) FROM city WHERE id = ?",
    [AM_CAL_NETWORK] = "SELECT count(*) FROM network WHERE id = ?",
    [AM_CAL_GROUP] = "SELECT count(*) FROM network_group WHERE id = ?",
    [AM_CAL_REGISTERED] = "SELECT count(*) FROM city WHERE id = ?",
};
static const char *const scope_words[] = {[AM_CAL_CITY] = "city", [AM_CAL_NETWORK] = "network",
                                          [AM_CAL_GROUP] = "thematic group", [AM_CAL_REGISTERED] = "city"};

enum am_rc am_calendar_feed(struct am_db *db, enum am_calendar_scope scope, int64_t id, char **out,
                            struct am_err *err)
{
    int64_t n = 0;
    json_t *rows = NULL, *a;
    size_t i;
    char sql[768];
    *out = NULL;
    enum am_rc rc = am_db_i64(db, scope_exists[scope], json_pack("[I]", (json_int_t)id), &n, err);
    if (!rc && !n)
        return am_err_set(err, AM_ENOTFOUND, NULL, "no %s with id %lld", scope_words[scope], (long long)id);
    snprintf(sql, sizeof sql,
             "SELECT a.id, a.title, a.description, a.start_date, a.end_date, a.time_zone, a.starts_at, a.ends_at, "
             "a.venue, a.online_url, h.name AS host_name FROM activity a LEFT JOIN city h ON h.id = a.host_city_id "
             "WHERE %s AND (a.starts_at IS NOT NULL OR length(a.start_date) = 10) "
             "ORDER BY coalesce(a.starts_at, a.start_date), a.id LIMIT 2000",
             scope_sql[scope]);
    if (!rc)
        rc = am_db_all(db, sql, json_pack("[I]", (json_int_t)id), &rows, err);
    if (rc)
        return rc;
    icalcomponent *cal = icalcomponent_vanew(ICAL_VCALENDAR_COMPONENT, icalproperty_new_version("2.0"),
                                             icalproperty_new_prodid("-//amity//city diplomacy//EN"),
                                             icalproperty_new_calscale("GREGORIAN"), (void *)0);
    struct icaltimetype stamp = icaltime_from_timet_with_zone(time(NULL), 0, icaltimezone_get_utc_timezone());
    json_array_foreach(rows, i, a) add_event(cal, a, stamp);
    char *text = cal ? icalcomponent_as_ical_string_r(cal) : NULL;
    if (cal)
        icalcomponent_free(cal);
    json_decref(rows);
    if (!text)
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    /* libical's buffer is its allocator's: copied into one the caller frees */
    *out = strdup(text);
    icalmemory_free_buffer(text);
    return *out ? AM_OK : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
}

/* ---- the private address ------------------------------------------------------------ */

enum am_rc am_calendar_address(struct am_db *db, const struct am_actor *who, json_t **out, struct am_err *err)
{
    char token[65], hash[65], now[32], path[128];
    if (!am_actor_signed_in(who))
        return am_err_set(err, AM_EAUTH, NULL, "sign in first");
    if (!who->city_id && !who->network_id)
        return am_err_set(err, AM_EFORBIDDEN, NULL,
                          "a private calendar is a city's officer's or a network's secretariat's");
    if (sodium_init() < 0)
        return am_err_set(err, AM_EINTERNAL, NULL, "libsodium cannot start");
    am_token_new(token, hash);
    am_now(now);
    enum am_rc rc = am_db_exec(db,
                               "INSERT INTO calendar_address (user_id, token_hash, created_at) VALUES (?, ?, ?) "
                               "ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, "
                               "created_at = excluded.created_at",
                               json_pack("[Iss]", (json_int_t)who->user_id, hash, now), NULL, err);
    snprintf(path, sizeof path, "/api/v1/calendars/private/%s", token);
    sodium_memzero(token, sizeof token);
    if (!rc && !(*out = json_pack("{s:s}", "path", path)))
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    return rc;
}

enum am_rc am_calendar_private_feed(struct am_db *db, const char *token, char **out, struct am_err *err)
{
    char hash[65];
    json_t *row = NULL;
    if (!token || strlen(token) != 64)
        return am_err_set(err, AM_ENOTFOUND, NULL, "no calendar at this address");
    am_token_hash(token, hash);
    enum am_rc rc = am_db_one(db,
                              "SELECT u.city_id, u.network_id FROM calendar_address k JOIN app_user u ON u.id = k.user_id "
                              "WHERE k.token_hash = ?",
                              json_pack("[s]", hash), &row, err);
    if (rc == AM_ENOTFOUND)
        return am_err_set(err, rc, NULL, "no calendar at this address (renewed, or never given)");
    if (rc)
        return rc;
    int64_t city = am_get_id(row, "city_id"), net = am_get_id(row, "network_id");
    json_decref(row);
    return city ? am_calendar_feed(db, AM_CAL_REGISTERED, city, out, err)
                : am_calendar_feed(db, AM_CAL_NETWORK, net, out, err);
}

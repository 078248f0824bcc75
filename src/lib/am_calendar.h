/* am_calendar: events in time, written with libical (Debian's libical):
 * their wall-clock times checked against their time zone (a time a
 * daylight-saving change skips does not exist), and iCalendar (RFC 5545)
 * feeds of the public events of a city, a network or a thematic group:
 * a timed one at its instant in UTC (converted by libical from its wall
 * time and zone, which X-AMITY-TIME-ZONE names), one with a full date as
 * whole days. And a private feed per account, at an address only it
 * knows (renewed on asking). */
#ifndef AM_CALENDAR_H
#define AM_CALENDAR_H

#include <jansson.h>
#include <stdint.h>

#include "am_actor.h"
#include "store/am_db.h"
#include "util/am_err.h"

/* Is tz a time zone libical knows ("Europe/Berlin")? AM_EINVAL naming
 * field otherwise. */
enum am_rc am_calendar_zone_check(const char *tz, const char *field, struct am_err *err);

/* Does the wall-clock time local ("YYYY-MM-DDTHH:MM") exist in tz? A time
 * skipped by a daylight-saving change does not: AM_EINVAL naming field. */
enum am_rc am_calendar_time_check(const char *tz, const char *local, const char *field, struct am_err *err);

enum am_calendar_scope {
    AM_CAL_CITY, AM_CAL_NETWORK, AM_CAL_GROUP,
    AM_CAL_REGISTERED, /* a city's: the events it has delegates registered for */
};

/* The feed of the public activities of a city (hosted or taking part), a
 * network or a thematic group that have a time or a full date: a
 * VCALENDAR, malloc'd into *out (the caller frees it). AM_ENOTFOUND when
 * there is no such city, network or group. */
enum am_rc am_calendar_feed(struct am_db *db, enum am_calendar_scope scope, int64_t id, char **out,
                            struct am_err *err);

/* A new private address for who's feed (replacing the one before):
 * {"path": "/api/v1/calendars/private/TOKEN"}. The token is random (256
 * bits) and kept hashed. Needs a city's officer or a network's
 * secretariat. */
enum am_rc am_calendar_address(struct am_db *db, const struct am_actor *who, json_t **out, struct am_err *err);

/* The feed at a private address: the events the account's city has
 * delegates registered for, or its network's. AM_ENOTFOUND for an address
 * that is no one's (renewed, or never given). */
enum am_rc am_calendar_private_feed(struct am_db *db, const char *token, char **out, struct am_err *err);

#endif

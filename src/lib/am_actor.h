/* am_actor: who is acting, and the role rules every write goes through.
 *
 * Roles: an admin may change anything; a network secretariat looks after one
 * network (its record, members, groups, offices and activities); a city
 * officer looks after one city (its record, partnerships, memberships and
 * activities); anyone may read public records. The command line acts as
 * admin: whoever can open the database file can change it anyway. */
#ifndef AM_ACTOR_H
#define AM_ACTOR_H

#include <stdbool.h>
#include <stdint.h>

#include "util/am_err.h"

/* AM_ROLE_DPO: the data-protection officer, who reads people's records and
 * the audit log, exports and erases them (docs/people.md), and changes
 * nothing else. */
enum am_role { AM_ROLE_ANON, AM_ROLE_ADMIN, AM_ROLE_SECRETARIAT, AM_ROLE_OFFICER, AM_ROLE_DPO };

struct am_actor {
    enum am_role role;
    int64_t user_id;    /* 0 for anonymous and the command line */
    int64_t city_id;    /* officer: the city looked after */
    int64_t network_id; /* secretariat: the network looked after */
    char username[64];
};

extern const struct am_actor am_actor_anon;
extern const struct am_actor am_actor_cli;

const char *am_role_name(enum am_role r);
/* false for unknown names and "anonymous" */
bool am_role_parse(const char *name, enum am_role *out);

bool am_actor_signed_in(const struct am_actor *a);
bool am_actor_is_admin(const struct am_actor *a);
/* Admin, or the officer of that city. */
bool am_actor_covers_city(const struct am_actor *a, int64_t city_id);
/* Admin, or the secretariat of that network. */
bool am_actor_covers_network(const struct am_actor *a, int64_t network_id);

/* May a reads the audit log of personal data? Admins and the
 * data-protection officer (the one place that says so: the log's route and
 * the `can` of the signed-in actor's reply). */
bool am_actor_reads_audit(const struct am_actor *a);

/* AM_EAUTH for anonymous, AM_EFORBIDDEN otherwise, with a message naming
 * what the role would have to cover. */
enum am_rc am_actor_deny(const struct am_actor *a, struct am_err *err, const char *what);
/* Signed in at all (any role): needed to add shared reference records. */
enum am_rc am_actor_need_signed_in(const struct am_actor *a, struct am_err *err);
enum am_rc am_actor_need_admin(const struct am_actor *a, struct am_err *err);

#endif

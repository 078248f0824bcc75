/* am_membership: a city (or an organisation, where the member is not a
 * city) in a network: joined, left, role. */
#ifndef AM_MEMBERSHIP_H
#define AM_MEMBERSHIP_H

#include "am_resource.h"

extern const struct am_resource am_membership_resource;
extern const struct am_schema am_membership_schema; /* the record, as replied */
extern const struct am_schema am_membership_leave_schema; /* the step: leaving */
extern const char *const am_membership_roles[];
extern const char *const am_membership_statuses[];

/* All memberships of a member; col is "city_id" or "organisation_id". */
enum am_rc am_membership_of_member(struct am_db *db, const char *col, int64_t id, json_t **out,
                                   struct am_err *err);

/* A membership read from a file: added unless the member is already in the
 * network (then *added is false). */
struct am_imported_membership {
    int64_t network_id, city_id, organisation_id; /* one of city, organisation */
    int joined_year;                             /* 0: not known */
    const char *role, *status, *note;            /* note may be NULL */
    const char *source;
    int64_t source_row;
};
enum am_rc am_membership_add_imported(struct am_db *db, const struct am_imported_membership *m,
                                      bool *added, struct am_err *err);

#endif

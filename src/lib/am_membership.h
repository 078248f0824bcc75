/* am_membership: a city (or an organisation, where the member is not a
 * city) in a network: joined, left, role. */
#ifndef AM_MEMBERSHIP_H
#define AM_MEMBERSHIP_H

#include "am_resource.h"

extern const struct am_resource am_membership_resource;
extern const char *const am_membership_roles[];

/* All memberships of a member; col is "city_id" or "organisation_id". */
enum am_rc am_membership_of_member(struct am_db *db, const char *col, int64_t id, json_t **out,
                                   struct am_err *err);

#endif

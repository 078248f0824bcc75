/* am_registration: a city's delegates registered for an event (an activity
 * with places or a time): a person its office holds, or a name for this
 * event only. Confirmed while places are left, else on the waiting list in
 * the order they came; a cancellation (DELETE) gives the first waiting
 * their place. Counted and written in one write transaction (SQLite's
 * writers take turns), so concurrent registrations never confirm more than
 * the places. Within the event's registration window only; one live
 * registration per delegate.
 *
 * Delegates are personal data: the registering city's office and the
 * event's organiser (its network's secretariat, its host city's office)
 * see them, and the history keeps no copy. */
#ifndef AM_REGISTRATION_H
#define AM_REGISTRATION_H

#include "am_resource.h"

extern const struct am_resource am_registration_resource;
extern const struct am_schema am_registration_schema;
extern const struct am_schema am_registration_filters;
extern const struct am_schema am_places_schema;

/* The registrations who may see. */
enum am_rc am_registration_list(struct am_db *db, const struct am_actor *who, json_t *query, json_t **out,
                                struct am_err *err);
/* {capacity, confirmed, waitlisted, left, open}: public. */
enum am_rc am_registration_places(struct am_db *db, int64_t activity, json_t **out, struct am_err *err);

#endif

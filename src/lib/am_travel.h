/* am_travel: travel and subsistence support asked for a delegate of an
 * event: an amount in a currency (ISO 4217; nothing is converted), asked
 * by the delegate's city's office, granted (in full or in part) or refused
 * by the organising network's secretariat. The budget used is summed per
 * currency, over the requests the caller may see.
 *
 * A request names a registration, so it is the registering city's and the
 * organiser's: nobody else reads it. The history keeps no copy (it names
 * a delegate). */
#ifndef AM_TRAVEL_H
#define AM_TRAVEL_H

#include "am_resource.h"

extern const struct am_resource am_travel_resource;
extern const struct am_schema am_travel_schema;
extern const struct am_schema am_travel_filters;
extern const struct am_schema am_travel_grant_schema;
extern const struct am_schema am_travel_refuse_schema;
extern const struct am_schema am_travel_budget_schema;
extern const struct am_schema am_travel_budget_query;

/* The requests who may see. */
enum am_rc am_travel_list(struct am_db *db, const struct am_actor *who, json_t *query, json_t **out,
                          struct am_err *err);
/* {items: [{currency, requested, granted, asked, pending, refused}]}: sums
 * per currency over the requests who may see, narrowed by query's
 * activity and network. */
enum am_rc am_travel_budget(struct am_db *db, const struct am_actor *who, json_t *query, json_t **out,
                            struct am_err *err);

#endif

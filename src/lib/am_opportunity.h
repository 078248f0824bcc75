/* am_opportunity: what a citizen, a contact or the office identified
 * (tourism, investment, academic exchange, culture, trade, help in a
 * crisis), followed through the office's pipeline: new, discussed, then it
 * becomes an activity (made from it, here) or a partnership, or is closed.
 * It names people, so it is the office's own: seen by the office that holds
 * it (and the data-protection officer), never public, and its changes are
 * not kept in the history (which would keep the names after an erasure). */
#ifndef AM_OPPORTUNITY_H
#define AM_OPPORTUNITY_H

#include "am_resource.h"

extern const struct am_resource am_opportunity_resource;
extern const struct am_schema am_opportunity_schema;
extern const struct am_schema am_opportunity_filters;
extern const struct am_schema am_opportunity_activity_schema; /* the step's body: the activity made */
extern const struct am_schema am_opportunity_partnership_schema;
extern const struct am_schema am_opportunity_close_schema;
extern const struct am_schema am_opportunity_discuss_schema;

/* The office's pipeline: the opportunities who may see. */
enum am_rc am_opportunity_list(struct am_db *db, const struct am_actor *who, json_t *query, json_t **out,
                               struct am_err *err);

#endif

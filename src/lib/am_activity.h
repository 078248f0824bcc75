/* am_activity: what partnerships and networks live on: delegation and study
 * visits, conferences, workshops, joint projects, exchanges, aid. */
#ifndef AM_ACTIVITY_H
#define AM_ACTIVITY_H

#include "am_resource.h"

extern const struct am_resource am_activity_resource;
extern const struct am_schema am_activity_schema; /* the record, as replied */
extern const char *const am_activity_kinds[];

/* The latest activities a city hosted or took part in. */
enum am_rc am_activity_recent_of_city(struct am_db *db, int64_t city_id, int limit, json_t **out,
                                      struct am_err *err);

#endif

/* am_city: cities, with their other names in any script. A city's page is
 * its record plus its partnerships, memberships and recent activities. */
#ifndef AM_CITY_H
#define AM_CITY_H

#include "am_resource.h"

extern const struct am_resource am_city_resource;

/* Short form {id, name, country} of a city, for embedding. New reference,
 * json null when id is 0 or unknown. */
json_t *am_city_ref(struct am_db *db, int64_t id, struct am_err *err);

#endif

/* am_country: countries by ISO 3166-1 alpha-2 code. The list comes from
 * Debian's iso-codes, compiled in at build time (am_country_load). */
#ifndef AM_COUNTRY_H
#define AM_COUNTRY_H

#include "am_resource.h"

extern const struct am_resource am_country_resource;

/* Insert every ISO 3166-1 country not yet present; *added (optional). */
enum am_rc am_country_load(struct am_db *db, int64_t *added, struct am_err *err);

#endif

/* am_organisation: parties that are not cities: ministries, agencies,
 * associations, universities, regions (Reggio Emilia's agreement is with a
 * Moroccan ministry; some network members are regions). */
#ifndef AM_ORGANISATION_H
#define AM_ORGANISATION_H

#include "am_resource.h"

extern const struct am_resource am_organisation_resource;
extern const char *const am_organisation_kinds[];

#endif

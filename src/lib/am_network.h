/* am_network: city networks (Intercultural Cities, WeGO, Eurocities...) with
 * their thematic groups and regional offices. Members are memberships. */
#ifndef AM_NETWORK_H
#define AM_NETWORK_H

#include "am_resource.h"

extern const struct am_resource am_network_resource;
extern const char *const am_network_kinds[];

/* GET /networks/{id}/members: the memberships of one network, with the
 * membership list's filters. */
enum am_rc am_network_members(struct am_db *db, const char *key, json_t *query, json_t **out,
                              struct am_err *err);

#endif

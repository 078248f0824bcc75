/* am_group: a network's thematic groups, and the cities in them.
 *
 * A group belongs to its network: the secretariat adds, changes, closes and
 * deletes it. A city joins a group of a network it is a current member of,
 * while the group is not closed, and leaves it again: a group member is a
 * record of its own (group-members), made by the city's officer or the
 * network's secretariat and deleted when the city leaves. */
#ifndef AM_GROUP_H
#define AM_GROUP_H

#include "am_resource.h"

extern const struct am_resource am_group_resource;
extern const struct am_resource am_group_member_resource;
extern const char *const am_group_statuses[];
extern const struct am_schema am_group_approve_schema;

/* A record's group_id (if any) names a thematic group of its network_id:
 * AM_EINVAL naming group_id otherwise. */
enum am_rc am_group_in_network(struct am_db *db, json_t *rec, struct am_err *err);

/* GET /networks/{id}/groups: the network's groups, each one's `can` saying
 * also whether who's city may join it (join) or leave it (leave), and each
 * member's whether who may take it out (delete). The reply is presented
 * here (can, and nothing private), not by the router. */
extern const struct am_schema am_group_page_query;
extern const struct am_schema am_group_page_schema;
enum am_rc am_group_of_network(struct am_db *db, const struct am_actor *who, const char *key, json_t *query,
                               json_t **out, struct am_err *err);

#endif

/* am_workspace: the signed-in home page and the public overview.
 *
 * A city's officer sees its partnerships by health (dormant first), its
 * draft and returned practices, its Index rounds, its upcoming and recent
 * activities, and what changed for the city since the last visit; a
 * network's secretariat the practices awaiting its review, its members by
 * status and its activities; an admin the imports and the accounts. Every
 * part is read through the records' own reads and rights. The public sees
 * an overview: figures, the most partnered cities for a map, recent
 * practices and activities. */
#ifndef AM_WORKSPACE_H
#define AM_WORKSPACE_H

#include "am_actor.h"
#include "am_schema.h"
#include "store/am_db.h"

extern const struct am_schema am_workspace_schema;
extern const struct am_schema am_overview_schema;

enum am_rc am_workspace(struct am_db *db, const struct am_actor *who, json_t **out, struct am_err *err);
enum am_rc am_overview(struct am_db *db, const struct am_actor *who, json_t **out, struct am_err *err);

#endif

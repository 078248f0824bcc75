/* am_setting: the office's settings, kept in the database (how many years
 * without activity make a partnership dormant, how long a sign-in lasts). */
#ifndef AM_SETTING_H
#define AM_SETTING_H

#include "am_actor.h"
#include "am_rights.h"
#include "am_schema.h"
#include "store/am_db.h"

extern const struct am_schema am_setting_schema;
extern const struct am_rights am_setting_rights;

/* The integer setting, or dflt when unset or unreadable. */
int am_setting_int(struct am_db *db, const char *key, int dflt);

/* All settings as an object with typed values. */
enum am_rc am_setting_get(struct am_db *db, json_t **out, struct am_err *err);
/* Change some (admins only), validated against am_setting_schema. */
enum am_rc am_setting_update(struct am_db *db, const struct am_actor *who, json_t *patch,
                             json_t **out, struct am_err *err);

#endif

/* am_demo: the demo records (data/demo.json, compiled in), every one taken
 * from the project's seed documents. Loaded through the same create
 * operations as the API, so the same validation applies. */
#ifndef AM_DEMO_H
#define AM_DEMO_H

#include <jansson.h>

#include "store/am_db.h"

/* Load the demo records in one transaction; *counts (optional) gets
 * {"cities": n, ...}. AM_ECONFLICT when they are already loaded. */
enum am_rc am_demo_load(struct am_db *db, json_t **counts, struct am_err *err);

/* Load records of the same format from a document (for tests). */
enum am_rc am_demo_load_doc(struct am_db *db, json_t *doc, json_t **counts, struct am_err *err);

#endif

/* am_export: the whole registry out, as one JSON document or as CSV files
 * (one per kind of record) for spreadsheets. Accounts are never exported. */
#ifndef AM_EXPORT_H
#define AM_EXPORT_H

#include <stdio.h>

#include "am_resource.h"

/* {"exported_at", "schema_version", "<resource>": [records...], ...} */
enum am_rc am_export_json(struct am_db *db, FILE *out, struct am_err *err);
/* One resource as CSV with a header row: scalar fields as they are, nested
 * records by name, lists joined with "; ". */
enum am_rc am_export_csv(struct am_db *db, const struct am_resource *res, FILE *out,
                         struct am_err *err);
/* Every record of a resource, following the cursor (new array). */
enum am_rc am_export_all(struct am_db *db, const struct am_resource *res, json_t **out,
                         struct am_err *err);

#endif

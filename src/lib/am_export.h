/* am_export: the registry out, as one JSON document or as CSV files (one
 * per kind of record) for spreadsheets, as `who` may see it: an export is
 * handed to others, so the CLI exports what the public sees (am_actor_anon):
 * records it may read (published practices only), without private fields
 * (AM_F_PRIVATE: contacts, review comments, authors' accounts). Accounts are
 * never exported; `amity backup` is the full copy, for the operators. */
#ifndef AM_EXPORT_H
#define AM_EXPORT_H

#include <stdio.h>

#include "am_resource.h"
#include "util/am_buf.h"

/* {"exported_at", "schema_version", "<resource>": [records...], ...}: every
 * resource, or only `only` when it is not NULL. */
enum am_rc am_export_json(struct am_db *db, const struct am_actor *who, const struct am_resource *only,
                          FILE *out, struct am_err *err);
/* One resource as CSV with a header row: scalar fields as they are, nested
 * records by name, lists joined with "; "; no private column. */
enum am_rc am_export_csv(struct am_db *db, const struct am_resource *res, const struct am_actor *who,
                         FILE *out, struct am_err *err);
/* Is f a column of the CSV (and a property of GeoJSON): not private, not
 * what the caller may do (`can`)? */
bool am_export_field(const struct am_field *f);
/* Records of kind s (a page of a list) as CSV into out: the header row,
 * then one row per item, written as am_export_csv writes them.
 * AM_ENOMEM when out's cap is reached. */
enum am_rc am_export_csv_items(const struct am_schema *s, json_t *items, struct am_buf *out,
                               struct am_err *err);
/* Every record of a resource who may read, whole, following the cursor
 * (new array); private fields removed unless who is inside the record's
 * city or network. */
enum am_rc am_export_all(struct am_db *db, const struct am_resource *res, const struct am_actor *who,
                         json_t **out, struct am_err *err);

#endif

/* am_resource: what every kind of record shares.
 *
 * Each domain module (city, network, partnership, ...) describes itself as a
 * struct am_resource: its schema, its list filters and five operations. The
 * HTTP route table, the OpenAPI document and the CLI are all built from these
 * descriptions, and the helpers below do the work the modules have in common:
 * keyset-paged lists with totals, writing a record's columns from its
 * schema, and checking that referenced records exist. */
#ifndef AM_RESOURCE_H
#define AM_RESOURCE_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "am_actor.h"
#include "am_rights.h"
#include "am_schema.h"
#include "store/am_db.h"
#include "store/am_sql.h"

enum { AM_LIST_DEFAULT = 50, AM_LIST_MAX = 500 };

typedef enum am_rc am_list_fn(struct am_db *db, json_t *query, json_t **out, struct am_err *err);
typedef enum am_rc am_get_fn(struct am_db *db, const char *key, json_t **out, struct am_err *err);
typedef enum am_rc am_create_fn(struct am_db *db, const struct am_actor *who, json_t *in,
                                json_t **out, struct am_err *err);
typedef enum am_rc am_update_fn(struct am_db *db, const struct am_actor *who, const char *key,
                                json_t *patch, json_t **out, struct am_err *err);
typedef enum am_rc am_delete_fn(struct am_db *db, const struct am_actor *who, const char *key,
                                struct am_err *err);
/* A step of a record's life (sign, end, leave...): body holds the step's
 * fields, as its schema describes them. */
typedef enum am_rc am_step_fn(struct am_db *db, const struct am_actor *who, const char *key, enum am_action act,
                              const struct am_schema *schema, json_t *body, json_t **out, struct am_err *err);

/* How a kind's records are read (am_read), besides what its fields say. */
struct am_reading {
    const char *from;     /* FROM clause: the record's table as `alias`, and joins */
    const char *alias;    /* "p" */
    const char *id;       /* the keyset's tie-break, unique: default alias.id */
    bool text_key;        /* records are addressed by a text key (a country's
                             code, a topic's key), the resource's `key` column */
    const char *order;    /* keyset sort of a list: an expression never NULL */
    bool desc;
    const char *order_q;  /* the sort when the query has q (a search), if other */
    bool desc_q;
    /* values for the `?`s of from (optional; a new reference) */
    json_t *(*from_args)(struct am_db *db);
    /* an unfiltered list is counted on this alone (the record's table),
     * where no join of from ever drops a row (optional) */
    const char *count_from;
    /* filters that are not SQL with the value bound (optional) */
    void (*narrow)(struct am_sql *where, json_t *query);
    /* what only the record's own page shows (optional): other kinds'
     * records of it, added to rec */
    enum am_rc (*detail)(struct am_db *db, json_t *rec, struct am_err *err);
};

struct am_resource {
    const char *name;      /* plural, the URL segment: "partnerships" */
    const char *singular;  /* "partnership": the CLI verb */
    const char *table;     /* its table */
    const char *key;       /* "id", or "code" for countries */
    const char *doc;
    const struct am_schema *schema;  /* the record, in and out */
    const struct am_schema *filters; /* list query parameters */
    const struct am_rights *rights;  /* who may do what (am_rights) */
    const struct am_reading *reading;/* how its records are read (am_read) */
    bool list_summary;               /* list items leave parts of the record out */
    am_list_fn *list;
    am_get_fn *get;
    am_create_fn *create;
    am_update_fn *update;
    am_delete_fn *remove;
    am_step_fn *step;      /* its steps, for those that have any */
};

/* Every resource, in the order of the API document; NULL-terminated. */
extern const struct am_resource *const am_resources[];
const struct am_resource *am_resource_find(const char *name_or_singular);

/* Where an imported record comes from, and when a record was made and
 * changed: fields many kinds share. */
#define AM_FIELDS_SOURCE                                                                         \
    {.name = "source", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE,               \
     .doc = "the file it was imported from, if any"},                                            \
    {.name = "source_row", .type = AM_T_INT, .flags = AM_F_READONLY | AM_F_NULLABLE,              \
     .doc = "the row of that file"}
#define AM_FIELDS_STAMPS                                                                         \
    {.name = "created_at", .type = AM_T_STRING, .flags = AM_F_READONLY},                          \
    {.name = "updated_at", .type = AM_T_STRING, .flags = AM_F_READONLY}

/* Query parameters every list has (limit, cursor), for filter schemas. */
#define AM_FILTER_PAGING                                                                   \
    {.name = "limit", .type = AM_T_INT, .min = 1, .max = AM_LIST_MAX,                     \
     .doc = "items per page (default 50)"},                                               \
    {.name = "cursor", .type = AM_T_STRING, .max = 400,                                   \
     .doc = "the `next` value of the previous page"}

/* ---- lists ---------------------------------------------------------- */

/* A keyset-paged list: SELECT cols FROM from WHERE 1=1 <where> ORDER BY
 * sort, id. sort must never be NULL (coalesce it). */
struct am_listing {
    const char *cols;
    const char *from;
    json_t *from_args;   /* values for `?`s in from (owned), or NULL */
    const char *count_from; /* what an unfiltered list is counted on, or NULL */
    const char *sort;
    const char *id;
    bool desc;
    struct am_sql where; /* " AND ..." conditions added by the module */
};

void am_listing_init(struct am_listing *l, const char *cols, const char *from,
                     const char *sort, const char *id, bool desc);
void am_listing_free(struct am_listing *l);
/* Run it with the query's limit and cursor; *out is {"items","total","next"}.
 * A query with "total": false (from a caller inside amity walking every
 * page, never from a request: no filter schema has it) is not counted and
 * answers "total": null. */
enum am_rc am_listing_run(struct am_db *db, struct am_listing *l, json_t *query, json_t **out,
                          struct am_err *err);

/* Opaque cursor of a sort value and an id (URL-safe base64 of JSON). */
char *am_cursor_encode(json_t *sort, int64_t id);                   /* free() it */
enum am_rc am_cursor_decode(const char *s, json_t **sort, int64_t *id, struct am_err *err);

/* ---- writes --------------------------------------------------------- */

/* "2026-11-22T07:15:17Z", for created_at/updated_at */
void am_now(char out[32]);

/* Insert the column fields of in (see am_field_is_column), plus the columns
 * of extra (an object of column: value chosen by the program, or NULL);
 * stamps adds created_at and updated_at. */
enum am_rc am_row_insert_x(struct am_db *db, const char *table, const struct am_schema *s,
                           json_t *in, json_t *extra, bool stamps, int64_t *id,
                           struct am_err *err);
#define am_row_insert(db, table, s, in, stamps, id, err) \
    am_row_insert_x(db, table, s, in, NULL, stamps, id, err)
/* Update the column fields present in patch (and extra's), of the row whose
 * keycol = key. */
enum am_rc am_row_update_x(struct am_db *db, const char *table, const char *keycol, json_t *key,
                           const struct am_schema *s, json_t *patch, json_t *extra, bool stamps,
                           struct am_err *err);
#define am_row_update(db, table, keycol, key, s, patch, stamps, err) \
    am_row_update_x(db, table, keycol, key, s, patch, NULL, stamps, err)
/* Delete a row; AM_ENOTFOUND when there was none, AM_ECONFLICT when other
 * records still refer to it. */
enum am_rc am_row_delete(struct am_db *db, const char *table, const char *keycol, json_t *key,
                         const char *what, struct am_err *err);

/* Check that every id, key and country in obj names an existing record
 * (AM_EINVAL naming the field otherwise). */
enum am_rc am_refs_check(struct am_db *db, const struct am_schema *s, json_t *obj,
                         struct am_err *err);

/* Replace the rows of a link table: DELETE FROM table WHERE owner_col = id,
 * then one row (owner_col, item_col) per value of the array. */
enum am_rc am_links_set(struct am_db *db, const char *table, const char *owner_col,
                        const char *item_col, int64_t id, json_t *values, struct am_err *err);
/* The item_col values for an owner, as an array (ordered). */
enum am_rc am_links_get(struct am_db *db, const char *table, const char *owner_col,
                        const char *item_col, int64_t id, json_t **out, struct am_err *err);

/* ---- the write path shared by records with numeric ids --------------- */

/* What a module tells the shared write path about itself. Every create,
 * update and delete is one transaction, after these checks: who may (the
 * kind's rights, on the record as it is and as it will be; an update is
 * first weighed on the record as it is), that the references exist, that
 * the writer may name the ones it adds (AM_F_SCOPED), the record's own
 * rules. */
struct am_writer {
    const char *table;
    const char *what;                 /* "partnership", for messages */
    const struct am_schema *schema;
    bool stamps;                      /* created_at / updated_at columns */
    am_get_fn *get;                   /* the record as replied */
    const struct am_rights *rights;   /* who may do what */
    /* Rules across fields, on the record as it will be (optional). */
    enum am_rc (*rules)(struct am_db *db, json_t *next, struct am_err *err);
    /* Columns derived from virtual fields of in (optional): set them in extra. */
    enum am_rc (*derive)(struct am_db *db, json_t *in, json_t *extra, struct am_err *err);
    /* Write virtual fields present in in, for record id (optional). */
    enum am_rc (*links)(struct am_db *db, int64_t id, json_t *in, struct am_err *err);
    /* Before the row changes or goes: tidy what its foreign keys do not
     * cover, from the row as it still is (optional). */
    enum am_rc (*before_change)(struct am_db *db, int64_t id, struct am_err *err);
    /* Personal data: the history (record_change) keeps nothing of it; the
     * kind keeps its own audit log, which names fields, never values. */
    bool unlogged;
};

enum am_rc am_write_create(struct am_db *db, const struct am_writer *w, const struct am_actor *who,
                           json_t *in, json_t **out, struct am_err *err);
enum am_rc am_write_update(struct am_db *db, const struct am_writer *w, const struct am_actor *who,
                           const char *key, json_t *patch, json_t **out, struct am_err *err);
enum am_rc am_write_delete(struct am_db *db, const struct am_writer *w, const struct am_actor *who,
                           const char *key, struct am_err *err);

/* A step of the record's life: who may take it, in its state (the rights'
 * rule for act, which says the state it leaves); then the step's fields
 * (columns of the record; a date or year marked AM_F_NOW is today or this
 * year when not given), the record's rules, the history, one transaction. */
enum am_rc am_write_step(struct am_db *db, const struct am_writer *w, const struct am_actor *who, const char *key,
                         enum am_action act, const struct am_schema *schema, json_t *body, json_t **out,
                         struct am_err *err);

/* Record on row id of table where it was imported from (file, row). */
enum am_rc am_record_set_source(struct am_db *db, const char *table, int64_t id, const char *source,
                                int64_t row, struct am_err *err);

/* A numeric record key from a path, AM_ENOTFOUND when it is not one. */
enum am_rc am_key_id(const char *key, const char *what, int64_t *id, struct am_err *err);

/* Merge patch onto a copy of the stored record (for rules that look at the
 * record as it will be). New reference. */
json_t *am_merged(json_t *stored, json_t *patch);

/* Remove key from obj and return its value (a new reference; null when
 * absent): flat columns of a row folded into nested objects. */
json_t *am_take(json_t *obj, const char *key);

/* Value of an integer field, 0 when absent or null. */
int64_t am_get_id(json_t *obj, const char *name);

#endif

/* am_schema: records described once, as data.
 *
 * A schema is a table of fields. The same table validates request bodies and
 * query strings, names the columns a record is written to, becomes the
 * OpenAPI document, and turns into the CLI's --flags. */
#ifndef AM_SCHEMA_H
#define AM_SCHEMA_H

#include <jansson.h>
#include <stdbool.h>

#include "util/am_err.h"

enum am_type {
    AM_T_STRING,  /* one line of text; max = code points (default 200) */
    AM_T_TEXT,    /* several lines (default max 20000) */
    AM_T_INT,
    AM_T_NUMBER,
    AM_T_BOOL,
    AM_T_ENUM,    /* one of values[] */
    AM_T_DATE,    /* "YYYY", "YYYY-MM" or "YYYY-MM-DD" */
    AM_T_URL,     /* http:// or https:// */
    AM_T_COUNTRY, /* ISO 3166-1 alpha-2; lower case is upper-cased */
    AM_T_ID,      /* id of a record in table ref */
    AM_T_SLUG,    /* [a-z0-9-]+ key of a record in table ref */
    AM_T_ARRAY,   /* items described by item */
    AM_T_OBJECT,  /* fields described by object */
    AM_T_ANY,     /* any JSON value (replies only: a change's before and after) */
};

enum {
    AM_F_REQUIRED = 1u << 0, /* must be given on create */
    AM_F_READONLY = 1u << 1, /* computed: in replies, refused in requests */
    AM_F_NULLABLE = 1u << 2, /* null is a value (and clears on update) */
    AM_F_VIRTUAL  = 1u << 3, /* not a column of the record's table */
    AM_F_OWNER    = 1u << 4, /* names a city or network the record belongs to (am_rights) */
    AM_F_SCOPED   = 1u << 5, /* a reference the writer must be able to name (am_rights) */
    AM_F_PRIVATE  = 1u << 6, /* never shown outside the record's city and network */
    AM_F_WRITEONLY = 1u << 8, /* sent, never replied (a password) */
    AM_F_NOW      = 1u << 9, /* a step's date or year: today, this year, when not given */
    AM_F_SHARED   = 1u << 10, /* names a city or network the record is shared with, to read (am_rights) */
    AM_F_CONTAINS = 1u << 7, /* a filter matching part of a text: its value is
                                bound as %value% with LIKE's wildcards escaped */
};

struct am_schema;

struct am_field {
    const char *name;
    enum am_type type;
    unsigned flags;
    double min, max;               /* numbers: range; text: length; arrays: count.
                                      both 0: the type's default */
    const char *const *values;     /* AM_T_ENUM: NULL-terminated */
    const struct am_field *item;   /* AM_T_ARRAY: its items; AM_T_OBJECT without
                                      object: a map, its values */
    const struct am_schema *object;/* AM_T_OBJECT */
    const char *ref;               /* AM_T_ID / AM_T_SLUG: table referred to */
    const char *doc;
    const char *example;           /* for the API document */
    const char *label;             /* for people: "End date" (default: the name) */
    const char *vocabulary;        /* a text whose values a list of the API gives
                                      (its path, "/need-categories"): x-vocabulary */
    /* How it is read (am_read): */
    const char *col;               /* an SQL expression over the kind's FROM
                                      (default for a column: alias.name) */
    const struct am_embed *embed;  /* read for a whole page at once */
    const char *where;             /* a filter: SQL, each `?` bound to its value */
};

/* A part of a record kept in other rows (topics, participants, groups),
 * read for every record of a page by one query. */
struct am_embed {
    const char *sql;  /* ?1 is the JSON array of the page's ids; the first
                         column _owner names the record; the others are
                         the item's fields, or one column _v for a list of
                         plain values */
    bool one;         /* one object (or null), not a list */
};

struct am_schema {
    const char *name;              /* e.g. "Partnership" */
    const char *doc;
    const struct am_field *fields; /* ends with an entry whose name is NULL */
    const char *example;           /* a valid request body (JSON), for the API
                                      document and the authorisation matrix */
    bool open;                     /* may carry fields not listed (a document of
                                      its own kind, e.g. OpenAPI) */
};

enum am_check {
    AM_CHECK_CREATE, /* required fields must be there */
    AM_CHECK_UPDATE, /* any subset */
    AM_CHECK_QUERY,  /* like update, errors are 400 rather than 422 */
};

/* Validate obj against s, normalising in place (strings trimmed, empty
 * optional strings become null, country codes upper-cased, duplicate array
 * items dropped). A read-only field is refused, as an unknown one is. The first problem is reported
 * with the field's path, e.g. "party_b.city_id" or "topics[2]". */
enum am_rc am_schema_check(const struct am_schema *s, json_t *obj, enum am_check mode,
                           struct am_err *err);

/* Typed value of a query-string or command-line value for field f: a new
 * reference, or NULL with err set (400). */
json_t *am_field_parse(const struct am_field *f, const char *text, struct am_err *err);

const struct am_field *am_schema_field(const struct am_schema *s, const char *name);

/* The field's name for people: its label, else its name. */
const char *am_field_label(const struct am_field *f);
/* Its label, else its name made readable ("end_date": "End date"). */
void am_field_human(const struct am_field *f, char *out, size_t cap);

/* Name of a type as shown in help texts ("integer", "date", ...). */
const char *am_type_name(enum am_type t);

/* Does the field correspond to a column of the record's own table? */
bool am_field_is_column(const struct am_field *f);

/* The JSON Schema (OpenAPI 3.0 flavour) of s; a new reference. */
json_t *am_schema_json(const struct am_schema *s);
json_t *am_field_json(const struct am_field *f);

/* An http(s) URL with a host, no spaces or control characters (AM_T_URL). */
bool am_is_url(const char *s);

#endif

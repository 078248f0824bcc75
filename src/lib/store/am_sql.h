/* am_sql: a SQL statement assembled from fixed pieces of text and bound
 * values, for queries whose shape depends on the filters given. Only the
 * program's own text goes into the SQL; every value supplied by a user is a
 * bound parameter. Errors are sticky (see am_buf). */
#ifndef AM_SQL_H
#define AM_SQL_H

#include <jansson.h>

#include "util/am_buf.h"

struct am_sql {
    struct am_buf text;
    json_t *args;     /* array of bound values, in order of the `?`s */
    enum am_rc err;
};

void am_sql_init(struct am_sql *q);
void am_sql_free(struct am_sql *q);

/* Append SQL text (a string literal of the program, never user data). */
void am_sql_add(struct am_sql *q, const char *text);
/* Append text containing exactly one `?`, and the value bound to it
 * (stolen; NULL means out of memory). */
void am_sql_addv(struct am_sql *q, const char *text, json_t *value);
/* Append text with as many `?` as args (stolen) has values. */
void am_sql_addn(struct am_sql *q, const char *text, json_t *args);
/* Append another builder's text and arguments. */
void am_sql_cat(struct am_sql *q, const struct am_sql *other);

/* A new reference to the arguments, for am_db_prepare (which steals it). */
json_t *am_sql_args(const struct am_sql *q);
const char *am_sql_text(const struct am_sql *q);

#endif

/* am_openapi: the OpenAPI 3.0 document of the API, generated from the route
 * table and the resources' schemas: nothing is written down twice. */
#ifndef AM_OPENAPI_H
#define AM_OPENAPI_H

#include <jansson.h>

#include "util/am_lang.h"

/* A new reference, or NULL when out of memory. */
json_t *am_openapi_document(void);
/* The English words of the document (titles, choices) that have no row in
 * the labels for language l: {"word": true, ...}, the caller's. */
json_t *am_openapi_untranslated(enum am_lang l);

/* The rights of every record kind the routes serve, as one Markdown table
 * (docs/auth.md holds it; `amity rights` prints it). Appended to b. */
struct am_buf;
void am_rights_markdown(struct am_buf *b);

#endif

/* am_practice_md: the good-practice template as a Markdown file a city can
 * fill in offline (data/practice_template.md), and its reader. */
#ifndef AM_PRACTICE_MD_H
#define AM_PRACTICE_MD_H

#include <jansson.h>
#include <stddef.h>

#include "am_actor.h"
#include "store/am_db.h"

/* The template, NUL-terminated (compiled in). */
const char *am_practice_template(void);

/* The template's sections for a form: [{field, heading, hint}], the
 * headings and hints in the thread's language (the file itself stays as
 * written: its English headings are what the reader below knows). New
 * reference, the caller's. */
json_t *am_practice_template_sections(void);

/* Read a filled-in template: {title, city, country, organisations: [..],
 * period, topics: [..], language, network, contact_name, contact_email,
 * summary, purpose, rationale, process, results, evaluation, lessons,
 * links}, the values as written. AM_EINVAL (naming the line) when it is not
 * a template. */
enum am_rc am_practice_md_read(const char *text, size_t n, json_t **out, struct am_err *err);

/* Read, resolve the names (city, country, organisations, network, topics)
 * and create the practice as a draft of who; submit it when asked. */
enum am_rc am_practice_md_create(struct am_db *db, const struct am_actor *who, const char *text,
                                 size_t n, int submit, json_t **out, struct am_err *err);

#endif

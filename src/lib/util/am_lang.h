/* am_lang: the languages amity answers in (those of the web UI), and the
 * choice of one for a request: `?lang=` wins, else the Accept-Language
 * header (q-values honoured, region subtags ignored: fr-CH is fr), else
 * English.
 *
 * The chosen language is also the calling thread's for the time of a
 * request (am_lang_set / am_lang_current): the validation's messages and
 * the SQL that reads country names (am_lang() in SQL) run deep below the
 * route, in code shared with the command line, and passing a language
 * through every one of their signatures would touch every module for one
 * value. A thread serves one request at a time, and the server puts
 * English back when the request is done; the command line never sets it. */
#ifndef AM_LANG_H
#define AM_LANG_H

#include <stdbool.h>
#include <stddef.h>

enum am_lang { AM_LANG_EN, AM_LANG_FR, AM_LANG_IT, AM_LANG_UK, AM_LANG_FA, AM_LANG_COUNT };

/* "en", "fr", ... */
const char *am_lang_code(enum am_lang l);

/* A language tag ("fr", "FR", "fr-CH", "fr_CH") to one of ours; false when
 * its primary subtag is none of them or it is not a tag at all. */
bool am_lang_parse(const char *tag, enum am_lang *out);

/* The best of our languages for an Accept-Language header (NULL: none):
 * the highest q, the first listed among equals; `*` counts as English, a
 * range with q=0 is refused, one we lack is skipped. English when none
 * fits, or the header cannot be read. */
enum am_lang am_lang_accept(const char *header);

/* The request's choice: ?lang= (query, NULL or "" when not given) wins,
 * whatever its value (an unknown language is English); else the header.
 * *from_header (optional) tells whether the header decided, i.e. whether
 * the reply varies with it. */
enum am_lang am_lang_choose(const char *query, const char *header, bool *from_header);

/* The thread's language, for messages and names both. */
void am_lang_set(enum am_lang l);
enum am_lang am_lang_current(void);

/* The language of the names read from the store (am_lang() in SQL), set
 * after am_lang_set where it must differ: a write reads its record in
 * English, because what it reads is also what the history keeps, and a
 * change logged in its writer's language would be shown to every later
 * reader in that one. */
void am_lang_set_names(enum am_lang l);
enum am_lang am_lang_names(void);

#endif

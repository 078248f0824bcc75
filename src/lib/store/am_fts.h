/* am_fts: the "amity" FTS5 tokenizer (SQLite engine). Words are runs of
 * letters, digits and combining marks; each is folded by am_fold (case,
 * diacritics, Arabic and Persian letter variants) while its offsets stay
 * those of the original text, so that snippets show what was written. */
#ifndef AM_FTS_H
#define AM_FTS_H

#include <sqlite3.h>

/* Register the tokenizer on a connection; SQLITE_OK or an error code. */
int am_fts_register(sqlite3 *h);

#endif

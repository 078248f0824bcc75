/* am_fts: the "amity" FTS5 tokenizer (SQLite engine). Words are runs of
 * letters, digits and combining marks; each is folded by am_fold (case,
 * diacritics, Arabic and Persian letter variants) while its offsets stay
 * those of the original text, so that snippets show what was written. */
#ifndef AM_FTS_H
#define AM_FTS_H

#include <sqlite3.h>

/* Register on a connection, SQLITE_OK or an error code:
 *   the tokenizer "amity";
 *   amity_tf(fts, w0, w1, ...), an auxiliary function: for the row, the
 *     weighted number of times each phrase of the query occurs (each
 *     occurrence counts its column's weight), as a blob of doubles, one per
 *     phrase: what BM25 needs of a row, without the row's size in tokens,
 *     which FTS5 reads with one more b-tree lookup per row (most of the
 *     cost of its bm25() over many rows);
 *   am_fts_doclen(sz), a scalar function: the size in tokens of a row of an
 *     FTS5 table, all columns together, from its %_docsize blob. */
int am_fts_register(sqlite3 *h);

#endif

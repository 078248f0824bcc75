/* am_fts: the "amity" FTS5 tokenizer (SQLite engine). Words are runs of
 * letters, digits and combining marks; each is folded by am_fold (case,
 * diacritics, Arabic and Persian letter variants) while its offsets stay
 * those of the original text, so that snippets show what was written. */
#ifndef AM_FTS_H
#define AM_FTS_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

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

/* The words of a text as the tokenizer cuts them: word gets each one's
 * folded form (not NUL-terminated) and its bytes [start, end) in text; a
 * non-zero return stops and is returned. */
typedef int am_fts_word_fn(void *ctx, const char *folded, size_t n, size_t start, size_t end);
int am_fts_words(const char *text, size_t n, am_fts_word_fn *word, void *ctx);

/* amity_want(?, rowid): whether a query wants more of a row than its rowid
 * (its score, its snippet), so that the costly functions run only for those:
 *   CASE WHEN amity_want(?2, rowid) THEN snippet(...) END
 * The parameter is bound with am_stmt_bind_pointer(st, 2, want,
 * AM_FTS_WANT); unbound (NULL), every row is wanted. */
#define AM_FTS_WANT "am_fts_want"
struct am_fts_want {
    bool (*has)(const struct am_fts_want *w, int64_t rowid);
};

/* amity_collect(fts, ?), an auxiliary function for a WHERE clause:
 *   SELECT 1 FROM t WHERE t MATCH ?1 AND amity_collect(t, ?2)
 * hands each row matched to the collector bound as ?2 (with
 * am_stmt_bind_pointer(st, 2, c, AM_FTS_COLLECT)) and lets none out, so the
 * pass is one step. row() answers where to put the row's weighted counts
 * (nphrase doubles: each occurrence of a phrase counts the weight of its
 * column, 1 past the weights given, as amity_tf), or NULL when it wants
 * none; it sets failed when out of memory, which stops the pass. */
#define AM_FTS_COLLECT "am_fts_collect"
struct am_fts_collect {
    double *(*row)(struct am_fts_collect *c, int64_t rowid, int nphrase);
    const double *weights;
    int nweights;
    bool failed;
};

#endif

/* am_snippet: the passage of a record around the words a search found, as
 * a result list shows it under each title: [{text, hit}] segments, the text
 * as written (Köln stays Köln), the words found marked, "…" where the
 * passage is cut.
 *
 * The words are cut and folded by the full-text tokenizer (am_fts), so a
 * passage marks what the search matched: "koln" marks "Köln", "coop*"
 * marks "cooperation", a phrase marks its words in that order only. */
#ifndef AM_SNIPPET_H
#define AM_SNIPPET_H

#include <jansson.h>
#include <stddef.h>

struct am_snippet_query;

/* The phrases of a full-text expression as am_practice_fts_query writes
 * it ("a" AND ("b c" OR "d"*)); NULL when out of memory. Owned by the
 * caller: am_snippet_query_free. */
struct am_snippet_query *am_snippet_query_new(const char *fts);
void am_snippet_query_free(struct am_snippet_query *q);

/* The best passage of at most `words` words among texts[0..n) (a NULL text
 * is skipped): the first text holding every phrase, or else the passage
 * with the most different phrases, then the most found, then the earliest. A new array, or NULL when no
 * text holds any of the phrases. */
json_t *am_snippet(const struct am_snippet_query *q, const char *const *texts, size_t n, size_t words);

/* The same, each text asked of text(ctx, i) only when it is looked at (a
 * text after one that holds every phrase is not): NULL for none. A text
 * must stay valid until the call returns. */
typedef const char *am_snippet_text_fn(void *ctx, size_t i);
json_t *am_snippet_of(const struct am_snippet_query *q, size_t n, size_t words, am_snippet_text_fn *text,
                      void *ctx);

#endif

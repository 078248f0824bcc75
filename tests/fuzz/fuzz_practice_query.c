/* Fuzz target: what people type into the practice search (turned into an
 * FTS5 expression, and cut into a snippet of the same text) and into the
 * period field. The first byte picks which. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "am_practice.h"
#include "am_practice_search.h"
#include "am_snippet.h"
#include "util/am_buf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 4096)
        return 0;
    char *text = malloc(size);
    if (!text)
        return 0;
    memcpy(text, data + 1, size - 1);
    text[size - 1] = '\0';
    if (data[0] & 1) {
        int start, end;
        bool ongoing;
        if (am_practice_period(text, &start, &end, &ongoing) &&
            (start < 1000 || start > 9999 || (end && end < start)))
            __builtin_trap();
    } else {
        /* as the API takes it: q is at most 300 bytes */
        char q[301];
        snprintf(q, sizeof q, "%s", text);
        struct am_buf b;
        am_buf_init(&b, 16 * 1024);
        (void)am_practice_fts_query(q, &b);
        /* balanced brackets and quotes, always */
        int depth = 0;
        size_t quotes = 0;
        for (const char *p = am_buf_str(&b); *p; p++) {
            if (*p == '"')
                quotes++;
            else if (!(quotes & 1) && *p == '(')
                depth++;
            else if (!(quotes & 1) && *p == ')' && --depth < 0)
                __builtin_trap();
        }
        if (depth || (quotes & 1))
            __builtin_trap();
        /* the snippet of the text itself for what it asks: valid JSON */
        struct am_snippet_query *sq = am_snippet_query_new(am_buf_str(&b));
        if (size - 1 > 1024) /* a field's worth: tokenizing under ASan is what costs */
            text[1024] = '\0';
        const char *texts[] = {text};
        json_t *snip = sq ? am_snippet(sq, texts, 1, 1 + data[0] % 30) : NULL;
        char *dump = snip ? json_dumps(snip, 0) : NULL;
        if (snip && !dump)
            __builtin_trap();
        free(dump);
        json_decref(snip);
        am_snippet_query_free(sq);
        am_buf_free(&b);
    }
    free(text);
    return 0;
}

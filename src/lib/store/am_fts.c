#include "am_fts.h"

#include <string.h>
#include <unictype.h>
#include <unistr.h>

#include "util/am_buf.h"
#include "util/am_fold.h"

/* The tokenizer keeps no state: its handle is a static dummy. */
static Fts5Tokenizer *const the_tokenizer = (Fts5Tokenizer *)&the_tokenizer;

static int tok_create(void *ctx, const char **args, int nargs, Fts5Tokenizer **out)
{
    (void)ctx, (void)args, (void)nargs;
    *out = the_tokenizer;
    return SQLITE_OK;
}

static void tok_delete(Fts5Tokenizer *t)
{
    (void)t;
}

static bool word_char(ucs4_t c)
{
    if (c < 0x80) /* most text; libunistring's tables are slower to ask */
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return uc_is_alnum(c) || uc_is_general_category(c, UC_CATEGORY_M) || c == 0x0640;
}

/* The next character at s[i], and its length (1 for a byte that does not
 * start a valid character, which is then no word character). */
static int next_char(const uint8_t *s, int i, int n, ucs4_t *c)
{
    if (s[i] < 0x80) {
        *c = s[i];
        return 1;
    }
    int k = u8_mbtouc(c, s + i, (size_t)(n - i));
    return k > 0 ? k : 1;
}

static int tok_tokenize(Fts5Tokenizer *t, void *ctx, int flags, const char *text, int n,
                        int (*emit)(void *, int, const char *, int, int, int))
{
    (void)t, (void)flags;
    struct am_buf folded;
    char lower[64];
    am_buf_init(&folded, 4096);
    const uint8_t *s = (const uint8_t *)text;
    int i = 0, rc = SQLITE_OK;
    while (i < n && rc == SQLITE_OK) {
        ucs4_t c;
        int k = next_char(s, i, n, &c);
        if (!word_char(c)) {
            i += k;
            continue;
        }
        int start = i;
        bool ascii = true;
        while (i < n) {
            k = next_char(s, i, n, &c);
            if (!word_char(c))
                break;
            ascii = ascii && c < 0x80;
            i += k;
        }
        if (ascii && i - start <= (int)sizeof lower) {
            /* letters and digits of ASCII: folding is lowercasing, as
             * am_fold does it, without its buffer */
            for (int j = start; j < i; j++)
                lower[j - start] = (char)(s[j] >= 'A' && s[j] <= 'Z' ? s[j] + 32 : s[j]);
            rc = emit(ctx, 0, lower, i - start, start, i);
        } else if (am_fold(text + start, (size_t)(i - start), &folded) == AM_OK && folded.len) {
            /* a word of marks alone folds to nothing: not a token */
            rc = emit(ctx, 0, folded.data, (int)folded.len, start, i);
        }
        if (i == start)
            i++;
    }
    am_buf_free(&folded);
    return rc;
}

struct words_ctx {
    am_fts_word_fn *word;
    void *ctx;
};

static int words_emit(void *ctx, int flags, const char *token, int n, int start, int end)
{
    (void)flags;
    struct words_ctx *w = ctx;
    return w->word(w->ctx, token, (size_t)n, (size_t)start, (size_t)end);
}

int am_fts_words(const char *text, size_t n, am_fts_word_fn *word, void *ctx)
{
    struct words_ctx w = {word, ctx};
    if (n > INT32_MAX)
        n = INT32_MAX;
    return tok_tokenize(the_tokenizer, &w, 0, text, (int)n, words_emit);
}

static void tf_function(const Fts5ExtensionApi *api, Fts5Context *fc, sqlite3_context *ctx, int nval,
                        sqlite3_value **vals)
{
    int nphrase = api->xPhraseCount(fc), ninst = 0;
    double *freq = sqlite3_malloc64((sqlite3_uint64)(nphrase > 0 ? nphrase : 1) * sizeof *freq);
    if (!freq) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    for (int i = 0; i < nphrase; i++)
        freq[i] = 0;
    int rc = api->xInstCount(fc, &ninst);
    for (int i = 0; rc == SQLITE_OK && i < ninst; i++) {
        int phrase, col, off;
        rc = api->xInst(fc, i, &phrase, &col, &off);
        if (rc == SQLITE_OK && phrase >= 0 && phrase < nphrase)
            freq[phrase] += col < nval ? sqlite3_value_double(vals[col]) : 1.0;
    }
    if (rc == SQLITE_OK)
        sqlite3_result_blob(ctx, freq, nphrase * (int)sizeof *freq, sqlite3_free);
    else {
        sqlite3_free(freq);
        sqlite3_result_error_code(ctx, rc);
    }
}

/* The %_docsize blob is one varint (SQLite's encoding) per column. */
static void doclen_function(sqlite3_context *ctx, int nval, sqlite3_value **vals)
{
    (void)nval;
    const unsigned char *b = sqlite3_value_blob(vals[0]);
    int n = sqlite3_value_bytes(vals[0]);
    sqlite3_int64 total = 0;
    for (int i = 0; b && i < n;) {
        sqlite3_uint64 v = 0;
        int k = 0;
        for (; i < n && k < 8 && (b[i] & 0x80); k++)
            v = (v << 7) | (b[i++] & 0x7F);
        if (i < n)
            v = k == 8 ? (v << 8) | b[i++] : (v << 7) | b[i++];
        total += (sqlite3_int64)v;
    }
    sqlite3_result_int64(ctx, total);
}

/* amity_collect(fts, ?): hands every row matched to the collector bound
 * as its parameter, with its weighted counts when the collector asks for
 * them, and returns 0, so that a WHERE clause holding it lets no row out:
 * the whole pass is one step, with no row built or returned. The counts
 * are those amity_tf gives: the same instances, read phrase by phrase. */
static void collect_function(const Fts5ExtensionApi *api, Fts5Context *fc, sqlite3_context *ctx, int nval,
                             sqlite3_value **vals)
{
    struct am_fts_collect *c = nval > 0 ? sqlite3_value_pointer(vals[0], AM_FTS_COLLECT) : NULL;
    if (!c) {
        sqlite3_result_error(ctx, "amity_collect: no collector bound", -1);
        return;
    }
    int nphrase = api->xPhraseCount(fc);
    double *freq = c->row(c, api->xRowid(fc), nphrase);
    if (c->failed) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    int rc = SQLITE_OK;
    for (int i = 0; freq && rc == SQLITE_OK && i < nphrase; i++) {
        Fts5PhraseIter it;
        int col = 0, off = 0;
        double f = 0;
        rc = api->xPhraseFirst(fc, i, &it, &col, &off);
        for (; rc == SQLITE_OK && col >= 0; api->xPhraseNext(fc, &it, &col, &off))
            f += col < c->nweights ? c->weights[col] : 1.0;
        freq[i] = f;
    }
    if (rc == SQLITE_OK)
        sqlite3_result_int(ctx, 0);
    else
        sqlite3_result_error_code(ctx, rc);
}

static void want_function(sqlite3_context *ctx, int nval, sqlite3_value **vals)
{
    (void)nval;
    const struct am_fts_want *w = sqlite3_value_pointer(vals[0], AM_FTS_WANT);
    sqlite3_result_int(ctx, !w || w->has(w, sqlite3_value_int64(vals[1])));
}

int am_fts_register(sqlite3 *h)
{
    static fts5_tokenizer tok = {tok_create, tok_delete, tok_tokenize};
    fts5_api *api = NULL;
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(h, "SELECT fts5(?1)", -1, &st, NULL);
    if (rc == SQLITE_OK) {
        sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
        rc = sqlite3_step(st) == SQLITE_ROW ? SQLITE_OK : SQLITE_ERROR;
    }
    sqlite3_finalize(st);
    if (rc == SQLITE_OK && api)
        rc = api->xCreateTokenizer(api, "amity", NULL, &tok, NULL);
    if (rc == SQLITE_OK && api)
        rc = api->xCreateFunction(api, "amity_tf", NULL, tf_function, NULL);
    if (rc == SQLITE_OK && api)
        rc = api->xCreateFunction(api, "amity_collect", NULL, collect_function, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(h, "am_fts_doclen", 1,
                                        SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
                                        doclen_function, NULL, NULL, NULL);
    if (rc == SQLITE_OK) /* not deterministic: what it answers is the caller's */
        rc = sqlite3_create_function_v2(h, "amity_want", 2, SQLITE_UTF8, NULL, want_function, NULL,
                                        NULL, NULL);
    return api ? rc : SQLITE_ERROR;
}

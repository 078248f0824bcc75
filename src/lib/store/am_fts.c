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
    return uc_is_alnum(c) || uc_is_general_category(c, UC_CATEGORY_M) || c == 0x0640;
}

static int tok_tokenize(Fts5Tokenizer *t, void *ctx, int flags, const char *text, int n,
                        int (*emit)(void *, int, const char *, int, int, int))
{
    (void)t, (void)flags;
    struct am_buf folded;
    am_buf_init(&folded, 4096);
    const uint8_t *s = (const uint8_t *)text;
    int i = 0, rc = SQLITE_OK;
    while (i < n && rc == SQLITE_OK) {
        ucs4_t c;
        int k = u8_mbtouc(&c, s + i, (size_t)(n - i));
        if (k <= 0)
            k = 1;
        if (!word_char(c)) {
            i += k;
            continue;
        }
        int start = i;
        while (i < n) {
            k = u8_mbtouc(&c, s + i, (size_t)(n - i));
            if (k <= 0 || !word_char(c))
                break;
            i += k;
        }
        /* a word of marks alone folds to nothing: not a token */
        if (am_fold(text + start, (size_t)(i - start), &folded) == AM_OK && folded.len)
            rc = emit(ctx, 0, folded.data, (int)folded.len, start, i);
        if (i == start)
            i++;
    }
    am_buf_free(&folded);
    return rc;
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
    return api ? rc : SQLITE_ERROR;
}

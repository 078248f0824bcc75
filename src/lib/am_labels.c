#include "am_labels.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "util/am_blob.h"
#include "util/am_str.h"

struct row {
    const char *cell[AM_LANG_COUNT]; /* en, fr, it, uk, fa: the lang enum's order */
};

static struct row *rows;
static size_t nrows;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static int by_english(const void *a, const void *b)
{
    return strcmp(((const struct row *)a)->cell[AM_LANG_EN], ((const struct row *)b)->cell[AM_LANG_EN]);
}

/* Split the file once into rows over a private copy of it (the blob is
 * read-only). The first line names the columns. A row without its five
 * non-empty cells is left out rather than half used: its English shows,
 * and the unit test (test_labels) names it. */
static void load(void)
{
    const struct am_blob *b = am_blob_find(AM_LABELS_FILE);
    if (!b)
        return;
    char *text = malloc(b->len + 1);
    size_t cap = 0;
    for (size_t i = 0; i < b->len; i++)
        cap += b->data[i] == '\n';
    rows = calloc(cap + 1, sizeof *rows);
    if (!text || !rows) {
        free(text);
        free(rows);
        rows = NULL;
        return;
    }
    memcpy(text, b->data, b->len + 1);
    char *line = text, *end = text + b->len;
    bool header = true;
    while (line < end) {
        char *nl = memchr(line, '\n', (size_t)(end - line));
        char *stop = nl ? nl : end;
        *stop = '\0';
        if (stop > line && stop[-1] == '\r')
            stop[-1] = '\0';
        struct row r = {0};
        size_t n = 0;
        for (char *c = line; n < AM_LANG_COUNT;) {
            r.cell[n++] = c;
            char *tab = strchr(c, '\t');
            if (!tab)
                break;
            *tab = '\0';
            c = tab + 1;
        }
        bool full = n == AM_LANG_COUNT;
        for (size_t k = 0; full && k < n; k++)
            full = r.cell[k][0] != '\0';
        if (!header && full && line[0] != '#')
            rows[nrows++] = r;
        header = false;
        line = stop + 1;
    }
    /* text is kept: the rows point into it for the life of the process */
    qsort(rows, nrows, sizeof *rows, by_english);
}

const char *am_label_in(const char *en, enum am_lang l)
{
    if (!en || l == AM_LANG_EN || (unsigned)l >= AM_LANG_COUNT)
        return NULL;
    pthread_once(&once, load);
    struct row key = {.cell = {[AM_LANG_EN] = en}};
    const struct row *r = rows ? bsearch(&key, rows, nrows, sizeof *rows, by_english) : NULL;
    return r ? r->cell[l] : NULL;
}

/* The web UI's own wording of a few codes (web/js/ui.js, LABELS): the
 * English the translations are keyed by must be the English it shows. */
static const char *const spelled[][2] = {
    {"memorandum_of_understanding", "Memorandum of understanding (MoU)"},
    {"president_city", "President city"},
    {"smart_city", "Smart city"},
    {"sdg", "UN Sustainable Development Goals"},
    {"icc", "Intercultural Cities"},
    {"wego", "WeGO thematic areas"},
};

void am_choice_english(const char *value, char *out, size_t cap)
{
    if (!cap)
        return;
    out[0] = '\0';
    if (!value)
        return;
    for (size_t i = 0; i < sizeof spelled / sizeof spelled[0]; i++)
        if (strcmp(value, spelled[i][0]) == 0) {
            am_str_copy(out, cap, spelled[i][1]);
            return;
        }
    /* "over_200k" -> "Over 200,000", "under_15pct" -> "Under 15%": the
     * web's choiceText; only the shapes the schemas use */
    size_t n = 0;
    for (const char *p = value; *p && n + 1 < cap; p++) {
        if (*p >= '0' && *p <= '9' && (p[1] == 'k') && (p[2] == '\0' || p[2] == '_')) {
            out[n++] = *p;
            for (const char *z = ",000"; *z && n + 1 < cap; z++)
                out[n++] = *z;
            p++;
            continue;
        }
        if (*p >= '0' && *p <= '9' && strncmp(p + 1, "pct", 3) == 0 && (p[4] == '\0' || p[4] == '_')) {
            out[n++] = *p;
            if (n + 1 < cap)
                out[n++] = '%';
            p += 3;
            continue;
        }
        char ch = *p == '_' ? ' ' : *p;
        if (n == 0 && ch >= 'a' && ch <= 'z')
            ch = (char)(ch - 32);
        out[n++] = ch;
    }
    out[n] = '\0';
}

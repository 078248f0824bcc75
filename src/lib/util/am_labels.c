#include "am_labels.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "util/am_blob.h"
#include "util/am_str.h"

struct row {
    const char *cell[AM_LANG_COUNT]; /* en, fr, it, uk, fa: the lang enum's order */
    size_t file;                     /* which file it came from: the earlier wins */
};

static struct row *rows;
static size_t nrows;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static int by_english(const void *a, const void *b)
{
    return strcmp(((const struct row *)a)->cell[AM_LANG_EN], ((const struct row *)b)->cell[AM_LANG_EN]);
}

static int by_english_then_file(const void *a, const void *b)
{
    int d = by_english(a, b);
    size_t x = ((const struct row *)a)->file, y = ((const struct row *)b)->file;
    return d ? d : (x > y) - (x < y);
}

static size_t count_lines(const struct am_blob *b)
{
    size_t n = 1;
    for (size_t i = 0; i < b->len; i++)
        n += b->data[i] == '\n';
    return n;
}

/* The rows of one file, over a private copy of it (the blob is read-only;
 * the copy is kept for the life of the process: the rows point into it).
 * The first line names the columns. A row without its five non-empty cells
 * is left out rather than half used: its English shows, and the unit test
 * (test_labels) names it. */
static void load_file(const struct am_blob *b, size_t file)
{
    char *text = malloc(b->len + 1);
    if (!text)
        return;
    memcpy(text, b->data, b->len);
    text[b->len] = '\0';
    char *line = text, *end = text + b->len;
    bool header = true;
    while (line < end) {
        char *nl = memchr(line, '\n', (size_t)(end - line));
        char *stop = nl ? nl : end;
        *stop = '\0';
        if (stop > line && stop[-1] == '\r')
            stop[-1] = '\0';
        struct row r = {.file = file};
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
}

static void load(void)
{
    static const char *const files[] = {AM_LABELS_FILE, AM_TEXTS_FILE};
    const struct am_blob *b[2];
    size_t cap = 0;
    for (size_t i = 0; i < 2; i++) {
        b[i] = am_blob_find(files[i]);
        cap += b[i] ? count_lines(b[i]) : 0;
    }
    rows = calloc(cap + 1, sizeof *rows);
    if (!rows)
        return;
    for (size_t i = 0; i < 2; i++)
        if (b[i])
            load_file(b[i], i);
    qsort(rows, nrows, sizeof *rows, by_english_then_file);
}

const char *am_label_in(const char *en, enum am_lang l)
{
    if (!en || l == AM_LANG_EN || (unsigned)l >= AM_LANG_COUNT)
        return NULL;
    pthread_once(&once, load);
    struct row key = {.cell = {[AM_LANG_EN] = en}};
    const struct row *r = rows ? bsearch(&key, rows, nrows, sizeof *rows, by_english) : NULL;
    /* bsearch may land on any of equal rows: the first one read wins */
    while (r && r > rows && by_english(r - 1, r) == 0)
        r--;
    return r ? r->cell[l] : NULL;
}

const char *am_label(const char *en)
{
    const char *t = am_label_in(en, am_lang_current());
    return t ? t : en;
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

#define _GNU_SOURCE /* qsort_r */
#include "am_search.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "am_models.h"
#include "am_practice.h"
#include "am_practice_search.h"
#include "util/am_buf.h"
#include "util/am_fold.h"
#include "util/am_log.h"

/* ---- the reply ------------------------------------------------------------ */

static const char *const kinds[] = {"city", "network", "organisation", "practice", NULL};

static const struct am_field hit_fields[] = {
    {.name = "kind", .type = AM_T_ENUM, .flags = AM_F_READONLY, .values = kinds},
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_READONLY, .max = 300,
     .doc = "its name; a practice's title"},
    {.name = "detail", .type = AM_T_STRING, .flags = AM_F_READONLY, .max = 1000,
     .doc = "one short line telling it apart: a city's region, country and size; a network's "
            "acronym and members; an organisation's kind, city and country; a practice's city, "
            "country and years"},
    {.name = "matched", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE, .max = 300,
     .doc = "the other name of a city the words were found in, when its own name does not hold them "
            "(\"Москва\" for Moscow)"},
    {.name = "status", .type = AM_T_ENUM, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .values = am_practice_statuses,
     .doc = "a practice not published yet (shown only to who may see it): its state; else null"},
    {.name = "link", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .doc = "its page in the web UI (#/city/12); an organisation's is its city's page, or null "
            "when it has no city"},
    {.name = "api", .type = AM_T_STRING, .flags = AM_F_READONLY, .doc = "the record in this API"},
    {0},
};
static const struct am_schema hit_schema = {
    .name = "SearchHit", .doc = "A record found by the search box.", .fields = hit_fields};
static const struct am_field hit_item = {.name = "hit", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
                                         .object = &hit_schema};

static const struct am_field group_fields[] = {
    {.name = "kind", .type = AM_T_ENUM, .flags = AM_F_READONLY, .values = kinds},
    {.name = "label", .type = AM_T_STRING, .flags = AM_F_READONLY, .doc = "Cities, Networks..."},
    {.name = "items", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &hit_item,
     .max = AM_SEARCH_LIMIT_MAX, .doc = "the best first"},
    {.name = "more", .type = AM_T_BOOL, .flags = AM_F_READONLY,
     .doc = "more of this kind match than are listed"},
    {0},
};
static const struct am_schema group_schema = {
    .name = "SearchGroup", .doc = "The records of one kind found.", .fields = group_fields};
static const struct am_field group_item = {.name = "group", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
                                           .object = &group_schema};

static const struct am_field results_fields[] = {
    {.name = "groups", .type = AM_T_ARRAY, .flags = AM_F_READONLY, .item = &group_item, .max = 4,
     .doc = "cities, networks, organisations, practices: always the four, in this order"},
    AM_MODEL_FIELDS("the index of cities, networks and organisations (practices are searched as they are)"),
    {0},
};
const struct am_schema am_search_results = {
    .name = "SearchResults", .doc = "What the search box found, grouped by kind.",
    .fields = results_fields};

static const struct am_field query_fields[] = {
    {.name = "q", .type = AM_T_STRING, .flags = AM_F_REQUIRED, .max = 100,
     .doc = "words as typed, each the beginning of a word (folded: case, accents, Arabic/Persian "
            "letter forms)",
     .example = "koln"},
    {.name = "limit", .type = AM_T_INT, .min = 1, .max = AM_SEARCH_LIMIT_MAX,
     .doc = "of each kind, default 5"},
    {0},
};
const struct am_schema am_search_query = {.name = "SearchQuery", .doc = NULL, .fields = query_fields};

/* ---- folded words ----------------------------------------------------------- */

/* Is the word w[0..n) the beginning of a word of name? */
static bool begins_word(const char *name, const char *w, size_t n)
{
    for (const char *p = name; *p;) {
        size_t m = strcspn(p, " ");
        if (m >= n && memcmp(p, w, n) == 0)
            return true;
        p += m + (p[m] == ' ');
    }
    return false;
}

bool am_search_covers(const char *name, const char *query)
{
    for (const char *q = query; *q;) {
        size_t n = strcspn(q, " ");
        if (n && !begins_word(name, q, n))
            return false;
        q += n + (q[n] == ' ');
    }
    return true;
}

/* ---- the index ------------------------------------------------------------- */

/* Kinds in the index; practices have their own (am_practice_search). */
enum { K_CITY, K_NETWORK, K_ORG, NKINDS };

/* A network's or organisation's names (cities have none: they are most
 * of the docs, so the names are kept for the others only). */
struct named {
    uint32_t name, acronym; /* folded, offsets in names ("" at 0) */
};

/* The distinct words are kept front-coded (each word as the length it
 * shares with the one before and the rest), in blocks of WORD_BLOCK whose
 * first word is whole, so that a lookup seeks a block by its first word and
 * reads on from there: about half the bytes of the words kept whole with
 * an offset each (the real world's 290,000 words). */
enum { WORD_BLOCK = 16, SHARED_MAX = 255 };

/* Built by am_models (in the background in a server), then only read; the
 * index owns every array. */
struct sindex {
    int64_t *ids;               /* doc -> its record: cities largest first, networks, organisations */
    uint32_t *dword_at;         /* doc d's word numbers, ascending: dwords[dword_at[d] .. dword_at[d + 1]) */
    struct named *named;        /* doc start[K_NETWORK] + i: named[i] */
    size_t ndocs, start[NKINDS + 1]; /* kind k: docs start[k] .. start[k + 1] - 1 */
    /* the words, in byte order: a block's first word NUL-terminated, the
     * others as a byte (how much of the word before they share) and the
     * rest NUL-terminated; each followed by its number of docs (LEB128) */
    unsigned char *lex;
    uint32_t *block_at;         /* block -> offset in lex */
    uint32_t *block_post;       /* block -> offset in posts of its first word's docs (nblocks + 1) */
    size_t nwords, nblocks, longest, nlex; /* longest: bytes of the longest word */
    uint32_t *posts;            /* the docs of each word in turn, ascending */
    uint32_t *dwords;
    char *names;
};

static void index_free(void *p)
{
    struct sindex *x = p;
    if (!x)
        return;
    free(x->ids);
    free(x->dword_at);
    free(x->named);
    free(x->lex);
    free(x->block_at);
    free(x->block_post);
    free(x->posts);
    free(x->dwords);
    free(x->names);
    free(x);
}

static bool grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return true;
    size_t c = *cap ? *cap : 1024;
    while (c < need)
        c *= 2;
    void *q = realloc(*p, c * size);
    if (!q)
        return false;
    *p = q;
    *cap = c;
    return true;
}

/* While building: every (word, doc) pair, the word as an offset in text. */
struct pair {
    uint32_t word, doc;
};

struct build {
    struct am_db *db;
    struct sindex *x;
    struct am_buf text, names, fold;
    struct pair *pairs;
    size_t npairs, cap, ndocs_cap, nnamed, named_cap;
};

/* Caps: offsets into a build's text are 32-bit (the real world's words
 * take 5 MB); a name folds to far less than FOLD_MAX. */
enum { TEXT_MAX = 1u << 30, NAMES_MAX = 1u << 28, FOLD_MAX = 64 * 1024 };

static enum am_rc add_words(struct build *b, const char *folded, uint32_t doc, struct am_err *err)
{
    for (const char *p = folded; *p;) {
        size_t n = strcspn(p, " ");
        if (n) {
            if (!grow((void **)&b->pairs, &b->cap, b->npairs + 1, sizeof *b->pairs))
                return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
            b->pairs[b->npairs++] = (struct pair){(uint32_t)b->text.len, doc};
            am_buf_add(&b->text, p, n);
            am_buf_addc(&b->text, '\0');
        }
        p += n + (p[n] == ' ');
    }
    return b->text.err ? am_err_set(err, AM_ENOMEM, NULL, "the search index is too big") : AM_OK;
}

/* A doc; a named one (a network, an organisation) only after every city. */
static enum am_rc add_doc(struct build *b, int64_t id, const struct named *named, struct am_err *err)
{
    struct sindex *x = b->x;
    if (!grow((void **)&x->ids, &b->ndocs_cap, x->ndocs + 1, sizeof *x->ids))
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    if (named) {
        if (!grow((void **)&x->named, &b->named_cap, b->nnamed + 1, sizeof *x->named))
            return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
        x->named[b->nnamed++] = *named;
    }
    x->ids[x->ndocs++] = id;
    return AM_OK;
}

struct city_row {
    int64_t id, population;
    uint32_t doc;
};

static int by_size(const void *a, const void *b)
{
    const struct city_row *x = a, *y = b;
    if (x->population != y->population)
        return x->population < y->population ? 1 : -1;
    return (x->id > y->id) - (x->id < y->id);
}

static int by_id(const void *a, const void *b)
{
    const struct city_row *x = a, *y = b;
    return (x->id > y->id) - (x->id < y->id);
}

/* Cities, largest first (as the city search ranks them), with the words of
 * every name from city_key, where the city module keeps them folded. */
static enum am_rc build_cities(struct build *b, struct am_err *err)
{
    struct city_row *rows = NULL;
    size_t n = 0, cap = 0;
    struct am_stmt *st = NULL;
    bool row;
    enum am_rc rc = am_db_prepare(b->db, "SELECT id, ifnull(population, 0) FROM city", json_array(), &st, err);
    while (!rc && !(rc = am_stmt_step(st, &row, err)) && row) {
        if (!grow((void **)&rows, &cap, n + 1, sizeof *rows)) {
            rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
            break;
        }
        rows[n++] = (struct city_row){am_stmt_i64(st, 0), am_stmt_i64(st, 1), 0};
    }
    am_stmt_done(st);
    st = NULL;
    if (rc)
        goto out;
    if (n > 1)
        qsort(rows, n, sizeof *rows, by_size);
    for (size_t i = 0; i < n && !rc; i++) {
        rows[i].doc = (uint32_t)b->x->ndocs;
        rc = add_doc(b, rows[i].id, NULL, err);
    }
    if (rc)
        goto out;
    if (n > 1)
        qsort(rows, n, sizeof *rows, by_id);
    rc = am_db_prepare(b->db, "SELECT key, city_id FROM city_key", json_array(), &st, err);
    while (!rc && !(rc = am_stmt_step(st, &row, err)) && row) {
        struct city_row key = {.id = am_stmt_i64(st, 1)};
        const struct city_row *c = n ? bsearch(&key, rows, n, sizeof *rows, by_id) : NULL;
        const char *text = am_stmt_text(st, 0);
        if (c && text) /* a key of a city gone since the cities were read: left out */
            rc = add_words(b, text, c->doc, err);
    }
out:
    am_stmt_done(st);
    free(rows);
    return rc;
}

struct named_row {
    int64_t id;
    uint32_t name, acronym; /* folded, offsets in names */
    size_t len;
};

static int by_length(const void *a, const void *b)
{
    const struct named_row *x = a, *y = b;
    if (x->len != y->len)
        return x->len < y->len ? -1 : 1;
    return (x->id > y->id) - (x->id < y->id);
}

static uint32_t add_name(struct build *b, const char *text)
{
    if (!text || am_fold(text, strlen(text), &b->fold) != AM_OK || !b->fold.len)
        return 0;
    uint32_t at = (uint32_t)b->names.len;
    am_buf_add(&b->names, b->fold.data, b->fold.len + 1);
    return b->names.err ? 0 : at;
}

/* Networks (name and acronym) or organisations (name): the shorter the
 * name, the nearer a beginning typed is to the whole of it. */
static enum am_rc build_named(struct build *b, const char *sql, struct am_err *err)
{
    struct named_row *rows = NULL;
    size_t n = 0, cap = 0;
    struct am_stmt *st = NULL;
    bool row;
    enum am_rc rc = am_db_prepare(b->db, sql, json_array(), &st, err);
    while (!rc && !(rc = am_stmt_step(st, &row, err)) && row) {
        if (!grow((void **)&rows, &cap, n + 1, sizeof *rows)) {
            rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
            break;
        }
        uint32_t name = add_name(b, am_stmt_text(st, 1));
        uint32_t acronym = am_stmt_ncols(st) > 2 ? add_name(b, am_stmt_text(st, 2)) : 0;
        rows[n++] = (struct named_row){am_stmt_i64(st, 0), name, acronym, strlen(am_buf_str(&b->names) + name)};
    }
    am_stmt_done(st);
    if (!rc && b->names.err)
        rc = am_err_set(err, AM_ENOMEM, NULL, "the search index is too big");
    if (!rc && n > 1)
        qsort(rows, n, sizeof *rows, by_length);
    for (size_t i = 0; i < n && !rc; i++) {
        uint32_t doc = (uint32_t)b->x->ndocs;
        rc = add_doc(b, rows[i].id, &(struct named){rows[i].name, rows[i].acronym}, err);
        if (!rc)
            rc = add_words(b, am_buf_str(&b->names) + rows[i].name, doc, err);
        if (!rc)
            rc = add_words(b, am_buf_str(&b->names) + rows[i].acronym, doc, err);
    }
    free(rows);
    return rc;
}

static int by_word(const void *a, const void *b, void *ctx)
{
    const char *text = ctx;
    const struct pair *x = a, *y = b;
    int c = strcmp(text + x->word, text + y->word);
    return c ? c : (x->doc > y->doc) - (x->doc < y->doc);
}

static void add_varint(struct am_buf *b, uint32_t n)
{
    while (n >= 0x80) {
        am_buf_addc(b, (char)((n & 0x7f) | 0x80));
        n >>= 7;
    }
    am_buf_addc(b, (char)n);
}

static uint32_t read_varint(const unsigned char **p)
{
    uint32_t n = 0;
    for (unsigned shift = 0;; shift += 7) {
        unsigned char c = *(*p)++;
        n |= (uint32_t)(c & 0x7f) << shift;
        if (!(c & 0x80))
            return n;
    }
}

/* The distinct words (offsets in text, in byte order) front-coded into the
 * index's lex, with their numbers of docs (post_at: word w's docs are
 * posts[post_at[w] .. post_at[w + 1])). */
static enum am_rc front_code(struct sindex *x, const char *text, const uint32_t *word, const uint32_t *post_at,
                             size_t nw, struct am_err *err)
{
    struct am_buf lex;
    am_buf_init(&lex, TEXT_MAX);
    x->nblocks = (nw + WORD_BLOCK - 1) / WORD_BLOCK;
    x->block_at = malloc((x->nblocks ? x->nblocks : 1) * sizeof *x->block_at);
    x->block_post = malloc((x->nblocks + 1) * sizeof *x->block_post);
    if (!x->block_at || !x->block_post)
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    for (size_t k = 0; k < nw; k++) {
        const char *w = text + word[k];
        size_t len = strlen(w);
        x->longest = len > x->longest ? len : x->longest;
        if (k % WORD_BLOCK == 0) {
            x->block_at[k / WORD_BLOCK] = (uint32_t)lex.len;
            x->block_post[k / WORD_BLOCK] = post_at[k];
            am_buf_add(&lex, w, len + 1);
        } else {
            const char *prev = text + word[k - 1];
            size_t shared = 0;
            while (shared < SHARED_MAX && w[shared] && w[shared] == prev[shared])
                shared++;
            am_buf_addc(&lex, (char)shared);
            am_buf_add(&lex, w + shared, len - shared + 1);
        }
        add_varint(&lex, post_at[k + 1] - post_at[k]);
    }
    x->block_post[x->nblocks] = post_at[nw];
    size_t bytes = 0;
    x->lex = (unsigned char *)am_buf_take(&lex, &bytes);
    x->nlex = bytes;
    am_buf_free(&lex);
    if (!x->lex)
        return am_err_set(err, AM_ENOMEM, NULL, "the search index is too big");
    unsigned char *fit = realloc(x->lex, bytes + 1); /* the buffer's room to spare back */
    if (fit)
        x->lex = fit;
    return AM_OK;
}

/* The pairs, sorted, become the distinct words, each with its docs, and
 * each doc's list of its words. */
static enum am_rc invert(struct build *b, struct am_err *err)
{
    struct sindex *x = b->x;
    const char *text = am_buf_str(&b->text);
    enum am_rc rc = AM_OK;
    if (b->npairs > 1)
        qsort_r(b->pairs, b->npairs, sizeof *b->pairs, by_word, (void *)text);
    size_t nw = 0;
    for (size_t i = 0; i < b->npairs; i++)
        if (i == 0 || strcmp(text + b->pairs[i].word, text + b->pairs[i - 1].word) != 0)
            nw++;
    /* scratch, freed here: where each word is in text, where its docs begin */
    uint32_t *word = calloc(nw + 1, sizeof *word), *post_at = calloc(nw + 1, sizeof *post_at);
    x->posts = calloc(b->npairs + 1, sizeof *x->posts);
    x->dword_at = calloc(x->ndocs + 1, sizeof *x->dword_at);
    uint32_t *fill = calloc(x->ndocs + 1, sizeof *fill);
    if (!word || !post_at || !x->posts || !x->dword_at || !fill) {
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
        goto out;
    }
    size_t w = 0, np = 0;
    for (size_t i = 0; i < b->npairs; i++) {
        const char *s = text + b->pairs[i].word;
        bool fresh = i == 0 || strcmp(s, text + b->pairs[i - 1].word) != 0;
        if (fresh) {
            word[w] = b->pairs[i].word;
            post_at[w] = (uint32_t)np;
            w++;
        } else if (b->pairs[i].doc == b->pairs[i - 1].doc) {
            continue; /* a word twice in one doc */
        }
        x->posts[np++] = b->pairs[i].doc;
        x->dword_at[b->pairs[i].doc + 1]++;
    }
    x->nwords = nw;
    post_at[nw] = (uint32_t)np;
    uint32_t *fit = realloc(x->posts, (np + 1) * sizeof *x->posts); /* a word twice in a doc: room back */
    if (fit)
        x->posts = fit;
    if ((rc = front_code(x, text, word, post_at, nw, err)))
        goto out;
    x->dwords = malloc((np ? np : 1) * sizeof *x->dwords);
    if (!x->dwords) {
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
        goto out;
    }
    for (size_t d = 0; d < x->ndocs; d++)
        x->dword_at[d + 1] += x->dword_at[d];
    /* word numbers go in ascending, so each doc's list is sorted */
    for (size_t k = 0; k < nw; k++)
        for (uint32_t p = post_at[k]; p < post_at[k + 1]; p++) {
            uint32_t d = x->posts[p];
            x->dwords[x->dword_at[d] + fill[d]++] = (uint32_t)k;
        }
out:
    free(word);
    free(post_at);
    free(fill);
    return rc;
}

static void *index_build(struct am_db *db, const struct am_model_ctl *ctl, struct am_err *err)
{
    struct sindex *x = calloc(1, sizeof *x);
    if (!x) {
        am_err_set(err, AM_ENOMEM, NULL, "out of memory");
        return NULL;
    }
    (void)ctl; /* a fraction of a second: not worth stopping */
    struct build b = {.db = db, .x = x};
    am_buf_init(&b.text, TEXT_MAX);
    am_buf_init(&b.names, NAMES_MAX);
    am_buf_init(&b.fold, FOLD_MAX);
    am_buf_addc(&b.names, '\0'); /* offset 0: no name */
    enum am_rc rc = build_cities(&b, err);
    if (rc)
        goto out;
    x->start[K_NETWORK] = x->ndocs;
    rc = build_named(&b, "SELECT id, name, acronym FROM network", err);
    if (rc)
        goto out;
    x->start[K_ORG] = x->ndocs;
    rc = build_named(&b, "SELECT id, name FROM organisation", err);
    if (rc)
        goto out;
    x->start[NKINDS] = x->ndocs;
    rc = invert(&b, err);
    if (rc)
        goto out;
    x->names = am_buf_take(&b.names, NULL);
    if (!x->names)
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    /* the docs' room to what they hold */
    int64_t *fit = x->ndocs ? realloc(x->ids, x->ndocs * sizeof *x->ids) : NULL;
    if (fit)
        x->ids = fit;
    if (!rc) {
        size_t np = x->block_post[x->nblocks];
        am_log(AM_LOG_DEBUG,
               "search index: %zu docs (%zu bytes), %zu words (%zu bytes, %zu of blocks), %zu bytes of "
               "docs by word and as many of words by doc",
               x->ndocs, x->ndocs * (sizeof *x->ids + sizeof *x->dword_at) + b.nnamed * sizeof *x->named,
               x->nwords, x->nlex,
               x->nblocks * (sizeof *x->block_at + sizeof *x->block_post), (np + 1) * sizeof *x->posts);
    }
out:
    if (rc) {
        index_free(x);
        x = NULL;
    }
    free(b.pairs);
    am_buf_free(&b.text);
    am_buf_free(&b.names);
    am_buf_free(&b.fold);
    return x;
}

/* What the index is built from: a new city raises the largest id (no
 * trigger per row on the gazetteer's import); other changes bump the
 * counter. Read before the index, so that it is never older than this. */
static enum am_rc index_stamp(struct am_db *db, int64_t st[AM_STAMP], struct am_err *err)
{
    struct am_stmt *q = NULL;
    bool row = false;
    enum am_rc rc = am_db_prepare(db, "SELECT (SELECT n FROM search_generation WHERE id = 1), "
                                      "(SELECT ifnull(max(id), 0) FROM city)",
                                  json_array(), &q, err);
    if (!rc)
        rc = am_stmt_step(q, &row, err);
    if (!rc && !row)
        rc = am_err_set(err, AM_EDB, NULL, "no search generation");
    if (!rc) {
        st[0] = am_stmt_i64(q, 0);
        st[1] = am_stmt_i64(q, 1);
    }
    am_stmt_done(q);
    return rc;
}

const struct am_model_kind am_search_model = {
    .name = "search", .stamp = index_stamp, .build = index_build, .free = index_free};

/* ---- looking up ---------------------------------------------------------------- */

/* The words that begin with w[0..n): a run of word numbers [lo, hi), the
 * words being in byte order, and their docs, posts[plo .. phi). */
struct range {
    uint32_t lo, hi, plo, phi;
};

enum { MAX_WORDS = 64 };

/* Does word come before w[0..n) (or, with upto, not after it)? */
static bool before(const char *word, const char *w, size_t n, bool upto)
{
    int c = strncmp(word, w, n);
    return upto ? c <= 0 : c < 0;
}

/* The first word that does not come before w[0..n) (see before): its
 * number and where its docs begin in posts. buf holds the longest word. */
static void bound(const struct sindex *x, const char *w, size_t n, bool upto, char *buf, uint32_t *word,
                  uint32_t *post)
{
    size_t lo = 0, hi = x->nblocks;
    while (lo < hi) { /* the first block whose first word does not come before */
        size_t mid = lo + (hi - lo) / 2;
        if (before((const char *)x->lex + x->block_at[mid], w, n, upto))
            lo = mid + 1;
        else
            hi = mid;
    }
    *word = 0, *post = 0;
    if (lo == 0)
        return;
    /* in the block before it, after its first word, or that block's first */
    size_t k = (lo - 1) * WORD_BLOCK;
    uint32_t p = x->block_post[lo - 1];
    const unsigned char *at = x->lex + x->block_at[lo - 1];
    for (size_t i = 0; i < WORD_BLOCK && k < x->nwords; i++, k++) {
        size_t shared = i ? *at++ : 0, len = strlen((const char *)at);
        memcpy(buf + shared, at, len + 1);
        at += len + 1;
        if (!before(buf, w, n, upto))
            break;
        p += read_varint(&at);
    }
    *word = (uint32_t)k;
    *post = p;
}

static struct range prefix_range(const struct sindex *x, const char *w, size_t n, char *buf)
{
    struct range r;
    bound(x, w, n, false, buf, &r.lo, &r.plo);
    bound(x, w, n, true, buf, &r.hi, &r.phi);
    return r;
}

/* Has the doc a word in every range? Its words are sorted: the first at or
 * after a range's start tells. */
static bool has_all(const struct sindex *x, uint32_t doc, const struct range *r, size_t nr)
{
    const uint32_t *w = x->dwords + x->dword_at[doc];
    size_t n = x->dword_at[doc + 1] - x->dword_at[doc];
    for (size_t i = 0; i < nr; i++) {
        size_t lo = 0, hi = n;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (w[mid] < r[i].lo)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo == n || w[lo] >= r[i].hi)
            return false;
    }
    return true;
}

static int by_number(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* The first `want` docs of a kind, in the index's order, that have a word
 * in every range (want 0: all of them); a new array in *out (free it).
 *
 * Two ways: read the docs of the rarest word and try each; or try the
 * kind's docs in order until enough are found. A common beginning ("s")
 * makes the second quick (a match every few docs), a rare one ("mosk") the
 * first; which costs less is guessed from the number of docs of the rarest
 * word, as if its docs were spread evenly. */
static enum am_rc find(const struct sindex *x, int kind, const struct range *r, size_t nr, size_t want,
                       uint32_t **out, size_t *nout, struct am_err *err)
{
    uint32_t from = (uint32_t)x->start[kind], to = (uint32_t)x->start[kind + 1];
    size_t best = 0, cost = SIZE_MAX, n = 0, cap = 0;
    uint32_t *found = NULL;
    enum am_rc rc = AM_OK;
    for (size_t i = 0; i < nr; i++) {
        size_t c = r[i].phi - r[i].plo;
        if (c < cost) {
            cost = c;
            best = i;
        }
    }
    if (nr == 0 || cost == 0 || from == to)
        goto out;
    if (want && (double)want * (double)(to - from) / (double)cost < (double)cost) {
        for (uint32_t d = from; d < to && n < want; d++) {
            if (!has_all(x, d, r, nr))
                continue;
            if (!grow((void **)&found, &cap, n + 1, sizeof *found)) {
                rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
                goto out;
            }
            found[n++] = d;
        }
        goto out;
    }
    for (uint32_t p = r[best].plo; p < r[best].phi; p++) {
        uint32_t d = x->posts[p];
        if (d < from || d >= to || !has_all(x, d, r, nr))
            continue;
        if (!grow((void **)&found, &cap, n + 1, sizeof *found)) {
            rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
            goto out;
        }
        found[n++] = d;
    }
    /* each word's docs are in order, not the run of words': sorted, and a
     * doc with several words beginning alike once */
    if (n > 1)
        qsort(found, n, sizeof *found, by_number);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (k == 0 || found[k - 1] != found[i])
            found[k++] = found[i];
    n = want && k > want ? want : k;
out:
    if (rc) {
        free(found);
        found = NULL;
        n = 0;
    }
    *out = found;
    *nout = n;
    return rc;
}

/* ---- what was typed -------------------------------------------------------------- */

struct typed {
    const char *raw;      /* as typed */
    struct am_buf folded; /* by am_fold */
    size_t limit;
};

/* The run of words each folded word typed begins; false when one begins
 * none (then no record of any kind has them all). */
static bool ranges_of(const struct sindex *x, const char *folded, char *buf, struct range *r, size_t *nr)
{
    *nr = 0;
    for (const char *p = folded; *p && *nr < MAX_WORDS;) {
        size_t n = strcspn(p, " ");
        if (n) {
            r[*nr] = prefix_range(x, p, n, buf);
            if (r[*nr].lo == r[*nr].hi)
                return false;
            (*nr)++;
        }
        p += n + (p[n] == ' ');
    }
    return *nr > 0;
}

/* How near a network's or organisation's name is to what was typed: 0 the
 * name or acronym is it, 1 begins with it, 2 has its words elsewhere. */
static int nearness(const struct sindex *x, uint32_t doc, const char *q)
{
    const struct named *d = &x->named[doc - x->start[K_NETWORK]];
    const char *name = x->names + d->name, *acronym = x->names + d->acronym;
    size_t n = strlen(q);
    if (strcmp(name, q) == 0 || strcmp(acronym, q) == 0)
        return 0;
    if (strncmp(name, q, n) == 0 || (*acronym && strncmp(acronym, q, n) == 0))
        return 1;
    return 2;
}

struct near {
    int nearness;
    uint32_t doc;
};

static int by_nearness(const void *a, const void *b)
{
    const struct near *x = a, *y = b;
    if (x->nearness != y->nearness)
        return x->nearness - y->nearness;
    return (x->doc > y->doc) - (x->doc < y->doc);
}

/* The ids of the best limit + 1 of a kind (one more tells that there are
 * more), as a JSON array. */
static enum am_rc best_ids(const struct sindex *x, int kind, const struct range *r, size_t nr,
                           const struct typed *t, json_t *ids, struct am_err *err)
{
    uint32_t *docs = NULL;
    size_t n = 0;
    struct near *near = NULL;
    bool by_size = kind == K_CITY;
    enum am_rc rc = find(x, kind, r, nr, by_size ? t->limit + 1 : 0, &docs, &n, err);
    if (rc || n == 0)
        goto out;
    if (!by_size) {
        near = malloc(n * sizeof *near);
        if (!near) {
            rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
            goto out;
        }
        for (size_t i = 0; i < n; i++)
            near[i] = (struct near){nearness(x, docs[i], am_buf_str(&t->folded)), docs[i]};
        qsort(near, n, sizeof *near, by_nearness);
        for (size_t i = 0; i < n; i++)
            docs[i] = near[i].doc;
    }
    for (size_t i = 0; i < n && i <= t->limit; i++)
        json_array_append_new(ids, json_integer(x->ids[docs[i]]));
out:
    free(near);
    free(docs);
    return rc;
}

/* ---- the hits --------------------------------------------------------------------- */

/* 1234567 as "1,234,567". */
static void add_count(struct am_buf *b, int64_t n)
{
    char digits[24];
    int len = snprintf(digits, sizeof digits, "%lld", (long long)(n > 0 ? n : 0));
    for (int i = 0; i < len; i++) {
        if (i && (len - i) % 3 == 0)
            am_buf_addc(b, ',');
        am_buf_addc(b, digits[i]);
    }
}

/* Parts of a detail line: "a, b" within a part, " · " between parts. */
static void add_part(struct am_buf *b, const char *sep, const char *text)
{
    if (!text || !*text)
        return;
    if (b->len)
        am_buf_adds(b, sep);
    am_buf_adds(b, text);
}

static json_t *hit(const char *kind, int64_t id, const char *name, const struct am_buf *detail,
                   const char *matched, const char *status, const char *link, const char *api)
{
    return json_pack("{s:s,s:I,s:s,s:s,s:s?,s:s?,s:s?,s:s}", "kind", kind, "id", (json_int_t)id, "name",
                     name ? name : "", "detail", am_buf_str(detail), "matched", matched, "status", status,
                     "link", link, "api", api);
}

static const char *text_of(json_t *row, const char *field)
{
    return json_string_value(json_object_get(row, field));
}

/* The first other name of a city holding every word typed, when its own
 * name does not (what the city was found by). */
static const char *matched_name(json_t *row, const char *q, struct am_buf *fold)
{
    const char *name = text_of(row, "name"), *alts = text_of(row, "alt_names");
    if (!name || (am_fold(name, strlen(name), fold) == AM_OK && am_search_covers(am_buf_str(fold), q)))
        return NULL;
    json_t *list = alts ? json_loads(alts, 0, NULL) : NULL, *v;
    const char *found = NULL;
    size_t i;
    json_array_foreach(list, i, v) {
        const char *s = json_string_value(v);
        if (s && am_fold(s, strlen(s), fold) == AM_OK && am_search_covers(am_buf_str(fold), q)) {
            json_object_set_new(row, "_matched", json_string(s));
            found = text_of(row, "_matched");
            break;
        }
    }
    json_decref(list);
    return found;
}

enum { DETAIL_MAX = 4096, LINK_MAX = 64 };

static enum am_rc city_hits(struct am_db *db, json_t *ids, const struct typed *t, json_t *items,
                            struct am_err *err)
{
    json_t *rows = NULL, *id;
    size_t i;
    struct am_buf detail, fold;
    enum am_rc rc = am_db_rows_by_id(db, "SELECT c.id, c.name, c.region, c.population, c.alt_names, k.name AS country_name "
                                "FROM city c JOIN country k ON k.code = c.country "
                                "WHERE c.id IN (SELECT value FROM json_each(?))",
                            ids, &rows, err);
    if (rc)
        return rc;
    am_buf_init(&detail, DETAIL_MAX);
    am_buf_init(&fold, FOLD_MAX);
    json_array_foreach(ids, i, id) {
        json_t *r = am_row_of(rows, id);
        char link[LINK_MAX], api[LINK_MAX];
        if (!r) /* deleted since the index was read */
            continue;
        int64_t pop = json_integer_value(json_object_get(r, "population"));
        am_buf_reset(&detail);
        add_part(&detail, ", ", text_of(r, "region"));
        add_part(&detail, ", ", text_of(r, "country_name"));
        if (pop > 0) {
            am_buf_adds(&detail, detail.len ? " · " : "");
            add_count(&detail, pop);
            am_buf_adds(&detail, " inhabitants");
        }
        snprintf(link, sizeof link, "#/city/%lld", (long long)json_integer_value(id));
        snprintf(api, sizeof api, "/api/v1/cities/%lld", (long long)json_integer_value(id));
        json_array_append_new(items, hit("city", json_integer_value(id), text_of(r, "name"), &detail,
                                         matched_name(r, am_buf_str(&t->folded), &fold), NULL, link, api));
    }
    am_buf_free(&detail);
    am_buf_free(&fold);
    json_decref(rows);
    return AM_OK;
}

static enum am_rc network_hits(struct am_db *db, json_t *ids, json_t *items, struct am_err *err)
{
    json_t *rows = NULL, *id;
    size_t i;
    struct am_buf detail;
    /* members counted as the network's record counts them; a city's and an
     * organisation's apart, so that each count reads its own index
     * (membership has no index of network_id alone) */
    enum am_rc rc = am_db_rows_by_id(db, "SELECT n.id, n.name, n.acronym, "
                                "(SELECT count(*) FROM membership m WHERE m.network_id = n.id AND m.city_id "
                                "IS NOT NULL AND m.left_year IS NULL AND m.status = 'current') + "
                                "(SELECT count(*) FROM membership m WHERE m.network_id = n.id AND "
                                "m.organisation_id IS NOT NULL AND m.left_year IS NULL AND m.status = 'current') "
                                "AS members FROM network n WHERE n.id IN (SELECT value FROM json_each(?))",
                            ids, &rows, err);
    if (rc)
        return rc;
    am_buf_init(&detail, DETAIL_MAX);
    json_array_foreach(ids, i, id) {
        json_t *r = am_row_of(rows, id);
        char link[LINK_MAX], api[LINK_MAX];
        if (!r)
            continue;
        json_int_t members = json_integer_value(json_object_get(r, "members"));
        am_buf_reset(&detail);
        add_part(&detail, " · ", text_of(r, "acronym"));
        am_buf_adds(&detail, detail.len ? " · " : "");
        add_count(&detail, members);
        am_buf_adds(&detail, members == 1 ? " member" : " members");
        snprintf(link, sizeof link, "#/network/%lld", (long long)json_integer_value(id));
        snprintf(api, sizeof api, "/api/v1/networks/%lld", (long long)json_integer_value(id));
        json_array_append_new(items, hit("network", json_integer_value(id), text_of(r, "name"), &detail,
                                         NULL, NULL, link, api));
    }
    am_buf_free(&detail);
    json_decref(rows);
    return AM_OK;
}

static enum am_rc organisation_hits(struct am_db *db, json_t *ids, json_t *items, struct am_err *err)
{
    json_t *rows = NULL, *id;
    size_t i;
    struct am_buf detail, place;
    enum am_rc rc = am_db_rows_by_id(db, "SELECT o.id, o.name, replace(o.kind, '_', ' ') AS kind, o.city_id, "
                                "c.name AS city_name, k.name AS country_name FROM organisation o "
                                "LEFT JOIN city c ON c.id = o.city_id "
                                "LEFT JOIN country k ON k.code = coalesce(o.country, c.country) "
                                "WHERE o.id IN (SELECT value FROM json_each(?))",
                            ids, &rows, err);
    if (rc)
        return rc;
    am_buf_init(&detail, DETAIL_MAX);
    am_buf_init(&place, DETAIL_MAX);
    json_array_foreach(ids, i, id) {
        json_t *r = am_row_of(rows, id);
        char link[LINK_MAX], api[LINK_MAX];
        if (!r)
            continue;
        json_int_t city = json_integer_value(json_object_get(r, "city_id"));
        am_buf_reset(&detail);
        am_buf_reset(&place);
        add_part(&place, ", ", text_of(r, "city_name"));
        add_part(&place, ", ", text_of(r, "country_name"));
        add_part(&detail, " · ", text_of(r, "kind"));
        add_part(&detail, " · ", am_buf_str(&place));
        /* no page of its own in the web UI: its city's, which lists it */
        snprintf(link, sizeof link, "#/city/%lld", (long long)city);
        snprintf(api, sizeof api, "/api/v1/organisations/%lld", (long long)json_integer_value(id));
        json_array_append_new(items, hit("organisation", json_integer_value(id), text_of(r, "name"), &detail,
                                         NULL, NULL, city ? link : NULL, api));
    }
    am_buf_free(&detail);
    am_buf_free(&place);
    json_decref(rows);
    return AM_OK;
}

/* ---- practices: the library's own search ------------------------------------------- */

/* What was typed, as the practice search reads it: each word a beginning
 * (word*); its syntax (quotes, stars) left out, and OR, its operator, taken
 * as the word "or". Words are cut where it cuts them. */
static void practice_terms(const char *q, struct am_buf *out)
{
    am_buf_reset(out);
    for (const char *p = q; *p;) {
        p += strspn(p, " \t");
        size_t n = strcspn(p, " \t"), start = out->len, kept = 0;
        if (!n)
            break;
        if (out->len)
            am_buf_addc(out, ' ');
        size_t word = out->len;
        for (size_t i = 0; i < n; i++)
            if (p[i] != '"' && p[i] != '*') {
                am_buf_addc(out, p[i]);
                kept++;
            }
        if (!kept && !out->err) {
            out->len = start;
            out->data[start] = '\0';
        } else {
            if (kept == 2 && !out->err && memcmp(out->data + word, "OR", 2) == 0)
                memcpy(out->data + word, "or", 2);
            am_buf_addc(out, '*');
        }
        p += n;
    }
}

static int by_score(const void *a, const void *b)
{
    json_t *p = *(json_t *const *)a, *q = *(json_t *const *)b;
    double x = json_number_value(json_object_get(p, "score")), y = json_number_value(json_object_get(q, "score"));
    if (x != y)
        return (x < y) - (x > y);
    json_int_t i = json_integer_value(json_object_get(p, "_place")), j = json_integer_value(json_object_get(q, "_place"));
    return (i > j) - (i < j);
}

/* Published practices for everyone; for who is signed in, also those in
 * other states that the practice search lets them see (its rights, not a
 * copy of them), marked with their state. */
static enum am_rc practice_hits(struct am_db *db, const struct am_actor *who, const struct typed *t,
                                json_t *items, bool *more, struct am_err *err)
{
    static const char *const states[] = {"published", "submitted", "returned", "draft"};
    struct am_buf terms, detail;
    json_t *found = json_array(), *p;
    json_int_t total = 0;
    size_t i;
    enum am_rc rc = AM_OK;
    am_buf_init(&terms, FOLD_MAX);
    am_buf_init(&detail, DETAIL_MAX);
    practice_terms(t->raw, &terms);
    if (terms.err) {
        rc = am_err_set(err, AM_EBADREQ, "q", "q: too long");
        goto out;
    }
    for (size_t s = 0; terms.len && s < (am_actor_signed_in(who) ? 4u : 1u); s++) {
        json_t *res = NULL;
        json_t *q = json_pack("{s:s,s:I,s:s}", "q", am_buf_str(&terms), "limit", (json_int_t)t->limit,
                              "status", states[s]);
        rc = am_practice_search(db, who, q, &res, err);
        json_decref(q);
        if (rc)
            goto out;
        total += json_integer_value(json_object_get(res, "total"));
        json_array_extend(found, json_object_get(res, "items"));
        json_decref(res);
    }
    /* the published first on equal scores: qsort is not stable, so by place too */
    size_t n = json_array_size(found);
    json_t **list = malloc((n ? n : 1) * sizeof *list);
    if (!list) {
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
        goto out;
    }
    json_array_foreach(found, i, p) {
        json_object_set_new(p, "_place", json_integer((json_int_t)i));
        list[i] = p;
    }
    if (n > 1)
        qsort(list, n, sizeof *list, by_score);
    for (i = 0; i < n && i < t->limit; i++) {
        json_t *city = json_object_get(list[i], "city");
        const char *status = text_of(list[i], "status");
        json_int_t id = json_integer_value(json_object_get(list[i], "id"));
        json_int_t from = json_integer_value(json_object_get(list[i], "start_year"));
        char link[LINK_MAX], api[LINK_MAX], year[24];
        snprintf(year, sizeof year, "%lld", (long long)from);
        am_buf_reset(&detail);
        add_part(&detail, ", ", text_of(city, "name"));
        add_part(&detail, ", ", text_of(list[i], "country_name"));
        add_part(&detail, " · ", text_of(list[i], "period") ? text_of(list[i], "period") : from ? year : NULL);
        snprintf(link, sizeof link, "#/practice/%lld", (long long)id);
        snprintf(api, sizeof api, "/api/v1/practices/%lld", (long long)id);
        json_array_append_new(items, hit("practice", id, text_of(list[i], "title"), &detail, NULL,
                                         status && strcmp(status, "published") != 0 ? status : NULL, link,
                                         api));
    }
    free(list);
    *more = total > (json_int_t)t->limit;
out:
    json_decref(found);
    am_buf_free(&terms);
    am_buf_free(&detail);
    return rc;
}

/* ---- the search --------------------------------------------------------------------- */

static json_t *group(const char *kind, const char *label, json_t *items, bool more)
{
    return json_pack("{s:s,s:s,s:o,s:b}", "kind", kind, "label", label, "items", items, "more", more);
}

enum am_rc am_search(struct am_db *db, const struct am_actor *who, json_t *query, json_t **out,
                     struct am_err *err)
{
    static const char *const labels[] = {"Cities", "Networks", "Organisations", "Practices"};
    const char *q = json_string_value(json_object_get(query, "q"));
    json_t *jl = json_object_get(query, "limit");
    struct typed t = {.raw = q ? q : "", .limit = jl ? (size_t)json_integer_value(jl) : AM_SEARCH_LIMIT};
    json_t *ids[NKINDS] = {0}, *items[4] = {0};
    bool more[4] = {false};
    struct range r[MAX_WORDS];
    size_t nr = 0;
    struct am_model_use u = {0};
    char *buf = NULL;
    enum am_rc rc = AM_OK;
    if (t.limit < 1 || t.limit > AM_SEARCH_LIMIT_MAX)
        t.limit = AM_SEARCH_LIMIT;
    am_buf_init(&t.folded, FOLD_MAX);
    for (int k = 0; k < 4; k++)
        items[k] = json_array();
    for (int k = 0; k < NKINDS; k++)
        ids[k] = json_array();
    if (am_fold(t.raw, strlen(t.raw), &t.folded)) {
        rc = am_err_set(err, AM_EBADREQ, "q", "q: not UTF-8, or too long");
        goto out;
    }
    /* nothing searchable typed ("?!"): nothing found, the four groups empty */
    if (t.folded.len) {
        /* the index as it is, never waited for: none while the first one
         * is built (then the practices alone, and the reply says so) */
        if ((rc = am_model_get(db, &am_search_model, false, &u, err)))
            goto out;
        const struct sindex *x = u.model;
        /* room for a word of the index as it is read (the caller's) */
        if (x && !(buf = malloc(x->longest + 1))) {
            rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
            goto out;
        }
        if (x && ranges_of(x, am_buf_str(&t.folded), buf, r, &nr))
            for (int k = 0; k < NKINDS && !rc; k++)
                rc = best_ids(x, k, r, nr, &t, ids[k], err);
        if (rc)
            goto out;
        for (int k = 0; k < NKINDS; k++) {
            more[k] = json_array_size(ids[k]) > t.limit;
            if (more[k])
                json_array_remove(ids[k], t.limit);
        }
        rc = city_hits(db, ids[K_CITY], &t, items[0], err);
        if (!rc)
            rc = network_hits(db, ids[K_NETWORK], items[1], err);
        if (!rc)
            rc = organisation_hits(db, ids[K_ORG], items[2], err);
        if (!rc)
            rc = practice_hits(db, who, &t, items[3], &more[3], err);
        if (rc)
            goto out;
    }
    *out = json_pack("{s:[oooo]}", "groups", group(kinds[0], labels[0], items[0], more[0]),
                     group(kinds[1], labels[1], items[1], more[1]), group(kinds[2], labels[2], items[2], more[2]),
                     group(kinds[3], labels[3], items[3], more[3]));
    for (int k = 0; k < 4; k++) /* taken by the reply */
        items[k] = NULL;
    if (!*out)
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    else if (t.folded.len)
        am_model_mark(*out, &u);
    else /* nothing searchable typed: nothing looked up, nothing stale */
        json_object_update_new(*out, json_pack("{s:n,s:b}", "computed_at", "stale", 0));
out:
    free(buf);
    am_model_put(&u);
    for (int k = 0; k < 4; k++)
        json_decref(items[k]);
    for (int k = 0; k < NKINDS; k++)
        json_decref(ids[k]);
    am_buf_free(&t.folded);
    return rc;
}

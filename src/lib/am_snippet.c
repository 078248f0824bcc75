#include "am_snippet.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "store/am_fts.h"
#include "util/am_buf.h"

/* ---- the query: its phrases as folded words ------------------------------------ */

/* Bounds that keep a passage cheap whatever is typed or written: phrases
 * looked for (a search has a few), and matches weighed per text (the
 * passage is chosen among the first of them). */
enum { MAX_PHRASES = 64, MAX_MATCHES = 64 };

struct phrase {
    size_t first, n; /* its words in the query's word list */
    bool prefix;     /* its last word is a prefix */
};

struct am_snippet_query {
    struct am_buf folded; /* all words, back to back */
    size_t *start, *len;  /* each word's place in folded */
    size_t nwords, cap;
    struct phrase *phrases;
    size_t nphrases;
};

static int add_query_word(void *ctx, const char *w, size_t n, size_t start, size_t end)
{
    (void)start, (void)end;
    struct am_snippet_query *q = ctx;
    if (q->nwords == q->cap) {
        size_t cap = q->cap ? q->cap * 2 : 16;
        size_t *s = realloc(q->start, cap * sizeof *s);
        if (s)
            q->start = s;
        size_t *l = realloc(q->len, cap * sizeof *l);
        if (l)
            q->len = l;
        if (!s || !l)
            return 1;
        q->cap = cap;
    }
    q->start[q->nwords] = q->folded.len;
    q->len[q->nwords++] = n;
    return am_buf_add(&q->folded, w, n) ? 1 : 0;
}

void am_snippet_query_free(struct am_snippet_query *q)
{
    if (!q)
        return;
    am_buf_free(&q->folded);
    free(q->start);
    free(q->len);
    free(q->phrases);
    free(q);
}

struct am_snippet_query *am_snippet_query_new(const char *fts)
{
    struct am_snippet_query *q = calloc(1, sizeof *q);
    if (!q || !(q->phrases = calloc(MAX_PHRASES, sizeof *q->phrases))) {
        free(q);
        return NULL;
    }
    am_buf_init(&q->folded, 64 * 1024);
    for (const char *p = fts; q->nphrases < MAX_PHRASES && (p = strchr(p, '"'));) {
        const char *end = strchr(p + 1, '"');
        if (!end)
            break;
        struct phrase ph = {.first = q->nwords, .prefix = end[1] == '*'};
        if (am_fts_words(p + 1, (size_t)(end - p - 1), add_query_word, q)) {
            am_snippet_query_free(q);
            return NULL;
        }
        ph.n = q->nwords - ph.first;
        if (ph.n)
            q->phrases[q->nphrases++] = ph;
        p = end + 1;
    }
    return q;
}

/* ---- one text: its words, and where the phrases are ------------------------------ */

struct word {
    size_t fstart, flen; /* folded form, in the text's buffer */
    size_t start, end;   /* bytes in the text */
};

struct match {
    size_t first, last; /* words */
    size_t phrase;
};

struct scan {
    struct am_buf folded;
    struct word *w;
    size_t n, cap;
    struct match *m;
    size_t nm, mcap;
};

static int add_text_word(void *ctx, const char *f, size_t n, size_t start, size_t end)
{
    struct scan *s = ctx;
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 256;
        struct word *w = realloc(s->w, cap * sizeof *w);
        if (!w)
            return 1;
        s->w = w;
        s->cap = cap;
    }
    s->w[s->n++] = (struct word){s->folded.len, n, start, end};
    return am_buf_add(&s->folded, f, n) ? 1 : 0;
}

static bool word_is(const struct scan *s, size_t i, const struct am_snippet_query *q, size_t k,
                    bool prefix)
{
    const struct word *w = &s->w[i];
    size_t n = q->len[k];
    if (prefix ? w->flen < n : w->flen != n)
        return false;
    return memcmp(s->folded.data + w->fstart, q->folded.data + q->start[k], n) == 0;
}

static bool add_match(struct scan *s, struct match m)
{
    if (s->nm == s->mcap) {
        size_t cap = s->mcap ? s->mcap * 2 : 32;
        struct match *g = realloc(s->m, cap * sizeof *g);
        if (!g)
            return false;
        s->m = g;
        s->mcap = cap;
    }
    s->m[s->nm++] = m;
    return true;
}

static bool find_matches(struct scan *s, const struct am_snippet_query *q)
{
    for (size_t i = 0; i < s->n && s->nm < MAX_MATCHES; i++) {
        for (size_t p = 0; p < q->nphrases; p++) {
            const struct phrase *ph = &q->phrases[p];
            if (i + ph->n > s->n)
                continue;
            bool all = true;
            for (size_t k = 0; k < ph->n && all; k++)
                all = word_is(s, i + k, q, ph->first + k, ph->prefix && k + 1 == ph->n);
            if (all && !add_match(s, (struct match){i, i + ph->n - 1, p}))
                return false;
        }
    }
    return true;
}

/* ---- the best passage ---------------------------------------------------------- */

struct best {
    size_t text, first;       /* text, and its first word shown */
    size_t phrases, matches;  /* found in it */
    bool set;
};

/* Windows start a little before a match, so that it is read in context. */
enum { LEAD = 3 };

static void rate_windows(const struct scan *s, size_t text, size_t words, size_t nphrases,
                         struct best *best)
{
    bool seen[MAX_PHRASES];
    for (size_t i = 0; i < s->nm; i++) {
        size_t first = s->m[i].first > LEAD ? s->m[i].first - LEAD : 0;
        if (s->m[i].last + 1 > words && first < s->m[i].last + 1 - words)
            first = s->m[i].last + 1 - words; /* the match itself in view */
        if (s->n <= words)
            first = 0; /* all of it fits */
        else if (first > s->n - words)
            first = s->n - words;
        size_t end = first + words, phrases = 0, matches = 0;
        memset(seen, 0, nphrases * sizeof *seen);
        for (size_t k = 0; k < s->nm && s->m[k].first < end; k++) { /* in order of first */
            if (s->m[k].first < first || s->m[k].last >= end)
                continue;
            matches++;
            if (!seen[s->m[k].phrase]) {
                seen[s->m[k].phrase] = true;
                phrases++;
            }
        }
        bool better = !best->set || phrases > best->phrases ||
                      (phrases == best->phrases && matches > best->matches);
        if (better)
            *best = (struct best){text, first, phrases, matches, true};
    }
}

static void add_segment(json_t *arr, const char *s, size_t n, bool hit)
{
    if (n)
        json_array_append_new(arr, json_pack("{s:s%,s:b}", "text", s, n, "hit", hit));
}

static json_t *passage(const char *text, const struct scan *s, size_t first, size_t words)
{
    size_t last = first + words < s->n ? first + words - 1 : s->n - 1;
    json_t *arr = json_array();
    /* whole ends keep what is around their words ("a quote", a full stop.) */
    size_t at = first ? s->w[first].start : 0;
    size_t stop = last + 1 < s->n ? s->w[last].end : strlen(text);
    bool cut_before = first > 0;
    for (size_t k = 0; k < s->nm; k++) {
        const struct match *m = &s->m[k];
        if (m->first < first || m->last > last)
            continue;
        size_t a = s->w[m->first].start, b = s->w[m->last].end;
        if (b <= at) /* inside the hit before */
            continue;
        if (a < at)
            a = at;
        if (cut_before) {
            json_array_append_new(arr, json_pack("{s:s,s:b}", "text", "…", "hit", 0));
            cut_before = false;
        }
        add_segment(arr, text + at, a - at, false);
        add_segment(arr, text + a, b - a, true);
        at = b;
    }
    if (cut_before)
        json_array_append_new(arr, json_pack("{s:s,s:b}", "text", "…", "hit", 0));
    add_segment(arr, text + at, stop - at, false);
    if (last + 1 < s->n)
        json_array_append_new(arr, json_pack("{s:s,s:b}", "text", "…", "hit", 0));
    return arr;
}

static void scan_free(struct scan *s)
{
    am_buf_free(&s->folded);
    free(s->w);
    free(s->m);
    memset(s, 0, sizeof *s);
}

static bool scan_text(struct scan *s, const char *text, const struct am_snippet_query *q)
{
    memset(s, 0, sizeof *s);
    am_buf_init(&s->folded, 16 * 1024 * 1024);
    return am_fts_words(text, strlen(text), add_text_word, s) == 0 && find_matches(s, q);
}

json_t *am_snippet_of(const struct am_snippet_query *q, size_t n, size_t words, am_snippet_text_fn *text,
                      void *ctx)
{
    struct best best = {0};
    struct scan kept = {0}; /* the scan of the best text so far */
    const char *best_text = NULL;
    if (!q || !words)
        return NULL;
    /* an earlier text that holds every phrase is taken as it is: a title
     * or summary says more than a passage of the body */
    for (size_t t = 0; t < n && !(best.set && best.phrases == q->nphrases); t++) {
        struct scan s;
        const char *tt = text(ctx, t);
        if (!tt)
            continue;
        size_t before = best.set ? best.text : SIZE_MAX;
        if (scan_text(&s, tt, q))
            rate_windows(&s, t, words, q->nphrases, &best);
        if (best.set && best.text == t && before != t) {
            scan_free(&kept);
            kept = s;
            best_text = tt;
        } else {
            scan_free(&s);
        }
    }
    json_t *arr = best.set ? passage(best_text, &kept, best.first, words) : NULL;
    scan_free(&kept);
    return arr;
}

static const char *text_at(void *ctx, size_t i)
{
    return ((const char *const *)ctx)[i];
}

json_t *am_snippet(const struct am_snippet_query *q, const char *const *texts, size_t n, size_t words)
{
    return am_snippet_of(q, n, words, text_at, (void *)texts);
}

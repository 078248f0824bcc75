#include "am_practice_search.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "am_practice.h"
#include "util/am_buf.h"
#include "util/am_str.h"

static const char *const sorts[] = {"relevance", "year", NULL};

static const struct am_field query_fields[] = {
    {.name = "q", .type = AM_T_STRING, .max = 300,
     .doc = "words (all of them), \"a phrase\", a prefix*, OR between alternatives"},
    {.name = "topic", .type = AM_T_SLUG, .ref = "topic"},
    {.name = "country", .type = AM_T_COUNTRY},
    {.name = "city", .type = AM_T_ID},
    {.name = "year", .type = AM_T_INT, .min = 1900, .max = 2100,
     .doc = "practices running that year (from start to end, or ongoing)"},
    {.name = "network", .type = AM_T_ID},
    {.name = "language", .type = AM_T_STRING, .min = 2, .max = 2},
    {.name = "status", .type = AM_T_ENUM, .values = am_practice_statuses,
     .doc = "default published; others only for who may see them"},
    {.name = "sort", .type = AM_T_ENUM, .values = sorts,
     .doc = "relevance (default with q) or year (newest first)"},
    {.name = "limit", .type = AM_T_INT, .min = 1, .max = 100, .doc = "default 20"},
    {.name = "cursor", .type = AM_T_STRING, .max = 400},
    {0},
};
const struct am_schema am_practice_search_query = {"PracticeSearch", NULL, query_fields};

/* ---- the query ---------------------------------------------------------- */

static bool has_word(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80 || ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z') ||
            (s[i] >= '0' && s[i] <= '9'))
            return true;
    return false;
}

struct term {
    const char *s;
    size_t n;
    bool prefix, or_before;
};

/* Reads the next term of what someone typed; false at the end. An "OR"
 * between two terms marks the second. */
static bool next_term(const char **pp, struct term *t, bool *or_next)
{
    const char *p = *pp;
    for (;;) {
        while (*p == ' ' || *p == '\t')
            p++;
        if (!*p) {
            *pp = p;
            return false;
        }
        *t = (struct term){.s = p};
        if (*p == '"') {
            t->s = ++p;
            t->n = strcspn(p, "\"");
            p += t->n + (p[t->n] == '"');
        } else {
            t->n = strcspn(p, " \t");
            p += t->n;
            if (t->n == 2 && memcmp(t->s, "OR", 2) == 0) {
                *or_next = true;
                continue;
            }
            while (t->n && t->s[t->n - 1] == '*') {
                t->prefix = true;
                t->n--;
            }
        }
        if (!has_word(t->s, t->n))
            continue;
        *pp = p;
        return true;
    }
}

static void add_term(struct am_buf *out, const struct term *t)
{
    /* quoted, so that no word is read as FTS5 syntax; a quote inside is
     * dropped (it separates words anyway) */
    am_buf_addc(out, '"');
    for (size_t i = 0; i < t->n; i++)
        if (t->s[i] != '"')
            am_buf_addc(out, t->s[i]);
    am_buf_addc(out, '"');
    if (t->prefix)
        am_buf_addc(out, '*');
}

/* All terms must match, and a run joined by OR counts as one of them:
 * "a b OR c" is a AND (b OR c), so the run is bracketed (FTS5 binds OR
 * loosest of all, and takes no implicit AND before a bracket). */
enum am_rc am_practice_fts_query(const char *q, struct am_buf *out)
{
    am_buf_reset(out);
    struct term cur, nxt;
    bool or_next = false, have = next_term(&q, &cur, &or_next), in_run = false;
    cur.or_before = false;
    while (have) {
        or_next = false;
        bool more = next_term(&q, &nxt, &or_next);
        nxt.or_before = more && or_next;
        if (out->len)
            am_buf_adds(out, cur.or_before ? " OR " : " AND ");
        if (nxt.or_before && !in_run) {
            am_buf_addc(out, '(');
            in_run = true;
        }
        add_term(out, &cur);
        if (in_run && !nxt.or_before) {
            am_buf_addc(out, ')');
            in_run = false;
        }
        cur = nxt;
        have = more;
    }
    return out->err;
}

/* ---- the shared index ------------------------------------------------------- */

enum { F_TOPIC, F_COUNTRY, F_CITY, F_YEAR, F_NETWORK, F_LANGUAGE, NFACETS };
static const char *const facet_names[NFACETS] = {"topic", "country", "city", "year", "network",
                                                 "language"};

enum { S_DRAFT, S_SUBMITTED, S_PUBLISHED, S_RETURNED };

struct pdoc {
    int64_t id;
    int64_t city, network, author;
    int16_t first, last;   /* years it runs; 0 when not known */
    uint8_t status;
    uint16_t country;      /* index into idx->countries */
    uint16_t language;     /* index into idx->languages, 0: none */
    uint32_t topics;       /* offset into idx->topics */
    uint8_t ntopics;
};

struct pindex {
    pthread_rwlock_t lock;
    int64_t generation;
    bool built;
    struct pdoc *docs;
    size_t n;
    uint16_t *topics;      /* topic numbers of all docs, in doc order */
    json_t *topic_keys;    /* array: number -> topic id */
    json_t *labels[NFACETS]; /* value -> label */
    json_t *countries;     /* array: number -> code */
    json_t *languages;     /* array: number -> code ("" first) */
    /* for BM25: each doc's size in tokens (all columns), the number of rows
     * of the full-text index and their mean size */
    uint32_t *doclen;
    int64_t nrows;
    double avgdl;
    /* phrase -> number of rows holding it, filled as queries need them
     * (until the next change); under its own lock as readers fill it */
    pthread_mutex_t df_lock;
    json_t *df;
};

static void *index_make(void)
{
    struct pindex *x = calloc(1, sizeof *x);
    if (x) {
        pthread_rwlock_init(&x->lock, NULL);
        pthread_mutex_init(&x->df_lock, NULL);
        x->generation = -1;
    }
    return x;
}

static void index_clear(struct pindex *x)
{
    free(x->docs);
    free(x->topics);
    free(x->doclen);
    x->docs = NULL;
    x->topics = NULL;
    x->doclen = NULL;
    x->nrows = 0;
    x->avgdl = 0;
    json_decref(x->df);
    x->df = NULL;
    x->n = 0;
    json_decref(x->topic_keys);
    json_decref(x->countries);
    json_decref(x->languages);
    x->topic_keys = x->countries = x->languages = NULL;
    for (int f = 0; f < NFACETS; f++) {
        json_decref(x->labels[f]);
        x->labels[f] = NULL;
    }
    x->built = false;
}

static void index_drop(void *p)
{
    struct pindex *x = p;
    index_clear(x);
    pthread_rwlock_destroy(&x->lock);
    pthread_mutex_destroy(&x->df_lock);
    free(x);
}

static int current_year(void)
{
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    return tm.tm_year + 1900;
}

static uint16_t number_of(json_t *list, json_t *map, const char *value)
{
    json_t *n = json_object_get(map, value);
    if (n)
        return (uint16_t)json_integer_value(n);
    size_t k = json_array_size(list);
    json_array_append_new(list, json_string(value));
    json_object_set_new(map, value, json_integer((json_int_t)k));
    return (uint16_t)k;
}

static enum am_rc labels(struct am_db *db, struct pindex *x, struct am_err *err)
{
    static const char *const sql[NFACETS] = {
        "SELECT id AS v, label AS l FROM topic",
        "SELECT code AS v, name AS l FROM country WHERE code IN (SELECT country FROM practice)",
        "SELECT id AS v, name AS l FROM city WHERE id IN (SELECT city_id FROM practice)",
        NULL,
        "SELECT id AS v, coalesce(acronym, name) AS l FROM network WHERE id IN (SELECT network_id FROM practice)",
        NULL,
    };
    for (int f = 0; f < NFACETS; f++) {
        json_t *rows = NULL, *r;
        size_t i;
        x->labels[f] = json_object();
        if (!sql[f])
            continue;
        enum am_rc rc = am_db_all(db, sql[f], json_array(), &rows, err);
        if (rc)
            return rc;
        json_array_foreach(rows, i, r) {
            json_t *v = json_object_get(r, "v");
            char key[32];
            if (json_is_integer(v))
                snprintf(key, sizeof key, "%lld", (long long)json_integer_value(v));
            else
                am_str_copy(key, sizeof key, json_string_value(v));
            json_object_set(x->labels[f], key, json_object_get(r, "l"));
        }
        json_decref(rows);
    }
    return AM_OK;
}

static ssize_t find_doc(const struct pindex *x, int64_t id);

/* The sizes FTS5 keeps of its rows, read once per change rather than
 * looked up for every row a query matches. */
static enum am_rc doc_lengths(struct am_db *db, struct pindex *x, struct am_err *err)
{
    struct am_stmt *st = NULL;
    bool row;
    double total = 0;
    x->doclen = calloc(x->n ? x->n : 1, sizeof *x->doclen);
    x->df = json_object();
    enum am_rc rc = x->doclen && x->df ? AM_OK : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    if (!rc)
        rc = am_db_prepare(db, "SELECT id, am_fts_doclen(sz) FROM practice_fts_docsize", json_array(),
                           &st, err);
    while (!rc && !(rc = am_stmt_step(st, &row, err)) && row) {
        int64_t len = am_stmt_i64(st, 1);
        ssize_t d = find_doc(x, am_stmt_i64(st, 0));
        x->nrows++;
        total += (double)len;
        if (d >= 0)
            x->doclen[d] = len > UINT32_MAX ? UINT32_MAX : (uint32_t)len;
    }
    am_stmt_done(st);
    x->avgdl = x->nrows ? total / (double)x->nrows : 0;
    return rc;
}

static enum am_rc rebuild(struct am_db *db, struct pindex *x, int64_t generation, struct am_err *err)
{
    json_t *rows = NULL, *links = NULL;
    index_clear(x);
    enum am_rc rc = am_db_all(db, "SELECT id, status, country, city_id, network_id, author_id, "
                                  "start_year, end_year, ongoing, language FROM practice ORDER BY id",
                              json_array(), &rows, err);
    if (!rc)
        rc = am_db_all(db, "SELECT practice_id, topic_id FROM practice_topic ORDER BY practice_id",
                       json_array(), &links, err);
    if (rc) {
        json_decref(rows);
        return rc;
    }
    size_t n = json_array_size(rows);
    x->docs = calloc(n ? n : 1, sizeof *x->docs);
    x->topics = calloc(json_array_size(links) + 1, sizeof *x->topics);
    x->topic_keys = json_array();
    x->countries = json_array();
    x->languages = json_array();
    json_array_append_new(x->languages, json_string(""));
    json_t *topic_no = json_object(), *country_no = json_object(), *lang_no = json_object();
    json_object_set_new(lang_no, "", json_integer(0));
    int now = current_year();
    size_t t = 0, ntopics = 0;
    json_t *r;
    size_t i;
    json_array_foreach(rows, i, r) {
        struct pdoc *d = &x->docs[i];
        const char *status = json_string_value(json_object_get(r, "status"));
        const char *country = json_string_value(json_object_get(r, "country"));
        const char *lang = json_string_value(json_object_get(r, "language"));
        d->id = am_get_id(r, "id");
        d->city = am_get_id(r, "city_id");
        d->network = am_get_id(r, "network_id");
        d->author = am_get_id(r, "author_id");
        d->status = status[0] == 'd' ? S_DRAFT : status[0] == 's' ? S_SUBMITTED
                  : status[0] == 'p' ? S_PUBLISHED : S_RETURNED;
        d->country = number_of(x->countries, country_no, country ? country : "");
        d->language = lang ? number_of(x->languages, lang_no, lang) : 0;
        int start = (int)am_get_id(r, "start_year"), end = (int)am_get_id(r, "end_year");
        bool ongoing = am_get_id(r, "ongoing") != 0;
        d->first = (int16_t)start;
        d->last = (int16_t)(!start ? 0 : end ? end : ongoing ? (now > start ? now : start) : start);
        d->topics = (uint32_t)ntopics;
        /* the topic links are in practice order too */
        while (t < json_array_size(links) &&
               am_get_id(json_array_get(links, t), "practice_id") <= d->id) {
            json_t *l = json_array_get(links, t++);
            if (am_get_id(l, "practice_id") == d->id && d->ntopics < 255) {
                x->topics[ntopics++] =
                    number_of(x->topic_keys, topic_no, json_string_value(json_object_get(l, "topic_id")));
                d->ntopics++;
            }
        }
    }
    x->n = n;
    json_decref(topic_no);
    json_decref(country_no);
    json_decref(lang_no);
    json_decref(rows);
    json_decref(links);
    rc = labels(db, x, err);
    if (!rc)
        rc = doc_lengths(db, x, err);
    if (!rc) {
        x->generation = generation;
        x->built = true;
    }
    return rc;
}

/* The index, read-locked, as of the database's current generation. */
static struct pindex *index_get(struct am_db *db, struct am_err *err)
{
    struct pindex *x = am_db_shared(db, "practice-index", index_make, index_drop);
    int64_t gen = 0;
    if (!x) {
        am_err_set(err, AM_ENOMEM, NULL, "out of memory");
        return NULL;
    }
    if (am_db_i64(db, "SELECT n FROM practice_generation WHERE id = 1", json_array(), &gen, err))
        return NULL;
    pthread_rwlock_rdlock(&x->lock);
    if (x->built && x->generation == gen)
        return x;
    pthread_rwlock_unlock(&x->lock);
    pthread_rwlock_wrlock(&x->lock);
    enum am_rc rc = x->built && x->generation == gen ? AM_OK : rebuild(db, x, gen, err);
    pthread_rwlock_unlock(&x->lock);
    if (rc)
        return NULL;
    pthread_rwlock_rdlock(&x->lock);
    return x;
}

static void index_put(struct pindex *x)
{
    pthread_rwlock_unlock(&x->lock);
}

static ssize_t find_doc(const struct pindex *x, int64_t id)
{
    size_t lo = 0, hi = x->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (x->docs[mid].id < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < x->n && x->docs[lo].id == id ? (ssize_t)lo : -1;
}

/* ---- one search --------------------------------------------------------------- */

struct hit {
    uint32_t doc; /* index into docs */
    float score;
};

struct filters {
    bool on[NFACETS];
    int topic;           /* topic number, -1: none exists */
    uint16_t country, language;
    int64_t city, network;
    int year;
    uint8_t status;
};

static uint32_t failures(const struct pindex *x, const struct pdoc *d, const struct filters *f)
{
    uint32_t fail = 0;
    if (f->on[F_TOPIC]) {
        bool has = false;
        for (uint8_t k = 0; k < d->ntopics && !has; k++)
            has = (int)x->topics[d->topics + k] == f->topic;
        if (!has)
            fail |= 1u << F_TOPIC;
    }
    if (f->on[F_COUNTRY] && d->country != f->country)
        fail |= 1u << F_COUNTRY;
    if (f->on[F_CITY] && d->city != f->city)
        fail |= 1u << F_CITY;
    if (f->on[F_YEAR] && !(d->first && d->first <= f->year && f->year <= d->last))
        fail |= 1u << F_YEAR;
    if (f->on[F_NETWORK] && d->network != f->network)
        fail |= 1u << F_NETWORK;
    if (f->on[F_LANGUAGE] && d->language != f->language)
        fail |= 1u << F_LANGUAGE;
    return fail;
}

static bool visible(const struct am_actor *who, const struct pdoc *d, uint8_t status)
{
    if (d->status != status)
        return false;
    if (status == S_PUBLISHED || am_actor_is_admin(who))
        return true;
    return am_actor_covers_network(who, d->network) || am_actor_covers_city(who, d->city) ||
           (who->user_id && d->author == who->user_id);
}

/* Counts of the values of one facet, as a sorted array of {value, label, count}. */
struct counter {
    json_t *counts; /* value -> count */
};

static void count(struct counter *c, const char *value)
{
    json_t *n = json_object_get(c->counts, value);
    if (n)
        json_integer_set(n, json_integer_value(n) + 1);
    else
        json_object_set_new(c->counts, value, json_integer(1));
}

static void count_doc(const struct pindex *x, const struct pdoc *d, int facet, struct counter *c)
{
    char v[32];
    switch (facet) {
    case F_TOPIC:
        for (uint8_t k = 0; k < d->ntopics; k++)
            count(c, json_string_value(json_array_get(x->topic_keys, x->topics[d->topics + k])));
        break;
    case F_COUNTRY: {
        const char *cc = json_string_value(json_array_get(x->countries, d->country));
        if (cc && *cc)
            count(c, cc);
        break;
    }
    case F_CITY:
    case F_NETWORK: {
        int64_t id = facet == F_CITY ? d->city : d->network;
        if (id) {
            snprintf(v, sizeof v, "%lld", (long long)id);
            count(c, v);
        }
        break;
    }
    case F_YEAR:
        for (int y = d->first; d->first && y <= d->last; y++) {
            snprintf(v, sizeof v, "%d", y);
            count(c, v);
        }
        break;
    case F_LANGUAGE:
        if (d->language)
            count(c, json_string_value(json_array_get(x->languages, d->language)));
        break;
    }
}

static int by_count(const void *a, const void *b)
{
    json_t *x = *(json_t *const *)a, *y = *(json_t *const *)b;
    json_int_t cx = json_integer_value(json_object_get(x, "count"));
    json_int_t cy = json_integer_value(json_object_get(y, "count"));
    if (cx != cy)
        return cx < cy ? 1 : -1;
    return strcmp(json_string_value(json_object_get(x, "label")),
                  json_string_value(json_object_get(y, "label")));
}

static int by_value_desc(const void *a, const void *b)
{
    json_t *x = *(json_t *const *)a, *y = *(json_t *const *)b;
    return -strcmp(json_string_value(json_object_get(x, "value")),
                   json_string_value(json_object_get(y, "value")));
}

enum { FACET_TOP = 30 };

static json_t *facet_json(const struct pindex *x, int facet, struct counter *c, const char *selected)
{
    size_t n = json_object_size(c->counts), k = 0;
    json_t **items = calloc(n + 1, sizeof *items);
    const char *v;
    json_t *cnt;
    bool have_selected = false;
    json_object_foreach(c->counts, v, cnt) {
        json_t *label = json_object_get(x->labels[facet], v);
        items[k++] = json_pack("{s:s,s:s,s:O}", "value", v, "label", json_is_string(label)
                               ? json_string_value(label) : v, "count", cnt);
        have_selected = have_selected || (selected && strcmp(v, selected) == 0);
    }
    qsort(items, k, sizeof *items, facet == F_YEAR ? by_value_desc : by_count);
    json_t *arr = json_array();
    for (size_t i = 0; i < k; i++) {
        /* the values with most practices; years all; a chosen value always */
        bool chosen = selected && strcmp(json_string_value(json_object_get(items[i], "value")), selected) == 0;
        if (i < FACET_TOP || facet == F_YEAR || chosen)
            json_array_append(arr, items[i]);
        json_decref(items[i]);
    }
    if (selected && !have_selected) {
        json_t *label = json_object_get(x->labels[facet], selected);
        json_array_append_new(arr, json_pack("{s:s,s:s,s:i}", "value", selected, "label",
                                             json_is_string(label) ? json_string_value(label) : selected,
                                             "count", 0));
    }
    free(items);
    return arr;
}

static enum am_rc read_filters(const struct pindex *x, json_t *q, struct filters *f,
                               const char *selected[NFACETS], char bufs[NFACETS][32])
{
    json_t *v;
    memset(f, 0, sizeof *f);
    for (int i = 0; i < NFACETS; i++)
        selected[i] = NULL;
    f->topic = -1;
    if ((v = json_object_get(q, "topic"))) {
        f->on[F_TOPIC] = true;
        selected[F_TOPIC] = json_string_value(v);
        for (size_t k = 0; k < json_array_size(x->topic_keys); k++)
            if (strcmp(json_string_value(json_array_get(x->topic_keys, k)), selected[F_TOPIC]) == 0)
                f->topic = (int)k;
    }
    if ((v = json_object_get(q, "country"))) {
        f->on[F_COUNTRY] = true;
        selected[F_COUNTRY] = json_string_value(v);
        f->country = UINT16_MAX;
        for (size_t k = 0; k < json_array_size(x->countries); k++)
            if (strcmp(json_string_value(json_array_get(x->countries, k)), selected[F_COUNTRY]) == 0)
                f->country = (uint16_t)k;
    }
    if ((v = json_object_get(q, "language"))) {
        f->on[F_LANGUAGE] = true;
        selected[F_LANGUAGE] = json_string_value(v);
        f->language = UINT16_MAX;
        for (size_t k = 1; k < json_array_size(x->languages); k++)
            if (strcmp(json_string_value(json_array_get(x->languages, k)), selected[F_LANGUAGE]) == 0)
                f->language = (uint16_t)k;
    }
    const int idf[] = {F_CITY, F_NETWORK, F_YEAR};
    const char *names[] = {"city", "network", "year"};
    for (int k = 0; k < 3; k++) {
        if (!(v = json_object_get(q, names[k])))
            continue;
        f->on[idf[k]] = true;
        snprintf(bufs[idf[k]], 32, "%lld", (long long)json_integer_value(v));
        selected[idf[k]] = bufs[idf[k]];
        if (idf[k] == F_CITY)
            f->city = json_integer_value(v);
        else if (idf[k] == F_NETWORK)
            f->network = json_integer_value(v);
        else
            f->year = (int)json_integer_value(v);
    }
    const char *status = json_string_value(json_object_get(q, "status"));
    f->status = !status ? S_PUBLISHED : status[0] == 'd' ? S_DRAFT : status[0] == 's' ? S_SUBMITTED
              : status[0] == 'p' ? S_PUBLISHED : S_RETURNED;
    return AM_OK;
}

/* All matches of the text query, with their scores (BM25, negated: higher
 * is better), as positions in the index. */
/* BM25 as FTS5's bm25() computes it (k1 1.2, b 0.75, the title weighing
 * 10, the summary 3, the rest 1), from amity_tf's weighted counts, the
 * sizes kept in the index and each phrase's number of rows. */
static const double K1 = 1.2, B = 0.75;
#define WEIGHTS "10.0, 3.0, 1.0"

/* The phrases of an expression built by am_practice_fts_query, in order:
 * each is a quoted run, a '*' after it makes it a prefix. */
static json_t *phrases_of(const char *fts)
{
    json_t *list = json_array();
    for (const char *p = fts; (p = strchr(p, '"'));) {
        const char *end = strchr(p + 1, '"');
        if (!end)
            break;
        end += 1 + (end[1] == '*');
        json_array_append_new(list, json_stringn(p, (size_t)(end - p)));
        p = end;
    }
    return list;
}

static enum am_rc phrase_rows(struct am_db *db, struct pindex *x, const char *phrase, int64_t *n,
                              struct am_err *err)
{
    pthread_mutex_lock(&x->df_lock);
    json_t *v = json_object_get(x->df, phrase);
    *n = v ? json_integer_value(v) : -1;
    pthread_mutex_unlock(&x->df_lock);
    if (*n >= 0)
        return AM_OK;
    enum am_rc rc = am_db_i64(db, "SELECT count(*) FROM practice_fts WHERE practice_fts MATCH ?",
                              json_pack("[s]", phrase), n, err);
    if (!rc) {
        pthread_mutex_lock(&x->df_lock);
        json_object_set_new(x->df, phrase, json_integer(*n));
        pthread_mutex_unlock(&x->df_lock);
    }
    return rc;
}

static double idf(int64_t nrows, int64_t rows_with)
{
    double v = log(((double)nrows - (double)rows_with + 0.5) / ((double)rows_with + 0.5));
    return v > 0 ? v : 1e-6;
}

/* The exact bm25() of FTS5, row by row: for expressions whose phrases
 * cannot be told apart from the text (none that amity writes, so far). */
static enum am_rc fts5_scores(struct am_db *db, const struct pindex *x, const char *fts,
                              struct hit *h, size_t n, struct am_err *err)
{
    struct am_stmt *st = NULL;
    bool row;
    size_t k = 0;
    enum am_rc rc = am_db_prepare(db, "SELECT rowid, bm25(practice_fts, " WEIGHTS ") FROM practice_fts "
                                      "WHERE practice_fts MATCH ?",
                                  json_pack("[s]", fts), &st, err);
    while (!rc && !(rc = am_stmt_step(st, &row, err)) && row && k < n) {
        ssize_t d = find_doc(x, am_stmt_i64(st, 0));
        if (d >= 0 && (uint32_t)d == h[k].doc)
            h[k++].score = (float)-am_stmt_double(st, 1);
    }
    am_stmt_done(st);
    return rc;
}

struct matches {
    struct hit *h;
    double *freq; /* nphrase per hit */
    size_t n, cap;
    int nphrase;
    int64_t rows; /* rows matched, indexed or not */
};

static enum am_rc add_match(struct matches *m, uint32_t doc, const void *blob, size_t bytes,
                            struct am_err *err)
{
    if (m->nphrase < 0)
        m->nphrase = (int)(bytes / sizeof(double));
    if (m->n == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 256;
        struct hit *h = realloc(m->h, cap * sizeof *h);
        if (h)
            m->h = h;
        double *f = realloc(m->freq, cap * (size_t)(m->nphrase ? m->nphrase : 1) * sizeof *f);
        if (f)
            m->freq = f;
        if (!h || !f)
            return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
        m->cap = cap;
    }
    m->h[m->n] = (struct hit){doc, 0};
    if (bytes == (size_t)m->nphrase * sizeof(double) && m->nphrase)
        memcpy(m->freq + m->n * (size_t)m->nphrase, blob, bytes);
    else if (m->nphrase)
        memset(m->freq + m->n * (size_t)m->nphrase, 0, (size_t)m->nphrase * sizeof(double));
    m->n++;
    return AM_OK;
}

static enum am_rc score_matches(struct am_db *db, struct pindex *x, const char *fts, struct matches *m,
                                struct am_err *err)
{
    json_t *phrases = phrases_of(fts);
    enum am_rc rc = AM_OK;
    if ((int)json_array_size(phrases) != m->nphrase) {
        json_decref(phrases);
        return fts5_scores(db, x, fts, m->h, m->n, err);
    }
    double *w = calloc((size_t)(m->nphrase ? m->nphrase : 1), sizeof *w);
    if (!w)
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    for (int i = 0; !rc && i < m->nphrase; i++) {
        /* one phrase: its rows are the rows matched */
        int64_t rows = m->rows;
        if (m->nphrase > 1)
            rc = phrase_rows(db, x, json_string_value(json_array_get(phrases, (size_t)i)), &rows, err);
        w[i] = idf(x->nrows, rows);
    }
    for (size_t k = 0; !rc && k < m->n; k++) {
        double len = (double)x->doclen[m->h[k].doc];
        double norm = K1 * (1 - B + B * len / (x->avgdl > 0 ? x->avgdl : 1));
        double score = 0;
        const double *f = m->freq + k * (size_t)m->nphrase;
        for (int i = 0; i < m->nphrase; i++)
            score += w[i] * (f[i] * (K1 + 1)) / (f[i] + norm);
        m->h[k].score = (float)score;
    }
    free(w);
    json_decref(phrases);
    return rc;
}

/* Every practice the expression matches, with its BM25 score. */
static enum am_rc text_hits(struct am_db *db, struct pindex *x, const char *fts, struct hit **out,
                            size_t *n, struct am_err *err)
{
    struct am_stmt *st = NULL;
    struct matches m = {.nphrase = -1};
    bool row;
    enum am_rc rc = am_db_prepare(db, "SELECT rowid, amity_tf(practice_fts, " WEIGHTS ") FROM practice_fts "
                                      "WHERE practice_fts MATCH ?",
                                  json_pack("[s]", fts), &st, err);
    while (!rc && !(rc = am_stmt_step(st, &row, err)) && row) {
        m.rows++;
        ssize_t d = find_doc(x, am_stmt_i64(st, 0));
        size_t bytes;
        const void *blob = am_stmt_blob(st, 1, &bytes);
        if (d >= 0)
            rc = add_match(&m, (uint32_t)d, blob, bytes, err);
    }
    am_stmt_done(st);
    if (rc == AM_EDB || rc == AM_EINVAL)
        rc = am_err_set(err, AM_EBADREQ, "q", "q: cannot be searched as written");
    if (!rc && m.n)
        rc = score_matches(db, x, fts, &m, err);
    free(m.freq);
    if (rc) {
        free(m.h);
        return rc;
    }
    *out = m.h;
    *n = m.n;
    return AM_OK;
}

static const struct pdoc *sort_docs;

static int by_score(const void *a, const void *b)
{
    const struct hit *x = a, *y = b;
    if (x->score != y->score)
        return x->score < y->score ? 1 : -1;
    return (sort_docs[x->doc].id > sort_docs[y->doc].id) - (sort_docs[x->doc].id < sort_docs[y->doc].id);
}

static int by_year(const void *a, const void *b)
{
    const struct pdoc *x = &sort_docs[((const struct hit *)a)->doc];
    const struct pdoc *y = &sort_docs[((const struct hit *)b)->doc];
    if (x->first != y->first)
        return x->first < y->first ? 1 : -1;
    return (x->id < y->id) - (x->id > y->id);
}

/* Snippet text with \x01..\x02 around hits -> [{text, hit}]. */
static json_t *segments(const char *s)
{
    json_t *arr = json_array();
    bool hit = false;
    while (s && *s) {
        size_t n = strcspn(s, "\x01\x02");
        if (n)
            json_array_append_new(arr, json_pack("{s:s%,s:b}", "text", s, n, "hit", hit));
        s += n;
        if (*s)
            hit = *s++ == '\x01';
    }
    return arr;
}

static enum am_rc page_records(struct am_db *db, const struct am_actor *who, const char *fts,
                               const struct pindex *x, const struct hit *h, size_t n, json_t *items,
                               struct am_err *err)
{
    enum am_rc rc = AM_OK;
    json_t *snips = json_object();
    if (fts && n) {
        struct am_sql q;
        am_sql_init(&q);
        am_sql_addv(&q, "SELECT rowid, snippet(practice_fts, -1, X'01', X'02', '…', 24) AS s FROM "
                        "practice_fts WHERE practice_fts MATCH ? AND rowid IN (", json_string(fts));
        for (size_t i = 0; i < n; i++)
            am_sql_addv(&q, i ? ", ?" : "?", json_integer(x->docs[h[i].doc].id));
        am_sql_add(&q, ")");
        json_t *rows = NULL;
        rc = am_db_all(db, am_sql_text(&q), am_sql_args(&q), &rows, err);
        am_sql_free(&q);
        size_t i;
        json_t *r;
        json_array_foreach(rows, i, r) {
            char key[24];
            snprintf(key, sizeof key, "%lld", (long long)am_get_id(r, "rowid"));
            json_object_set(snips, key, json_object_get(r, "s"));
        }
        json_decref(rows);
    }
    for (size_t i = 0; !rc && i < n; i++) {
        char key[24];
        json_t *p = NULL;
        snprintf(key, sizeof key, "%lld", (long long)x->docs[h[i].doc].id);
        rc = am_practice_resource.get(db, key, &p, err);
        if (rc)
            break;
        am_practice_redact(who, p);
        json_t *s = json_object_get(snips, key);
        if (s)
            json_object_set_new(p, "snippet", segments(json_string_value(s)));
        if (fts)
            json_object_set_new(p, "score", json_real(h[i].score));
        json_array_append_new(items, p);
    }
    json_decref(snips);
    return rc;
}

enum am_rc am_practice_search(struct am_db *db, const struct am_actor *who, json_t *query,
                              json_t **out, struct am_err *err)
{
    struct am_buf fts;
    am_buf_init(&fts, 4096);
    const char *q = json_string_value(json_object_get(query, "q"));
    if (q && am_practice_fts_query(q, &fts))
        return am_err_set(err, AM_EBADREQ, "q", "q: too long");
    bool text = fts.len > 0;
    bool nothing = q && !text; /* words that fold to nothing find nothing */
    json_t *status = json_object_get(query, "status");
    if (status && strcmp(json_string_value(status), "published") != 0 && !am_actor_signed_in(who)) {
        am_buf_free(&fts);
        return am_err_set(err, AM_EAUTH, "status", "status: sign in to see unpublished practices");
    }
    struct pindex *x = index_get(db, err);
    if (!x) {
        am_buf_free(&fts);
        return err && err->rc ? err->rc : AM_EDB;
    }
    struct hit *h = NULL;
    size_t n = 0;
    enum am_rc rc = AM_OK;
    if (text) {
        rc = text_hits(db, x, am_buf_str(&fts), &h, &n, err);
    } else if (!nothing) {
        h = malloc((x->n ? x->n : 1) * sizeof *h);
        for (size_t i = 0; h && i < x->n; i++)
            h[n++] = (struct hit){(uint32_t)i, 0};
        if (!h)
            rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    }
    struct filters f;
    const char *selected[NFACETS];
    char bufs[NFACETS][32];
    struct counter counters[NFACETS];
    for (int k = 0; k < NFACETS; k++)
        counters[k].counts = json_object();
    if (!rc)
        read_filters(x, query, &f, selected, bufs);
    /* one pass: a document counts for a facet when it passes every other
     * filter, and is a result when it passes them all */
    size_t kept = 0;
    for (size_t i = 0; !rc && i < n; i++) {
        const struct pdoc *d = &x->docs[h[i].doc];
        if (!visible(who, d, f.status))
            continue;
        uint32_t fail = failures(x, d, &f);
        for (int k = 0; k < NFACETS; k++)
            if ((fail & ~(1u << k)) == 0)
                count_doc(x, d, k, &counters[k]);
        if (!fail)
            h[kept++] = h[i];
    }
    json_t *items = json_array(), *facets = json_object();
    char *next = NULL;
    if (!rc) {
        const char *sort = json_string_value(json_object_get(query, "sort"));
        bool by_relevance = text && !(sort && strcmp(sort, "year") == 0);
        sort_docs = x->docs; /* read-locked index; qsort has no context */
        if (kept > 1)
            qsort(h, kept, sizeof *h, by_relevance ? by_score : by_year);
        json_t *jl = json_object_get(query, "limit");
        size_t limit = jl ? (size_t)json_integer_value(jl) : 20, offset = 0;
        const char *cursor = json_string_value(json_object_get(query, "cursor"));
        json_t *sv = NULL;
        int64_t off = 0;
        if (cursor && !(rc = am_cursor_decode(cursor, &sv, &off, err)))
            offset = off > 0 ? (size_t)off : 0;
        json_decref(sv);
        size_t end = offset + limit < kept ? offset + limit : kept;
        if (!rc && offset < kept)
            rc = page_records(db, who, text ? am_buf_str(&fts) : NULL, x, h + offset, end - offset,
                              items, err);
        if (!rc && end < kept) {
            json_t *zero = json_integer(0);
            next = am_cursor_encode(zero, (int64_t)end);
            json_decref(zero);
        }
        for (int k = 0; !rc && k < NFACETS; k++)
            json_object_set_new(facets, facet_names[k], facet_json(x, k, &counters[k], selected[k]));
    }
    index_put(x);
    for (int k = 0; k < NFACETS; k++)
        json_decref(counters[k].counts);
    free(h);
    am_buf_free(&fts);
    if (rc) {
        json_decref(items);
        json_decref(facets);
        free(next);
        return rc;
    }
    *out = json_pack("{s:o,s:o,s:I,s:s?}", "items", items, "facets", facets, "total",
                     (json_int_t)kept, "next", next);
    free(next);
    return AM_OK;
}

/* ---- more like this ------------------------------------------------------------ */

enum am_rc am_practice_similar(struct am_db *db, const struct am_actor *who, const char *key,
                               json_t **out, struct am_err *err)
{
    json_t *p = NULL;
    enum am_rc rc = am_practice_view(db, who, key, &p, err);
    if (rc)
        return rc;
    /* its longer words, any of them: the rarer they are, the more BM25 weighs them */
    struct am_buf words, q;
    am_buf_init(&words, 64 * 1024);
    am_buf_init(&q, 8192);
    am_buf_addf(&words, "%s %s", json_string_value(json_object_get(p, "title")),
                json_is_string(json_object_get(p, "summary")) ? json_string_value(json_object_get(p, "summary")) : "");
    int terms = 0;
    static const char seps[] = " \t\r\n.,;:!?()[]\"'/";
    json_t *seen = json_object();
    for (const char *w = am_buf_str(&words); *w && terms < 24;) {
        size_t n = strcspn(w, seps);
        char word[128];
        if (n >= 5 && n < sizeof word) {
            snprintf(word, sizeof word, "%.*s", (int)n, w);
            if (am_utf8_len(word) >= 5 && !json_object_get(seen, word)) {
                json_object_set_new(seen, word, json_true());
                am_buf_addf(&q, "%s\"%s\"", q.len ? " OR " : "", word);
                terms++;
            }
        }
        w += n;
        w += strspn(w, seps);
    }
    json_decref(seen);
    json_t *mine = json_object_get(p, "topics");
    json_t *best = json_array();
    if (terms) {
        json_t *rows = NULL;
        rc = am_db_all(db, "SELECT rowid AS id, -bm25(practice_fts, 10.0, 3.0, 1.0) AS score FROM "
                           "practice_fts WHERE practice_fts MATCH ? AND rowid <> ? ORDER BY rank LIMIT 60",
                       json_pack("[sO]", am_buf_str(&q), json_object_get(p, "id")), &rows, err);
        size_t i;
        json_t *r;
        double top = 0;
        bool have_top = false;
        json_array_foreach(rows, i, r) {
            char k[24];
            json_t *o = NULL;
            snprintf(k, sizeof k, "%lld", (long long)am_get_id(r, "id"));
            /* only what the actor may see */
            if (am_practice_view(db, who, k, &o, NULL))
                continue;
            if (!have_top) {
                top = json_real_value(json_object_get(r, "score"));
                have_top = true;
            }
            json_t *shared = json_array(), *t;
            size_t j;
            json_array_foreach(json_object_get(o, "topics"), j, t) {
                size_t m;
                json_t *u;
                json_array_foreach(mine, m, u) if (json_equal(t, u)) json_array_append(shared, t);
            }
            double words_part = top > 0 ? json_real_value(json_object_get(r, "score")) / top : 0;
            double topics_part = json_array_size(mine) ? (double)json_array_size(shared) /
                                 (double)json_array_size(mine) : 0;
            json_object_set_new(o, "score", json_real(0.7 * words_part + 0.3 * topics_part));
            json_object_set_new(o, "shared_topics", shared);
            json_array_append_new(best, o);
        }
        json_decref(rows);
    }
    /* best first */
    size_t n = json_array_size(best);
    for (size_t a = 1; a < n; a++)
        for (size_t b = a; b > 0 && json_real_value(json_object_get(json_array_get(best, b), "score")) >
                                      json_real_value(json_object_get(json_array_get(best, b - 1), "score"));
             b--) {
            json_t *t = json_incref(json_array_get(best, b));
            json_array_set(best, b, json_array_get(best, b - 1));
            json_array_set_new(best, b - 1, t);
        }
    while (json_array_size(best) > 10)
        json_array_remove(best, json_array_size(best) - 1);
    am_buf_free(&words);
    am_buf_free(&q);
    json_decref(p);
    if (rc) {
        json_decref(best);
        return rc;
    }
    *out = json_pack("{s:o,s:I,s:n}", "items", best, "total", (json_int_t)json_array_size(best), "next");
    return AM_OK;
}

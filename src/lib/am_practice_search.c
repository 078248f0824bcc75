#define _GNU_SOURCE /* qsort_r */
#include "am_practice_search.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "am_practice.h"
#include "am_read.h"
#include "am_snippet.h"
#include "store/am_fts.h"
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
const struct am_schema am_practice_search_query = {
    .name = "PracticeSearch", .doc = NULL, .fields = query_fields};

static const struct am_field facet_value_fields[] = {
    {.name = "value", .type = AM_T_STRING, .flags = AM_F_READONLY, .doc = "as the filter takes it"},
    {.name = "label", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "count", .type = AM_T_INT, .flags = AM_F_READONLY},
    {0},
};
static const struct am_schema facet_value_schema = {
    .name = "FacetValue", .doc = "A value of a facet, with the practices found with it.",
    .fields = facet_value_fields};

#define FACET(n, d)                                                                                 \
    {.name = n, .type = AM_T_ARRAY, .flags = AM_F_READONLY, .doc = d,                              \
     .item = &(const struct am_field){.name = "value", .type = AM_T_OBJECT, .flags = AM_F_READONLY, \
                                      .object = &facet_value_schema}}
static const struct am_field facets_fields[] = {
    FACET("topic", NULL),
    FACET("country", NULL),
    FACET("city", NULL),
    FACET("year", "newest first; the others most practices first"),
    FACET("network", NULL),
    FACET("language", NULL),
    {0},
};
#undef FACET
const struct am_schema am_practice_facets_schema = {
    .name = "PracticeFacets",
    .doc = "The values of each facet: the 30 with most practices (every year), and the one chosen.",
    .fields = facets_fields};

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
    uint32_t city_no;      /* index into idx->cities, 0: none */
    uint32_t network_no;   /* index into idx->networks, 0: none */
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
    json_t *cities;        /* array: number -> id as text ("" first) */
    json_t *networks;      /* array: number -> id as text ("" first) */
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
    json_decref(x->cities);
    json_decref(x->networks);
    x->topic_keys = x->countries = x->languages = x->cities = x->networks = NULL;
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

static uint32_t number_of(json_t *list, json_t *map, const char *value)
{
    json_t *n = json_object_get(map, value);
    if (n)
        return (uint32_t)json_integer_value(n);
    size_t k = json_array_size(list);
    json_array_append_new(list, json_string(value));
    json_object_set_new(map, value, json_integer((json_int_t)k));
    return (uint32_t)k;
}

/* Number of an id (0 stays 0: none). */
static uint32_t id_number(json_t *list, json_t *map, int64_t id)
{
    char key[24];
    if (!id)
        return 0;
    snprintf(key, sizeof key, "%lld", (long long)id);
    return number_of(list, map, key);
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

static ssize_t find_doc_from(const struct pindex *x, int64_t id, size_t *pos);

/* The sizes FTS5 keeps of its rows, read once per change rather than
 * looked up for every row a query matches. */
static enum am_rc doc_lengths(struct am_db *db, struct pindex *x, struct am_err *err)
{
    struct am_stmt *st = NULL;
    bool row;
    double total = 0;
    size_t pos = 0;
    x->doclen = calloc(x->n ? x->n : 1, sizeof *x->doclen);
    x->df = json_object();
    enum am_rc rc = x->doclen && x->df ? AM_OK : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    if (!rc)
        rc = am_db_prepare(db, "SELECT id, am_fts_doclen(sz) FROM practice_fts_docsize", json_array(),
                           &st, err);
    while (!rc && !(rc = am_stmt_step(st, &row, err)) && row) {
        int64_t len = am_stmt_i64(st, 1);
        ssize_t d = find_doc_from(x, am_stmt_i64(st, 0), &pos);
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
    x->cities = json_array();
    x->networks = json_array();
    json_array_append_new(x->languages, json_string(""));
    json_array_append_new(x->cities, json_string(""));
    json_array_append_new(x->networks, json_string(""));
    json_t *topic_no = json_object(), *country_no = json_object(), *lang_no = json_object();
    json_t *city_no = json_object(), *network_no = json_object();
    json_object_set_new(lang_no, "", json_integer(0));
    int now = am_time_year();
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
        d->country = (uint16_t)number_of(x->countries, country_no, country ? country : "");
        d->language = lang ? (uint16_t)number_of(x->languages, lang_no, lang) : 0;
        d->city_no = id_number(x->cities, city_no, d->city);
        d->network_no = id_number(x->networks, network_no, d->network);
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
                x->topics[ntopics++] = (uint16_t)number_of(x->topic_keys, topic_no,
                                                           json_string_value(json_object_get(l, "topic_id")));
                d->ntopics++;
            }
        }
    }
    x->n = n;
    json_decref(topic_no);
    json_decref(country_no);
    json_decref(lang_no);
    json_decref(city_no);
    json_decref(network_no);
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

/* ---- facet counts ------------------------------------------------------------ */

/* Years counted: a practice counts for every year it runs. */
enum { YEAR0 = 1900, YEARS = 201 };

/* The counts of one facet, by value number. */
struct counter {
    uint32_t *n;
    size_t size;
};

static size_t facet_size(const struct pindex *x, int facet)
{
    switch (facet) {
    case F_TOPIC: return json_array_size(x->topic_keys);
    case F_COUNTRY: return json_array_size(x->countries);
    case F_CITY: return json_array_size(x->cities);
    case F_NETWORK: return json_array_size(x->networks);
    case F_LANGUAGE: return json_array_size(x->languages);
    default: return YEARS;
    }
}

static void count_doc(const struct pindex *x, const struct pdoc *d, int facet, struct counter *c)
{
    switch (facet) {
    case F_TOPIC:
        for (uint8_t k = 0; k < d->ntopics; k++)
            c->n[x->topics[d->topics + k]]++;
        break;
    case F_COUNTRY: c->n[d->country]++; break;
    case F_CITY: c->n[d->city_no]++; break;
    case F_NETWORK: c->n[d->network_no]++; break;
    case F_LANGUAGE: c->n[d->language]++; break;
    case F_YEAR: {
        /* the years it runs, as a difference: +1 from its first, -1 after
         * its last (unsigned, so the sums come out right); years_done
         * adds them up */
        int lo = d->first > YEAR0 ? d->first : YEAR0;
        int hi = d->last < YEAR0 + YEARS - 1 ? d->last : YEAR0 + YEARS - 1;
        if (d->first && lo <= hi) {
            c->n[lo - YEAR0]++;
            c->n[hi - YEAR0 + 1]--;
        }
        break;
    }
    }
}

/* The year counts from their differences (count_doc). */
static void years_done(struct counter *c)
{
    for (size_t v = 1; v < c->size; v++)
        c->n[v] += c->n[v - 1];
}

/* A practice the search finds: whether it is a result, having counted it
 * for each facet whose filter is the only one it fails (so that choosing a
 * country keeps the other countries' counts). */
static bool tally(const struct pindex *x, const struct am_actor *who, const struct filters *f,
                  struct counter *counters, const struct pdoc *d)
{
    if (!visible(who, d, f->status))
        return false;
    uint32_t fail = failures(x, d, f);
    if (fail & (fail - 1)) /* two or more: counted for none */
        return false;
    for (int k = 0; k < NFACETS; k++)
        if ((fail & ~(1u << k)) == 0)
            count_doc(x, d, k, &counters[k]);
    return !fail;
}

/* The value number k of a facet stands for, as the API shows it ("" for
 * none). */
static const char *value_of(const struct pindex *x, int facet, size_t k, char buf[16])
{
    switch (facet) {
    case F_TOPIC: return json_string_value(json_array_get(x->topic_keys, k));
    case F_COUNTRY: return json_string_value(json_array_get(x->countries, k));
    case F_CITY: return json_string_value(json_array_get(x->cities, k));
    case F_NETWORK: return json_string_value(json_array_get(x->networks, k));
    case F_LANGUAGE: return json_string_value(json_array_get(x->languages, k));
    default: snprintf(buf, 16, "%d", YEAR0 + (int)k); return buf;
    }
}

/* A value of a facet with practices: its number, count, and how the API
 * shows it. */
struct facet_value {
    size_t v;
    uint32_t count;
    const char *value, *label;
};

/* Most practices first, then by label (then as numbered, as a stable sort
 * leaves them); years newest first. */
static int by_count(const void *a, const void *b)
{
    const struct facet_value *x = a, *y = b;
    if (x->count != y->count)
        return x->count < y->count ? 1 : -1;
    int c = strcmp(x->label, y->label);
    return c ? c : (x->v > y->v) - (x->v < y->v);
}

static int by_year_desc(const void *a, const void *b)
{
    const struct facet_value *x = a, *y = b;
    return (x->v < y->v) - (x->v > y->v);
}

enum { FACET_TOP = 30 };

static json_t *facet_item(const char *value, const char *label, json_int_t count)
{
    json_t *o = json_object();
    json_object_set_new(o, "value", json_string(value));
    json_object_set_new(o, "label", json_string(label));
    json_object_set_new(o, "count", json_integer(count));
    return o;
}

static json_t *facet_json(const struct pindex *x, int facet, const struct counter *c, const char *selected)
{
    size_t k = 0;
    struct facet_value *items = calloc(c->size + 1, sizeof *items);
    bool have_selected = false;
    for (size_t v = 0; items && v < c->size; v++) {
        if (!c->n[v])
            continue;
        if (facet == F_YEAR) { /* every year: value and label are written out below */
            items[k++] = (struct facet_value){v, c->n[v], NULL, NULL};
            continue;
        }
        char buf[16];
        const char *value = value_of(x, facet, v, buf);
        if (!value || !*value)
            continue;
        json_t *label = json_object_get(x->labels[facet], value);
        items[k++] = (struct facet_value){v, c->n[v], value, json_is_string(label) ? json_string_value(label) : value};
    }
    if (k > 1)
        qsort(items, k, sizeof *items, facet == F_YEAR ? by_year_desc : by_count);
    json_t *arr = json_array();
    for (size_t i = 0; i < k; i++) {
        char buf[16];
        const char *value = items[i].value;
        if (facet == F_YEAR)
            value = value_of(x, facet, items[i].v, buf);
        /* the values with most practices; years all; a chosen value always */
        bool chosen = selected && strcmp(value, selected) == 0;
        have_selected = have_selected || chosen;
        if (i < FACET_TOP || facet == F_YEAR || chosen)
            json_array_append_new(arr, facet_item(value, facet == F_YEAR ? value : items[i].label,
                                                  (json_int_t)items[i].count));
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

/* ---- the text ----------------------------------------------------------------- */

/* BM25 as FTS5's bm25() computes it (k1 1.2, b 0.75, the title weighing
 * 10, the summary 3, the rest 1), from amity_tf's weighted counts, the
 * sizes kept in the index and each phrase's number of rows. */
static const double K1 = 1.2, B = 0.75;
#define WEIGHTS "10.0, 3.0, 1.0"
/* words in the passage shown under a result */
#define SNIPPET_WORDS 24

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

/* FTS5 gives its rows in rowid order, as the index holds its docs: each
 * lookup goes on from where the last one stopped. */
static ssize_t find_doc_from(const struct pindex *x, int64_t id, size_t *pos)
{
    /* ids without gaps (nothing deleted) are their own positions */
    if (x->n && id >= x->docs[0].id && id - x->docs[0].id < (int64_t)x->n) {
        size_t guess = (size_t)(id - x->docs[0].id);
        if (x->docs[guess].id == id) {
            *pos = guess;
            return (ssize_t)guess;
        }
    }
    size_t lo = *pos, step = 1, hi;
    if (lo >= x->n || x->docs[lo].id > id)
        lo = 0;
    /* gallop, then halve */
    hi = lo;
    while (hi < x->n && x->docs[hi].id < id) {
        lo = hi;
        hi = hi + step < x->n ? hi + step : x->n;
        step *= 2;
    }
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (x->docs[mid].id < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    *pos = lo;
    return lo < x->n && x->docs[lo].id == id ? (ssize_t)lo : -1;
}

struct matches {
    struct hit *h;      /* the results: practices matched that pass the filters */
    size_t n, cap;
    double *freq;       /* their counts, nphrase each */
    size_t fcap;
    int nphrase;
    int64_t rows;       /* rows matched, indexed or not */
};

static void matches_free(struct matches *m)
{
    free(m->h);
    free(m->freq);
}

static bool grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return true;
    size_t c = *cap ? *cap : 256;
    while (c < need)
        c *= 2;
    void *q = realloc(*p, c * size);
    if (!q)
        return false;
    *p = q;
    *cap = c;
    return true;
}

/* The exact bm25() of FTS5, row by row: for an expression whose phrases
 * cannot be told apart from its text (none that amity writes, so far). */
static enum am_rc fts5_scores(struct am_db *db, const struct pindex *x, const char *fts,
                              struct matches *m, struct am_err *err)
{
    struct am_stmt *st = NULL;
    bool row;
    size_t k = 0, pos = 0;
    enum am_rc rc = am_db_prepare(db, "SELECT rowid, bm25(practice_fts, " WEIGHTS ") FROM practice_fts "
                                      "WHERE practice_fts MATCH ?",
                                  json_pack("[s]", fts), &st, err);
    while (!rc && !(rc = am_stmt_step(st, &row, err)) && row && k < m->n) {
        ssize_t d = find_doc_from(x, am_stmt_i64(st, 0), &pos);
        if (d >= 0 && (uint32_t)d == m->h[k].doc)
            m->h[k++].score = (float)-am_stmt_double(st, 1);
    }
    am_stmt_done(st);
    return rc;
}

static enum am_rc score_matches(struct am_db *db, struct pindex *x, const char *fts, struct matches *m,
                                struct am_err *err)
{
    json_t *phrases = phrases_of(fts);
    enum am_rc rc = AM_OK;
    if ((int)json_array_size(phrases) != m->nphrase) {
        json_decref(phrases);
        return fts5_scores(db, x, fts, m, err);
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
    double avgdl = x->avgdl > 0 ? x->avgdl : 1;
    for (size_t k = 0; !rc && k < m->n; k++) {
        struct hit *h = &m->h[k];
        double norm = K1 * (1 - B + B * (double)x->doclen[h->doc] / avgdl), score = 0;
        const double *f = m->freq + k * (size_t)m->nphrase;
        for (int i = 0; i < m->nphrase; i++)
            score += w[i] * (f[i] * (K1 + 1)) / (f[i] + norm);
        h->score = (float)score;
    }
    free(w);
    json_decref(phrases);
    return rc;
}

/* One pass over what the expression matches: every practice (for the facet
 * counts), and the counts BM25 needs of those that pass the filters. The
 * pass is one step of one statement: amity_collect hands each row to
 * collect_row, and none comes back as a result. */
static const double weights[] = {10.0, 3.0, 1.0};

struct collector {
    struct am_fts_collect base; /* first: FTS5's function sees this */
    const struct pindex *x;
    const struct am_actor *who;
    const struct filters *filters;
    struct counter *counters;
    struct matches *m;
    size_t pos;
};

static double *collect_row(struct am_fts_collect *c, int64_t rowid, int nphrase)
{
    struct collector *k = (struct collector *)c;
    struct matches *m = k->m;
    m->rows++;
    ssize_t d = find_doc_from(k->x, rowid, &k->pos);
    if (d < 0 || !tally(k->x, k->who, k->filters, k->counters, &k->x->docs[d]))
        return NULL;
    if (m->nphrase < 0)
        m->nphrase = nphrase;
    size_t np = (size_t)m->nphrase;
    if (!grow((void **)&m->h, &m->cap, m->n + 1, sizeof *m->h) ||
        (np && !grow((void **)&m->freq, &m->fcap, (m->n + 1) * np, sizeof *m->freq))) {
        c->failed = true;
        return NULL;
    }
    double *f = m->freq + m->n * np;
    m->h[m->n++] = (struct hit){(uint32_t)d, 0};
    if (nphrase == m->nphrase) /* as every row of one expression has */
        return f;
    memset(f, 0, np * sizeof *f);
    return NULL;
}

static enum am_rc text_pass(struct am_db *db, struct pindex *x, const char *fts, const struct am_actor *who,
                            const struct filters *filters, struct counter *counters, struct matches *m,
                            struct am_err *err)
{
    static const char SQL[] = "SELECT 1 FROM practice_fts WHERE practice_fts MATCH ?1 AND "
                              "amity_collect(practice_fts, ?2)";
    struct collector c = {{collect_row, weights, (int)(sizeof weights / sizeof *weights), false},
                          x, who, filters, counters, m, 0};
    struct am_stmt *st = NULL;
    bool row;
    *m = (struct matches){.nphrase = -1};
    enum am_rc rc = am_db_prepare(db, SQL, json_pack("[sn]", fts), &st, err);
    if (!rc)
        am_stmt_bind_pointer(st, 2, &c, AM_FTS_COLLECT);
    while (!rc && !(rc = am_stmt_step(st, &row, err)) && row)
        ;
    am_stmt_done(st);
    if (c.base.failed)
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    if (rc == AM_EDB || rc == AM_EINVAL)
        rc = am_err_set(err, AM_EBADREQ, "q", "q: cannot be searched as written");
    if (!rc && m->n)
        rc = score_matches(db, x, fts, m, err);
    return rc;
}

/* ---- order and page ----------------------------------------------------------- */

static int by_score(const void *a, const void *b, void *ctx)
{
    const struct pdoc *docs = ctx;
    const struct hit *x = a, *y = b;
    if (x->score != y->score)
        return x->score < y->score ? 1 : -1;
    return (docs[x->doc].id > docs[y->doc].id) - (docs[x->doc].id < docs[y->doc].id);
}

static int by_year(const void *a, const void *b, void *ctx)
{
    const struct pdoc *docs = ctx;
    const struct pdoc *x = &docs[((const struct hit *)a)->doc];
    const struct pdoc *y = &docs[((const struct hit *)b)->doc];
    if (x->first != y->first)
        return x->first < y->first ? 1 : -1;
    return (x->id < y->id) - (x->id > y->id);
}

typedef int (*order_fn)(const void *, const void *, void *);

static void sift_down(struct hit *h, size_t n, size_t i, order_fn cmp, void *ctx)
{
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, top = i;
        if (l < n && cmp(&h[l], &h[top], ctx) > 0)
            top = l;
        if (r < n && cmp(&h[r], &h[top], ctx) > 0)
            top = r;
        if (top == i)
            return;
        struct hit t = h[i];
        h[i] = h[top];
        h[top] = t;
        i = top;
    }
}

/* The first k of n in order, at the front (the rest in no order): a page
 * needs its own results sorted, not all of them. */
static void order_first(struct hit *h, size_t n, size_t k, order_fn cmp, void *ctx)
{
    if (k >= n / 4) {
        qsort_r(h, n, sizeof *h, cmp, ctx);
        return;
    }
    /* a heap of the best k, the worst of them on top */
    for (size_t i = k / 2; i-- > 0;)
        sift_down(h, k, i, cmp, ctx);
    for (size_t i = k; i < n; i++) {
        if (cmp(&h[i], &h[0], ctx) < 0) {
            struct hit t = h[0];
            h[0] = h[i];
            h[i] = t;
            sift_down(h, k, 0, cmp, ctx);
        }
    }
    qsort_r(h, k, sizeof *h, cmp, ctx);
}

/* The sections of a record: a result list shows the summary, and the
 * passage under it comes from the title, the summary and the body (the
 * columns of the full-text index), the sections but the links. */
static const char *const sections[] = {"purpose", "rationale", "process", "results", "evaluation",
                                       "lessons", "links"};
enum { NSECTIONS = sizeof sections / sizeof *sections };

/* Practices as a result list shows them: the record less its sections,
 * read by the record's own description (am_read) with the sections left
 * out of it. */
static struct am_field item_fields[96];
static struct am_schema item_schema;
static struct am_resource item_resource;
static pthread_once_t item_once = PTHREAD_ONCE_INIT;

static bool is_section(const char *name)
{
    for (size_t i = 0; i < NSECTIONS; i++)
        if (strcmp(name, sections[i]) == 0)
            return true;
    return false;
}

static void item_init(void)
{
    size_t n = 0;
    for (const struct am_field *f = am_practice_schema.fields; f->name; f++)
        if (!is_section(f->name) && n + 1 < sizeof item_fields / sizeof *item_fields)
            item_fields[n++] = *f;
    item_schema = am_practice_schema;
    item_schema.fields = item_fields;
    item_resource = am_practice_resource;
    item_resource.schema = &item_schema;
}

/* The body of a record for its passage, read only when its title and
 * summary do not hold every phrase. */
struct record_texts {
    struct am_db *db;
    json_t *p;
    struct am_buf *body;
    enum am_rc rc;
    struct am_err *err;
};

static const char *record_text(void *ctx, size_t i)
{
    struct record_texts *t = ctx;
    if (i == 0)
        return json_string_value(json_object_get(t->p, "title"));
    if (i == 1)
        return json_string_value(json_object_get(t->p, "summary"));
    struct am_stmt *st = NULL;
    bool row = false;
    am_buf_reset(t->body);
    t->rc = am_db_prepare(t->db, "SELECT purpose, rationale, process, results, evaluation, lessons "
                                 "FROM practice WHERE id = ?", json_pack("[O]", json_object_get(t->p, "id")),
                          &st, t->err);
    if (!t->rc)
        t->rc = am_stmt_step(st, &row, t->err);
    for (int k = 0; !t->rc && row && k < NSECTIONS - 1; k++) { /* links are not indexed */
        const char *s = am_stmt_text(st, k);
        if (!s)
            continue;
        if (t->body->len)
            am_buf_add(t->body, "\n\n", 2);
        am_buf_adds(t->body, s);
    }
    am_stmt_done(st);
    return t->rc ? NULL : am_buf_str(t->body);
}

static enum am_rc page_records(struct am_db *db, const struct am_actor *who, const char *fts,
                               const struct pindex *x, const struct hit *h, size_t n, json_t *items,
                               struct am_err *err)
{
    struct am_snippet_query *sq = fts ? am_snippet_query_new(fts) : NULL;
    json_t *idlist = json_array();
    if ((fts && !sq) || !idlist) {
        am_snippet_query_free(sq);
        json_decref(idlist);
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    }
    for (size_t i = 0; i < n; i++)
        json_array_append_new(idlist, json_integer(x->docs[h[i].doc].id));
    pthread_once(&item_once, item_init);
    json_t *recs = NULL;
    enum am_rc rc = am_read_ids(db, &item_resource, idlist, &recs, err);
    json_decref(idlist);
    struct am_buf body;
    am_buf_init(&body, 16 * 1024 * 1024);
    size_t i;
    json_t *p;
    json_array_foreach(recs, i, p) {
        if (rc)
            break;
        if (sq) {
            struct record_texts t = {db, p, &body, AM_OK, err};
            json_t *snippet = am_snippet_of(sq, 3, SNIPPET_WORDS, record_text, &t);
            if ((rc = t.rc)) {
                json_decref(snippet);
                break;
            }
            json_object_set_new(p, "snippet", snippet ? snippet : json_array());
            int64_t id = am_get_id(p, "id");
            for (size_t k = 0; k < n; k++) /* the page is in the order of h */
                if (x->docs[h[k].doc].id == id)
                    json_object_set_new(p, "score", json_real(h[k].score));
        }
        am_practice_redact(who, p);
        json_array_append(items, p);
    }
    am_buf_free(&body);
    am_snippet_query_free(sq);
    json_decref(recs);
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
    struct filters f;
    const char *selected[NFACETS];
    char bufs[NFACETS][32];
    read_filters(x, query, &f, selected, bufs);
    struct matches m = {0};
    enum am_rc rc = AM_OK;
    struct counter counters[NFACETS];
    for (int k = 0; k < NFACETS; k++) {
        counters[k].size = facet_size(x, k);
        counters[k].n = calloc(counters[k].size + 1, sizeof *counters[k].n);
        if (!counters[k].n && !rc)
            rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    }
    /* one pass: a practice counts for a facet when it passes every other
     * filter, and is a result when it passes them all */
    if (rc) {
    } else if (text) {
        rc = text_pass(db, x, am_buf_str(&fts), who, &f, counters, &m, err);
    } else if (!nothing) {
        m.h = malloc((x->n ? x->n : 1) * sizeof *m.h);
        for (size_t i = 0; m.h && i < x->n; i++)
            if (tally(x, who, &f, counters, &x->docs[i]))
                m.h[m.n++] = (struct hit){(uint32_t)i, 0};
        if (!m.h)
            rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    }
    if (!rc)
        years_done(&counters[F_YEAR]);
    struct hit *h = m.h;
    size_t kept = m.n;
    json_t *items = json_array(), *facets = json_object();
    char *next = NULL;
    if (!rc) {
        const char *sort = json_string_value(json_object_get(query, "sort"));
        bool by_relevance = text && !(sort && strcmp(sort, "year") == 0);
        json_t *jl = json_object_get(query, "limit");
        size_t limit = jl ? (size_t)json_integer_value(jl) : 20, offset = 0;
        const char *cursor = json_string_value(json_object_get(query, "cursor"));
        json_t *sv = NULL;
        int64_t off = 0;
        if (cursor && !(rc = am_cursor_decode(cursor, &sv, &off, err)))
            offset = off > 0 ? (size_t)off : 0;
        json_decref(sv);
        size_t end = offset + limit < kept ? offset + limit : kept;
        if (kept > 1)
            order_first(h, kept, end, by_relevance ? by_score : by_year, x->docs);
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
        free(counters[k].n);
    matches_free(&m);
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

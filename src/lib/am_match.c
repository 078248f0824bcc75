#include "am_match.h"

#include <math.h>
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "am_models.h"
#include "am_read.h"
#include "am_resource.h"
#include "util/am_buf.h"
#include "util/am_fold.h"
#include "util/am_log.h"

#define PI 3.14159265358979323846
#define LN2 0.69314718055994530942

/* ---- the model ------------------------------------------------------------------ */

/* A city as the scoring reads it (28 bytes). Cities are numbered in scan
 * order: by country, then by 1-degree cell, then by latitude, so that the cities
 * no sparse signal reached are gone through a country and a cell at a time
 * and a whole run of them is skipped when its bound is below the k-th best
 * score found so far. */
struct mcity {
    float lat, lng, coslat;
    float logpop;      /* log(1 + population), 0 when unknown */
    float logdeg;      /* log(1 + partners) */
    uint32_t division; /* 0: unknown */
    uint16_t country;
    uint8_t seat;      /* am_match_city's */
    bool point;
    uint32_t name_key; /* am_match_city's */
};

/* A run of cities of one country in one cell (or the country's cities
 * without a point), with the ranges that bound the scores of its cities.
 * A country has one more, the union of its runs (first, end: its runs). */
struct run {
    uint32_t first, end;
    uint16_t country;
    bool point, nopoint;  /* some cities have a point; some have none */
    bool unknown;         /* some population is unknown */
    float lat0, lat1, lng0, lng1, cos0;
    float deg0, deg1;     /* logdeg */
    float pop0, pop1;     /* logpop, the unknown (0) included */
    float known0, known1; /* the known logpops (known0 > known1: none) */
    uint8_t seat0, seat1; /* the least and the most seat */
};

struct pool; /* scratch space of the searches, reused */

/* Lists by city that most cities have none of (networks, topics): only
 * the cities with some are listed, so that the model does not hold an
 * offset for each of the others (the real data: 138,000 cities, a few
 * thousand in networks). */
struct lists {
    uint32_t *who;   /* the cities with some, ascending */
    uint32_t *off;   /* who[k]'s items: items[off[k] .. off[k + 1]) */
    uint32_t *items;
    uint8_t *has;    /* by city, a bit: has some (a candidate's test, in the scoring) */
    size_t n;
};

struct am_match_model {
    struct mcity *c;
    int64_t *ids;              /* city -> its id */
    uint32_t *by_id;           /* the cities in id order, for find */
    size_t n;
    uint32_t *adj_off, *adj;   /* partners, by city (CSR, ascending) */
    struct lists nets;         /* networks, by city */
    uint32_t *mem_off, *mems;  /* member cities, by network */
    int64_t *net_ids;          /* network number -> id */
    size_t nnet;
    char (*codes)[3];
    size_t ncountries;
    /* counts, exact in a float (below 2^24), read as doubles */
    float *pairs;              /* ncountries x ncountries: partnerships between countries */
    float *country_total;      /* partnerships with a side in the country */
    float *country_spread;     /* log(1 + the country's cities with partners) */
    struct run *runs;          /* in city order */
    size_t nruns;
    struct run *country_runs;  /* by country: the union of its runs */
    uint32_t *cell_off, *cell_runs; /* the runs with points, by 1-degree cell (CSR) */
    size_t ndiv;               /* divisions (country + admin code), 0 unused */
    uint32_t *div_off, *div_to; /* for each division: partner divisions (repeats = partnerships) */
    uint16_t *div_country;     /* by division */
    /* ties besides the graph (am_match_set_ties) */
    struct tie *ties;
    size_t nties;
    struct lists topics;            /* topic numbers, by city (sorted) */
    uint32_t *holder_off, *holders; /* cities, by topic number */
    size_t ntopics;
    uint32_t *by_name;         /* the cities with a name key, by key (then city) */
    size_t nnamed;
    struct pool *pool;
};

/* A diaspora group: residents of host who come from origin (a city, or
 * NO_CITY) of country (NO_COUNTRY when no city of the model is in it). */
struct tie {
    int64_t id;
    uint32_t host, origin;
    uint16_t country;
    float strength;
};
#define NO_CITY UINT32_MAX
#define NO_COUNTRY UINT16_MAX

enum { CELLS_LNG = 360, CELLS = 180 * 360 };
#define REGION_KM 30.0
#define BIG_NETWORK 3000
#define UNKNOWN_KM 2000.0

/* Searched by bench/match_cv.py on the held-out pairs of seeds 1 and 2 (the
 * outsider's way), judged on seeds 3 to 5 (docs/match.md). */
const struct am_match_weights am_match_default_weights = {
    .common = 2.5, .adamic_adar = 3.0, .chain3 = 10, .regional = 0.6, .region_pair = 2.1, .division = 0.3,
    .country = 0.45, .spread = -0.375, .size_similar = 0.14, .size = 0, .popularity = 0.3, .distance = -0.3,
    .network = 0.75, .seat = 0.75, .namesake = 6,
    /* set by hand: a group of 10,000 people from a city weighs about as much
     * as one shared partner; one shared topic of one each, about half that */
    .diaspora = 1.2, .topics = 1.0,
};

/* The scores of held-out real partnerships at every 5th percentile (0, 5,
 * ..., 100): each hidden from the model in turn and scored from its city
 * (bench/match_eval.c --strength, the default weights, the real data; the
 * mean of seeds 2 and 3, which agree to about 0.3). am_match_strength
 * reads a score against them. Half the real partnerships scored below
 * -4.67; one in five above 0.68. */
static const double strength_at[21] = {
    -8.99, -6.71, -6.30, -6.03, -5.81, -5.58, -5.38, -5.19, -5.02, -4.85, -4.67,
    -4.49, -4.27, -4.03, -3.72, -3.30, -2.51, -1.42, 0.68, 6.43, 55.0,
};

double am_match_strength(double score)
{
    enum { N = sizeof strength_at / sizeof *strength_at };
    if (!(score > strength_at[0]))
        return 0;
    if (score >= strength_at[N - 1])
        return 100;
    size_t i = 1;
    while (score > strength_at[i])
        i++;
    double lo = strength_at[i - 1], hi = strength_at[i];
    double f = hi > lo ? (score - lo) / (hi - lo) : 1;
    return 100.0 * ((double)(i - 1) + f) / (N - 1);
}

#define AM_MATCH_NAME(name) #name,
const char *const am_match_signal_names[] = {AM_MATCH_SIGNALS(AM_MATCH_NAME) NULL};

#define AM_MATCH_OFFSET(name) offsetof(struct am_match_weights, name),
static const size_t weight_at[] = {AM_MATCH_SIGNALS(AM_MATCH_OFFSET)};

double *am_match_weight(struct am_match_weights *w, size_t signal)
{
    return signal < sizeof weight_at / sizeof *weight_at ? (double *)(void *)((char *)w + weight_at[signal]) : NULL;
}

static ssize_t find(const struct am_match_model *m, int64_t id)
{
    size_t lo = 0, hi = m->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (m->ids[m->by_id[mid]] < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < m->n && m->ids[m->by_id[lo]] == id ? (ssize_t)m->by_id[lo] : -1;
}

static uint16_t country_known(const struct am_match_model *m, const char *cc);

static uint16_t country_no(struct am_match_model *m, const char *cc)
{
    uint16_t known = country_known(m, cc);
    if (known != NO_COUNTRY)
        return known;
    memcpy(m->codes[m->ncountries], cc, 2);
    m->codes[m->ncountries][2] = '\0';
    return (uint16_t)m->ncountries++;
}

static size_t cell_of(double lat, double lng)
{
    int r = (int)floor(lat + 90), c = (int)floor(lng + 180);
    r = r < 0 ? 0 : r > 179 ? 179 : r;
    c = c < 0 ? 0 : c > 359 ? 359 : c;
    return (size_t)r * CELLS_LNG + (size_t)c;
}

/* Compressed lists: for each of n owners, the items of the (owner, item)
 * pairs given; counts first, then places. */
static bool csr(size_t n, const uint32_t *owner, const uint32_t *item, size_t npairs, uint32_t **off,
                uint32_t **items)
{
    *off = calloc(n + 1, sizeof **off);
    *items = malloc((npairs ? npairs : 1) * sizeof **items);
    if (!*off || !*items)
        return false;
    for (size_t i = 0; i < npairs; i++)
        (*off)[owner[i] + 1]++;
    for (size_t i = 0; i < n; i++)
        (*off)[i + 1] += (*off)[i];
    uint32_t *fill = calloc(n + 1, sizeof *fill);
    if (!fill)
        return false;
    for (size_t i = 0; i < npairs; i++)
        (*items)[(*off)[owner[i]] + fill[owner[i]]++] = item[i];
    free(fill);
    return true;
}

/* The lists of n cities as struct lists, from csr's off (freed) and items
 * (kept); false when out of memory (then both are freed). */
static bool sparse(size_t n, uint32_t *off, uint32_t *items, struct lists *l)
{
    size_t k = 0;
    for (size_t i = 0; off && i < n; i++)
        k += off[i + 1] > off[i];
    l->items = items;
    l->who = malloc((k + 1) * sizeof *l->who);
    l->off = malloc((k + 1) * sizeof *l->off);
    l->has = calloc(n / 8 + 1, 1);
    bool ok = off && items && l->who && l->off && l->has;
    l->n = 0;
    for (size_t i = 0; ok && i < n; i++)
        if (off[i + 1] > off[i]) {
            l->who[l->n] = (uint32_t)i;
            l->off[l->n++] = off[i];
            l->has[i / 8] |= (uint8_t)(1u << (i % 8));
        }
    if (ok)
        l->off[l->n] = off[n];
    free(off);
    return ok;
}

static void lists_free(struct lists *l)
{
    free(l->who), free(l->off), free(l->items), free(l->has);
    *l = (struct lists){0};
}

/* City i's items (*items), how many. */
static uint32_t list_of(const struct lists *l, size_t i, const uint32_t **items)
{
    *items = NULL;
    if (!(l->has[i / 8] >> (i % 8) & 1))
        return 0;
    size_t lo = 0, hi = l->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (l->who[mid] < i)
            lo = mid + 1;
        else
            hi = mid;
    }
    *items = l->items + l->off[lo];
    return l->off[lo + 1] - l->off[lo];
}

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* Partnerships both ways, without repeats. */
static bool build_partners(struct am_match_model *m, const int64_t (*pairs)[2], size_t npairs)
{
    uint32_t *own = malloc((2 * npairs + 1) * sizeof *own), *it = malloc((2 * npairs + 1) * sizeof *it);
    size_t k = 0;
    bool ok = own && it;
    for (size_t i = 0; ok && i < npairs; i++) {
        ssize_t a = find(m, pairs[i][0]), b = find(m, pairs[i][1]);
        if (a < 0 || b < 0 || a == b)
            continue;
        own[k] = (uint32_t)a, it[k++] = (uint32_t)b;
        own[k] = (uint32_t)b, it[k++] = (uint32_t)a;
    }
    ok = ok && csr(m->n, own, it, k, &m->adj_off, &m->adj);
    free(own);
    free(it);
    if (!ok)
        return false;
    /* sort each list and drop repeats in place */
    uint32_t w = 0;
    for (size_t i = 0; i < m->n; i++) {
        uint32_t from = m->adj_off[i], to = m->adj_off[i + 1];
        qsort(m->adj + from, to - from, sizeof *m->adj, cmp_u32);
        m->adj_off[i] = w;
        for (uint32_t j = from; j < to; j++)
            if (j == from || m->adj[j] != m->adj[j - 1])
                m->adj[w++] = m->adj[j];
    }
    m->adj_off[m->n] = w;
    uint32_t *fit = realloc(m->adj, (w ? w : 1) * sizeof *m->adj); /* the repeats' room back */
    if (fit)
        m->adj = fit;
    for (size_t i = 0; i < m->n; i++)
        m->c[i].logdeg = (float)log1p((double)(m->adj_off[i + 1] - m->adj_off[i]));
    /* the countries' twinning habits */
    m->pairs = calloc(m->ncountries * m->ncountries + 1, sizeof *m->pairs);
    m->country_total = calloc(m->ncountries + 1, sizeof *m->country_total);
    if (!m->pairs || !m->country_total)
        return false;
    for (size_t i = 0; i < m->n; i++)
        for (uint32_t j = m->adj_off[i]; j < m->adj_off[i + 1]; j++) {
            m->pairs[(size_t)m->c[i].country * m->ncountries + m->c[m->adj[j]].country] += 1;
            m->country_total[m->c[i].country] += 1;
        }
    /* a country's share of the partnerships is spread over its cities that
     * have partners: a share of Brazil's goes to one of many */
    m->country_spread = calloc(m->ncountries + 1, sizeof *m->country_spread);
    if (!m->country_spread)
        return false;
    for (size_t i = 0; i < m->n; i++)
        m->country_spread[m->c[i].country] += m->adj_off[i + 1] > m->adj_off[i];
    for (size_t c = 0; c < m->ncountries; c++)
        m->country_spread[c] = (float)log1p(m->country_spread[c]);
    return true;
}

static bool build_networks(struct am_match_model *m, const int64_t (*members)[2], size_t nmembers)
{
    /* networks numbered in the order met */
    int64_t *ids = malloc((nmembers + 1) * sizeof *ids);
    uint32_t *city = malloc((nmembers + 1) * sizeof *city), *net = malloc((nmembers + 1) * sizeof *net);
    size_t k = 0;
    bool ok = ids && city && net;
    for (size_t i = 0; ok && i < nmembers; i++) {
        ssize_t c = find(m, members[i][0]);
        if (c < 0)
            continue;
        size_t j = 0;
        while (j < m->nnet && ids[j] != members[i][1])
            j++;
        if (j == m->nnet)
            ids[m->nnet++] = members[i][1];
        city[k] = (uint32_t)c, net[k++] = (uint32_t)j;
    }
    uint32_t *off = NULL, *items = NULL;
    ok = ok && csr(m->n, city, net, k, &off, &items) && csr(m->nnet, net, city, k, &m->mem_off, &m->mems);
    ok = sparse(m->n, off, items, &m->nets) && ok;
    int64_t *fit = ids ? realloc(ids, (m->nnet + 1) * sizeof *ids) : NULL; /* one per network, not per membership */
    m->net_ids = fit ? fit : ids; /* the model's now */
    free(city);
    free(net);
    return ok;
}

static void run_add(struct run *r, const struct mcity *c)
{
    if (c->point) {
        r->point = true;
        r->lat0 = fminf(r->lat0, c->lat), r->lat1 = fmaxf(r->lat1, c->lat);
        r->lng0 = fminf(r->lng0, c->lng), r->lng1 = fmaxf(r->lng1, c->lng);
        r->cos0 = fminf(r->cos0, c->coslat);
    } else {
        r->nopoint = true;
    }
    r->deg0 = fminf(r->deg0, c->logdeg), r->deg1 = fmaxf(r->deg1, c->logdeg);
    r->pop0 = fminf(r->pop0, c->logpop), r->pop1 = fmaxf(r->pop1, c->logpop);
    if (c->logpop > 0)
        r->known0 = fminf(r->known0, c->logpop), r->known1 = fmaxf(r->known1, c->logpop);
    else
        r->unknown = true;
    r->seat0 = c->seat < r->seat0 ? c->seat : r->seat0;
    r->seat1 = c->seat > r->seat1 ? c->seat : r->seat1;
}

static struct run run_empty(uint32_t first, uint16_t country)
{
    return (struct run){.first = first, .end = first, .country = country, .lat0 = INFINITY, .lat1 = -INFINITY,
                        .lng0 = INFINITY, .lng1 = -INFINITY, .cos0 = INFINITY, .deg0 = INFINITY,
                        .deg1 = -INFINITY, .pop0 = INFINITY, .pop1 = -INFINITY, .known0 = INFINITY,
                        .known1 = -INFINITY, .seat0 = UINT8_MAX, .seat1 = 0};
}

static uint32_t cell_no(const struct mcity *c)
{
    return c->point ? (uint32_t)cell_of(c->lat, c->lng) : CELLS;
}

/* The runs (after the degrees: they bound them), the countries' unions of
 * them, and the runs with points by cell, for the cities around a city. */
static bool build_runs(struct am_match_model *m)
{
    size_t nr = 0;
    for (size_t i = 0; i < m->n; i++)
        nr += i == 0 || m->c[i].country != m->c[i - 1].country || cell_no(&m->c[i]) != cell_no(&m->c[i - 1]);
    m->runs = malloc((nr + 1) * sizeof *m->runs);
    m->country_runs = malloc((m->ncountries + 1) * sizeof *m->country_runs);
    uint32_t *own = malloc((nr + 1) * sizeof *own), *it = malloc((nr + 1) * sizeof *it);
    bool ok = m->runs && m->country_runs && own && it;
    for (size_t k = 0; ok && k < m->ncountries; k++)
        m->country_runs[k] = run_empty(0, (uint16_t)k);
    size_t r = 0, k = 0;
    for (size_t i = 0; ok && i < m->n; i++) {
        const struct mcity *c = &m->c[i];
        if (i == 0 || c->country != m->c[i - 1].country || cell_no(c) != cell_no(&m->c[i - 1])) {
            if (i == 0 || c->country != m->c[i - 1].country)
                m->country_runs[c->country].first = m->country_runs[c->country].end = (uint32_t)r;
            m->runs[r] = run_empty((uint32_t)i, c->country);
            if (c->point)
                own[k] = cell_no(c), it[k++] = (uint32_t)r;
            r++;
            m->country_runs[c->country].end = (uint32_t)r;
        }
        m->runs[r - 1].end = (uint32_t)i + 1;
        run_add(&m->runs[r - 1], c);
        run_add(&m->country_runs[c->country], c);
    }
    m->nruns = r;
    ok = ok && csr(CELLS, own, it, k, &m->cell_off, &m->cell_runs);
    free(own);
    free(it);
    return ok;
}

struct div_key {
    char key[16];
    int64_t city;
};

static int by_key(const void *a, const void *b)
{
    return strcmp(((const struct div_key *)a)->key, ((const struct div_key *)b)->key);
}

/* Divisions numbered by their country and admin code (1, 2, ...). */
static bool number_divisions(struct am_match_model *m, const struct am_match_city *cities, size_t n)
{
    struct div_key *k = malloc((n + 1) * sizeof *k);
    size_t nk = 0;
    if (!k)
        return false;
    for (size_t i = 0; i < n; i++)
        if (cities[i].admin[0] && cities[i].country[0]) {
            snprintf(k[nk].key, sizeof k[nk].key, "%.2s.%.11s", cities[i].country, cities[i].admin);
            k[nk++].city = cities[i].id;
        }
    qsort(k, nk, sizeof *k, by_key);
    uint32_t no = 0;
    for (size_t i = 0; i < nk; i++) {
        if (i == 0 || strcmp(k[i].key, k[i - 1].key) != 0)
            no++;
        ssize_t c = find(m, k[i].city);
        if (c >= 0)
            m->c[c].division = no;
    }
    m->ndiv = (size_t)no + 1;
    free(k);
    m->div_country = calloc(m->ndiv, sizeof *m->div_country);
    if (!m->div_country)
        return false;
    for (size_t i = 0; i < m->n; i++)
        m->div_country[m->c[i].division] = m->c[i].country;
    return true;
}

/* For each division, the divisions its cities are partnered with. */
static bool build_divisions(struct am_match_model *m)
{
    size_t e = m->adj_off[m->n];
    uint32_t *own = malloc((e + 1) * sizeof *own), *to = malloc((e + 1) * sizeof *to);
    size_t k = 0;
    for (size_t i = 0; own && to && i < m->n; i++)
        for (uint32_t j = m->adj_off[i]; m->c[i].division && j < m->adj_off[i + 1]; j++)
            if (m->c[m->adj[j]].division)
                own[k] = m->c[i].division, to[k++] = m->c[m->adj[j]].division;
    bool ok = own && to && csr(m->ndiv, own, to, k, &m->div_off, &m->div_to);
    free(own);
    free(to);
    return ok;
}

static void pool_free(struct pool *p);

void am_match_free(struct am_match_model *m)
{
    if (!m)
        return;
    free(m->c), free(m->ids), free(m->by_id), free(m->adj_off), free(m->adj);
    lists_free(&m->nets);
    free(m->mem_off), free(m->mems), free(m->net_ids), free(m->codes), free(m->pairs), free(m->country_total);
    free(m->country_spread);
    free(m->runs), free(m->country_runs), free(m->cell_off), free(m->cell_runs);
    free(m->div_off), free(m->div_to), free(m->div_country);
    free(m->ties), free(m->holder_off), free(m->holders), free(m->by_name);
    lists_free(&m->topics);
    pool_free(m->pool);
    free(m);
}

/* ---- ties besides the graph ----------------------------------------------------- */

static uint16_t country_known(const struct am_match_model *m, const char *cc)
{
    for (size_t i = 0; i < m->ncountries; i++)
        if (memcmp(m->codes[i], cc, 2) == 0)
            return (uint16_t)i;
    return NO_COUNTRY;
}

/* How much a group counts: more people, more ties; unknown size, middling. */
static float group_strength(int64_t size)
{
    return size < 0 ? 0.5f : (float)(0.25 + log10(1.0 + (double)size) / 5);
}

static bool set_diaspora(struct am_match_model *m, const struct am_match_diaspora *d, size_t nd)
{
    m->ties = malloc((nd + 1) * sizeof *m->ties);
    if (!m->ties)
        return false;
    for (size_t i = 0; i < nd; i++) {
        ssize_t host = find(m, d[i].city), origin = d[i].origin_city ? find(m, d[i].origin_city) : -1;
        if (host < 0 || host == origin)
            continue;
        m->ties[m->nties++] = (struct tie){d[i].id, (uint32_t)host, origin < 0 ? NO_CITY : (uint32_t)origin,
                                           country_known(m, d[i].origin_country), group_strength(d[i].size)};
    }
    return true;
}

struct topic_key {
    int64_t topic;
    uint32_t city;
};

static int by_topic(const void *a, const void *b)
{
    const struct topic_key *x = a, *y = b;
    if (x->topic != y->topic)
        return (x->topic > y->topic) - (x->topic < y->topic);
    return (x->city > y->city) - (x->city < y->city);
}

/* Topics numbered 0, 1, ... in the order of theirs; repeats dropped. */
static bool set_topics(struct am_match_model *m, const struct am_match_topic *t, size_t nt)
{
    struct topic_key *k = malloc((nt + 1) * sizeof *k);
    uint32_t *city = malloc((nt + 1) * sizeof *city), *topic = malloc((nt + 1) * sizeof *topic);
    size_t n = 0, kept = 0;
    bool ok = k && city && topic;
    for (size_t i = 0; ok && i < nt; i++) {
        ssize_t c = find(m, t[i].city);
        if (c >= 0)
            k[n++] = (struct topic_key){t[i].topic, (uint32_t)c};
    }
    if (ok)
        qsort(k, n, sizeof *k, by_topic);
    uint32_t no = 0;
    for (size_t i = 0; ok && i < n; i++) {
        bool new_topic = i == 0 || k[i].topic != k[i - 1].topic;
        if (!new_topic && k[i].city == k[i - 1].city)
            continue;
        no += new_topic && i > 0;
        city[kept] = k[i].city, topic[kept++] = no;
    }
    m->ntopics = n ? (size_t)no + 1 : 0;
    uint32_t *off = NULL, *items = NULL;
    ok = ok && csr(m->n, city, topic, kept, &off, &items) && csr(m->ntopics, topic, city, kept, &m->holder_off, &m->holders);
    ok = sparse(m->n, off, items, &m->topics) && ok;
    free(k), free(city), free(topic);
    return ok;
}

bool am_match_set_ties(struct am_match_model *m, const struct am_match_diaspora *d, size_t nd,
                       const struct am_match_topic *t, size_t nt)
{
    free(m->ties), free(m->holder_off), free(m->holders);
    lists_free(&m->topics);
    m->ties = NULL, m->holder_off = m->holders = NULL;
    m->nties = m->ntopics = 0;
    return set_diaspora(m, d, nd) && set_topics(m, t, nt);
}

/* The order of the cities: by country, cell, latitude and id. */
struct place {
    int64_t id;
    uint32_t cell, from;
    float lat;
    uint16_t country;
};

static int by_place(const void *a, const void *b)
{
    const struct place *x = a, *y = b;
    if (x->country != y->country)
        return x->country < y->country ? -1 : 1;
    if (x->cell != y->cell)
        return x->cell < y->cell ? -1 : 1;
    if (x->lat != y->lat)
        return x->lat < y->lat ? -1 : 1;
    return (x->id > y->id) - (x->id < y->id);
}

static int by_place_id(const void *a, const void *b)
{
    const struct place *x = a, *y = b;
    return (x->id > y->id) - (x->id < y->id);
}

static struct pool *pool_new(void);

uint32_t am_match_name_key(const char *name)
{
    struct am_buf b;
    am_buf_init(&b, 1024);
    uint32_t h = 0;
    if (name && !am_fold(name, strlen(name), &b) && b.len) {
        h = 2166136261u; /* FNV-1a */
        for (size_t i = 0; i < b.len; i++)
            h = (h ^ (unsigned char)am_buf_str(&b)[i]) * 16777619u;
        h = h ? h : 1;
    }
    am_buf_free(&b);
    return h;
}

static int by_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* The cities with a name key, by key (then city): a city's namesakes are a
 * range. */
static bool build_names(struct am_match_model *m)
{
    uint64_t *kv = malloc((m->n + 1) * sizeof *kv);
    m->by_name = malloc((m->n + 1) * sizeof *m->by_name);
    if (!kv || !m->by_name) {
        free(kv);
        return false;
    }
    for (size_t i = 0; i < m->n; i++)
        if (m->c[i].name_key)
            kv[m->nnamed++] = (uint64_t)m->c[i].name_key << 32 | (uint32_t)i;
    qsort(kv, m->nnamed, sizeof *kv, by_u64);
    for (size_t j = 0; j < m->nnamed; j++)
        m->by_name[j] = (uint32_t)(kv[j] & UINT32_MAX);
    free(kv);
    return true;
}

struct am_match_model *am_match_build(const struct am_match_city *cities, size_t ncities,
                                      const int64_t (*pairs)[2], size_t npairs,
                                      const int64_t (*members)[2], size_t nmembers)
{
    struct am_match_model *m = calloc(1, sizeof *m);
    struct place *order = malloc((ncities + 1) * sizeof *order);
    if (!m || !order || !(m->c = calloc(ncities + 1, sizeof *m->c)) ||
        !(m->ids = malloc((ncities + 1) * sizeof *m->ids)) || !(m->by_id = malloc((ncities + 1) * sizeof *m->by_id)) ||
        !(m->codes = calloc(ncities + 1, sizeof *m->codes)) || !(m->pool = pool_new())) {
        free(order);
        am_match_free(m);
        return NULL;
    }
    for (size_t i = 0; i < ncities; i++) {
        const struct am_match_city *s = &cities[i];
        bool point = !isnan(s->lat) && !isnan(s->lng);
        order[i] = (struct place){s->id, point ? (uint32_t)cell_of(s->lat, s->lng) : CELLS, (uint32_t)i,
                                  point ? (float)s->lat : 0, country_no(m, s->country[0] ? s->country : "--")};
    }
    /* one code per country, not per city */
    char(*codes)[3] = realloc(m->codes, (m->ncountries + 1) * sizeof *m->codes);
    if (codes)
        m->codes = codes;
    qsort(order, ncities, sizeof *order, by_place);
    for (size_t i = 0; i < ncities; i++) {
        const struct am_match_city *s = &cities[order[i].from];
        struct mcity *c = &m->c[m->n++];
        m->ids[i] = s->id;
        c->country = order[i].country;
        c->point = order[i].cell != CELLS;
        c->lat = c->point ? (float)s->lat : 0;
        c->lng = c->point ? (float)s->lng : 0;
        c->coslat = (float)cos(c->lat * PI / 180);
        c->logpop = s->population > 0 ? (float)log1p((double)s->population) : 0;
        c->seat = s->seat;
        c->name_key = s->name_key;
        order[i].from = (uint32_t)i;
    }
    qsort(order, ncities, sizeof *order, by_place_id);
    for (size_t i = 0; i < ncities; i++)
        m->by_id[i] = order[i].from;
    free(order);
    if (!build_names(m) || !number_divisions(m, cities, ncities) || !build_partners(m, pairs, npairs) ||
        !build_networks(m, members, nmembers) || !build_runs(m) || !build_divisions(m) ||
        !am_match_set_ties(m, NULL, 0, NULL, 0)) {
        am_match_free(m);
        return NULL;
    }
    return m;
}

/* ---- scoring ------------------------------------------------------------------- */

/* Equirectangular: plenty for ranking, and cheap over many cities; the
 * shorter way round across the date line. Bounds of runs of cities
 * (lng_gap, run_km) repeat its arithmetic step by step, so that a bound is
 * never above what this gives for a city of the run. */
static double lng_way(float d)
{
    double dl = d;
    return dl > 180 ? 360 - dl : dl;
}

static double km(const struct mcity *a, const struct mcity *b)
{
    double dlat = (a->lat - b->lat) * 111.2;
    double dlng = lng_way(fabsf(a->lng - b->lng)) * 111.2 * (a->coslat + b->coslat) / 2;
    return sqrt(dlat * dlat + dlng * dlng);
}

static uint32_t degree(const struct am_match_model *m, size_t i)
{
    return m->adj_off[i + 1] - m->adj_off[i];
}

uint32_t am_match_degree(const struct am_match_model *m, int64_t city)
{
    ssize_t i = find(m, city);
    return i < 0 ? 0 : degree(m, (size_t)i);
}

/* Bounds of log(y), y >= 1, from its bits: y = f 2^e with f in [1, 2), and
 * log f lies above its chord (f - 1) ln 2 and below its tangent f - 1. A
 * bound is all that deciding to skip a city needs, and log() is most of
 * the cost of scoring one. */
static void log_bounds(double y, double *lo, double *hi)
{
    uint64_t b;
    memcpy(&b, &y, sizeof b);
    double e = (double)((int)(b >> 52 & 0x7ff) - 1023), f;
    b = (b & 0xfffffffffffffULL) | 0x3ff0000000000000ULL;
    memcpy(&f, &b, sizeof f);
    *lo = (e + f - 1) * LN2;
    *hi = e * LN2 + f - 1;
}

/* w log(1 + x), from above and from below */
static void wlog1p_bounds(double w, double x, double *lo, double *hi)
{
    double a, b;
    if (x == 0) {
        *lo = *hi = 0;
        return;
    }
    log_bounds(1 + x, &a, &b);
    *lo = w >= 0 ? w * a : w * b;
    *hi = w >= 0 ? w * b : w * a;
}

/* ---- the searches' scratch -------------------------------------------------------- */

/* What the sparse signals give one candidate (most candidates get none). */
struct sig {
    float common, aa, chain3, regional, region_pair, network;
    float namesake; /* 1: a city abroad of the same name */
    float diaspora; /* groups that give the city itself */
    float topics;   /* shared topics */
};

struct rec {
    struct sig s;
    uint32_t city;
    bool out;  /* the city itself or one of its partners */
    double ub; /* the most its score can be */
};

/* A search's scratch space: kept by the model and reused, so that a search
 * clears what it touched instead of allocating and zeroing arrays of every
 * city. */
struct cbound {
    double bound;
    uint32_t country;
};

struct scratch {
    struct scratch *next;
    uint32_t *slot;        /* by city: 1 + its record, 0 for none */
    struct rec *rec;
    size_t nrec, cap;
    float *division;       /* by division: log(1 + partnerships with the city's division) */
    uint32_t *divs;        /* the divisions with some */
    size_t ndivs;
    double *country_log;   /* by country: log of its share of the city's country's partnerships */
    float *dia_country;    /* by country: what the groups give every city of it */
    double *cterm;         /* by country: its part of the score of a city no sparse signal reached */
    double *dbest;         /* by country: the most its divisions give such a city */
    struct cbound *corder; /* countries with the most such a city of each can score, best first */
    struct sig spare;      /* written to when out of memory */
    bool oom;
};

struct pool {
    pthread_mutex_t lock;
    struct scratch *free;
};

static struct pool *pool_new(void)
{
    struct pool *p = calloc(1, sizeof *p);
    if (p)
        pthread_mutex_init(&p->lock, NULL);
    return p;
}

static void scratch_free(struct scratch *s)
{
    if (!s)
        return;
    free(s->slot), free(s->rec), free(s->division), free(s->divs), free(s->country_log), free(s->dia_country);
    free(s->cterm), free(s->dbest), free(s->corder);
    free(s);
}

static void pool_free(struct pool *p)
{
    if (!p)
        return;
    while (p->free) {
        struct scratch *s = p->free;
        p->free = s->next;
        scratch_free(s);
    }
    pthread_mutex_destroy(&p->lock);
    free(p);
}

static struct scratch *scratch_get(const struct am_match_model *m)
{
    pthread_mutex_lock(&m->pool->lock);
    struct scratch *s = m->pool->free;
    if (s)
        m->pool->free = s->next;
    pthread_mutex_unlock(&m->pool->lock);
    if (s)
        return s;
    size_t nc = m->ncountries + 1;
    s = calloc(1, sizeof *s);
    if (!s || !(s->slot = calloc(m->n + 1, sizeof *s->slot)) || !(s->division = calloc(m->ndiv + 1, sizeof *s->division)) ||
        !(s->divs = malloc((m->ndiv + 1) * sizeof *s->divs)) || !(s->country_log = malloc(nc * sizeof *s->country_log)) ||
        !(s->dia_country = calloc(nc, sizeof *s->dia_country)) || !(s->cterm = malloc(nc * sizeof *s->cterm)) ||
        !(s->dbest = malloc(nc * sizeof *s->dbest)) || !(s->corder = malloc(nc * sizeof *s->corder))) {
        scratch_free(s);
        return NULL;
    }
    return s;
}

/* Clear what the search touched, and give the scratch back. */
static void scratch_put(const struct am_match_model *m, struct scratch *s)
{
    for (size_t i = 0; i < s->nrec; i++)
        s->slot[s->rec[i].city] = 0;
    for (size_t i = 0; i < s->ndivs; i++)
        s->division[s->divs[i]] = 0;
    memset(s->dia_country, 0, (m->ncountries + 1) * sizeof *s->dia_country);
    s->nrec = s->ndivs = 0;
    s->oom = false;
    pthread_mutex_lock(&m->pool->lock);
    s->next = m->pool->free;
    m->pool->free = s;
    pthread_mutex_unlock(&m->pool->lock);
}

/* The record of city i, made on first touch. */
static struct sig *at(struct scratch *s, uint32_t i)
{
    uint32_t k = s->slot[i];
    if (k)
        return &s->rec[k - 1].s;
    if (s->nrec == s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 1024;
        struct rec *more = realloc(s->rec, cap * sizeof *more);
        if (!more) {
            s->oom = true;
            return &s->spare;
        }
        s->rec = more, s->cap = cap;
    }
    s->rec[s->nrec] = (struct rec){.city = i};
    s->slot[i] = (uint32_t)++s->nrec;
    return &s->rec[s->nrec - 1].s;
}

static const struct sig no_sig;

static const struct sig *sig_of(const struct scratch *s, size_t i)
{
    return s->slot[i] ? &s->rec[s->slot[i] - 1].s : &no_sig;
}

/* ---- the sparse signals of one city ------------------------------------------------ */

/* Each city within REGION_KM of c (itself too), with its weight. */
typedef void near_fn(const struct am_match_model *m, uint32_t n, double w, void *ctx);

static void around(const struct am_match_model *m, uint32_t at_city, near_fn *fn, void *ctx)
{
    const struct mcity *c = &m->c[at_city];
    if (!c->point) {
        fn(m, at_city, 1, ctx);
        return;
    }
    /* only the cells and, in each run (by latitude), the band that can be
     * within REGION_KM: a 1-degree cell is far wider than 30 km */
    float lat0 = c->lat - (float)(REGION_KM / 111.2) - 1e-3f, lat1 = c->lat + (float)(REGION_KM / 111.2) + 1e-3f;
    /* km() takes the mean of the two cosines: the least one in the band bounds it */
    double cmin = cos((fabs((double)c->lat) + REGION_KM / 111.2 + 0.01) * PI / 180);
    double half = cmin > 0.05 ? REGION_KM / (111.2 * cmin) * 1.001 + 1e-3 : 360;
    int r0 = (int)floor(c->lat + 90), c0 = (int)floor(c->lng + 180);
    for (int r = r0 - 1; r <= r0 + 1; r++) {
        if (r < 0 || r > 179 || (float)(r + 1 - 90) < lat0 || (float)(r - 90) > lat1)
            continue;
        for (int cc = c0 - 1; cc <= c0 + 1; cc++) {
            if (half < 1 && (cc + 1 - 180 < c->lng - half || cc - 180 > c->lng + half))
                continue;
            size_t cell = (size_t)r * CELLS_LNG + (size_t)((cc + CELLS_LNG) % CELLS_LNG);
            for (uint32_t k = m->cell_off[cell]; k < m->cell_off[cell + 1]; k++) {
                const struct run *run = &m->runs[m->cell_runs[k]];
                uint32_t lo = run->first, hi = run->end;
                while (lo < hi) { /* the first at or above lat0 */
                    uint32_t mid = lo + (hi - lo) / 2;
                    if (m->c[mid].lat < lat0)
                        lo = mid + 1;
                    else
                        hi = mid;
                }
                for (uint32_t t = lo; t < run->end && m->c[t].lat <= lat1; t++) {
                    double d = km(c, &m->c[t]);
                    if (d <= REGION_KM)
                        fn(m, t, 1 / (1 + d / 10), ctx);
                }
            }
        }
    }
}

struct pair_ctx {
    struct scratch *s;
    double w;
};

static void add_near(const struct am_match_model *m, uint32_t n, double w, void *ctx)
{
    (void)m;
    struct pair_ctx *p = ctx;
    at(p->s, n)->region_pair += (float)(p->w * w);
}

/* For a city n near q (weight w): its partners, and the cities near them. */
struct near_ctx {
    struct scratch *s;
    uint32_t q;
};

static void near_partners(const struct am_match_model *m, uint32_t n, double w, void *ctx)
{
    struct near_ctx *sc = ctx;
    for (uint32_t j = m->adj_off[n]; j < m->adj_off[n + 1]; j++) {
        if (n != sc->q)
            at(sc->s, m->adj[j])->regional += (float)w;
        struct pair_ctx p = {sc->s, w};
        around(m, m->adj[j], add_near, &p);
    }
}

/* Paths q - p - c - d of partnerships, each counted 1/sqrt(deg p deg c)
 * (as in Kovacs et al. 2019, "Network-based prediction of protein
 * interactions"), into d's chain3. */
static void chains3(const struct am_match_model *m, size_t q, uint32_t p, uint32_t c, struct scratch *s)
{
    if (c == q)
        return;
    float w = (float)(1 / sqrt((double)degree(m, p) * degree(m, c)));
    for (uint32_t t = m->adj_off[c]; t < m->adj_off[c + 1]; t++)
        if (m->adj[t] != p)
            at(s, m->adj[t])->chain3 += w;
}

/* What one group gives the candidates for q: to one city, and to every
 * city of one country (NO_CITY, NO_COUNTRY: to none). Both ways: where q's
 * residents come from (a city counts twice, as it is also in its country),
 * and the cities where people from q, or from q's country, now live. The
 * scores and the reasons both read the ties through this. */
struct gift {
    uint32_t city;
    uint16_t country;
    float to_city, to_country;
};

static struct gift tie_gift(const struct am_match_model *m, size_t q, const struct tie *x)
{
    struct gift g = {NO_CITY, NO_COUNTRY, 0, 0};
    uint16_t home = m->c[q].country;
    if (x->host == q) {
        if (x->origin != NO_CITY)
            g.city = x->origin, g.to_city = x->strength;
        if (x->country != NO_COUNTRY && x->country != home)
            g.country = x->country, g.to_country = x->strength;
    } else if (x->origin == q) {
        g.city = x->host, g.to_city = 2 * x->strength;
    } else if (x->origin == NO_CITY && x->country == home && m->c[x->host].country != home) {
        g.city = x->host, g.to_city = x->strength;
    }
    return g;
}

/* What a group gives candidate c. */
static float gift_to(const struct am_match_model *m, struct gift g, size_t c)
{
    return (g.city == c ? g.to_city : 0) + (g.country == m->c[c].country ? g.to_country : 0);
}

/* The sparse signals of q into the scratch's records, and the per-search
 * tables (countries, divisions). */
/* A name shared by more cities abroad than this says nothing (San José,
 * Victoria, Alexandria). */
#define NAMESAKES_MAX 50

/* The cities abroad of q's name. */
static void namesakes(const struct am_match_model *m, size_t q, struct scratch *s)
{
    uint32_t key = m->c[q].name_key;
    if (!key)
        return;
    size_t lo = 0, hi = m->nnamed;
    while (lo < hi) { /* the first of the key */
        size_t mid = lo + (hi - lo) / 2;
        if (m->c[m->by_name[mid]].name_key < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t end = lo, abroad = 0;
    while (end < m->nnamed && m->c[m->by_name[end]].name_key == key)
        abroad += m->c[m->by_name[end++]].country != m->c[q].country;
    if (abroad > NAMESAKES_MAX)
        return;
    for (size_t j = lo; j < end; j++)
        if (m->c[m->by_name[j]].country != m->c[q].country)
            at(s, m->by_name[j])->namesake = 1;
}

static void collect(const struct am_match_model *m, size_t q, struct scratch *s)
{
    uint16_t home = m->c[q].country;
    for (size_t k = 0; k < m->ncountries; k++)
        s->country_log[k] = log((m->pairs[(size_t)home * m->ncountries + k] + 0.1) / (m->country_total[home] + 1));
    at(s, (uint32_t)q);
    s->rec[s->slot[q] - 1].out = true;
    for (uint32_t j = m->adj_off[q]; j < m->adj_off[q + 1]; j++) {
        at(s, m->adj[j]);
        if (s->slot[m->adj[j]])
            s->rec[s->slot[m->adj[j]] - 1].out = true;
    }
    for (size_t k = 0; k < m->nties; k++) {
        struct gift g = tie_gift(m, q, &m->ties[k]);
        if (g.city != NO_CITY)
            at(s, g.city)->diaspora += g.to_city;
        if (g.country != NO_COUNTRY)
            s->dia_country[g.country] += g.to_country;
    }
    const uint32_t *topics;
    uint32_t ntopics = list_of(&m->topics, q, &topics);
    for (uint32_t j = 0; j < ntopics; j++)
        for (uint32_t t = m->holder_off[topics[j]]; t < m->holder_off[topics[j] + 1]; t++)
            at(s, m->holders[t])->topics += 1;
    uint32_t dq = m->c[q].division;
    for (uint32_t j = dq ? m->div_off[dq] : 0; dq && j < m->div_off[dq + 1]; j++) {
        if (s->division[m->div_to[j]] == 0)
            s->divs[s->ndivs++] = m->div_to[j];
        s->division[m->div_to[j]] += 1;
    }
    for (size_t k = 0; k < s->ndivs; k++) /* as scored: log(1 + partnerships) */
        s->division[s->divs[k]] = (float)log1p(s->division[s->divs[k]]);
    for (uint32_t j = m->adj_off[q]; j < m->adj_off[q + 1]; j++) {
        uint32_t p = m->adj[j];
        double w = 1 / log(2.0 + degree(m, p));
        for (uint32_t t = m->adj_off[p]; t < m->adj_off[p + 1]; t++) {
            struct sig *x = at(s, m->adj[t]);
            x->common += 1;
            x->aa += (float)w;
            chains3(m, q, p, m->adj[t], s);
        }
    }
    namesakes(m, q, s);
    struct near_ctx sc = {s, (uint32_t)q};
    around(m, (uint32_t)q, near_partners, &sc);
    const uint32_t *nets;
    uint32_t nnets = list_of(&m->nets, q, &nets);
    for (uint32_t j = 0; j < nnets; j++) {
        uint32_t net = nets[j], size = m->mem_off[net + 1] - m->mem_off[net];
        if (size > BIG_NETWORK)
            continue;
        double w = 1 / log(2.0 + size);
        for (uint32_t t = m->mem_off[net]; t < m->mem_off[net + 1]; t++)
            at(s, m->mems[t])->network += (float)w;
    }
}

/* Cities the filter rules out whatever the model says. */
static void exclude(const struct am_match_model *m, const struct am_match_filter *f, struct scratch *s)
{
    for (size_t j = 0; f && j < f->nexclude; j++) {
        ssize_t i = find(m, f->exclude[j]);
        if (i < 0)
            continue;
        at(s, (uint32_t)i);
        if (s->slot[i])
            s->rec[s->slot[i] - 1].out = true;
    }
}

/* Capitals twin with capitals, seats of regions with their like: 2 when
 * both are capitals, 1 when both are at least seats of regions. */
static double seat_pair(const struct mcity *a, const struct mcity *b)
{
    return a->seat < b->seat ? a->seat : b->seat;
}

/* The parts of the score of candidate i for city q. */
static void parts(const struct am_match_model *m, size_t q, size_t i, const struct sig *x, const struct scratch *s,
                  const struct am_match_weights *w, struct am_match_hit *h)
{
    const struct mcity *a = &m->c[q], *b = &m->c[i];
    double d = a->point && b->point ? km(a, b) : UNKNOWN_KM;
    h->city = m->ids[i];
    /* most candidates have none of the sparse signals: log1p(0) is 0 */
    h->common = x->common != 0 ? w->common * log1p(x->common) : 0;
    h->adamic_adar = w->adamic_adar * x->aa;
    h->chain3 = x->chain3 != 0 ? w->chain3 * log1p(x->chain3) : 0;
    h->regional = x->regional != 0 ? w->regional * log1p(x->regional) : 0;
    h->region_pair = x->region_pair != 0 ? w->region_pair * log1p(x->region_pair) : 0;
    h->division = b->division ? w->division * s->division[b->division] : 0;
    h->network = w->network * x->network;
    h->seat = w->seat * seat_pair(a, b);
    h->namesake = w->namesake * x->namesake;
    h->country = w->country * s->country_log[b->country];
    h->spread = w->spread * m->country_spread[b->country];
    h->size_similar = a->logpop > 0 && b->logpop > 0 ? -w->size_similar * fabsf(a->logpop - b->logpop) : -w->size_similar;
    h->size = w->size * b->logpop;
    h->popularity = w->popularity * b->logdeg;
    h->distance = w->distance * log1p(d);
    double dia = x->diaspora + s->dia_country[b->country];
    h->diaspora = dia != 0 ? w->diaspora * log1p(dia) : 0;
    const uint32_t *unused;
    uint32_t ta = list_of(&m->topics, q, &unused), tb = ta ? list_of(&m->topics, i, &unused) : 0;
    h->topics = ta && tb ? w->topics * x->topics / sqrt((double)ta * tb) : 0;
#define AM_MATCH_ADD(name) +h->name
    h->score = 0 AM_MATCH_SIGNALS(AM_MATCH_ADD);
#undef AM_MATCH_ADD
}

static bool is_partner(const struct am_match_model *m, size_t q, uint32_t i)
{
    const uint32_t *lo = m->adj + m->adj_off[q];
    size_t n = m->adj_off[q + 1] - m->adj_off[q];
    return bsearch(&i, lo, n, sizeof *lo, cmp_u32) != NULL;
}

/* A filter as a search reads it: the population bounds in the model's
 * log(1 + population) too, so that expm1 runs only near a bound. */
struct sieve {
    const struct am_match_filter *f;
    uint16_t country; /* NO_COUNTRY: any; ncountries: none of the model's */
    uint16_t not_country; /* NO_COUNTRY: none left out */
    double lmin, lmax;
};

static struct sieve sieve_of(const struct am_match_model *m, const struct am_match_filter *f)
{
    struct sieve v = {f, NO_COUNTRY, NO_COUNTRY, -INFINITY, INFINITY};
    if (f && f->country[0]) {
        uint16_t c = country_known(m, f->country);
        v.country = c == NO_COUNTRY ? (uint16_t)m->ncountries : c;
    }
    if (f && f->not_country[0])
        v.not_country = country_known(m, f->not_country);
    if (f && f->min_population)
        v.lmin = log1p((double)f->min_population - 0.5);
    if (f && f->max_population)
        v.lmax = log1p((double)f->max_population + 0.5);
    return v;
}

static bool passes(const struct am_match_model *m, size_t i, const struct sieve *v)
{
    const struct am_match_filter *f = v->f;
    if (!f)
        return true;
    const struct mcity *c = &m->c[i];
    if (v->country != NO_COUNTRY && c->country != v->country)
        return false;
    if (v->not_country != NO_COUNTRY && c->country == v->not_country)
        return false;
    if (f->min_population || f->max_population) {
        /* clear of the bounds: no expm1 (it costs more than the scoring) */
        double l = c->logpop;
        bool sure = (!f->min_population || l > v->lmin + 1e-6 || l < v->lmin - 1e-6) &&
                    (!f->max_population || l > v->lmax + 1e-6 || l < v->lmax - 1e-6);
        if (sure) {
            if ((f->min_population && l < v->lmin) || (f->max_population && (l <= 0 || l > v->lmax)))
                return false;
        } else {
            double pop = c->logpop > 0 ? expm1(c->logpop) : 0;
            if ((f->min_population && pop < (double)f->min_population - 0.5) ||
                (f->max_population && (pop <= 0 || pop > (double)f->max_population + 0.5)))
                return false;
        }
    }
    if (f->only && !bsearch(&m->ids[i], f->only, f->nonly, sizeof *f->only, cmp_i64))
        return false;
    return true;
}

/* A bounded heap of the best k: the worst of them on top. Of equal scores
 * the lower id is the better, so that the k kept do not depend on the
 * order the candidates come in. */
struct heap {
    struct am_match_hit *h;
    size_t n, k;
};

static bool worse(const struct am_match_hit *a, const struct am_match_hit *b)
{
    return a->score < b->score || (a->score == b->score && a->city > b->city);
}

static void heap_push(struct heap *hp, const struct am_match_hit *x)
{
    if (hp->k == 0)
        return;
    if (hp->n < hp->k) {
        size_t i = hp->n++;
        hp->h[i] = *x;
        while (i && worse(&hp->h[i], &hp->h[(i - 1) / 2])) {
            struct am_match_hit t = hp->h[i];
            hp->h[i] = hp->h[(i - 1) / 2];
            hp->h[(i - 1) / 2] = t;
            i = (i - 1) / 2;
        }
        return;
    }
    if (!worse(&hp->h[0], x))
        return;
    hp->h[0] = *x;
    for (size_t i = 0;;) {
        size_t l = 2 * i + 1, r = l + 1, min = i;
        if (l < hp->n && worse(&hp->h[l], &hp->h[min]))
            min = l;
        if (r < hp->n && worse(&hp->h[r], &hp->h[min]))
            min = r;
        if (min == i)
            break;
        struct am_match_hit t = hp->h[i];
        hp->h[i] = hp->h[min];
        hp->h[min] = t;
        i = min;
    }
}

/* The score a candidate must beat to enter: -inf until the heap is full.
 * A bound below it by more than rounding cannot win, not even a tie. */
static double heap_floor(const struct heap *hp)
{
    return hp->n < hp->k ? -INFINITY : hp->h[0].score;
}

static bool below(double bound, double floor)
{
    return bound < floor - 1e-9 * (1 + fabs(floor));
}

static int by_score_desc(const void *a, const void *b)
{
    const struct am_match_hit *x = a, *y = b;
    if (x->score != y->score)
        return x->score < y->score ? 1 : -1;
    return (x->city > y->city) - (x->city < y->city);
}

/* The best first, with the parts of each (for the reasons). */
static void finish_hits(const struct am_match_model *m, size_t q, const struct scratch *s,
                        const struct am_match_weights *w, struct heap *hp)
{
    for (size_t i = 0; w && i < hp->n; i++) {
        double sc = hp->h[i].score;
        ssize_t c = find(m, hp->h[i].city);
        parts(m, q, (size_t)c, sig_of(s, (size_t)c), s, w, &hp->h[i]);
        hp->h[i].score = sc;
    }
    qsort(hp->h, hp->n, sizeof *hp->h, by_score_desc);
}

/* The score of a candidate from q, bounded from both sides without log():
 * the terms that need none exactly, the others from log_bounds. */
static void rec_bounds(const struct am_match_model *m, size_t q, size_t i, const struct sig *x,
                       const struct scratch *s, const struct am_match_weights *w, double *lb, double *ub)
{
    const struct mcity *a = &m->c[q], *b = &m->c[i];
    double lo = 0, hi = 0, l, u;
    double exact = w->adamic_adar * x->aa + w->network * x->network + w->namesake * x->namesake +
                   w->country * s->country_log[b->country] + w->spread * m->country_spread[b->country] +
                   (b->division ? w->division * s->division[b->division] : 0) +
                   (a->logpop > 0 && b->logpop > 0 ? -w->size_similar * fabsf(a->logpop - b->logpop)
                                                    : -w->size_similar) +
                   w->size * b->logpop + w->popularity * b->logdeg + w->seat * seat_pair(a, b);
    const uint32_t *unused;
    uint32_t ta = list_of(&m->topics, q, &unused), tb = ta ? list_of(&m->topics, i, &unused) : 0;
    if (ta && tb)
        exact += w->topics * x->topics / sqrt((double)ta * tb);
    wlog1p_bounds(w->common, x->common, &l, &u), lo += l, hi += u;
    wlog1p_bounds(w->chain3, x->chain3, &l, &u), lo += l, hi += u;
    wlog1p_bounds(w->regional, x->regional, &l, &u), lo += l, hi += u;
    wlog1p_bounds(w->region_pair, x->region_pair, &l, &u), lo += l, hi += u;
    wlog1p_bounds(w->distance, a->point && b->point ? km(a, b) : UNKNOWN_KM, &l, &u), lo += l, hi += u;
    wlog1p_bounds(w->diaspora, (double)(x->diaspora + s->dia_country[b->country]), &l, &u), lo += l, hi += u;
    *lb = exact + lo;
    *ub = exact + hi;
}

/* The least distance from q to a city of run r, by km()'s own steps. */
static double run_km(const struct mcity *a, const struct run *r)
{
    float glat = r->lat0 > a->lat ? r->lat0 - a->lat : a->lat > r->lat1 ? a->lat - r->lat1 : 0;
    double gl = 0;
    if (a->lng < r->lng0 || a->lng > r->lng1) {
        double g0 = lng_way(fabsf(a->lng - r->lng0)), g1 = lng_way(fabsf(a->lng - r->lng1));
        gl = g0 < g1 ? g0 : g1;
    }
    double dlat = glat * 111.2, dlng = gl * 111.2 * (a->coslat + r->cos0) / 2;
    return sqrt(dlat * dlat + dlng * dlng);
}

/* The most the distance term can give a city of run r. */
static double run_distance(const struct mcity *a, const struct run *r, const struct am_match_weights *w)
{
    double best = -INFINITY, l, u;
    if (r->nopoint || !a->point) {
        wlog1p_bounds(w->distance, UNKNOWN_KM, &l, &u);
        best = u;
    }
    if (r->point && a->point) {
        if (w->distance <= 0) {
            wlog1p_bounds(w->distance, run_km(a, r), &l, &u);
        } else { /* farther is better: the far side of the earth at most */
            wlog1p_bounds(w->distance, 40100, &l, &u);
        }
        best = u > best ? u : best;
    }
    return best;
}

/* The most the size term can give a city of run r. */
static double run_size(const struct mcity *a, const struct run *r, const struct am_match_weights *w)
{
    double ws = w->size_similar, best = -INFINITY;
    if (a->logpop <= 0 || r->unknown)
        best = -ws;
    if (a->logpop > 0 && r->known0 <= r->known1) {
        float gap = r->known0 > a->logpop ? r->known0 - a->logpop : a->logpop > r->known1 ? a->logpop - r->known1 : 0;
        float far = fmaxf(fabsf(a->logpop - r->known0), fabsf(a->logpop - r->known1));
        double v = ws >= 0 ? -ws * gap : -ws * far;
        best = v > best ? v : best;
    }
    return best + (w->size >= 0 ? w->size * r->pop1 : w->size * r->pop0) +
           (w->popularity >= 0 ? w->popularity * r->deg1 : w->popularity * r->deg0) +
           w->seat * (double)(w->seat >= 0 ? (a->seat < r->seat1 ? a->seat : r->seat1)
                                           : (a->seat < r->seat0 ? a->seat : r->seat0));
}

/* The per-country terms of the cities no sparse signal reached: the
 * country's share, its diaspora groups, and its best division. */
static void country_terms(const struct am_match_model *m, struct scratch *s, const struct am_match_weights *w)
{
    for (size_t k = 0; k < m->ncountries; k++) {
        double dia = s->dia_country[k];
        s->cterm[k] = w->country * s->country_log[k] + w->spread * m->country_spread[k] +
                      (dia != 0 ? w->diaspora * log1p(dia) : 0);
        s->dbest[k] = 0; /* at least: a division with no partnership with the city's (log1p(0)) */
    }
    for (size_t j = 0; w->division > 0 && j < s->ndivs; j++) {
        uint32_t d = s->divs[j];
        double v = w->division * s->division[d];
        uint16_t c = m->div_country[d];
        s->dbest[c] = v > s->dbest[c] ? v : s->dbest[c];
    }
}

static void score_into(const struct am_match_model *m, size_t q, size_t i, const struct sig *x,
                       const struct scratch *s, const struct am_match_weights *w, struct heap *hp)
{
    struct am_match_hit h;
    parts(m, q, i, x, s, w, &h);
    struct am_match_hit e = {.city = h.city, .score = h.score};
    heap_push(hp, &e);
}

static int by_cbound(const void *a, const void *b)
{
    const struct cbound *x = a, *y = b;
    if (x->bound != y->bound)
        return x->bound < y->bound ? 1 : -1;
    return (x->country > y->country) - (x->country < y->country);
}

/* The cities no sparse signal reached, a country and a run at a time, the
 * most promising country first; a country or a run whose bound is below
 * the k-th best so far is skipped whole. */
static void rank_rest(const struct am_match_model *m, size_t q, struct scratch *s, const struct am_match_weights *w,
                      const struct sieve *v, struct heap *hp)
{
    const struct mcity *a = &m->c[q];
    size_t nc = 0;
    for (size_t k = 0; k < m->ncountries; k++) {
        const struct run *cr = &m->country_runs[k];
        if (cr->first == cr->end || (v->country != NO_COUNTRY && v->country != k))
            continue;
        /* cterm is exact for the country; the rest is bounded over its cities */
        s->corder[nc++] = (struct cbound){s->cterm[k] + s->dbest[k] + run_size(a, cr, w) + run_distance(a, cr, w),
                                          (uint32_t)k};
    }
    qsort(s->corder, nc, sizeof *s->corder, by_cbound);
    for (size_t j = 0; j < nc; j++) {
        uint16_t k = (uint16_t)s->corder[j].country;
        if (below(s->corder[j].bound, heap_floor(hp)))
            break; /* and every country after it */
        for (uint32_t r = m->country_runs[k].first; r < m->country_runs[k].end; r++) {
            const struct run *run = &m->runs[r];
            double dist = run_distance(a, run, w);
            double base = s->cterm[k] + dist;
            if (below(base + s->dbest[k] + run_size(a, run, w), heap_floor(hp)))
                continue;
            for (uint32_t i = run->first; i < run->end; i++) {
                if (s->slot[i])
                    continue; /* a sparse signal reached it: scored already */
                const struct mcity *b = &m->c[i];
                double ub = base + (b->division ? w->division * s->division[b->division] : 0) +
                            (a->logpop > 0 && b->logpop > 0 ? -w->size_similar * fabsf(a->logpop - b->logpop)
                                                             : -w->size_similar) +
                            w->size * b->logpop + w->popularity * b->logdeg + w->seat * seat_pair(a, b);
                double floor = heap_floor(hp);
                if (below(ub, floor))
                    continue;
                if (a->point && b->point && w->distance <= 0) { /* its own distance, still without log() */
                    double l, u;
                    wlog1p_bounds(w->distance, km(a, b), &l, &u);
                    if (below(ub - dist + u, floor))
                        continue;
                }
                if (passes(m, i, v))
                    score_into(m, q, i, &no_sig, s, w, hp);
            }
        }
    }
}

/* The k best: first the cities a sparse signal reached, each bounded, the
 * k-th best of their least scores being a floor the others must beat;
 * then those whose bounds reach it, scored; then the rest (rank_rest). */
static enum am_rc rank_fast(const struct am_match_model *m, size_t q, const struct am_match_weights *w,
                            const struct am_match_filter *f, struct scratch *s, struct heap *hp)
{
    struct sieve v = sieve_of(m, f);
    collect(m, q, s);
    exclude(m, f, s);
    if (s->oom)
        return AM_ENOMEM;
    country_terms(m, s, w);
    if (f && f->only) { /* a few candidates named: each scored */
        for (size_t j = 0; j < f->nonly; j++) {
            ssize_t i = find(m, f->only[j]);
            if (i < 0 || (s->slot[i] && s->rec[s->slot[i] - 1].out) || !passes(m, (size_t)i, &v))
                continue;
            score_into(m, q, (size_t)i, sig_of(s, (size_t)i), s, w, hp);
        }
        return AM_OK;
    }
    /* the floor: a heap of the k best least scores (in the hits' room) */
    struct heap lows = {hp->h, 0, hp->k};
    for (size_t j = 0; j < s->nrec; j++) {
        struct rec *r = &s->rec[j];
        r->ub = -INFINITY;
        if (r->out || !passes(m, r->city, &v))
            continue;
        double lb;
        rec_bounds(m, q, r->city, &r->s, s, w, &lb, &r->ub);
        heap_push(&lows, &(struct am_match_hit){.city = m->ids[r->city], .score = lb});
    }
    double floor = heap_floor(&lows);
    for (size_t j = 0; j < s->nrec; j++) {
        const struct rec *r = &s->rec[j];
        double at_least = heap_floor(hp) > floor ? heap_floor(hp) : floor;
        if (r->ub == -INFINITY || below(r->ub, at_least))
            continue;
        score_into(m, q, r->city, &r->s, s, w, hp);
    }
    rank_rest(m, q, s, w, &v, hp);
    return AM_OK;
}

enum am_rc am_match_rank(const struct am_match_model *m, int64_t city, const struct am_match_weights *w,
                         const struct am_match_filter *f, size_t k, struct am_match_hit *out, size_t *n)
{
    ssize_t q = find(m, city);
    *n = 0;
    if (q < 0)
        return AM_ENOTFOUND;
    if (!w)
        w = &am_match_default_weights;
    struct scratch *s = scratch_get(m);
    if (!s)
        return AM_ENOMEM;
    struct heap hp = {out, 0, k};
    enum am_rc rc = rank_fast(m, (size_t)q, w, f, s, &hp);
    if (!rc) {
        finish_hits(m, (size_t)q, s, w, &hp);
        *n = hp.n;
    }
    scratch_put(m, s);
    return rc;
}

/* Rankings that score every city: the reference the bounded one must
 * equal, and the baselines. */
typedef double score_fn(const struct am_match_model *m, size_t q, size_t i, const struct sig *x,
                        const struct scratch *s, const void *ctx);

static enum am_rc rank_each(const struct am_match_model *m, int64_t city, score_fn *fn, const void *ctx,
                            const struct am_match_weights *w, const struct am_match_filter *f, size_t k,
                            struct am_match_hit *out, size_t *n)
{
    ssize_t q = find(m, city);
    *n = 0;
    if (q < 0)
        return AM_ENOTFOUND;
    struct scratch *s = scratch_get(m);
    if (!s)
        return AM_ENOMEM;
    collect(m, (size_t)q, s);
    exclude(m, f, s);
    enum am_rc rc = s->oom ? AM_ENOMEM : AM_OK;
    struct sieve v = sieve_of(m, f);
    struct heap hp = {out, 0, k};
    for (size_t i = 0; !rc && k && i < m->n; i++) {
        const struct sig *x = sig_of(s, i);
        if ((s->slot[i] && s->rec[s->slot[i] - 1].out) || !passes(m, i, &v))
            continue;
        double sc = fn(m, (size_t)q, i, x, s, ctx);
        if (isnan(sc))
            continue;
        heap_push(&hp, &(struct am_match_hit){.city = m->ids[i], .score = sc});
    }
    if (!rc) {
        finish_hits(m, (size_t)q, s, w, &hp);
        *n = hp.n;
    }
    scratch_put(m, s);
    return rc;
}

static double full_score(const struct am_match_model *m, size_t q, size_t i, const struct sig *x,
                         const struct scratch *s, const void *ctx)
{
    struct am_match_hit h;
    parts(m, q, i, x, s, ctx, &h);
    return h.score;
}

enum am_rc am_match_rank_all(const struct am_match_model *m, int64_t city, const struct am_match_weights *w,
                             const struct am_match_filter *f, size_t k, struct am_match_hit *out, size_t *n)
{
    if (!w)
        w = &am_match_default_weights;
    return rank_each(m, city, full_score, w, w, f, k, out, n);
}

/* Baselines: one signal each; of equal scores the lower id first. */
static double most_partnered(const struct am_match_model *m, size_t q, size_t i, const struct sig *x,
                             const struct scratch *s, const void *ctx)
{
    (void)q, (void)x, (void)s, (void)ctx;
    return degree(m, i);
}

static double nearest_foreign(const struct am_match_model *m, size_t q, size_t i, const struct sig *x,
                              const struct scratch *s, const void *ctx)
{
    (void)x, (void)s, (void)ctx;
    if (m->c[i].country == m->c[q].country || !m->c[i].point || !m->c[q].point)
        return NAN;
    return -km(&m->c[q], &m->c[i]);
}

/* partners of partners, ties broken by the number of partners */
static double common(const struct am_match_model *m, size_t q, size_t i, const struct sig *x,
                     const struct scratch *s, const void *ctx)
{
    (void)q, (void)s, (void)ctx;
    return x->common + 1e-6 * degree(m, i);
}

static double adamic_adar(const struct am_match_model *m, size_t q, size_t i, const struct sig *x,
                          const struct scratch *s, const void *ctx)
{
    (void)q, (void)s, (void)ctx;
    return x->aa + 1e-6 * degree(m, i);
}

enum am_rc am_match_baseline(const struct am_match_model *m, enum am_match_baseline b, int64_t city, size_t k,
                             struct am_match_hit *out, size_t *n)
{
    static score_fn *const fns[] = {
        [AM_MATCH_MOST_PARTNERED] = most_partnered, [AM_MATCH_NEAREST_FOREIGN] = nearest_foreign,
        [AM_MATCH_COMMON] = common, [AM_MATCH_ADAMIC_ADAR] = adamic_adar};
    if ((size_t)b >= sizeof fns / sizeof *fns)
        return AM_EBADREQ;
    return rank_each(m, city, fns[b], NULL, NULL, NULL, k, out, n);
}

/* ---- from the database ------------------------------------------------------------ */

static const struct am_field query_fields[] = {
    {.name = "limit", .type = AM_T_INT, .min = 1, .max = 100, .doc = "default 20"},
    {.name = "country", .type = AM_T_COUNTRY, .doc = "candidates of this country only"},
    {.name = "abroad", .type = AM_T_BOOL, .doc = "leave out cities of the city's own country"},
    {.name = "network", .type = AM_T_ID, .doc = "candidates that are current members of this network"},
    {.name = "topic", .type = AM_T_SLUG, .ref = "topic",
     .doc = "candidates with practices or activities on this topic"},
    {.name = "min_population", .type = AM_T_INT, .min = 0, .max = 100000000},
    {.name = "max_population", .type = AM_T_INT, .min = 1, .max = 100000000},
    {0},
};
const struct am_schema am_match_query = {
    .name = "PartnerSuggestionQuery", .doc = NULL, .fields = query_fields};

static const struct am_field suggested_city_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "country", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "population", .type = AM_T_INT, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "lat", .type = AM_T_NUMBER, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "lng", .type = AM_T_NUMBER, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {0},
};
static const struct am_schema suggested_city_schema = {
    .name = "SuggestedCity", .doc = "A city suggested (only its id if it has gone since).",
    .fields = suggested_city_fields};

static const struct am_field reason_city_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {0},
};
static const struct am_schema reason_city_schema = {
    .name = "ReasonCity", .doc = "A city a reason names.", .fields = reason_city_fields};

static const struct am_field reason_topic_fields[] = {
    {.name = "id", .type = AM_T_SLUG, .flags = AM_F_READONLY},
    {.name = "label", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {0},
};
static const struct am_schema reason_topic_schema = {
    .name = "ReasonTopic", .doc = "A topic both cities work on.", .fields = reason_topic_fields};

AM_NETWORK_REF(reason_network_ref, "w");

static const char *const signals[] = {"partners", "chain", "regional", "division", "region", "countries",
                                      "networks", "seat", "namesake", "size", "popularity", "distance", "diaspora", "topics", NULL};
static const struct am_field reason_fields[] = {
    {.name = "signal", .type = AM_T_ENUM, .flags = AM_F_READONLY, .values = signals},
    /* the longest: four topic labels, or two place names and a source */
    {.name = "text", .type = AM_T_STRING, .flags = AM_F_READONLY, .max = 1000},
    {.name = "weight", .type = AM_T_NUMBER, .flags = AM_F_READONLY, .doc = "its part of the score"},
    {.name = "cities", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "city", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
                                      .object = &reason_city_schema},
     .doc = "partners, regional: the cities behind it"},
    {.name = "networks", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "network", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
                                      .object = &reason_network_ref},
     .doc = "networks: the networks both are members of"},
    {.name = "diaspora", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
     .doc = "diaspora: the group's id (one)"},
    {.name = "topics", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "topic", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
                                      .object = &reason_topic_schema},
     .doc = "topics: the topics both work on"},
    /* the figures the words hold, for a client that words them itself (in
     * its reader's language) */
    {.name = "count", .type = AM_T_INT, .flags = AM_F_READONLY,
     .doc = "partners: of this city's partners; countries: partnerships between the two countries' cities; "
            "popularity: the city's partner cities; seat: 2 both capitals, 1 both seats of regions"},
    {.name = "total", .type = AM_T_INT, .flags = AM_F_READONLY,
     .doc = "countries: partnerships of this city's country's cities (count is a share of it)"},
    {.name = "countries", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "country", .type = AM_T_COUNTRY, .flags = AM_F_READONLY},
     .doc = "countries: this city's and the suggested one's"},
    {.name = "populations", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "population", .type = AM_T_INT, .flags = AM_F_READONLY},
     .doc = "size: this city's and the suggested one's, rounded (a positive weight: similar; a negative one: "
            "very different)"},
    {.name = "km", .type = AM_T_INT, .flags = AM_F_READONLY,
     .doc = "distance: in kilometres, rounded (a positive weight: nearer than most partner cities are, a "
            "negative one: further)"},
    {0},
};
static const struct am_schema reason_schema = {
    .name = "SuggestionReason",
    .doc = "Why a city is suggested (a positive weight), or what counts less in its favour (a negative one), in "
           "words, with its weight.",
    .fields = reason_fields};

static const struct am_field suggestion_item_fields[] = {
    {.name = "city", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &suggested_city_schema},
    {.name = "score", .type = AM_T_NUMBER, .flags = AM_F_READONLY,
     .doc = "the model's sum of the parts, unitless (can be negative): for ordering"},
    {.name = "strength", .type = AM_T_INT, .flags = AM_F_READONLY, .min = 0, .max = 100,
     .doc = "how strong the score is, 0 to 100: the share of real partnerships, held out before they were made, "
            "that scored below it"},
    {.name = "reasons", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "reason", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
                                      .object = &reason_schema},
     .doc = "strongest first"},
    {0},
};
const struct am_schema am_match_suggestion_schema = {
    .name = "Suggestion", .doc = "A suggested partner city.", .fields = suggestion_item_fields};

static const struct am_field suggestions_fields[] = {
    {.name = "city", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "items", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "suggestion", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
                                      .object = &am_match_suggestion_schema},
     .doc = "best first"},
    {.name = "ties", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "suggestion", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
                                      .object = &am_match_suggestion_schema},
     .doc = "up to 5 more, best first: cities a diaspora group or a shared topic ties to this one that are not "
            "among the items (under the same filters)"},
    {.name = "total", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "the items"},
    AM_MODEL_FIELDS("the model of the registry the suggestions come from"),
    {0},
};
const struct am_schema am_match_suggestions_schema = {
    .name = "PartnerSuggestions", .doc = "Suggested partner cities, with reasons.", .fields = suggestions_fields};

/* The rows of a query of two ids, as a new array (the caller's) in *out. */
static enum am_rc id_pairs(struct am_db *db, const char *sql, int64_t (**out)[2], size_t *n, struct am_err *err)
{
    struct am_stmt *st = NULL;
    bool row;
    size_t cap = 256;
    int64_t(*a)[2] = malloc(cap * sizeof *a);
    *out = NULL, *n = 0;
    enum am_rc rc = a ? am_db_prepare(db, sql, json_array(), &st, err) : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    size_t k = 0;
    while (!rc && !(rc = am_stmt_step(st, &row, err)) && row) {
        if (k == cap) {
            int64_t(*g)[2] = realloc(a, (cap *= 2) * sizeof *a);
            if (!g) {
                rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
                break;
            }
            a = g;
        }
        a[k][0] = am_stmt_i64(st, 0);
        a[k++][1] = am_stmt_i64(st, 1);
    }
    am_stmt_done(st);
    if (rc) {
        free(a);
        return rc;
    }
    *out = a, *n = k;
    return AM_OK;
}

enum am_rc am_match_load(struct am_db *db, struct am_match_city **cities, size_t *ncities, int64_t (**pairs)[2],
                         size_t *npairs, int64_t (**members)[2], size_t *nmembers, struct am_err *err)
{
    struct am_stmt *st = NULL;
    bool row;
    size_t cap = 1024;
    *cities = NULL, *pairs = NULL, *members = NULL;
    *ncities = *npairs = *nmembers = 0;
    struct am_match_city *c = malloc(cap * sizeof *c);
    enum am_rc rc = c ? am_db_prepare(db, "SELECT id, country, lat, lng, population, admin_code, CASE feature_code WHEN 'PPLC' "
                                    "THEN 2 WHEN 'PPLA' THEN 1 ELSE 0 END, name FROM city", json_array(),
                                    &st, err)
                      : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    while (!rc && !(rc = am_stmt_step(st, &row, err)) && row) {
        if (*ncities == cap) {
            struct am_match_city *g = realloc(c, (cap *= 2) * sizeof *c);
            if (!g) {
                rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
                break;
            }
            c = g;
        }
        struct am_match_city *x = &c[(*ncities)++];
        const char *cc = am_stmt_text(st, 1);
        x->id = am_stmt_i64(st, 0);
        snprintf(x->country, sizeof x->country, "%s", cc ? cc : "");
        x->lat = am_stmt_null(st, 2) ? NAN : am_stmt_double(st, 2);
        x->lng = am_stmt_null(st, 3) ? NAN : am_stmt_double(st, 3);
        x->population = am_stmt_null(st, 4) ? 0 : am_stmt_i64(st, 4);
        x->seat = (uint8_t)am_stmt_i64(st, 6);
        x->name_key = am_match_name_key(am_stmt_text(st, 7));
        const char *admin = am_stmt_text(st, 5);
        snprintf(x->admin, sizeof x->admin, "%s", admin ? admin : "");
    }
    am_stmt_done(st);
    /* row by row into the arrays: a JSON object a row would be megabytes
     * for a moment, and the moment is the build's peak */
    if (!rc)
        rc = id_pairs(db, "SELECT a_city_id, b_city_id FROM partnership WHERE a_city_id IS NOT NULL "
                          "AND b_city_id IS NOT NULL AND status <> 'ended'",
                      pairs, npairs, err);
    if (!rc)
        rc = id_pairs(db, "SELECT city_id, network_id FROM membership WHERE city_id IS NOT NULL AND "
                          "left_year IS NULL AND status = 'current'",
                      members, nmembers, err);
    if (rc) {
        free(c), free(*pairs), free(*members);
        *pairs = NULL, *members = NULL, *npairs = *nmembers = 0, *ncities = 0;
        return rc;
    }
    *cities = c;
    return AM_OK;
}

enum am_rc am_match_load_ties(struct am_db *db, struct am_match_diaspora **d, size_t *nd, struct am_match_topic **t,
                              size_t *nt, struct am_err *err)
{
    json_t *dr = NULL, *tr = NULL, *r;
    size_t i;
    *d = NULL, *t = NULL, *nd = *nt = 0;
    enum am_rc rc = am_db_all(db, "SELECT id, city_id AS c, coalesce(origin_city_id, 0) AS o, origin_country AS k, "
                                  "coalesce(size, -1) AS s FROM diaspora_latest",
                              json_array(), &dr, err);
    if (!rc)
        rc = am_db_all(db, "SELECT x.city_id AS c, t.rowid AS t FROM city_topic x JOIN topic t ON t.id = x.topic_id",
                       json_array(), &tr, err);
    if (!rc && (!(*d = malloc((json_array_size(dr) + 1) * sizeof **d)) ||
                !(*t = malloc((json_array_size(tr) + 1) * sizeof **t))))
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    json_array_foreach(dr, i, r) if (!rc) {
        struct am_match_diaspora *x = &(*d)[(*nd)++];
        const char *k = json_string_value(json_object_get(r, "k"));
        x->id = am_get_id(r, "id");
        x->city = am_get_id(r, "c");
        x->origin_city = am_get_id(r, "o");
        x->size = json_integer_value(json_object_get(r, "s"));
        snprintf(x->origin_country, sizeof x->origin_country, "%s", k ? k : "");
    }
    json_array_foreach(tr, i, r) if (!rc) {
        (*t)[*nt] = (struct am_match_topic){am_get_id(r, "c"), am_get_id(r, "t")};
        ++*nt;
    }
    json_decref(dr);
    json_decref(tr);
    if (rc) {
        free(*d), free(*t);
        *d = NULL, *t = NULL, *nd = *nt = 0;
    }
    return rc;
}

/* The model of a store, kept by am_models: built again when partnerships
 * or memberships change (graph_generation, counted by triggers), or the
 * rest it reads (match_generation: diaspora, topics, cities' facts; and
 * the newest city, which the gazetteer's import adds without a trigger per
 * row). */
static enum am_rc model_stamp(struct am_db *db, int64_t st[AM_STAMP], struct am_err *err)
{
    json_t *row = NULL;
    enum am_rc rc = am_db_one(db, "SELECT (SELECT n FROM graph_generation) AS g, (SELECT n FROM match_generation) "
                                  "AS t, (SELECT coalesce(max(id), 0) FROM city) AS c",
                              json_array(), &row, err);
    if (!rc)
        st[0] = am_get_id(row, "g"), st[1] = am_get_id(row, "t"), st[2] = am_get_id(row, "c");
    json_decref(row);
    return rc;
}

static void *model_build(struct am_db *db, const struct am_model_ctl *ctl, struct am_err *err)
{
    struct am_match_city *c = NULL;
    int64_t (*pairs)[2] = NULL, (*members)[2] = NULL;
    struct am_match_diaspora *d = NULL;
    struct am_match_topic *t = NULL;
    size_t nc, np, nm, nd, nt;
    struct am_match_model *m = NULL;
    (void)ctl; /* a build takes a fraction of a second: not worth stopping */
    if (am_match_load(db, &c, &nc, &pairs, &np, &members, &nm, err) == AM_OK &&
        am_match_load_ties(db, &d, &nd, &t, &nt, err) == AM_OK &&
        (!(m = am_match_build(c, nc, (const int64_t(*)[2])pairs, np, (const int64_t(*)[2])members, nm)) ||
         !am_match_set_ties(m, d, nd, t, nt))) {
        am_match_free(m);
        m = NULL;
        am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    }
    free(c), free(pairs), free(members), free(d), free(t);
    if (m) /* the biggest parts, for measuring */
        am_log(AM_LOG_DEBUG, "suggestions model: %zu cities (%zu bytes, ids and order %zu), %zu runs (%zu bytes)",
               m->n, m->n * sizeof *m->c, m->n * (sizeof *m->ids + sizeof *m->by_id), m->nruns,
               m->nruns * sizeof *m->runs);
    return m;
}

static void model_free(void *m)
{
    am_match_free(m);
}

const struct am_model_kind am_match_model = {
    .name = "suggestions", .stamp = model_stamp, .build = model_build, .free = model_free};

/* The first column of a query's rows, as a sorted array of ids (the query
 * orders them). */
static enum am_rc ids_of(struct am_db *db, const char *sql, json_t *args, int64_t **ids, size_t *n,
                         struct am_err *err)
{
    json_t *col = NULL;
    enum am_rc rc = am_db_column(db, sql, args, &col, err);
    if (rc)
        return rc;
    *n = json_array_size(col);
    *ids = malloc((*n + 1) * sizeof **ids);
    for (size_t i = 0; *ids && i < *n; i++)
        (*ids)[i] = json_integer_value(json_array_get(col, i));
    json_decref(col);
    return *ids ? AM_OK : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
}

/* Cities with published practices or activities (hosted or joined) on a
 * topic. */
static enum am_rc topic_cities(struct am_db *db, const char *topic, int64_t **ids, size_t *n, struct am_err *err)
{
    return ids_of(db, "SELECT DISTINCT city_id FROM city_topic WHERE topic_id = ? ORDER BY 1", json_pack("[s]", topic),
                  ids, n, err);
}

static enum am_rc network_cities(struct am_db *db, int64_t network, int64_t **ids, size_t *n, struct am_err *err)
{
    return ids_of(db, "SELECT city_id FROM membership WHERE network_id = ? AND city_id IS NOT NULL "
                      "AND left_year IS NULL AND status = 'current' ORDER BY 1",
                  json_pack("[I]", (json_int_t)network), ids, n, err);
}

/* Sorted intersection, in place in a. */
static size_t intersect(int64_t *a, size_t na, const int64_t *b, size_t nb)
{
    size_t i = 0, j = 0, k = 0;
    while (i < na && j < nb) {
        if (a[i] < b[j])
            i++;
        else if (a[i] > b[j])
            j++;
        else
            a[k++] = a[i++], j++;
    }
    return k;
}

/* A whole number with thousands separators: 133,296. */
static const char *thousands(double v, char buf[32])
{
    char digits[24];
    int n = snprintf(digits, sizeof digits, "%.0f", v < 0 ? 0 : v), k = 0;
    for (int i = 0; i < n && k < 30; i++) {
        if (i && (n - i) % 3 == 0)
            buf[k++] = ',';
        buf[k++] = digits[i];
    }
    buf[k] = '\0';
    return buf;
}

/* About the median distance between real partner cities (the demo data:
 * 994 km): nearer counts in a suggestion's favour, further less so. */
#define TYPICAL_KM 1000.0

/* The reasons of a suggestion, strongest first, with the cities and
 * networks behind them (ids; names are filled in afterwards). A negative
 * weight counts less in its favour: the reason's words say so. */
/* "a similar size (133,296 and 140,000 inhabitants)", with the two
 * populations for a client that words it itself. */
static void size_reason(json_t *list, const char *words, const struct mcity *a, const struct mcity *b, double weight)
{
    char x[32], y[32], t[64 + sizeof x + sizeof y];
    snprintf(t, sizeof t, "%s (%s and %s inhabitants)", words, thousands(expm1(a->logpop), x),
             thousands(expm1(b->logpop), y));
    json_array_append_new(list, json_pack("{s:s,s:s,s:f,s:[II]}", "signal", "size", "text", t, "weight", weight,
                                          "populations", (json_int_t)llround(expm1(a->logpop)),
                                          (json_int_t)llround(expm1(b->logpop))));
}

static json_t *reasons(const struct am_match_model *m, int64_t city, const struct am_match_hit *h)
{
    ssize_t q = find(m, city), c = find(m, h->city);
    json_t *list = json_array();
    if (q < 0 || c < 0)
        return list;
    json_t *via = json_array();
    size_t common = 0;
    for (uint32_t j = m->adj_off[q]; j < m->adj_off[q + 1]; j++)
        if (is_partner(m, (size_t)c, m->adj[j]) && common++ < 5)
            json_array_append_new(via, json_integer(m->ids[m->adj[j]]));
    if (common) {
        char t[96];
        if (common == 1)
            snprintf(t, sizeof t, "partner of one of this city's partners");
        else
            snprintf(t, sizeof t, "partner of %zu of this city's partners", common);
        json_array_append_new(list, json_pack("{s:s,s:s,s:f,s:o,s:I}", "signal", "partners", "text", t, "weight",
                                              h->common + h->adamic_adar, "cities", via, "count",
                                              (json_int_t)common));
    } else {
        json_decref(via);
    }
    if (h->chain3 > 0.05)
        json_array_append_new(list, json_pack("{s:s,s:s,s:f}", "signal", "chain", "text",
                                              "partner of cities that share a partner with this one", "weight",
                                              h->chain3));
    if (h->regional > 0) {
        json_t *near = json_array();
        for (uint32_t j = m->adj_off[c]; j < m->adj_off[c + 1] && json_array_size(near) < 5; j++) {
            const struct mcity *n = &m->c[m->adj[j]];
            if ((ssize_t)m->adj[j] != q && n->point && m->c[q].point && km(&m->c[q], n) <= REGION_KM)
                json_array_append_new(near, json_integer(m->ids[m->adj[j]]));
        }
        json_array_append_new(list, json_pack("{s:s,s:s,s:f,s:o}", "signal", "regional", "text",
                                              "already a partner of cities near this one", "weight", h->regional,
                                              "cities", near));
    }
    if (h->division > 0.05)
        json_array_append_new(list, json_pack("{s:s,s:s,s:f}", "signal", "division", "text",
                                              "cities of its province or region are partners of cities of this one's",
                                              "weight", h->division));
    if (h->region_pair > 0.05)
        json_array_append_new(list, json_pack("{s:s,s:s,s:f}", "signal", "region", "text",
                                              "near the partners of this city or of the cities around it", "weight",
                                              h->region_pair));
    /* its part, against a country that has a tenth of this one's
     * partnerships: in favour above that share, less so below it */
    size_t home = m->c[q].country, there = m->c[c].country;
    double ends = m->country_total[home];
    if (ends > 0) {
        /* partnerships, not their ends: one within the country has two */
        double pairs = m->pairs[home * m->ncountries + there], times = pairs / (home == there ? 2 : 1);
        double all = ends - m->pairs[home * m->ncountries + home] / 2;
        double weight = h->country - am_match_default_weights.country * log(0.1);
        const char *ca = m->codes[home], *cb = m->codes[there];
        char t[200], x[32], y[32];
        thousands(times, x), thousands(all, y);
        if (weight >= 0 && home == there)
            snprintf(t, sizeof t, "cities of %s have %s partnership%s among them", ca, x, times < 1.5 ? "" : "s");
        else if (weight >= 0)
            snprintf(t, sizeof t, "cities of %s and %s have %s partnership%s between them", ca, cb, x,
                     times < 1.5 ? "" : "s");
        else if (times < 0.5)
            snprintf(t, sizeof t, "none of the %s partnerships of cities of %s is with a city of %s", y, ca, cb);
        else
            snprintf(t, sizeof t, "only %s of the %s partnerships of cities of %s %s with cities of %s", x, y, ca,
                     times < 1.5 ? "is" : "are", cb);
        json_array_append_new(list, json_pack("{s:s,s:s,s:f,s:I,s:I,s:[ss]}", "signal", "countries", "text", t,
                                              "weight", weight, "count", (json_int_t)llround(times), "total",
                                              (json_int_t)llround(all), "countries", ca, cb));
    }
    json_t *nets = json_array();
    const uint32_t *qn, *cn;
    uint32_t nq = list_of(&m->nets, q, &qn), nc = list_of(&m->nets, c, &cn);
    for (uint32_t j = 0; j < nq; j++)
        for (uint32_t t = 0; t < nc; t++)
            if (qn[j] == cn[t] && m->mem_off[qn[j] + 1] - m->mem_off[qn[j]] <= BIG_NETWORK) /* as scored */
                json_array_append_new(nets, json_integer(m->net_ids[qn[j]]));
    if (json_array_size(nets))
        json_array_append_new(list, json_pack("{s:s,s:s,s:f,s:o}", "signal", "networks", "text",
                                              "members of the same networks", "weight", h->network, "networks", nets));
    else
        json_decref(nets);
    const struct mcity *a = &m->c[q], *b = &m->c[c];
    /* similar (within a factor of two) in its favour; one ten times the
     * other, or more, less so; its part against a factor of two */
    double size_part = h->size_similar + am_match_default_weights.size_similar * 0.7;
    if (a->logpop > 0 && b->logpop > 0 && fabs(a->logpop - b->logpop) < 0.7)
        size_reason(list, "a similar size", a, b, size_part);
    else if (a->logpop > 0 && b->logpop > 0 && fabs(a->logpop - b->logpop) >= log(10.0) && size_part < 0)
        size_reason(list, "very different sizes", a, b, size_part);
    if (degree(m, (size_t)c) > 0) {
        char t[64];
        snprintf(t, sizeof t, "has %u partner %s", degree(m, (size_t)c), degree(m, (size_t)c) == 1 ? "city" : "cities");
        json_array_append_new(list, json_pack("{s:s,s:s,s:f,s:I}", "signal", "popularity", "text", t, "weight",
                                              h->popularity, "count", (json_int_t)degree(m, (size_t)c)));
    }
    if (h->namesake != 0)
        json_array_append_new(list, json_pack("{s:s,s:s,s:f}", "signal", "namesake", "text",
                                              "a city of the same name abroad", "weight", h->namesake));
    if (h->seat != 0) {
        double both = seat_pair(a, b);
        json_array_append_new(list, json_pack("{s:s,s:s,s:f,s:I}", "signal", "seat", "text",
                                              both >= 2 ? "both are their countries' capitals"
                                                        : "both are seats of regions (or capitals)",
                                              "weight", h->seat, "count", (json_int_t)both));
    }
    if (a->point && b->point) {
        /* its part, against the distance between most partner cities */
        char t[96], x[32];
        double d = km(a, b);
        snprintf(t, sizeof t, "%s km apart, %s than most partner cities are", thousands(d, x),
                 d <= TYPICAL_KM ? "nearer" : "further");
        json_array_append_new(list, json_pack("{s:s,s:s,s:f,s:I}", "signal", "distance", "text", t, "weight",
                                              h->distance - am_match_default_weights.distance * log1p(TYPICAL_KM),
                                              "km", (json_int_t)llround(d)));
    }
    return list;
}

/* "1,234 people from Morocco live in Reggio Emilia (2020; ISTAT)", with
 * the group's id (the page reads its cities from the group). Names and
 * sources are bounded by the schema: nothing is cut. */
static json_t *diaspora_reason(json_t *row, double weight)
{
    struct am_buf text;
    char n[32];
    json_t *size = json_object_get(row, "size"), *year = json_object_get(row, "year");
    const char *source = json_string_value(json_object_get(row, "source"));
    am_buf_init(&text, 4096);
    if (json_is_integer(size))
        am_buf_addf(&text, "%s %s from ", thousands((double)json_integer_value(size), n),
                    json_integer_value(size) == 1 ? "person" : "people");
    else
        am_buf_adds(&text, "people from ");
    am_buf_addf(&text, "%s live%s in %s", json_string_value(json_object_get(row, "origin")),
                json_integer_value(size) == 1 ? "s" : "", json_string_value(json_object_get(row, "host")));
    if (json_is_integer(year))
        am_buf_addf(&text, " (%lld%s%s)", (long long)json_integer_value(year), source ? "; " : "", source ? source : "");
    else if (source)
        am_buf_addf(&text, " (%s)", source);
    json_t *r = json_pack("{s:s,s:s,s:f,s:[I]}", "signal", "diaspora", "text", am_buf_str(&text), "weight", weight,
                          "diaspora", (json_int_t)am_get_id(row, "id"));
    am_buf_free(&text);
    return r;
}

/* The (at most) two groups that give candidate c most, with their shares
 * of all the groups give it; *n how many. */
static size_t cited_groups(const struct am_match_model *m, size_t q, size_t c, int64_t ids[2], double shares[2],
                           double *total)
{
    size_t n = 0;
    *total = 0;
    for (size_t k = 0; k < m->nties; k++) {
        double share = gift_to(m, tie_gift(m, q, &m->ties[k]), c);
        if (share <= 0)
            continue;
        *total += share;
        /* keep the two largest, the larger first (the earlier of equals) */
        if (n < 2)
            n++;
        else if (share <= shares[1])
            continue;
        ids[n - 1] = m->ties[k].id, shares[n - 1] = share;
        if (n == 2 && shares[1] > shares[0]) {
            int64_t i = ids[0];
            double v = shares[0];
            ids[0] = ids[1], shares[0] = shares[1], ids[1] = i, shares[1] = v;
        }
    }
    return n;
}

/* The reasons read from the database: the diaspora groups (as the model
 * counts them, both ways) and the shared topics behind a hit. */
static enum am_rc tie_reasons(struct am_db *db, const struct am_match_model *m, int64_t city,
                              const struct am_match_hit *h, json_t *list, struct am_err *err)
{
    ssize_t q = find(m, city), c = find(m, h->city);
    json_t *rows = NULL, *r;
    size_t i;
    enum am_rc rc = AM_OK;
    if (q < 0 || c < 0)
        return AM_OK;
    int64_t ids[2];
    double shares[2], total;
    size_t n = h->diaspora > 0.01 ? cited_groups(m, (size_t)q, (size_t)c, ids, shares, &total) : 0;
    if (n)
        rc = am_db_all(db,
                       "SELECT d.id, d.size, d.year, d.source, h.name AS host, CASE WHEN d.origin_city_id IN (?1, ?2) "
                       "THEN o.name ELSE coalesce(k.name, d.origin_country) END AS origin FROM diaspora d JOIN city h "
                       "ON h.id = d.city_id LEFT JOIN city o ON o.id = d.origin_city_id LEFT JOIN country k ON "
                       "k.code = d.origin_country WHERE d.id IN (?3, ?4)",
                       json_pack("[IIII]", (json_int_t)city, (json_int_t)h->city, (json_int_t)ids[0],
                                 (json_int_t)ids[n - 1]),
                       &rows, err);
    /* the diaspora part of the score, shared as the groups give (about: the
     * model adds them under one log) */
    for (size_t k = 0; !rc && k < n; k++)
        json_array_foreach(rows, i, r) if (am_get_id(r, "id") == ids[k])
            json_array_append_new(list, diaspora_reason(r, h->diaspora * shares[k] / total));
    json_decref(rows);
    rows = NULL;
    if (!rc && h->topics > 0.01)
        rc = am_db_all(db,
                       "SELECT id, label FROM topic WHERE id IN (SELECT topic_id FROM city_topic WHERE city_id = ?1) "
                       "AND id IN (SELECT topic_id FROM city_topic WHERE city_id = ?2) ORDER BY label",
                       json_pack("[II]", (json_int_t)city, (json_int_t)h->city), &rows, err);
    if (!rc && json_array_size(rows)) {
        struct am_buf text;
        am_buf_init(&text, 1024);
        am_buf_adds(&text, "both work on ");
        json_array_foreach(rows, i, r) if (i < 4)
            am_buf_addf(&text, "%s%s", i ? ", " : "", json_string_value(json_object_get(r, "label")));
        if (json_array_size(rows) > 4)
            am_buf_addf(&text, " and %zu more topics", json_array_size(rows) - 4);
        json_array_append_new(list, json_pack("{s:s,s:s,s:f,s:O}", "signal", "topics", "text", am_buf_str(&text),
                                              "weight", h->topics, "topics", rows));
        am_buf_free(&text);
    }
    json_decref(rows);
    return rc;
}

static int by_weight(const void *x, const void *y)
{
    double a = json_real_value(json_object_get(*(json_t *const *)x, "weight"));
    double b = json_real_value(json_object_get(*(json_t *const *)y, "weight"));
    return (a < b) - (a > b);
}

static void sort_reasons(json_t *list)
{
    size_t n = json_array_size(list);
    json_t **v = calloc(n + 1, sizeof *v);
    if (!v)
        return;
    for (size_t i = 0; i < n; i++)
        v[i] = json_incref(json_array_get(list, i));
    qsort(v, n, sizeof *v, by_weight);
    json_array_clear(list);
    for (size_t i = 0; i < n; i++)
        json_array_append_new(list, v[i]);
    free(v);
}

/* Names for the ids the reasons name: the cities and the networks, one
 * query for each kind. */
static enum am_rc name_things(struct am_db *db, json_t *items, struct am_err *err)
{
    json_t *cids = json_array(), *nids = json_array(), *it, *r, *v;
    size_t i, j, k;
    json_array_foreach(items, i, it) {
        json_array_append(cids, json_object_get(json_object_get(it, "city"), "id"));
        json_array_foreach(json_object_get(it, "reasons"), j, r) {
            json_array_foreach(json_object_get(r, "cities"), k, v) json_array_append(cids, v);
            json_array_foreach(json_object_get(r, "networks"), k, v) json_array_append(nids, v);
        }
    }
    json_t *cities = NULL, *networks = NULL;
    enum am_rc rc = am_db_rows_by_id(db, "SELECT id, name, country, population, lat, lng FROM city WHERE id IN "
                                         "(SELECT value FROM json_each(?))",
                                     cids, &cities, err);
    if (!rc && json_array_size(nids))
        rc = am_db_rows_by_id(db, "SELECT id, name, acronym FROM network WHERE id IN (SELECT value FROM json_each(?))",
                              nids, &networks, err);
    else if (!rc)
        networks = json_object();
    json_decref(cids);
    json_decref(nids);
    json_array_foreach(items, i, it) {
        if (rc)
            break;
        json_t *c = am_row_of(cities, json_object_get(json_object_get(it, "city"), "id"));
        if (c)
            json_object_set(it, "city", c);
        json_array_foreach(json_object_get(it, "reasons"), j, r) {
            json_t *named = json_array();
            json_array_foreach(json_object_get(r, "cities"), k, v) {
                json_t *row = am_row_of(cities, v);
                json_array_append_new(named, row ? json_pack("{s:O,s:O}", "id", v, "name", json_object_get(row, "name"))
                                                 : json_pack("{s:O}", "id", v));
            }
            if (json_object_get(r, "cities"))
                json_object_set_new(r, "cities", named);
            else
                json_decref(named);
            json_t *nets = json_object_get(r, "networks");
            if (!nets)
                continue;
            named = json_array();
            json_array_foreach(nets, k, v) {
                json_t *row = am_row_of(networks, v);
                if (row) /* a network deleted since the model was built is left out */
                    json_array_append(named, row);
            }
            json_object_set_new(r, "networks", named);
        }
    }
    json_decref(cities);
    json_decref(networks);
    return rc;
}

/* The city's partners as the database has them now, sorted. */
static enum am_rc partners_now(struct am_db *db, int64_t city, int64_t **ids, size_t *n, struct am_err *err)
{
    return ids_of(db, "SELECT b_city_id FROM partnership WHERE a_city_id = ?1 AND b_city_id IS NOT NULL AND "
                      "status <> 'ended' UNION SELECT a_city_id FROM partnership WHERE b_city_id = ?1 AND "
                      "a_city_id IS NOT NULL AND status <> 'ended' ORDER BY 1",
                  json_pack("[I]", (json_int_t)city), ids, n, err);
}

/* The ties beside the ranked items: how many, and how many of a group's
 * country's cities are ranked for it (its best), of how many countries. */
enum { TIES = 5, TIES_BY_COUNTRY = 2, TIES_COUNTRIES = 5 };

/* id onto a growing array; false when out of memory. */
static bool push_id(int64_t **a, size_t *n, size_t *cap, int64_t id)
{
    if (*n == *cap) {
        size_t room = *cap ? 2 * *cap : 64;
        int64_t *g = realloc(*a, room * sizeof *g);
        if (!g)
            return false;
        *a = g, *cap = room;
    }
    (*a)[(*n)++] = id;
    return true;
}

/* Sorted, each once: the new count. */
static size_t sorted_ids(int64_t *a, size_t n)
{
    size_t k = 0;
    if (n)
        qsort(a, n, sizeof *a, cmp_i64);
    for (size_t i = 0; i < n; i++)
        if (!k || a[i] != a[k - 1])
            a[k++] = a[i];
    return k;
}

static int best_first(const void *x, const void *y)
{
    return (int)worse(x, y) - (int)worse(y, x);
}

/* The k best of the candidates (sorted ids, cut to the filter's own) as f
 * ranks them, onto out[*n]. */
static enum am_rc rank_among(const struct am_match_model *m, int64_t city, const struct am_match_filter *f,
                             int64_t *ids, size_t nids, size_t k, struct am_match_hit *out, size_t *n)
{
    struct am_match_filter g = *f;
    size_t got = 0;
    nids = sorted_ids(ids, nids);
    if (f->only)
        nids = intersect(ids, nids, f->only, f->nonly);
    if (!nids)
        return AM_OK;
    g.only = ids, g.nonly = nids;
    enum am_rc rc = am_match_rank(m, city, NULL, &g, k, out + *n, &got);
    *n += got;
    return rc;
}

/* Cities a diaspora group (either way, as the model counts them) or a
 * shared topic ties to the city, but not among the items: the groups' first
 * (the cities of a group's country: their best two, of the five countries
 * whose groups weigh most), then the topics', up to TIES, best first. f is
 * the items' filter; exclude holds the items. */
static enum am_rc rank_ties(const struct am_match_model *m, int64_t city, const struct am_match_filter *f,
                            struct am_match_hit out[TIES], size_t *n)
{
    ssize_t q = find(m, city);
    struct am_match_hit got[TIES + TIES_COUNTRIES * TIES_BY_COUNTRY], topical[TIES];
    size_t ngot = 0, ntopical = 0, nids = 0, cap = 0, nlands = 0;
    int64_t *ids = NULL;
    uint16_t lands[TIES_COUNTRIES];
    float pull[TIES_COUNTRIES];
    enum am_rc rc = AM_OK;
    *n = 0;
    if (q < 0 || (f->only && !f->nonly))
        return AM_OK;
    /* the groups: their cities, and the countries that weigh most */
    for (size_t k = 0; !rc && k < m->nties; k++) {
        struct gift g = tie_gift(m, (size_t)q, &m->ties[k]);
        if (g.city != NO_CITY && !push_id(&ids, &nids, &cap, m->ids[g.city]))
            rc = AM_ENOMEM;
        if (g.country == NO_COUNTRY || (f->country[0] && strcmp(f->country, m->codes[g.country]) != 0))
            continue;
        size_t j = 0;
        while (j < nlands && lands[j] != g.country)
            j++;
        if (j < nlands) {
            pull[j] += g.to_country;
            continue;
        }
        if (nlands < TIES_COUNTRIES) {
            j = nlands++;
        } else { /* in place of the weakest, if weaker */
            j = 0;
            for (size_t i = 1; i < nlands; i++)
                if (pull[i] < pull[j])
                    j = i;
            if (pull[j] >= g.to_country)
                continue;
        }
        lands[j] = g.country, pull[j] = g.to_country;
    }
    if (!rc)
        rc = rank_among(m, city, f, ids, nids, TIES, got, &ngot);
    for (size_t j = 0; !rc && j < nlands; j++) {
        struct am_match_filter g = *f;
        size_t k = 0;
        snprintf(g.country, sizeof g.country, "%s", m->codes[lands[j]]);
        rc = am_match_rank(m, city, NULL, &g, TIES_BY_COUNTRY, got + ngot, &k);
        ngot += k;
    }
    /* the cities that work on a topic this one works on */
    nids = 0;
    const uint32_t *topics;
    uint32_t ntopics = list_of(&m->topics, (size_t)q, &topics);
    for (uint32_t j = 0; !rc && j < ntopics; j++)
        for (uint32_t t = m->holder_off[topics[j]]; !rc && t < m->holder_off[topics[j] + 1]; t++)
            if (!push_id(&ids, &nids, &cap, m->ids[m->holders[t]]))
                rc = AM_ENOMEM;
    if (!rc)
        rc = rank_among(m, city, f, ids, nids, TIES, topical, &ntopical);
    free(ids);
    if (rc)
        return rc;
    /* the groups' best, each city once; then the topics' */
    qsort(got, ngot, sizeof *got, best_first);
    for (size_t i = 0; i < ngot && *n < TIES; i++)
        if (!*n || got[i].city != out[*n - 1].city)
            out[(*n)++] = got[i];
    for (size_t i = 0; i < ntopical && *n < TIES; i++) {
        size_t j = 0;
        while (j < *n && out[j].city != topical[i].city)
            j++;
        if (j == *n)
            out[(*n)++] = topical[i];
    }
    qsort(out, *n, sizeof *out, best_first);
    return AM_OK;
}

/* A suggestion of the reply: the city (its id; named afterwards), its
 * score and strength, and its reasons, strongest first. */
static enum am_rc suggestion(struct am_db *db, const struct am_match_model *m, int64_t city,
                             const struct am_match_hit *h, json_t *into, struct am_err *err)
{
    json_t *why = reasons(m, city, h);
    enum am_rc rc = tie_reasons(db, m, city, h, why, err);
    sort_reasons(why);
    json_array_append_new(into, json_pack("{s:{s:I},s:f,s:I,s:o}", "city", "id", (json_int_t)h->city, "score",
                                          h->score, "strength", (json_int_t)lround(am_match_strength(h->score)),
                                          "reasons", why));
    return rc;
}

enum am_rc am_match_suggest(struct am_db *db, int64_t city, json_t *query, json_t **out, struct am_err *err)
{
    struct am_match_filter f = {0};
    json_t *jl = json_object_get(query, "limit");
    size_t k = jl ? (size_t)json_integer_value(jl) : 20;
    const char *cc = json_string_value(json_object_get(query, "country"));
    if (cc)
        snprintf(f.country, sizeof f.country, "%s", cc);
    f.min_population = json_integer_value(json_object_get(query, "min_population"));
    f.max_population = json_integer_value(json_object_get(query, "max_population"));
    if (f.max_population && f.min_population > f.max_population)
        return am_err_set(err, AM_EBADREQ, "max_population",
                          "Max population: is below the min population; give a larger maximum or a smaller minimum");
    int64_t *only = NULL, *more = NULL, *partners = NULL;
    size_t nonly = 0, nmore = 0, npartners = 0;
    enum am_rc rc = AM_OK;
    const char *topic = json_string_value(json_object_get(query, "topic"));
    json_t *net = json_object_get(query, "network");
    int64_t found = 0;
    if (topic && !am_db_i64(db, "SELECT count(*) FROM topic WHERE id = ?", json_pack("[s]", topic), &found, err) &&
        !found)
        return am_err_set(err, AM_EBADREQ, "topic", "Topic: there is no such topic; choose one of /api/v1/topics");
    if (net && !am_db_i64(db, "SELECT count(*) FROM network WHERE id = ?", json_pack("[O]", net), &found, err) &&
        !found)
        return am_err_set(err, AM_EBADREQ, "network",
                          "Network: there is no such network; choose one of /api/v1/networks");
    if (topic)
        rc = topic_cities(db, topic, &only, &nonly, err);
    if (!rc && net) {
        rc = network_cities(db, json_integer_value(net), &more, &nmore, err);
        if (!rc && only) {
            nonly = intersect(only, nonly, more, nmore);
            free(more);
        } else if (!rc) {
            only = more, nonly = nmore;
        }
    }
    f.only = only, f.nonly = nonly;
    /* the model as it is: never waited for (a newer one may be under way) */
    struct am_model_use u = {0};
    if (!rc)
        rc = am_model_get(db, &am_match_model, false, &u, err);
    const struct am_match_model *m = u.model;
    bool known = m && find(m, city) >= 0;
    /* a city the model does not know may be newer than the model */
    if (!rc && !known && !am_db_i64(db, "SELECT count(*) FROM city WHERE id = ?", json_pack("[I]", (json_int_t)city),
                                    &found, err) && !found)
        rc = am_err_set(err, AM_ENOTFOUND, NULL, "no city with id %lld", (long long)city);
    /* a model from before the latest change does not know the partners made
     * since: they are read from the database, and never suggested */
    if (!rc && known && u.stale && !(rc = partners_now(db, city, &partners, &npartners, err)))
        f.exclude = partners, f.nexclude = npartners;
    /* abroad: the city's own country, as the model has it, left out */
    if (known && json_is_true(json_object_get(query, "abroad")))
        snprintf(f.not_country, sizeof f.not_country, "%s", m->codes[m->c[find(m, city)].country]);
    struct am_match_hit *hits = calloc(k + 1, sizeof *hits), ties[TIES];
    /* the ties are never the items, nor the partners made since */
    int64_t *shown_ids = malloc((npartners + k + 1) * sizeof *shown_ids);
    size_t n = 0, nties = 0;
    if (!rc && (!hits || !shown_ids))
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    /* nobody passes the filters: no candidates */
    bool any = known && !((topic || net) && f.nonly == 0);
    if (!rc && any && (rc = am_match_rank(m, city, NULL, &f, k, hits, &n)))
        rc = am_err_set(err, rc, NULL, rc == AM_ENOMEM ? "out of memory" : "suggestions failed");
    if (!rc && any) {
        struct am_match_filter besides = f;
        for (size_t i = 0; i < npartners; i++)
            shown_ids[i] = partners[i];
        for (size_t i = 0; i < n; i++)
            shown_ids[npartners + i] = hits[i].city;
        besides.exclude = shown_ids, besides.nexclude = npartners + n;
        if ((rc = rank_ties(m, city, &besides, ties, &nties)))
            rc = am_err_set(err, rc, NULL, rc == AM_ENOMEM ? "out of memory" : "suggestions failed");
    }
    json_t *items = json_array(), *tied = json_array(), *both = json_array();
    for (size_t i = 0; !rc && i < n; i++)
        rc = suggestion(db, m, city, &hits[i], items, err);
    for (size_t i = 0; !rc && i < nties; i++)
        rc = suggestion(db, m, city, &ties[i], tied, err);
    struct am_model_use shown = {.stale = u.stale, .computed_at = u.computed_at};
    am_model_put(&u);
    free(hits);
    free(shown_ids);
    free(only);
    free(partners);
    /* named together: the same objects in one list */
    json_array_extend(both, items);
    json_array_extend(both, tied);
    if (!rc)
        rc = name_things(db, both, err);
    json_decref(both);
    if (rc) {
        json_decref(items);
        json_decref(tied);
        return rc;
    }
    *out = json_pack("{s:I,s:o,s:o,s:I}", "city", (json_int_t)city, "items", items, "ties", tied, "total",
                     (json_int_t)json_array_size(items));
    am_model_mark(*out, &shown);
    return AM_OK;
}

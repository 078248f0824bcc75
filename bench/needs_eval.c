/* Evaluation of need matching (am_need_matches) on SYNTHETIC data: no real
 * city, no real partnership, no real need. The program generates a world and
 * writes it into a fresh database in a temporary directory (through the
 * store API, in one transaction):
 *
 *   - cities named "Synthetic city 17", placed at random around the centres
 *     of real European countries (city.country must be a row of the country
 *     table, so the real ISO codes are used, with the real languages amity
 *     loads from its country data); sizes are drawn (log-normal);
 *   - partnerships by preferential attachment with distance decay, mostly
 *     abroad, a tenth of them ended;
 *   - networks (pan-European or regional) and their members, some former;
 *   - standing offers per category of data/needs.json, more likely from
 *     generous cities, some withdrawn;
 *   - a history of past needs with their pledges (most confirmed).
 *
 * Then it posts new needs (a city, a category, its country's first
 * language) and simulates which cities pledge to each: a city pledges with
 * a probability that is a logistic function of latent signs (a partner, a
 * partner's partner, networks shared, a standing offer of the category,
 * help given before, help given to this very city before, distance, a
 * shared language, the city's hidden generosity, partly tied to its size,
 * and noise). The weights of the signs are DRAWN AT RANDOM for each seed,
 * from broad ranges, so that the benchmark does not restate amity's own
 * weights; the intercept is fitted so that a need gets about --pledgers
 * pledgers. The pledgers are kept hidden: nothing of them is written to the
 * database.
 *
 * am_need_matches then ranks cities for each need (the public's view, who
 * NULL), and we count the hidden pledgers among its 20: recall@10,
 * recall@20, and the mean reciprocal rank of the first pledger (0 when
 * none is among the 20), averaged over the needs that got at least one
 * pledger; beside baselines measured in the same run on the same needs:
 * random cities, the nearest cities, and the needing city's partners
 * (nearest first) followed by the nearest cities ("ask your twins"). A
 * ceiling row ranks by the hidden model itself (the drawn weights and the
 * hidden generosity, without the noise), which no ranking from the data can
 * be expected to beat. Time per am_need_matches call: mean, p50, p95 (the
 * thread's CPU time, the database in the page cache; the world is built in
 * the same process, so the pages are warm). Diagnostics follow: which signs
 * the pledgers had, and how many of them amity could list at all (those in
 * its candidate set: partners, partners' partners, fellow network members,
 * standing offers of the category, cities that delivered before).
 *
 *   needs_eval [--seed N] [--cities N] [--needs N] [--history N]
 *              [--networks N] [--pledgers X] [--keep]
 *
 * Defaults: seed 1, 3000 cities, 300 new needs, 500 past needs, one
 * network per 100 cities, 8 pledgers per need on average. --seed changes
 * everything: the world, the hidden weights, the needs. --keep leaves the
 * database behind and prints its path. bench/needs.sh runs seeds 1 to 5
 * and averages them. Not run by the tests: quality and speed are measured
 * here, never asserted. */
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "am_country.h"
#include "am_need.h"
#include "am_resolve.h"
#include "store/am_db.h"
#include "util/am_log.h"
#include "util/am_str.h"

enum { K = 20, MAXCAT = 16, MAXLANG = 6, SAMPLE = 60 };

/* ---- random numbers: xorshift64*, one stream per purpose ------------------------------ */

struct rng {
    uint64_t s;
};

static struct rng rng_of(int64_t seed, uint64_t stream)
{
    uint64_t z = (uint64_t)seed * 0x9E3779B97F4A7C15u + stream * 0xD1B54A32D192ED03u + 0x632BE59BD9B4E019u;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u; /* splitmix64's finaliser */
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    z ^= z >> 31;
    return (struct rng){z ? z : 1};
}

static uint64_t rnext(struct rng *r)
{
    r->s ^= r->s >> 12, r->s ^= r->s << 25, r->s ^= r->s >> 27;
    return r->s * 0x2545F4914F6CDD1Du;
}

static double runif(struct rng *r) { return (double)(rnext(r) >> 11) * 0x1p-53; }
static double rrange(struct rng *r, double lo, double hi) { return lo + (hi - lo) * runif(r); }
static size_t rbelow(struct rng *r, size_t n) { return (size_t)(rnext(r) % n); }

static double rnorm(struct rng *r)
{
    double u = runif(r);
    while (u <= 0)
        u = runif(r);
    return sqrt(-2 * log(u)) * cos(2 * M_PI * runif(r));
}

static double sigmoid(double x) { return 1 / (1 + exp(-x)); }

/* ---- the world ------------------------------------------------------------------------ */

/* Real countries (their codes must be rows of the country table), with a
 * rough centre, a spread in degrees and a weight (their population in
 * millions): the cities are drawn around them. */
static const struct {
    const char *code;
    double lat, lng, spread, weight;
} countries[] = {
    {"AT", 47.6, 14.1, 1.0, 9.0},  {"BE", 50.6, 4.6, 0.5, 11.5}, {"BG", 42.7, 25.3, 1.1, 6.5},
    {"CH", 46.8, 8.2, 0.6, 8.7},   {"CZ", 49.8, 15.5, 1.0, 10.5}, {"DE", 51.1, 10.4, 2.0, 83.0},
    {"DK", 55.9, 9.6, 0.7, 5.9},   {"EE", 58.7, 25.5, 0.7, 1.3},  {"ES", 40.2, -3.6, 2.3, 47.0},
    {"FI", 62.5, 26.0, 2.0, 5.5},  {"FR", 46.6, 2.4, 2.4, 68.0},  {"GB", 53.0, -1.8, 1.8, 67.0},
    {"GR", 39.3, 22.0, 1.3, 10.4}, {"HR", 45.4, 16.0, 0.9, 3.9},  {"HU", 47.2, 19.4, 1.0, 9.7},
    {"IE", 53.2, -8.0, 0.9, 5.0},  {"IT", 42.8, 12.6, 2.0, 59.0}, {"LT", 55.3, 23.9, 0.8, 2.8},
    {"LU", 49.8, 6.1, 0.2, 0.6},   {"LV", 56.9, 24.6, 0.8, 1.9},  {"NL", 52.2, 5.5, 0.6, 17.0},
    {"NO", 61.0, 9.0, 2.2, 5.4},   {"PL", 52.0, 19.4, 1.8, 38.0}, {"PT", 39.6, -8.0, 1.0, 10.3},
    {"RO", 45.9, 24.9, 1.6, 19.0}, {"SE", 61.0, 15.0, 2.5, 10.4}, {"SI", 46.1, 14.8, 0.4, 2.1},
    {"SK", 48.7, 19.7, 0.7, 5.4},  {"UA", 49.0, 31.4, 2.8, 38.0},
};
#define NCOUNTRY (sizeof countries / sizeof *countries)

/* Each country's languages (country.languages, loaded by amity), and
 * whether the first language of one is spoken in the other. */
static char langs[NCOUNTRY][MAXLANG][8];
static size_t nlangs[NCOUNTRY];
static bool shares[NCOUNTRY][NCOUNTRY];

struct ivec {
    int *v;
    size_t n, cap;
};

static void push(struct ivec *a, int x)
{
    if (a->n == a->cap) {
        a->cap = a->cap ? 2 * a->cap : 4;
        a->v = realloc(a->v, a->cap * sizeof *a->v);
        if (!a->v)
            abort();
    }
    a->v[a->n++] = x;
}

struct city {
    size_t country;
    double lat, lng;
    double size;  /* log-population, standardised */
    double gen;   /* hidden generosity */
    double needy; /* how often it posts needs (log weight) */
};

struct world {
    size_t n, ncat, nnet;
    struct city *c;
    struct ivec *adj;     /* active partners, per city */
    struct ivec *ended;   /* ended partnerships' other sides */
    struct ivec *nets;    /* current networks, per city */
    struct ivec *members; /* current members, per network */
    unsigned char *offer; /* [city * ncat + cat]: an open standing offer */
    int *helped;          /* confirmed pledges given */
    struct ivec to, from; /* every confirmed pledge: the city helped, the helper */
    double *needy_cum;    /* cumulative exp(needy), to draw the needing cities */
    char cat[MAXCAT][32], unit[MAXCAT][32];
    size_t npartner, nended, nmember, nformer, noffer, nwithdrawn, npast, npledge, nconfirmed;
};

/* The hidden model: drawn per seed. */
struct truth {
    double partner, pp, net, offer, helped, helped_city, per1000km, lang, gen, size_share, noise;
    double b_past, b_now; /* intercepts, fitted */
};

/* A need's signs, for every city. */
struct signs {
    unsigned char *partner, *pp, *net, *helped_city;
    double *km;
};

static bool linked(const struct world *w, size_t a, size_t b)
{
    for (size_t i = 0; i < w->adj[a].n; i++)
        if ((size_t)w->adj[a].v[i] == b)
            return true;
    for (size_t i = 0; i < w->ended[a].n; i++)
        if ((size_t)w->ended[a].v[i] == b)
            return true;
    return false;
}

/* Draw from cumulative weights cum[0..n). */
static size_t pick_cum(const double *cum, size_t n, struct rng *r)
{
    double u = runif(r) * cum[n - 1];
    size_t lo = 0, hi = n - 1;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cum[mid] > u)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

static void signs_of(const struct world *w, size_t c, struct signs *s)
{
    size_t n = w->n;
    memset(s->partner, 0, n), memset(s->pp, 0, n), memset(s->net, 0, n), memset(s->helped_city, 0, n);
    for (size_t i = 0; i < w->adj[c].n; i++)
        s->partner[w->adj[c].v[i]] = 1;
    for (size_t i = 0; i < w->adj[c].n; i++) {
        const struct ivec *q = &w->adj[w->adj[c].v[i]];
        for (size_t k = 0; k < q->n; k++)
            if ((size_t)q->v[k] != c && !s->partner[q->v[k]])
                s->pp[q->v[k]] = 1;
    }
    for (size_t i = 0; i < w->nets[c].n; i++) {
        const struct ivec *m = &w->members[w->nets[c].v[i]];
        for (size_t k = 0; k < m->n; k++)
            if ((size_t)m->v[k] != c && s->net[m->v[k]] < 255)
                s->net[m->v[k]]++;
    }
    for (size_t i = 0; i < w->to.n; i++)
        if ((size_t)w->to.v[i] == c)
            s->helped_city[w->from.v[i]] = 1;
    for (size_t j = 0; j < n; j++)
        s->km[j] = am_km(w->c[c].lat, w->c[c].lng, w->c[j].lat, w->c[j].lng);
}

/* The latent score of city j for a need of city c in category cat, without
 * the intercept and the noise; `now`: with the signs of help given before. */
static double latent(const struct world *w, const struct truth *t, const struct signs *s, size_t c, size_t cat,
                     size_t j, bool now)
{
    double x = t->partner * s->partner[j] + t->pp * s->pp[j] + t->net * (s->net[j] < 3 ? s->net[j] : 3) +
               t->offer * w->offer[j * w->ncat + cat] + t->per1000km * s->km[j] / 1000 +
               t->lang * shares[w->c[c].country][w->c[j].country] + t->gen * w->c[j].gen;
    if (now)
        x += t->helped * log1p((double)w->helped[j]) + t->helped_city * s->helped_city[j];
    return x;
}

/* The intercept that gives the sample of needs (x: SAMPLE rows of n latent
 * scores with their noise, -INFINITY for the needing city) `target`
 * pledgers each on average: bisection. */
static double fit_intercept(const double *x, size_t rows, size_t n, double target)
{
    double lo = -40, hi = 20;
    for (int it = 0; it < 50; it++) {
        double b = (lo + hi) / 2, sum = 0;
        for (size_t i = 0; i < rows * n; i++)
            sum += sigmoid(b + x[i]);
        if (sum / (double)rows > target)
            hi = b;
        else
            lo = b;
    }
    return (lo + hi) / 2;
}

/* ---- writing the world ---------------------------------------------------------------- */

static struct am_err err;
static char dir[64], path[96];
static bool keep;

static void cleanup(void)
{
    if (!dir[0] || keep)
        return;
    static const char *const ext[] = {"", "-wal", "-shm", "-journal"};
    for (size_t i = 0; i < 4; i++) {
        char p[128];
        snprintf(p, sizeof p, "%s%s", path, ext[i]);
        remove(p);
    }
    rmdir(dir);
}

static void die(const char *what)
{
    fprintf(stderr, "needs_eval: %s: %s\n", what, err.msg[0] ? err.msg : "failed");
    exit(1);
}

static struct am_stmt *loop(struct am_db *db, const char *sql)
{
    struct am_stmt *st = NULL;
    if (am_db_prepare_loop(db, sql, &st, &err))
        die("prepare");
    return st;
}

static void run(struct am_stmt *st, const char *what)
{
    if (am_stmt_run(st, &err))
        die(what);
}

static const char STAMP[] = "2024-01-01T00:00:00Z";

static void load_languages(struct am_db *db)
{
    for (size_t k = 0; k < NCOUNTRY; k++) {
        json_t *row = NULL;
        if (am_db_one(db, "SELECT coalesce(languages, '') AS l FROM country WHERE code = ?",
                      json_pack("[s]", countries[k].code), &row, &err))
            die(countries[k].code);
        const char *l = json_string_value(json_object_get(row, "l"));
        while (l && *l && nlangs[k] < MAXLANG) {
            size_t len = strcspn(l, ",");
            if (len > 0 && len < sizeof langs[k][0]) {
                memcpy(langs[k][nlangs[k]], l, len);
                langs[k][nlangs[k]++][len] = 0;
            }
            l += len + (l[len] == ',');
        }
        json_decref(row);
    }
    for (size_t a = 0; a < NCOUNTRY; a++)
        for (size_t b = 0; b < NCOUNTRY; b++)
            for (size_t i = 0; nlangs[a] && i < nlangs[b]; i++)
                shares[a][b] |= strcmp(langs[a][0], langs[b][i]) == 0;
}

static const char *lang_of(const struct world *w, size_t c)
{
    size_t k = w->c[c].country;
    return nlangs[k] ? langs[k][0] : NULL;
}

static void make_cities(struct am_db *db, struct world *w, struct rng *r)
{
    double cum[NCOUNTRY], total = 0;
    for (size_t k = 0; k < NCOUNTRY; k++)
        cum[k] = total += countries[k].weight;
    struct am_stmt *st = loop(db, "INSERT INTO city (id, name, country, lat, lng, population, source, created_at, "
                                  "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'synthetic', ?7, ?7)");
    w->needy_cum = malloc(w->n * sizeof *w->needy_cum);
    if (!w->needy_cum)
        abort();
    for (size_t j = 0; j < w->n; j++) {
        struct city *c = &w->c[j];
        c->country = pick_cum(cum, NCOUNTRY, r);
        double sp = countries[c->country].spread;
        c->lat = fmin(71, fmax(34, countries[c->country].lat + 0.6 * sp * rnorm(r)));
        c->lng = fmin(41, fmax(-11, countries[c->country].lng + sp * rnorm(r)));
        c->size = rnorm(r);
        c->needy = 0.8 * rnorm(r);
        w->needy_cum[j] = exp(c->needy) + (j ? w->needy_cum[j - 1] : 0);
        char name[48];
        snprintf(name, sizeof name, "Synthetic city %zu", j + 1);
        am_stmt_bind_i64(st, 1, (int64_t)j + 1);
        am_stmt_bind_text(st, 2, name);
        am_stmt_bind_text(st, 3, countries[c->country].code);
        am_stmt_bind_double(st, 4, c->lat);
        am_stmt_bind_double(st, 5, c->lng);
        am_stmt_bind_i64(st, 6, (int64_t)llround(exp(log(20000.0) + 1.2 * c->size)));
        am_stmt_bind_text(st, 7, STAMP);
        run(st, "city");
    }
    am_stmt_done(st);
}

/* Preferential attachment with distance decay, mostly abroad: a city
 * chosen by its partners (and size), its new partner by its partners, size,
 * distance from the first, and whether it is abroad. */
static void make_partnerships(struct am_db *db, struct world *w, struct rng *r)
{
    size_t n = w->n, edges = n * 3 / 2;
    double *cum = malloc(n * sizeof *cum), *pull = malloc(n * sizeof *pull), reach = rrange(r, 500, 1500);
    int *deg = calloc(n, sizeof *deg);
    if (!cum || !pull || !deg)
        abort();
    struct am_stmt *st =
        loop(db, "INSERT INTO partnership (a_city_id, b_city_id, a_key, b_key, kind, status, signed_date, ended_date, "
                 "source, created_at, updated_at) VALUES (?1, ?2, 'c' || ?1, 'c' || ?2, 'twinning', ?3, ?4, ?5, "
                 "'synthetic', ?6, ?6)");
    for (size_t j = 0; j < n; j++)
        pull[j] = exp(0.6 * w->c[j].size);
    for (size_t e = 0; e < edges; e++) {
        double t = 0;
        for (size_t j = 0; j < n; j++)
            cum[j] = t += (deg[j] + 1) * pull[j];
        size_t a = pick_cum(cum, n, r);
        t = 0;
        for (size_t j = 0; j < n; j++) {
            double x = 0;
            if (j != a && !linked(w, a, j))
                x = (deg[j] + 1) * pull[j] * exp(-am_km(w->c[a].lat, w->c[a].lng, w->c[j].lat, w->c[j].lng) / reach) *
                    (w->c[j].country == w->c[a].country ? 0.08 : 1);
            cum[j] = t += x;
        }
        if (t <= 0)
            continue;
        size_t b = pick_cum(cum, n, r);
        bool ended = runif(r) < 0.1;
        push(ended ? &w->ended[a] : &w->adj[a], (int)b);
        push(ended ? &w->ended[b] : &w->adj[b], (int)a);
        deg[a]++, deg[b]++;
        *(ended ? &w->nended : &w->npartner) += 1;
        char signed_on[16], ended_on[16];
        snprintf(signed_on, sizeof signed_on, "%d", 1950 + (int)rbelow(r, 70));
        snprintf(ended_on, sizeof ended_on, "%d", 2020 + (int)rbelow(r, 5));
        am_stmt_bind_i64(st, 1, (int64_t)a + 1);
        am_stmt_bind_i64(st, 2, (int64_t)b + 1);
        am_stmt_bind_text(st, 3, ended ? "ended" : "active");
        am_stmt_bind_text(st, 4, signed_on);
        am_stmt_bind_text(st, 5, ended ? ended_on : NULL);
        am_stmt_bind_text(st, 6, STAMP);
        run(st, "partnership");
    }
    am_stmt_done(st);
    free(cum), free(pull), free(deg);
}

struct keyed {
    double key;
    size_t j;
};

static int by_key_desc(const void *a, const void *b)
{
    double x = ((const struct keyed *)a)->key, y = ((const struct keyed *)b)->key;
    return (x < y) - (x > y);
}

/* Networks: pan-European or around a city; members drawn by size and
 * nearness (weighted sampling without replacement), some former. */
static void make_networks(struct am_db *db, struct world *w, struct rng *r)
{
    size_t n = w->n;
    struct keyed *k = malloc(n * sizeof *k);
    if (!k)
        abort();
    struct am_stmt *sn = loop(db, "INSERT INTO network (id, name, kind, source, created_at, updated_at) VALUES "
                                  "(?1, ?2, 'network', 'synthetic', ?3, ?3)");
    struct am_stmt *sm =
        loop(db, "INSERT INTO membership (network_id, city_id, joined_year, left_year, status, source, created_at, "
                 "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, 'synthetic', ?6, ?6)");
    for (size_t g = 0; g < w->nnet; g++) {
        char name[48];
        snprintf(name, sizeof name, "Synthetic network %zu", g + 1);
        am_stmt_bind_i64(sn, 1, (int64_t)g + 1);
        am_stmt_bind_text(sn, 2, name);
        am_stmt_bind_text(sn, 3, STAMP);
        run(sn, "network");
        size_t centre = rbelow(r, n);
        double scope = runif(r) < 0.4 ? 0 : rrange(r, 250, 900);
        double want = fmin((double)n / 4, fmax(8, exp(log(40.0) + 0.8 * rnorm(r))));
        for (size_t j = 0; j < n; j++) {
            double wt = exp(0.7 * w->c[j].size);
            if (scope > 0)
                wt *= exp(-am_km(w->c[centre].lat, w->c[centre].lng, w->c[j].lat, w->c[j].lng) / scope);
            double u = runif(r);
            k[j] = (struct keyed){wt > 0 && u > 0 ? log(u) / wt : -INFINITY, j};
        }
        qsort(k, n, sizeof *k, by_key_desc);
        for (size_t i = 0; i < (size_t)want; i++) {
            size_t j = k[i].j;
            bool former = runif(r) < 0.12;
            int joined = 1990 + (int)rbelow(r, 34);
            if (former)
                w->nformer++;
            else
                push(&w->nets[j], (int)g), push(&w->members[g], (int)j), w->nmember++;
            am_stmt_bind_i64(sm, 1, (int64_t)g + 1);
            am_stmt_bind_i64(sm, 2, (int64_t)j + 1);
            am_stmt_bind_i64(sm, 3, joined);
            if (former)
                am_stmt_bind_i64(sm, 4, joined + 1 + (int)rbelow(r, 8));
            else
                am_stmt_bind_text(sm, 4, NULL);
            am_stmt_bind_text(sm, 5, former ? "former" : "current");
            am_stmt_bind_text(sm, 6, STAMP);
            run(sm, "membership");
        }
    }
    am_stmt_done(sn), am_stmt_done(sm);
    free(k);
}

static void make_offers(struct am_db *db, struct world *w, struct rng *r)
{
    struct am_stmt *st = loop(db, "INSERT INTO offer (city_id, category, title, quantity, unit, language, status, "
                                  "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)");
    for (size_t j = 0; j < w->n; j++)
        for (size_t cat = 0; cat < w->ncat; cat++) {
            if (runif(r) >= sigmoid(-3.6 + w->c[j].gen + 0.4 * w->c[j].size))
                continue;
            bool withdrawn = runif(r) < 0.15;
            if (withdrawn)
                w->nwithdrawn++;
            else
                w->offer[j * w->ncat + cat] = 1, w->noffer++;
            char title[64];
            snprintf(title, sizeof title, "Synthetic offer: %s", w->cat[cat]);
            am_stmt_bind_i64(st, 1, (int64_t)j + 1);
            am_stmt_bind_text(st, 2, w->cat[cat]);
            am_stmt_bind_text(st, 3, title);
            am_stmt_bind_i64(st, 4, 1 + (int64_t)rbelow(r, 50));
            am_stmt_bind_text(st, 5, w->unit[cat]);
            am_stmt_bind_text(st, 6, lang_of(w, j));
            am_stmt_bind_text(st, 7, withdrawn ? "withdrawn" : "open");
            am_stmt_bind_text(st, 8, STAMP);
            run(st, "offer");
        }
    am_stmt_done(st);
}

static const char *const urgencies[] = {"low", "medium", "high", "critical"};

static int64_t insert_need(struct am_db *db, const struct world *w, size_t c, size_t cat, const char *status,
                           const char *stamp, size_t serial, struct rng *r)
{
    struct am_stmt *st =
        loop(db, "INSERT INTO need (city_id, category, title, quantity, unit, urgency, language, status, "
                 "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)");
    char title[64];
    snprintf(title, sizeof title, "Synthetic need %zu: %s", serial, w->cat[cat]);
    am_stmt_bind_i64(st, 1, (int64_t)c + 1);
    am_stmt_bind_text(st, 2, w->cat[cat]);
    am_stmt_bind_text(st, 3, title);
    am_stmt_bind_i64(st, 4, 10 + (int64_t)rbelow(r, 200));
    am_stmt_bind_text(st, 5, w->unit[cat]);
    am_stmt_bind_text(st, 6, urgencies[rbelow(r, 4)]);
    am_stmt_bind_text(st, 7, lang_of(w, c));
    am_stmt_bind_text(st, 8, status);
    am_stmt_bind_text(st, 9, stamp);
    run(st, "need");
    int64_t id = am_db_last_id(db);
    am_stmt_done(st);
    return id;
}

/* The latent scores, with their noise, of a sample of needs (`now`: of new
 * needs, with the signs of help given before), to fit an intercept on. */
static double fit(const struct world *w, const struct truth *t, struct signs *s, bool now, double target,
                  struct rng *r)
{
    size_t n = w->n;
    double *x = malloc(SAMPLE * n * sizeof *x);
    if (!x)
        abort();
    for (size_t i = 0; i < SAMPLE; i++) {
        size_t c = pick_cum(w->needy_cum, n, r), cat = rbelow(r, w->ncat);
        signs_of(w, c, s);
        for (size_t j = 0; j < n; j++)
            x[i * n + j] = j == c ? -INFINITY : latent(w, t, s, c, cat, j, now) + t->noise * rnorm(r);
    }
    double b = fit_intercept(x, SAMPLE, n, target);
    free(x);
    return b;
}

/* Past needs: the cities that pledged follow the hidden model without the
 * signs of help given before (about 3 each); most pledges confirmed. */
static void make_history(struct am_db *db, struct world *w, struct truth *t, struct signs *s, size_t past,
                         struct rng *r)
{
    t->b_past = fit(w, t, s, false, 3, r);
    struct am_stmt *st = loop(db, "INSERT INTO pledge (need_id, need_city_id, city_id, quantity, status, "
                                  "delivered_quantity, confirmed_on, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, "
                                  "?5, ?6, ?7, ?8, ?8)");
    for (size_t h = 0; h < past; h++) {
        size_t c = pick_cum(w->needy_cum, w->n, r), cat = rbelow(r, w->ncat);
        int64_t id = insert_need(db, w, c, cat, runif(r) < 0.7 ? "met" : "closed", "2025-01-01T00:00:00Z", h + 1, r);
        w->npast++;
        signs_of(w, c, s);
        for (size_t j = 0; j < w->n; j++) {
            if (j == c || runif(r) >= sigmoid(t->b_past + latent(w, t, s, c, cat, j, false) + t->noise * rnorm(r)))
                continue;
            double u = runif(r);
            const char *status = u < 0.85 ? "confirmed" : u < 0.95 ? "cancelled" : "pledged";
            int64_t q = 1 + (int64_t)rbelow(r, 20);
            bool confirmed = status[1] == 'o';
            am_stmt_bind_i64(st, 1, id);
            am_stmt_bind_i64(st, 2, (int64_t)c + 1);
            am_stmt_bind_i64(st, 3, (int64_t)j + 1);
            am_stmt_bind_i64(st, 4, q);
            am_stmt_bind_text(st, 5, status);
            if (confirmed)
                am_stmt_bind_i64(st, 6, q);
            else
                am_stmt_bind_text(st, 6, NULL);
            am_stmt_bind_text(st, 7, confirmed ? "2025-02-01" : NULL);
            am_stmt_bind_text(st, 8, "2025-01-02T00:00:00Z");
            run(st, "pledge");
            w->npledge++;
            if (confirmed) {
                w->helped[j]++, w->nconfirmed++;
                push(&w->to, (int)c), push(&w->from, (int)j);
            }
        }
    }
    am_stmt_done(st);
}

/* ---- measuring ------------------------------------------------------------------------ */

struct need {
    int64_t id;
    size_t city, cat;
    struct ivec pledgers; /* hidden */
};

struct fig {
    double r10, r20, rr;
    size_t asked;
};

static void tally(struct fig *f, const size_t *list, size_t k, const unsigned char *mark, size_t pledgers)
{
    size_t h10 = 0, h20 = 0;
    double rr = 0;
    for (size_t i = 0; i < k && i < K; i++) {
        if (!mark[list[i]])
            continue;
        h10 += i < 10;
        h20++;
        if (rr == 0)
            rr = 1.0 / (double)(i + 1);
    }
    f->r10 += (double)h10 / (double)pledgers;
    f->r20 += (double)h20 / (double)pledgers;
    f->rr += rr;
    f->asked++;
}

static struct fig mean(struct fig f)
{
    if (f.asked)
        f.r10 /= (double)f.asked, f.r20 /= (double)f.asked, f.rr /= (double)f.asked;
    return f;
}

/* The k cities of smallest key (smallest first), leaving out self and those
 * marked in skip (optional). */
static size_t smallest(const double *key, size_t n, size_t self, const unsigned char *skip, size_t k, size_t *out)
{
    size_t m = 0;
    for (size_t j = 0; j < n && k; j++) {
        if (j == self || (skip && skip[j]) || (m == k && key[j] >= key[out[m - 1]]))
            continue;
        size_t p = m < k ? m++ : k - 1;
        while (p > 0 && key[out[p - 1]] > key[j]) {
            out[p] = out[p - 1];
            p--;
        }
        out[p] = j;
    }
    return m;
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* The thread's own time: on a shared machine a call preempted midway
 * would otherwise count another process's time as its own. */
static double cpu_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int by_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void row(const char *name, struct fig f)
{
    printf("%-24s %10.3f %10.3f %10.3f\n", name, f.r10, f.r20, f.rr);
}

static void ratio(const char *name, struct fig a, struct fig b)
{
    printf("%-24s", name);
    double x[3] = {a.r10, a.r20, a.rr}, y[3] = {b.r10, b.r20, b.rr};
    for (int i = 0; i < 3; i++)
        if (y[i] > 0)
            printf(" %9.2fx", x[i] / y[i]);
        else
            printf(" %10s", "-");
    printf("\n");
}

static void usage(void)
{
    fprintf(stderr, "usage: needs_eval [--seed N] [--cities N] [--needs N] [--history N] [--networks N] "
                    "[--pledgers X] [--keep]\n");
    exit(2);
}

int main(int argc, char **argv)
{
    int64_t seed = 1, ncities = 3000, nneeds = 300, npast = 500, nnets = -1;
    double target = 8;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        bool ok = true;
        if (strcmp(a, "--keep") == 0)
            keep = true;
        else if (!v)
            ok = false;
        else if (strcmp(a, "--seed") == 0)
            ok = am_parse_i64(v, 0, INT64_MAX, &seed), i++;
        else if (strcmp(a, "--cities") == 0)
            ok = am_parse_i64(v, 50, 1000000, &ncities), i++;
        else if (strcmp(a, "--needs") == 0)
            ok = am_parse_i64(v, 1, 1000000, &nneeds), i++;
        else if (strcmp(a, "--history") == 0)
            ok = am_parse_i64(v, 0, 10000000, &npast), i++;
        else if (strcmp(a, "--networks") == 0)
            ok = am_parse_i64(v, 0, 100000, &nnets), i++;
        else if (strcmp(a, "--pledgers") == 0)
            ok = am_parse_double(v, &target) && target > 0, i++;
        else
            ok = false;
        if (!ok)
            usage();
    }
    if (target >= (double)ncities / 2)
        usage();
    if (nnets < 0)
        nnets = ncities / 100;

    am_str_copy(dir, sizeof dir, "/tmp/amity-needs-eval-XXXXXX");
    if (!mkdtemp(dir)) {
        perror("needs_eval: mkdtemp");
        return 1;
    }
    snprintf(path, sizeof path, "%s/synthetic.db", dir);
    atexit(cleanup);
    am_log_set_level(AM_LOG_WARN); /* not the migrations, one line each */
    struct am_store *store = NULL;
    struct am_db *db = NULL;
    if (am_store_open(path, &store, &err) || !(db = am_store_db(store, &err)))
        die("open");
    if (am_country_load(db, NULL, &err))
        die("countries");
    load_languages(db);

    /* the world */
    struct world w = {.n = (size_t)ncities, .nnet = (size_t)nnets};
    size_t n = w.n;
    json_t *cats = am_need_categories(), *c;
    size_t ci;
    json_array_foreach(json_object_get(cats, "items"), ci, c) {
        if (w.ncat == MAXCAT)
            break;
        am_str_copy(w.cat[w.ncat], sizeof w.cat[0], json_string_value(json_object_get(c, "id")));
        am_str_copy(w.unit[w.ncat], sizeof w.unit[0], json_string_value(json_array_get(json_object_get(c, "units"), 0)));
        w.ncat++;
    }
    json_decref(cats);
    if (!w.ncat) {
        fprintf(stderr, "needs_eval: no need categories\n");
        return 1;
    }
    w.c = calloc(n, sizeof *w.c);
    w.adj = calloc(n, sizeof *w.adj);
    w.ended = calloc(n, sizeof *w.ended);
    w.nets = calloc(n, sizeof *w.nets);
    w.members = calloc(w.nnet + 1, sizeof *w.members);
    w.offer = calloc(n * w.ncat, 1);
    w.helped = calloc(n, sizeof *w.helped);
    struct signs s = {calloc(n, 1), calloc(n, 1), calloc(n, 1), calloc(n, 1), calloc(n, sizeof(double))};
    if (!w.c || !w.adj || !w.ended || !w.nets || !w.members || !w.offer || !w.helped || !s.partner || !s.pp ||
        !s.net || !s.helped_city || !s.km)
        abort();

    struct rng world_rng = rng_of(seed, 1), truth_rng = rng_of(seed, 2), base_rng = rng_of(seed, 3),
               weight_rng = rng_of(seed, 4);
    /* the hidden weights, drawn from broad ranges */
    struct truth t = {
        .partner = rrange(&weight_rng, 1.0, 5.0),
        .pp = rrange(&weight_rng, 0.0, 2.0),
        .net = rrange(&weight_rng, 0.0, 1.2),
        .offer = rrange(&weight_rng, 1.0, 5.0),
        .helped = rrange(&weight_rng, 0.0, 1.5),
        .helped_city = rrange(&weight_rng, 0.0, 3.0),
        .per1000km = -rrange(&weight_rng, 0.2, 3.0),
        .lang = rrange(&weight_rng, 0.0, 2.0),
        .gen = rrange(&weight_rng, 0.3, 1.5),
        .size_share = rrange(&weight_rng, 0.0, 0.6),
        .noise = rrange(&weight_rng, 0.3, 1.2),
    };

    double t0 = now_ms();
    if (am_db_begin(db, &err))
        die("begin");
    make_cities(db, &w, &world_rng);
    for (size_t j = 0; j < n; j++) /* generosity: partly the city's size */
        w.c[j].gen = t.size_share * w.c[j].size + sqrt(1 - t.size_share * t.size_share) * rnorm(&world_rng);
    make_partnerships(db, &w, &world_rng);
    make_networks(db, &w, &world_rng);
    make_offers(db, &w, &world_rng);
    make_history(db, &w, &t, &s, (size_t)npast, &world_rng);

    /* the new needs, and who pledges (hidden) */
    t.b_now = fit(&w, &t, &s, true, target, &truth_rng);
    struct need *needs = calloc((size_t)nneeds, sizeof *needs);
    if (!needs)
        abort();
    size_t total_pledgers = 0;
    for (size_t i = 0; i < (size_t)nneeds; i++) {
        struct need *d = &needs[i];
        d->city = pick_cum(w.needy_cum, n, &truth_rng);
        d->cat = rbelow(&truth_rng, w.ncat);
        d->id = insert_need(db, &w, d->city, d->cat, "open", "2026-01-01T00:00:00Z", w.npast + i + 1, &truth_rng);
        signs_of(&w, d->city, &s);
        for (size_t j = 0; j < n; j++)
            if (j != d->city && runif(&truth_rng) < sigmoid(t.b_now + latent(&w, &t, &s, d->city, d->cat, j, true) +
                                                             t.noise * rnorm(&truth_rng)))
                push(&d->pledgers, (int)j);
        total_pledgers += d->pledgers.n;
    }
    if (am_db_commit(db, &err))
        die("commit");
    double gen_ms = now_ms() - t0;

    printf("needs_eval: synthetic data (a generated world, no real city), seed %lld\n", (long long)seed);
    printf("world: %zu cities in %zu countries, %zu partnerships (+%zu ended), %zu networks with %zu members "
           "(+%zu former), %zu open offers (+%zu withdrawn), %zu past needs with %zu pledges (%zu confirmed); "
           "built in %.1f s\n",
           n, NCOUNTRY, w.npartner, w.nended, w.nnet, w.nmember, w.nformer, w.noffer, w.nwithdrawn, w.npast,
           w.npledge, w.nconfirmed, gen_ms / 1000);
    printf("hidden weights (drawn for this seed): partner %.2f, partner_of_partner %.2f, per network %.2f, "
           "offer %.2f, log(1+helped) %.2f, helped_this_city %.2f, per 1000 km %.2f, language %.2f, "
           "generosity %.2f (size share %.2f), noise %.2f; intercept %.2f (past needs %.2f)\n",
           t.partner, t.pp, t.net, t.offer, t.helped, t.helped_city, t.per1000km, t.lang, t.gen, t.size_share,
           t.noise, t.b_now, t.b_past);

    /* the rankings */
    struct fig f_amity = {0}, f_random = {0}, f_near = {0}, f_twins = {0}, f_ceil = {0};
    double *ms = calloc((size_t)nneeds, sizeof *ms), *key = calloc(n, sizeof *key);
    unsigned char *mark = calloc(n, 1), *skip = calloc(n, 1);
    if (!ms || !key || !mark || !skip)
        abort();
    size_t asked = 0, listed = 0, short_lists = 0;
    /* pledgers' signs: partner, partner's partner, network, offer, helped
     * before, helped this city, shared language, within 1000 km; reachable by amity */
    size_t with[8] = {0}, reachable = 0, pledged = 0;
    size_t list[K];
    for (size_t i = 0; i < (size_t)nneeds; i++) {
        const struct need *d = &needs[i];
        json_t *out = NULL;
        double a0 = cpu_ms();
        if (am_need_matches(db, NULL, d->id, &out, &err))
            die("am_need_matches");
        ms[i] = cpu_ms() - a0;
        size_t k = 0, idx;
        json_t *item;
        json_array_foreach(json_object_get(out, "items"), idx, item) {
            json_int_t id = json_integer_value(json_object_get(json_object_get(item, "city"), "id"));
            if (k < K && id >= 1 && id <= (json_int_t)n)
                list[k++] = (size_t)(id - 1);
        }
        json_decref(out);
        if (!d->pledgers.n)
            continue;
        asked++, listed += k, short_lists += k < K;
        for (size_t p = 0; p < d->pledgers.n; p++)
            mark[d->pledgers.v[p]] = 1;
        size_t np = d->pledgers.n;
        tally(&f_amity, list, k, mark, np);

        signs_of(&w, d->city, &s);
        for (size_t p = 0; p < np; p++) {
            size_t j = (size_t)d->pledgers.v[p];
            bool sg[8] = {s.partner[j], s.pp[j], s.net[j] > 0, w.offer[j * w.ncat + d->cat], w.helped[j] > 0,
                          s.helped_city[j], shares[w.c[d->city].country][w.c[j].country], s.km[j] < 1000};
            for (int q = 0; q < 8; q++)
                with[q] += sg[q];
            reachable += sg[0] || sg[1] || sg[2] || sg[3] || sg[4];
            pledged++;
        }

        /* random cities */
        memset(skip, 0, n);
        size_t m = 0;
        while (m < K && m + 1 < n) {
            size_t j = rbelow(&base_rng, n);
            if (j == d->city || skip[j])
                continue;
            skip[j] = 1, list[m++] = j;
        }
        tally(&f_random, list, m, mark, np);
        /* the nearest cities */
        m = smallest(s.km, n, d->city, NULL, K, list);
        tally(&f_near, list, m, mark, np);
        /* the partners, nearest first, then the nearest cities */
        for (size_t j = 0; j < n; j++)
            key[j] = s.partner[j] ? s.km[j] : INFINITY;
        m = smallest(key, n, d->city, NULL, w.adj[d->city].n < K ? w.adj[d->city].n : K, list);
        memset(skip, 0, n);
        for (size_t q = 0; q < m; q++)
            skip[list[q]] = 1;
        m += smallest(s.km, n, d->city, skip, K - m, list + m);
        tally(&f_twins, list, m, mark, np);
        /* the ceiling: the hidden model without its noise */
        for (size_t j = 0; j < n; j++)
            key[j] = -latent(&w, &t, &s, d->city, d->cat, j, true);
        m = smallest(key, n, d->city, NULL, K, list);
        tally(&f_ceil, list, m, mark, np);

        for (size_t p = 0; p < np; p++)
            mark[d->pledgers.v[p]] = 0;
    }

    printf("%lld new needs, %zu with at least one pledger; %.1f pledgers per need on average (hidden)\n\n",
           (long long)nneeds, asked, (double)total_pledgers / (double)nneeds);
    printf("%-24s %10s %10s %10s\n", "", "recall@10", "recall@20", "MRR");
    f_amity = mean(f_amity), f_random = mean(f_random), f_near = mean(f_near), f_twins = mean(f_twins);
    f_ceil = mean(f_ceil);
    row("amity", f_amity);
    row("random", f_random);
    row("nearest", f_near);
    row("partners-then-nearest", f_twins);
    row("ceiling", f_ceil);
    ratio("ratio amity/random", f_amity, f_random);
    ratio("ratio amity/nearest", f_amity, f_near);
    ratio("ratio amity/partners", f_amity, f_twins);
    ratio("ratio amity/ceiling", f_amity, f_ceil);

    qsort(ms, (size_t)nneeds, sizeof *ms, by_double);
    double sum = 0;
    for (size_t i = 0; i < (size_t)nneeds; i++)
        sum += ms[i];
    size_t nn = (size_t)nneeds;
    printf("\ntime per am_need_matches call (ms, the thread's CPU time): mean %.3f p50 %.3f p95 %.3f (%zu calls)\n", sum / (double)nn,
           ms[nn / 2], ms[nn * 95 / 100 < nn ? nn * 95 / 100 : nn - 1], nn);
    if (pledged) {
        double P = (double)pledged;
        printf("pledgers (%zu): partner %.0f%%, partner's partner %.0f%%, shared network %.0f%%, offer %.0f%%, "
               "helped before %.0f%%, helped this city %.0f%%, shared language %.0f%%, within 1000 km %.0f%%; "
               "in amity's candidate set %.0f%%\n",
               pledged, 100 * (double)with[0] / P, 100 * (double)with[1] / P, 100 * (double)with[2] / P,
               100 * (double)with[3] / P, 100 * (double)with[4] / P, 100 * (double)with[5] / P,
               100 * (double)with[6] / P, 100 * (double)with[7] / P, 100 * (double)reachable / P);
        printf("amity's lists: %.1f cities on average, %zu of %zu shorter than %d\n",
               (double)listed / (double)asked, short_lists, asked, K);
    }
    if (keep)
        printf("database kept: %s\n", path);

    for (size_t i = 0; i < (size_t)nneeds; i++)
        free(needs[i].pledgers.v);
    free(needs), free(ms), free(key), free(mark), free(skip);
    for (size_t j = 0; j < n; j++)
        free(w.adj[j].v), free(w.ended[j].v), free(w.nets[j].v);
    for (size_t g = 0; g < w.nnet; g++)
        free(w.members[g].v);
    free(w.c), free(w.adj), free(w.ended), free(w.nets), free(w.members), free(w.offer), free(w.helped);
    free(w.to.v), free(w.from.v), free(w.needy_cum);
    free(s.partner), free(s.pp), free(s.net), free(s.helped_city), free(s.km);
    am_store_close(store);
    return 0;
}

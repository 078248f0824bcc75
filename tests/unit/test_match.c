/* Partner suggestions on small hand-made graphs. The cities are SYNTHETIC:
 * invented ids, countries and points, made for these tests. */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "am_match.h"

/* A (1) is partnered with B (2) and C (3); D (4) is a partner of both B and
 * C; E (5) of B only. G (7) lies 5 km from A and is partnered with H (8).
 * F (6) is far away and alone. I (9) is a large city abroad, near nobody. */
static const struct am_match_city cities[] = {
    {1, "AA", 45.00, 10.00, 100000, "", 0, 0}, {2, "BB", 48.00, 2.00, 90000, "", 0, 0},  {3, "BB", 47.00, 3.00, 110000, "", 0, 0},
    {4, "BB", 47.50, 2.50, 95000, "", 0, 0},   {5, "BB", 48.20, 2.10, 20000, "", 0, 0},  {6, "CC", -30.0, 150.0, 50000, "", 0, 0},
    {7, "AA", 45.04, 10.02, 30000, "", 0, 0},  {8, "DD", 52.00, 13.00, 80000, "", 0, 0}, {9, "DD", 52.10, 13.10, 3000000, "", 0, 0},
};
static const int64_t pairs[][2] = {{1, 2}, {1, 3}, {2, 4}, {3, 4}, {2, 5}, {7, 8}};
static const int64_t members[][2] = {{1, 100}, {6, 100}};

static struct am_match_model *model(void)
{
    struct am_match_model *m = am_match_build(cities, sizeof cities / sizeof *cities, pairs,
                                              sizeof pairs / sizeof *pairs, members, sizeof members / sizeof *members);
    cr_assert_not_null(m);
    return m;
}

static size_t rank_of(const struct am_match_hit *h, size_t n, int64_t city)
{
    for (size_t i = 0; i < n; i++)
        if (h[i].city == city)
            return i + 1;
    return 0;
}

Test(match, never_itself_or_its_partners)
{
    struct am_match_model *m = model();
    struct am_match_hit h[20];
    size_t n = 0;
    cr_assert_eq(am_match_rank(m, 1, NULL, NULL, 20, h, &n), AM_OK);
    cr_expect_eq(n, 6); /* 9 cities, less A, B and C */
    cr_expect_eq(rank_of(h, n, 1), 0);
    cr_expect_eq(rank_of(h, n, 2), 0);
    cr_expect_eq(rank_of(h, n, 3), 0);
    for (size_t i = 1; i < n; i++)
        cr_expect_geq(h[i - 1].score, h[i].score, "best first");
    am_match_free(m);
}

Test(match, partners_of_partners_come_first)
{
    struct am_match_model *m = model();
    struct am_match_hit h[20];
    size_t n = 0;
    cr_assert_eq(am_match_rank(m, 1, NULL, NULL, 20, h, &n), AM_OK);
    /* D shares two partners with A, E one: D before E, both before F */
    cr_expect_eq(h[0].city, 4, "first: %lld", (long long)h[0].city);
    cr_expect_lt(rank_of(h, n, 4), rank_of(h, n, 5));
    cr_expect_lt(rank_of(h, n, 5), rank_of(h, n, 6));
    /* common neighbours by hand: log(1 + 2) x the weight */
    cr_expect(fabs(h[0].common - am_match_default_weights.common * log(3.0)) < 1e-9, "%g", h[0].common);
    /* Adamic-Adar by hand: B and C have 3 and 2 partners */
    double aa = 1 / log(2.0 + 3) + 1 / log(2.0 + 2);
    cr_expect(fabs(h[0].adamic_adar - am_match_default_weights.adamic_adar * aa) < 1e-5, "%g", h[0].adamic_adar);
    am_match_free(m);
}

Test(match, partners_of_the_cities_around_count)
{
    struct am_match_model *m = model();
    struct am_match_hit h[20];
    size_t n = 0;
    cr_assert_eq(am_match_rank(m, 1, NULL, NULL, 20, h, &n), AM_OK);
    /* H is the partner of G, 5 km from A: a regional reason; I is near H */
    size_t rh = rank_of(h, n, 8);
    cr_assert_gt(rh, 0);
    cr_expect_gt(h[rh - 1].regional, 0);
    cr_expect_gt(h[rh - 1].region_pair, 0);
    size_t ri = rank_of(h, n, 9);
    cr_expect_gt(h[ri - 1].region_pair, 0, "I is near H");
    cr_expect_eq(h[ri - 1].regional, 0, "but nobody around A is its partner");
    /* F, far and unconnected, has neither */
    size_t rf = rank_of(h, n, 6);
    cr_expect_eq(h[rf - 1].regional, 0);
    cr_expect_gt(h[rf - 1].network, 0, "F shares a network with A");
    am_match_free(m);
}

Test(match, filters)
{
    struct am_match_model *m = model();
    struct am_match_hit h[20];
    size_t n = 0;
    struct am_match_filter f = {.country = "DD"};
    cr_assert_eq(am_match_rank(m, 1, NULL, &f, 20, h, &n), AM_OK);
    cr_expect_eq(n, 2);
    for (size_t i = 0; i < n; i++)
        cr_expect(h[i].city == 8 || h[i].city == 9);
    f = (struct am_match_filter){.min_population = 90000};
    cr_assert_eq(am_match_rank(m, 1, NULL, &f, 20, h, &n), AM_OK);
    for (size_t i = 0; i < n; i++)
        cr_expect(h[i].city == 4 || h[i].city == 9, "%lld", (long long)h[i].city);
    const int64_t only[] = {5, 6};
    f = (struct am_match_filter){.only = only, .nonly = 2};
    cr_assert_eq(am_match_rank(m, 1, NULL, &f, 20, h, &n), AM_OK);
    cr_expect_eq(n, 2);
    cr_expect_eq(am_match_rank(m, 42, NULL, NULL, 20, h, &n), AM_ENOTFOUND);
    am_match_free(m);
}

Test(match, baselines)
{
    struct am_match_model *m = model();
    struct am_match_hit h[20];
    size_t n = 0;
    /* the most partnered: B has 3 partners but is A's partner; then D and the others */
    cr_assert_eq(am_match_baseline(m, AM_MATCH_MOST_PARTNERED, 1, 20, h, &n), AM_OK);
    cr_expect_eq(h[0].city, 4);
    /* nearest foreign: never A's country (G is nearest but of AA) */
    cr_assert_eq(am_match_baseline(m, AM_MATCH_NEAREST_FOREIGN, 1, 20, h, &n), AM_OK);
    cr_expect_neq(h[0].city, 7);
    for (size_t i = 0; i < n; i++)
        cr_expect_neq(h[i].city, 7);
    /* common neighbours and Adamic-Adar put D first */
    cr_assert_eq(am_match_baseline(m, AM_MATCH_COMMON, 1, 20, h, &n), AM_OK);
    cr_expect_eq(h[0].city, 4);
    cr_assert_eq(am_match_baseline(m, AM_MATCH_ADAMIC_ADAR, 1, 20, h, &n), AM_OK);
    cr_expect_eq(h[0].city, 4);
    am_match_free(m);
}

Test(match, repeated_and_unknown_pairs_are_harmless)
{
    const int64_t messy[][2] = {{1, 2}, {2, 1}, {1, 2}, {1, 1}, {1, 999}};
    struct am_match_model *m = am_match_build(cities, sizeof cities / sizeof *cities, messy, 5, NULL, 0);
    cr_assert_not_null(m);
    struct am_match_hit h[20];
    size_t n = 0;
    cr_assert_eq(am_match_rank(m, 2, NULL, NULL, 20, h, &n), AM_OK);
    cr_expect_eq(n, 7, "9 cities less B and its one partner A");
    am_match_free(m);
}

/* A (1) - B (2) - C (3) - D (4): D is three partnerships from A. E (5) is
 * alone. Synthetic, as above. */
Test(match, chains_of_three_partnerships)
{
    const int64_t line[][2] = {{1, 2}, {2, 3}, {3, 4}};
    struct am_match_model *m = am_match_build(cities, sizeof cities / sizeof *cities, line, 3, NULL, 0);
    cr_assert_not_null(m);
    struct am_match_hit h[20];
    size_t n = 0;
    cr_assert_eq(am_match_rank(m, 1, NULL, NULL, 20, h, &n), AM_OK);
    size_t rd = rank_of(h, n, 4), rc = rank_of(h, n, 3), re = rank_of(h, n, 5);
    cr_assert(rd && rc && re);
    /* one path A-B-C-D, through B and C of two partners each: 1/sqrt(2 x 2) */
    double want = am_match_default_weights.chain3 * log1p(0.5);
    cr_expect(fabs(h[rd - 1].chain3 - want) < 1e-5, "%g, not %g", h[rd - 1].chain3, want);
    /* C is a partner's partner (common neighbour), not at the end of a chain
     * of three: A-B-C-B turns back */
    cr_expect_eq(h[rc - 1].chain3, 0);
    cr_expect_gt(h[rc - 1].common, 0);
    cr_expect_eq(h[re - 1].chain3, 0);
    am_match_free(m);
}

static double strength(int64_t size)
{
    return size < 0 ? 0.5 : 0.25 + log10(1.0 + (double)size) / 5;
}

static const struct am_match_hit *hit_of(const struct am_match_hit *h, size_t n, int64_t city)
{
    size_t r = rank_of(h, n, city);
    cr_assert(r, "city %lld is ranked", (long long)city);
    return &h[r - 1];
}

/* Diaspora groups, both ways, by city and by country. */
Test(match, diaspora_ties)
{
    struct am_match_model *m = model();
    const struct am_match_diaspora groups[] = {
        {1, 8, "DD", 9999, 1}, /* people from H live in A */
        {6, 1, "AA", -1, 2}, /* people from A live in F (size unknown) */
        {5, 0, "AA", 0, 3}, /* people from A's country live in E */
        {1, 0, "AA", 500, 4}, /* people from A's own country live in A: no one abroad gains */
        {9, 0, "DD", 100, 5}, /* I's own country, for I: nothing for A */
    };
    struct am_match_hit h[20];
    size_t n = 0;
    cr_assert_eq(am_match_rank(m, 1, NULL, NULL, 20, h, &n), AM_OK);
    double h_before = hit_of(h, n, 8)->score;
    cr_assert(am_match_set_ties(m, groups, 5, NULL, 0));
    cr_assert_eq(am_match_rank(m, 1, NULL, NULL, 20, h, &n), AM_OK);
    double w = am_match_default_weights.diaspora, t = strength(9999);
    /* H: as the group's city and through its country */
    cr_expect(fabs(hit_of(h, n, 8)->diaspora - w * log1p(2 * t)) < 1e-5, "%g", hit_of(h, n, 8)->diaspora);
    /* I: H's country only */
    cr_expect(fabs(hit_of(h, n, 9)->diaspora - w * log1p(t)) < 1e-5, "%g", hit_of(h, n, 9)->diaspora);
    /* F hosts people from A: twice a group of unknown size */
    cr_expect(fabs(hit_of(h, n, 6)->diaspora - w * log1p(2 * strength(-1))) < 1e-5);
    /* E hosts people from A's country */
    cr_expect(fabs(hit_of(h, n, 5)->diaspora - w * log1p(strength(0))) < 1e-5);
    /* G is A's compatriot: A's own-country group gives it nothing */
    cr_expect_eq(hit_of(h, n, 7)->diaspora, 0);
    cr_expect_eq(hit_of(h, n, 4)->diaspora, 0);
    /* the group lifts H by just that */
    cr_expect(fabs(hit_of(h, n, 8)->score - h_before - hit_of(h, n, 8)->diaspora) < 1e-5);
    /* the ties are replaced, not added to */
    cr_assert(am_match_set_ties(m, NULL, 0, NULL, 0));
    cr_assert_eq(am_match_rank(m, 1, NULL, NULL, 20, h, &n), AM_OK);
    for (size_t i = 0; i < n; i++)
        cr_expect_eq(h[i].diaspora, 0);
    am_match_free(m);
}

/* Topics: the cosine of the two cities' topic sets. */
Test(match, shared_topics)
{
    struct am_match_model *m = model();
    const struct am_match_topic topics[] = {
        {1, 10}, {1, 11}, {1, 11}, /* repeats count once */
        {4, 10}, {6, 10}, {6, 11}, {8, 12}, {999, 10}, /* an unknown city is skipped */
    };
    cr_assert(am_match_set_ties(m, NULL, 0, topics, sizeof topics / sizeof *topics));
    struct am_match_hit h[20];
    size_t n = 0;
    cr_assert_eq(am_match_rank(m, 1, NULL, NULL, 20, h, &n), AM_OK);
    double w = am_match_default_weights.topics;
    cr_expect(fabs(hit_of(h, n, 4)->topics - w / sqrt(2.0)) < 1e-6, "%g", hit_of(h, n, 4)->topics);
    cr_expect(fabs(hit_of(h, n, 6)->topics - w) < 1e-6, "%g", hit_of(h, n, 6)->topics);
    cr_expect_eq(hit_of(h, n, 8)->topics, 0);
    cr_expect_eq(hit_of(h, n, 9)->topics, 0);
    /* a city without topics gets none, and gives none */
    cr_assert_eq(am_match_rank(m, 9, NULL, NULL, 20, h, &n), AM_OK);
    for (size_t i = 0; i < n; i++)
        cr_expect_eq(h[i].topics, 0);
    am_match_free(m);
}

/* The names the evaluation tunes by are the weights' fields, in order. */
Test(match, signal_names)
{
    struct am_match_weights w = am_match_default_weights;
    size_t k = 0;
    while (am_match_signal_names[k])
        k++;
    cr_expect_eq(k * sizeof(double), sizeof w);
    cr_expect_str_eq(am_match_signal_names[0], "common");
    cr_expect_eq(am_match_weight(&w, 0), &w.common);
    cr_expect_eq(am_match_weight(&w, k - 1), (double *)(void *)(&w + 1) - 1, "the last field");
    cr_expect_null(am_match_weight(&w, k));
}

/* ---- the evaluation's baselines, each on a graph where it alone gives
 * its order ------------------------------------------------------------------ */

/* Q (1, country AA) is partnered with P (2). Near Q: N1 (3, BB, 111 km
 * north), N2 (4, CC, 222 km north, one partner), S (5, Q's own country,
 * 11 km). Far: the hub H (6, DD, four partners: 7 to 10). Across the date
 * line: W (11, EE, lng 179.9) and E (12, FF, lng -179.9), 16 km apart.
 * Synthetic, as above. */
static const struct am_match_city base_cities[] = {
    {1, "AA", 45.0, 10.0, 100000, "", 0, 0},  {2, "AA", 46.0, 12.0, 100000, "", 0, 0}, {3, "BB", 46.0, 10.0, 1000, "", 0, 0},
    {4, "CC", 47.0, 10.0, 1000, "", 0, 0},    {5, "AA", 45.1, 10.0, 1000, "", 0, 0},   {6, "DD", -30.0, 150.0, 1000, "", 0, 0},
    {7, "DD", -31.0, 150.0, 1000, "", 0, 0},  {8, "DD", -32.0, 150.0, 1000, "", 0, 0}, {9, "DD", -33.0, 150.0, 1000, "", 0, 0},
    {10, "DD", -34.0, 150.0, 1000, "", 0, 0}, {11, "EE", 0.0, 179.9, 1000, "", 0, 0},  {12, "FF", 0.0, -179.9, 1000, "", 0, 0},
    {13, "GG", 0.0, 170.0, 1000, "", 0, 0},
};
static const int64_t base_pairs[][2] = {{1, 2}, {4, 13}, {6, 7}, {6, 8}, {6, 9}, {6, 10}};

static struct am_match_model *base_model(void)
{
    struct am_match_model *m = am_match_build(base_cities, sizeof base_cities / sizeof *base_cities, base_pairs,
                                              sizeof base_pairs / sizeof *base_pairs, NULL, 0);
    cr_assert_not_null(m);
    return m;
}

static void expect_order(const struct am_match_hit *h, size_t n, const int64_t *want, size_t nwant, const char *what)
{
    cr_assert_geq(n, nwant, "%s: %zu hits", what, n);
    for (size_t i = 0; i < nwant; i++)
        cr_expect_eq(h[i].city, want[i], "%s: #%zu is %lld, not %lld", what, i + 1, (long long)h[i].city,
                     (long long)want[i]);
}

Test(match, baseline_most_partnered_is_the_most_partnered)
{
    struct am_match_model *m = base_model();
    struct am_match_hit h[20];
    size_t n = 0;
    cr_assert_eq(am_match_baseline(m, AM_MATCH_MOST_PARTNERED, 1, 20, h, &n), AM_OK);
    /* the hub, then the cities of one partner (ties: lower id first), wherever they are */
    const int64_t want[] = {6, 4, 7, 8, 9, 10, 13};
    expect_order(h, n, want, 7, "most partnered");
    cr_expect_eq(h[0].score, 4);
    for (size_t i = 0; i < n; i++)
        cr_expect(h[i].city != 1 && h[i].city != 2, "never Q or its partner");
    am_match_free(m);
}

Test(match, baseline_nearest_foreign_is_the_nearest_abroad)
{
    struct am_match_model *m = base_model();
    struct am_match_hit h[20];
    size_t n = 0;
    cr_assert_eq(am_match_baseline(m, AM_MATCH_NEAREST_FOREIGN, 1, 20, h, &n), AM_OK);
    /* by distance, whatever their partners: N1, N2, then the far ones */
    const int64_t want[] = {3, 4};
    expect_order(h, n, want, 2, "nearest foreign");
    cr_expect(fabs(-h[0].score - 111.2) < 0.5, "N1 is 111 km away: %g", -h[0].score);
    for (size_t i = 0; i < n; i++) {
        cr_expect(h[i].city != 5 && h[i].city != 2 && h[i].city != 1, "never Q's country: %lld",
                  (long long)h[i].city);
        if (i)
            cr_expect_geq(h[i - 1].score, h[i].score, "nearest first");
    }
    /* across the date line, both ways: the shorter way round */
    cr_assert_eq(am_match_baseline(m, AM_MATCH_NEAREST_FOREIGN, 12, 20, h, &n), AM_OK);
    cr_expect_eq(h[0].city, 11, "from E: W, %lld", (long long)h[0].city);
    cr_expect(-h[0].score < 30, "%g km", -h[0].score);
    cr_assert_eq(am_match_baseline(m, AM_MATCH_NEAREST_FOREIGN, 11, 20, h, &n), AM_OK);
    cr_expect_eq(h[0].city, 12, "from W: E, %lld", (long long)h[0].city);
    cr_expect(-h[0].score < 30, "%g km", -h[0].score);
    am_match_free(m);
}

/* A (1) has the partners B (2, a hub of nine) and C (3, of three). D (4)
 * is a partner of both; X (5) of the hub only, Y (6) of C only. Common
 * neighbours: D, then X and Y (one each; ties by partners); Adamic-Adar: D,
 * then Y (a small common neighbour weighs more) before X. */
Test(match, baselines_common_neighbours_and_adamic_adar)
{
    struct am_match_city cs[20];
    for (int i = 0; i < 20; i++)
        cs[i] = (struct am_match_city){i + 1, "AA", 40.0 + i, 5.0, 1000, "", 0, 0};
    const int64_t ties[][2] = {{1, 2}, {1, 3}, {2, 4}, {3, 4}, {2, 5}, {3, 6},
                               {2, 11}, {2, 12}, {2, 13}, {2, 14}, {2, 15}, {2, 16}, {6, 17}};
    struct am_match_model *m = am_match_build(cs, 20, ties, sizeof ties / sizeof *ties, NULL, 0);
    cr_assert_not_null(m);
    struct am_match_hit h[20];
    size_t n = 0;
    cr_assert_eq(am_match_baseline(m, AM_MATCH_COMMON, 1, 20, h, &n), AM_OK);
    const int64_t cn[] = {4, 6, 5}; /* Y has two partners, X one: the tie goes to Y */
    expect_order(h, n, cn, 3, "common neighbours");
    cr_expect(fabs(h[0].score - 2) < 1e-3 && fabs(h[1].score - 1) < 1e-3 && fabs(h[2].score - 1) < 1e-3);
    cr_assert_eq(am_match_baseline(m, AM_MATCH_ADAMIC_ADAR, 1, 20, h, &n), AM_OK);
    const int64_t aa[] = {4, 6, 5};
    expect_order(h, n, aa, 3, "Adamic-Adar");
    cr_expect(fabs(h[1].score - 1 / log(2.0 + 3)) < 1e-3, "Y through C: %g", h[1].score);
    cr_expect(fabs(h[2].score - 1 / log(2.0 + 9)) < 1e-3, "X through the hub: %g", h[2].score);
    am_match_free(m);
}

/* ---- the bounded ranking gives what scoring every city gives ------------------- */

static int cmp_ids(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

static uint64_t rng_state;

static uint64_t rnd(void)
{
    rng_state ^= rng_state << 13, rng_state ^= rng_state >> 7, rng_state ^= rng_state << 17;
    return rng_state;
}

static double unit(void)
{
    return (double)(rnd() % 1000000) / 1e6;
}

/* A made-up world: cities in clusters across eight countries (some with no
 * point or no population, some by the date line), partnerships mostly
 * abroad and between clusters, networks, diaspora groups and topics. */
static struct am_match_model *random_world(size_t nc, size_t np)
{
    static const char *const cc[] = {"AA", "BB", "CC", "DD", "EE", "FF", "GG", "HH", 0};
    static const double at[][2] = {{45, 10}, {48, 2}, {52, 13}, {40, -4}, {-33, 151}, {-18, 179.5},
                                   {64, -179.6}, {0, 0}};
    struct am_match_city *c = calloc(nc, sizeof *c);
    int64_t (*p)[2] = calloc(np, sizeof *p), (*mem)[2] = calloc(nc, sizeof *mem);
    cr_assert(c && p && mem);
    for (size_t i = 0; i < nc; i++) {
        size_t k = rnd() % 8;
        c[i].id = (int64_t)(i * 7 + 3);
        memcpy(c[i].country, cc[k], 3);
        bool point = rnd() % 50 != 0;
        c[i].lat = point ? at[k][0] + (unit() - 0.5) * 4 : NAN;
        c[i].lng = point ? at[k][1] + (unit() - 0.5) * 4 : NAN;
        if (point && c[i].lng > 180)
            c[i].lng -= 360;
        if (point && c[i].lng < -180)
            c[i].lng += 360;
        c[i].population = rnd() % 10 == 0 ? 0 : (int64_t)(1000 * pow(10, 3 * unit()));
        if (rnd() % 3)
            snprintf(c[i].admin, sizeof c[i].admin, "%u", (unsigned)(rnd() % 5));
    }
    for (size_t i = 0; i < np; i++) {
        /* a few cities partner a lot */
        size_t a = rnd() % 4 ? rnd() % nc : rnd() % (nc / 50 + 1), b = rnd() % nc;
        p[i][0] = c[a].id, p[i][1] = c[b].id;
    }
    size_t nm = 0;
    for (size_t i = 0; i < nc; i++)
        if (rnd() % 6 == 0)
            mem[nm][0] = c[i].id, mem[nm++][1] = (int64_t)(rnd() % 12);
    struct am_match_model *m = am_match_build(c, nc, (const int64_t(*)[2])p, np, (const int64_t(*)[2])mem, nm);
    cr_assert_not_null(m);
    struct am_match_diaspora d[60];
    struct am_match_topic t[300];
    for (size_t i = 0; i < 60; i++)
        d[i] = (struct am_match_diaspora){c[rnd() % nc].id, rnd() % 2 ? c[rnd() % nc].id : 0, "", 
                                          rnd() % 4 ? (int64_t)(rnd() % 50000) : -1, (int64_t)i + 1};
    for (size_t i = 0; i < 60; i++)
        memcpy(d[i].origin_country, cc[rnd() % 8], 3);
    for (size_t i = 0; i < 300; i++)
        t[i] = (struct am_match_topic){c[rnd() % nc].id, (int64_t)(rnd() % 9)};
    cr_assert(am_match_set_ties(m, d, 60, t, 300));
    free(c), free(p), free(mem);
    return m;
}

static void same_ranking(const struct am_match_model *m, int64_t city, const struct am_match_weights *w,
                         const struct am_match_filter *f, size_t k, const char *what)
{
    struct am_match_hit a[100], b[100];
    size_t na = 0, nb = 0;
    cr_assert_eq(am_match_rank(m, city, w, f, k, a, &na), AM_OK);
    cr_assert_eq(am_match_rank_all(m, city, w, f, k, b, &nb), AM_OK);
    cr_assert_eq(na, nb, "%s, city %lld, k %zu: %zu hits, not %zu", what, (long long)city, k, na, nb);
    for (size_t i = 0; i < na; i++) {
        cr_assert_eq(a[i].city, b[i].city, "%s, city %lld, k %zu: #%zu is %lld, not %lld", what, (long long)city,
                     k, i + 1, (long long)a[i].city, (long long)b[i].city);
        cr_assert_eq(a[i].score, b[i].score, "%s, city %lld: #%zu's score", what, (long long)city, i + 1);
        cr_assert_eq(a[i].distance, b[i].distance, "%s: the parts too", what);
    }
}

Test(match, bounded_ranking_equals_scoring_every_city)
{
    rng_state = 0x2545F4914F6CDD1Dull;
    size_t nc = 3000;
    struct am_match_model *m = random_world(nc, 4000);
    struct am_match_weights odd = am_match_default_weights;
    odd.division = -0.3, odd.distance = 0.05, odd.size = 0.1, odd.size_similar = -0.1, odd.popularity = -0.2;
    const size_t ks[] = {1, 5, 20, 100};
    for (size_t q = 0; q < 300; q++) {
        int64_t city = (int64_t)((rnd() % nc) * 7 + 3);
        size_t k = ks[q % 4];
        same_ranking(m, city, NULL, NULL, k, "default weights");
        same_ranking(m, city, &odd, NULL, k, "other signs");
        struct am_match_filter f = {.country = "EE"};
        same_ranking(m, city, NULL, &f, k, "a country");
        f = (struct am_match_filter){.min_population = 20000, .max_population = 400000};
        same_ranking(m, city, NULL, &f, k, "populations");
        int64_t only[40], out[5];
        for (size_t i = 0; i < 40; i++)
            only[i] = (int64_t)(i * 70 + 3);
        for (size_t i = 0; i < 5; i++)
            out[i] = (int64_t)((rnd() % nc) * 7 + 3);
        qsort(out, 5, sizeof *out, cmp_ids);
        f = (struct am_match_filter){.only = only, .nonly = 40};
        same_ranking(m, city, NULL, &f, k, "only these");
        f = (struct am_match_filter){.exclude = out, .nexclude = 5};
        same_ranking(m, city, NULL, &f, k, "never these");
        struct am_match_hit h[100];
        size_t n = 0;
        cr_assert_eq(am_match_rank(m, city, NULL, &f, k, h, &n), AM_OK);
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < 5; j++)
                cr_assert_neq(h[i].city, out[j], "an excluded city is never suggested");
    }
    am_match_free(m);
}

/* A strength is bounded, monotone in the score, and reads the table: a
 * score below every held-out partnership's is 0, above all of them 100. */
Test(match, strength_is_bounded_and_monotone)
{
    cr_assert_eq(am_match_strength(-1e9), 0);
    cr_assert_eq(am_match_strength(1e9), 100);
    cr_assert_eq(am_match_strength(NAN), 0, "no score, no strength");
    double last = -1;
    for (double s = -8; s <= 60; s += 0.01) {
        double v = am_match_strength(s);
        cr_assert(v >= 0 && v <= 100, "strength %f of score %f out of bounds", v, s);
        cr_assert(v >= last, "strength falls from %f to %f at score %f", last, v, s);
        last = v;
    }
    cr_assert(am_match_strength(0) > 50 && am_match_strength(0) < 90, "a score of 0 beats most real partnerships");
}

/* Namesakes abroad twin, not those at home; capitals with capitals, seats
 * of regions with their like. SYNTHETIC: invented cities; only their names
 * are shaped like real ones, to test the folding. */
Test(match, namesakes_abroad_and_seats_of_the_same_rank)
{
    uint32_t perth = am_match_name_key("Perth"), other = am_match_name_key("Kalgoorlie");
    cr_assert_eq(perth, am_match_name_key("PERTH"), "names fold before they are compared");
    cr_assert_eq(am_match_name_key("Córdoba"), am_match_name_key("Cordoba"));
    cr_assert_neq(perth, other);
    cr_assert_eq(am_match_name_key(""), 0);
    const struct am_match_city c[] = {
        {1, "AU", -31.95, 115.86, 2000000, "", 1, perth}, /* a seat of a region */
        {2, "GB", 56.39, -3.43, 47000, "", 0, perth},      /* its namesake abroad */
        {3, "AU", -32.00, 116.00, 40000, "", 0, perth},    /* a namesake at home */
        {4, "GB", 56.40, -3.40, 47000, "", 0, other},      /* beside the namesake, otherwise alike */
        {5, "FR", 48.85, 2.35, 2000000, "", 2, other},     /* a capital */
        {6, "FR", 48.90, 2.40, 2000000, "", 0, 0},         /* beside it, no seat */
    };
    struct am_match_model *m = am_match_build(c, 6, NULL, 0, NULL, 0);
    cr_assert_not_null(m);
    struct am_match_hit h[10];
    size_t n = 0;
    cr_assert_eq(am_match_rank(m, 1, NULL, NULL, 10, h, &n), AM_OK);
    cr_expect_lt(rank_of(h, n, 2), rank_of(h, n, 4), "the namesake abroad first");
    cr_expect_gt(h[rank_of(h, n, 2) - 1].namesake, 0);
    cr_expect_eq(h[rank_of(h, n, 3) - 1].namesake, 0, "not a namesake at home");
    cr_expect_gt(h[rank_of(h, n, 5) - 1].seat, 0, "a seat of a region and a capital");
    cr_expect_eq(h[rank_of(h, n, 6) - 1].seat, 0);
    cr_expect_lt(rank_of(h, n, 5), rank_of(h, n, 6));
    /* the bounded ranking gives what scoring every city gives */
    struct am_match_hit all[10];
    size_t na = 0;
    cr_assert_eq(am_match_rank_all(m, 1, NULL, NULL, 10, all, &na), AM_OK);
    cr_assert_eq(na, n);
    for (size_t i = 0; i < n; i++)
        cr_expect_eq(all[i].city, h[i].city);
    am_match_free(m);
}

/* A country's share of the partnerships is spread over its cities with
 * partners: BB has four (B, C, D, E), AA two (A, G), DD one (H). */
Test(match, a_country_share_is_spread_over_its_partnered_cities)
{
    struct am_match_model *m = model();
    struct am_match_hit h[20];
    size_t n = 0;
    cr_assert_eq(am_match_rank(m, 6, NULL, NULL, 20, h, &n), AM_OK);
    size_t d = rank_of(h, n, 4), i = rank_of(h, n, 9), a = rank_of(h, n, 1);
    cr_assert(d && i && a);
    double w = am_match_default_weights.spread;
    cr_expect(fabs(h[d - 1].spread - w * log1p(4.0)) < 1e-5, "%g", h[d - 1].spread);
    cr_expect(fabs(h[i - 1].spread - w * log1p(1.0)) < 1e-5, "%g", h[i - 1].spread);
    cr_expect(fabs(h[a - 1].spread - w * log1p(2.0)) < 1e-5, "%g", h[a - 1].spread);
    am_match_free(m);
}

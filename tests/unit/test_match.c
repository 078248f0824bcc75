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
    {1, "AA", 45.00, 10.00, 100000, ""}, {2, "BB", 48.00, 2.00, 90000, ""},  {3, "BB", 47.00, 3.00, 110000, ""},
    {4, "BB", 47.50, 2.50, 95000, ""},   {5, "BB", 48.20, 2.10, 20000, ""},  {6, "CC", -30.0, 150.0, 50000, ""},
    {7, "AA", 45.04, 10.02, 30000, ""},  {8, "DD", 52.00, 13.00, 80000, ""}, {9, "DD", 52.10, 13.10, 3000000, ""},
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

/* Unit tests of the pure parts of published Index results: the names a
 * source gives indicators matched to the questionnaire's, the rank as
 * published in words, which figures a source states, and whether a second
 * source agrees with the result held. The figures in the comparisons are
 * SYNTHETIC, made for the test; the indicator names are those of the real
 * file data/icc_index_published.csv. */
#include <criterion/criterion.h>
#include <string.h>

#include "am_index.h"
#include "util/am_blob.h"

static json_t *real_edition(void)
{
    const struct am_blob *b = am_blob_find("data/index/amity-1.json");
    cr_assert_not_null(b);
    json_t *e = json_loadb((const char *)b->data, b->len, 0, NULL);
    cr_assert_not_null(e);
    return e;
}

static void maps(json_t *e, const char *name, const char *want)
{
    const char *got = am_index_indicator_id(e, name);
    if (!want)
        cr_expect_null(got, "%s: matched to %s", name, got ? got : "");
    else
        cr_expect(got && strcmp(got, want) == 0, "%s: want %s, got %s", name, want, got ? got : "nothing");
}

Test(index_published, the_files_indicator_names_match_the_questionnaire)
{
    json_t *e = real_edition();
    /* by id */
    maps(e, "neighbourhoods", "neighbourhoods");
    maps(e, "interaction", "interaction");
    maps(e, "international_outlook", "international_outlook");
    maps(e, "commitment", "commitment");
    /* by label: "Business and labour market", "Media and communication" */
    maps(e, "business_and_labour_market", "business");
    maps(e, "media_and_communication", "media");
    maps(e, "Business and labour market", "business");
    /* the part of a label after its colon: "Governance: leadership and citizenship" */
    maps(e, "leadership_and_citizenship", "governance");
    /* renamed by the Index after amity-1's names */
    maps(e, "cultural_and_social_life", "cultural_civil_life");
    /* not an indicator of amity-1: kept as published, not compared */
    maps(e, "anti_discrimination", NULL);
    maps(e, "", NULL);
    maps(e, "business_and", NULL);
    json_decref(e);
}

static void label(const char *rank, json_int_t sample, const char *want)
{
    char out[64];
    json_t *n = sample ? json_integer(sample) : json_null();
    bool has = am_index_rank_label(rank, n, out, sizeof out);
    json_decref(n);
    if (!want) {
        cr_expect_not(has, "%s: no label", rank ? rank : "NULL");
        cr_expect_str_eq(out, "");
        return;
    }
    cr_expect(has);
    cr_expect_str_eq(out, want, "%s of %lld", rank, (long long)sample);
}

Test(index_published, the_rank_as_published_in_words)
{
    label("17", 93, "17th of 93");
    label("8 (tied)", 34, "8th (tied) of 34");
    label("5 (tied)", 20, "5th (tied) of 20");
    label("1", 0, "1st");
    label("2", 26, "2nd of 26");
    label("3", 26, "3rd of 26");
    label("4", 80, "4th of 80");
    label("11", 0, "11th");
    label("12", 0, "12th");
    label("13", 0, "13th");
    label("21", 56, "21st of 56");
    label("22", 0, "22nd");
    label("23", 93, "23rd of 93");
    label("43", 100, "43rd of 100");
    label("101", 0, "101st");
    label("111", 0, "111th");
    label("first", 0, "first"); /* not a number first: as written */
    label(NULL, 93, NULL);
    label("", 93, NULL);
}

Test(index_published, the_figures_a_source_states)
{
    json_t *in = json_pack("{s:f,s:s,s:I,s:n,s:{s:f,s:f},s:s,s:s}", "aggregate", 80.0, "rank", "4", "sample_size",
                           (json_int_t)26, "population", "indicators_as_published", "interaction", 100.0,
                           "media_and_communication", 100.0, "source", "https://example.org/synthetic", "note",
                           "a note is not a figure");
    json_t *states = am_index_published_states(in);
    char *text = json_dumps(states, JSON_COMPACT);
    cr_expect_str_eq(text, "[\"aggregate\",\"rank\",\"sample_size\",\"indicators.interaction\","
                           "\"indicators.media_and_communication\"]");
    free(text);
    json_decref(states);
    json_decref(in);
}

Test(index_published, a_second_source_agrees_fills_in_or_conflicts)
{
    json_t *held = json_pack("{s:f,s:s,s:n,s:n,s:b,s:{s:f}}", "aggregate", 70.0, "rank", "17", "sample_size",
                             "population", "over_200k", 1, "indicators_as_published", "neighbourhoods", 100.0);
    char why[200] = "";

    /* the same figures (70 and 70.0 are one number): nothing to fill */
    json_t *same = json_pack("{s:i,s:s}", "aggregate", 70, "rank", "17"), *fill = json_object();
    cr_expect(am_index_published_compare(held, same, fill, why, sizeof why));
    cr_expect_eq(json_object_size(fill), 0);
    json_decref(same);
    json_decref(fill);

    /* a figure the result lacks is filled in; one it has is not */
    json_t *more = json_pack("{s:f,s:I,s:{s:f,s:f}}", "aggregate", 70.0, "sample_size", (json_int_t)93,
                             "indicators_as_published", "neighbourhoods", 100.0, "interaction", 90.0);
    fill = json_object();
    cr_expect(am_index_published_compare(held, more, fill, why, sizeof why));
    cr_expect_eq(json_integer_value(json_object_get(fill, "sample_size")), 93);
    cr_expect_null(json_object_get(fill, "aggregate"));
    json_t *ind = json_object_get(fill, "indicators_as_published");
    cr_expect_eq(json_object_size(ind), 1);
    cr_expect_eq(json_number_value(json_object_get(ind, "interaction")), 90.0);
    json_decref(more);
    json_decref(fill);

    /* a figure that differs: refused, naming it */
    static const char *const wrong[] = {"{\"aggregate\": 71}", "{\"rank\": \"17 (tied)\"}", "{\"over_200k\": false}",
                                        "{\"indicators_as_published\": {\"neighbourhoods\": 90}}"};
    static const char *const named[] = {"aggregate", "rank", "over_200k", "indicators.neighbourhoods"};
    for (size_t i = 0; i < 4; i++) {
        json_t *in = json_loads(wrong[i], 0, NULL);
        fill = json_object();
        why[0] = '\0';
        cr_expect_not(am_index_published_compare(held, in, fill, why, sizeof why), "%s", wrong[i]);
        cr_expect(strncmp(why, named[i], strlen(named[i])) == 0, "%s: %s", wrong[i], why);
        json_decref(in);
        json_decref(fill);
    }
    json_decref(held);
}

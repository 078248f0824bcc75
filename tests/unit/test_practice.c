/* Unit tests for the good-practice library's pure parts: the period as
 * people write it, the search expression built from what they type, and the
 * Markdown template reader. Texts here are synthetic. */
#include <criterion/criterion.h>
#include <string.h>

#include "am_practice.h"
#include "am_practice_md.h"
#include "am_practice_search.h"
#include "util/am_buf.h"

/* ---- period --------------------------------------------------------------- */

struct period_case {
    const char *text;
    bool ok;
    int start, end;
    bool ongoing;
};

Test(period, as_people_write_it)
{
    static const struct period_case cases[] = {
        {"2019 - ongoing", true, 2019, 0, true},
        {"since 2014", true, 2014, 0, true},
        {"2015-2017", true, 2015, 2017, false},
        {"2015–2017", true, 2015, 2017, false}, /* en dash */
        {"2016", true, 2016, 0, false},
        {"2017-2015", true, 2015, 2017, false}, /* reversed */
        {"depuis 2012", true, 2012, 0, true},
        {"dal 2010, in corso", true, 2010, 0, true},
        {"2018 to present", true, 2018, 0, true},
        {"from 2011 to 2013", true, 2011, 2013, false}, /* an end year closes it */
        {"ongoing", false, 0, 0, false},
        {"", false, 0, 0, false},
        {"20190", false, 0, 0, false},   /* not a year */
        {"in 12345 days", false, 0, 0, false},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const struct period_case *c = &cases[i];
        int start = -1, end = -1;
        bool ongoing = true;
        bool ok = am_practice_period(c->text, &start, &end, &ongoing);
        cr_expect_eq(ok, c->ok, "'%s': read %d", c->text, ok);
        if (!ok || !c->ok)
            continue;
        cr_expect_eq(start, c->start, "'%s': start %d", c->text, start);
        cr_expect_eq(end, c->end, "'%s': end %d", c->text, end);
        cr_expect_eq(ongoing, c->ongoing, "'%s': ongoing %d", c->text, ongoing);
    }
}

Test(period, long_text_is_safe)
{
    char text[600];
    memset(text, 'x', sizeof text - 1);
    text[sizeof text - 1] = '\0';
    memcpy(text + 500, "2001", 4); /* past what is read: not found, no overrun */
    int s, e;
    bool o;
    cr_expect_not(am_practice_period(text, &s, &e, &o));
}

/* ---- the search expression ---------------------------------------------------- */

static void expect_query(const char *typed, const char *want)
{
    struct am_buf b;
    am_buf_init(&b, 4096);
    cr_assert_eq(am_practice_fts_query(typed, &b), AM_OK);
    cr_expect_str_eq(am_buf_str(&b), want, "typed '%s'", typed);
    am_buf_free(&b);
}

Test(fts_query, words_phrases_prefixes)
{
    expect_query("youth", "\"youth\"");
    expect_query("  youth   council ", "\"youth\" AND \"council\"");
    expect_query("\"city council\" youth", "\"city council\" AND \"youth\"");
    expect_query("cooperat*", "\"cooperat\"*");
    expect_query("co** x", "\"co\"* AND \"x\"");
    expect_query("Москва شیراز", "\"Москва\" AND \"شیراز\"");
}

Test(fts_query, or_binds_tighter_than_the_other_words)
{
    expect_query("a b OR c", "\"a\" AND (\"b\" OR \"c\")");
    expect_query("a OR b c", "(\"a\" OR \"b\") AND \"c\"");
    expect_query("a OR b OR c d", "(\"a\" OR \"b\" OR \"c\") AND \"d\"");
    expect_query("a OR b c OR d", "(\"a\" OR \"b\") AND (\"c\" OR \"d\")");
    /* an OR with nothing on one side is dropped */
    expect_query("OR a", "\"a\"");
    expect_query("a OR", "\"a\"");
    expect_query("OR", "");
    /* only upper-case OR is the operator; "or" is a word */
    expect_query("a or b", "\"a\" AND \"or\" AND \"b\"");
}

Test(fts_query, syntax_is_never_passed_through)
{
    expect_query("NEAR(a b)", "\"NEAR(a\" AND \"b)\"");
    expect_query("a AND NOT b", "\"a\" AND \"AND\" AND \"NOT\" AND \"b\"");
    expect_query("title:x", "\"title:x\"");
    expect_query("\"unclosed phrase", "\"unclosed phrase\"");
    expect_query("say \"\"\"", "\"say\"");
    expect_query("!!! --- ***", "");
    expect_query("^x", "\"^x\"");
}

/* ---- the Markdown template ------------------------------------------------------ */

static json_t *read_md(const char *text, enum am_rc want, struct am_err *err)
{
    json_t *o = NULL;
    enum am_rc rc = am_practice_md_read(text, strlen(text), &o, err);
    cr_assert_eq(rc, want, "rc %d: %s", rc, err->msg);
    return o;
}

Test(practice_md, the_template_reads_as_a_practice_with_only_a_title)
{
    struct am_err err = {0};
    json_t *o = read_md(am_practice_template(), AM_OK, &err);
    cr_expect_str_eq(json_string_value(json_object_get(o, "title")), "Title of the practice");
    /* the hints are comments: nothing else is filled in */
    cr_expect_eq(json_object_size(o), 1, "%s", json_dumps(o, 0));
    json_decref(o);
}

Test(practice_md, a_filled_in_template)
{
    static const char text[] =
        "# Testville youth council (synthetic)\r\n"
        "\n"
        "- City: Testville\n"
        "- Country: ZZ\n"
        "- Organisations: Testville Youth Office; Sample Foundation, Mock Trust\n"
        "- Period: 2019 - ongoing\n"
        "- Topics: Youth; sdg-4\n"
        "- Language: en\n"
        "- Network: Intercultural Cities\n"
        "- Contact: Ann Example <ann@example.org>\n"
        "\n"
        "## Summary\n"
        "A council <!-- ignored --> of young residents.\n"
        "\n"
        "## Stimulus and rationale\n"
        "\n"
        "Line one.\n"
        "\n"
        "Line two.\n"
        "## lessons\n"
        "Share it.\n";
    struct am_err err = {0};
    json_t *o = read_md(text, AM_OK, &err);
    cr_expect_str_eq(json_string_value(json_object_get(o, "title")), "Testville youth council (synthetic)");
    cr_expect_str_eq(json_string_value(json_object_get(o, "city")), "Testville");
    cr_expect_str_eq(json_string_value(json_object_get(o, "period")), "2019 - ongoing");
    json_t *orgs = json_object_get(o, "organisations");
    cr_assert_eq(json_array_size(orgs), 3);
    cr_expect_str_eq(json_string_value(json_array_get(orgs, 1)), "Sample Foundation");
    cr_expect_eq(json_array_size(json_object_get(o, "topics")), 2);
    cr_expect_str_eq(json_string_value(json_object_get(o, "contact_name")), "Ann Example");
    cr_expect_str_eq(json_string_value(json_object_get(o, "contact_email")), "ann@example.org");
    cr_expect_str_eq(json_string_value(json_object_get(o, "summary")), "A council  of young residents.");
    cr_expect_str_eq(json_string_value(json_object_get(o, "rationale")), "Line one.\n\nLine two.");
    cr_expect_str_eq(json_string_value(json_object_get(o, "lessons")), "Share it.");
    cr_expect_null(json_object_get(o, "purpose"));
    json_decref(o);
}

Test(practice_md, what_is_not_a_template_names_the_line)
{
    struct am_err err = {0};
    read_md("# T\n- Colour: blue\n", AM_EINVAL, &err);
    cr_expect(strstr(err.msg, "line 2") && strstr(err.msg, "Colour"), "%s", err.msg);
    memset(&err, 0, sizeof err);
    read_md("# T\n## Budget\nmoney\n", AM_EINVAL, &err);
    cr_expect(strstr(err.msg, "line 2") && strstr(err.msg, "Budget"), "%s", err.msg);
    memset(&err, 0, sizeof err);
    read_md("# T\nloose words\n", AM_EINVAL, &err);
    cr_expect(strstr(err.msg, "line 2"), "%s", err.msg);
    memset(&err, 0, sizeof err);
    read_md("# T\n# U\n", AM_EINVAL, &err);
    cr_expect(strstr(err.msg, "second title"), "%s", err.msg);
    memset(&err, 0, sizeof err);
    read_md("## Summary\nno title\n", AM_EINVAL, &err);
    cr_expect_str_eq(err.field, "title");
    memset(&err, 0, sizeof err);
    read_md("# T <!-- open\n", AM_EINVAL, &err);
    cr_expect(strstr(err.msg, "comment"), "%s", err.msg);
    memset(&err, 0, sizeof err);
    read_md("# T\n- City \xff\n", AM_EINVAL, &err);
    cr_expect(strstr(err.msg, "UTF-8"), "%s", err.msg);
}

Test(practice_md, long_lines_are_refused_not_cut)
{
    /* a cut could fall inside a character and leave invalid UTF-8 */
    char text[3000];
    size_t n = (size_t)snprintf(text, sizeof text, "# T\n- City: ");
    while (n + 3 < 1400)
        n += (size_t)snprintf(text + n, sizeof text - n, "é");
    text[n] = '\0';
    struct am_err err = {0};
    read_md(text, AM_EINVAL, &err);
    cr_expect(strstr(err.msg, "longer"), "%s", err.msg);

    n = (size_t)snprintf(text, sizeof text, "# T\n## ");
    while (n + 3 < 300)
        n += (size_t)snprintf(text + n, sizeof text - n, "é");
    text[n] = '\0';
    memset(&err, 0, sizeof err);
    read_md(text, AM_EINVAL, &err);
    cr_expect(strstr(err.msg, "this heading"), "%s", err.msg);
}

/* ---- ranking -------------------------------------------------------------------- */

#include <math.h>

#include "test_support.h"

/* The search's own BM25 (from amity_tf and the sizes it keeps) gives the
 * scores FTS5's bm25() gives, on a small synthetic corpus. */
Test(ranking, scores_are_fts5_bm25)
{
    static const char *const vocab[] = {"youth", "council", "housing", "garden", "library",
                                        "festival", "mediation", "dialogue", "school", "market"};
    struct tdb t;
    tdb_open(&t, 1);
    struct am_err err = {0};
    unsigned seed = 7;
    for (int i = 0; i < 60; i++) {
        char title[200], summary[400], body[800];
        size_t a = 0, b = 0, c = 0;
        a += (size_t)snprintf(title, sizeof title, "Synthetic practice %d", i);
        for (int w = 0; w < 3; w++, seed = seed * 1103515245u + 12345u)
            a += (size_t)snprintf(title + a, sizeof title - a, " %s", vocab[(seed >> 16) % 10]);
        for (int w = 0; w < 12; w++, seed = seed * 1103515245u + 12345u)
            b += (size_t)snprintf(summary + b, sizeof summary - b, "%s ", vocab[(seed >> 16) % 10]);
        for (int w = 0; w < 5 + i % 40; w++, seed = seed * 1103515245u + 12345u)
            c += (size_t)snprintf(body + c, sizeof body - c, "%s ", (seed >> 16) % 3 ? "filler"
                                                                  : vocab[(seed >> 20) % 10]);
        json_t *p = json_pack("{ss ss ss ss ss}", "title", title, "country", "ZZ", "summary", summary,
                              "process", body, "language", "en"), *out = NULL;
        json_object_set_new(p, "country", json_string("IT"));
        cr_assert_eq(am_practice_create(t.db, &am_actor_cli, p, &out, &err), AM_OK, "%s", err.msg);
        json_decref(p);
        json_decref(out);
    }
    cr_assert_eq(am_db_exec(t.db, "UPDATE practice SET status = 'published'", NULL, NULL, &err), AM_OK);
    static const char *const queries[] = {"youth", "youth council", "\"youth council\"", "fest*",
                                          "garden OR market", "school library OR dialogue", "filler"};
    for (size_t q = 0; q < sizeof queries / sizeof *queries; q++) {
        json_t *in = json_pack("{ss si}", "q", queries[q], "limit", 100), *res = NULL;
        cr_assert_eq(am_practice_search(t.db, &am_actor_anon, in, &res, &err), AM_OK, "%s", err.msg);
        json_decref(in);
        struct am_buf fts;
        am_buf_init(&fts, 4096);
        am_practice_fts_query(queries[q], &fts);
        json_t *rows = NULL;
        cr_assert_eq(am_db_all(t.db, "SELECT rowid AS id, -bm25(practice_fts, 10.0, 3.0, 1.0) AS s "
                                     "FROM practice_fts WHERE practice_fts MATCH ?",
                               json_pack("[s]", am_buf_str(&fts)), &rows, &err), AM_OK, "%s", err.msg);
        am_buf_free(&fts);
        json_t *items = json_object_get(res, "items");
        cr_assert_gt(json_array_size(rows), 0, "%s: no rows", queries[q]);
        cr_expect_eq(json_array_size(items), json_array_size(rows), "%s", queries[q]);
        size_t i, j;
        json_t *it, *r;
        json_array_foreach(items, i, it) {
            json_array_foreach(rows, j, r) {
                if (am_get_id(r, "id") != am_get_id(it, "id"))
                    continue;
                double want = json_real_value(json_object_get(r, "s"));
                double got = json_number_value(json_object_get(it, "score"));
                cr_expect(fabs(want - got) <= 1e-4 * fabs(want) + 1e-6, "%s: practice %lld: %g, bm25 %g",
                          queries[q], (long long)am_get_id(it, "id"), got, want);
            }
        }
        json_decref(rows);
        json_decref(res);
    }
    tdb_close(&t);
}

/* ---- snippets -------------------------------------------------------------------- */

#include "am_snippet.h"

/* The snippet as text, hits in [brackets]. */
static char *snippet_text(const char *typed, const char *const *texts, size_t n, size_t words)
{
    struct am_buf fts, out;
    am_buf_init(&fts, 4096);
    am_buf_init(&out, 4096);
    am_practice_fts_query(typed, &fts);
    struct am_snippet_query *q = am_snippet_query_new(am_buf_str(&fts));
    cr_assert_not_null(q);
    json_t *s = am_snippet(q, texts, n, words), *seg;
    size_t i;
    json_array_foreach(s, i, seg) {
        bool hit = json_is_true(json_object_get(seg, "hit"));
        am_buf_addf(&out, hit ? "[%s]" : "%s", json_string_value(json_object_get(seg, "text")));
    }
    char *r = s ? strdup(am_buf_str(&out)) : NULL;
    json_decref(s);
    am_snippet_query_free(q);
    am_buf_free(&fts);
    am_buf_free(&out);
    return r;
}

static void expect_snippet(const char *typed, const char *const *texts, size_t n, size_t words,
                           const char *want)
{
    char *got = snippet_text(typed, texts, n, words);
    if (!want)
        cr_expect_null(got, "%s: %s", typed, got);
    else
        cr_expect(got && strcmp(got, want) == 0, "%s: got '%s', want '%s'", typed, got, want);
    free(got);
}

Test(snippet, marks_the_words_as_written)
{
    const char *texts[] = {"Twinning of Testville", "Youth exchanges with Köln and Łódź since 2019."};
    expect_snippet("koln", texts, 2, 24, "Youth exchanges with [Köln] and Łódź since 2019.");
    expect_snippet("LODZ", texts, 2, 24, "Youth exchanges with Köln and [Łódź] since 2019.");
    expect_snippet("exchang*", texts, 2, 24, "Youth [exchanges] with Köln and Łódź since 2019.");
    const char *fa[] = {"کتابخانه شهر شیراز"};
    expect_snippet("شيراز", fa, 1, 24, "کتابخانه شهر [شیراز]"); /* typed with Arabic yeh */
}

Test(snippet, phrases_in_order_only)
{
    const char *texts[] = {"council of youth, then a youth council"};
    expect_snippet("\"youth council\"", texts, 1, 24, "council of youth, then a [youth council]");
    expect_snippet("\"council youth\"", texts, 1, 24, NULL);
}

Test(snippet, the_first_text_with_every_word_wins)
{
    const char *texts[] = {"Testville library", "A library and a garden", "garden library garden"};
    expect_snippet("library", texts, 3, 24, "Testville [library]");
    expect_snippet("library garden", texts, 3, 24, "A [library] and a [garden]");
    expect_snippet("nothing", texts, 3, 24, NULL);
}

Test(snippet, a_long_text_is_cut_around_the_words)
{
    const char *texts[] = {"one two three four five six seven eight nine ten eleven twelve "
                           "thirteen fourteen fifteen sixteen"};
    expect_snippet("nine", texts, 1, 6, "…six seven eight [nine] ten eleven…");
    expect_snippet("one", texts, 1, 3, "[one] two three…");
    expect_snippet("sixteen", texts, 1, 3, "…fourteen fifteen [sixteen]");
}

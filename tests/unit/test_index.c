/* Unit tests of the Index's arithmetic: a worked example computed by hand,
 * the extremes on the real edition, optional areas, ties, editions. The
 * small edition here is SYNTHETIC, made for the test. */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "am_index.h"
#include "util/am_blob.h"

/* Two core indicators (weights 2 and 1), one optional area, a composite of
 * the first two. */
static const char EDITION[] =
    "{\"edition\": \"test-1\", \"title\": \"Synthetic test edition\","
    " \"composites\": [{\"id\": \"pair\", \"label\": \"Pair\", \"indicators\": [\"a\", \"b\"]}],"
    " \"context\": [{\"id\": \"population\", \"type\": \"number\", \"min\": 0, \"max\": 1e8}],"
    " \"indicators\": ["
    "  {\"id\": \"a\", \"label\": \"A\", \"weight\": 2, \"questions\": ["
    "    {\"id\": \"a.1\", \"kind\": \"input\", \"options\": [{\"id\": \"yes\", \"points\": 2},"
    "      {\"id\": \"some\", \"points\": 1}, {\"id\": \"no\", \"points\": 0}]},"
    "    {\"id\": \"a.2\", \"kind\": \"fact\", \"options\": [{\"id\": \"hi\", \"points\": 3},"
    "      {\"id\": \"lo\", \"points\": 0}]}]},"
    "  {\"id\": \"b\", \"label\": \"B\", \"weight\": 1, \"questions\": ["
    "    {\"id\": \"b.1\", \"kind\": \"impact\", \"options\": [{\"id\": \"yes\", \"points\": 1},"
    "      {\"id\": \"no\", \"points\": 0}]}]},"
    "  {\"id\": \"c\", \"label\": \"C\", \"weight\": 1, \"optional\": true, \"questions\": ["
    "    {\"id\": \"c.1\", \"kind\": \"input\", \"options\": [{\"id\": \"yes\", \"points\": 4},"
    "      {\"id\": \"no\", \"points\": 0}]}]}]}";

static json_t *edition(void)
{
    json_t *e = json_loads(EDITION, 0, NULL);
    cr_assert_not_null(e);
    return e;
}

static json_t *indicator(json_t *scores, const char *id)
{
    size_t i;
    json_t *s;
    json_array_foreach(json_object_get(scores, "indicators"), i, s)
        if (strcmp(json_string_value(json_object_get(s, "id")), id) == 0)
            return s;
    cr_assert_fail("no indicator %s", id);
    return NULL;
}

static double num(json_t *o, const char *k)
{
    return json_number_value(json_object_get(o, k));
}

#define NEAR(x, y) (fabs((x) - (y)) < 1e-9)

Test(index_score, worked_example_by_hand)
{
    json_t *e = edition();
    /* a.1 some (1 of 2), a.2 unanswered (0 of 3), b.1 yes (1 of 1); c not answered */
    json_t *answers = json_pack("{s:{s:s},s:{s:s},s:{s:f}}", "a.1", "option", "some", "b.1", "option", "yes",
                                "population", "value", 250000.0);
    json_t *s = am_index_score(e, answers);
    /* A: 1 / (2 + 3) = 20; B: 1 / 1 = 100 */
    cr_expect(NEAR(num(indicator(s, "a"), "score"), 20.0));
    cr_expect(NEAR(num(indicator(s, "a"), "points"), 1.0));
    cr_expect(NEAR(num(indicator(s, "a"), "max"), 5.0));
    cr_expect(NEAR(num(indicator(s, "b"), "score"), 100.0));
    /* C is optional and unanswered: not counted, no score */
    cr_expect(json_is_false(json_object_get(indicator(s, "c"), "counted")));
    cr_expect(json_is_null(json_object_get(indicator(s, "c"), "score")));
    cr_expect_eq(json_array_size(json_object_get(s, "optional_in")), 0);
    /* aggregate: (2 x 20 + 1 x 100) / 3 = 46.666... */
    cr_expect(NEAR(num(s, "aggregate"), 140.0 / 3.0), "aggregate %g", num(s, "aggregate"));
    /* the composite of A and B is the same weighted mean */
    cr_expect(NEAR(num(json_array_get(json_object_get(s, "composites"), 0), "score"), 140.0 / 3.0));
    /* completeness: 2 answered of the 3 counted questions */
    json_t *c = json_object_get(s, "completeness");
    cr_expect_eq(json_integer_value(json_object_get(c, "answered")), 2);
    cr_expect_eq(json_integer_value(json_object_get(c, "questions")), 3);
    cr_expect(NEAR(num(json_object_get(s, "context"), "population"), 250000.0));
    json_decref(s);

    /* answering the optional area brings it in: c.1 no (0 of 4) */
    json_object_set_new(answers, "c.1", json_pack("{s:s}", "option", "no"));
    s = am_index_score(e, answers);
    cr_expect(json_is_true(json_object_get(indicator(s, "c"), "counted")));
    cr_expect(NEAR(num(indicator(s, "c"), "score"), 0.0));
    cr_expect_str_eq(json_string_value(json_array_get(json_object_get(s, "optional_in"), 0)), "c");
    /* (2 x 20 + 100 + 0) / 4 = 35; the composite leaves C out */
    cr_expect(NEAR(num(s, "aggregate"), 35.0), "aggregate %g", num(s, "aggregate"));
    cr_expect(NEAR(num(json_array_get(json_object_get(s, "composites"), 0), "score"), 140.0 / 3.0));
    json_decref(s);

    /* an option the question does not have counts as unanswered */
    json_object_set_new(answers, "b.1", json_pack("{s:s}", "option", "maybe"));
    s = am_index_score(e, answers);
    cr_expect(NEAR(num(indicator(s, "b"), "score"), 0.0));
    json_decref(s);
    json_decref(answers);
    json_decref(e);
}

/* Every question of the real edition answered with its best (or worst)
 * option: every indicator and the aggregate are 100 (or 0). */
static void extremes(bool best, double want)
{
    const struct am_blob *b = am_blob_find("data/index/amity-1.json");
    cr_assert_not_null(b, "the edition amity-1 is compiled in");
    json_t *e = json_loads(b->data, 0, NULL), *answers = json_object(), *ind, *q, *o;
    struct am_err err = {0};
    cr_assert_eq(am_index_edition_check(e, &err), AM_OK, "%s", err.msg);
    size_t i, k, j;
    json_array_foreach(json_object_get(e, "indicators"), i, ind) {
        json_array_foreach(json_object_get(ind, "questions"), k, q) {
            json_t *pick = NULL;
            json_array_foreach(json_object_get(q, "options"), j, o) {
                if (!pick || (best ? num(o, "points") > num(pick, "points") : num(o, "points") < num(pick, "points")))
                    pick = o;
            }
            json_object_set_new(answers, json_string_value(json_object_get(q, "id")),
                                json_pack("{s:O}", "option", json_object_get(pick, "id")));
        }
    }
    json_t *s = am_index_score(e, answers), *is;
    cr_expect(NEAR(num(s, "aggregate"), want), "aggregate %g", num(s, "aggregate"));
    json_array_foreach(json_object_get(s, "indicators"), i, is)
        cr_expect(NEAR(num(is, "score"), want), "%s: %g", json_string_value(json_object_get(is, "id")),
                  num(is, "score"));
    cr_expect_eq(json_integer_value(json_object_get(json_object_get(s, "completeness"), "answered")),
                 json_integer_value(json_object_get(json_object_get(s, "completeness"), "questions")));
    /* both optional areas were answered, so both are in */
    cr_expect_eq(json_array_size(json_object_get(s, "optional_in")), 2);
    json_decref(s);
    json_decref(answers);
    json_decref(e);
}

Test(index_score, all_maximum_gives_100) { extremes(true, 100.0); }
Test(index_score, all_minimum_gives_0) { extremes(false, 0.0); }

Test(index_score, the_real_edition_has_the_published_structure)
{
    const struct am_blob *b = am_blob_find("data/index/amity-1.json");
    json_t *e = json_loads(b->data, 0, NULL), *ind;
    size_t i, core = 0, optional = 0, questions = 0;
    json_array_foreach(json_object_get(e, "indicators"), i, ind) {
        if (json_is_true(json_object_get(ind, "optional"))) {
            optional++;
            continue;
        }
        core++;
        questions += json_array_size(json_object_get(ind, "questions"));
    }
    cr_expect_eq(core, 14);
    cr_expect_eq(optional, 2);
    cr_expect_eq(questions, 66);
    json_t *lens = json_array_get(json_object_get(e, "composites"), 0);
    cr_expect_str_eq(json_string_value(json_object_get(lens, "id")), "lens");
    cr_expect_eq(json_array_size(json_object_get(lens, "indicators")), 6);
    json_decref(e);
}

Test(index_rank, ties_share_the_best_rank)
{
    const double v[] = {80, 70, 70, 50, 90};
    size_t rank;
    double pct;
    am_index_rank(v, 5, 90, &rank, &pct);
    cr_expect_eq(rank, 1);
    cr_expect(NEAR(pct, 100.0));
    am_index_rank(v, 5, 70, &rank, &pct);
    cr_expect_eq(rank, 3); /* 90 and 80 above: 1, 2, 3, 3, 5 */
    cr_expect(NEAR(pct, 25.0), "%g", pct); /* above 1 of the 4 others */
    am_index_rank(v, 5, 50, &rank, &pct);
    cr_expect_eq(rank, 5);
    cr_expect(NEAR(pct, 0.0));
    am_index_rank(v, 1, 80, &rank, &pct);
    cr_expect_eq(rank, 1);
    cr_expect(NEAR(pct, 100.0)); /* alone */
}

Test(index_edition, what_is_not_an_edition_is_named)
{
    struct am_err err = {0};
    json_t *e = edition();
    cr_expect_eq(am_index_edition_check(e, &err), AM_OK, "%s", err.msg);
    /* a repeated question id */
    json_t *q = json_array_get(json_object_get(json_array_get(json_object_get(e, "indicators"), 1), "questions"), 0);
    json_object_set_new(q, "id", json_string("a.1"));
    cr_expect_eq(am_index_edition_check(e, &err), AM_EINVAL);
    cr_expect(strstr(err.msg, "a.1"), "%s", err.msg);
    json_decref(e);
    e = edition();
    json_object_set_new(json_array_get(json_object_get(e, "indicators"), 0), "weight", json_real(0));
    cr_expect_eq(am_index_edition_check(e, &err), AM_EINVAL);
    json_decref(e);
    e = edition();
    json_t *opt = json_array_get(json_object_get(json_array_get(json_object_get(
                      json_array_get(json_object_get(e, "indicators"), 0), "questions"), 0), "options"), 0);
    json_object_set_new(opt, "points", json_integer(-1));
    cr_expect_eq(am_index_edition_check(e, &err), AM_EINVAL);
    json_decref(e);
}

/* ---- editions in the database ---------------------------------------------------- */

#include "test_support.h"

static void store_edition(struct tdb *t, const char *text)
{
    struct am_err err = {0};
    json_t *e = json_loads(text, 0, NULL);
    cr_assert_not_null(e);
    char *compact = json_dumps(e, JSON_COMPACT);
    cr_assert_eq(am_db_exec(t->db, "INSERT INTO index_edition (id, title, year, definition, loaded_at) "
                                   "VALUES (?, 'Synthetic', ?, ?, 'now')",
                            json_pack("[Oi s]", json_object_get(e, "edition"),
                                      strcmp(json_string_value(json_object_get(e, "edition")), "test-1") == 0 ? 2001 : 2002,
                                      compact),
                            NULL, &err),
                 AM_OK, "%s", err.msg);
    free(compact);
    json_decref(e);
}

Test(index_edition, a_response_keeps_scoring_by_its_own_edition)
{
    struct tdb t;
    tdb_open(&t, 1);
    struct am_err err = {0};
    cr_assert_eq(am_db_exec(t.db, "INSERT INTO city (name, country, created_at, updated_at) VALUES "
                                  "('Testville (synthetic)', 'IT', 'now', 'now')", NULL, NULL, &err), AM_OK, "%s", err.msg);
    int64_t city = am_db_last_id(t.db);
    store_edition(&t, EDITION);
    json_t *in = json_pack("{s:I,s:i,s:s}", "city_id", (json_int_t)city, "round", 2024, "edition", "test-1"), *r = NULL;
    cr_assert_eq(am_index_response_create(t.db, &am_actor_cli, in, &r, &err), AM_OK, "%s", err.msg);
    char key[24];
    snprintf(key, sizeof key, "%lld", (long long)am_get_id(r, "id"));
    json_decref(in);
    json_decref(r);
    in = json_pack("{s:{s:{s:s}}}", "answers", "b.1", "option", "yes");
    cr_assert_eq(am_index_response_answer(t.db, &am_actor_cli, key, in, &r, &err), AM_OK, "%s", err.msg);
    json_decref(in);
    double before = json_number_value(json_object_get(json_object_get(r, "scores"), "aggregate"));
    cr_expect(NEAR(before, 100.0 / 3.0), "%g", before); /* A 0, B 100: 100 / 3 */
    json_decref(r);
    /* a newer edition, where b.1 weighs differently, changes nothing for it */
    char newer[sizeof EDITION + 16];
    snprintf(newer, sizeof newer, "%s", EDITION);
    memcpy(strstr(newer, "test-1"), "test-2", 6);
    memcpy(strstr(newer, "\"weight\": 1,"), "\"weight\": 5,", 12);
    store_edition(&t, newer);
    cr_assert_eq(am_index_response_get(t.db, &am_actor_cli, key, &r, &err), AM_OK, "%s", err.msg);
    cr_expect(NEAR(json_number_value(json_object_get(json_object_get(r, "scores"), "aggregate")), before));
    cr_expect_str_eq(json_string_value(json_object_get(r, "edition")), "test-1");
    json_decref(r);
    /* a new response takes the newest edition */
    in = json_pack("{s:I,s:i}", "city_id", (json_int_t)city, "round", 2025);
    cr_assert_eq(am_index_response_create(t.db, &am_actor_cli, in, &r, &err), AM_OK, "%s", err.msg);
    cr_expect_str_eq(json_string_value(json_object_get(r, "edition")), "test-2");
    json_decref(in);
    json_decref(r);
    /* loading the compiled-in editions adds amity-1 and leaves the others */
    int64_t added = 0;
    cr_assert_eq(am_index_load_editions(t.db, &added, &err), AM_OK, "%s", err.msg);
    cr_expect_eq(added, 1);
    cr_assert_eq(am_index_load_editions(t.db, &added, &err), AM_OK, "%s", err.msg);
    cr_expect_eq(added, 0);
    tdb_close(&t);
}

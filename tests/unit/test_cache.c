/* The reply cache (am_cache) and the store's data generation it is keyed
 * by: a reply is served only in the generation it was built in, the bound
 * in bytes holds, and a commit by another process is seen. */
#include <sqlite3.h>

#include "http/am_cache.h"
#include "test_support.h"

static char *get(struct am_cache *c, const char *key, uint64_t gen)
{
    size_t len = 0;
    char *body = am_cache_get(c, key, gen, &len);
    if (!body)
        return NULL;
    char *s = malloc(len + 1);
    memcpy(s, body, len);
    s[len] = '\0';
    free(body);
    return s;
}

Test(cache, serves_a_reply_only_in_its_generation)
{
    struct am_cache *c = am_cache_new(1 << 20);
    am_cache_put(c, "/a", 5, "{\"a\":1}", 7);
    char *hit = get(c, "/a", 5);
    cr_assert_str_eq(hit, "{\"a\":1}");
    free(hit);
    cr_assert_null(get(c, "/b", 5), "never kept");
    cr_assert_null(get(c, "/a", 6), "a newer generation: the data changed since");
    /* a reply built from older data than what is held is not kept */
    am_cache_put(c, "/b", 4, "old", 3);
    cr_assert_null(get(c, "/b", 4));
    cr_assert_null(get(c, "/b", 5));
    /* the first reply of a newer generation empties the cache */
    am_cache_put(c, "/c", 6, "new", 3);
    cr_assert_null(get(c, "/a", 5));
    struct am_cache_stats st;
    am_cache_stats(c, &st);
    cr_assert_eq(st.entries, 1);
    cr_assert_eq(st.hits, 1);
    am_cache_free(c);
}

Test(cache, a_key_kept_twice_holds_the_last_reply)
{
    struct am_cache *c = am_cache_new(1 << 20);
    am_cache_put(c, "/a", 1, "one", 3);
    am_cache_put(c, "/a", 1, "two", 3);
    char *hit = get(c, "/a", 1);
    cr_assert_str_eq(hit, "two");
    free(hit);
    struct am_cache_stats st;
    am_cache_stats(c, &st);
    cr_assert_eq(st.entries, 1);
    am_cache_free(c);
}

Test(cache, stays_within_its_bound_dropping_the_oldest)
{
    enum { BOUND = 64 * 1024, BODY = 1000 };
    struct am_cache *c = am_cache_new(BOUND);
    char body[BODY];
    memset(body, 'x', sizeof body);
    char key[32];
    for (int i = 0; i < 500; i++) {
        snprintf(key, sizeof key, "/r/%d", i);
        am_cache_put(c, key, 1, body, sizeof body);
        struct am_cache_stats st;
        am_cache_stats(c, &st);
        cr_assert_leq(st.bytes, (size_t)BOUND, "after %d replies: %zu bytes", i + 1, st.bytes);
    }
    char *newest = get(c, "/r/499", 1);
    cr_assert_not_null(newest, "the newest is kept");
    free(newest);
    cr_assert_null(get(c, "/r/0", 1), "the oldest went first");
    /* a reply larger than an eighth of the bound is not kept at all */
    char *big = calloc(1, BOUND / 4);
    am_cache_put(c, "/big", 1, big, BOUND / 4);
    cr_assert_null(get(c, "/big", 1));
    free(big);
    am_cache_free(c);
}

Test(cache, generation_moves_with_every_commit_of_this_process)
{
    struct tdb t;
    tdb_open(&t, 1);
    struct am_err err = {0};
    uint64_t g0 = am_db_generation(t.db);
    cr_assert_eq(am_db_generation(t.db), g0, "nothing committed: the same generation");
    cr_assert_eq(am_db_exec(t.db, "INSERT INTO topic(id, scheme, label) VALUES ('cache-test', 'icc', 'Cache test')",
                            json_array(), NULL, &err),
                 AM_OK, "%s", err.msg);
    uint64_t g1 = am_db_generation(t.db);
    cr_assert_gt(g1, g0, "a commit starts a new generation");
    cr_assert_eq(am_db_generation(t.db), g1);
    tdb_close(&t);
}

Test(cache, generation_moves_when_another_process_commits)
{
    struct tdb t;
    tdb_open(&t, 1);
    uint64_t g0 = am_db_generation(t.db);
    /* another connection, as another process would have: the store's hooks
     * do not run for it, only the file changes */
    sqlite3 *other = NULL;
    cr_assert_eq(sqlite3_open(t.path, &other), SQLITE_OK);
    cr_assert_eq(sqlite3_exec(other, "INSERT INTO topic(id, scheme, label) VALUES ('elsewhere', 'icc', 'Elsewhere')",
                              NULL, NULL, NULL),
                 SQLITE_OK, "%s", sqlite3_errmsg(other));
    sqlite3_close(other);
    cr_assert_gt(am_db_generation(t.db), g0, "seen through PRAGMA data_version");
    tdb_close(&t);
}

/* am_search: what "every word typed begins a word" means, and the index's
 * two ways of finding the first cities (the rarest word's list, or every
 * city in order) giving what a plain scan of all of them gives, for common
 * and rare beginnings alike.
 *
 * SYNTHETIC TEST DATA: the cities are made-up syllables ("sako rima") with
 * made-up populations, drawn by a fixed-seed generator. */
#include "test_support.h"

#include "am_actor.h"
#include "am_search.h"
#include "util/am_buf.h"
#include "util/am_fold.h"

Test(search, covers)
{
    cr_assert(am_search_covers("reggio nellemilia", "reg nel"));
    cr_assert(am_search_covers("reggio nellemilia", "nel reg"), "in any order");
    cr_assert(am_search_covers("reggio nellemilia", "reggio nellemilia"));
    cr_assert_not(am_search_covers("reggio nellemilia", "emilia"), "not the middle of a word");
    cr_assert_not(am_search_covers("reggio nellemilia", "reg x"), "every word");
    cr_assert_not(am_search_covers("ab", "abc"));
    cr_assert(am_search_covers("a b", "a a"), "one word may begin twice");
    cr_assert(am_search_covers("koln", ""), "nothing asked");
    cr_assert_not(am_search_covers("", "k"));
    cr_assert(am_search_covers("москва", "мос"));
    cr_assert(am_search_covers("اصفهان", "اص"));
}

static uint32_t seed = 12345;
static uint32_t next_rand(void)
{
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0x7fff;
}

enum { NCITIES = 6000, LIMIT = 7 };
static const char *const syllables[] = {"sa", "ko", "ri", "ma", "zu", "sak", "o", "rim", "xy", "san"};

struct city {
    int64_t id, population;
    char name[64];
};

static struct city cities[NCITIES];

static int larger_first(const void *a, const void *b)
{
    const struct city *x = a, *y = b;
    if (x->population != y->population)
        return x->population < y->population ? 1 : -1;
    return (x->id > y->id) - (x->id < y->id);
}

/* The first LIMIT cities covering q, the slow way. */
static size_t expected(const char *q, int64_t *ids)
{
    size_t n = 0;
    for (size_t i = 0; i < NCITIES && n < LIMIT; i++)
        if (am_search_covers(cities[i].name, q))
            ids[n++] = cities[i].id;
    return n;
}

Test(search, both_ways_find_what_a_scan_finds)
{
    struct tdb t;
    struct am_err err = {0};
    tdb_open(&t, 1);
    cr_assert_eq(am_db_begin(t.db, &err), AM_OK);
    for (int64_t i = 0; i < NCITIES; i++) {
        struct city *c = &cities[i];
        int words = 1 + (int)(next_rand() % 3);
        c->name[0] = '\0';
        for (int w = 0; w < words; w++) {
            size_t len = strlen(c->name);
            snprintf(c->name + len, sizeof c->name - len, "%s%s%s", w ? " " : "",
                     syllables[next_rand() % 10], syllables[next_rand() % 10]);
        }
        /* few sizes, so that ties are broken by id */
        c->population = (int64_t)(next_rand() % 50) * 1000;
        cr_assert_eq(am_db_exec(t.db, "INSERT INTO city (name, country, population, created_at, updated_at) "
                                      "VALUES (?, 'ES', ?, '2025-01-01', '2025-01-01')",
                                json_pack("[sI]", c->name, (json_int_t)c->population), NULL, &err),
                     AM_OK, "%s", err.msg);
        c->id = am_db_last_id(t.db);
        /* the city module's keys: the folded name (ASCII: the name itself) */
        cr_assert_eq(am_db_exec(t.db, "INSERT INTO city_key (key, city_id) VALUES (?, ?)",
                                json_pack("[sI]", c->name, (json_int_t)c->id), NULL, &err),
                     AM_OK, "%s", err.msg);
    }
    cr_assert_eq(am_db_commit(t.db, &err), AM_OK);
    qsort(cities, NCITIES, sizeof *cities, larger_first);

    /* common ("s": a scan stops soon), rare ("xyxy": its list is short),
     * several words, and a conjunction of two common words */
    static const char *const queries[] = {"s", "sa", "san", "sak", "k", "o", "ko", "xy", "xyxy", "xysan",
                                          "sa ko", "s o", "ri ma zu", "zuzu sa", "xyo xy", "q", "sakx"};
    for (size_t k = 0; k < sizeof queries / sizeof *queries; k++) {
        int64_t want[LIMIT];
        size_t nwant = expected(queries[k], want);
        json_t *out = NULL;
        json_t *query = json_pack("{s:s,s:i}", "q", queries[k], "limit", LIMIT);
        cr_assert_eq(am_search(t.db, &am_actor_anon, query, &out, &err), AM_OK, "%s", err.msg);
        json_t *items = json_object_get(json_array_get(json_object_get(out, "groups"), 0), "items");
        cr_assert_eq(json_array_size(items), nwant, "%s: %zu found, %zu expected", queries[k],
                     json_array_size(items), nwant);
        for (size_t i = 0; i < nwant; i++)
            cr_assert_eq(json_integer_value(json_object_get(json_array_get(items, i), "id")), want[i],
                         "%s: #%zu", queries[k], i);
        json_decref(out);
        json_decref(query);
    }
    tdb_close(&t);
}

Test(search, follows_the_database)
{
    struct tdb t;
    struct am_err err = {0};
    json_t *out = NULL;
    tdb_open(&t, 1);
    json_t *query = json_pack("{s:s}", "q", "zqa");
    cr_assert_eq(am_search(t.db, &am_actor_anon, query, &out, &err), AM_OK, "%s", err.msg);
    cr_assert_eq(json_array_size(json_object_get(json_array_get(json_object_get(out, "groups"), 0), "items")), 0);
    json_decref(out);
    /* a new city: a larger id, no trigger needed */
    cr_assert_eq(am_db_exec(t.db, "INSERT INTO city (name, country, created_at, updated_at) "
                                  "VALUES ('Zqa', 'ES', '2025-01-01', '2025-01-01')", json_array(), NULL, &err), AM_OK);
    cr_assert_eq(am_db_exec(t.db, "INSERT INTO city_key (key, city_id) VALUES ('zqa', 1)", json_array(), NULL, &err),
                 AM_OK);
    cr_assert_eq(am_search(t.db, &am_actor_anon, query, &out, &err), AM_OK, "%s", err.msg);
    cr_assert_eq(json_array_size(json_object_get(json_array_get(json_object_get(out, "groups"), 0), "items")), 1);
    json_decref(out);
    /* a network renamed: the counter */
    cr_assert_eq(am_db_exec(t.db, "INSERT INTO network (name, created_at, updated_at) "
                                  "VALUES ('Zqb', '2025-01-01', '2025-01-01')", json_array(), NULL, &err), AM_OK);
    cr_assert_eq(am_db_exec(t.db, "UPDATE network SET name = 'Zqa Network'", json_array(), NULL, &err), AM_OK);
    cr_assert_eq(am_search(t.db, &am_actor_anon, query, &out, &err), AM_OK, "%s", err.msg);
    cr_assert_eq(json_array_size(json_object_get(json_array_get(json_object_get(out, "groups"), 1), "items")), 1);
    json_decref(out);
    json_decref(query);
    tdb_close(&t);
}

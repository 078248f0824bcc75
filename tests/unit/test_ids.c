/* Ids are never reused (migration 7): a database made before it keeps every
 * record with its id, and then numbers on above every id it has used; the
 * migration is refused, and the file left as it was, when it would leave a
 * row pointing nowhere.
 *
 * The records below are SYNTHETIC TEST DATA (Oldtown, Old Net...). */
#include <sqlite3.h>

#include "store/am_fts.h"
#include "test_old_schema.h"
#include "test_support.h"

static int64_t raw_i64(const char *path, const char *sql)
{
    sqlite3 *h;
    sqlite3_stmt *s;
    cr_assert_eq(sqlite3_open(path, &h), SQLITE_OK);
    cr_assert_eq(sqlite3_prepare_v2(h, sql, -1, &s, NULL), SQLITE_OK, "%s", sqlite3_errmsg(h));
    int64_t v = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
    sqlite3_finalize(s);
    sqlite3_close(h);
    return v;
}

/* Records with gaps in their ids (deleted ones), of every kind, linked to
 * each other the ways the schema allows; a deleted user (12) still named by
 * a practice's version and a deleted city (9) by a stale search key. */
static const char records[] =
    "PRAGMA foreign_keys = ON;"
    "INSERT INTO country (code, name) VALUES ('IT', 'Italy'), ('FR', 'France'), ('MA', 'Morocco');"
    "INSERT INTO topic (id, scheme, label) VALUES ('t-old', 'icc', 'Old topic');"
    "INSERT INTO city (id, name, country, lat, lng, created_at, updated_at) VALUES"
    " (1, 'Oldtown', 'IT', 44.7, 10.6, 't', 't'), (2, 'Oldville', 'FR', NULL, NULL, 't', 't'),"
    " (7, 'Oldburg', 'IT', 45.0, 11.0, 't', 't');"
    "INSERT INTO city_key (key, city_id) VALUES ('oldtown', 1), ('oldville', 2), ('oldburg', 7), ('gone', 9);"
    "INSERT INTO city_geo VALUES (1, 4470000, 4470000, 1060000, 1060000), (7, 4500000, 4500000, 1100000, 1100000);"
    "INSERT INTO city_fts (rowid, names) VALUES (1, 'oldtown'), (2, 'oldville'), (7, 'oldburg');"
    "INSERT INTO organisation (id, name, created_at, updated_at) VALUES (1, 'Old Org', 't', 't'),"
    " (5, 'Older Org', 't', 't');"
    "INSERT INTO network (id, name, secretariat_city_id, created_at, updated_at) VALUES"
    " (1, 'Old Net', NULL, 't', 't'), (4, 'Older Net', 7, 't', 't');"
    "INSERT INTO network_group (network_id, name) VALUES (4, 'Old group');"
    "INSERT INTO network_office (network_id, city_id) VALUES (4, 2);"
    "INSERT INTO membership (id, network_id, city_id, organisation_id, joined_year, created_at, updated_at) VALUES"
    " (3, 4, 7, NULL, 2001, 't', 't'), (8, 1, NULL, 5, NULL, 't', 't');"
    "INSERT INTO partnership (id, a_city_id, b_city_id, b_country, a_key, b_key, status, created_at, updated_at)"
    " VALUES (2, 1, 7, NULL, 'c1', 'c7', 'signed', 't', 't'), (6, 2, NULL, 'MA', 'c2', 'nMA', 'signed', 't', 't');"
    "INSERT INTO partnership_topic VALUES (2, 't-old');"
    "INSERT INTO activity (id, kind, title, host_city_id, partnership_id, network_id, created_at, updated_at)"
    " VALUES (4, 'study_visit', 'Old visit', 7, 6, 4, 't', 't');"
    "INSERT INTO activity_city VALUES (4, 1);"
    "INSERT INTO activity_organisation VALUES (4, 5);"
    "INSERT INTO activity_topic VALUES (4, 't-old');"
    "INSERT INTO app_user (id, username, pw_hash, role, city_id, created_at) VALUES"
    " (1, 'old-admin', 'x', 'admin', NULL, 't'), (3, 'old-officer', 'x', 'officer', 7, 't');"
    "INSERT INTO session VALUES ('old-token-hash', 3, 0, 4102444800);"
    "INSERT INTO practice (id, title, city_id, network_id, status, author_id, created_at, updated_at) VALUES"
    " (2, 'Old practice', 7, 4, 'published', 3, 't', 't');"
    "INSERT INTO practice_topic VALUES (2, 't-old');"
    "INSERT INTO practice_organisation VALUES (2, 1);"
    "INSERT INTO practice_version (practice_id, version, status, action, record, user_id, username, at) VALUES"
    " (2, 1, 'draft', 'created', '{}', 3, 'old-officer', 't'), (2, 2, 'published', 'published', '{}', 12, 'gone', 't');"
    "INSERT INTO practice_fts (rowid, title, summary, body) VALUES (2, 'Old practice', '', '');"
    "INSERT INTO index_edition VALUES ('e-old', 'Old edition', 2019, '{}', 't');"
    "INSERT INTO index_response (id, city_id, round, edition_id, created_by, created_at, updated_at) VALUES"
    " (5, 7, 2020, 'e-old', 3, 't', 't');"
    "INSERT INTO index_answer (response_id, question_id, option_id) VALUES (5, 'q', 'o');"
    "INSERT INTO index_response_version (response_id, version, action, record, user_id, at) VALUES"
    " (5, 1, 'created', '{}', 3, 't');"
    "INSERT INTO index_published (id, city_id, round, aggregate, source, created_at) VALUES (1, 7, 2019, 50, 's', 't');"
    "INSERT INTO diaspora (id, city_id, origin_country, origin_city_id, created_at, updated_at) VALUES"
    " (3, 1, 'MA', NULL, 't', 't'), (4, 2, 'IT', 7, 't', 't');"
    "UPDATE sqlite_sequence SET seq = 10 WHERE name = 'diaspora';";

/* table, its ids, where its numbering goes on from, a new row (? = n) */
static const struct {
    const char *table, *ids;
    int64_t seq;
    const char *insert;
} kinds[] = {
    {"city", "1,2,7", 9,
     "INSERT INTO city (name, country, created_at, updated_at) VALUES ('New ' || ?, 'IT', 't', 't')"},
    {"organisation", "1,5", 5, "INSERT INTO organisation (name, created_at, updated_at) VALUES (?, 't', 't')"},
    {"network", "1,4", 4, "INSERT INTO network (name, created_at, updated_at) VALUES ('New ' || ?, 't', 't')"},
    {"membership", "3,8", 8,
     "INSERT INTO membership (network_id, city_id, created_at, updated_at) VALUES (1, ?, 't', 't')"},
    {"partnership", "2,6", 6,
     "INSERT INTO partnership (a_city_id, b_country, a_key, b_key, status, note, created_at, updated_at) "
     "VALUES (1, 'FR', 'c1', 'nFR', 'signed', ?, 't', 't')"},
    {"activity", "4", 4, "INSERT INTO activity (kind, title, created_at, updated_at) VALUES ('visit', ?, 't', 't')"},
    {"app_user", "1,3", 12,
     "INSERT INTO app_user (username, pw_hash, role, created_at) VALUES ('new-' || ?, 'x', 'admin', 't')"},
    {"practice", "2", 2, "INSERT INTO practice (title, created_at, updated_at) VALUES (?, 't', 't')"},
    {"index_response", "5", 5,
     "INSERT INTO index_response (city_id, round, edition_id, created_at, updated_at) "
     "VALUES (1, 2000 + ?, 'e-old', 't', 't')"},
    {"diaspora", "3,4", 10,
     "INSERT INTO diaspora (city_id, origin_country, year, created_at, updated_at) VALUES (2, 'MA', ?, 't', 't')"},
};

/* What the migration must leave as it was; the view and the counters last. */
enum { CITY_TOPIC = 15, GRAPH_GENERATION = 18 };
static const char *const links[] = {
    "SELECT count(*) FROM city_key", "SELECT count(*) FROM city_geo", "SELECT count(*) FROM network_group",
    "SELECT count(*) FROM network_office", "SELECT count(*) FROM partnership_topic",
    "SELECT count(*) FROM activity_city", "SELECT count(*) FROM activity_organisation",
    "SELECT count(*) FROM activity_topic", "SELECT count(*) FROM session", "SELECT count(*) FROM practice_topic",
    "SELECT count(*) FROM practice_organisation", "SELECT count(*) FROM practice_version",
    "SELECT count(*) FROM index_answer", "SELECT count(*) FROM index_response_version",
    "SELECT count(*) FROM index_published", "SELECT count(*) FROM city_topic",
    "SELECT count(*) FROM diaspora_latest", "SELECT n FROM practice_generation", "SELECT n FROM graph_generation",
    "SELECT n FROM match_generation",
};
enum { NLINKS = sizeof links / sizeof links[0] };

static void old_path(char *dir, char *path, size_t n)
{
    cr_assert_not_null(mkdtemp(dir));
    snprintf(path, n, "%s/v6.db", dir);
}

static void remove_dir(const char *dir)
{
    char cmd[160];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    cr_assert_eq(system(cmd), 0);
}

static char *ids_of(struct am_db *db, const char *table)
{
    char sql[160];
    snprintf(sql, sizeof sql, "SELECT group_concat(id) AS ids FROM (SELECT id FROM %s ORDER BY id)", table);
    json_t *row = NULL;
    cr_assert_eq(am_db_one(db, sql, json_array(), &row, NULL), AM_OK);
    char *s = strdup(json_string_value(json_object_get(row, "ids")));
    json_decref(row);
    return s;
}

static int64_t i64(struct am_db *db, const char *sql)
{
    int64_t n = -1;
    cr_assert_eq(am_db_i64(db, sql, json_array(), &n, NULL), AM_OK, "%s", sql);
    return n;
}

Test(ids, an_old_database_keeps_every_id_then_never_gives_one_again)
{
    char dir[] = "/tmp/amity-unit-XXXXXX", path[128];
    old_path(dir, path, sizeof path);
    make_old_schema(path, 6, records);
    int64_t before[NLINKS];
    for (size_t i = 0; i < NLINKS; i++)
        before[i] = raw_i64(path, links[i]);
    cr_assert_eq(before[CITY_TOPIC], 2, "the fixture's city_topic view has rows");

    struct am_err err = {0};
    struct am_store *st;
    cr_assert_eq(am_store_open(path, &st, &err), AM_OK, "%s", err.msg);
    struct am_db *db = am_store_db(st, &err);
    cr_assert_not_null(db);
    int64_t v = 0;
    cr_assert_eq(am_db_i64(db, "PRAGMA user_version", json_array(), &v, NULL), AM_OK);
    cr_assert_eq(v, am_store_schema_version(), "migrated to the newest version");

    /* every record kept, with its id; companions, views and counters as they were */
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        char *ids = ids_of(db, kinds[k].table);
        cr_expect_str_eq(ids, kinds[k].ids, "%s", kinds[k].table);
        free(ids);
        int64_t seq = -1;
        cr_assert_eq(am_db_i64(db, "SELECT seq FROM sqlite_sequence WHERE name = ?",
                               json_pack("[s]", kinds[k].table), &seq, NULL),
                     AM_OK, "%s has a sequence", kinds[k].table);
        cr_expect_eq(seq, kinds[k].seq, "%s numbers on from %lld, not %lld", kinds[k].table,
                     (long long)kinds[k].seq, (long long)seq);
    }
    for (size_t i = 0; i < NLINKS; i++) {
        int64_t n = -1;
        cr_assert_eq(am_db_i64(db, links[i], json_array(), &n, NULL), AM_OK, "%s", links[i]);
        cr_expect_eq(n, before[i], "%s: %lld, was %lld", links[i], (long long)n, (long long)before[i]);
    }
    int64_t n = -1;
    cr_assert_eq(am_db_i64(db, "SELECT rowid FROM city_fts WHERE city_fts MATCH 'oldburg'", json_array(), &n, NULL),
                 AM_OK);
    cr_expect_eq(n, 7);
    cr_assert_eq(am_db_i64(db, "SELECT rowid FROM practice_fts WHERE practice_fts MATCH 'old'", json_array(), &n,
                           NULL),
                 AM_OK);
    cr_expect_eq(n, 2);
    json_t *row = NULL;
    cr_assert_eq(am_db_one(db, "PRAGMA integrity_check", json_array(), &row, NULL), AM_OK);
    cr_expect_str_eq(json_string_value(json_object_get(row, "integrity_check")), "ok");
    json_decref(row);
    cr_expect_eq(am_db_one(db, "PRAGMA foreign_key_check", json_array(), &row, NULL), AM_ENOTFOUND);

    /* the rebuilt tables' keys, both ways, and their triggers */
    cr_expect_eq(i64(db, "PRAGMA foreign_keys"), 1);
    cr_expect_eq(am_db_exec(db, "DELETE FROM city WHERE id = 7", json_array(), NULL, &err), AM_ECONFLICT);
    cr_expect_eq(am_db_exec(db, "DELETE FROM network WHERE id = 4", json_array(), NULL, &err), AM_ECONFLICT);
    cr_assert_eq(am_db_exec(db, "DELETE FROM app_user WHERE id = 3", json_array(), NULL, &err), AM_OK, "%s",
                 err.msg);
    cr_expect_eq(i64(db, "SELECT count(*) FROM session"), 0);
    cr_expect_eq(i64(db, "SELECT count(*) FROM practice WHERE author_id IS NULL"), 1);
    cr_expect_eq(i64(db, "SELECT count(*) FROM index_response WHERE created_by IS NULL"),
                 1);
    cr_assert_eq(am_db_exec(db, "UPDATE city SET country = 'FR' WHERE id = 7", json_array(), NULL, &err), AM_OK);
    cr_expect_eq(i64(db, "SELECT n FROM graph_generation"), before[GRAPH_GENERATION] + 1);
    cr_expect_eq(i64(db, "SELECT origin_country = 'FR' FROM diaspora WHERE id = 4"), 1,
                 "the trigger moving a group with its origin city");

    /* the newest deleted, the next one gets a new id, above every one used */
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        cr_assert_eq(am_db_exec(db, kinds[k].insert, json_pack("[i]", 1), NULL, &err), AM_OK, "%s: %s",
                     kinds[k].table, err.msg);
        int64_t first = am_db_last_id(db);
        cr_expect_eq(first, kinds[k].seq + 1, "%s: %lld", kinds[k].table, (long long)first);
        char del[96];
        snprintf(del, sizeof del, "DELETE FROM %s WHERE id = ?", kinds[k].table);
        cr_assert_eq(am_db_exec(db, del, json_pack("[I]", (json_int_t)first), NULL, &err), AM_OK, "%s", err.msg);
        cr_assert_eq(am_db_exec(db, kinds[k].insert, json_pack("[i]", 2), NULL, &err), AM_OK, "%s", err.msg);
        cr_expect_eq(am_db_last_id(db), first + 1, "%s: the deleted id %lld came back", kinds[k].table,
                     (long long)first);
    }
    am_store_close(st);
    remove_dir(dir);
}

Test(ids, a_migration_that_would_leave_a_dangling_row_is_refused)
{
    char dir[] = "/tmp/amity-unit-XXXXXX", path[128];
    old_path(dir, path, sizeof path);
    /* written with foreign keys off, as the sqlite3 shell does by default */
    make_old_schema(path, 6, "INSERT INTO country (code, name) VALUES ('IT', 'Italy');"
                  "INSERT INTO city (id, name, country, created_at, updated_at) VALUES (4, 'Oldtown', 'IT', 't', 't');"
                  "INSERT INTO membership (id, network_id, city_id, created_at, updated_at)"
                  " VALUES (2, 99, 4, 't', 't');");
    struct am_err err = {0};
    struct am_store *st = NULL;
    cr_assert_eq(am_store_open(path, &st, &err), AM_EDB);
    cr_expect(strstr(err.msg, "membership") && strstr(err.msg, "network"), "%s", err.msg);
    /* nothing changed: still version 6, still the old tables, and the store
     * opens once the row is mended */
    cr_expect_eq(raw_i64(path, "PRAGMA user_version"), 6);
    cr_expect_eq(raw_i64(path, "SELECT count(*) FROM sqlite_sequence WHERE name = 'city'"), 0);
    cr_expect_eq(raw_i64(path, "SELECT count(*) FROM city WHERE id = 4"), 1);
    sqlite3 *h;
    cr_assert_eq(sqlite3_open(path, &h), SQLITE_OK);
    old_exec(h, "DELETE FROM membership WHERE id = 2");
    sqlite3_close(h);
    cr_assert_eq(am_store_open(path, &st, &err), AM_OK, "%s", err.msg);
    struct am_db *db = am_store_db(st, &err);
    cr_expect_eq(i64(db, "SELECT seq FROM sqlite_sequence WHERE name = 'city'"), 4);
    cr_expect_eq(i64(db, "PRAGMA foreign_keys"), 1);
    am_store_close(st);
    remove_dir(dir);
}

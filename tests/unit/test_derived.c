/* What migration 13 stores for lists to filter and sort on (a partnership's
 * parties' countries, its last activity and their count, the date its
 * health is judged by): filled in for a file made before it, and kept by
 * the triggers through every change that moves them.
 *
 * The records below are SYNTHETIC TEST DATA (Oldtown, Old Org...). */
#include <sqlite3.h>

#include "test_old_schema.h"
#include "test_support.h"

static const char records[] =
    "INSERT INTO country (code, name) VALUES ('IT', 'Italy'), ('FR', 'France'), ('MA', 'Morocco'), ('DE', 'Germany');"
    "INSERT INTO city (id, name, country, created_at, updated_at) VALUES"
    " (1, 'Oldtown', 'IT', 't', 't'), (2, 'Oldville', 'FR', 't', 't'), (3, 'Oldburg', 'DE', 't', 't');"
    "INSERT INTO organisation (id, name, country, created_at, updated_at) VALUES (1, 'Old Org', 'MA', 't', 't');"
    /* city-city; city-country; organisation-city */
    "INSERT INTO partnership (id, a_city_id, b_city_id, b_country, a_org_id, a_key, b_key, status, signed_date,"
    " created_at, updated_at) VALUES (1, 1, 2, NULL, NULL, 'c1', 'c2', 'signed', '1990', 't', 't'),"
    " (2, 2, NULL, 'MA', NULL, 'c2', 'nMA', 'signed', NULL, 't', 't'),"
    " (3, NULL, 3, NULL, 1, 'o1', 'c3', 'signed', '2001-05', 't', 't');"
    "INSERT INTO activity (id, kind, title, start_date, end_date, partnership_id, created_at, updated_at) VALUES"
    " (1, 'study_visit', 'One', '2019-03-01', '2019-03-04', 1, 't', 't'),"
    " (2, 'workshop', 'Two', '2015', NULL, 1, 't', 't'), (3, 'workshop', 'Three', '2020-01-01', NULL, NULL, 't', 't');";

struct row {
    char a_cc[4], b_cc[4], last[16], ref[16];
    int64_t count;
};

static struct row partnership(struct am_db *db, int64_t id)
{
    struct row r = {0};
    json_t *o = NULL;
    struct am_err err = {0};
    cr_assert_eq(am_db_one(db,
                           "SELECT coalesce(a_cc, '') AS a, coalesce(b_cc, '') AS b, coalesce(last_activity, '') AS "
                           "l, coalesce(health_ref, '') AS h, activity_count AS n FROM partnership WHERE id = ?",
                           json_pack("[I]", (json_int_t)id), &o, &err),
                 AM_OK, "%s", err.msg);
    snprintf(r.a_cc, sizeof r.a_cc, "%s", json_string_value(json_object_get(o, "a")));
    snprintf(r.b_cc, sizeof r.b_cc, "%s", json_string_value(json_object_get(o, "b")));
    snprintf(r.last, sizeof r.last, "%s", json_string_value(json_object_get(o, "l")));
    snprintf(r.ref, sizeof r.ref, "%s", json_string_value(json_object_get(o, "h")));
    r.count = json_integer_value(json_object_get(o, "n"));
    json_decref(o);
    return r;
}

static void run(struct am_db *db, const char *sql)
{
    struct am_err err = {0};
    cr_assert_eq(am_db_exec(db, sql, json_array(), NULL, &err), AM_OK, "%s: %s", sql, err.msg);
}

static struct am_store *open_v12(char *dir, char *path, size_t cap)
{
    cr_assert_not_null(mkdtemp(dir));
    snprintf(path, cap, "%s/old.db", dir);
    make_old_schema(path, 12, records);
    struct am_store *st = NULL;
    struct am_err err = {0};
    cr_assert_eq(am_store_open(path, &st, &err), AM_OK, "%s", err.msg);
    return st;
}

static void remove_dir(const char *dir)
{
    char cmd[160];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    cr_assert_eq(system(cmd), 0);
}

Test(derived, filled_in_for_a_file_made_before_them)
{
    char dir[] = "/tmp/amity-unit-XXXXXX", path[128];
    struct am_store *st = open_v12(dir, path, sizeof path);
    struct am_err err = {0};
    struct am_db *db = am_store_db(st, &err);
    struct row p1 = partnership(db, 1), p2 = partnership(db, 2), p3 = partnership(db, 3);
    cr_assert_str_eq(p1.a_cc, "IT");
    cr_assert_str_eq(p1.b_cc, "FR");
    cr_assert_str_eq(p1.last, "2019-03-04", "an activity's end counts");
    cr_assert_eq(p1.count, 2);
    cr_assert_str_eq(p1.ref, "2019-03-04");
    cr_assert_str_eq(p2.b_cc, "MA", "a partner known by its country alone");
    cr_assert_str_eq(p2.ref, "", "no date at all: health unknown");
    cr_assert_eq(p2.count, 0);
    cr_assert_str_eq(p3.a_cc, "MA", "an organisation's country");
    cr_assert_str_eq(p3.ref, "2001-05-31", "a month counts to its end");
    am_store_close(st);
    remove_dir(dir);
}

Test(derived, kept_through_every_change)
{
    char dir[] = "/tmp/amity-unit-XXXXXX", path[128];
    struct am_store *st = open_v12(dir, path, sizeof path);
    struct am_err err = {0};
    struct am_db *db = am_store_db(st, &err);

    run(db, "UPDATE city SET country = 'MA' WHERE id = 2");
    cr_assert_str_eq(partnership(db, 1).b_cc, "MA", "a party's city moved country");
    cr_assert_str_eq(partnership(db, 2).a_cc, "MA");
    cr_assert_str_eq(partnership(db, 1).a_cc, "IT", "the other side stays");

    run(db, "UPDATE organisation SET country = 'DE' WHERE id = 1");
    cr_assert_str_eq(partnership(db, 3).a_cc, "DE", "a party's organisation moved country");

    run(db, "UPDATE partnership SET b_city_id = NULL, b_country = 'FR', b_key = 'nFR' WHERE id = 3");
    cr_assert_str_eq(partnership(db, 3).b_cc, "FR", "a party replaced");

    run(db, "INSERT INTO partnership (id, a_city_id, b_city_id, a_key, b_key, status, created_at, updated_at)"
            " VALUES (4, 3, 1, 'c3', 'c1', 'signed', 't', 't')");
    cr_assert_str_eq(partnership(db, 4).a_cc, "DE", "a new partnership");
    cr_assert_str_eq(partnership(db, 4).b_cc, "IT");

    run(db, "UPDATE activity SET partnership_id = 4 WHERE id = 1");
    cr_assert_str_eq(partnership(db, 1).last, "2015", "the activity moved away");
    cr_assert_eq(partnership(db, 1).count, 1);
    cr_assert_str_eq(partnership(db, 1).ref, "2015-12-31", "a year counts to its end");
    cr_assert_str_eq(partnership(db, 4).last, "2019-03-04", "to here");
    cr_assert_eq(partnership(db, 4).count, 1);

    run(db, "INSERT INTO activity (kind, title, start_date, partnership_id, created_at, updated_at)"
            " VALUES ('workshop', 'New', '2024-06-01', 4, 't', 't')");
    cr_assert_str_eq(partnership(db, 4).last, "2024-06-01", "a new activity");
    cr_assert_eq(partnership(db, 4).count, 2);

    run(db, "UPDATE activity SET start_date = '2025-01-01' WHERE title = 'New'");
    cr_assert_str_eq(partnership(db, 4).last, "2025-01-01", "an activity's date changed");

    run(db, "DELETE FROM activity WHERE title = 'New'");
    cr_assert_str_eq(partnership(db, 4).last, "2019-03-04", "an activity deleted");
    cr_assert_eq(partnership(db, 4).count, 1);

    run(db, "UPDATE partnership SET renewed_date = '2026-02-01' WHERE id = 2");
    cr_assert_str_eq(partnership(db, 2).ref, "2026-02-01", "a renewal counts");

    /* a deleted partnership leaves its activities unlinked, and nothing behind */
    run(db, "PRAGMA foreign_keys = ON");
    run(db, "DELETE FROM partnership WHERE id = 4");
    int64_t linked = -1;
    cr_assert_eq(am_db_i64(db, "SELECT count(*) FROM activity WHERE partnership_id IS NOT NULL", json_array(),
                           &linked, &err),
                 AM_OK);
    cr_assert_eq(linked, 1);
    am_store_close(st);
    remove_dir(dir);
}

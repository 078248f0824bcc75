/* The store: migrations, transactions, statements, backup. */
#include <sqlite3.h>

#include "test_support.h"

Test(store, migrates_a_new_file_to_the_newest_schema)
{
    struct tdb t;
    tdb_open(&t, 0);
    cr_assert_eq(tdb_count(&t, "PRAGMA user_version"), am_store_schema_version());
    cr_assert_str_eq(am_store_path(t.store), t.path);
    /* WAL and foreign keys on every connection */
    json_t *row = NULL;
    cr_assert_eq(am_db_one(t.db, "PRAGMA journal_mode", json_array(), &row, NULL), AM_OK);
    cr_assert_str_eq(json_string_value(json_object_get(row, "journal_mode")), "wal");
    json_decref(row);
    cr_assert_eq(tdb_count(&t, "PRAGMA foreign_keys"), 1);
    tdb_close(&t);
}

Test(store, reopening_keeps_data_and_version)
{
    struct tdb t;
    struct am_err err = {0};
    tdb_open(&t, 1);
    int64_t n = tdb_count(&t, "SELECT count(*) FROM country");
    am_store_close(t.store);
    cr_assert_eq(am_store_open(t.path, &t.store, &err), AM_OK, "%s", err.msg);
    t.db = am_store_db(t.store, &err);
    cr_assert_eq(tdb_count(&t, "SELECT count(*) FROM country"), n);
    cr_assert_gt(n, 240);
    tdb_close(&t);
}

Test(store, refuses_a_newer_database)
{
    struct tdb t;
    struct am_err err = {0};
    tdb_open(&t, 0);
    am_store_close(t.store);
    sqlite3 *h;
    cr_assert_eq(sqlite3_open(t.path, &h), SQLITE_OK);
    cr_assert_eq(sqlite3_exec(h, "PRAGMA user_version = 999", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(h);
    cr_assert_eq(am_store_open(t.path, &t.store, &err), AM_ESCHEMA);
    cr_assert(strstr(err.msg, "999") != NULL, "%s", err.msg);
    /* the file is untouched */
    cr_assert_eq(sqlite3_open(t.path, &h), SQLITE_OK);
    sqlite3_stmt *s;
    sqlite3_prepare_v2(h, "PRAGMA user_version", -1, &s, NULL);
    sqlite3_step(s);
    cr_assert_eq(sqlite3_column_int(s, 0), 999);
    sqlite3_finalize(s);
    sqlite3_close(h);
    t.store = NULL;
    tdb_close(&t);
}

Test(store, upgrades_an_older_file)
{
    /* an empty file is version 0: opening brings it to the newest */
    struct am_err err = {0};
    char dir[] = "/tmp/amity-unit-XXXXXX", path[128];
    cr_assert_not_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/old.db", dir);
    sqlite3 *h;
    cr_assert_eq(sqlite3_open(path, &h), SQLITE_OK);
    cr_assert_eq(sqlite3_exec(h, "CREATE TABLE unrelated (x)", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(h);
    struct am_store *st;
    cr_assert_eq(am_store_open(path, &st, &err), AM_OK, "%s", err.msg);
    struct am_db *db = am_store_db(st, &err);
    int64_t v;
    cr_assert_eq(am_db_i64(db, "PRAGMA user_version", json_array(), &v, NULL), AM_OK);
    cr_assert_eq(v, am_store_schema_version());
    am_store_close(st);
    char cmd[160];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    cr_assert_eq(system(cmd), 0);
}

Test(store, nested_transactions_are_savepoints)
{
    struct tdb t;
    struct am_err err = {0};
    tdb_open(&t, 0);
    const char *ins = "INSERT INTO country (code, name) VALUES (?, ?)";
    cr_assert_eq(am_db_begin(t.db, &err), AM_OK);
    cr_assert_eq(am_db_exec(t.db, ins, json_pack("[ss]", "AA", "Outer"), NULL, &err), AM_OK);
    cr_assert_eq(am_db_begin(t.db, &err), AM_OK);
    cr_assert_eq(am_db_exec(t.db, ins, json_pack("[ss]", "BB", "Inner"), NULL, &err), AM_OK);
    am_db_rollback(t.db); /* only the inner one */
    cr_assert_eq(am_db_commit(t.db, &err), AM_OK);
    cr_assert_eq(tdb_count(&t, "SELECT count(*) FROM country WHERE code = 'AA'"), 1);
    cr_assert_eq(tdb_count(&t, "SELECT count(*) FROM country WHERE code = 'BB'"), 0);
    /* a failed outer transaction leaves nothing */
    cr_assert_eq(am_db_begin(t.db, &err), AM_OK);
    cr_assert_eq(am_db_exec(t.db, ins, json_pack("[ss]", "CC", "Gone"), NULL, &err), AM_OK);
    am_db_rollback(t.db);
    cr_assert_eq(tdb_count(&t, "SELECT count(*) FROM country WHERE code = 'CC'"), 0);
    tdb_close(&t);
}

Test(store, statement_errors_and_arguments)
{
    struct tdb t;
    struct am_err err = {0};
    tdb_open(&t, 0);
    const char *ins = "INSERT INTO country (code, name) VALUES (?, ?)";
    cr_assert_eq(am_db_exec(t.db, ins, json_pack("[ss]", "AA", "A"), NULL, &err), AM_OK);
    cr_assert_eq(am_db_exec(t.db, ins, json_pack("[ss]", "AA", "again"), NULL, &err), AM_ECONFLICT);
    cr_assert_eq(am_db_exec(t.db, ins, json_pack("[ss]", "a1", "bad code"), NULL, &err), AM_EINVAL);
    /* too few arguments is a bug, not a NULL */
    cr_assert_eq(am_db_exec(t.db, ins, json_pack("[s]", "ZZ"), NULL, &err), AM_EINTERNAL);
    cr_assert_eq(am_db_exec(t.db, "SELEKT nonsense", json_array(), NULL, &err), AM_EDB);
    /* the same cached statement can be used while it is stepping */
    struct am_stmt *outer = NULL;
    bool row;
    cr_assert_eq(am_db_prepare(t.db, "SELECT code FROM country", json_array(), &outer, &err), AM_OK);
    cr_assert_eq(am_stmt_step(outer, &row, &err), AM_OK);
    cr_assert(row);
    json_t *all = NULL;
    cr_assert_eq(am_db_all(t.db, "SELECT code FROM country", json_array(), &all, &err), AM_OK);
    cr_assert_eq(json_array_size(all), 1);
    json_decref(all);
    am_stmt_done(outer);
    tdb_close(&t);
}

Test(store, online_backup_copies_everything)
{
    struct tdb t;
    struct am_err err = {0};
    tdb_open(&t, 1);
    char copy[160];
    snprintf(copy, sizeof copy, "%s/copy.db", t.dir);
    cr_assert_eq(am_store_backup(t.store, copy, &err), AM_OK, "%s", err.msg);
    struct am_store *st;
    cr_assert_eq(am_store_open(copy, &st, &err), AM_OK, "%s", err.msg);
    struct am_db *db = am_store_db(st, &err);
    int64_t n;
    cr_assert_eq(am_db_i64(db, "SELECT count(*) FROM topic", json_array(), &n, NULL), AM_OK);
    cr_assert_eq(n, tdb_count(&t, "SELECT count(*) FROM topic"));
    am_store_close(st);
    tdb_close(&t);
}

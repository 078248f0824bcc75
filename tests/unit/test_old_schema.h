/* For tests of migrations: a database file as amity made it at an older
 * schema version, the built-in migrations run as amity ran them, then the
 * records of a script. Shared by test_ids.c and test_derived.c. */
#ifndef TEST_OLD_SCHEMA_H
#define TEST_OLD_SCHEMA_H

#include <criterion/criterion.h>
#include <sqlite3.h>
#include <stdio.h>

#include "store/am_fts.h"
#include "util/am_blob.h"
#include "util/am_buf.h"
#include "util/am_fold.h"

/* What amity's connections give SQL: the migrations call am_fold. */
static inline void old_fold(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    const char *s = (const char *)sqlite3_value_text(argv[0]);
    if (!s) {
        sqlite3_result_null(ctx);
        return;
    }
    struct am_buf b;
    am_buf_init(&b, 64 * 1024);
    if (am_fold(s, (size_t)sqlite3_value_bytes(argv[0]), &b))
        sqlite3_result_error(ctx, "am_fold failed", -1);
    else
        sqlite3_result_text(ctx, am_buf_str(&b), (int)b.len, SQLITE_TRANSIENT);
    am_buf_free(&b);
}

static inline void old_exec(sqlite3 *h, const char *sql)
{
    char *msg = NULL;
    int src = sqlite3_exec(h, sql, NULL, NULL, &msg);
    cr_assert_eq(src, SQLITE_OK, "%s: %s", sql, msg ? msg : "");
    sqlite3_free(msg);
}

/* The file at path at schema version `version` (migrations 1 to version,
 * each in its transaction), then script. */
static inline void make_old_schema(const char *path, size_t version, const char *script)
{
    static const char *const names[] = {
        "0001_registry", "0002_gazetteer", "0003_practices", "0004_index", "0005_graph", "0006_diaspora",
        "0007_ids", "0008_city_name", "0009_index_published", "0010_search", "0011_groups", "0012_lifecycle",
    };
    cr_assert_leq(version, sizeof names / sizeof names[0]);
    sqlite3 *h;
    cr_assert_eq(sqlite3_open(path, &h), SQLITE_OK);
    cr_assert_eq(sqlite3_create_function_v2(h, "am_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, old_fold,
                                            NULL, NULL, NULL),
                 SQLITE_OK);
    cr_assert_eq(am_fts_register(h), SQLITE_OK);
    old_exec(h, "PRAGMA journal_mode = WAL");
    for (size_t i = 0; i < version; i++) {
        char file[96], set[64];
        snprintf(file, sizeof file, "src/lib/store/migrations/%s.sql", names[i]);
        const struct am_blob *b = am_blob_find(file);
        cr_assert_not_null(b, "%s", file);
        snprintf(set, sizeof set, "PRAGMA user_version = %zu", i + 1);
        old_exec(h, "BEGIN");
        old_exec(h, b->data);
        old_exec(h, set);
        old_exec(h, "COMMIT");
    }
    old_exec(h, script);
    sqlite3_close(h);
}

#endif

/* Versioned schema migrations. The version lives in PRAGMA user_version;
 * migration N brings a file from version N-1 to N, each in one transaction.
 * A file newer than this binary is refused rather than guessed at. */
#include <stdio.h>

#include "am_db-int.h"
#include "util/am_blob.h"
#include "util/am_log.h"

/* Append only: a released migration never changes. */
static const char *const migrations[] = {
    "src/lib/store/migrations/0001_registry.sql",
    "src/lib/store/migrations/0002_gazetteer.sql",
    "src/lib/store/migrations/0003_practices.sql",
    "src/lib/store/migrations/0004_index.sql",
    "src/lib/store/migrations/0005_graph.sql",
    "src/lib/store/migrations/0006_diaspora.sql",
};
enum { NMIGRATIONS = sizeof migrations / sizeof migrations[0] };

int am_store_schema_version(void)
{
    return NMIGRATIONS;
}

static int user_version(sqlite3 *h)
{
    sqlite3_stmt *s = NULL;
    int v = -1;
    if (sqlite3_prepare_v2(h, "PRAGMA user_version", -1, &s, NULL) == SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW)
        v = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    return v;
}

static enum am_rc apply(sqlite3 *h, int version, struct am_err *err)
{
    const struct am_blob *b = am_blob_find(migrations[version - 1]);
    if (!b)
        return am_err_set(err, AM_EINTERNAL, NULL, "migration %d is not built in", version);
    char set[64];
    snprintf(set, sizeof set, "PRAGMA user_version = %d", version);
    int src = sqlite3_exec(h, "BEGIN IMMEDIATE", NULL, NULL, NULL);
    /* another process may have migrated while we waited for the lock */
    if (src == SQLITE_OK && user_version(h) >= version)
        return sqlite3_exec(h, "COMMIT", NULL, NULL, NULL) == SQLITE_OK ? AM_OK : am_db_fail(h, src, err);
    if (src == SQLITE_OK)
        src = sqlite3_exec(h, b->data, NULL, NULL, NULL);
    if (src == SQLITE_OK)
        src = sqlite3_exec(h, set, NULL, NULL, NULL);
    if (src == SQLITE_OK)
        src = sqlite3_exec(h, "COMMIT", NULL, NULL, NULL);
    if (src != SQLITE_OK) {
        enum am_rc rc = am_db_fail(h, src, err);
        sqlite3_exec(h, "ROLLBACK", NULL, NULL, NULL);
        return rc;
    }
    am_log(AM_LOG_INFO, "database migrated to schema version %d", version);
    return AM_OK;
}

enum am_rc am_migrate(sqlite3 *h, struct am_err *err)
{
    int v = user_version(h);
    if (v < 0)
        return am_err_set(err, AM_EDB, NULL, "cannot read the schema version: %s", sqlite3_errmsg(h));
    if (v > NMIGRATIONS)
        return am_err_set(err, AM_ESCHEMA, NULL,
                          "the database has schema version %d but this amity knows only up to %d; "
                          "use a newer amity",
                          v, NMIGRATIONS);
    for (int next = v + 1; next <= NMIGRATIONS; next++) {
        enum am_rc rc = apply(h, next, err);
        if (rc)
            return rc;
    }
    return AM_OK;
}

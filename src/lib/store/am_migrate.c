/* Versioned schema migrations. The version lives in PRAGMA user_version;
 * migration N brings a file from version N-1 to N, each in one transaction.
 * A file newer than this binary is refused rather than guessed at. */
#include <stdbool.h>
#include <stdio.h>

#include "am_db-int.h"
#include "util/am_blob.h"
#include "util/am_log.h"

/* Append only: a released migration never changes. */
static const struct migration {
    const char *file;
    /* It makes tables again (SQLite's procedure for other schema changes):
     * dropping a table with foreign keys on would delete, or null, whatever
     * refers to its rows, so it runs with them off and commits only if
     * PRAGMA foreign_key_check finds nothing. PRAGMA foreign_keys cannot
     * change inside a transaction, hence a flag and not a line of its SQL. */
    bool rebuilds;
} migrations[] = {
    {"src/lib/store/migrations/0001_registry.sql", false},
    {"src/lib/store/migrations/0002_gazetteer.sql", false},
    {"src/lib/store/migrations/0003_practices.sql", false},
    {"src/lib/store/migrations/0004_index.sql", false},
    {"src/lib/store/migrations/0005_graph.sql", false},
    {"src/lib/store/migrations/0006_diaspora.sql", false},
    {"src/lib/store/migrations/0007_ids.sql", true},
    {"src/lib/store/migrations/0008_city_name.sql", false},
    {"src/lib/store/migrations/0009_index_published.sql", true},
    {"src/lib/store/migrations/0010_search.sql", false},
    {"src/lib/store/migrations/0011_groups.sql", true},
    {"src/lib/store/migrations/0012_lifecycle.sql", false},
    {"src/lib/store/migrations/0013_speed.sql", false},
    {"src/lib/store/migrations/0014_country_names.sql", false},
    {"src/lib/store/migrations/0015_people.sql", true},
    {"src/lib/store/migrations/0016_events.sql", false},
    {"src/lib/store/migrations/0017_calendar_address.sql", false},
    {"src/lib/store/migrations/0018_groups_travel.sql", false},
    {"src/lib/store/migrations/0019_notifications.sql", false},
    {"src/lib/store/migrations/0020_event_documents.sql", false},
    {"src/lib/store/migrations/0021_needs.sql", false},
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

static enum am_rc run(sqlite3 *h, const char *sql, struct am_err *err)
{
    int src = sqlite3_exec(h, sql, NULL, NULL, NULL);
    return src == SQLITE_OK ? AM_OK : am_db_fail(h, src, err);
}

/* A rebuilt table is checked only by PRAGMA foreign_key_check: with foreign
 * keys off, nothing else would notice a row left pointing nowhere. */
static enum am_rc foreign_keys_hold(sqlite3 *h, int version, struct am_err *err)
{
    sqlite3_stmt *s = NULL;
    int src = sqlite3_prepare_v2(h, "PRAGMA foreign_key_check", -1, &s, NULL);
    if (src != SQLITE_OK)
        return am_db_fail(h, src, err);
    enum am_rc rc = AM_OK;
    src = sqlite3_step(s);
    if (src == SQLITE_ROW)
        rc = am_err_set(err, AM_EDB, NULL,
                        "migration %d would leave a row of %s (rowid %lld) pointing at a missing row of %s; "
                        "nothing was changed",
                        version, (const char *)sqlite3_column_text(s, 0), (long long)sqlite3_column_int64(s, 1),
                        (const char *)sqlite3_column_text(s, 2));
    else if (src != SQLITE_DONE)
        rc = am_db_fail(h, src, err);
    sqlite3_finalize(s);
    return rc;
}

/* Inside the migration's transaction: its SQL, the check, the version. */
static enum am_rc change(sqlite3 *h, int version, const char *sql, bool rebuilds, struct am_err *err)
{
    char set[64];
    snprintf(set, sizeof set, "PRAGMA user_version = %d", version);
    enum am_rc rc = run(h, sql, err);
    if (!rc && rebuilds)
        rc = foreign_keys_hold(h, version, err);
    if (!rc)
        rc = run(h, set, err);
    return rc;
}

static enum am_rc apply(sqlite3 *h, int version, struct am_err *err)
{
    const struct migration *m = &migrations[version - 1];
    const struct am_blob *b = am_blob_find(m->file);
    if (!b)
        return am_err_set(err, AM_EINTERNAL, NULL, "migration %d is not built in", version);
    bool open = false, ran = false;
    enum am_rc rc = AM_OK;
    if (m->rebuilds) {
        rc = run(h, "PRAGMA foreign_keys = OFF", err);
        if (rc)
            goto out;
    }
    rc = run(h, "BEGIN IMMEDIATE", err);
    if (rc)
        goto out;
    open = true;
    /* another process may have migrated while we waited for the lock */
    ran = user_version(h) < version;
    if (ran) {
        rc = change(h, version, b->data, m->rebuilds, err);
        if (rc)
            goto out;
    }
    rc = run(h, "COMMIT", err);
    if (rc)
        goto out;
    open = false;
    if (ran)
        am_log(AM_LOG_INFO, "database migrated to schema version %d", version);
out:
    if (open)
        sqlite3_exec(h, "ROLLBACK", NULL, NULL, NULL);
    if (m->rebuilds && sqlite3_exec(h, "PRAGMA foreign_keys = ON", NULL, NULL, NULL) != SQLITE_OK && !rc)
        rc = am_db_fail(h, sqlite3_errcode(h), err);
    return rc;
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

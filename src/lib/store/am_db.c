/* am_db on SQLite: WAL, foreign keys, one connection per thread, a cache of
 * prepared statements per connection. */
#include "am_db-int.h"
#include "am_fts.h"

#include <stdatomic.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "util/am_fold.h"
#include "util/am_labels.h"
#include "util/am_lang.h"
#include "util/am_log.h"
#include "util/am_str.h"

enum { BUSY_TIMEOUT_MS = 5000 };

enum am_rc am_db_fail(sqlite3 *h, int src, struct am_err *err)
{
    const char *msg = h ? sqlite3_errmsg(h) : sqlite3_errstr(src);
    switch (src & 0xFF) {
    case SQLITE_CONSTRAINT:
        switch (src) {
        case SQLITE_CONSTRAINT_UNIQUE:
        case SQLITE_CONSTRAINT_PRIMARYKEY:
            return am_err_set(err, AM_ECONFLICT, NULL, "a record like this already exists");
        case SQLITE_CONSTRAINT_FOREIGNKEY:
            return am_err_set(err, AM_ECONFLICT, NULL,
                              "the record is referenced by, or refers to, records that do not allow this");
        default:
            return am_err_set(err, AM_EINVAL, NULL, "constraint failed: %s", msg);
        }
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return am_err_set(err, AM_EDB, NULL, "the database is busy; try again");
    case SQLITE_NOMEM:
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    case SQLITE_CANTOPEN:
        return am_err_set(err, AM_EIO, NULL, "cannot open the database: %s", msg);
    default:
        am_log(AM_LOG_ERROR, "sqlite: %s (%d)", msg, src);
        return am_err_set(err, AM_EDB, NULL, "storage error: %s", msg);
    }
}

/* ---- connections ---------------------------------------------------- */

static void stmt_free(struct am_stmt *st)
{
    if (!st)
        return;
    sqlite3_finalize(st->s);
    free(st->sql);
    free(st);
}

static void conn_close(struct am_db *db)
{
    for (size_t i = 0; i < db->ncached; i++)
        stmt_free(db->cache[i]);
    int rc = sqlite3_close(db->h);
    if (rc != SQLITE_OK)
        am_log(AM_LOG_WARN, "sqlite close: %s", sqlite3_errstr(rc));
    free(db);
}

static void conn_unlink(struct am_store *st, struct am_db *db)
{
    pthread_mutex_lock(&st->lock);
    if (db->prev)
        db->prev->next = db->next;
    else
        st->conns = db->next;
    if (db->next)
        db->next->prev = db->prev;
    pthread_mutex_unlock(&st->lock);
}

/* pthread key destructor: the thread that owned this connection exited */
static void conn_release(void *p)
{
    struct am_db *db = p;
    conn_unlink(db->store, db);
    conn_close(db);
}

/* am_fold(text): the folded form of a name, for SQL (migrations, lookups). */
static void sql_fold(sqlite3_context *ctx, int argc, sqlite3_value **argv)
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
        sqlite3_result_error(ctx, "am_fold: not UTF-8 or too long", -1);
    else
        sqlite3_result_text(ctx, am_buf_str(&b), (int)b.len, SQLITE_TRANSIENT);
    am_buf_free(&b);
}

/* am_lang(): the language of the names the calling thread's request reads
 * (see am_lang.h), for the SQL that reads names in it (a country's). Not
 * deterministic: it changes between the statements of one connection. */
static void sql_lang(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc, (void)argv;
    sqlite3_result_text(ctx, am_lang_code(am_lang_names()), -1, SQLITE_STATIC);
}

/* am_label(text): amity's own words (a topic's name) in the language of
 * the names read (am_lang() above), else as stored. */
static void sql_label(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    const char *en = (const char *)sqlite3_value_text(argv[0]);
    const char *t = en ? am_label_in(en, am_lang_names()) : NULL;
    if (t)
        sqlite3_result_text(ctx, t, -1, SQLITE_STATIC);
    else
        sqlite3_result_value(ctx, argv[0]);
}

/* Every commit of a connection of the store starts a new generation. The
 * WAL hook runs once the commit is visible to readers (a commit hook runs
 * before, and a reader could cache the old data under the new number).
 * Taking the hook replaces SQLite's automatic checkpoint, so it does that
 * too, at SQLite's default threshold. */
enum { WAL_CHECKPOINT_PAGES = 1000 };

static int on_wal_commit(void *arg, sqlite3 *h, const char *dbname, int pages)
{
    struct am_store *st = arg;
    atomic_fetch_add(&st->generation, 1);
    if (pages >= WAL_CHECKPOINT_PAGES)
        sqlite3_wal_checkpoint_v2(h, dbname, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
    return SQLITE_OK;
}

uint64_t am_db_generation(struct am_db *db)
{
    struct am_stmt *st = NULL;
    struct am_err err;
    bool row = false;
    int64_t v = db->data_version;
    if (!am_db_prepare(db, "PRAGMA data_version", json_array(), &st, &err) && !am_stmt_step(st, &row, &err) && row)
        v = am_stmt_i64(st, 0);
    am_stmt_done(st);
    /* another connection committed since this one last looked */
    if (v != db->data_version) {
        db->data_version = v;
        atomic_fetch_add(&db->store->generation, 1);
    }
    return atomic_load(&db->store->generation);
}

/* A statement slower than the store's slow_ms, logged as its SQL text:
 * with its `?`s, never the values bound to them (they may be private). */
static int on_profile(unsigned type, void *arg, void *stmt, void *ns)
{
    struct am_store *st = arg;
    double ms = (double)*(const int64_t *)ns / 1e6;
    if (type == SQLITE_TRACE_PROFILE && ms >= st->slow_ms)
        am_log(AM_LOG_WARN, "slow SQL (%.1f ms): %.400s", ms, sqlite3_sql(stmt));
    return 0;
}

static enum am_rc conn_open(struct am_store *st, sqlite3 **out, struct am_err *err)
{
    sqlite3 *h = NULL;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    int rc = sqlite3_open_v2(st->path, &h, flags, NULL);
    if (rc != SQLITE_OK) {
        enum am_rc r = am_err_set(err, AM_EIO, NULL, "cannot open database %s: %s", st->path,
                                  h ? sqlite3_errmsg(h) : sqlite3_errstr(rc));
        sqlite3_close(h);
        return r;
    }
    sqlite3_busy_timeout(h, BUSY_TIMEOUT_MS);
    sqlite3_extended_result_codes(h, 1);
    sqlite3_create_function_v2(h, "am_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                               NULL, sql_fold, NULL, NULL, NULL);
    sqlite3_create_function_v2(h, "am_lang", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS, NULL, sql_lang, NULL, NULL,
                               NULL);
    sqlite3_create_function_v2(h, "am_label", 1, SQLITE_UTF8 | SQLITE_INNOCUOUS, NULL, sql_label, NULL, NULL,
                               NULL);
    if (am_fts_register(h) != SQLITE_OK) {
        enum am_rc r = am_err_set(err, AM_EDB, NULL, "cannot register the full-text tokenizer");
        sqlite3_close(h);
        return r;
    }
    /* No mmap: every connection's mapping of the whole file counted in the
     * server's resident memory (the demo's 58 MB, again and again). A
     * small page cache per connection (the server has one per thread): the
     * OS keeps the file's pages once for all of them. */
    static const char setup[] = "PRAGMA foreign_keys = ON;"
                                "PRAGMA synchronous = NORMAL;"
                                "PRAGMA temp_store = MEMORY;"
                                "PRAGMA mmap_size = 0;"
                                "PRAGMA cache_size = -1024;"
                                /* a freed page is overwritten: an erased
                                 * person leaves nothing in the file */
                                "PRAGMA secure_delete = ON;";
    rc = sqlite3_exec(h, setup, NULL, NULL, NULL);
    if (rc != SQLITE_OK) {
        enum am_rc r = am_db_fail(h, rc, err);
        sqlite3_close(h);
        return r;
    }
    sqlite3_wal_hook(h, on_wal_commit, st);
    if (st->slow_ms >= 0)
        sqlite3_trace_v2(h, SQLITE_TRACE_PROFILE, on_profile, st);
    *out = h;
    return AM_OK;
}

struct am_db *am_store_db(struct am_store *st, struct am_err *err)
{
    struct am_db *db = pthread_getspecific(st->key);
    if (db)
        return db;
    db = calloc(1, sizeof *db);
    if (!db) {
        am_err_set(err, AM_ENOMEM, NULL, "out of memory");
        return NULL;
    }
    if (conn_open(st, &db->h, err)) {
        free(db);
        return NULL;
    }
    db->store = st;
    pthread_mutex_lock(&st->lock);
    db->next = st->conns;
    if (st->conns)
        st->conns->prev = db;
    st->conns = db;
    pthread_mutex_unlock(&st->lock);
    pthread_setspecific(st->key, db);
    return db;
}

/* SQLite counts the memory it allocates under one global mutex, which every
 * connection of every worker thread then takes on each allocation; amity
 * never asks for the figures. Only possible before SQLite starts. */
static void sqlite_setup(void)
{
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    sqlite3_initialize();
}

enum am_rc am_store_open(const char *path, struct am_store **out, struct am_err *err)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, sqlite_setup);
    enum am_rc rc = AM_OK;
    sqlite3 *h = NULL;
    struct am_store *st = calloc(1, sizeof *st);
    if (!st || !(st->path = strdup(path))) {
        free(st);
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    }
    /* AMITY_SLOW_SQL_MS=N: a developer's view of which statements are slow */
    const char *slow = getenv("AMITY_SLOW_SQL_MS");
    int64_t ms;
    st->slow_ms = -1;
    if (slow && am_parse_i64(slow, 0, 3600 * 1000, &ms))
        st->slow_ms = (double)ms;
    pthread_mutex_init(&st->lock, NULL);
    if (pthread_key_create(&st->key, conn_release)) {
        pthread_mutex_destroy(&st->lock);
        free(st->path);
        free(st);
        return am_err_set(err, AM_EINTERNAL, NULL, "no thread key left");
    }
    rc = conn_open(st, &h, err);
    if (rc)
        goto out;
    /* WAL is a property of the file: set once, every connection sees it */
    int src = sqlite3_exec(h, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
    if (src != SQLITE_OK) {
        rc = am_db_fail(h, src, err);
        goto out;
    }
    rc = am_migrate(h, err);
out:
    sqlite3_close(h);
    if (rc) {
        pthread_key_delete(st->key);
        pthread_mutex_destroy(&st->lock);
        free(st->path);
        free(st);
        return rc;
    }
    *out = st;
    return AM_OK;
}

void am_store_close(struct am_store *st)
{
    if (!st)
        return;
    /* connections of threads still alive (or of this thread) */
    pthread_mutex_lock(&st->lock);
    struct am_db *db = st->conns;
    st->conns = NULL;
    pthread_mutex_unlock(&st->lock);
    while (db) {
        struct am_db *next = db->next;
        conn_close(db);
        db = next;
    }
    for (size_t i = 0; i < AM_SHARED_MAX && st->shared[i].name; i++)
        st->shared[i].drop(st->shared[i].value);
    pthread_setspecific(st->key, NULL);
    pthread_key_delete(st->key);
    pthread_mutex_destroy(&st->lock);
    free(st->path);
    free(st);
}

void *am_db_shared(struct am_db *db, const char *name, void *(*make)(void), void (*drop)(void *))
{
    struct am_store *st = db->store;
    void *v = NULL;
    pthread_mutex_lock(&st->lock);
    size_t i = 0;
    for (; i < AM_SHARED_MAX && st->shared[i].name; i++)
        if (strcmp(st->shared[i].name, name) == 0)
            break;
    if (i < AM_SHARED_MAX && st->shared[i].name) {
        v = st->shared[i].value;
    } else if (i < AM_SHARED_MAX && (v = make())) {
        st->shared[i] = (struct am_shared){name, v, drop};
    }
    pthread_mutex_unlock(&st->lock);
    return v;
}

const char *am_store_path(const struct am_store *st)
{
    return st->path;
}

enum am_rc am_store_backup(struct am_store *st, const char *dest, struct am_err *err)
{
    struct am_db *db = am_store_db(st, err);
    if (!db)
        return err ? err->rc : AM_EDB;
    sqlite3 *to = NULL;
    int src = sqlite3_open_v2(dest, &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
    if (src != SQLITE_OK) {
        enum am_rc rc = am_err_set(err, AM_EIO, "file", "cannot create %s: %s", dest,
                                   to ? sqlite3_errmsg(to) : sqlite3_errstr(src));
        sqlite3_close(to);
        return rc;
    }
    sqlite3_backup *b = sqlite3_backup_init(to, "main", db->h, "main");
    if (!b) {
        enum am_rc rc = am_db_fail(to, sqlite3_errcode(to), err);
        sqlite3_close(to);
        return rc;
    }
    /* copy in steps so that writers are not held off for the whole copy */
    do {
        src = sqlite3_backup_step(b, 256);
        if (src == SQLITE_BUSY || src == SQLITE_LOCKED)
            sqlite3_sleep(10);
    } while (src == SQLITE_OK || src == SQLITE_BUSY || src == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
    enum am_rc rc = AM_OK;
    if (src != SQLITE_DONE)
        rc = am_db_fail(to, src, err);
    sqlite3_close(to);
    return rc;
}

/* ---- transactions --------------------------------------------------- */

static enum am_rc exec_plain(struct am_db *db, const char *sql, struct am_err *err)
{
    int src = sqlite3_exec(db->h, sql, NULL, NULL, NULL);
    return src == SQLITE_OK ? AM_OK : am_db_fail(db->h, src, err);
}

enum am_rc am_db_begin(struct am_db *db, struct am_err *err)
{
    char sql[48];
    if (db->depth == 0)
        am_str_copy(sql, sizeof sql, "BEGIN IMMEDIATE");
    else
        snprintf(sql, sizeof sql, "SAVEPOINT sp%d", db->depth);
    enum am_rc rc = exec_plain(db, sql, err);
    if (!rc)
        db->depth++;
    return rc;
}

enum am_rc am_db_commit(struct am_db *db, struct am_err *err)
{
    char sql[48];
    if (db->depth <= 0)
        return am_err_set(err, AM_EINTERNAL, NULL, "commit without begin");
    if (db->depth == 1)
        am_str_copy(sql, sizeof sql, "COMMIT");
    else
        snprintf(sql, sizeof sql, "RELEASE sp%d", db->depth - 1);
    enum am_rc rc = exec_plain(db, sql, err);
    if (rc) {
        am_db_rollback(db);
        return rc;
    }
    db->depth--;
    return AM_OK;
}

bool am_db_checkpoint(struct am_db *db)
{
    int log = -1, done = -1;
    if (db->depth > 0)
        return false;
    int rc = sqlite3_wal_checkpoint_v2(db->h, NULL, SQLITE_CHECKPOINT_TRUNCATE, &log, &done);
    return rc == SQLITE_OK && log == done;
}

void am_db_rollback(struct am_db *db)
{
    char sql[64];
    if (db->depth <= 0)
        return;
    if (db->depth == 1)
        am_str_copy(sql, sizeof sql, "ROLLBACK");
    else
        snprintf(sql, sizeof sql, "ROLLBACK TO sp%d; RELEASE sp%d", db->depth - 1, db->depth - 1);
    int src = sqlite3_exec(db->h, sql, NULL, NULL, NULL);
    if (src != SQLITE_OK)
        am_log(AM_LOG_ERROR, "rollback: %s", sqlite3_errmsg(db->h));
    db->depth--;
}

/* ---- statements ----------------------------------------------------- */

static struct am_stmt *cache_find(struct am_db *db, const char *sql)
{
    for (size_t i = 0; i < db->ncached; i++)
        if (!db->cache[i]->busy && strcmp(db->cache[i]->sql, sql) == 0)
            return db->cache[i];
    return NULL;
}

static enum am_rc bind_args(struct am_stmt *st, json_t *args, struct am_err *err)
{
    int want = sqlite3_bind_parameter_count(st->s);
    size_t have = args ? json_array_size(args) : 0;
    if (!args && want)
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory building query arguments");
    if ((size_t)want != have)
        return am_err_set(err, AM_EINTERNAL, NULL, "query wants %d arguments, got %zu", want, have);
    for (int i = 0; i < want; i++) {
        json_t *v = json_array_get(args, (size_t)i);
        int src;
        switch (json_typeof(v)) {
        case JSON_INTEGER: src = sqlite3_bind_int64(st->s, i + 1, json_integer_value(v)); break;
        case JSON_REAL: src = sqlite3_bind_double(st->s, i + 1, json_real_value(v)); break;
        case JSON_STRING:
            src = sqlite3_bind_text64(st->s, i + 1, json_string_value(v), json_string_length(v),
                                      SQLITE_TRANSIENT, SQLITE_UTF8);
            break;
        case JSON_TRUE: src = sqlite3_bind_int(st->s, i + 1, 1); break;
        case JSON_FALSE: src = sqlite3_bind_int(st->s, i + 1, 0); break;
        case JSON_NULL: src = sqlite3_bind_null(st->s, i + 1); break;
        default: return am_err_set(err, AM_EINTERNAL, NULL, "cannot bind a JSON container");
        }
        if (src != SQLITE_OK)
            return am_db_fail(st->db->h, src, err);
    }
    return AM_OK;
}

/* Statements built from filters vary; the cache bounds how many live. */
static void cache_make_room(struct am_db *db)
{
    if (db->ncached < AM_STMT_CACHE)
        return;
    size_t keep = 0;
    for (size_t i = 0; i < db->ncached; i++) {
        if (db->cache[i]->busy)
            db->cache[keep++] = db->cache[i];
        else
            stmt_free(db->cache[i]);
    }
    db->ncached = keep;
}

/* The connection's statement for sql, marked busy until am_stmt_done. */
static enum am_rc prepare_cached(struct am_db *db, const char *sql, struct am_stmt **out,
                                 struct am_err *err)
{
    struct am_stmt *st = cache_find(db, sql);
    if (!st) {
        st = calloc(1, sizeof *st);
        if (!st || !(st->sql = strdup(sql))) {
            free(st);
            return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
        }
        st->db = db;
        int src = sqlite3_prepare_v3(db->h, sql, -1, SQLITE_PREPARE_PERSISTENT, &st->s, NULL);
        if (src != SQLITE_OK) {
            am_log(AM_LOG_ERROR, "prepare failed: %s in: %s", sqlite3_errmsg(db->h), sql);
            enum am_rc rc = am_db_fail(db->h, src, err);
            stmt_free(st);
            return rc;
        }
        cache_make_room(db);
        st->cached = db->ncached < AM_STMT_CACHE;
        if (st->cached)
            db->cache[db->ncached++] = st;
    }
    st->busy = true;
    *out = st;
    return AM_OK;
}

enum am_rc am_db_prepare(struct am_db *db, const char *sql, json_t *args,
                         struct am_stmt **out, struct am_err *err)
{
    struct am_stmt *st = NULL;
    enum am_rc rc = prepare_cached(db, sql, &st, err);
    if (!rc && (rc = bind_args(st, args, err)))
        am_stmt_done(st);
    if (!rc)
        *out = st;
    json_decref(args);
    return rc;
}

enum am_rc am_db_prepare_loop(struct am_db *db, const char *sql, struct am_stmt **out,
                              struct am_err *err)
{
    return prepare_cached(db, sql, out, err);
}

void am_stmt_bind_i64(struct am_stmt *st, int idx, int64_t v)
{
    sqlite3_bind_int64(st->s, idx, v);
}

void am_stmt_bind_double(struct am_stmt *st, int idx, double v)
{
    sqlite3_bind_double(st->s, idx, v);
}

void am_stmt_bind_text(struct am_stmt *st, int idx, const char *s)
{
    if (s)
        sqlite3_bind_text(st->s, idx, s, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(st->s, idx);
}

enum am_rc am_stmt_run(struct am_stmt *st, struct am_err *err)
{
    int src;
    while ((src = sqlite3_step(st->s)) == SQLITE_ROW)
        ;
    enum am_rc rc = src == SQLITE_DONE ? AM_OK : am_db_fail(st->db->h, src, err);
    sqlite3_reset(st->s);
    return rc;
}

enum am_rc am_stmt_step(struct am_stmt *st, bool *row, struct am_err *err)
{
    int src = sqlite3_step(st->s);
    if (src == SQLITE_ROW) {
        *row = true;
        return AM_OK;
    }
    *row = false;
    if (src == SQLITE_DONE)
        return AM_OK;
    return am_db_fail(st->db->h, src, err);
}

void am_stmt_done(struct am_stmt *st)
{
    if (!st)
        return;
    if (!st->cached) {
        stmt_free(st);
        return;
    }
    sqlite3_reset(st->s);
    sqlite3_clear_bindings(st->s);
    st->busy = false;
}

int am_stmt_ncols(struct am_stmt *st) { return sqlite3_column_count(st->s); }
const char *am_stmt_name(struct am_stmt *st, int col) { return sqlite3_column_name(st->s, col); }
bool am_stmt_null(struct am_stmt *st, int col) { return sqlite3_column_type(st->s, col) == SQLITE_NULL; }
int64_t am_stmt_i64(struct am_stmt *st, int col) { return sqlite3_column_int64(st->s, col); }
double am_stmt_double(struct am_stmt *st, int col) { return sqlite3_column_double(st->s, col); }

void am_stmt_bind_pointer(struct am_stmt *st, int idx, const void *p, const char *type)
{
    /* the pointer interface: SQL sees NULL, functions that know type see p */
    sqlite3_bind_pointer(st->s, idx, (void *)p, type, NULL);
}

const void *am_stmt_blob(struct am_stmt *st, int col, size_t *n)
{
    const void *b = sqlite3_column_blob(st->s, col);
    *n = (size_t)sqlite3_column_bytes(st->s, col);
    return b;
}

const char *am_stmt_text(struct am_stmt *st, int col)
{
    return (const char *)sqlite3_column_text(st->s, col);
}

json_t *am_stmt_value(struct am_stmt *st, int col)
{
    switch (sqlite3_column_type(st->s, col)) {
    case SQLITE_INTEGER: return json_integer(sqlite3_column_int64(st->s, col));
    case SQLITE_FLOAT: return json_real(sqlite3_column_double(st->s, col));
    case SQLITE_NULL: return json_null();
    default: {
        const char *t = (const char *)sqlite3_column_text(st->s, col);
        int n = sqlite3_column_bytes(st->s, col);
        return json_stringn(t ? t : "", (size_t)n);
    }
    }
}

json_t *am_stmt_row(struct am_stmt *st)
{
    json_t *o = json_object();
    int n = sqlite3_column_count(st->s);
    for (int i = 0; o && i < n; i++) {
        const char *name = sqlite3_column_name(st->s, i);
        if (name[0] == '_')
            continue;
        if (json_object_set_new(o, name, am_stmt_value(st, i))) {
            json_decref(o);
            return NULL;
        }
    }
    return o;
}

/* ---- one-call helpers ----------------------------------------------- */

enum am_rc am_db_exec(struct am_db *db, const char *sql, json_t *args, int64_t *changes,
                      struct am_err *err)
{
    struct am_stmt *st = NULL;
    bool row;
    enum am_rc rc = am_db_prepare(db, sql, args, &st, err);
    if (rc)
        return rc;
    do
        rc = am_stmt_step(st, &row, err);
    while (!rc && row);
    if (!rc && changes)
        *changes = sqlite3_changes64(db->h);
    am_stmt_done(st);
    return rc;
}

enum am_rc am_db_one(struct am_db *db, const char *sql, json_t *args, json_t **out,
                     struct am_err *err)
{
    struct am_stmt *st = NULL;
    bool row;
    enum am_rc rc = am_db_prepare(db, sql, args, &st, err);
    if (rc)
        return rc;
    rc = am_stmt_step(st, &row, err);
    if (!rc && !row)
        rc = am_err_set(err, AM_ENOTFOUND, NULL, "no such record");
    if (!rc && !(*out = am_stmt_row(st)))
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    am_stmt_done(st);
    return rc;
}

static enum am_rc collect(struct am_db *db, const char *sql, json_t *args, bool first_col,
                          json_t **out, struct am_err *err)
{
    struct am_stmt *st = NULL;
    bool row;
    json_t *arr = json_array();
    enum am_rc rc = am_db_prepare(db, sql, args, &st, err);
    if (rc)
        goto out;
    if (!arr) {
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
        goto out;
    }
    while (!(rc = am_stmt_step(st, &row, err)) && row) {
        json_t *v = first_col ? am_stmt_value(st, 0) : am_stmt_row(st);
        if (json_array_append_new(arr, v)) {
            rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
            break;
        }
    }
out:
    am_stmt_done(st);
    if (rc) {
        json_decref(arr);
        return rc;
    }
    *out = arr;
    return AM_OK;
}

enum am_rc am_db_all(struct am_db *db, const char *sql, json_t *args, json_t **out,
                     struct am_err *err)
{
    return collect(db, sql, args, false, out, err);
}

enum am_rc am_db_rows_by_id(struct am_db *db, const char *sql, const json_t *ids,
                            json_t **by_id, struct am_err *err)
{
    json_t *rows = NULL, *r;
    size_t i;
    char *list = json_dumps(ids, JSON_COMPACT);
    *by_id = NULL;
    if (!list)
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    enum am_rc rc = am_db_all(db, sql, json_pack("[s]", list), &rows, err);
    free(list);
    if (rc)
        return rc;
    *by_id = json_object();
    json_array_foreach(rows, i, r) {
        char key[24];
        snprintf(key, sizeof key, "%lld", (long long)json_integer_value(json_object_get(r, "id")));
        json_object_set(*by_id, key, r);
    }
    json_decref(rows);
    return AM_OK;
}

json_t *am_row_of(json_t *by_id, const json_t *id)
{
    char key[24];
    snprintf(key, sizeof key, "%lld", (long long)json_integer_value(id));
    return json_object_get(by_id, key);
}

enum am_rc am_db_column(struct am_db *db, const char *sql, json_t *args, json_t **out,
                        struct am_err *err)
{
    return collect(db, sql, args, true, out, err);
}

enum am_rc am_db_i64(struct am_db *db, const char *sql, json_t *args, int64_t *out,
                     struct am_err *err)
{
    struct am_stmt *st = NULL;
    bool row;
    enum am_rc rc = am_db_prepare(db, sql, args, &st, err);
    if (rc)
        return rc;
    rc = am_stmt_step(st, &row, err);
    if (!rc && !row)
        rc = am_err_set(err, AM_ENOTFOUND, NULL, "no such record");
    if (!rc)
        *out = sqlite3_column_int64(st->s, 0);
    am_stmt_done(st);
    return rc;
}

int64_t am_db_last_id(struct am_db *db)
{
    return sqlite3_last_insert_rowid(db->h);
}

int64_t am_db_changes(struct am_db *db)
{
    return sqlite3_changes64(db->h);
}

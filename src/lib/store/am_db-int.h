/* Private to the SQLite engine of am_db. */
#ifndef AM_DB_INT_H
#define AM_DB_INT_H

#include <pthread.h>
#include <stdint.h>
#include <sqlite3.h>

#include "am_db.h"

enum { AM_STMT_CACHE = 256 };

struct am_stmt {
    sqlite3_stmt *s;
    struct am_db *db;
    char *sql;    /* owned; the cache key */
    bool busy;    /* handed out and not yet done */
    bool cached;  /* false: finalize on done */
};

struct am_db {
    sqlite3 *h;
    struct am_store *store;
    int depth;                       /* transaction nesting */
    struct am_stmt *cache[AM_STMT_CACHE];
    size_t ncached;
    struct am_db *next, *prev;       /* the store's list of connections */
    int64_t data_version;            /* PRAGMA data_version as last read */
};

enum { AM_SHARED_MAX = 8 };

struct am_shared {
    const char *name;
    void *value;
    void (*drop)(void *);
};

struct am_store {
    char *path;
    struct am_shared shared[AM_SHARED_MAX];
    pthread_key_t key;
    pthread_mutex_t lock;            /* guards conns */
    struct am_db *conns;
    _Atomic uint64_t generation;     /* bumped by every commit seen */
    double slow_ms;                  /* log statements slower than this (<0: none) */
};

/* Migrations (am_migrate.c): bring h to the newest schema. */
enum am_rc am_migrate(sqlite3 *h, struct am_err *err);

/* Map a SQLite result code to an amity error. */
enum am_rc am_db_fail(sqlite3 *h, int src, struct am_err *err);

#endif

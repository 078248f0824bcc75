/* am_db: the storage interface the domain modules see.
 *
 * struct am_store is one database (opened once, migrated on open); struct
 * am_db is one connection, owned by one thread at a time. Both are opaque so
 * that another engine (PostgreSQL) can sit behind this header without the
 * domain code changing: domain SQL is plain SQL with `?` placeholders, and
 * values cross this interface as jansson values.
 *
 * Ownership: functions taking `json_t *args` steal the reference (like
 * jansson's *_new functions), so calls can be written
 *     am_db_exec(db, SQL, json_pack("[I]", id), err);
 * Rows and arrays returned through `json_t **out` are new references owned
 * by the caller. */
#ifndef AM_DB_H
#define AM_DB_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "util/am_err.h"

struct am_store;
struct am_db;
struct am_stmt;

/* Open (creating if needed) and migrate to the newest schema. A file with a
 * newer schema than this binary knows is refused (AM_ESCHEMA). */
enum am_rc am_store_open(const char *path, struct am_store **out, struct am_err *err);
void am_store_close(struct am_store *st);
const char *am_store_path(const struct am_store *st);
int am_store_schema_version(void); /* the newest this binary knows */

/* The calling thread's connection, opened on first use and closed when the
 * thread exits (or at am_store_close for the thread that calls it). */
struct am_db *am_store_db(struct am_store *st, struct am_err *err);

/* The store's data generation: a number that changes whenever anything
 * was committed, by this process (any connection) or by another (seen
 * through this connection's PRAGMA data_version). What was built from the
 * data of one generation (a cached reply) holds while it stays the same. */
uint64_t am_db_generation(struct am_db *db);

/* Online backup of the live database into a new file. */
enum am_rc am_store_backup(struct am_store *st, const char *dest, struct am_err *err);

/* A value shared by every connection of the store (an in-memory index, a
 * cache), made by make() on first use and dropped by drop() when the store
 * closes. Its own locking is the caller's. NULL when make fails. */
void *am_db_shared(struct am_db *db, const char *name, void *(*make)(void), void (*drop)(void *));

/* Transactions nest: the outermost is BEGIN IMMEDIATE ... COMMIT, inner ones
 * are savepoints, so a failed inner change rolls back only itself. */
enum am_rc am_db_begin(struct am_db *db, struct am_err *err);
enum am_rc am_db_commit(struct am_db *db, struct am_err *err);
void am_db_rollback(struct am_db *db);

/* Copy the write-ahead log into the database file and empty it, so that
 * what was deleted (secure_delete overwrites freed pages) is gone from
 * both files; outside a transaction. false when readers kept some of it
 * (it is overwritten at a later checkpoint). */
bool am_db_checkpoint(struct am_db *db);

/* Prepared statements, cached per connection by SQL text. */
enum am_rc am_db_prepare(struct am_db *db, const char *sql, json_t *args,
                         struct am_stmt **out, struct am_err *err);
/* For loops that run one statement many times (imports): prepare once,
 * bind by position (1-based; text is copied), run (step to the end and
 * reset, keeping the statement), and am_stmt_done at the end. */
enum am_rc am_db_prepare_loop(struct am_db *db, const char *sql, struct am_stmt **out,
                              struct am_err *err);
void am_stmt_bind_i64(struct am_stmt *st, int idx, int64_t v);
void am_stmt_bind_double(struct am_stmt *st, int idx, double v);
void am_stmt_bind_text(struct am_stmt *st, int idx, const char *s); /* NULL binds NULL */
enum am_rc am_stmt_run(struct am_stmt *st, struct am_err *err);
/* Hand an object of the caller's to SQL functions that know its type (the
 * full-text functions of am_fts); the caller keeps it alive until done. */
void am_stmt_bind_pointer(struct am_stmt *st, int idx, const void *p, const char *type);

/* Step: AM_OK with *row set to whether a row is available. */
enum am_rc am_stmt_step(struct am_stmt *st, bool *row, struct am_err *err);
/* Return the statement to the cache (always call; NULL is fine). */
void am_stmt_done(struct am_stmt *st);

int am_stmt_ncols(struct am_stmt *st);
const char *am_stmt_name(struct am_stmt *st, int col);
bool am_stmt_null(struct am_stmt *st, int col);
int64_t am_stmt_i64(struct am_stmt *st, int col);
double am_stmt_double(struct am_stmt *st, int col);
const char *am_stmt_text(struct am_stmt *st, int col); /* NULL for NULL */
/* The column's bytes, valid until the next step; *n gets their number. */
const void *am_stmt_blob(struct am_stmt *st, int col, size_t *n);
/* The column as a new JSON value (integer, real, string or null). */
json_t *am_stmt_value(struct am_stmt *st, int col);
/* The row as a new JSON object; columns whose name starts with '_' are
 * left out (they carry sort keys and the like). */
json_t *am_stmt_row(struct am_stmt *st);

/* Run to completion; *changes (optional) gets the number of rows changed. */
enum am_rc am_db_exec(struct am_db *db, const char *sql, json_t *args,
                      int64_t *changes, struct am_err *err);
/* The first row as an object; AM_ENOTFOUND when there is none. */
enum am_rc am_db_one(struct am_db *db, const char *sql, json_t *args,
                     json_t **out, struct am_err *err);
/* All rows, as an array of objects. */
enum am_rc am_db_all(struct am_db *db, const char *sql, json_t *args,
                     json_t **out, struct am_err *err);
/* The rows of some ids, by id: sql selects rows (with an "id" column)
 * whose id is in json_each(?1), which is bound to ids (a JSON array, not
 * taken). *by_id: {"12": row, ...}, the caller's; look one up with
 * am_row_of. */
enum am_rc am_db_rows_by_id(struct am_db *db, const char *sql, const json_t *ids,
                            json_t **by_id, struct am_err *err);
/* The row of id (a JSON integer) in what am_db_rows_by_id gave, borrowed;
 * NULL when there is none (deleted since the ids were read). */
json_t *am_row_of(json_t *by_id, const json_t *id);
/* First column of the first row as an integer; AM_ENOTFOUND if no row. */
enum am_rc am_db_i64(struct am_db *db, const char *sql, json_t *args,
                     int64_t *out, struct am_err *err);
/* First column of every row, as an array of values. */
enum am_rc am_db_column(struct am_db *db, const char *sql, json_t *args,
                        json_t **out, struct am_err *err);

int64_t am_db_last_id(struct am_db *db);
/* Rows the last INSERT, UPDATE or DELETE changed. */
int64_t am_db_changes(struct am_db *db);

#endif

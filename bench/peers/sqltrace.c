/* BENCHMARK TOOL, not part of amity: an LD_PRELOAD library that writes the
 * SQL of every statement a process runs (expanded: its bound values in
 * place), one line each, to the file $AMITY_SQL_TRACE. bench/speed.sh
 * loads it into amity and into the peers' code, so that it can say whether
 * the peers still run the same SQL as amity; nothing is added to amity.
 *
 *   cc -shared -fPIC -O2 -o sqltrace.so sqltrace.c -lsqlite3 -ldl
 *   LD_PRELOAD=./sqltrace.so AMITY_SQL_TRACE=out.sql amity ... */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static FILE *out;

int sqlite3_step(sqlite3_stmt *st)
{
    static int (*real)(sqlite3_stmt *);
    if (!real)
        real = (int (*)(sqlite3_stmt *))dlsym(RTLD_NEXT, "sqlite3_step");
    if (!sqlite3_stmt_busy(st)) { /* its first step: the statement starts */
        char *sql = sqlite3_expanded_sql(st);
        const char *path = getenv("AMITY_SQL_TRACE");
        pthread_mutex_lock(&mu);
        if (!out && path)
            out = fopen(path, "a");
        if (out) {
            const char *s = sql ? sql : sqlite3_sql(st);
            for (const char *p = s ? s : ""; *p; p++) /* one statement, one line */
                fputc(*p == '\n' ? ' ' : *p, out);
            fputc('\n', out);
            fflush(out);
        }
        pthread_mutex_unlock(&mu);
        sqlite3_free(sql);
    }
    return real(st);
}

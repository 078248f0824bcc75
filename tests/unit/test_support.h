/* Shared by the unit tests: a fresh database in a temporary directory. */
#ifndef TEST_SUPPORT_H
#define TEST_SUPPORT_H

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "am_country.h"
#include "am_topic.h"
#include "store/am_db.h"

struct tdb {
    char dir[64];
    char path[128];
    struct am_store *store;
    struct am_db *db;
};

static inline void tdb_open(struct tdb *t, int load_reference)
{
    struct am_err err = {0};
    strcpy(t->dir, "/tmp/amity-unit-XXXXXX");
    cr_assert_not_null(mkdtemp(t->dir));
    snprintf(t->path, sizeof t->path, "%s/t.db", t->dir);
    cr_assert_eq(am_store_open(t->path, &t->store, &err), AM_OK, "%s", err.msg);
    t->db = am_store_db(t->store, &err);
    cr_assert_not_null(t->db, "%s", err.msg);
    if (load_reference) {
        cr_assert_eq(am_country_load(t->db, NULL, &err), AM_OK, "%s", err.msg);
        cr_assert_eq(am_topic_load(t->db, NULL, &err), AM_OK, "%s", err.msg);
    }
}

static inline void tdb_close(struct tdb *t)
{
    char cmd[160];
    am_store_close(t->store);
    snprintf(cmd, sizeof cmd, "rm -rf %s", t->dir);
    cr_assert_eq(system(cmd), 0);
}

static inline int64_t tdb_count(struct tdb *t, const char *sql)
{
    int64_t n = -1;
    cr_assert_eq(am_db_i64(t->db, sql, json_array(), &n, NULL), AM_OK);
    return n;
}

#endif

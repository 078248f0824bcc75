#include "am_gazetteer.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "am_city.h"
#include "am_resource.h"
#include "util/am_str.h"

/* Columns of cities.tsv, in the order scripts/gazetteer.mjs writes them. */
enum { G_ID, G_NAME, G_COUNTRY, G_ADMIN, G_FEATURE, G_POP, G_LAT, G_LNG, G_ALTS, G_NCOLS };
static const char *const header[G_NCOLS] = {
    "geonames_id", "name", "country", "admin_code", "feature_code", "population", "lat", "lng",
    "alt_names",
};
enum { MAX_NAMES = 512 };

static int split_tabs(char *line, char *f[G_NCOLS])
{
    int n = 0;
    for (char *p = line; n < G_NCOLS; n++) {
        f[n] = p;
        char *tab = strchr(p, '\t');
        if (!tab)
            return n + 1;
        *tab = '\0';
        p = tab + 1;
    }
    return n + 1; /* more fields than expected */
}

static enum am_rc check_header(char *line, const char *path, struct am_err *err)
{
    char *f[G_NCOLS];
    if (split_tabs(line, f) != G_NCOLS)
        return am_err_set(err, AM_EINVAL, "file", "%s: line 1: not a gazetteer file", path);
    for (int i = 0; i < G_NCOLS; i++)
        if (strcmp(f[i], header[i]) != 0)
            return am_err_set(err, AM_EINVAL, "file", "%s: line 1: column %d is '%s', expected '%s'",
                              path, i + 1, f[i], header[i]);
    return AM_OK;
}

/* Insert or refresh one city and its names; returns whether it was new. */
/* The other names as the JSON array the city row keeps (NULL: none). */
static char *alt_names_json(char *alts, const char **names, size_t *n)
{
    json_t *arr = json_array();
    for (char *a = alts; *a && *n < MAX_NAMES;) {
        char *bar = strchr(a, '|');
        if (bar)
            *bar = '\0';
        names[(*n)++] = a;
        json_array_append_new(arr, json_string(a));
        a = bar ? bar + 1 : a + strlen(a);
    }
    char *text = json_array_size(arr) ? json_dumps(arr, JSON_COMPACT) : NULL;
    json_decref(arr);
    return text;
}

/* One import: its statements, prepared once, and what it has done. */
struct gz {
    struct am_db *db;
    const char *path;
    struct am_city_batch *batch;
    struct am_stmt *find, *insert, *update;
    bool fresh; /* no GeoNames city yet: nothing to look up */
    char now[32];
    struct am_gazetteer_stats st;
};

static enum am_rc gz_prepare(struct gz *g, struct am_err *err)
{
    int64_t n = 0;
    enum am_rc rc = am_db_i64(g->db, "SELECT count(*) FROM city WHERE geonames_id IS NOT NULL",
                              json_array(), &n, err);
    g->fresh = n == 0;
    am_now(g->now);
    if (!rc)
        rc = am_db_prepare_loop(g->db, "SELECT id FROM city WHERE geonames_id = ?", &g->find, err);
    if (!rc)
        rc = am_db_prepare_loop(
            g->db,
            "INSERT INTO city (name, country, admin_code, feature_code, population, lat, lng, "
            "geonames_id, alt_names, source, created_at, updated_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'geonames', ?10, ?10)",
            &g->insert, err);
    if (!rc)
        rc = am_db_prepare_loop(
            g->db,
            "UPDATE city SET name = ?1, country = ?2, admin_code = ?3, feature_code = ?4, "
            "population = ?5, lat = ?6, lng = ?7, alt_names = ?9, updated_at = ?10 "
            "WHERE geonames_id = ?8",
            &g->update, err);
    return rc;
}

static void gz_finish(struct gz *g)
{
    am_stmt_done(g->find);
    am_stmt_done(g->insert);
    am_stmt_done(g->update);
}

/* The city's id when it is already there, 0 when not. */
static enum am_rc existing(struct gz *g, int64_t gid, int64_t *id, struct am_err *err)
{
    bool row;
    *id = 0;
    if (g->fresh)
        return AM_OK;
    am_stmt_bind_i64(g->find, 1, gid);
    enum am_rc rc = am_stmt_step(g->find, &row, err);
    if (!rc && row)
        *id = am_stmt_i64(g->find, 0);
    return am_stmt_run(g->find, err) ? AM_EDB : rc; /* finish and reset */
}

static enum am_rc import_city(struct gz *g, char *f[G_NCOLS], int64_t line, struct am_err *err)
{
    int64_t gid, pop, id = 0;
    double lat, lng;
    if (!am_parse_i64(f[G_ID], 1, INT32_MAX, &gid) || !am_parse_i64(f[G_POP], 0, INT32_MAX, &pop) ||
        !am_parse_double(f[G_LAT], &lat) || !am_parse_double(f[G_LNG], &lng) || lat < -90 ||
        lat > 90 || lng < -180 || lng > 180 || !*f[G_NAME] || strlen(f[G_COUNTRY]) != 2)
        return am_err_set(err, AM_EINVAL, "file", "%s: line %lld: malformed city", g->path,
                          (long long)line);
    const char *names[MAX_NAMES];
    size_t n = 0;
    names[n++] = f[G_NAME];
    char *alts = alt_names_json(f[G_ALTS], names, &n);
    g->st.names += (int64_t)n - 1;
    enum am_rc rc = existing(g, gid, &id, err);
    /* a refresh: the old names and place leave the indexes first */
    if (!rc && id)
        rc = am_city_unindex(g->db, id, err);
    struct am_stmt *write = id ? g->update : g->insert;
    if (!rc) {
        am_stmt_bind_text(write, 1, f[G_NAME]);
        am_stmt_bind_text(write, 2, f[G_COUNTRY]);
        am_stmt_bind_text(write, 3, f[G_ADMIN]);
        am_stmt_bind_text(write, 4, f[G_FEATURE]);
        am_stmt_bind_i64(write, 5, pop);
        am_stmt_bind_double(write, 6, lat);
        am_stmt_bind_double(write, 7, lng);
        am_stmt_bind_i64(write, 8, gid);
        am_stmt_bind_text(write, 9, alts);
        am_stmt_bind_text(write, 10, g->now);
        rc = am_stmt_run(write, err);
    }
    free(alts);
    if (!rc && id) {
        g->st.updated++;
    } else if (!rc) {
        id = am_db_last_id(g->db);
        g->st.added++;
    }
    if (rc == AM_ECONFLICT || rc == AM_EINVAL) {
        /* most likely a country the country table lacks */
        char why[sizeof err->msg];
        am_str_copy(why, sizeof why, err ? err->msg : "");
        return am_err_set(err, rc, "file", "%s: line %lld: %s (country %s)", g->path,
                          (long long)line, why, f[G_COUNTRY]);
    }
    if (!rc && am_city_batch_add(g->batch, id, names, n, lat, lng))
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory indexing the gazetteer");
    return rc;
}

enum am_rc am_gazetteer_import(struct am_db *db, const char *path, am_progress_fn *progress,
                               void *ctx, struct am_gazetteer_stats *stats, struct am_err *err)
{
    struct gz g = {.db = db, .path = path};
    struct stat sb;
    FILE *f = fopen(path, "r");
    if (!f || fstat(fileno(f), &sb) != 0) {
        if (f)
            fclose(f);
        return am_err_set(err, AM_EIO, "file", "cannot read %s: %s", path, strerror(errno));
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    int64_t lineno = 0;
    uint64_t done = 0;
    g.batch = am_city_batch_new();
    enum am_rc rc = g.batch ? AM_OK : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    if (!rc) /* the indexes of 135,000 cities do not fit the default 2 MB */
        rc = am_db_exec(db, "PRAGMA cache_size = -262144", json_array(), NULL, err);
    if (!rc)
        rc = am_db_begin(db, err);
    if (!rc)
        rc = gz_prepare(&g, err);
    while (!rc && (len = getline(&line, &cap, f)) > 0) {
        lineno++;
        done += (uint64_t)len;
        if (line[len - 1] == '\n')
            line[--len] = '\0';
        if (!am_utf8_valid(line, (size_t)len)) {
            rc = am_err_set(err, AM_EINVAL, "file", "%s: line %lld: not UTF-8", path, (long long)lineno);
            break;
        }
        if (lineno == 1) {
            rc = check_header(line, path, err);
            continue;
        }
        char *fields[G_NCOLS];
        if (split_tabs(line, fields) != G_NCOLS) {
            rc = am_err_set(err, AM_EINVAL, "file", "%s: line %lld: expected %d columns", path,
                            (long long)lineno, G_NCOLS);
            break;
        }
        rc = import_city(&g, fields, lineno, err);
        g.st.rows++;
        if (progress && (g.st.rows & 1023) == 0)
            progress(ctx, done, (uint64_t)sb.st_size);
    }
    if (!rc && ferror(f))
        rc = am_err_set(err, AM_EIO, "file", "cannot read %s", path);
    if (!rc && lineno == 0)
        rc = am_err_set(err, AM_EINVAL, "file", "%s is empty", path);
    gz_finish(&g);
    if (!rc)
        rc = am_city_batch_write(db, g.batch, err);
    if (!rc)
        rc = am_db_commit(db, err);
    else
        am_db_rollback(db);
    if (progress)
        progress(ctx, (uint64_t)sb.st_size, (uint64_t)sb.st_size);
    am_city_batch_free(g.batch);
    am_db_exec(db, "PRAGMA cache_size = -2000", json_array(), NULL, NULL);
    free(line);
    fclose(f);
    if (!rc && stats)
        *stats = g.st;
    return rc;
}

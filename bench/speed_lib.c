/* Benchmark, for bench/speed.sh: partner suggestions in the library, the
 * call the API route makes (am_match_suggest, the default query: 20
 * suggestions with their reasons, as JSON), timed in this process for each
 * city of a list, after one first call that builds the model.
 *
 *   speed_lib DB CITIES_FILE [ROUNDS]
 *
 * CITIES_FILE holds one city id a line. Prints one line:
 *   speed_lib: cities N calls M first_ms F p50_ms A p99_ms B mean_ms C
 * Speed is measured here, never asserted. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "am_match.h"
#include "store/am_db.h"

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double pct(const double *sorted, size_t n, double p)
{
    size_t i = (size_t)(p * (double)(n - 1) + 0.5);
    return sorted[i < n ? i : n - 1];
}

static int suggest(struct am_db *db, int64_t city, size_t *bytes)
{
    struct am_err err = {0};
    json_t *query = json_object(), *out = NULL;
    enum am_rc rc = am_match_suggest(db, city, query, &out, &err);
    json_decref(query);
    if (rc) {
        fprintf(stderr, "speed_lib: city %lld: %s\n", (long long)city, err.msg);
        return -1;
    }
    *bytes += json_array_size(json_object_get(out, "items"));
    json_decref(out);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: speed_lib DB CITIES_FILE [ROUNDS]\n");
        return 2;
    }
    long rounds = argc > 3 ? strtol(argv[3], NULL, 10) : 1;
    if (rounds < 1)
        rounds = 1;
    FILE *f = fopen(argv[2], "r");
    if (!f) {
        perror(argv[2]);
        return 1;
    }
    size_t n = 0, cap = 1024;
    int64_t *ids = malloc(cap * sizeof *ids);
    long long v;
    while (ids && fscanf(f, "%lld", &v) == 1) {
        if (n == cap && !(ids = realloc(ids, (cap *= 2) * sizeof *ids)))
            break;
        ids[n++] = (int64_t)v;
    }
    fclose(f);
    if (!ids || !n) {
        fprintf(stderr, "speed_lib: no city ids in %s\n", argv[2]);
        return 1;
    }
    struct am_err err = {0};
    struct am_store *st = NULL;
    struct am_db *db = NULL;
    if (am_store_open(argv[1], &st, &err) || !(db = am_store_db(st, &err))) {
        fprintf(stderr, "speed_lib: %s\n", err.msg);
        return 1;
    }
    size_t items = 0, m = n * (size_t)rounds;
    double *t = malloc(m * sizeof *t);
    double t0 = now_ms();
    if (!t || suggest(db, ids[0], &items))
        return 1;
    double first = now_ms() - t0, sum = 0;
    for (size_t i = 0; i < m; i++) {
        double a = now_ms();
        if (suggest(db, ids[i % n], &items))
            return 1;
        t[i] = now_ms() - a;
        sum += t[i];
    }
    qsort(t, m, sizeof *t, by_value);
    printf("speed_lib: cities %zu calls %zu first_ms %.3f p50_ms %.3f p99_ms %.3f mean_ms %.3f items %.1f\n", n, m,
           first, pct(t, m, .5), pct(t, m, .99), sum / (double)m, (double)items / (double)(m + 1));
    free(t);
    free(ids);
    am_store_close(st);
    return 0;
}

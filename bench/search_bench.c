#define _GNU_SOURCE /* strcasestr */
/* Benchmark: the search box's type-ahead (GET /api/v1/search) on the real
 * demo database, over HTTP to a running server, beside a reference run in
 * the same process and run: the bare SQLite queries of the same searches,
 * as the registry's own lists would run them without am_search's index:
 *
 *   cities         city_fts MATCH "w"* ..., ORDER BY population, LIMIT 6
 *                  (the city search: every match is looked up and sorted)
 *   networks       name or acronym LIKE %q%, LIMIT 6
 *   organisations  name LIKE %q%, LIMIT 6
 *   practices      practice_fts MATCH "w"* ..., ORDER BY rank, LIMIT 6
 *
 * Each query of the file (class TAB query per line) is run ROUNDS times
 * both ways; p50, p90 and p99 in milliseconds, by class and over all, and
 * the ratio of the two p50s.
 *
 *   search_bench -d DB -p PORT [-r ROUNDS] [-q QUERIES] */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "store/am_fts.h"
#include "util/am_buf.h"
#include "util/am_fold.h"
#include "util/am_str.h"

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double pct(double *v, size_t n, double p)
{
    if (!n)
        return 0;
    qsort(v, n, sizeof *v, cmp_double);
    size_t i = (size_t)(p * (double)(n - 1) + 0.5);
    return v[i < n ? i : n - 1];
}

/* ---- HTTP: one kept-alive loopback connection ------------------------------------ */

static void url_encode(struct am_buf *b, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        bool plain = ((*p | 32) >= 'a' && (*p | 32) <= 'z') || (*p >= '0' && *p <= '9') || *p == '-';
        if (plain)
            am_buf_addc(b, (char)*p);
        else
            am_buf_addf(b, "%%%02X", *p);
    }
}

static int http_open(uint16_t port)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(port)};
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int one = 1;
    if (fd < 0)
        return -1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (connect(fd, (struct sockaddr *)&a, sizeof a) < 0) {
        perror("bench: connect");
        close(fd);
        return -1;
    }
    return fd;
}

/* One request; the whole reply read (its length from Content-Length). */
static int http_search(int fd, const char *q, char *buf, size_t cap)
{
    struct am_buf req;
    am_buf_init(&req, 8192);
    am_buf_adds(&req, "GET /api/v1/search?limit=5&q=");
    url_encode(&req, q);
    am_buf_adds(&req, " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    ssize_t w = req.err ? -1 : write(fd, am_buf_str(&req), req.len);
    am_buf_free(&req);
    if (w < 0)
        return -1;
    size_t have = 0, need = 0;
    const char *body = NULL;
    for (;;) {
        ssize_t r = read(fd, buf + have, cap - 1 - have);
        if (r <= 0)
            return -1;
        have += (size_t)r;
        buf[have] = '\0';
        if (!body && (body = strstr(buf, "\r\n\r\n"))) {
            body += 4;
            const char *cl = strcasestr(buf, "\r\nContent-Length:");
            char num[24];
            int64_t len = 0;
            if (!cl || strncmp(buf, "HTTP/1.1 200", 12) != 0)
                return -1;
            cl += 17;
            while (*cl == ' ')
                cl++;
            snprintf(num, sizeof num, "%.*s", (int)strcspn(cl, "\r"), cl);
            if (!am_parse_i64(num, 0, INT32_MAX, &len))
                return -1;
            need = (size_t)(body - buf) + (size_t)len;
        }
        if (body && have >= need)
            return 0;
        if (have + 1 >= cap)
            return -1;
    }
}

/* ---- the reference: bare SQLite ------------------------------------------------------ */

enum { REF_CITY, REF_NETWORK, REF_ORG, REF_PRACTICE, NREF };

static const char *const ref_sql[NREF] = {
    ("SELECT c.id FROM city c WHERE c.id IN (SELECT rowid FROM city_fts WHERE city_fts MATCH ?1) "
     "ORDER BY coalesce(c.population, 0) DESC, c.id LIMIT 6"),
    "SELECT id FROM network WHERE name LIKE ?1 OR acronym LIKE ?1 LIMIT 6",
    "SELECT id FROM organisation WHERE name LIKE ?1 LIMIT 6",
    "SELECT rowid FROM practice_fts WHERE practice_fts MATCH ?1 ORDER BY rank LIMIT 6",
};

/* The folded words as FTS5 prefixes ("reggio em" -> "reggio"* "em"*),
 * as the city search writes them; and %q% for LIKE. */
static int ref_query(sqlite3_stmt *st[NREF], const char *q)
{
    struct am_buf f, m, like;
    int rc = 0;
    am_buf_init(&f, 4096);
    am_buf_init(&m, 8192);
    am_buf_init(&like, 4096);
    if (am_fold(q, strlen(q), &f) != AM_OK)
        rc = -1;
    for (const char *p = am_buf_str(&f); !rc && *p;) {
        size_t n = strcspn(p, " ");
        am_buf_addf(&m, "%s\"%.*s\"*", m.len ? " " : "", (int)n, p);
        p += n + (p[n] == ' ');
    }
    am_buf_addf(&like, "%%%s%%", q);
    for (int k = 0; !rc && k < NREF; k++) {
        const struct am_buf *arg = k == REF_NETWORK || k == REF_ORG ? &like : &m;
        sqlite3_bind_text(st[k], 1, am_buf_str(arg), (int)arg->len, SQLITE_TRANSIENT);
        int s;
        while ((s = sqlite3_step(st[k])) == SQLITE_ROW)
            ;
        if (s != SQLITE_DONE) {
            fprintf(stderr, "bench: %s: %s\n", q, sqlite3_errmsg(sqlite3_db_handle(st[k])));
            rc = -1;
        }
        sqlite3_reset(st[k]);
    }
    am_buf_free(&f);
    am_buf_free(&m);
    am_buf_free(&like);
    return rc;
}

/* ---- the run --------------------------------------------------------------------------- */

enum { MAX_QUERIES = 256, MAX_CLASSES = 32 };

struct query {
    char cls[32], text[256];
};

static size_t read_queries(const char *path, struct query *qs)
{
    FILE *f = fopen(path, "r");
    char line[512];
    size_t n = 0;
    if (!f) {
        perror(path);
        return 0;
    }
    while (n < MAX_QUERIES && fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        char *tab = strchr(line, '\t');
        if (line[0] == '#' || !tab)
            continue;
        *tab = '\0';
        am_str_copy(qs[n].cls, sizeof qs[n].cls, line);
        am_str_copy(qs[n].text, sizeof qs[n].text, tab + 1);
        n++;
    }
    fclose(f);
    return n;
}

static int64_t count(sqlite3 *h, const char *sql)
{
    sqlite3_stmt *st = NULL;
    int64_t n = -1;
    if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

static void report(const char *label, size_t nq, double *http, double *ref, size_t n)
{
    double h50 = pct(http, n, .5), h90 = pct(http, n, .9), h99 = pct(http, n, .99);
    double r50 = pct(ref, n, .5), r90 = pct(ref, n, .9), r99 = pct(ref, n, .99);
    printf("%-22s %3zu | %7.3f %7.3f %7.3f | %7.3f %7.3f %7.3f | %6.2fx\n", label, nq, h50, h90, h99, r50,
           r90, r99, h50 / (r50 > 0 ? r50 : 1e-9));
}

int main(int argc, char **argv)
{
    const char *db = NULL, *file = "bench/search_queries.tsv";
    int64_t port = 0, rounds = 20;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (strcmp(argv[i], "-d") == 0)
            db = argv[i + 1];
        else if (strcmp(argv[i], "-q") == 0)
            file = argv[i + 1];
        else if (strcmp(argv[i], "-p") == 0 && am_parse_i64(argv[i + 1], 1, 65535, &port))
            continue;
        else if (strcmp(argv[i], "-r") == 0 && am_parse_i64(argv[i + 1], 1, 100000, &rounds))
            continue;
        else
            db = NULL, port = 0;
    }
    if (!db || !port) {
        fprintf(stderr, "usage: search_bench -d DB -p PORT [-r ROUNDS] [-q QUERIES]\n");
        return 2;
    }
    static struct query qs[MAX_QUERIES];
    size_t nq = read_queries(file, qs);
    sqlite3 *h = NULL;
    sqlite3_stmt *st[NREF] = {0};
    if (!nq || sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK || am_fts_register(h) != SQLITE_OK) {
        fprintf(stderr, "bench: cannot open %s\n", db);
        return 1;
    }
    for (int k = 0; k < NREF; k++)
        if (sqlite3_prepare_v2(h, ref_sql[k], -1, &st[k], NULL) != SQLITE_OK) {
            fprintf(stderr, "bench: %s\n", sqlite3_errmsg(h));
            return 1;
        }
    int fd = http_open((uint16_t)port);
    size_t cap = 4 << 20;
    char *reply = malloc(cap);
    if (fd < 0 || !reply)
        return 1;
    /* the first search after a start builds the index; then one of each, to warm up */
    double t0 = now_ms();
    if (http_search(fd, "a", reply, cap))
        return fprintf(stderr, "bench: the first search failed\n"), 1;
    double first = now_ms() - t0;
    for (size_t i = 0; i < nq; i++)
        if (http_search(fd, qs[i].text, reply, cap) || ref_query(st, qs[i].text))
            return fprintf(stderr, "bench: %s failed\n", qs[i].text), 1;

    size_t total = nq * (size_t)rounds;
    double *http = malloc(total * sizeof *http), *ref = malloc(total * sizeof *ref);
    double *ch = malloc(total * sizeof *ch), *cr = malloc(total * sizeof *cr);
    if (!http || !ref || !ch || !cr)
        return 1;
    /* round-robin over the queries, as many people typing would */
    for (size_t r = 0, i = 0; r < (size_t)rounds; r++)
        for (size_t k = 0; k < nq; k++, i++) {
            double a = now_ms();
            if (http_search(fd, qs[k].text, reply, cap))
                return fprintf(stderr, "bench: http %s failed\n", qs[k].text), 1;
            double b = now_ms();
            if (ref_query(st, qs[k].text))
                return 1;
            double c = now_ms();
            http[i] = b - a;
            ref[i] = c - b;
        }
    printf("search box on %s: %lld cities, %lld networks, %lld organisations, %lld practices\n", db,
           (long long)count(h, "SELECT count(*) FROM city"), (long long)count(h, "SELECT count(*) FROM network"),
           (long long)count(h, "SELECT count(*) FROM organisation"),
           (long long)count(h, "SELECT count(*) FROM practice"));
    printf("the first search after the server started (it builds the index): %.1f ms\n", first);
    printf("%zu queries x %lld rounds, one kept-alive connection; ms\n\n", nq, (long long)rounds);
    printf("%-22s %3s | %7s %7s %7s | %7s %7s %7s | %7s\n", "class", "n", "http p50", "p90", "p99", "sql p50",
           "p90", "p99", "http/sql");
    const char *classes[MAX_CLASSES];
    size_t nc = 0;
    for (size_t k = 0; k < nq; k++) {
        bool seen = false;
        for (size_t c = 0; c < nc && !seen; c++)
            seen = strcmp(classes[c], qs[k].cls) == 0;
        if (!seen && nc < MAX_CLASSES)
            classes[nc++] = qs[k].cls;
    }
    for (size_t c = 0; c < nc; c++) {
        size_t n = 0, kinds = 0;
        for (size_t k = 0; k < nq; k++)
            if (strcmp(qs[k].cls, classes[c]) == 0) {
                kinds++;
                for (size_t r = 0; r < (size_t)rounds; r++) {
                    ch[n] = http[r * nq + k];
                    cr[n++] = ref[r * nq + k];
                }
            }
        report(classes[c], kinds, ch, cr, n);
    }
    report("all", nq, http, ref, total);
    printf("\nhttp: GET /api/v1/search?limit=5 (all four groups, with their details), request to last byte; "
           "sql: the four bare queries above, in process, no HTTP\n");
    free(http), free(ref), free(ch), free(cr), free(reply);
    close(fd);
    for (int k = 0; k < NREF; k++)
        sqlite3_finalize(st[k]);
    sqlite3_close(h);
    return 0;
}

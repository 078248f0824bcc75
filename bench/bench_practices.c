#define _GNU_SOURCE /* strcasestr */
/* Benchmark: good-practice search over a SYNTHETIC corpus (made-up words
 * and synthetic networks; no real city, no real practice). Typical queries
 * (one word, two words, a phrase, a prefix; each without and with two facet
 * filters) are timed three ways in the same process and run:
 *
 *   floor    the same FTS5 expression run bare: every match with its BM25
 *            score, nothing else (what any search with a total must read)
 *   library  am_practice_search: hits, facet counts, total, the first page
 *            of 20 records with snippets
 *   http     GET /api/v1/practices over a kept-alive loopback connection to
 *            the real server, reading the whole JSON reply
 *
 * and printed as p50 and p99 in milliseconds, with library/floor and
 * http-library.
 *
 *   bench_practices [-n PRACTICES] [-r ROUNDS] [-d DB]
 *
 * The corpus is built once into DB (default /tmp/amity-bench-practices.db)
 * and reused when it already holds PRACTICES practices. */
#include <arpa/inet.h>
#include <math.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "am_country.h"
#include "am_practice.h"
#include "am_practice_search.h"
#include "am_topic.h"
#include "http/am_server.h"
#include "store/am_db.h"
#include "util/am_buf.h"
#include "util/am_str.h"

/* ---- a repeatable synthetic corpus ----------------------------------------------- */

static uint64_t rng = 0x9E3779B97F4A7C15u;

static uint32_t rnd(uint32_t n)
{
    rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
    return (uint32_t)(rng % n);
}

/* Domain words people search for, at the head of the Zipf curve so that
 * they are common, as they are in real practice texts. */
static const char *const domain[] = {
    "city", "council", "youth", "migrants", "integration", "community", "residents",
    "intercultural", "dialogue", "education", "schools", "language", "women", "employment",
    "housing", "neighbourhood", "culture", "festival", "museum", "library", "sport",
    "participation", "citizens", "network", "partners", "project", "training", "mediation",
    "refugees", "diversity", "inclusion", "public", "space", "services", "health", "police",
    "business", "entrepreneurs", "media", "campaign", "volunteers", "associations", "elderly",
    "children", "parents", "teachers", "university", "research", "evaluation", "strategy",
    "policy", "plan", "budget", "funding", "workshop", "exchange", "visit", "conference",
    "twinning", "cooperation", "agreement", "diaspora", "religious", "interfaith", "sustainable",
    "climate", "mobility", "transport", "digital", "innovation", "tourism", "heritage", "arts",
    "theatre", "music", "food", "market", "mentoring", "welcome", "reception", "counselling",
    "antidiscrimination", "racism", "equality", "rights", "governance", "leadership",
};
#define NDOMAIN (sizeof domain / sizeof *domain)

/* Fixed pairs that appear together, so that phrase queries have hits. */
static const char *const phrases[][2] = {
    {"youth", "council"}, {"public", "space"}, {"language", "courses"}, {"civil", "society"},
    {"intercultural", "dialogue"}, {"local", "government"}, {"migrant", "women"},
    {"city", "network"},
};
#define NPHRASES (sizeof phrases / sizeof *phrases)

enum { NSYNTH = 20000 };
static char synth[NSYNTH][12];

static void make_words(void)
{
    static const char *const syl[] = {"ka", "lo", "mi", "ren", "sta", "vo", "del", "tu", "bra",
                                      "shi", "nor", "gle", "pa", "zen", "quo", "fi"};
    for (size_t i = 0; i < NSYNTH; i++) {
        size_t k = 0, parts = 2 + rnd(2);
        for (size_t p = 0; p < parts; p++)
            k += (size_t)snprintf(synth[i] + k, sizeof synth[i] - k, "%s", syl[rnd(16)]);
    }
}

/* Zipf-like: the word of rank r is picked with weight about 1/(r+1). The
 * most common ranks are made-up filler (as "the", "and" are in real text);
 * the domain words sit among the middle ranks, one every 12, so that each
 * is in a few per cent to a third of the practices, as such words are. */
enum { FILLER = 60, SPACING = 12 };

static const char *word(void)
{
    double u = (double)rnd(1u << 30) / (double)(1u << 30);
    size_t total = NDOMAIN + NSYNTH;
    size_t r = (size_t)(exp(u * log((double)total + 1.0)) - 1.0);
    if (r >= total)
        r = total - 1;
    if (r >= FILLER && (r - FILLER) % SPACING == 0 && (r - FILLER) / SPACING < NDOMAIN)
        return domain[(r - FILLER) / SPACING];
    return synth[r % NSYNTH];
}

static void words(struct am_buf *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (rnd(2000) == 0) {
            size_t p = rnd(NPHRASES);
            am_buf_addf(b, "%s%s %s", b->len ? " " : "", phrases[p][0], phrases[p][1]);
            continue;
        }
        am_buf_addf(b, "%s%s", b->len ? " " : "", word());
    }
}

static const char *const countries[] = {"IT", "ES", "DE", "FR", "PT", "NO", "GB", "NL", "PL",
                                        "UA", "GR", "IE", "SE", "CA", "MA", "JP", "KR", "MX"};
static const char *const languages[] = {"en", "en", "en", "fr", "it", "es", "de"};

static json_t *text_field(size_t n)
{
    struct am_buf b;
    am_buf_init(&b, 64 * 1024);
    words(&b, n);
    json_t *s = json_string(am_buf_str(&b));
    am_buf_free(&b);
    return s;
}

static int build_corpus(struct am_db *db, size_t n)
{
    struct am_err err = {0};
    json_t *topics = NULL;
    if (am_country_load(db, NULL, &err) || am_topic_load(db, NULL, &err) ||
        am_db_all(db, "SELECT id FROM topic ORDER BY id", NULL, &topics, &err))
        goto fail;
    for (int k = 1; k <= 5; k++) {
        char name[64];
        snprintf(name, sizeof name, "Synthetic network %d (benchmark)", k);
        if (am_db_exec(db, "INSERT INTO network (name, acronym, created_at, updated_at) "
                           "VALUES (?, ?, 'x', 'x')", json_pack("[ss]", name, name + 18), NULL, &err))
            goto fail;
    }
    make_words();
    static const char *const sections[] = {"purpose", "rationale", "process", "results",
                                           "evaluation", "lessons"};
    for (size_t i = 0; i < n; i++) {
        if (i % 5000 == 0) {
            if (i && am_db_commit(db, &err))
                goto fail;
            if (am_db_begin(db, &err))
                goto fail;
            fprintf(stderr, "\rbuilding the synthetic corpus: %zu of %zu", i, n);
        }
        json_t *p = json_object();
        json_object_set_new(p, "title", text_field(5 + rnd(6)));
        json_object_set_new(p, "country", json_string(countries[rnd(sizeof countries / sizeof *countries)]));
        json_object_set_new(p, "network_id", json_integer(1 + rnd(5)));
        json_object_set_new(p, "language", json_string(languages[rnd(7)]));
        int start = 1995 + (int)rnd(31);
        json_object_set_new(p, "start_year", json_integer(start));
        if (rnd(3) == 0)
            json_object_set_new(p, "ongoing", json_true());
        else
            json_object_set_new(p, "end_year", json_integer(start + (int)rnd(5)));
        json_t *t = json_array();
        for (uint32_t k = 0, nt = 1 + rnd(3); k < nt; k++) {
            json_t *id = json_object_get(json_array_get(topics, rnd((uint32_t)json_array_size(topics))), "id");
            bool dup = false;
            size_t j;
            json_t *u;
            json_array_foreach(t, j, u) dup |= json_equal(u, id);
            if (!dup)
                json_array_append(t, id);
        }
        json_object_set_new(p, "topics", t);
        json_object_set_new(p, "summary", text_field(30 + rnd(30)));
        for (size_t s = 0; s < 6; s++)
            json_object_set_new(p, sections[s], text_field(20 + rnd(60)));
        json_t *out = NULL;
        enum am_rc rc = am_practice_create(db, &am_actor_cli, p, &out, &err);
        json_decref(p);
        json_decref(out);
        if (rc)
            goto fail;
    }
    /* publishing one by one would time the review, not the search */
    if (am_db_exec(db, "UPDATE practice SET status = 'published', published_at = created_at", NULL,
                   NULL, &err) ||
        am_db_commit(db, &err))
        goto fail;
    fprintf(stderr, "\rbuilding the synthetic corpus: %zu of %zu\n", n, n);
    json_decref(topics);
    return 0;
fail:
    fprintf(stderr, "\nbench: %s\n", err.msg);
    json_decref(topics);
    return -1;
}

/* ---- timing ----------------------------------------------------------------------- */

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

static double pct(double *v, size_t n, double p)
{
    qsort(v, n, sizeof *v, by_value);
    size_t i = (size_t)(p * (double)(n - 1) + 0.5);
    return v[i];
}

/* ---- the three ways -------------------------------------------------------------- */

/* The floors: the same FTS5 expression, bare. */
static const char *const floors[] = {
    /* every match, its rowid only: what any search that counts must read */
    "SELECT rowid, 0 FROM practice_fts WHERE practice_fts MATCH ?",
    /* every match ranked by FTS5's own bm25() */
    "SELECT rowid, bm25(practice_fts, 10.0, 3.0, 1.0) FROM practice_fts WHERE practice_fts MATCH ?",
};

static int floor_query(struct am_db *db, const char *sql, const char *q)
{
    struct am_buf fts;
    am_buf_init(&fts, 4096);
    am_practice_fts_query(q, &fts);
    struct am_stmt *st = NULL;
    struct am_err err = {0};
    bool row;
    double sum = 0;
    enum am_rc rc = am_db_prepare(db, sql, json_pack("[s]", am_buf_str(&fts)), &st, &err);
    while (!rc && !(rc = am_stmt_step(st, &row, &err)) && row)
        sum += am_stmt_double(st, 1);
    am_stmt_done(st);
    am_buf_free(&fts);
    return rc || sum > 0 ? -1 : 0; /* BM25 scores are negative */
}

static json_t *query_json(const char *q, int facets)
{
    json_t *o = json_pack("{ss}", "q", q);
    if (facets) {
        json_object_set_new(o, "topic", json_string("icc-education"));
        json_object_set_new(o, "country", json_string("IT"));
    }
    return o;
}

static int library_query(struct am_db *db, const char *q, int facets, json_int_t *total)
{
    json_t *in = query_json(q, facets), *out = NULL;
    struct am_err err = {0};
    enum am_rc rc = am_practice_search(db, &am_actor_anon, in, &out, &err);
    json_decref(in);
    if (rc) {
        fprintf(stderr, "bench: %s: %s\n", q, err.msg);
        return -1;
    }
    *total = json_integer_value(json_object_get(out, "total"));
    json_decref(out);
    return 0;
}

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
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (fd < 0 || connect(fd, (struct sockaddr *)&a, sizeof a) < 0) {
        perror("bench: connect");
        return -1;
    }
    return fd;
}

/* One request on the kept-alive connection; the whole reply is read. */
static int http_query(int fd, const char *q, int facets, char *buf, size_t cap)
{
    struct am_buf req;
    am_buf_init(&req, 8192);
    am_buf_adds(&req, "GET /api/v1/practices?q=");
    url_encode(&req, q);
    if (facets)
        am_buf_adds(&req, "&topic=icc-education&country=IT");
    am_buf_adds(&req, " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    ssize_t w = write(fd, am_buf_str(&req), req.len);
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

/* ---- the run ------------------------------------------------------------------------ */

struct kind {
    const char *name;
    const char *variants[6];
};

static const struct kind kinds[] = {
    {"one word", {"youth", "housing", "mediation", "festival", "refugees", "theatre"}},
    {"two words", {"youth employment", "migrants housing", "schools language", "women business",
                   "police mediation", "culture heritage"}},
    {"phrase", {"\"youth council\"", "\"public space\"", "\"civil society\"",
                "\"intercultural dialogue\"", "\"migrant women\"", "\"local government\""}},
    {"prefix", {"integr*", "partic*", "educ*", "entrepren*", "sust*", "medi*"}},
};

int main(int argc, char **argv)
{
    size_t n = 100000, rounds = 40;
    const char *path = "/tmp/amity-bench-practices.db";
    for (int i = 1; i + 1 < argc; i += 2) {
        int64_t v = 0;
        if (strcmp(argv[i], "-d") == 0)
            path = argv[i + 1];
        else if (am_parse_i64(argv[i + 1], 1, 10000000, &v))
            *(strcmp(argv[i], "-n") == 0 ? &n : &rounds) = (size_t)v;
    }
    struct am_err err = {0};
    struct am_store *store = NULL;
    if (am_store_open(path, &store, &err)) {
        fprintf(stderr, "bench: %s\n", err.msg);
        return 1;
    }
    struct am_db *db = am_store_db(store, &err);
    int64_t have = 0;
    if (!db || am_db_i64(db, "SELECT count(*) FROM practice", NULL, &have, &err))
        return 1;
    if ((size_t)have != n) {
        am_store_close(store);
        for (const char *sfx = ""; sfx; sfx = *sfx ? (strcmp(sfx, "-wal") ? NULL : "-shm") : "-wal") {
            char f[512];
            snprintf(f, sizeof f, "%s%s", path, sfx);
            unlink(f);
        }
        if (am_store_open(path, &store, &err) || !(db = am_store_db(store, &err)) || build_corpus(db, n))
            return 1;
    }
    /* no reply cache: the same query is asked again and again, and each must
     * be searched, as the library column is */
    struct am_server_opts opts = {.quiet = 1, .reply_cache_mib = -1};
    struct am_server *srv = NULL;
    if (am_server_start(&opts, store, &srv, &err)) {
        fprintf(stderr, "bench: %s\n", err.msg);
        return 1;
    }
    int fd = http_open(am_server_port(srv));
    size_t cap = 4 << 20;
    char *reply = malloc(cap);
    json_int_t total = 0;
    /* warm up: the facet index is built on the first search */
    if (fd < 0 || !reply || library_query(db, "youth", 0, &total) || http_query(fd, "youth", 0, reply, cap))
        return 1;

    printf("good-practice search, %zu synthetic practices, %zu runs of each of 6 queries per kind\n", n,
           rounds);
    printf("%-24s %6s | %7s %7s | %7s %7s | %7s %7s | %7s %7s | %8s\n", "query", "hits", "match",
           "bm25", "library", "p99", "http", "p99", "lib/mat", "lib/bm25", "http-lib");
    size_t m = rounds * 6;
    double *tm = malloc(m * sizeof *tm), *tf = malloc(m * sizeof *tf), *tl = malloc(m * sizeof *tl),
           *th = malloc(m * sizeof *th);
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
        for (int facets = 0; facets < 2; facets++) {
            json_int_t hits = 0;
            for (size_t r = 0, i = 0; r < rounds; r++) {
                for (size_t v = 0; v < 6; v++, i++) {
                    const char *q = kinds[k].variants[v];
                    double tz = now_ms();
                    if (floor_query(db, floors[0], q))
                        return 1;
                    double t0 = now_ms();
                    if (floor_query(db, floors[1], q))
                        return 1;
                    double t1 = now_ms();
                    if (library_query(db, q, facets, &total))
                        return 1;
                    double t2 = now_ms();
                    if (http_query(fd, q, facets, reply, cap)) {
                        fprintf(stderr, "bench: http %s failed\n", q);
                        return 1;
                    }
                    double t3 = now_ms();
                    tm[i] = t0 - tz, tf[i] = t1 - t0, tl[i] = t2 - t1, th[i] = t3 - t2;
                    if (r == 0)
                        hits += total;
                }
            }
            char label[40];
            snprintf(label, sizeof label, "%s%s", kinds[k].name, facets ? " + 2 facets" : "");
            double m50 = pct(tm, m, .5), f50 = pct(tf, m, .5);
            double l50 = pct(tl, m, .5), l99 = pct(tl, m, .99);
            double h50 = pct(th, m, .5), h99 = pct(th, m, .99);
            printf("%-24s %6lld | %7.3f %7.3f | %7.3f %7.3f | %7.3f %7.3f | %6.1fx %6.2fx | %8.3f\n",
                   label, (long long)(hits / 6), m50, f50, l50, l99, h50, h99, l50 / m50, l50 / f50,
                   h50 - l50);
        }
    }
    printf("p50 in ms unless p99; hits: mean results per query; match, bm25: the same FTS5 "
           "expression bare (every match: its rowid; its bm25()); library: hits, facet counts, total, "
           "a page of 20 with snippets; http-lib: what the API adds at p50\n");
    free(tm), free(tf), free(tl), free(th), free(reply);
    close(fd);
    am_server_stop(srv);
    am_store_close(store);
    return 0;
}

#include "am_cache.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

enum { BUCKETS = 4096 };

struct entry {
    struct entry *next;           /* in its bucket */
    struct entry *older, *newer;  /* in the order they were kept */
    uint64_t hash;
    size_t len;
    char *key;
    char body[];
};

struct am_cache {
    pthread_mutex_t lock;
    uint64_t gen;                 /* the generation every entry belongs to */
    size_t bytes, max_bytes, count;
    uint64_t hits, misses;
    struct entry *oldest, *newest;
    struct entry *bucket[BUCKETS];
};

static uint64_t hash_of(const char *s)
{
    uint64_t h = 1469598103934665603u; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

static size_t cost(const struct entry *e)
{
    return sizeof *e + e->len + strlen(e->key) + 1;
}

struct am_cache *am_cache_new(size_t max_bytes)
{
    struct am_cache *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    pthread_mutex_init(&c->lock, NULL);
    c->max_bytes = max_bytes;
    return c;
}

static void unlink_entry(struct am_cache *c, struct entry *e)
{
    struct entry **p = &c->bucket[e->hash % BUCKETS];
    while (*p != e)
        p = &(*p)->next;
    *p = e->next;
    if (e->older)
        e->older->newer = e->newer;
    else
        c->oldest = e->newer;
    if (e->newer)
        e->newer->older = e->older;
    else
        c->newest = e->older;
    c->bytes -= cost(e);
    c->count--;
    free(e->key);
    free(e);
}

static void empty(struct am_cache *c)
{
    while (c->oldest)
        unlink_entry(c, c->oldest);
}

void am_cache_free(struct am_cache *c)
{
    if (!c)
        return;
    empty(c);
    pthread_mutex_destroy(&c->lock);
    free(c);
}

static struct entry *find(struct am_cache *c, const char *key, uint64_t h)
{
    for (struct entry *e = c->bucket[h % BUCKETS]; e; e = e->next)
        if (e->hash == h && strcmp(e->key, key) == 0)
            return e;
    return NULL;
}

char *am_cache_get(struct am_cache *c, const char *key, uint64_t gen, size_t *len)
{
    uint64_t h = hash_of(key);
    char *copy = NULL;
    pthread_mutex_lock(&c->lock);
    struct entry *e = c->gen == gen ? find(c, key, h) : NULL;
    if (e && (copy = malloc(e->len ? e->len : 1))) {
        memcpy(copy, e->body, e->len);
        *len = e->len;
    }
    if (copy)
        c->hits++;
    else
        c->misses++;
    pthread_mutex_unlock(&c->lock);
    return copy;
}

void am_cache_put(struct am_cache *c, const char *key, uint64_t gen, const char *body, size_t len)
{
    if (len > c->max_bytes / 8)
        return;
    uint64_t h = hash_of(key);
    struct entry *e = malloc(sizeof *e + len);
    char *k = strdup(key);
    if (!e || !k) {
        free(e);
        free(k);
        return;
    }
    memcpy(e->body, body, len);
    e->len = len;
    e->key = k;
    e->hash = h;
    pthread_mutex_lock(&c->lock);
    if (gen < c->gen) { /* built from older data than what is held: useless */
        pthread_mutex_unlock(&c->lock);
        free(k);
        free(e);
        return;
    }
    if (gen > c->gen) {
        empty(c);
        c->gen = gen;
    }
    struct entry *old = find(c, key, h);
    if (old)
        unlink_entry(c, old);
    e->next = c->bucket[h % BUCKETS];
    c->bucket[h % BUCKETS] = e;
    e->older = c->newest;
    e->newer = NULL;
    if (c->newest)
        c->newest->newer = e;
    else
        c->oldest = e;
    c->newest = e;
    c->bytes += cost(e);
    c->count++;
    while (c->bytes > c->max_bytes && c->oldest)
        unlink_entry(c, c->oldest);
    pthread_mutex_unlock(&c->lock);
}

void am_cache_stats(struct am_cache *c, struct am_cache_stats *out)
{
    pthread_mutex_lock(&c->lock);
    *out = (struct am_cache_stats){c->count, c->bytes, c->max_bytes, c->hits, c->misses};
    pthread_mutex_unlock(&c->lock);
}

static const struct am_field stats_fields[] = {
    {.name = "entries", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "replies held"},
    {.name = "bytes", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "memory they take, in bytes"},
    {.name = "max_bytes", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "the bound on bytes"},
    {.name = "hits", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "replies served from the cache"},
    {.name = "misses", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "replies built afresh"},
    {0},
};
const struct am_schema am_cache_stats_schema = {
    .name = "ReplyCache", .doc = "The server's cache of public replies.", .fields = stats_fields};

json_t *am_cache_stats_json(struct am_cache *c)
{
    struct am_cache_stats s;
    am_cache_stats(c, &s);
    return json_pack("{s:I,s:I,s:I,s:I,s:I}", "entries", (json_int_t)s.entries, "bytes",
                     (json_int_t)s.bytes, "max_bytes", (json_int_t)s.max_bytes, "hits",
                     (json_int_t)s.hits, "misses", (json_int_t)s.misses);
}

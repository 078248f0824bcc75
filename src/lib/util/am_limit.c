#include "am_limit.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

enum { SLOTS = 1024, KEY_MAX = 64 };

struct slot {
    char key[KEY_MAX]; /* "" for free */
    int64_t window;    /* the window its count is of */
    unsigned count;
};

struct am_limit {
    pthread_mutex_t lock;
    unsigned all, window;
    int64_t current; /* the window `total` counts */
    unsigned total;
    struct slot slots[SLOTS];
};

struct am_limit *am_limit_new(unsigned all, unsigned window)
{
    struct am_limit *l = calloc(1, sizeof *l);
    if (!l)
        return NULL;
    pthread_mutex_init(&l->lock, NULL);
    l->all = all;
    l->window = window ? window : 1;
    l->current = -1;
    return l;
}

void am_limit_free(struct am_limit *l)
{
    if (!l)
        return;
    pthread_mutex_destroy(&l->lock);
    free(l);
}

/* FNV-1a: the slot a key starts looking from */
static size_t hash(const char *key)
{
    uint64_t h = 1469598103934665603u;
    for (const unsigned char *p = (const unsigned char *)key; *p; p++)
        h = (h ^ *p) * 1099511628211u;
    return (size_t)(h % SLOTS);
}

/* The key's slot in this window: its own, or one free or of an older
 * window, taken over; NULL when every slot is in use in this window. */
static struct slot *slot_of(struct am_limit *l, const char *key, int64_t w)
{
    size_t start = hash(key);
    struct slot *spare = NULL;
    for (size_t i = 0; i < SLOTS; i++) {
        struct slot *s = &l->slots[(start + i) % SLOTS];
        if (s->key[0] && s->window == w && strcmp(s->key, key) == 0)
            return s;
        if (!spare && (!s->key[0] || s->window != w))
            spare = s;
    }
    if (spare) {
        size_t n = strlen(key);
        if (n >= KEY_MAX)
            n = KEY_MAX - 1;
        memcpy(spare->key, key, n);
        spare->key[n] = '\0';
        spare->window = w;
        spare->count = 0;
    }
    return spare;
}

bool am_limit_take(struct am_limit *l, const char *key, unsigned per_key, int64_t now, unsigned *retry)
{
    int64_t w = now / l->window;
    unsigned wait = (unsigned)(l->window - (uint64_t)(now % l->window));
    bool ok = false;
    pthread_mutex_lock(&l->lock);
    if (w != l->current) {
        l->current = w;
        l->total = 0;
    }
    struct slot *s = l->total < l->all ? slot_of(l, key && *key ? key : "?", w) : NULL;
    if (s && s->count < per_key) {
        s->count++;
        l->total++;
        ok = true;
    }
    pthread_mutex_unlock(&l->lock);
    if (retry)
        *retry = ok ? 0 : wait;
    return ok;
}

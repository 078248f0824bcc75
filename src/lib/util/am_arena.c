#include "am_arena.h"

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

enum { BLOCK_MIN = 4096 };

struct am_arena_block {
    struct am_arena_block *next;
    size_t size;
    size_t used;
    alignas(max_align_t) unsigned char mem[];
};

void am_arena_init(struct am_arena *a, size_t max)
{
    a->head = NULL;
    a->used_total = 0;
    a->max = max;
}

void am_arena_free(struct am_arena *a)
{
    struct am_arena_block *b = a->head;
    while (b) {
        struct am_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
    a->used_total = 0;
}

void am_arena_reset(struct am_arena *a)
{
    if (!a->head)
        return;
    /* keep the oldest block (the list's tail): every request needs one */
    struct am_arena_block *b = a->head;
    while (b->next) {
        struct am_arena_block *next = b->next;
        free(b);
        b = next;
    }
    b->used = 0;
    a->head = b;
    a->used_total = 0;
}

void *am_arena_alloc(struct am_arena *a, size_t n)
{
    const size_t align = alignof(max_align_t);
    size_t need = (n + align - 1) & ~(align - 1);
    if (need < n || need > a->max - a->used_total)
        return NULL;
    struct am_arena_block *b = a->head;
    if (!b || b->size - b->used < need) {
        size_t size = need > BLOCK_MIN ? need : BLOCK_MIN;
        b = malloc(sizeof *b + size);
        if (!b)
            return NULL;
        b->next = a->head;
        b->size = size;
        b->used = 0;
        a->head = b;
    }
    void *p = b->mem + b->used;
    b->used += need;
    a->used_total += need;
    return p;
}

char *am_arena_strndup(struct am_arena *a, const char *s, size_t n)
{
    char *p = am_arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *am_arena_strdup(struct am_arena *a, const char *s)
{
    return am_arena_strndup(a, s, strlen(s));
}

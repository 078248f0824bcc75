/* am_arena: a per-request bump allocator (as in lwan). Everything allocated
 * from an arena lives until am_arena_reset()/am_arena_free(); nobody frees
 * single allocations. Blocks are chained; a request that needs more than
 * the arena's cap gets NULL rather than unbounded memory. */
#ifndef AM_ARENA_H
#define AM_ARENA_H

#include <stddef.h>

struct am_arena_block;

struct am_arena {
    struct am_arena_block *head;
    size_t used_total; /* bytes handed out since the last reset */
    size_t max;        /* cap on used_total */
};

void am_arena_init(struct am_arena *a, size_t max);
void am_arena_free(struct am_arena *a);
/* Release all allocations but keep the first block for reuse. */
void am_arena_reset(struct am_arena *a);

void *am_arena_alloc(struct am_arena *a, size_t n);
/* Copy of s[0..n) plus NUL, or of all of s. */
char *am_arena_strndup(struct am_arena *a, const char *s, size_t n);
char *am_arena_strdup(struct am_arena *a, const char *s);

#endif

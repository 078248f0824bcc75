/* am_cache: replies kept while nothing they were built from has changed.
 *
 * The server keeps the bytes of public JSON replies (anonymous GETs) by
 * route and validated query, for one data generation of the store (see
 * am_db_generation: any commit, by this process or another, starts a new
 * one). A reply of an older generation is never served; the first reply
 * of a new generation empties the cache. The cache is bounded in bytes:
 * past the bound the oldest entries go. Thread-safe. */
#ifndef AM_CACHE_H
#define AM_CACHE_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "am_schema.h"

struct am_cache;

struct am_cache_stats {
    size_t entries, bytes, max_bytes;
    uint64_t hits, misses;
};

struct am_cache *am_cache_new(size_t max_bytes); /* NULL when out of memory */
void am_cache_free(struct am_cache *c);

/* A copy of the reply held for key in generation gen (malloc'd: the caller
 * frees it), or NULL. */
char *am_cache_get(struct am_cache *c, const char *key, uint64_t gen, size_t *len);
/* Keep a copy of body for key in generation gen (a reply larger than an
 * eighth of the bound is not kept). */
void am_cache_put(struct am_cache *c, const char *key, uint64_t gen, const char *body, size_t len);
void am_cache_stats(struct am_cache *c, struct am_cache_stats *out);
/* The same as a reply (new reference), described by am_cache_stats_schema. */
json_t *am_cache_stats_json(struct am_cache *c);
extern const struct am_schema am_cache_stats_schema;

#endif

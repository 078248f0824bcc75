/* am_diaspora: diaspora groups. People living in a city who come from
 * another country (and, where known, another city), with the size and year
 * a source gives. Partner suggestions read them both ways: a city is pointed
 * to the places its residents come from, and to the cities where people from
 * its country or from itself now live. */
#ifndef AM_DIASPORA_H
#define AM_DIASPORA_H

#include "am_resource.h"

extern const struct am_resource am_diaspora_resource;
extern const struct am_schema am_diaspora_schema; /* the record, as replied */

/* The groups living in a city (the city page). */
enum am_rc am_diaspora_of_city(struct am_db *db, int64_t city, json_t **out, struct am_err *err);

/* A group read from a file: added unless the same group and year is there
 * (then *added is false). */
struct am_imported_diaspora {
    int64_t city_id, origin_city_id; /* origin_city_id 0: not known */
    const char *origin_country;
    int64_t size;                    /* -1: not known */
    int year;                        /* 0: not known */
    const char *source, *source_url, *note; /* may be NULL */
    const char *file;
    int64_t row;
};
enum am_rc am_diaspora_add_imported(struct am_db *db, const struct am_imported_diaspora *d, bool *added,
                                    struct am_err *err);

#endif

/* am_partnership: an agreement between two parties (cities, organisations,
 * or a partner known only by its country), with its health: the date of
 * its last activity and whether it has gone dormant. */
#ifndef AM_PARTNERSHIP_H
#define AM_PARTNERSHIP_H

#include "am_resource.h"

extern const struct am_resource am_partnership_resource;
extern const struct am_schema am_partnership_schema; /* the record, as replied */
/* The steps of its life: what each records. */
extern const struct am_schema am_partnership_sign_schema, am_partnership_suspend_schema,
    am_partnership_renew_schema, am_partnership_end_schema;
extern const char *const am_partnership_kinds[];
extern const char *const am_partnership_statuses[];

/* All partnerships of a city, with health. */
enum am_rc am_partnership_of_city(struct am_db *db, int64_t city_id, json_t **out,
                                  struct am_err *err);

/* A pair of cities read from a file (twin towns): added unless the pair
 * already has a partnership of that kind (either way round). */
struct am_imported_pair {
    int64_t city_a, city_b;
    const char *kind;        /* NULL: not known */
    const char *status;
    const char *signed_date; /* may be NULL */
    const char *note;        /* may be NULL */
    const char *source_url;  /* may be NULL */
    const char *source;
    int64_t source_row;
};
enum am_rc am_partnership_add_imported(struct am_db *db, const struct am_imported_pair *p,
                                       bool *added, struct am_err *err);

/* The date before which a partnership's last sign of life makes it dormant:
 * `now` minus `years` years, as YYYY-MM-DD (out has room for 11 bytes). */
void am_partnership_cutoff(int64_t now, int years, char out[11]);

#endif

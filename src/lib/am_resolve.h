/* am_resolve: the one resolver every importer uses. Given a place as a
 * source writes it (a name, a country as a code or as people write it,
 * perhaps coordinates), it answers the gazetteer city with a confidence and
 * the reason, or says clearly that it is ambiguous (with the candidates) or
 * not found (with the nearest or likeliest). It never guesses across
 * countries: every lookup stays within the resolved country. */
#ifndef AM_RESOLVE_H
#define AM_RESOLVE_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "store/am_db.h"

struct am_place {
    const char *name;
    const char *country; /* "IT", "Italy", "England", "Wales, United Kingdom" ... */
    bool has_point;
    double lat, lng;
};

enum am_found { AM_FOUND, AM_FOUND_AMBIGUOUS, AM_FOUND_NONE, AM_FOUND_NO_COUNTRY };

enum { AM_RESOLVE_CANDIDATES = 5 };

struct am_candidate {
    int64_t id;
    char name[128];
    int64_t population;
    double km; /* from the given point, or -1 */
};

struct am_resolution {
    enum am_found status;
    char country[3];      /* "" when the country is unknown */
    int64_t city_id;      /* when found */
    double confidence;    /* 0..1 */
    char reason[300];
    struct am_candidate cand[AM_RESOLVE_CANDIDATES];
    size_t ncand;
};

/* The ISO code of a country as written; AM_ENOTFOUND when unknown. With a
 * note, a misspelling is also read ("Kazakhstah"), and the note says how;
 * without one (note NULL) only names the country goes by count. */
enum am_rc am_country_resolve(struct am_db *db, const char *text, char code[3], char *note,
                              size_t notecap, struct am_err *err);

enum am_rc am_resolve(struct am_db *db, const struct am_place *p, struct am_resolution *r,
                      struct am_err *err);

/* {status, country, city: {id, name, country, lat, lng, population},
 *  confidence, reason, candidates: [...]} as a new reference. */
json_t *am_resolution_json(struct am_db *db, const struct am_resolution *r);
const char *am_found_name(enum am_found f);

/* Does a point lie in a country? Judged by the gazetteer's places around
 * it (not places added from files): at least one of the nearest (within
 * 30 km, else 150 km) in the country, or none at all. why tells where it
 * lies otherwise. */
enum am_rc am_point_in_country(struct am_db *db, double lat, double lng, const char *cc,
                               bool *inside, char *why, size_t cap, struct am_err *err);

/* Great-circle distance in km. */
double am_km(double lat1, double lng1, double lat2, double lng2);

#endif

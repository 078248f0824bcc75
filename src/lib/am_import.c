#include "am_import.h"

#include <errno.h>
#include <math.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "am_city.h"
#include "am_diaspora.h"
#include "am_index.h"
#include "am_membership.h"
#include "am_network.h"
#include "am_organisation.h"
#include "am_partnership.h"
#include "am_resolve.h"
#include "util/am_buf.h"
#include "util/am_csv.h"
#include "util/am_fold.h"
#include "util/am_str.h"

#define FAR_OFF_KM 50.0     /* a named place this far from the file's point: a conflict */
#define LOOSE 0.9           /* below this confidence a resolution is reported */

/* ---- the fields each kind of file has ------------------------------------ */

struct field_spec {
    const char *field;
    const char *headers; /* defaults, |-separated, matched without regard to case */
    bool required;
};

enum { T_CITY1, T_COUNTRY1, T_LAT1, T_LNG1, T_CITY2, T_COUNTRY2, T_LAT2, T_LNG2, T_KIND, T_STATUS,
       T_SIGNED, T_NOTE, T_URL };
static const struct field_spec twin_fields[] = {
    {"city1", "city1|city_a|city 1", true},       {"country1", "country1|country_a|country 1", true},
    {"lat1", "lat1|latitude1", false},            {"lng1", "lng1|lon1|longitude1", false},
    {"city2", "city2|city_b|city 2", true},       {"country2", "country2|country_b|country 2", true},
    {"lat2", "lat2|latitude2", false},            {"lng2", "lng2|lon2|longitude2", false},
    {"kind", "kind|type", false},                 {"status", "status", false},
    {"signed_date", "signed_date|signed|since", false}, {"note", "note|notes", false},
    {"source_url", "source_url|source|url", false}, {NULL, NULL, false},
};

enum { N_NAME, N_ACRONYM, N_CODE, N_COUNTRY, N_ADDRESS, N_WEBSITE, N_FOUNDED, N_AIMS, N_ACTIVITIES };
static const struct field_spec network_fields[] = {
    {"name", "name", true},
    {"acronym", "acronym", false},
    {"code", "code", false},
    {"country", "country (secretariat)|country", false},
    {"address", "adresse|address", false},
    {"website", "url|website", false},
    {"founded_year", "date|founded_year|founded", false},
    {"aims", "aims|description", false},
    {"activities", "activities", false},
    {NULL, NULL, false},
};

enum { M_MEMBER, M_LOCALITY, M_COUNTRY, M_LAT, M_LNG, M_ENTITY, M_STATUS, M_JOINED, M_NETWORK,
       M_NETCODE, M_NOTE };
static const struct field_spec member_fields[] = {
    {"member", "full_name|member|name", true},
    {"locality", "locality_siege|locality|city", false},
    {"country", "countrycode|country", true},
    {"lat", "lat|y|latitude", false},
    {"lng", "lon|lng|x|longitude", false},
    {"entity", "entitysimplified|entity|type", false},
    {"status", "statut|status|role", false},
    {"joined_year", "year_of_joining|joined_year|joined", false},
    {"network", "network_name|network", true},
    {"network_code", "code_network|network_code", false},
    {"note", "note|notes", false},
    {NULL, NULL, false},
};

enum { D_CITY, D_COUNTRY, D_LAT, D_LNG, D_ORIGIN_COUNTRY, D_ORIGIN_CITY, D_SIZE, D_YEAR, D_SOURCE, D_URL, D_NOTE };
static const struct field_spec diaspora_fields[] = {
    {"city", "city|municipality", true},
    {"country", "country", true},
    {"lat", "lat|latitude", false},
    {"lng", "lng|lon|longitude", false},
    {"origin_country", "origin_country|origin|country_of_origin|citizenship", true},
    {"origin_city", "origin_city|city_of_origin", false},
    {"size", "size|people|residents|count", false},
    {"year", "year", false},
    {"source", "source", false},
    {"source_url", "source_url|url", false},
    {"note", "note|notes", false},
    {NULL, NULL, false},
};

enum { P_CITY, P_COUNTRY, P_YEAR, P_AGGREGATE, P_RANK, P_SAMPLE, P_POPULATION, P_FOREIGN, P_INDICATORS,
       P_SOURCE, P_NOTE };
static const struct field_spec published_fields[] = {
    {"city", "city", true},
    {"country", "country", true},
    {"year", "year|round", true},
    {"aggregate", "aggregate_percent|aggregate", false},
    {"rank", "rank", false},
    {"sample_size", "sample_size|sample", false},
    {"population", "population", false},
    {"foreign_born_pct", "foreign_born_percent|foreign_born_pct", false},
    {"indicators", "indicator_scores_json|indicators", false},
    {"source", "source_url|source|url", true},
    {"note", "note|notes", false},
    {NULL, NULL, false},
};

static const struct field_spec *specs(enum am_import_kind k)
{
    switch (k) {
    case AM_IMPORT_PARTNERSHIPS: return twin_fields;
    case AM_IMPORT_NETWORKS: return network_fields;
    case AM_IMPORT_MEMBERSHIPS: return member_fields;
    case AM_IMPORT_DIASPORA: return diaspora_fields;
    case AM_IMPORT_INDEX_PUBLISHED: return published_fields;
    }
    return twin_fields;
}

const char *const *am_import_fields(enum am_import_kind kind)
{
    static const char *lists[AM_IMPORT_INDEX_PUBLISHED + 1][64];
    const struct field_spec *f = specs(kind);
    const char **out = lists[kind];
    size_t n = 0;
    for (; f->field && n < 62; f++) {
        out[n++] = f->field;
        out[n++] = f->headers;
    }
    out[n] = NULL;
    return out;
}

/* ---- one import ---------------------------------------------------------- */

enum { MAX_FIELDS = 16, SETTLE_PASSES_MAX = 8 };

/* How one place was settled, cached by how the file writes it. */
struct settled {
    int64_t city;        /* 0: not */
    const char *outcome; /* resolved, resolved_loosely, added, not_found, ambiguous, ... */
    double confidence;
    char reason[320];
    char candidates[320];
};

struct imp {
    struct am_db *db;
    const struct am_import_opts *o;
    struct am_import_stats *st;
    struct am_csv *csv;
    int col[MAX_FIELDS];      /* column of each field, -1 when the file has none */
    const char *source;       /* the file's base name, recorded on every record */
    char delim;
    json_t *headers;          /* the header line, as the file writes it */
    json_t *places;           /* cache: how a place was settled */
    json_t *added;            /* the places this import added, by how the file writes them */
    json_t *networks;         /* cache: network by code or name */
    json_t *countries;        /* cache: country as written -> [code, note] */
    json_t *edition;          /* the newest questionnaire (published Index results) */
    FILE *report;
    struct am_buf fold, out;
    int64_t line;
    bool settling;            /* a pass that only settles places (see settle_places) */
    int pass;                 /* settling passes done */
};

static const char *get(struct imp *im, int field)
{
    if (im->col[field] < 0)
        return "";
    const char *v = am_csv_field(im->csv, (size_t)im->col[field]);
    /* R and many exports write NA for a missing value */
    if (strcmp(v, "NA") == 0 || strcmp(v, "N/A") == 0 || strcmp(v, "NULL") == 0)
        return "";
    return v;
}

/* A number as written, with a decimal point or a decimal comma. */
static bool number(const char *s, double *out)
{
    char buf[64];
    if (!*s || strlen(s) >= sizeof buf)
        return false;
    am_str_copy(buf, sizeof buf, s);
    if (!strchr(buf, '.'))
        for (char *p = buf; *p; p++)
            if (*p == ',')
                *p = '.';
    return am_parse_double(buf, out);
}

/* Cells go through the export's writer: names and values come from the
 * file, and a spreadsheet must not run one that starts like a formula. */
static void report(struct imp *im, const char *side, const char *name, const char *country,
                   const char *outcome, const char *reason, const char *candidates)
{
    im->st->reported++;
    if (!im->report)
        return;
    am_buf_reset(&im->out);
    am_buf_addi(&im->out, im->line);
    const char *fields[] = {side, name, country, outcome, reason, candidates};
    for (size_t i = 0; i < 6; i++) {
        am_buf_addc(&im->out, ',');
        am_csv_put(&im->out, fields[i] ? fields[i] : "");
    }
    am_buf_addc(&im->out, '\n');
    fwrite(im->out.data, 1, im->out.len, im->report);
}

/* A column as the file's header names it. */
static const char *header(const struct imp *im, size_t column)
{
    const char *h = json_string_value(json_array_get(im->headers, column));
    return h ? h : "?";
}

/* A field's column as the file names it, or the field when the file has
 * no such column. */
static const char *column_name(const struct imp *im, int field)
{
    return im->col[field] < 0 ? specs(im->o->kind)[field].field : header(im, (size_t)im->col[field]);
}

static enum am_rc find_columns(struct imp *im, struct am_err *err)
{
    bool row;
    enum am_rc rc = am_csv_next(im->csv, &row, err);
    if (rc)
        return rc;
    if (!row)
        return am_err_set(err, AM_EINVAL, "file", "%s is empty", im->o->path);
    size_t nul;
    if (am_csv_nul(im->csv, &nul))
        return am_err_set(err, AM_EINVAL, "file", "%s: line 1: column %zu of the header holds a NUL "
                          "(zero) byte: is this a text file?", im->o->path, nul + 1);
    json_array_clear(im->headers);
    for (size_t c = 0; c < am_csv_count(im->csv); c++)
        json_array_append_new(im->headers, json_string(am_csv_field(im->csv, c)));
    const struct field_spec *f = specs(im->o->kind);
    for (int i = 0; f[i].field; i++) {
        im->col[i] = -1;
        const char *mapped = json_string_value(json_object_get(im->o->map, f[i].field));
        /* the defaults in their order of preference: "lat" before "Y" */
        for (const char *d = mapped ? mapped : f[i].headers; *d && im->col[i] < 0;) {
            size_t n = mapped ? strlen(d) : strcspn(d, "|");
            for (size_t c = 0; c < am_csv_count(im->csv) && im->col[i] < 0; c++) {
                const char *h = am_csv_field(im->csv, c);
                if (strlen(h) == n && (mapped ? strncmp(h, d, n) : strncasecmp(h, d, n)) == 0)
                    im->col[i] = (int)c;
            }
            d += n + (d[n] == '|');
        }
        if (mapped && im->col[i] < 0)
            return am_err_set(err, AM_EBADREQ, "map", "--map %s=%s: the file has no column '%s'",
                              f[i].field, mapped, mapped);
        if (f[i].required && im->col[i] < 0)
            return am_err_set(err, AM_EINVAL, "file",
                              "%s: line 1: no column for '%s' (looked for %s; use --map %s=HEADER)",
                              im->o->path, f[i].field, f[i].headers, f[i].field);
    }
    /* every key of --map must be a field of this import */
    const char *key;
    json_t *v;
    json_object_foreach(im->o->map, key, v) {
        bool known = false;
        for (int i = 0; f[i].field; i++)
            known = known || strcmp(f[i].field, key) == 0;
        if (!known)
            return am_err_set(err, AM_EBADREQ, "map", "--map %s: not a field of this import", key);
    }
    return AM_OK;
}

/* ---- places -------------------------------------------------------------- */

static void candidates_text(const struct am_resolution *r, char *out, size_t cap)
{
    size_t n = 0;
    out[0] = '\0';
    for (size_t i = 0; i < r->ncand && n < cap; i++) {
        int w = r->cand[i].km >= 0
                    ? snprintf(out + n, cap - n, "%s%s (%lld, %.1f km)", i ? "; " : "", r->cand[i].name,
                               (long long)r->cand[i].id, r->cand[i].km)
                    : snprintf(out + n, cap - n, "%s%s (%lld)", i ? "; " : "", r->cand[i].name,
                               (long long)r->cand[i].id);
        if (w < 0)
            break;
        n += (size_t)w;
    }
}

static enum am_rc add_place(struct imp *im, const struct am_place *p, const char *cc, int64_t *id,
                            char *why, size_t cap, struct am_err *err)
{
    json_t *in = json_pack("{s:s,s:s,s:f,s:f}", "name", p->name, "country", cc, "lat", p->lat, "lng",
                           p->lng), *out = NULL;
    struct am_err e = {0};
    enum am_rc rc = am_schema_check(am_city_resource.schema, in, AM_CHECK_CREATE, &e);
    if (!rc)
        rc = am_city_resource.create(im->db, &am_actor_cli, in, &out, &e);
    json_decref(in);
    if (rc == AM_EINVAL) { /* a name the registry cannot take */
        snprintf(why, cap, "cannot be added: %.*s", am_utf8_prefix(e.msg, 150), e.msg);
        json_decref(out);
        return AM_OK;
    }
    if (rc) {
        *err = e;
        return rc;
    }
    *id = am_get_id(out, "id");
    json_decref(out);
    return am_record_set_source(im->db, "city", *id, im->source, im->line, err);
}

/* Settle a place: the gazetteer's city, or a new one from the file, or
 * nothing (reported by the caller). prefer_name: the file's coordinates are
 * less trustworthy than its names (they are used only to choose). */
static enum am_rc settle(struct imp *im, const struct am_place *p, bool prefer_name,
                         struct settled *s, struct am_err *err)
{
    struct am_resolution r;
    struct am_place named = *p;
    memset(s, 0, sizeof *s);
    if (prefer_name)
        named.has_point = false;
    enum am_rc rc = am_resolve(im->db, &named, &r, err);
    if (!rc && prefer_name && p->has_point && r.status != AM_FOUND)
        rc = am_resolve(im->db, p, &r, err);
    if (rc)
        return rc;
    s->confidence = r.confidence;
    am_str_copy(s->reason, sizeof s->reason, r.reason);
    candidates_text(&r, s->candidates, sizeof s->candidates);
    switch (r.status) {
    case AM_FOUND:
        s->city = r.city_id;
        s->outcome = r.confidence < LOOSE ? "resolved_loosely" : "resolved";
        if (p->has_point) {
            json_t *c = NULL;
            if (!am_db_one(im->db, "SELECT lat, lng FROM city WHERE id = ? AND lat IS NOT NULL",
                           json_pack("[I]", (json_int_t)r.city_id), &c, NULL)) {
                double km = am_km(p->lat, p->lng, json_number_value(json_object_get(c, "lat")),
                                  json_number_value(json_object_get(c, "lng")));
                if (km > FAR_OFF_KM) {
                    s->outcome = "conflict";
                    size_t n = strlen(s->reason);
                    snprintf(s->reason + n, sizeof s->reason - n,
                             "; the file's coordinates are %.0f km from it (the name was preferred)", km);
                }
                json_decref(c);
            }
        }
        return AM_OK;
    case AM_FOUND_AMBIGUOUS:
        s->outcome = "ambiguous";
        return AM_OK;
    case AM_FOUND_NO_COUNTRY:
        s->outcome = "unknown_country";
        return AM_OK;
    case AM_FOUND_NONE:
        break;
    }
    s->outcome = "not_found";
    if (!p->has_point)
        return AM_OK;
    char why[200] = "";
    bool inside;
    if ((rc = am_point_in_country(im->db, p->lat, p->lng, r.country, &inside, why, sizeof why, err)))
        return rc;
    if (!inside) {
        snprintf(s->reason, sizeof s->reason, "not in the gazetteer, and %s", why);
        return AM_OK;
    }
    rc = add_place(im, p, r.country, &s->city, why, sizeof why, err);
    if (rc)
        return rc;
    if (!s->city) {
        snprintf(s->reason, sizeof s->reason, "not in the gazetteer; %s", why);
        return AM_OK;
    }
    s->outcome = "added";
    snprintf(s->reason, sizeof s->reason,
             "not in the gazetteer (cities of 1,000+ inhabitants): added as a new place from this "
             "file's name, country and coordinates");
    return AM_OK;
}

/* The country as written, resolved once per import (a misspelt one costs a
 * scan of every alias). false: not known. */
static bool country_of(struct imp *im, const char *text, char code[3], const char **note)
{
    json_t *hit = json_object_get(im->countries, text);
    if (!hit) {
        char c[3] = "", n[200] = "";
        if (am_country_resolve(im->db, text, c, n, sizeof n, NULL) != AM_OK)
            c[0] = '\0';
        hit = json_pack("[ss]", c, n);
        json_object_set_new(im->countries, text, hit);
    }
    am_str_copy(code, 3, json_string_value(json_array_get(hit, 0)));
    *note = json_string_value(json_array_get(hit, 1));
    return code[0] != '\0';
}

static json_t *settled_json(const struct settled *s, const char *outcome)
{
    return json_pack("[Isfss]", (json_int_t)s->city, outcome, s->confidence, s->reason, s->candidates);
}

static void settled_read(const json_t *hit, struct settled *s)
{
    static const char *const outcomes[] = {"resolved", "resolved_loosely", "conflict", "added",
                                           "ambiguous", "unknown_country", "not_found"};
    const char *outcome = json_string_value(json_array_get(hit, 1));
    memset(s, 0, sizeof *s);
    s->city = json_integer_value(json_array_get(hit, 0));
    s->outcome = "not_found";
    for (size_t i = 0; i < sizeof outcomes / sizeof *outcomes; i++)
        if (strcmp(outcome, outcomes[i]) == 0)
            s->outcome = outcomes[i]; /* static storage: the cache entry may be replaced */
    s->confidence = json_real_value(json_array_get(hit, 2));
    am_str_copy(s->reason, sizeof s->reason, json_string_value(json_array_get(hit, 3)));
    am_str_copy(s->candidates, sizeof s->candidates, json_string_value(json_array_get(hit, 4)));
}

static enum am_rc settle_country(struct imp *im, const struct am_place *p, bool prefer_name,
                                 struct settled *s, struct am_err *err)
{
    char cc[3];
    const char *note;
    struct am_place q = *p;
    if (!country_of(im, p->country, cc, &note)) {
        memset(s, 0, sizeof *s);
        s->outcome = "unknown_country";
        snprintf(s->reason, sizeof s->reason, "country '%s' is not known", p->country);
        return AM_OK;
    }
    q.country = cc;
    enum am_rc rc = settle(im, &q, prefer_name, s, err);
    if (!rc && *note) {
        size_t n = strlen(s->reason);
        snprintf(s->reason + n, sizeof s->reason - n, " (%s)", note);
        if (strcmp(s->outcome, "resolved") == 0)
            s->outcome = "resolved_loosely";
    }
    return rc;
}

/* settle() once per distinct way the file writes a place and per pass; a
 * place this import added stays the place it added (it is not looked up
 * again, nor added twice). */
static enum am_rc place(struct imp *im, const struct am_place *p, bool prefer_name, const char *side,
                        struct settled *s, struct am_err *err)
{
    char key[600];
    snprintf(key, sizeof key, "%s|%s|%.3f|%.3f|%d", p->name, p->country, p->has_point ? p->lat : 999.0,
             p->has_point ? p->lng : 999.0, prefer_name);
    json_t *hit = json_object_get(im->places, key);
    im->st->places++;
    if (!hit)
        hit = json_object_get(im->added, key);
    if (hit) {
        settled_read(hit, s);
    } else {
        enum am_rc rc = settle_country(im, p, prefer_name, s, err);
        if (rc)
            return rc;
        json_object_set_new(im->places, key, settled_json(s, s->outcome));
        if (strcmp(s->outcome, "added") == 0)
            json_object_set(im->added, key, json_object_get(im->places, key));
    }
    /* reported as added once; later rows meet an ordinary city */
    if (!im->settling && strcmp(s->outcome, "added") == 0)
        json_object_set_new(im->places, key, settled_json(s, "resolved"));
    if (strcmp(s->outcome, "added") == 0)
        im->st->new_places++;
    else if (s->city)
        im->st->resolved++;
    else
        im->st->unresolved++;
    if (strcmp(s->outcome, "conflict") == 0)
        im->st->conflicts++;
    if (strcmp(s->outcome, "resolved") != 0)
        report(im, side, p->name, p->country, s->outcome, s->reason, s->candidates);
    return AM_OK;
}

/* "Varna, Bulgaria" with the country column empty: the country is the
 * last part of the name. buf keeps the name part. */
static void country_in_name(struct imp *im, struct am_place *p, char *buf, size_t cap)
{
    char cc[3];
    const char *comma = strrchr(p->name, ',');
    if (*p->country || !comma)
        return;
    const char *c = comma + 1;
    while (*c == ' ')
        c++;
    if (am_country_resolve(im->db, c, cc, NULL, 0, NULL) != AM_OK)
        return;
    snprintf(buf, cap, "%.*s", (int)(comma - p->name), p->name);
    p->name = buf;
    p->country = c;
}

/* One coordinate as written: true when it is one; else a line in the
 * report naming the column and the value. */
static bool degrees(struct imp *im, int field, double limit, const struct am_place *p, const char *side,
                    double *out)
{
    const char *text = get(im, field), *why = "is not a number";
    char *end;
    bool numeric = number(text, out);
    if (numeric && fabs(*out) <= limit)
        return true;
    (void)strtod(text, &end);
    if (numeric)
        why = limit == 90 ? "is out of range (a latitude lies between -90 and 90)"
                          : "is out of range (a longitude lies between -180 and 180)";
    else if (end != text && !*end)
        why = "is not a finite number"; /* NaN, inf, 1e999: strtod reads them, a map cannot */
    char reason[400];
    snprintf(reason, sizeof reason,
             "column '%s': '%.*s' %s; the point is ignored and the place is looked up by its name",
             column_name(im, field), am_utf8_prefix(text, 40), text, why);
    report(im, side, p->name, p->country, "value_ignored", reason, text);
    return false;
}

/* The place's point, when the file gives one that can be: a value that
 * cannot be a coordinate is reported and the point ignored (the row is
 * still imported when the name settles the place). */
static void read_point(struct imp *im, int lat_field, int lng_field, struct am_place *p, const char *side)
{
    const char *lat = get(im, lat_field), *lng = get(im, lng_field);
    char reason[400];
    p->has_point = false;
    if (!*lat && !*lng)
        return;
    if (!*lat || !*lng) {
        snprintf(reason, sizeof reason,
                 "column '%s' is given but '%s' is empty; the point is ignored and the place is looked "
                 "up by its name", column_name(im, *lat ? lat_field : lng_field),
                 column_name(im, *lat ? lng_field : lat_field));
        report(im, side, p->name, p->country, "value_ignored", reason, *lat ? lat : lng);
        return;
    }
    bool ok = degrees(im, lat_field, 90, p, side, &p->lat);
    ok = degrees(im, lng_field, 180, p, side, &p->lng) && ok;
    if (ok && p->lat == 0 && p->lng == 0) {
        report(im, side, p->name, p->country, "value_ignored",
               "the point 0, 0 (in the sea off West Africa) stands for a missing point; the place is "
               "looked up by its name", "0, 0");
        return;
    }
    p->has_point = ok;
}

/* The field's web address, or "" (and a line in the report) when it is
 * not an http(s) URL. */
static const char *source_url(struct imp *im, int field, const char *name, const char *country)
{
    const char *url = get(im, field);
    if (!*url || am_is_url(url))
        return url;
    report(im, "row", name, country, "value_ignored", "source_url is not an http(s) URL", url);
    return "";
}

/* ---- twin towns ----------------------------------------------------------- */

static bool one_of(const char *v, const char *const *values)
{
    for (; *values; values++)
        if (strcmp(v, *values) == 0)
            return true;
    return false;
}

/* How a side of the row was settled, for the partnership's note. A place
 * found by the point is said as where it comes from: "Matched to Lviv, 14
 * km from the point the source gives (the source names it 'Lviv Oblast')."
 * (the resolver's reason: "matched to Lviv, 14 km from the given point (a
 * like name: 100%)"). */
static void side_note(struct am_buf *note, const char *name, const struct settled *s)
{
    static const char GIVEN[] = "the given point", LIKE[] = " (a like name";
    if (strcmp(s->outcome, "resolved") == 0)
        return;
    const char *sep = note->len ? " " : "", *r = s->reason;
    const char *at = strstr(r, GIVEN), *like = at ? strstr(at, LIKE) : NULL;
    const char *after = like ? strchr(like + 1, ')') : NULL;
    if (strncmp(r, "matched to ", 11) == 0 && after) {
        am_buf_addf(note, "%sMatched to %.*sthe point the source gives%.*s%s (the source names it '%s').", sep,
                    (int)(at - r - 11), r + 11, (int)(like - at - strlen(GIVEN)), at + strlen(GIVEN), after + 1,
                    name);
        return;
    }
    am_buf_addf(note, "%s'%s': %s.", sep, name, r);
}

static enum am_rc twin_row(struct imp *im, struct am_err *err)
{
    struct am_place a = {get(im, T_CITY1), get(im, T_COUNTRY1), false, 0, 0};
    struct am_place b = {get(im, T_CITY2), get(im, T_COUNTRY2), false, 0, 0};
    char na[256], nb[256];
    read_point(im, T_LAT1, T_LNG1, &a, "1");
    read_point(im, T_LAT2, T_LNG2, &b, "2");
    country_in_name(im, &a, na, sizeof na);
    country_in_name(im, &b, nb, sizeof nb);
    struct settled sa, sb;
    if (!*a.name || !*b.name) {
        report(im, "row", "", "", "skipped", "a city name is empty", "");
        im->st->skipped++;
        return AM_OK;
    }
    enum am_rc rc = place(im, &a, false, "1", &sa, err);
    if (!rc)
        rc = place(im, &b, false, "2", &sb, err);
    if (rc || im->settling)
        return rc;
    if (!sa.city || !sb.city) {
        im->st->skipped++;
        return AM_OK;
    }
    if (sa.city == sb.city) {
        report(im, "row", a.name, a.country, "skipped",
               "both sides are the same place in the gazetteer", b.name);
        im->st->skipped++;
        return AM_OK;
    }
    const char *kind = get(im, T_KIND), *status = get(im, T_STATUS), *date = get(im, T_SIGNED);
    const char *url = source_url(im, T_URL, a.name, a.country);
    if (*kind && !one_of(kind, am_partnership_kinds)) {
        report(im, "row", a.name, a.country, "value_ignored", "kind is not one of the known kinds", kind);
        kind = "";
    }
    if (*status && !one_of(status, am_partnership_statuses)) {
        report(im, "row", a.name, a.country, "value_ignored", "status is not a known status", status);
        status = "";
    }
    if (*date && !am_date_valid(date)) {
        report(im, "row", a.name, a.country, "value_ignored", "signed_date is not a date", date);
        date = "";
    }

    struct am_buf note;
    am_buf_init(&note, 8192);
    am_buf_adds(&note, get(im, T_NOTE));
    side_note(&note, a.name, &sa);
    side_note(&note, b.name, &sb);
    struct am_imported_pair pair = {
        .city_a = sa.city, .city_b = sb.city, .kind = *kind ? kind : NULL,
        /* a listed twinning is an agreement; whether it lives is another matter */
        .status = *status ? status : "signed", .signed_date = *date ? date : NULL,
        .note = note.len ? am_buf_str(&note) : NULL, .source_url = *url ? url : NULL,
        .source = im->source, .source_row = im->line,
    };
    bool added = false;
    rc = am_partnership_add_imported(im->db, &pair, &added, err);
    am_buf_free(&note);
    if (!rc)
        *(added ? &im->st->added : &im->st->existing) += 1;
    return rc;
}

/* ---- networks --------------------------------------------------------------- */

/* The network a file means: by its code, else its acronym or name (folded). */
static int64_t network_match(struct imp *im, const char *code, const char *acronym, const char *name)
{
    int64_t id = 0;
    if (*code && !am_db_i64(im->db, "SELECT id FROM network WHERE code = ?", json_pack("[s]", code),
                            &id, NULL))
        return id;
    const char *keys[] = {acronym, name};
    for (size_t k = 0; k < 2; k++) {
        if (!*keys[k] || am_fold(keys[k], strlen(keys[k]), &im->fold) != AM_OK || !im->fold.len)
            continue;
        if (!am_db_i64(im->db, "SELECT id FROM network WHERE am_fold(acronym) = ?1 OR am_fold(name) = ?1 "
                               "ORDER BY id LIMIT 1",
                       json_pack("[s]", am_buf_str(&im->fold)), &id, NULL))
            return id;
    }
    return 0;
}

/* "AMPHICTYONY / (refounded as EGTC in 2008)" -> "AMPHICTYONY" */
static void clean_acronym(const char *in, char *out, size_t cap)
{
    size_t n = strcspn(in, "/(");
    while (n && in[n - 1] == ' ')
        n--;
    snprintf(out, cap, "%.*s", (int)(n < 40 ? n : 40), in);
}

/* "www.x.org ; http://y" -> "http://www.x.org" */
static void clean_url(const char *in, char *out, size_t cap)
{
    size_t n = strcspn(in, " ;,");
    out[0] = '\0';
    if (!n)
        return;
    snprintf(out, cap, "%s%.*s", strncmp(in, "http", 4) == 0 ? "" : "http://", (int)n, in);
}

/* The secretariat's city from an address written "street, postcode, City,
 * Country": the last part that is not the country, its postcode dropped. */
static int64_t secretariat_city(struct imp *im, const char *address, const char *cc)
{
    char buf[400], code[3];
    am_str_copy(buf, sizeof buf, address);
    for (char *p = buf; *p; p++)
        if (*p == '.' || *p == '/')
            *p = ',';
    char *parts[16];
    size_t n = 0;
    for (char *p = buf; p && n < 16;) {
        parts[n++] = p;
        char *c = strchr(p, ',');
        if (c)
            *c++ = '\0';
        p = c;
    }
    for (size_t i = n; i-- > 0;) {
        char *s = parts[i];
        while (*s == ' ')
            s++;
        /* postcodes and house numbers: "75001 Paris", "B-1040 Brussels" */
        while (*s && (strchr("0123456789- ", *s) || (s[1] == '-' && s[0] >= 'A' && s[0] <= 'Z')))
            s++;
        size_t len = strlen(s);
        while (len && s[len - 1] == ' ')
            s[--len] = '\0';
        if (!len || strpbrk(s, "0123456789"))
            continue;
        if (am_country_resolve(im->db, s, code, NULL, 0, NULL) == AM_OK)
            continue;
        struct am_place p = {s, cc, false, 0, 0};
        struct am_resolution r;
        if (!am_resolve(im->db, &p, &r, NULL) && r.status == AM_FOUND)
            return r.city_id;
        return 0;
    }
    return 0;
}

static enum am_rc network_row(struct imp *im, struct am_err *err)
{
    const char *name = get(im, N_NAME), *code = get(im, N_CODE);
    char acronym[48], url[400], cc[3] = "";
    clean_acronym(get(im, N_ACRONYM), acronym, sizeof acronym);
    clean_url(get(im, N_WEBSITE), url, sizeof url);
    if (!*name) {
        report(im, "row", "", "", "skipped", "the network has no name", "");
        im->st->skipped++;
        return AM_OK;
    }
    const char *country = get(im, N_COUNTRY);
    if (*country && am_country_resolve(im->db, country, cc, NULL, 0, NULL) != AM_OK) {
        report(im, "row", name, country, "value_ignored", "secretariat country not known", country);
        cc[0] = '\0';
    }
    int64_t founded = 0, city = cc[0] ? secretariat_city(im, get(im, N_ADDRESS), cc) : 0;
    if (!am_parse_i64(get(im, N_FOUNDED), 1800, 2100, &founded))
        founded = 0;
    struct am_buf desc;
    am_buf_init(&desc, 20000);
    am_buf_adds(&desc, get(im, N_AIMS));
    if (*get(im, N_ACTIVITIES))
        am_buf_addf(&desc, "%sActivities: %s", desc.len ? "\n\n" : "", get(im, N_ACTIVITIES));
    json_t *rec = json_pack("{s:s}", "name", name);
    if (*acronym)
        json_object_set_new(rec, "acronym", json_string(acronym));
    if (*code)
        json_object_set_new(rec, "code", json_string(code));
    if (*url)
        json_object_set_new(rec, "website", json_string(url));
    if (founded)
        json_object_set_new(rec, "founded_year", json_integer(founded));
    if (city)
        json_object_set_new(rec, "secretariat_city_id", json_integer(city));
    if (desc.len && !desc.err)
        json_object_set_new(rec, "description", json_string(am_buf_str(&desc)));
    am_buf_free(&desc);

    int64_t id = network_match(im, code, acronym, name);
    json_t *out = NULL, *old = NULL;
    struct am_err e = {0};
    enum am_rc rc;
    if (id) {
        /* complete what the registry does not know; keep what it does */
        char key[24];
        snprintf(key, sizeof key, "%lld", (long long)id);
        rc = am_network_resource.get(im->db, key, &old, &e);
        const char *k;
        json_t *v;
        void *tmp;
        json_object_foreach_safe(rec, tmp, k, v) {
            json_t *have = json_object_get(old, k);
            bool name_is_acronym = strcmp(k, "name") == 0 &&
                                   json_equal(have, json_object_get(old, "acronym"));
            /* what the registry has already is no completion: a second
             * import of the file must not count one */
            if ((have && !json_is_null(have) && !name_is_acronym) || json_equal(have, v))
                json_object_del(rec, k);
        }
        if (!rc && json_object_size(rec)) {
            rc = am_schema_check(am_network_resource.schema, rec, AM_CHECK_UPDATE, &e);
            if (!rc)
                rc = am_network_resource.update(im->db, &am_actor_cli, key, rec, &out, &e);
            if (!rc)
                im->st->networks++;
        }
        if (!rc)
            im->st->existing++;
    } else {
        rc = am_schema_check(am_network_resource.schema, rec, AM_CHECK_CREATE, &e);
        if (!rc)
            rc = am_network_resource.create(im->db, &am_actor_cli, rec, &out, &e);
        if (!rc) {
            id = am_get_id(out, "id");
            im->st->added++;
            im->st->networks++;
            rc = am_record_set_source(im->db, "network", id, im->source, im->line, &e);
        }
    }
    json_decref(rec);
    json_decref(out);
    json_decref(old);
    if (rc == AM_EINVAL || rc == AM_ECONFLICT) {
        report(im, "row", name, country, "skipped", e.msg, "");
        im->st->skipped++;
        return AM_OK;
    }
    if (rc)
        *err = e;
    return rc;
}

/* ---- memberships ------------------------------------------------------------- */

/* The network of a membership row, made when the registry has none. */
static enum am_rc network_for(struct imp *im, const char *name, const char *code, int64_t *id,
                              struct am_err *err)
{
    char key[300];
    snprintf(key, sizeof key, "%s|%s", code, name);
    json_t *hit = json_object_get(im->networks, key);
    if (hit) {
        *id = json_integer_value(hit);
        return AM_OK;
    }
    *id = network_match(im, code, name, name);
    if (!*id) {
        json_t *rec = json_pack("{s:s}", "name", name), *out = NULL;
        if (*code)
            json_object_set_new(rec, "code", json_string(code));
        if (strlen(name) <= 40)
            json_object_set_new(rec, "acronym", json_string(name));
        enum am_rc rc = am_schema_check(am_network_resource.schema, rec, AM_CHECK_CREATE, err);
        if (!rc)
            rc = am_network_resource.create(im->db, &am_actor_cli, rec, &out, err);
        if (!rc) {
            *id = am_get_id(out, "id");
            im->st->networks++;
            rc = am_record_set_source(im->db, "network", *id, im->source, im->line, err);
            report(im, "network", name, code, "added",
                   "network not in the registry: added from its name in this file", "");
        }
        json_decref(rec);
        json_decref(out);
        if (rc)
            return rc;
    }
    json_object_set_new(im->networks, key, json_integer(*id));
    return AM_OK;
}

/* What kind of member a row is: NULL for a city, else an organisation kind. */
static const char *member_kind(const char *entity)
{
    static const struct { const char *entity, *kind; } kinds[] = {
        {"City", NULL}, {"Municipality", NULL}, {"Municipal Authority", NULL},
        {"Intermunicipality", "union_of_municipalities"},
        {"Intermunicipal Authority", "union_of_municipalities"},
        {"Intermunicipal Association", "union_of_municipalities"},
        {"Region", "regional_government"}, {"Regional Authority", "regional_government"},
        {"County", "regional_government"}, {"County Authority", "regional_government"},
        {"State Administration", "national_government"}, {"State", "national_government"},
        {"National Association", "association"}, {"Regional Association", "association"},
        {"Local Association", "association"}, {"International Association", "association"},
        {"Other", "other"},
    };
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (am_str_ieq(entity, kinds[i].entity))
            return kinds[i].kind;
    return NULL;
}

/* Statuses as the sources spell them, read as a role and a status; what
 * the source says beyond that is kept in the note. */
static void member_role(const char *statut, const char **role, const char **status, bool *keep)
{
    *role = "member";
    *status = "current";
    *keep = false;
    if (!*statut || am_str_ieq(statut, "Member") || am_str_ieq(statut, "Full Member"))
        return;
    *keep = true;
    if (am_str_ieq(statut, "Former Member"))
        *status = "former";
    else if (am_str_ieq(statut, "President"))
        *role = "president_city";
    else if (strstr(statut, "President") || strstr(statut, "Vice"))
        *role = "board";
}

static enum am_rc organisation_for(struct imp *im, const char *name, const char *cc, const char *kind,
                                   int64_t city, int64_t *id, struct am_err *err)
{
    if (!am_db_i64(im->db, "SELECT id FROM organisation WHERE name = ? AND country = ?",
                   json_pack("[ss]", name, cc), id, NULL))
        return AM_OK;
    json_t *rec = json_pack("{s:s,s:s,s:s}", "name", name, "country", cc, "kind", kind), *out = NULL;
    if (city)
        json_object_set_new(rec, "city_id", json_integer(city));
    struct am_err e = {0};
    enum am_rc rc = am_schema_check(am_organisation_resource.schema, rec, AM_CHECK_CREATE, &e);
    if (!rc)
        rc = am_organisation_resource.create(im->db, &am_actor_cli, rec, &out, &e);
    if (!rc) {
        *id = am_get_id(out, "id");
        im->st->organisations++;
        rc = am_record_set_source(im->db, "organisation", *id, im->source, im->line, &e);
    }
    json_decref(rec);
    json_decref(out);
    if (rc == AM_EINVAL) {
        report(im, "member", name, cc, "skipped", e.msg, "");
        *id = 0;
        return AM_OK;
    }
    if (rc)
        *err = e;
    return rc;
}

static enum am_rc member_row(struct imp *im, struct am_err *err)
{
    const char *name = get(im, M_MEMBER), *locality = get(im, M_LOCALITY), *country = get(im, M_COUNTRY);
    const char *kind = member_kind(get(im, M_ENTITY));
    int64_t network = 0, city = 0, org = 0, joined = 0;
    enum am_rc rc = AM_OK;
    if (!im->settling) /* settling passes look at places only */
        rc = network_for(im, get(im, M_NETWORK), get(im, M_NETCODE), &network, err);
    if (rc)
        return rc;
    struct am_place p = {kind ? locality : name, country, false, 0, 0};
    if (!*p.name)
        p.name = *locality ? locality : name;
    read_point(im, M_LAT, M_LNG, &p, "member");
    struct settled s;
    if (!*name && !*locality) {
        report(im, "member", "", country, "skipped", "the member has no name", "");
        im->st->skipped++;
        return AM_OK;
    }
    if (kind && im->settling)
        return AM_OK; /* an organisation adds no place */
    if (kind) {
        /* an organisation: its seat, when the gazetteer knows it */
        char cc[3] = "";
        if (am_country_resolve(im->db, country, cc, NULL, 0, NULL) != AM_OK) {
            report(im, "member", name, country, "unknown_country", "country not known", "");
            im->st->skipped++;
            return AM_OK;
        }
        if (*locality) {
            struct am_place seat = {locality, country, false, 0, 0};
            struct am_resolution r;
            if (!am_resolve(im->db, &seat, &r, NULL) && r.status == AM_FOUND)
                city = r.city_id;
        }
        rc = organisation_for(im, *name ? name : locality, cc, kind, city, &org, err);
        city = 0;
    } else {
        rc = place(im, &p, true, "member", &s, err);
        city = s.city;
        /* a member known by a longer name than its town's */
        if (!rc && !city && *locality && strcmp(locality, p.name) != 0) {
            struct am_place q = p;
            q.name = locality;
            rc = place(im, &q, true, "member", &s, err);
            city = s.city;
        }
    }
    if (rc || im->settling)
        return rc;
    if (!city && !org) {
        im->st->skipped++;
        return AM_OK;
    }
    if (!am_parse_i64(get(im, M_JOINED), 1800, 2100, &joined))
        joined = 0;
    const char *role, *status;
    bool keep;
    member_role(get(im, M_STATUS), &role, &status, &keep);
    struct am_buf note;
    am_buf_init(&note, 4096);
    if (keep)
        am_buf_addf(&note, "status in the source: %s", get(im, M_STATUS));
    const char *extra = get(im, M_NOTE);
    if (*extra && strcmp(extra, "Locality Name Not Simplified") != 0)
        am_buf_addf(&note, "%s%s", note.len ? "; " : "", extra);
    struct am_imported_membership m = {
        .network_id = network, .city_id = city, .organisation_id = org, .joined_year = (int)joined,
        .role = role, .status = status, .note = note.len ? am_buf_str(&note) : NULL,
        .source = im->source, .source_row = im->line,
    };
    bool added = false;
    rc = am_membership_add_imported(im->db, &m, &added, err);
    am_buf_free(&note);
    if (!rc)
        *(added ? &im->st->added : &im->st->existing) += 1;
    return rc;
}

/* ---- the run ---------------------------------------------------------------- */

/* ---- diaspora groups ----------------------------------------------------------- */

/* "12345", "12,345" or "12 345": people. false when it is not a count: a
 * separator must stand before each group of three digits ("12,34" and
 * "1,5" are not counts). */
static bool head_count(const char *text, int64_t *out)
{
    char digits[24];
    size_t n = 0, group = 0;
    bool grouped = false;
    for (const char *c = text; *c; c++) {
        if (*c == ',' || *c == ' ' || *c == '_') {
            if (!n || (grouped && group != 3))
                return false;
            grouped = true, group = 0;
            continue;
        }
        if (*c < '0' || *c > '9' || n + 1 >= sizeof digits)
            return false;
        digits[n++] = *c;
        group++;
    }
    digits[n] = '\0';
    return n > 0 && (!grouped || group == 3) && am_parse_i64(digits, 0, 100000000, out);
}

/* A group and year already recorded: a different size there is reported,
 * not silently kept out. */
static enum am_rc same_figure(struct imp *im, const struct am_imported_diaspora *d, const char *name,
                              const char *country, struct am_err *err)
{
    json_t *row = NULL;
    enum am_rc rc = am_db_one(im->db, "SELECT coalesce(size, -1) AS size FROM diaspora WHERE city_id = ? AND "
                                      "origin_country = ? AND ifnull(origin_city_id, 0) = ? AND ifnull(year, 0) = ?",
                              json_pack("[IsII]", (json_int_t)d->city_id, d->origin_country,
                                        (json_int_t)d->origin_city_id, (json_int_t)d->year),
                              &row, err);
    if (rc == AM_ENOTFOUND)
        return AM_OK;
    int64_t had = rc ? -1 : am_get_id(row, "size");
    json_decref(row);
    if (!rc && had != d->size) {
        char why[160], size[24];
        snprintf(why, sizeof why, "a figure for this group and year is recorded already (%s); this one is not imported",
                 had < 0 ? "size not known" : "another size");
        snprintf(size, sizeof size, "%lld", (long long)d->size);
        report(im, "row", name, country, "value_ignored", why, d->size < 0 ? "" : size);
    }
    return rc;
}

static enum am_rc diaspora_row(struct imp *im, struct am_err *err)
{
    struct am_place city = {get(im, D_CITY), get(im, D_COUNTRY), false, 0, 0};
    struct am_place origin = {get(im, D_ORIGIN_CITY), get(im, D_ORIGIN_COUNTRY), false, 0, 0};
    read_point(im, D_LAT, D_LNG, &city, "city");
    char cc[3];
    const char *note = NULL;
    struct settled sc, so = {0};
    if (!*city.name || !*origin.country) {
        report(im, "row", city.name, city.country, "skipped", "the city or the origin country is empty", "");
        im->st->skipped++;
        return AM_OK;
    }
    enum am_rc rc = place(im, &city, false, "city", &sc, err);
    if (rc || !sc.city) {
        im->st->skipped += !rc;
        return rc;
    }
    if (!country_of(im, origin.country, cc, &note)) {
        report(im, "origin", origin.name, origin.country, "unknown_country", "the origin country is not known", "");
        im->st->skipped++;
        return AM_OK;
    }
    /* an origin city not found still leaves the group, by its country */
    if (*origin.name && (rc = place(im, &origin, false, "origin", &so, err)))
        return rc;
    if (im->settling)
        return AM_OK;
    bool self = so.city && so.city == sc.city;
    if (self) {
        report(im, "origin", origin.name, origin.country, "value_ignored",
               "the origin city is the city the group lives in; the group is kept by its country", "");
        so.city = 0;
    }
    int64_t size = -1, year = 0;
    const char *sz = get(im, D_SIZE), *yr = get(im, D_YEAR);
    const char *url = source_url(im, D_URL, city.name, city.country);
    if (*sz && !head_count(sz, &size)) {
        report(im, "row", city.name, city.country, "value_ignored", "size is not a number of people", sz);
        size = -1;
    }
    if (*yr && !am_parse_i64(yr, 1800, 2100, &year)) {
        report(im, "row", city.name, city.country, "value_ignored", "year is not a year", yr);
        year = 0;
    }
    struct am_buf text;
    am_buf_init(&text, 8192);
    am_buf_adds(&text, get(im, D_NOTE));
    if (*origin.name && !so.city && !self)
        am_buf_addf(&text, "%sOrigin city '%s': %s.", text.len ? " " : "", origin.name, so.reason);
    struct am_imported_diaspora d = {
        .city_id = sc.city, .origin_city_id = so.city, .origin_country = cc, .size = size, .year = (int)year,
        .source = *get(im, D_SOURCE) ? get(im, D_SOURCE) : NULL,
        .source_url = *url ? url : NULL,
        .note = text.len ? am_buf_str(&text) : NULL, .file = im->source, .row = im->line,
    };
    bool added = false;
    rc = am_diaspora_add_imported(im->db, &d, &added, err);
    am_buf_free(&text);
    if (!rc && !added)
        rc = same_figure(im, &d, city.name, city.country, err);
    if (!rc)
        *(added ? &im->st->added : &im->st->existing) += 1;
    return rc;
}

/* ---- published Index results ---------------------------------------------------- */

/* A row that cannot be recorded: the report says why, naming the column. */
static enum am_rc published_skip(struct imp *im, const char *why, const char *value)
{
    report(im, "row", get(im, P_CITY), get(im, P_COUNTRY), "skipped", why, value);
    im->st->skipped++;
    return AM_OK;
}

/* One column's figure: true when it is there and right (set in rec); a
 * wrong one sets *bad with the reason. An empty cell is the source saying
 * nothing: no figure. */
static bool published_figure(struct imp *im, int field, json_t *rec, char *bad, size_t cap)
{
    const char *v = get(im, field), *name = published_fields[field].field;
    double d;
    int64_t n;
    if (!*v)
        return false;
    switch (field) {
    case P_AGGREGATE:
    case P_FOREIGN:
        if (number(v, &d) && d >= 0 && d <= 100) {
            json_object_set_new(rec, field == P_AGGREGATE ? "aggregate" : "foreign_born_pct", json_real(d));
            return true;
        }
        snprintf(bad, cap, "column '%s': not a percentage from 0 to 100", column_name(im, field));
        return false;
    case P_SAMPLE:
        if (am_parse_i64(v, 1, 100000, &n)) {
            json_object_set_new(rec, name, json_integer((json_int_t)n));
            return true;
        }
        snprintf(bad, cap, "column '%s': not a number of cities", column_name(im, field));
        return false;
    case P_POPULATION:
        if (head_count(v, &n)) {
            json_object_set_new(rec, name, json_integer((json_int_t)n));
            return true;
        }
        snprintf(bad, cap, "column '%s': not a number of people", column_name(im, field));
        return false;
    case P_RANK: /* as published, "8 (tied)": a number first */
        if (*v >= '0' && *v <= '9' && am_utf8_len(v) <= 40) {
            json_object_set_new(rec, name, json_string(v));
            return true;
        }
        snprintf(bad, cap, "column '%s': a rank as published starts with its number", column_name(im, field));
        return false;
    default:
        return false;
    }
}

/* The scores as the source names them, and the same by the
 * questionnaire's indicators; a name the questionnaire lacks is kept as
 * published, not compared, and reported. */
static bool published_indicators(struct imp *im, json_t *rec, json_t *unknown, char *bad, size_t cap)
{
    const char *text = get(im, P_INDICATORS);
    if (!*text)
        return true;
    json_t *m = json_loads(text, 0, NULL), *mapped = json_object(), *v;
    const char *k;
    bool ok = json_is_object(m) && json_object_size(m) > 0;
    json_object_foreach(m, k, v)
        ok = ok && json_is_number(v) && json_number_value(v) >= 0 && json_number_value(v) <= 100 && *k &&
             strlen(k) <= 60;
    if (!ok) {
        snprintf(bad, cap, "column '%s': not a JSON object of indicator scores from 0 to 100",
                 column_name(im, P_INDICATORS));
        json_decref(m);
        json_decref(mapped);
        return false;
    }
    json_object_foreach(m, k, v) {
        const char *id = am_index_indicator_id(im->edition, k);
        if (id)
            json_object_set(mapped, id, v);
        else
            json_array_append_new(unknown, json_string(k));
    }
    json_object_set_new(rec, "indicators_as_published", m);
    if (json_object_size(mapped))
        json_object_set_new(rec, "indicators", mapped);
    else
        json_decref(mapped);
    return true;
}

static enum am_rc published_row(struct imp *im, struct am_err *err)
{
    struct am_place city = {get(im, P_CITY), get(im, P_COUNTRY), false, 0, 0};
    const char *year = get(im, P_YEAR), *source = get(im, P_SOURCE), *note = get(im, P_NOTE);
    char bad[300] = "";
    int64_t round = 0;
    struct settled sc;
    if (!*city.name || !*city.country)
        return published_skip(im, "the city or the country is empty", "");
    /* a result belongs to the sample of its round; a rank from no known
     * year cannot be placed in one, and amity does not guess the year */
    if (!*year)
        return published_skip(im, "no year: a published result is placed in the round of its year, and the "
                                  "source gives none", "");
    if (!am_parse_i64(year, 2000, 2100, &round))
        return published_skip(im, "the year is not a year of the Index (2000 to 2100)", year);
    if (!*source)
        return published_skip(im, "no source: a published figure is recorded with the source that gives it", "");
    if (am_utf8_len(source) > 500 || am_utf8_len(note) > 500)
        return published_skip(im, "the source or the note is longer than 500 characters", "");
    json_t *rec = json_pack("{s:I,s:s,s:s,s:I}", "round", (json_int_t)round, "source", source, "file", im->source,
                            "row", (json_int_t)im->line);
    static const int numbers[] = {P_AGGREGATE, P_RANK, P_SAMPLE, P_POPULATION, P_FOREIGN};
    for (size_t i = 0; i < sizeof numbers / sizeof *numbers && !bad[0]; i++)
        published_figure(im, numbers[i], rec, bad, sizeof bad);
    json_t *unknown = json_array(), *u;
    if (!bad[0])
        published_indicators(im, rec, unknown, bad, sizeof bad);
    json_t *rank = json_object_get(rec, "rank"), *sample = json_object_get(rec, "sample_size");
    int64_t place_no = 0;
    char digits[24];
    if (!bad[0] && rank && sample) {
        snprintf(digits, sizeof digits, "%.*s", (int)strspn(json_string_value(rank), "0123456789"),
                 json_string_value(rank));
        if (am_parse_i64(digits, 0, INT64_MAX, &place_no) && place_no > json_integer_value(sample))
            snprintf(bad, sizeof bad, "the rank (%s) is beyond the sample (%lld cities)", digits,
                     (long long)json_integer_value(sample));
    }
    if (!bad[0] && !json_object_get(rec, "aggregate") && !rank && !json_object_get(rec, "indicators_as_published"))
        snprintf(bad, sizeof bad, "no figure: neither an aggregate, a rank nor an indicator score");
    if (bad[0]) {
        json_decref(rec);
        json_decref(unknown);
        return published_skip(im, bad, "");
    }
    if (*note)
        json_object_set_new(rec, "note", json_string(note));
    enum am_rc rc = place(im, &city, false, "city", &sc, err);
    if (rc || im->settling || !sc.city) {
        im->st->skipped += !rc && !im->settling && !sc.city;
        json_decref(rec);
        json_decref(unknown);
        return rc;
    }
    size_t i;
    json_array_foreach(unknown, i, u) {
        char why[300];
        snprintf(why, sizeof why, "indicator '%s' is not one of the questionnaire's (%s): its score is kept as "
                 "published, and not compared with other cities'", json_string_value(u),
                 json_string_value(json_object_get(im->edition, "edition")));
        report(im, "row", city.name, city.country, "value_kept", why, "");
    }
    json_decref(unknown);
    json_object_set_new(rec, "city_id", json_integer((json_int_t)sc.city));
    enum am_published_outcome outcome;
    int64_t id;
    char why[400];
    rc = am_index_published_record(im->db, rec, &outcome, &id, why, sizeof why, err);
    json_decref(rec);
    if (rc)
        return rc;
    switch (outcome) {
    case AM_PUBLISHED_ADDED:
        im->st->added++;
        break;
    case AM_PUBLISHED_CONFLICT:
        report(im, "row", city.name, city.country, "conflict",
               "disagrees with the published result held for this city and round; not recorded", why);
        im->st->skipped++;
        break;
    case AM_PUBLISHED_SOURCE_ADDED:
    case AM_PUBLISHED_COMPLETED:
    case AM_PUBLISHED_SAME:
        im->st->existing++;
        im->st->sources += outcome == AM_PUBLISHED_SOURCE_ADDED;
        if (why[0])
            report(im, "row", city.name, city.country, strncmp(why, "note:", 5) == 0 ? "value_ignored" : "completed",
                   strncmp(why, "note:", 5) == 0 ? why : "the result held lacked figures this source gives; "
                                                         "they are recorded with it",
                   strncmp(why, "note:", 5) == 0 ? note : why);
        break;
    }
    return AM_OK;
}

static enum am_rc file_digest(const char *path, char hex[65], struct am_err *err)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return am_err_set(err, AM_EIO, "file", "cannot read %s: %s", path, strerror(errno));
    crypto_hash_sha256_state st;
    unsigned char buf[65536], out[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_init(&st);
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        crypto_hash_sha256_update(&st, buf, n);
    bool bad = ferror(f);
    fclose(f);
    if (bad)
        return am_err_set(err, AM_EIO, "file", "cannot read %s", path);
    crypto_hash_sha256_final(&st, out);
    sodium_bin2hex(hex, 65, out, sizeof out);
    return AM_OK;
}

/* The delimiter of the header line: the commonest of , ; and tab. */
static char guess_delimiter(const char *path)
{
    FILE *f = fopen(path, "rb");
    char line[8192];
    size_t counts[3] = {0};
    if (f && fgets(line, sizeof line, f)) {
        for (char *p = line; *p && *p != '\n'; p++) {
            if (*p == ',')
                counts[0]++;
            else if (*p == ';')
                counts[1]++;
            else if (*p == '\t')
                counts[2]++;
        }
    }
    if (f)
        fclose(f);
    if (counts[1] > counts[0] && counts[1] >= counts[2])
        return ';';
    if (counts[2] > counts[0])
        return '\t';
    return ',';
}

static const char *kind_name(enum am_import_kind k)
{
    static const char *const names[] = {"partnerships", "networks", "memberships", "diaspora", "index-published"};
    return names[k];
}

/* The bar: settling passes fill the first two thirds, the import the rest. */
static void progress(struct imp *im, uint64_t done)
{
    if (!im->o->progress)
        return;
    uint64_t size = am_csv_size(im->csv), stages = im->o->kind == AM_IMPORT_NETWORKS ? 1 : 3;
    uint64_t stage = im->settling ? (im->pass > 0) : stages - 1;
    im->o->progress(im->o->ctx, (stage * size + done) / stages, size);
}

/* A row with a NUL byte would be read short (the field ends at the NUL):
 * it is refused, and the report says where. */
static bool refuse_nul(struct imp *im)
{
    size_t column;
    if (!am_csv_nul(im->csv, &column))
        return false;
    char why[300];
    snprintf(why, sizeof why,
             "column '%s' (column %zu) holds a NUL (zero) byte, as a binary file or a damaged export "
             "has: its text cannot be read whole, so the row is not imported",
             header(im, column), column + 1);
    /* the row's name, unless that is the field cut short */
    report(im, "row", im->col[0] != (int)column ? get(im, 0) : "", "", "skipped", why, "");
    im->st->skipped++;
    return true;
}

static enum am_rc dispatch(struct imp *im, struct am_err *err)
{
    switch (im->o->kind) {
    case AM_IMPORT_PARTNERSHIPS: return twin_row(im, err);
    case AM_IMPORT_NETWORKS: return network_row(im, err);
    case AM_IMPORT_MEMBERSHIPS: return member_row(im, err);
    case AM_IMPORT_DIASPORA: return diaspora_row(im, err);
    case AM_IMPORT_INDEX_PUBLISHED: return published_row(im, err);
    }
    return AM_OK;
}

/* One pass over the file, from its header line. */
static enum am_rc run_rows(struct imp *im, struct am_err *err)
{
    bool row;
    am_csv_close(im->csv);
    im->csv = NULL;
    im->line = 0;
    enum am_rc rc = am_csv_open(im->o->path, im->delim, &im->csv, err);
    if (!rc)
        rc = find_columns(im, err);
    size_t columns = rc ? 0 : am_csv_count(im->csv);
    while (!rc && !(rc = am_csv_next(im->csv, &row, err)) && row) {
        im->line = am_csv_line(im->csv);
        im->st->rows++;
        /* a row with more or fewer fields than the header is a broken file
         * (a quote left open, a stray delimiter), not something to guess at */
        if (am_csv_count(im->csv) != columns) {
            rc = am_err_set(err, AM_EINVAL, "file", "%s: line %lld: %zu fields where the header has %zu",
                            im->o->path, (long long)im->line, am_csv_count(im->csv), columns);
            break;
        }
        if (!refuse_nul(im))
            rc = dispatch(im, err);
        if ((im->st->rows & 255) == 0)
            progress(im, am_csv_offset(im->csv));
    }
    if (rc && err && im->line && !strstr(err->msg, "line ")) {
        char msg[sizeof err->msg];
        am_str_copy(msg, sizeof msg, err->msg);
        am_err_set(err, rc, err->field, "%s: line %lld: %s", im->o->path, (long long)im->line, msg);
    }
    if (!rc)
        progress(im, am_csv_size(im->csv));
    return rc;
}

/* Places first: the file is read, settling its places only, until a pass
 * adds no place; then once more to import its rows. So every row is
 * resolved against one registry, the places this file adds included: a
 * row read before the row that adds its place resolves as one read after
 * it, and a second import of the file finds what the first left and adds
 * nothing. The last settling pass left the registry as it found it, so
 * its answers (the cache) serve the import. A real file needs two passes;
 * each adds only places no pass added before, and the bound is for safety. */
static enum am_rc settle_places(struct imp *im, struct am_err *err)
{
    struct am_import_stats *st = im->st, scratch;
    FILE *report_file = im->report;
    enum am_rc rc = AM_OK;
    size_t before;
    im->settling = true;
    im->report = NULL;
    im->st = &scratch;
    do {
        before = json_object_size(im->added);
        memset(&scratch, 0, sizeof scratch);
        json_object_clear(im->places);
        rc = run_rows(im, err);
        im->pass++;
    } while (!rc && json_object_size(im->added) > before && im->pass < SETTLE_PASSES_MAX);
    im->settling = false;
    im->report = report_file;
    im->st = st;
    return rc;
}

static enum am_rc run(struct imp *im, struct am_err *err)
{
    /* a network list names no place to add */
    enum am_rc rc = im->o->kind == AM_IMPORT_NETWORKS ? AM_OK : settle_places(im, err);
    if (!rc)
        rc = run_rows(im, err);
    /* the report of a run that stopped says so, where it stopped */
    if (rc && err && im->report) {
        char why[sizeof err->msg + 80];
        snprintf(why, sizeof why, "%s; the import stopped here and nothing from this file was written",
                 err->msg);
        if (im->csv)
            im->line = am_csv_line(im->csv);
        report(im, "file", im->o->path, "", "error", why, "");
    }
    return rc;
}

enum am_rc am_import(struct am_db *db, const struct am_import_opts *o, struct am_import_stats *st,
                     struct am_err *err)
{
    struct imp im = {.db = db, .o = o, .st = st};
    char digest[65], now[32];
    memset(st, 0, sizeof *st);
    if (sodium_init() < 0)
        return am_err_set(err, AM_EINTERNAL, NULL, "libsodium cannot start");
    enum am_rc rc = file_digest(o->path, digest, err);
    if (rc)
        return rc;
    const char *slash = strrchr(o->path, '/');
    im.source = slash ? slash + 1 : o->path;
    im.delim = o->delim ? o->delim : guess_delimiter(o->path);
    am_buf_init(&im.fold, 4096);
    am_buf_init(&im.out, 8 * 1024 * 1024);
    im.headers = json_array();
    im.places = json_object();
    im.added = json_object();
    im.networks = json_object();
    im.countries = json_object();
    if (o->report && !(im.report = fopen(o->report, "w")))
        rc = am_err_set(err, AM_EIO, "report", "cannot write %s: %s", o->report, strerror(errno));
    if (im.report)
        fputs("line,side,name,country,outcome,reason,candidates\n", im.report);
    am_now(now);
    int64_t run_id = 0;
    if (!rc && o->kind == AM_IMPORT_INDEX_PUBLISHED) /* scores are matched to its indicators */
        rc = am_index_edition(db, NULL, &im.edition, err);
    if (!rc) /* the gazetteer's indexes are read all over */
        rc = am_db_exec(db, "PRAGMA cache_size = -262144", json_array(), NULL, err);
    if (!rc)
        rc = am_db_begin(db, err);
    if (!rc) {
        rc = am_db_exec(db, "INSERT INTO import_run (kind, file, sha256, started_at, report) "
                            "VALUES (?, ?, ?, ?, ?)",
                        json_pack("[sssss?]", kind_name(o->kind), im.source, digest, now, o->report),
                        NULL, err);
        run_id = am_db_last_id(db);
        if (!rc)
            rc = run(&im, err);
        am_now(now);
        if (!rc)
            rc = am_db_exec(db, "UPDATE import_run SET finished_at = ?, rows = ?, added = ?, "
                                "existing = ?, unresolved = ? WHERE id = ?",
                            json_pack("[sIIIII]", now, (json_int_t)st->rows, (json_int_t)st->added,
                                      (json_int_t)st->existing, (json_int_t)st->unresolved,
                                      (json_int_t)run_id),
                            NULL, err);
        if (!rc && !o->dry_run)
            rc = am_db_commit(db, err);
        else
            am_db_rollback(db);
    }
    if (im.report && fclose(im.report) != 0 && !rc)
        rc = am_err_set(err, AM_EIO, "report", "cannot write %s", o->report);
    am_db_exec(db, "PRAGMA cache_size = -2000", json_array(), NULL, NULL);
    am_csv_close(im.csv);
    am_buf_free(&im.fold);
    am_buf_free(&im.out);
    json_decref(im.headers);
    json_decref(im.places);
    json_decref(im.added);
    json_decref(im.networks);
    json_decref(im.countries);
    json_decref(im.edition);
    return rc;
}

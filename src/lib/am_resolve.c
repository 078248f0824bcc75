#include "am_resolve.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "am_city.h"
#include "util/am_buf.h"
#include "util/am_fold.h"
#include "util/am_str.h"

/* How near is near, how alike is alike. Tuned on the Wikipedia twin-town
 * lists (see docs/resolve.md); a change here shows in the import report. */
#define NEAR_KM 30.0          /* same-named places: the one this close wins */
#define FAR_KM 50.0           /* a lone match this far from the point: say so */
#define POINT_KM 15.0         /* look around the point this far */
#define POINT_SURE_KM 2.0     /* this close, a weaker likeness will do */
#define LIKE_SURE 0.5         /* likeness accepted within POINT_KM */
#define LIKE_NEAR 0.34        /* likeness accepted within POINT_SURE_KM */
#define DOMINANT 5.0          /* population ratio that settles a tie */
#define DISTRICT_KM 25.0      /* a district lies this close to its city */

enum { MAX_CANDS = 64 };

struct gcity {
    int64_t id;
    char name[128];
    char keys[512]; /* its folded names, |-separated (from around() only) */
    int64_t population;
    bool has_point;
    double lat, lng;
    int rank; /* administrative weight from the GeoNames feature code */
    double km;
};

double am_km(double lat1, double lng1, double lat2, double lng2)
{
    const double r = 6371.0088, rad = M_PI / 180;
    double dlat = (lat2 - lat1) * rad, dlng = (lng2 - lng1) * rad;
    double a = sin(dlat / 2) * sin(dlat / 2) +
               cos(lat1 * rad) * cos(lat2 * rad) * sin(dlng / 2) * sin(dlng / 2);
    return 2 * r * asin(sqrt(a < 1 ? a : 1));
}

const char *am_found_name(enum am_found f)
{
    switch (f) {
    case AM_FOUND: return "resolved";
    case AM_FOUND_AMBIGUOUS: return "ambiguous";
    case AM_FOUND_NONE: return "not_found";
    case AM_FOUND_NO_COUNTRY: return "unknown_country";
    }
    return "?";
}

static int feature_rank(const char *fc)
{
    if (!fc)
        return 0;
    if (strcmp(fc, "PPLC") == 0)
        return 5;
    if (strcmp(fc, "PPLA") == 0)
        return 4;
    if (strcmp(fc, "PPLA2") == 0)
        return 3;
    if (strcmp(fc, "PPLA3") == 0)
        return 2;
    if (strcmp(fc, "PPLA4") == 0)
        return 1;
    return 0;
}

/* ---- countries ---------------------------------------------------------- */

static bool alias_code(struct am_db *db, const char *key, char code[3])
{
    json_t *row = NULL;
    if (!*key || am_db_one(db, "SELECT code FROM country_alias WHERE key = ?", json_pack("[s]", key),
                           &row, NULL))
        return false;
    am_str_copy(code, 3, json_string_value(json_object_get(row, "code")));
    json_decref(row);
    return true;
}

static bool lookup_country(struct am_db *db, const char *text, size_t n, char code[3],
                           struct am_buf *fold)
{
    if (am_fold(text, n, fold) != AM_OK)
        return false;
    return alias_code(db, am_buf_str(fold), code);
}

/* Levenshtein distance, bounded: returns max + 1 when beyond. */
static size_t edits(const char *a, const char *b, size_t max)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 64 || lb > 64 || (la > lb ? la - lb : lb - la) > max)
        return max + 1;
    size_t prev[65], cur[65];
    for (size_t j = 0; j <= lb; j++)
        prev[j] = j;
    for (size_t i = 1; i <= la; i++) {
        cur[0] = i;
        size_t best = cur[0];
        for (size_t j = 1; j <= lb; j++) {
            size_t sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
            size_t del = prev[j] + 1, ins = cur[j - 1] + 1;
            cur[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
            if (cur[j] < best)
                best = cur[j];
        }
        if (best > max)
            return max + 1;
        memcpy(prev, cur, (lb + 1) * sizeof *prev);
    }
    return prev[lb];
}

/* A misspelt country ("Kazakhstah"): the one alias within one or two
 * letters, when there is exactly one such country. */
static bool near_country(struct am_db *db, const char *key, char code[3], char *name, size_t cap)
{
    size_t len = strlen(key), max = len >= 10 ? 2 : 1;
    if (len < 6)
        return false;
    json_t *rows = NULL;
    if (am_db_all(db, "SELECT a.key, a.code, c.name FROM country_alias a JOIN country c ON c.code = "
                      "a.code WHERE length(a.key) BETWEEN ? AND ?",
                  json_pack("[II]", (json_int_t)(len - max), (json_int_t)(len + max)), &rows, NULL))
        return false;
    char found[3] = "";
    bool unique = true;
    size_t i;
    json_t *r;
    json_array_foreach(rows, i, r) {
        if (edits(key, json_string_value(json_object_get(r, "key")), max) > max)
            continue;
        const char *c = json_string_value(json_object_get(r, "code"));
        if (found[0] && strcmp(found, c) != 0)
            unique = false;
        if (!found[0]) {
            am_str_copy(found, sizeof found, c);
            am_str_copy(name, cap, json_string_value(json_object_get(r, "name")));
        }
    }
    json_decref(rows);
    if (!found[0] || !unique)
        return false;
    am_str_copy(code, 3, found);
    return true;
}

enum am_rc am_country_resolve(struct am_db *db, const char *text, char code[3], char *note,
                              size_t notecap, struct am_err *err)
{
    struct am_buf fold;
    am_buf_init(&fold, 1024);
    char buf[256];
    bool ok = false;
    if (note && notecap)
        note[0] = '\0';
    am_str_copy(buf, sizeof buf, text ? text : "");
    /* "Georgia (country)", "in Italy" */
    char *paren = strstr(buf, " (");
    if (paren && buf[strlen(buf) - 1] == ')')
        *paren = '\0';
    char *s = buf;
    while (*s == ' ')
        s++;
    if (strncmp(s, "in ", 3) == 0)
        s += 3;
    ok = lookup_country(db, s, strlen(s), code, &fold);
    /* "Wales, United Kingdom", "Martinique, France", "Brandenburg, Germany":
     * a part that is itself a country, the first one first (a territory with
     * its own code is named before its state) */
    char *comma = strchr(s, ',');
    if (!ok && comma) {
        ok = lookup_country(db, s, (size_t)(comma - s), code, &fold);
        char *last = strrchr(s, ',') + 1;
        while (!ok && *last == ' ')
            last++;
        if (!ok)
            ok = lookup_country(db, last, strlen(last), code, &fold);
    }
    if (!ok && note && am_fold(s, strlen(s), &fold) == AM_OK) {
        char name[128];
        ok = near_country(db, am_buf_str(&fold), code, name, sizeof name);
        if (ok && note)
            snprintf(note, notecap, "country '%s' read as %s", s, name);
    }
    am_buf_free(&fold);
    if (!ok)
        return am_err_set(err, AM_ENOTFOUND, "country", "country '%s' is not known", s);
    return AM_OK;
}

/* ---- lookups ------------------------------------------------------------ */

static size_t by_key(struct am_db *db, const char *key, const char *cc, struct gcity *out,
                     const struct am_place *p)
{
    json_t *rows = NULL;
    if (!*key || am_db_all(db,
                           "SELECT c.id, c.name, c.population, c.lat, c.lng, c.feature_code FROM "
                           "city_key k JOIN city c ON c.id = k.city_id WHERE k.key = ? AND "
                           "c.country = ? LIMIT 64",
                           json_pack("[ss]", key, cc), &rows, NULL))
        return 0;
    size_t n = 0, i;
    json_t *r;
    json_array_foreach(rows, i, r) {
        struct gcity *c = &out[n++];
        c->id = json_integer_value(json_object_get(r, "id"));
        am_str_copy(c->name, sizeof c->name, json_string_value(json_object_get(r, "name")));
        c->population = json_integer_value(json_object_get(r, "population"));
        json_t *lat = json_object_get(r, "lat"), *lng = json_object_get(r, "lng");
        c->has_point = json_is_number(lat) && json_is_number(lng);
        c->lat = json_number_value(lat);
        c->lng = json_number_value(lng);
        c->rank = feature_rank(json_string_value(json_object_get(r, "feature_code")));
        c->km = p && p->has_point && c->has_point ? am_km(p->lat, p->lng, c->lat, c->lng) : -1;
    }
    json_decref(rows);
    return n;
}

static void candidate(struct am_resolution *r, const struct gcity *c)
{
    if (r->ncand == AM_RESOLVE_CANDIDATES)
        return;
    struct am_candidate *k = &r->cand[r->ncand++];
    k->id = c->id;
    am_str_copy(k->name, sizeof k->name, c->name);
    k->population = c->population;
    k->km = c->km;
}

static int by_distance(const void *a, const void *b)
{
    const struct gcity *x = a, *y = b;
    if (x->km < 0 || y->km < 0)
        return (x->km < 0) - (y->km < 0);
    return (x->km > y->km) - (x->km < y->km);
}

static int by_weight(const void *a, const void *b)
{
    const struct gcity *x = a, *y = b;
    if (x->population != y->population)
        return x->population < y->population ? 1 : -1;
    return y->rank - x->rank;
}

static void found(struct am_resolution *r, const struct gcity *c, double conf, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void found(struct am_resolution *r, const struct gcity *c, double conf, const char *fmt, ...)
{
    r->status = AM_FOUND;
    r->city_id = c->id;
    r->confidence = conf;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->reason, sizeof r->reason, fmt, ap);
    va_end(ap);
}

/* Several places of one name in the country: the point, else a place that
 * outweighs the others, decides; otherwise it is ambiguous. */
static bool pick(struct am_resolution *r, struct gcity *c, size_t n, const char *name,
                 const char *how)
{
    if (n == 1) {
        if (c[0].km > FAR_KM)
            found(r, &c[0], 0.85, "%s '%s' (the given coordinates are %.0f km away)", how, c[0].name,
                  c[0].km);
        else
            found(r, &c[0], c[0].km >= 0 ? 0.99 : 0.95, "%s '%s'", how, c[0].name);
        return true;
    }
    qsort(c, n, sizeof *c, by_distance);
    if (c[0].km >= 0 && c[0].km <= NEAR_KM) {
        found(r, &c[0], 0.9, "%s '%s', the nearest (%.1f km) of %zu places of that name", how,
              c[0].name, c[0].km, n);
        return true;
    }
    qsort(c, n, sizeof *c, by_weight);
    /* population 0 is "not known": a town of 10,000 or more outweighs it */
    if ((c[1].population > 0 && (double)c[0].population >= DOMINANT * (double)c[1].population) ||
        (c[1].population == 0 && c[0].population >= 10000)) {
        found(r, &c[0], 0.7, "%s '%s', by far the largest (%lld inhabitants) of %zu places of that name",
              how, c[0].name, (long long)c[0].population, n);
        return true;
    }
    if (c[0].rank == 5 && c[1].rank < 5) {
        found(r, &c[0], 0.7, "%s '%s', the capital, among %zu places of that name", how, c[0].name, n);
        return true;
    }
    r->status = AM_FOUND_AMBIGUOUS;
    r->confidence = 0;
    snprintf(r->reason, sizeof r->reason, "%zu places are called '%s' in %s%s", n, name, r->country,
             c[0].km >= 0 ? " and none is near the given coordinates" : "; give coordinates");
    r->ncand = 0;
    for (size_t i = 0; i < n; i++)
        candidate(r, &c[i]);
    return true;
}

/* Try one spelling; true when it settled the matter (found or ambiguous). */
static bool try_name(struct am_db *db, struct am_resolution *r, const struct am_place *p,
                     const char *text, size_t len, const char *how, struct am_buf *fold)
{
    struct gcity c[MAX_CANDS];
    if (am_fold(text, len, fold) != AM_OK || !fold->len)
        return false;
    size_t n = by_key(db, am_buf_str(fold), r->country, c, p);
    if (!n)
        return false;
    char name[160];
    snprintf(name, sizeof name, "%.*s", (int)len, text);
    return pick(r, c, n, name, how);
}

/* "Prague 1", "Budapest XIII", "Wien 4.": the city of a numbered district. */
static size_t numbered(const char *name)
{
    const char *sp = strrchr(name, ' ');
    if (!sp || sp == name)
        return 0;
    const char *t = sp + 1;
    size_t digits = strspn(t, "0123456789"), roman = strspn(t, "IVXL");
    size_t k = digits ? digits : roman;
    if (!k || (t[k] && !(t[k] == '.' && !t[k + 1])))
        return 0;
    return (size_t)(sp - name);
}

/* A place named with another: "Berlin – Mitte" or "Mitte (Berlin)". The
 * part is taken when the gazetteer has it near the city; else the part
 * alone ("Warwick (Southern Downs)" is Warwick); else the city, saying that
 * the part (a district, as a rule) is not in the gazetteer. */
static bool try_pair(struct am_db *db, struct am_resolution *r, const struct am_place *p,
                     const char *city, size_t clen, const char *part, size_t plen, const char *how,
                     struct am_buf *fold)
{
    struct am_resolution rc = *r, rp = *r;
    bool have_city = try_name(db, &rc, p, city, clen, "city", fold) && rc.status == AM_FOUND;
    /* "Vienna 1 – Innere Stadt": the city is named by its numbered district */
    char whole[200];
    snprintf(whole, sizeof whole, "%.*s", (int)clen, city);
    size_t base = numbered(whole);
    if (!have_city && base)
        have_city = try_name(db, &rc, p, whole, base, "city", fold) && rc.status == AM_FOUND;
    struct gcity c[MAX_CANDS];
    size_t n = am_fold(part, plen, fold) == AM_OK ? by_key(db, am_buf_str(fold), r->country, c, p) : 0;
    if (n && have_city) {
        json_t *pt = NULL;
        if (!am_db_one(db, "SELECT lat, lng FROM city WHERE id = ? AND lat IS NOT NULL",
                       json_pack("[I]", (json_int_t)rc.city_id), &pt, NULL)) {
            double lat = json_number_value(json_object_get(pt, "lat"));
            double lng = json_number_value(json_object_get(pt, "lng"));
            for (size_t i = 0; i < n; i++)
                c[i].km = c[i].has_point ? am_km(lat, lng, c[i].lat, c[i].lng) : -1;
            qsort(c, n, sizeof *c, by_distance);
            json_decref(pt);
            if (c[0].km >= 0 && c[0].km <= DISTRICT_KM) {
                found(r, &c[0], 0.9, "district '%s' of %.*s", c[0].name, (int)clen, city);
                return true;
            }
        }
    }
    if (n && try_name(db, &rp, p, part, plen, how, fold)) {
        *r = rp;
        return true;
    }
    if (have_city) {
        *r = rc;
        snprintf(r->reason, sizeof r->reason,
                 "'%.*s' is not in the gazetteer; resolved to the city it belongs to, '%.*s'",
                 (int)plen, part, (int)clen, city);
        r->confidence = 0.8;
        return true;
    }
    return false;
}

/* ---- the spellings a source uses ---------------------------------------- */

/* Words around the name of a place in the names of its local authority, in
 * the languages of the real data sets: "Comune di Volterra", "Stadt
 * Augsburg", "Lemvig Kommune", "Wem Town Council". */
static const char *const admin_prefixes[] = {
    "City of ", "Town of ", "Municipality of ", "Borough of ", "County of ", "Province of ",
    "District of ", "Region of ", "County ", "Municipalité de ", "Municipalité d'", "Commune de ",
    "Commune d'", "Ville de ", "Ville d'", "Région d'", "Région de ", "Città di ", "Comune di ",
    "Città metropolitana di ", "Provincia di ", "Stadt ", "Gemeinde ", "Marktgemeinde ",
    "Landkreis ", "Kreis ", "Hansestadt ", "Ayuntamiento de ", "Concello de ", "Municipio de ",
    "Câmara Municipal de ", "Município de ", "Gmina ", "Miasto ", "Urząd Miasta ", "Obec ",
    "Mesto ", "Město ", "Grad ", "Općina ", "Občina ", "Opština ", "Dimos ", "Δήμος ",
    "Gemeente ", "Kommune ", "Mairie de ", NULL,
};
static const char *const admin_suffixes[] = {
    " county", " province", " district municipality", " district", " municipality", " region",
    " regional unit", " prefecture", " borough", " city council", " town council",
    " borough council", " district council", " county council", " council", " kommune", " kommun",
    " kommuna", " municipio", " gemeinde", " amalgamated community", " city", NULL,
};

static bool strip_admin(const char *name, char *out, size_t cap)
{
    size_t n = strlen(name);
    for (const char *const *w = admin_suffixes; *w; w++) {
        size_t k = strlen(*w);
        if (n > k && am_str_ieq(name + n - k, *w)) {
            snprintf(out, cap, "%.*s", (int)(n - k), name);
            return true;
        }
    }
    for (const char *const *w = admin_prefixes; *w; w++) {
        size_t k = strlen(*w);
        if (n > k && strncasecmp(name, *w, k) == 0) {
            snprintf(out, cap, "%s", name + k);
            return true;
        }
    }
    return false;
}

/* " – ", " — " or " - " between a city and its district. */
static const char *dash(const char *name, size_t *seplen)
{
    static const char *const seps[] = {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ", NULL};
    for (const char *const *s = seps; *s; s++) {
        const char *d = strstr(name, *s);
        if (d) {
            *seplen = strlen(*s);
            return d;
        }
    }
    return NULL;
}

static bool try_spellings(struct am_db *db, struct am_resolution *r, const struct am_place *p,
                          struct am_buf *fold)
{
    const char *name = p->name;
    size_t len = strlen(name), sep;
    if (try_name(db, r, p, name, len, "name", fold))
        return true;
    const char *d = dash(name, &sep);
    if (d && try_pair(db, r, p, name, (size_t)(d - name), d + sep, strlen(d + sep), "district", fold))
        return true;
    const char *open = strchr(name, '(');
    if (open && name[len - 1] == ')') {
        size_t outer = (size_t)(open - name);
        while (outer && name[outer - 1] == ' ')
            outer--;
        const char *inner = open + 1;
        size_t ilen = (size_t)(name + len - 1 - inner);
        if (try_pair(db, r, p, inner, ilen, name, outer, "name without the words in brackets", fold))
            return true;
    }
    const char *comma = strchr(name, ',');
    if (comma && try_name(db, r, p, name, (size_t)(comma - name), "name before the comma", fold))
        return true;
    size_t base = numbered(name);
    if (base && try_name(db, r, p, name, base, "city of the numbered district", fold)) {
        if (r->status == AM_FOUND) {
            snprintf(r->reason, sizeof r->reason,
                     "district '%s' is not in the gazetteer; resolved to its city '%.*s'", name,
                     (int)base, name);
            r->confidence = 0.8;
        }
        return true;
    }
    const char *slash = strchr(name, '/');
    if (slash) {
        size_t a = (size_t)(slash - name);
        while (a && name[a - 1] == ' ')
            a--;
        const char *b = slash + 1;
        while (*b == ' ')
            b++;
        if (try_name(db, r, p, name, a, "first of its two names", fold) ||
            try_name(db, r, p, b, strlen(b), "second of its two names", fold))
            return true;
    }
    char stripped[200];
    if (strip_admin(name, stripped, sizeof stripped) &&
        try_name(db, r, p, stripped, strlen(stripped), "place of the local authority", fold)) {
        if (r->status == AM_FOUND)
            r->confidence = 0.75;
        return true;
    }
    /* "Linköpings (kommun)": a Swedish genitive */
    if (len > 3 && name[len - 1] == 's' &&
        try_name(db, r, p, name, len - 1, "name without its genitive s", fold)) {
        if (r->status == AM_FOUND)
            r->confidence = 0.75;
        return true;
    }
    return false;
}

/* ---- the point ------------------------------------------------------------ */

/* The best likeness of key to any of a place's names. */
static double likeness(const struct gcity *c, const char *key)
{
    double best = 0;
    char one[512];
    for (const char *k = c->keys; *k;) {
        size_t n = strcspn(k, "|");
        snprintf(one, sizeof one, "%.*s", (int)n, k);
        double s = am_name_similarity(key, one);
        if (s > best)
            best = s;
        k += n + (k[n] == '|');
    }
    return best;
}

enum { NEAR_MAX = 16 };

/* Fold a place's name and other names (a JSON array) into c->keys. */
static void fold_keys(struct gcity *c, const char *alt_names)
{
    struct am_buf keys, f;
    am_buf_init(&keys, sizeof c->keys - 1);
    am_buf_init(&f, 1024);
    if (am_fold(c->name, strlen(c->name), &f) == AM_OK)
        am_buf_adds(&keys, am_buf_str(&f));
    json_t *alts = alt_names ? json_loads(alt_names, 0, NULL) : NULL;
    size_t k;
    json_t *a;
    json_array_foreach(alts, k, a) {
        const char *name = json_string_value(a);
        if (keys.err)
            break; /* a long list is cut short */
        if (am_fold(name, strlen(name), &f) == AM_OK && f.len) {
            am_buf_addc(&keys, '|');
            am_buf_adds(&keys, am_buf_str(&f));
        }
    }
    json_decref(alts);
    keys.err = AM_OK;
    am_str_copy(c->keys, sizeof c->keys, am_buf_str(&keys));
    am_buf_free(&keys);
    am_buf_free(&f);
}

/* The places of the country around the point, nearest first, at most
 * NEAR_MAX, with their folded names. */
static size_t around(struct am_db *db, const struct am_place *p, const char *cc, double km,
                     struct gcity *out)
{
    double dlat = km / 111.0, dlng = km / (111.0 * fmax(cos(p->lat * M_PI / 180), 0.05));
    json_t *rows = NULL;
    if (am_db_all(db,
                  "SELECT c.id, c.name, c.population, c.lat, c.lng, c.feature_code, c.alt_names FROM "
                  "city_geo g CROSS JOIN city c ON c.id = g.id WHERE g.min_lat >= ? AND g.max_lat <= ? AND "
                  "g.min_lng >= ? AND g.max_lng <= ? AND c.country = ?",
                  json_pack("[IIIIs]", (json_int_t)am_city_geo_unit(p->lat - dlat),
                            (json_int_t)am_city_geo_unit(p->lat + dlat),
                            (json_int_t)am_city_geo_unit(p->lng - dlng),
                            (json_int_t)am_city_geo_unit(p->lng + dlng), cc),
                  &rows, NULL))
        return 0;
    size_t n = 0, i;
    json_t *r;
    const char *alt[MAX_CANDS];
    json_array_foreach(rows, i, r) {
        struct gcity c = {0};
        c.lat = json_number_value(json_object_get(r, "lat"));
        c.lng = json_number_value(json_object_get(r, "lng"));
        c.km = am_km(p->lat, p->lng, c.lat, c.lng);
        if (c.km > km)
            continue;
        c.id = json_integer_value(json_object_get(r, "id"));
        am_str_copy(c.name, sizeof c.name, json_string_value(json_object_get(r, "name")));
        c.population = json_integer_value(json_object_get(r, "population"));
        c.has_point = true;
        c.rank = feature_rank(json_string_value(json_object_get(r, "feature_code")));
        /* keep the MAX_CANDS nearest, in order */
        size_t at;
        if (n < MAX_CANDS)
            at = n++;
        else if (out[MAX_CANDS - 1].km > c.km)
            at = MAX_CANDS - 1;
        else
            continue;
        out[at] = c;
        alt[at] = json_string_value(json_object_get(r, "alt_names"));
        for (size_t k = at; k > 0 && out[k].km < out[k - 1].km; k--) {
            struct gcity t = out[k];
            out[k] = out[k - 1];
            out[k - 1] = t;
            const char *ta = alt[k];
            alt[k] = alt[k - 1];
            alt[k - 1] = ta;
        }
    }
    if (n > NEAR_MAX)
        n = NEAR_MAX;
    for (size_t k = 0; k < n; k++)
        fold_keys(&out[k], alt[k]);
    json_decref(rows);
    return n;
}

/* Not in the gazetteer by name: a place right there with a like name is
 * taken (a transliteration, a longer official name); others are listed. */
static bool by_point(struct am_db *db, struct am_resolution *r, const struct am_place *p,
                     struct am_buf *fold)
{
    struct gcity c[MAX_CANDS];
    size_t n = around(db, p, r->country, POINT_KM, c);
    if (am_fold(p->name, strlen(p->name), fold) != AM_OK)
        return false;
    const char *key = am_buf_str(fold);
    double best = 0;
    size_t at = 0;
    for (size_t i = 0; i < n; i++) {
        double s = likeness(&c[i], key);
        bool ok = (c[i].km <= POINT_SURE_KM && s >= LIKE_NEAR) || s >= LIKE_SURE;
        /* prefer likeness, then nearness */
        if (ok && s - c[i].km / 100 > best) {
            best = s - c[i].km / 100;
            at = i + 1;
        }
    }
    if (at) {
        const struct gcity *g = &c[at - 1];
        double s = likeness(g, key);
        /* "matched to Lviv, 14 km from the given point (a like name: 100%)" */
        if (g->km < 0.5)
            found(r, g, 0.5 + 0.3 * s - g->km / 100, "matched to %s, at the given point (a like name: %.0f%%)",
                  g->name, s * 100);
        else
            found(r, g, 0.5 + 0.3 * s - g->km / 100,
                  "matched to %s, %.0f km from the given point (a like name: %.0f%%)", g->name, g->km, s * 100);
        return true;
    }
    for (size_t i = 0; i < n && r->ncand < 3; i++)
        candidate(r, &c[i]);
    return false;
}

/* The bounding box of a circle, in the location index's units. */
static json_t *box(double lat, double lng, double km)
{
    double dlat = km / 111.0, dlng = km / (111.0 * fmax(cos(lat * M_PI / 180), 0.05));
    return json_pack("[IIII]", (json_int_t)am_city_geo_unit(lat - dlat),
                     (json_int_t)am_city_geo_unit(lat + dlat), (json_int_t)am_city_geo_unit(lng - dlng),
                     (json_int_t)am_city_geo_unit(lng + dlng));
}

enum am_rc am_point_in_country(struct am_db *db, double lat, double lng, const char *cc,
                               bool *inside, char *why, size_t cap, struct am_err *err)
{
    static const double radii[] = {30, 150};
    /* the gazetteer's places only: places added from files must not move a
     * border, or whether a place is accepted would depend on what was
     * imported before it (and a second import would accept what the first
     * refused) */
    static const char IN_BOX[] = "FROM city_geo g CROSS JOIN city c ON c.id = g.id WHERE g.min_lat >= ? "
                                 "AND g.max_lat <= ? AND g.min_lng >= ? AND g.max_lng <= ? "
                                 "AND c.geonames_id IS NOT NULL";
    *inside = true;
    for (size_t k = 0; k < 2; k++) {
        int64_t any = 0, mine = 0;
        char sql[512];
        snprintf(sql, sizeof sql, "SELECT count(*) %s", IN_BOX);
        enum am_rc rc = am_db_i64(db, sql, box(lat, lng, radii[k]), &any, err);
        if (rc)
            return rc;
        if (!any)
            continue;
        /* the box is close enough to the circle for a yes or no */
        json_t *args = box(lat, lng, radii[k]);
        json_array_append_new(args, json_string(cc));
        snprintf(sql, sizeof sql, "SELECT count(*) %s AND c.country = ?", IN_BOX);
        if ((rc = am_db_i64(db, sql, args, &mine, err)))
            return rc;
        *inside = mine > 0;
        if (!*inside) {
            json_t *near = NULL;
            args = box(lat, lng, radii[k]);
            json_t *more = json_pack("[ffff]", lat, lat, lng, lng);
            json_array_extend(args, more);
            json_decref(more);
            snprintf(sql, sizeof sql,
                     "SELECT c.name, c.country %s ORDER BY (c.lat - ?) * (c.lat - ?) + "
                     "(c.lng - ?) * (c.lng - ?) LIMIT 1", IN_BOX);
            if (!am_db_one(db, sql, args, &near, NULL)) {
                snprintf(why, cap, "the coordinates lie by %s (%s), not in %s",
                         json_string_value(json_object_get(near, "name")),
                         json_string_value(json_object_get(near, "country")), cc);
                json_decref(near);
            }
        }
        return AM_OK;
    }
    return AM_OK;
}

/* A place that is an ISO territory of its own (Macau, Hong Kong,
 * Gibraltar) listed under its state: look in the territory. */
static bool own_territory(struct am_db *db, struct am_resolution *r, const struct am_place *p,
                          struct am_buf *fold)
{
    char code[3];
    if (am_fold(p->name, strlen(p->name), fold) != AM_OK || !alias_code(db, am_buf_str(fold), code) ||
        strcmp(code, r->country) == 0)
        return false;
    struct am_resolution t = *r;
    am_str_copy(t.country, sizeof t.country, code);
    if (!try_name(db, &t, p, p->name, strlen(p->name), "name", fold) || t.status != AM_FOUND)
        return false;
    char given[3];
    am_str_copy(given, sizeof given, r->country);
    *r = t;
    snprintf(r->reason + strlen(r->reason), sizeof r->reason - strlen(r->reason),
             "; %s is a territory of its own (%s), listed under %s", p->name, code, given);
    return true;
}

enum am_rc am_resolve(struct am_db *db, const struct am_place *p, struct am_resolution *r,
                      struct am_err *err)
{
    struct am_buf fold;
    char note[200];
    memset(r, 0, sizeof *r);
    if (!p->name || !*p->name)
        return am_err_set(err, AM_EINVAL, "name", "name: is required");
    enum am_rc rc = am_country_resolve(db, p->country, r->country, note, sizeof note, err);
    if (rc == AM_ENOTFOUND) {
        r->status = AM_FOUND_NO_COUNTRY;
        r->country[0] = '\0';
        snprintf(r->reason, sizeof r->reason, "country '%s' is not known", p->country ? p->country : "");
        am_err_clear(err);
        return AM_OK;
    }
    if (rc)
        return rc;
    am_buf_init(&fold, 4096);
    r->status = AM_FOUND_NONE;
    bool settled = try_spellings(db, r, p, &fold) || own_territory(db, r, p, &fold) ||
                   (p->has_point && by_point(db, r, p, &fold));
    if (!settled)
        snprintf(r->reason, sizeof r->reason, "no place called '%s' in %s%s", p->name, r->country,
                 r->ncand ? "; the nearest are listed" : "");
    if (note[0]) {
        size_t n = strlen(r->reason);
        snprintf(r->reason + n, sizeof r->reason - n, " (%s)", note);
        if (r->status == AM_FOUND)
            r->confidence *= 0.9;
    }
    am_buf_free(&fold);
    return AM_OK;
}

json_t *am_resolution_json(struct am_db *db, const struct am_resolution *r)
{
    json_t *city = json_null();
    if (r->status == AM_FOUND)
        am_db_one(db, "SELECT id, name, country, region, lat, lng, population, geonames_id FROM city "
                      "WHERE id = ?",
                  json_pack("[I]", (json_int_t)r->city_id), &city, NULL);
    json_t *cands = json_array();
    for (size_t i = 0; i < r->ncand; i++) {
        const struct am_candidate *c = &r->cand[i];
        json_t *o = json_pack("{s:I,s:s,s:I}", "id", (json_int_t)c->id, "name", c->name,
                              "population", (json_int_t)c->population);
        if (c->km >= 0)
            json_object_set_new(o, "distance_km", json_real(round(c->km * 10) / 10));
        json_array_append_new(cands, o);
    }
    return json_pack("{s:s,s:s?,s:o,s:f,s:s,s:o}", "status", am_found_name(r->status), "country",
                     r->country[0] ? r->country : NULL, "city", city ? city : json_null(),
                     "confidence", round(r->confidence * 100) / 100, "reason", r->reason,
                     "candidates", cands);
}

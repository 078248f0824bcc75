/* The resolver against the real gazetteer (GeoNames, as the build converts
 * it): the hard cases of the real data sets. Loaded once, checked as a
 * table so that one failure names its case. */
#include "am_gazetteer.h"
#include "am_resolve.h"
#include "test_support.h"
#include "util/am_fold.h"

struct case_ {
    const char *name, *country;
    bool point;
    double lat, lng;
    const char *status;   /* resolved, ambiguous, not_found, unknown_country */
    const char *city;     /* the gazetteer's name, when resolved */
    const char *cc;       /* and its country */
};

static const struct case_ cases[] = {
    /* exonyms, other scripts, diacritics and case */
    {"Cologne", "Germany", false, 0, 0, "resolved", "Köln", "DE"},
    {"koln", "de", false, 0, 0, "resolved", "Köln", "DE"},
    {"Nuremberg", "Germany", false, 0, 0, "resolved", "Nürnberg", "DE"},
    {"Gothenburg", "Sweden", false, 0, 0, "resolved", "Göteborg", "SE"},
    {"Den Haag", "Netherlands", false, 0, 0, "resolved", "The Hague", "NL"},
    {"Kiev", "Ukraine", false, 0, 0, "resolved", "Kyiv", "UA"},
    {"Москва", "Russia", false, 0, 0, "resolved", "Moscow", "RU"},
    {"اصفهان", "Iran", false, 0, 0, "resolved", "Isfahan", "IR"},
    {"Reggio Emilia", "Italy", false, 0, 0, "resolved", "Reggio nell'Emilia", "IT"},
    {"St. Petersburg", "Russia", false, 0, 0, "resolved", "Saint Petersburg", "RU"},
    /* countries as people write them */
    {"Cardiff", "Wales", false, 0, 0, "resolved", "Cardiff", "GB"},
    {"Edinburgh", "Scotland", false, 0, 0, "resolved", "Edinburgh", "GB"},
    {"Cardiff", "Wales, United Kingdom", false, 0, 0, "resolved", "Cardiff", "GB"},
    {"Bethlehem", "Palestine", false, 0, 0, "resolved", "Bethlehem", "PS"},
    {"Taipei", "Taiwan", false, 0, 0, "resolved", "Taipei", "TW"},
    {"Pristina", "Kosovo", false, 0, 0, "resolved", "Pristina", "XK"},
    {"Brno", "Czech Republic", false, 0, 0, "resolved", "Brno", "CZ"},
    {"Brno", "Czechia", false, 0, 0, "resolved", "Brno", "CZ"},
    {"Batumi", "Georgia (country)", false, 0, 0, "resolved", "Batumi", "GE"},
    {"Cork", "Republic of Ireland", false, 0, 0, "resolved", "Cork", "IE"},
    {"Astana", "Kazakhstah", false, 0, 0, "resolved", "Nur-Sultan", "KZ"},
    {"Macau", "China", false, 0, 0, "resolved", "Macau", "MO"},
    {"Paris", "Atlantis", false, 0, 0, "unknown_country", NULL, NULL},
    /* districts: the district when the gazetteer has it, else its city */
    {"Mitte (Berlin)", "Germany", false, 0, 0, "resolved", "Mitte", "DE"},
    {"Zemun (Belgrade)", "Serbia", false, 0, 0, "resolved", "Zemun", "RS"},
    {"Prague 1", "Czech Republic", false, 0, 0, "resolved", "Prague", "CZ"},
    {"Berlin – Charlottenburg-Wilmersdorf", "Germany", false, 0, 0, "resolved", "Berlin", "DE"},
    {"Vienna 1 – Innere Stadt", "Austria", false, 0, 0, "resolved", "Innere Stadt", "AT"},
    {"Eastern AO (Moscow)", "Russia", false, 0, 0, "resolved", "Moscow", "RU"},
    {"Halle (Saale)", "Germany", false, 0, 0, "resolved", "Halle (Saale)", "DE"},
    {"Frankfurt (Oder)", "Germany", false, 0, 0, "resolved", "Frankfurt (Oder)", "DE"},
    {"Warwick (Southern Downs)", "Australia", true, -28.22, 152.03, "resolved", "Warwick", "AU"},
    {"Wellington, Shropshire", "England", false, 0, 0, "resolved", "Wellington", "GB"},
    {"Donostia / San Sebastian", "Spain", false, 0, 0, "resolved", "Donostia / San Sebastián", "ES"},
    /* local authorities named with their office */
    {"Stadt Augsburg", "DE", false, 0, 0, "resolved", "Augsburg", "DE"},
    {"Comune di Volterra", "IT", false, 0, 0, "resolved", "Volterra", "IT"},
    {"Lemvig Kommune", "DK", false, 0, 0, "resolved", "Lemvig", "DK"},
    {"Linköpings", "SE", false, 0, 0, "resolved", "Linköping", "SE"},
    /* the same name in several places: the point, else the far larger */
    {"Springfield", "United States", false, 0, 0, "ambiguous", NULL, NULL},
    {"Springfield", "United States", true, 39.80, -89.64, "resolved", "Springfield", "US"},
    {"Frankfurt", "Germany", false, 0, 0, "resolved", "Frankfurt am Main", "DE"},
    /* a transliteration the gazetteer spells otherwise, found by the point */
    {"Yeongju", "South Korea", true, 36.80, 128.60, "resolved", "Eisen", "KR"},
    /* never across countries */
    {"Paris", "Belgium", false, 0, 0, "not_found", NULL, NULL},
    {"Nowhereville", "Italy", false, 0, 0, "not_found", NULL, NULL},
};

Test(resolve, the_hard_cases_of_the_real_data, .timeout = 600)
{
    struct tdb t;
    struct am_err err = {0};
    struct am_gazetteer_stats st;
    tdb_open(&t, 1);
    cr_assert_eq(am_gazetteer_import(t.db, AMITY_GAZETTEER, NULL, NULL, &st, &err), AM_OK, "%s",
                 err.msg);
    cr_assert_gt(st.rows, 130000);
    int failed = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const struct case_ *c = &cases[i];
        struct am_place p = {c->name, c->country, c->point, c->lat, c->lng};
        struct am_resolution r;
        cr_assert_eq(am_resolve(t.db, &p, &r, &err), AM_OK, "%s: %s", c->name, err.msg);
        const char *status = am_found_name(r.status);
        json_t *city = NULL;
        if (r.status == AM_FOUND)
            am_db_one(t.db, "SELECT name, country FROM city WHERE id = ?",
                      json_pack("[I]", (json_int_t)r.city_id), &city, NULL);
        const char *name = json_string_value(json_object_get(city, "name"));
        const char *cc = json_string_value(json_object_get(city, "country"));
        bool ok = strcmp(status, c->status) == 0 &&
                  (!c->city || (name && strcmp(name, c->city) == 0 && strcmp(cc, c->cc) == 0));
        if (!ok) {
            cr_log_error("'%s', %s: got %s %s (%s) [%s]; want %s %s (%s)", c->name, c->country,
                         status, name ? name : "-", cc ? cc : "-", r.reason, c->status,
                         c->city ? c->city : "-", c->cc ? c->cc : "-");
            failed++;
        }
        if (r.status == AM_FOUND)
            cr_expect(r.reason[0] != '\0', "%s: a resolution says why", c->name);
        json_decref(city);
    }
    cr_assert_eq(failed, 0, "%d of %zu cases failed", failed, sizeof cases / sizeof cases[0]);
    tdb_close(&t);
}

Test(fold, names_meet_whatever_their_spelling)
{
    struct am_buf b;
    am_buf_init(&b, 1024);
    static const char *const pairs[][2] = {
        {"Köln", "koln"}, {"KÖLN", "koln"}, {"Reggio nell'Emilia", "reggio nellemilia"},
        {"Saint-Étienne", "saint etienne"}, {"Łódź", "lodz"}, {"Ærøskøbing", "aeroskobing"},
        {"Straße", "strasse"}, {"İstanbul", "istanbul"}, {"  Halle (Saale) ", "halle saale"},
        {"Москва", "москва"}, {"اصفهان", "اصفهان"}, {"Ōta", "ota"}, {"Đà Nẵng", "da nang"},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        cr_assert_eq(am_fold(pairs[i][0], strlen(pairs[i][0]), &b), AM_OK);
        cr_expect_str_eq(am_buf_str(&b), pairs[i][1], "fold(%s)", pairs[i][0]);
    }
    cr_assert_eq(am_fold("\xff", 1, &b), AM_EINVAL);
    cr_assert_float_eq(am_name_similarity("bad kotzting", "kotzting"), 1.0, 1e-9);
    cr_assert_gt(am_name_similarity("gwangmyeong", "kwangmyong"), 0.5);
    cr_assert_lt(am_name_similarity("ota", "kawasaki"), 0.2);
    am_buf_free(&b);
}

Test(resolve, distances)
{
    /* Reggio Emilia to Köln, some 745 km as the crow flies */
    double km = am_km(44.698, 10.631, 50.933, 6.95);
    cr_assert(km > 735 && km < 755, "%f", km);
    cr_assert_float_eq(am_km(10, 20, 10, 20), 0.0, 1e-9);
}

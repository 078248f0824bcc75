/* The reply's language: ?lang= and Accept-Language, the message table and
 * its translations, and country names read in the language. */
#include <criterion/criterion.h>
#include <string.h>

#include "am_schema.h"
#include "test_support.h"
#include "util/am_lang.h"
#include "util/am_msg.h"
#include "util/am_str.h"

/* ---- negotiation -------------------------------------------------------- */

Test(lang, codes_and_tags)
{
    enum am_lang l = AM_LANG_EN;
    cr_assert_str_eq(am_lang_code(AM_LANG_FA), "fa");
    cr_assert_str_eq(am_lang_code((enum am_lang)99), "en");
    cr_assert(am_lang_parse("fr", &l) && l == AM_LANG_FR);
    cr_assert(am_lang_parse("FR", &l) && l == AM_LANG_FR);
    cr_assert(am_lang_parse("fr-CH", &l) && l == AM_LANG_FR, "the region is ignored");
    cr_assert(am_lang_parse("uk_UA", &l) && l == AM_LANG_UK);
    cr_assert(am_lang_parse("fa-Arab-IR", &l) && l == AM_LANG_FA);
    cr_assert(am_lang_parse("it", &l) && l == AM_LANG_IT);
    cr_assert(am_lang_parse("en-GB", &l) && l == AM_LANG_EN);
    cr_assert_not(am_lang_parse("de", &l));
    cr_assert_not(am_lang_parse("fra", &l), "three letters are not ours");
    cr_assert_not(am_lang_parse("f", &l));
    cr_assert_not(am_lang_parse("", &l));
    cr_assert_not(am_lang_parse("fr;q=1", &l));
    cr_assert_not(am_lang_parse("fr CH", &l));
    cr_assert_not(am_lang_parse(NULL, &l));
}

Test(lang, accept_language)
{
    cr_assert_eq(am_lang_accept(NULL), AM_LANG_EN);
    cr_assert_eq(am_lang_accept(""), AM_LANG_EN);
    cr_assert_eq(am_lang_accept("*"), AM_LANG_EN);
    cr_assert_eq(am_lang_accept("fr"), AM_LANG_FR);
    cr_assert_eq(am_lang_accept("fr-CH,fr;q=0.9"), AM_LANG_FR);
    cr_assert_eq(am_lang_accept("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5"), AM_LANG_FR);
    /* q-values: the highest wins, not the first */
    cr_assert_eq(am_lang_accept("en;q=0.5, uk;q=0.8"), AM_LANG_UK);
    cr_assert_eq(am_lang_accept("it;q=0.3,fa;q=0.7,fr;q=0.5"), AM_LANG_FA);
    cr_assert_eq(am_lang_accept("it;q=1.0,fa;q=1"), AM_LANG_IT, "equals: the first listed");
    cr_assert_eq(am_lang_accept("it ; q=0.4 , fr ;Q=0.6"), AM_LANG_FR, "spaces and a capital Q");
    /* languages we lack are passed over; none of ours is English */
    cr_assert_eq(am_lang_accept("de-DE, de;q=0.9, it;q=0.1"), AM_LANG_IT);
    cr_assert_eq(am_lang_accept("de, es;q=0.9"), AM_LANG_EN);
    /* q=0 refuses: never chosen */
    cr_assert_eq(am_lang_accept("fr;q=0"), AM_LANG_EN);
    cr_assert_eq(am_lang_accept("en;q=0, fa"), AM_LANG_FA);
    cr_assert_eq(am_lang_accept("fr;q=0.000, it;q=0.001"), AM_LANG_IT);
    /* what cannot be read counts for nothing */
    cr_assert_eq(am_lang_accept("fr;q=2, it;q=0.5"), AM_LANG_IT);
    cr_assert_eq(am_lang_accept("fr;q=0.5555, uk;q=0.1"), AM_LANG_UK);
    cr_assert_eq(am_lang_accept("fr;q=, uk;q=0.1"), AM_LANG_UK);
    cr_assert_eq(am_lang_accept("fr;q=1.5, uk;q=0.1"), AM_LANG_UK);
    cr_assert_eq(am_lang_accept("fr x, uk;q=0.1"), AM_LANG_UK);
    cr_assert_eq(am_lang_accept(",,, ;q=1, fr"), AM_LANG_FR);
    cr_assert_eq(am_lang_accept("fr;level=1;q=0.5, it;q=0.4"), AM_LANG_FR, "other parameters are ignored");
    /* `*` is any language: English, at its q */
    cr_assert_eq(am_lang_accept("*;q=0.9, fr;q=0.5"), AM_LANG_EN);
    cr_assert_eq(am_lang_accept("*;q=0.1, fr;q=0.5"), AM_LANG_FR);
}

Test(lang, query_wins_over_the_header)
{
    bool vary = false;
    cr_assert_eq(am_lang_choose("it", "fr", &vary), AM_LANG_IT);
    cr_assert_not(vary, "the header did not decide");
    cr_assert_eq(am_lang_choose("de", "fr", &vary), AM_LANG_EN, "an unknown language is English");
    cr_assert_not(vary);
    cr_assert_eq(am_lang_choose("uk-UA", NULL, &vary), AM_LANG_UK);
    cr_assert_eq(am_lang_choose(NULL, "fr-CH,fr;q=0.9", &vary), AM_LANG_FR);
    cr_assert(vary);
    cr_assert_eq(am_lang_choose("", "fa", &vary), AM_LANG_FA, "an empty lang= is none");
    cr_assert(vary);
    cr_assert_eq(am_lang_choose(NULL, NULL, NULL), AM_LANG_EN);
}

Test(lang, the_thread_starts_in_english)
{
    cr_assert_eq(am_lang_current(), AM_LANG_EN);
    am_lang_set(AM_LANG_FA);
    cr_assert_eq(am_lang_current(), AM_LANG_FA);
    cr_assert_eq(am_lang_names(), AM_LANG_FA, "names follow");
    am_lang_set_names(AM_LANG_EN); /* a write: messages in Persian, names in English */
    cr_assert_eq(am_lang_current(), AM_LANG_FA);
    cr_assert_eq(am_lang_names(), AM_LANG_EN);
    am_lang_set((enum am_lang)42);
    cr_assert_eq(am_lang_current(), AM_LANG_EN);
    cr_assert_eq(am_lang_names(), AM_LANG_EN);
}

/* ---- the message table ---------------------------------------------------- */

/* The conversions of a format, in order ("%s|%.60s|"); "%%" is none. */
static void conversions(const char *fmt, char *out, size_t cap)
{
    size_t n = 0;
    out[0] = '\0';
    for (const char *p = strchr(fmt, '%'); p; p = strchr(p, '%')) {
        if (p[1] == '%') {
            p += 2;
            continue;
        }
        size_t len = 1 + strspn(p + 1, "-+ #0123456789.*hlLqjzt");
        if (p[len])
            len++;
        int w = snprintf(out + n, cap - n, "%.*s|", (int)len, p);
        cr_assert(w > 0 && (size_t)w < cap - n);
        n += (size_t)w;
        p += len;
    }
}

Test(msg, every_translation_has_the_english_conversions)
{
    int translated = 0;
    for (int id = 0; id < AM_MSG_COUNT; id++) {
        const char *en = am_msg_format((enum am_msg_id)id, AM_LANG_EN);
        cr_assert_not_null(en, "message %d has no English", id);
        char want[128], got[128];
        conversions(en, want, sizeof want);
        for (int l = 1; l < AM_LANG_COUNT; l++) {
            const char *t = am_msg_format((enum am_msg_id)id, (enum am_lang)l);
            if (!t)
                continue;
            translated++;
            cr_assert(am_utf8_valid(t, strlen(t)), "message %d in %s is not UTF-8", id, am_lang_code((enum am_lang)l));
            conversions(t, got, sizeof got);
            cr_assert_str_eq(got, want, "message %d in %s: conversions %s, English has %s", id,
                             am_lang_code((enum am_lang)l), got, want);
        }
    }
    cr_assert_geq(translated, 12 * (AM_LANG_COUNT - 1), "the commonest dozen in every language");
    cr_assert_null(am_msg_format(AM_MSG_COUNT, AM_LANG_FR));
}

Test(msg, am_tr_follows_the_thread_and_falls_back_to_english)
{
    cr_assert_str_eq(AM_TR(REQUIRED), AM_MSG_EN_REQUIRED);
    am_lang_set(AM_LANG_FR);
    cr_assert_str_eq(AM_TR(REQUIRED), "%s : est obligatoire ; remplissez-le");
    /* no translation: the English */
    cr_assert_str_eq(AM_TR(FIELD), "%s : %s");
    am_lang_set(AM_LANG_IT);
    cr_assert_str_eq(AM_TR(FIELD), AM_MSG_EN_FIELD);
    am_lang_set(AM_LANG_EN);
}

/* ---- validation in the reader's language ------------------------------------ */

static const char *const kinds[] = {"twinning", "friendship", NULL};
static const struct am_field fields[] = {
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_REQUIRED, .max = 5},
    {.name = "kind", .type = AM_T_ENUM, .values = kinds},
    {.name = "year", .type = AM_T_INT, .min = 1900, .max = 2100},
    {0},
};
static const struct am_schema schema = {.name = "Thing", .doc = NULL, .fields = fields};

static struct am_err check_in(enum am_lang l, const char *json, enum am_check mode)
{
    struct am_err err = {0};
    json_t *v = json_loads(json, 0, NULL);
    cr_assert_not_null(v);
    am_lang_set(l);
    cr_assert_neq(am_schema_check(&schema, v, mode, &err), AM_OK);
    am_lang_set(AM_LANG_EN);
    json_decref(v);
    return err;
}

Test(msg, validation_speaks_the_language_with_the_same_code_and_field)
{
    struct am_err en = check_in(AM_LANG_EN, "{\"name\": \"x\", \"kind\": \"pen-pals\"}", AM_CHECK_CREATE);
    struct am_err fr = check_in(AM_LANG_FR, "{\"name\": \"x\", \"kind\": \"pen-pals\"}", AM_CHECK_CREATE);
    cr_assert_str_eq(en.msg, "Kind: 'pen-pals' is not one of its choices; choose one of: twinning, friendship");
    cr_assert_str_eq(fr.msg, "Kind : « pen-pals » ne fait pas partie des choix ; choisissez parmi : twinning, friendship");
    cr_assert_eq(fr.rc, en.rc);
    cr_assert_str_eq(fr.code, en.code);
    cr_assert_str_eq(fr.field, "kind");

    struct am_err uk = check_in(AM_LANG_UK, "{\"kind\": \"twinning\"}", AM_CHECK_CREATE);
    cr_assert_str_eq(uk.msg, "Name: обов’язкове поле; заповніть його");
    cr_assert_str_eq(uk.field, "name");

    struct am_err it = check_in(AM_LANG_IT, "{\"name\": \"toolong\"}", AM_CHECK_CREATE);
    cr_assert_str_eq(it.msg, "Name: supera i 5 caratteri");

    struct am_err fa = check_in(AM_LANG_FA, "{\"name\": \"x\", \"year\": 1200}", AM_CHECK_CREATE);
    cr_assert_str_eq(fa.msg, "Year: باید بین 1900 و 2100 باشد");
    struct am_err en2 = check_in(AM_LANG_EN, "{\"name\": \"x\", \"year\": 1200}", AM_CHECK_CREATE);
    cr_assert_str_eq(en2.msg, "Year: must be between 1900 and 2100", "English as it always was");
}

Test(msg, a_long_translation_is_cut_between_characters)
{
    /* a value that fills the message: what is left must stay UTF-8 */
    char json[700] = "{\"name\": \"x\", \"kind\": \"";
    size_t n = strlen(json);
    for (int i = 0; i < 150; i++)
        n += (size_t)snprintf(json + n, sizeof json - n, "ж");
    snprintf(json + n, sizeof json - n, "\"}");
    for (int l = 0; l < AM_LANG_COUNT; l++) {
        struct am_err err = check_in((enum am_lang)l, json, AM_CHECK_CREATE);
        cr_assert(am_utf8_valid(err.msg, strlen(err.msg)), "%s: %s", am_lang_code((enum am_lang)l), err.msg);
    }
}

/* ---- country names ------------------------------------------------------------ */

static const char *name_of(struct tdb *t, const char *code)
{
    static char out[128];
    json_t *row = NULL;
    cr_assert_eq(am_db_one(t->db, "SELECT " AM_COUNTRY_NAME_SQL("c") " AS name FROM country c WHERE c.code = ?",
                           json_pack("[s]", code), &row, NULL),
                 AM_OK);
    am_str_copy(out, sizeof out, json_string_value(json_object_get(row, "name")));
    json_decref(row);
    return out;
}

Test(country, names_in_the_reader_language)
{
    struct tdb t;
    tdb_open(&t, 1);
    cr_assert_gt(tdb_count(&t, "SELECT count(DISTINCT lang) FROM country_name"), 3);
    cr_assert_eq(tdb_count(&t, "SELECT count(*) FROM country_name WHERE lang = 'en'"), 0,
                 "English is country.name");
    cr_assert_str_eq(name_of(&t, "DE"), "Germany");
    am_lang_set(AM_LANG_FR);
    cr_assert_str_eq(name_of(&t, "DE"), "Allemagne");
    am_lang_set(AM_LANG_IT);
    cr_assert_str_eq(name_of(&t, "DE"), "Germania");
    am_lang_set(AM_LANG_UK);
    cr_assert_str_eq(name_of(&t, "DE"), "Німеччина");
    am_lang_set_names(AM_LANG_EN);
    cr_assert_str_eq(name_of(&t, "DE"), "Germany", "names read by a write are English");
    am_lang_set(AM_LANG_FA);
    cr_assert_str_eq(name_of(&t, "DE"), "آلمان");
    /* a country with no name in the language: the English one */
    struct am_err err = {0};
    cr_assert_eq(am_db_exec(t.db, "DELETE FROM country_name WHERE code = 'DE' AND lang = 'fa'", json_array(), NULL,
                            &err),
                 AM_OK);
    cr_assert_str_eq(name_of(&t, "DE"), "Germany");
    am_lang_set(AM_LANG_EN);
    /* loading again changes nothing, and puts back what went */
    int64_t added = -1;
    cr_assert_eq(am_country_load(t.db, &added, &err), AM_OK, "%s", err.msg);
    cr_assert_eq(added, 0);
    am_lang_set(AM_LANG_FA);
    cr_assert_str_eq(name_of(&t, "DE"), "آلمان");
    am_lang_set(AM_LANG_EN);
    tdb_close(&t);
}

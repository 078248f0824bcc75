/* The translations of the API document's words for people
 * (data/i18n/labels.tsv) and of amity's own texts (data/i18n/texts.tsv:
 * the Index questionnaire, the topics, the practice template): every row
 * whole and well formed, every English word the document uses and every
 * text amity writes has its row, and the document in another language
 * carries them while the English one is left alone. */
#include <criterion/criterion.h>
#include <string.h>

#include "util/am_labels.h"
#include "am_practice_md.h"
#include "http/am_openapi.h"
#include "util/am_blob.h"
#include "util/am_lang.h"
#include "util/am_str.h"

/* Each line of the file, split into its cells (at most 8, to see extra
 * ones); the callback gets the line number. */
typedef void (*row_fn)(size_t lineno, const char *const *cell, size_t ncell, const char *line, size_t len);

static void each_row_of(const char *file, row_fn fn)
{
    const struct am_blob *b = am_blob_find(file);
    cr_assert_not_null(b, "%s is embedded", file);
    const char *p = b->data, *end = b->data + b->len;
    size_t lineno = 0;
    static char copy[4096];
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t len = (size_t)((nl ? nl : end) - p);
        lineno++;
        cr_assert_lt(len, sizeof copy, "line %zu is too long", lineno);
        memcpy(copy, p, len);
        copy[len] = '\0';
        const char *cell[8];
        size_t n = 0;
        for (char *c = copy; n < 8;) {
            cell[n++] = c;
            char *tab = strchr(c, '\t');
            if (!tab)
                break;
            *tab = '\0';
            c = tab + 1;
        }
        if (copy[0] != '#') /* a comment */
            fn(lineno, cell, n, p, len);
        p += len + 1;
    }
}

static void each_row(row_fn fn)
{
    each_row_of(AM_LABELS_FILE, fn);
    each_row_of(AM_TEXTS_FILE, fn);
}

static void check_row(size_t lineno, const char *const *cell, size_t n, const char *line, size_t len)
{
    cr_assert(am_utf8_valid(line, len), "line %zu: not UTF-8", lineno);
    cr_assert_eq(n, AM_LANG_COUNT, "line %zu: %zu columns, not en fr it uk fa", lineno, n);
    if (lineno == 1) {
        for (size_t k = 0; k < n; k++)
            cr_assert_str_eq(cell[k], am_lang_code((enum am_lang)k), "the header names the languages in order");
        return;
    }
    for (size_t k = 0; k < n; k++) {
        cr_assert(cell[k][0] != '\0', "line %zu: no %s", lineno, am_lang_code((enum am_lang)k));
        cr_assert(cell[k][0] != ' ' && cell[k][strlen(cell[k]) - 1] != ' ', "line %zu: spaces around %s",
                  lineno, am_lang_code((enum am_lang)k));
    }
    /* the apostrophe is ’ in Ukrainian (and the letters Ukrainian's) */
    static const char *const not_uk[] = {"'", "\xd1\x8b", "\xd1\x8d", "\xd1\x8a", "\xd1\x91"}; /* ' ы э ъ ё */
    for (size_t k = 0; k < sizeof not_uk / sizeof not_uk[0]; k++)
        cr_assert_null(strstr(cell[AM_LANG_UK], not_uk[k]), "line %zu: %s in the Ukrainian", lineno, not_uk[k]);
    /* Persian ی and ک, not the Arabic ي and ك */
    cr_assert_null(strstr(cell[AM_LANG_FA], "\xd9\x8a"), "line %zu: Arabic yeh in the Persian", lineno);
    cr_assert_null(strstr(cell[AM_LANG_FA], "\xd9\x83"), "line %zu: Arabic kaf in the Persian", lineno);
}

Test(labels, rows_whole)
{
    each_row(check_row);
}

static size_t rows_seen;
static const char *dups[2048];

static void no_twice(size_t lineno, const char *const *cell, size_t n, const char *line, size_t len)
{
    (void)line;
    (void)len;
    if (lineno == 1 || n < 1)
        return;
    for (size_t i = 0; i < rows_seen; i++)
        cr_assert_str_neq(dups[i], cell[0], "line %zu: \"%s\" twice (in one file or both)", lineno, cell[0]);
    cr_assert_lt(rows_seen, sizeof dups / sizeof dups[0]);
    dups[rows_seen++] = strdup(cell[0]);
}

Test(labels, one_row_per_english_word)
{
    each_row(no_twice);
    cr_assert_gt(rows_seen, 100);
}

Test(labels, every_word_of_the_document_has_a_row)
{
    /* the document's own walk says which words it could not translate */
    json_t *out = am_openapi_untranslated(AM_LANG_FR);
    char *list = json_dumps(out, JSON_SORT_KEYS | JSON_COMPACT);
    cr_assert_eq(json_object_size(out), 0, "no row in %s for %s", AM_LABELS_FILE, list);
    free(list);
    json_decref(out);
}

Test(labels, choice_words)
{
    char b[80];
    am_choice_english("study_visit", b, sizeof b);
    cr_assert_str_eq(b, "Study visit");
    am_choice_english("over_200k", b, sizeof b);
    cr_assert_str_eq(b, "Over 200,000");
    am_choice_english("under_15pct", b, sizeof b);
    cr_assert_str_eq(b, "Under 15%");
    am_choice_english("sdg", b, sizeof b);
    cr_assert_str_eq(b, "UN Sustainable Development Goals");
    am_choice_english("EU", b, sizeof b);
    cr_assert_str_eq(b, "EU");
    am_choice_english("twinning", b, 4);
    cr_assert_str_eq(b, "Twi", "cut to the room given");
}

Test(labels, lookup)
{
    cr_assert_str_eq(am_label_in("Partnership", AM_LANG_FR), "Partenariat");
    cr_assert_str_eq(am_label_in("Dormant", AM_LANG_IT), "Inattivo");
    cr_assert_str_eq(am_label_in("Twinning", AM_LANG_UK), "Побратимство");
    cr_assert_str_eq(am_label_in("Network", AM_LANG_FA), "شبکه");
    cr_assert_null(am_label_in("Partnership", AM_LANG_EN), "English is never looked up");
    cr_assert_null(am_label_in("No such words", AM_LANG_FR));
    cr_assert_null(am_label_in(NULL, AM_LANG_FR));
}

/* The French document: titles and choices in French, the rest as in
 * English; the English one has no x-enum-labels. */
Test(labels, document_in_french)
{
    am_lang_set(AM_LANG_EN);
    json_t *en = am_openapi_document();
    am_lang_set(AM_LANG_FR);
    json_t *fr = am_openapi_document();
    am_lang_set(AM_LANG_EN);
    json_t *p_en = json_object_get(json_object_get(json_object_get(en, "components"), "schemas"), "Partnership");
    json_t *p_fr = json_object_get(json_object_get(json_object_get(fr, "components"), "schemas"), "Partnership");
    json_t *st = json_object_get(json_object_get(p_fr, "properties"), "status");
    cr_assert_str_eq(json_string_value(json_object_get(st, "title")), "Statut");
    json_t *kind = json_object_get(json_object_get(p_fr, "properties"), "kind");
    json_t *labels = json_object_get(kind, "x-enum-labels");
    cr_assert_eq(json_array_size(labels), json_array_size(json_object_get(kind, "enum")));
    cr_assert_str_eq(json_string_value(json_array_get(labels, 0)), "Jumelage");
    json_t *kind_en = json_object_get(json_object_get(p_en, "properties"), "kind");
    cr_assert_str_eq(json_string_value(json_object_get(kind_en, "title")), "Kind");
    cr_assert_null(json_object_get(kind_en, "x-enum-labels"));
    /* the same document but for the words */
    cr_assert_eq(json_object_size(json_object_get(fr, "paths")), json_object_size(json_object_get(en, "paths")));
    json_decref(en);
    json_decref(fr);
}

/* ---- amity's own texts ---------------------------------------------------- */

static void has_row(const char *en, const char *where)
{
    cr_assert_not_null(en, "%s: no text", where);
    for (enum am_lang l = AM_LANG_FR; l < AM_LANG_COUNT; l++)
        cr_assert_not_null(am_label_in(en, l), "%s: no %s for \"%s\" in %s", where, am_lang_code(l), en,
                           AM_TEXTS_FILE);
}

static void keys_have_rows(json_t *list, const char *const *keys, const char *where)
{
    size_t i;
    json_t *item;
    json_array_foreach(list, i, item)
        for (const char *const *k = keys; *k; k++) {
            const char *v = json_string_value(json_object_get(item, *k));
            if (v && strcmp(v, "%") != 0) /* a unit that is a sign */
                has_row(v, where);
        }
}

static json_t *embedded_json(const char *name)
{
    const struct am_blob *b = am_blob_find(name);
    cr_assert_not_null(b, "%s is embedded", name);
    json_t *j = json_loadb(b->data, b->len, 0, NULL);
    cr_assert_not_null(j, "%s is JSON", name);
    return j;
}

Test(texts, every_word_of_the_questionnaire_has_a_row)
{
    json_t *ed = embedded_json("data/index/amity-1.json"), *ind;
    static const char *const context[] = {"text", "unit", NULL}, *const labelled[] = {"label", NULL},
                             *const indicator[] = {"label", "about", "weight_why", NULL},
                             *const question[] = {"text", NULL};
    has_row(json_string_value(json_object_get(ed, "title")), "title");
    has_row(json_string_value(json_object_get(ed, "basis")), "basis");
    keys_have_rows(json_object_get(ed, "context"), context, "context");
    keys_have_rows(json_object_get(ed, "composites"), labelled, "composites");
    keys_have_rows(json_object_get(ed, "indicators"), indicator, "indicators");
    size_t i, k;
    json_t *q;
    json_array_foreach(json_object_get(ed, "indicators"), i, ind) {
        keys_have_rows(json_object_get(ind, "questions"), question, "questions");
        json_array_foreach(json_object_get(ind, "questions"), k, q)
            keys_have_rows(json_object_get(q, "options"), labelled, "options");
    }
    json_decref(ed);
}

Test(texts, every_topic_has_a_name)
{
    json_t *t = embedded_json("data/topics.json");
    static const char *const labelled[] = {"label", NULL};
    cr_assert_gt(json_array_size(json_object_get(t, "topics")), 40);
    keys_have_rows(json_object_get(t, "topics"), labelled, "topics");
    json_decref(t);
}

Test(texts, the_template_sections_in_the_readers_language)
{
    am_lang_set(AM_LANG_IT);
    json_t *it = am_practice_template_sections();
    am_lang_set(AM_LANG_EN);
    json_t *en = am_practice_template_sections();
    cr_assert_eq(json_array_size(en), 8, "the eight sections of the template");
    cr_assert_eq(json_array_size(it), json_array_size(en));
    size_t i;
    json_t *s;
    json_array_foreach(en, i, s) {
        json_t *x = json_array_get(it, i);
        cr_assert_str_eq(json_string_value(json_object_get(x, "field")), json_string_value(json_object_get(s, "field")));
        cr_assert_str_neq(json_string_value(json_object_get(s, "hint")), "", "section %zu has its hint", i);
        has_row(json_string_value(json_object_get(s, "heading")), "template heading");
        has_row(json_string_value(json_object_get(s, "hint")), "template hint");
        cr_assert_str_eq(json_string_value(json_object_get(x, "heading")),
                         am_label_in(json_string_value(json_object_get(s, "heading")), AM_LANG_IT));
    }
    cr_assert_str_eq(json_string_value(json_object_get(json_array_get(en, 4), "field")), "results");
    cr_assert_str_eq(json_string_value(json_object_get(json_array_get(en, 4), "heading")), "Results and impact");
    json_decref(it);
    json_decref(en);
}

#include "am_country.h"

#include "am_read.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/am_fold.h"
#include "util/am_lang.h"

#include "util/am_blob.h"

static const char *const continents[] = {"AF", "AN", "AS", "EU", "NA", "OC", "SA", NULL};

static const struct am_field fields[] = {
    {.name = "code", .type = AM_T_COUNTRY, .flags = AM_F_REQUIRED,
     .doc = "ISO 3166-1 alpha-2 code, e.g. IT"},
    /* written in English; read in the reply's language, where amity has it */
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_REQUIRED,
     .doc = "common name, in English; read in the reply's language where amity has it",
     .col = AM_COUNTRY_NAME_SQL("c")},
    {.name = "native", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .doc = "name in its own language"},
    {.name = "continent", .type = AM_T_ENUM, .flags = AM_F_NULLABLE, .values = continents,
     .doc = "AF, AN, AS, EU, NA, OC or SA"},
    {.name = "capital", .type = AM_T_STRING, .flags = AM_F_NULLABLE},
    {.name = "languages", .type = AM_T_STRING, .flags = AM_F_NULLABLE,
     .doc = "ISO 639-1 codes, comma-separated"},
    {.name = "city_count", .type = AM_T_INT, .flags = AM_F_READONLY, .doc = "cities recorded in this country",
     .col = "(SELECT count(*) FROM city WHERE city.country = c.code)"},
    AM_FIELD_CAN,
    {0},
};
static const struct am_schema schema = {
    .name = "Country", .doc = "A country (ISO 3166-1).", .fields = fields,
    .example = "{\"code\": \"XK\", \"name\": \"Kosovo\"}"};

static const struct am_field filter_fields[] = {
    {.name = "q", .type = AM_T_STRING, .flags = AM_F_CONTAINS, .doc = "part of the name or the code",
     /* and the name the reader sees (none more in English) */
     .where = "c.name LIKE ? ESCAPE '\\' OR c.code LIKE ? ESCAPE '\\' OR c.native LIKE ? ESCAPE '\\' OR "
              "EXISTS (SELECT 1 FROM country_name l10n WHERE l10n.code = c.code AND l10n.lang = am_lang() "
              "AND l10n.name LIKE ? ESCAPE '\\')"},
    {.name = "continent", .type = AM_T_ENUM, .values = continents, .where = "c.continent = ?"},
    AM_FILTER_PAGING,
    {0},
};
static const struct am_schema filters = {.name = "CountryFilters", .doc = NULL, .fields = filter_fields};

/* The shared vocabulary is kept by admins. */
static const struct am_rule rights_rules[] = {
    {AM_ACT_CREATE, AM_REL_ADMIN, NULL, NULL},
    {AM_ACT_UPDATE, AM_REL_ADMIN, NULL, NULL},
    {AM_ACT_DELETE, AM_REL_ADMIN, NULL, NULL},
    {0},
};
static const struct am_rights rights = {"country", &schema, NULL, NULL, rights_rules, NULL};

static const struct am_reading reading = {
    .from = "country c", .alias = "c", .id = "c.rowid", .text_key = true, .order = "c.name",
};

static enum am_rc list(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    return am_read_list(db, &am_country_resource, query, out, err);
}

static enum am_rc get(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    return am_read_one(db, &am_country_resource, key, out, err);
}

static enum am_rc create(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out,
                         struct am_err *err)
{
    enum am_rc rc = am_rights_need(&rights, who, in, AM_ACT_CREATE, err);
    if (rc)
        return rc;
    if ((rc = am_db_begin(db, err)))
        return rc;
    rc = am_row_insert(db, "country", &schema, in, false, NULL, err);
    if (rc == AM_ECONFLICT)
        am_err_set(err, rc, "code", "code: country %s already exists",
                   json_string_value(json_object_get(in, "code")));
    if (!rc)
        rc = am_db_commit(db, err);
    if (rc) {
        am_db_rollback(db);
        return rc;
    }
    return get(db, json_string_value(json_object_get(in, "code")), out, err);
}

static enum am_rc update(struct am_db *db, const struct am_actor *who, const char *key,
                         json_t *patch, json_t **out, struct am_err *err)
{
    json_t *old = NULL;
    enum am_rc rc = am_rights_need(&rights, who, NULL, AM_ACT_UPDATE, err);
    if (rc || (rc = get(db, key, &old, err)))
        return rc;
    json_t *code = json_object_get(patch, "code");
    if (code && !json_equal(code, json_object_get(old, "code"))) {
        json_decref(old);
        return am_err_set(err, AM_EINVAL, "code", "code: a country's code cannot be changed");
    }
    if (!(rc = am_db_begin(db, err))) {
        rc = am_row_update(db, "country", "code", json_object_get(old, "code"), &schema, patch,
                           false, err);
        rc = rc ? rc : am_db_commit(db, err);
        if (rc)
            am_db_rollback(db);
    }
    json_decref(old);
    return rc ? rc : get(db, key, out, err);
}

static enum am_rc remove_country(struct am_db *db, const struct am_actor *who, const char *key,
                                 struct am_err *err)
{
    enum am_rc rc = am_rights_need(&rights, who, NULL, AM_ACT_DELETE, err);
    if (rc || (rc = am_db_begin(db, err)))
        return rc;
    json_t *k = json_string(key);
    rc = am_row_delete(db, "country", "code", k, "country", err);
    json_decref(k);
    rc = rc ? rc : am_db_commit(db, err);
    if (rc)
        am_db_rollback(db);
    return rc;
}

const struct am_resource am_country_resource = {
    .name = "countries", .singular = "country", .table = "country", .key = "code",
    .doc = "Countries (ISO 3166-1 alpha-2).",
    .schema = &schema, .filters = &filters, .rights = &rights, .reading = &reading,
    .list = list, .get = get, .create = create, .update = update, .remove = remove_country,
};

/* The columns of data/countries.tsv (scripts/gazetteer.mjs): code, name,
 * native, continent, capital, languages, aliases (|-separated), then the
 * name in each of the API's other languages, in the order of enum am_lang
 * (name_fr, name_it, ...; empty when i18n-iso-countries has none). */
enum { C_ALIASES = 6, C_NAMES = 7, C_NCOLS = C_NAMES + AM_LANG_COUNT - 1 };

static int split_line(char *line, char *f[C_NCOLS])
{
    int n = 0;
    for (char *p = line; n < C_NCOLS; n++) {
        f[n] = p;
        char *tab = strchr(p, '\t');
        if (!tab)
            return n + 1;
        *tab = '\0';
        p = tab + 1;
    }
    return n + 1; /* more columns than expected */
}

/* The header names the languages' columns: a file of another order, or of
 * other languages, is a build error to be told, not names to be mixed up. */
static enum am_rc check_header(char *line, struct am_err *err)
{
    char *f[C_NCOLS];
    if (split_line(line, f) != C_NCOLS)
        return am_err_set(err, AM_EINTERNAL, NULL, "countries.tsv: the header does not have %d columns", C_NCOLS);
    for (int l = 1; l < AM_LANG_COUNT; l++) {
        char want[16];
        snprintf(want, sizeof want, "name_%s", am_lang_code((enum am_lang)l));
        if (strcmp(f[C_NAMES + l - 1], want) != 0)
            return am_err_set(err, AM_EINTERNAL, NULL, "countries.tsv: column %d is '%.20s', expected '%s'",
                              C_NAMES + l, f[C_NAMES + l - 1], want);
    }
    return AM_OK;
}

/* The country's names in the other languages: what the file says wins. */
static enum am_rc load_names(struct am_db *db, char *f[C_NCOLS], struct am_err *err)
{
    enum am_rc rc = AM_OK;
    for (int l = 1; !rc && l < AM_LANG_COUNT; l++) {
        const char *name = f[C_NAMES + l - 1];
        if (*name)
            rc = am_db_exec(db,
                            "INSERT INTO country_name (code, lang, name) VALUES (?, ?, ?) "
                            "ON CONFLICT (code, lang) DO UPDATE SET name = excluded.name "
                            "WHERE country_name.name IS NOT excluded.name",
                            json_pack("[sss]", f[0], am_lang_code((enum am_lang)l), name), NULL, err);
    }
    return rc;
}

/* One line of data/countries.tsv (see C_NCOLS). */
static enum am_rc load_line(struct am_db *db, char *line, struct am_buf *key, int64_t *added,
                            struct am_err *err)
{
    char *f[C_NCOLS] = {0};
    if (split_line(line, f) != C_NCOLS)
        return am_err_set(err, AM_EINTERNAL, NULL, "countries.tsv: not %d columns for %.8s", C_NCOLS, f[0]);
    int64_t changes = 0;
    enum am_rc rc = am_db_exec(
        db,
        "INSERT INTO country (code, name, native, continent, capital, languages) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (code) DO UPDATE SET name = excluded.name, native = excluded.native, "
        "continent = excluded.continent, capital = excluded.capital, languages = excluded.languages "
        "WHERE (country.name, country.native, country.continent, country.capital, country.languages) IS NOT "
        "(excluded.name, excluded.native, excluded.continent, excluded.capital, excluded.languages)",
        json_pack("[ssssss]", f[0], f[1], f[2], f[3], f[4], f[5]), &changes, err);
    if (!rc && added)
        *added += changes;
    /* every name the country goes by: its code, names, and aliases */
    char *names[3] = {f[0], f[1], f[2]};
    for (int i = 0; !rc && i < 3 + 1; i++) {
        char *list = i < 3 ? names[i] : f[C_ALIASES];
        for (char *a = list; !rc && a && *a;) {
            char *bar = i < 3 ? NULL : strchr(a, '|');
            size_t len = bar ? (size_t)(bar - a) : strlen(a);
            if (am_fold(a, len, key) == AM_OK && key->len)
                rc = am_db_exec(db, "INSERT INTO country_alias (key, code) VALUES (?, ?) "
                                    "ON CONFLICT DO NOTHING",
                                json_pack("[ss]", am_buf_str(key), f[0]), NULL, err);
            a = bar ? bar + 1 : NULL;
        }
    }
    if (!rc)
        rc = load_names(db, f, err);
    return rc;
}

enum am_rc am_country_load(struct am_db *db, int64_t *added, struct am_err *err)
{
    const struct am_blob *b = am_blob_find("data/countries.tsv");
    if (!b)
        return am_err_set(err, AM_EINTERNAL, NULL, "the country list is not built in");
    char *text = strdup(b->data);
    if (!text)
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    struct am_buf key;
    am_buf_init(&key, 4096);
    int64_t n = 0;
    enum am_rc rc = am_db_begin(db, err);
    char *line = text;
    bool header = true;
    while (!rc && line && *line) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        if (header)
            rc = check_header(line, err);
        else if (*line)
            rc = load_line(db, line, &key, &n, err);
        header = false;
        line = nl ? nl + 1 : NULL;
    }
    if (!rc)
        rc = am_db_commit(db, err);
    else
        am_db_rollback(db);
    am_buf_free(&key);
    free(text);
    if (!rc && added)
        *added = n;
    return rc;
}

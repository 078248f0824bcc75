#include "am_practice_md.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "am_organisation.h"
#include "am_practice.h"
#include "am_resolve.h"
#include "am_resource.h"
#include "am_schema.h"
#include "util/am_blob.h"
#include "util/am_buf.h"
#include "util/am_fold.h"
#include "util/am_labels.h"
#include "util/am_str.h"

const char *am_practice_template(void)
{
    const struct am_blob *b = am_blob_find("data/practice_template.md");
    return b ? b->data : "";
}

static const struct { const char *heading, *field; } sections[] = {
    {"summary", "summary"},
    {"purpose", "purpose"},
    {"stimulus and rationale", "rationale"},
    {"rationale", "rationale"},
    {"process", "process"},
    {"results and impact", "results"},
    {"results", "results"},
    {"evaluation", "evaluation"},
    {"lessons and transferability", "lessons"},
    {"lessons", "lessons"},
    {"links", "links"},
};

static const struct { const char *key, *field; } meta[] = {
    {"city", "city"}, {"country", "country"}, {"organisations", "organisations"},
    {"organizations", "organisations"}, {"period", "period"}, {"topics", "topics"},
    {"language", "language"}, {"network", "network"}, {"contact", "contact"},
};

static const char *section_field(const char *heading)
{
    for (size_t i = 0; i < sizeof sections / sizeof sections[0]; i++)
        if (am_str_ieq(heading, sections[i].heading))
            return sections[i].field;
    return NULL;
}

/* One "## Heading" line and the comment under it, spaces folded. */
static void add_section(json_t *out, const char *heading, size_t hlen, const char *after)
{
    char h[80], hint[400];
    size_t k = 0;
    while (hlen && (heading[hlen - 1] == ' ' || heading[hlen - 1] == '\r'))
        hlen--;
    if (hlen >= sizeof h)
        return;
    memcpy(h, heading, hlen);
    h[hlen] = '\0';
    const char *field = section_field(h);
    if (!field)
        return;
    while (*after == ' ' || *after == '\n' || *after == '\r')
        after++;
    if (strncmp(after, "<!--", 4) == 0) {
        const char *end = strstr(after, "-->");
        bool space = false;
        for (const char *c = after + 4; end && c < end && k + 1 < sizeof hint; c++) {
            bool blank = *c == ' ' || *c == '\n' || *c == '\r' || *c == '\t';
            if (blank) {
                space = k > 0;
                continue;
            }
            if (space && k + 2 < sizeof hint)
                hint[k++] = ' ';
            space = false;
            hint[k++] = *c;
        }
    }
    hint[k] = '\0';
    json_array_append_new(out, json_pack("{s:s,s:s,s:s}", "field", field, "heading", am_label(h), "hint",
                                         am_label(hint)));
}

json_t *am_practice_template_sections(void)
{
    json_t *out = json_array();
    for (const char *line = am_practice_template(); line && *line;) {
        const char *nl = strchr(line, '\n');
        if (strncmp(line, "## ", 3) == 0 && nl)
            add_section(out, line + 3, (size_t)(nl - line - 3), nl + 1);
        line = nl ? nl + 1 : NULL;
    }
    return out;
}

/* The text without <!-- comments -->; NULL when a comment is not closed. */
static char *strip_comments(const char *text, size_t n)
{
    struct am_buf b;
    am_buf_init(&b, n + 1);
    for (size_t i = 0; i < n;) {
        if (n - i >= 4 && memcmp(text + i, "<!--", 4) == 0) {
            const char *end = NULL;
            for (size_t k = i + 4; k + 3 <= n && !end; k++)
                if (memcmp(text + k, "-->", 3) == 0)
                    end = text + k + 3;
            if (!end) {
                am_buf_free(&b);
                return NULL;
            }
            i = (size_t)(end - text);
            continue;
        }
        am_buf_addc(&b, text[i++]);
    }
    return am_buf_take(&b, NULL);
}

static void trim_into(json_t *obj, const char *field, const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        n--;
    if (n)
        json_object_set_new(obj, field, json_stringn(s, n));
}

static json_t *split_list(const char *s)
{
    json_t *arr = json_array();
    while (*s) {
        size_t n = strcspn(s, ";,");
        const char *a = s;
        size_t m = n;
        while (m && (*a == ' ' || *a == '\t'))
            a++, m--;
        while (m && (a[m - 1] == ' ' || a[m - 1] == '\t'))
            m--;
        if (m)
            json_array_append_new(arr, json_stringn(a, m));
        s += n + (s[n] != '\0');
    }
    return arr;
}

static enum am_rc meta_line(json_t *out, const char *line, size_t n, int lineno, struct am_err *err)
{
    const char *colon = memchr(line, ':', n);
    if (!colon)
        return am_err_set(err, AM_EINVAL, "file", "line %d: write it as \"- Name: value\"", lineno);
    char key[40];
    if ((size_t)(colon - line) >= sizeof key)
        return am_err_set(err, AM_EINVAL, "file", "line %d: not a part of the template", lineno);
    snprintf(key, sizeof key, "%.*s", (int)(colon - line), line);
    for (char *k = key + strlen(key); k > key && k[-1] == ' '; k--)
        k[-1] = '\0';
    const char *field = NULL;
    for (size_t i = 0; i < sizeof meta / sizeof *meta && !field; i++)
        if (am_str_ieq(key, meta[i].key))
            field = meta[i].field;
    if (!field)
        return am_err_set(err, AM_EINVAL, "file", "line %d: '%s' is not a part of the template", lineno, key);
    char value[1024];
    size_t vn = n - (size_t)(colon + 1 - line);
    if (vn >= sizeof value) /* cut, it could end inside a character */
        return am_err_set(err, AM_EINVAL, "file", "line %d: '%s' is longer than %zu bytes", lineno,
                          field, sizeof value - 1);
    snprintf(value, sizeof value, "%.*s", (int)vn, colon + 1);
    json_t *tmp = json_object();
    trim_into(tmp, "v", value, strlen(value));
    const char *v = json_string_value(json_object_get(tmp, "v"));
    if (v && (strcmp(field, "organisations") == 0 || strcmp(field, "topics") == 0)) {
        json_object_set_new(out, field, split_list(v));
    } else if (v && strcmp(field, "contact") == 0) {
        const char *lt = strchr(v, '<'), *gt = lt ? strchr(lt, '>') : NULL;
        if (lt && gt) {
            trim_into(out, "contact_name", v, (size_t)(lt - v));
            trim_into(out, "contact_email", lt + 1, (size_t)(gt - lt - 1));
        } else if (strchr(v, '@')) {
            json_object_set_new(out, "contact_email", json_string(v));
        } else {
            json_object_set_new(out, "contact_name", json_string(v));
        }
    } else if (v) {
        json_object_set_new(out, field, json_string(v));
    }
    json_decref(tmp);
    return AM_OK;
}

enum am_rc am_practice_md_read(const char *text, size_t n, json_t **out, struct am_err *err)
{
    if (!am_utf8_valid(text, n) || memchr(text, '\0', n))
        return am_err_set(err, AM_EINVAL, "file", "the file is not UTF-8 text");
    char *doc = strip_comments(text, n);
    if (!doc)
        return am_err_set(err, AM_EINVAL, "file", "a <!-- comment --> is not closed");
    json_t *o = json_object();
    enum am_rc rc = AM_OK;
    const char *section = NULL, *body = NULL;
    int lineno = 0;
    for (char *line = doc; !rc && line;) {
        char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line) : strlen(line);
        lineno++;
        if (len && line[len - 1] == '\r')
            len--;
        bool heading = len > 3 && strncmp(line, "## ", 3) == 0;
        if (heading || (len >= 2 && line[0] == '#' && line[1] == ' ')) {
            if (section && body)
                trim_into(o, section, body, (size_t)(line - body));
            section = NULL, body = NULL;
            if (!heading) {
                if (json_object_get(o, "title"))
                    rc = am_err_set(err, AM_EINVAL, "file", "line %d: a second title", lineno);
                trim_into(o, "title", line + 2, len - 2);
            } else {
                char h[80];
                if (len - 3 >= sizeof h)
                    h[0] = '\0'; /* no section is that long */
                else
                    snprintf(h, sizeof h, "%.*s", (int)(len - 3), line + 3);
                for (char *e = h + strlen(h); e > h && e[-1] == ' '; e--)
                    e[-1] = '\0';
                for (size_t i = 0; i < sizeof sections / sizeof *sections && !section; i++)
                    if (am_str_ieq(h, sections[i].heading))
                        section = sections[i].field;
                if (!section)
                    rc = am_err_set(err, AM_EINVAL, "file", "line %d: '%s' is not a section of the "
                                    "template", lineno, h[0] ? h : "this heading");
                body = nl ? nl + 1 : line + len;
            }
        } else if (!section && len > 2 && line[0] == '-' && line[1] == ' ') {
            rc = meta_line(o, line + 2, len - 2, lineno, err);
        } else if (!section && len && strspn(line, " \t\r") != len) {
            rc = am_err_set(err, AM_EINVAL, "file", "line %d: text outside a section", lineno);
        }
        line = nl ? nl + 1 : NULL;
    }
    if (!rc && section && body)
        trim_into(o, section, body, strlen(body));
    if (!rc && !json_object_get(o, "title"))
        rc = am_err_set(err, AM_EINVAL, "title", "the practice has no title (a first line \"# Title\")");
    free(doc);
    if (rc) {
        json_decref(o);
        return rc;
    }
    *out = o;
    return AM_OK;
}

/* ---- names to records ------------------------------------------------------ */

static enum am_rc topic_key(struct am_db *db, const char *text, json_t **key, struct am_err *err)
{
    struct am_buf f;
    am_buf_init(&f, 1024);
    json_t *row = NULL;
    enum am_rc rc = am_fold(text, strlen(text), &f);
    if (!rc)
        rc = am_db_one(db, "SELECT id FROM topic WHERE id = ?1 OR am_fold(label) = ?2 OR am_fold(code) = ?2",
                       json_pack("[ss]", text, am_buf_str(&f)), &row, NULL);
    am_buf_free(&f);
    if (rc)
        return am_err_set(err, AM_EINVAL, "topics", "Topics: '%s' is not a topic (amity topic list)", text);
    *key = json_incref(json_object_get(row, "id"));
    json_decref(row);
    return AM_OK;
}

static enum am_rc organisation(struct am_db *db, const struct am_actor *who, const char *name,
                               const char *cc, int64_t city, json_t **id, struct am_err *err)
{
    int64_t found = 0;
    if (!am_db_i64(db, "SELECT id FROM organisation WHERE am_fold(name) = am_fold(?) ORDER BY id LIMIT 1",
                   json_pack("[s]", name), &found, NULL)) {
        *id = json_integer(found);
        return AM_OK;
    }
    json_t *rec = json_pack("{s:s}", "name", name), *out = NULL;
    if (cc)
        json_object_set_new(rec, "country", json_string(cc));
    if (city)
        json_object_set_new(rec, "city_id", json_integer(city));
    enum am_rc rc = am_schema_check(am_organisation_resource.schema, rec, AM_CHECK_CREATE, err);
    if (!rc)
        rc = am_organisation_resource.create(db, who, rec, &out, err);
    if (!rc)
        *id = json_incref(json_object_get(out, "id"));
    json_decref(rec);
    json_decref(out);
    return rc;
}

static enum am_rc resolve_names(struct am_db *db, const struct am_actor *who, json_t *md, json_t *rec,
                                struct am_err *err)
{
    static const char *const copied[] = {"title", "period", "language", "contact_name", "contact_email",
                                         "summary", "purpose", "rationale", "process", "results",
                                         "evaluation", "lessons", "links", NULL};
    for (const char *const *f = copied; *f; f++)
        if (json_object_get(md, *f))
            json_object_set(rec, *f, json_object_get(md, *f));
    char cc[3] = "";
    const char *country = json_string_value(json_object_get(md, "country"));
    const char *city = json_string_value(json_object_get(md, "city"));
    if (country && am_country_resolve(db, country, cc, NULL, 0, NULL))
        return am_err_set(err, AM_EINVAL, "country", "Country: '%s' is not known", country);
    if (cc[0])
        json_object_set_new(rec, "country", json_string(cc));
    int64_t city_id = 0;
    if (city) {
        if (!cc[0])
            return am_err_set(err, AM_EINVAL, "country", "Country: give the country of %s", city);
        struct am_place p = {city, cc, false, 0, 0};
        struct am_resolution r;
        enum am_rc rc = am_resolve(db, &p, &r, err);
        if (rc)
            return rc;
        if (r.status != AM_FOUND)
            return am_err_set(err, AM_EINVAL, "city", "City: %s", r.reason);
        city_id = r.city_id;
        json_object_set_new(rec, "city_id", json_integer(city_id));
    }
    const char *network = json_string_value(json_object_get(md, "network"));
    if (network) {
        int64_t id = 0;
        if (am_db_i64(db, "SELECT id FROM network WHERE am_fold(name) = am_fold(?1) OR "
                          "am_fold(acronym) = am_fold(?1) ORDER BY id LIMIT 1",
                      json_pack("[s]", network), &id, NULL))
            return am_err_set(err, AM_EINVAL, "network", "Network: '%s' is not a network of the registry",
                              network);
        json_object_set_new(rec, "network_id", json_integer(id));
    }
    json_t *v;
    size_t i;
    json_t *topics = json_array(), *orgs = json_array();
    json_object_set_new(rec, "topics", topics);
    json_object_set_new(rec, "organisation_ids", orgs);
    json_array_foreach(json_object_get(md, "topics"), i, v) {
        json_t *key = NULL;
        enum am_rc rc = topic_key(db, json_string_value(v), &key, err);
        if (rc)
            return rc;
        json_array_append_new(topics, key);
    }
    json_array_foreach(json_object_get(md, "organisations"), i, v) {
        json_t *id = NULL;
        enum am_rc rc = organisation(db, who, json_string_value(v), cc[0] ? cc : NULL, city_id, &id, err);
        if (rc)
            return rc;
        json_array_append_new(orgs, id);
    }
    return AM_OK;
}

enum am_rc am_practice_md_create(struct am_db *db, const struct am_actor *who, const char *text,
                                 size_t n, int submit, json_t **out, struct am_err *err)
{
    json_t *md = NULL, *rec = json_object(), *made = NULL;
    enum am_rc rc = am_actor_need_signed_in(who, err);
    if (!rc)
        rc = am_practice_md_read(text, n, &md, err);
    /* organisations it names are made in the same transaction */
    if (!rc)
        rc = am_db_begin(db, err);
    if (rc) {
        json_decref(md);
        json_decref(rec);
        return rc;
    }
    rc = resolve_names(db, who, md, rec, err);
    if (!rc)
        rc = am_schema_check(am_practice_resource.schema, rec, AM_CHECK_CREATE, err);
    if (!rc)
        rc = am_practice_create(db, who, rec, &made, err);
    if (!rc && submit) {
        char key[24];
        json_t *sub = NULL;
        snprintf(key, sizeof key, "%lld", (long long)am_get_id(made, "id"));
        rc = am_practice_transition(db, who, key, "submit", NULL, &sub, err);
        if (!rc) {
            json_decref(made);
            made = sub;
        }
    }
    if (!rc)
        rc = am_db_commit(db, err);
    else
        am_db_rollback(db);
    json_decref(md);
    json_decref(rec);
    if (rc) {
        json_decref(made);
        return rc;
    }
    *out = made;
    return AM_OK;
}

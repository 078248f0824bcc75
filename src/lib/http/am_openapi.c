#include "am_openapi.h"

#include <stdio.h>
#include <string.h>

#include "am_formats.h"
#include "util/am_labels.h"
#include "am_router.h"
#include "util/am_lang.h"
#include "util/am_buf.h"

static json_t *ref_to(const char *name)
{
    char ref[128];
    snprintf(ref, sizeof ref, "#/components/schemas/%s", name);
    return json_pack("{s:s}", "$ref", ref);
}

static void add_schema(json_t *components, const struct am_schema *s);

/* The schema a field refers to: its own, or its items' (a list's, or a
 * map's values). */
static void add_field_schema(json_t *components, const struct am_field *f)
{
    if (f->type == AM_T_OBJECT && f->object)
        add_schema(components, f->object);
    else if ((f->type == AM_T_ARRAY || f->type == AM_T_OBJECT) && f->item)
        add_field_schema(components, f->item);
}

/* Add s and every schema nested in it to components. */
static void add_schema(json_t *components, const struct am_schema *s)
{
    if (!s || json_object_get(components, s->name))
        return;
    json_object_set_new(components, s->name, am_schema_json(s));
    for (const struct am_field *f = s->fields; f->name; f++)
        add_field_schema(components, f);
}

static json_t *page_of(const char *name)
{
    return json_pack("{s:s,s:[s,s,s],s:{s:{s:s,s:o},s:{s:s},s:{s:s,s:b}}}", "type", "object",
                     "required", "items", "total", "next", "properties", "items", "type", "array",
                     "items", ref_to(name), "total", "type", "integer", "next", "type", "string",
                     "nullable", 1);
}

static json_t *parameters(const struct am_route *rt)
{
    json_t *ps = json_array();
    /* path parameters, in order */
    for (const char *p = strchr(rt->path, '{'); p; p = strchr(p + 1, '{')) {
        const char *e = strchr(p, '}');
        char name[32];
        snprintf(name, sizeof name, "%.*s", (int)(e - p - 1), p + 1);
        /* ids are numbers, but for topics (keys) and countries (codes) */
        bool numeric = strcmp(name, "id") == 0 && !(rt->res && strcmp(rt->res->table, "topic") == 0);
        json_array_append_new(ps, json_pack("{s:s,s:s,s:b,s:{s:s}}", "name", name, "in", "path",
                                            "required", 1, "schema", "type",
                                            numeric ? "integer" : "string"));
    }
    const struct am_schema *q = am_route_query(rt);
    for (const struct am_field *f = q ? q->fields : NULL; f && f->name; f++) {
        json_t *p = json_pack("{s:s,s:s,s:o,s:b}", "name", f->name, "in", "query", "schema",
                              am_field_json(f), "required", (f->flags & AM_F_REQUIRED) != 0);
        if (f->doc)
            json_object_set_new(p, "description", json_string(f->doc));
        if (f->example)
            json_object_set_new(p, "example", json_string(f->example));
        json_array_append_new(ps, p);
    }
    json_t *format = am_format_param_json(rt);
    if (format)
        json_array_append_new(ps, format);
    /* every route answers in the reader's language: described once */
    json_array_append_new(ps, json_pack("{s:s}", "$ref", "#/components/parameters/lang"));
    return ps;
}

static json_t *lang_param(void)
{
    return json_pack("{s:s,s:s,s:b,s:{s:s,s:s},s:s}", "name", "lang", "in", "query", "required", 0,
                     "schema", "type", "string", "example", "fr", "description",
                     "the language of the reply's human messages and of the country names a read "
                     "replies with (a write's record keeps English names): en, fr, it, uk or fa (a "
                     "region is ignored: fr-CH is fr; another language is English). It wins "
                     "over the Accept-Language header, which is read otherwise (with its q-values); "
                     "English by default. The reply says which in Content-Language. Error codes, "
                     "fields and the names of fields stay the same in every language");
}

static json_t *responses(const struct am_route *rt, json_t *components)
{
    char ok[8];
    snprintf(ok, sizeof ok, "%d", am_route_status(rt));
    json_t *r = json_object();
    const struct am_schema *reply = am_route_reply(rt);
    if (rt->flags & AM_R_CALENDAR) {
        json_object_set_new(r, ok, json_pack("{s:s,s:{s:{s:{s:s}}}}", "description", "an iCalendar feed (RFC 5545)",
                                             "content", "text/calendar", "schema", "type", "string"));
    } else if (reply) {
        add_schema(components, reply);
        json_t *schema = am_route_is_page(rt) ? page_of(reply->name) : ref_to(reply->name);
        json_t *content = json_pack("{s:{s:o}}", "application/json", "schema", schema);
        am_format_content_json(rt, content);
        json_object_set_new(r, ok, json_pack("{s:s,s:o}", "description", "success", "content", content));
    } else {
        json_object_set_new(r, ok, json_pack("{s:s}", "description", "success, no content"));
    }
    json_t *err = json_pack("{s:s,s:{s:{s:o}}}", "description", "error", "content",
                            "application/json", "schema", ref_to("Error"));
    json_object_set_new(r, "default", err);
    return r;
}

/* The rules of the route's record kind, on its schema (x-rights), and the
 * action the route takes (x-action): what clients and the authorisation
 * matrix read instead of guessing. */
static void add_rights(const struct am_route *rt, json_t *op, json_t *components)
{
    const struct am_rights *r = am_route_rights(rt);
    if (!r)
        return;
    add_schema(components, r->schema);
    json_t *s = json_object_get(components, r->schema->name);
    if (!json_object_get(s, "x-rights")) {
        json_object_set_new(s, "x-rights", am_rights_json(r));
        if (r->public_if) /* anyone reads it when this field is true */
            json_object_set_new(s, "x-public-if", json_string(r->public_if));
        json_object_set_new(s, "x-what", json_string(r->what));
        if (r->state)
            json_object_set_new(s, "x-state", json_string(r->state));
        if (r->author)
            json_object_set_new(s, "x-author", json_string(r->author));
    }
    /* the table its history names it by ("network_group": a Group) */
    if (rt->res && rt->res->schema == r->schema && rt->res->table && !json_object_get(s, "x-table"))
        json_object_set_new(s, "x-table", json_string(rt->res->table));
    json_object_set_new(op, "x-kind", json_string(r->schema->name));
    json_object_set_new(op, "x-action", json_string(am_action_name(am_route_action(rt))));
}

static json_t *operation(const struct am_route *rt, json_t *components)
{
    char id[96];
    snprintf(id, sizeof id, "%s", rt->summary ? rt->summary : rt->path);
    json_t *op = json_pack("{s:s,s:[s],s:o,s:o}", "summary", id, "tags", am_route_tag(rt),
                           "parameters", parameters(rt), "responses", responses(rt, components));
    const struct am_schema *body = am_route_body(rt);
    if (body) {
        add_schema(components, body);
        json_object_set_new(op, "requestBody",
                            json_pack("{s:b,s:{s:{s:o}}}", "required", 1, "content",
                                      "application/json", "schema", ref_to(body->name)));
    }
    if ((rt->method != AM_GET && !(rt->flags & AM_R_ANONYMOUS)) || (rt->flags & AM_R_SIGNED_IN))
        json_object_set_new(op, "security", json_pack("[{s:[]}]", "bearer"));
    add_rights(rt, op, components);
    if (rt->flags & AM_R_SELF)
        json_object_set_new(op, "x-self", json_true());
    return op;
}

static json_t *error_schema(void)
{
    return json_pack("{s:s,s:[s],s:{s:{s:s,s:[s,s],s:{s:{s:s},s:{s:s},s:{s:s}}}}}", "type",
                     "object", "required", "error", "properties", "error", "type", "object",
                     "required", "code", "message", "properties", "code", "type", "string",
                     "message", "type", "string", "field", "type", "string");
}

/* The words for people in the reader's language: a schema's `title`, and
 * beside an `enum` its choices' labels (x-enum-labels, in the enum's
 * order). Done over the finished document rather than in am_field_json,
 * which the command line shares and which stays English. Examples are
 * records, not words for people (an activity's "title" is data), and are
 * left as written. A word without a row keeps its English, and is noted
 * in missing (when given; a code in capitals, "EU", is shown as it is). */
static bool has_lower(const char *code)
{
    for (const char *c = code; c && *c; c++)
        if (*c >= 'a' && *c <= 'z')
            return true;
    return false;
}

static void translate(json_t *node, enum am_lang l, json_t *missing)
{
    if (json_is_array(node)) {
        size_t i;
        json_t *v;
        json_array_foreach(node, i, v)
            translate(v, l, missing);
        return;
    }
    if (!json_is_object(node))
        return;
    const char *key;
    json_t *v;
    json_object_foreach(node, key, v) {
        if (strcmp(key, "example") == 0)
            continue;
        /* a note that has its words in the table (a figure's "published");
         * the longer descriptions are for developers, and stay English */
        if ((strcmp(key, "description") == 0 || strcmp(key, "x-what") == 0) && json_is_string(v)) {
            const char *t = am_label_in(json_string_value(v), l);
            if (t)
                json_string_set(v, t);
            continue;
        }
        if (strcmp(key, "title") == 0 && json_is_string(v)) {
            const char *t = am_label_in(json_string_value(v), l);
            if (t)
                json_string_set(v, t);
            else if (missing)
                json_object_set_new(missing, json_string_value(v), json_true());
            continue;
        }
        translate(v, l, missing);
    }
    json_t *e = json_object_get(node, "enum");
    if (!json_is_array(e) || json_object_get(node, "x-enum-labels"))
        return;
    json_t *labels = json_array();
    size_t i;
    json_array_foreach(e, i, v) {
        char en[128];
        am_choice_english(json_string_value(v), en, sizeof en);
        const char *t = am_label_in(en, l);
        json_array_append_new(labels, json_string(t ? t : en));
        if (!t && missing && has_lower(json_string_value(v)))
            json_object_set_new(missing, en, json_true());
    }
    json_object_set_new(node, "x-enum-labels", labels);
}

static json_t *document(json_t *missing)
{
    json_t *paths = json_object(), *schemas = json_object();
    json_object_set_new(schemas, "Error", error_schema());
    for (size_t i = 0; i < am_nroutes; i++) {
        const struct am_route *rt = &am_routes[i];
        json_t *item = json_object_get(paths, rt->path);
        if (!item) {
            item = json_object();
            json_object_set_new(paths, rt->path, item);
        }
        char method[8];
        const char *m = am_method_name(rt->method);
        size_t k = 0;
        for (; m[k] && k < sizeof method - 1; k++)
            method[k] = (char)(m[k] >= 'A' && m[k] <= 'Z' ? m[k] + 32 : m[k]);
        method[k] = '\0';
        json_object_set_new(item, method, operation(rt, schemas));
    }
    /* English is the document as it always was, byte for byte */
    enum am_lang l = am_lang_current();
    if (l != AM_LANG_EN) {
        translate(schemas, l, missing);
        translate(paths, l, missing);
    }
    return json_pack("{s:s,s:{s:s,s:s,s:s},s:o,s:{s:o,s:{s:o},s:{s:{s:s,s:s}}}}", "openapi", "3.0.3",
                     "info", "title", "amity", "version", AMITY_VERSION, "description",
                     "The open registry of city diplomacy: cities, networks, memberships, "
                     "partnerships and activities.",
                     "paths", paths, "components", "schemas", schemas, "parameters", "lang", lang_param(),
                     "securitySchemes", "bearer", "type", "http", "scheme", "bearer");
}

json_t *am_openapi_document(void)
{
    return document(NULL);
}

json_t *am_openapi_untranslated(enum am_lang l)
{
    enum am_lang was = am_lang_current();
    json_t *missing = json_object();
    am_lang_set(l);
    json_decref(document(missing));
    am_lang_set(was);
    return missing;
}

/* ---- the rights, for people ----------------------------------------------- */

static const char *const action_words[AM_ACT_COUNT] = {
    [AM_ACT_READ] = "see", [AM_ACT_CREATE] = "add", [AM_ACT_UPDATE] = "change",
    [AM_ACT_DELETE] = "delete", [AM_ACT_SUBMIT] = "submit", [AM_ACT_PUBLISH] = "publish",
    [AM_ACT_RETURN] = "return", [AM_ACT_SIGN] = "sign", [AM_ACT_SUSPEND] = "suspend",
    [AM_ACT_RENEW] = "renew", [AM_ACT_END] = "end", [AM_ACT_LEAVE] = "end (leave)",
    [AM_ACT_APPROVE] = "approve", [AM_ACT_WITHDRAW] = "withdraw (consent)", [AM_ACT_EXPORT] = "export",
    [AM_ACT_DISCUSS] = "mark discussed", [AM_ACT_MAKE_ACTIVITY] = "make an activity",
    [AM_ACT_LINK_PARTNERSHIP] = "link a partnership", [AM_ACT_CLOSE] = "close",
    [AM_ACT_ACCEPT] = "accept", [AM_ACT_COMPLETE] = "complete", [AM_ACT_CANCEL] = "cancel",
    [AM_ACT_GRANT] = "grant", [AM_ACT_REFUSE] = "refuse", [AM_ACT_CONFIRM] = "confirm (a delivery)",
};

static void states_text(struct am_buf *b, const struct am_rule *rule)
{
    if (!rule->states) {
        am_buf_adds(b, "any");
    } else {
        for (const char *const *st = rule->states; *st; st++)
            am_buf_addf(b, "%s%s", st == rule->states ? "" : ", ", *st);
    }
    if (rule->to)
        am_buf_addf(b, " → %s", rule->to);
}

static void kind_rows(struct am_buf *b, const struct am_rights *r)
{
    bool read = false;
    for (const struct am_rule *rule = r->rules; rule->who; rule++)
        read |= rule->action == AM_ACT_READ;
    if (!read)
        am_buf_addf(b, "| %s | see | anyone | any |\n", r->what);
    else if (r->public_if)
        am_buf_addf(b, "| %s | see | anyone, when `%s` is true | any |\n", r->what, r->public_if);
    for (const struct am_rule *rule = r->rules; rule->who; rule++) {
        char who[256];
        am_rights_who_text(rule->who | (rule->who & AM_REL_ANYONE ? 0 : AM_REL_ADMIN), who, sizeof who);
        am_buf_addf(b, "| %s | %s | %s | ", r->what, action_words[rule->action], who);
        states_text(b, rule);
        am_buf_adds(b, " |\n");
    }
}

void am_rights_markdown(struct am_buf *b)
{
    const struct am_rights *done[64];
    size_t ndone = 0;
    am_buf_adds(b, "| record | action | who may | in which states |\n| --- | --- | --- | --- |\n");
    for (size_t i = 0; i < am_nroutes && ndone < sizeof done / sizeof done[0]; i++) {
        const struct am_rights *r = am_route_rights(&am_routes[i]);
        bool seen = !r;
        for (size_t k = 0; k < ndone && !seen; k++)
            seen = done[k] == r;
        if (seen)
            continue;
        done[ndone++] = r;
        kind_rows(b, r);
    }
}

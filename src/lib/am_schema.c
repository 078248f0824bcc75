#include "am_schema.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "util/am_msg.h"
#include "util/am_str.h"

enum { PATH_MAX_LEN = 96 };

static double default_max(enum am_type t)
{
    switch (t) {
    case AM_T_STRING: return 200;
    case AM_T_TEXT: return 20000;
    case AM_T_URL: return 2000;
    case AM_T_SLUG: return 64;
    case AM_T_ARRAY: return 1000;
    default: return 0;
    }
}

static bool has_bounds(const struct am_field *f)
{
    return f->min != 0 || f->max != 0;
}

static double fmax_of(const struct am_field *f)
{
    return has_bounds(f) ? f->max : default_max(f->type);
}

static double fmin_of(const struct am_field *f)
{
    return has_bounds(f) ? f->min : 0;
}

const char *am_type_name(enum am_type t)
{
    switch (t) {
    case AM_T_STRING: return "text";
    case AM_T_TEXT: return "long text";
    case AM_T_INT: return "integer";
    case AM_T_NUMBER: return "number";
    case AM_T_BOOL: return "true|false";
    case AM_T_ENUM: return "choice";
    case AM_T_DATE: return "date (YYYY[-MM[-DD]])";
    case AM_T_URL: return "URL";
    case AM_T_COUNTRY: return "country code (ISO 3166-1 alpha-2)";
    case AM_T_ID: return "id";
    case AM_T_SLUG: return "key";
    case AM_T_ARRAY: return "list";
    case AM_T_OBJECT: return "object";
    case AM_T_ANY: return "any value";
    }
    return "value";
}

bool am_field_is_column(const struct am_field *f)
{
    return !(f->flags & (AM_F_READONLY | AM_F_VIRTUAL)) && f->type != AM_T_ARRAY &&
           f->type != AM_T_OBJECT;
}

const char *am_field_label(const struct am_field *f)
{
    return f->label ? f->label : f->name;
}

void am_field_human(const struct am_field *f, char *out, size_t cap)
{
    if (f->label) {
        am_str_copy(out, cap, f->label);
        return;
    }
    /* "end_date" -> "End date"; "city_id" -> "City"; "city_ids" -> "Cities";
     * "source_url" -> "Source (web address)" */
    size_t n = 0, len = strlen(f->name);
    const char *tail = "";
    if (len > 3 && strcmp(f->name + len - 3, "_id") == 0)
        len -= 3;
    else if (len > 4 && strcmp(f->name + len - 4, "_ids") == 0) {
        len -= 4;
        tail = f->name[len - 1] == 'y' ? "ies" : "s";
        len -= f->name[len - 1] == 'y';
    } else if (len > 4 && strcmp(f->name + len - 4, "_url") == 0) {
        len -= 4;
        tail = " (web address)";
    }
    for (size_t i = 0; i < len && n + 1 < cap; i++) {
        char ch = f->name[i] == '_' ? ' ' : f->name[i];
        if (i == 0 && ch >= 'a' && ch <= 'z')
            ch = (char)(ch - 32);
        out[n++] = ch;
    }
    out[n] = '\0';
    am_str_copy(out + n, cap - n, tail);
}

const struct am_field *am_schema_field(const struct am_schema *s, const char *name)
{
    for (const struct am_field *f = s->fields; f->name; f++)
        if (strcmp(f->name, name) == 0)
            return f;
    return NULL;
}

/* ---- validation ----------------------------------------------------- */

struct ctx {
    enum am_check mode;
    enum am_rc bad; /* AM_EINVAL, or AM_EBADREQ for query strings */
    struct am_err *err;
};

static enum am_rc check_value(struct ctx *c, const struct am_field *f, const char *path,
                              json_t **slot);

static enum am_rc fail(struct ctx *c, const struct am_field *f, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* The message names the field as people read it (its label); the error's
 * field is its path in the body, for programs. The message is in the
 * request's language (am_msg); the label and the path are not. */
static enum am_rc fail(struct ctx *c, const struct am_field *f, const char *path, const char *fmt, ...)
{
    /* larger than the error's message: a translation's letters take more
     * bytes, and am_err_set cuts what does not fit between characters */
    char msg[512], human[80];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    am_field_human(f, human, sizeof human);
    return am_err_set(c->err, c->bad, path, AM_TR(FIELD), human, msg);
}

static bool is_slug(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
            return false;
    return true;
}

bool am_is_url(const char *s)
{
    const char *rest;
    /* the scheme is case-insensitive (RFC 3986) */
    if (strncasecmp(s, "https://", 8) == 0)
        rest = s + 8;
    else if (strncasecmp(s, "http://", 7) == 0)
        rest = s + 7;
    else
        return false;
    if (!*rest || *rest == '/')
        return false;
    for (const char *p = s; *p; p++)
        if (*p == ' ' || (unsigned char)*p < 0x20)
            return false;
    return true;
}

/* Trim ASCII white space around a string value, replacing it in its slot. */
static enum am_rc trim(struct ctx *c, json_t **slot, const char *path)
{
    const char *s = json_string_value(*slot);
    size_t n = json_string_length(*slot), a = 0;
    while (a < n && (s[a] == ' ' || s[a] == '\t' || s[a] == '\n' || s[a] == '\r'))
        a++;
    while (n > a && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        n--;
    if (a == 0 && n == json_string_length(*slot))
        return AM_OK;
    json_t *t = json_stringn(s + a, n - a);
    if (!t)
        return am_err_set(c->err, AM_ENOMEM, path, "out of memory");
    json_decref(*slot);
    *slot = t;
    return AM_OK;
}

static enum am_rc check_string(struct ctx *c, const struct am_field *f, const char *path,
                               json_t **slot)
{
    if (!json_is_string(*slot))
        return fail(c, f, path, "%s", f->type == AM_T_ENUM ? AM_TR(MUST_BE_LISTED) : AM_TR(MUST_BE_STRING));
    enum am_rc rc = trim(c, slot, path);
    if (rc)
        return rc;
    const char *s = json_string_value(*slot);
    if (strlen(s) != json_string_length(*slot))
        return fail(c, f, path, "%s", AM_TR(NO_NUL));
    if (am_has_ctrl(s, f->type == AM_T_TEXT))
        return fail(c, f, path, "%s", AM_TR(NO_CTRL));
    size_t len = am_utf8_len(s);
    if (len == 0) {
        if (f->flags & AM_F_REQUIRED)
            return fail(c, f, path, "%s", AM_TR(NOT_EMPTY));
        /* an empty optional field in a form means "no value" */
        json_decref(*slot);
        *slot = json_null();
        return AM_OK;
    }
    double max = fmax_of(f), min = fmin_of(f);
    if (max > 0 && (double)len > max) {
        char lim[32];
        snprintf(lim, sizeof lim, "%.0f", max);
        return fail(c, f, path, AM_TR(TOO_LONG), lim);
    }
    if ((double)len < min) {
        char lim[32];
        snprintf(lim, sizeof lim, "%.0f", min);
        return fail(c, f, path, AM_TR(TOO_SHORT), lim);
    }
    switch (f->type) {
    case AM_T_ENUM:
        for (const char *const *v = f->values; *v; v++)
            if (strcmp(*v, s) == 0)
                return AM_OK;
    {
        char list[160] = "";
        size_t n = 0;
        for (const char *const *v = f->values; *v && n < sizeof list - 1; v++) {
            int w = snprintf(list + n, sizeof list - n, "%s%s", v == f->values ? "" : ", ", *v);
            n += w > 0 ? (size_t)w : 0;
        }
        return fail(c, f, path, AM_TR(NOT_CHOICE), s, list);
    }
    case AM_T_DATE:
        return am_date_valid(s) ? AM_OK : fail(c, f, path, AM_TR(NOT_DATE), s);
    case AM_T_URL:
        return am_is_url(s) ? AM_OK : fail(c, f, path, AM_TR(NOT_URL), s);
    case AM_T_SLUG:
        return is_slug(s) ? AM_OK : fail(c, f, path, AM_TR(NOT_SLUG), s);
    case AM_T_COUNTRY: {
        char up[3];
        if (strlen(s) != 2)
            return fail(c, f, path, AM_TR(NOT_COUNTRY), s);
        for (int i = 0; i < 2; i++) {
            char ch = s[i];
            if (ch >= 'a' && ch <= 'z')
                ch = (char)(ch - 32);
            if (ch < 'A' || ch > 'Z')
                return fail(c, f, path, AM_TR(NOT_COUNTRY), s);
            up[i] = ch;
        }
        up[2] = '\0';
        json_t *t = json_string(up);
        if (!t)
            return am_err_set(c->err, AM_ENOMEM, path, "out of memory");
        json_decref(*slot);
        *slot = t;
        return AM_OK;
    }
    default:
        return AM_OK;
    }
}

static enum am_rc check_number(struct ctx *c, const struct am_field *f, const char *path,
                               json_t *v)
{
    double x;
    if (f->type == AM_T_INT || f->type == AM_T_ID) {
        if (!json_is_integer(v))
            return fail(c, f, path, "%s", f->type == AM_T_ID ? AM_TR(MUST_BE_ID) : AM_TR(MUST_BE_INT));
        x = (double)json_integer_value(v);
        if (f->type == AM_T_ID && x < 1)
            return fail(c, f, path, "%s", AM_TR(MUST_BE_ID_FROM_1));
    } else {
        if (!json_is_number(v))
            return fail(c, f, path, "%s", AM_TR(MUST_BE_NUMBER));
        x = json_number_value(v);
        if (!isfinite(x))
            return fail(c, f, path, "%s", AM_TR(MUST_BE_FINITE));
    }
    if (has_bounds(f) && (x < f->min || x > f->max)) {
        char lo[32], hi[32];
        snprintf(lo, sizeof lo, "%.15g", f->min);
        snprintf(hi, sizeof hi, "%.15g", f->max);
        return fail(c, f, path, AM_TR(BETWEEN), lo, hi);
    }
    return AM_OK;
}

static bool same_scalar(json_t *a, json_t *b)
{
    return json_equal(a, b) != 0;
}

static enum am_rc check_array(struct ctx *c, const struct am_field *f, const char *path,
                              json_t *arr)
{
    if (!json_is_array(arr))
        return fail(c, f, path, "%s", AM_TR(MUST_BE_LIST));
    size_t n = json_array_size(arr);
    double max = fmax_of(f);
    if (max > 0 && (double)n > max)
        return fail(c, f, path, "%s", AM_TR(TOO_MANY));
    /* a list is given whole: each of its records is whole too, even in a
     * change (a document without its title is refused, not half written) */
    struct ctx whole = *c;
    if (whole.mode == AM_CHECK_UPDATE)
        whole.mode = AM_CHECK_CREATE;
    for (size_t i = 0; i < json_array_size(arr); i++) {
        char sub[PATH_MAX_LEN];
        snprintf(sub, sizeof sub, "%s[%zu]", path, i);
        json_t *item = json_incref(json_array_get(arr, i));
        enum am_rc rc = check_value(&whole, f->item, sub, &item);
        if (!rc && json_is_null(item))
            rc = fail(c, f, sub, "%s", AM_TR(ITEM_EMPTY));
        if (rc) {
            json_decref(item);
            return rc;
        }
        /* a duplicate in a set-like list (topics, participants) is dropped */
        bool dup = false;
        for (size_t k = 0; k < i && !json_is_object(item); k++)
            if (same_scalar(json_array_get(arr, k), item))
                dup = true;
        if (dup) {
            json_decref(item);
            json_array_remove(arr, i--);
            continue;
        }
        json_array_set_new(arr, i, item);
    }
    if ((double)json_array_size(arr) < fmin_of(f))
        return fail(c, f, path, "%s", AM_TR(TOO_FEW));
    return AM_OK;
}

static enum am_rc check_object(struct ctx *c, const struct am_schema *s, const char *prefix,
                               json_t *obj);

static enum am_rc check_value(struct ctx *c, const struct am_field *f, const char *path,
                              json_t **slot)
{
    if (json_is_null(*slot)) {
        if (f->flags & AM_F_REQUIRED)
            return fail(c, f, path, "%s", AM_TR(REQUIRED_NULL));
        if (!(f->flags & AM_F_NULLABLE) && c->mode != AM_CHECK_QUERY)
            return fail(c, f, path, "%s", AM_TR(NOT_NULL));
        return AM_OK;
    }
    switch (f->type) {
    case AM_T_STRING:
    case AM_T_TEXT:
    case AM_T_ENUM:
    case AM_T_DATE:
    case AM_T_URL:
    case AM_T_COUNTRY:
    case AM_T_SLUG:
        return check_string(c, f, path, slot);
    case AM_T_INT:
    case AM_T_NUMBER:
    case AM_T_ID:
        return check_number(c, f, path, *slot);
    case AM_T_BOOL:
        return json_is_boolean(*slot) ? AM_OK : fail(c, f, path, "%s", AM_TR(MUST_BE_BOOL));
    case AM_T_ARRAY:
        return check_array(c, f, path, *slot);
    case AM_T_ANY:
        return AM_OK;
    case AM_T_OBJECT:
        if (!json_is_object(*slot))
            return fail(c, f, path, "%s", AM_TR(MUST_BE_OBJECT));
        if (!f->object) /* free-form: its keys are checked by the domain */
            return AM_OK;
        return check_object(c, f->object, path, *slot);
    }
    return am_err_set(c->err, AM_EINTERNAL, path, "unknown field type");
}

static enum am_rc check_object(struct ctx *c, const struct am_schema *s, const char *prefix,
                               json_t *obj)
{
    const char *key;
    json_t *val;
    void *tmp;
    char path[PATH_MAX_LEN];
    json_object_foreach_safe(obj, tmp, key, val) {
        snprintf(path, sizeof path, "%s%s%s", prefix, *prefix ? "." : "", key);
        const struct am_field *f = am_schema_field(s, key);
        if (!f)
            return am_err_set(c->err, c->bad, path, AM_TR(UNKNOWN_FIELD), path);
        /* a value the caller may not set is refused, not silently dropped:
         * the caller would believe it was taken */
        if (f->flags & AM_F_READONLY)
            return am_err_set(c->err, c->bad, path, AM_TR(READONLY), path);
        json_t *v = json_incref(val);
        enum am_rc rc = check_value(c, f, path, &v);
        if (rc) {
            json_decref(v);
            return rc;
        }
        json_object_set_new(obj, key, v);
    }
    if (c->mode == AM_CHECK_UPDATE)
        return AM_OK;
    for (const struct am_field *f = s->fields; f->name; f++) {
        if (!(f->flags & AM_F_REQUIRED) || json_object_get(obj, f->name))
            continue;
        snprintf(path, sizeof path, "%s%s%s", prefix, *prefix ? "." : "", f->name);
        char human[80];
        am_field_human(f, human, sizeof human);
        return am_err_set(c->err, c->bad, path, AM_TR(REQUIRED), human);
    }
    return AM_OK;
}

enum am_rc am_schema_check(const struct am_schema *s, json_t *obj, enum am_check mode,
                           struct am_err *err)
{
    struct ctx c = {mode, mode == AM_CHECK_QUERY ? AM_EBADREQ : AM_EINVAL, err};
    if (!json_is_object(obj))
        return am_err_set(err, c.bad, "", "%s", AM_TR(BODY_OBJECT));
    return check_object(&c, s, "", obj);
}

static json_t *parse_json(const struct am_field *f, const char *text, struct am_err *err)
{
    json_error_t je;
    json_t *v = json_loads(text, JSON_REJECT_DUPLICATES, &je);
    if (!v)
        am_err_set(err, AM_EBADREQ, f->name, "%s: not JSON: %s", f->name, je.text);
    return v;
}

/* "city_id=12,role=x" -> {"city_id": 12, "role": "x"}, typed by the
 * object's schema: how the command line writes a nested record. */
static json_t *parse_pairs(const struct am_field *f, const char *text, struct am_err *err)
{
    json_t *o = json_object();
    const char *p = text;
    bool bad = !o;
    while (!bad && *p) {
        const char *e = strchr(p, ',');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        char part[512];
        if (n >= sizeof part) {
            am_err_set(err, AM_EBADREQ, f->name, "%s: a value is too long", f->name);
            bad = true;
            break;
        }
        memcpy(part, p, n);
        part[n] = '\0';
        char *eq = strchr(part, '=');
        const struct am_field *sub = NULL;
        if (eq) {
            *eq = '\0';
            sub = am_schema_field(f->object, part);
        }
        if (!sub) {
            am_err_set(err, AM_EBADREQ, f->name, "%s: write it as key=value,... with keys of %s",
                       f->name, f->object->name);
            bad = true;
            break;
        }
        json_t *v = am_field_parse(sub, eq + 1, err);
        if (!v) {
            bad = true;
            break;
        }
        json_object_set_new(o, part, v);
        p += n + (e ? 1 : 0);
    }
    if (bad) {
        json_decref(o);
        return NULL;
    }
    return o;
}

json_t *am_field_parse(const struct am_field *f, const char *text, struct am_err *err)
{
    switch (f->type) {
    case AM_T_INT:
    case AM_T_ID: {
        int64_t v;
        if (!am_parse_i64(text, INT64_MIN / 2, INT64_MAX / 2, &v)) {
            char human[80];
            am_field_human(f, human, sizeof human);
            am_err_set(err, AM_EBADREQ, f->name, AM_TR(Q_NOT_WHOLE), human, text);
            return NULL;
        }
        return json_integer(v);
    }
    case AM_T_NUMBER: {
        double v;
        if (!am_parse_double(text, &v)) {
            char human[80];
            am_field_human(f, human, sizeof human);
            am_err_set(err, AM_EBADREQ, f->name, AM_TR(Q_NOT_NUMBER), human, text);
            return NULL;
        }
        return json_real(v);
    }
    case AM_T_BOOL:
        if (strcmp(text, "true") == 0 || strcmp(text, "1") == 0 || strcmp(text, "yes") == 0)
            return json_true();
        if (strcmp(text, "false") == 0 || strcmp(text, "0") == 0 || strcmp(text, "no") == 0)
            return json_false();
        {
            char human[80];
            am_field_human(f, human, sizeof human);
            am_err_set(err, AM_EBADREQ, f->name, AM_TR(Q_NOT_BOOL), human, text);
        }
        return NULL;
    case AM_T_ARRAY: {
        if (text[0] == '[')
            return parse_json(f, text, err);
        /* comma-separated on the command line: --topics a,b,c */
        json_t *arr = json_array();
        const char *p = text;
        while (arr && *p) {
            const char *e = strchr(p, ',');
            size_t n = e ? (size_t)(e - p) : strlen(p);
            char part[256];
            if (n >= sizeof part) {
                am_err_set(err, AM_EBADREQ, f->name, "%s: an item is too long", f->name);
                json_decref(arr);
                return NULL;
            }
            memcpy(part, p, n);
            part[n] = '\0';
            json_t *v = n ? am_field_parse(f->item, part, err) : NULL;
            if (n && !v) {
                json_decref(arr);
                return NULL;
            }
            if (v)
                json_array_append_new(arr, v);
            p += n + (e ? 1 : 0);
        }
        return arr;
    }
    case AM_T_OBJECT:
        return text[0] != '{' && f->object ? parse_pairs(f, text, err) : parse_json(f, text, err);
    default:
        return json_string(text);
    }
}

/* ---- JSON Schema ---------------------------------------------------- */

static const char *json_type_of(enum am_type t)
{
    switch (t) {
    case AM_T_INT:
    case AM_T_ID: return "integer";
    case AM_T_NUMBER: return "number";
    case AM_T_BOOL: return "boolean";
    case AM_T_ARRAY: return "array";
    case AM_T_OBJECT: return "object";
    default: return "string";
    }
}

/* What am_rights reads of a field, for clients and the authorisation
 * matrix: the table it refers to, whether it names an owner, whether the
 * writer must be able to name it, whether it is private. */
static void add_rights_marks(const struct am_field *f, json_t *o)
{
    const char *ref = f->type == AM_T_ARRAY && f->item ? f->item->ref : f->ref;
    if (ref && f->type != AM_T_SLUG)
        json_object_set_new(o, "x-ref", json_string(ref));
    if (f->vocabulary)
        json_object_set_new(o, "x-vocabulary", json_string(f->vocabulary));
    if (f->flags & AM_F_OWNER)
        json_object_set_new(o, "x-owner", json_true());
    if (f->flags & AM_F_SCOPED)
        json_object_set_new(o, "x-scope", json_string("name"));
    if (f->flags & AM_F_PRIVATE)
        json_object_set_new(o, "x-private", json_true());
    if (f->flags & AM_F_SHARED)
        json_object_set_new(o, "x-shared", json_true());
}

json_t *am_field_json(const struct am_field *f)
{
    if (f->type == AM_T_ANY) /* no type: any JSON value */
        return f->doc ? json_pack("{s:s}", "description", f->doc) : json_object();
    if (f->type == AM_T_OBJECT && !f->object) {
        json_t *o = json_pack("{s:s,s:b}", "type", "object", "readOnly", (f->flags & AM_F_READONLY) != 0);
        /* a map: any keys, each value as item says ({indicator: score}) */
        if (o && f->item)
            json_object_set_new(o, "additionalProperties", am_field_json(f->item));
        if (o && (f->flags & AM_F_NULLABLE))
            json_object_set_new(o, "nullable", json_true());
        if (o && f->doc)
            json_object_set_new(o, "description", json_string(f->doc));
        if (o)
            add_rights_marks(f, o);
        return o;
    }
    if (f->type == AM_T_OBJECT) {
        json_t *ref = json_pack("{s:s+}", "$ref", "#/components/schemas/", f->object->name);
        /* a $ref takes no siblings: what the field adds (its title, for
         * one) goes around it */
        char human[80];
        am_field_human(f, human, sizeof human);
        json_t *o = json_pack("{s:s,s:s,s:[o]}", "type", "object", "title", human, "allOf", ref);
        if (o && (f->flags & AM_F_NULLABLE))
            json_object_set_new(o, "nullable", json_true());
        if (o && (f->flags & AM_F_READONLY))
            json_object_set_new(o, "readOnly", json_true());
        if (o && f->doc)
            json_object_set_new(o, "description", json_string(f->doc));
        if (o)
            add_rights_marks(f, o);
        return o;
    }
    json_t *o = json_pack("{s:s}", "type", json_type_of(f->type));
    if (!o)
        return NULL;
    if (f->doc)
        json_object_set_new(o, "description", json_string(f->doc));
    char human[80];
    am_field_human(f, human, sizeof human);
    json_object_set_new(o, "title", json_string(human));
    add_rights_marks(f, o);
    if (f->flags & AM_F_READONLY)
        json_object_set_new(o, "readOnly", json_true());
    if (f->flags & AM_F_WRITEONLY)
        json_object_set_new(o, "writeOnly", json_true());
    if (f->flags & AM_F_NULLABLE)
        json_object_set_new(o, "nullable", json_true());
    double max = fmax_of(f), min = fmin_of(f);
    switch (f->type) {
    case AM_T_STRING:
    case AM_T_TEXT:
    case AM_T_URL:
    case AM_T_SLUG:
        if (max > 0)
            json_object_set_new(o, "maxLength", json_integer((json_int_t)max));
        if (min > 0)
            json_object_set_new(o, "minLength", json_integer((json_int_t)min));
        if (f->type == AM_T_URL)
            json_object_set_new(o, "format", json_string("uri"));
        if (f->type == AM_T_SLUG)
            json_object_set_new(o, "pattern", json_string("^[a-z0-9-]+$"));
        break;
    case AM_T_DATE:
        json_object_set_new(o, "pattern", json_string("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"));
        break;
    case AM_T_COUNTRY:
        json_object_set_new(o, "pattern", json_string("^[A-Za-z]{2}$"));
        break;
    case AM_T_ENUM: {
        json_t *e = json_array();
        for (const char *const *v = f->values; *v; v++)
            json_array_append_new(e, json_string(*v));
        json_object_set_new(o, "enum", e);
        break;
    }
    case AM_T_INT:
    case AM_T_NUMBER:
        if (has_bounds(f)) {
            json_object_set_new(o, "minimum", json_real(f->min));
            json_object_set_new(o, "maximum", json_real(f->max));
        }
        break;
    case AM_T_ID:
        json_object_set_new(o, "minimum", json_integer(1));
        break;
    case AM_T_ARRAY:
        json_object_set_new(o, "items", am_field_json(f->item));
        if (max > 0)
            json_object_set_new(o, "maxItems", json_integer((json_int_t)max));
        break;
    default:
        break;
    }
    return o;
}

json_t *am_schema_json(const struct am_schema *s)
{
    json_t *props = json_object(), *req = json_array();
    for (const struct am_field *f = s->fields; f->name; f++) {
        json_object_set_new(props, f->name, am_field_json(f));
        if (f->flags & AM_F_REQUIRED)
            json_array_append_new(req, json_string(f->name));
    }
    json_t *o = json_pack("{s:s,s:o,s:b}", "type", "object", "properties", props,
                          "additionalProperties", s->open);
    if (o && s->doc)
        json_object_set_new(o, "description", json_string(s->doc));
    json_t *example = s->example ? json_loads(s->example, 0, NULL) : NULL;
    if (o && example)
        json_object_set_new(o, "example", example);
    if (o && json_array_size(req))
        json_object_set_new(o, "required", req);
    else
        json_decref(req);
    return o;
}

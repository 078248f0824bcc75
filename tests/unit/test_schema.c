/* Validation from field tables: what a request body or query string may
 * hold, and how it is normalised. */
#include <criterion/criterion.h>
#include <string.h>

#include "am_schema.h"

static const char *const colours[] = {"red", "green", NULL};

static const struct am_field inner_fields[] = {
    {.name = "city_id", .type = AM_T_ID, .flags = AM_F_NULLABLE},
    {.name = "country", .type = AM_T_COUNTRY, .flags = AM_F_NULLABLE},
    {0},
};
static const struct am_schema inner = {.name = "Inner", .doc = NULL, .fields = inner_fields};
static const struct am_field tag = {.name = "tag", .type = AM_T_SLUG};
static const struct am_field inner_item = {.name = "x", .type = AM_T_OBJECT, .object = &inner};

static const struct am_field fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_REQUIRED, .max = 10},
    {.name = "note", .type = AM_T_TEXT, .flags = AM_F_NULLABLE},
    {.name = "colour", .type = AM_T_ENUM, .values = colours},
    {.name = "year", .type = AM_T_INT, .min = 1800, .max = 2100, .flags = AM_F_NULLABLE},
    {.name = "lat", .type = AM_T_NUMBER, .min = -90, .max = 90},
    {.name = "when", .type = AM_T_DATE, .flags = AM_F_NULLABLE},
    {.name = "url", .type = AM_T_URL, .flags = AM_F_NULLABLE},
    {.name = "country", .type = AM_T_COUNTRY},
    {.name = "ok", .type = AM_T_BOOL},
    {.name = "party", .type = AM_T_OBJECT, .object = &inner},
    {.name = "tags", .type = AM_T_ARRAY, .item = &tag, .max = 3},
    {.name = "parties", .type = AM_T_ARRAY, .item = &inner_item},
    {0},
};
static const struct am_schema schema = {.name = "Thing", .doc = NULL, .fields = fields};

static enum am_rc check(const char *json, enum am_check mode, json_t **out, struct am_err *err)
{
    json_t *v = json_loads(json, 0, NULL);
    cr_assert_not_null(v, "bad test JSON: %s", json);
    am_err_clear(err);
    enum am_rc rc = am_schema_check(&schema, v, mode, err);
    if (out)
        *out = v;
    else
        json_decref(v);
    return rc;
}

static void expect_error(const char *json, enum am_check mode, enum am_rc rc, const char *field)
{
    struct am_err err;
    cr_assert_eq(check(json, mode, NULL, &err), rc, "%s: got %d (%s)", json, err.rc, err.msg);
    cr_assert_str_eq(err.field, field, "%s: field %s, want %s", json, err.field, field);
}

Test(schema, accepts_and_normalises)
{
    struct am_err err;
    json_t *v = NULL;
    cr_assert_eq(check("{\"name\": \"  Köln \", \"note\": \"\", \"country\": \"de\","
                       "\"tags\": [\"a\", \"b\", \"a\"], \"party\": {\"city_id\": 3}}",
                       AM_CHECK_CREATE, &v, &err),
                 AM_OK, "%s", err.msg);
    cr_assert_str_eq(json_string_value(json_object_get(v, "name")), "Köln");
    cr_assert(json_is_null(json_object_get(v, "note")), "an empty optional string is null");
    cr_assert_str_eq(json_string_value(json_object_get(v, "country")), "DE");
    cr_assert_eq(json_array_size(json_object_get(v, "tags")), 2, "duplicates are dropped");
    json_decref(v);
}

Test(schema, required_unknown_and_types)
{
    expect_error("{}", AM_CHECK_CREATE, AM_EINVAL, "name");
    expect_error("{\"name\": \"   \"}", AM_CHECK_CREATE, AM_EINVAL, "name");
    expect_error("{\"name\": null}", AM_CHECK_UPDATE, AM_EINVAL, "name");
    expect_error("{\"name\": \"x\", \"nmae\": 1}", AM_CHECK_CREATE, AM_EINVAL, "nmae");
    expect_error("{\"name\": 5}", AM_CHECK_UPDATE, AM_EINVAL, "name");
    expect_error("{\"name\": \"abcdefghijk\"}", AM_CHECK_UPDATE, AM_EINVAL, "name");
    expect_error("{\"colour\": \"blue\"}", AM_CHECK_UPDATE, AM_EINVAL, "colour");
    expect_error("{\"colour\": null}", AM_CHECK_UPDATE, AM_EINVAL, "colour");
    expect_error("{\"year\": 1799}", AM_CHECK_UPDATE, AM_EINVAL, "year");
    expect_error("{\"year\": 2000.5}", AM_CHECK_UPDATE, AM_EINVAL, "year");
    expect_error("{\"lat\": 91}", AM_CHECK_UPDATE, AM_EINVAL, "lat");
    expect_error("{\"when\": \"2023-02-29\"}", AM_CHECK_UPDATE, AM_EINVAL, "when");
    expect_error("{\"url\": \"javascript:alert(1)\"}", AM_CHECK_UPDATE, AM_EINVAL, "url");
    expect_error("{\"url\": \"https://\"}", AM_CHECK_UPDATE, AM_EINVAL, "url");
    expect_error("{\"country\": \"DEU\"}", AM_CHECK_UPDATE, AM_EINVAL, "country");
    expect_error("{\"ok\": \"yes\"}", AM_CHECK_UPDATE, AM_EINVAL, "ok");
    expect_error("{\"name\": \"a\\tb\"}", AM_CHECK_UPDATE, AM_EINVAL, "name");
    expect_error("[1]", AM_CHECK_UPDATE, AM_EINVAL, "");
}

/* Issue 10, point 7: a field the caller may not set was silently dropped. */
Test(schema, read_only_fields_are_refused)
{
    expect_error("{\"id\": 9, \"name\": \"x\"}", AM_CHECK_CREATE, AM_EINVAL, "id");
    expect_error("{\"id\": 9}", AM_CHECK_UPDATE, AM_EINVAL, "id");
    struct am_err err;
    check("{\"name\": \"x\", \"id\": 1}", AM_CHECK_CREATE, NULL, &err);
    cr_assert(strstr(err.msg, "id: is set by amity") != NULL, "%s", err.msg);
}

Test(schema, nested_paths_name_the_field)
{
    expect_error("{\"party\": {\"city_id\": 0}}", AM_CHECK_UPDATE, AM_EINVAL, "party.city_id");
    expect_error("{\"party\": {\"town\": 1}}", AM_CHECK_UPDATE, AM_EINVAL, "party.town");
    expect_error("{\"tags\": [\"ok\", \"Not A Slug\"]}", AM_CHECK_UPDATE, AM_EINVAL, "tags[1]");
    expect_error("{\"tags\": [\"a\", \"b\", \"c\", \"d\"]}", AM_CHECK_UPDATE, AM_EINVAL, "tags");
    expect_error("{\"tags\": [null]}", AM_CHECK_UPDATE, AM_EINVAL, "tags[0]");
    expect_error("{\"parties\": [{\"city_id\": 1}, {\"country\": \"X1\"}]}", AM_CHECK_UPDATE,
                 AM_EINVAL, "parties[1].country");
}

Test(schema, query_errors_are_bad_requests)
{
    expect_error("{\"year\": 1700}", AM_CHECK_QUERY, AM_EBADREQ, "year");
}

Test(schema, field_parse_from_text)
{
    struct am_err err = {0};
    const struct am_field *year = am_schema_field(&schema, "year");
    json_t *v = am_field_parse(year, "2019", &err);
    cr_assert(json_is_integer(v) && json_integer_value(v) == 2019);
    json_decref(v);
    cr_assert_null(am_field_parse(year, "20x9", &err));
    cr_assert_eq(err.rc, AM_EBADREQ);

    const struct am_field *tags = am_schema_field(&schema, "tags");
    v = am_field_parse(tags, "a,b,,c", &err);
    cr_assert_eq(json_array_size(v), 3);
    json_decref(v);

    const struct am_field *party = am_schema_field(&schema, "party");
    v = am_field_parse(party, "city_id=12", &err);
    cr_assert_eq(json_integer_value(json_object_get(v, "city_id")), 12);
    json_decref(v);
    v = am_field_parse(party, "{\"country\": \"ES\"}", &err);
    cr_assert_str_eq(json_string_value(json_object_get(v, "country")), "ES");
    json_decref(v);
    am_err_clear(&err);
    cr_assert_null(am_field_parse(party, "town=1", &err));
    cr_assert_eq(err.rc, AM_EBADREQ);
}

Test(schema, json_schema_of_fields)
{
    json_t *j = am_schema_json(&schema);
    json_t *props = json_object_get(j, "properties");
    cr_assert_str_eq(json_string_value(json_object_get(json_object_get(props, "name"), "type")),
                     "string");
    cr_assert_eq(json_integer_value(json_object_get(json_object_get(props, "name"), "maxLength")), 10);
    cr_assert(json_is_true(json_object_get(json_object_get(props, "id"), "readOnly")));
    cr_assert_eq(json_array_size(json_object_get(json_object_get(props, "colour"), "enum")), 2);
    cr_assert_str_eq(json_string_value(json_array_get(json_object_get(j, "required"), 0)), "name");
    json_decref(j);
}

/* A list is given whole, so each of its records must be whole, in a change
 * too: a document without its title once reached the database as a NULL
 * and answered 500. */
static const struct am_field doc_fields[] = {
    {.name = "title", .type = AM_T_STRING, .flags = AM_F_REQUIRED},
    {.name = "url", .type = AM_T_URL, .flags = AM_F_REQUIRED},
    {0},
};
static const struct am_schema doc_schema = {.name = "Doc", .doc = NULL, .fields = doc_fields};
static const struct am_field doc_item = {.name = "doc", .type = AM_T_OBJECT, .object = &doc_schema};
static const struct am_field docs_fields[] = {
    {.name = "docs", .type = AM_T_ARRAY, .item = &doc_item},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_REQUIRED},
    {0},
};
static const struct am_schema docs_schema = {.name = "Docs", .doc = NULL, .fields = docs_fields};

Test(schema, list_items_are_whole_in_a_change)
{
    struct am_err err = {0};
    json_t *v = json_loads("{\"docs\": [{\"url\": \"https://example.org\"}]}", 0, NULL);
    cr_assert_eq(am_schema_check(&docs_schema, v, AM_CHECK_UPDATE, &err), AM_EINVAL);
    cr_assert_str_eq(err.field, "docs[0].title");
    json_decref(v);
    /* the record itself may still be changed in part */
    am_err_clear(&err);
    v = json_loads("{\"docs\": [{\"title\": \"A\", \"url\": \"https://example.org\"}]}", 0, NULL);
    cr_assert_eq(am_schema_check(&docs_schema, v, AM_CHECK_UPDATE, &err), AM_OK, "%s", err.msg);
    json_decref(v);
}

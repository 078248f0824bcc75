#include "am_organisation.h"

#include "am_read.h"

const char *const am_organisation_kinds[] = {
    "ministry", "national_government", "regional_government", "local_government",
    "municipal_agency", "union_of_municipalities", "association", "ngo", "university",
    "school", "cultural_institution", "company", "international_organisation", "other", NULL,
};

static const struct am_field fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_REQUIRED},
    {.name = "kind", .type = AM_T_ENUM, .flags = AM_F_NULLABLE, .values = am_organisation_kinds},
    {.name = "country", .type = AM_T_COUNTRY, .flags = AM_F_NULLABLE},
    {.name = "city_id", .type = AM_T_ID, .flags = AM_F_NULLABLE | AM_F_OWNER, .ref = "city",
     .doc = "the city it is based in, if any"},
    {.name = "city_name", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE, .col = "c.name"},
    {.name = "website", .type = AM_T_URL, .flags = AM_F_NULLABLE},
    {.name = "description", .type = AM_T_TEXT, .flags = AM_F_NULLABLE},
    AM_FIELDS_SOURCE,
    AM_FIELDS_STAMPS,
    AM_FIELD_CAN,
    {0},
};
static const struct am_schema schema = {
    .name = "Organisation",
    .doc = "A party that is not a city: ministry, agency, association, university...", .fields = fields,
    .example = "{\"name\": \"Mondinsieme\", \"kind\": \"municipal_agency\", \"city_id\": 1}"};

static const struct am_field filter_fields[] = {
    {.name = "q", .type = AM_T_STRING, .flags = AM_F_CONTAINS, .doc = "part of the name",
     .where = "o.name LIKE ? ESCAPE '\\'"},
    {.name = "country", .type = AM_T_COUNTRY, .where = "o.country = ?"},
    {.name = "city", .type = AM_T_ID, .doc = "based in this city", .where = "o.city_id = ?"},
    {.name = "kind", .type = AM_T_ENUM, .values = am_organisation_kinds, .where = "o.kind = ?"},
    AM_FILTER_PAGING,
    {0},
};
static const struct am_schema filters = {.name = "OrganisationFilters", .doc = NULL, .fields = filter_fields};

static const struct am_reading reading = {
    .from = "organisation o LEFT JOIN city c ON c.id = o.city_id", .alias = "o", .order = "o.name",
    .count_from = "organisation",
};

static enum am_rc list(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    return am_read_list(db, &am_organisation_resource, query, out, err);
}

static enum am_rc get(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    return am_read_one(db, &am_organisation_resource, key, out, err);
}

/* An officer adds and keeps up to date the organisations of its city;
 * anyone signed in may add one based in no city (a ministry, say); only
 * an admin deletes one. */
static const struct am_rule rights_rules[] = {
    {AM_ACT_CREATE, AM_REL_CITY | AM_REL_UNOWNED, NULL, NULL},
    {AM_ACT_UPDATE, AM_REL_CITY, NULL, NULL},
    {AM_ACT_DELETE, AM_REL_ADMIN, NULL, NULL},
    {0},
};
static const struct am_rights rights = {"organisation", &schema, NULL, NULL, rights_rules, NULL};

static const struct am_writer writer = {
    .table = "organisation", .what = "organisation", .schema = &schema, .stamps = true,
    .get = get, .rights = &rights,
};

static enum am_rc create(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out,
                         struct am_err *err)
{
    return am_write_create(db, &writer, who, in, out, err);
}

static enum am_rc update(struct am_db *db, const struct am_actor *who, const char *key,
                         json_t *patch, json_t **out, struct am_err *err)
{
    return am_write_update(db, &writer, who, key, patch, out, err);
}

static enum am_rc remove_org(struct am_db *db, const struct am_actor *who, const char *key,
                             struct am_err *err)
{
    return am_write_delete(db, &writer, who, key, err);
}

const struct am_resource am_organisation_resource = {
    .name = "organisations", .singular = "organisation", .table = "organisation", .key = "id",
    .doc = "Organisations: parties and members that are not cities.",
    .schema = &schema, .filters = &filters, .rights = &rights, .reading = &reading,
    .list = list, .get = get, .create = create, .update = update, .remove = remove_org,
};

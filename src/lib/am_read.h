/* am_read: records read from their description.
 *
 * A kind's fields say where each value comes from: `col`, an SQL expression
 * over the kind's FROM (a column's default is alias.name); a nested
 * object's fields their own cols, read in the same row; `embed`, a query run
 * once for a whole page (link tables, participants, groups), never once per
 * row. Its filters say how they narrow a list: `where`, SQL with each `?`
 * bound to the filter's value. From that one description come the SELECT,
 * the shape of every reply (fields in the schema's order, booleans and
 * stored JSON typed), and the OpenAPI document's types. */
#ifndef AM_READ_H
#define AM_READ_H

#include <jansson.h>

#include "am_resource.h"

/* A record as another names it ({id, name, country} of a city, {id, name,
 * acronym} of a network, {id, name, country} of an organisation), read
 * through the alias the naming kind's FROM gives it. One schema of each in
 * the API document, whatever the alias. */
#define AM_REF_SCHEMA(var, title, doc_, alias, third)                                              \
    static const struct am_field var##_fields[] = {                                                \
        {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY, .col = alias ".id"},            \
        {.name = "name", .type = AM_T_STRING, .flags = AM_F_READONLY, .col = alias ".name"},     \
        {.name = third, .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE,              \
         .col = alias "." third},                                                                  \
        {0}};                                                                                      \
    static const struct am_schema var = {.name = title, .doc = doc_, .fields = var##_fields}
#define AM_CITY_REF(var, alias) AM_REF_SCHEMA(var, "CityRef", "A city, as a record names it.", alias, "country")
#define AM_NETWORK_REF(var, alias) AM_REF_SCHEMA(var, "NetworkRef", "A network, as a record names it.", alias, "acronym")
#define AM_ORG_REF(var, alias)                                                                     \
    AM_REF_SCHEMA(var, "OrganisationRef", "An organisation, as a record names it.", alias, "country")

/* A keyset-paged list of r's records: {"items", "total", "next"}. */
enum am_rc am_read_list(struct am_db *db, const struct am_resource *r, json_t *query, json_t **out,
                        struct am_err *err);
/* The list as who may see it, for kinds whose records are not all public
 * (people, opportunities): the query carries who under "_viewer" ({role,
 * city_id, network_id}; never from a request, no filter has that name) for
 * the reading's narrow() to say in SQL whom who sees, and every row is
 * checked against the kind's rights again before it is replied. */
enum am_rc am_read_list_as(struct am_db *db, const struct am_resource *r, const struct am_actor *who, json_t *query,
                           json_t **out, struct am_err *err);
/* The viewer narrow() reads: role, city_id, network_id (all 0 / "admin"
 * when the query has none: the command line). */
struct am_viewer {
    const char *role;
    json_int_t city_id, network_id;
};
struct am_viewer am_read_viewer(json_t *query);
/* Put who into query as "_viewer" (query is changed: pass a copy). */
void am_read_viewer_set(json_t *query, const struct am_actor *who);

/* One record; AM_ENOTFOUND naming the kind when there is none. */
enum am_rc am_read_one(struct am_db *db, const struct am_resource *r, const char *key, json_t **out,
                       struct am_err *err);
/* One record with what only its own page shows (reading->detail). */
enum am_rc am_read_page_of(struct am_db *db, const struct am_resource *r, const char *key, json_t **out,
                           struct am_err *err);
/* The records of these ids (a JSON array, at most AM_LIST_MAX), in its
 * order; ids with no record are left out. */
enum am_rc am_read_ids(struct am_db *db, const struct am_resource *r, json_t *ids, json_t **out,
                       struct am_err *err);

/* The declared filters of the query (fields of `filters` with `where`), as
 * " AND (...)" conditions. */
void am_read_where(struct am_sql *w, const struct am_schema *filters, json_t *query);

#endif

#include "am_topic.h"

#include "am_read.h"

#include "util/am_blob.h"

static const char *const schemes[] = {"icc", "wego", "sdg", NULL};

const struct am_field am_topic_item = {
    .name = "topic", .type = AM_T_SLUG, .ref = "topic", .doc = "a topic key, see /api/v1/topics"};

static const struct am_field fields[] = {
    {.name = "id", .type = AM_T_SLUG, .flags = AM_F_REQUIRED, .doc = "key, e.g. icc-anti-rumour"},
    {.name = "scheme", .type = AM_T_ENUM, .flags = AM_F_REQUIRED, .values = schemes,
     .doc = "icc: Intercultural Cities topics; wego: WeGO thematic areas; sdg: UN SDGs"},
    {.name = "code", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .max = 20, .doc = "e.g. SDG 11"},
    {.name = "label", .type = AM_T_STRING, .flags = AM_F_REQUIRED, .doc = "as stored (amity's own topics: English)"},
    /* the label is kept as written, so that a form shows and sends back
     * what is stored; the name is for reading */
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_READONLY, .col = "am_label(t.label)",
     .doc = "the label in the reader's language (as stored where amity has no translation)"},
    {.name = "description", .type = AM_T_TEXT, .flags = AM_F_NULLABLE},
    {.name = "position", .type = AM_T_INT, .min = 0, .max = 100000, .doc = "order in lists"},
    AM_FIELD_CAN,
    {0},
};
static const struct am_schema schema = {
    .name = "Topic", .doc = "A topic of the shared vocabulary.", .fields = fields,
    .example = "{\"id\": \"local-topic\", \"scheme\": \"icc\", \"label\": \"A local topic\"}"};

static const struct am_field filter_fields[] = {
    {.name = "q", .type = AM_T_STRING, .flags = AM_F_CONTAINS, .doc = "part of the label",
     .where = "t.label LIKE ? ESCAPE '\\' OR t.code LIKE ? ESCAPE '\\' OR t.id LIKE ? ESCAPE '\\'"},
    {.name = "scheme", .type = AM_T_ENUM, .values = schemes, .where = "t.scheme = ?"},
    AM_FILTER_PAGING,
    {0},
};
static const struct am_schema filters = {.name = "TopicFilters", .doc = NULL, .fields = filter_fields};

/* The shared vocabulary is kept by admins. */
static const struct am_rule rights_rules[] = {
    {AM_ACT_CREATE, AM_REL_ADMIN, NULL, NULL},
    {AM_ACT_UPDATE, AM_REL_ADMIN, NULL, NULL},
    {AM_ACT_DELETE, AM_REL_ADMIN, NULL, NULL},
    {0},
};
static const struct am_rights rights = {"topic", &schema, NULL, NULL, rights_rules, NULL};

/* In the vocabulary's own order. */
static const struct am_reading reading = {
    .from = "topic t", .alias = "t", .id = "t.rowid", .text_key = true, .order = "t.position",
};

static enum am_rc list(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    return am_read_list(db, &am_topic_resource, query, out, err);
}

static enum am_rc get(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    return am_read_one(db, &am_topic_resource, key, out, err);
}

static enum am_rc create(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out,
                         struct am_err *err)
{
    enum am_rc rc = am_rights_need(&rights, who, in, AM_ACT_CREATE, err);
    if (rc || (rc = am_db_begin(db, err)))
        return rc;
    if (!json_object_get(in, "position")) {
        int64_t pos = 0;
        rc = am_db_i64(db, "SELECT coalesce(max(position), 0) + 1 FROM topic", json_array(), &pos,
                       err);
        if (!rc)
            json_object_set_new(in, "position", json_integer(pos));
    }
    rc = rc ? rc : am_row_insert(db, "topic", &schema, in, false, NULL, err);
    if (rc == AM_ECONFLICT)
        am_err_set(err, rc, "id", "id: a topic with this id or label already exists");
    rc = rc ? rc : am_db_commit(db, err);
    if (rc) {
        am_db_rollback(db);
        return rc;
    }
    return get(db, json_string_value(json_object_get(in, "id")), out, err);
}

static enum am_rc update(struct am_db *db, const struct am_actor *who, const char *key,
                         json_t *patch, json_t **out, struct am_err *err)
{
    json_t *old = NULL;
    enum am_rc rc = am_rights_need(&rights, who, NULL, AM_ACT_UPDATE, err);
    if (rc || (rc = get(db, key, &old, err)))
        return rc;
    json_t *id = json_object_get(patch, "id");
    if (id && !json_equal(id, json_object_get(old, "id")))
        rc = am_err_set(err, AM_EINVAL, "id", "id: a topic's key cannot be changed");
    if (!rc && !(rc = am_db_begin(db, err))) {
        rc = am_row_update(db, "topic", "id", json_object_get(old, "id"), &schema, patch, false, err);
        rc = rc ? rc : am_db_commit(db, err);
        if (rc)
            am_db_rollback(db);
    }
    json_decref(old);
    return rc ? rc : get(db, key, out, err);
}

static enum am_rc remove_topic(struct am_db *db, const struct am_actor *who, const char *key,
                               struct am_err *err)
{
    enum am_rc rc = am_rights_need(&rights, who, NULL, AM_ACT_DELETE, err);
    if (rc || (rc = am_db_begin(db, err)))
        return rc;
    json_t *k = json_string(key);
    rc = am_row_delete(db, "topic", "id", k, "topic", err);
    json_decref(k);
    rc = rc ? rc : am_db_commit(db, err);
    if (rc)
        am_db_rollback(db);
    return rc;
}

const struct am_resource am_topic_resource = {
    .name = "topics", .singular = "topic", .table = "topic", .key = "id",
    .doc = "The shared topic vocabulary: ICC topics, WeGO thematic areas, UN SDGs.",
    .schema = &schema, .filters = &filters, .rights = &rights, .reading = &reading,
    .list = list, .get = get, .create = create, .update = update, .remove = remove_topic,
};

enum am_rc am_topic_load(struct am_db *db, int64_t *added, struct am_err *err)
{
    const struct am_blob *b = am_blob_find("data/topics.json");
    json_t *doc = b ? json_loadb(b->data, b->len, 0, NULL) : NULL;
    json_t *topics = json_object_get(doc, "topics");
    if (!json_is_array(topics)) {
        json_decref(doc);
        return am_err_set(err, AM_EINTERNAL, NULL, "the built-in topic list is unreadable");
    }
    enum am_rc rc = am_db_begin(db, err);
    int64_t n = 0, total = 0;
    size_t i;
    json_t *t;
    json_array_foreach(topics, i, t) {
        if (rc)
            break;
        rc = am_db_exec(db,
                        "INSERT INTO topic (id, scheme, code, label, position) VALUES (?, ?, ?, ?, ?) "
                        "ON CONFLICT DO NOTHING",
                        json_pack("[OOOOI]", json_object_get(t, "id"), json_object_get(t, "scheme"),
                                  json_object_get(t, "code") ? json_object_get(t, "code") : json_null(),
                                  json_object_get(t, "label"), (json_int_t)(i + 1)),
                        &n, err);
        total += n;
    }
    rc = rc ? rc : am_db_commit(db, err);
    if (rc)
        am_db_rollback(db);
    json_decref(doc);
    if (!rc && added)
        *added = total;
    return rc;
}

#include "am_person.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "am_read.h"
#include "am_topic.h"
#include "util/am_str.h"

static const char *const roles[] = {"contact", "ambassador", "expert", NULL};
static const char *const bases[] = {"consent", "public_official", NULL};
static const char *const visibilities[] = {"office", "partner", "network", "public", NULL};
static const char *const statuses[] = {"pending", "active", NULL};
static const char *const purposes[] = {"record", "share_partner", "share_network", "public_profile", NULL};
static const char *const hows[] = {"online_form", "by_email", "on_paper", "in_person", "by_phone", NULL};
static const char *const tie_kinds[] = {"origin", "family", "study", "work", "business", "culture", NULL};
static const char *const erase_reasons[] = {"request", "review", "office", NULL};

enum { REVIEW_YEARS = 2 }; /* a record's review date, when the office gives none */

AM_CITY_REF(city_ref, "c");
AM_NETWORK_REF(network_ref, "w");
AM_CITY_REF(residence_ref, "r");
AM_ORG_REF(org_ref, "o");

/* ---- the parts kept in other rows --------------------------------------------- */

#define PAGE_IDS "IN (SELECT value FROM json_each(?1))"
static const struct am_embed roles_embed = {
    .sql = "SELECT person_id AS _owner, role AS _v FROM person_role WHERE person_id " PAGE_IDS " ORDER BY role"};
static const struct am_embed languages_embed = {
    .sql = "SELECT person_id AS _owner, language AS _v FROM person_language WHERE person_id " PAGE_IDS
           " ORDER BY language"};
static const struct am_embed expertise_embed = {
    .sql = "SELECT person_id AS _owner, topic_id AS _v FROM person_topic WHERE person_id " PAGE_IDS
           " ORDER BY topic_id"};
static const struct am_embed ties_embed = {
    .sql = "SELECT t.person_id AS _owner, t.city_id, c.name AS city_name, t.country, t.kind FROM person_tie t "
           "LEFT JOIN city c ON c.id = t.city_id WHERE t.person_id " PAGE_IDS " ORDER BY t.id"};
static const struct am_embed consents_embed = {
    .sql = "SELECT x.person_id AS _owner, x.purpose, x.text_id, k.version, k.language, x.given_at, x.how, "
           "x.withdrawn_at FROM consent x JOIN consent_text k ON k.id = x.text_id WHERE x.person_id " PAGE_IDS
           " ORDER BY x.id"};

/* A tie to another place: a city (its country is the city's), or a
 * country alone. In and out. */
static const struct am_field tie_fields[] = {
    {.name = "city_id", .type = AM_T_ID, .flags = AM_F_NULLABLE, .ref = "city", .col = "t.city_id",
     .doc = "the city, if the tie is to one"},
    {.name = "city_name", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE, .col = "c.name"},
    {.name = "country", .type = AM_T_COUNTRY, .col = "t.country", .doc = "taken from the city when one is given"},
    {.name = "kind", .type = AM_T_ENUM, .flags = AM_F_REQUIRED, .values = tie_kinds, .col = "t.kind",
     .doc = "how: where they come from, family, study, work, business, culture"},
    {0},
};
static const struct am_schema tie_schema = {
    .name = "PersonTie", .doc = "A person's tie to a city or a country.", .fields = tie_fields};
static const struct am_field tie_item = {.name = "tie", .type = AM_T_OBJECT, .object = &tie_schema};

/* A consent as kept: which text, when, how, withdrawn when. */
static const struct am_field consent_fields[] = {
    {.name = "purpose", .type = AM_T_ENUM, .flags = AM_F_READONLY, .values = purposes, .col = "x.purpose"},
    {.name = "text_id", .type = AM_T_INT, .flags = AM_F_READONLY, .col = "x.text_id",
     .doc = "the text agreed to (/api/v1/consent-texts)"},
    {.name = "version", .type = AM_T_INT, .flags = AM_F_READONLY, .col = "k.version"},
    {.name = "language", .type = AM_T_STRING, .flags = AM_F_READONLY, .col = "k.language"},
    {.name = "given_at", .type = AM_T_STRING, .flags = AM_F_READONLY, .col = "x.given_at"},
    {.name = "how", .type = AM_T_ENUM, .flags = AM_F_READONLY, .values = hows, .col = "x.how"},
    {.name = "withdrawn_at", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE, .col = "x.withdrawn_at"},
    {0},
};
static const struct am_schema consent_schema = {
    .name = "PersonConsent", .doc = "A consent a person gave (and perhaps withdrew).", .fields = consent_fields};
static const struct am_field consent_item = {
    .name = "consent", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &consent_schema};

/* The consent the office records with the person (create), or a further
 * one (update): the purposes agreed to, how and when, in which language's
 * text (the latest version of each purpose's text is the one agreed to). */
static const struct am_field purpose_item = {.name = "purpose", .type = AM_T_ENUM, .values = purposes};
static const struct am_field given_fields[] = {
    {.name = "purposes", .type = AM_T_ARRAY, .flags = AM_F_REQUIRED, .item = &purpose_item, .min = 1, .max = 4,
     .doc = "what they agreed to: record (always), share_partner, share_network, public_profile"},
    {.name = "how", .type = AM_T_ENUM, .flags = AM_F_REQUIRED, .values = hows},
    {.name = "given_at", .type = AM_T_DATE, .flags = AM_F_NOW, .doc = "when (default: today)"},
    {.name = "language", .type = AM_T_SLUG, .min = 2, .max = 3,
     .doc = "the language of the text they read (default: en)"},
    {0},
};
static const struct am_schema given_schema = {
    .name = "PersonConsentGiven", .doc = "A consent the office records: what, how, when.", .fields = given_fields};

static const struct am_field role_item = {.name = "role", .type = AM_T_ENUM, .values = roles};
static const struct am_field language_item = {.name = "language", .type = AM_T_SLUG, .min = 2, .max = 3};

static const struct am_field fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "city_id", .type = AM_T_ID, .flags = AM_F_NULLABLE | AM_F_OWNER | AM_F_SCOPED, .ref = "city",
     .doc = "the city whose office holds the record"},
    {.name = "city", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE, .object = &city_ref},
    {.name = "network_id", .type = AM_T_ID, .flags = AM_F_NULLABLE | AM_F_OWNER | AM_F_SCOPED, .ref = "network",
     .doc = "the network whose secretariat holds the record (its pool of experts)"},
    {.name = "network", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE, .object = &network_ref},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_REQUIRED, .min = 1, .max = 200},
    {.name = "roles", .type = AM_T_ARRAY, .flags = AM_F_VIRTUAL, .item = &role_item, .max = 3,
     .embed = &roles_embed,
     .doc = "contact (of a partnership, an organisation, a network), ambassador (a resident with ties abroad, "
            "or a citizen living abroad), expert (of a network's pool)"},
    {.name = "residence_city_id", .type = AM_T_ID, .flags = AM_F_NULLABLE, .ref = "city",
     .doc = "where they live"},
    {.name = "residence_city", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE, .object = &residence_ref},
    {.name = "residence_country", .type = AM_T_COUNTRY, .flags = AM_F_NULLABLE,
     .doc = "where they live (taken from the city when one is given)"},
    {.name = "organisation_id", .type = AM_T_ID, .flags = AM_F_NULLABLE, .ref = "organisation"},
    {.name = "organisation", .type = AM_T_OBJECT, .flags = AM_F_READONLY | AM_F_NULLABLE, .object = &org_ref},
    {.name = "partnership_id", .type = AM_T_ID, .flags = AM_F_NULLABLE | AM_F_SCOPED, .ref = "partnership",
     .doc = "the partnership they are a contact person of"},
    {.name = "ties", .type = AM_T_ARRAY, .flags = AM_F_VIRTUAL, .item = &tie_item, .max = 20, .embed = &ties_embed,
     .doc = "cities and countries they are tied to, and how"},
    {.name = "languages", .type = AM_T_ARRAY, .flags = AM_F_VIRTUAL, .item = &language_item, .max = 12,
     .embed = &languages_embed, .doc = "ISO 639 codes"},
    {.name = "expertise", .type = AM_T_ARRAY, .flags = AM_F_VIRTUAL, .item = &am_topic_item, .max = 20,
     .embed = &expertise_embed, .doc = "topics of the shared vocabulary"},
    {.name = "what_they_offer", .type = AM_T_TEXT, .flags = AM_F_NULLABLE, .max = 2000,
     .doc = "what they can do for the city's relations, in their words"},
    {.name = "email", .type = AM_T_STRING, .flags = AM_F_NULLABLE | AM_F_PRIVATE, .max = 254},
    {.name = "phone", .type = AM_T_STRING, .flags = AM_F_NULLABLE | AM_F_PRIVATE, .max = 40},
    /* required (rules below), but private: not required in what others read */
    {.name = "basis", .type = AM_T_ENUM, .flags = AM_F_PRIVATE, .values = bases,
     .doc = "needed: the lawful basis: their consent, or a public official's work contact (basis_note says which "
            "task)"},
    {.name = "basis_note", .type = AM_T_TEXT, .flags = AM_F_NULLABLE | AM_F_PRIVATE, .max = 1000,
     .doc = "for a public official: the public role and task the contact is kept for"},
    {.name = "consent", .type = AM_T_OBJECT, .flags = AM_F_VIRTUAL | AM_F_WRITEONLY | AM_F_PRIVATE,
     .object = &given_schema, .doc = "the consent given (needed with basis consent; more purposes later)"},
    {.name = "consents", .type = AM_T_ARRAY, .flags = AM_F_READONLY | AM_F_PRIVATE, .item = &consent_item,
     .embed = &consents_embed, .doc = "every consent given, and withdrawn"},
    {.name = "visibility", .type = AM_T_ENUM, .values = visibilities,
     .doc = "who sees the record: the office only (default); a partner city's office (shared_city_id); a "
            "network's secretariat (shared_network_id); everyone (public, with consent to a public profile; "
            "never the e-mail address or telephone)"},
    {.name = "shared_city_id", .type = AM_T_ID, .flags = AM_F_NULLABLE | AM_F_SHARED | AM_F_SCOPED, .ref = "city",
     .doc = "visibility partner: the partner city whose office sees the record"},
    {.name = "shared_network_id", .type = AM_T_ID, .flags = AM_F_NULLABLE | AM_F_SHARED | AM_F_SCOPED,
     .ref = "network", .doc = "visibility network: the network whose secretariat sees the record"},
    {.name = "public", .type = AM_T_BOOL, .flags = AM_F_READONLY,
     .col = "(p.visibility = 'public' AND p.status = 'active' AND EXISTS (SELECT 1 FROM consent x WHERE "
            "x.person_id = p.id AND x.purpose = 'public_profile' AND x.withdrawn_at IS NULL))",
     .doc = "a public profile: anyone may see it"},
    {.name = "status", .type = AM_T_ENUM, .flags = AM_F_READONLY, .values = statuses,
     .doc = "pending: registered themselves, not yet taken on by the office"},
    {.name = "review_date", .type = AM_T_DATE, .flags = AM_F_PRIVATE,
     .doc = "after it the office renews the record or erases it (default: in two years)"},
    {.name = "review_due", .type = AM_T_BOOL, .flags = AM_F_READONLY | AM_F_PRIVATE,
     .col = "(p.review_date <= date('now'))"},
    {.name = "note", .type = AM_T_TEXT, .flags = AM_F_NULLABLE | AM_F_PRIVATE, .max = 2000,
     .doc = "the office's own note"},
    AM_FIELDS_STAMPS,
    AM_FIELD_CAN,
    {0},
};
const struct am_schema am_person_schema = {
    .name = "Person",
    .doc = "A person behind a city's ties: a citizen ambassador, a contact person, an expert. Personal data: "
           "recorded only with a lawful basis, seen only by the office that holds it and those it is shared with.",
    .fields = fields,
    .example = "{\"city_id\": 1, \"name\": \"A. Example\", \"roles\": [\"ambassador\"], \"residence_city_id\": 2, "
               "\"ties\": [{\"city_id\": 2, \"kind\": \"work\"}], \"languages\": [\"en\"], \"basis\": \"consent\", "
               "\"consent\": {\"purposes\": [\"record\"], \"how\": \"by_email\"}}"};

/* ---- lists ------------------------------------------------------------------- */

static const struct am_field filter_fields[] = {
    {.name = "q", .type = AM_T_STRING, .flags = AM_F_CONTAINS, .doc = "part of the name",
     .where = "p.name LIKE ? ESCAPE '\\'"},
    {.name = "city", .type = AM_T_ID, .doc = "held by this city's office", .where = "p.city_id = ?"},
    {.name = "network", .type = AM_T_ID, .doc = "in this network's pool", .where = "p.network_id = ?"},
    {.name = "role", .type = AM_T_ENUM, .values = roles,
     .where = "EXISTS (SELECT 1 FROM person_role x WHERE x.person_id = p.id AND x.role = ?)"},
    {.name = "status", .type = AM_T_ENUM, .values = statuses, .where = "p.status = ?"},
    {.name = "tie_city", .type = AM_T_ID, .doc = "tied to this city",
     .where = "EXISTS (SELECT 1 FROM person_tie x WHERE x.person_id = p.id AND x.city_id = ?)"},
    {.name = "tie_country", .type = AM_T_COUNTRY, .doc = "tied to this country",
     .where = "EXISTS (SELECT 1 FROM person_tie x WHERE x.person_id = p.id AND x.country = upper(?))"},
    {.name = "expertise", .type = AM_T_SLUG, .ref = "topic", .doc = "with this expertise",
     .where = "EXISTS (SELECT 1 FROM person_topic x WHERE x.person_id = p.id AND x.topic_id = ?)"},
    {.name = "language", .type = AM_T_STRING, .max = 3, .doc = "speaking this language",
     .where = "EXISTS (SELECT 1 FROM person_language x WHERE x.person_id = p.id AND x.language = lower(?))"},
    {.name = "partnership", .type = AM_T_ID, .doc = "contact persons of this partnership",
     .where = "p.partnership_id = ?"},
    AM_FILTER_PAGING,
    {0},
};
const struct am_schema am_person_filters = {.name = "PersonFilters", .doc = NULL, .fields = filter_fields};

/* Who may see whom, as SQL: the office that holds the record, the office or
 * secretariat it is shared with, the public profiles; everyone for admins
 * and the data-protection officer. The same rule as the rights below (a
 * test checks them against each other); the query carries the viewer under
 * "_viewer" (never from a request: no filter has that name). */
#define PUBLIC_SQL                                                                                    \
    "(p.visibility = 'public' AND p.status = 'active' AND EXISTS (SELECT 1 FROM consent x WHERE "   \
    "x.person_id = p.id AND x.purpose = 'public_profile' AND x.withdrawn_at IS NULL))"
static void narrow(struct am_sql *w, json_t *query)
{
    struct am_viewer v = am_read_viewer(query);
    if (strcmp(v.role, "admin") == 0 || strcmp(v.role, "dpo") == 0)
        return;
    am_sql_add(w, " AND (" PUBLIC_SQL);
    if (strcmp(v.role, "officer") == 0)
        am_sql_addn(w, " OR p.city_id = ? OR (p.visibility = 'partner' AND p.shared_city_id = ?)",
                    json_pack("[II]", v.city_id, v.city_id));
    if (strcmp(v.role, "secretariat") == 0)
        am_sql_addn(w, " OR p.network_id = ? OR (p.visibility = 'network' AND p.shared_network_id = ?)",
                    json_pack("[II]", v.network_id, v.network_id));
    am_sql_add(w, ")");
}

static const struct am_reading reading = {
    .from = "person p LEFT JOIN city c ON c.id = p.city_id LEFT JOIN network w ON w.id = p.network_id "
            "LEFT JOIN city r ON r.id = p.residence_city_id LEFT JOIN organisation o ON o.id = p.organisation_id",
    .alias = "p", .order = "lower(p.name)", .count_from = NULL, .narrow = narrow,
};

/* ---- rights ------------------------------------------------------------------ */

static const char *const pending_state[] = {"pending", NULL};
static const struct am_rule rights_rules[] = {
    {AM_ACT_READ, AM_REL_CITY | AM_REL_NETWORK | AM_REL_SHARED | AM_REL_DPO, NULL, NULL},
    {AM_ACT_CREATE, AM_REL_CITY | AM_REL_NETWORK, NULL, NULL},
    {AM_ACT_UPDATE, AM_REL_CITY | AM_REL_NETWORK, NULL, NULL},
    {AM_ACT_APPROVE, AM_REL_CITY | AM_REL_NETWORK, pending_state, "active"},
    {AM_ACT_WITHDRAW, AM_REL_CITY | AM_REL_NETWORK | AM_REL_DPO, NULL, NULL},
    {AM_ACT_EXPORT, AM_REL_CITY | AM_REL_NETWORK | AM_REL_DPO, NULL, NULL},
    {AM_ACT_DELETE, AM_REL_CITY | AM_REL_NETWORK | AM_REL_DPO, NULL, NULL},
    {0},
};
const struct am_rights am_person_rights = {"person", &am_person_schema, "status", NULL, rights_rules, "public"};

/* ---- the audit log --------------------------------------------------------------- */

/* One entry: who did what to whom (by id), which fields (names only). */
static enum am_rc audit(struct am_db *db, const struct am_actor *who, const char *action, int64_t person,
                        int64_t city, const char *detail, struct am_err *err)
{
    char now[32];
    am_now(now);
    return am_db_exec(db,
                      "INSERT INTO person_audit (at, user_id, username, role, action, person_id, city_id, detail) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                      json_pack("[sosssIos?]", now,
                                who->user_id > 0 ? json_integer(who->user_id) : json_null(),
                                who->user_id > 0 ? who->username
                                : who->role == AM_ROLE_ANON ? "(public form)"
                                                            : "(command line)",
                                am_role_name(who->role),
                                action, (json_int_t)person, city > 0 ? json_integer(city) : json_null(), detail),
                      NULL, err);
}

/* The field names of a patch, for the log: "name, email". */
static void field_names(json_t *patch, char *out, size_t cap)
{
    const char *k;
    json_t *v;
    size_t n = 0;
    out[0] = '\0';
    json_object_foreach(patch, k, v) {
        int w = snprintf(out + n, cap - n, "%s%s", n ? ", " : "", k);
        if (w < 0 || (size_t)w >= cap - n)
            break;
        n += (size_t)w;
    }
}

/* ---- reading ------------------------------------------------------------------- */

static enum am_rc list_all(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    return am_read_list(db, &am_person_resource, query, out, err);
}

static enum am_rc get_any(struct am_db *db, const char *key, json_t **out, struct am_err *err)
{
    return am_read_one(db, &am_person_resource, key, out, err);
}

enum am_rc am_person_list(struct am_db *db, const struct am_actor *who, json_t *query, json_t **out,
                          struct am_err *err)
{
    size_t i;
    json_t *item;
    enum am_rc rc = am_read_list_as(db, &am_person_resource, who, query, out, err);
    if (rc || !am_actor_signed_in(who))
        return rc; /* public profiles, to anyone: not logged */
    json_array_foreach(json_object_get(*out, "items"), i, item) if (!rc) rc =
        audit(db, who, "list", am_get_id(item, "id"), am_get_id(item, "city_id"), NULL, err);
    if (rc) {
        json_decref(*out);
        *out = NULL;
    }
    return rc;
}

enum am_rc am_person_get(struct am_db *db, const struct am_actor *who, const char *key, json_t **out,
                         struct am_err *err)
{
    enum am_rc rc = get_any(db, key, out, err);
    if (!rc)
        rc = am_rights_need(&am_person_rights, who, *out, AM_ACT_READ, err);
    if (!rc && am_actor_signed_in(who))
        rc = audit(db, who, "read", am_get_id(*out, "id"), am_get_id(*out, "city_id"), NULL, err);
    if (rc) {
        json_decref(*out);
        *out = NULL;
    }
    return rc;
}

/* ---- writing -------------------------------------------------------------------- */

static enum am_rc city_country(struct am_db *db, int64_t city, char cc[3], struct am_err *err)
{
    json_t *row = NULL;
    cc[0] = '\0';
    enum am_rc rc = am_db_one(db, "SELECT country FROM city WHERE id = ?", json_pack("[I]", (json_int_t)city), &row,
                              err);
    if (!rc)
        am_str_copy(cc, 3, json_string_value(json_object_get(row, "country")) ? json_string_value(
                                                                                   json_object_get(row, "country"))
                                                                             : "");
    json_decref(row);
    return rc;
}

/* Is there a live consent to this purpose, already or in the one given? */
static bool consented(json_t *next, const char *purpose)
{
    size_t i;
    json_t *c;
    json_array_foreach(json_object_get(next, "consents"), i, c) {
        if (json_is_null(json_object_get(c, "withdrawn_at")) &&
            strcmp(json_string_value(json_object_get(c, "purpose")), purpose) == 0)
            return true;
    }
    json_array_foreach(json_object_get(json_object_get(next, "consent"), "purposes"), i, c)
        if (strcmp(json_string_value(c), purpose) == 0)
            return true;
    return false;
}

static bool is(json_t *rec, const char *field, const char *value)
{
    const char *v = json_string_value(json_object_get(rec, field));
    return v && strcmp(v, value) == 0;
}

/* The rules across fields, on the record as it will be. */
static enum am_rc rules(struct am_db *db, json_t *next, struct am_err *err)
{
    (void)db;
    bool city = am_get_id(next, "city_id") > 0, net = am_get_id(next, "network_id") > 0;
    const char *email = json_string_value(json_object_get(next, "email"));
    if (!city && !net)
        return am_err_set(err, AM_EINVAL, "city_id",
                          "City: say which office holds the record: a city's (city_id), or a network's "
                          "secretariat for its experts (network_id)");
    if (email && (!strchr(email, '@') || strchr(email, ' ') || strchr(email, '@') == email))
        return am_err_set(err, AM_EINVAL, "email", "E-mail: write an address such as name@example.org");
    if (!json_is_string(json_object_get(next, "basis")))
        return am_err_set(err, AM_EINVAL, "basis",
                          "Basis: say on what lawful basis the person is recorded: consent, or public_official");
    if (is(next, "basis", "public_official")) {
        const char *note = json_string_value(json_object_get(next, "basis_note"));
        if (!note || !*note)
            return am_err_set(err, AM_EINVAL, "basis_note",
                              "Basis note: say which public role and task the work contact is kept for");
    } else if (!consented(next, "record")) {
        return am_err_set(err, AM_EINVAL, "consent",
                          "Consent: a person is recorded with their consent to be recorded (purpose record): "
                          "say how and when they gave it, or record a public official's work contact instead");
    }
    if (is(next, "visibility", "partner") && !am_get_id(next, "shared_city_id"))
        return am_err_set(err, AM_EINVAL, "shared_city_id", "Shared city: name the partner city whose office sees "
                                                            "the record, or choose another visibility");
    if (is(next, "visibility", "network") && !am_get_id(next, "shared_network_id"))
        return am_err_set(err, AM_EINVAL, "shared_network_id", "Shared network: name the network whose "
                                                               "secretariat sees the record, or choose another visibility");
    /* sharing and a public profile need their own consent (a public
     * official's work contact may be shared with partner offices) */
    bool official = is(next, "basis", "public_official");
    if (is(next, "visibility", "partner") && !official && !consented(next, "share_partner"))
        return am_err_set(err, AM_EINVAL, "visibility",
                          "Visibility: sharing with a partner city needs the person's consent to it "
                          "(purpose share_partner)");
    if (is(next, "visibility", "network") && !official && !consented(next, "share_network"))
        return am_err_set(err, AM_EINVAL, "visibility",
                          "Visibility: sharing with a network needs the person's consent to it "
                          "(purpose share_network)");
    if (is(next, "visibility", "public") && !consented(next, "public_profile"))
        return am_err_set(err, AM_EINVAL, "visibility",
                          "Visibility: a public profile needs the person's consent to it (purpose public_profile)");
    return AM_OK;
}

/* Columns the program chooses: the country of the residence city, a review
 * date when none is given, the default visibility. */
static enum am_rc derive(struct am_db *db, json_t *in, json_t *extra, struct am_err *err)
{
    char cc[3];
    int64_t city = am_get_id(in, "residence_city_id");
    enum am_rc rc = city > 0 ? city_country(db, city, cc, err) : AM_OK;
    if (!rc && city > 0 && cc[0])
        json_object_set_new(extra, "residence_country", json_string(cc));
    /* a record is shared with whom its visibility says, and no one else:
     * the rights read the shared fields alone */
    if (json_object_get(in, "visibility") && !is(in, "visibility", "partner"))
        json_object_set_new(extra, "shared_city_id", json_null());
    if (json_object_get(in, "visibility") && !is(in, "visibility", "network"))
        json_object_set_new(extra, "shared_network_id", json_null());
    return rc;
}

/* The ties as given: a city's country is the city's. */
static enum am_rc write_ties(struct am_db *db, int64_t id, json_t *ties, struct am_err *err)
{
    size_t i;
    json_t *t;
    enum am_rc rc = am_db_exec(db, "DELETE FROM person_tie WHERE person_id = ?", json_pack("[I]", (json_int_t)id),
                               NULL, err);
    json_array_foreach(ties, i, t) {
        char cc[3] = "";
        int64_t city = am_get_id(t, "city_id");
        const char *country = json_string_value(json_object_get(t, "country"));
        if (!rc && city > 0)
            rc = city_country(db, city, cc, err);
        if (!rc && !cc[0] && !country)
            rc = am_err_set(err, AM_EINVAL, "ties", "Ties: tie %zu names neither a city nor a country", i + 1);
        if (!rc)
            rc = am_db_exec(db, "INSERT INTO person_tie (person_id, city_id, country, kind) VALUES (?, ?, upper(?), ?)",
                            json_pack("[Ioss]", (json_int_t)id,
                                      city > 0 ? json_integer(city) : json_null(), cc[0] ? cc : country,
                                      json_string_value(json_object_get(t, "kind"))),
                            NULL, err);
    }
    return rc;
}

/* The latest text of a purpose in a language (English when it has none). */
static enum am_rc text_of(struct am_db *db, const char *purpose, const char *lang, int64_t *id, struct am_err *err)
{
    enum am_rc rc = am_db_i64(db,
                              "SELECT id FROM consent_text WHERE purpose = ?1 AND language IN (?2, 'en') "
                              "ORDER BY language = ?2 DESC, version DESC LIMIT 1",
                              json_pack("[ss]", purpose, lang), id, err);
    return rc == AM_ENOTFOUND ? am_err_set(err, AM_EINVAL, "consent.purposes", "Consent: amity has no text for %s",
                                           purpose)
                              : rc;
}

/* A consent given: one row per purpose not already consented to. */
static enum am_rc write_consent(struct am_db *db, int64_t id, json_t *given, struct am_err *err)
{
    size_t i;
    json_t *p;
    char today[32];
    am_now(today);
    const char *lang = json_string_value(json_object_get(given, "language"));
    const char *when = json_string_value(json_object_get(given, "given_at"));
    enum am_rc rc = AM_OK;
    json_array_foreach(json_object_get(given, "purposes"), i, p) {
        int64_t text = 0;
        if (!rc)
            rc = text_of(db, json_string_value(p), lang ? lang : "en", &text, err);
        if (!rc)
            rc = am_db_exec(db,
                            "INSERT INTO consent (person_id, purpose, text_id, given_at, how) SELECT ?1, ?2, ?3, ?4, ?5 "
                            "WHERE NOT EXISTS (SELECT 1 FROM consent WHERE person_id = ?1 AND purpose = ?2 AND "
                            "withdrawn_at IS NULL)",
                            json_pack("[IsIss]", (json_int_t)id, json_string_value(p), (json_int_t)text,
                                      when ? when : today, json_string_value(json_object_get(given, "how"))),
                            NULL, err);
    }
    return rc;
}

static enum am_rc links(struct am_db *db, int64_t id, json_t *in, struct am_err *err)
{
    json_t *v;
    enum am_rc rc = AM_OK;
    if ((v = json_object_get(in, "roles")))
        rc = am_links_set(db, "person_role", "person_id", "role", id, v, err);
    if (!rc && (v = json_object_get(in, "languages")))
        rc = am_links_set(db, "person_language", "person_id", "language", id, v, err);
    if (!rc && (v = json_object_get(in, "expertise")))
        rc = am_links_set(db, "person_topic", "person_id", "topic_id", id, v, err);
    if (!rc && (v = json_object_get(in, "ties")))
        rc = write_ties(db, id, v, err);
    if (!rc && (v = json_object_get(in, "consent")))
        rc = write_consent(db, id, v, err);
    return rc;
}

static const struct am_writer writer = {
    .table = "person", .what = "person", .schema = &am_person_schema, .stamps = true, .get = get_any,
    .rights = &am_person_rights, .rules = rules, .derive = derive, .links = links, .unlogged = true,
};

/* A review date two years on, when the office gives none. */
static void default_review(json_t *in)
{
    if (json_object_get(in, "review_date"))
        return;
    char d[32];
    am_now(d);
    int year = am_time_year() + REVIEW_YEARS;
    char out[32];
    /* the same day and month (29 February: 1 March, as SQLite would) */
    snprintf(out, sizeof out, "%04d%.6s", year % 10000, d + 4);
    if (strcmp(out + 4, "-02-29") == 0)
        am_str_copy(out + 4, sizeof out - 4, "-03-01");
    json_object_set_new(in, "review_date", json_string(out));
}

static enum am_rc create(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out,
                         struct am_err *err)
{
    json_t *rec = json_deep_copy(in);
    if (!rec)
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    default_review(rec);
    enum am_rc rc = am_write_create(db, &writer, who, rec, out, err);
    json_decref(rec);
    if (!rc)
        rc = audit(db, who, "create", am_get_id(*out, "id"), am_get_id(*out, "city_id"), NULL, err);
    return rc;
}

static enum am_rc update(struct am_db *db, const struct am_actor *who, const char *key, json_t *patch,
                         json_t **out, struct am_err *err)
{
    char names[512];
    field_names(patch, names, sizeof names);
    enum am_rc rc = am_write_update(db, &writer, who, key, patch, out, err);
    if (!rc)
        rc = audit(db, who, "update", am_get_id(*out, "id"), am_get_id(*out, "city_id"), names, err);
    return rc;
}

/* ---- erasure ------------------------------------------------------------------- */

/* The person's rows go, with whatever named them elsewhere; an anonymous
 * count stays. One transaction; then the log is checkpointed, so that the
 * overwritten pages are the only copy. */
static enum am_rc erase(struct am_db *db, const struct am_actor *who, json_t *rec, const char *reason,
                        struct am_err *err)
{
    int64_t id = am_get_id(rec, "id"), city = am_get_id(rec, "city_id");
    char list[64] = "", now[32];
    size_t i;
    json_t *r;
    am_now(now);
    json_array_foreach(json_object_get(rec, "roles"), i, r) {
        size_t n = strlen(list);
        snprintf(list + n, sizeof list - n, "%s%s", n ? "," : "", json_string_value(r));
    }
    enum am_rc rc = am_db_begin(db, err);
    if (rc)
        return rc;
    rc = am_db_exec(db, "DELETE FROM person WHERE id = ?", json_pack("[I]", (json_int_t)id), NULL, err);
    /* a history written before people were unlogged, if any */
    if (!rc)
        rc = am_db_exec(db, "DELETE FROM record_change WHERE kind = 'person' AND record_id = ?",
                        json_pack("[I]", (json_int_t)id), NULL, err);
    if (!rc)
        rc = am_db_exec(db, "INSERT INTO person_erasure (at, city_id, roles, reason) VALUES (?, ?, ?, ?)",
                        json_pack("[soss]", now, city > 0 ? json_integer(city) : json_null(), list, reason), NULL, err);
    if (!rc)
        rc = audit(db, who, "erase", id, city, reason, err);
    if (!rc)
        rc = am_db_commit(db, err);
    if (rc) {
        am_db_rollback(db);
        return rc;
    }
    am_db_checkpoint(db);
    return AM_OK;
}

static enum am_rc for_action(struct am_db *db, const struct am_actor *who, const char *key, enum am_action a,
                             json_t **rec, struct am_err *err)
{
    int64_t id;
    enum am_rc rc = am_key_id(key, "person", &id, err);
    if (!rc)
        rc = get_any(db, key, rec, err);
    if (!rc && (rc = am_rights_need(&am_person_rights, who, *rec, a, err))) {
        json_decref(*rec);
        *rec = NULL;
    }
    return rc;
}

static enum am_rc remove_person(struct am_db *db, const struct am_actor *who, const char *key, struct am_err *err)
{
    json_t *rec = NULL;
    enum am_rc rc = for_action(db, who, key, AM_ACT_DELETE, &rec, err);
    if (!rc)
        rc = erase(db, who, rec, is(rec, "status", "pending") ? "rejected" : "office", err);
    json_decref(rec);
    return rc;
}

/* ---- steps ------------------------------------------------------------------------ */

static const struct am_field withdraw_fields[] = {
    {.name = "purpose", .type = AM_T_ENUM, .values = purposes,
     .doc = "the consent withdrawn (default: record, i.e. every one: the person is erased)"},
    {0},
};
const struct am_schema am_person_withdraw_schema = {
    .name = "PersonWithdraw", .doc = "A consent withdrawn by the person.", .fields = withdraw_fields,
    .example = "{\"purpose\": \"public_profile\"}"};

static const struct am_field erase_fields[] = {
    {.name = "reason", .type = AM_T_ENUM, .values = erase_reasons,
     .doc = "request: the person asked (article 17); review: not renewed at its review date; office: no longer "
            "needed"},
    {0},
};
const struct am_schema am_person_erase_schema = {
    .name = "PersonErase", .doc = "Why a person is erased.", .fields = erase_fields,
    .example = "{\"reason\": \"request\"}"};

/* A consent withdrawn takes effect at once: to be recorded, the person is
 * erased; to a sharing or a public profile, the record is seen by the
 * office alone again. */
static enum am_rc withdraw(struct am_db *db, const struct am_actor *who, json_t *rec, const char *purpose,
                           json_t **out, struct am_err *err)
{
    int64_t id = am_get_id(rec, "id");
    char now[32], key[24];
    if (strcmp(purpose, "record") == 0)
        return erase(db, who, rec, "withdrawal", err);
    am_now(now);
    enum am_rc rc = am_db_begin(db, err);
    if (rc)
        return rc;
    rc = am_db_exec(db, "UPDATE consent SET withdrawn_at = ? WHERE person_id = ? AND purpose = ? AND withdrawn_at IS NULL",
                    json_pack("[sIs]", now, (json_int_t)id, purpose), NULL, err);
    static const struct {
        const char *purpose, *visibility;
    } narrows[] = {{"share_partner", "partner"}, {"share_network", "network"}, {"public_profile", "public"}};
    for (size_t i = 0; !rc && i < sizeof narrows / sizeof narrows[0]; i++)
        if (strcmp(purpose, narrows[i].purpose) == 0)
            rc = am_db_exec(db, "UPDATE person SET visibility = 'office', shared_city_id = NULL, shared_network_id = NULL, "
                                "updated_at = ? WHERE id = ? AND visibility = ?",
                            json_pack("[sIs]", now, (json_int_t)id, narrows[i].visibility), NULL, err);
    if (!rc)
        rc = audit(db, who, "withdraw", id, am_get_id(rec, "city_id"), purpose, err);
    if (!rc)
        rc = am_db_commit(db, err);
    if (rc) {
        am_db_rollback(db);
        return rc;
    }
    snprintf(key, sizeof key, "%lld", (long long)id);
    return get_any(db, key, out, err);
}

static enum am_rc step(struct am_db *db, const struct am_actor *who, const char *key, enum am_action act,
                       const struct am_schema *recorded, json_t *body, json_t **out, struct am_err *err)
{
    json_t *rec = NULL;
    enum am_rc rc;
    *out = NULL;
    if (act == AM_ACT_APPROVE) {
        rc = am_write_step(db, &writer, who, key, act, recorded, body, out, err);
        if (!rc)
            rc = audit(db, who, "approve", am_get_id(*out, "id"), am_get_id(*out, "city_id"), NULL, err);
        return rc;
    }
    if ((rc = for_action(db, who, key, act, &rec, err)))
        return rc;
    const char *given = json_string_value(json_object_get(body, act == AM_ACT_DELETE ? "reason" : "purpose"));
    if (act == AM_ACT_WITHDRAW)
        rc = withdraw(db, who, rec, given ? given : "record", out, err);
    else if (act == AM_ACT_DELETE)
        rc = erase(db, who, rec, given ? given : "request", err);
    else
        rc = am_err_set(err, AM_ENOTFOUND, NULL, "a person has no step '%s'", am_action_name(act));
    json_decref(rec);
    return rc;
}

/* ---- matching: the people with ties to a city ------------------------------------------ */

static const char *const tie_signals[] = {"lives_in_city", "tie_to_city", "lives_in_country", "tie_to_country", NULL};
static const struct am_field match_reason_fields[] = {
    {.name = "signal", .type = AM_T_ENUM, .flags = AM_F_READONLY, .values = tie_signals},
    {.name = "kind", .type = AM_T_ENUM, .flags = AM_F_READONLY | AM_F_NULLABLE, .values = tie_kinds,
     .doc = "for a tie: how"},
    {0},
};
static const struct am_schema match_reason_schema = {
    .name = "PersonTieReason", .doc = "Why a person is tied to the city.", .fields = match_reason_fields};
static const struct am_field match_fields[] = {
    {.name = "person", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &am_person_schema},
    {.name = "strength", .type = AM_T_INT, .flags = AM_F_READONLY, .min = 1, .max = 3,
     .doc = "3: lives in the city; 2: a tie to the city; 1: to its country"},
    {.name = "reasons", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "reason", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
                                      .object = &match_reason_schema}},
    {0},
};
const struct am_schema am_person_match_schema = {
    .name = "PersonMatch", .doc = "A person of the caller's office (or shared with it) with ties to a city.",
    .fields = match_fields};

static int by_strength(const void *x, const void *y)
{
    json_t *p = *(json_t *const *)x, *q = *(json_t *const *)y;
    json_int_t a = json_integer_value(json_object_get(p, "strength"));
    json_int_t b = json_integer_value(json_object_get(q, "strength"));
    if (a != b)
        return (a < b) - (a > b);
    const char *m = json_string_value(json_object_get(json_object_get(p, "person"), "name"));
    const char *n = json_string_value(json_object_get(json_object_get(q, "person"), "name"));
    return strcmp(m ? m : "", n ? n : "");
}

/* The reasons a person is tied to city (in country cc), strongest first. */
static json_t *tie_reasons(json_t *p, int64_t city, const char *cc, int *strength)
{
    json_t *out = json_array(), *t;
    size_t i;
    *strength = 0;
    if (am_get_id(p, "residence_city_id") == city) {
        json_array_append_new(out, json_pack("{s:s,s:n}", "signal", "lives_in_city", "kind"));
        *strength = 3;
    }
    json_array_foreach(json_object_get(p, "ties"), i, t) if (am_get_id(t, "city_id") == city) {
        json_array_append_new(out, json_pack("{s:s,s:O}", "signal", "tie_to_city", "kind", json_object_get(t, "kind")));
        *strength = *strength > 2 ? *strength : 2;
    }
    if (!*strength && is(p, "residence_country", cc)) {
        json_array_append_new(out, json_pack("{s:s,s:n}", "signal", "lives_in_country", "kind"));
        *strength = 1;
    }
    json_array_foreach(json_object_get(p, "ties"), i, t) if (*strength < 2 && !am_get_id(t, "city_id") && is(t, "country", cc)) {
        json_array_append_new(out, json_pack("{s:s,s:O}", "signal", "tie_to_country", "kind", json_object_get(t, "kind")));
        *strength = 1;
    }
    return out;
}

enum am_rc am_person_ties(struct am_db *db, const struct am_actor *who, int64_t city, json_t **out,
                          struct am_err *err)
{
    json_t *ids = NULL, *people = NULL, *row = NULL, *p;
    size_t i;
    char cc[3];
    if (!am_actor_signed_in(who))
        return am_err_set(err, AM_EAUTH, NULL, "sign in first: the people of an office are its own");
    enum am_rc rc = am_db_one(db, "SELECT country FROM city WHERE id = ?", json_pack("[I]", (json_int_t)city), &row, err);
    if (rc == AM_ENOTFOUND)
        return am_err_set(err, rc, NULL, "no city with id %lld", (long long)city);
    if (rc)
        return rc;
    am_str_copy(cc, sizeof cc, json_string_value(json_object_get(row, "country")) ? json_string_value(
                                                                                      json_object_get(row, "country"))
                                                                                : "");
    json_decref(row);
    bool all = am_actor_is_admin(who) || who->role == AM_ROLE_DPO;
    json_int_t office = who->role == AM_ROLE_OFFICER ? who->city_id : -1;
    json_int_t net = who->role == AM_ROLE_SECRETARIAT ? who->network_id : -1;
    /* the office's own and those shared with it, never another office's
     * public profiles: this is the office's view */
    rc = am_db_column(db,
                      "SELECT p.id FROM person p WHERE p.status = 'active' AND (?1 OR p.city_id = ?2 OR p.network_id = ?3 "
                      "OR (p.visibility = 'partner' AND p.shared_city_id = ?2) OR (p.visibility = 'network' AND "
                      "p.shared_network_id = ?3)) AND (p.residence_city_id = ?4 OR p.residence_country = ?5 OR "
                      "EXISTS (SELECT 1 FROM person_tie t WHERE t.person_id = p.id AND (t.city_id = ?4 OR "
                      "(t.city_id IS NULL AND t.country = ?5)))) ORDER BY p.id LIMIT 500",
                      json_pack("[bIIIs]", all, office, net, (json_int_t)city, cc), &ids, err);
    if (!rc)
        rc = am_read_ids(db, &am_person_resource, ids, &people, err);
    json_t *items = rc ? NULL : json_array();
    json_array_foreach(people, i, p) {
        int strength;
        json_t *reasons = tie_reasons(p, city, cc, &strength);
        if (!strength || !(am_can(&am_person_rights, who, p) & AM_CAN(AM_ACT_READ))) {
            json_decref(reasons);
            continue;
        }
        json_array_append_new(items, json_pack("{s:O,s:i,s:o}", "person", p, "strength", strength, "reasons", reasons));
        if (!rc)
            rc = audit(db, who, "match", am_get_id(p, "id"), am_get_id(p, "city_id"), NULL, err);
    }
    json_decref(ids);
    json_decref(people);
    if (rc) {
        json_decref(items);
        return rc;
    }
    /* strongest first, then by name */
    size_t n = json_array_size(items);
    json_t **sorted = calloc(n ? n : 1, sizeof *sorted), *list = json_array();
    for (size_t k = 0; sorted && k < n; k++)
        sorted[k] = json_array_get(items, k);
    if (sorted && n)
        qsort(sorted, n, sizeof *sorted, by_strength);
    for (size_t k = 0; sorted && list && k < n; k++)
        json_array_append(list, sorted[k]);
    free(sorted);
    json_decref(items);
    *out = list ? json_pack("{s:o,s:I,s:n}", "items", list, "total", (json_int_t)n, "next") : NULL;
    return *out ? AM_OK : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
}

/* ---- self-registration ---------------------------------------------------------------- */

/* What a resident, or a citizen living abroad, tells their city's office on
 * the public form. No account: the record waits for the office (pending),
 * seen by it alone, until taken on or rejected (which erases it). */
static const struct am_field register_fields[] = {
    {.name = "city_id", .type = AM_T_ID, .flags = AM_F_REQUIRED, .ref = "city",
     .doc = "the city whose office they offer to help"},
    {.name = "name", .type = AM_T_STRING, .flags = AM_F_REQUIRED, .min = 1, .max = 200},
    {.name = "email", .type = AM_T_STRING, .flags = AM_F_REQUIRED, .min = 3, .max = 254,
     .doc = "how the office reaches them"},
    {.name = "phone", .type = AM_T_STRING, .flags = AM_F_NULLABLE, .max = 40},
    {.name = "residence_city_id", .type = AM_T_ID, .flags = AM_F_NULLABLE, .ref = "city", .doc = "where they live"},
    {.name = "residence_country", .type = AM_T_COUNTRY, .flags = AM_F_NULLABLE},
    {.name = "ties", .type = AM_T_ARRAY, .item = &tie_item, .max = 20},
    {.name = "languages", .type = AM_T_ARRAY, .item = &language_item, .max = 12},
    {.name = "expertise", .type = AM_T_ARRAY, .item = &am_topic_item, .max = 20},
    {.name = "what_they_offer", .type = AM_T_TEXT, .flags = AM_F_REQUIRED, .min = 1, .max = 2000},
    {.name = "consent", .type = AM_T_ARRAY, .flags = AM_F_REQUIRED, .item = &purpose_item, .min = 1, .max = 4,
     .doc = "the purposes they agree to, record among them, as the form's texts word them"},
    {.name = "language", .type = AM_T_SLUG, .min = 2, .max = 3, .doc = "the language of the texts they read"},
    {0},
};
const struct am_schema am_person_register_schema = {
    .name = "PersonRegistration", .doc = "A resident, or a citizen abroad, offers to help their city.",
    .fields = register_fields,
    .example = "{\"city_id\": 1, \"name\": \"A. Example\", \"email\": \"a@example.org\", \"ties\": "
               "[{\"city_id\": 2, \"kind\": \"family\"}], \"what_they_offer\": \"Introductions to the "
               "city's universities.\", \"consent\": [\"record\"]}"};

static const struct am_field received_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "status", .type = AM_T_ENUM, .flags = AM_F_READONLY, .values = statuses},
    {0},
};
const struct am_schema am_person_received_schema = {
    .name = "PersonReceived", .doc = "The registration reached the office, which will be in touch.",
    .fields = received_fields};

enum am_rc am_person_register(struct am_db *db, json_t *in, json_t **out, struct am_err *err)
{
    static const char *const copied[] = {"city_id", "name", "email", "phone", "residence_city_id", "residence_country",
                                         "ties", "languages", "expertise", "what_they_offer", NULL};
    json_t *rec = json_object(), *extra = NULL;
    int64_t id = 0;
    enum am_rc rc = rec ? AM_OK : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    for (const char *const *k = copied; !rc && *k; k++)
        if (json_object_get(in, *k))
            json_object_set(rec, *k, json_object_get(in, *k));
    if (!rc) {
        json_object_set_new(rec, "basis", json_string("consent"));
        json_object_set_new(rec, "roles", json_pack("[s]", "ambassador"));
        json_object_set_new(rec, "consent", json_pack("{s:O,s:s,s:s}", "purposes", json_object_get(in, "consent"),
                                                      "how", "online_form", "language",
                                                      json_string_value(json_object_get(in, "language"))
                                                          ? json_string_value(json_object_get(in, "language"))
                                                          : "en"));
        default_review(rec);
    }
    if (!rc)
        rc = am_refs_check(db, &am_person_schema, rec, err);
    if (!rc)
        rc = rules(db, rec, err);
    if (rc == AM_EINVAL && strcmp(err->field, "consent") == 0)
        rc = am_err_set(err, AM_EINVAL, "consent",
                        "Consent: the office can keep your details only with your consent to it (record)");
    if (!rc && !(extra = json_pack("{s:s}", "status", "pending")))
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    if (!rc && !(rc = derive(db, rec, extra, err)) && !(rc = am_db_begin(db, err))) {
        json_t *row = json_deep_copy(rec);
        json_object_del(row, "consent");
        rc = row ? am_row_insert_x(db, "person", &am_person_schema, row, extra, true, &id, err)
                 : am_err_set(err, AM_ENOMEM, NULL, "out of memory");
        json_decref(row);
        if (!rc)
            rc = links(db, id, rec, err);
        if (!rc)
            rc = audit(db, &am_actor_anon, "register", id, am_get_id(rec, "city_id"), NULL, err);
        if (!rc)
            rc = am_db_commit(db, err);
        if (rc)
            am_db_rollback(db);
    }
    if (!rc && !(*out = json_pack("{s:I,s:s}", "id", (json_int_t)id, "status", "pending")))
        rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    json_decref(rec);
    json_decref(extra);
    return rc;
}

/* ---- export (articles 15 and 20) ---------------------------------------------------- */

static const struct am_field audit_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "at", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "username", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "role", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "action", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "person_id", .type = AM_T_INT, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "city_id", .type = AM_T_INT, .flags = AM_F_READONLY | AM_F_NULLABLE},
    {.name = "detail", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE,
     .doc = "the fields changed (names), the consent withdrawn, why erased"},
    {0},
};
const struct am_schema am_person_audit_schema = {
    .name = "PersonAudit", .doc = "Who read or changed personal data, when (never the values).",
    .fields = audit_fields};

static const struct am_field consent_text_fields[] = {
    {.name = "id", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "purpose", .type = AM_T_ENUM, .flags = AM_F_REQUIRED, .values = purposes},
    {.name = "version", .type = AM_T_INT, .flags = AM_F_READONLY},
    {.name = "language", .type = AM_T_SLUG, .flags = AM_F_REQUIRED, .min = 2, .max = 3},
    {.name = "text", .type = AM_T_TEXT, .flags = AM_F_REQUIRED, .min = 20, .max = 4000},
    {.name = "created_at", .type = AM_T_STRING, .flags = AM_F_READONLY},
    AM_FIELD_CAN,
    {0},
};
const struct am_schema am_consent_text_schema = {
    .name = "ConsentText", .doc = "A text people agree to, versioned: never changed once written.",
    .fields = consent_text_fields,
    .example = "{\"purpose\": \"record\", \"language\": \"en\", \"text\": \"I agree that the office keeps my "
               "contact details to contact me about its international relations.\"}"};

static const struct am_field export_fields[] = {
    {.name = "exported_at", .type = AM_T_STRING, .flags = AM_F_READONLY},
    {.name = "person", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .object = &am_person_schema},
    {.name = "consent_texts", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "text", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
                                      .object = &am_consent_text_schema},
     .doc = "the texts they agreed to"},
    {.name = "audit", .type = AM_T_ARRAY, .flags = AM_F_READONLY,
     .item = &(const struct am_field){.name = "entry", .type = AM_T_OBJECT, .flags = AM_F_READONLY,
                                      .object = &am_person_audit_schema},
     .doc = "who read or changed the record, when"},
    {0},
};
const struct am_schema am_person_export_schema = {
    .name = "PersonExport", .doc = "Everything amity holds about a person (GDPR articles 15 and 20).",
    .fields = export_fields};

enum am_rc am_person_export(struct am_db *db, const struct am_actor *who, const char *key, json_t **out,
                            struct am_err *err)
{
    json_t *rec = NULL, *texts = NULL, *log = NULL;
    char now[32];
    *out = NULL;
    enum am_rc rc = for_action(db, who, key, AM_ACT_EXPORT, &rec, err);
    int64_t id = rc ? 0 : am_get_id(rec, "id");
    if (!rc)
        rc = audit(db, who, "export", id, am_get_id(rec, "city_id"), NULL, err);
    if (!rc)
        rc = am_db_all(db,
                       "SELECT id, purpose, version, language, text, created_at FROM consent_text WHERE id IN "
                       "(SELECT text_id FROM consent WHERE person_id = ?) ORDER BY id",
                       json_pack("[I]", (json_int_t)id), &texts, err);
    if (!rc)
        rc = am_db_all(db,
                       "SELECT id, at, username, role, action, person_id, city_id, detail FROM person_audit "
                       "WHERE person_id = ? ORDER BY id",
                       json_pack("[I]", (json_int_t)id), &log, err);
    am_now(now);
    if (!rc) {
        json_object_del(rec, "can");
        *out = json_pack("{s:s,s:O,s:O,s:O}", "exported_at", now, "person", rec, "consent_texts", texts, "audit", log);
        if (!*out)
            rc = am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    }
    json_decref(rec), json_decref(texts), json_decref(log);
    return rc;
}

/* ---- the audit log and the consent texts ------------------------------------------ */

static const struct am_field audit_filter_fields[] = {
    {.name = "person", .type = AM_T_ID, .doc = "about this person"},
    {.name = "limit", .type = AM_T_INT, .min = 1, .max = AM_LIST_MAX, .doc = "entries (default 50)"},
    {0},
};
const struct am_schema am_person_audit_filters = {.name = "PersonAuditFilters", .doc = NULL,
                                                  .fields = audit_filter_fields};

enum am_rc am_person_audit(struct am_db *db, const struct am_actor *who, json_t *query, json_t **out,
                           struct am_err *err)
{
    json_t *rows = NULL;
    if (!am_actor_signed_in(who))
        return am_err_set(err, AM_EAUTH, NULL, "sign in first");
    if (!am_actor_reads_audit(who))
        return am_err_set(err, AM_EFORBIDDEN, NULL,
                          "only an admin or the data-protection officer reads the audit log");
    json_int_t person = json_integer_value(json_object_get(query, "person"));
    json_int_t limit = json_integer_value(json_object_get(query, "limit"));
    enum am_rc rc = am_db_all(db,
                              "SELECT id, at, username, role, action, person_id, city_id, detail FROM person_audit "
                              "WHERE ?1 = 0 OR person_id = ?1 ORDER BY id DESC LIMIT ?2",
                              json_pack("[II]", person, limit > 0 ? limit : (json_int_t)AM_LIST_DEFAULT), &rows, err);
    if (!rc)
        *out = json_pack("{s:o,s:I,s:n}", "items", rows, "total", (json_int_t)json_array_size(rows), "next");
    return rc;
}

static const struct am_field consent_text_filter_fields[] = {
    {.name = "purpose", .type = AM_T_ENUM, .values = purposes},
    {.name = "language", .type = AM_T_STRING, .max = 3},
    {0},
};
const struct am_schema am_consent_text_filters = {.name = "ConsentTextFilters", .doc = NULL,
                                                  .fields = consent_text_filter_fields};

enum am_rc am_consent_texts(struct am_db *db, json_t *query, json_t **out, struct am_err *err)
{
    json_t *rows = NULL;
    const char *purpose = json_string_value(json_object_get(query, "purpose"));
    const char *lang = json_string_value(json_object_get(query, "language"));
    enum am_rc rc = am_db_all(db,
                              "SELECT id, purpose, version, language, text, created_at FROM consent_text "
                              "WHERE (?1 IS NULL OR purpose = ?1) AND (?2 IS NULL OR language = ?2) "
                              "ORDER BY purpose, language, version DESC",
                              json_pack("[s?s?]", purpose, lang), &rows, err);
    if (!rc)
        *out = json_pack("{s:o,s:I,s:n}", "items", rows, "total", (json_int_t)json_array_size(rows), "next");
    return rc;
}

/* The texts are amity's and its admins': a new version is theirs to add. */
static const struct am_rule consent_text_rules[] = {
    {AM_ACT_CREATE, AM_REL_ADMIN, NULL, NULL},
    {0},
};
const struct am_rights am_consent_text_rights = {"consent text", &am_consent_text_schema, NULL, NULL,
                                                 consent_text_rules, NULL};

enum am_rc am_consent_text_add(struct am_db *db, const struct am_actor *who, json_t *in, json_t **out,
                               struct am_err *err)
{
    char now[32];
    int64_t id = 0;
    enum am_rc rc = am_rights_need(&am_consent_text_rights, who, in, AM_ACT_CREATE, err);
    am_now(now);
    if (!rc)
        rc = am_db_exec(db,
                        "INSERT INTO consent_text (purpose, version, language, text, created_at) SELECT ?1, "
                        "coalesce(max(version), 0) + 1, lower(?2), ?3, ?4 FROM consent_text WHERE purpose = ?1 "
                        "AND language = lower(?2)",
                        json_pack("[OOOs]", json_object_get(in, "purpose"), json_object_get(in, "language"),
                                  json_object_get(in, "text"), now),
                        NULL, err);
    if (!rc)
        id = am_db_last_id(db);
    if (!rc)
        rc = am_db_one(db, "SELECT id, purpose, version, language, text, created_at FROM consent_text WHERE id = ?",
                       json_pack("[I]", (json_int_t)id), out, err);
    return rc;
}

const struct am_resource am_person_resource = {
    .name = "people", .singular = "person", .table = "person", .key = "id",
    .doc = "People behind a city's ties (citizen ambassadors, contact persons, experts), with consent.",
    .schema = &am_person_schema, .filters = &am_person_filters, .rights = &am_person_rights, .reading = &reading,
    .list = list_all, .get = get_any, .create = create, .update = update, .remove = remove_person, .step = step,
};

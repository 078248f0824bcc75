/* Domain rules through the library: roles, partnerships and their health,
 * memberships, activities, the demo records, one transaction per change. */
#include <time.h>

#include "am_activity.h"
#include "am_actor.h"
#include "am_city.h"
#include "am_demo.h"
#include "am_membership.h"
#include "am_network.h"
#include "am_partnership.h"
#include "am_setting.h"
#include "test_support.h"
#include "util/am_str.h"

static int64_t add(struct tdb *t, const struct am_resource *r, const struct am_actor *who,
                   const char *json, enum am_rc want)
{
    struct am_err err = {0};
    json_t *in = json_loads(json, 0, NULL), *out = NULL;
    cr_assert_not_null(in, "bad test JSON: %s", json);
    enum am_rc rc = am_schema_check(r->schema, in, AM_CHECK_CREATE, &err);
    if (!rc)
        rc = r->create(t->db, who, in, &out, &err);
    cr_assert_eq(rc, want, "%s: got %d (%s)", json, rc, err.msg);
    int64_t id = out ? (int64_t)json_integer_value(json_object_get(out, "id")) : 0;
    json_decref(in);
    json_decref(out);
    return id;
}

static json_t *get(struct tdb *t, const struct am_resource *r, int64_t id)
{
    char key[24];
    json_t *out = NULL;
    struct am_err err = {0};
    snprintf(key, sizeof key, "%lld", (long long)id);
    cr_assert_eq(r->get(t->db, key, &out, &err), AM_OK, "%s", err.msg);
    return out;
}

static const char *health_of(struct tdb *t, int64_t id, json_t **keep)
{
    *keep = get(t, &am_partnership_resource, id);
    return json_string_value(json_object_get(json_object_get(*keep, "health"), "state"));
}

Test(roles, who_covers_what)
{
    struct am_actor officer = {.role = AM_ROLE_OFFICER, .city_id = 7};
    struct am_actor sec = {.role = AM_ROLE_SECRETARIAT, .network_id = 3};
    struct am_actor admin = {.role = AM_ROLE_ADMIN};
    cr_assert(am_actor_covers_city(&officer, 7));
    cr_assert_not(am_actor_covers_city(&officer, 8));
    cr_assert_not(am_actor_covers_city(&officer, 0));
    cr_assert_not(am_actor_covers_network(&officer, 3));
    cr_assert(am_actor_covers_network(&sec, 3));
    cr_assert_not(am_actor_covers_network(&sec, 4));
    cr_assert_not(am_actor_covers_city(&sec, 7));
    cr_assert(am_actor_covers_city(&admin, 123) && am_actor_covers_network(&admin, 9));
    cr_assert_not(am_actor_signed_in(&am_actor_anon));
    struct am_err err;
    cr_assert_eq(am_actor_deny(&am_actor_anon, &err, "x"), AM_EAUTH);
    cr_assert_eq(am_actor_deny(&officer, &err, "x"), AM_EFORBIDDEN);
    enum am_role r;
    cr_assert(am_role_parse("officer", &r) && r == AM_ROLE_OFFICER);
    cr_assert_not(am_role_parse("anonymous", &r));
}

Test(partnership, dormancy_cutoff)
{
    char out[11];
    /* 2024-02-29 minus 3 years is 2021-02-28: no Feb 29 that year */
    struct tm tm = {.tm_year = 124, .tm_mon = 1, .tm_mday = 29, .tm_hour = 12};
    am_partnership_cutoff((int64_t)timegm(&tm), 3, out);
    cr_assert_str_eq(out, "2021-02-28");
    tm = (struct tm){.tm_year = 126, .tm_mon = 10, .tm_mday = 22};
    am_partnership_cutoff((int64_t)timegm(&tm), 5, out);
    cr_assert_str_eq(out, "2021-11-22");
}

Test(partnership, pairs_roles_and_health)
{
    struct tdb t;
    tdb_open(&t, 1);
    const struct am_actor *cli = &am_actor_cli;
    int64_t a = add(&t, &am_city_resource, cli, "{\"name\": \"Reggio Emilia\", \"country\": \"IT\"}", AM_OK);
    int64_t b = add(&t, &am_city_resource, cli, "{\"name\": \"Isfahan\", \"country\": \"IR\", \"alt_names\": [\"اصفهان\"]}", AM_OK);
    int64_t c = add(&t, &am_city_resource, cli, "{\"name\": \"Shiraz\", \"country\": \"IR\"}", AM_OK);
    char json[512];

    /* ten years ago, no activity since: dormant */
    int year = am_date_year("2026") ? 0 : 0;
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    year = tm.tm_year + 1900;
    snprintf(json, sizeof json,
             "{\"party_a\": {\"city_id\": %lld}, \"party_b\": {\"city_id\": %lld}, \"kind\": "
             "\"twinning\", \"signed_date\": \"%d\"}",
             (long long)a, (long long)b, year - 10);
    int64_t p = add(&t, &am_partnership_resource, cli, json, AM_OK);
    json_t *keep;
    cr_assert_str_eq(health_of(&t, p, &keep), "dormant");
    json_decref(keep);

    /* B-A of the same kind is the same partnership */
    snprintf(json, sizeof json,
             "{\"party_a\": {\"city_id\": %lld}, \"party_b\": {\"city_id\": %lld}, \"kind\": \"twinning\"}",
             (long long)b, (long long)a);
    add(&t, &am_partnership_resource, cli, json, AM_ECONFLICT);
    /* a party cannot partner itself */
    snprintf(json, sizeof json, "{\"party_a\": {\"city_id\": %lld}, \"party_b\": {\"city_id\": %lld}}",
             (long long)a, (long long)a);
    add(&t, &am_partnership_resource, cli, json, AM_EINVAL);

    /* an activity this year brings it back to life */
    snprintf(json, sizeof json,
             "{\"kind\": \"study_visit\", \"title\": \"Visit\", \"start_date\": \"%d-01\", "
             "\"partnership_id\": %lld, \"host_city_id\": %lld}",
             year, (long long)p, (long long)b);
    add(&t, &am_activity_resource, cli, json, AM_OK);
    cr_assert_str_eq(health_of(&t, p, &keep), "active");
    json_decref(keep);

    /* the officer of C may not add partnerships of A and B; of A it may */
    struct am_actor officer_c = {.role = AM_ROLE_OFFICER, .city_id = c, .username = "c"};
    snprintf(json, sizeof json,
             "{\"party_a\": {\"city_id\": %lld}, \"party_b\": {\"country\": \"ES\"}}", (long long)a);
    add(&t, &am_partnership_resource, &officer_c, json, AM_EFORBIDDEN);
    add(&t, &am_partnership_resource, &am_actor_anon, json, AM_EAUTH);
    struct am_actor officer_a = {.role = AM_ROLE_OFFICER, .city_id = a, .username = "a"};
    int64_t q = add(&t, &am_partnership_resource, &officer_a, json, AM_OK);
    cr_assert_str_eq(health_of(&t, q, &keep), "unknown");
    cr_assert_str_eq(json_string_value(json_object_get(json_object_get(keep, "party_b"), "type")),
                     "country");
    json_decref(keep);

    /* ... but may not hand it over to another city */
    struct am_err err = {0};
    json_t *patch = json_pack("{s:{s:I}}", "party_a", "city_id", (json_int_t)c), *out = NULL;
    char key[24];
    snprintf(key, sizeof key, "%lld", (long long)q);
    cr_assert_eq(am_partnership_resource.update(t.db, &officer_a, key, patch, &out, &err),
                 AM_EFORBIDDEN);
    json_decref(patch);

    /* the setting moves the line */
    patch = json_pack("{s:i}", "dormant_after_years", 20);
    cr_assert_eq(am_setting_update(t.db, &am_actor_cli, patch, &out, &err), AM_OK, "%s", err.msg);
    json_decref(out);
    json_decref(patch);
    snprintf(json, sizeof json,
             "{\"party_a\": {\"city_id\": %lld}, \"party_b\": {\"city_id\": %lld}, \"signed_date\": \"%d-06-01\"}",
             (long long)b, (long long)c, year - 10);
    int64_t r = add(&t, &am_partnership_resource, cli, json, AM_OK);
    cr_assert_str_eq(health_of(&t, r, &keep), "active");
    json_decref(keep);
    tdb_close(&t);
}

Test(activity, nothing_half_written)
{
    struct tdb t;
    tdb_open(&t, 1);
    int64_t a = add(&t, &am_city_resource, &am_actor_cli, "{\"name\": \"Bergen\", \"country\": \"NO\"}", AM_OK);
    char json[256];
    /* the second topic does not exist: no activity, no links */
    snprintf(json, sizeof json,
             "{\"kind\": \"workshop\", \"title\": \"W\", \"city_ids\": [%lld], \"topics\": "
             "[\"sdg-11\", \"no-such-topic\"]}",
             (long long)a);
    add(&t, &am_activity_resource, &am_actor_cli, json, AM_EINVAL);
    cr_assert_eq(tdb_count(&t, "SELECT count(*) FROM activity"), 0);
    cr_assert_eq(tdb_count(&t, "SELECT count(*) FROM activity_city"), 0);
    cr_assert_eq(tdb_count(&t, "SELECT count(*) FROM activity_topic"), 0);
    /* end before start */
    add(&t, &am_activity_resource, &am_actor_cli,
        "{\"kind\": \"workshop\", \"title\": \"W\", \"start_date\": \"2020-05\", \"end_date\": \"2020-04-30\"}",
        AM_EINVAL);
    tdb_close(&t);
}

Test(membership, one_member_per_network_and_roles)
{
    struct tdb t;
    tdb_open(&t, 1);
    int64_t c = add(&t, &am_city_resource, &am_actor_cli, "{\"name\": \"Shiraz\", \"country\": \"IR\"}", AM_OK);
    int64_t n = add(&t, &am_network_resource, &am_actor_cli,
                    "{\"name\": \"WeGO\", \"thematic_groups\": [{\"name\": \"Smart City and "
                    "Environment\", \"status\": \"proposed\"}]}",
                    AM_OK);
    char json[200];
    snprintf(json, sizeof json, "{\"network_id\": %lld, \"city_id\": %lld, \"joined_year\": 2018}",
             (long long)n, (long long)c);
    struct am_actor sec_other = {.role = AM_ROLE_SECRETARIAT, .network_id = n + 1, .username = "o"};
    add(&t, &am_membership_resource, &sec_other, json, AM_EFORBIDDEN);
    struct am_actor sec = {.role = AM_ROLE_SECRETARIAT, .network_id = n, .username = "s"};
    add(&t, &am_membership_resource, &sec, json, AM_OK);
    add(&t, &am_membership_resource, &sec, json, AM_ECONFLICT);
    snprintf(json, sizeof json, "{\"network_id\": %lld, \"city_id\": %lld, \"organisation_id\": 1}",
             (long long)n, (long long)c);
    add(&t, &am_membership_resource, &am_actor_cli, json, AM_EINVAL);
    json_t *net = get(&t, &am_network_resource, n);
    cr_assert_eq(json_integer_value(json_object_get(net, "member_count")), 1);
    cr_assert_eq(json_array_size(json_object_get(net, "thematic_groups")), 1);
    json_decref(net);
    /* the city's page shows the membership */
    json_t *city = get(&t, &am_city_resource, c);
    cr_assert_eq(json_array_size(json_object_get(city, "memberships")), 1);
    json_decref(city);
    /* a city still referred to cannot go */
    struct am_err err = {0};
    char key[24];
    snprintf(key, sizeof key, "%lld", (long long)c);
    cr_assert_eq(am_city_resource.remove(t.db, &am_actor_cli, key, &err), AM_ECONFLICT);
    tdb_close(&t);
}

Test(demo, loads_the_seed_records_once)
{
    struct tdb t;
    struct am_err err = {0};
    json_t *counts = NULL;
    tdb_open(&t, 1);
    cr_assert_eq(am_demo_load(t.db, &counts, &err), AM_OK, "%s", err.msg);
    json_decref(counts);
    /* 121 participating cities of Intercultural Cities (seed 004) */
    cr_assert_eq(tdb_count(&t, "SELECT count(*) FROM membership m JOIN network n ON n.id = "
                               "m.network_id WHERE n.acronym = 'ICC'"),
                 121);
    cr_assert_eq(tdb_count(&t, "SELECT founded_year FROM network WHERE acronym = 'WeGO'"), 2010);
    cr_assert_eq(tdb_count(&t, "SELECT m.joined_year FROM membership m JOIN city c ON c.id = "
                               "m.city_id WHERE c.name = 'Shiraz'"),
                 2018);
    /* no invented coordinates or populations */
    cr_assert_eq(tdb_count(&t, "SELECT count(*) FROM city WHERE lat IS NOT NULL OR population IS NOT NULL"), 0);
    int64_t before = tdb_count(&t, "SELECT count(*) FROM city");
    cr_assert_eq(am_demo_load(t.db, NULL, &err), AM_ECONFLICT);
    cr_assert_eq(tdb_count(&t, "SELECT count(*) FROM city"), before);
    tdb_close(&t);
}

Test(demo, a_broken_document_leaves_nothing)
{
    struct tdb t;
    struct am_err err = {0};
    tdb_open(&t, 1);
    json_t *doc = json_loads("{\"cities\": [{\"ref\": \"a\", \"name\": \"A\", \"country\": \"IT\"},"
                             "{\"ref\": \"b\", \"name\": \"B\", \"country\": \"??\"}]}",
                             0, NULL);
    cr_assert_neq(am_demo_load_doc(t.db, doc, NULL, &err), AM_OK);
    cr_assert_eq(tdb_count(&t, "SELECT count(*) FROM city"), 0);
    json_decref(doc);
    tdb_close(&t);
}

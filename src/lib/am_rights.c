#include "am_rights.h"

#include <stdio.h>
#include <string.h>

#include "util/am_str.h"

const struct am_field am_can_value = {.name = "may", .type = AM_T_BOOL, .flags = AM_F_READONLY};

static const struct {
    const char *name, *verb, *done;
} actions[AM_ACT_COUNT] = {
    [AM_ACT_READ] = {"read", "see", "seen"},
    [AM_ACT_CREATE] = {"create", "add", "added"},
    [AM_ACT_UPDATE] = {"update", "change", "changed"},
    [AM_ACT_DELETE] = {"delete", "delete", "deleted"},
    [AM_ACT_SUBMIT] = {"submit", "submit", "submitted"},
    [AM_ACT_PUBLISH] = {"publish", "publish", "published"},
    [AM_ACT_RETURN] = {"return", "return", "returned"},
    [AM_ACT_SIGN] = {"sign", "sign", "signed"},
    [AM_ACT_SUSPEND] = {"suspend", "suspend", "suspended"},
    [AM_ACT_RENEW] = {"renew", "renew", "renewed"},
    [AM_ACT_END] = {"end", "end", "ended"},
    [AM_ACT_LEAVE] = {"leave", "end the membership of", "ended"},
    [AM_ACT_APPROVE] = {"approve", "approve", "approved"},
    [AM_ACT_WITHDRAW] = {"withdraw", "withdraw the consent of", "withdrawn"},
    [AM_ACT_EXPORT] = {"export", "export", "exported"},
    [AM_ACT_DISCUSS] = {"discuss", "mark as discussed", "discussed"},
    [AM_ACT_MAKE_ACTIVITY] = {"make_activity", "make an activity of", "made an activity"},
    [AM_ACT_LINK_PARTNERSHIP] = {"link_partnership", "link to its partnership", "linked"},
    [AM_ACT_CLOSE] = {"close", "close", "closed"},
    [AM_ACT_ACCEPT] = {"accept", "accept", "accepted"},
    [AM_ACT_COMPLETE] = {"complete", "complete", "done"},
    [AM_ACT_CANCEL] = {"cancel", "cancel", "cancelled"},
    [AM_ACT_GRANT] = {"grant", "grant", "granted"},
    [AM_ACT_REFUSE] = {"refuse", "refuse", "refused"},
    [AM_ACT_CONFIRM] = {"confirm", "confirm the delivery of", "confirmed"},
};

static const struct {
    unsigned rel;
    const char *name, *text;
} relations[] = {
    {AM_REL_ANYONE, "anyone", "anyone"},
    {AM_REL_SIGNED_IN, "signed_in", "anyone signed in"},
    {AM_REL_AUTHOR, "author", "its author"},
    {AM_REL_CITY, "city", "the officer of its city"},
    {AM_REL_NETWORK, "network", "the secretariat of its network"},
    {AM_REL_UNOWNED, "unowned", "anyone signed in if it is of no city or network"},
    {AM_REL_SHARED, "shared", "the office or secretariat it is shared with"},
    {AM_REL_DPO, "dpo", "the data-protection officer"},
    {AM_REL_ADMIN, "admin", "an admin"},
};
enum { NRELATIONS = sizeof relations / sizeof relations[0] };

const char *am_action_name(enum am_action a)
{
    return a < AM_ACT_COUNT ? actions[a].name : "?";
}

bool am_action_parse(const char *name, enum am_action *out)
{
    for (int a = 0; a < AM_ACT_COUNT; a++)
        if (strcmp(actions[a].name, name) == 0) {
            *out = (enum am_action)a;
            return true;
        }
    return false;
}

const char *am_relation_name(unsigned rel)
{
    for (size_t i = 0; i < NRELATIONS; i++)
        if (relations[i].rel == rel)
            return relations[i].name;
    return "?";
}

void am_rights_who_text(unsigned who, char *out, size_t cap)
{
    size_t n = 0, k = 0, count = 0;
    if (who & (AM_REL_ANYONE | AM_REL_SIGNED_IN)) /* an admin is one of them */
        who &= ~(unsigned)AM_REL_ADMIN;
    for (size_t i = 0; i < NRELATIONS; i++)
        count += (who & relations[i].rel) != 0;
    out[0] = '\0';
    for (size_t i = 0; i < NRELATIONS && n < cap; i++) {
        if (!(who & relations[i].rel))
            continue;
        const char *sep = k == 0 ? "" : k + 1 < count ? ", " : count > 2 ? ", or " : " or ";
        int w = snprintf(out + n, cap - n, "%s%s", sep, relations[i].text);
        n += w > 0 ? (size_t)w : 0;
        k++;
    }
}

/* ---- relations ----------------------------------------------------------- */

struct owners {
    bool any, city, network, shared;
};

/* A city or network the record is shared with: who's own? */
static void shared_value(const char *ref, json_t *v, const struct am_actor *who, struct owners *o)
{
    if (!ref || !json_is_integer(v))
        return;
    int64_t id = (int64_t)json_integer_value(v);
    if ((strcmp(ref, "city") == 0 && who->role == AM_ROLE_OFFICER && who->city_id == id) ||
        (strcmp(ref, "network") == 0 && who->role == AM_ROLE_SECRETARIAT && who->network_id == id))
        o->shared = true;
}

static void owner_value(const char *ref, json_t *v, const struct am_actor *who, struct owners *o)
{
    if (!ref || !json_is_integer(v))
        return;
    int64_t id = (int64_t)json_integer_value(v);
    o->any = true;
    if (strcmp(ref, "city") == 0 && who->role == AM_ROLE_OFFICER && who->city_id == id)
        o->city = true;
    if (strcmp(ref, "network") == 0 && who->role == AM_ROLE_SECRETARIAT && who->network_id == id)
        o->network = true;
}

/* The cities and networks rec belongs to, through its AM_F_OWNER fields,
 * nested records included (a partnership's parties). */
static void owners_of(const struct am_schema *s, json_t *rec, const struct am_actor *who,
                      struct owners *o)
{
    for (const struct am_field *f = s->fields; f->name; f++) {
        json_t *v = json_object_get(rec, f->name);
        if (!v)
            continue;
        if (f->type == AM_T_OBJECT && f->object && json_is_object(v)) {
            owners_of(f->object, v, who, o);
            continue;
        }
        if (f->flags & AM_F_SHARED)
            shared_value(f->ref, v, who, o);
        if (!(f->flags & AM_F_OWNER))
            continue;
        if (f->type == AM_T_ARRAY) {
            size_t i;
            json_t *x;
            json_array_foreach(v, i, x) owner_value(f->item->ref, x, who, o);
        } else {
            owner_value(f->ref, v, who, o);
        }
    }
}

static void add_once(json_t *list, json_t *v)
{
    size_t i;
    json_t *x;
    json_array_foreach(list, i, x) if (json_equal(x, v)) return;
    json_array_append(list, v);
}

static void owner_id(const char *ref, json_t *v, json_t *cities, json_t *networks)
{
    if (!ref || !json_is_integer(v))
        return;
    if (strcmp(ref, "city") == 0)
        add_once(cities, v);
    else if (strcmp(ref, "network") == 0)
        add_once(networks, v);
}

void am_owner_ids(const struct am_schema *s, json_t *rec, json_t *cities, json_t *networks)
{
    for (const struct am_field *f = s->fields; rec && f->name; f++) {
        json_t *v = json_object_get(rec, f->name);
        if (!v)
            continue;
        if (f->type == AM_T_OBJECT && f->object && json_is_object(v)) {
            am_owner_ids(f->object, v, cities, networks);
        } else if (f->flags & AM_F_OWNER) {
            size_t i;
            json_t *x;
            if (f->type == AM_T_ARRAY)
                json_array_foreach(v, i, x) owner_id(f->item->ref, x, cities, networks);
            else
                owner_id(f->ref, v, cities, networks);
        }
    }
}

unsigned am_relations(const struct am_rights *r, const struct am_actor *who, json_t *rec)
{
    if (am_actor_is_admin(who))
        return ~0u;
    unsigned rels = AM_REL_ANYONE;
    if (!am_actor_signed_in(who))
        return rels;
    rels |= AM_REL_SIGNED_IN;
    struct owners o = {0};
    owners_of(r->schema, rec, who, &o);
    if (!o.any)
        rels |= AM_REL_UNOWNED;
    if (o.city)
        rels |= AM_REL_CITY;
    if (o.network)
        rels |= AM_REL_NETWORK;
    if (o.shared)
        rels |= AM_REL_SHARED;
    if (who->role == AM_ROLE_DPO)
        rels |= AM_REL_DPO;
    if (r->author && who->user_id > 0) {
        json_t *a = json_object_get(rec, r->author);
        if (json_is_integer(json_object_get(a, "id")) && json_integer_value(json_object_get(a, "id")) == who->user_id)
            rels |= AM_REL_AUTHOR;
    }
    return rels;
}

static const char *state_of(const struct am_rights *r, json_t *rec)
{
    return r->state ? json_string_value(json_object_get(rec, r->state)) : NULL;
}

static bool in_state(const struct am_rule *rule, const char *state)
{
    if (!rule->states)
        return true;
    for (const char *const *s = rule->states; state && *s; s++)
        if (strcmp(*s, state) == 0)
            return true;
    return false;
}

static unsigned rights_of(const struct am_rights *r, const struct am_actor *who, json_t *rec,
                          bool states)
{
    unsigned rels = am_relations(r, who, rec), can = 0;
    const char *state = state_of(r, rec);
    bool read_rule = false;
    for (const struct am_rule *rule = r->rules; rule->who; rule++) {
        read_rule |= rule->action == AM_ACT_READ;
        if ((rule->who & rels) && (!states || in_state(rule, state)))
            can |= AM_CAN(rule->action);
    }
    if (!read_rule || (r->public_if && json_is_true(json_object_get(rec, r->public_if)))) /* public */
        can |= AM_CAN(AM_ACT_READ);
    return can;
}

unsigned am_can(const struct am_rights *r, const struct am_actor *who, json_t *rec)
{
    return rights_of(r, who, rec, true);
}

unsigned am_may(const struct am_rights *r, const struct am_actor *who, json_t *rec)
{
    return rights_of(r, who, rec, false);
}

static unsigned granted_to(const struct am_rights *r, enum am_action a)
{
    unsigned who = AM_REL_ADMIN;
    for (const struct am_rule *rule = r->rules; rule->who; rule++)
        if (rule->action == a)
            who |= rule->who;
    return who;
}

enum am_rc am_rights_need(const struct am_rights *r, const struct am_actor *who, json_t *rec,
                          enum am_action a, struct am_err *err)
{
    unsigned can = am_can(r, who, rec), may = am_may(r, who, rec);
    if (rec && a != AM_ACT_CREATE && !(can & AM_CAN(AM_ACT_READ))) /* who may not see it learns nothing */
        return am_err_set(err, AM_ENOTFOUND, NULL, "no %s with id %lld", r->what,
                          (long long)json_integer_value(json_object_get(rec, "id")));
    if (!(may & AM_CAN(a))) {
        char text[200];
        am_rights_who_text(granted_to(r, a) & ~AM_REL_ANYONE, text, sizeof text);
        if (!am_actor_signed_in(who))
            return am_err_set(err, AM_EAUTH, NULL, "sign in to %s this %s (%s may)", actions[a].verb, r->what,
                              text);
        return am_err_set(err, AM_EFORBIDDEN, NULL, "the %s role of '%s' may not %s this %s: %s may",
                          am_role_name(who->role), who->username, actions[a].verb, r->what, text);
    }
    if (!(can & AM_CAN(a))) {
        const char *state = state_of(r, rec);
        return am_err_set(err, AM_ECONFLICT, r->state, "This %s is %s: it cannot be %s now", r->what,
                          state ? state : "new", actions[a].done);
    }
    return AM_OK;
}

enum am_rc am_rights_need_changed(const struct am_rights *r, const struct am_actor *who, json_t *next,
                                  struct am_err *err)
{
    if (am_can(r, who, next) & AM_CAN(AM_ACT_UPDATE))
        return AM_OK;
    return am_err_set(err, AM_EFORBIDDEN, NULL,
                      "the %s role of '%s' may not move this %s out of the cities and networks it looks after",
                      am_role_name(who->role), who->username, r->what);
}

json_t *am_can_json(const struct am_rights *r, const struct am_actor *who, json_t *rec)
{
    unsigned can = am_can(r, who, rec), kinds = 0;
    for (const struct am_rule *rule = r->rules; rule->who; rule++)
        kinds |= AM_CAN(rule->action);
    kinds |= AM_CAN(AM_ACT_UPDATE) | AM_CAN(AM_ACT_DELETE);
    json_t *o = json_object();
    for (int a = AM_ACT_UPDATE; o && a < AM_ACT_COUNT; a++)
        if (kinds & AM_CAN(a))
            json_object_set_new(o, actions[a].name, json_boolean(can & AM_CAN(a)));
    return o;
}

bool am_rights_inside(const struct am_rights *r, const struct am_actor *who, json_t *rec)
{
    return (am_relations(r, who, rec) &
            (AM_REL_CITY | AM_REL_NETWORK | AM_REL_AUTHOR | AM_REL_ADMIN | AM_REL_SHARED | AM_REL_DPO)) != 0;
}

void am_rights_strip_private(const struct am_schema *s, json_t *rec)
{
    for (const struct am_field *f = s->fields; f->name; f++)
        if (f->flags & AM_F_PRIVATE)
            json_object_del(rec, f->name);
}

void am_rights_redact(const struct am_rights *r, const struct am_actor *who, json_t *rec)
{
    if (!am_rights_inside(r, who, rec))
        am_rights_strip_private(r->schema, rec);
}

void am_rights_present(const struct am_rights *r, const struct am_actor *who, json_t *rec)
{
    if (!json_is_object(rec))
        return;
    json_t *can = am_can_json(r, who, rec);
    am_rights_redact(r, who, rec);
    if (can)
        json_object_set_new(rec, "can", can);
}

const char *am_rights_step_to(const struct am_rights *r, enum am_action a)
{
    for (const struct am_rule *rule = r->rules; rule->who; rule++)
        if (rule->action == a && rule->to)
            return rule->to;
    return NULL;
}

json_t *am_rights_json(const struct am_rights *r)
{
    json_t *list = json_array();
    for (const struct am_rule *rule = r->rules; list && rule->who; rule++) {
        json_t *who = json_array(), *states = json_null();
        for (size_t i = 0; i < NRELATIONS; i++)
            if (rule->who & relations[i].rel)
                json_array_append_new(who, json_string(relations[i].name));
        if (rule->states) {
            states = json_array();
            for (const char *const *s = rule->states; *s; s++)
                json_array_append_new(states, json_string(*s));
        }
        json_t *o = json_pack("{s:s,s:o,s:o}", "action", actions[rule->action].name, "who", who, "states", states);
        if (o && rule->to)
            json_object_set_new(o, "to", json_string(rule->to));
        json_array_append_new(list, o);
    }
    return list;
}

/* ---- references the writer must be able to name ---------------------------- */

static enum am_rc exists(struct am_db *db, const char *sql, json_t *args, bool *ok, struct am_err *err)
{
    int64_t v = 0;
    enum am_rc rc = am_db_i64(db, sql, args, &v, err);
    *ok = !rc && v != 0;
    return rc == AM_ENOTFOUND ? AM_OK : rc;
}

static enum am_rc may_name_city(struct am_db *db, const struct am_actor *who, int64_t id, bool *ok,
                                struct am_err *err)
{
    if (who->role == AM_ROLE_OFFICER) {
        if (id == who->city_id) {
            *ok = true;
            return AM_OK;
        }
        return exists(db,
                      "SELECT EXISTS (SELECT 1 FROM partnership WHERE (a_city_id = ?1 AND b_city_id = ?2) OR "
                      "(a_city_id = ?2 AND b_city_id = ?1))",
                      json_pack("[II]", (json_int_t)who->city_id, (json_int_t)id), ok, err);
    }
    if (who->role == AM_ROLE_SECRETARIAT)
        return exists(db,
                      "SELECT EXISTS (SELECT 1 FROM membership WHERE network_id = ? AND city_id = ? AND "
                      "status = 'current')",
                      json_pack("[II]", (json_int_t)who->network_id, (json_int_t)id), ok, err);
    *ok = false;
    return AM_OK;
}

enum am_rc am_scope_may_name(struct am_db *db, const struct am_actor *who, const char *table,
                             int64_t id, bool *ok, struct am_err *err)
{
    *ok = true;
    if (am_actor_is_admin(who) || !table)
        return AM_OK;
    *ok = false;
    if (!am_actor_signed_in(who))
        return AM_OK;
    if (strcmp(table, "city") == 0)
        return may_name_city(db, who, id, ok, err);
    if (strcmp(table, "network") == 0) {
        if (who->role == AM_ROLE_SECRETARIAT) {
            *ok = id == who->network_id;
            return AM_OK;
        }
        return exists(db,
                      "SELECT EXISTS (SELECT 1 FROM membership WHERE city_id = ? AND network_id = ? AND "
                      "status = 'current')",
                      json_pack("[II]", (json_int_t)who->city_id, (json_int_t)id), ok, err);
    }
    if (strcmp(table, "partnership") == 0) {
        if (who->role != AM_ROLE_OFFICER)
            return AM_OK;
        return exists(db, "SELECT EXISTS (SELECT 1 FROM partnership WHERE id = ?1 AND (a_city_id = ?2 OR b_city_id = ?2))",
                      json_pack("[II]", (json_int_t)id, (json_int_t)who->city_id), ok, err);
    }
    if (strcmp(table, "person") == 0) /* a person its own office holds */
        return exists(db, "SELECT EXISTS (SELECT 1 FROM person WHERE id = ?1 AND (city_id = ?2 OR network_id = ?3))",
                      json_pack("[III]", (json_int_t)id,
                                (json_int_t)(who->role == AM_ROLE_OFFICER ? who->city_id : -1),
                                (json_int_t)(who->role == AM_ROLE_SECRETARIAT ? who->network_id : -1)),
                      ok, err);
    if (strcmp(table, "organisation") == 0) {
        int64_t city = 0;
        enum am_rc rc = am_db_i64(db, "SELECT coalesce(city_id, 0) FROM organisation WHERE id = ?",
                                  json_pack("[I]", (json_int_t)id), &city, err);
        if (rc)
            return rc == AM_ENOTFOUND ? AM_OK : rc;
        if (!city) { /* shared: an organisation of no city */
            *ok = true;
            return AM_OK;
        }
        return may_name_city(db, who, city, ok, err);
    }
    *ok = true;
    return AM_OK;
}

static const char *scope_hint(const struct am_actor *who, const char *table)
{
    bool officer = who->role == AM_ROLE_OFFICER;
    if (strcmp(table, "city") == 0)
        return officer ? "an officer names its own city and the cities it has a partnership with"
                       : "a secretariat names the current member cities of its network";
    if (strcmp(table, "network") == 0)
        return officer ? "an officer names the networks its city is a current member of"
                       : "a secretariat names its own network";
    if (strcmp(table, "partnership") == 0)
        return officer ? "an officer names its city's partnerships" : "a secretariat names no partnership";
    return "an organisation of no city, or of a city the role may name";
}

static enum am_rc name_one(struct am_db *db, const struct am_actor *who, const char *table, json_t *v,
                           const char *path, struct am_err *err)
{
    bool ok = false;
    if (!json_is_integer(v))
        return AM_OK;
    int64_t id = (int64_t)json_integer_value(v);
    enum am_rc rc = am_scope_may_name(db, who, table, id, &ok, err);
    if (rc || ok)
        return rc;
    if (!am_actor_signed_in(who))
        return am_err_set(err, AM_EAUTH, path, "sign in first");
    return am_err_set(err, AM_EFORBIDDEN, path, "%s: %s %lld is not one the %s role of '%s' may name here (%s)",
                      path, table, (long long)id, am_role_name(who->role), who->username, scope_hint(who, table));
}

static bool array_has(json_t *arr, json_t *v)
{
    size_t i;
    json_t *x;
    json_array_foreach(arr, i, x) if (json_equal(x, v)) return true;
    return false;
}

/* The scoped references of one object (in, compared with old), nested
 * records included; prefix names where it sits in the body. */
static enum am_rc scope_walk(struct am_db *db, const struct am_schema *s, const struct am_actor *who, json_t *in,
                             json_t *old, const char *prefix, struct am_err *err)
{
    for (const struct am_field *f = s->fields; f->name; f++) {
        json_t *v = json_object_get(in, f->name), *was = json_object_get(old, f->name);
        char path[128];
        int n = snprintf(path, sizeof path, "%s%s%s", prefix, *prefix ? "." : "", f->name);
        enum am_rc rc = AM_OK;
        if (!v || json_is_null(v) || n < 0 || (size_t)n >= sizeof path)
            continue;
        if (f->type == AM_T_OBJECT && f->object && json_is_object(v))
            rc = scope_walk(db, f->object, who, v, was, path, err);
        else if (!(f->flags & AM_F_SCOPED))
            continue;
        else if (f->type != AM_T_ARRAY)
            rc = was && json_equal(was, v) ? AM_OK : name_one(db, who, f->ref, v, path, err);
        for (size_t i = 0; !rc && f->type == AM_T_ARRAY && i < json_array_size(v); i++) {
            json_t *x = json_array_get(v, i);
            char item[160];
            if (was && array_has(was, x)) /* kept as it was */
                continue;
            snprintf(item, sizeof item, "%s[%zu]", path, i);
            rc = name_one(db, who, f->item->ref, x, item, err);
        }
        if (rc)
            return rc;
    }
    return AM_OK;
}

enum am_rc am_scope_check(struct am_db *db, const struct am_schema *s, const struct am_actor *who,
                          json_t *in, json_t *old, struct am_err *err)
{
    if (am_actor_is_admin(who))
        return AM_OK;
    return scope_walk(db, s, who, in, old, "", err);
}

#include "am_actor.h"

#include <string.h>

const struct am_actor am_actor_anon = {.role = AM_ROLE_ANON, .username = ""};
const struct am_actor am_actor_cli = {.role = AM_ROLE_ADMIN, .username = "(command line)"};

const char *am_role_name(enum am_role r)
{
    switch (r) {
    case AM_ROLE_ADMIN: return "admin";
    case AM_ROLE_SECRETARIAT: return "secretariat";
    case AM_ROLE_OFFICER: return "officer";
    case AM_ROLE_DPO: return "dpo";
    case AM_ROLE_ANON: break;
    }
    return "anonymous";
}

bool am_role_parse(const char *name, enum am_role *out)
{
    static const enum am_role roles[] = {AM_ROLE_ADMIN, AM_ROLE_SECRETARIAT, AM_ROLE_OFFICER, AM_ROLE_DPO};
    for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++) {
        if (strcmp(name, am_role_name(roles[i])) == 0) {
            *out = roles[i];
            return true;
        }
    }
    return false;
}

bool am_actor_signed_in(const struct am_actor *a)
{
    return a->role != AM_ROLE_ANON;
}

bool am_actor_is_admin(const struct am_actor *a)
{
    return a->role == AM_ROLE_ADMIN;
}

bool am_actor_covers_city(const struct am_actor *a, int64_t city_id)
{
    return a->role == AM_ROLE_ADMIN ||
           (a->role == AM_ROLE_OFFICER && city_id > 0 && a->city_id == city_id);
}

bool am_actor_covers_network(const struct am_actor *a, int64_t network_id)
{
    return a->role == AM_ROLE_ADMIN ||
           (a->role == AM_ROLE_SECRETARIAT && network_id > 0 && a->network_id == network_id);
}

enum am_rc am_actor_deny(const struct am_actor *a, struct am_err *err, const char *what)
{
    if (!am_actor_signed_in(a))
        return am_err_set(err, AM_EAUTH, NULL, "sign in to change %s", what);
    return am_err_set(err, AM_EFORBIDDEN, NULL, "the %s role of '%s' does not cover %s",
                      am_role_name(a->role), a->username, what);
}

enum am_rc am_actor_need_signed_in(const struct am_actor *a, struct am_err *err)
{
    return am_actor_signed_in(a) ? AM_OK : am_actor_deny(a, err, "records");
}

enum am_rc am_actor_need_admin(const struct am_actor *a, struct am_err *err)
{
    return am_actor_is_admin(a) ? AM_OK : am_actor_deny(a, err, "this (admins only)");
}

bool am_actor_reads_audit(const struct am_actor *a)
{
    return a->role == AM_ROLE_ADMIN || a->role == AM_ROLE_DPO;
}

/* am_rights: who may do what to a record, as data.
 *
 * Each kind of record lists its rules: an action, the relations to the
 * record that grant it, and the states in which it may be taken. Relations
 * come from the record itself, through the fields its schema marks:
 * AM_F_OWNER fields name the cities and networks it belongs to (an officer
 * of such a city, a secretariat of such a network, relate to it as CITY and
 * NETWORK), the author field names who made it. An admin holds every
 * relation; the states still apply.
 *
 * The same table decides every write on the server (am_rights_need), fills
 * the `can` of every reply (am_can_json), hides AM_F_PRIVATE fields from
 * whoever is outside the record's city and network (am_rights_redact), is
 * published in the OpenAPI document as x-rights (am_rights_json), and is
 * docs/auth.md's table (amity rights --markdown).
 *
 * AM_F_SHARED fields name the cities and networks a record is shared with:
 * their officer or secretariat relates to it as SHARED (to read it, not to
 * change it). The data-protection officer relates to every record as DPO.
 *
 * A record may also name other records as references; those marked
 * AM_F_SCOPED must be ones the actor may name (am_scope_check): an officer
 * names its own city, the cities it has a partnership with, the networks
 * its city is a current member of, its partnerships, and organisations of
 * those cities or of none; a secretariat names its network and its current
 * member cities (and their organisations, or those of no city). */
#ifndef AM_RIGHTS_H
#define AM_RIGHTS_H

#include <jansson.h>
#include <stdbool.h>

#include "am_actor.h"
#include "am_schema.h"
#include "store/am_db.h"
#include "util/am_err.h"

enum am_action {
    AM_ACT_READ,
    AM_ACT_CREATE,
    AM_ACT_UPDATE,
    AM_ACT_DELETE,
    AM_ACT_SUBMIT,
    AM_ACT_PUBLISH,
    AM_ACT_RETURN,
    AM_ACT_SIGN,     /* a partnership's life: signed, suspended, renewed, ended */
    AM_ACT_SUSPEND,
    AM_ACT_RENEW,
    AM_ACT_END,
    AM_ACT_LEAVE,    /* a member leaves its network */
    AM_ACT_APPROVE,  /* a person's own registration, taken on by the office */
    AM_ACT_WITHDRAW, /* a person's consent withdrawn */
    AM_ACT_EXPORT,   /* everything held about a person, for them */
    AM_ACT_DISCUSS,  /* an opportunity's life: discussed, made an activity, */
    AM_ACT_MAKE_ACTIVITY, /* linked to the partnership it became, closed */
    AM_ACT_LINK_PARTNERSHIP,
    AM_ACT_CLOSE,
    AM_ACT_ACCEPT,   /* an expert's assignment: accepted, done, cancelled */
    AM_ACT_COMPLETE,
    AM_ACT_CANCEL,
    AM_ACT_GRANT,    /* travel support: granted or refused */
    AM_ACT_REFUSE,
    AM_ACT_CONFIRM,  /* a delivery confirmed by the city that received it */
    AM_ACT_COUNT,
};
#define AM_CAN(a) (1u << (a))

/* How an actor relates to a record. */
enum {
    AM_REL_ANYONE = 1u << 0,    /* signed in or not */
    AM_REL_SIGNED_IN = 1u << 1, /* any account */
    AM_REL_UNOWNED = 1u << 2,   /* any account, when the record names no owner */
    AM_REL_CITY = 1u << 3,      /* the officer of a city it belongs to */
    AM_REL_NETWORK = 1u << 4,   /* the secretariat of a network it belongs to */
    AM_REL_AUTHOR = 1u << 5,    /* the account that made it */
    AM_REL_ADMIN = 1u << 6,     /* an admin (who holds every relation) */
    AM_REL_SHARED = 1u << 7,    /* the officer of a city, or the secretariat of a
                                   network, it is shared with (AM_F_SHARED) */
    AM_REL_DPO = 1u << 8,       /* the data-protection officer */
};

struct am_rule {
    enum am_action action;
    unsigned who;                /* AM_REL_* granting it; 0 ends a list */
    const char *const *states;   /* NULL: in any state */
    const char *to;              /* a step: the state it leaves the record in */
};

struct am_rights {
    const char *what;            /* "partnership", for messages */
    const struct am_schema *schema;
    const char *state;           /* the field holding its state, or NULL */
    const char *author;          /* the field holding {id, username}, or NULL */
    const struct am_rule *rules; /* ends with who == 0; no READ rule: public */
    const char *public_if;       /* a boolean field that, when true, lets anyone
                                    read the record whatever the READ rules
                                    (a person's consented public profile) */
};

/* The reply field saying what the caller may do (a record's last field). */
extern const struct am_field am_can_value;
#define AM_FIELD_CAN                                                                       \
    {.name = "can", .type = AM_T_OBJECT, .flags = AM_F_READONLY, .item = &am_can_value,    \
     .doc = "what the caller may do with it now: {update, delete, ...: true|false}"}

const char *am_action_name(enum am_action a);
bool am_action_parse(const char *name, enum am_action *out);

/* The ids of the cities and networks rec belongs to (its AM_F_OWNER
 * fields, nested ones included), appended to the arrays once each. */
void am_owner_ids(const struct am_schema *s, json_t *rec, json_t *cities, json_t *networks);

/* The relations of who to rec (AM_REL_*). */
unsigned am_relations(const struct am_rights *r, const struct am_actor *who, json_t *rec);
/* Actions who may take on rec now (AM_CAN bits). */
unsigned am_can(const struct am_rights *r, const struct am_actor *who, json_t *rec);
/* Actions who's relations would grant in some state of rec. */
unsigned am_may(const struct am_rights *r, const struct am_actor *who, json_t *rec);

/* May who take action a on rec? AM_ENOTFOUND when who may not even read it
 * (message "no <what> with id <key>"), then AM_EAUTH / AM_EFORBIDDEN when
 * no relation grants it, then AM_ECONFLICT naming the state field when the
 * record is not in a state that allows it. Who may act is decided first. */
enum am_rc am_rights_need(const struct am_rights *r, const struct am_actor *who, json_t *rec,
                          enum am_action a, struct am_err *err);

/* May who leave a record it may change (am_rights_need UPDATE) as next?
 * AM_EFORBIDDEN when next is out of who's reach (an officer handing a
 * partnership to another city), whether or not who could then read it. */
enum am_rc am_rights_need_changed(const struct am_rights *r, const struct am_actor *who, json_t *next,
                                  struct am_err *err);

/* {"update": bool, "delete": bool, ...}: the kind's actions but reading and
 * creating, for who on rec. New reference. */
json_t *am_can_json(const struct am_rights *r, const struct am_actor *who, json_t *rec);
/* Remove the AM_F_PRIVATE fields of rec unless who is its admin, author,
 * or of its city or network; add its `can`. */
void am_rights_present(const struct am_rights *r, const struct am_actor *who, json_t *rec);
void am_rights_redact(const struct am_rights *r, const struct am_actor *who, json_t *rec);
/* Is who inside rec's circle (its admin, author, city or network), the
 * ones who see its private fields? */
bool am_rights_inside(const struct am_rights *r, const struct am_actor *who, json_t *rec);
/* Remove the AM_F_PRIVATE fields of rec, whoever asks. */
void am_rights_strip_private(const struct am_schema *s, json_t *rec);

/* Every AM_F_SCOPED reference of in (on update: those that differ from
 * old) names a record who may name; AM_EFORBIDDEN naming the field
 * otherwise. */
enum am_rc am_scope_check(struct am_db *db, const struct am_schema *s, const struct am_actor *who,
                          json_t *in, json_t *old, struct am_err *err);
/* May who name the record of table ("city", "network", "partnership",
 * "organisation") with this id? Other tables: yes. */
enum am_rc am_scope_may_name(struct am_db *db, const struct am_actor *who, const char *table,
                             int64_t id, bool *ok, struct am_err *err);

/* The state action a leaves a record in, when it is a step; NULL if not. */
const char *am_rights_step_to(const struct am_rights *r, enum am_action a);

/* [{"action", "who": [...], "states": [...]|null, "to"?}] for the API
 * document. */
json_t *am_rights_json(const struct am_rights *r);
/* "the officer of its city, the secretariat of its network or an admin". */
void am_rights_who_text(unsigned who, char *out, size_t cap);
const char *am_relation_name(unsigned rel);

#endif

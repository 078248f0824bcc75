/* am_assignment: a network's experts at work (seed 004): drafting the
 * Index report of a city for a round, a monitoring visit, advice, a
 * training; with its status and dates. Kept by the network's secretariat
 * (it names a person of its pool, so it is the secretariat's own); when
 * done, the report it produced (a title and an address) is attached to the
 * city's Index result for that round, without the expert's name.
 *
 * And the experts to ask: for a city's weakest Index indicators, the
 * network's experts whose expertise is on their topics, with the reasons. */
#ifndef AM_ASSIGNMENT_H
#define AM_ASSIGNMENT_H

#include "am_resource.h"

extern const struct am_resource am_assignment_resource;
extern const struct am_schema am_assignment_schema;
extern const struct am_schema am_assignment_filters;
extern const struct am_schema am_assignment_done_schema;
extern const struct am_schema am_assignment_step_schema; /* accept, cancel: nothing to record */
extern const struct am_schema am_expert_match_schema;
extern const struct am_schema am_expert_match_query;

/* The assignments who may see (their secretariat's). */
enum am_rc am_assignment_list(struct am_db *db, const struct am_actor *who, json_t *query, json_t **out,
                              struct am_err *err);

/* The experts of a network's pool for a city: those whose expertise is on
 * the topics of the city's weakest indicators in its latest Index result,
 * best first, with the indicators and topics behind each. The network's
 * secretariat (and admins, the data-protection officer) only. */
enum am_rc am_experts_for_city(struct am_db *db, const struct am_actor *who, int64_t city, json_t *query,
                               json_t **out, struct am_err *err);

#endif

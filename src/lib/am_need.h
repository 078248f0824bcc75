/* am_need: needs and offers between cities, in a crisis and out of one.
 *
 * A city's officer posts what the city needs (a category of the vocabulary
 * in data/needs.json, a whole quantity in one of its units, urgency,
 * deadline, place of delivery); other cities pledge quantities against it;
 * the needing city confirms each delivery. A need's met quantity is the sum
 * of its confirmed deliveries, and its status follows (open, partly met,
 * met; or closed, or withdrawn with a reason). What is pledged and not
 * cancelled never exceeds what was asked unless the city accepts more
 * (over_ok): the check and the pledge are one write transaction, so
 * concurrent pledges never over-commit. Standing offers say what a city (or
 * an organisation in it) can give before anyone asks.
 *
 * Matching: for a need, the cities most likely to help, with reasons; for
 * an offer, the open needs it fits. Figures per network and per country. */
#ifndef AM_NEED_H
#define AM_NEED_H

#include "am_resource.h"

extern const struct am_resource am_need_resource;
extern const struct am_schema am_need_schema;
extern const struct am_resource am_offer_resource;
extern const struct am_resource am_pledge_resource;
extern const struct am_schema am_need_withdraw_schema;
extern const struct am_schema am_need_close_schema;
extern const struct am_schema am_offer_withdraw_schema;
extern const struct am_schema am_pledge_confirm_schema;
extern const struct am_schema am_pledge_cancel_schema;
extern const struct am_schema am_need_match_schema;
extern const struct am_schema am_need_figures_schema;
extern const struct am_schema am_need_figure_schema; /* one item of the figures */
extern const struct am_schema am_need_figures_query;
extern const struct am_schema am_need_categories_schema;

/* The vocabulary: {items: [{id, group, label, units}]}. New reference. */
json_t *am_need_categories(void);

/* {items: [{city, score, reasons}]}: the cities most likely to help with
 * need id, best first. who may be NULL (the public's view); the need's own
 * office (and an admin) also sees how many of its people have ties to each
 * city, never who. */
enum am_rc am_need_matches(struct am_db *db, const struct am_actor *who, int64_t id, json_t **out,
                           struct am_err *err);
/* {items: [need]}: the open needs offer id fits, best first. */
enum am_rc am_offer_matches(struct am_db *db, int64_t id, json_t **out, struct am_err *err);
/* {items: [{key, name, posted, met, pledged_needs, median_hours_to_first_pledge,
 * delivered: {category: quantity}, cities: [{id, name, lat, lng}]}]} per network
 * or per country. */
enum am_rc am_need_figures(struct am_db *db, json_t *query, json_t **out, struct am_err *err);

#endif

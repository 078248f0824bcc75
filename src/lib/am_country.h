/* am_country: countries by ISO 3166-1 alpha-2 code. The list, and the
 * names in the API's other languages, come from the npm packages
 * countries-list and i18n-iso-countries, converted by scripts/gazetteer.mjs
 * and compiled in at build time (am_country_load). */
#ifndef AM_COUNTRY_H
#define AM_COUNTRY_H

#include "am_resource.h"

extern const struct am_resource am_country_resource;

/* SQL for the name of the country row `alias` in the request's language
 * (am_lang() in SQL, see util/am_lang.h), its English name when it has
 * none there; English reads country.name alone, as it always has. For a
 * field's .col, wherever a reply carries a country's name. */
#define AM_COUNTRY_NAME_SQL(alias)                                                                  \
    "(CASE am_lang() WHEN 'en' THEN " alias ".name ELSE coalesce((SELECT l10n.name FROM country_name " \
    "l10n WHERE l10n.code = " alias ".code AND l10n.lang = am_lang()), " alias ".name) END)"

/* Insert every ISO 3166-1 country not yet present; *added (optional). */
enum am_rc am_country_load(struct am_db *db, int64_t *added, struct am_err *err);

#endif

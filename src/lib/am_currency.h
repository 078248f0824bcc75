/* am_currency: the currencies an amount may be in: ISO 4217, from
 * Debian's iso-codes (iso_4217.json), compiled into the binary at build
 * time. amity converts nothing: sums are kept per currency. */
#ifndef AM_CURRENCY_H
#define AM_CURRENCY_H

#include <jansson.h>
#include <stdbool.h>

/* Is code ("EUR") a current ISO 4217 currency? Loaded once, thread-safe. */
bool am_currency_known(const char *code);

/* [{code, name}] by code. New reference, or NULL when out of memory. */
json_t *am_currency_list(void);

#endif

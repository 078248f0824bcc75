/* am_limit: how many of one kind of request a client may make in a window
 * of time (a public form: self-registration), and how many all clients
 * together may: fixed windows, counted per key (the client's address) in a
 * table of bounded size, so that a flood from many addresses costs no more
 * memory than one from a single one. Thread-safe. The clock is the
 * caller's (seconds), so the rules can be tested without waiting. */
#ifndef AM_LIMIT_H
#define AM_LIMIT_H

#include <stdbool.h>
#include <stdint.h>

struct am_limit;

/* `all` requests in total in each window of `window` seconds. NULL when
 * out of memory. */
struct am_limit *am_limit_new(unsigned all, unsigned window);
void am_limit_free(struct am_limit *l);

/* May key make one more request at time now, per_key being its share of a
 * window (a setting, read by the caller)? When it may, it is counted;
 * when not, *retry (optional) is how many seconds until it may. A key the
 * table has no room for (more keys in one window than slots) is refused:
 * the total would be exceeded anyway. */
bool am_limit_take(struct am_limit *l, const char *key, unsigned per_key, int64_t now, unsigned *retry);

#endif

/* The public form's limits (util/am_limit): a key's share of a window, the
 * total of all keys, the next window, the wait said, and a table that does
 * not grow with the number of keys. */
#include <criterion/criterion.h>
#include <stdio.h>

#include "util/am_limit.h"

Test(limit, per_key_then_next_window)
{
    struct am_limit *l = am_limit_new(100, 3600);
    unsigned retry = 99;
    for (int i = 0; i < 5; i++)
        cr_assert(am_limit_take(l, "10.0.0.1", 5, 7200 + i, &retry), "request %d of 5", i + 1);
    cr_assert_eq(retry, 0);
    cr_assert_not(am_limit_take(l, "10.0.0.1", 5, 7300, &retry), "the sixth in the hour");
    cr_assert_eq(retry, 3600 - 100, "the wait until the next window");
    cr_assert(am_limit_take(l, "10.0.0.2", 5, 7300, NULL), "another address is not held back");
    cr_assert(am_limit_take(l, "10.0.0.1", 5, 10800, NULL), "the next window");
    cr_assert(am_limit_take(l, "10.0.0.1", 6, 10801, NULL) && am_limit_take(l, "10.0.0.1", 6, 10801, NULL),
              "a larger share, read each time");
    am_limit_free(l);
}

Test(limit, the_total_caps_many_addresses)
{
    struct am_limit *l = am_limit_new(10, 60);
    char key[32];
    int taken = 0;
    for (int i = 0; i < 50; i++) {
        snprintf(key, sizeof key, "192.0.2.%d", i);
        taken += am_limit_take(l, key, 5, 0, NULL);
    }
    cr_assert_eq(taken, 10, "no more than the total in a window, whoever asks");
    cr_assert(am_limit_take(l, "192.0.2.1", 5, 60, NULL), "again in the next window");
    am_limit_free(l);
}

Test(limit, more_keys_than_slots)
{
    struct am_limit *l = am_limit_new(100000, 60);
    char key[32];
    int taken = 0;
    for (int i = 0; i < 5000; i++) {
        snprintf(key, sizeof key, "2001:db8::%x", i);
        taken += am_limit_take(l, key, 1, 0, NULL);
    }
    cr_assert_lt(taken, 5000, "a full table refuses rather than grows");
    cr_assert_gt(taken, 500);
    cr_assert(am_limit_take(l, "2001:db8::1", 1, 61, NULL), "old windows' slots are taken over");
    cr_assert(am_limit_take(l, "", 1, 61, NULL), "an unknown address is one key of its own");
    cr_assert_not(am_limit_take(l, "", 1, 62, NULL));
    am_limit_free(l);
}

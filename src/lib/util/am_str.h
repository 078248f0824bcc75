/* am_str: strict parsing and text checks used by validation, the router and
 * the CLI. Nothing here allocates. */
#ifndef AM_STR_H
#define AM_STR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF. */
bool am_utf8_valid(const char *s, size_t n);
/* Number of code points in valid UTF-8 s. */
size_t am_utf8_len(const char *s);

/* Whole-string decimal integer in [min, max]; no sign games, no spaces. */
bool am_parse_i64(const char *s, int64_t min, int64_t max, int64_t *out);
/* Whole-string finite decimal number. */
bool am_parse_double(const char *s, double *out);

/* A calendar date as people record it: "YYYY", "YYYY-MM" or "YYYY-MM-DD",
 * years 1000..2999, real days (leap years included). */
bool am_date_valid(const char *s);
/* The year of such a date, 0 when invalid. */
int am_date_year(const char *s);

/* Control characters other than \n, \r and \t (those only if multiline). */
bool am_has_ctrl(const char *s, bool multiline);

/* The length in bytes of the longest start of s of at most max bytes that
 * does not end inside a UTF-8 character (for "%.*s" and for cutting). */
int am_utf8_prefix(const char *s, size_t max);

/* Copy with truncation on a whole character; always NUL-terminates when
 * cap > 0. */
void am_str_copy(char *dst, size_t cap, const char *src);

/* ASCII case-insensitive equality. */
bool am_str_ieq(const char *a, const char *b);

/* UTC time: "2026-11-22T07:15:17Z" (cap >= 21), and the ISO date of today
 * plus days (cap >= 11). */
void am_time_iso(int64_t unix_seconds, char *out, size_t cap);
int64_t am_time_now(void);
/* This year, UTC. */
int am_time_year(void);

#endif

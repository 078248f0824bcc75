/* Bounded buffers, arenas and strict parsing. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "util/am_arena.h"
#include "util/am_buf.h"
#include "util/am_str.h"

Test(buf, appends_and_terminates)
{
    struct am_buf b;
    am_buf_init(&b, 100);
    cr_assert_str_eq(am_buf_str(&b), "");
    am_buf_adds(&b, "hello");
    am_buf_addc(&b, ' ');
    am_buf_addf(&b, "%d-%s", 42, "x");
    am_buf_addi(&b, -7);
    cr_assert_str_eq(am_buf_str(&b), "hello 42-x-7");
    cr_assert_eq(b.len, strlen("hello 42-x-7"));
    am_buf_free(&b);
}

Test(buf, cap_is_a_sticky_error)
{
    struct am_buf b;
    am_buf_init(&b, 8);
    cr_assert_eq(am_buf_adds(&b, "12345678"), AM_OK);
    cr_assert_eq(am_buf_addc(&b, '9'), AM_ENOMEM);
    /* later appends that would fit are refused too: the error sticks */
    cr_assert_eq(am_buf_add(&b, "", 0), AM_ENOMEM);
    cr_assert_str_eq(am_buf_str(&b), "");
    cr_assert_null(am_buf_take(&b, NULL));
    am_buf_reset(&b);
    cr_assert_eq(am_buf_adds(&b, "ok"), AM_OK);
    am_buf_free(&b);
}

Test(buf, long_formatted_output_and_take)
{
    struct am_buf b;
    am_buf_init(&b, 10000);
    char big[1000];
    memset(big, 'a', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    cr_assert_eq(am_buf_addf(&b, "[%s]", big), AM_OK);
    size_t n;
    char *p = am_buf_take(&b, &n);
    cr_assert_eq(n, 1001);
    cr_assert_eq(p[0], '[');
    cr_assert_eq(p[1000], ']');
    cr_assert_eq(b.len, 0);
    free(p);
    cr_assert_eq(am_buf_addf(&b, "%s%s%s%s%s%s%s%s%s%s%s", big, big, big, big, big, big, big, big,
                             big, big, big),
                 AM_ENOMEM);
    am_buf_free(&b);
}

Test(arena, allocates_aligned_and_respects_cap)
{
    struct am_arena a;
    am_arena_init(&a, 10000);
    char *s = am_arena_strdup(&a, "Isfahan");
    cr_assert_str_eq(s, "Isfahan");
    void *p = am_arena_alloc(&a, 3);
    cr_assert_eq((uintptr_t)p % _Alignof(max_align_t), 0);
    cr_assert_not_null(am_arena_alloc(&a, 5000)); /* a block of its own */
    cr_assert_null(am_arena_alloc(&a, 6000));     /* over the cap */
    am_arena_reset(&a);
    cr_assert_eq(a.used_total, 0);
    cr_assert_not_null(am_arena_alloc(&a, 9000));
    am_arena_free(&a);
}

Test(str, utf8_strict)
{
    cr_assert(am_utf8_valid("Köln اصفهان 東京", strlen("Köln اصفهان 東京")));
    cr_assert_not(am_utf8_valid("\xC0\xAF", 2));         /* overlong '/' */
    cr_assert_not(am_utf8_valid("\xED\xA0\x80", 3));     /* surrogate */
    cr_assert_not(am_utf8_valid("\xF4\x90\x80\x80", 4)); /* above U+10FFFF */
    cr_assert_not(am_utf8_valid("\xE2\x82", 2));         /* cut short */
    cr_assert_not(am_utf8_valid("\xFF", 1));
    cr_assert_eq(am_utf8_len("اصفهان"), 6);
}

Test(str, integers_whole_and_in_range)
{
    int64_t v;
    cr_assert(am_parse_i64("42", 0, 100, &v) && v == 42);
    cr_assert(am_parse_i64("-5", -10, 10, &v) && v == -5);
    cr_assert_not(am_parse_i64("42x", 0, 100, &v));
    cr_assert_not(am_parse_i64(" 42", 0, 100, &v));
    cr_assert_not(am_parse_i64("+42", 0, 100, &v));
    cr_assert_not(am_parse_i64("", 0, 100, &v));
    cr_assert_not(am_parse_i64("101", 0, 100, &v));
    cr_assert_not(am_parse_i64("99999999999999999999", INT64_MIN, INT64_MAX, &v));
    double d;
    cr_assert(am_parse_double("51.67", &d) && d > 51.6 && d < 51.7);
    cr_assert_not(am_parse_double("nan", &d));
    cr_assert_not(am_parse_double("1e999", &d));
}

Test(str, dates_as_people_record_them)
{
    cr_assert(am_date_valid("1962"));
    cr_assert(am_date_valid("1962-05"));
    cr_assert(am_date_valid("1962-05-09"));
    cr_assert(am_date_valid("2024-02-29"));
    cr_assert(am_date_valid("2000-02-29"));
    cr_assert_not(am_date_valid("1900-02-29"));
    cr_assert_not(am_date_valid("2023-02-29"));
    cr_assert_not(am_date_valid("2023-04-31"));
    cr_assert_not(am_date_valid("2023-13"));
    cr_assert_not(am_date_valid("2023-1-01"));
    cr_assert_not(am_date_valid("999"));
    cr_assert_not(am_date_valid("2023-05-09T10:00"));
    cr_assert_eq(am_date_year("1962-05-09"), 1962);
    cr_assert_eq(am_date_year("nope"), 0);
}

Test(str, control_characters)
{
    cr_assert_not(am_has_ctrl("plain text", false));
    cr_assert(am_has_ctrl("line\nbreak", false));
    cr_assert_not(am_has_ctrl("line\nbreak\ttab", true));
    cr_assert(am_has_ctrl("bell\a", true));
    cr_assert(am_has_ctrl("del\x7f", true));
}

/* A message cut to fit its buffer must still be valid UTF-8 (it goes out
 * as JSON): the cut never falls inside a character. */
Test(err, a_cut_message_ends_on_a_whole_character)
{
    char long_text[600];
    for (size_t shift = 0; shift < 4; shift++) {
        size_t n = 0;
        for (; n < shift; n++)
            long_text[n] = 'a';
        while (n + 4 < sizeof long_text) {
            memcpy(long_text + n, "\xe2\x80\x94", 3); /* an em dash, 3 bytes */
            n += 3;
        }
        long_text[n] = '\0';
        struct am_err err = {0};
        am_err_set(&err, AM_EINVAL, long_text, "%s", long_text);
        cr_expect(am_utf8_valid(err.msg, strlen(err.msg)), "shift %zu: msg cut inside a character", shift);
        cr_expect(am_utf8_valid(err.field, strlen(err.field)), "shift %zu: field cut inside a character", shift);
        cr_expect_geq(strlen(err.msg), sizeof err.msg - 3);
    }
}

Test(str, utf8_prefix_never_cuts_a_character)
{
    const char *s = "a\xd0\xb6\xe2\x82\xac"; /* a, zhe (2 bytes), euro sign (3 bytes) */
    cr_expect_eq(am_utf8_prefix(s, 0), 0);
    cr_expect_eq(am_utf8_prefix(s, 1), 1);
    cr_expect_eq(am_utf8_prefix(s, 2), 1, "inside zhe");
    cr_expect_eq(am_utf8_prefix(s, 3), 3);
    cr_expect_eq(am_utf8_prefix(s, 4), 3, "inside the euro sign");
    cr_expect_eq(am_utf8_prefix(s, 5), 3);
    cr_expect_eq(am_utf8_prefix(s, 6), 6);
    cr_expect_eq(am_utf8_prefix(s, 100), 6);
    char out[5];
    am_str_copy(out, sizeof out, s);
    cr_expect_str_eq(out, "a\xd0\xb6", "the euro sign does not fit whole");
    cr_expect(am_utf8_valid(out, strlen(out)));
}

/* The CSV reader and writer every import, export and report goes through:
 * cells a spreadsheet would run, NUL bytes, and errors that name the file. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/am_buf.h"
#include "util/am_csv.h"

static const char *put(struct am_buf *b, const char *cell)
{
    am_buf_reset(b);
    am_csv_put(b, cell);
    return am_buf_str(b);
}

Test(csv, a_cell_that_starts_like_a_formula_stays_text)
{
    struct am_buf b;
    am_buf_init(&b, 1024);
    cr_assert_str_eq(put(&b, "=cmd|'/c calc'!A1"), "\"'=cmd|'/c calc'!A1\"");
    cr_assert_str_eq(put(&b, "+1"), "\"'+1\"");
    cr_assert_str_eq(put(&b, "-2"), "\"'-2\"");
    cr_assert_str_eq(put(&b, "@SUM(A1)"), "\"'@SUM(A1)\"");
    /* some spreadsheets skip a leading tab or carriage return, then run the rest */
    cr_assert_str_eq(put(&b, "\t=1+2"), "\"'\t=1+2\"");
    cr_assert_str_eq(put(&b, "\r=1+2"), "\"'\r=1+2\"");
    /* ordinary cells are left alone, or quoted only as CSV needs */
    cr_assert_str_eq(put(&b, "Reggio nell'Emilia"), "Reggio nell'Emilia");
    cr_assert_str_eq(put(&b, "a, \"b\""), "\"a, \"\"b\"\"\"");
    cr_assert_str_eq(put(&b, "x=1"), "x=1");
    cr_assert_str_eq(put(&b, ""), "");
    am_buf_free(&b);
}

Test(csv, a_nul_byte_is_found_in_its_field)
{
    static const char data[] = "a,b,c\nBerat,Fer\0mo,x\n\"q\0\",y,z\nok,ok,ok\n";
    struct am_csv *c = NULL;
    struct am_err err = {0};
    bool row;
    size_t field = 99;
    cr_assert_eq(am_csv_open_mem(data, sizeof data - 1, ',', &c, &err), AM_OK);
    cr_assert_eq(am_csv_next(c, &row, &err), AM_OK);
    cr_assert(!am_csv_nul(c, &field), "the header has none");
    cr_assert_eq(am_csv_next(c, &row, &err), AM_OK, "%s", err.msg);
    cr_assert(row);
    cr_assert(am_csv_nul(c, &field));
    cr_assert_eq(field, 1, "the second field");
    cr_assert_str_eq(am_csv_field(c, 1), "Fer", "what a string reader would see");
    cr_assert_eq(am_csv_next(c, &row, &err), AM_OK, "%s", err.msg);
    cr_assert(am_csv_nul(c, &field));
    cr_assert_eq(field, 0, "inside quotes too");
    cr_assert_eq(am_csv_next(c, &row, &err), AM_OK);
    cr_assert(!am_csv_nul(c, &field), "each record is judged on its own");
    am_csv_close(c);
}

static void expect_error(const char *text, const char *message)
{
    char path[] = "/tmp/amity-csv-XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    cr_assert_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    struct am_csv *c = NULL;
    struct am_err err = {0};
    bool row = true;
    enum am_rc rc = am_csv_open(path, ',', &c, &err);
    while (!rc && row)
        rc = am_csv_next(c, &row, &err);
    am_csv_close(c);
    char want[256];
    snprintf(want, sizeof want, "%s: %s", path, message);
    unlink(path);
    cr_assert_eq(rc, AM_EINVAL);
    cr_assert_str_eq(err.msg, want);
}

Test(csv, an_error_names_the_file_and_the_line)
{
    expect_error("city1,country1\nK\xf6ln,DE\n", "line 2: not UTF-8 text");
    expect_error("city1,country1\nBerat,Albania\n\"Fermo,Italy\n", "line 3: a quoted field is not closed");
}

Test(csv, from_memory_an_error_names_the_line)
{
    static const char data[] = "a\n\xff\n";
    struct am_csv *c = NULL;
    struct am_err err = {0};
    bool row;
    cr_assert_eq(am_csv_open_mem(data, sizeof data - 1, ',', &c, &err), AM_OK);
    cr_assert_eq(am_csv_next(c, &row, &err), AM_OK);
    cr_assert_eq(am_csv_next(c, &row, &err), AM_EINVAL);
    cr_assert_str_eq(err.msg, "line 2: not UTF-8 text");
    am_csv_close(c);
}

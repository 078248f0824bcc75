/* am_csv: a reader of delimited text as spreadsheets write it (RFC 4180:
 * quoted fields, doubled quotes, line breaks inside quotes, CRLF, a BOM),
 * with any one-byte delimiter. Records are bounded in size; every error
 * names the file (when read from one) and the line. */
#ifndef AM_CSV_H
#define AM_CSV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "am_err.h"

struct am_csv;

/* Read from a file (path) or from memory (for tests and fuzzing). */
enum am_rc am_csv_open(const char *path, char delim, struct am_csv **out, struct am_err *err);
enum am_rc am_csv_open_mem(const char *data, size_t n, char delim, struct am_csv **out,
                           struct am_err *err);
void am_csv_close(struct am_csv *c);

/* The next record: AM_OK with *row false at the end. Fields must be valid
 * UTF-8. */
enum am_rc am_csv_next(struct am_csv *c, bool *row, struct am_err *err);
/* Whether the record holds a NUL byte, and in which field first: such a
 * field reads short (at the NUL), so the caller refuses the record. */
bool am_csv_nul(const struct am_csv *c, size_t *field);
size_t am_csv_count(const struct am_csv *c);
/* Field i of the record ("" past the end), trimmed of surrounding spaces. */
const char *am_csv_field(const struct am_csv *c, size_t i);
/* The line the current record starts on (1-based). */
int64_t am_csv_line(const struct am_csv *c);
/* Bytes read so far, and the size of the input (0 if unknown). */
uint64_t am_csv_offset(const struct am_csv *c);
uint64_t am_csv_size(const struct am_csv *c);

struct am_buf;
/* Write one field for a spreadsheet: quoted when it holds a comma, quote
 * or line break; a leading = + - @ tab or carriage return is quoted with '
 * so that it stays text rather than a formula. Every CSV amity writes (the
 * export, the import report, the Index) goes through here. */
void am_csv_put(struct am_buf *b, const char *s);

#endif

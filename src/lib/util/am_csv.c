#include "am_csv.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "am_buf.h"
#include "am_str.h"

enum { RECORD_MAX = 1024 * 1024, FIELDS_MAX = 512, NAME_CAP = 512 };
#define NO_NUL SIZE_MAX

struct am_csv {
    FILE *f;
    char name[NAME_CAP];   /* the file, for messages; "" when read from memory */
    char delim;
    struct am_buf rec;      /* the record's fields, each NUL-terminated */
    size_t off[FIELDS_MAX]; /* where each field starts in rec */
    size_t n;
    size_t nul;             /* the first field holding a NUL byte, or NO_NUL */
    int64_t line;           /* the next line to be read */
    int64_t start;          /* the line the current record starts on */
    uint64_t pos, size;
    bool first;
};

static enum am_rc open_common(FILE *f, const char *name, char delim, uint64_t size,
                              struct am_csv **out, struct am_err *err)
{
    struct am_csv *c = calloc(1, sizeof *c);
    if (!c) {
        fclose(f);
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    }
    c->f = f;
    am_str_copy(c->name, sizeof c->name, name);
    c->delim = delim;
    c->line = 1;
    c->size = size;
    c->first = true;
    am_buf_init(&c->rec, RECORD_MAX);
    *out = c;
    return AM_OK;
}

enum am_rc am_csv_open(const char *path, char delim, struct am_csv **out, struct am_err *err)
{
    FILE *f = fopen(path, "rb");
    struct stat st;
    if (!f)
        return am_err_set(err, AM_EIO, "file", "cannot read %s: %s", path, strerror(errno));
    uint64_t size = fstat(fileno(f), &st) == 0 ? (uint64_t)st.st_size : 0;
    return open_common(f, path, delim, size, out, err);
}

enum am_rc am_csv_open_mem(const char *data, size_t n, char delim, struct am_csv **out,
                           struct am_err *err)
{
    FILE *f = n ? fmemopen((void *)data, n, "rb") : fopen("/dev/null", "rb");
    if (!f)
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    return open_common(f, "", delim, n, out, err);
}

void am_csv_close(struct am_csv *c)
{
    if (!c)
        return;
    fclose(c->f);
    am_buf_free(&c->rec);
    free(c);
}

static int next_byte(struct am_csv *c)
{
    /* one reader per file: no need for stdio's locking per byte */
    int ch = getc_unlocked(c->f);
    if (ch != EOF)
        c->pos++;
    if (ch == '\n')
        c->line++;
    return ch;
}

/* "FILE: line N: what": a person can find the place without knowing which
 * file the program was reading. */
static enum am_rc fail(const struct am_csv *c, enum am_rc rc, struct am_err *err, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static enum am_rc fail(const struct am_csv *c, enum am_rc rc, struct am_err *err, const char *fmt, ...)
{
    char what[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    return am_err_set(err, rc, "file", "%s%sline %lld: %s", c->name, c->name[0] ? ": " : "",
                      (long long)c->start, what);
}

static void keep(struct am_csv *c, int ch)
{
    /* a NUL ends the field for whoever reads it as a string: remember where,
     * so that the row can be refused rather than read short */
    if (ch == 0 && c->nul == NO_NUL)
        c->nul = c->n;
    am_buf_addc(&c->rec, (char)ch);
}

static enum am_rc end_field(struct am_csv *c, struct am_err *err)
{
    if (c->n == FIELDS_MAX)
        return fail(c, AM_EINVAL, err, "more than %d fields", FIELDS_MAX);
    am_buf_addc(&c->rec, '\0');
    c->n++;
    if (c->n < FIELDS_MAX)
        c->off[c->n] = c->rec.len;
    return c->rec.err ? fail(c, AM_EINVAL, err, "a record over %d bytes", RECORD_MAX) : AM_OK;
}

enum am_rc am_csv_next(struct am_csv *c, bool *row, struct am_err *err)
{
    enum { FIELD_START, PLAIN, QUOTED, QUOTE_IN_QUOTED } state = FIELD_START;
    enum am_rc rc = AM_OK;
    am_buf_reset(&c->rec);
    c->n = 0;
    c->nul = NO_NUL;
    c->off[0] = 0;
    c->start = c->line;
    *row = false;
    int ch = next_byte(c);
    if (c->first) {
        c->first = false;
        /* a UTF-8 byte order mark, as spreadsheets write one */
        if (ch == 0xEF && next_byte(c) == 0xBB && next_byte(c) == 0xBF)
            ch = next_byte(c);
    }
    /* blank lines between records are skipped */
    while (ch == '\n' || ch == '\r') {
        c->start = c->line;
        ch = next_byte(c);
    }
    if (ch == EOF)
        return ferror(c->f) ? fail(c, AM_EIO, err, "read error") : AM_OK;
    for (;; ch = next_byte(c)) {
        if (ch == EOF) {
            if (state == QUOTED)
                return fail(c, AM_EINVAL, err, "a quoted field is not closed");
            break;
        }
        if (state == QUOTED) {
            if (ch == '"')
                state = QUOTE_IN_QUOTED;
            else
                keep(c, ch);
            continue;
        }
        if (state == QUOTE_IN_QUOTED) {
            if (ch == '"') { /* "" inside quotes is one quote */
                am_buf_addc(&c->rec, '"');
                state = QUOTED;
                continue;
            }
            state = PLAIN; /* the closing quote: what follows ends the field */
        }
        if (ch == c->delim) {
            if ((rc = end_field(c, err)))
                return rc;
            state = FIELD_START;
        } else if (ch == '\n' || ch == '\r') {
            if (ch == '\r') {
                int nx = getc(c->f);
                if (nx == '\n') {
                    c->pos++;
                    c->line++;
                } else if (nx != EOF) {
                    ungetc(nx, c->f);
                }
            }
            break;
        } else if (ch == '"' && state == FIELD_START) {
            state = QUOTED;
        } else {
            keep(c, ch);
            state = PLAIN;
        }
    }
    if ((rc = end_field(c, err)))
        return rc;
    if (!am_utf8_valid(c->rec.data, c->rec.len))
        return fail(c, AM_EINVAL, err, "not UTF-8 text");
    *row = true;
    return AM_OK;
}

size_t am_csv_count(const struct am_csv *c)
{
    return c->n;
}

const char *am_csv_field(const struct am_csv *c, size_t i)
{
    if (i >= c->n)
        return "";
    char *s = c->rec.data + c->off[i];
    /* trim in place: fields are read once */
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        s[--n] = '\0';
    return s;
}

bool am_csv_nul(const struct am_csv *c, size_t *field)
{
    if (c->nul == NO_NUL)
        return false;
    *field = c->nul;
    return true;
}

int64_t am_csv_line(const struct am_csv *c)
{
    return c->start;
}

uint64_t am_csv_offset(const struct am_csv *c)
{
    return c->pos;
}

uint64_t am_csv_size(const struct am_csv *c)
{
    return c->size;
}

/* ---- writing ---------------------------------------------------------- */

void am_csv_put(struct am_buf *b, const char *s)
{
    bool quote = strpbrk(s, ",\"\r\n") != NULL;
    /* a leading = + - @ would be a formula in a spreadsheet, and some read
     * past a leading tab or carriage return to find one */
    bool formula = s[0] && strchr("=+-@\t\r", s[0]) != NULL;
    if (!quote && !formula) {
        am_buf_adds(b, s);
        return;
    }
    am_buf_addc(b, '"');
    if (formula)
        am_buf_addc(b, '\'');
    for (; *s; s++) {
        if (*s == '"')
            am_buf_addc(b, '"');
        am_buf_addc(b, *s);
    }
    am_buf_addc(b, '"');
}

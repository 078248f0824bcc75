/* am_buf: a growable byte buffer with a hard size cap and a sticky error,
 * in the manner of curl's dynbuf and SQLite's StrAccum.
 *
 * Appends after an error are no-ops, so a caller may append many pieces and
 * check once at the end. The buffer owns its memory; am_buf_take() hands it
 * to the caller, who must free() it. The contents are always NUL-terminated
 * (when len > 0 or after any successful append). */
#ifndef AM_BUF_H
#define AM_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "am_err.h"

struct am_buf {
    char *data;
    size_t len;
    size_t cap;   /* bytes allocated */
    size_t max;   /* hard limit on len */
    enum am_rc err; /* sticky: AM_ENOMEM when max was hit or malloc failed */
};

void am_buf_init(struct am_buf *b, size_t max);
void am_buf_free(struct am_buf *b);
/* Empty the buffer but keep its memory, and clear the error. */
void am_buf_reset(struct am_buf *b);

enum am_rc am_buf_add(struct am_buf *b, const void *p, size_t n);
enum am_rc am_buf_adds(struct am_buf *b, const char *s);
enum am_rc am_buf_addc(struct am_buf *b, char c);
enum am_rc am_buf_addf(struct am_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
enum am_rc am_buf_vaddf(struct am_buf *b, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));
enum am_rc am_buf_addi(struct am_buf *b, int64_t v);

/* "" when empty, never NULL. Valid until the next append. */
const char *am_buf_str(const struct am_buf *b);

/* Transfer ownership of the bytes to the caller (free() them); the buffer is
 * left empty and reusable. Returns NULL when the buffer is in error. */
char *am_buf_take(struct am_buf *b, size_t *len);

#endif

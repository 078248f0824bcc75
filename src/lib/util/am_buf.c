#include "am_buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void am_buf_init(struct am_buf *b, size_t max)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->max = max;
    b->err = AM_OK;
}

void am_buf_free(struct am_buf *b)
{
    free(b->data);
    am_buf_init(b, b->max);
}

void am_buf_reset(struct am_buf *b)
{
    b->len = 0;
    b->err = AM_OK;
    if (b->data)
        b->data[0] = '\0';
}

static enum am_rc grow(struct am_buf *b, size_t need)
{
    /* need counts the terminating NUL on top of len + n */
    if (need <= b->cap)
        return AM_OK;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap *= 2;
    if (cap > b->max + 1)
        cap = b->max + 1;
    char *p = realloc(b->data, cap);
    if (!p)
        return b->err = AM_ENOMEM;
    b->data = p;
    b->cap = cap;
    return AM_OK;
}

enum am_rc am_buf_add(struct am_buf *b, const void *p, size_t n)
{
    if (b->err)
        return b->err;
    if (n > b->max - b->len) {
        b->err = AM_ENOMEM;
        return b->err;
    }
    if (grow(b, b->len + n + 1))
        return b->err;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return AM_OK;
}

enum am_rc am_buf_adds(struct am_buf *b, const char *s)
{
    return am_buf_add(b, s, strlen(s));
}

enum am_rc am_buf_addc(struct am_buf *b, char c)
{
    return am_buf_add(b, &c, 1);
}

enum am_rc am_buf_vaddf(struct am_buf *b, const char *fmt, va_list ap)
{
    if (b->err)
        return b->err;
    char small[256];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        return b->err = AM_EINTERNAL;
    if ((size_t)n < sizeof small)
        return am_buf_add(b, small, (size_t)n);
    if ((size_t)n > b->max - b->len)
        return b->err = AM_ENOMEM;
    if (grow(b, b->len + (size_t)n + 1))
        return b->err;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
    return AM_OK;
}

enum am_rc am_buf_addf(struct am_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    enum am_rc rc = am_buf_vaddf(b, fmt, ap);
    va_end(ap);
    return rc;
}

enum am_rc am_buf_addi(struct am_buf *b, int64_t v)
{
    return am_buf_addf(b, "%lld", (long long)v);
}

const char *am_buf_str(const struct am_buf *b)
{
    return b->data && !b->err ? b->data : "";
}

char *am_buf_take(struct am_buf *b, size_t *len)
{
    if (b->err)
        return NULL;
    if (!b->data && am_buf_add(b, "", 0))
        return NULL;
    char *p = b->data;
    if (len)
        *len = b->len;
    am_buf_init(b, b->max);
    return p;
}

#include "am_err.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "am_str.h"

/* A text cut to fit must not end inside a UTF-8 character: it goes out
 * as JSON, which has to be valid UTF-8. s holds the first n bytes of a
 * longer text (vsnprintf's), so the last character is checked for being
 * whole; am_str_copy cuts texts it still has whole. */
static void cut_whole(char *s, size_t n)
{
    size_t i = n; /* back over up to three continuation bytes */
    while (i > 0 && n - i < 3 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
        i--;
    if (i == 0)
        return;
    unsigned char lead = (unsigned char)s[i - 1];
    size_t want = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (n - (i - 1) < want)
        s[i - 1] = '\0';
}

enum am_rc am_err_set(struct am_err *err, enum am_rc rc, const char *field,
                      const char *fmt, ...)
{
    if (!err)
        return rc;
    err->rc = rc;
    am_str_copy(err->code, sizeof err->code, am_rc_code(rc));
    am_str_copy(err->field, sizeof err->field, field ? field : "");
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    if (n >= (int)sizeof err->msg)
        cut_whole(err->msg, sizeof err->msg - 1);
    return rc;
}

void am_err_clear(struct am_err *err)
{
    if (err)
        memset(err, 0, sizeof *err);
}

int am_rc_status(enum am_rc rc)
{
    switch (rc) {
    case AM_OK: return 200;
    case AM_EBADREQ: return 400;
    case AM_EAUTH: return 401;
    case AM_EFORBIDDEN: return 403;
    case AM_ENOTFOUND: return 404;
    case AM_EMETHOD: return 405;
    case AM_ECONFLICT: return 409;
    case AM_ETOOBIG: return 413;
    case AM_ENOTACCEPT: return 406;
    case AM_EMEDIA: return 415;
    case AM_EINVAL: return 422;
    case AM_EBUSY: return 429;
    case AM_ENOMEM:
    case AM_EDB:
    case AM_EIO:
    case AM_ESCHEMA:
    case AM_EINTERNAL: return 500;
    }
    return 500;
}

const char *am_rc_code(enum am_rc rc)
{
    switch (rc) {
    case AM_OK: return "ok";
    case AM_EBADREQ: return "bad_request";
    case AM_EAUTH: return "unauthorized";
    case AM_EFORBIDDEN: return "forbidden";
    case AM_ENOTFOUND: return "not_found";
    case AM_EMETHOD: return "method_not_allowed";
    case AM_ECONFLICT: return "conflict";
    case AM_ETOOBIG: return "payload_too_large";
    case AM_ENOTACCEPT: return "not_acceptable";
    case AM_EMEDIA: return "unsupported_media_type";
    case AM_EINVAL: return "invalid_value";
    case AM_EBUSY: return "too_many_requests";
    case AM_ENOMEM: return "out_of_memory";
    case AM_EDB: return "storage_error";
    case AM_EIO: return "io_error";
    case AM_ESCHEMA: return "schema_too_new";
    case AM_EINTERNAL: return "internal_error";
    }
    return "internal_error";
}

/* am_err: the one error enum of amity, and the error record that carries
 * the field and message to whoever reports it (HTTP reply, CLI stderr). */
#ifndef AM_ERR_H
#define AM_ERR_H

#include <stddef.h>

/* Every fallible function returns one of these; AM_OK is 0 so that
 * `rc = f(); if (rc) goto out;` reads naturally. */
enum am_rc {
    AM_OK = 0,
    AM_EBADREQ,    /* malformed request: bad JSON, bad query string (400) */
    AM_EAUTH,      /* not signed in, or the token is invalid (401) */
    AM_EFORBIDDEN, /* signed in, but the role does not cover this (403) */
    AM_ENOTFOUND,  /* no such record or route (404) */
    AM_EMETHOD,    /* route exists, method does not (405) */
    AM_ECONFLICT,  /* duplicate, or still referenced (409) */
    AM_ETOOBIG,    /* body over the size limit (413) */
    AM_EMEDIA,     /* body is not application/json (415) */
    AM_EINVAL,     /* well-formed but invalid value (422) */
    AM_ENOMEM,     /* allocation or buffer cap exceeded (500) */
    AM_EDB,        /* storage failure (500) */
    AM_EIO,        /* file or socket failure (500) */
    AM_ESCHEMA,    /* database file is newer than this binary (500) */
    AM_EINTERNAL,  /* a bug (500) */
    AM_ENOTACCEPT, /* the reply cannot be in any type the client accepts (406) */
    AM_EBUSY,      /* too many requests of this kind from here: later (429) */
};

struct am_err {
    enum am_rc rc;
    char code[32];    /* machine-readable, e.g. "invalid_value" */
    char field[96];   /* the offending field, "" when none */
    char msg[256];    /* one sentence for people */
};

/* Fill err (if non-NULL) and return rc. field may be NULL. */
enum am_rc am_err_set(struct am_err *err, enum am_rc rc, const char *field,
                      const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

void am_err_clear(struct am_err *err);

/* HTTP status for an error code, and its default machine code. */
int am_rc_status(enum am_rc rc);
const char *am_rc_code(enum am_rc rc);

#endif

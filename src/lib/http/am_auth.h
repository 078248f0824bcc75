/* am_auth: reading credentials off a request. Sessions and role rules live
 * in am_user and am_actor; this is the HTTP side of them. */
#ifndef AM_AUTH_H
#define AM_AUTH_H

#include "util/am_err.h"

/* The token of an "Authorization: Bearer TOKEN" header value, pointing into
 * header; AM_EAUTH when the header is of another scheme or malformed. */
enum am_rc am_auth_bearer(const char *header, const char **token, struct am_err *err);

#endif

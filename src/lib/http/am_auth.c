#include "am_auth.h"

#include <string.h>
#include <strings.h>

enum am_rc am_auth_bearer(const char *header, const char **token, struct am_err *err)
{
    static const char scheme[] = "Bearer ";
    if (strncasecmp(header, scheme, sizeof scheme - 1) != 0)
        return am_err_set(err, AM_EAUTH, NULL, "use Authorization: Bearer TOKEN");
    const char *t = header + sizeof scheme - 1;
    while (*t == ' ')
        t++;
    size_t n = strlen(t);
    if (n == 0 || n > 128)
        return am_err_set(err, AM_EAUTH, NULL, "the bearer token is missing or malformed");
    for (const char *p = t; *p; p++)
        if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f')))
            return am_err_set(err, AM_EAUTH, NULL, "the bearer token is malformed");
    *token = t;
    return AM_OK;
}

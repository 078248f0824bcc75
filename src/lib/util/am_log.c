#include "am_log.h"

#include <stdarg.h>
#include <stdio.h>
#include <time.h>

#include "am_str.h"

static enum am_log_level min_level = AM_LOG_INFO;

void am_log_set_level(enum am_log_level lvl)
{
    min_level = lvl;
}

void am_log(enum am_log_level lvl, const char *fmt, ...)
{
    static const char *const names[] = {"debug", "info", "warn", "error"};
    if (lvl < min_level)
        return;
    char when[32], line[1024];
    am_time_iso(am_time_now(), when, sizeof when);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    /* one fprintf per line so that threads do not interleave within a line */
    fprintf(stderr, "%s %s %s\n", when, names[lvl], line);
}

/* am_log: one line per event on stderr, with UTC time and level. */
#ifndef AM_LOG_H
#define AM_LOG_H

enum am_log_level { AM_LOG_DEBUG, AM_LOG_INFO, AM_LOG_WARN, AM_LOG_ERROR };

void am_log_set_level(enum am_log_level lvl);
void am_log(enum am_log_level lvl, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#define am_info(...) am_log(AM_LOG_INFO, __VA_ARGS__)
#define am_warn(...) am_log(AM_LOG_WARN, __VA_ARGS__)
#define am_error(...) am_log(AM_LOG_ERROR, __VA_ARGS__)

#endif

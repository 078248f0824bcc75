/* am_server: the HTTP server (libmicrohttpd, epoll, a thread pool): the
 * JSON API under /api/v1/ and /healthz, and the web UI's files at /. */
#ifndef AM_SERVER_H
#define AM_SERVER_H

#include <stddef.h>
#include <stdint.h>

#include "store/am_db.h"
#include "util/am_err.h"

struct am_server_opts {
    const char *bind;      /* address, default 127.0.0.1 */
    uint16_t port;         /* 0: any free port (see am_server_port) */
    unsigned threads;      /* worker threads, default 2 x cores */
    size_t max_body;       /* bytes, default 1 MiB */
    const char *web_root;  /* directory of the web UI, NULL: none */
    int quiet;             /* no access log */
    int reply_cache_mib;   /* bound of the reply cache; 0: default (16), <0: none */
};

struct am_server;

/* Start serving; the store must outlive the server. */
enum am_rc am_server_start(const struct am_server_opts *opts, struct am_store *store,
                           struct am_server **out, struct am_err *err);
uint16_t am_server_port(const struct am_server *s);
/* Stop: finishes running requests, closes the workers' connections. */
void am_server_stop(struct am_server *s);

#endif

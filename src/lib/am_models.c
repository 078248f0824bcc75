#include "am_models.h"

#include <errno.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "am_graph.h"
#include "am_match.h"
#include "am_search.h"
#include "util/am_log.h"
#include "util/am_str.h"

/* The models a server keeps, built at start (warm) in this order; a kind
 * first asked for later (a test's) gets its slot, and its thread, then. */
static const struct am_model_kind *const kinds[] = {&am_search_model, &am_match_model, &am_graph_model};
enum { NKINDS = sizeof kinds / sizeof *kinds, MAX_KINDS = 8 };

/* How long the threads sleep between looks at the stamps when nobody asks,
 * and so how long the data must have been still before they rebuild. */
enum { POLL_MS = 1000 };

/* A reader that finds its model stale waits this long at most for the
 * rebuild, when the last build took no longer (or there has been none):
 * on a registry of a few thousand records a reply is then current the
 * moment after a change. A slower build is not waited for: the reader
 * takes the last model at once, marked stale. */
enum { FRESH_WAIT_MS = 250 };

struct slot;

/* One model built: counted by its readers and by the slot's two places. */
struct held {
    struct slot *slot;
    void *model;
    int64_t stamp[AM_STAMP];
    int64_t computed_at;
    unsigned refs;  /* under slot->lock */
    bool finished;  /* under slot->lock */
};

struct slot {
    const struct am_model_kind *kind;
    struct am_models *owner;
    pthread_mutex_t lock;
    pthread_cond_t wake; /* the thread waits here for work */
    pthread_cond_t done; /* readers without threads wait here for another's build */
    struct held *cur;    /* the newest built */
    struct held *full;   /* the newest with its second phase done (cur, once done) */
    bool building;       /* a build or a second phase is under way: never two */
    double build_ms;     /* how long the last build took, second phase included (-1: none yet) */
    bool wanted;         /* build again: a reader found the model stale */
    enum am_rc failed;   /* the last build's error (AM_OK: none) */
    char failure[sizeof ((struct am_err *)0)->msg];
    pthread_t thread;
    bool threaded;
};

struct am_models {
    struct am_store *store;
    atomic_bool stop;
    pthread_mutex_t lock;   /* guards the slots' number */
    atomic_bool background; /* threads run: readers never build */
    size_t nslots;
    struct slot slots[MAX_KINDS];
};

bool am_model_stopping(const struct am_model_ctl *ctl)
{
    return ctl && ctl->stop && atomic_load(ctl->stop);
}

static double ms_since(const struct timespec *t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - t0->tv_sec) * 1e3 + (double)(t.tv_nsec - t0->tv_nsec) / 1e6;
}

static bool same_stamp(const int64_t *a, const int64_t *b)
{
    return memcmp(a, b, AM_STAMP * sizeof *a) == 0;
}

/* Under the slot's lock; the model is freed outside it (freeing a large
 * one takes a while). Returns what to free, or NULL. */
static struct held *release(struct held *h)
{
    return h && --h->refs == 0 ? h : NULL;
}

/* A build's scratch (igraph's working memory, the rows read), and a model
 * let go, are megabytes in many small blocks of an arena shared with the
 * requests: the pages between the blocks the models keep would stay
 * resident until the allocator happened to trim them. Given back at once. */
static void give_back(void)
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

static void dispose(struct held *h)
{
    if (!h)
        return;
    h->slot->kind->free(h->model);
    free(h);
    give_back();
}

static void *models_make(void)
{
    struct am_models *ms = calloc(1, sizeof *ms);
    if (!ms)
        return NULL;
    atomic_init(&ms->stop, false);
    atomic_init(&ms->background, false);
    pthread_mutex_init(&ms->lock, NULL);
    for (size_t i = 0; i < MAX_KINDS; i++) {
        struct slot *s = &ms->slots[i];
        s->owner = ms;
        s->build_ms = -1;
        pthread_mutex_init(&s->lock, NULL);
        pthread_cond_init(&s->wake, NULL);
        pthread_cond_init(&s->done, NULL);
    }
    return ms;
}

static void models_drop(void *p)
{
    struct am_models *ms = p;
    for (size_t i = 0; i < ms->nslots; i++) {
        struct slot *s = &ms->slots[i];
        if (s->threaded) {
            /* am_models_stop was not called: the thread's connection is
             * closed already, so it is left alone (and so is its slot) */
            am_log(AM_LOG_ERROR, "models: the store was closed with the %s thread running", s->kind->name);
            return;
        }
    }
    for (size_t i = 0; i < MAX_KINDS; i++) {
        struct slot *s = &ms->slots[i];
        struct held *a = release(s->cur), *b = release(s->full);
        dispose(a);
        if (b != a)
            dispose(b);
        pthread_mutex_destroy(&s->lock);
        pthread_cond_destroy(&s->wake);
        pthread_cond_destroy(&s->done);
    }
    pthread_mutex_destroy(&ms->lock);
    free(ms);
}

static struct am_models *models_of(struct am_db *db)
{
    return am_db_shared(db, "models", models_make, models_drop);
}

static void *worker(void *arg);

/* Under ms->lock: the kind's slot, made on first use (with its thread when
 * the threads run). NULL when there is no room or no thread. */
static struct slot *slot_locked(struct am_models *ms, const struct am_model_kind *k)
{
    for (size_t i = 0; i < ms->nslots; i++)
        if (ms->slots[i].kind == k)
            return &ms->slots[i];
    if (ms->nslots == MAX_KINDS)
        return NULL;
    struct slot *s = &ms->slots[ms->nslots];
    s->kind = k;
    if (atomic_load(&ms->background)) {
        if (pthread_create(&s->thread, NULL, worker, s) != 0)
            return NULL;
        s->threaded = true;
    }
    ms->nslots++;
    return s;
}

static struct slot *slot_of(struct am_models *ms, const struct am_model_kind *k)
{
    pthread_mutex_lock(&ms->lock);
    struct slot *s = slot_locked(ms, k);
    pthread_mutex_unlock(&ms->lock);
    return s;
}

/* Build a model of stamp st (read before) and publish it as the newest;
 * then, when the kind has one, its second phase. Called with the slot
 * marked building and its lock not held. */
static enum am_rc build_publish(struct am_db *db, struct slot *s, const int64_t *st, bool second,
                                struct am_err *err)
{
    const struct am_model_kind *k = s->kind;
    struct am_model_ctl ctl = {&s->owner->stop};
    struct timespec t0;
    enum am_rc rc = AM_OK;
    double took = 0;
    pthread_mutex_lock(&s->lock);
    struct held *h = s->cur && same_stamp(s->cur->stamp, st) ? s->cur : NULL;
    if (h)
        h->refs++;
    pthread_mutex_unlock(&s->lock);
    if (!h) {
        clock_gettime(CLOCK_MONOTONIC, &t0);
        int64_t when = am_time_now();
        void *model = k->build(db, &ctl, err);
        double ms = ms_since(&t0);
        took += ms;
        give_back();
        if (!model)
            return err && err->rc ? err->rc : AM_EINTERNAL;
        if (!(h = calloc(1, sizeof *h))) {
            k->free(model);
            return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
        }
        *h = (struct held){.slot = s, .model = model, .computed_at = when, .refs = 2 /* cur, and ours */,
                           .finished = !k->finish};
        memcpy(h->stamp, st, sizeof h->stamp);
        pthread_mutex_lock(&s->lock);
        struct held *old = release(s->cur), *old_full = NULL;
        s->cur = h;
        if (h->finished) {
            old_full = release(s->full);
            s->full = h;
            h->refs++;
        }
        pthread_cond_broadcast(&s->done);
        pthread_mutex_unlock(&s->lock);
        dispose(old);
        if (old_full != old)
            dispose(old_full);
        am_log(AM_LOG_DEBUG, "models: %s built in %.0f ms", k->name, ms);
    }
    if (second && !h->finished) {
        clock_gettime(CLOCK_MONOTONIC, &t0);
        rc = k->finish(h->model, &ctl, err);
        double ms = ms_since(&t0);
        took += ms;
        give_back();
        pthread_mutex_lock(&s->lock);
        struct held *old_full = NULL;
        if (!rc) {
            h->finished = true;
            if (s->full != h) {
                old_full = release(s->full);
                s->full = h;
                h->refs++;
            }
        }
        pthread_cond_broadcast(&s->done);
        pthread_mutex_unlock(&s->lock);
        dispose(old_full);
        if (!rc)
            am_log(AM_LOG_DEBUG, "models: %s second phase in %.0f ms", k->name, ms);
    }
    pthread_mutex_lock(&s->lock);
    if (took > 0)
        s->build_ms = took;
    struct held *gone = release(h);
    pthread_mutex_unlock(&s->lock);
    dispose(gone);
    return rc;
}

/* ---- the threads -------------------------------------------------------------------- */

static void *worker(void *arg)
{
    struct slot *s = arg;
    struct am_models *ms = s->owner;
    struct am_err err = {0};
    struct am_db *db = am_store_db(ms->store, &err);
    int64_t last[AM_STAMP] = {0}, st[AM_STAMP];
    bool have_last = false;
    if (!db) {
        am_log(AM_LOG_ERROR, "models: %s: %s", s->kind->name, err.msg);
        return NULL;
    }
    pthread_mutex_lock(&s->lock);
    while (!atomic_load(&ms->stop)) {
        if (!s->wanted) {
            struct timespec until;
            clock_gettime(CLOCK_REALTIME, &until);
            until.tv_nsec += (long)POLL_MS % 1000 * 1000000L;
            until.tv_sec += POLL_MS / 1000 + until.tv_nsec / 1000000000L;
            until.tv_nsec %= 1000000000L;
            if (pthread_cond_timedwait(&s->wake, &s->lock, &until) != ETIMEDOUT || atomic_load(&ms->stop))
                continue;
            /* nobody asked: a change is built once the data has been still
             * for a look (an import goes on for a while) */
            pthread_mutex_unlock(&s->lock);
            memset(st, 0, sizeof st);
            enum am_rc rc = s->kind->stamp(db, st, &err);
            pthread_mutex_lock(&s->lock);
            /* only a model someone has (warm, or asked for) is kept current */
            bool differs = !rc && s->cur && (!same_stamp(s->cur->stamp, st) ||
                                             (s->kind->finish && (!s->full || !same_stamp(s->full->stamp, st))));
            if (differs && have_last && same_stamp(last, st) && !s->failed)
                s->wanted = true;
            if (!rc)
                memcpy(last, st, sizeof last), have_last = true;
            if (!s->wanted)
                continue;
        }
        s->wanted = false;
        s->building = true;
        pthread_mutex_unlock(&s->lock);
        memset(st, 0, sizeof st);
        err = (struct am_err){0};
        enum am_rc rc = s->kind->stamp(db, st, &err);
        if (!rc)
            rc = build_publish(db, s, st, true, &err);
        pthread_mutex_lock(&s->lock);
        s->building = false;
        if (rc && !atomic_load(&ms->stop)) {
            /* tried again at the next look that finds the data still */
            s->failed = rc;
            snprintf(s->failure, sizeof s->failure, "%s", err.msg);
            am_log(AM_LOG_WARN, "models: %s could not be built: %s", s->kind->name, err.msg);
            have_last = false;
        } else if (!rc) {
            s->failed = AM_OK;
        }
        pthread_cond_broadcast(&s->done);
    }
    pthread_mutex_unlock(&s->lock);
    return NULL; /* the thread's connection is closed as it exits */
}

enum am_rc am_models_start(struct am_store *st, bool warm, struct am_err *err)
{
    struct am_db *db = am_store_db(st, err);
    struct am_models *ms = db ? models_of(db) : NULL;
    if (!db)
        return err && err->rc ? err->rc : AM_EDB;
    if (!ms)
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    pthread_mutex_lock(&ms->lock);
    ms->store = st;
    atomic_store(&ms->background, true);
    bool ok = true;
    /* the slots made before (readers without threads) get theirs too */
    for (size_t i = 0; ok && i < ms->nslots; i++) {
        struct slot *s = &ms->slots[i];
        if (!s->threaded && pthread_create(&s->thread, NULL, worker, s) == 0)
            s->threaded = true;
        ok = s->threaded;
    }
    for (size_t i = 0; ok && i < NKINDS; i++) {
        struct slot *s = slot_locked(ms, kinds[i]);
        if (s && warm) {
            pthread_mutex_lock(&s->lock);
            s->wanted = true;
            pthread_cond_signal(&s->wake);
            pthread_mutex_unlock(&s->lock);
        }
        ok = s != NULL;
    }
    pthread_mutex_unlock(&ms->lock);
    if (!ok) {
        am_models_stop(st);
        return am_err_set(err, AM_EINTERNAL, NULL, "models: no thread could be started");
    }
    return AM_OK;
}

void am_models_stop(struct am_store *st)
{
    struct am_db *db = am_store_db(st, NULL);
    struct am_models *ms = db ? models_of(db) : NULL;
    if (!ms)
        return;
    pthread_mutex_lock(&ms->lock);
    atomic_store(&ms->stop, true);
    atomic_store(&ms->background, false); /* readers from now on build as before */
    size_t n = ms->nslots;
    pthread_mutex_unlock(&ms->lock);
    for (size_t i = 0; i < n; i++) {
        struct slot *s = &ms->slots[i];
        pthread_mutex_lock(&s->lock);
        pthread_cond_broadcast(&s->wake);
        pthread_mutex_unlock(&s->lock);
    }
    for (size_t i = 0; i < n; i++) {
        struct slot *s = &ms->slots[i];
        if (s->threaded)
            pthread_join(s->thread, NULL);
        s->threaded = false;
    }
    atomic_store(&ms->stop, false);
}

/* ---- readers ------------------------------------------------------------------------- */

enum am_rc am_model_get(struct am_db *db, const struct am_model_kind *k, bool finished, struct am_model_use *u,
                        struct am_err *err)
{
    struct am_models *ms = models_of(db);
    struct slot *s = ms ? slot_of(ms, k) : NULL;
    int64_t st[AM_STAMP] = {0};
    *u = (struct am_model_use){0};
    if (!s)
        return am_err_set(err, AM_ENOMEM, NULL, "out of memory");
    enum am_rc rc = k->stamp(db, st, err);
    if (rc)
        return rc;
    struct timespec deadline = {0};
    bool may_wait = true;
    pthread_mutex_lock(&s->lock);
    for (;;) {
        struct held *h = finished && k->finish ? s->full : s->cur;
        if (h && same_stamp(h->stamp, st)) {
            u->stale = false;
            u->held_ = h;
            break;
        }
        if (atomic_load(&ms->background)) {
            /* the thread builds it; meanwhile the last one, marked stale */
            if (!s->building && !s->wanted)
                pthread_cond_signal(&s->wake);
            s->wanted = true;
            if (!h && s->failed && !s->building) {
                rc = am_err_set(err, s->failed, NULL, "the %s could not be built: %s", k->name, s->failure);
                break;
            }
            if (may_wait && s->build_ms <= FRESH_WAIT_MS) { /* a quick build: wait for it, once */
                if (!deadline.tv_sec) {
                    clock_gettime(CLOCK_REALTIME, &deadline);
                    deadline.tv_nsec += FRESH_WAIT_MS * 1000000L;
                    deadline.tv_sec += deadline.tv_nsec / 1000000000L;
                    deadline.tv_nsec %= 1000000000L;
                }
                may_wait = pthread_cond_timedwait(&s->done, &s->lock, &deadline) != ETIMEDOUT;
                continue;
            }
            u->stale = true;
            u->held_ = h;
            break;
        }
        if (s->building) { /* another reader builds it: one build at a time */
            pthread_cond_wait(&s->done, &s->lock);
            continue;
        }
        s->building = true;
        pthread_mutex_unlock(&s->lock);
        rc = build_publish(db, s, st, finished, err);
        pthread_mutex_lock(&s->lock);
        s->building = false;
        pthread_cond_broadcast(&s->done);
        if (rc)
            break;
        /* the stamp read before the build labels it: this reader's model */
    }
    if (!rc && u->held_) {
        struct held *h = u->held_;
        h->refs++;
        u->model = h->model;
        u->computed_at = h->computed_at;
    }
    pthread_mutex_unlock(&s->lock);
    return rc;
}

void am_model_put(struct am_model_use *u)
{
    struct held *h = u->held_;
    if (!h)
        return;
    struct slot *s = h->slot;
    pthread_mutex_lock(&s->lock);
    struct held *gone = release(h);
    pthread_mutex_unlock(&s->lock);
    dispose(gone);
    *u = (struct am_model_use){0};
}

void am_model_mark(json_t *reply, const struct am_model_use *u)
{
    char when[32];
    if (u->computed_at) {
        am_time_iso(u->computed_at, when, sizeof when);
        json_object_set_new(reply, "computed_at", json_string(when));
    } else {
        json_object_set_new(reply, "computed_at", json_null());
    }
    json_object_set_new(reply, "stale", json_boolean(u->stale));
}

/* am_models: the models kept in memory (the suggestions' model, the graph
 * with its centralities, the search index), built in the background and
 * swapped in, so that no reader waits long for one.
 *
 * A reader waits for a rebuild at most a moment, and only when the last
 * build was quick.
 *
 * A model is a value built from the database, labelled with a stamp: what
 * it was built from (generation counters bumped by triggers, the newest
 * city), read before the build, so that a model is never labelled newer
 * than its data. A reader reads the stamp, takes the newest model (counted:
 * a model replaced while read lives until its last reader gives it back)
 * and learns whether the data has changed since (stale). A stale or missing
 * model is built again by the model's own thread, one build at a time,
 * while readers keep the last one; a change is also noticed without a
 * reader, once the data has been still for a second. A model may have a
 * slower second phase (the graph's centralities) filled in after it is
 * published; a reader that needs it takes the newest model that has it.
 *
 * am_models_start starts the threads (the server); am_models_stop stops
 * them, waiting for a build under way (the graph's centralities are
 * interrupted), and must come before am_store_close. Without
 * am_models_start (the command line, the library's tests) a reader builds
 * a missing or stale model itself, as before, and a second reader of the
 * same model waits for that build: never two builds of one model at once.
 * See docs/models.md. */
#ifndef AM_MODELS_H
#define AM_MODELS_H

#include <jansson.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "am_schema.h"
#include "store/am_db.h"
#include "util/am_err.h"

enum { AM_STAMP = 4 }; /* values of a stamp, at most */

/* What a build may look at while it runs: whether the server is stopping. */
struct am_model_ctl {
    const atomic_bool *stop;
};
bool am_model_stopping(const struct am_model_ctl *ctl);

struct am_model_kind {
    const char *name; /* in logs and docs: "suggestions", "graph", "search" */
    /* What the model would be built from now (the unused values 0). */
    enum am_rc (*stamp)(struct am_db *db, int64_t stamp[AM_STAMP], struct am_err *err);
    /* A model of the database; NULL with err set when it cannot be built. */
    void *(*build)(struct am_db *db, const struct am_model_ctl *ctl, struct am_err *err);
    /* The slower second phase, on a model already published (NULL: none).
     * Readers of the model meanwhile read none of what it fills in. */
    enum am_rc (*finish)(void *model, const struct am_model_ctl *ctl, struct am_err *err);
    void (*free)(void *model);
};

/* A model as a reader holds it. */
struct am_model_use {
    void *model;         /* NULL: none built yet (being built) */
    bool stale;          /* the data has changed since it was built, or there is none yet */
    int64_t computed_at; /* unix seconds: the data it was built from was read then (0: none) */
    void *held_;         /* private */
};

/* The newest model of kind k (with its second phase done when finished);
 * when the threads run, waiting at most 250 ms for a rebuild (see above): *u says which and whether it is
 * stale. Give it back with am_model_put. Errors: reading the stamp failed;
 * or, without a model, the last build failed. */
enum am_rc am_model_get(struct am_db *db, const struct am_model_kind *k, bool finished, struct am_model_use *u,
                        struct am_err *err);
void am_model_put(struct am_model_use *u);

/* Into a reply object: "computed_at" (ISO 8601 UTC, or null when none yet)
 * and "stale". */
void am_model_mark(json_t *reply, const struct am_model_use *u);

/* The two fields of a reply schema that say so; what names the model. */
#define AM_MODEL_FIELDS(what)                                                                                   \
    {.name = "computed_at", .type = AM_T_STRING, .flags = AM_F_READONLY | AM_F_NULLABLE,                        \
     .doc = "when the data of " what " was read (UTC); null while the first one is being computed"},            \
    {                                                                                                          \
        .name = "stale", .type = AM_T_BOOL, .flags = AM_F_READONLY,                                            \
        .doc = "true: the registry has changed since (or nothing is computed yet); a newer one is being "       \
               "computed, ask again in a moment"                                                               \
    }

/* Start a thread per model that keeps it current: warm, every model is
 * built now; else each when first asked. */
enum am_rc am_models_start(struct am_store *st, bool warm, struct am_err *err);
/* Stop the threads (a build under way is waited for, or interrupted). */
void am_models_stop(struct am_store *st);

#endif

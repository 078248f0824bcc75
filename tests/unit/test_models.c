/* am_models: a model kept current, its readers counted, one build at a
 * time, in the background with threads (a reader waits at most a moment) or by the reader
 * without them; a stop that interrupts a build. The model here is made up
 * for the test: a number, the "data" it was built from, which the test
 * changes by hand. No assertion is about time: where a thread must get
 * somewhere first, the test waits for it, a bounded number of times. */
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <time.h>

#include "am_models.h"
#include "test_support.h"

static struct tdb t;
static atomic_long data;    /* what the made-up model is built from */
static atomic_int active;   /* builds under way */
static atomic_int most;     /* the most builds ever under way at once */
static atomic_int builds, frees;
static atomic_bool hold;    /* a build waits while set, until released or stopped */
static atomic_bool saw_stop;

static enum am_rc fake_stamp(struct am_db *db, int64_t st[AM_STAMP], struct am_err *err)
{
    (void)db, (void)err;
    st[0] = atomic_load(&data);
    return AM_OK;
}

static void pause_ms(long ms)
{
    struct timespec ts = {0, ms * 1000000L};
    nanosleep(&ts, NULL);
}

static void *fake_build(struct am_db *db, const struct am_model_ctl *ctl, struct am_err *err)
{
    (void)db;
    long value = atomic_load(&data);
    int now = atomic_fetch_add(&active, 1) + 1, seen = atomic_load(&most);
    while (now > seen && !atomic_compare_exchange_weak(&most, &seen, now))
        ;
    /* room for a second build to overlap, were one let in */
    for (int i = 0; i < 20; i++)
        sched_yield();
    while (atomic_load(&hold) && !am_model_stopping(ctl))
        pause_ms(1);
    atomic_fetch_sub(&active, 1);
    if (am_model_stopping(ctl)) {
        atomic_store(&saw_stop, true);
        am_err_set(err, AM_EINTERNAL, NULL, "stopped");
        return NULL;
    }
    long *m = malloc(sizeof *m);
    cr_assert_not_null(m);
    *m = value;
    atomic_fetch_add(&builds, 1);
    return m;
}

static void fake_free(void *m)
{
    atomic_fetch_add(&frees, 1);
    free(m);
}

static const struct am_model_kind fake = {.name = "fake", .stamp = fake_stamp, .build = fake_build,
                                          .free = fake_free};

static void setup(void)
{
    tdb_open(&t, 0);
    atomic_store(&data, 1);
    atomic_store(&active, 0), atomic_store(&most, 0), atomic_store(&builds, 0), atomic_store(&frees, 0);
    atomic_store(&hold, false), atomic_store(&saw_stop, false);
}

static void teardown(void)
{
    tdb_close(&t);
}

static long value_of(const struct am_model_use *u)
{
    cr_assert_not_null(u->model);
    return *(const long *)u->model;
}

/* Each reader on a thread of its own, with its own connection. */
static void *reader(void *arg)
{
    struct am_model_use *u = arg;
    struct am_err err = {0};
    struct am_db *db = am_store_db(t.store, &err);
    cr_assert_not_null(db, "%s", err.msg);
    cr_assert_eq(am_model_get(db, &fake, false, u, &err), AM_OK, "%s", err.msg);
    return NULL;
}

TestSuite(models, .init = setup, .fini = teardown);

Test(models, without_threads_readers_build_one_at_a_time)
{
    pthread_t th[8];
    struct am_model_use u[8];
    for (int i = 0; i < 8; i++)
        cr_assert_eq(pthread_create(&th[i], NULL, reader, &u[i]), 0);
    for (int i = 0; i < 8; i++)
        pthread_join(th[i], NULL);
    cr_expect_eq(atomic_load(&most), 1, "never two builds at once");
    cr_expect_eq(atomic_load(&builds), 1, "one build for eight readers");
    for (int i = 0; i < 8; i++) {
        cr_expect_eq(value_of(&u[i]), 1);
        cr_expect_not(u[i].stale);
        cr_expect_gt(u[i].computed_at, 0);
        am_model_put(&u[i]);
    }
    cr_expect_eq(atomic_load(&frees), 0, "the store keeps the current one");
}

Test(models, a_model_replaced_while_read_lives_until_its_readers_are_done)
{
    struct am_err err = {0};
    struct am_model_use a, b, c;
    cr_assert_eq(am_model_get(t.db, &fake, false, &a, &err), AM_OK);
    atomic_store(&data, 2);
    cr_assert_eq(am_model_get(t.db, &fake, false, &b, &err), AM_OK);
    cr_expect_eq(value_of(&a), 1);
    cr_expect_eq(value_of(&b), 2, "a reader without threads waits for the new one");
    cr_expect_eq(atomic_load(&frees), 0, "1 is still read");
    atomic_store(&data, 3); /* replaced twice while read */
    cr_assert_eq(am_model_get(t.db, &fake, false, &c, &err), AM_OK);
    cr_expect_eq(value_of(&c), 3);
    cr_expect_eq(atomic_load(&frees), 0, "1 and 2 are still read");
    am_model_put(&a);
    cr_expect_eq(atomic_load(&frees), 1, "1 goes with its last reader");
    am_model_put(&b);
    cr_expect_eq(atomic_load(&frees), 2);
    am_model_put(&c);
    cr_expect_eq(atomic_load(&frees), 2, "3 is the current one");
}

/* Until the thread has built what the data is now, at most tries looks. */
static void until_fresh(struct am_model_use *u, int tries)
{
    struct am_err err = {0};
    for (int i = 0; i < tries; i++) {
        cr_assert_eq(am_model_get(t.db, &fake, false, u, &err), AM_OK, "%s", err.msg);
        if (!u->stale)
            return;
        am_model_put(u);
        pause_ms(5);
    }
    cr_assert_fail("the model was not built after %d looks", tries);
}

Test(models, with_threads_a_reader_never_waits_long)
{
    struct am_err err = {0};
    struct am_model_use u;
    cr_assert_eq(am_models_start(t.store, false, &err), AM_OK, "%s", err.msg);
    /* the first reader finds none: the thread starts on it (nothing asked
     * for it before), the reader waits a moment for it (a first build may
     * be quick) and, the build being held, is told there is none yet */
    atomic_store(&hold, true);
    cr_assert_eq(am_model_get(t.db, &fake, false, &u, &err), AM_OK, "%s", err.msg);
    cr_expect_null(u.model);
    cr_expect(u.stale);
    cr_expect_eq(u.computed_at, 0);
    am_model_put(&u);
    /* while the build is held, readers still get their answer: none yet */
    for (int i = 0; i < 1000 && atomic_load(&active) == 0; i++)
        pause_ms(1);
    cr_assert_eq(atomic_load(&active), 1, "the thread is building");
    cr_assert_eq(am_model_get(t.db, &fake, false, &u, &err), AM_OK);
    cr_expect_null(u.model, "not waited for");
    am_model_put(&u);
    atomic_store(&hold, false);
    until_fresh(&u, 2000);
    cr_expect_eq(value_of(&u), 1);
    am_model_put(&u);
    /* a change: while the next one is built, the last one, marked stale */
    atomic_store(&hold, true);
    atomic_store(&data, 2);
    cr_assert_eq(am_model_get(t.db, &fake, false, &u, &err), AM_OK);
    cr_expect(u.stale);
    cr_expect_eq(value_of(&u), 1, "the last one meanwhile");
    am_model_put(&u);
    atomic_store(&hold, false);
    until_fresh(&u, 2000);
    cr_expect_eq(value_of(&u), 2, "the change, once built");
    am_model_put(&u);
    cr_expect_eq(atomic_load(&most), 1, "never two builds at once");
    am_models_stop(t.store);
    cr_expect_eq(atomic_load(&frees), 1, "1 went once nobody read it");
}

Test(models, stop_interrupts_a_build)
{
    struct am_err err = {0};
    struct am_model_use u;
    cr_assert_eq(am_models_start(t.store, false, &err), AM_OK, "%s", err.msg);
    atomic_store(&hold, true); /* a build that would never end by itself */
    cr_assert_eq(am_model_get(t.db, &fake, false, &u, &err), AM_OK);
    am_model_put(&u);
    for (int i = 0; i < 1000 && atomic_load(&active) == 0; i++)
        pause_ms(1);
    cr_assert_eq(atomic_load(&active), 1, "the thread is building");
    am_models_stop(t.store);
    cr_expect(atomic_load(&saw_stop), "the build was told to stop");
    cr_expect_eq(atomic_load(&active), 0);
    /* afterwards, without threads, a reader builds it itself */
    atomic_store(&hold, false);
    cr_assert_eq(am_model_get(t.db, &fake, false, &u, &err), AM_OK, "%s", err.msg);
    cr_expect_eq(value_of(&u), 1);
    cr_expect_not(u.stale);
    am_model_put(&u);
}

Test(models, the_reply_says_when_and_whether_stale)
{
    struct am_model_use none = {.stale = true}, old = {.stale = true, .computed_at = 86400};
    json_t *r = json_object();
    am_model_mark(r, &none);
    cr_expect(json_is_null(json_object_get(r, "computed_at")));
    cr_expect(json_is_true(json_object_get(r, "stale")));
    am_model_mark(r, &old);
    cr_expect_str_eq(json_string_value(json_object_get(r, "computed_at")), "1970-01-02T00:00:00Z");
    json_decref(r);
}

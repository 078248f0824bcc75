#include "am_sql.h"

enum { SQL_MAX = 64 * 1024 };

void am_sql_init(struct am_sql *q)
{
    am_buf_init(&q->text, SQL_MAX);
    q->args = json_array();
    q->err = q->args ? AM_OK : AM_ENOMEM;
}

void am_sql_free(struct am_sql *q)
{
    am_buf_free(&q->text);
    json_decref(q->args);
    q->args = NULL;
}

void am_sql_add(struct am_sql *q, const char *text)
{
    if (!q->err)
        q->err = am_buf_adds(&q->text, text);
}

void am_sql_addv(struct am_sql *q, const char *text, json_t *value)
{
    if (!value && !q->err)
        q->err = AM_ENOMEM;
    if (q->err) {
        json_decref(value);
        return;
    }
    am_sql_add(q, text);
    if (json_array_append_new(q->args, value))
        q->err = AM_ENOMEM;
}

void am_sql_addn(struct am_sql *q, const char *text, json_t *args)
{
    if (!args && !q->err)
        q->err = AM_ENOMEM;
    am_sql_add(q, text);
    if (!q->err && json_array_extend(q->args, args))
        q->err = AM_ENOMEM;
    json_decref(args);
}

void am_sql_cat(struct am_sql *q, const struct am_sql *other)
{
    if (other->err && !q->err)
        q->err = other->err;
    am_sql_add(q, am_buf_str(&other->text));
    if (!q->err && json_array_extend(q->args, other->args))
        q->err = AM_ENOMEM;
}

json_t *am_sql_args(const struct am_sql *q)
{
    return q->err ? NULL : json_incref(q->args);
}

const char *am_sql_text(const struct am_sql *q)
{
    return am_buf_str(&q->text);
}

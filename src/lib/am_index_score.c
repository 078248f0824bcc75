/* The Index's arithmetic: scores from answers, ranks among results. Pure:
 * no database, so that every number can be checked by hand in a test. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "am_index.h"

/* The most points an option of a question gives. */
static double question_max(json_t *q)
{
    double max = 0;
    size_t i;
    json_t *o;
    json_array_foreach(json_object_get(q, "options"), i, o) {
        double p = json_number_value(json_object_get(o, "points"));
        if (p > max)
            max = p;
    }
    return max;
}

/* The points of the option answered, or -1 when unanswered (or when the
 * option is not one of the question's). */
static double answer_points(json_t *q, json_t *answers)
{
    json_t *a = json_object_get(answers, json_string_value(json_object_get(q, "id")));
    const char *chosen = json_string_value(json_object_get(a, "option"));
    size_t i;
    json_t *o;
    if (!chosen)
        return -1;
    json_array_foreach(json_object_get(q, "options"), i, o)
        if (strcmp(json_string_value(json_object_get(o, "id")), chosen) == 0)
            return json_number_value(json_object_get(o, "points"));
    return -1;
}

static json_t *score_indicator(json_t *ind, json_t *answers, size_t *answered_all, size_t *questions_all)
{
    double points = 0, max = 0;
    size_t answered = 0, n = 0, i;
    json_t *q;
    json_array_foreach(json_object_get(ind, "questions"), i, q) {
        double p = answer_points(q, answers);
        max += question_max(q);
        n++;
        if (p >= 0) {
            points += p;
            answered++;
        }
    }
    bool optional = json_is_true(json_object_get(ind, "optional"));
    bool counted = !optional || answered > 0;
    if (counted) {
        *answered_all += answered;
        *questions_all += n;
    }
    json_t *w = json_object_get(ind, "weight");
    return json_pack("{s:O,s:O,s:f,s:b,s:b,s:o,s:f,s:f,s:I,s:I}", "id", json_object_get(ind, "id"),
                     "label", json_object_get(ind, "label"), "weight", w ? json_number_value(w) : 1.0,
                     "optional", optional, "counted", counted, "score",
                     counted && max > 0 ? json_real(points / max * 100) : counted ? json_real(0) : json_null(),
                     "points", points, "max", max, "answered", (json_int_t)answered, "questions",
                     (json_int_t)n);
}

/* The weighted mean of the counted indicators among ids (NULL: all). */
static json_t *weighted_mean(json_t *scored, json_t *ids)
{
    double sum = 0, weights = 0;
    size_t i;
    json_t *s;
    json_array_foreach(scored, i, s) {
        if (!json_is_true(json_object_get(s, "counted")))
            continue;
        bool in = !ids;
        size_t k;
        json_t *id;
        json_array_foreach(ids, k, id) in = in || json_equal(id, json_object_get(s, "id"));
        if (!in)
            continue;
        double w = json_number_value(json_object_get(s, "weight"));
        sum += w * json_number_value(json_object_get(s, "score"));
        weights += w;
    }
    return weights > 0 ? json_real(sum / weights) : json_null();
}

static json_t *context_value(json_t *answers, const char *id)
{
    json_t *v = json_object_get(json_object_get(answers, id), "value");
    return json_is_number(v) ? json_real(json_number_value(v)) : json_null();
}

json_t *am_index_score(json_t *edition, json_t *answers)
{
    json_t *scored = json_array(), *optional_in = json_array(), *composites = json_array();
    size_t answered = 0, questions = 0, i;
    json_t *ind, *c;
    json_array_foreach(json_object_get(edition, "indicators"), i, ind) {
        json_t *s = score_indicator(ind, answers, &answered, &questions);
        if (json_is_true(json_object_get(s, "optional")) && json_is_true(json_object_get(s, "counted")))
            json_array_append(optional_in, json_object_get(s, "id"));
        json_array_append_new(scored, s);
    }
    json_array_foreach(json_object_get(edition, "composites"), i, c)
        json_array_append_new(composites, json_pack("{s:O,s:O,s:o}", "id", json_object_get(c, "id"),
                                                    "label", json_object_get(c, "label"), "score",
                                                    weighted_mean(scored, json_object_get(c, "indicators"))));
    return json_pack("{s:o,s:{s:I,s:I,s:f},s:o,s:o,s:o,s:{s:o,s:o}}", "aggregate",
                     weighted_mean(scored, NULL), "completeness", "answered", (json_int_t)answered,
                     "questions", (json_int_t)questions, "share",
                     questions ? (double)answered / (double)questions * 100 : 0.0, "indicators", scored,
                     "composites", composites, "optional_in", optional_in, "context", "population",
                     context_value(answers, "population"), "foreign_born_pct",
                     context_value(answers, "foreign_born_pct"));
}

void am_index_rank(const double *values, size_t n, double value, size_t *rank, double *percentile)
{
    size_t above = 0, below = 0;
    for (size_t i = 0; i < n; i++) {
        if (values[i] > value)
            above++;
        else if (values[i] < value)
            below++;
    }
    *rank = above + 1;
    *percentile = n > 1 ? (double)below / (double)(n - 1) * 100 : 100;
}

/* ---- is it an edition? ---------------------------------------------------------------- */

static enum am_rc check_question(json_t *q, json_t *seen, const char *where, struct am_err *err)
{
    const char *id = json_string_value(json_object_get(q, "id"));
    const char *kind = json_string_value(json_object_get(q, "kind"));
    if (!id || json_object_get(seen, id))
        return am_err_set(err, AM_EINVAL, "questions", "%s: a question without an id, or a repeated id '%.60s'",
                          where, id ? id : "");
    json_object_set_new(seen, id, json_true());
    if (!kind || !(strcmp(kind, "fact") == 0 || strcmp(kind, "input") == 0 || strcmp(kind, "impact") == 0))
        return am_err_set(err, AM_EINVAL, "questions", "%.60s: kind is fact, input or impact", id);
    json_t *opts = json_object_get(q, "options");
    if (json_array_size(opts) < 2)
        return am_err_set(err, AM_EINVAL, "questions", "%.60s: at least two options", id);
    size_t i;
    json_t *o;
    json_t *ids = json_object();
    enum am_rc rc = AM_OK;
    json_array_foreach(opts, i, o) {
        const char *oid = json_string_value(json_object_get(o, "id"));
        json_t *p = json_object_get(o, "points");
        if (!oid || json_object_get(ids, oid) || !json_is_number(p) || json_number_value(p) < 0) {
            rc = am_err_set(err, AM_EINVAL, "questions", "%.60s: each option needs a unique id and "
                            "points of 0 or more", id);
            break;
        }
        json_object_set_new(ids, oid, json_true());
    }
    json_decref(ids);
    return rc;
}

enum am_rc am_index_edition_check(json_t *edition, struct am_err *err)
{
    if (!json_is_string(json_object_get(edition, "edition")) || !json_is_string(json_object_get(edition, "title")))
        return am_err_set(err, AM_EINVAL, "edition", "an edition needs an id (edition) and a title");
    json_t *inds = json_object_get(edition, "indicators"), *seen = json_object(), *ind;
    size_t i;
    enum am_rc rc = json_array_size(inds) ? AM_OK : am_err_set(err, AM_EINVAL, "indicators", "no indicators");
    json_array_foreach(inds, i, ind) {
        const char *id = json_string_value(json_object_get(ind, "id"));
        json_t *w = json_object_get(ind, "weight");
        if (rc)
            break;
        if (!id || json_object_get(seen, id) || (w && (!json_is_number(w) || json_number_value(w) <= 0))) {
            rc = am_err_set(err, AM_EINVAL, "indicators", "indicator '%.60s': a unique id and a weight "
                            "above 0", id ? id : "");
            break;
        }
        json_object_set_new(seen, id, json_true());
        size_t k;
        json_t *q;
        json_array_foreach(json_object_get(ind, "questions"), k, q)
            if (!rc)
                rc = check_question(q, seen, id, err);
    }
    json_decref(seen);
    return rc;
}

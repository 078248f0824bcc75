/* Fuzz target: an Index edition and answers as JSON ({"edition": {...},
 * "answers": {...}}): the edition check, then scoring, whatever they hold.
 * Scores must stay within 0 to 100 for a valid edition. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "am_index.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    json_t *doc = json_loadb((const char *)data, size, 0, NULL);
    if (!doc)
        return 0;
    json_t *ed = json_object_get(doc, "edition");
    struct am_err err = {0};
    if (am_index_edition_check(ed, &err) == AM_OK) {
        json_t *s = am_index_score(ed, json_object_get(doc, "answers"));
        json_t *agg = json_object_get(s, "aggregate");
        if (json_is_number(agg) && !(json_number_value(agg) >= -1e-9 && json_number_value(agg) <= 100 + 1e-9))
            __builtin_trap();
        json_decref(s);
    }
    double v[3] = {json_number_value(json_object_get(doc, "x")), 1, 2};
    size_t rank;
    double pct;
    am_index_rank(v, 3, v[0], &rank, &pct);
    if (rank < 1 || rank > 3)
        __builtin_trap();
    json_decref(doc);
    return 0;
}

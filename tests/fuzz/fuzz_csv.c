/* Fuzz target: the CSV reader every import goes through. The first byte
 * picks the delimiter; the rest is the file. */
#include <stdint.h>
#include <string.h>

#include "util/am_csv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char delims[] = {',', ';', '\t', '|'};
    if (size < 1)
        return 0;
    struct am_csv *c = NULL;
    struct am_err err = {0};
    if (am_csv_open_mem((const char *)data + 1, size - 1, delims[data[0] % 4], &c, &err))
        return 0;
    bool row = true;
    while (row && am_csv_next(c, &row, &err) == AM_OK && row) {
        size_t nul;
        if (am_csv_nul(c, &nul) && nul >= am_csv_count(c))
            __builtin_trap(); /* a NUL is always in a field of the record */
        for (size_t i = 0; i <= am_csv_count(c); i++)
            (void)strlen(am_csv_field(c, i));
        (void)am_csv_line(c);
    }
    am_csv_close(c);
    return 0;
}

/* am_import: files into the registry. Twin towns become partnerships,
 * network lists become networks, member lists memberships, tables of
 * residents by origin diaspora groups, lists of published Index results
 * published results with their sources. Every place goes
 * through the one resolver (am_resolve); a place the gazetteer lacks is
 * added from the file's own name, country and coordinates when those hold
 * together, and reported. Nothing is dropped silently: every row that is
 * not imported, and every place added or doubtful, is in the report.
 *
 * An import is one transaction: a malformed file (the error names the file
 * and the line) or any failure leaves the database as it was; --dry-run
 * rolls back at the end and reports what would have changed. The places of
 * a file are settled before its rows are imported, so that every row sees
 * the places the file adds, wherever they come in it: importing a file
 * twice adds nothing the second time. */
#ifndef AM_IMPORT_H
#define AM_IMPORT_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "am_gazetteer.h"
#include "store/am_db.h"

enum am_import_kind { AM_IMPORT_PARTNERSHIPS, AM_IMPORT_NETWORKS, AM_IMPORT_MEMBERSHIPS, AM_IMPORT_DIASPORA,
                      AM_IMPORT_INDEX_PUBLISHED };

struct am_import_opts {
    enum am_import_kind kind;
    const char *path;
    char delim;            /* 0: guessed from the header line */
    bool dry_run;
    const char *report;    /* report file (CSV), NULL for none */
    json_t *map;           /* {"field": "column header"} overriding the defaults, or NULL */
    am_progress_fn *progress;
    void *ctx;
};

struct am_import_stats {
    int64_t rows;          /* data rows read */
    int64_t added;         /* records added */
    int64_t existing;      /* records already there */
    int64_t skipped;       /* rows not imported (see the report) */
    int64_t places;        /* places looked up */
    int64_t resolved;      /* ... found in the gazetteer (or already added) */
    int64_t new_places;    /* ... added from the file */
    int64_t unresolved;    /* ... not found, ambiguous, or of an unknown country */
    int64_t conflicts;     /* ... found by name, but the file's coordinates are far off */
    int64_t organisations; /* organisations added */
    int64_t networks;      /* networks added or completed */
    int64_t reported;      /* lines written to the report */
    int64_t sources;       /* sources added to published Index results already held */
};

/* The fields an import reads, with their default column headers: for help
 * texts and --map. NULL-terminated pairs {field, headers}. */
const char *const *am_import_fields(enum am_import_kind kind);

enum am_rc am_import(struct am_db *db, const struct am_import_opts *o, struct am_import_stats *st,
                     struct am_err *err);

#endif

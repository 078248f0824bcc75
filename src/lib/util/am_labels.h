/* am_labels: the words amity writes for people in the reader's language:
 * the API document's field titles and choice labels (data/i18n/labels.tsv)
 * and the texts amity writes itself (data/i18n/texts.tsv: the Index
 * questionnaire, the topics' names, the practice template's sections).
 *
 * The table is keyed by the English text rather than by field: one word
 * ("City", "Status") is titled the same in every schema, so it is
 * translated once, and a new field whose English title is already known
 * needs no new row. English is never looked up: the document in English
 * is what it was before there were translations. */
#ifndef AM_LABELS_H
#define AM_LABELS_H

#include <stddef.h>

#include "util/am_lang.h"

/* The embedded files, in the order they are read: the first row of an
 * English text wins (a unit test checks no two rows disagree). */
#define AM_LABELS_FILE "data/i18n/labels.tsv"
#define AM_TEXTS_FILE "data/i18n/texts.tsv"

/* en's translation into l, or NULL when the table has no row for it (or l
 * is English: the caller keeps its own text). Loaded once, thread-safe. */
const char *am_label_in(const char *en, enum am_lang l);

/* en in the thread's language (am_lang_current), else en itself. */
const char *am_label(const char *en);

/* The English label of a choice value, as the web UI words a code it has
 * no message for: "study_visit" -> "Study visit", "over_200k" ->
 * "Over 200,000", "under_15pct" -> "Under 15%", with the few names it
 * spells out ("sdg" -> "UN Sustainable Development Goals"). A value that
 * is a code in capitals ("EU") is its own label. */
void am_choice_english(const char *value, char *out, size_t cap);

#endif

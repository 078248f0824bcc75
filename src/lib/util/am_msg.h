/* am_msg: the human messages of the API's commonest errors, in the
 * request's language (am_lang_current).
 *
 * A message is an id, its English text here (a macro, so that each call's
 * arguments are checked by the compiler against it: AM_TR goes through
 * am_tr, a format_arg function), and a row of translations in am_msg.c.
 * A unit test (tests/unit/test_lang.c) checks that every translation has
 * the English text's conversions, in the same order. A message with no
 * translation in a language, and every message not in the table, is
 * English. Only the text for people changes: error codes and the `field`
 * of an error stay what they are, and so do field names and the labels
 * quoted in a message. */
#ifndef AM_MSG_H
#define AM_MSG_H

#include "am_lang.h"

enum am_msg_id {
    AM_MSG_FIELD,          /* a field's label, then what is wrong with it */
    AM_MSG_REQUIRED,
    AM_MSG_REQUIRED_NULL,
    AM_MSG_NOT_NULL,
    AM_MSG_NOT_EMPTY,
    AM_MSG_UNKNOWN_FIELD,
    AM_MSG_READONLY,
    AM_MSG_BODY_OBJECT,
    AM_MSG_MUST_BE_STRING,
    AM_MSG_MUST_BE_LISTED,
    AM_MSG_NO_NUL,
    AM_MSG_NO_CTRL,
    AM_MSG_TOO_LONG,
    AM_MSG_TOO_SHORT,
    AM_MSG_NOT_CHOICE,
    AM_MSG_NOT_DATE,
    AM_MSG_NOT_URL,
    AM_MSG_NOT_SLUG,
    AM_MSG_NOT_COUNTRY,
    AM_MSG_MUST_BE_INT,
    AM_MSG_MUST_BE_ID,
    AM_MSG_MUST_BE_ID_FROM_1,
    AM_MSG_MUST_BE_NUMBER,
    AM_MSG_MUST_BE_FINITE,
    AM_MSG_BETWEEN,
    AM_MSG_MUST_BE_BOOL,
    AM_MSG_MUST_BE_LIST,
    AM_MSG_MUST_BE_OBJECT,
    AM_MSG_TOO_MANY,
    AM_MSG_TOO_FEW,
    AM_MSG_ITEM_EMPTY,
    AM_MSG_Q_NOT_WHOLE,
    AM_MSG_Q_NOT_NUMBER,
    AM_MSG_Q_NOT_BOOL,
    AM_MSG_UNKNOWN_PARAM,
    AM_MSG_GIVEN_TWICE,
    AM_MSG_COUNT,
};

/* English: what the API has always said, byte for byte. */
#define AM_MSG_EN_FIELD "%s: %s"
#define AM_MSG_EN_REQUIRED "%s: is required; fill it in"
#define AM_MSG_EN_REQUIRED_NULL "is required and must not be null"
#define AM_MSG_EN_NOT_NULL "must not be null"
#define AM_MSG_EN_NOT_EMPTY "must not be empty"
#define AM_MSG_EN_UNKNOWN_FIELD "%s: unknown field"
#define AM_MSG_EN_READONLY "%s: is set by amity, not by a request; leave it out"
#define AM_MSG_EN_BODY_OBJECT "the body must be a JSON object"
#define AM_MSG_EN_MUST_BE_STRING "must be a string"
#define AM_MSG_EN_MUST_BE_LISTED "must be one of the listed values"
#define AM_MSG_EN_NO_NUL "must not contain NUL characters"
#define AM_MSG_EN_NO_CTRL "must not contain control characters"
#define AM_MSG_EN_TOO_LONG "is longer than %s characters"
#define AM_MSG_EN_TOO_SHORT "is shorter than %s characters"
#define AM_MSG_EN_NOT_CHOICE "'%s' is not one of its choices; choose one of: %s"
#define AM_MSG_EN_NOT_DATE "'%s' is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD"
#define AM_MSG_EN_NOT_URL "'%s' is not a web address; write it with https:// or http://"
#define AM_MSG_EN_NOT_SLUG "'%s' is not a key (a-z, 0-9, -)"
#define AM_MSG_EN_NOT_COUNTRY "'%s' is not a country code; write its two letters, e.g. IT"
#define AM_MSG_EN_MUST_BE_INT "must be a whole number, e.g. 12"
#define AM_MSG_EN_MUST_BE_ID "must be the id of a record (a whole number)"
#define AM_MSG_EN_MUST_BE_ID_FROM_1 "must be the id of a record (a whole number from 1)"
#define AM_MSG_EN_MUST_BE_NUMBER "must be a number, e.g. 4.5"
#define AM_MSG_EN_MUST_BE_FINITE "must be a finite number"
#define AM_MSG_EN_BETWEEN "must be between %s and %s"
#define AM_MSG_EN_MUST_BE_BOOL "must be true or false"
#define AM_MSG_EN_MUST_BE_LIST "must be a list"
#define AM_MSG_EN_MUST_BE_OBJECT "must be an object"
#define AM_MSG_EN_TOO_MANY "has too many items"
#define AM_MSG_EN_TOO_FEW "has too few items"
#define AM_MSG_EN_ITEM_EMPTY "must not be null or empty"
#define AM_MSG_EN_Q_NOT_WHOLE "%s: '%s' is not a whole number; write it in digits, e.g. 12"
#define AM_MSG_EN_Q_NOT_NUMBER "%s: '%s' is not a number; write it in digits, e.g. 12.5"
#define AM_MSG_EN_Q_NOT_BOOL "%s: '%s' is not a yes or no; write true or false"
#define AM_MSG_EN_UNKNOWN_PARAM "%.60s: unknown query parameter"
#define AM_MSG_EN_GIVEN_TWICE "%.60s: given twice"

/* The message's format in the thread's language; en (the English text,
 * which the compiler checks the call's arguments against) when it has
 * no translation. */
const char *am_tr(enum am_msg_id id, const char *en) __attribute__((format_arg(2)));
#define AM_TR(id) am_tr(AM_MSG_##id, AM_MSG_EN_##id)

/* The table's entry (NULL: no translation), for the tests. */
const char *am_msg_format(enum am_msg_id id, enum am_lang lang);

#endif

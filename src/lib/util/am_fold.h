/* am_fold: names folded for matching and search, so that "Köln", "KOLN"
 * and "koln" meet, as do "Reggio nell'Emilia" and "reggio nellemilia".
 *
 * Folding is Unicode case folding (libunistring) in decomposed form with the
 * combining marks removed, plus the letters that do not decompose (ł, ø, æ,
 * œ, đ, þ, ı ...) spelt in plain Latin; apostrophes vanish and every other
 * run of non-alphanumerics becomes one space. Any script folds (اصفهان
 * stays اصفهان, Москва becomes москва). */
#ifndef AM_FOLD_H
#define AM_FOLD_H

#include <stddef.h>

#include "am_buf.h"

/* Append the folded form of s[0..n) to out (which is reset first). Invalid
 * UTF-8 is AM_EINVAL. */
enum am_rc am_fold(const char *s, size_t n, struct am_buf *out);

/* How alike two folded names are, 0..1: 1 when the words of one are all
 * words of the other ("bad kotzting" and "kotzting"), else the Dice
 * coefficient of their letter trigrams ("gwangmyeong", "kwangmyong"). */
double am_name_similarity(const char *a, const char *b);

#endif

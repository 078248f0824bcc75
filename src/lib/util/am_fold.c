#include "am_fold.h"

#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "am_str.h"

/* Letters without a decomposition, as they are written in plain Latin. */
static const char *special(ucs4_t c)
{
    switch (c) {
    case 0x0142: return "l";  /* ł */
    case 0x0111: return "d";  /* đ */
    case 0x00F8: return "o";  /* ø */
    case 0x00E6: return "ae"; /* æ */
    case 0x0153: return "oe"; /* œ */
    case 0x00FE: return "th"; /* þ */
    case 0x00F0: return "d";  /* ð */
    case 0x0131: return "i";  /* ı dotless i */
    case 0x0127: return "h";  /* ħ */
    case 0x0167: return "t";  /* ŧ */
    case 0x0138: return "k";  /* ĸ */
    case 0x017F: return "s";  /* ſ */
    case 0x0180: return "b";  /* ƀ */
    case 0x0268: return "i";  /* ɨ */
    /* Arabic letters as Persian writes them, so that either keyboard finds
     * the other's text; the tatweel is only a stretch */
    case 0x064A: return "\xDB\x8C"; /* ي -> ی */
    case 0x0649: return "\xDB\x8C"; /* ى -> ی */
    case 0x0643: return "\xDA\xA9"; /* ك -> ک */
    case 0x0629: return "\xD9\x87"; /* ة -> ه */
    case 0x0640: return "";           /* ـ tatweel */
    default: return NULL;
    }
}

static bool apostrophe(ucs4_t c)
{
    return c == '\'' || c == '`' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x02BB ||
           c == 0x02BF || c == 0x02BE || c == 0x00B4 || c == 0x2032;
}

/* The common case: plain ASCII, folded without libunistring's allocations. */
static enum am_rc fold_ascii(const char *s, size_t n, struct am_buf *out)
{
    bool space = true; /* at the start, a separator is dropped */
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            am_buf_addc(out, c);
            space = false;
        } else if (c == '\'' || c == '`') {
            continue;
        } else if (!space) {
            am_buf_addc(out, ' ');
            space = true;
        }
    }
    if (out->len && out->data[out->len - 1] == ' ')
        out->data[--out->len] = '\0';
    return out->err;
}

enum am_rc am_fold(const char *s, size_t n, struct am_buf *out)
{
    am_buf_reset(out);
    bool ascii = true;
    for (size_t i = 0; i < n && ascii; i++)
        ascii = (unsigned char)s[i] < 0x80;
    if (ascii)
        return fold_ascii(s, n, out);
    if (!am_utf8_valid(s, n))
        return AM_EINVAL;
    size_t len = 0;
    uint8_t *f = u8_casefold((const uint8_t *)s, n, NULL, UNINORM_NFD, NULL, &len);
    if (!f)
        return AM_ENOMEM;
    bool space = true;
    for (size_t i = 0; i < len;) {
        ucs4_t c;
        int k = u8_mbtouc(&c, f + i, len - i);
        i += (size_t)(k > 0 ? k : 1);
        if (uc_is_general_category(c, UC_CATEGORY_M) || apostrophe(c))
            continue;
        const char *sp = special(c);
        if (sp) {
            am_buf_adds(out, sp);
            space = space && !*sp;
        } else if (uc_is_alnum(c)) {
            uint8_t enc[6];
            int m = u8_uctomb(enc, c, sizeof enc);
            if (m > 0)
                am_buf_add(out, enc, (size_t)m);
            space = false;
        } else if (!space) {
            am_buf_addc(out, ' ');
            space = true;
        }
    }
    free(f);
    if (out->len && out->data[out->len - 1] == ' ')
        out->data[--out->len] = '\0';
    return out->err;
}

/* ---- similarity ------------------------------------------------------- */

/* Is every word of a a word of b? */
static bool words_within(const char *a, const char *b)
{
    size_t blen = strlen(b);
    while (*a) {
        size_t n = strcspn(a, " ");
        bool found = false;
        for (const char *p = b; p < b + blen;) {
            size_t m = strcspn(p, " ");
            if (m == n && memcmp(p, a, n) == 0) {
                found = true;
                break;
            }
            p += m + (p[m] == ' ');
        }
        if (!found)
            return false;
        a += n + (a[n] == ' ');
    }
    return true;
}

enum { MAX_TRI = 256 };

/* Trigrams of the name without its spaces, padded, as 3-byte keys. */
static size_t trigrams(const char *s, uint32_t *out)
{
    char buf[MAX_TRI + 2];
    size_t n = 0;
    buf[n++] = ' ';
    for (; *s && n < MAX_TRI; s++)
        if (*s != ' ')
            buf[n++] = *s;
    buf[n++] = ' ';
    size_t k = 0;
    for (size_t i = 0; i + 2 < n; i++) {
        uint32_t t = (uint32_t)(unsigned char)buf[i] << 16 | (uint32_t)(unsigned char)buf[i + 1] << 8 |
                     (unsigned char)buf[i + 2];
        bool dup = false;
        for (size_t j = 0; j < k && !dup; j++)
            dup = out[j] == t;
        if (!dup)
            out[k++] = t;
    }
    return k;
}

double am_name_similarity(const char *a, const char *b)
{
    if (!*a || !*b)
        return 0;
    if (words_within(a, b) || words_within(b, a))
        return 1.0;
    uint32_t ta[MAX_TRI], tb[MAX_TRI];
    size_t na = trigrams(a, ta), nb = trigrams(b, tb), common = 0;
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++)
            if (ta[i] == tb[j]) {
                common++;
                break;
            }
    return na + nb ? 2.0 * (double)common / (double)(na + nb) : 0;
}

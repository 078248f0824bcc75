#include "am_lang.h"

#include <string.h>

static const char *const codes[AM_LANG_COUNT] = {
    [AM_LANG_EN] = "en", [AM_LANG_FR] = "fr", [AM_LANG_IT] = "it", [AM_LANG_UK] = "uk", [AM_LANG_FA] = "fa",
};

/* See am_lang.h for why this is the thread's and not passed around. */
static _Thread_local enum am_lang current = AM_LANG_EN, names = AM_LANG_EN;

const char *am_lang_code(enum am_lang l)
{
    return (unsigned)l < AM_LANG_COUNT ? codes[l] : codes[AM_LANG_EN];
}

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

static bool is_alnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* The language of the tag s[0..n): its primary subtag (two letters: all of
 * ours are ISO 639-1 codes) and any subtags after it, which are ignored
 * (a region, a script: fr-CH and fr-Latn are French). */
static bool lookup(const char *s, size_t n, enum am_lang *out)
{
    size_t k = 0;
    while (k < n && s[k] != '-' && s[k] != '_')
        k++;
    if (k != 2)
        return false;
    for (size_t i = k; i < n; i++)
        if (!is_alnum(s[i]) && s[i] != '-' && s[i] != '_')
            return false;
    char a = lower(s[0]), b = lower(s[1]);
    for (int l = 0; l < AM_LANG_COUNT; l++)
        if (codes[l][0] == a && codes[l][1] == b) {
            *out = (enum am_lang)l;
            return true;
        }
    return false;
}

bool am_lang_parse(const char *tag, enum am_lang *out)
{
    return tag && lookup(tag, strlen(tag), out);
}

static bool is_ows(char c)
{
    return c == ' ' || c == '\t';
}

/* A qvalue (RFC 9110 12.4.2) in thousandths: 0, 0.5, 0.123, 1, 1.000;
 * -1 when it is not one. */
static int qvalue(const char *s, size_t n)
{
    if (n == 0 || (s[0] != '0' && s[0] != '1'))
        return -1;
    int q = (s[0] - '0') * 1000, scale = 100;
    if (n == 1)
        return q;
    if (s[1] != '.' || n > 5)
        return -1;
    for (size_t i = 2; i < n; i++, scale /= 10) {
        if (s[i] < '0' || s[i] > '9' || (q == 1000 && s[i] != '0'))
            return -1;
        q += (s[i] - '0') * scale;
    }
    return q;
}

/* One element of the list, s[0..n): "fr-CH", "fr;q=0.9", " * ; q=0.1".
 * Its q in thousandths (-1 when it cannot be read), its language in *l
 * when it names one of ours (or is `*`). */
static int element(const char *s, size_t n, enum am_lang *l, bool *ours)
{
    size_t i = 0;
    while (i < n && is_ows(s[i]))
        i++;
    size_t start = i;
    while (i < n && s[i] != ';' && !is_ows(s[i]))
        i++;
    size_t len = i - start;
    *ours = false;
    if (len == 1 && s[start] == '*') {
        *l = AM_LANG_EN;
        *ours = true;
    } else if (len > 0) {
        *ours = lookup(s + start, len, l);
    }
    int q = 1000;
    while (i < n) { /* parameters: only q means anything */
        while (i < n && is_ows(s[i]))
            i++;
        if (i == n)
            break;
        if (s[i] != ';')
            return -1;
        i++;
        while (i < n && is_ows(s[i]))
            i++;
        size_t p = i;
        while (i < n && s[i] != ';' && !is_ows(s[i]))
            i++;
        if (i - p >= 2 && (s[p] == 'q' || s[p] == 'Q') && s[p + 1] == '=')
            q = qvalue(s + p + 2, i - p - 2);
        if (q < 0)
            return -1;
    }
    return q;
}

enum am_lang am_lang_accept(const char *header)
{
    enum am_lang best = AM_LANG_EN;
    int best_q = 0; /* q=0 is "not acceptable": it never wins */
    for (const char *p = header; p && *p;) {
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        enum am_lang l = AM_LANG_EN;
        bool ours;
        int q = element(p, n, &l, &ours);
        if (ours && q > best_q) {
            best = l;
            best_q = q;
        }
        p = comma ? comma + 1 : p + n;
    }
    return best;
}

enum am_lang am_lang_choose(const char *query, const char *header, bool *from_header)
{
    bool asked = query && *query;
    if (from_header)
        *from_header = !asked;
    if (!asked)
        return am_lang_accept(header);
    enum am_lang l;
    return am_lang_parse(query, &l) ? l : AM_LANG_EN;
}

void am_lang_set(enum am_lang l)
{
    current = names = (unsigned)l < AM_LANG_COUNT ? l : AM_LANG_EN;
}

enum am_lang am_lang_current(void)
{
    return current;
}

void am_lang_set_names(enum am_lang l)
{
    names = (unsigned)l < AM_LANG_COUNT ? l : AM_LANG_EN;
}

enum am_lang am_lang_names(void)
{
    return names;
}

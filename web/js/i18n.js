// amity in its users' languages. Messages are Project Fluent (FTL) files,
// web/i18n/<lang>/<area>.ftl, read with @fluent/bundle (vendor/fluent-bundle.js,
// the global FluentBundle): Fluent keeps each language's grammar (plurals,
// gender, cases: Ukrainian has three plural forms, Persian none) in the
// translation, not in the code, and lets a translator write a message as
// their language needs it without a change here. English is the source and
// the fallback of every message.
//
//   t(id, args)       a message as text ("" never: the id itself when no
//                     catalog has it, so that a gap shows)
//   localize(root)    elements with a data-l10n attribute (a message id) get
//                     their text from that message
//                     (data-l10n-attr="aria-label" for an attribute instead)
//   fmt.number(n), fmt.date(iso), fmt.dateTime(iso), fmt.list(items),
//   fmt.relative(iso)  through Intl, for the reader's language (Persian
//                     digits in fa); dates also in the Solar Hijri calendar
//                     beside the Gregorian one when the reader asks for it
//   countryName(code, fallback)  a country in the reader's language
//   LANGUAGES, lang(), dir(), setLanguage(code)
//
// The language: the reader's choice (kept in localStorage), else the first
// of the browser's languages that amity has, else English. <html lang dir>
// follow it.

// Each area is a file per language. A view's messages are in its area's
// file; "shell" has the header, the footer and the words every page uses.
export const AREAS = ['shell', 'common', 'home', 'cities', 'networks', 'partnerships', 'activities',
  'practices', 'index', 'graph', 'maps', 'search', 'workspace', 'forms', 'people', 'calendar', 'notices', 'needs'];

export const LANGUAGES = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'it', name: 'Italiano', dir: 'ltr' },
  { code: 'uk', name: 'Українська', dir: 'ltr' },
  { code: 'fa', name: 'فارسی', dir: 'rtl' },
];
const KEY = 'amity.lang';
const CALENDAR_KEY = 'amity.calendar';

let current = 'en';
let bundles = []; // the reader's language first, then English
let countries = {}; // ISO 3166-1 alpha-2 -> the country's name in the reader's language
const missing = new Set();

function chosen() {
  let stored = null;
  try {
    stored = localStorage.getItem(KEY);
  } catch {
    stored = null;
  }
  if (LANGUAGES.some((l) => l.code === stored)) return stored;
  for (const want of navigator.languages || [navigator.language || 'en']) {
    const base = String(want).toLowerCase().split('-')[0];
    if (LANGUAGES.some((l) => l.code === base)) return base;
  }
  return 'en';
}

async function catalog(code) {
  const Fluent = window.FluentBundle;
  const bundle = new Fluent.FluentBundle(code, { useIsolating: false });
  const texts = await Promise.all(AREAS.map((a) => fetch(`i18n/${code}/${a}.ftl`)
    .then((r) => (r.ok ? r.text() : ''))
    .catch(() => '')));
  for (const text of texts) {
    if (!text) continue;
    const errors = bundle.addResource(new Fluent.FluentResource(text));
    for (const e of errors) console.warn(`i18n ${code}: ${e.message}`);
  }
  return bundle;
}

// Settles once start() has chosen the language and loaded the catalogs:
// what asks the server for words (the API document) waits for it, so that
// its request carries the reader's language.
let markReady;
export const ready = new Promise((resolve) => { markReady = resolve; });

// The server's words for the choices of its fields (x-enum-labels of the
// API document, in the reader's language; none in English): value -> label.
export const choiceLabels = new Map();

// Loads the catalogs and sets <html lang dir>; the pages are drawn after.
export async function start() {
  try {
    await load();
  } finally {
    markReady();
  }
}

async function load() {
  current = chosen();
  document.documentElement.lang = current;
  document.documentElement.dir = dir();
  if (!window.FluentBundle) return; // the vendor file is missing: English as written in the code
  const wanted = current === 'en' ? ['en'] : [current, 'en'];
  [bundles, countries] = await Promise.all([Promise.all(wanted.map(catalog)), countryNames(current)]);
  localize(document);
}

// Country names from i18n-iso-countries (vendor/countries/<lang>.json):
// the first of its names for a code ("United States of America", not
// "USA"), as the CLDR-based package lists them.
async function countryNames(code) {
  if (code === 'en') return {}; // the API's own names are English
  try {
    const r = await fetch(`vendor/countries/${code}.json`);
    if (!r.ok) return {};
    const j = await r.json();
    const out = {};
    for (const [cc, v] of Object.entries(j.countries || {})) out[cc] = Array.isArray(v) ? v[0] : v;
    return out;
  } catch {
    return {};
  }
}

// A country's name for the reader: in their language when the package has
// it, else the name the API gave (fallback), else the code.
export const countryName = (code, fallback) => (code && countries[String(code).toUpperCase()]) || fallback || code || '';

export const lang = () => current;
export const dir = () => (LANGUAGES.find((l) => l.code === current) || LANGUAGES[0]).dir;

export function setLanguage(code) {
  if (!LANGUAGES.some((l) => l.code === code)) return;
  try {
    localStorage.setItem(KEY, code);
  } catch {
    /* private browsing: for this page only */
  }
  location.reload();
}

export function t(id, args) {
  for (const b of bundles) {
    const m = b.getMessage(id);
    if (m && m.value) {
      const errors = [];
      const text = b.formatPattern(m.value, args, errors);
      if (!errors.length) return text;
    }
  }
  if (bundles.length) missing.add(id);
  return id;
}

// A message with elements in its placeables (a link, <strong>, <time>, or
// a list of them): an array of strings and nodes, in the order the
// language puts them. Other values are formatted by Fluent as usual.
const MARK = '\u2063'; // INVISIBLE SEPARATOR: never in a message
export function tNodes(id, args = {}) {
  const placed = [];
  const plain = {};
  for (const [k, v] of Object.entries(args)) {
    if ((typeof Node !== 'undefined' && v instanceof Node) || Array.isArray(v)) {
      plain[k] = `${MARK}${placed.length}${MARK}`;
      placed.push(v);
    } else plain[k] = v;
  }
  return t(id, plain).split(MARK).flatMap((x, i) => (i % 2 ? placed[Number(x)] : x)).filter((x) => x !== '');
}

// Elements as a list in the reader's language ("a, b and c"; type 'unit':
// "a, b, c"), as an array of strings and nodes.
export function listNodes(els, type = 'unit') {
  return fmt.list(els.map((_, i) => `${MARK}${i}${MARK}`), type).split(MARK)
    .map((x, i) => (i % 2 ? els[Number(x)] : x)).filter((x) => x !== '');
}

// Whether a message exists: for words the page has for some values of a
// field (a health state, a search kind) and not others, without copying the
// API's list of choices into the page.
export const has = (id) => bundles.some((b) => b.hasMessage(id));

// The ids asked for that no catalog has (for the tests).
export const missingIds = () => [...missing];
window.amityMissingMessages = missingIds;

export function localize(root) {
  for (const el of root.querySelectorAll('[data-l10n]')) {
    const text = t(el.dataset.l10n);
    if (text === el.dataset.l10n) continue;
    const attr = el.dataset.l10nAttr;
    if (attr) el.setAttribute(attr, text);
    else el.textContent = text;
  }
}

// ---- numbers, dates, lists -----------------------------------------------

export function solarHijri() {
  try {
    return localStorage.getItem(CALENDAR_KEY) === 'persian';
  } catch {
    return false;
  }
}
export function setSolarHijri(on) {
  try {
    localStorage.setItem(CALENDAR_KEY, on ? 'persian' : 'gregory');
  } catch {
    /* for this page only */
  }
}

// English as written in Europe (2 December 2026, 24-hour clock): amity's
// English is British, as the Council of Europe's. Dates are Gregorian in
// every language (Intl's Persian default is the Solar Hijri calendar, which
// Persian readers may add beside it: solarHijri()).
const intlLocale = (kind) => {
  if (current === 'en') return 'en-GB';
  return kind === 'DateTimeFormat' ? `${current}-u-ca-gregory` : current;
};

const cache = new Map();
function formatter(kind, options) {
  const key = `${kind}|${current}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl[kind](intlLocale(kind), options);
    cache.set(key, f);
  }
  return f;
}

function dateOf(iso) {
  if (iso instanceof Date) return iso;
  // a bare day is that day wherever the reader is
  const s = String(iso);
  return new Date(/^\d{4}-\d\d-\d\d$/.test(s) ? `${s}T12:00:00Z` : s);
}

function withHijri(d, options, text) {
  if (!solarHijri()) return text;
  const hijri = new Intl.DateTimeFormat(`${current}-u-ca-persian`, options).format(d);
  return hijri === text ? text : `${text} (${hijri})`;
}

export const fmt = {
  number: (n, options = {}) => (n === null || n === undefined || Number.isNaN(Number(n)) ? ''
    : formatter('NumberFormat', options).format(Number(n))),
  date(iso, options = { dateStyle: 'medium' }) {
    if (!iso) return '';
    const d = dateOf(iso);
    if (Number.isNaN(d.getTime())) return String(iso);
    return withHijri(d, options, formatter('DateTimeFormat', { ...options, timeZone: 'UTC' }).format(d));
  },
  dateTime(iso, options = { dateStyle: 'medium', timeStyle: 'short' }) {
    if (!iso) return '';
    const d = dateOf(iso);
    if (Number.isNaN(d.getTime())) return String(iso);
    return withHijri(d, options, formatter('DateTimeFormat', options).format(d));
  },
  list: (items, type = 'conjunction') => formatter('ListFormat', { style: 'long', type }).format(items.map(String)),
  relative(iso, now = Date.now()) {
    const d = dateOf(iso);
    const s = Math.round((d.getTime() - now) / 1000);
    const f = formatter('RelativeTimeFormat', { numeric: 'auto' });
    const steps = [[60, 'second'], [60, 'minute'], [24, 'hour'], [30, 'day'], [12, 'month'], [Infinity, 'year']];
    let v = s;
    for (const [size, unit] of steps) {
      if (Math.abs(v) < size) return f.format(Math.round(v), unit);
      v /= size;
    }
    return '';
  },
};

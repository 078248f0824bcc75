// The reader's preferences, in the header: the language (see i18n.js) and
// the colour scheme (automatic: as the system says, through
// prefers-color-scheme; or light, or dark). Both are kept in localStorage.
// The scheme is <html data-theme="light|dark">, absent when automatic:
// style.css does the rest, and charts, maps and the graph read their
// colours from its custom properties.
import { h } from './ui.js';
import { t, LANGUAGES, lang, setLanguage, solarHijri, setSolarHijri } from './i18n.js';

const THEME_KEY = 'amity.theme';
const THEMES = ['auto', 'light', 'dark'];

export function theme() {
  let v = null;
  try {
    v = localStorage.getItem(THEME_KEY);
  } catch {
    v = null;
  }
  return THEMES.includes(v) ? v : 'auto';
}

export function applyTheme(v = theme()) {
  if (v === 'auto') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', v);
}

// Whether the page is drawn dark now (for what draws on a canvas).
export const isDark = () => {
  const v = theme();
  if (v !== 'auto') return v === 'dark';
  return !!(window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches);
};

function setTheme(v) {
  try {
    localStorage.setItem(THEME_KEY, v);
  } catch {
    /* for this page only */
  }
  applyTheme(v);
  window.dispatchEvent(new CustomEvent('amity-theme', { detail: { theme: v, dark: isDark() } }));
}

export function prefsBox() {
  const language = h('select', { id: 'pref-lang', onchange: (e) => setLanguage(e.target.value) },
    LANGUAGES.map((l) => h('option', { value: l.code, lang: l.code, dir: l.dir }, l.name)));
  language.value = lang();
  const scheme = h('select', { id: 'pref-theme', onchange: (e) => setTheme(e.target.value) },
    THEMES.map((v) => h('option', { value: v }, t(`theme-${v}`))));
  scheme.value = theme();
  // dates in the Solar Hijri calendar too, beside the Gregorian ones: offered
  // to Persian readers (the page is drawn again with them)
  const hijri = lang() === 'fa'
    ? h('label', { class: 'pref-hijri' }, h('input', {
      type: 'checkbox', checked: solarHijri(), onchange: (e) => { setSolarHijri(e.target.checked); location.reload(); },
    }), ` ${t('pref-hijri')}`)
    : null;
  return h('div', { class: 'prefs' },
    h('label', { for: 'pref-lang', class: 'visually-hidden' }, t('pref-language')), language,
    h('label', { for: 'pref-theme', class: 'visually-hidden' }, t('pref-theme')), scheme, hijri);
}

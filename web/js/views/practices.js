// The good-practice library: search as you type, facets with counts (one
// value per facet), sort, "Show more". The state lives in the address, so
// back, forward and links work; a signed-in user can also list what awaits
// review, drafts and returned practices.
import * as api from '../api.js';
import { h, append, name, field, select, pager, debounce, pageTitle, setStatus } from '../ui.js';
import { hashFor, replaceHash, pushHash } from '../app.js';
import { downloads } from '../downloads.js';
import { schemaOf } from '../schema.js';
import { paramOf, paramChoices, validParam, choiceText } from '../params.js';
import { t, has, fmt, lang, tNodes } from '../i18n.js';

// ---- shared with the detail page and the form -------------------------------

// A message with elements in it: t(id, args), each of els (a link, a name)
// put where its placeable is: [text, element, text].
export const tEls = (id, args, els) => tNodes(id, { ...args, ...els });

// A year as the reader writes it, without grouping: 2019, ۲۰۱۹.
export const yearText = (y) => fmt.number(y, { useGrouping: false });

// The template, as the server writes it (GET /practices/template), once.
let templateP = null;
export function template() {
  templateP ??= api.get('/practices/template').catch((e) => { templateP = null; throw e; });
  return templateP;
}

// The sections of the template, in its order: [{key, heading, hint}], as
// the server lists them in the reader's language (the Practice fields they
// fill).
export async function sections() {
  const [tpl, schema] = await Promise.all([template(), schemaOf('Practice')]);
  const fields = new Set(Object.entries(schema?.properties || {})
    .filter(([, p]) => p.type === 'string' && !p.readOnly).map(([k]) => k));
  return (tpl.sections || []).filter((x) => fields.has(x.field))
    .map((x) => ({ key: x.field, heading: x.heading, hint: x.hint || '' }));
}

// A status in words: "Awaiting review"; one the page has no words for, as the server names it.
export function statusText(status) {
  const id = `practices-status-${status}`;
  const text = t(`practices-status-${status}`);
  return text === id ? choiceText(status) : text;
}

export function statusBadge(status) {
  return h('span', { class: `badge practice-status status-${status}` }, statusText(status));
}

// The period as written; otherwise the years.
export function periodText(p) {
  if (p.period && p.period.trim()) return p.period.trim();
  if (!p.start_year) return p.ongoing ? t('practices-ongoing') : '';
  if (p.end_year && p.end_year !== p.start_year) return `${yearText(p.start_year)}–${yearText(p.end_year)}`;
  if (p.ongoing) return t('practices-years-ongoing', { start: yearText(p.start_year) });
  return yearText(p.start_year);
}

let languageNames = null;
// "it" -> "Italian" (in the reader's language)
export function languageName(code) {
  if (!code) return '';
  try {
    languageNames ??= new Intl.DisplayNames([lang()], { type: 'language' });
    const n = languageNames && languageNames.of(code);
    return n && n !== code ? n : code;
  } catch {
    return code;
  }
}

// "Reggio Emilia, Italy" (the city linked when asked), or the country alone.
export function placeEl(p, { link = false } = {}) {
  const country = p.country_name || p.country || '';
  if (p.city) {
    const city = link ? h('a', { href: `#/city/${p.city.id}`, dir: 'auto' }, p.city.name) : name(p.city.name);
    return h('span', { class: 'place' }, country ? tEls('practices-place', { country }, { city }) : city);
  }
  return h('span', { class: 'place' }, country || t('practices-place-unknown'));
}

export function networkText(n) {
  if (!n) return '';
  return n.acronym && n.acronym !== n.name ? `${n.name} (${n.acronym})` : n.name;
}

// What this user may do with a practice: the server says so in its `can`
// (the practice's rights, am_rights); the page never guesses.
export const can = (p, action) => !!(p && p.can && p.can[action]);

// topic key -> label
export async function topicLabels() {
  const list = await api.topics().catch(() => []);
  return new Map(list.map((tp) => [tp.id, tp.code ? `${tp.code} ${tp.label}` : tp.label]));
}

export function topicChips(keys, labels) {
  if (!keys || !keys.length) return null;
  return h('ul', { class: 'tags', 'aria-label': t('practices-topics') }, keys.map((k) => h('li', {}, labels.get(k) || k)));
}

// The start of a text, cut at a word.
export function excerpt(text, max = 260) {
  const s = (text || '').replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const sp = cut.lastIndexOf(' ');
  return `${(sp > max * 0.6 ? cut.slice(0, sp) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

// Where "Good practices" in the crumbs leads: the last search.
let lastLibrary = '#/practices';
export const libraryHash = () => lastLibrary;

// A link that offers the Markdown template as a file.
export function templateLink() {
  const a = h('a', { href: '#/practices', class: 'template-link', download: 'amity-practice-template.md', 'aria-disabled': 'true' },
    t('practices-template-download'));
  let url = null;
  template().then((tpl) => {
    url = URL.createObjectURL(new Blob([tpl.markdown], { type: 'text/markdown;charset=utf-8' }));
    a.href = url;
    a.removeAttribute('aria-disabled');
  }).catch((e) => {
    a.replaceWith(h('span', { class: 'muted' }, t('practices-template-failed', { error: e.message })));
  });
  // not ready yet: do not follow the placeholder address
  a.addEventListener('click', (e) => { if (!url) e.preventDefault(); });
  return a;
}

// ---- the library ---------------------------------------------------------------

// The facets: those of the reply (PracticeFacets), in its order, each
// with its title and the rules of the filter of its name: [[key, title,
// schema of the filter]].
async function facetsOf() {
  const schema = await schemaOf('PracticeFacets');
  const keys = Object.entries(schema?.properties || {});
  const params = await Promise.all(keys.map(([k]) => paramOf('/practices', k)));
  return keys.map(([k, p], i) => [k, p.title || choiceText(k), params[i]]).filter(([, , param]) => param);
}
const SHOW_FIRST = 6;
// words for a few choices (the others read as their value)
const sortText = (v) => (has(`practices-sort-${v}`) ? t(`practices-sort-${v}`) : choiceText(v));
function statusChoice(s) {
  const id = `practices-show-${s}`;
  const text = t(`practices-show-${s}`);
  return text === id ? choiceText(s) : text;
}

export async function render(view, ctx) {
  pageTitle(t('practices-title'));
  const user = ctx.user;
  const [FACETS, sortParam, statusParam] = await Promise.all([
    facetsOf(), paramOf('/practices', 'sort'), paramOf('/practices', 'status'),
  ]);
  if (!ctx.alive()) return;
  const SORTS = sortParam?.enum ?? [];
  // the published ones first: what everyone sees, and what no status asks for
  const STATUSES = [...(statusParam?.enum ?? [])].sort((a, b) => (b === 'published') - (a === 'published'));
  // the state, from the address (what the API would refuse is left out)
  const state = { q: ctx.query.get('q') || '', sort: '', status: '' };
  for (const [key, , param] of FACETS) {
    const v = ctx.query.get(key) || '';
    state[key] = validParam(param, v) ? v : '';
  }
  if (validParam(sortParam, ctx.query.get('sort'))) state.sort = ctx.query.get('sort');
  const wantStatus = ctx.query.get('status') || '';
  if (user && validParam(statusParam, wantStatus) && wantStatus !== 'published') state.status = wantStatus;

  const hashNow = () => hashFor('/practices', {
    q: state.q, ...Object.fromEntries(FACETS.map(([k]) => [k, state[k]])), sort: state.sort, status: state.status,
  });
  lastLibrary = hashNow();

  // ---- search box
  const q = h('input', { type: 'search', name: 'q', value: state.q, autocomplete: 'off', spellcheck: 'false' });
  const form = h('form', { class: 'library-search', role: 'search', 'aria-label': t('practices-search-label') },
    field(t('practices-search-label'), q, { hint: t('practices-search-hint') }),
    h('div', { class: 'filters-actions' }, h('button', { type: 'submit', class: 'button' }, t('practices-search'))));

  // ---- review lists, for signed-in users
  let statusBox = null;
  if (user) {
    const groupName = 'practice-status';
    statusBox = h('fieldset', { class: 'status-choice' },
      h('legend', {}, t('practices-show')),
      STATUSES.map((s) => {
        const r = h('input', {
          type: 'radio', name: groupName, value: s,
          checked: (state.status || 'published') === s,
          onchange: () => {
            state.status = s === 'published' ? '' : s;
            update(true);
          },
        });
        return h('label', { class: 'choice' }, r, h('span', {}, statusChoice(s)));
      }));
  }

  // ---- sort
  // the server's order: the first is the default (with words to search)
  const sort = select(SORTS.map((v) => [v, sortText(v)]), { value: state.sort || SORTS[0] });
  const fSort = field(t('practices-sort-by'), sort, { className: 'sort-field' });
  sort.addEventListener('change', () => {
    state.sort = sort.value === SORTS[0] ? '' : sort.value;
    update(true);
  });

  // ---- facets: a sidebar, under a toggle on phones
  const facetsId = 'practice-facets';
  const facetsToggle = h('button', {
    type: 'button', class: 'button secondary facets-toggle', 'aria-expanded': 'false', 'aria-controls': facetsId,
  }, h('span', { class: 'chevron', 'aria-hidden': 'true' }), t('practices-filters'));
  const facetsPanel = h('div', { class: 'facets-panel', id: facetsId });
  const facetsBox = h('div', { class: 'facets-body' });
  const clearAll = h('button', { type: 'button', class: 'link-button clear-all', onclick: () => {
    for (const [k] of FACETS) state[k] = '';
    update(true);
    facetsHeading.focus();
  } }, t('practices-clear-all'));
  const facetsHeading = h('h2', { class: 'facets-title', tabindex: '-1' }, t('practices-filter'));
  facetsPanel.append(h('div', { class: 'facets-head' }, facetsHeading, clearAll), facetsBox);
  const aside = h('aside', { class: 'facets', 'aria-label': t('practices-filters') }, facetsToggle, facetsPanel);
  facetsToggle.addEventListener('click', () => {
    const open = facetsToggle.getAttribute('aria-expanded') !== 'true';
    facetsToggle.setAttribute('aria-expanded', String(open));
    facetsPanel.classList.toggle('open', open);
  });
  const expanded = new Set(); // facets showing all their values

  // ---- results
  const chosen = h('ul', { class: 'chips active-filters', 'aria-label': t('practices-active-filters') });
  const results = h('section', { class: 'library-results', 'aria-labelledby': 'h-found' },
    h('h2', { id: 'h-found', class: 'visually-hidden' }, t('practices-found')));
  const bar = h('div', { class: 'results-bar' });
  results.append(bar, chosen);

  append(view,
    h('h1', {}, t('practices-title')),
    h('p', { class: 'lead' }, t('practices-lead')),
    h('div', { class: 'actions library-actions' },
      user ? h('a', { class: 'button', href: '#/practice/new' }, t('practices-submit')) : null,
      templateLink()),
    form,
    statusBox,
    h('div', { class: 'library' }, aside, results));

  let labels = new Map();
  let networkNames = new Map(); // "1" -> "Intercultural Cities (ICC)"
  let facetsNow = {};
  let latest = 0;
  const list = pager(results, {
    noun: ['practice', 'practices'],
    count: (n) => t('practices-count', { count: n }),
    empty: t('practices-none'),
    fetchPage: async (cursor) => {
      const seq = cursor ? latest : ++latest;
      const r = await api.get('/practices', { ...params(), limit: 20, cursor });
      if (!cursor && seq === latest && ctx.alive()) {
        facetsNow = r.facets || {};
        drawFacets();
      }
      return r;
    },
    render: (items, box) => {
      let ol = box.querySelector('ol');
      if (!ol) ol = box.appendChild(h('ol', { class: 'practice-list' }));
      return items.map((p) => ol.appendChild(item(p)));
    },
  });
  // the count goes next to the sort
  const summary = results.querySelector('.summary');
  bar.append(summary, fSort, downloads('/practices', params, { limit: 100 }));

  function params() {
    const p = { q: state.q, sort: state.sort, status: state.status };
    for (const [k] of FACETS) p[k] = state[k];
    return p;
  }

  function item(p) {
    const when = periodText(p);
    const marked = (segs) => segs.map((s) => (s.hit ? h('mark', {}, s.text) : s.text));
    const segs = state.q && p.snippet && p.snippet.length ? p.snippet : null;
    // words found in the title only: mark them there, and show the summary
    const inTitle = segs && segs.map((s) => s.text).join('') === p.title;
    const snippet = segs && !inTitle
      ? h('p', { class: 'snippet', dir: 'auto' }, marked(segs))
      : (p.summary ? h('p', { class: 'snippet', dir: 'auto' }, excerpt(p.summary)) : null);
    return h('li', { class: 'practice-item' },
      h('h3', { class: 'practice-title' }, h('a', { href: `#/practice/${p.id}`, dir: 'auto' }, inTitle ? marked(segs) : p.title)),
      h('p', { class: 'meta' },
        placeEl(p),
        when ? [' · ', h('span', { class: 'period' }, when)] : null,
        p.network ? [' · ', h('span', { dir: 'auto' }, p.network.acronym || p.network.name)] : null,
        p.status && p.status !== 'published' ? [' ', statusBadge(p.status)] : null),
      snippet,
      topicChips(p.topics, labels));
  }

  function valueLabel(key, v) {
    if (key === 'language') return languageName(v.value);
    if (key === 'topic') return labels.get(v.value) || v.label || v.value;
    if (key === 'network' && networkNames.has(v.value)) return networkNames.get(v.value);
    return v.label || v.value;
  }

  function drawFacets() {
    const active = document.activeElement;
    const refocus = facetsPanel.contains(active) && active.dataset.facet
      ? { facet: active.dataset.facet, value: active.dataset.value || '', kind: active.dataset.kind } : null;
    const sections = [];
    let selectedCount = 0;
    for (const [key, title] of FACETS) {
      const values = [...(facetsNow[key] || [])];
      // practices written in the reader's language first: one click keeps
      // only those (each practice keeps the language it was written in)
      if (key === 'language') {
        const mine = values.findIndex((v) => v.value === lang());
        if (mine > 0) values.unshift(...values.splice(mine, 1));
      }
      const sel = state[key];
      if (sel) selectedCount++;
      if (sel && !values.some((v) => v.value === sel)) values.unshift({ value: sel, label: sel, count: 0 });
      if (!values.length) continue;
      const headId = `facet-h-${key}`;
      const all = expanded.has(key);
      const shown = all ? values : values.filter((v, i) => i < SHOW_FIRST || v.value === sel);
      const ul = h('ul', { class: 'facet-values' }, shown.map((v) => {
        const on = v.value === sel;
        const text = valueLabel(key, v);
        return h('li', {}, h('button', {
          type: 'button', class: 'facet-value', 'aria-pressed': on ? 'true' : 'false',
          dataset: { facet: key, value: v.value, kind: 'value' },
          onclick: () => {
            state[key] = on ? '' : v.value;
            update(true);
          },
        },
        h('span', { class: 'facet-box', 'aria-hidden': 'true' }),
        h('span', { class: 'facet-label', dir: 'auto' }, text),
        h('span', { class: 'facet-count', 'aria-hidden': 'true' }, fmt.number(v.count)),
        h('span', { class: 'visually-hidden' }, t('practices-facet-count', { count: v.count }))));
      }));
      const more = values.length > shown.length || all
        ? h('button', {
          type: 'button', class: 'link-button facet-more', 'aria-expanded': all ? 'true' : 'false',
          dataset: { facet: key, kind: 'more' },
          onclick: () => {
            if (all) expanded.delete(key); else expanded.add(key);
            drawFacets();
          },
        }, all ? t('practices-show-fewer') : t('practices-show-all', { count: values.length }))
        : null;
      const clear = sel
        ? h('button', {
          type: 'button', class: 'link-button facet-clear', 'aria-label': t('practices-clear-facet', { facet: title.toLowerCase() }),
          dataset: { facet: key, kind: 'clear' },
          onclick: () => { state[key] = ''; update(true); },
        }, t('practices-clear'))
        : null;
      sections.push(h('section', { class: 'facet', 'aria-labelledby': headId },
        h('div', { class: 'facet-head' }, h('h3', { id: headId }, title), clear),
        ul, more));
    }
    facetsBox.replaceChildren(...(sections.length ? sections : [h('p', { class: 'muted' }, t('practices-nothing-to-filter'))]));
    clearAll.hidden = !selectedCount;
    facetsToggle.replaceChildren();
    append(facetsToggle, h('span', { class: 'chevron', 'aria-hidden': 'true' }), t('practices-filters'), selectedCount ? h('span', { class: 'facet-count' }, fmt.number(selectedCount)) : null,
      selectedCount ? h('span', { class: 'visually-hidden' }, ` ${t('practices-filters-chosen')}`) : null);
    drawChosen();
    if (refocus) {
      const sel = `[data-facet="${refocus.facet}"][data-kind="${refocus.kind === 'clear' ? 'value' : refocus.kind}"]`
        + (refocus.kind === 'value' ? `[data-value="${CSS.escape(refocus.value)}"]` : '');
      const target = facetsBox.querySelector(sel) || facetsBox.querySelector(`[data-facet="${refocus.facet}"]`) || facetsHeading;
      target.focus();
    }
  }

  // the filters in force, as chips that remove them
  function drawChosen() {
    const chips = [];
    for (const [key, title] of FACETS) {
      if (!state[key]) continue;
      const v = (facetsNow[key] || []).find((x) => x.value === state[key]) || { value: state[key], label: state[key] };
      const text = valueLabel(key, v);
      chips.push(h('li', { class: 'chip' }, h('span', {}, tEls('practices-chip', { facet: title }, { value: name(text) })),
        h('button', {
          type: 'button', class: 'chip-remove', 'aria-label': t('practices-chip-remove', { facet: title, value: text }),
          onclick: () => { state[key] = ''; update(true); q.focus(); },
        }, h('span', { 'aria-hidden': 'true' }, '×'))));
    }
    chosen.replaceChildren(...chips);
    chosen.hidden = !chips.length;
  }

  // push: a new history entry (a filter changed); otherwise replace it (typing)
  function update(push) {
    const hash = hashNow();
    lastLibrary = hash;
    if (push) pushHash(hash); else replaceHash(hash);
    drawChosen();
    list.reload();
  }

  const typed = debounce(() => {
    if (q.value.trim() === state.q) return;
    state.q = q.value.trim();
    update(false);
  }, 300);
  q.addEventListener('input', typed);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    typed.cancel();
    state.q = q.value.trim();
    update(true);
  });

  const [topicMap, nets] = await Promise.all([topicLabels(), api.networks().catch(() => [])]);
  if (!ctx.alive()) return;
  labels = topicMap;
  networkNames = new Map(nets.map((n) => [String(n.id), networkText(n)]));
  if (wantStatus && wantStatus !== 'published' && !user) setStatus(t('practices-sign-in-for-unpublished'), { error: true });
  list.reload();
}

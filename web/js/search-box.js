// The search box in the page header: a type-ahead over cities, networks,
// organisations and practices (GET /search), its suggestions grouped by
// kind. ARIA 1.2 combobox with a listbox popup whose groups are labelled;
// arrows move through the options of every group, Enter opens the one
// chosen (or, with none, the results page), Escape closes the list, then
// empties the box.
import * as api from './api.js';
import { h, name, nextId } from './ui.js';
import { t, has } from './i18n.js';

// The page a hit opens: its own, else the results page for what was typed
// (an organisation of no city has no page).
export const hitHref = (hit, q) => hit.link || `#/search?q=${encodeURIComponent(q)}`;

// A hit: its name, the other name it was found by, its state when not
// published; and, on a line of its own (read after a comma), what tells it
// apart.
export function hitName(hit) {
  return [
    name(hit.name, 'span', { class: 'hit-name' }),
    hit.matched ? h('span', { class: 'hit-matched' }, ' (', name(hit.matched), ')') : null,
    hit.status ? h('span', { class: 'tag' }, hit.status) : null,
  ];
}
// A group's heading: the page's words for the kinds it knows, else the
// server's label.
export const groupLabel = (g) => (has(`search-group-${g.kind}`) ? t(`search-group-${g.kind}`) : g.label);

export const hitDetail = (hit) => hit.detail
  ? h('span', { class: 'hit-detail' }, h('span', { class: 'visually-hidden' }, ', '), hit.detail) : null;

// A magnifying glass, drawn: no icon font to load.
function lens() {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  for (const [k, v] of Object.entries({ viewBox: '0 0 20 20', width: '18', height: '18', 'aria-hidden': 'true', focusable: 'false' })) svg.setAttribute(k, v);
  const c = document.createElementNS(ns, 'circle');
  for (const [k, v] of Object.entries({ cx: '8.5', cy: '8.5', r: '5.5', fill: 'none', stroke: 'currentColor', 'stroke-width': '2.2' })) c.setAttribute(k, v);
  const l = document.createElementNS(ns, 'path');
  for (const [k, v] of Object.entries({ d: 'M12.6 12.6 18 18', stroke: 'currentColor', 'stroke-width': '2.4', 'stroke-linecap': 'round' })) l.setAttribute(k, v);
  svg.append(c, l);
  return svg;
}

export function searchBox({ navigate }) {
  const inputId = nextId('site-search');
  const listId = nextId('site-search-list');
  const hintId = nextId('site-search-hint');
  // a label of no field's words ("Network", "City"...): pages have fields
  // of those names, and tests that find them by a part of their label
  const input = h('input', {
    id: inputId, type: 'search', name: 'q', role: 'combobox', autocomplete: 'off', spellcheck: 'false',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId, 'aria-describedby': hintId,
    maxlength: '100', placeholder: t('search-placeholder'),
  });
  const list = h('div', { id: listId, role: 'listbox', class: 'site-search-list', hidden: true, 'aria-label': t('search-suggestions-label') });
  const live = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  const form = h('form', { class: 'site-search', role: 'search', 'aria-label': t('search-site') },
    h('label', { for: inputId, class: 'visually-hidden' }, t('search-registry')),
    h('span', { id: hintId, class: 'visually-hidden' }, t('search-box-hint')),
    h('div', { class: 'site-search-box' }, input, list),
    h('button', { type: 'submit', class: 'button small site-search-go' }, lens(), h('span', { class: 'visually-hidden' }, t('search-button'))),
    live);

  let options = []; // [{el, href}]
  let active = -1;
  let ctrl = null;
  let timer = null;
  let asked = '';

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function setActive(i) {
    if (!options.length) return;
    active = (i + options.length) % options.length;
    options.forEach((o, j) => o.el.setAttribute('aria-selected', j === active ? 'true' : 'false'));
    input.setAttribute('aria-activedescendant', options[active].el.id);
    options[active].el.scrollIntoView({ block: 'nearest' });
  }

  function go(href) {
    close();
    input.value = '';
    navigate(href);
  }

  function option(content, href, className) {
    const el = h('div', { role: 'option', id: nextId('site-search-opt'), 'aria-selected': 'false', class: className },
      content);
    const i = options.length;
    el.addEventListener('click', () => { active = i; go(href); });
    options.push({ el, href });
    return el;
  }

  function show(q, res) {
    options = [];
    active = -1;
    input.removeAttribute('aria-activedescendant');
    list.replaceChildren();
    let count = 0;
    for (const g of res.groups) {
      if (!g.items.length) continue;
      const labelId = nextId('site-search-grp');
      const grp = h('div', { role: 'group', 'aria-labelledby': labelId, class: 'site-search-group' },
        h('div', { role: 'presentation', id: labelId, class: 'site-search-label' }, groupLabel(g)));
      for (const hit of g.items) grp.append(option([hitName(hit), hitDetail(hit)], hitHref(hit, q), 'site-search-hit'));
      count += g.items.length;
      list.append(grp);
    }
    list.append(option(count ? t('search-all-results', { q }) : t('search-no-match-again', { q }),
      `#/search?q=${encodeURIComponent(q)}`, 'site-search-all'));
    live.textContent = count ? t('search-suggestions', { count }) : t('search-no-match');
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  async function run(q) {
    if (ctrl) ctrl.abort();
    ctrl = new AbortController();
    asked = q;
    try {
      const res = await api.request('GET', '/search', { params: { q, limit: 5 }, signal: ctrl.signal });
      if (input.value.trim() !== q || asked !== q) return; // typed on
      show(q, res);
    } catch (e) {
      if (e && e.name === 'AbortError') return;
      live.textContent = t('search-failed', { message: e.message });
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) { if (ctrl) ctrl.abort(); close(); return; }
    timer = setTimeout(() => run(q), 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (list.hidden) { if (input.value.trim()) run(input.value.trim()); return; }
      // up from the box goes to the last option, as down goes to the first
      setActive(active < 0 && e.key === 'ArrowUp' ? options.length - 1 : active + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Enter') {
      if (!list.hidden && active >= 0) { e.preventDefault(); go(options[active].href); }
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (!list.hidden) close();
      else input.value = '';
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  // a click on an option must not blur the input first
  list.addEventListener('mousedown', (e) => e.preventDefault());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = input.value.trim();
    if (q) go(`#/search?q=${encodeURIComponent(q)}`);
  });
  return form;
}

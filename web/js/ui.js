// Small DOM helpers. Text from the API only ever goes in through text
// nodes (textContent), never through innerHTML.
import { t, has, tNodes } from './i18n.js';

let uid = 0;
export const nextId = (prefix = 'id') => `${prefix}-${++uid}`;

// h('a', {href: '#/x', class: 'c', onclick: fn}, 'text', child, ...)
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k in el && typeof v !== 'string') el[k] = v; // value, checked, disabled...
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

// Like el.append(), but skips null/undefined/false and flattens arrays.
export function append(el, ...children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// A message with elements in it: t(id, args) where the args that are DOM
// nodes (a link, a <strong>, a <time>) stand where the message puts them.
// Returns [text, node, text...] for h() or append().
export const rich = (id, args = {}) => tNodes(id, args);

// A name in any script: let the browser pick the direction.
export const name = (text, tag = 'span', props = {}) => h(tag, { dir: 'auto', ...props }, text ?? '');

// "memorandum_of_understanding" -> "Memorandum of understanding"
const LABELS = {
  memorandum_of_understanding: 'Memorandum of understanding (MoU)',
  president_city: 'President city',
  smart_city: 'Smart city',
  sdg: 'UN Sustainable Development Goals',
  icc: 'Intercultural Cities',
  wego: 'WeGO thematic areas',
};
export function label(v) {
  if (v === null || v === undefined || v === '') return '';
  if (LABELS[v]) return LABELS[v];
  const s = String(v).replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function time(date) {
  if (!date) return h('span', { class: 'muted' }, t('common-not-known'));
  return h('time', { datetime: date }, date);
}

export function debounce(fn, ms) {
  let timer = null;
  const d = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  d.cancel = () => clearTimeout(timer);
  return d;
}

// ---- the live region ---------------------------------------------------

let pendingFlash = null;

// Polite status line (and assertive for errors), outside <main>, so it
// survives page changes.
export function setStatus(message, { error = false } = {}) {
  const status = document.getElementById('status');
  const alert = document.getElementById('alert');
  if (!status || !alert) return;
  status.textContent = '';
  alert.textContent = '';
  const box = error ? alert : status;
  box.textContent = message || '';
  const wrap = document.getElementById('messages');
  wrap.classList.toggle('show', !!message);
  wrap.classList.toggle('is-error', !!(message && error));
}
export const clearStatus = () => setStatus('');

// A message to show after the next page has been drawn.
export function flash(message) {
  pendingFlash = message;
}
export function takeFlash() {
  const m = pendingFlash;
  pendingFlash = null;
  return m;
}

// ---- health of a partnership -------------------------------------------

const HEALTH = { active: '●', dormant: '▲', unknown: '?', proposed: '○', ended: '■' };

export function healthBadge(health) {
  const state = (health && health.state) || 'unknown';
  const info = HEALTH[state] ? { text: t(`common-health-${state}`), icon: HEALTH[state] }
    : { text: has(`common-health-${state}`) ? t(`common-health-${state}`) : label(state), icon: '?' };
  const wrap = h('div', { class: `health health-${state}` },
    h('span', { class: 'badge' }, h('span', { 'aria-hidden': 'true' }, info.icon + ' '), info.text));
  if (state === 'dormant') {
    const n = health.dormant_after_years;
    wrap.append(h('span', { class: 'health-flag' },
      n ? t('common-health-quiet-for', { years: n }) : t('common-health-quiet')));
  }
  if (health && health.last_activity) {
    wrap.append(h('span', { class: 'health-last' }, rich('common-health-last', { date: time(health.last_activity) })));
  } else if (state !== 'proposed') {
    wrap.append(h('span', { class: 'health-last muted' }, t('common-health-none')));
  }
  return wrap;
}

// One side of a partnership, linked where it is a city.
export function partyEl(p) {
  if (!p) return h('span', { class: 'muted' }, t('common-not-known'));
  if (p.type === 'city' && p.city_id) {
    return h('span', {}, h('a', { href: `#/city/${p.city_id}`, dir: 'auto' }, p.name || t('common-city-n', { id: String(p.city_id) })),
      p.country ? h('span', { class: 'cc' }, ` (${p.country})`) : null);
  }
  if (p.type === 'organisation') {
    return h('span', {}, name(p.name), p.country ? h('span', { class: 'cc' }, ` (${p.country})`) : null,
      h('span', { class: 'tag' }, t('common-organisation-tag')));
  }
  return h('span', { class: 'country-only' }, name(p.name || t('common-partner-in', { country: p.country ?? '' })));
}

// ---- tables --------------------------------------------------------------

// columns: [{title, cell(row) -> Node|string, class?}]. Each cell carries its
// column title so the phone layout can show it next to the value; the
// explicit roles keep table semantics when CSS turns rows into cards.
export function table(columns, rows, { caption, className = '' } = {}) {
  const tbody = h('tbody', { role: 'rowgroup' });
  const tbl = h('table', { class: `data ${className}`, role: 'table' },
    caption ? h('caption', {}, caption) : null,
    h('thead', { role: 'rowgroup' }, h('tr', { role: 'row' },
      columns.map((c) => h('th', { scope: 'col', role: 'columnheader', class: c.class }, c.title)))),
    tbody);
  addRows(tbl, columns, rows);
  return tbl;
}

export function addRows(tbl, columns, rows) {
  const tbody = tbl.tBodies[0];
  const added = [];
  for (const r of rows) {
    const tr = h('tr', { role: 'row' }, columns.map((c) =>
      h('td', { 'data-label': c.title, role: 'cell', class: c.class }, h('div', { class: 'cell' }, c.cell(r)))));
    tbody.append(tr);
    added.push(tr);
  }
  return added;
}

// ---- paged lists ("Show more" with the API cursor) ------------------------

// fetchPage(cursor) -> {items, total, next}. render(items) appends and
// returns the added elements. Returns {reload()}.
// noun: how a number of items reads ("25 cities"): a message id with a
// $count ('cities-count'), a function n -> text, or (English only) the
// pair ['city', 'cities'].
export function pager(container, { fetchPage, render, noun = 'common-items', empty }) {
  const summary = h('p', { class: 'summary', 'aria-live': 'polite' });
  const results = h('div', { class: 'results' });
  const more = h('button', { type: 'button', class: 'button secondary more', hidden: true }, t('common-show-more'));
  container.append(summary, results, more);
  let next = null;
  let shown = 0;
  let total = 0;
  let generation = 0;

  const plural = (n) => (typeof noun === 'function' ? noun(n)
    : Array.isArray(noun) ? `${n} ${n === 1 ? noun[0] : noun[1]}` : t(noun, { count: n }));
  const updateSummary = () => {
    if (total === 0) summary.textContent = empty ?? t('common-nothing-found');
    else if (shown < total) summary.textContent = t('common-pager-showing', { items: plural(total), shown });
    else summary.textContent = plural(total);
  };

  async function load(reset) {
    const gen = reset ? ++generation : generation;
    more.disabled = true;
    if (reset) {
      summary.textContent = t('common-loading');
      results.setAttribute('aria-busy', 'true');
    }
    try {
      const page = await fetchPage(reset ? null : next);
      if (gen !== generation) return; // a newer search has started
      if (reset) {
        results.replaceChildren();
        shown = 0;
      }
      const added = render(page.items, results) || [];
      shown += page.items.length;
      total = page.total ?? shown;
      next = page.next || null;
      updateSummary();
      more.hidden = !next;
      more.disabled = false;
      more.textContent = next ? t('common-show-more-left', { count: total - shown }) : t('common-show-more');
      if (!reset && added.length) {
        // keep the keyboard where the new items start
        const first = added[0];
        const target = first.querySelector('a, button') || first;
        if (!target.matches('a, button')) target.setAttribute('tabindex', '-1');
        target.focus();
      }
    } catch (e) {
      if (gen !== generation) return;
      if (e && e.name === 'AbortError') return;
      summary.textContent = '';
      more.disabled = false;
      setStatus(e.message, { error: true });
    } finally {
      if (gen === generation) results.removeAttribute('aria-busy');
    }
  }
  more.addEventListener('click', () => load(false));
  return { reload: () => load(true) };
}

// ---- forms -----------------------------------------------------------------

// A labelled control with a hint and a place for its error message.
// Returns the wrapper; register it with a FormErrors under the API field name.
export function field(labelText, control, { hint, required = false, className = '' } = {}) {
  const id = control.id || (control.id = nextId('f'));
  const errId = `${id}-error`;
  const hintId = `${id}-hint`;
  const wrap = h('div', { class: `field ${className}` },
    h('label', { for: id }, labelText, required ? requiredMark() : null),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    control,
    h('p', { class: 'field-error', id: errId, hidden: true }));
  const described = [hint ? hintId : null, errId].filter(Boolean).join(' ');
  control.setAttribute('aria-describedby', described);
  if (required) control.setAttribute('aria-required', 'true');
  wrap._control = control;
  return wrap;
}

// " (required)" after a label (fieldName() leaves it out)
export const requiredMark = () => h('span', { class: 'req' }, ` ${t('common-required')}`);

// The words of a field's label or legend, without " (required)".
export function fieldName(labelEl) {
  let s = labelEl.textContent;
  const req = labelEl.querySelector(':scope > .req');
  if (req && s.endsWith(req.textContent)) s = s.slice(0, s.length - req.textContent.length);
  return s.replace(/\s*\(required\)\s*$/, '');
}

// Like field() but for a group of controls (checkboxes, radios).
export function group(legend, children, { hint, className = '' } = {}) {
  const id = nextId('g');
  const fs = h('fieldset', { class: `group ${className}`, id, 'aria-describedby': `${id}-error` },
    h('legend', {}, legend),
    hint ? h('p', { class: 'hint' }, hint) : null,
    children,
    h('p', { class: 'field-error', id: `${id}-error`, hidden: true }));
  fs._control = fs;
  return fs;
}

// Shows server validation errors next to the named field.
export class FormErrors {
  constructor(form) {
    this.form = form;
    this.fields = new Map(); // API field name -> {wrap, focus}
  }

  add(apiField, wrap, focusEl) {
    this.fields.set(apiField, { wrap, focus: focusEl || wrap._control });
  }

  clear() {
    for (const { wrap, focus } of this.fields.values()) {
      const p = wrap.querySelector(':scope > .field-error');
      if (p) { p.textContent = ''; p.hidden = true; }
      wrap.classList.remove('has-error');
      if (focus && focus.removeAttribute) focus.removeAttribute('aria-invalid');
    }
  }

  // "party_b.city_id" -> "party_b.city_id", then "party_b"; "topics[0]" -> "topics"
  find(apiField) {
    if (!apiField) return null;
    let f = apiField;
    while (f) {
      if (this.fields.has(f)) return this.fields.get(f);
      const stripped = f.replace(/\[\d+\]$/, '');
      if (stripped !== f) { f = stripped; continue; }
      const dot = f.lastIndexOf('.');
      if (dot < 0) break;
      f = f.slice(0, dot);
    }
    return null;
  }

  // Returns true if the message could be put next to a field.
  show(apiField, message) {
    const entry = this.find(apiField);
    if (!entry) return false;
    const p = entry.wrap.querySelector(':scope > .field-error');
    if (p) { p.textContent = message; p.hidden = false; }
    entry.wrap.classList.add('has-error');
    if (entry.focus) {
      if (entry.focus.matches('input, select, textarea')) entry.focus.setAttribute('aria-invalid', 'true');
      const target = entry.focus.matches('input, select, textarea, button')
        ? entry.focus : entry.focus.querySelector('input, select, textarea, button');
      if (target) target.focus();
    }
    return true;
  }
}

// Turn an API error into a message on the field and in the live region.
// The API writes "field: message"; next to the field the name is dropped,
// in the live region the field's label stands in for it.
export function reportError(err, errors, what = t('common-not-saved')) {
  const msg = err.message || t('common-went-wrong');
  if (err.status === 401) {
    setStatus(t('common-error-signed-out', { what }), { error: true });
    return false;
  }
  if (err.status === 403) {
    setStatus(t('common-error-forbidden', { what, message: msg }), { error: true });
    return false;
  }
  const entry = errors && err.field ? errors.find(err.field) : null;
  if (!entry) {
    setStatus(t('common-error', { what, message: msg }), { error: true });
    return false;
  }
  // the server names the field first ("End date: is before..."), by its
  // label or, from older servers, its name: the form's label stands in for it
  const prefix = `${err.field}: `;
  const short = msg.startsWith(prefix) ? msg.slice(prefix.length) : msg.replace(/^[^:\n]{1,80}: /, '');
  const short1 = short.charAt(0).toUpperCase() + short.slice(1);
  const labelEl = entry.wrap.querySelector(':scope > label, :scope > legend');
  const fname = labelEl ? fieldName(labelEl).trim() : err.field;
  setStatus(t('common-error-field', { what, field: fname, message: short }), { error: true });
  errors.show(err.field, short1);
  return true;
}

export function select(options, { value, ...props } = {}) {
  const s = h('select', props, options.map(([v, text]) => h('option', { value: v }, text)));
  if (value !== undefined) s.value = value;
  return s;
}

// ---- a page frame --------------------------------------------------------

export function pageTitle(title) {
  document.title = title ? `${title} · amity` : 'amity';
}

export function notFound(view, message) {
  pageTitle(t('common-not-found'));
  view.replaceChildren(
    h('h1', { tabindex: '-1' }, t('common-not-found')),
    h('p', {}, message || t('common-no-such-page')),
    h('p', {}, h('a', { href: '#/cities' }, t('common-back-to-cities'))));
}

export function loadFailed(view, err) {
  pageTitle(t('common-error-title'));
  if (err && err.status === 404) return notFound(view, err.message);
  view.replaceChildren(
    h('h1', { tabindex: '-1' }, t('common-load-failed')),
    h('p', {}, (err && err.message) || t('common-went-wrong')),
    h('p', {}, h('button', { type: 'button', class: 'button secondary', onclick: () => window.dispatchEvent(new HashChangeEvent('hashchange')) }, t('common-try-again'))));
  setStatus((err && err.message) || t('common-page-not-loaded'), { error: true });
}

// Only http(s) addresses become links.
export const isHttp = (url) => typeof url === 'string' && /^https?:\/\//i.test(url);

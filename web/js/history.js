// A record's history, readable: who changed it, when, and each field from
// what to what, with the field labels of the API document.
// GET /api/v1/{kind}/{id}/history -> {items: [{action, at, username, changes}]}
import * as api from './api.js';
import { h, label, name } from './ui.js';
import { schemaOf, stepsOf, resolve, apiDocument } from './schema.js';
import { titleOf, choiceText } from './schema-form.js';
import { t, fmt, listNodes, tNodes } from './i18n.js';

// Never shown: the record's number and its stamps.
const SKIP = new Set(['id', 'created_at', 'updated_at', 'can']);

const what = (action) => ({
  create: t('workspace-history-added'),
  update: t('workspace-history-changed'),
  delete: t('workspace-history-deleted'),
})[action];

// "2026-12-02T09:55:33Z" -> "2026-12-02 09:55 UTC" (in the reader's digits)
export function whenText(at) {
  if (!at) return '';
  const m = String(at).match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/);
  if (!m) return String(at);
  const d = (v, n) => fmt.number(Number(v), { minimumIntegerDigits: n, useGrouping: false });
  return t('workspace-history-when', { date: `${d(m[1], 4)}-${d(m[2], 2)}-${d(m[3], 2)}`, time: `${d(m[4], 2)}:${d(m[5], 2)}` });
}

// Names of referred records, looked up once.
const cache = new Map();
function lookUpName(ref, id) {
  const key = `${ref}:${id}`;
  if (cache.has(key)) return cache.get(key);
  let p;
  if (ref === 'network') {
    p = api.networks().then((all) => {
      const n = all.find((x) => x.id === id);
      return n ? n.name : `#${id}`;
    });
  } else if (ref === 'partnership') {
    p = api.get(`/partnerships/${id}`).then((x) => `${x.party_a?.name ?? '?'} – ${x.party_b?.name ?? '?'}`);
  } else if (ref === 'city' || ref === 'organisation') {
    p = api.get(`/${ref === 'city' ? 'cities' : 'organisations'}/${id}`).then((x) => x.name);
  } else {
    p = Promise.resolve(`#${id}`);
  }
  p = p.catch(() => t('workspace-history-gone', { id: String(id) }));
  cache.set(key, p);
  return p;
}

// Names the page already knows: {city: [{id, name}], organisation: [...], ...}
export function rememberNames(byRef) {
  for (const [ref, list] of Object.entries(byRef || {})) {
    for (const x of list || []) if (x && x.id != null && x.name) cache.set(`${ref}:${x.id}`, Promise.resolve(x.name));
  }
}

const HREF = { city: (id) => `#/city/${id}`, network: (id) => `#/network/${id}`, partnership: (id) => `#/partnership/${id}` };

function refEl(ref, id) {
  const el = HREF[ref] ? h('a', { href: HREF[ref](id), dir: 'auto' }, `#${id}`) : h('span', { dir: 'auto' }, `#${id}`);
  lookUpName(ref, id).then((n) => { el.textContent = n; });
  return el;
}

const isEmpty = (v) => v === null || v === undefined || v === '' || (Array.isArray(v) && !v.length);

function valueEl(prop, v, topicLabel) {
  const empty = h('span', { class: 'muted' }, t('workspace-history-nothing'));
  if (isEmpty(v)) return empty;
  const ref = prop && (prop['x-ref'] || (prop.items && prop.items['x-ref']));
  if (Array.isArray(v)) {
    const items = v.map((x) => (ref === 'topic' ? (topicLabel.get(x) || x)
      : ref && typeof x === 'number' ? refEl(ref, x) : typeof x === 'object' && x ? name(x.name ?? JSON.stringify(x)) : String(x)));
    return h('span', {}, listNodes(items));
  }
  if (typeof v === 'object') {
    if (v.name) return name(v.name);
    return h('span', {}, JSON.stringify(v));
  }
  if (ref && typeof v === 'number') return refEl(ref, v);
  if (prop && prop.enum) return h('span', {}, choiceText(v));
  if (typeof v === 'boolean') return h('span', {}, v ? t('workspace-history-yes') : t('workspace-history-no'));
  const s = String(v);
  return h('span', { dir: 'auto', class: s.length > 200 ? 'long-value' : null }, s);
}

// The section: a heading and the list, filled when the history arrives.
// kind: the API's path word ("partnerships"); schema: its schema name.
export function historySection({ kind, id, schema, ctx, heading = t('workspace-history-title'), names }) {
  const headingId = `h-history-${kind}-${id}`;
  const list = h('div', {}, h('p', { class: 'loading' }, t('common-loading')));
  const sec = h('section', { class: 'block history', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, heading), list);
  rememberNames(names);
  Promise.all([
    api.get(`/${kind}/${id}/history`),
    schemaOf(schema),
    stepsOf(schema),
    apiDocument(),
    api.topics().catch(() => []),
  ]).then(([r, s, steps, doc, topics]) => {
    if (ctx && !ctx.alive()) return;
    const props = s?.properties || {};
    // read-only fields a step records are worth showing (why it ended);
    // the others are worked out from the rest (its health, its counts)
    const stepFields = new Set(steps.flatMap((x) => Object.keys(x.schema?.properties || {})));
    const topicLabel = new Map(topics.map((x) => [x.id, x.label]));
    const items = r.items || [];
    if (!items.length) {
      list.replaceChildren(h('p', { class: 'muted' }, t('workspace-history-none')));
      return;
    }
    list.replaceChildren(h('ol', { class: 'history-list' }, items.map((c) => {
      const rows = Object.entries(c.changes || {}).filter(([k, pair]) => {
        if (SKIP.has(k)) return false;
        // a record made with a field left empty: nothing to say
        if (c.action === 'create' && isEmpty(Array.isArray(pair) ? pair[1] : pair)) return false;
        const p = props[k];
        return !(p && p.readOnly && !stepFields.has(k));
      }).map(([k, pair]) => {
        const [before, after] = Array.isArray(pair) ? pair : [null, pair];
        const p = props[k] ? resolve(doc, props[k]) : null;
        const made = c.action === 'create';
        return h('li', {},
          h('span', { class: 'change-field' }, titleOf(props[k], k)), ': ',
          made ? valueEl(p, after, topicLabel)
            : [valueEl(p, before, topicLabel), h('span', { class: 'arrow', 'aria-label': t('workspace-history-changed-to') }, ' → '), valueEl(p, after, topicLabel)]);
      });
      return h('li', { class: `history-item action-${c.action}` },
        h('p', { class: 'history-head' },
          h('strong', {}, what(c.action) || t('workspace-history-step', { step: label(c.action) })),
          c.username ? [' ', tNodes('workspace-history-by', { user: name(c.username, 'span', { class: 'who' }) })] : null,
          ' · ', h('time', { datetime: c.at }, whenText(c.at))),
        rows.length ? h('ul', { class: 'changes' }, rows) : null);
    })));
    if (r.total > items.length) list.append(h('p', { class: 'muted' }, t('workspace-history-latest', { shown: items.length, count: r.total })));
  }).catch((e) => {
    if (ctx && !ctx.alive()) return;
    list.replaceChildren(h('p', { class: 'muted' }, t('workspace-history-error', { error: e.message })));
  });
  return sec;
}

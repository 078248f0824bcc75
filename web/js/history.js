// A record's history, readable: who changed it, when, and each field from
// what to what, with the field labels of the API document.
// GET /api/v1/{kind}/{id}/history -> {items: [{action, at, username, changes}]}
import * as api from './api.js';
import { h, label, name } from './ui.js';
import { schemaOf, stepsOf, resolve, apiDocument } from './schema.js';
import { titleOf, choiceText } from './schema-form.js';

// Never shown: the record's number and its stamps.
const SKIP = new Set(['id', 'created_at', 'updated_at', 'can']);

const WHAT = { create: 'Added', update: 'Changed', delete: 'Deleted' };

// "2026-12-02T09:55:33Z" -> "2026-12-02 09:55 UTC"
export function whenText(at) {
  if (!at) return '';
  const m = String(at).match(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/);
  return m ? `${m[1]} ${m[2]} UTC` : String(at);
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
  p = p.catch(() => `#${id} (no longer recorded)`);
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
  const empty = h('span', { class: 'muted' }, 'nothing');
  if (isEmpty(v)) return empty;
  const ref = prop && (prop['x-ref'] || (prop.items && prop.items['x-ref']));
  if (Array.isArray(v)) {
    const items = v.map((x) => (ref === 'topic' ? (topicLabel.get(x) || x)
      : ref && typeof x === 'number' ? refEl(ref, x) : typeof x === 'object' && x ? name(x.name ?? JSON.stringify(x)) : String(x)));
    return h('span', {}, items.map((x, i) => [i ? ', ' : '', x]));
  }
  if (typeof v === 'object') {
    if (v.name) return name(v.name);
    return h('span', {}, JSON.stringify(v));
  }
  if (ref && typeof v === 'number') return refEl(ref, v);
  if (prop && prop.enum) return h('span', {}, choiceText(v));
  if (typeof v === 'boolean') return h('span', {}, v ? 'yes' : 'no');
  const s = String(v);
  return h('span', { dir: 'auto', class: s.length > 200 ? 'long-value' : null }, s);
}

// The section: a heading and the list, filled when the history arrives.
// kind: the API's path word ("partnerships"); schema: its schema name.
export function historySection({ kind, id, schema, ctx, heading = 'History', names }) {
  const headingId = `h-history-${kind}-${id}`;
  const list = h('div', {}, h('p', { class: 'loading' }, 'Loading…'));
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
    const topicLabel = new Map(topics.map((t) => [t.id, t.label]));
    const items = r.items || [];
    if (!items.length) {
      list.replaceChildren(h('p', { class: 'muted' }, 'No change recorded.'));
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
            : [valueEl(p, before, topicLabel), h('span', { class: 'arrow', 'aria-label': 'changed to' }, ' → '), valueEl(p, after, topicLabel)]);
      });
      return h('li', { class: `history-item action-${c.action}` },
        h('p', { class: 'history-head' },
          h('strong', {}, WHAT[c.action] || `Step “${label(c.action)}”`),
          c.username ? [' by ', name(c.username, 'span', { class: 'who' })] : null,
          ' · ', h('time', { datetime: c.at }, whenText(c.at))),
        rows.length ? h('ul', { class: 'changes' }, rows) : null);
    })));
    if (r.total > items.length) list.append(h('p', { class: 'muted' }, `The latest ${items.length} of ${r.total} changes.`));
  }).catch((e) => {
    if (ctx && !ctx.alive()) return;
    list.replaceChildren(h('p', { class: 'muted' }, `The history could not be loaded (${e.message}).`));
  });
  return sec;
}

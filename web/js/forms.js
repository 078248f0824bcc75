// Pieces shared by the two forms: sign-in gate, type-ahead searches, topics.
import * as api from './api.js';
import { h, append, group, pageTitle } from './ui.js';
import { choices } from './schema.js';
import { choiceText } from './params.js';

// Not signed in: say so and offer the way back.
export function needSignIn(view, title, what) {
  pageTitle(title);
  append(view, h('h1', {}, title),
    h('p', {}, `Sign in to ${what}. Reading the registry needs no account.`),
    h('p', {}, h('a', { class: 'button', href: `#/signin?next=${encodeURIComponent(location.hash)}` }, 'Sign in')));
}

// The start every form opened from a city shares: the sign-in gate, the
// title, then the city (from ?city=ID) and the topic checkboxes, loaded
// together. null when the form is not to be shown (or the page was left).
export async function formStart(view, ctx, title, what) {
  if (!ctx.user) {
    needSignIn(view, title, what);
    return null;
  }
  pageTitle(title);
  const cityId = /^\d+$/.test(ctx.query.get('city') || '') ? Number(ctx.query.get('city')) : null;
  append(view, h('p', { class: 'loading' }, 'Loading…'));
  const [city, topics] = await Promise.all([
    cityId ? api.get(`/cities/${cityId}`) : Promise.resolve(null),
    topicsGroup(),
  ]);
  if (!ctx.alive()) return null;
  view.replaceChildren();
  return { city, topics };
}

export async function searchCities(q, signal) {
  const r = await api.get('/cities', { q, limit: 10 }, { signal });
  return r.items.map(cityItem);
}
export const cityItem = (c) => ({ id: c.id, text: c.name, detail: c.country_name || c.country });

export async function searchOrganisations(q, signal) {
  const r = await api.get('/organisations', { q, limit: 10 }, { signal });
  return r.items.map((o) => ({ id: o.id, text: o.name, detail: [o.city_name, o.country].filter(Boolean).join(', ') }));
}

// Checkboxes grouped by scheme: the schemes of the Topic schema, in its
// order, each named by the readable form of its value. Returns {el, values()}.
export async function topicsGroup() {
  let list = [];
  let order = [];
  let failed = null;
  try {
    [list, order] = await Promise.all([api.topics(), choices('Topic', 'scheme').catch(() => [])]);
  } catch (e) {
    failed = e;
  }
  const boxes = [];
  const schemes = order.filter((s) => list.some((t) => t.scheme === s));
  for (const t of list) if (!schemes.includes(t.scheme)) schemes.push(t.scheme);
  const inner = schemes.map((scheme, i) => {
    const legend = choiceText(scheme);
    const items = list.filter((t) => t.scheme === scheme).sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
    return h('details', { class: 'topic-scheme', open: i === 0 },
      h('summary', {}, legend, h('span', { class: 'count', 'aria-hidden': 'true' }, '')),
      h('fieldset', { class: 'checks' }, h('legend', { class: 'visually-hidden' }, legend),
        items.map((t) => {
          const cb = h('input', { type: 'checkbox', name: 'topics', value: t.id });
          boxes.push(cb);
          return h('label', { class: 'check' }, cb, ' ', t.code ? h('span', { class: 'code' }, `${t.code} `) : null, t.label);
        })));
  });
  const el = group('Topics', [
    failed ? h('p', { class: 'muted' }, `The topics could not be loaded (${failed.message}).`) : inner,
  ], { hint: 'Tick the themes the record is about; open a group to see its topics.', className: 'topics' });
  // show how many are ticked in each group's summary
  el.addEventListener('change', () => {
    for (const d of el.querySelectorAll('details.topic-scheme')) {
      const n = d.querySelectorAll('input:checked').length;
      d.querySelector('.count').textContent = n ? ` (${n} chosen)` : '';
    }
  });
  return { el, values: () => boxes.filter((b) => b.checked).map((b) => b.value) };
}

// "" -> null, otherwise the trimmed text
export const orNull = (s) => {
  const v = (s || '').trim();
  return v ? v : null;
};

export const DATE_HINT = 'YYYY, YYYY-MM or YYYY-MM-DD';
export const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

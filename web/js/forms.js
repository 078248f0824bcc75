// Pieces shared by the two forms: sign-in gate, type-ahead searches, topics.
import * as api from './api.js';
import { h, append, group, pageTitle } from './ui.js';
import { choices } from './schema.js';
import { choiceText } from './params.js';
import { t, has } from './i18n.js';

// Not signed in: say so and offer the way back. what: what the form does,
// as the words after "Sign in to" ("add a partnership"), in the reader's
// language.
export function needSignIn(view, title, what) {
  pageTitle(title);
  append(view, h('h1', {}, title),
    h('p', {}, t('forms-sign-in-to', { what })),
    h('p', {}, h('a', { class: 'button', href: `#/signin?next=${encodeURIComponent(location.hash)}` }, t('sign-in'))));
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
  append(view, h('p', { class: 'loading' }, t('common-loading')));
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
  const schemes = order.filter((s) => list.some((tp) => tp.scheme === s));
  for (const tp of list) if (!schemes.includes(tp.scheme)) schemes.push(tp.scheme);
  const inner = schemes.map((scheme, i) => {
    // the schemes amity names (the API gives their codes)
    const legend = has(`forms-scheme-${scheme}`) ? t(`forms-scheme-${scheme}`) : choiceText(scheme);
    const items = list.filter((tp) => tp.scheme === scheme).sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
    return h('details', { class: 'topic-scheme', open: i === 0 },
      h('summary', {}, legend, h('span', { class: 'count', 'aria-hidden': 'true' }, '')),
      h('fieldset', { class: 'checks' }, h('legend', { class: 'visually-hidden' }, legend),
        items.map((tp) => {
          const cb = h('input', { type: 'checkbox', name: 'topics', value: tp.id });
          boxes.push(cb);
          return h('label', { class: 'check' }, cb, ' ', tp.code ? h('span', { class: 'code' }, `${tp.code} `) : null, tp.label);
        })));
  });
  const el = group(t('forms-topics'), [
    failed ? h('p', { class: 'muted' }, t('forms-topics-failed', { message: failed.message })) : inner,
  ], { hint: t('forms-topics-hint'), className: 'topics' });
  // show how many are ticked in each group's summary
  el.addEventListener('change', () => {
    for (const d of el.querySelectorAll('details.topic-scheme')) {
      const n = d.querySelectorAll('input:checked').length;
      d.querySelector('.count').textContent = n ? ` ${t('forms-topics-chosen', { count: n })}` : '';
    }
  });
  return { el, values: () => boxes.filter((b) => b.checked).map((b) => b.value) };
}

// "" -> null, otherwise the trimmed text
export const orNull = (s) => {
  const v = (s || '').trim();
  return v ? v : null;
};

// how a date is written ("YYYY, YYYY-MM or YYYY-MM-DD")
export const dateHint = () => t('forms-date-hint');
export const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

// Needs and offers between cities. The public board (#/needs): a map of the
// cities in need, filters (category, country, urgency, status; a partner's
// needs for an office's workspace) and each need with a bar of what is
// pledged and met. One need (#/need/ID): its pledges, the steps each
// pledge's `can` allows (confirm a delivery, cancel), the pledge form for
// an officer of another city, the cities most likely to help, with
// reasons. Post a need (#/needs/new) from the API document's form.
// Standing offers (#/offers): what cities can give before anyone asks, by
// category and status; one offer (#/offer/ID): its facts, the steps its
// `can` allows (withdraw) and the open needs it fits, the most urgent
// first; make one (#/offers/new) from the API document's form.
import * as api from '../api.js';
import { h, append, pageTitle, setStatus, flash, table, field, select, FormErrors, notFound, loadFailed } from '../ui.js';
import { navigate, pushHash, hashFor } from '../app.js';
import { choices, stepsOf } from '../schema.js';
import { schemaForm, stepPanel, choiceText } from '../schema-form.js';
import { needSignIn } from '../forms.js';
import { worldMap } from '../map.js';
import { t, fmt, lang } from '../i18n.js';

let vocabulary = null;
async function categories() {
  vocabulary ||= api.get('/need-categories').then((r) => r.items);
  return vocabulary;
}
export const languageName = (code) => {
  if (!code) return '';
  try { return new Intl.DisplayNames([lang()], { type: 'language' }).of(code) || code; } catch { return code; }
};
export const categoryText = (id) => t(`needs-category-${id.replaceAll('_', '-')}`);
export const unitText = (u, n) => (/^[A-Z]{3}$/.test(u) ? u : t(`needs-unit-${u.replaceAll('_', '-')}`, { count: n }));
// "15 people", "4 generators", "2000 EUR"
export const amount = (q, u) => `${fmt.number(q)} ${unitText(u, q)}`;

// A filter of a list page: choosing draws the page again from the address.
function filterSelect(path, filters, key, label, opts) {
  const s = select([['', t('needs-any')], ...opts], { value: filters[key] || '' });
  s.addEventListener('change', () => { pushHash(hashFor(path, { ...filters, [key]: s.value })); navigate(location.hash); });
  return field(label, s);
}

// what is met, what more is pledged, of what was asked
export function progress(n) {
  const met = Math.min(n.met, n.quantity), pledged = Math.min(n.pledged, n.quantity);
  const pct = (x) => `${Math.round((100 * x) / n.quantity)}%`;
  return h('div', { class: 'need-progress' },
    h('div', { class: 'bar', role: 'img', 'aria-label': t('needs-progress', { met: n.met, pledged: n.pledged, quantity: n.quantity }) },
      h('span', { class: 'bar-met', style: `inline-size: ${pct(met)}` }),
      h('span', { class: 'bar-pledged', style: `inline-size: ${pct(Math.max(pledged - met, 0))}` })),
    h('p', { class: 'meta' }, t('needs-progress', { met: n.met, pledged: n.pledged, quantity: n.quantity }), ' ', unitText(n.unit, n.quantity)));
}

export async function render(view, ctx) {
  pageTitle(t('needs-title'));
  const q = ctx.query;
  const filters = {};
  for (const k of ['category', 'country', 'urgency', 'status', 'partner_of']) if (q.get(k)) filters[k] = q.get(k);
  const [cats, urgencies, statuses, page] = await Promise.all([
    categories(), choices('Need', 'urgency'), choices('Need', 'status'),
    api.get('/needs', { ...filters, limit: 200 }),
  ]);
  if (!ctx.alive()) return;
  const sel = (key, label, opts) => filterSelect('/needs', filters, key, label, opts);
  const country = h('input', { type: 'text', maxlength: 2, value: filters.country || '', size: 3, autocomplete: 'off' });
  country.addEventListener('change', () => { pushHash(hashFor('/needs', { ...filters, country: country.value.trim().toUpperCase() })); navigate(location.hash); });
  const form = h('form', { class: 'filters needs-filters', role: 'search', 'aria-label': t('needs-filters'), onsubmit: (e) => e.preventDefault() },
    sel('category', t('needs-category'), cats.map((c) => [c.id, categoryText(c.id)])),
    field(t('needs-country'), country, { hint: t('needs-country-hint') }),
    sel('urgency', t('needs-urgency'), urgencies.map((u) => [u, choiceText(u)])),
    sel('status', t('needs-status'), statuses.map((u) => [u, choiceText(u)])));
  const items = page.items;
  const listId = 'needs-list';
  const map = items.length ? worldMap({ label: t('needs-map-label', { count: items.length }), className: 'map-needs', skipTo: listId }) : null;
  if (map) {
    const frag = document.createDocumentFragment();
    for (const n of items) {
      if (typeof n.lat !== 'number') continue;
      map.point({ id: n.city.id, name: n.city.name, lat: n.lat, lng: n.lng }, {
        href: `#/need/${n.id}`, text: t('needs-map-point', { city: n.city.name, title: n.title, met: n.met, quantity: n.quantity }),
        kind: n.urgency === 'critical' || n.urgency === 'high' ? 'partner' : 'member', into: frag,
      });
    }
    map.addPoints(frag);
    map.legend([{ className: 'partner', text: t('needs-legend-urgent') }, { className: 'member', text: t('needs-legend-other') }]);
  }
  const list = h('ul', { class: 'plain-list needs-list', id: listId, tabindex: '-1', 'aria-label': t('needs-list') }, items.map((n) => h('li', { class: `need urgency-${n.urgency}` },
    h('h2', { class: 'need-title' }, h('a', { href: `#/need/${n.id}`, dir: 'auto' }, n.title)),
    h('p', { class: 'meta' }, h('a', { href: `#/city/${n.city.id}`, dir: 'auto' }, n.city.name), ` (${n.city.country}) · `,
      categoryText(n.category), ' · ', choiceText(n.urgency), ' · ', choiceText(n.status),
      n.deadline ? ` · ${t('needs-deadline', { date: fmt.date(n.deadline) })}` : ''),
    progress(n))));
  const mine = ctx.user && ctx.user.city_id;
  append(view, h('h1', {}, t('needs-title')), h('p', { class: 'lead' }, t('needs-lead')),
    h('p', { class: 'actions' },
      mine ? h('a', { class: 'button', href: '#/needs/new' }, t('needs-post')) : null, ' ',
      mine ? h('a', { class: 'button secondary', href: hashFor('/needs', { partner_of: ctx.user.city_id, status: 'open' }) }, t('needs-of-partners')) : null, ' ',
      h('a', { class: 'button secondary', href: '#/offers' }, t('needs-offers')), ' ',
      mine ? h('a', { class: 'button secondary', href: '#/offers/new' }, t('needs-offer-make')) : null, ' ',
      h('a', { href: '/api/v1/needs?format=csv&limit=500' }, t('needs-csv')), ' ',
      h('a', { href: '/api/v1/needs?format=geojson&limit=500', 'aria-label': `${t('needs-title')}: ${t('needs-geojson')}` }, t('needs-geojson')), ' · ',
      h('a', { href: '/api/v1/needs/figures?by=networks&format=csv' }, t('needs-figures-networks')), ' ',
      h('a', { href: '/api/v1/needs/figures?by=networks&format=geojson', 'aria-label': `${t('needs-figures-networks')}: ${t('needs-geojson')}` }, t('needs-geojson')), ' · ',
      h('a', { href: '/api/v1/needs/figures?by=countries&format=csv' }, t('needs-figures-countries')), ' ',
      h('a', { href: '/api/v1/needs/figures?by=countries&format=geojson', 'aria-label': `${t('needs-figures-countries')}: ${t('needs-geojson')}` }, t('needs-geojson'))),
    form, map ? map.figure : null,
    items.length ? list : h('p', { class: 'muted' }, t('needs-none')));
}

// The button of a step of a record's life (one its `can` allows): its form
// opens in area; once taken, the page at `after` is drawn again.
function stepButtons(area) {
  return (s, rid, words, after) => h('button', {
    type: 'button', class: 'button secondary small', dataset: { step: s.action },
    onclick: async () => {
      const { panel } = await stepPanel({ ...s, summary: words }, rid, {
        submitLabel: words, what: t('needs-step-not-done'),
        onCancel: () => area.replaceChildren(),
        onDone: () => { flash(t('needs-step-done')); navigate(after); },
      });
      area.replaceChildren(panel);
      panel.querySelector('input, select, textarea, button')?.focus();
    },
  }, words);
}

// One record for its page, or null with the page saying why.
async function loadOne(view, path, missing) {
  try {
    return await api.get(path);
  } catch (e) {
    if (e.status === 404) notFound(view, missing);
    else loadFailed(view, e);
    return null;
  }
}

export async function renderOne(view, ctx) {
  const id = Number(ctx.params[0]);
  const n = await loadOne(view, `/needs/${id}`, t('needs-not-found', { id }));
  if (!n) return;
  const [pledges, matches, needSteps, pledgeSteps] = await Promise.all([
    api.get('/pledges', { need: id, limit: 500 }), api.get(`/needs/${id}/matches`).catch(() => ({ items: [] })),
    stepsOf('Need'), stepsOf('Pledge'),
  ]);
  if (!ctx.alive()) return;
  pageTitle(n.title);
  const area = h('div', { class: 'step-area' });
  const stepButton = stepButtons(area);
  const actions = needSteps.filter((s) => n.can && n.can[s.action]).map((s) => stepButton(s, n.id, t(`needs-step-${s.action}`), `#/need/${n.id}`));
  const cols = [
    { title: t('needs-col-city'), cell: (p) => h('a', { href: `#/city/${p.city_id}`, dir: 'auto' }, p.city_name) },
    { title: t('needs-col-quantity'), cell: (p) => `${fmt.number(p.quantity)} ${unitText(p.unit, p.quantity)}` },
    { title: t('needs-col-status'), cell: (p) => [choiceText(p.status), p.delivered_quantity ? ` (${fmt.number(p.delivered_quantity)})` : ''] },
    { title: t('needs-col-actions'), cell: (p) => pledgeSteps.filter((s) => p.can && p.can[s.action]).map((s) => stepButton(s, p.id, t(`needs-pledge-${s.action}`), `#/need/${n.id}`)) },
  ];
  append(view,
    h('p', { class: 'crumbs' }, h('a', { href: '#/needs' }, t('needs-title'))),
    h('h1', { dir: 'auto' }, n.title),
    h('p', { class: 'lead' }, h('a', { href: `#/city/${n.city.id}`, dir: 'auto' }, n.city.name), ` · ${categoryText(n.category)} · ${choiceText(n.urgency)} · ${choiceText(n.status)}`),
    progress(n),
    n.description ? h('p', { dir: 'auto', class: 'note-text' }, n.description) : null,
    h('dl', { class: 'facts' },
      n.deadline ? h('div', {}, h('dt', {}, t('needs-deadline-label')), h('dd', {}, fmt.date(n.deadline))) : null,
      n.delivery_place ? h('div', {}, h('dt', {}, t('needs-place')), h('dd', { dir: 'auto' }, n.delivery_place)) : null,
      n.withdrawn_reason ? h('div', {}, h('dt', {}, t('needs-withdrawn-because')), h('dd', { dir: 'auto' }, n.withdrawn_reason)) : null),
    actions.length ? h('div', { class: 'row-actions' }, actions) : null,
    h('section', { class: 'block', 'aria-labelledby': 'h-pledges' }, h('h2', { id: 'h-pledges' }, t('needs-pledges')),
      pledges.items.length ? h('div', { class: 'table-wrap' }, table(cols, pledges.items, { caption: t('needs-pledges'), className: 'pledges' }))
        : h('p', { class: 'muted' }, t('needs-no-pledge')),
      area,
      ctx.user && ctx.user.city_id && ctx.user.city_id !== n.city.id && n.pledgeable ? pledgeForm(n, ctx) : null),
    h('section', { class: 'block', 'aria-labelledby': 'h-matches' }, h('h2', { id: 'h-matches' }, t('needs-matches')),
      h('p', { class: 'hint' }, t('needs-matches-lead')),
      matches.items.length ? h('ol', { class: 'matches' }, matches.items.map((m) => h('li', {},
        h('a', { href: `#/city/${m.city.id}`, dir: 'auto' }, m.city.name), ` (${m.city.country}): `,
        m.reasons.map((r) => t(`needs-reason-${r.kind.replaceAll('_', '-')}`, { count: r.count || 0, km: r.km || 0, language: languageName(r.language) })).join(t('needs-comma')))))
        : h('p', { class: 'muted' }, t('needs-no-match'))));
}

function pledgeForm(n, ctx) {
  const offer = Number(ctx.query?.get('offer')) || 0; // reached from one of our standing offers
  const qty = h('input', { type: 'number', min: 1, step: 1, inputmode: 'numeric', value: Math.max(1, Math.min(n.remaining || 1, n.quantity)) });
  const note = h('input', { type: 'text', dir: 'auto', maxlength: 2000 });
  const form = h('form', { class: 'form inline-form pledge-form', novalidate: true },
    h('h3', {}, t('needs-pledge')),
    offer ? h('p', { class: 'hint' }, h('a', { href: `#/offer/${offer}` }, t('needs-pledge-from-offer'))) : null,
    field(t('needs-pledge-quantity', { unit: unitText(n.unit, 2) }), qty, { required: true, hint: t('needs-pledge-remaining', { count: n.remaining }) }),
    field(t('needs-pledge-note'), note),
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button' }, t('needs-pledge'))));
  const errors = new FormErrors(form);
  errors.add('quantity', qty.closest('.field'), qty);
  errors.add('city_id', qty.closest('.field'), qty);
  errors.add('need_id', qty.closest('.field'), qty);
  errors.add('offer_id', qty.closest('.field'), qty);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    errors.clear();
    const body = { need_id: n.id, city_id: ctx.user.city_id, quantity: Number(qty.value) };
    if (note.value.trim()) body.note = note.value.trim();
    if (offer) body.offer_id = offer;
    try {
      await api.post('/pledges', body);
      flash(t('needs-pledged'));
      navigate(`#/need/${n.id}`);
    } catch (err) {
      errors.show(err.field || 'quantity', err.message);
      setStatus(t('needs-not-pledged', { error: err.message }), { error: true });
    }
  });
  return form;
}

export async function renderForm(view, ctx) {
  pageTitle(t('needs-post'));
  if (!ctx.user) {
    needSignIn(view, t('needs-post'), t('needs-sign-in'));
    return;
  }
  const cats = await categories();
  const sf = await schemaForm({
    schema: 'Need',
    fields: [{ row: ['category', 'urgency'] }, 'title', { row: ['quantity', 'unit'] }, { row: ['deadline', 'delivery_place', 'language'] },
      'description', 'over_ok', 'topics'],
    values: { city_id: ctx.user.city_id, urgency: 'high' },
    options: {
      category: { choices: cats.map((c) => [c.id, categoryText(c.id)]) },
      unit: { choices: [...new Set(cats.flatMap((c) => c.units))].map((u) => [u, unitText(u, 2)]) },
    },
    mode: 'create', submitLabel: t('needs-post'), cancelHref: '#/needs', what: t('needs-not-posted'),
    onSubmit: (body) => api.post('/needs', { ...body, city_id: ctx.user.city_id }),
    onDone: (saved) => { flash(t('needs-posted')); navigate(`#/need/${saved.id}`); },
  });
  append(view, h('h1', {}, t('needs-post')), h('p', { class: 'lead' }, t('needs-post-lead')), sf.form);
}

// ---- standing offers ------------------------------------------------------------------

// An offer's line: its city (and organisation), category, quantity, the
// language it comes with, its status.
function offerMeta(o) {
  return [h('a', { href: `#/city/${o.city.id}`, dir: 'auto' }, o.city.name), o.city.country ? ` (${o.city.country})` : '',
    o.organisation ? [' · ', h('bdi', {}, o.organisation.name)] : null,
    ' · ', categoryText(o.category), ' · ', amount(o.quantity, o.unit),
    o.language ? ` · ${t('needs-offer-language', { language: languageName(o.language) })}` : '',
    ' · ', choiceText(o.status)];
}

export async function renderOffers(view, ctx) {
  pageTitle(t('needs-offers'));
  const q = ctx.query;
  const filters = {};
  for (const k of ['category', 'status']) if (q.get(k)) filters[k] = q.get(k);
  const [cats, statuses, page] = await Promise.all([
    categories(), choices('Offer', 'status'), api.get('/offers', { ...filters, limit: 200 }),
  ]);
  if (!ctx.alive()) return;
  const sel = (key, label, opts) => filterSelect('/offers', filters, key, label, opts);
  const form = h('form', { class: 'filters needs-filters', role: 'search', 'aria-label': t('needs-offers-filters'), onsubmit: (e) => e.preventDefault() },
    sel('category', t('needs-category'), cats.map((c) => [c.id, categoryText(c.id)])),
    sel('status', t('needs-status'), statuses.map((u) => [u, choiceText(u)])));
  const items = page.items;
  const mine = ctx.user && ctx.user.city_id;
  append(view,
    h('p', { class: 'crumbs' }, h('a', { href: '#/needs' }, t('needs-title'))),
    h('h1', {}, t('needs-offers')), h('p', { class: 'lead' }, t('needs-offers-lead')),
    h('p', { class: 'actions' },
      mine ? h('a', { class: 'button', href: '#/offers/new' }, t('needs-offer-make')) : null, ' ',
      h('a', { class: 'button secondary', href: '#/needs' }, t('needs-offers-needs')), ' ',
      h('a', { href: '/api/v1/offers?format=csv&limit=500' }, t('needs-offers-csv'))),
    form,
    items.length ? h('ul', { class: 'plain-list needs-list offers-list', 'aria-label': t('needs-offers-list') }, items.map((o) => h('li', { class: 'need offer' },
      h('h2', { class: 'need-title' }, h('a', { href: `#/offer/${o.id}`, dir: 'auto' }, o.title)),
      h('p', { class: 'meta' }, offerMeta(o)))))
      : h('p', { class: 'muted' }, t('needs-offers-none')));
}

export async function renderOffer(view, ctx) {
  const id = Number(ctx.params[0]);
  const o = await loadOne(view, `/offers/${id}`, t('needs-offer-not-found', { id }));
  if (!o) return;
  const [matches, steps] = await Promise.all([
    api.get(`/offers/${id}/matches`).catch(() => ({ items: [] })), stepsOf('Offer'),
  ]);
  if (!ctx.alive()) return;
  pageTitle(o.title);
  const area = h('div', { class: 'step-area' });
  const stepButton = stepButtons(area);
  const actions = steps.filter((s) => o.can && o.can[s.action]).map((s) => stepButton(s, o.id, t(`needs-offer-step-${s.action}`), `#/offer/${o.id}`));
  const fact = (dt, dd) => h('div', {}, h('dt', {}, dt), h('dd', {}, dd));
  // the offering city pledges from its offer: the need's page names it in the pledge
  const ours = Boolean(ctx.user && ctx.user.city_id && ctx.user.city_id === o.city_id);
  append(view,
    h('p', { class: 'crumbs' }, h('a', { href: '#/needs' }, t('needs-title')), ' / ', h('a', { href: '#/offers' }, t('needs-offers'))),
    h('h1', { dir: 'auto' }, o.title),
    h('p', { class: 'lead' }, offerMeta(o)),
    o.description ? h('p', { dir: 'auto', class: 'note-text' }, o.description) : null,
    h('dl', { class: 'facts' },
      fact(t('needs-col-quantity'), amount(o.quantity, o.unit)),
      o.language ? fact(t('needs-offer-language-label'), languageName(o.language)) : null,
      o.organisation ? fact(t('needs-offer-organisation'), h('bdi', {}, o.organisation.name)) : null,
      o.created_at ? fact(t('needs-offer-since'), fmt.date(o.created_at)) : null),
    actions.length ? h('div', { class: 'row-actions' }, actions) : null,
    area,
    h('section', { class: 'block', 'aria-labelledby': 'h-offer-matches' }, h('h2', { id: 'h-offer-matches' }, t('needs-offer-matches')),
      h('p', { class: 'hint' }, t('needs-offer-matches-lead')),
      matches.items.length ? h('ol', { class: 'plain-list needs-list', 'aria-labelledby': 'h-offer-matches' }, matches.items.map((n) => h('li', { class: `need urgency-${n.urgency}` },
        h('h3', { class: 'need-title' }, h('a', { href: ours ? hashFor(`/need/${n.id}`, { offer: o.id }) : `#/need/${n.id}`, dir: 'auto' }, n.title)),
        h('p', { class: 'meta' }, h('a', { href: `#/city/${n.city.id}`, dir: 'auto' }, n.city.name), ` (${n.city.country}) · `,
          choiceText(n.urgency), ' · ', choiceText(n.status),
          n.deadline ? ` · ${t('needs-deadline', { date: fmt.date(n.deadline) })}` : ''),
        progress(n))))
        : h('p', { class: 'muted' }, t('needs-offer-no-match'))));
}

export async function renderOfferForm(view, ctx) {
  pageTitle(t('needs-offer-make'));
  if (!ctx.user) {
    needSignIn(view, t('needs-offer-make'), t('needs-offer-sign-in'));
    return;
  }
  const cats = await categories();
  if (!ctx.alive()) return;
  const unitsOf = (cat) => [...new Set(cats.filter((c) => !cat || c.id === cat).flatMap((c) => c.units))].map((u) => [u, unitText(u, 2)]);
  // an account of no city (an admin's) names the city; an office offers for its own
  const own = ctx.user.city_id;
  const sf = await schemaForm({
    schema: 'Offer',
    fields: [...(own ? [] : ['city_id']), 'category', 'title', { row: ['quantity', 'unit', 'language'] }, 'organisation_id', 'description'],
    options: {
      category: { choices: cats.map((c) => [c.id, categoryText(c.id)]) },
      unit: { choices: unitsOf(null) },
      language: { hint: t('needs-offer-language-hint') },
      organisation_id: { hint: t('needs-offer-organisation-hint') },
    },
    mode: 'create', submitLabel: t('needs-offer-make'), cancelHref: '#/offers', what: t('needs-offer-not-made'),
    onSubmit: (body) => api.post('/offers', own ? { ...body, city_id: own } : body),
    onDone: (saved) => { flash(t('needs-offer-made')); navigate(`#/offer/${saved.id}`); },
  });
  // the units of the category chosen
  sf.onChange('category', (cat) => {
    const unit = sf.controls.get('unit');
    const opts = unitsOf(cat);
    if (unit && !opts.some(([u]) => u === unit.get())) unit.set('');
    sf.setChoices('unit', opts);
  });
  append(view,
    h('p', { class: 'crumbs' }, h('a', { href: '#/needs' }, t('needs-title')), ' / ', h('a', { href: '#/offers' }, t('needs-offers'))),
    h('h1', {}, t('needs-offer-make')), h('p', { class: 'lead' }, t('needs-offer-post-lead')), sf.form);
}

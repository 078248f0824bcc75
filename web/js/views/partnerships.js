// All partnerships, filterable by health (dormant = fizzling out), status,
// kind and country.
import * as api from '../api.js';
import { h, append, time, field, select, pager, table, addRows, healthBadge, partyEl, pageTitle, debounce, setStatus } from '../ui.js';
import { hashFor, replaceHash } from '../app.js';
import { downloads } from '../downloads.js';
import { paramOf, choiceText, titleOf } from '../schema-form.js';
import { t, has, tNodes } from '../i18n.js';

export async function render(view, ctx) {
  pageTitle(t('partnerships-title'));
  const qv = (k) => ctx.query.get(k) || '';
  const cityId = /^\d+$/.test(qv('city')) ? qv('city') : '';
  const q = h('input', { type: 'search', value: qv('q'), autocomplete: 'off' });
  // the choices of each filter, as the API document lists them
  const [healthP, statusP, kindP] = await Promise.all(['health', 'status', 'kind'].map((k) => paramOf('/partnerships', k)));
  if (!ctx.alive()) return;
  const opts = (p) => (p?.enum || []).map((v) => [v, choiceText(v)]);
  // the health states in the reader's words (the API lists them)
  const healthOpts = (healthP?.enum || []).map((v) => [v, has(`common-health-${v}`) ? t(`common-health-${v}`) : choiceText(v)]);
  const health = select([['', t('partnerships-any-health')], ...healthOpts], { value: qv('health') });
  const status = select([['', t('partnerships-any-status')], ...opts(statusP)], { value: qv('status') });
  const kind = select([['', t('partnerships-any-kind')], ...opts(kindP)], { value: qv('kind') });
  const country = select([['', t('partnerships-any-country')]]);
  if (qv('country')) { country.append(h('option', { value: qv('country') }, qv('country'))); country.value = qv('country'); }

  const cityNote = h('p', { class: 'notice', hidden: !cityId });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': t('partnerships-filter-label') },
    field(t('partnerships-name-or-note'), q),
    field(titleOf(healthP, 'health'), health),
    field(titleOf(statusP, 'status'), status),
    field(titleOf(kindP, 'kind'), kind),
    field(t('partnerships-country'), country),
    h('div', { class: 'filters-actions' }, h('button', { type: 'submit', class: 'button' }, t('partnerships-filter'))));
  const results = h('section', { 'aria-label': t('partnerships-found') });
  append(view, h('h1', {}, t('partnerships-title')),
    h('p', { class: 'lead' }, tNodes('partnerships-lead', { dormant: h('strong', {}, t('partnerships-lead-dormant')) })),
    cityNote, form, results);

  let filterCity = cityId;
  if (cityId) {
    api.get(`/cities/${cityId}`).then((c) => {
      cityNote.replaceChildren(...tNodes('partnerships-only-city', { city: h('a', { href: `#/city/${c.id}`, dir: 'auto' }, c.name) }), ' ',
        h('button', {
          type: 'button', class: 'button small secondary',
          onclick: () => { filterCity = ''; cityNote.hidden = true; apply(); q.focus(); },
        }, t('partnerships-show-all-cities')));
    }).catch(() => { cityNote.textContent = t('partnerships-only-city-id', { id: cityId }); });
  }

  const cols = [
    { title: t('partnerships-col-party-a'), cell: (p) => partyEl(p.party_a) },
    { title: t('partnerships-col-party-b'), cell: (p) => partyEl(p.party_b) },
    { title: t('partnerships-col-kind'), cell: (p) => partnershipLink(p) },
    { title: t('partnerships-col-status'), cell: (p) => choiceText(p.status) },
    { title: t('partnerships-col-signed'), cell: (p) => time(p.signed_date) },
    { title: t('partnerships-col-health'), cell: (p) => healthBadge(p.health), class: 'col-health' },
  ];
  const params = () => ({
    q: q.value.trim(), health: health.value, status: status.value, kind: kind.value,
    country: country.value, city: filterCity,
  });
  form.after(downloads('/partnerships', params, { geojson: true }));
  const list = pager(results, {
    noun: 'partnerships-count',
    empty: t('partnerships-none'),
    fetchPage: (cursor) => api.get('/partnerships', { ...params(), limit: 25, cursor }),
    render: (items, box) => {
      let tbl = box.querySelector('table');
      if (!tbl) {
        tbl = table(cols, [], { caption: t('partnerships-title'), className: 'partnerships' });
        box.appendChild(h('div', { class: 'table-wrap' }, tbl));
      }
      return addRows(tbl, cols, items);
    },
  });
  const apply = () => { replaceHash(hashFor('/partnerships', params())); list.reload(); };
  const typed = debounce(apply, 300);
  q.addEventListener('input', typed);
  for (const s of [health, status, kind, country]) s.addEventListener('change', () => { typed.cancel(); apply(); });
  form.addEventListener('submit', (e) => { e.preventDefault(); typed.cancel(); apply(); });
  list.reload();

  try {
    const all = await api.countries();
    if (!ctx.alive()) return;
    const want = country.value;
    country.replaceChildren(h('option', { value: '' }, t('partnerships-any-country')),
      ...all.map((c) => h('option', { value: c.code }, c.name)));
    country.value = want;
  } catch (e) {
    setStatus(t('partnerships-countries-error', { error: e.message }), { error: true });
  }
}

// The kind, linking to the partnership's page.
export function partnershipLink(p) {
  return h('a', { href: `#/partnership/${p.id}`, class: 'record-link' }, p.kind ? choiceText(p.kind) : t('partnerships-kind-not-known'));
}

// All partnerships, filterable by health (dormant = fizzling out), status,
// kind and country.
import * as api from '../api.js';
import { h, append, time, field, select, pager, table, addRows, healthBadge, partyEl, pageTitle, debounce, setStatus } from '../ui.js';
import { hashFor, replaceHash } from '../app.js';
import { downloads } from '../downloads.js';
import { paramOf, choiceText, titleOf } from '../schema-form.js';

export async function render(view, ctx) {
  pageTitle('Partnerships');
  const qv = (k) => ctx.query.get(k) || '';
  const cityId = /^\d+$/.test(qv('city')) ? qv('city') : '';
  const q = h('input', { type: 'search', value: qv('q'), autocomplete: 'off' });
  // the choices of each filter, as the API document lists them
  const [healthP, statusP, kindP] = await Promise.all(['health', 'status', 'kind'].map((k) => paramOf('/partnerships', k)));
  if (!ctx.alive()) return;
  const opts = (p) => (p?.enum || []).map((v) => [v, choiceText(v)]);
  const health = select([['', 'Any health'], ...opts(healthP)], { value: qv('health') });
  const status = select([['', 'Any status'], ...opts(statusP)], { value: qv('status') });
  const kind = select([['', 'Any kind'], ...opts(kindP)], { value: qv('kind') });
  const country = select([['', 'Any country']]);
  if (qv('country')) { country.append(h('option', { value: qv('country') }, qv('country'))); country.value = qv('country'); }

  const cityNote = h('p', { class: 'notice', hidden: !cityId });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter partnerships' },
    field('Name or note', q),
    field(titleOf(healthP, 'health'), health),
    field(titleOf(statusP, 'status'), status),
    field(titleOf(kindP, 'kind'), kind),
    field('Country of either party', country),
    h('div', { class: 'filters-actions' }, h('button', { type: 'submit', class: 'button' }, 'Filter')));
  const results = h('section', { 'aria-label': 'Partnerships found' });
  append(view, h('h1', {}, 'Partnerships'),
    h('p', { class: 'lead' }, 'Twinnings, sister-city, friendship and cooperation agreements. A partnership is ',
      h('strong', {}, 'dormant'), ' when nothing has been recorded for it (activity or signature) for some years: it may be fizzling out.'),
    cityNote, form, results);

  let filterCity = cityId;
  if (cityId) {
    api.get(`/cities/${cityId}`).then((c) => {
      cityNote.replaceChildren('Only partnerships of ', h('a', { href: `#/city/${c.id}`, dir: 'auto' }, c.name), '. ',
        h('button', {
          type: 'button', class: 'button small secondary',
          onclick: () => { filterCity = ''; cityNote.hidden = true; apply(); q.focus(); },
        }, 'Show all cities'));
    }).catch(() => { cityNote.textContent = `Only partnerships of city ${cityId}.`; });
  }

  const cols = [
    { title: 'Party A', cell: (p) => partyEl(p.party_a) },
    { title: 'Party B', cell: (p) => partyEl(p.party_b) },
    { title: 'Kind', cell: (p) => partnershipLink(p) },
    { title: 'Status', cell: (p) => choiceText(p.status) },
    { title: 'Signed', cell: (p) => time(p.signed_date) },
    { title: 'Health', cell: (p) => healthBadge(p.health), class: 'col-health' },
  ];
  const params = () => ({
    q: q.value.trim(), health: health.value, status: status.value, kind: kind.value,
    country: country.value, city: filterCity,
  });
  form.after(downloads('/partnerships', params, { geojson: true }));
  const list = pager(results, {
    noun: ['partnership', 'partnerships'],
    empty: 'No partnership matches these filters.',
    fetchPage: (cursor) => api.get('/partnerships', { ...params(), limit: 25, cursor }),
    render: (items, box) => {
      let t = box.querySelector('table');
      if (!t) {
        t = table(cols, [], { caption: 'Partnerships', className: 'partnerships' });
        box.appendChild(h('div', { class: 'table-wrap' }, t));
      }
      return addRows(t, cols, items);
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
    country.replaceChildren(h('option', { value: '' }, 'Any country'),
      ...all.map((c) => h('option', { value: c.code }, c.name)));
    country.value = want;
  } catch (e) {
    setStatus(`The list of countries could not be loaded: ${e.message}`, { error: true });
  }
}

// The kind, linking to the partnership's page.
export function partnershipLink(p) {
  return h('a', { href: `#/partnership/${p.id}`, class: 'record-link' }, p.kind ? choiceText(p.kind) : 'Kind not known');
}

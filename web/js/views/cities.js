// Cities: search by name as you type, filter by country, page with "Show more".
import * as api from '../api.js';
import { h, append, name, field, select, pager, debounce, pageTitle, setStatus } from '../ui.js';
import { hashFor, replaceHash } from '../app.js';
import { downloads } from '../downloads.js';
import { t, fmt, countryName } from '../i18n.js';

export async function render(view, ctx) {
  pageTitle(t('cities-title'));
  const q = h('input', { type: 'search', name: 'q', value: ctx.query.get('q') || '', autocomplete: 'off', spellcheck: 'false' });
  const country = select([['', t('cities-all-countries')]], { name: 'country' });
  const wantCountry = ctx.query.get('country') || '';
  if (wantCountry) { country.append(h('option', { value: wantCountry }, wantCountry)); country.value = wantCountry; }

  const form = h('form', { class: 'filters', role: 'search', 'aria-label': t('cities-search-label') },
    field(t('cities-name'), q, { hint: t('cities-name-hint') }),
    field(t('cities-country'), country),
    h('div', { class: 'filters-actions' }, h('button', { type: 'submit', class: 'button' }, t('cities-search'))));
  const results = h('section', { 'aria-label': t('cities-found') });
  append(view, 
    h('h1', {}, t('cities-title')),
    h('p', { class: 'lead' }, t('cities-lead')),
    form, results);
  form.after(downloads('/cities', () => ({ q: q.value.trim(), country: country.value }), { geojson: true }));

  const list = pager(results, {
    noun: 'cities-count',
    empty: t('cities-none'),
    fetchPage: (cursor) => api.get('/cities', { q: q.value.trim(), country: country.value, limit: 25, cursor }),
    render: (items, box) => {
      let ul = box.querySelector('ul');
      if (!ul) ul = box.appendChild(h('ul', { class: 'cards' }));
      return items.map((c) => ul.appendChild(h('li', { class: 'card' },
        h('a', { href: `#/city/${c.id}`, class: 'card-title', dir: 'auto' }, c.name),
        h('p', { class: 'card-meta' }, countryName(c.country, c.country_name), c.region ? [' · ', name(c.region)] : null),
        c.alt_names && c.alt_names.length
          ? h('p', { class: 'card-alt' }, t('cities-also'), ' ', c.alt_names.map((n, i) => [i ? t('cities-comma') : '', name(n)]))
          : null)));
    },
  });

  const apply = () => {
    replaceHash(hashFor('/cities', { q: q.value.trim(), country: country.value }));
    list.reload();
  };
  const typed = debounce(apply, 300);
  q.addEventListener('input', typed);
  country.addEventListener('change', () => { typed.cancel(); apply(); });
  form.addEventListener('submit', (e) => { e.preventDefault(); typed.cancel(); apply(); });
  list.reload();

  try {
    const all = await api.countries();
    if (!ctx.alive()) return;
    const withCities = all.filter((c) => c.city_count > 0 || c.code === wantCountry);
    country.replaceChildren(h('option', { value: '' }, t('cities-all-countries')),
      ...withCities.map((c) => h('option', { value: c.code }, `${c.name} (${fmt.number(c.city_count)})`)));
    country.value = wantCountry;
  } catch (e) {
    setStatus(t('cities-countries-failed', { error: e.message }), { error: true });
  }
}

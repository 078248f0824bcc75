// Add or change a diaspora group: people living in a city who come from
// another country or city, with the figure a source gives
// (#/city/ID/diaspora/new: the city fixed; #/diaspora/new?city=ID: the city
// prefilled; #/diaspora/ID/edit). The city's officer or an admin writes.
import * as api from '../api.js';
import { h, append, field, select, FormErrors, reportError, setStatus, flash, pageTitle } from '../ui.js';
import { typeahead } from '../typeahead.js';
import { needSignIn, searchCities, cityItem, orNull } from '../forms.js';
import { navigate } from '../app.js';

// May this user add, change and delete the groups living in the city? The
// server says so in the `can` of the group (or of the city, for a new one):
// the group's rules follow its city's officer.
export const canWriteDiaspora = (record) => !!(record && record.can && record.can.update);

const fmt = (n) => Number(n).toLocaleString('en');
// "1,234 people", or null when the source gives no number
export const peopleText = (size) => (size === null || size === undefined ? null
  : `${fmt(size)} ${Number(size) === 1 ? 'person' : 'people'}`);

// "12,345", "12 345", "12.345" or "12345" -> 12345; null when empty; NaN when not a number
function readSize(text) {
  const s = (text || '').trim();
  if (!s) return null;
  if (/^\d+$/.test(s)) return Number(s);
  if (/^\d{1,3}([,.\s'’\u202f]\d{3})+$/.test(s)) return Number(s.replace(/\D/g, ''));
  return NaN;
}

// type-ahead items that keep the country code, to fill the country in
async function searchOrigin(q, signal) {
  const r = await api.get('/cities', { q, limit: 10 }, { signal });
  return r.items.map((c) => ({ ...cityItem(c), country: c.country }));
}

export async function render(view, ctx) {
  const path = ctx.path || '';
  const editId = /^\/diaspora\/\d+\/edit$/.test(path) ? Number(ctx.params[0]) : null;
  const fixedCityId = /^\/city\/\d+\/diaspora\/new$/.test(path) ? Number(ctx.params[0]) : null;
  const title = editId ? 'Edit a diaspora group' : 'Add a diaspora group';
  if (!ctx.user) {
    needSignIn(view, title, editId ? 'change a diaspora group' : 'add a diaspora group');
    return;
  }
  pageTitle(title);
  append(view, h('p', { class: 'loading' }, 'Loading…'));
  const user = ctx.user;
  const askedCity = /^\d+$/.test(ctx.query.get('city') || '') ? Number(ctx.query.get('city')) : null;
  const wantCity = fixedCityId || askedCity || (!editId && user.city_id ? user.city_id : null);
  const [g, city, countries] = await Promise.all([
    editId ? api.get(`/diaspora/${editId}`) : Promise.resolve(null),
    wantCity ? api.get(`/cities/${wantCity}`) : Promise.resolve(null),
    api.countries().catch((e) => {
      setStatus(`The list of countries could not be loaded: ${e.message}`, { error: true });
      return [];
    }),
  ]);
  if (!ctx.alive()) return;
  view.replaceChildren();
  const countryName = new Map(countries.map((c) => [c.code, c.name]));
  // the city the group lives in: fixed when editing or coming from a city page
  const home = g ? { id: g.city.id, name: g.city.name, country: g.city.country } : city;
  const fixed = !!(g || fixedCityId);
  const back = home ? `#/city/${home.id}` : '#/cities';
  const crumbs = home ? h('p', { class: 'crumbs' }, h('a', { href: '#/cities' }, 'Cities'), ' / ',
    h('a', { href: back, dir: 'auto' }, home.name)) : null;

  if (fixed && !canWriteDiaspora(g || city)) {
    append(view, crumbs, h('h1', {}, title),
      h('p', {}, `Your account may not change the diaspora groups of ${home.name}: its city officer or an administrator records them.`),
      h('p', {}, h('a', { href: back }, `Back to ${home.name}`)));
    return;
  }

  // ---- the fields
  let cityWrap;
  let cityTa = null;
  if (fixed) {
    const shown = h('input', {
      type: 'text', readOnly: true, dir: 'auto',
      value: `${home.name} (${countryName.get(home.country) || home.country})`,
    });
    cityWrap = field('City', shown, { hint: 'Where the group lives.' });
  } else {
    cityTa = typeahead({
      label: 'City', search: searchCities, chosenLabel: 'Chosen city', required: true,
      initial: home ? { id: home.id, text: home.name, detail: countryName.get(home.country) || home.country } : null,
      hint: 'Where the group lives. Type part of the name, then choose from the list.',
    });
    cityWrap = cityTa.el;
  }

  const country = select([['', 'Choose a country'], ...countries.map((c) => [c.code, c.name])]);
  const fCountry = field('Origin country', country, {
    required: true, hint: 'Where the group comes from. Taken from the origin city below when you choose one.',
  });
  const originInitial = g && g.origin_city ? {
    id: g.origin_city.id, text: g.origin_city.name,
    detail: countryName.get(g.origin_city.country) || g.origin_city.country, country: g.origin_city.country,
  } : null;
  const origin = typeahead({
    label: 'Origin city', search: searchOrigin, chosenLabel: 'Comes from', initial: originInitial,
    hint: 'Optional: the city the group comes from, where the source says.',
    onChange: () => followOrigin(),
  });
  function setCountry(code) {
    if (code && ![...country.options].some((o) => o.value === code)) {
      country.append(h('option', { value: code }, countryName.get(code) || code));
    }
    country.value = code || '';
  }
  // an origin city decides the country: shown, and not to be changed apart
  function followOrigin() {
    const it = origin.selected();
    if (it && it.country) setCountry(it.country);
    country.disabled = !!it;
  }
  setCountry(g ? g.origin_country : '');
  followOrigin();

  const num = (value) => h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off', value: value ?? '' });
  const size = num(g && g.size !== null ? fmt(g.size) : '');
  const year = num(g && g.year !== null ? String(g.year) : '');
  year.setAttribute('maxlength', '4');
  const source = h('input', { type: 'text', maxlength: 300, dir: 'auto', value: g ? g.source || '' : '' });
  const sourceUrl = h('input', { type: 'url', autocomplete: 'off', placeholder: 'https://', value: g ? g.source_url || '' : '' });
  const note = h('textarea', { rows: 3, dir: 'auto' });
  note.value = g ? g.note || '' : '';
  const fSize = field('Number of people', size, { hint: 'As the source counts them, e.g. 12,345. Leave empty if it gives no number.' });
  const fYear = field('Year', year, { hint: 'The year of the figure, e.g. 2023.' });
  const fSource = field('Source', source, { hint: 'Who counted: a census, a statistics office, a survey.' });
  const fSourceUrl = field('Source (web address)', sourceUrl);
  const fNote = field('Note', note);

  const submit = h('button', { type: 'submit', class: 'button' }, editId ? 'Save changes' : 'Add group');
  const form = h('form', { class: 'form diaspora-form', novalidate: true },
    h('fieldset', { class: 'section' }, h('legend', {}, 'Who lives where'), cityWrap, fCountry, origin.el),
    h('fieldset', { class: 'section' }, h('legend', {}, 'The figure'),
      h('div', { class: 'row' }, fSize, fYear), fSource, fSourceUrl),
    fNote,
    h('div', { class: 'form-actions' }, submit, h('a', { href: back, class: 'button secondary' }, 'Cancel')));

  const errors = new FormErrors(form);
  errors.add('city_id', cityWrap, cityTa ? cityTa.input : undefined);
  errors.add('origin_city_id', origin.el, origin.input);
  errors.add('origin_country', fCountry);
  errors.add('size', fSize);
  errors.add('year', fYear);
  errors.add('source', fSource);
  errors.add('source_url', fSourceUrl);
  errors.add('note', fNote);

  append(view, crumbs, h('h1', {}, title),
    h('p', { class: 'lead' }, 'A group of people living in a city who come from another country or city, with the figure a source gives. '
      + 'Partner suggestions look for partners where a city\'s residents come from, and where its own people now live.'),
    form);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    errors.clear();
    const n = readSize(size.value);
    const y = year.value.trim();
    const check = [
      [cityTa && !cityTa.value(), 'city_id', 'Choose the city the group lives in from the list.'],
      [origin.input.value.trim() && !origin.value(), 'origin_city_id', 'Choose the origin city from the list, or leave the field empty.'],
      [!origin.value() && !country.value, 'origin_country', 'Choose the country the group comes from.'],
      [Number.isNaN(n), 'size', 'Write the number of people as a whole number, such as 12,345.'],
      [y && !/^\d{4}$/.test(y), 'year', 'Write the year with four digits, such as 2023.'],
    ].find(([bad]) => bad);
    if (check) {
      errors.show(check[1], check[2]);
      setStatus(`The group was not saved: ${check[2]}`, { error: true });
      return;
    }
    const cityId = fixed ? home.id : cityTa.value();
    const originId = origin.value();
    const body = {
      origin_city_id: originId,
      size: n,
      year: y ? Number(y) : null,
      source: orNull(source.value),
      source_url: orNull(sourceUrl.value),
      note: orNull(note.value),
    };
    // the server takes the country from the origin city
    if (!originId) body.origin_country = country.value;
    if (!g) {
      body.city_id = cityId;
      if (!originId) delete body.origin_city_id;
    } else if (!fixed) {
      body.city_id = cityId;
    }
    submit.disabled = true;
    setStatus('Saving…');
    try {
      const saved = g ? await api.patch(`/diaspora/${g.id}`, body) : await api.post('/diaspora', body);
      const country = saved.origin_country_name || saved.origin_country;
      const from = saved.origin_city ? `${saved.origin_city.name}, ${country}` : country;
      flash(`${g ? 'Saved' : 'Added'}: the group from ${from} living in ${saved.city ? saved.city.name : 'the city'}.`);
      navigate(`#/city/${saved.city_id}`);
    } catch (err) {
      reportError(err, errors, 'The group was not saved');
    } finally {
      submit.disabled = false;
    }
  });
}

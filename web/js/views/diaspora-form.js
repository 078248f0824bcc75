// Add or change a diaspora group: people living in a city who come from
// another country or city, with the figure a source gives
// (#/city/ID/diaspora/new: the city fixed; #/diaspora/new?city=ID: the city
// prefilled; #/diaspora/ID/edit). The city's officer or an admin writes.
import * as api from '../api.js';
import { h, append, field, select, FormErrors, reportError, setStatus, flash, pageTitle } from '../ui.js';
import { typeahead } from '../typeahead.js';
import { needSignIn, searchCities, cityItem, orNull } from '../forms.js';
import { navigate } from '../app.js';
import { t, countryName } from '../i18n.js';

// May this user add, change and delete the groups living in the city? The
// server says so in the `can` of the group (or of the city, for a new one):
// the group's rules follow its city's officer.
export const canWriteDiaspora = (record) => !!(record && record.can && record.can.update);

// the figure in the form's field, as it is read back (readSize)
const inField = (n) => Number(n).toLocaleString('en');
// "1,234 people", or null when the source gives no number
export const peopleText = (size) => (size === null || size === undefined ? null
  : t('cities-people', { count: Number(size) }));

// Persian and Arabic-Indic digits as 0-9
const latin = (text) => (text || '').trim()
  .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
  .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));

// "12,345", "12 345", "12.345" or "12345" -> 12345 (Persian and Arabic-Indic
// digits too); null when empty; NaN when not a number
function readSize(text) {
  const s = latin(text).replace(/٬/g, ',');
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
  const title = editId ? t('cities-diaspora-edit-title') : t('cities-diaspora-add');
  if (!ctx.user) {
    needSignIn(view, title, editId ? t('cities-diaspora-sign-in-edit') : t('cities-diaspora-sign-in-add'));
    return;
  }
  pageTitle(title);
  append(view, h('p', { class: 'loading' }, t('cities-loading')));
  const user = ctx.user;
  const askedCity = /^\d+$/.test(ctx.query.get('city') || '') ? Number(ctx.query.get('city')) : null;
  const wantCity = fixedCityId || askedCity || (!editId && user.city_id ? user.city_id : null);
  const [g, city, countries] = await Promise.all([
    editId ? api.get(`/diaspora/${editId}`) : Promise.resolve(null),
    wantCity ? api.get(`/cities/${wantCity}`) : Promise.resolve(null),
    api.countries().catch((e) => {
      setStatus(t('cities-countries-failed', { error: e.message }), { error: true });
      return [];
    }),
  ]);
  if (!ctx.alive()) return;
  view.replaceChildren();
  const countryNames = new Map(countries.map((c) => [c.code, c.name]));
  // the city the group lives in: fixed when editing or coming from a city page
  const home = g ? { id: g.city.id, name: g.city.name, country: g.city.country } : city;
  const fixed = !!(g || fixedCityId);
  const back = home ? `#/city/${home.id}` : '#/cities';
  const crumbs = home ? h('p', { class: 'crumbs' }, h('a', { href: '#/cities' }, t('cities-title')), ' / ',
    h('a', { href: back, dir: 'auto' }, home.name)) : null;

  if (fixed && !canWriteDiaspora(g || city)) {
    append(view, crumbs, h('h1', {}, title),
      h('p', {}, t('cities-diaspora-not-allowed', { city: home.name })),
      h('p', {}, h('a', { href: back }, t('cities-back-to', { city: home.name }))));
    return;
  }

  // ---- the fields
  let cityWrap;
  let cityTa = null;
  if (fixed) {
    const shown = h('input', {
      type: 'text', readOnly: true, dir: 'auto',
      value: `${home.name} (${countryNames.get(home.country) || home.country})`,
    });
    cityWrap = field(t('cities-diaspora-city'), shown, { hint: t('cities-diaspora-city-hint') });
  } else {
    cityTa = typeahead({
      label: t('cities-diaspora-city'), search: searchCities, chosenLabel: t('cities-diaspora-chosen-city'), required: true,
      initial: home ? { id: home.id, text: home.name, detail: countryNames.get(home.country) || home.country } : null,
      hint: t('cities-diaspora-city-hint-type'),
    });
    cityWrap = cityTa.el;
  }

  const country = select([['', t('cities-diaspora-choose-country')], ...countries.map((c) => [c.code, c.name])]);
  const fCountry = field(t('cities-diaspora-origin-country'), country, {
    required: true, hint: t('cities-diaspora-origin-country-hint'),
  });
  const originInitial = g && g.origin_city ? {
    id: g.origin_city.id, text: g.origin_city.name,
    detail: countryNames.get(g.origin_city.country) || g.origin_city.country, country: g.origin_city.country,
  } : null;
  const origin = typeahead({
    label: t('cities-diaspora-origin-city'), search: searchOrigin, chosenLabel: t('cities-diaspora-comes-from'), initial: originInitial,
    hint: t('cities-diaspora-origin-city-hint'),
    onChange: () => followOrigin(),
  });
  function setCountry(code) {
    if (code && ![...country.options].some((o) => o.value === code)) {
      country.append(h('option', { value: code }, countryNames.get(code) || code));
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
  const size = num(g && g.size !== null ? inField(g.size) : '');
  const year = num(g && g.year !== null ? String(g.year) : '');
  year.setAttribute('maxlength', '4');
  const source = h('input', { type: 'text', maxlength: 300, dir: 'auto', value: g ? g.source || '' : '' });
  const sourceUrl = h('input', { type: 'url', autocomplete: 'off', placeholder: 'https://', value: g ? g.source_url || '' : '' });
  const note = h('textarea', { rows: 3, dir: 'auto' });
  note.value = g ? g.note || '' : '';
  const fSize = field(t('cities-diaspora-size'), size, { hint: t('cities-diaspora-size-hint') });
  const fYear = field(t('cities-diaspora-year'), year, { hint: t('cities-diaspora-year-hint') });
  const fSource = field(t('cities-source'), source, { hint: t('cities-diaspora-source-hint') });
  const fSourceUrl = field(t('cities-diaspora-source-url'), sourceUrl);
  const fNote = field(t('cities-note'), note);

  const submit = h('button', { type: 'submit', class: 'button' }, editId ? t('cities-diaspora-save') : t('cities-diaspora-add-group'));
  const form = h('form', { class: 'form diaspora-form', novalidate: true },
    h('fieldset', { class: 'section' }, h('legend', {}, t('cities-diaspora-who-where')), cityWrap, fCountry, origin.el),
    h('fieldset', { class: 'section' }, h('legend', {}, t('cities-diaspora-figure')),
      h('div', { class: 'row' }, fSize, fYear), fSource, fSourceUrl),
    fNote,
    h('div', { class: 'form-actions' }, submit, h('a', { href: back, class: 'button secondary' }, t('cities-cancel'))));

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
    h('p', { class: 'lead' }, t('cities-diaspora-form-lead')),
    form);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    errors.clear();
    const n = readSize(size.value);
    const y = latin(year.value);
    const check = [
      [cityTa && !cityTa.value(), 'city_id', t('cities-diaspora-check-city')],
      [origin.input.value.trim() && !origin.value(), 'origin_city_id', t('cities-diaspora-check-origin-city')],
      [!origin.value() && !country.value, 'origin_country', t('cities-diaspora-check-origin-country')],
      [Number.isNaN(n), 'size', t('cities-diaspora-check-size')],
      [y && !/^\d{4}$/.test(y), 'year', t('cities-diaspora-check-year')],
    ].find(([bad]) => bad);
    if (check) {
      errors.show(check[1], check[2]);
      setStatus(t('cities-diaspora-not-saved-because', { problem: check[2] }), { error: true });
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
    setStatus(t('cities-saving'));
    try {
      const saved = g ? await api.patch(`/diaspora/${g.id}`, body) : await api.post('/diaspora', body);
      const country = countryName(saved.origin_country, saved.origin_country_name);
      const from = saved.origin_city ? `${saved.origin_city.name}${t('cities-comma')}${country}` : country;
      const where = saved.city ? saved.city.name : t('cities-diaspora-the-city');
      flash(g ? t('cities-diaspora-saved', { from, city: where }) : t('cities-diaspora-added', { from, city: where }));
      navigate(`#/city/${saved.city_id}`);
    } catch (err) {
      reportError(err, errors, t('cities-diaspora-not-saved'));
    } finally {
      submit.disabled = false;
    }
  });
}

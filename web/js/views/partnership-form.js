// Add a partnership: party A (the city it was opened from), party B (a
// city, an organisation, or only a country), kind, status, date, topics.
import * as api from '../api.js';
import { h, append, field, group, select, label, FormErrors, reportError, setStatus, flash, nextId } from '../ui.js';
import { typeahead } from '../typeahead.js';
import { formStart, searchCities, searchOrganisations, cityItem, topicsGroup, orNull, DATE_HINT, DATE_RE } from '../forms.js';
import { STATUS, KINDS } from './partnerships.js';
import { navigate } from '../app.js';

export async function render(view, ctx) {
  const title = 'Add a partnership';
  const ready = await formStart(view, ctx, title, 'add a partnership');
  if (!ready) return;
  const { city, topics } = ready;
  const cityId = city ? city.id : null;

  const partyA = typeahead({
    label: 'Party A (city)', search: searchCities, required: true, chosenLabel: 'Chosen city',
    initial: city ? cityItem(city) : null, hint: 'Type part of the name, then choose from the list.',
  });

  // party B: what kind of partner?
  const typeName = nextId('ptype');
  const radios = [
    ['city', 'A city'],
    ['organisation', 'An organisation (ministry, agency, university…)'],
    ['country', 'Only the country is known'],
  ].map(([v, text]) => {
    const r = h('input', { type: 'radio', name: typeName, value: v, checked: v === 'city' });
    return { r, el: h('label', { class: 'check' }, r, ' ', text) };
  });
  const bType = group('Partner (party B) is', radios.map((x) => x.el), { className: 'inline-checks' });
  const bCity = typeahead({ label: 'Partner city', search: searchCities, required: true, chosenLabel: 'Chosen city', hint: 'Type part of the name, then choose from the list.' });
  const bOrg = typeahead({ label: 'Partner organisation', search: searchOrganisations, required: true, chosenLabel: 'Chosen organisation', hint: 'Type part of the name, then choose from the list.' });
  const bCountry = select([['', 'Choose a country']]);
  const fCountry = field('Country of the partner', bCountry, { required: true, hint: 'For an agreement whose partner city the sources do not name.' });
  api.countries().then((all) => {
    bCountry.append(...all.map((c) => h('option', { value: c.code }, c.name)));
  }).catch((e) => setStatus(`The list of countries could not be loaded: ${e.message}`, { error: true }));
  const partyType = () => radios.find((x) => x.r.checked).r.value;
  const showB = () => {
    const t = partyType();
    bCity.el.hidden = t !== 'city';
    bOrg.el.hidden = t !== 'organisation';
    fCountry.hidden = t !== 'country';
    errors.add('party_b', t === 'city' ? bCity.el : t === 'organisation' ? bOrg.el : fCountry,
      t === 'city' ? bCity.input : t === 'organisation' ? bOrg.input : bCountry);
  };

  const kind = select([['', 'Not known'], ...KINDS.map((k) => [k, label(k)])]);
  const status = select(STATUS.map((s) => [s, label(s)]), { value: 'active' });
  const signed = h('input', { type: 'text', autocomplete: 'off', placeholder: 'e.g. 2019-05-14', size: 12 });
  const source = h('input', { type: 'url', autocomplete: 'off', placeholder: 'https://' });
  const note = h('textarea', { rows: 4, dir: 'auto' });
  const fKind = field('Kind of agreement', kind);
  const fStatus = field('Status', status);
  const fSigned = field('Signed', signed, { hint: DATE_HINT });
  const fSource = field('Source (web address)', source, { hint: 'Where this is stated publicly, e.g. a municipal news page.' });
  const fNote = field('Note', note);

  const submit = h('button', { type: 'submit', class: 'button' }, 'Add partnership');
  const back = cityId ? `#/city/${cityId}` : '#/partnerships';
  const form = h('form', { class: 'form', novalidate: true },
    h('fieldset', { class: 'section' }, h('legend', {}, 'Parties'), partyA.el, bType, bCity.el, bOrg.el, fCountry),
    h('fieldset', { class: 'section' }, h('legend', {}, 'Agreement'),
      h('div', { class: 'row' }, fKind, fStatus, fSigned)),
    topics.el,
    h('fieldset', { class: 'section' }, h('legend', {}, 'Source and note'), fSource, fNote),
    h('div', { class: 'form-actions' }, submit, h('a', { href: back, class: 'button secondary' }, 'Cancel')));
  const errors = new FormErrors(form);
  errors.add('party_a', partyA.el, partyA.input);
  errors.add('party_b.city_id', bCity.el, bCity.input);
  errors.add('party_b.organisation_id', bOrg.el, bOrg.input);
  errors.add('party_b.country', fCountry, bCountry);
  errors.add('kind', fKind);
  errors.add('status', fStatus);
  errors.add('signed_date', fSigned);
  errors.add('topics', topics.el);
  errors.add('source_url', fSource);
  errors.add('note', fNote);
  for (const x of radios) x.r.addEventListener('change', showB);
  showB();

  append(view, 
    city ? h('p', { class: 'crumbs' }, h('a', { href: back, dir: 'auto' }, city.name)) : null,
    h('h1', {}, title),
    h('p', { class: 'lead' }, 'Record a twinning, sister-city, friendship or cooperation agreement. Fields marked required must be filled in.'),
    form);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    errors.clear();
    const t = partyType();
    const a = partyA.value();
    const b = t === 'city' ? bCity.value() : t === 'organisation' ? bOrg.value() : bCountry.value;
    const problem = !a ? ['party_a', 'Choose party A from the list of cities.']
      : !b ? ['party_b', t === 'country' ? 'Choose the partner\'s country.' : `Type part of the partner's name and choose it from the list.`]
        : signed.value.trim() && !DATE_RE.test(signed.value.trim()) ? ['signed_date', `Write the date as ${DATE_HINT}.`]
          : null;
    if (problem) {
      errors.show(problem[0], problem[1]);
      setStatus(`The partnership was not saved: ${problem[1]}`, { error: true });
      return;
    }
    const body = {
      party_a: { city_id: a },
      party_b: t === 'city' ? { city_id: b } : t === 'organisation' ? { organisation_id: b } : { country: b },
      kind: kind.value || null,
      status: status.value,
      signed_date: orNull(signed.value),
      topics: topics.values(),
      source_url: orNull(source.value),
      note: orNull(note.value),
    };
    submit.disabled = true;
    setStatus('Saving…');
    try {
      await api.post('/partnerships', body);
      flash('Partnership added.');
      navigate(`#/city/${a}`);
    } catch (err) {
      reportError(err, errors, 'The partnership was not saved');
    } finally {
      submit.disabled = false;
    }
  });
}

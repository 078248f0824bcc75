// Add an activity: kind, title, dates, host city (prefilled), participating
// cities and organisations, the host's partnership or network it belongs to.
import * as api from '../api.js';
import { h, append, field, select, label, FormErrors, reportError, setStatus, flash } from '../ui.js';
import { typeahead } from '../typeahead.js';
import { formStart, searchCities, searchOrganisations, cityItem, topicsGroup, orNull, DATE_HINT, DATE_RE } from '../forms.js';
import { navigate } from '../app.js';

export const ACTIVITY_KINDS = ['delegation_visit', 'study_visit', 'conference', 'workshop', 'joint_project',
  'cultural_exchange', 'youth_exchange', 'academic_exchange', 'aid'];

export async function render(view, ctx) {
  const title = 'Add an activity';
  const ready = await formStart(view, ctx, title, 'add an activity');
  if (!ready) return;
  const { city, topics } = ready;
  const cityId = city ? city.id : null;

  const kind = select([['', 'Choose…'], ...ACTIVITY_KINDS.map((k) => [k, label(k)])]);
  const titleIn = h('input', { type: 'text', maxlength: 300, dir: 'auto' });
  const start = h('input', { type: 'text', autocomplete: 'off', placeholder: 'e.g. 2024-04', size: 12 });
  const end = h('input', { type: 'text', autocomplete: 'off', placeholder: 'e.g. 2024-04', size: 12 });
  const fKind = field('Kind', kind, { required: true });
  const fTitle = field('Title', titleIn, { required: true });
  const fStart = field('Start date', start, { hint: DATE_HINT });
  const fEnd = field('End date', end, { hint: `${DATE_HINT}; leave empty for one day` });

  const partnership = select([['', 'None']]);
  const network = select([['', 'None']]);
  const fPartnership = field('Under the partnership', partnership, { hint: 'One of the host city\'s partnerships, if the activity belongs to it.' });
  const fNetwork = field('In the network', network, { hint: 'One of the host city\'s networks, if the activity belongs to it.' });

  const other = (p, id) => (p.party_a && p.party_a.type === 'city' && p.party_a.city_id === id ? p.party_b : p.party_a);
  const fillHostChoices = (c) => {
    const ps = c ? c.partnerships || [] : [];
    const ms = c ? (c.memberships || []).filter((m) => m.current !== false) : [];
    partnership.replaceChildren(h('option', { value: '' }, 'None'),
      ...ps.map((p) => h('option', { value: p.id },
        `${other(p, c.id).name}: ${p.kind ? label(p.kind) : 'agreement'} (${label(p.status)})`)));
    network.replaceChildren(h('option', { value: '' }, 'None'),
      ...ms.map((m) => h('option', { value: m.network.id }, m.network.acronym && m.network.acronym !== m.network.name
        ? `${m.network.name} (${m.network.acronym})` : m.network.name)));
    partnership.disabled = !ps.length;
    network.disabled = !ms.length;
  };
  fillHostChoices(city);

  const host = typeahead({
    label: 'Host city', search: searchCities, chosenLabel: 'Chosen city',
    initial: city ? cityItem(city) : null, hint: 'Where it takes place, if in a recorded city.',
    onChange: async (id) => {
      if (!id) return fillHostChoices(null);
      try { fillHostChoices(await api.get(`/cities/${id}`)); } catch { fillHostChoices(null); }
    },
  });
  const cities = typeahead({ label: 'Participating cities', search: searchCities, multiple: true, chosenLabel: 'Participating cities chosen', hint: 'Type part of a name and choose; repeat for each city.' });
  const orgs = typeahead({ label: 'Participating organisations', search: searchOrganisations, multiple: true, chosenLabel: 'Participating organisations chosen' });

  const programme = h('input', { type: 'text', maxlength: 120, list: 'programmes' });
  const programmes = h('datalist', { id: 'programmes' }, ['INTERREG', 'URBACT', 'LIFE', 'Erasmus+', 'Horizon Europe', 'CERV'].map((p) => h('option', { value: p })));
  const description = h('textarea', { rows: 4, dir: 'auto' });
  const outcome = h('textarea', { rows: 3, dir: 'auto' });
  const source = h('input', { type: 'url', autocomplete: 'off', placeholder: 'https://' });
  const fProgramme = field('Funding programme', programme, { hint: 'e.g. INTERREG, URBACT, LIFE, Erasmus+' });
  const fDescription = field('Description', description);
  const fOutcome = field('Outcome', outcome);
  const fSource = field('Source (web address)', source);

  const submit = h('button', { type: 'submit', class: 'button' }, 'Add activity');
  const back = cityId ? `#/city/${cityId}` : '#/cities';
  const form = h('form', { class: 'form', novalidate: true },
    h('fieldset', { class: 'section' }, h('legend', {}, 'What and when'),
      h('div', { class: 'row' }, fKind, fStart, fEnd), fTitle),
    h('fieldset', { class: 'section' }, h('legend', {}, 'Who'), host.el, cities.el, orgs.el,
      h('div', { class: 'row' }, fPartnership, fNetwork)),
    h('fieldset', { class: 'section' }, h('legend', {}, 'Details'), fProgramme, programmes, fDescription, fOutcome, fSource),
    topics.el,
    h('div', { class: 'form-actions' }, submit, h('a', { href: back, class: 'button secondary' }, 'Cancel')));

  const errors = new FormErrors(form);
  errors.add('kind', fKind);
  errors.add('title', fTitle);
  errors.add('start_date', fStart);
  errors.add('end_date', fEnd);
  errors.add('host_city_id', host.el, host.input);
  errors.add('city_ids', cities.el, cities.input);
  errors.add('organisation_ids', orgs.el, orgs.input);
  errors.add('partnership_id', fPartnership);
  errors.add('network_id', fNetwork);
  errors.add('programme', fProgramme);
  errors.add('description', fDescription);
  errors.add('outcome', fOutcome);
  errors.add('source_url', fSource);
  errors.add('topics', topics.el);

  append(view, 
    city ? h('p', { class: 'crumbs' }, h('a', { href: back, dir: 'auto' }, city.name)) : null,
    h('h1', {}, title),
    h('p', { class: 'lead' }, 'Record a visit, conference, project or exchange between cities.'),
    form);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    errors.clear();
    const check = [
      [!kind.value, 'kind', 'Choose the kind of activity.'],
      [!titleIn.value.trim(), 'title', 'Give the activity a title.'],
      [start.value.trim() && !DATE_RE.test(start.value.trim()), 'start_date', `Write the date as ${DATE_HINT}.`],
      [end.value.trim() && !DATE_RE.test(end.value.trim()), 'end_date', `Write the date as ${DATE_HINT}.`],
      [host.input.value.trim() && !host.value(), 'host_city_id', 'Choose the host city from the list, or leave the field empty.'],
    ].find(([bad]) => bad);
    if (check) {
      errors.show(check[1], check[2]);
      setStatus(`The activity was not saved: ${check[2]}`, { error: true });
      return;
    }
    const hostId = host.value();
    const body = {
      kind: kind.value,
      title: titleIn.value.trim(),
      start_date: orNull(start.value),
      end_date: orNull(end.value),
      host_city_id: hostId,
      partnership_id: partnership.value ? Number(partnership.value) : null,
      network_id: network.value ? Number(network.value) : null,
      programme: orNull(programme.value),
      description: orNull(description.value),
      outcome: orNull(outcome.value),
      source_url: orNull(source.value),
      city_ids: cities.value(),
      organisation_ids: orgs.value(),
      topics: topics.values(),
    };
    submit.disabled = true;
    setStatus('Saving…');
    try {
      await api.post('/activities', body);
      flash('Activity added.');
      const back = cityId || hostId || body.city_ids[0];
      navigate(back ? `#/city/${back}` : '#/cities');
    } catch (err) {
      reportError(err, errors, 'The activity was not saved');
    } finally {
      submit.disabled = false;
    }
  });
}

// Describe a good practice with the template (new: a draft), or change one.
// After saving, the practice's page offers "Submit for review".
import * as api from '../api.js';
import { h, append, field, select, FormErrors, reportError, setStatus, flash, pageTitle } from '../ui.js';
import { typeahead } from '../typeahead.js';
import { needSignIn, searchCities, searchOrganisations, cityItem, topicsGroup, orNull } from '../forms.js';
import { navigate } from '../app.js';
import { sections, languageName, can, statusBadge, templateLink, libraryHash } from './practices.js';

// The languages offered (ISO 639-1); a practice in another keeps its own.
const LANGUAGES = ['en', 'fr', 'de', 'it', 'es', 'pt', 'nl', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'hu', 'ro',
  'bg', 'el', 'tr', 'uk', 'ru', 'sv', 'da', 'no', 'fi', 'et', 'lv', 'lt', 'ga', 'mt', 'ca', 'eu', 'gl', 'sq', 'mk',
  'ka', 'hy', 'az', 'he', 'ar', 'fa', 'ur', 'hi', 'bn', 'zh', 'ja', 'ko', 'id', 'ms', 'vi', 'th', 'sw'];

// The years of a practice, as the server has them: "2019 – ongoing".
export function yearsText(p) {
  if (!p || !p.start_year) return '';
  if (p.end_year && p.end_year !== p.start_year) return `${p.start_year}–${p.end_year}`;
  return p.ongoing ? `${p.start_year} – ongoing` : String(p.start_year);
}

// "2019" -> 2019; anything else is sent as written, for the server to say
// what is wrong with it.
const yearValue = (text) => (/^\d+$/.test(text) ? Number(text) : text);

export async function render(view, ctx) {
  const editId = ctx.params[0] ? Number(ctx.params[0]) : null;
  const title = editId ? 'Edit a practice' : 'Describe a good practice';
  if (!ctx.user) {
    needSignIn(view, title, editId ? 'edit a practice' : 'submit a practice');
    return;
  }
  pageTitle(title);
  append(view, h('p', { class: 'loading' }, 'Loading…'));
  const user = ctx.user;
  const wantCity = /^\d+$/.test(ctx.query.get('city') || '') ? Number(ctx.query.get('city'))
    : (!editId && user.city_id ? user.city_id : null);
  const [p, topics, networks, city, SECTIONS] = await Promise.all([
    editId ? api.get(`/practices/${editId}`) : Promise.resolve(null),
    topicsGroup(),
    api.networks().catch(() => []),
    wantCity ? api.get(`/cities/${wantCity}`).catch(() => null) : Promise.resolve(null),
    sections(),
  ]);
  if (!ctx.alive()) return;
  view.replaceChildren();
  if (p && !can(p, 'update')) {
    append(view,
      h('p', { class: 'crumbs' }, h('a', { href: `#/practice/${p.id}`, dir: 'auto' }, p.title)),
      h('h1', {}, title),
      h('p', {}, 'Your account may not change this practice now. Its author and its city can change it while it is a draft or returned; its network\'s secretariat at any time.'),
      h('p', {}, h('a', { href: `#/practice/${p.id}` }, 'Back to the practice')));
    return;
  }

  // ---- the fields
  const titleIn = h('input', { type: 'text', maxlength: 300, dir: 'auto', value: p ? p.title : '' });
  const fTitle = field('Title', titleIn, { required: true, hint: 'A short name for what was done.' });

  const cityInitial = p ? (p.city ? { id: p.city.id, text: p.city.name, detail: p.country_name || p.city.country } : null)
    : (city ? cityItem(city) : null);
  const country = select([['', 'Choose a country']]);
  const fCountry = field('Country', country, { hint: 'For a national or regional practice, without a city.' });
  const cityTa = typeahead({
    label: 'City', search: searchCities, chosenLabel: 'Chosen city', initial: cityInitial,
    hint: 'Type part of the name, then choose from the list. Leave it empty for a national or regional practice.',
    onChange: () => showCountry(),
  });
  const showCountry = () => { fCountry.hidden = !!cityTa.value(); };
  api.countries().then((all) => {
    const want = p && !p.city ? p.country : country.value;
    country.append(...all.map((c) => h('option', { value: c.code }, c.name)));
    if (want) country.value = want;
  }).catch((e) => setStatus(`The list of countries could not be loaded: ${e.message}`, { error: true }));
  showCountry();

  const network = select([['', 'None'], ...networks.map((n) => [String(n.id), n.acronym && n.acronym !== n.name ? `${n.name} (${n.acronym})` : n.name])]);
  if (p && p.network) {
    if (![...network.options].some((o) => o.value === String(p.network.id))) network.append(h('option', { value: String(p.network.id) }, p.network.name));
    network.value = String(p.network.id);
  } else if (!p && user.network_id) {
    network.value = String(user.network_id);
  }
  const fNetwork = field('Network', network, { hint: 'The network it is submitted to: its secretariat reviews and publishes it.' });

  const orgs = typeahead({
    label: 'Organisations', search: searchOrganisations, multiple: true, chosenLabel: 'Organisations chosen',
    hint: 'The organisations behind it: type part of a name and choose; repeat for each.',
    initial: p && p.organisations && p.organisations.length
      ? p.organisations.map((o) => ({ id: o.id, text: o.name, detail: o.country || '' })) : null,
  });

  // the period as written; the server reads the years from it, unless the
  // years are given (as they are kept, when editing)
  const period = h('input', { type: 'text', maxlength: 100, autocomplete: 'off', value: p && p.period ? p.period : '', placeholder: 'e.g. 2019 - ongoing' });
  const fPeriod = field('Period', period, {
    hint: 'As you would write it: 2019 - ongoing, since 2014, 2015-2017. The years are read from it when you leave them empty.',
    className: 'period-field',
  });
  const startIn = h('input', { type: 'text', inputmode: 'numeric', maxlength: 4, size: 6, autocomplete: 'off', value: p && p.start_year ? String(p.start_year) : '' });
  const endIn = h('input', { type: 'text', inputmode: 'numeric', maxlength: 4, size: 6, autocomplete: 'off', value: p && p.end_year ? String(p.end_year) : '' });
  const ongoing = h('input', { type: 'checkbox', checked: !!(p && p.ongoing) });
  const fStart = field('Start year', startIn, { hint: 'YYYY, if the period does not say it' });
  const fEnd = field('End year', endIn, { hint: 'YYYY' });
  const fOngoing = h('div', { class: 'field ongoing-field' },
    h('span', { class: 'field-label', 'aria-hidden': 'true' }, 'Ongoing'),
    h('p', { class: 'hint' }, 'No end year yet'),
    h('label', { class: 'check' }, ongoing, ' Still going on'),
    h('p', { class: 'field-error', hidden: true }));
  fOngoing._control = ongoing;
  // what the years were when the form was drawn: untouched, a new period decides them
  const yearsAsDrawn = () => `${startIn.value.trim()}|${endIn.value.trim()}|${ongoing.checked}`;
  const drawnYears = yearsAsDrawn();
  const drawnPeriod = period.value.trim();

  const language = select([['', 'Not stated'], ...LANGUAGES.map((c) => [c, languageName(c)])
    .sort((a, b) => a[1].localeCompare(b[1], 'en'))]);
  const lang = p ? p.language || '' : 'en';
  if (lang && !LANGUAGES.includes(lang)) language.append(h('option', { value: lang }, languageName(lang)));
  language.value = lang;
  const fLanguage = field('Language of the text', language, { className: 'language-field' });

  // topics: the existing ones ticked
  if (p && p.topics) {
    for (const cb of topics.el.querySelectorAll('input[name=topics]')) cb.checked = p.topics.includes(cb.value);
    topics.el.dispatchEvent(new Event('change'));
  }

  const texts = SECTIONS.map((s) => {
    const ta = h('textarea', { rows: s.key === 'summary' ? 4 : s.key === 'links' ? 3 : 6, dir: 'auto' });
    ta.value = p && p[s.key] ? p[s.key] : '';
    return { ...s, ta, f: field(s.heading, ta, { hint: s.hint }) };
  });

  const contactName = h('input', { type: 'text', maxlength: 200, autocomplete: 'name', dir: 'auto', value: p && p.contact_name ? p.contact_name : '' });
  const contactEmail = h('input', { type: 'email', maxlength: 200, autocomplete: 'email', value: p && p.contact_email ? p.contact_email : '' });
  const fContactName = field('Name', contactName);
  const fContactEmail = field('E-mail', contactEmail);

  const save = h('button', { type: 'submit', class: 'button' }, p ? 'Save changes' : 'Save as draft');
  const back = p ? `#/practice/${p.id}` : libraryHash();
  const form = h('form', { class: 'form practice-form', novalidate: true },
    h('fieldset', { class: 'section' }, h('legend', {}, 'The practice'), fTitle,
      h('div', { class: 'period-row' }, fPeriod, fStart, fEnd, fOngoing)),
    h('fieldset', { class: 'section' }, h('legend', {}, 'Where and who'), cityTa.el, fCountry, fNetwork, orgs.el),
    topics.el,
    h('fieldset', { class: 'section template-sections' }, h('legend', {}, 'Description'),
      h('p', { class: 'hint' }, 'The sections of the template. Write what you know; empty sections are left out. Leave a blank line between paragraphs.'),
      fLanguage, texts.map((t) => t.f)),
    h('fieldset', { class: 'section' }, h('legend', {}, 'Contact'),
      h('p', { class: 'hint' }, 'For the secretariat only: never published.'),
      h('div', { class: 'row' }, fContactName, fContactEmail)),
    h('div', { class: 'form-actions' }, save, h('a', { href: back, class: 'button secondary' }, 'Cancel')));

  const errors = new FormErrors(form);
  errors.add('title', fTitle);
  errors.add('city_id', cityTa.el, cityTa.input);
  errors.add('country', fCountry);
  errors.add('network_id', fNetwork);
  errors.add('organisation_ids', orgs.el, orgs.input);
  errors.add('period', fPeriod);
  errors.add('start_year', fStart);
  errors.add('end_year', fEnd);
  errors.add('ongoing', fOngoing, ongoing);
  errors.add('language', fLanguage);
  errors.add('topics', topics.el);
  for (const t of texts) errors.add(t.key, t.f);
  errors.add('contact_name', fContactName);
  errors.add('contact_email', fContactEmail);

  append(view,
    h('p', { class: 'crumbs' }, h('a', { href: libraryHash() }, 'Good practices'),
      p ? [' / ', h('a', { href: `#/practice/${p.id}`, dir: 'auto' }, p.title)] : null),
    h('h1', {}, title),
    p ? h('p', { class: 'review-status' }, 'Status: ', statusBadge(p.status)) : null,
    p && p.review_comment && p.status === 'returned'
      ? h('div', { class: 'review-comment notice warn' }, h('p', { class: 'review-comment-title' }, 'Comment from the review'),
        h('blockquote', { dir: 'auto' }, p.review_comment))
      : null,
    h('p', { class: 'lead' }, p
      ? 'Change what needs changing and save.'
      : 'Describe what was done with the sections of the template. It is saved as a draft, which only you, your city and the network\'s secretariat can see; then submit it for review.'),
    h('p', { class: 'template-offer' }, templateLink(), h('span', { class: 'muted' }, ' to write it offline first.')),
    form);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    errors.clear();
    const sy = startIn.value.trim();
    const ey = endIn.value.trim();
    const cityId = cityTa.value();
    // what only the form knows; the rules of a practice are the server's,
    // whose messages name the field and say what to do
    const check = [
      [cityTa.input.value.trim() && !cityId, 'city_id', 'Choose the city from the list, or leave the field empty.'],
    ].find(([bad]) => bad);
    if (check) {
      errors.show(check[1], check[2]);
      setStatus(`The practice was not saved: ${check[2]}`, { error: true });
      return;
    }
    const body = {
      title: titleIn.value.trim(),
      city_id: cityId,
      // with a city, the country is the city's: sending null would clear it
      ...(cityId ? {} : { country: country.value }),
      network_id: network.value ? Number(network.value) : null,
      organisation_ids: orgs.value(),
      period: orNull(period.value),
      topics: topics.values(),
      language: language.value || null,
      contact_name: orNull(contactName.value),
      contact_email: orNull(contactEmail.value),
    };
    for (const t of texts) body[t.key] = orNull(t.ta.value);
    // the years: as given; otherwise the server reads them from the period
    const yearsChanged = yearsAsDrawn() !== drawnYears;
    const periodChanged = period.value.trim() !== drawnPeriod;
    const fromPeriod = !!period.value.trim() && (p ? periodChanged && !yearsChanged : !sy);
    if (fromPeriod) {
      body.start_year = null;
      body.end_year = null;
      if (!p && ongoing.checked) body.ongoing = true;
    } else if (!p || yearsChanged) {
      body.start_year = sy ? yearValue(sy) : null;
      body.end_year = ey ? yearValue(ey) : null;
      body.ongoing = ongoing.checked;
    }
    save.disabled = true;
    setStatus('Saving…');
    try {
      const saved = p ? await api.patch(`/practices/${p.id}`, body) : await api.post('/practices', body);
      const years = fromPeriod ? yearsText(saved) : '';
      const read = !fromPeriod ? '' : years ? ` The years read from the period: ${years}.`
        : ' No year could be read from the period: give the years when you edit it.';
      flash((p ? 'Changes saved.' : 'Saved as a draft. Submit it for review when it is ready.') + read);
      navigate(`#/practice/${saved.id}`);
    } catch (err) {
      reportError(err, errors, 'The practice was not saved');
    } finally {
      save.disabled = false;
    }
  });
  titleIn.focus();
}

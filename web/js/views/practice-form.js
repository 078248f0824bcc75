// Describe a good practice with the template (new: a draft), or change one.
// After saving, the practice's page offers "Submit for review".
import * as api from '../api.js';
import { h, append, field, select, FormErrors, reportError, setStatus, flash, pageTitle } from '../ui.js';
import { typeahead } from '../typeahead.js';
import { needSignIn, searchCities, searchOrganisations, cityItem, topicsGroup, orNull } from '../forms.js';
import { navigate } from '../app.js';
import { sections, languageName, can, statusBadge, templateLink, libraryHash, tEls, yearText } from './practices.js';
import { t, lang as readerLang } from '../i18n.js';

// The languages offered (ISO 639-1); a practice in another keeps its own.
const LANGUAGES = ['en', 'fr', 'de', 'it', 'es', 'pt', 'nl', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'hu', 'ro',
  'bg', 'el', 'tr', 'uk', 'ru', 'sv', 'da', 'no', 'fi', 'et', 'lv', 'lt', 'ga', 'mt', 'ca', 'eu', 'gl', 'sq', 'mk',
  'ka', 'hy', 'az', 'he', 'ar', 'fa', 'ur', 'hi', 'bn', 'zh', 'ja', 'ko', 'id', 'ms', 'vi', 'th', 'sw'];

// The years of a practice, as the server has them: "2019 – ongoing".
export function yearsText(p) {
  if (!p || !p.start_year) return '';
  if (p.end_year && p.end_year !== p.start_year) return `${yearText(p.start_year)}–${yearText(p.end_year)}`;
  return p.ongoing ? t('practices-years-ongoing', { start: yearText(p.start_year) }) : yearText(p.start_year);
}

// "2019" -> 2019; anything else is sent as written, for the server to say
// what is wrong with it.
const yearValue = (text) => (/^\d+$/.test(text) ? Number(text) : text);

export async function render(view, ctx) {
  const editId = ctx.params[0] ? Number(ctx.params[0]) : null;
  const title = editId ? t('practices-form-edit-title') : t('practices-form-new-title');
  if (!ctx.user) {
    needSignIn(view, title, editId ? t('practices-form-sign-in-edit') : t('practices-form-sign-in-new'));
    return;
  }
  pageTitle(title);
  append(view, h('p', { class: 'loading' }, t('practices-loading')));
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
      h('p', {}, t('practices-form-not-allowed')),
      h('p', {}, h('a', { href: `#/practice/${p.id}` }, t('practices-form-back'))));
    return;
  }

  // ---- the fields
  const titleIn = h('input', { type: 'text', maxlength: 300, dir: 'auto', value: p ? p.title : '' });
  const fTitle = field(t('practices-form-title'), titleIn, { required: true, hint: t('practices-form-title-hint') });

  const cityInitial = p ? (p.city ? { id: p.city.id, text: p.city.name, detail: p.country_name || p.city.country } : null)
    : (city ? cityItem(city) : null);
  const country = select([['', t('practices-form-choose-country')]]);
  const fCountry = field(t('practices-form-country'), country, { hint: t('practices-form-country-hint') });
  const cityTa = typeahead({
    label: t('practices-form-city'), search: searchCities, chosenLabel: t('practices-form-city-chosen'), initial: cityInitial,
    hint: t('practices-form-city-hint'),
    onChange: () => showCountry(),
  });
  const showCountry = () => { fCountry.hidden = !!cityTa.value(); };
  api.countries().then((all) => {
    const want = p && !p.city ? p.country : country.value;
    country.append(...all.map((c) => h('option', { value: c.code }, c.name)));
    if (want) country.value = want;
  }).catch((e) => setStatus(t('practices-form-countries-failed', { error: e.message }), { error: true }));
  showCountry();

  const network = select([['', t('practices-form-none')], ...networks.map((n) => [String(n.id), n.acronym && n.acronym !== n.name ? `${n.name} (${n.acronym})` : n.name])]);
  if (p && p.network) {
    if (![...network.options].some((o) => o.value === String(p.network.id))) network.append(h('option', { value: String(p.network.id) }, p.network.name));
    network.value = String(p.network.id);
  } else if (!p && user.network_id) {
    network.value = String(user.network_id);
  }
  const fNetwork = field(t('practices-network'), network, { hint: t('practices-form-network-hint') });
  // a thematic group of the chosen network it is tagged to
  const group = select([['', t('practices-form-none')]]);
  const fGroup = field(t('practices-form-group'), group, { hint: t('practices-form-group-hint') });
  const wantGroup = p && p.group_id ? String(p.group_id) : ctx.query.get('group') || '';
  const fillGroups = async () => {
    const keep = group.value || wantGroup;
    const items = network.value ? (await api.get('/groups', { network: network.value, limit: 500 }).catch(() => ({ items: [] }))).items : [];
    group.replaceChildren(h('option', { value: '' }, t('practices-form-none')),
      ...items.filter((g) => g.status !== 'closed' || String(g.id) === keep).map((g) => h('option', { value: String(g.id) }, g.name)));
    group.value = items.some((g) => String(g.id) === keep) ? keep : '';
    fGroup.hidden = !items.length;
  };
  network.addEventListener('change', fillGroups);
  fillGroups();

  const orgs = typeahead({
    label: t('practices-organisations'), search: searchOrganisations, multiple: true, chosenLabel: t('practices-form-orgs-chosen'),
    hint: t('practices-form-orgs-hint'),
    initial: p && p.organisations && p.organisations.length
      ? p.organisations.map((o) => ({ id: o.id, text: o.name, detail: o.country || '' })) : null,
  });

  // the period as written; the server reads the years from it, unless the
  // years are given (as they are kept, when editing)
  const period = h('input', { type: 'text', maxlength: 100, autocomplete: 'off', value: p && p.period ? p.period : '', placeholder: t('practices-form-period-placeholder') });
  const fPeriod = field(t('practices-form-period'), period, {
    hint: t('practices-form-period-hint'),
    className: 'period-field',
  });
  const startIn = h('input', { type: 'text', inputmode: 'numeric', maxlength: 4, size: 6, autocomplete: 'off', value: p && p.start_year ? String(p.start_year) : '' });
  const endIn = h('input', { type: 'text', inputmode: 'numeric', maxlength: 4, size: 6, autocomplete: 'off', value: p && p.end_year ? String(p.end_year) : '' });
  const ongoing = h('input', { type: 'checkbox', checked: !!(p && p.ongoing) });
  const fStart = field(t('practices-form-start'), startIn, { hint: t('practices-form-start-hint') });
  const fEnd = field(t('practices-form-end'), endIn, { hint: t('practices-form-end-hint') });
  const fOngoing = h('div', { class: 'field ongoing-field' },
    h('span', { class: 'field-label', 'aria-hidden': 'true' }, t('practices-form-ongoing')),
    h('p', { class: 'hint' }, t('practices-form-ongoing-hint')),
    h('label', { class: 'check' }, ongoing, ` ${t('practices-form-still-going')}`),
    h('p', { class: 'field-error', hidden: true }));
  fOngoing._control = ongoing;
  // what the years were when the form was drawn: untouched, a new period decides them
  const yearsAsDrawn = () => `${startIn.value.trim()}|${endIn.value.trim()}|${ongoing.checked}`;
  const drawnYears = yearsAsDrawn();
  const drawnPeriod = period.value.trim();

  const language = select([['', t('practices-form-not-stated')], ...LANGUAGES.map((c) => [c, languageName(c)])
    .sort((a, b) => a[1].localeCompare(b[1], readerLang()))]);
  const lang = p ? p.language || '' : 'en';
  if (lang && !LANGUAGES.includes(lang)) language.append(h('option', { value: lang }, languageName(lang)));
  language.value = lang;
  const fLanguage = field(t('practices-form-language'), language, { className: 'language-field' });

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
  const fContactName = field(t('practices-form-contact-name'), contactName);
  const fContactEmail = field(t('practices-form-contact-email'), contactEmail);

  const save = h('button', { type: 'submit', class: 'button' }, p ? t('practices-form-save-changes') : t('practices-form-save-draft'));
  const back = p ? `#/practice/${p.id}` : libraryHash();
  const form = h('form', { class: 'form practice-form', novalidate: true },
    h('fieldset', { class: 'section' }, h('legend', {}, t('practices-the-practice')), fTitle,
      h('div', { class: 'period-row' }, fPeriod, fStart, fEnd, fOngoing)),
    h('fieldset', { class: 'section' }, h('legend', {}, t('practices-form-where-who')), cityTa.el, fCountry, fNetwork, fGroup, orgs.el),
    topics.el,
    h('fieldset', { class: 'section template-sections' }, h('legend', {}, t('practices-form-description')),
      h('p', { class: 'hint' }, t('practices-form-description-hint')),
      fLanguage, texts.map((x) => x.f)),
    h('fieldset', { class: 'section' }, h('legend', {}, t('practices-contact')),
      h('p', { class: 'hint' }, t('practices-form-contact-hint')),
      h('div', { class: 'row' }, fContactName, fContactEmail)),
    h('div', { class: 'form-actions' }, save, h('a', { href: back, class: 'button secondary' }, t('practices-cancel'))));

  const errors = new FormErrors(form);
  errors.add('title', fTitle);
  errors.add('city_id', cityTa.el, cityTa.input);
  errors.add('country', fCountry);
  errors.add('network_id', fNetwork);
  errors.add('group_id', fGroup);
  errors.add('organisation_ids', orgs.el, orgs.input);
  errors.add('period', fPeriod);
  errors.add('start_year', fStart);
  errors.add('end_year', fEnd);
  errors.add('ongoing', fOngoing, ongoing);
  errors.add('language', fLanguage);
  errors.add('topics', topics.el);
  for (const x of texts) errors.add(x.key, x.f);
  errors.add('contact_name', fContactName);
  errors.add('contact_email', fContactEmail);

  append(view,
    h('p', { class: 'crumbs' }, h('a', { href: libraryHash() }, t('practices-title')),
      p ? [' / ', h('a', { href: `#/practice/${p.id}`, dir: 'auto' }, p.title)] : null),
    h('h1', {}, title),
    p ? h('p', { class: 'review-status' }, `${t('practices-status-label')} `, statusBadge(p.status)) : null,
    p && p.review_comment && p.status === 'returned'
      ? h('div', { class: 'review-comment notice warn' }, h('p', { class: 'review-comment-title' }, t('practices-review-comment')),
        h('blockquote', { dir: 'auto' }, p.review_comment))
      : null,
    h('p', { class: 'lead' }, p ? t('practices-form-lead-edit') : t('practices-form-lead-new')),
    h('p', { class: 'template-offer' }, tEls('practices-form-template-offer', {}, { link: templateLink() })
      .map((x) => (typeof x === 'string' ? h('span', { class: 'muted' }, x) : x))),
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
      [cityTa.input.value.trim() && !cityId, 'city_id', t('practices-form-city-from-list')],
    ].find(([bad]) => bad);
    if (check) {
      errors.show(check[1], check[2]);
      setStatus(t('practices-form-not-saved-because', { reason: check[2] }), { error: true });
      return;
    }
    const body = {
      title: titleIn.value.trim(),
      city_id: cityId,
      // with a city, the country is the city's: sending null would clear it
      ...(cityId ? {} : { country: country.value }),
      network_id: network.value ? Number(network.value) : null,
      group_id: group.value ? Number(group.value) : null,
      organisation_ids: orgs.value(),
      period: orNull(period.value),
      topics: topics.values(),
      language: language.value || null,
      contact_name: orNull(contactName.value),
      contact_email: orNull(contactEmail.value),
    };
    for (const x of texts) body[x.key] = orNull(x.ta.value);
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
    setStatus(t('practices-form-saving'));
    try {
      const saved = p ? await api.patch(`/practices/${p.id}`, body) : await api.post('/practices', body);
      const years = fromPeriod ? yearsText(saved) : '';
      const read = !fromPeriod ? '' : years ? ` ${t('practices-form-years-read', { years })}`
        : ` ${t('practices-form-no-year-read')}`;
      flash((p ? t('practices-form-saved-changes') : t('practices-form-saved-draft')) + read);
      navigate(`#/practice/${saved.id}`);
    } catch (err) {
      reportError(err, errors, t('practices-form-not-saved'));
    } finally {
      save.disabled = false;
    }
  });
  titleIn.focus();
}

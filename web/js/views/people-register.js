// The public form (#/people/register, ?city=ID): a resident, or a citizen
// living abroad, offers to help their city's international relations. No
// account. The texts they agree to are shown as the server keeps them
// (versioned); what they send reaches the city's office alone, as pending.
import * as api from '../api.js';
import { h, append, pageTitle, setStatus } from '../ui.js';
import { schemaForm, choiceText } from '../schema-form.js';
import { t, lang } from '../i18n.js';

// The latest text of each purpose, in the reader's language where the
// server has one, else English.
async function consentTexts() {
  const all = (await api.get('/consent-texts')).items;
  const out = new Map();
  for (const want of [lang(), 'en']) {
    for (const x of all) if (x.language === want && !out.has(x.purpose)) out.set(x.purpose, x);
  }
  return out;
}

export async function render(view, ctx) {
  const title = t('people-register-title');
  pageTitle(title);
  const cityId = /^\d+$/.test(ctx.query.get('city') || '') ? Number(ctx.query.get('city')) : null;
  const [city, texts] = await Promise.all([cityId ? api.get(`/cities/${cityId}`).catch(() => null) : null, consentTexts()]);
  if (!ctx.alive()) return;
  const thanks = h('div', { class: 'notice', hidden: true, role: 'status' });
  const sf = await schemaForm({
    schema: 'PersonRegistration',
    fields: [
      'city_id', 'name', { row: ['email', 'phone'] },
      { legend: t('people-register-where'), fields: [{ row: ['residence_city_id', 'residence_country'] }, 'ties'] },
      { legend: t('people-register-what'), fields: ['languages', 'expertise', 'what_they_offer'] },
      { legend: t('people-register-consent'), fields: ['consent'] },
    ],
    values: { city_id: city ? { id: city.id, name: city.name, country: city.country } : null, consent: ['record'] },
    fixed: { language: texts.get('record')?.language || 'en' },
    submitLabel: t('people-register-send'),
    what: t('people-register-not-sent'),
    onSubmit: (body) => api.post('/people/register', body),
    onDone: () => {
      sf.form.hidden = true;
      thanks.hidden = false;
      thanks.replaceChildren(h('p', {}, t('people-register-thanks')));
      setStatus(t('people-register-thanks'));
    },
  });
  if (!ctx.alive()) return;
  // each purpose with the words the person agrees to
  const box = sf.controls.get('consent')?.wrap;
  if (box) {
    box.append(h('dl', { class: 'consent-texts' }, [...texts.values()].map((x) => [
      h('dt', {}, choiceText(x.purpose)), h('dd', { dir: 'auto', lang: x.language }, x.text)])));
  }
  append(view, h('h1', {}, title), h('p', { class: 'lead' }, t('people-register-lead')),
    h('p', { class: 'hint' }, t('people-register-private')), thanks, sf.form);
}

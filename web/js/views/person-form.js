// Record a person (#/people/new) or correct one (#/person/ID/edit), with
// the lawful basis: the consent the person gave (what to, how, when), or a
// public official's work contact. The form is the API document's Person
// schema; the office that holds the record is the reader's own.
import * as api from '../api.js';
import { h, append, pageTitle, flash } from '../ui.js';
import { needSignIn } from '../forms.js';
import { navigate } from '../app.js';
import { schemaForm } from '../schema-form.js';
import { t, lang } from '../i18n.js';

export async function render(view, ctx) {
  const editId = /\/edit$/.test(ctx.path) ? Number(ctx.params[0]) : null;
  const title = editId ? t('people-form-edit-title') : t('people-form-add-title');
  if (!ctx.user) {
    needSignIn(view, title, t('people-form-sign-in'));
    return;
  }
  pageTitle(title);
  const p = editId ? await api.get(`/people/${editId}`) : null;
  if (!ctx.alive()) return;
  if (p && !(p.can && p.can.update)) {
    append(view, h('h1', {}, title), h('p', {}, t('people-form-not-allowed')),
      h('p', {}, h('a', { href: `#/person/${p.id}` }, t('people-form-back'))));
    return;
  }
  // the office that holds a new record: the officer's city, the secretariat's network
  const fixed = p ? {} : ctx.user.city_id ? { city_id: ctx.user.city_id } : ctx.user.network_id ? { network_id: ctx.user.network_id } : {};
  const back = p ? `#/person/${p.id}` : '#/people';
  const sf = await schemaForm({
    schema: 'Person',
    fields: [
      // an account of no office (an admin) says which office holds it
      ...(!p && !Object.keys(fixed).length ? [{ row: ['city_id', 'network_id'] }] : []),
      'name', 'roles',
      { legend: t('people-form-where'), fields: [{ row: ['residence_city_id', 'residence_country'] }, 'ties'] },
      { legend: t('people-form-what'), fields: ['languages', 'expertise', 'what_they_offer', 'organisation_id', 'partnership_id'] },
      { legend: t('people-form-contact'), fields: [{ row: ['email', 'phone'] }] },
      { legend: t('people-form-basis'), hint: t('people-form-basis-hint'), fields: ['basis', 'basis_note', 'consent'] },
      { legend: t('people-form-who-sees'), fields: ['visibility', { row: ['shared_city_id', 'shared_network_id'] }, 'review_date', 'note'] },
    ],
    values: p || { consent: { language: lang() } },
    fixed,
    mode: p ? 'update' : 'create',
    submitLabel: p ? t('people-form-save') : t('people-form-add'),
    cancelHref: back,
    what: p ? t('people-form-not-saved') : t('people-form-not-added'),
    onSubmit: (body) => (p ? api.patch(`/people/${p.id}`, body) : api.post('/people', body)),
    onDone: (r) => {
      flash(p ? t('people-form-saved') : t('people-form-added'));
      navigate(`#/person/${r.id}`);
    },
  });
  if (!ctx.alive()) return;
  append(view,
    h('p', { class: 'crumbs' }, h('a', { href: '#/people' }, t('people-title')), p ? [' / ', h('a', { href: back, dir: 'auto' }, p.name)] : null),
    h('h1', {}, title),
    h('p', { class: 'lead' }, t('people-form-lead')),
    sf.form);
}

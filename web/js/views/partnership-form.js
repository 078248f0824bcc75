// Add a partnership (#/partnership/new, ?city=ID makes that city party A)
// or change one (#/partnership/ID/edit). The form is built from the API
// document's Partnership schema: its parties (a city, an organisation, or
// only a country), kind, status, dates, topics, source and note.
import * as api from '../api.js';
import { h, append, pageTitle, flash } from '../ui.js';
import { needSignIn } from '../forms.js';
import { navigate } from '../app.js';
import { schemaForm } from '../schema-form.js';
import { partnershipName } from './partnership.js';
import { t } from '../i18n.js';

const ID = /^\d+$/;

export async function render(view, ctx) {
  const editId = /\/edit$/.test(ctx.path) ? Number(ctx.params[0]) : null;
  const title = editId ? t('partnerships-form-change-title') : t('partnerships-form-add-title');
  if (!ctx.user) {
    needSignIn(view, title, editId ? t('partnerships-form-sign-in-change') : t('partnerships-form-sign-in-add'));
    return;
  }
  pageTitle(title);
  append(view, h('p', { class: 'loading' }, t('common-loading')));
  const cityId = ID.test(ctx.query.get('city') || '') ? Number(ctx.query.get('city'))
    : (!editId && ctx.user.city_id ? ctx.user.city_id : null);
  const [p, city] = await Promise.all([
    editId ? api.get(`/partnerships/${editId}`) : null,
    !editId && cityId ? api.get(`/cities/${cityId}`) : null,
  ]);
  if (!ctx.alive()) return;
  view.replaceChildren();
  if (p && !(p.can && p.can.update)) {
    append(view, h('h1', {}, title),
      h('p', {}, t('partnerships-form-not-allowed')),
      h('p', {}, h('a', { href: `#/partnership/${p.id}` }, t('partnerships-form-back'))));
    return;
  }
  const back = p ? `#/partnership/${p.id}` : city ? `#/city/${city.id}` : '#/partnerships';
  const values = p || {
    party_a: city ? { type: 'city', city_id: city.id, name: city.name, country: city.country } : { type: 'city' },
    party_b: { type: 'city' },
  };

  const sf = await schemaForm({
    schema: 'Partnership',
    fields: [
      { legend: t('partnerships-form-parties'), fields: ['party_a', 'party_b'] },
      { legend: t('partnerships-form-agreement'), fields: [{ row: ['kind', 'status'] }, { row: ['signed_date', ...(p && p.ended_date ? ['ended_date'] : [])] }] },
      'topics',
      { legend: t('partnerships-form-source-note'), fields: ['source_url', 'note'] },
    ],
    values,
    // a new partnership is opened from a city: party A is a city
    options: p ? {} : { party_a: { kinds: ['city'] } },
    mode: p ? 'update' : 'create',
    submitLabel: p ? t('partnerships-form-save') : t('partnerships-form-add'),
    cancelHref: back,
    what: p ? t('partnerships-form-not-saved') : t('partnerships-form-not-added'),
    onSubmit: (body) => (p ? api.patch(`/partnerships/${p.id}`, body) : api.post('/partnerships', body)),
    onDone: (r) => {
      flash(p ? t('partnerships-form-saved') : t('partnerships-form-added'));
      navigate(`#/partnership/${r.id}`);
    },
  });
  if (!ctx.alive()) return;
  append(view,
    p ? h('p', { class: 'crumbs' }, h('a', { href: '#/partnerships' }, t('partnerships-title')), ' / ', h('a', { href: back, dir: 'auto' }, partnershipName(p)))
      : city ? h('p', { class: 'crumbs' }, h('a', { href: back, dir: 'auto' }, city.name)) : null,
    h('h1', {}, title),
    h('p', { class: 'lead' }, p
      ? t('partnerships-form-lead-change')
      : t('partnerships-form-lead-add')),
    sf.form);
}

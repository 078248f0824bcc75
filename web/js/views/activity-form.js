// Add an activity (#/activity/new, ?city=ID prefills the host city,
// ?partnership=ID the partnership) or change one (#/activity/ID/edit). The
// form is built from the API document's Activity schema.
import * as api from '../api.js';
import { h, append, pageTitle, flash } from '../ui.js';
import { needSignIn } from '../forms.js';
import { navigate } from '../app.js';
import { schemaForm, choiceText, choiceWords } from '../schema-form.js';
import { t } from '../i18n.js';

const ID = /^\d+$/;

// The partnerships of a city, as choices: "Kraków: Twinning (signed)".
async function partnershipChoices(cityId, keep) {
  const items = cityId ? (await api.get('/partnerships', { city: cityId, limit: 500 })).items : [];
  if (keep && !items.some((p) => p.id === Number(keep))) {
    try { items.unshift(await api.get(`/partnerships/${keep}`)); } catch { /* not to be named */ }
  }
  const other = (p) => (p.party_a && p.party_a.city_id === Number(cityId) ? p.party_b : p.party_a);
  return items.map((p) => [p.id, t('activities-form-partnership-choice', {
    partner: other(p)?.name || '?',
    kind: p.kind ? choiceText(p.kind) : t('activities-form-agreement'),
    status: choiceWords(p.status),
  })]);
}

// The thematic groups an event may be of: those of the reader's network
// (a secretariat), else all, each named with its network.
async function groupChoices(user, keep) {
  const q = { limit: 500 };
  if (user && user.network_id) q.network = user.network_id;
  const items = (await api.get('/groups', q).catch(() => ({ items: [] }))).items.filter((g) => g.status !== 'closed' || g.id === Number(keep));
  return items.map((g) => [g.id, `${g.name} (${g.network.acronym || g.network.name})`]);
}

export async function render(view, ctx) {
  const editId = /\/edit$/.test(ctx.path) ? Number(ctx.params[0]) : null;
  const title = editId ? t('activities-form-change-title') : t('activities-form-add-title');
  if (!ctx.user) {
    needSignIn(view, title, editId ? t('activities-form-sign-in-change') : t('activities-form-sign-in-add'));
    return;
  }
  pageTitle(title);
  append(view, h('p', { class: 'loading' }, t('common-loading')));
  const cityId = ID.test(ctx.query.get('city') || '') ? Number(ctx.query.get('city')) : null;
  const partnershipId = ID.test(ctx.query.get('partnership') || '') ? Number(ctx.query.get('partnership')) : null;
  const groupId = ID.test(ctx.query.get('group') || '') ? Number(ctx.query.get('group')) : null;
  const inGroup = !editId && groupId ? await api.get(`/groups/${groupId}`).catch(() => null) : null;
  const [a, city] = await Promise.all([
    editId ? api.get(`/activities/${editId}`) : null,
    !editId && cityId ? api.get(`/cities/${cityId}`) : null,
  ]);
  if (!ctx.alive()) return;
  view.replaceChildren();
  if (a && !(a.can && a.can.update)) {
    append(view, h('h1', {}, title),
      h('p', {}, t('activities-form-not-allowed')),
      h('p', {}, h('a', { href: `#/activity/${a.id}` }, t('activities-form-back'))));
    return;
  }
  const hostId = a ? a.host_city_id : city ? city.id : null;
  const back = a ? `#/activity/${a.id}` : inGroup ? `#/group/${inGroup.id}` : partnershipId ? `#/partnership/${partnershipId}` : city ? `#/city/${city.id}` : '#/activities';
  const values = a
    ? { ...a, host_city_id: a.host_city, city_ids: a.cities || [], organisation_ids: a.organisations || [] }
    : { host_city_id: city ? { id: city.id, name: city.name, country: city.country } : null, partnership_id: partnershipId,
      ...(inGroup ? { group_id: inGroup.id, network_id: inGroup.network_id } : {}) };

  const sf = await schemaForm({
    schema: 'Activity',
    fields: [
      { legend: t('activities-form-what-when'), fields: [{ row: ['kind', 'start_date', 'end_date'] }, 'title'] },
      { legend: t('activities-form-who'), fields: ['host_city_id', 'city_ids', 'organisation_ids', { row: ['partnership_id', 'network_id', 'group_id'] }] },
      { legend: t('activities-form-details'), fields: ['programme', 'description', 'outcome', 'documents', 'source_url'] },
      'topics',
      {
        legend: t('activities-form-event'), hint: t('activities-form-event-hint'),
        fields: [{ row: ['starts_at', 'ends_at', 'time_zone'] }, { row: ['venue', 'online_url'] },
          { row: ['capacity', 'registration_opens', 'registration_closes'] }, 'privacy_notice'],
      },
    ],
    values,
    options: {
      partnership_id: { choices: partnershipChoices(hostId, a ? a.partnership_id : partnershipId) },
      group_id: { choices: groupChoices(ctx.user, a ? a.group_id : groupId) },
    },
    mode: a ? 'update' : 'create',
    submitLabel: a ? t('activities-form-save') : t('activities-form-add'),
    cancelHref: back,
    what: a ? t('activities-form-not-saved') : t('activities-form-not-added'),
    onSubmit: (body) => (a ? api.patch(`/activities/${a.id}`, body) : api.post('/activities', body)),
    onDone: (r) => {
      flash(a ? t('activities-form-saved') : t('activities-form-added'));
      navigate(!a && partnershipId ? `#/partnership/${partnershipId}` : `#/activity/${r.id}`);
    },
  });
  if (!ctx.alive()) return;
  // the partnerships offered are the host city's
  sf.onChange('host_city_id', async (id) => {
    const keep = sf.controls.get('partnership_id').get();
    try { sf.setChoices('partnership_id', await partnershipChoices(id, keep)); } catch { sf.setChoices('partnership_id', []); }
  });

  const crumbs = city ? h('p', { class: 'crumbs' }, h('a', { href: `#/city/${city.id}`, dir: 'auto' }, city.name))
    : a ? h('p', { class: 'crumbs' }, h('a', { href: '#/activities' }, t('activities-title')), ' / ', h('a', { href: back, dir: 'auto' }, a.title)) : null;
  append(view, crumbs, h('h1', {}, title),
    h('p', { class: 'lead' }, t('activities-form-lead')),
    sf.form);
}

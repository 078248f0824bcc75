// The office's pipeline (#/opportunities): what a citizen, a contact or the
// office identified, until it becomes an activity or a partnership, or is
// closed. One opportunity (#/opportunity/ID) with the steps its `can`
// allows; the form (#/opportunities/new, #/opportunity/ID/edit).
import * as api from '../api.js';
import { h, append, table, pageTitle, flash } from '../ui.js';
import { needSignIn } from '../forms.js';
import { navigate } from '../app.js';
import { stepsOf } from '../schema.js';
import { schemaForm, stepPanel, choiceText } from '../schema-form.js';
import { t, fmt } from '../i18n.js';

const link = (o) => h('a', { href: `#/opportunity/${o.id}`, dir: 'auto', class: 'record-link' }, o.title);
const peopleOf = (o) => (o.people || []).map((p) => h('a', { href: `#/person/${p.id}`, dir: 'auto' }, p.name))
  .flatMap((el, i) => (i ? [t('people-comma'), el] : [el]));

export async function render(view, ctx) {
  pageTitle(t('people-opp-title'));
  if (!ctx.user) {
    needSignIn(view, t('people-opp-title'), t('people-form-sign-in'));
    return;
  }
  const r = await api.get('/opportunities', { limit: 200 });
  if (!ctx.alive()) return;
  const cols = [
    { title: t('people-opp-col-title'), cell: link },
    { title: t('people-opp-col-kind'), cell: (o) => choiceText(o.kind) },
    { title: t('people-opp-col-status'), cell: (o) => choiceText(o.status) },
    { title: t('people-opp-col-people'), cell: peopleOf },
    { title: t('people-opp-col-updated'), cell: (o) => fmt.date(o.updated_at.slice(0, 10)) },
  ];
  append(view, h('h1', {}, t('people-opp-title')), h('p', { class: 'lead' }, t('people-opp-lead')),
    h('p', { class: 'actions' }, h('a', { href: '#/opportunities/new', class: 'button' }, t('people-opp-add'))),
    r.items.length ? h('div', { class: 'table-wrap' }, table(cols, r.items, { caption: t('people-opp-title'), className: 'opportunities' }))
      : h('p', { class: 'muted' }, t('people-opp-none')));
}

export async function renderOne(view, ctx) {
  const id = Number(ctx.params[0]);
  const [o, steps] = await Promise.all([api.get(`/opportunities/${id}`), stepsOf('Opportunity')]);
  if (!ctx.alive()) return;
  pageTitle(o.title);
  const dl = h('dl', { class: 'facts' },
    h('div', {}, h('dt', {}, t('people-opp-col-kind')), h('dd', {}, choiceText(o.kind))),
    h('div', {}, h('dt', {}, t('people-opp-col-status')), h('dd', {}, choiceText(o.status))),
    o.people.length ? h('div', {}, h('dt', {}, t('people-opp-col-people')), h('dd', {}, peopleOf(o))) : null,
    o.cities.length ? h('div', {}, h('dt', {}, t('people-col-ties')), h('dd', {},
      o.cities.map((c) => h('a', { href: `#/city/${c.id}`, dir: 'auto' }, c.name)).flatMap((el, i) => (i ? [t('people-comma'), el] : [el])))) : null);
  append(view, h('p', { class: 'crumbs' }, h('a', { href: '#/opportunities' }, t('people-opp-title'))),
    h('h1', { dir: 'auto' }, o.title), dl,
    o.description ? h('p', { dir: 'auto' }, o.description) : null,
    o.activity ? h('p', {}, t('people-opp-became-activity'), ' ', h('a', { href: `#/activity/${o.activity.id}`, dir: 'auto' }, o.activity.title)) : null,
    o.result_partnership_id ? h('p', {}, t('people-opp-became-partnership'), ' ', h('a', { href: `#/partnership/${o.result_partnership_id}` }, `#${o.result_partnership_id}`)) : null,
    o.closed_reason ? h('p', {}, t('people-opp-closed', { reason: o.closed_reason })) : null);
  const can = o.can || {};
  const area = h('div', { class: 'step-area' });
  // a step in the reader's words (the API's summaries are English)
  const words = (s) => ({
    discuss: t('people-opp-step-discuss'), make_activity: t('people-opp-step-make-activity'),
    link_partnership: t('people-opp-step-link-partnership'), close: t('people-opp-step-close'),
  }[s.action] || choiceText(s.action));
  const buttons = steps.filter((s) => can[s.action]).map((s) => h('button', {
    type: 'button', class: 'button secondary', 'aria-expanded': 'false',
    onclick: async (e) => {
      const { panel } = await stepPanel({ ...s, summary: words(s) }, o.id, {
        what: t('people-opp-step-not-done', { step: words(s) }),
        submitLabel: words(s),
        onCancel: () => area.replaceChildren(),
        onDone: () => {
          flash(t('people-opp-step-done', { step: words(s) }));
          navigate(`#/opportunity/${o.id}`);
        },
      });
      area.replaceChildren(panel);
      e.target.setAttribute('aria-expanded', 'true');
      panel.querySelector('input, select, textarea, button')?.focus();
    },
  }, words(s)));
  if (can.update) buttons.unshift(h('a', { href: `#/opportunity/${o.id}/edit`, class: 'button secondary' }, t('people-opp-form-edit-title')));
  if (buttons.length) append(view, h('section', { class: 'record-actions', 'aria-label': t('people-opp-steps') }, h('div', { class: 'actions' }, buttons), area));
}

export async function renderForm(view, ctx) {
  const editId = /\/edit$/.test(ctx.path) ? Number(ctx.params[0]) : null;
  const title = editId ? t('people-opp-form-edit-title') : t('people-opp-form-title');
  if (!ctx.user) {
    needSignIn(view, title, t('people-form-sign-in'));
    return;
  }
  pageTitle(title);
  const [o, people] = await Promise.all([editId ? api.get(`/opportunities/${editId}`) : null, api.get('/people', { limit: 200 })]);
  if (!ctx.alive()) return;
  // the people the office holds: theirs to name
  const mine = people.items.filter((p) => p.can && p.can.update);
  const chosen = new Set(o ? o.person_ids : []);
  const boxes = mine.map((p) => {
    const cb = h('input', { type: 'checkbox', value: String(p.id), checked: chosen.has(p.id) });
    return { p, cb, el: h('label', { class: 'check' }, cb, ' ', h('span', { dir: 'auto' }, p.name)) };
  });
  const who = h('fieldset', { class: 'inline-checks' }, h('legend', {}, t('people-opp-form-people')),
    boxes.length ? boxes.map((b) => b.el) : h('p', { class: 'muted' }, t('people-opp-form-no-people')));
  const fixed = o ? {} : ctx.user.city_id ? { city_id: ctx.user.city_id } : ctx.user.network_id ? { network_id: ctx.user.network_id } : {};
  const sf = await schemaForm({
    schema: 'Opportunity',
    fields: ['title', 'kind', 'description', 'city_ids', 'partnership_id'],
    values: o || {},
    fixed,
    mode: o ? 'update' : 'create',
    submitLabel: o ? t('people-opp-form-save') : t('people-opp-form-add'),
    cancelHref: o ? `#/opportunity/${o.id}` : '#/opportunities',
    what: t('people-opp-form-not-saved'),
    onSubmit: (body) => {
      const ids = boxes.filter((b) => b.cb.checked).map((b) => b.p.id);
      const out = { ...body };
      if (!o || ids.length !== chosen.size || ids.some((x) => !chosen.has(x))) out.person_ids = ids;
      return o ? api.patch(`/opportunities/${o.id}`, out) : api.post('/opportunities', out);
    },
    onDone: (r) => {
      flash(o ? t('people-opp-form-saved') : t('people-opp-form-added'));
      navigate(`#/opportunity/${r.id}`);
    },
  });
  if (!ctx.alive()) return;
  sf.form.insertBefore(who, sf.form.querySelector('.form-actions'));
  append(view, h('p', { class: 'crumbs' }, h('a', { href: '#/opportunities' }, t('people-opp-title'))), h('h1', {}, title), sf.form);
}

// A network's experts at work (#/assignments): the tasks its secretariat
// gives the experts of its pool (an Index report for a round, a monitoring
// visit, advice, a training), their steps as each task's `can` allows, and
// a new task (#/assignments/new?city=ID) beside the experts whose expertise
// is on that city's weakest Index indicators.
import * as api from '../api.js';
import { h, append, table, pageTitle, flash } from '../ui.js';
import { needSignIn } from '../forms.js';
import { navigate } from '../app.js';
import { stepsOf } from '../schema.js';
import { schemaForm, stepPanel, choiceText } from '../schema-form.js';
import { t, fmt } from '../i18n.js';

const STEP = { accept: 'people-task-accept', complete: 'people-task-complete', cancel: 'people-task-cancel' };

export async function render(view, ctx) {
  pageTitle(t('people-tasks-title'));
  if (!ctx.user) {
    needSignIn(view, t('people-tasks-title'), t('people-form-sign-in'));
    return;
  }
  const [r, steps] = await Promise.all([api.get('/assignments', { limit: 200 }), stepsOf('Assignment')]);
  if (!ctx.alive()) return;
  const area = h('div', { class: 'step-area' });
  const actions = (a) => steps.filter((s) => a.can && a.can[s.action]).map((s) => h('button', {
    type: 'button', class: 'button secondary small',
    onclick: async () => {
      const words = t(STEP[s.action] || 'people-task-step');
      const { panel } = await stepPanel({ ...s, summary: `${words}: ${a.city ? a.city.name : ''}` }, a.id, {
        what: t('people-opp-step-not-done', { step: words }), submitLabel: words,
        onCancel: () => area.replaceChildren(),
        onDone: () => { flash(t('people-opp-step-done', { step: words })); navigate('#/assignments'); },
      });
      area.replaceChildren(panel);
      panel.querySelector('input, select, textarea, button')?.focus();
    },
  }, t(STEP[s.action] || 'people-task-step')));
  const cols = [
    { title: t('people-task-col-city'), cell: (a) => (a.city ? h('a', { href: `#/city/${a.city.id}`, dir: 'auto' }, a.city.name) : '') },
    { title: t('people-task-col-kind'), cell: (a) => [choiceText(a.kind), a.round ? ` ${fmt.number(a.round, { useGrouping: false })}` : ''] },
    { title: t('people-task-col-expert'), cell: (a) => (a.expert ? h('a', { href: `#/person/${a.expert.id}`, dir: 'auto' }, a.expert.name) : '') },
    { title: t('people-task-col-status'), cell: (a) => choiceText(a.status) },
    { title: t('people-task-col-due'), cell: (a) => (a.due_date ? fmt.date(a.due_date) : '') },
    { title: t('people-task-col-report'), cell: (a) => (a.report_url ? h('a', { href: a.report_url, rel: 'noopener noreferrer', dir: 'auto' }, a.report_title || a.report_url) : '') },
    { title: t('people-task-col-actions'), cell: actions },
  ];
  append(view, h('h1', {}, t('people-tasks-title')), h('p', { class: 'lead' }, t('people-tasks-lead')),
    h('p', { class: 'actions' }, h('a', { href: '#/assignments/new', class: 'button' }, t('people-task-add'))),
    r.items.length ? h('div', { class: 'table-wrap' }, table(cols, r.items, { caption: t('people-tasks-title'), className: 'assignments' }))
      : h('p', { class: 'muted' }, t('people-tasks-none')), area);
}

// The experts whose expertise is on the city's weakest indicators.
async function expertsFor(cityId) {
  const box = h('section', { class: 'block', 'aria-labelledby': 'h-experts' });
  const r = await api.get(`/cities/${cityId}/experts`).catch(() => ({ items: [] }));
  box.append(h('h2', { id: 'h-experts' }, t('people-experts-heading')),
    r.items.length ? h('ul', {}, r.items.map((m) => h('li', {},
      h('a', { href: `#/person/${m.person.id}`, dir: 'auto' }, m.person.name), ': ',
      m.reasons.map((x) => t('people-experts-reason', { indicator: x.label, score: fmt.number(x.score, { maximumFractionDigits: 1 }) })).join(t('people-comma')))))
      : h('p', { class: 'muted' }, t('people-experts-none')));
  return box;
}

export async function renderForm(view, ctx) {
  const title = t('people-task-add');
  if (!ctx.user) {
    needSignIn(view, title, t('people-form-sign-in'));
    return;
  }
  pageTitle(title);
  const cityId = /^\d+$/.test(ctx.query.get('city') || '') ? Number(ctx.query.get('city')) : null;
  const [city, experts] = await Promise.all([
    cityId ? api.get(`/cities/${cityId}`).catch(() => null) : null,
    cityId ? expertsFor(cityId) : null,
  ]);
  if (!ctx.alive()) return;
  const sf = await schemaForm({
    schema: 'Assignment',
    fields: ['city_id', { row: ['kind', 'round'] }, 'person_id', { row: ['start_date', 'due_date'] }, 'note'],
    values: city ? { city_id: { id: city.id, name: city.name, country: city.country } } : {},
    fixed: ctx.user.network_id ? { network_id: ctx.user.network_id } : {},
    submitLabel: t('people-task-add'),
    cancelHref: '#/assignments',
    what: t('people-task-not-added'),
    onSubmit: (body) => api.post('/assignments', body),
    onDone: () => { flash(t('people-task-added')); navigate('#/assignments'); },
  });
  if (!ctx.alive()) return;
  append(view, h('p', { class: 'crumbs' }, h('a', { href: '#/assignments' }, t('people-tasks-title'))), h('h1', {}, title),
    experts, sf.form);
}

// One partnership (#/partnership/ID): its parties, kind, status, dates,
// health, source and note; the steps of its life its reply says the caller
// can take (sign, suspend, renew, end, each with a small form built from
// the step's schema), edit and delete; its activities; its history.
import * as api from '../api.js';
import { h, append, name, time, healthBadge, partyEl, pageTitle, isHttp, setStatus, flash } from '../ui.js';
import { navigate } from '../app.js';
import { schemaOf, stepsOf } from '../schema.js';
import { titleOf, choiceText, choiceWords, stepPanel, confirmDialog, mayCreate } from '../schema-form.js';
import { historySection } from '../history.js';
import { activityItem } from './activities.js';
import { splitNote, provenanceEl } from '../provenance.js';
import { t, tNodes } from '../i18n.js';

// "Reggio Emilia – Kraków"
export const partnershipName = (p) => `${p.party_a?.name || '?'} – ${p.party_b?.name || '?'}`;

const partyCities = (p) => [p.party_a, p.party_b].filter((x) => x && x.city_id).map((x) => x.city_id);

export async function render(view, ctx) {
  const id = Number(ctx.params[0]);
  append(view, h('p', { class: 'loading' }, t('common-loading')));
  const [p, s, steps, topics] = await Promise.all([
    api.get(`/partnerships/${id}`),
    schemaOf('Partnership'),
    stepsOf('Partnership'),
    api.topics().catch(() => []),
  ]);
  if (!ctx.alive()) return;
  const props = s.properties;
  const ft = (k) => titleOf(props[k], k);
  const title = partnershipName(p);
  pageTitle(title);
  view.replaceChildren();
  const can = p.can || {};
  const home = ctx.user && ctx.user.city_id && partyCities(p).includes(ctx.user.city_id)
    ? (p.party_a.city_id === ctx.user.city_id ? p.party_a : p.party_b) : (p.party_a?.city_id ? p.party_a : null);
  const topicLabel = new Map(topics.map((x) => [x.id, x.code ? `${x.code} ${x.label}` : x.label]));

  append(view,
    h('p', { class: 'crumbs' }, h('a', { href: '#/partnerships' }, t('partnerships-title')),
      home ? [' / ', h('a', { href: `#/city/${home.city_id}`, dir: 'auto' }, home.name)] : null),
    h('h1', { dir: 'auto' }, title),
    h('p', { class: 'lead' }, tNodes('partnerships-lead-kind-status', {
      kind: p.kind ? choiceText(p.kind) : t('partnerships-kind-not-recorded'),
      status: h('span', { class: 'status-word' }, choiceWords(p.status)),
    })));

  // ---- its facts
  const fact = (term, value) => (value === null || value === undefined || value === '' ? null
    : h('div', {}, h('dt', {}, term), h('dd', {}, value)));
  append(view, h('dl', { class: 'facts partnership-facts' },
    fact(ft('party_a'), partyEl(p.party_a)),
    fact(ft('party_b'), partyEl(p.party_b)),
    fact(ft('kind'), p.kind ? choiceText(p.kind) : h('span', { class: 'muted' }, t('partnerships-not-known'))),
    fact(ft('status'), choiceText(p.status)),
    fact(ft('signed_date'), p.signed_date ? time(p.signed_date) : h('span', { class: 'muted' }, t('partnerships-not-known'))),
    fact(ft('suspended_date'), p.suspended_date ? time(p.suspended_date) : null),
    fact(ft('renewed_date'), p.renewed_date ? time(p.renewed_date) : null),
    fact(ft('ended_date'), p.ended_date ? time(p.ended_date) : null),
    h('div', { class: 'fact-health' }, h('dt', {}, ft('health')), h('dd', {}, healthBadge(p.health)))));
  if (p.end_reason) {
    append(view, h('div', { class: 'end-reason' }, h('h2', {}, ft('end_reason')), h('p', { dir: 'auto' }, p.end_reason)));
  }
  const more = [
    p.topics && p.topics.length ? fact(ft('topics'), h('ul', { class: 'tags', 'aria-label': ft('topics') },
      p.topics.map((x) => h('li', {}, topicLabel.get(x) || x)))) : null,
    // the source's own words; how an importer matched its names is provenance, below
    splitNote(p.note).text ? fact(ft('note'), h('p', { dir: 'auto', class: 'note-text' }, splitNote(p.note).text)) : null,
    isHttp(p.source_url) ? fact(ft('source_url'), h('a', { href: p.source_url, rel: 'noopener noreferrer', class: 'source-link' }, p.source_url)) : null,
    p.source ? fact(ft('source'), [name(p.source), p.source_row ? ` (${ft('source_row').toLowerCase()} ${p.source_row})` : null]) : null,
  ].filter(Boolean);
  if (more.length) append(view, h('dl', { class: 'record-details' }, more));
  append(view, provenanceEl(p.note));

  // ---- what the caller can do now
  const stepArea = h('div', { class: 'step-area' });
  const buttons = [];
  for (const step of steps) {
    if (!can[step.action]) continue;
    const b = h('button', {
      type: 'button', class: 'button', 'aria-expanded': 'false', dataset: { step: step.action },
      onclick: () => openStep(step, b),
    }, choiceText(step.action));
    buttons.push(b);
  }
  if (can.update) buttons.push(h('a', { class: 'button secondary', href: `#/partnership/${p.id}/edit` }, t('partnerships-edit')));
  if (can.delete) {
    buttons.push(h('button', { type: 'button', class: 'button secondary danger-outline', onclick: () => remove() }, t('partnerships-delete')));
  }
  if (buttons.length) {
    append(view, h('section', { class: 'record-actions', 'aria-label': t('partnerships-actions-label') },
      h('div', { class: 'actions' }, buttons), stepArea));
  }

  async function openStep(step, button) {
    for (const b of buttons) if (b.getAttribute && b.hasAttribute('aria-expanded')) b.setAttribute('aria-expanded', 'false');
    const close = () => {
      stepArea.replaceChildren();
      button.setAttribute('aria-expanded', 'false');
      button.focus();
    };
    const { panel } = await stepPanel(step, p.id, {
      what: t('partnerships-step-not-done', { step: choiceWords(step.action) }),
      onCancel: close,
      onDone: (reply) => {
        flash(t('partnerships-step-done', { step: choiceText(step.action), status: choiceWords(reply.status) }));
        navigate(`#/partnership/${p.id}`);
      },
    });
    if (!ctx.alive()) return;
    stepArea.replaceChildren(panel);
    button.setAttribute('aria-expanded', 'true');
    const first = panel.querySelector('input, select, textarea');
    if (first) first.focus();
  }

  async function remove() {
    const yes = await confirmDialog({
      title: t('partnerships-delete-title', { name: title }),
      text: t('partnerships-delete-text'),
      yes: t('partnerships-delete-yes'),
    });
    if (!yes) return;
    setStatus(t('partnerships-deleting'));
    try {
      await api.request('DELETE', `/partnerships/${p.id}`);
      flash(t('partnerships-deleted', { name: title }));
      navigate(home ? `#/city/${home.city_id}` : '#/partnerships');
    } catch (err) {
      setStatus(t('partnerships-delete-error', { error: err.message }), { error: true });
    }
  }

  // ---- its activities
  const actHeading = 'h-partnership-activities';
  const acts = h('section', { class: 'block', 'aria-labelledby': actHeading },
    h('h2', { id: actHeading }, t('partnerships-activities', { count: p.activity_count ?? 0 })));
  append(view, acts);
  const list = h('div', {}, h('p', { class: 'loading' }, t('common-loading')));
  acts.append(list);
  const [r, mayAdd] = await Promise.all([
    api.get('/activities', { partnership: p.id, limit: 100 }),
    mayCreate('Activity', ctx.user, [['Partnership', p]]),
  ]);
  if (!ctx.alive()) return;
  if (mayAdd) {
    const host = home && home.city_id ? home.city_id : partyCities(p)[0];
    acts.insertBefore(h('p', {}, h('a', {
      class: 'button secondary',
      href: `#/activity/new?partnership=${p.id}${host ? `&city=${host}` : ''}`,
    }, t('partnerships-add-activity'))), list);
  }
  const items = r.items || [];
  list.replaceChildren(items.length
    ? h('ul', { class: 'activities' }, items.map((a) => activityItem(a, { topicLabel, cityId: null })))
    : h('p', { class: 'muted' }, t('partnerships-no-activity')));
  if (r.total > items.length) {
    list.append(h('p', {}, h('a', { href: `#/activities?partnership=${p.id}` }, t('partnerships-all-activities', { count: r.total }))));
  }

  // ---- the people of the reader's office with ties to the other party
  if (ctx.user) {
    for (const party of [p.party_a, p.party_b]) {
      if (!party || !party.city_id || party.city_id === ctx.user.city_id) continue;
      const box = await tiesSection(party);
      if (!ctx.alive()) return;
      if (box) append(view, box);
    }
  }

  // ---- its history
  append(view, historySection({
    kind: 'partnerships', id: p.id, schema: 'Partnership', ctx,
    names: { city: [p.party_a, p.party_b].filter((x) => x && x.city_id).map((x) => ({ id: x.city_id, name: x.name })) },
  }));
}

// The people the reader's office holds (or that are shared with it) with
// ties to a party's city, strongest first, with why; none: no section.
async function tiesSection(party) {
  let r;
  try {
    r = await api.get(`/cities/${party.city_id}/people`);
  } catch {
    return null;
  }
  if (!r.items.length) return null;
  const id = `h-ties-${party.city_id}`;
  return h('section', { class: 'block people-ties', 'aria-labelledby': id },
    h('h2', { id }, t('people-ties-heading', { city: party.name })),
    h('p', { class: 'hint' }, t('people-ties-hint')),
    h('ul', { class: 'people-ties-list' }, r.items.map((m) => h('li', {},
      h('a', { href: `#/person/${m.person.id}`, dir: 'auto' }, m.person.name), ': ',
      m.reasons.map((x) => (x.kind ? t('people-ties-reason-kind', { reason: choiceText(x.signal), kind: choiceText(x.kind) }) : choiceText(x.signal)))
        .join(t('people-comma'))))));
}

// One activity (#/activity/ID): what, when, who, under which partnership
// or network, its description and outcome; edit and delete as its reply
// says the caller can; its history.
import * as api from '../api.js';
import { h, append, name, time, pageTitle, isHttp, setStatus, flash } from '../ui.js';
import { navigate } from '../app.js';
import { schemaOf } from '../schema.js';
import { titleOf, choiceText, confirmDialog } from '../schema-form.js';
import { historySection } from '../history.js';
import { partnershipName } from './partnership.js';
import { eventSection } from './event.js';
import { t } from '../i18n.js';

export async function render(view, ctx) {
  const id = Number(ctx.params[0]);
  append(view, h('p', { class: 'loading' }, t('common-loading')));
  const [a, s, topics] = await Promise.all([
    api.get(`/activities/${id}`),
    schemaOf('Activity'),
    api.topics().catch(() => []),
  ]);
  if (!ctx.alive()) return;
  const props = s.properties;
  const ft = (k) => titleOf(props[k], k);
  const topicLabel = new Map(topics.map((x) => [x.id, x.code ? `${x.code} ${x.label}` : x.label]));
  pageTitle(a.title);
  view.replaceChildren();
  const can = a.can || {};

  const dates = a.start_date
    ? [time(a.start_date), a.end_date && a.end_date !== a.start_date ? [' – ', time(a.end_date)] : null]
    : h('span', { class: 'muted' }, t('activities-date-not-known'));
  append(view,
    h('p', { class: 'crumbs' }, h('a', { href: '#/activities' }, t('activities-title')),
      a.host_city ? [' / ', h('a', { href: `#/city/${a.host_city.id}`, dir: 'auto' }, a.host_city.name)] : null),
    h('h1', { dir: 'auto' }, a.title),
    h('p', { class: 'lead' }, choiceText(a.kind), ' · ', dates));

  const fact = (term, value) => (value === null || value === undefined || value === '' ? null
    : h('div', {}, h('dt', {}, term), h('dd', {}, value)));
  const partnershipLink = a.partnership_id ? h('a', { href: `#/partnership/${a.partnership_id}` }, `#${a.partnership_id}`) : null;
  if (partnershipLink) {
    api.get(`/partnerships/${a.partnership_id}`).then((p) => { partnershipLink.textContent = partnershipName(p); })
      .catch(() => {});
  }
  append(view, h('dl', { class: 'facts' },
    fact(ft('kind'), choiceText(a.kind)),
    fact(ft('start_date'), a.start_date ? time(a.start_date) : h('span', { class: 'muted' }, t('activities-not-known'))),
    fact(ft('end_date'), a.end_date ? time(a.end_date) : null),
    fact(ft('host_city_id'), a.host_city ? h('a', { href: `#/city/${a.host_city.id}`, dir: 'auto' }, a.host_city.name) : null),
    fact(ft('partnership_id'), partnershipLink),
    fact(ft('network_id'), a.network ? h('a', { href: `#/network/${a.network.id}`, dir: 'auto' }, a.network.name) : null),
    fact(ft('programme'), a.programme ? name(a.programme) : null)));

  const details = [
    a.cities && a.cities.length ? fact(ft('city_ids'), h('ul', { class: 'inline-list' },
      a.cities.map((c) => h('li', {}, h('a', { href: `#/city/${c.id}`, dir: 'auto' }, c.name))))) : null,
    a.organisations && a.organisations.length ? fact(ft('organisation_ids'), h('ul', { class: 'inline-list' },
      a.organisations.map((o) => h('li', {}, name(o.name), o.country ? h('span', { class: 'cc' }, ` (${o.country})`) : null)))) : null,
    a.topics && a.topics.length ? fact(ft('topics'), h('ul', { class: 'tags', 'aria-label': ft('topics') },
      a.topics.map((x) => h('li', {}, topicLabel.get(x) || x)))) : null,
    a.description ? fact(ft('description'), h('p', { dir: 'auto', class: 'note-text' }, a.description)) : null,
    a.outcome ? fact(ft('outcome'), h('p', { dir: 'auto', class: 'note-text' }, a.outcome)) : null,
    (a.documents || []).some((d) => isHttp(d.url)) ? fact(ft('documents'), h('ul', { class: 'plain-list documents' },
      a.documents.filter((d) => isHttp(d.url)).map((d) => h('li', {}, h('a', { href: d.url, rel: 'noopener noreferrer', dir: 'auto' }, d.title))))) : null,
    isHttp(a.source_url) ? fact(ft('source_url'), h('a', { href: a.source_url, rel: 'noopener noreferrer', class: 'source-link' }, a.source_url)) : null,
  ].filter(Boolean);
  if (details.length) append(view, h('dl', { class: 'record-details' }, details));

  const ev = await eventSection(a, ctx);
  if (!ctx.alive()) return;
  if (ev) append(view, ev);

  const buttons = [];
  if (can.update) buttons.push(h('a', { class: 'button secondary', href: `#/activity/${a.id}/edit` }, t('activities-edit')));
  if (can.delete) buttons.push(h('button', { type: 'button', class: 'button secondary danger-outline', onclick: () => remove() }, t('activities-delete')));
  if (buttons.length) append(view, h('div', { class: 'actions record-actions' }, buttons));

  async function remove() {
    const yes = await confirmDialog({
      title: t('activities-delete-title', { title: a.title }),
      text: t('activities-delete-text'),
      yes: t('activities-delete-yes'),
    });
    if (!yes) return;
    setStatus(t('activities-deleting'));
    try {
      await api.request('DELETE', `/activities/${a.id}`);
      flash(t('activities-deleted', { title: a.title }));
      navigate(a.partnership_id ? `#/partnership/${a.partnership_id}` : a.host_city ? `#/city/${a.host_city.id}` : '#/activities');
    } catch (err) {
      setStatus(t('activities-delete-error', { error: err.message }), { error: true });
    }
  }

  append(view, historySection({
    kind: 'activities', id: a.id, schema: 'Activity', ctx,
    names: {
      city: [...(a.cities || []), ...(a.host_city ? [a.host_city] : [])],
      organisation: a.organisations || [],
      network: a.network ? [a.network] : [],
    },
  }));
}

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

export async function render(view, ctx) {
  const id = Number(ctx.params[0]);
  append(view, h('p', { class: 'loading' }, 'Loading…'));
  const [a, s, topics] = await Promise.all([
    api.get(`/activities/${id}`),
    schemaOf('Activity'),
    api.topics().catch(() => []),
  ]);
  if (!ctx.alive()) return;
  const props = s.properties;
  const t = (k) => titleOf(props[k], k);
  const topicLabel = new Map(topics.map((x) => [x.id, x.code ? `${x.code} ${x.label}` : x.label]));
  pageTitle(a.title);
  view.replaceChildren();
  const can = a.can || {};

  const dates = a.start_date
    ? [time(a.start_date), a.end_date && a.end_date !== a.start_date ? [' – ', time(a.end_date)] : null]
    : h('span', { class: 'muted' }, 'date not known');
  append(view,
    h('p', { class: 'crumbs' }, h('a', { href: '#/activities' }, 'Activities'),
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
    fact(t('kind'), choiceText(a.kind)),
    fact(t('start_date'), a.start_date ? time(a.start_date) : h('span', { class: 'muted' }, 'not known')),
    fact(t('end_date'), a.end_date ? time(a.end_date) : null),
    fact(t('host_city_id'), a.host_city ? h('a', { href: `#/city/${a.host_city.id}`, dir: 'auto' }, a.host_city.name) : null),
    fact(t('partnership_id'), partnershipLink),
    fact(t('network_id'), a.network ? h('a', { href: `#/network/${a.network.id}`, dir: 'auto' }, a.network.name) : null),
    fact(t('programme'), a.programme ? name(a.programme) : null)));

  const details = [
    a.cities && a.cities.length ? fact(t('city_ids'), h('ul', { class: 'inline-list' },
      a.cities.map((c) => h('li', {}, h('a', { href: `#/city/${c.id}`, dir: 'auto' }, c.name))))) : null,
    a.organisations && a.organisations.length ? fact(t('organisation_ids'), h('ul', { class: 'inline-list' },
      a.organisations.map((o) => h('li', {}, name(o.name), o.country ? h('span', { class: 'cc' }, ` (${o.country})`) : null)))) : null,
    a.topics && a.topics.length ? fact(t('topics'), h('ul', { class: 'tags', 'aria-label': t('topics') },
      a.topics.map((x) => h('li', {}, topicLabel.get(x) || x)))) : null,
    a.description ? fact(t('description'), h('p', { dir: 'auto', class: 'note-text' }, a.description)) : null,
    a.outcome ? fact(t('outcome'), h('p', { dir: 'auto', class: 'note-text' }, a.outcome)) : null,
    isHttp(a.source_url) ? fact(t('source_url'), h('a', { href: a.source_url, rel: 'noopener noreferrer', class: 'source-link' }, a.source_url)) : null,
  ].filter(Boolean);
  if (details.length) append(view, h('dl', { class: 'record-details' }, details));

  const buttons = [];
  if (can.update) buttons.push(h('a', { class: 'button secondary', href: `#/activity/${a.id}/edit` }, 'Edit'));
  if (can.delete) buttons.push(h('button', { type: 'button', class: 'button secondary danger-outline', onclick: () => remove() }, 'Delete'));
  if (buttons.length) append(view, h('div', { class: 'actions record-actions' }, buttons));

  async function remove() {
    const yes = await confirmDialog({
      title: `Delete the activity “${a.title}”?`,
      text: 'It will no longer be listed, nor count for the health of its partnership.',
      yes: 'Delete the activity',
    });
    if (!yes) return;
    setStatus('Deleting…');
    try {
      await api.request('DELETE', `/activities/${a.id}`);
      flash(`Deleted: the activity “${a.title}”.`);
      navigate(a.partnership_id ? `#/partnership/${a.partnership_id}` : a.host_city ? `#/city/${a.host_city.id}` : '#/activities');
    } catch (err) {
      setStatus(`The activity was not deleted: ${err.message}`, { error: true });
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

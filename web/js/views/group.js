// A thematic group (#/group/ID): its network, who proposed it, its status,
// its member cities, its events (with the calendar feed to subscribe to)
// and the published practices tagged to it. What the reader may do (join,
// leave, approve, add an event) is the server's `can`.
import * as api from '../api.js';
import { h, append, pageTitle, notFound, loadFailed, setStatus, flash } from '../ui.js';
import { navigate } from '../app.js';
import { choiceText } from '../params.js';
import { t, fmt } from '../i18n.js';

function when(e) {
  if (e.starts_at) return `${fmt.date(e.starts_at.slice(0, 10))} ${e.starts_at.slice(11, 16)} (${e.time_zone || ''})`;
  return e.start_date ? fmt.date(e.start_date) : '';
}

export async function render(view, ctx) {
  const id = Number(ctx.params[0]);
  let g, page;
  try {
    g = await api.get(`/groups/${id}`);
    page = await api.get(`/networks/${g.network_id}/groups`, { limit: 500 }).catch(() => null);
  } catch (e) {
    if (!ctx.alive()) return;
    if (e.status === 404) notFound(view, t('networks-group-page-not-found', { id }));
    else loadFailed(view, e);
    return;
  }
  if (!ctx.alive()) return;
  pageTitle(g.name);
  // the network page's copy of the group says whether the reader's city may join or leave
  const mine = page ? page.items.find((x) => x.id === g.id) : null;
  const can = { ...(g.can || {}), ...((mine && mine.can) || {}) };
  const group = { group: g.name };
  const act = async (work, done, failed) => {
    try {
      await work();
      flash(done);
      navigate(`#/group/${g.id}`);
    } catch (e) { setStatus(t('networks-failed-because', { what: failed, error: e.message }), { error: true }); }
  };
  const buttons = [];
  if (can.approve) {
    buttons.push(h('button', { type: 'button', class: 'button', onclick: () => act(() => api.post(`/groups/${g.id}/approve`, {}),
      t('networks-group-approved', group), t('networks-group-not-approved', group)) }, t('networks-group-approve')));
  }
  if (can.join && ctx.user && ctx.user.city_id) {
    buttons.push(h('button', { type: 'button', class: 'button', onclick: () => act(
      () => api.post('/group-members', { group_id: g.id, city_id: ctx.user.city_id }),
      t('networks-group-joined', group), t('networks-group-not-joined', group)) }, t('networks-group-join')));
  }
  if (can.leave && ctx.user) {
    const own = (g.members || []).find((m) => m.id === ctx.user.city_id);
    if (own) {
      buttons.push(h('button', { type: 'button', class: 'button secondary', onclick: () => act(
        () => api.request('DELETE', `/group-members/${own.member_id}`),
        t('networks-group-left', group), t('networks-group-not-left', group)) }, t('networks-group-leave')));
    }
  }
  // a secretariat that may change the group adds its events
  if (can.update && g.status === 'active' && ctx.user && ctx.user.network_id === g.network_id) {
    buttons.push(h('a', { class: 'button secondary', href: `#/activity/new?group=${g.id}` }, t('networks-group-page-new-event')));
  }
  const events = g.events || [];
  const practices = g.practices || [];
  const members = g.members || [];
  append(view,
    h('p', { class: 'crumbs' }, h('a', { href: '#/networks' }, t('networks-title')), ' / ',
      h('a', { href: `#/network/${g.network_id}`, dir: 'auto' }, g.network.name)),
    h('h1', { dir: 'auto' }, g.name, ' ', h('span', { class: `tag status-${g.status}` }, choiceText(g.status))),
    h('p', { class: 'lead' }, t('networks-group-page-of', { network: g.network.name }),
      g.proposed_by ? [' · ', t('networks-group-proposed-by', { city: g.proposed_by.name })] : null),
    g.description ? h('p', { dir: 'auto' }, g.description) : null,
    buttons.length ? h('div', { class: 'row-actions' }, buttons) : null,
    h('section', { class: 'block', 'aria-labelledby': 'h-group-events' },
      h('h2', { id: 'h-group-events' }, t('networks-group-page-events')),
      h('p', { class: 'meta' }, h('a', { href: `/api/v1/calendars/groups/${g.id}`, type: 'text/calendar' }, t('networks-group-calendar', group)),
        ' · ', h('a', { href: `#/calendar?group=${g.id}&network=${g.network_id}` }, t('networks-group-page-calendar'))),
      events.length
        ? h('ul', { class: 'plain-list group-events' }, events.map((e) => h('li', {},
          h('a', { href: `#/activity/${e.id}`, dir: 'auto' }, e.title), ' ', h('span', { class: 'muted' }, [choiceText(e.kind), when(e) ? ` · ${when(e)}` : '']))))
        : h('p', { class: 'muted' }, t('networks-group-page-no-events'))),
    h('section', { class: 'block', 'aria-labelledby': 'h-group-members' },
      h('h2', { id: 'h-group-members' }, t('networks-group-page-members'), ' ', h('span', { class: 'muted' }, `(${fmt.number(members.length)})`)),
      members.length
        ? h('ul', { class: 'group-members' }, members.map((m) => h('li', {}, h('a', { href: `#/city/${m.id}`, dir: 'auto' }, m.name), m.country ? ` (${m.country})` : '')))
        : h('p', { class: 'muted' }, t('networks-group-no-member'))),
    h('section', { class: 'block', 'aria-labelledby': 'h-group-practices' },
      h('h2', { id: 'h-group-practices' }, t('networks-group-page-practices')),
      practices.length
        ? h('ul', { class: 'plain-list' }, practices.map((p) => h('li', {}, h('a', { href: `#/practice/${p.id}`, dir: 'auto' }, p.title),
          p.city ? h('span', { class: 'muted' }, ` · ${p.city}`) : null)))
        : h('p', { class: 'muted' }, t('networks-group-page-no-practices'))));
}

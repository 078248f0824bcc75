// One network: facts, thematic groups (with their member cities, joined and
// left from here), regional offices and its members.
import * as api from '../api.js';
import {
  h, append, name, pager, pageTitle, field, debounce, select, isHttp, table, addRows,
  FormErrors, reportError, setStatus,
} from '../ui.js';
import { orNull } from '../forms.js';
import { choiceText } from '../params.js';
import { choices } from '../schema.js';
import { worldMap, rememberCity, hasCoords } from '../map.js';
import { downloads } from '../downloads.js';
import { manageMembers } from './members.js';
import { t, fmt } from '../i18n.js';

// The map stops after this many member cities.
const MAP_MAX = 10000;

export async function render(view, ctx) {
  const id = Number(ctx.params[0]);
  append(view, h('p', { class: 'loading' }, t('networks-loading')));
  const n = await api.get(`/networks/${id}`);
  if (!ctx.alive()) return;
  pageTitle(n.name);
  view.replaceChildren();
  const sc = n.secretariat_city;
  append(view, 
    h('p', { class: 'crumbs' }, h('a', { href: '#/networks' }, t('networks-title'))),
    h('h1', { dir: 'auto' }, n.name, n.acronym && n.acronym !== n.name ? h('span', { class: 'acronym' }, ` (${n.acronym})`) : null),
    h('dl', { class: 'facts' },
      fact(t('networks-kind'), n.kind ? choiceText(n.kind) : h('span', { class: 'muted' }, t('networks-not-known'))),
      fact(t('networks-founded-label'), n.founded_year ? year(n.founded_year) : h('span', { class: 'muted' }, t('networks-not-known'))),
      fact(t('networks-secretariat'), sc ? h('a', { href: `#/city/${sc.id}`, dir: 'auto' }, sc.name) : h('span', { class: 'muted' }, t('networks-not-known'))),
      fact(t('networks-current-members-label'), fmt.number(n.member_count ?? 0)),
      isHttp(n.website) ? fact(t('networks-website'), h('a', { href: n.website, rel: 'noopener noreferrer' }, n.website)) : null,
      fact(t('networks-calendar'), h('a', { href: `/api/v1/calendars/networks/${n.id}`, type: 'text/calendar' }, t('networks-calendar-link')))),
    n.description ? h('div', { class: 'description' }, n.description.split(/\n{2,}/).map((p) => h('p', { dir: 'auto' }, p))) : null);

  append(view, groupsSection(n, ctx));

  // regional offices
  const ro = n.regional_offices || [];
  const ros = h('section', { class: 'block', 'aria-labelledby': 'h-offices' }, h('h2', { id: 'h-offices' }, t('networks-offices-heading', { count: ro.length })));
  if (!ro.length) ros.append(h('p', { class: 'muted' }, t('networks-none-recorded')));
  else {
    ros.append(h('ul', { class: 'plain-list' }, ro.map((o) => h('li', {},
      o.name ? [name(o.name, 'strong'), ' · '] : null,
      h('a', { href: `#/city/${o.city_id}`, dir: 'auto' }, o.city_name || t('networks-city-id', { id: String(o.city_id) })),
      o.country ? ` (${o.country})` : '',
      o.note ? h('p', { class: 'meta', dir: 'auto' }, o.note) : null))));
  }
  append(view, ros);

  // members
  const q = h('input', { type: 'search', autocomplete: 'off' });
  const current = select([['true', t('networks-current-members-label')], ['false', t('networks-former-members')], ['', t('networks-all')]], { value: 'true' });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': t('networks-filter-members') },
    field(t('networks-filter-members-by-name'), q), field(t('networks-show'), current));
  const results = h('div');
  const map = membersMap(n, ctx);
  append(view, h('section', { class: 'block', 'aria-labelledby': 'h-members' },
    h('h2', { id: 'h-members' }, t('networks-members')), map, form, results));
  form.after(downloads(`/networks/${id}/members`, () => ({ q: q.value.trim(), current: current.value }), { geojson: true }));
  const cols = [
    {
      title: t('networks-col-member'),
      cell: (m) => (m.member && m.member.type === 'city'
        ? h('a', { href: `#/city/${m.member.id}`, dir: 'auto' }, m.member.name)
        : [name(m.member ? m.member.name : ''), h('span', { class: 'tag' }, t('networks-organisation'))]),
    },
    { title: t('networks-col-country'), cell: (m) => (m.member && m.member.country) || '' },
    { title: t('networks-col-role'), cell: (m) => choiceText(m.role || 'member') },
    { title: t('networks-col-joined'), cell: (m) => (m.joined_year ? year(m.joined_year) : h('span', { class: 'muted' }, t('networks-not-known'))) },
    { title: t('networks-col-left'), cell: (m) => (m.left_year ? year(m.left_year) : h('span', { class: 'muted' }, m.current === false ? t('networks-year-not-known') : t('networks-still-member'))) },
  ];
  const list = pager(results, {
    noun: 'networks-members-count',
    empty: t('networks-no-member-matches'),
    fetchPage: (cursor) => api.get(`/networks/${id}/members`, { q: q.value.trim(), current: current.value, limit: 50, cursor }),
    render: (items, box) => {
      let tbl = box.querySelector('table');
      if (!tbl) {
        tbl = table(cols, [], { caption: t('networks-members-caption', { network: n.name }), className: 'members' });
        box.appendChild(h('div', { class: 'table-wrap' }, tbl));
      }
      return addRows(tbl, cols, items);
    },
  });
  const typed = debounce(() => list.reload(), 300);
  q.addEventListener('input', typed);
  current.addEventListener('change', () => { typed.cancel(); list.reload(); });
  form.addEventListener('submit', (e) => { e.preventDefault(); typed.cancel(); list.reload(); });
  manageMembers(n, ctx, { columns: cols, reload: () => list.reload(), before: form });
  list.reload();
}

// The current member cities on a world map. The member list does not carry
// coordinates; the city list filtered by network does (it also has former
// members, which are left out).
function membersMap(n, ctx) {
  const total = n.member_count ?? 0;
  if (!total) return null;
  // many members: smaller points
  const r = total > 2000 ? 1.8 : total > 300 ? 2.5 : 3.5;
  const map = worldMap({ label: t('networks-map-loading', { network: n.name }), className: 'map-members', radius: { member: r } });
  if (!map) return h('p', { class: 'map-note' }, t('networks-map-failed'));
  let drawn = 0;
  let seen = 0;
  let capped = false;
  map.setNote(t('networks-map-placing', { done: 0, total }));
  (async () => {
    const former = new Set();
    let cursor = null;
    do {
      const page = await api.get(`/networks/${n.id}/members`, { current: 'false', limit: 500, cursor });
      for (const m of page.items) if (m.member && m.member.type === 'city') former.add(m.member.id);
      cursor = page.next;
    } while (cursor && ctx.alive());
    cursor = null;
    do {
      const page = await api.get('/cities', { network: n.id, limit: 500, cursor });
      if (!ctx.alive()) return;
      const frag = document.createDocumentFragment();
      for (const c of page.items) {
        if (seen >= MAP_MAX) { capped = true; break; }
        seen++;
        if (former.has(c.id)) continue;
        rememberCity(c);
        if (!hasCoords(c)) continue;
        const text = `${c.name} (${c.country})`;
        if (map.point(c, { href: `#/city/${c.id}`, text, kind: 'member', into: frag })) drawn++;
      }
      map.addPoints(frag);
      map.setNote(t('networks-map-placing', { done: drawn, total }));
      cursor = page.next;
      if (seen >= MAP_MAX && cursor) capped = true;
    } while (cursor && !capped);
  })().then(() => {
    if (!ctx.alive()) return;
    map.setLabel(t('networks-map-label', { count: drawn, network: n.name }));
    if (!drawn) {
      map.hide();
      map.setNote(t('networks-map-none', { count: total }));
      return;
    }
    const off = Math.max(0, total - drawn);
    map.setNote([
      t('networks-map-shown', { count: drawn }),
      off ? t('networks-map-off', { count: off }) : null,
      capped ? t('networks-map-capped', { max: MAP_MAX }) : null,
      t('networks-map-also-listed'),
    ].filter(Boolean).join(' '));
    map.legend([{ className: 'member', text: t('networks-map-legend') }]);
  }, (e) => {
    if (!ctx.alive()) return;
    map.setLabel(t('networks-map-label-incomplete', { count: drawn, network: n.name }));
    map.setNote(t('networks-map-incomplete', { count: drawn, error: e.message }));
  });
  return map.figure;
}

// a year, in the reader's digits
function year(y) {
  return fmt.number(y, { useGrouping: false });
}

function fact(term, value) {
  return h('div', {}, h('dt', {}, term), h('dd', {}, value));
}

// ---- thematic groups ---------------------------------------------------------

// The network's groups and the cities in each. Every button is one the
// server's reply allows (a `can` of the page, of a group or of a member):
// Add a group, Edit, Close, Reopen and Delete for the network's
// secretariat, Join and Leave for the officer of a member city, Remove for
// whoever may take a city out. The rules themselves stay on the server.
function groupsSection(n, ctx) {
  const heading = h('h2', { id: 'h-groups' }, t('networks-groups'));
  const body = h('div', { class: 'groups-body' }, h('p', { class: 'loading' }, t('networks-groups-loading')));
  const sec = h('section', { class: 'block groups', 'aria-labelledby': 'h-groups' }, heading,
    h('p', { class: 'lead' }, t('networks-groups-lead')),
    body);
  let adding = false;
  let editing = null; // the id of the group whose form is open
  let statuses = []; // a group's statuses, as the API document gives them

  async function reload(focusId) {
    let page;
    try {
      [page, statuses] = await Promise.all([api.get(`/networks/${n.id}/groups`, { limit: 500 }), choices('Group', 'status')]);
    } catch (e) {
      if (ctx.alive()) body.replaceChildren(h('p', { class: 'muted' }, t('networks-groups-failed', { error: e.message })));
      return;
    }
    if (!ctx.alive()) return;
    draw(page);
    const target = focusId ? sec.querySelector(`#group-${focusId}`) : null;
    if (target) target.focus();
  }

  // Do it, say what was done (or why not), and draw the groups again.
  async function act(work, done, failed, focusId) {
    setStatus(t('networks-saving'));
    try {
      await work();
      setStatus(done);
    } catch (e) {
      setStatus(t('networks-failed-because', { what: failed, error: e.message }), { error: true });
    }
    await reload(focusId);
  }

  function draw(page) {
    const groups = page.items;
    heading.textContent = t('networks-groups-heading', { count: groups.length });
    const parts = [];
    const proposing = !!(page.can && page.can.propose);
    if (page.can && (page.can.create || proposing)) {
      if (adding) {
        parts.push(groupForm(n, null, proposing ? null : statuses, (saved, message) => {
          adding = false;
          if (saved) setStatus(message);
          reload(saved ? saved.id : null).then(() => { if (!saved) sec.querySelector('.add-group')?.focus(); });
        }));
      } else {
        parts.push(h('p', {}, h('button', {
          type: 'button', class: 'secondary add-group',
          onclick: () => { adding = true; editing = null; draw(page); sec.querySelector('.group-form input')?.focus(); },
        }, proposing ? t('networks-group-propose') : t('networks-group-add'))));
      }
    }
    if (!groups.length && !adding) parts.push(h('p', { class: 'muted' }, t('networks-none-recorded')));
    else parts.push(h('ul', { class: 'plain-list group-list' }, groups.map((g) => groupItem(g, page))));
    body.replaceChildren(...parts);
  }

  function groupItem(g, page) {
    const mine = ctx.user && ctx.user.city_id ? ctx.user.city_id : null;
    const can = g.can || {};
    const members = g.members || [];
    if (editing === g.id) {
      return h('li', { class: 'thematic-group' }, groupForm(n, g, statuses, (saved, message) => {
        editing = null;
        if (saved) setStatus(message);
        reload(g.id);
      }));
    }
    const title = g.name;
    const buttons = [];
    const button = (text, aria, onclick, cls = 'small secondary') =>
      h('button', { type: 'button', class: cls, 'aria-label': aria, onclick }, text);
    const group = { group: title };
    if (can.join) {
      buttons.push(button(t('networks-group-join'), t('networks-group-join-label', group), () => act(
        () => api.post('/group-members', { group_id: g.id, city_id: mine }),
        t('networks-group-joined', group), t('networks-group-not-joined', group), g.id), 'small'));
    }
    if (can.leave) {
      const own = members.find((m) => m.id === mine);
      buttons.push(button(t('networks-group-leave'), t('networks-group-leave-label', group), () => act(
        () => api.request('DELETE', `/group-members/${own.member_id}`),
        t('networks-group-left', group), t('networks-group-not-left', group), g.id)));
    }
    if (can.approve) {
      buttons.push(button(t('networks-group-approve'), t('networks-group-approve-label', group), () => act(
        () => api.post(`/groups/${g.id}/approve`, {}),
        t('networks-group-approved', group), t('networks-group-not-approved', group), g.id), 'small'));
    }
    if (can.update) {
      buttons.push(button(t('networks-group-edit'), t('networks-group-edit-label', group), () => {
        editing = g.id;
        adding = false;
        draw(page);
        sec.querySelector('.group-form input')?.focus();
      }));
      if (g.status === 'proposed') {
        // a proposal: approved above, or changed until then
      } else if (g.status === 'closed') {
        buttons.push(button(t('networks-group-reopen'), t('networks-group-reopen-label', group), () => act(
          () => api.patch(`/groups/${g.id}`, { status: 'active' }),
          t('networks-group-reopened', group), t('networks-group-not-reopened', group), g.id)));
      } else {
        buttons.push(button(t('networks-group-close'), t('networks-group-close-label', group), () => act(
          () => api.patch(`/groups/${g.id}`, { status: 'closed' }),
          t('networks-group-closed', group), t('networks-group-not-closed', group), g.id)));
      }
    }
    if (can.delete) {
      buttons.push(button(t('networks-group-delete'), t('networks-group-delete-label', group), () => confirmDelete(g, sec, () => act(
        () => api.request('DELETE', `/groups/${g.id}`),
        t('networks-group-deleted', group), t('networks-group-not-deleted', group), null))));
    }
    return h('li', { class: 'thematic-group' },
      h('h3', { id: `group-${g.id}`, tabindex: '-1' }, h('a', { href: `#/group/${g.id}` }, name(title)), ' ',
        h('span', { class: `tag status-${g.status}` }, choiceText(g.status))),
      g.proposed_by ? h('p', { class: 'meta' }, t('networks-group-proposed-by', { city: g.proposed_by.name })) : null,
      g.description ? h('p', { class: 'meta', dir: 'auto' }, g.description) : null,
      h('p', { class: 'meta' }, h('a', { href: `/api/v1/calendars/groups/${g.id}`, type: 'text/calendar' },
        t('networks-group-calendar', group))),
      members.length
        ? [h('p', { class: 'group-count' }, t('networks-group-count', { count: members.length })),
          h('ul', { class: 'group-members', 'aria-label': t('networks-group-members-label', group) }, members.map((m) => h('li', {},
            h('a', { href: `#/city/${m.id}`, dir: 'auto' }, m.name), m.country ? ` (${m.country})` : '',
            m.can && m.can.delete && m.id !== mine
              ? button(t('networks-group-remove'), t('networks-group-remove-label', { city: m.name, group: title }), () => act(
                () => api.request('DELETE', `/group-members/${m.member_id}`),
                t('networks-group-removed', { city: m.name, group: title }),
                t('networks-group-not-removed', { city: m.name, group: title }), g.id))
              : null)))]
        : h('p', { class: 'muted' }, t('networks-group-no-member')),
      buttons.length ? h('div', { class: 'row-actions' }, buttons) : null);
  }

  reload();
  return sec;
}

// Add a group (g null) or change one; done(saved, message) or done(null)
// when cancelled. The server's refusals are shown next to their field.
function groupForm(n, g, statuses, done) {
  const nameIn = h('input', { type: 'text', maxlength: 200, dir: 'auto', autocomplete: 'off' });
  nameIn.value = g ? g.name : '';
  // a proposal (statuses null) has no status to choose: the secretariat approves it
  const proposal = !statuses;
  const status = select((statuses || []).map((v) => [v, choiceText(v)]));
  if (g) status.value = g.status;
  else if (!proposal && statuses.includes('active')) status.value = 'active';
  const desc = h('textarea', { rows: 3, dir: 'auto' });
  desc.value = g && g.description ? g.description : '';
  const fName = field(t('networks-name'), nameIn, { required: true, hint: t('networks-group-name-hint', { network: n.name }) });
  const fStatus = field(t('networks-group-status'), status, { hint: t('networks-group-status-hint') });
  const fDesc = field(t('networks-group-description'), desc, { hint: t('networks-optional') });
  const save = h('button', { type: 'submit', class: 'button' }, g ? t('networks-group-save') : t('networks-group-add-submit'));
  const cancel = h('button', { type: 'button', class: 'button secondary' }, t('networks-cancel'));
  const editText = g ? t('networks-group-edit-label', { group: g.name }) : null;
  const form = h('form', { class: 'group-form', novalidate: true, 'aria-label': editText || t('networks-group-add') },
    h('h3', {}, editText || t('networks-group-new', { network: n.name })),
    proposal ? h('p', { class: 'hint' }, t('networks-group-propose-hint')) : null,
    fName, proposal ? null : fStatus, fDesc, h('div', { class: 'form-actions' }, save, cancel));
  const errors = new FormErrors(form);
  errors.add('name', fName);
  errors.add('status', fStatus);
  errors.add('description', fDesc);
  errors.add('network_id', fName);
  const what = g ? t('networks-group-not-saved') : t('networks-group-not-added');
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    errors.clear();
    const body = { name: nameIn.value.trim(), description: orNull(desc.value) };
    if (!proposal) body.status = status.value;
    if (!body.name) {
      errors.show('name', t('networks-group-name-missing'));
      setStatus(g ? t('networks-group-not-saved-name') : t('networks-group-not-added-name'), { error: true });
      return;
    }
    if (!g) body.network_id = n.id;
    if (!g && proposal) body.proposed_by_city_id = api.currentUser().city_id;
    save.disabled = true;
    try {
      const saved = g ? await api.patch(`/groups/${g.id}`, body) : await api.post('/groups', body);
      done(saved, g ? t('networks-group-saved', { group: saved.name }) : t('networks-group-added', { group: saved.name }));
    } catch (err) {
      save.disabled = false;
      reportError(err, errors, what);
    }
  });
  cancel.addEventListener('click', () => done(null));
  form.addEventListener('keydown', (e) => { if (e.key === 'Escape') done(null); });
  return form;
}

// Deleting a group takes its cities out of it: ask first.
function confirmDelete(g, sec, yesDo) {
  const yes = h('button', { type: 'button', class: 'button' }, t('networks-group-delete-yes'));
  const no = h('button', { type: 'button', class: 'button secondary' }, t('networks-cancel'));
  const k = (g.members || []).length;
  const dialog = h('dialog', { class: 'confirm-dialog', 'aria-labelledby': 'h-confirm-group' },
    h('h2', { id: 'h-confirm-group', dir: 'auto' }, t('networks-group-delete-title', { group: g.name })),
    h('p', {}, k ? t('networks-group-delete-text', { count: k }) : t('networks-cannot-be-undone')),
    h('div', { class: 'form-actions' }, yes, no));
  const opener = document.activeElement;
  sec.append(dialog);
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (opener && opener.isConnected) opener.focus();
  });
  no.addEventListener('click', () => dialog.close());
  yes.addEventListener('click', () => {
    dialog.close();
    yesDo();
  });
  dialog.showModal();
  no.focus();
}

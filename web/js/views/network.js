// One network: facts, thematic groups (with their member cities, joined and
// left from here), regional offices and its members.
import * as api from '../api.js';
import {
  h, append, name, label, pager, pageTitle, field, debounce, select, isHttp, table, addRows,
  FormErrors, reportError, setStatus,
} from '../ui.js';
import { orNull } from '../forms.js';
import { choices } from '../schema.js';
import { worldMap, rememberCity, hasCoords } from '../map.js';
import { downloads } from '../downloads.js';
import { manageMembers } from './members.js';

// The map stops after this many member cities.
const MAP_MAX = 10000;

export async function render(view, ctx) {
  const id = Number(ctx.params[0]);
  append(view, h('p', { class: 'loading' }, 'Loading…'));
  const n = await api.get(`/networks/${id}`);
  if (!ctx.alive()) return;
  pageTitle(n.name);
  view.replaceChildren();
  const sc = n.secretariat_city;
  append(view, 
    h('p', { class: 'crumbs' }, h('a', { href: '#/networks' }, 'Networks')),
    h('h1', { dir: 'auto' }, n.name, n.acronym && n.acronym !== n.name ? h('span', { class: 'acronym' }, ` (${n.acronym})`) : null),
    h('dl', { class: 'facts' },
      fact('Kind', n.kind ? label(n.kind) : h('span', { class: 'muted' }, 'not known')),
      fact('Founded', n.founded_year ? String(n.founded_year) : h('span', { class: 'muted' }, 'not known')),
      fact('Secretariat', sc ? h('a', { href: `#/city/${sc.id}`, dir: 'auto' }, sc.name) : h('span', { class: 'muted' }, 'not known')),
      fact('Current members', String(n.member_count ?? 0)),
      isHttp(n.website) ? fact('Website', h('a', { href: n.website, rel: 'noopener noreferrer' }, n.website)) : null),
    n.description ? h('div', { class: 'description' }, n.description.split(/\n{2,}/).map((p) => h('p', { dir: 'auto' }, p))) : null);

  append(view, groupsSection(n, ctx));

  // regional offices
  const ro = n.regional_offices || [];
  const ros = h('section', { class: 'block', 'aria-labelledby': 'h-offices' }, h('h2', { id: 'h-offices' }, `Regional offices (${ro.length})`));
  if (!ro.length) ros.append(h('p', { class: 'muted' }, 'None recorded.'));
  else {
    ros.append(h('ul', { class: 'plain-list' }, ro.map((o) => h('li', {},
      o.name ? [name(o.name, 'strong'), ' · '] : null,
      h('a', { href: `#/city/${o.city_id}`, dir: 'auto' }, o.city_name || `City ${o.city_id}`),
      o.country ? ` (${o.country})` : '',
      o.note ? h('p', { class: 'meta', dir: 'auto' }, o.note) : null))));
  }
  append(view, ros);

  // members
  const q = h('input', { type: 'search', autocomplete: 'off' });
  const current = select([['true', 'Current members'], ['false', 'Former members'], ['', 'All']], { value: 'true' });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter members' },
    field('Filter members by name', q), field('Show', current));
  const results = h('div');
  const map = membersMap(n, ctx);
  append(view, h('section', { class: 'block', 'aria-labelledby': 'h-members' },
    h('h2', { id: 'h-members' }, 'Members'), map, form, results));
  form.after(downloads(`/networks/${id}/members`, () => ({ q: q.value.trim(), current: current.value }), { geojson: true }));
  const cols = [
    {
      title: 'Member',
      cell: (m) => (m.member && m.member.type === 'city'
        ? h('a', { href: `#/city/${m.member.id}`, dir: 'auto' }, m.member.name)
        : [name(m.member ? m.member.name : ''), h('span', { class: 'tag' }, 'organisation')]),
    },
    { title: 'Country', cell: (m) => (m.member && m.member.country) || '' },
    { title: 'Role', cell: (m) => label(m.role || 'member') },
    { title: 'Joined', cell: (m) => (m.joined_year ? String(m.joined_year) : h('span', { class: 'muted' }, 'not known')) },
    { title: 'Left', cell: (m) => (m.left_year ? String(m.left_year) : h('span', { class: 'muted' }, m.current === false ? 'year not known' : 'still a member')) },
  ];
  const list = pager(results, {
    noun: ['member', 'members'],
    empty: 'No member matches.',
    fetchPage: (cursor) => api.get(`/networks/${id}/members`, { q: q.value.trim(), current: current.value, limit: 50, cursor }),
    render: (items, box) => {
      let t = box.querySelector('table');
      if (!t) {
        t = table(cols, [], { caption: `Members of ${n.name}`, className: 'members' });
        box.appendChild(h('div', { class: 'table-wrap' }, t));
      }
      return addRows(t, cols, items);
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
  const map = worldMap({ label: `Map of the member cities of ${n.name} (loading)`, className: 'map-members', radius: { member: r } });
  if (!map) return h('p', { class: 'map-note' }, 'The map could not be drawn here; the members are listed below.');
  const plural = (k, one, many) => `${k.toLocaleString('en')} ${k === 1 ? one : many}`;
  let drawn = 0;
  let seen = 0;
  let capped = false;
  map.setNote(`Placing the member cities… 0 of ${total.toLocaleString('en')}`);
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
      map.setNote(`Placing the member cities… ${drawn.toLocaleString('en')} of ${total.toLocaleString('en')}`);
      cursor = page.next;
      if (seen >= MAP_MAX && cursor) capped = true;
    } while (cursor && !capped);
  })().then(() => {
    if (!ctx.alive()) return;
    map.setLabel(`Map of ${plural(drawn, 'member city', 'member cities')} of ${n.name}`);
    if (!drawn) {
      map.hide();
      map.setNote(`No map: none of the ${plural(total, 'member', 'members')} is a city with coordinates.`);
      return;
    }
    const off = Math.max(0, total - drawn);
    map.setNote(`${plural(drawn, 'member city', 'member cities')} on the map.`
      + (off ? ` ${plural(off, 'member is', 'members are')} not on the map: without coordinates, or not a city.` : '')
      + (capped ? ` The map stops after ${MAP_MAX.toLocaleString('en')} cities.` : '')
      + ' The members are also listed below.');
    map.legend([{ className: 'member', text: 'Member city (opens its page)' }]);
  }, (e) => {
    if (!ctx.alive()) return;
    map.setLabel(`Map of ${plural(drawn, 'member city', 'member cities')} of ${n.name} (incomplete)`);
    map.setNote(`${plural(drawn, 'member city', 'member cities')} on the map; the rest could not be loaded (${e.message}). The members are listed below.`);
  });
  return map.figure;
}

function fact(term, value) {
  return h('div', {}, h('dt', {}, term), h('dd', {}, value));
}

// ---- thematic groups ---------------------------------------------------------

const cities = (k) => `${k} member ${k === 1 ? 'city' : 'cities'}`;

// The network's groups and the cities in each. Every button is one the
// server's reply allows (a `can` of the page, of a group or of a member):
// Add a group, Edit, Close, Reopen and Delete for the network's
// secretariat, Join and Leave for the officer of a member city, Remove for
// whoever may take a city out. The rules themselves stay on the server.
function groupsSection(n, ctx) {
  const heading = h('h2', { id: 'h-groups' }, 'Thematic groups');
  const body = h('div', { class: 'groups-body' }, h('p', { class: 'loading' }, 'Loading the groups…'));
  const sec = h('section', { class: 'block groups', 'aria-labelledby': 'h-groups' }, heading,
    h('p', { class: 'lead' }, 'Member cities working together on one theme. A city joins the groups of the networks it is a current member of.'),
    body);
  let adding = false;
  let editing = null; // the id of the group whose form is open
  let statuses = []; // a group's statuses, as the API document gives them

  async function reload(focusId) {
    let page;
    try {
      [page, statuses] = await Promise.all([api.get(`/networks/${n.id}/groups`, { limit: 500 }), choices('Group', 'status')]);
    } catch (e) {
      if (ctx.alive()) body.replaceChildren(h('p', { class: 'muted' }, `The groups could not be loaded: ${e.message}`));
      return;
    }
    if (!ctx.alive()) return;
    draw(page);
    const target = focusId ? sec.querySelector(`#group-${focusId}`) : null;
    if (target) target.focus();
  }

  // Do it, say what was done (or why not), and draw the groups again.
  async function act(work, done, failed, focusId) {
    setStatus('Saving…');
    try {
      await work();
      setStatus(done);
    } catch (e) {
      setStatus(`${failed}: ${e.message}`, { error: true });
    }
    await reload(focusId);
  }

  function draw(page) {
    const groups = page.items;
    heading.textContent = `Thematic groups (${groups.length})`;
    const parts = [];
    if (page.can && page.can.create) {
      if (adding) {
        parts.push(groupForm(n, null, statuses, (saved, message) => {
          adding = false;
          if (saved) setStatus(message);
          reload(saved ? saved.id : null).then(() => { if (!saved) sec.querySelector('.add-group')?.focus(); });
        }));
      } else {
        parts.push(h('p', {}, h('button', {
          type: 'button', class: 'secondary add-group',
          onclick: () => { adding = true; editing = null; draw(page); sec.querySelector('.group-form input')?.focus(); },
        }, 'Add a group')));
      }
    }
    if (!groups.length && !adding) parts.push(h('p', { class: 'muted' }, 'None recorded.'));
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
      h('button', { type: 'button', class: cls, 'aria-label': `${text} ${aria}`, onclick }, text);
    if (can.join) {
      buttons.push(button('Join', `the group ${title}`, () => act(
        () => api.post('/group-members', { group_id: g.id, city_id: mine }),
        `Your city joined the group ${title}.`, `Your city did not join ${title}`, g.id), 'small'));
    }
    if (can.leave) {
      const own = members.find((m) => m.id === mine);
      buttons.push(button('Leave', `the group ${title}`, () => act(
        () => api.request('DELETE', `/group-members/${own.member_id}`),
        `Your city left the group ${title}.`, `Your city did not leave ${title}`, g.id)));
    }
    if (can.update) {
      buttons.push(button('Edit', `the group ${title}`, () => {
        editing = g.id;
        adding = false;
        draw(page);
        sec.querySelector('.group-form input')?.focus();
      }));
      if (g.status === 'closed') {
        buttons.push(button('Reopen', `the group ${title}`, () => act(
          () => api.patch(`/groups/${g.id}`, { status: 'active' }),
          `The group ${title} is open again: cities may join it.`, `The group ${title} was not reopened`, g.id)));
      } else {
        buttons.push(button('Close', `the group ${title}`, () => act(
          () => api.patch(`/groups/${g.id}`, { status: 'closed' }),
          `The group ${title} is closed: it keeps its cities and takes no new ones.`, `The group ${title} was not closed`, g.id)));
      }
    }
    if (can.delete) {
      buttons.push(button('Delete', `the group ${title}`, () => confirmDelete(g, sec, () => act(
        () => api.request('DELETE', `/groups/${g.id}`),
        `Deleted the group ${title}.`, `The group ${title} was not deleted`, null))));
    }
    return h('li', { class: 'thematic-group' },
      h('h3', { id: `group-${g.id}`, tabindex: '-1' }, name(title), ' ',
        h('span', { class: `tag status-${g.status}` }, label(g.status))),
      g.description ? h('p', { class: 'meta', dir: 'auto' }, g.description) : null,
      members.length
        ? [h('p', { class: 'group-count' }, `${cities(members.length)}:`),
          h('ul', { class: 'group-members', 'aria-label': `Member cities of ${title}` }, members.map((m) => h('li', {},
            h('a', { href: `#/city/${m.id}`, dir: 'auto' }, m.name), m.country ? ` (${m.country})` : '',
            m.can && m.can.delete && m.id !== mine
              ? button('Remove', `${m.name} from the group ${title}`, () => act(
                () => api.request('DELETE', `/group-members/${m.member_id}`),
                `${m.name} is no longer in the group ${title}.`, `${m.name} was not taken out of ${title}`, g.id))
              : null)))]
        : h('p', { class: 'muted' }, 'No member city yet.'),
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
  const status = select(statuses.map((v) => [v, label(v)]));
  if (g) status.value = g.status;
  else if (statuses.includes('active')) status.value = 'active';
  const desc = h('textarea', { rows: 3, dir: 'auto' });
  desc.value = g && g.description ? g.description : '';
  const fName = field('Name', nameIn, { required: true, hint: `No two groups of ${n.name} share a name.` });
  const fStatus = field('Status', status, { hint: 'A closed group keeps its cities and takes no new ones.' });
  const fDesc = field('What the group works on', desc, { hint: 'Optional.' });
  const save = h('button', { type: 'submit', class: 'button' }, g ? 'Save the group' : 'Add the group');
  const cancel = h('button', { type: 'button', class: 'button secondary' }, 'Cancel');
  const form = h('form', { class: 'group-form', novalidate: true, 'aria-label': g ? `Edit the group ${g.name}` : 'Add a group' },
    h('h3', {}, g ? `Edit the group ${g.name}` : `A new group of ${n.name}`),
    fName, fStatus, fDesc, h('div', { class: 'form-actions' }, save, cancel));
  const errors = new FormErrors(form);
  errors.add('name', fName);
  errors.add('status', fStatus);
  errors.add('description', fDesc);
  errors.add('network_id', fName);
  const what = g ? 'The group was not saved' : 'The group was not added';
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    errors.clear();
    const body = { name: nameIn.value.trim(), status: status.value, description: orNull(desc.value) };
    if (!body.name) {
      errors.show('name', 'Give the group a name.');
      setStatus(`${what}. Name: give the group a name.`, { error: true });
      return;
    }
    if (!g) body.network_id = n.id;
    save.disabled = true;
    try {
      const saved = g ? await api.patch(`/groups/${g.id}`, body) : await api.post('/groups', body);
      done(saved, g ? `Saved the group ${saved.name}.` : `Added the group ${saved.name}.`);
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
  const yes = h('button', { type: 'button', class: 'button' }, 'Delete the group');
  const no = h('button', { type: 'button', class: 'button secondary' }, 'Cancel');
  const k = (g.members || []).length;
  const dialog = h('dialog', { class: 'confirm-dialog', 'aria-labelledby': 'h-confirm-group' },
    h('h2', { id: 'h-confirm-group', dir: 'auto' }, `Delete the group ${g.name}?`),
    h('p', {}, k ? `Its ${cities(k)} will no longer be in it. This cannot be undone.` : 'This cannot be undone.'),
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

// One network: facts, thematic groups, regional offices and its members.
import * as api from '../api.js';
import { h, append, name, label, pager, pageTitle, field, debounce, select, isHttp, table, addRows } from '../ui.js';
import { worldMap, rememberCity, hasCoords } from '../map.js';
import { downloads } from '../downloads.js';

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

  // thematic groups
  const tg = n.thematic_groups || [];
  const tgs = h('section', { class: 'block', 'aria-labelledby': 'h-groups' }, h('h2', { id: 'h-groups' }, `Thematic groups (${tg.length})`));
  if (!tg.length) tgs.append(h('p', { class: 'muted' }, 'None recorded.'));
  else {
    tgs.append(h('ul', { class: 'plain-list' }, tg.map((g) => h('li', {},
      name(g.name, 'strong'), ' ', h('span', { class: `tag status-${g.status || 'active'}` }, label(g.status || 'active')),
      g.description ? h('p', { class: 'meta', dir: 'auto' }, g.description) : null))));
  }
  append(view, tgs);

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

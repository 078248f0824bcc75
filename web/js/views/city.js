// One city: its facts, partnerships (with health), networks and recent activities.
import * as api from '../api.js';
import { h, append, name, label, time, table, healthBadge, partyEl, pageTitle, isHttp } from '../ui.js';

export async function render(view, ctx) {
  const id = Number(ctx.params[0]);
  append(view, h('p', { class: 'loading' }, 'Loading…'));
  const [c, topicList] = await Promise.all([
    api.get(`/cities/${id}`),
    api.topics().catch(() => []),
  ]);
  if (!ctx.alive()) return;
  const topicLabel = new Map(topicList.map((t) => [t.id, t.code ? `${t.code} ${t.label}` : t.label]));
  pageTitle(c.name);
  view.replaceChildren();

  // ---- heading and facts
  const facts = h('dl', { class: 'facts' },
    fact('Country', `${c.country_name || c.country} (${c.country})`),
    c.region ? fact('Region', name(c.region)) : null,
    c.population ? fact('Population', c.population.toLocaleString('en')) : null,
    c.lat != null && c.lng != null ? fact('Coordinates', `${c.lat}, ${c.lng}`) : null);
  append(view, 
    h('p', { class: 'crumbs' }, h('a', { href: '#/cities' }, 'Cities'), ' / ', name(c.country_name || c.country)),
    h('h1', { dir: 'auto' }, c.name),
    c.alt_names && c.alt_names.length
      ? h('p', { class: 'alt-names' }, 'Other names: ', c.alt_names.map((n, i) => [i ? ', ' : '', name(n, 'span', { class: 'alt' })]))
      : null,
    facts);

  if (ctx.user) {
    append(view, h('div', { class: 'actions' },
      h('a', { class: 'button', href: `#/partnership/new?city=${c.id}` }, 'Add partnership'),
      h('a', { class: 'button secondary', href: `#/activity/new?city=${c.id}` }, 'Add activity')));
  }

  // ---- partnerships
  const ps = c.partnerships || [];
  const sec = h('section', { class: 'block', 'aria-labelledby': 'h-partnerships' },
    h('h2', { id: 'h-partnerships' }, `Partnerships (${ps.length})`));
  if (!ps.length) {
    sec.append(h('p', { class: 'muted' }, 'No partnerships recorded.'));
  } else {
    const dormant = ps.filter((p) => p.health && p.health.state === 'dormant').length;
    if (dormant) {
      const years = ps.find((p) => p.health && p.health.state === 'dormant').health.dormant_after_years;
      sec.append(h('p', { class: 'notice warn' },
        h('strong', {}, `${dormant} of ${ps.length} partnership${ps.length === 1 ? ' is' : 's are'} dormant`),
        ` (no activity for ${years}+ years). `,
        h('a', { href: `#/partnerships?city=${c.id}&health=dormant` }, 'List them')));
    }
    const other = (p) => (p.party_a && p.party_a.type === 'city' && p.party_a.city_id === c.id ? p.party_b : p.party_a);
    sec.append(h('div', { class: 'table-wrap' }, table([
      {
        title: 'Partner',
        cell: (p) => [partyEl(other(p)),
          p.topics && p.topics.length
            ? h('ul', { class: 'tags', 'aria-label': 'Topics' }, p.topics.map((t) => h('li', {}, topicLabel.get(t) || t)))
            : null,
          p.note ? h('details', { class: 'note' }, h('summary', {}, 'Note'), h('p', { dir: 'auto' }, p.note)) : null,
          isHttp(p.source_url) ? h('p', { class: 'source' }, h('a', { href: p.source_url, rel: 'noopener noreferrer' }, 'Source')) : null],
      },
      { title: 'Kind', cell: (p) => (p.kind ? label(p.kind) : h('span', { class: 'muted' }, 'not known')) },
      { title: 'Status', cell: (p) => label(p.status) },
      { title: 'Signed', cell: (p) => time(p.signed_date) },
      { title: 'Health', cell: (p) => healthBadge(p.health), class: 'col-health' },
    ], ps, { caption: `Partnerships of ${c.name}`, className: 'partnerships' })));
  }
  append(view, sec);

  // ---- networks
  const ms = c.memberships || [];
  const net = h('section', { class: 'block', 'aria-labelledby': 'h-networks' },
    h('h2', { id: 'h-networks' }, `Networks (${ms.length})`));
  if (!ms.length) net.append(h('p', { class: 'muted' }, 'Not a member of any recorded network.'));
  else {
    net.append(h('ul', { class: 'plain-list' }, ms.map((m) => h('li', {},
      h('a', { href: `#/network/${m.network.id}`, dir: 'auto' }, m.network.name),
      m.network.acronym && m.network.acronym !== m.network.name ? ` (${m.network.acronym})` : '',
      h('span', { class: 'meta' }, ' · ', label(m.role || 'member'),
        m.joined_year ? ` · since ${m.joined_year}` : '',
        m.left_year ? ` · left ${m.left_year}` : ''),
      m.current === false ? h('span', { class: 'tag' }, 'former member') : null))));
  }
  append(view, net);

  // ---- activities
  const acts = c.recent_activities || [];
  const act = h('section', { class: 'block', 'aria-labelledby': 'h-activities' },
    h('h2', { id: 'h-activities' }, 'Recent activities'));
  if (!acts.length) act.append(h('p', { class: 'muted' }, 'No activities recorded.'));
  else act.append(h('ul', { class: 'activities' }, acts.map((a) => activityItem(a, c.id, topicLabel))));
  append(view, act);
}

function fact(term, value) {
  return h('div', {}, h('dt', {}, term), h('dd', {}, value));
}

function activityItem(a, cityId, topicLabel) {
  const dates = a.start_date
    ? [time(a.start_date), a.end_date && a.end_date !== a.start_date ? [' – ', time(a.end_date)] : null]
    : h('span', { class: 'muted' }, 'date not known');
  const others = (a.cities || []).filter((x) => x.id !== cityId);
  return h('li', { class: 'activity' },
    h('h3', { dir: 'auto' }, a.title),
    h('p', { class: 'meta' }, label(a.kind), ' · ', dates,
      a.programme ? [' · ', h('span', { dir: 'auto' }, a.programme)] : null,
      a.host_city ? [' · hosted by ', a.host_city.id === cityId ? name(a.host_city.name)
        : h('a', { href: `#/city/${a.host_city.id}`, dir: 'auto' }, a.host_city.name)] : null,
      a.network ? [' · ', h('a', { href: `#/network/${a.network.id}`, dir: 'auto' }, a.network.name)] : null),
    others.length || (a.organisations || []).length
      ? h('p', { class: 'with' }, 'With ',
        [...others.map((x) => h('a', { href: `#/city/${x.id}`, dir: 'auto' }, x.name)),
          ...(a.organisations || []).map((o) => name(o.name))].map((el, i) => [i ? ', ' : '', el]))
      : null,
    a.topics && a.topics.length
      ? h('ul', { class: 'tags', 'aria-label': 'Topics' }, a.topics.map((t) => h('li', {}, topicLabel.get(t) || t)))
      : null,
    a.description ? h('details', { class: 'note' }, h('summary', {}, 'Description'), h('p', { dir: 'auto' }, a.description)) : null,
    a.outcome ? h('p', { dir: 'auto' }, h('strong', {}, 'Outcome: '), a.outcome) : null);
}

// One city: its facts, partnerships (with health), networks and recent activities.
import * as api from '../api.js';
import { h, append, name, time, table, healthBadge, partyEl, pageTitle, isHttp, setStatus, flash } from '../ui.js';
import { navigate } from '../app.js';
import { canWriteDiaspora, peopleText } from './diaspora-form.js';
import { partnershipLink } from './partnerships.js';
import { activityItem } from './activities.js';
import { cityNetworks } from './members.js';
import { mayCreate, choiceText } from '../schema-form.js';
import { worldMap, cityCache, rememberCity, fetchCities, hasCoords, liveliest, healthText, healthOrder, healthReady } from '../map.js';

// At most this many partner cities are looked up for the map.
const MAP_LOOKUPS = 300;

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

  // adding a partnership or an activity of this city: as the kinds' rules
  // say, for who may do what the city's `can` says
  const [mayPartnership, mayActivity] = await Promise.all([
    mayCreate('Partnership', ctx.user, [['City', c]]),
    mayCreate('Activity', ctx.user, [['City', c]]),
  ]);
  if (!ctx.alive()) return;
  append(view, h('div', { class: 'actions' },
    h('a', { class: 'button', href: `#/city/${c.id}/partners` }, 'Find partner cities'),
    h('a', { class: 'button secondary', href: `#/graph/path?from=${c.id}` }, 'How is this city connected to…'),
    mayPartnership ? h('a', { class: 'button secondary', href: `#/partnership/new?city=${c.id}` }, 'Add partnership') : null,
    mayActivity ? h('a', { class: 'button secondary', href: `#/activity/new?city=${c.id}` }, 'Add activity') : null));

  // ---- its Intercultural Cities Index report, when it has a result. The
  // latest results (each city's latest up to this year) are asked rather
  // than the city's report, whose 404 for a city without one would show as
  // an error in the browser's console.
  const indexSlot = h('div', { class: 'index-link', hidden: true });
  append(view, indexSlot);
  api.get('/index/results').then((r) => {
    if (!ctx.alive()) return;
    const mine = (r.items || []).find((i) => i.city && i.city.id === c.id);
    if (!mine) return;
    indexSlot.append(h('p', {},
      h('a', { href: `#/index/report/${c.id}/${mine.round}` }, `Intercultural Cities Index ${mine.round}`),
      `: aggregate ${Number(mine.aggregate).toFixed(1)} of 100, rank ${mine.rank} of ${r.total} in the latest results`,
      mine.source === 'published' ? ' (a published result)' : ''));
    indexSlot.hidden = false;
  }).catch(() => {
    // no link
  });

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
    const map = partnershipMap(c, ps, other, ctx);
    if (map) sec.append(map);
    sec.append(h('div', { class: 'table-wrap', id: 'partnerships-table' }, table([
      {
        title: 'Partner',
        cell: (p) => [partyEl(other(p)),
          p.topics && p.topics.length
            ? h('ul', { class: 'tags', 'aria-label': 'Topics' }, p.topics.map((t) => h('li', {}, topicLabel.get(t) || t)))
            : null,
          p.note ? h('details', { class: 'note' }, h('summary', {}, 'Note'), h('p', { dir: 'auto' }, p.note)) : null,
          isHttp(p.source_url) ? h('p', { class: 'source' }, h('a', { href: p.source_url, rel: 'noopener noreferrer' }, 'Source')) : null],
      },
      { title: 'Kind', cell: (p) => partnershipLink(p) },
      { title: 'Status', cell: (p) => choiceText(p.status) },
      { title: 'Signed', cell: (p) => time(p.signed_date) },
      { title: 'Health', cell: (p) => healthBadge(p.health), class: 'col-health' },
    ], ps, { caption: `Partnerships of ${c.name}`, className: 'partnerships' })));
  }
  append(view, sec);

  // ---- networks (joined, role changed and left from here: members.js)
  append(view, cityNetworks(c, ctx));

  // ---- diaspora: who lives here, and where this city's people live
  append(view, diasporaSection(c, ctx));
  append(view, abroadSection(c, ctx));

  // ---- activities
  const acts = c.recent_activities || [];
  const act = h('section', { class: 'block', 'aria-labelledby': 'h-activities' },
    h('h2', { id: 'h-activities' }, 'Recent activities'));
  if (!acts.length) act.append(h('p', { class: 'muted' }, 'No activities recorded.'));
  else {
    act.append(h('ul', { class: 'activities' }, acts.map((a) => activityItem(a, { cityId: c.id, topicLabel }))),
      h('p', {}, h('a', { href: `#/activities?city=${c.id}` }, `All activities of ${c.name}`)));
  }
  append(view, act);

  // ---- good practices, drawn when they arrive
  const gp = h('section', { class: 'block', 'aria-labelledby': 'h-practices' },
    h('h2', { id: 'h-practices' }, 'Good practices of this city'), h('p', { class: 'loading' }, 'Loading…'));
  append(view, gp);
  api.get('/practices', { city: c.id, sort: 'year', limit: 5 }).then((r) => {
    if (!ctx.alive()) return;
    const items = r.items || [];
    gp.lastChild.replaceWith(items.length
      ? h('ul', { class: 'practice-mini' }, items.map((p) => h('li', {},
        h('a', { href: `#/practice/${p.id}`, dir: 'auto' }, p.title),
        p.period || p.start_year ? h('span', { class: 'meta' }, ` · ${p.period || p.start_year}`) : null)))
      : h('p', { class: 'muted' }, 'No good practice of this city has been published.'));
    if (r.total > items.length) {
      gp.append(h('p', {}, h('a', { href: `#/practices?city=${c.id}` }, `All ${r.total} practices of ${c.name}`)));
    }
    if (c.can && c.can.update) { /* the city's officer (or an admin) writes its practices */
      gp.append(h('p', {}, h('a', { class: 'button secondary', href: `#/practice/new?city=${c.id}` }, 'Describe a practice')));
    }
  }).catch(() => {
    if (ctx.alive()) gp.hidden = true;
  });
}

// A world map of the partner cities, with a great circle from this city to
// each one, coloured by the health of the partnership. Partner coordinates
// are looked up city by city (the partnership list does not carry them) and
// drawn as they arrive, in the order of the table.
function partnershipMap(c, ps, other, ctx) {
  const home = rememberCity(c);
  const partners = new Map(); // city id -> {id, name, country, states, order}
  let notCities = 0;
  for (const p of ps) {
    const o = other(p);
    if (!o || o.type !== 'city' || !o.city_id || o.city_id === c.id) {
      notCities++;
      continue;
    }
    // the partnership carries the partner's point: no lookup needed
    if ('lat' in o && !cityCache.has(o.city_id)) rememberCity({ id: o.city_id, name: o.name, country: o.country, lat: o.lat, lng: o.lng });
    let e = partners.get(o.city_id);
    if (!e) partners.set(o.city_id, (e = { id: o.city_id, name: o.name, country: o.country, states: [], order: partners.size }));
    e.states.push((p.health && p.health.state) || 'unknown');
  }
  if (!partners.size) return null;
  const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  const map = worldMap({ label: `Map of the partner cities of ${c.name} (loading)`, className: 'map-partners', skipTo: 'partnerships-table' });
  if (!map) return h('p', { class: 'map-note' }, 'The map could not be drawn here; the partners are listed below.');

  if (hasCoords(home)) map.home(home, `${c.name} (${c.country}), this city`);
  const all = [...partners.values()];
  const wanted = all.slice(0, MAP_LOOKUPS);
  const states = new Set();
  let drawn = 0;
  let noCoords = 0;
  let arrived = 0;
  const placed = []; // points in table order
  const progress = () => map.setNote(`Placing the partner cities… ${arrived} of ${wanted.length}`);
  progress();

  // the liveliest of several partnerships, and the legend, need the order
  // of the health states: start placing once it is known
  healthReady.then(() => fetchCities(wanted.map((e) => e.id), (city, id) => {
    arrived++;
    const e = partners.get(id);
    if (!hasCoords(city)) {
      noCoords++;
      progress();
      return;
    }
    const state = liveliest(e.states);
    const n = e.states.length;
    const text = `${e.name || city.name}${e.country ? ` (${e.country})` : ''}: ${healthText(state)}`
      + (n > 1 ? `, ${n} partnerships` : '');
    const before = placed.find((x) => x._order > e.order) || null;
    const pt = map.point(city, { href: `#/city/${id}`, text, focusable: true, before });
    if (!pt) {
      noCoords++;
      progress();
      return;
    }
    pt._order = e.order;
    placed.push(pt);
    placed.sort((a, b) => a._order - b._order);
    const line = map.line(home, city, `line-${state}`);
    if (line) {
      pt._lines.push(line);
      states.add(state);
    }
    drawn++;
    progress();
  }, { alive: ctx.alive }).then(({ failed }) => {
    if (!ctx.alive()) return;
    map.setLabel(`Map of ${plural(drawn, 'partner city', 'partner cities')} of ${c.name}`);
    const missing = [];
    const notLooked = all.length - wanted.length;
    if (noCoords - failed > 0) missing.push(`${plural(noCoords - failed, 'partner city has', 'partner cities have')} no coordinates`);
    if (failed) missing.push(`${plural(failed, 'partner city', 'partner cities')} could not be loaded`);
    if (notLooked) missing.push(`${plural(notLooked, 'more partner city was', 'more partner cities were')} not looked up (the map stops at ${MAP_LOOKUPS})`);
    if (notCities) missing.push(`${plural(notCities, 'partnership is', 'partnerships are')} with an organisation or a country, not a city`);
    const shown = `${plural(drawn, 'partner city', 'partner cities')} on the map.`;
    const lines = hasCoords(home) ? '' : ` ${c.name} has no coordinates, so no lines are drawn.`;
    const notes = missing.length ? ` Not on the map: ${missing.join('; ')}.` : '';
    if (!drawn && !hasCoords(home)) {
      map.hide();
      map.setNote(`No map: ${c.name} and its partner cities have no coordinates`
        + `${failed ? ` (${plural(failed, 'partner city', 'partner cities')} could not be loaded)` : ''}.`);
      return;
    }
    map.setNote(`${shown}${lines}${notes}`);
    map.legend([
      hasCoords(home) ? { className: 'home', text: c.name } : null,
      { className: 'partner', text: 'Partner city (opens its page)' },
      ...(healthOrder.length ? healthOrder : [...states]).filter((s) => states.has(s)).map((s) => ({ className: `line-${s}`, text: healthText(s) })),
    ].filter(Boolean));
  }));
  return map.figure;
}

// The diaspora groups living in the city (largest first, as the API gives
// them), with Add, Edit and Delete for its officer and for an admin.
function diasporaSection(c, ctx) {
  const groups = c.diaspora || [];
  const may = canWriteDiaspora(c);
  const sec = h('section', { class: 'block diaspora', 'aria-labelledby': 'h-diaspora' },
    h('h2', { id: 'h-diaspora' }, `Diaspora (${groups.length})`),
    h('p', { class: 'lead' }, `Groups of people living in ${c.name} who come from another country or city. `
      + 'Partner suggestions look for partners where the city\'s residents come from, and where its own people now live.'));
  if (may) {
    sec.append(h('p', {}, h('a', { class: 'button secondary', href: `#/city/${c.id}/diaspora/new` }, 'Add a diaspora group')));
  }
  if (!groups.length) {
    sec.append(h('p', { class: 'muted' }, 'No diaspora group recorded.'));
    return sec;
  }
  const from = (g) => (g.origin_city ? `${g.origin_city.name}, ${g.origin_country_name || g.origin_country}`
    : g.origin_country_name || g.origin_country);
  const columns = [
    {
      title: 'From',
      cell: (g) => [
        g.origin_city
          ? [h('a', { href: `#/city/${g.origin_city.id}`, dir: 'auto' }, g.origin_city.name), ', ', name(g.origin_country_name || g.origin_country)]
          : name(g.origin_country_name || g.origin_country),
        g.note ? h('p', { class: 'diaspora-note', dir: 'auto' }, g.note) : null],
    },
    {
      title: 'People',
      class: 'col-people',
      cell: (g) => peopleText(g.size) || h('span', { class: 'muted' }, 'number not known'),
    },
    { title: 'Year', class: 'col-year', cell: (g) => (g.year ? String(g.year) : h('span', { class: 'muted' }, 'not known')) },
    { title: 'Source', cell: (g) => sourceEl(g) },
  ];
  if (may) {
    columns.push({
      title: 'Change',
      class: 'col-change',
      cell: (g) => h('div', { class: 'row-actions' },
        h('a', { class: 'button small secondary', href: `#/diaspora/${g.id}/edit`, 'aria-label': `Edit the group from ${from(g)}` }, 'Edit'),
        h('button', {
          type: 'button', class: 'small secondary', 'aria-label': `Delete the group from ${from(g)}`,
          onclick: () => confirmDelete(g, c, from(g), sec),
        }, 'Delete')),
    });
  }
  sec.append(h('div', { class: 'table-wrap', id: 'diaspora-table' },
    table(columns, groups, { caption: `Diaspora groups living in ${c.name}`, className: 'diaspora-groups' })));
  return sec;
}

// the source, linked when it has a web address
function sourceEl(g) {
  const text = g.source || (isHttp(g.source_url) ? 'Source' : null);
  if (!text) return h('span', { class: 'muted' }, 'not given');
  return isHttp(g.source_url)
    ? h('a', { href: g.source_url, rel: 'noopener noreferrer', dir: 'auto', class: 'source-link' }, text)
    : name(text);
}

// Delete after a confirmation, then draw the page again.
function confirmDelete(g, c, from, sec) {
  const yes = h('button', { type: 'button', class: 'button' }, 'Delete the group');
  const no = h('button', { type: 'button', class: 'button secondary' }, 'Cancel');
  const dialog = h('dialog', { class: 'confirm-dialog', 'aria-labelledby': 'h-confirm-delete' },
    h('h2', { id: 'h-confirm-delete' }, `Delete the group from ${from}?`),
    h('p', {}, `It will no longer be listed for ${c.name}, nor count in partner suggestions.`,
      g.year || g.size !== null ? ` (${[peopleText(g.size), g.year].filter(Boolean).join(', ')})` : ''),
    h('div', { class: 'form-actions' }, yes, no));
  const opener = document.activeElement;
  sec.append(dialog);
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (opener && opener.isConnected) opener.focus();
  });
  no.addEventListener('click', () => dialog.close());
  yes.addEventListener('click', async () => {
    yes.disabled = true;
    no.disabled = true;
    setStatus('Deleting…');
    try {
      await api.request('DELETE', `/diaspora/${g.id}`);
      flash(`Deleted: the group from ${from} living in ${c.name}.`);
      dialog.close();
      navigate(`#/city/${c.id}`);
    } catch (err) {
      dialog.close();
      setStatus(`The group was not deleted: ${err.message}`, { error: true });
    }
  });
  dialog.showModal();
  no.focus();
}

// Groups elsewhere whose origin is this city; the section shows only when
// there are some.
function abroadSection(c, ctx) {
  const LIMIT = 100;
  const sec = h('section', { class: 'block diaspora-abroad', 'aria-labelledby': 'h-abroad', hidden: true },
    h('h2', { id: 'h-abroad' }, 'Where people from this city live'));
  Promise.all([
    api.get('/diaspora', { origin_city: c.id, limit: LIMIT }),
    api.countries().catch(() => []),
  ]).then(([r, countries]) => {
    if (!ctx.alive()) return;
    const items = r.items || [];
    if (!items.length) return;
    const cname = new Map(countries.map((x) => [x.code, x.name]));
    // one line a city: its latest figure, the years of the others after it
    const byCity = new Map();
    for (const g of items) {
      if (!byCity.has(g.city.id)) byCity.set(g.city.id, []);
      byCity.get(g.city.id).push(g);
    }
    const lines = [...byCity.values()].map((gs) => gs.sort((x, y) => (y.year ?? 0) - (x.year ?? 0)));
    lines.sort((x, y) => (y[0].size ?? -1) - (x[0].size ?? -1));
    append(sec,
      h('p', { class: 'lead' }, `Groups of people from ${c.name} recorded in other cities.`),
      h('ul', { class: 'plain-list abroad-list' }, lines.map(([g, ...older]) => h('li', {},
        h('a', { href: `#/city/${g.city.id}`, dir: 'auto' }, g.city.name), ', ', name(cname.get(g.city.country) || g.city.country),
        h('span', { class: 'meta' }, ': ', peopleText(g.size) || 'number not known',
          g.year ? ` (${g.year})` : '', g.source || isHttp(g.source_url) ? [' · source: ', sourceEl(g)] : null,
          older.length ? ` · also figures for ${older.map((x) => x.year || 'a year not known').join(', ')}` : null)))),
      r.total > items.length ? h('p', { class: 'muted' }, `Read from the ${items.length} largest of the ${r.total} figures recorded.`) : null);
    sec.hidden = false;
  }).catch(() => {
    // nothing to show
  });
  return sec;
}

function fact(term, value) {
  return h('div', {}, h('dt', {}, term), h('dd', {}, value));
}

// One city: its facts, partnerships (with health), networks and recent activities.
import * as api from '../api.js';
import { h, append, name, time, table, healthBadge, partyEl, pageTitle, isHttp, setStatus, flash } from '../ui.js';
import { navigate } from '../app.js';
import { canWriteDiaspora, peopleText } from './diaspora-form.js';
import { partnershipLink } from './partnerships.js';
import { activityItem } from './activities.js';
import { cityNetworks } from './members.js';
import { mayCreate, choiceText } from '../schema-form.js';
import { t, fmt, countryName } from '../i18n.js';
import { worldMap, cityCache, rememberCity, fetchCities, hasCoords, liveliest, healthText, healthOrder, healthReady } from '../map.js';

// At most this many partner cities are looked up for the map.
const MAP_LOOKUPS = 300;

export async function render(view, ctx) {
  const id = Number(ctx.params[0]);
  append(view, h('p', { class: 'loading' }, t('cities-loading')));
  const [c, topicList] = await Promise.all([
    api.get(`/cities/${id}`),
    api.topics().catch(() => []),
  ]);
  if (!ctx.alive()) return;
  const topicLabel = new Map(topicList.map((tp) => [tp.id, tp.code ? `${tp.code} ${tp.label}` : tp.label]));
  pageTitle(c.name);
  view.replaceChildren();

  // ---- heading and facts
  const facts = h('dl', { class: 'facts' },
    fact(t('cities-country'), `${countryName(c.country, c.country_name)} (${c.country})`),
    c.region ? fact(t('cities-region'), name(c.region)) : null,
    c.population ? fact(t('cities-population'), fmt.number(c.population)) : null,
    c.lat != null && c.lng != null ? fact(t('cities-coordinates'), `${c.lat}, ${c.lng}`) : null,
    fact(t('cities-calendar'), h('a', { href: `/api/v1/calendars/cities/${c.id}`, type: 'text/calendar' }, t('cities-calendar-link'))));
  append(view, 
    h('p', { class: 'crumbs' }, h('a', { href: '#/cities' }, t('cities-title')), ' / ', name(countryName(c.country, c.country_name))),
    h('h1', { dir: 'auto' }, c.name),
    c.alt_names && c.alt_names.length
      ? h('p', { class: 'alt-names' }, t('cities-other-names'), ' ', c.alt_names.map((n, i) => [i ? t('cities-comma') : '', name(n, 'span', { class: 'alt' })]))
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
    h('a', { class: 'button', href: `#/city/${c.id}/partners` }, t('cities-find-partners')),
    h('a', { class: 'button secondary', href: `#/graph/path?from=${c.id}` }, t('cities-how-connected')),
    mayPartnership ? h('a', { class: 'button secondary', href: `#/partnership/new?city=${c.id}` }, t('cities-add-partnership')) : null,
    mayActivity ? h('a', { class: 'button secondary', href: `#/activity/new?city=${c.id}` }, t('cities-add-activity')) : null));

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
      h('a', { href: `#/index/report/${c.id}/${mine.round}` }, t('cities-index-link', { round: String(mine.round) })),
      t('cities-index-result', {
        aggregate: fmt.number(mine.aggregate, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
        rank: Number(mine.rank),
        total: Number(r.total),
      }),
      mine.source === 'published' ? ` ${t('cities-index-published')}` : ''));
    indexSlot.hidden = false;
  }).catch(() => {
    // no link
  });

  // ---- partnerships
  const ps = c.partnerships || [];
  const sec = h('section', { class: 'block', 'aria-labelledby': 'h-partnerships' },
    h('h2', { id: 'h-partnerships' }, t('cities-partnerships-heading', { count: ps.length })));
  if (!ps.length) {
    sec.append(h('p', { class: 'muted' }, t('cities-no-partnerships')));
  } else {
    const dormant = ps.filter((p) => p.health && p.health.state === 'dormant').length;
    if (dormant) {
      const years = ps.find((p) => p.health && p.health.state === 'dormant').health.dormant_after_years;
      sec.append(h('p', { class: 'notice warn' },
        h('strong', {}, t('cities-dormant', { dormant, total: ps.length })),
        ` ${t('cities-dormant-why', { years: Number(years) })} `,
        h('a', { href: `#/partnerships?city=${c.id}&health=dormant` }, t('cities-dormant-list'))));
    }
    const other = (p) => (p.party_a && p.party_a.type === 'city' && p.party_a.city_id === c.id ? p.party_b : p.party_a);
    const map = partnershipMap(c, ps, other, ctx);
    if (map) sec.append(map);
    sec.append(h('div', { class: 'table-wrap', id: 'partnerships-table' }, table([
      {
        title: t('cities-col-partner'),
        cell: (p) => [partyEl(other(p)),
          p.topics && p.topics.length
            ? h('ul', { class: 'tags', 'aria-label': t('cities-topics') }, p.topics.map((tp) => h('li', {}, topicLabel.get(tp) || tp)))
            : null,
          p.note ? h('details', { class: 'note' }, h('summary', {}, t('cities-note')), h('p', { dir: 'auto' }, p.note)) : null,
          isHttp(p.source_url) ? h('p', { class: 'source' }, h('a', { href: p.source_url, rel: 'noopener noreferrer' }, t('cities-source'))) : null],
      },
      { title: t('cities-col-kind'), cell: (p) => partnershipLink(p) },
      { title: t('cities-col-status'), cell: (p) => choiceText(p.status) },
      { title: t('cities-col-signed'), cell: (p) => time(p.signed_date) },
      { title: t('cities-col-health'), cell: (p) => healthBadge(p.health), class: 'col-health' },
    ], ps, { caption: t('cities-partnerships-caption', { city: c.name }), className: 'partnerships' })));
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
    h('h2', { id: 'h-activities' }, t('cities-recent-activities')));
  if (!acts.length) act.append(h('p', { class: 'muted' }, t('cities-no-activities')));
  else {
    act.append(h('ul', { class: 'activities' }, acts.map((a) => activityItem(a, { cityId: c.id, topicLabel }))),
      h('p', {}, h('a', { href: `#/activities?city=${c.id}` }, t('cities-all-activities', { city: c.name }))));
  }
  append(view, act);

  // ---- good practices, drawn when they arrive
  const gp = h('section', { class: 'block', 'aria-labelledby': 'h-practices' },
    h('h2', { id: 'h-practices' }, t('cities-practices-heading')), h('p', { class: 'loading' }, t('cities-loading')));
  append(view, gp);
  api.get('/practices', { city: c.id, sort: 'year', limit: 5 }).then((r) => {
    if (!ctx.alive()) return;
    const items = r.items || [];
    gp.lastChild.replaceWith(items.length
      ? h('ul', { class: 'practice-mini' }, items.map((p) => h('li', {},
        h('a', { href: `#/practice/${p.id}`, dir: 'auto' }, p.title),
        p.period || p.start_year ? h('span', { class: 'meta' }, ` · ${p.period || p.start_year}`) : null)))
      : h('p', { class: 'muted' }, t('cities-no-practices')));
    if (r.total > items.length) {
      gp.append(h('p', {}, h('a', { href: `#/practices?city=${c.id}` }, t('cities-all-practices', { count: Number(r.total), city: c.name }))));
    }
    if (c.can && c.can.update) { /* the city's officer (or an admin) writes its practices */
      gp.append(h('p', {}, h('a', { class: 'button secondary', href: `#/practice/new?city=${c.id}` }, t('cities-describe-practice'))));
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
  const map = worldMap({ label: t('cities-map-loading', { city: c.name }), className: 'map-partners', skipTo: 'partnerships-table' });
  if (!map) return h('p', { class: 'map-note' }, t('cities-map-failed'));

  if (hasCoords(home)) map.home(home, t('cities-map-home', { city: c.name, country: c.country }));
  const all = [...partners.values()];
  const wanted = all.slice(0, MAP_LOOKUPS);
  const states = new Set();
  let drawn = 0;
  let noCoords = 0;
  let arrived = 0;
  const placed = []; // points in table order
  const progress = () => map.setNote(t('cities-map-placing', { done: arrived, total: wanted.length }));
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
    const who = `${e.name || city.name}${e.country ? ` (${e.country})` : ''}`;
    const text = n > 1 ? t('cities-map-point-several', { city: who, health: healthText(state), count: n })
      : t('cities-map-point', { city: who, health: healthText(state) });
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
    map.setLabel(t('cities-map-label', { count: drawn, city: c.name }));
    const missing = [];
    const notLooked = all.length - wanted.length;
    if (noCoords - failed > 0) missing.push(t('cities-map-no-coordinates', { count: noCoords - failed }));
    if (failed) missing.push(t('cities-map-not-loaded', { count: failed }));
    if (notLooked) missing.push(t('cities-map-not-looked-up', { count: notLooked, max: MAP_LOOKUPS }));
    if (notCities) missing.push(t('cities-map-not-cities', { count: notCities }));
    const shown = t('cities-map-shown', { count: drawn });
    const lines = hasCoords(home) ? '' : ` ${t('cities-map-home-no-coordinates', { city: c.name })}`;
    const notes = missing.length ? ` ${t('cities-map-not-on-map', { reasons: missing.join(t('cities-map-separator')) })}` : '';
    if (!drawn && !hasCoords(home)) {
      map.hide();
      map.setNote(failed ? t('cities-map-none-failed', { city: c.name, count: failed }) : t('cities-map-none', { city: c.name }));
      return;
    }
    map.setNote(`${shown}${lines}${notes}`);
    map.legend([
      hasCoords(home) ? { className: 'home', text: c.name } : null,
      { className: 'partner', text: t('cities-map-legend-partner') },
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
    h('h2', { id: 'h-diaspora' }, t('cities-diaspora-heading', { count: groups.length })),
    h('p', { class: 'lead' }, t('cities-diaspora-lead', { city: c.name })));
  if (may) {
    sec.append(h('p', {}, h('a', { class: 'button secondary', href: `#/city/${c.id}/diaspora/new` }, t('cities-diaspora-add'))));
  }
  if (!groups.length) {
    sec.append(h('p', { class: 'muted' }, t('cities-diaspora-none')));
    return sec;
  }
  const from = (g) => (g.origin_city ? `${g.origin_city.name}${t('cities-comma')}${countryName(g.origin_country, g.origin_country_name)}`
    : countryName(g.origin_country, g.origin_country_name));
  const columns = [
    {
      title: t('cities-diaspora-from'),
      cell: (g) => [
        g.origin_city
          ? [h('a', { href: `#/city/${g.origin_city.id}`, dir: 'auto' }, g.origin_city.name), t('cities-comma'), name(countryName(g.origin_country, g.origin_country_name))]
          : name(countryName(g.origin_country, g.origin_country_name)),
        g.note ? h('p', { class: 'diaspora-note', dir: 'auto' }, g.note) : null],
    },
    {
      title: t('cities-diaspora-people'),
      class: 'col-people',
      cell: (g) => peopleText(g.size) || h('span', { class: 'muted' }, t('cities-number-not-known')),
    },
    { title: t('cities-diaspora-year'), class: 'col-year', cell: (g) => (g.year ? year(g.year) : h('span', { class: 'muted' }, t('cities-not-known'))) },
    { title: t('cities-source'), cell: (g) => sourceEl(g) },
  ];
  if (may) {
    columns.push({
      title: t('cities-change'),
      class: 'col-change',
      cell: (g) => h('div', { class: 'row-actions' },
        h('a', { class: 'button small secondary', href: `#/diaspora/${g.id}/edit`, 'aria-label': t('cities-diaspora-edit-label', { from: from(g) }) }, t('cities-edit')),
        h('button', {
          type: 'button', class: 'small secondary', 'aria-label': t('cities-diaspora-delete-label', { from: from(g) }),
          onclick: () => confirmDelete(g, c, from(g), sec),
        }, t('cities-delete'))),
    });
  }
  sec.append(h('div', { class: 'table-wrap', id: 'diaspora-table' },
    table(columns, groups, { caption: t('cities-diaspora-caption', { city: c.name }), className: 'diaspora-groups' })));
  return sec;
}

// the source, linked when it has a web address
function sourceEl(g) {
  const text = g.source || (isHttp(g.source_url) ? t('cities-source') : null);
  if (!text) return h('span', { class: 'muted' }, t('cities-not-given'));
  return isHttp(g.source_url)
    ? h('a', { href: g.source_url, rel: 'noopener noreferrer', dir: 'auto', class: 'source-link' }, text)
    : name(text);
}

// Delete after a confirmation, then draw the page again.
function confirmDelete(g, c, from, sec) {
  const yes = h('button', { type: 'button', class: 'button' }, t('cities-diaspora-delete-yes'));
  const no = h('button', { type: 'button', class: 'button secondary' }, t('cities-cancel'));
  const dialog = h('dialog', { class: 'confirm-dialog', 'aria-labelledby': 'h-confirm-delete' },
    h('h2', { id: 'h-confirm-delete' }, t('cities-diaspora-delete-title', { from })),
    h('p', {}, t('cities-diaspora-delete-text', { city: c.name }),
      g.year || g.size !== null ? ` (${[peopleText(g.size), g.year ? year(g.year) : null].filter(Boolean).join(t('cities-comma'))})` : ''),
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
    setStatus(t('cities-deleting'));
    try {
      await api.request('DELETE', `/diaspora/${g.id}`);
      flash(t('cities-diaspora-deleted', { from, city: c.name }));
      dialog.close();
      navigate(`#/city/${c.id}`);
    } catch (err) {
      dialog.close();
      setStatus(t('cities-diaspora-not-deleted', { error: err.message }), { error: true });
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
    h('h2', { id: 'h-abroad' }, t('cities-abroad-heading')));
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
      h('p', { class: 'lead' }, t('cities-abroad-lead', { city: c.name })),
      h('ul', { class: 'plain-list abroad-list' }, lines.map(([g, ...older]) => h('li', {},
        h('a', { href: `#/city/${g.city.id}`, dir: 'auto' }, g.city.name), t('cities-comma'), name(cname.get(g.city.country) || g.city.country),
        h('span', { class: 'meta' }, ': ', peopleText(g.size) || t('cities-number-not-known'),
          g.year ? ` (${year(g.year)})` : '', g.source || isHttp(g.source_url) ? [' · ', t('cities-abroad-source'), ' ', sourceEl(g)] : null,
          older.length ? ` · ${t('cities-abroad-also', {
            years: older.map((x) => (x.year ? year(x.year) : t('cities-abroad-year-not-known'))).join(t('cities-comma')),
          })}` : null)))),
      r.total > items.length ? h('p', { class: 'muted' }, t('cities-abroad-read-from', { count: items.length, total: Number(r.total) })) : null);
    sec.hidden = false;
  }).catch(() => {
    // nothing to show
  });
  return sec;
}

// a year, in the reader's digits
function year(y) {
  return fmt.number(y, { useGrouping: false });
}

function fact(term, value) {
  return h('div', {}, h('dt', {}, term), h('dd', {}, value));
}

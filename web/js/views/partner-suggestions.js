// Partner suggestions for a city (#/city/ID/partners): twenty cities it is
// not yet a partner of, ranked by the server (GET /cities/{id}/partner-
// suggestions), each with its strength (0 to 100, a meter with words) and
// its reasons in plain words, what speaks for it apart from what counts less
// in its favour, the cities, networks, groups and topics they name linked;
// beside them the cities a diaspora group or a shared topic ties to it (the
// reply's ties); filters by country, abroad, network, topic and population
// kept in the address (back, forward and a pasted link draw the same list);
// a world map of the suggestions; and, where the server has the graph API,
// the city's network neighbourhood.
import * as api from '../api.js';
import { freshness } from '../model-note.js';
import { h, append, name, label, rich, field, pageTitle, setStatus, FormErrors, reportError, isHttp } from '../ui.js';
import { hashFor, pushHash } from '../app.js';
import { worldMap, hasCoords } from '../map.js';
import { neighbourhoodSection } from '../graph.js';
import { t, tNodes, listNodes, has, fmt } from '../i18n.js';

const LIMIT = 20;
const TOPICS_SHOWN = 8;
const FILTERS = ['country', 'abroad', 'network', 'topic', 'min_population', 'max_population'];
// the strength's scale (the server's: 0 to 100), and the example the note gives
const STRENGTH_MAX = 100;
const STRENGTH_EXAMPLE = 80;

const num = (n) => fmt.number(Number(n));
const yearText = (y) => fmt.number(Number(y), { useGrouping: false });
// words and nodes with the first letter of the words a capital
const capitalised = (parts) => parts.map((x, i) => (i === 0 && typeof x === 'string' ? x.charAt(0).toUpperCase() + x.slice(1) : x));
const networkText = (n) => (n.acronym && n.acronym !== n.name ? `${n.name} (${n.acronym})` : n.name);

export async function render(view, ctx) {
  const id = Number(ctx.params[0]);
  // the state, from the address; what the server refuses is said next to
  // the field it names
  const state = {};
  for (const k of FILTERS) state[k] = (ctx.query.get(k) || '').trim().slice(0, 64);
  state.country = state.country.toUpperCase();

  append(view, h('p', { class: 'loading' }, t('cities-loading')));
  const [c, countries, networks, topics] = await Promise.all([
    api.get(`/cities/${id}`),
    api.countries().catch(() => []),
    api.networks().catch(() => []),
    api.topics().catch(() => []),
  ]);
  if (!ctx.alive()) return;
  view.replaceChildren();
  pageTitle(t('cities-suggest-title', { city: c.name }));
  const countryName = new Map(countries.map((x) => [x.code, x.name]));
  const networkName = new Map(networks.map((n) => [String(n.id), networkText(n)]));
  const topicName = new Map(topics.map((tp) => [tp.id, tp.code ? `${tp.code} ${tp.label}` : tp.label]));
  const cname = (code) => countryName.get(code) || code || '';
  const hashNow = () => hashFor(`/city/${c.id}/partners`, state);

  // ---- heading
  const partners = (c.partnerships || []).length;
  append(view,
    h('p', { class: 'crumbs' }, h('a', { href: '#/cities' }, t('cities-title')), ' / ',
      h('a', { href: `#/city/${c.id}`, dir: 'auto' }, c.name)),
    h('h1', {}, rich('cities-suggest-heading', { city: name(c.name) })),
    h('p', { class: 'lead' },
      t('cities-suggest-lead', { city: c.name })),
    partners ? null : h('p', { class: 'notice' }, t('cities-suggest-no-partners', { city: c.name })));

  // ---- filters
  const withCities = countries.filter((x) => x.city_count > 0 || x.code === state.country);
  const countrySel = h('select', { name: 'country' },
    h('option', { value: '' }, t('cities-suggest-any-country')),
    withCities.map((x) => h('option', { value: x.code }, x.name)));
  const networkSel = h('select', { name: 'network' },
    h('option', { value: '' }, t('cities-suggest-any-network')),
    networks.map((n) => h('option', { value: String(n.id) }, networkText(n))));
  const schemes = [...new Set(topics.map((tp) => tp.scheme))];
  const topicSel = h('select', { name: 'topic' },
    h('option', { value: '' }, t('cities-suggest-any-topic')),
    schemes.map((s) => h('optgroup', { label: has(`cities-scheme-${s}`) ? t(`cities-scheme-${s}`) : label(s) },
      topics.filter((tp) => tp.scheme === s).sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
        .map((tp) => h('option', { value: tp.id }, topicName.get(tp.id))))));
  const number = (key) => h('input', {
    type: 'number', name: key, min: '0', max: '100000000', step: '1', inputmode: 'numeric', autocomplete: 'off',
  });
  const minInp = number('min_population');
  const maxInp = number('max_population');
  // abroad: a switch, applied at once (the other filters wait for Apply)
  const abroadBox = h('input', { type: 'checkbox', name: 'abroad', id: 'suggest-abroad' });
  const abroadField = h('div', { class: 'field abroad-field' },
    h('span', { class: 'field-label', 'aria-hidden': 'true' }, t('cities-suggest-abroad')),
    h('div', {}, h('label', { class: 'check', for: 'suggest-abroad' }, abroadBox,
      ` ${t('cities-suggest-abroad-check', { country: cname(c.country) })}`)),
    h('p', { class: 'field-error', id: 'suggest-abroad-error', hidden: true }));
  abroadBox.setAttribute('aria-describedby', 'suggest-abroad-error');
  abroadField._control = abroadBox;
  const fields = {
    country: field(t('cities-country'), countrySel),
    // (a city of no known country has no abroad)
    ...(c.country ? { abroad: abroadField } : {}),
    network: field(t('cities-suggest-network'), networkSel, { hint: t('cities-suggest-network-hint') }),
    topic: field(t('cities-suggest-topic'), topicSel, { hint: t('cities-suggest-topic-hint') }),
    min_population: field(t('cities-suggest-min-population'), minInp),
    max_population: field(t('cities-suggest-max-population'), maxInp),
  };
  const clearBtn = h('button', { type: 'button', class: 'button secondary' }, t('cities-suggest-clear'));
  const form = h('form', { class: 'filters suggest-filters', 'aria-label': t('cities-suggest-filter-label'), novalidate: true },
    Object.values(fields),
    h('div', { class: 'filters-actions' }, h('button', { type: 'submit', class: 'button' }, t('cities-suggest-apply')), clearBtn));
  const errors = new FormErrors(form);
  for (const [k, w] of Object.entries(fields)) errors.add(k, w);
  append(view, form);

  // the controls show the state; a value no option has (a pasted link) is
  // kept and shown as it is, for the server to judge
  function showState() {
    setSelect(countrySel, state.country, t('cities-suggest-unknown-country', { code: state.country }));
    setSelect(networkSel, state.network, t('cities-suggest-unknown-network', { id: state.network }));
    setSelect(topicSel, state.topic, t('cities-suggest-unknown-topic', { topic: state.topic }));
    minInp.value = state.min_population;
    maxInp.value = state.max_population;
    abroadBox.checked = state.abroad === 'true';
    clearBtn.hidden = !FILTERS.some((k) => state[k]);
  }
  showState();

  // ---- the suggestions
  const summary = h('p', { class: 'summary' });
  const stale = h('div', { class: 'model-note' });
  const list = h('ol', { class: 'suggestions', id: 'suggestions-list', tabindex: '-1', 'aria-labelledby': 'h-suggestions' });
  const strengthNote = h('p', { class: 'hint strength-note' }, t('cities-suggest-strength-note', {
    min: 0, max: STRENGTH_MAX, example: STRENGTH_EXAMPLE, share: percent(STRENGTH_EXAMPLE),
  }));
  const results = h('section', { class: 'block suggestions-block', 'aria-labelledby': 'h-suggestions' },
    h('h2', { id: 'h-suggestions' }, t('cities-suggest-suggestions')), summary, stale, strengthNote, list);
  // the cities a diaspora group or a shared topic ties to this one, when the
  // ranking leaves them out
  const tiesList = h('ul', { class: 'suggestions suggestion-ties', 'aria-labelledby': 'h-suggestion-ties' });
  const tiesSec = h('section', { class: 'block ties-block', 'aria-labelledby': 'h-suggestion-ties', hidden: true },
    h('h2', { id: 'h-suggestion-ties' }, t('cities-suggest-ties')),
    h('p', { class: 'lead' }, t('cities-suggest-ties-lead', { city: c.name })), tiesList);
  const mapSlot = h('div');
  const mapSec = h('section', { class: 'block', 'aria-labelledby': 'h-suggestions-map' },
    h('h2', { id: 'h-suggestions-map' }, t('cities-suggest-on-the-map')), mapSlot);
  let shownIds = [];
  const graph = neighbourhoodSection(c, { suggested: new Set(shownIds) });
  // "Skip the map" leads here: what follows the map
  append(view, results, tiesSec, mapSec, h('div', { id: 'after-suggestions-map' }, graph.section));

  // ---- filters in words, for the summary and the live region
  function described() {
    const parts = [];
    if (state.country) parts.push(t('cities-suggest-in-country', { country: cname(state.country) }));
    if (state.abroad === 'true') parts.push(t('cities-suggest-outside', { country: cname(c.country) }));
    if (state.network) {
      parts.push(t('cities-suggest-members-of', {
        network: networkName.get(state.network) || t('cities-suggest-network-id', { id: state.network }),
      }));
    }
    if (state.topic) parts.push(t('cities-suggest-active-on', { topic: topicName.get(state.topic) || state.topic }));
    const lo = state.min_population;
    const hi = state.max_population;
    if (lo && hi) parts.push(t('cities-suggest-population-between', { min: Number(lo), max: Number(hi) }));
    else if (lo) parts.push(t('cities-suggest-population-min', { min: Number(lo) }));
    else if (hi) parts.push(t('cities-suggest-population-max', { max: Number(hi) }));
    return parts.join(t('cities-comma'));
  }

  let ctrl = null;
  async function load({ announce = false } = {}) {
    if (ctrl) ctrl.abort();
    const mine = (ctrl = new AbortController());
    list.setAttribute('aria-busy', 'true');
    summary.textContent = t('cities-suggest-loading');
    const params = { limit: LIMIT };
    for (const k of FILTERS) params[k] = state[k];
    try {
      const r = await api.get(`/cities/${c.id}/partner-suggestions`, params, { signal: mine.signal });
      if (mine !== ctrl || !ctx.alive()) return;
      errors.clear();
      const items = r.items || [];
      draw(items, r.ties || []);
      const which = described();
      summary.textContent = items.length
        ? (which ? t('cities-suggest-summary-filtered', { count: items.length, filters: which })
          : t('cities-suggest-summary', { count: items.length }))
        : which ? t('cities-suggest-none-filtered', { filters: which }) : t('cities-suggest-none', { city: c.name });
      if (announce) setStatus(summary.textContent);
      stale.replaceChildren(freshness(r, () => load(), ctx.alive) || '');
    } catch (e) {
      if ((e && e.name === 'AbortError') || mine !== ctrl || !ctx.alive()) return;
      draw([], []);
      summary.textContent = t('cities-suggest-none-shown');
      if (e.field && errors.find(e.field)) summary.textContent += ` ${t('cities-suggest-filter-refused')}`;
      reportError(e, errors, t('cities-suggest-failed'));
    } finally {
      if (mine === ctrl) list.removeAttribute('aria-busy');
    }
  }

  function draw(items, ties) {
    shownIds = items.map((it) => it.city.id);
    list.replaceChildren(...items.map((it, i) => item(it, i + 1)));
    tiesList.replaceChildren(...ties.map((it) => item(it, null)));
    tiesSec.hidden = !ties.length;
    mapSlot.replaceChildren(suggestionsMap(items) || '');
    graph.mark(shownIds);
  }

  // A suggestion: its city, its strength, its reasons (rank: its place in
  // the ranked list; null for a tie, which has none)
  function item(it, rank) {
    const s = it.city;
    const reasons = it.reasons || [];
    // what speaks for it; then what counts less in its favour, the most first
    const pro = reasons.filter((r) => Number(r.weight) >= 0);
    const con = reasons.filter((r) => Number(r.weight) < 0).reverse();
    const proId = `why-${s.id}`;
    const conId = `less-${s.id}`;
    return h('li', { class: 'suggestion', id: `suggestion-${s.id}` },
      h('div', { class: 'suggestion-head' },
        // (a tie keeps the rank's room, unseen, so that the columns line up)
        h('span', { class: 'rank', 'aria-hidden': 'true', style: rank ? null : 'visibility: hidden' }, rank ? num(rank) : ''),
        h('div', { class: 'suggestion-title' },
          h('h3', {}, rank ? h('span', { class: 'visually-hidden' }, `${num(rank)}. `) : null,
            h('a', { href: `#/city/${s.id}`, dir: 'auto' }, s.name)),
          h('p', { class: 'meta' }, cname(s.country),
            ' · ', s.population ? t('cities-suggest-inhabitants', { count: Number(s.population) }) : t('cities-suggest-population-not-known'),
            // the chain of partnerships and networks between the two; the
            // name leaves the city out (the heading above says which)
            ' · ', h('a', {
              class: 'chain-link', href: hashFor('/graph/path', { from: c.id, to: s.id }), title: t('cities-suggest-chain-title', { city: c.name, other: s.name }),
            }, t('cities-suggest-chain'), h('span', { class: 'visually-hidden' }, ` ${t('cities-suggest-chain-hidden')}`)))),
        strengthMeter(it)),
      pro.length ? [h('p', { class: 'reasons-label', id: proId }, t('cities-suggest-why')),
        h('ul', { class: 'reasons reasons-for', 'aria-labelledby': proId }, pro.map((r) => reason(r, s)))] : null,
      con.length ? [h('p', { class: 'reasons-label', id: conId }, t('cities-suggest-less')),
        h('ul', { class: 'reasons reasons-against', 'aria-labelledby': conId }, con.map((r) => reason(r, s)))] : null);
  }

  // The strength, 0 to 100: a bar and its words (the words say it all; the
  // bar repeats them, and a screen reader hears the meter's words)
  function strengthMeter(it) {
    const n = Math.min(STRENGTH_MAX, Math.max(0, Math.round(Number(it.strength) || 0)));
    return h('div', {
      class: 'score strength', role: 'meter', 'aria-label': t('cities-suggest-strength-label'),
      'aria-valuemin': '0', 'aria-valuemax': String(STRENGTH_MAX), 'aria-valuenow': String(n),
      'aria-valuetext': t('cities-suggest-strength-text', { strength: n, max: STRENGTH_MAX, share: percent(n) }),
    },
    // the bar never quite empty, so that it reads as a bar
    h('span', { class: 'score-bar', 'aria-hidden': 'true' }, h('span', { style: `width: ${Math.max(2, (100 * n) / STRENGTH_MAX)}%` })),
    h('span', { class: 'score-text', 'aria-hidden': 'true' }, t('cities-suggest-strength', { strength: n, max: STRENGTH_MAX })));
  }

  // A reason in the reader's words, from the figures the server gives with
  // it (its own text is English), worded as what it is: in its favour (a
  // positive weight) or less so (a negative one); the shared topics every
  // one, with its code (the server's words name four), each leading to the
  // practices of its topic. Words, or words and links.
  function reasonWords(r) {
    const n = Number(r.count);
    const less = Number(r.weight) < 0;
    const [ca, cb] = Array.isArray(r.countries) ? r.countries : [];
    const [pa, pb] = Array.isArray(r.populations) ? r.populations.map(Number) : [];
    const shared = r.signal === 'topics' && Array.isArray(r.topics) ? r.topics.filter((tp) => tp && tp.id) : [];
    const words = {
      partners: () => t('cities-reason-partners', { count: n }),
      chain: () => t('cities-reason-chain'),
      regional: () => t('cities-reason-regional'),
      division: () => t('cities-reason-division'),
      region: () => t('cities-reason-region'),
      countries: () => {
        if (less) return t('cities-reason-countries-few', { count: n, total: Number(r.total) || 0, a: cname(ca), b: cname(cb) });
        return ca === cb ? t('cities-reason-countries-within', { count: n, a: cname(ca) })
          : t('cities-reason-countries', { count: n, a: cname(ca), b: cname(cb) });
      },
      networks: () => t('cities-reason-networks'),
      seat: () => t(n >= 2 ? 'cities-reason-seat-capitals' : 'cities-reason-seat-regions'),
      namesake: () => t('cities-reason-namesake'),
      size: () => t(less ? 'cities-reason-size-different' : 'cities-reason-size', { a: pa, b: pb }),
      popularity: () => t('cities-reason-popularity', { count: n }),
      distance: () => t(less ? 'cities-reason-distance-far' : 'cities-reason-distance-near', { km: Number(r.km) }),
      diaspora: () => t('cities-reason-diaspora'),
      topics: () => {
        const links = shared.slice(0, TOPICS_SHOWN).map((tp) => h('a', {
          href: hashFor('/practices', { topic: tp.id }), class: 'reason-topic',
        }, topicName.get(tp.id) || tp.label || tp.id));
        const more = shared.length - TOPICS_SHOWN;
        const topicsEl = listNodes(links);
        return more > 0 ? tNodes('cities-suggest-topics-more', { topics: topicsEl, count: more })
          : tNodes('cities-suggest-topics', { topics: topicsEl });
      },
    }[r.signal];
    const text = words ? words() : String(r.text || label(r.signal));
    return capitalised(Array.isArray(text) ? text : [text]);
  }

  // a reason in words, the cities and networks it names linked
  function reason(r, s) {
    const named = [
      ...(r.cities || []).map((x) => h('a', { href: `#/city/${x.id}`, dir: 'auto' }, x.name)),
      ...(r.networks || []).map((n) => h('a', { href: `#/network/${n.id}`, dir: 'auto' }, networkText(n))),
    ];
    const words = h('span', { class: 'reason-text' }, reasonWords(r));
    // a second diaspora group of the same tie has weight 0 (the largest
    // carries it), but it is counted all the same
    const notCounted = Number(r.weight) === 0 && r.signal !== 'diaspora';
    const li = h('li', { class: `reason reason-${r.signal}`, dataset: { signal: r.signal || '' } },
      words, named.length ? [': ', named.map((el, i) => [i ? t('cities-comma') : '', el])] : null,
      notCounted ? h('span', { class: 'meta' }, ` ${t('cities-suggest-not-counted')}`) : null);
    if (r.signal === 'diaspora' && Array.isArray(r.diaspora) && r.diaspora.length === 1) linkGroup(words, r.diaspora[0], s);
    return li;
  }

  // The diaspora group behind a reason, fetched once: the groups living in
  // this city came with it; the others are asked for one by one.
  const groups = new Map((c.diaspora || []).map((g) => [g.id, Promise.resolve(g)]));
  function diasporaGroup(gid) {
    if (!groups.has(gid)) groups.set(gid, api.get(`/diaspora/${gid}`).catch(() => null));
    return groups.get(gid);
  }
  // The reason's words from its group: how many, from where, living where,
  // the cities and the source linked.
  async function linkGroup(words, gid, s) {
    const g = await diasporaGroup(gid);
    if (!g || !words.isConnected || !g.city) return;
    const cityLink = (x) => h('a', { href: `#/city/${x.id}`, dir: 'auto' }, x.name);
    // the origin is named as a city when it is one of the two, else as a country
    const oc = g.origin_city && (g.origin_city.id === c.id || g.origin_city.id === s.id) ? g.origin_city : null;
    const src = g.source ? (isHttp(g.source_url)
      ? h('a', { href: g.source_url, rel: 'noopener noreferrer', class: 'reason-source', dir: 'auto' }, g.source)
      : g.source) : null;
    const when = g.year ? [yearText(g.year), src ? ['; ', src] : null] : src;
    const els = { origin: oc ? cityLink(oc) : (g.origin_country_name || cname(g.origin_country)), host: cityLink(g.city) };
    const head = g.size === null || g.size === undefined
      ? tNodes('cities-reason-diaspora-people', els)
      : tNodes('cities-reason-diaspora-count', { count: Number(g.size), ...els });
    const tail = when ? [' (', when, ')'].flat(2).filter((x) => x !== null && x !== undefined) : [];
    words.replaceChildren(...capitalised(head), ...tail);
  }

  // the city and its suggestions as points on a world map
  function suggestionsMap(items) {
    if (!items.length) return h('p', { class: 'muted' }, t('cities-suggest-map-empty'));
    const map = worldMap({ label: t('cities-suggest-map-label-all', { city: c.name }), className: 'map-suggestions', skipTo: 'after-suggestions-map' });
    if (!map) return h('p', { class: 'map-note' }, t('cities-suggest-map-failed'));
    if (hasCoords(c)) map.home(c, t('cities-map-home', { city: c.name, country: cname(c.country) }));
    let drawn = 0;
    items.forEach((it, i) => {
      const s = it.city;
      const pt = map.point(s, { href: `#/city/${s.id}`, text: `${num(i + 1)}. ${s.name} (${cname(s.country)})`, focusable: true });
      if (pt) drawn++;
    });
    const missing = items.length - drawn;
    map.setLabel(t('cities-suggest-map-label', { count: drawn, city: c.name }));
    const note = [t('cities-suggest-map-shown', { count: drawn })];
    if (missing) note.push(t('cities-suggest-map-no-coordinates', { count: missing }));
    if (!hasCoords(c)) note.push(t('cities-suggest-map-home-no-coordinates', { city: c.name }));
    map.setNote(t('cities-suggest-map-note', { notes: note.join(t('cities-map-separator')) }));
    map.legend([
      hasCoords(c) ? { className: 'home', text: c.name } : null,
      { className: 'partner', text: t('cities-suggest-map-legend') },
    ].filter(Boolean));
    return map.figure;
  }

  // ---- applying the filters: a new entry in the history, then the list
  function problem(key, message) {
    errors.show(key, message);
    const l = fields[key].querySelector('label').textContent;
    setStatus(t('cities-suggest-not-applied', { field: l, problem: message }), { error: true });
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    errors.clear();
    // what the browser cannot read as a number never reaches the server
    for (const inp of [minInp, maxInp]) {
      if (inp.validity.badInput) return problem(inp.name, t('cities-suggest-check-number'));
    }
    const lo = minInp.value.trim();
    const hi = maxInp.value.trim();
    // the server answers an empty list for this: say why instead
    if (lo && hi && Number(lo) > Number(hi)) return problem('max_population', t('cities-suggest-check-range'));
    Object.assign(state, {
      country: countrySel.value, network: networkSel.value, topic: topicSel.value, min_population: lo, max_population: hi,
      abroad: abroadBox.checked ? 'true' : '',
    });
    clearBtn.hidden = !FILTERS.some((k) => state[k]);
    pushHash(hashNow());
    load({ announce: true });
  });
  // the switch applies itself, with the filters as the form shows them
  abroadBox.addEventListener('change', () => form.requestSubmit());
  clearBtn.addEventListener('click', () => {
    for (const k of FILTERS) state[k] = '';
    errors.clear();
    showState();
    pushHash(hashNow());
    countrySel.focus();
    load({ announce: true });
  });

  load();
}

// a share of 100 in the reader's words: "82%"
function percent(n) {
  return fmt.number(n / STRENGTH_MAX, { style: 'percent', maximumFractionDigits: 0 });
}

function setSelect(sel, value, unknownText) {
  for (const o of sel.querySelectorAll('option[data-unknown]')) o.remove();
  if (value && ![...sel.options].some((o) => o.value === value)) {
    sel.append(h('option', { value, dataset: { unknown: '1' } }, unknownText));
  }
  sel.value = value;
}

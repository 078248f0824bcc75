// Partner suggestions for a city (#/city/ID/partners): twenty cities it is
// not yet a partner of, ranked by the server (GET /cities/{id}/partner-
// suggestions), each with its reasons in plain words; filters by country,
// network, topic and population kept in the address (back, forward and a
// pasted link draw the same list); a world map of the suggestions; and,
// where the server has the graph API, the city's network neighbourhood.
import * as api from '../api.js';
import { freshness } from '../model-note.js';
import { h, append, name, label, field, pageTitle, setStatus, FormErrors, reportError, isHttp } from '../ui.js';
import { hashFor, pushHash } from '../app.js';
import { worldMap, hasCoords } from '../map.js';
import { neighbourhoodSection } from '../graph.js';

const LIMIT = 20;
const TOPICS_SHOWN = 8;
const FILTERS = ['country', 'network', 'topic', 'min_population', 'max_population'];
const SCHEMES = {
  icc: 'Intercultural Cities topics',
  wego: 'WeGO thematic areas',
  sdg: 'UN Sustainable Development Goals',
};

const fmt = (n) => Number(n).toLocaleString('en');
const plural = (n, one, many) => `${fmt(n)} ${n === 1 ? one : many}`;
const networkText = (n) => (n.acronym && n.acronym !== n.name ? `${n.name} (${n.acronym})` : n.name);

export async function render(view, ctx) {
  const id = Number(ctx.params[0]);
  // the state, from the address; what the server refuses is said next to
  // the field it names
  const state = {};
  for (const k of FILTERS) state[k] = (ctx.query.get(k) || '').trim().slice(0, 64);
  state.country = state.country.toUpperCase();

  append(view, h('p', { class: 'loading' }, 'Loading…'));
  const [c, countries, networks, topics] = await Promise.all([
    api.get(`/cities/${id}`),
    api.countries().catch(() => []),
    api.networks().catch(() => []),
    api.topics().catch(() => []),
  ]);
  if (!ctx.alive()) return;
  view.replaceChildren();
  pageTitle(`Partner suggestions for ${c.name}`);
  const countryName = new Map(countries.map((x) => [x.code, x.name]));
  const networkName = new Map(networks.map((n) => [String(n.id), networkText(n)]));
  const topicName = new Map(topics.map((t) => [t.id, t.code ? `${t.code} ${t.label}` : t.label]));
  const cname = (code) => countryName.get(code) || code || '';
  const hashNow = () => hashFor(`/city/${c.id}/partners`, state);

  // ---- heading
  const partners = (c.partnerships || []).length;
  append(view,
    h('p', { class: 'crumbs' }, h('a', { href: '#/cities' }, 'Cities'), ' / ',
      h('a', { href: `#/city/${c.id}`, dir: 'auto' }, c.name)),
    h('h1', {}, 'Partner cities for ', name(c.name)),
    h('p', { class: 'lead' },
      `Cities that ${c.name} is not yet a partner of, best first: partners of its partners and of the cities that share a partner with it, `
      + 'partners of the cities around it, cities near its partners, shared networks, diaspora groups both ways (where its residents '
      + 'come from, and where its own people live), the topics both work on, similar size and distance all count. '
      + `“This city” in the reasons is ${c.name}. A suggestion is a lead to look into, not a recommendation.`),
    partners ? null : h('p', { class: 'notice' }, `${c.name} has no partnership recorded: the suggestions rest on the cities around it, its networks, size and distance.`));

  // ---- filters
  const withCities = countries.filter((x) => x.city_count > 0 || x.code === state.country);
  const countrySel = h('select', { name: 'country' },
    h('option', { value: '' }, 'Any country'),
    withCities.map((x) => h('option', { value: x.code }, x.name)));
  const networkSel = h('select', { name: 'network' },
    h('option', { value: '' }, 'Any network'),
    networks.map((n) => h('option', { value: String(n.id) }, networkText(n))));
  const schemes = [...new Set(topics.map((t) => t.scheme))];
  const topicSel = h('select', { name: 'topic' },
    h('option', { value: '' }, 'Any topic'),
    schemes.map((s) => h('optgroup', { label: SCHEMES[s] || label(s) },
      topics.filter((t) => t.scheme === s).sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
        .map((t) => h('option', { value: t.id }, topicName.get(t.id))))));
  const number = (key) => h('input', {
    type: 'number', name: key, min: '0', max: '100000000', step: '1', inputmode: 'numeric', autocomplete: 'off',
  });
  const minInp = number('min_population');
  const maxInp = number('max_population');
  const fields = {
    country: field('Country', countrySel),
    network: field('Network', networkSel, { hint: 'Current members only' }),
    topic: field('Topic', topicSel, { hint: 'With good practices or activities on it' }),
    min_population: field('Population at least', minInp),
    max_population: field('Population at most', maxInp),
  };
  const clearBtn = h('button', { type: 'button', class: 'button secondary' }, 'Clear the filters');
  const form = h('form', { class: 'filters suggest-filters', 'aria-label': 'Filter the suggestions', novalidate: true },
    Object.values(fields),
    h('div', { class: 'filters-actions' }, h('button', { type: 'submit', class: 'button' }, 'Apply'), clearBtn));
  const errors = new FormErrors(form);
  for (const [k, w] of Object.entries(fields)) errors.add(k, w);
  append(view, form);

  // the controls show the state; a value no option has (a pasted link) is
  // kept and shown as it is, for the server to judge
  function showState() {
    setSelect(countrySel, state.country, `${state.country} (not a known country)`);
    setSelect(networkSel, state.network, `Network ${state.network} (not known)`);
    setSelect(topicSel, state.topic, `${state.topic} (not a known topic)`);
    minInp.value = state.min_population;
    maxInp.value = state.max_population;
    clearBtn.hidden = !FILTERS.some((k) => state[k]);
  }
  showState();

  // ---- the suggestions
  const summary = h('p', { class: 'summary' });
  const stale = h('div', { class: 'model-note' });
  const list = h('ol', { class: 'suggestions', id: 'suggestions-list', tabindex: '-1', 'aria-labelledby': 'h-suggestions' });
  const results = h('section', { class: 'block suggestions-block', 'aria-labelledby': 'h-suggestions' },
    h('h2', { id: 'h-suggestions' }, 'Suggestions'), summary, stale, list);
  const mapSlot = h('div');
  const mapSec = h('section', { class: 'block', 'aria-labelledby': 'h-suggestions-map' },
    h('h2', { id: 'h-suggestions-map' }, 'On the map'), mapSlot);
  let shownIds = [];
  const graph = neighbourhoodSection(c, { suggested: new Set(shownIds) });
  // "Skip the map" leads here: what follows the map
  append(view, results, mapSec, h('div', { id: 'after-suggestions-map' }, graph.section));

  // ---- filters in words, for the summary and the live region
  function described() {
    const parts = [];
    if (state.country) parts.push(`in ${cname(state.country)}`);
    if (state.network) parts.push(`members of ${networkName.get(state.network) || `network ${state.network}`}`);
    if (state.topic) parts.push(`active on ${topicName.get(state.topic) || state.topic}`);
    const lo = state.min_population;
    const hi = state.max_population;
    if (lo && hi) parts.push(`of ${fmt(lo)} to ${fmt(hi)} inhabitants`);
    else if (lo) parts.push(`of at least ${fmt(lo)} inhabitants`);
    else if (hi) parts.push(`of at most ${fmt(hi)} inhabitants`);
    return parts.join(', ');
  }

  let ctrl = null;
  async function load({ announce = false } = {}) {
    if (ctrl) ctrl.abort();
    const mine = (ctrl = new AbortController());
    list.setAttribute('aria-busy', 'true');
    summary.textContent = 'Loading the suggestions…';
    const params = { limit: LIMIT };
    for (const k of FILTERS) params[k] = state[k];
    try {
      const r = await api.get(`/cities/${c.id}/partner-suggestions`, params, { signal: mine.signal });
      if (mine !== ctrl || !ctx.alive()) return;
      errors.clear();
      const items = r.items || [];
      draw(items);
      const which = described();
      summary.textContent = items.length
        ? `${plural(items.length, 'suggested partner city', 'suggested partner cities')}${which ? ` ${which}` : ''}, best first.`
        : which ? `No city ${which} is suggested. Try fewer filters.` : `No city is suggested for ${c.name}.`;
      if (announce) setStatus(summary.textContent);
      stale.replaceChildren(freshness(r, () => load(), ctx.alive) || '');
    } catch (e) {
      if ((e && e.name === 'AbortError') || mine !== ctrl || !ctx.alive()) return;
      draw([]);
      summary.textContent = 'No suggestions shown.';
      if (e.field && errors.find(e.field)) summary.textContent += ' One of the filters was not accepted: see the message next to it.';
      reportError(e, errors, 'The suggestions could not be loaded');
    } finally {
      if (mine === ctrl) list.removeAttribute('aria-busy');
    }
  }

  function draw(items) {
    shownIds = items.map((it) => it.city.id);
    const scores = items.map((it) => Number(it.score) || 0);
    const hi = Math.max(...scores);
    const lo = Math.min(...scores);
    list.replaceChildren(...items.map((it, i) => item(it, i + 1, hi, lo)));
    mapSlot.replaceChildren(suggestionsMap(items) || '');
    graph.mark(shownIds);
  }

  function item(it, rank, hi, lo) {
    const s = it.city;
    const score = Number(it.score) || 0;
    // the bar: the first suggestion full, the last still visible
    const width = hi > lo ? 8 + (92 * (score - lo)) / (hi - lo) : 100;
    const reasons = it.reasons || [];
    const pro = reasons.filter((r) => Number(r.weight) >= 0);
    const con = reasons.filter((r) => Number(r.weight) < 0);
    const proId = `why-${s.id}`;
    const conId = `against-${s.id}`;
    return h('li', { class: 'suggestion', id: `suggestion-${s.id}` },
      h('div', { class: 'suggestion-head' },
        h('span', { class: 'rank', 'aria-hidden': 'true' }, String(rank)),
        h('div', { class: 'suggestion-title' },
          h('h3', {}, h('span', { class: 'visually-hidden' }, `${rank}. `), h('a', { href: `#/city/${s.id}`, dir: 'auto' }, s.name)),
          h('p', { class: 'meta' }, cname(s.country),
            ' · ', s.population ? `${fmt(s.population)} inhabitants` : 'population not known',
            // the chain of partnerships and networks between the two; the
            // name leaves the city out (the heading above says which)
            ' · ', h('a', {
              class: 'chain-link', href: hashFor('/graph/path', { from: c.id, to: s.id }), title: `How ${c.name} is connected to ${s.name}`,
            }, 'chain', h('span', { class: 'visually-hidden' }, ' between the two cities')))),
        h('div', { class: 'score' },
          h('span', { class: 'score-bar', 'aria-hidden': 'true' }, h('span', { style: `width: ${width.toFixed(1)}%` })),
          h('span', { class: 'score-text' }, `Score ${score.toFixed(2)}`))),
      pro.length ? [h('p', { class: 'reasons-label', id: proId }, 'Why'),
        h('ul', { class: 'reasons reasons-for', 'aria-labelledby': proId }, pro.map((r) => reason(r, s)))] : null,
      con.length ? [h('p', { class: 'reasons-label', id: conId }, 'Counts against'),
        h('ul', { class: 'reasons reasons-against', 'aria-labelledby': conId }, con.map((r) => reason(r, s)))] : null);
  }

  // a reason in words, the cities and networks it names linked
  function reason(r, s) {
    let text = String(r.text || label(r.signal));
    if (r.signal === 'countries') text = text.replace(/\b[A-Z]{2}\b/g, (cc) => countryName.get(cc) || cc);
    // 133296 -> 133,296; the server writes a group's figure with its
    // separators, and its year (and a topic's label) stay as they are
    if (r.signal !== 'diaspora' && r.signal !== 'topics') text = text.replace(/\b\d{4,}\b/g, (n) => fmt(n));
    // the shared topics: every one, with its code (the server's words name four)
    const shared = r.signal === 'topics' && Array.isArray(r.topics) ? r.topics.filter((t) => t && t.id) : [];
    if (shared.length) {
      const names = shared.slice(0, TOPICS_SHOWN).map((t) => topicName.get(t.id) || t.label || t.id);
      const more = shared.length - names.length;
      text = `both work on ${names.join(', ')}${more ? ` and ${plural(more, 'more topic', 'more topics')}` : ''}`;
    }
    text = text.charAt(0).toUpperCase() + text.slice(1);
    const named = [
      ...(r.cities || []).map((x) => h('a', { href: `#/city/${x.id}`, dir: 'auto' }, x.name)),
      ...(r.networks || []).map((n) => h('a', { href: `#/network/${n.id}`, dir: 'auto' }, networkText(n))),
    ];
    const words = h('span', { class: 'reason-text' }, text);
    // a second diaspora group of the same tie has weight 0 (the largest
    // carries it), but it is counted all the same
    const notCounted = Number(r.weight) === 0 && r.signal !== 'diaspora';
    const li = h('li', { class: `reason reason-${r.signal}`, dataset: { signal: r.signal || '' } },
      words, named.length ? [': ', named.map((el, i) => [i ? ', ' : '', el])] : null,
      notCounted ? h('span', { class: 'meta' }, ' (not counted)') : null);
    if (r.signal === 'diaspora' && Array.isArray(r.diaspora) && r.diaspora.length === 1) linkGroup(words, text, r.diaspora[0], s);
    return li;
  }

  // The diaspora group behind a reason, fetched once: the groups living in
  // this city came with it; the others are asked for one by one.
  const groups = new Map((c.diaspora || []).map((g) => [g.id, Promise.resolve(g)]));
  function diasporaGroup(gid) {
    if (!groups.has(gid)) groups.set(gid, api.get(`/diaspora/${gid}`).catch(() => null));
    return groups.get(gid);
  }
  // The reason's words again, its cities and source linked: drawn from the
  // group as the server words it, and used only when the words agree.
  async function linkGroup(words, text, gid, s) {
    const g = await diasporaGroup(gid);
    if (!g || !words.isConnected || !g.city) return;
    const cityLink = (x) => h('a', { href: `#/city/${x.id}`, dir: 'auto' }, x.name);
    // the origin is named as a city when it is one of the two, else as a country
    const oc = g.origin_city && (g.origin_city.id === c.id || g.origin_city.id === s.id) ? g.origin_city : null;
    const src = g.source ? (isHttp(g.source_url)
      ? h('a', { href: g.source_url, rel: 'noopener noreferrer', class: 'reason-source', dir: 'auto' }, g.source)
      : g.source) : null;
    const when = g.year ? [String(g.year), src ? ['; ', src] : null] : src;
    const head = g.size === null || g.size === undefined ? 'People from ' : `${fmt(g.size)} people from `;
    const built = h('span', { class: 'reason-text' }, head, oc ? cityLink(oc) : (g.origin_country_name || cname(g.origin_country)),
      ' live in ', cityLink(g.city), when ? [' (', when, ')'] : null);
    if (built.textContent === text) words.replaceWith(built);
  }

  // the city and its suggestions as points on a world map
  function suggestionsMap(items) {
    if (!items.length) return h('p', { class: 'muted' }, 'No suggestion to show on the map.');
    const map = worldMap({ label: `Map of the suggested partner cities of ${c.name}`, className: 'map-suggestions', skipTo: 'after-suggestions-map' });
    if (!map) return h('p', { class: 'map-note' }, 'The map could not be drawn here; the suggestions are listed above.');
    if (hasCoords(c)) map.home(c, `${c.name} (${cname(c.country)}), this city`);
    let drawn = 0;
    items.forEach((it, i) => {
      const s = it.city;
      const pt = map.point(s, { href: `#/city/${s.id}`, text: `${i + 1}. ${s.name} (${cname(s.country)})`, focusable: true });
      if (pt) drawn++;
    });
    const missing = items.length - drawn;
    map.setLabel(`Map of ${plural(drawn, 'suggested partner city', 'suggested partner cities')} of ${c.name}`);
    map.setNote(`${plural(drawn, 'suggested city', 'suggested cities')} on the map`
      + `${missing ? `; ${plural(missing, 'has', 'have')} no coordinates` : ''}`
      + `${hasCoords(c) ? '' : `; ${c.name} itself has no coordinates`}. Point at a city to see its name; open its page with a click or Enter.`);
    map.legend([
      hasCoords(c) ? { className: 'home', text: c.name } : null,
      { className: 'partner', text: 'Suggested city (opens its page)' },
    ].filter(Boolean));
    return map.figure;
  }

  // ---- applying the filters: a new entry in the history, then the list
  function problem(key, message) {
    errors.show(key, message);
    const l = fields[key].querySelector('label').textContent;
    setStatus(`The filters were not applied. ${l}: ${message}`, { error: true });
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    errors.clear();
    // what the browser cannot read as a number never reaches the server
    for (const inp of [minInp, maxInp]) {
      if (inp.validity.badInput) return problem(inp.name, 'Enter a whole number of inhabitants, such as 50000.');
    }
    const lo = minInp.value.trim();
    const hi = maxInp.value.trim();
    // the server answers an empty list for this: say why instead
    if (lo && hi && Number(lo) > Number(hi)) return problem('max_population', 'This is below the smallest population asked for.');
    Object.assign(state, {
      country: countrySel.value, network: networkSel.value, topic: topicSel.value, min_population: lo, max_population: hi,
    });
    clearBtn.hidden = !FILTERS.some((k) => state[k]);
    pushHash(hashNow());
    load({ announce: true });
  });
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

function setSelect(sel, value, unknownText) {
  for (const o of sel.querySelectorAll('option[data-unknown]')) o.remove();
  if (value && ![...sel.options].some((o) => o.value === value)) {
    sel.append(h('option', { value, dataset: { unknown: '1' } }, unknownText));
  }
  sel.value = value;
}

// The graph of the registry in numbers (#/graph): cities, networks,
// partnerships and memberships, connected groups and communities from GET
// /graph/stats, said in plain words; and the most central cities from GET
// /graph/top, by degree, betweenness or eigenvector centrality, optionally
// of one country. The measure, country and length of the list live in the
// address (back, forward and a pasted link draw the same table).
import * as api from '../api.js';
import { freshness } from '../model-note.js';
import { h, append, field, select, table, pageTitle, setStatus } from '../ui.js';
import { hashFor, pushHash } from '../app.js';
import { paramOf, choiceText } from '../params.js';

// What a measure says, in words, where the page has words for it. The
// measures themselves are the `by` choices of GET /graph/top: one the
// server adds is offered, by its name.
const ABOUT = {
  degree: 'Degree counts a city\'s ties: its partner cities and its current networks. '
    + 'It shows the cities with the most relations of their own.',
  betweenness: 'Betweenness counts the shortest chains between other cities and networks that pass through a city. '
    + 'A city high on it is a bridge: without it, others would be further apart.',
  eigenvector: 'Eigenvector centrality is high for a city tied to cities and networks that are themselves central. '
    + 'The most central city scores 1; the others are shown relative to it. Cities outside the largest connected group score 0.',
};
const LIMITS = [10, 20, 50, 100];
const DEFAULT_LIMIT = 20;

const fmt = (n) => Number(n).toLocaleString('en');
const plural = (n, one, many) => `${fmt(n)} ${n === 1 ? one : many}`;
const pct = (part, whole) => (whole > 0 ? `${Math.round((100 * part) / whole)}%` : '');

// A measure's value as the table shows it (the browser test formats the
// API's numbers the same way).
function formatValue(by, v) {
  const x = Number(v);
  if (!Number.isFinite(x)) return '';
  if (by === 'eigenvector') return x.toFixed(3);
  // an estimate's decimals say nothing: whole numbers from 1,000 up
  if (by === 'betweenness') return x.toLocaleString('en', { maximumFractionDigits: Math.abs(x) >= 1000 ? 0 : 1 });
  return fmt(Math.round(x));
}

export async function render(view, ctx) {
  pageTitle('The graph of partnerships and networks');
  const q = ctx.query;
  const byParam = await paramOf('/graph/top', 'by');
  if (!ctx.alive()) return;
  const MEASURES = (byParam?.enum ?? []).map((by) => ({ by, column: choiceText(by), about: ABOUT[by] || '' }));
  const DEFAULT_BY = MEASURES[0]?.by ?? '';
  const state = {
    by: MEASURES.some((m) => m.by === q.get('by')) ? q.get('by') : DEFAULT_BY,
    country: /^[A-Za-z]{2}$/.test(q.get('country') || '') ? q.get('country').toUpperCase() : '',
    limit: LIMITS.includes(Number(q.get('limit'))) ? Number(q.get('limit')) : DEFAULT_LIMIT,
  };

  append(view, h('p', { class: 'loading' }, 'Loading…'));
  const [stats, countries] = await Promise.all([
    api.get('/graph/stats'),
    api.countries().catch(() => []),
  ]);
  if (!ctx.alive()) return;
  view.replaceChildren();
  const countryName = new Map(countries.map((c) => [c.code, c.name]));
  const cname = (code) => countryName.get(code) || code || '';

  append(view,
    h('h1', {}, 'The graph of partnerships and networks'),
    h('p', { class: 'lead' },
      'The registry seen as one network: a city is tied to each partner city (a live partnership) and to each network it is a current member of. '
      + 'Here are its figures, and the cities at its centre. ',
      h('a', { href: '#/graph/path' }, 'How is one city connected to another?')));

  append(view, statsSection(stats));

  // ---- the most central cities
  const bySel = select(MEASURES.map((m) => [m.by, m.column]), { name: 'by', value: state.by });
  const withCities = countries.filter((c) => c.city_count > 0 || c.code === state.country);
  const countrySel = select([['', 'All countries'], ...withCities.map((c) => [c.code, c.name])], { name: 'country' });
  if (state.country && ![...countrySel.options].some((o) => o.value === state.country)) {
    countrySel.append(h('option', { value: state.country }, state.country));
  }
  countrySel.value = state.country;
  const limitSel = select(LIMITS.map((n) => [String(n), `${n} cities`]), { name: 'limit', value: String(state.limit) });
  const form = h('form', { class: 'filters graph-top-filters', 'aria-label': 'Choose the ranking' },
    field('Measure', bySel),
    field('Country', countrySel),
    field('Show', limitSel));
  form.addEventListener('submit', (e) => e.preventDefault());

  const about = h('p', { class: 'measure-about' });
  const estimate = h('p', { class: 'notice', id: 'betweenness-estimated', hidden: true });
  const summary = h('p', { class: 'summary', id: 'top-summary' });
  const stale = h('div', { class: 'model-note' });
  const tableSlot = h('div', { class: 'table-wrap', id: 'top-table' });
  const sec = h('section', { class: 'block', 'aria-labelledby': 'h-top' },
    h('h2', { id: 'h-top' }, 'The most central cities'), form, about, estimate, summary, stale, tableSlot);
  append(view, sec);

  const measure = () => MEASURES.find((m) => m.by === state.by);
  let seq = 0;
  async function load({ announce = false } = {}) {
    const mine = ++seq;
    const m = measure();
    about.textContent = m.about;
    estimate.hidden = true;
    tableSlot.setAttribute('aria-busy', 'true');
    summary.textContent = state.by === 'betweenness'
      ? 'Loading… (after a change to the registry, betweenness takes a few seconds to compute)'
      : 'Loading…';
    let r;
    try {
      r = await api.get('/graph/top', { by: state.by, limit: state.limit, country: state.country });
    } catch (e) {
      if (mine !== seq || !ctx.alive()) return;
      tableSlot.replaceChildren();
      tableSlot.removeAttribute('aria-busy');
      summary.textContent = 'No ranking shown.';
      setStatus(`The ranking could not be loaded: ${e.message}`, { error: true });
      return;
    }
    if (mine !== seq || !ctx.alive()) return;
    stale.replaceChildren(freshness(r, () => load(), ctx.alive) || '');
    const items = r.items || [];
    const where = state.country ? ` of ${cname(state.country)}` : '';
    summary.textContent = items.length
      ? `The ${plural(items.length, 'city', 'cities')}${where} with the highest ${m.column.toLowerCase()}, of ${plural(r.total ?? items.length, 'city', 'cities')}${where} in the graph`
        + `${state.country ? ' (measured in the whole graph, ranked among these)' : ''}.`
      : `No city${where} is in the graph.`;
    if (state.by === 'betweenness' && r.exact === false) {
      const k = stats.betweenness && stats.betweenness.sources;
      const n = (stats.vertices?.cities ?? 0) + (stats.vertices?.networks ?? 0);
      estimate.textContent = 'Betweenness is estimated here, not exact: the graph is too large to follow every chain, '
        + `so the chains from ${k ? `a fixed sample of ${fmt(k)} of its ${fmt(n)} cities and networks` : 'a fixed sample of its cities and networks'} `
        + 'are counted and scaled up. The order of the first cities is reliable; close values may swap.';
      estimate.hidden = false;
    }
    const hi = Math.max(0, ...items.map((it) => Number(it.value) || 0));
    tableSlot.replaceChildren(items.length ? table([
      { title: 'Rank', cell: (it) => String(it.rank), class: 'num col-rank' },
      {
        title: 'City',
        cell: (it) => [h('a', { href: `#/city/${it.city.id}`, dir: 'auto' }, it.city.name || `City ${it.city.id}`),
          it.city.country ? h('span', { class: 'cc' }, ` (${cname(it.city.country)})`) : null],
      },
      {
        title: m.column,
        class: 'col-value',
        cell: (it) => h('span', { class: 'value-cell' },
          h('span', { class: 'value-text' }, formatValue(state.by, it.value)),
          h('span', { class: 'score-bar', 'aria-hidden': 'true' },
            h('span', { style: `width: ${hi > 0 ? Math.max(2, (100 * (Number(it.value) || 0)) / hi).toFixed(1) : 0}%` }))),
      },
      { title: 'Partner cities', cell: (it) => fmt(it.partners ?? 0), class: 'num' },
      { title: 'Networks', cell: (it) => fmt(it.networks ?? 0), class: 'num' },
    ], items, { caption: `The most central cities${where} by ${m.column.toLowerCase()}`, className: 'graph-top' }) : '');
    tableSlot.removeAttribute('aria-busy');
    if (announce) setStatus(summary.textContent);
  }

  const onChange = () => {
    state.by = bySel.value;
    state.country = countrySel.value;
    state.limit = Number(limitSel.value);
    pushHash(hashFor('/graph', {
      by: state.by === DEFAULT_BY ? '' : state.by,
      country: state.country,
      limit: state.limit === DEFAULT_LIMIT ? '' : state.limit,
    }));
    load({ announce: true });
  };
  for (const s of [bySel, countrySel, limitSel]) s.addEventListener('change', onChange);
  await load();
}

// ---- the figures -------------------------------------------------------------

function statsSection(st) {
  const v = st.vertices || {};
  const e = st.edges || {};
  const comp = st.components || {};
  const comm = st.communities || {};
  const bw = st.betweenness || {};
  const cities = v.cities ?? 0;
  const mod = typeof comm.modularity === 'number' ? comm.modularity : null;

  const facts = h('dl', { class: 'facts graph-stats', id: 'graph-stats' },
    fact('Cities in the graph', fmt(cities)),
    fact('Networks in the graph', fmt(v.networks ?? 0)),
    fact('Partnerships between cities', fmt(e.partnerships ?? 0)),
    fact('Memberships of networks', fmt(e.memberships ?? 0)),
    fact('Connected groups', fmt(comp.count ?? 0)),
    fact('Cities in the largest group', fmt(comp.largest ?? 0)),
    fact('Networks in the largest group', fmt(comp.largest_networks ?? 0)),
    fact('Communities', fmt(comm.count ?? 0)),
    fact('Cities in the largest community', fmt(comm.largest ?? 0)),
    fact('Modularity', mod === null ? 'not known' : mod.toFixed(3)),
    fact('Betweenness', bw.exact === false ? `estimated (${fmt(bw.sources ?? 0)} sources)` : 'exact'));

  const words = [];
  if (!cities) {
    words.push(h('p', {}, 'The graph is empty: no city has a live partnership with another city or a current network membership yet.'));
  } else {
    words.push(
      h('p', {}, `The graph links ${plural(cities, 'city', 'cities')} and ${plural(v.networks ?? 0, 'network', 'networks')} `
        + `by ${plural(e.partnerships ?? 0, 'partnership', 'partnerships')} between two cities and `
        + `${plural(e.memberships ?? 0, 'membership', 'memberships')} of a city in a network. `
        + 'A city is in it when it has a live partnership with another city (not proposed, not ended) or is a current member of a network; '
        + 'several agreements between the same two cities count as one partnership.'),
      h('p', {}, `It falls into ${plural(comp.count ?? 0, 'connected group', 'connected groups')}: within a group, a chain of partnerships and shared networks joins any two cities, and no chain leaves it. `
        + `The largest group holds ${plural(comp.largest ?? 0, 'city', 'cities')} (${pct(comp.largest ?? 0, cities)} of the cities in the graph) `
        + `and ${plural(comp.largest_networks ?? 0, 'network', 'networks')}.`),
      h('p', {}, `Community detection (${comm.method === 'louvain' ? 'the Louvain method' : comm.method || 'Louvain'}) finds `
        + `${plural(comm.count ?? 0, 'community', 'communities')}, groups of cities more tied among themselves than to the rest; `
        + `the largest has ${plural(comm.largest ?? 0, 'city', 'cities')}. `
        + (mod === null ? 'Its modularity is not known.'
          : `The modularity is ${mod.toFixed(3)} (from 0, no more ties inside the communities than chance would give, to 1; above 0.3 the split is clear).`)),
      h('p', {}, bw.exact === false
        ? `Betweenness is estimated from a fixed sample of ${plural(bw.sources ?? 0, 'source', 'sources')}: the graph is too large to follow every shortest chain.`
        : 'Betweenness is exact: every shortest chain is counted.'));
  }

  const t = st.timings_ms || {};
  const ms = (x) => (typeof x === 'number' ? `${fmt(Math.round(x))} ms` : 'not yet computed');
  const how = h('details', { class: 'note graph-how' },
    h('summary', {}, 'How these figures were computed'),
    h('p', {}, `Graph of change ${fmt(st.generation ?? 0)} to the registry's partnerships and memberships. `
      + `Built in ${ms(t.build)}; connected groups in ${ms(t.components)}; communities in ${ms(t.communities)}; `
      + `betweenness ${ms(t.betweenness)}; eigenvector centrality ${ms(t.eigenvector)}.`));

  return h('section', { class: 'block graph-figures', 'aria-labelledby': 'h-figures' },
    h('h2', { id: 'h-figures' }, 'In figures'), facts, h('div', { class: 'graph-words' }, words), how);
}

function fact(term, value) {
  return h('div', {}, h('dt', {}, term), h('dd', {}, value));
}

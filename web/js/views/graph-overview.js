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
import { t, has, fmt } from '../i18n.js';

// The measures the page has words for (a name, and what it says). The
// measures themselves are the `by` choices of GET /graph/top: one the
// server adds is offered, by its name.
const LIMITS = [10, 20, 50, 100];
const DEFAULT_LIMIT = 20;

const num = (n) => fmt.number(n);
const fixed3 = (x) => fmt.number(x, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
const pct = (part, whole) => (whole > 0 ? fmt.number(part / whole, { style: 'percent' }) : '');

// A measure's value as the table shows it (the browser test formats the
// API's numbers the same way).
function formatValue(by, v) {
  const x = Number(v);
  if (!Number.isFinite(x)) return '';
  if (by === 'eigenvector') return fixed3(x);
  // an estimate's decimals say nothing: whole numbers from 1,000 up
  if (by === 'betweenness') return fmt.number(x, { maximumFractionDigits: Math.abs(x) >= 1000 ? 0 : 1 });
  return num(Math.round(x));
}

export async function render(view, ctx) {
  pageTitle(t('graph-title'));
  const q = ctx.query;
  const byParam = await paramOf('/graph/top', 'by');
  if (!ctx.alive()) return;
  const MEASURES = (byParam?.enum ?? []).map((by) => (has(`graph-measure-${by}`)
    ? { by, column: t(`graph-measure-${by}`), words: t(`graph-measure-words-${by}`), about: t(`graph-about-${by}`) }
    : { by, column: choiceText(by), words: choiceText(by).toLowerCase(), about: '' }));
  const DEFAULT_BY = MEASURES[0]?.by ?? '';
  const state = {
    by: MEASURES.some((m) => m.by === q.get('by')) ? q.get('by') : DEFAULT_BY,
    country: /^[A-Za-z]{2}$/.test(q.get('country') || '') ? q.get('country').toUpperCase() : '',
    limit: LIMITS.includes(Number(q.get('limit'))) ? Number(q.get('limit')) : DEFAULT_LIMIT,
  };

  append(view, h('p', { class: 'loading' }, t('common-loading')));
  const [stats, countries] = await Promise.all([
    api.get('/graph/stats'),
    api.countries().catch(() => []),
  ]);
  if (!ctx.alive()) return;
  view.replaceChildren();
  const countryName = new Map(countries.map((c) => [c.code, c.name]));
  const cname = (code) => countryName.get(code) || code || '';

  append(view,
    h('h1', {}, t('graph-title')),
    h('p', { class: 'lead' }, t('graph-lead'), ' ',
      h('a', { href: '#/graph/path' }, t('graph-path-link'))));

  append(view, statsSection(stats));

  // ---- the most central cities
  const bySel = select(MEASURES.map((m) => [m.by, m.column]), { name: 'by', value: state.by });
  const withCities = countries.filter((c) => c.city_count > 0 || c.code === state.country);
  const countrySel = select([['', t('graph-all-countries')], ...withCities.map((c) => [c.code, c.name])], { name: 'country' });
  if (state.country && ![...countrySel.options].some((o) => o.value === state.country)) {
    countrySel.append(h('option', { value: state.country }, state.country));
  }
  countrySel.value = state.country;
  const limitSel = select(LIMITS.map((n) => [String(n), t('graph-limit', { count: n })]), { name: 'limit', value: String(state.limit) });
  const form = h('form', { class: 'filters graph-top-filters', 'aria-label': t('graph-ranking-label') },
    field(t('graph-measure'), bySel),
    field(t('graph-country'), countrySel),
    field(t('graph-show'), limitSel));
  form.addEventListener('submit', (e) => e.preventDefault());

  const about = h('p', { class: 'measure-about' });
  const estimate = h('p', { class: 'notice', id: 'betweenness-estimated', hidden: true });
  const summary = h('p', { class: 'summary', id: 'top-summary' });
  const stale = h('div', { class: 'model-note' });
  const tableSlot = h('div', { class: 'table-wrap', id: 'top-table' });
  const sec = h('section', { class: 'block', 'aria-labelledby': 'h-top' },
    h('h2', { id: 'h-top' }, t('graph-top-heading')), form, about, estimate, summary, stale, tableSlot);
  append(view, sec);

  const measure = () => MEASURES.find((m) => m.by === state.by);
  let seq = 0;
  async function load({ announce = false } = {}) {
    const mine = ++seq;
    const m = measure();
    about.textContent = m.about;
    estimate.hidden = true;
    tableSlot.setAttribute('aria-busy', 'true');
    summary.textContent = state.by === 'betweenness' ? t('graph-loading-betweenness') : t('common-loading');
    let r;
    try {
      r = await api.get('/graph/top', { by: state.by, limit: state.limit, country: state.country });
    } catch (e) {
      if (mine !== seq || !ctx.alive()) return;
      tableSlot.replaceChildren();
      tableSlot.removeAttribute('aria-busy');
      summary.textContent = t('graph-no-ranking');
      setStatus(t('graph-ranking-failed', { message: e.message }), { error: true });
      return;
    }
    if (mine !== seq || !ctx.alive()) return;
    stale.replaceChildren(freshness(r, () => load(), ctx.alive) || '');
    const items = r.items || [];
    const country = state.country ? cname(state.country) : null;
    const counts = { count: items.length, total: r.total ?? items.length, measure: m.words, country };
    summary.textContent = items.length
      ? t(country ? 'graph-top-summary-country' : 'graph-top-summary', counts)
      : t(country ? 'graph-top-none-country' : 'graph-top-none', counts);
    if (state.by === 'betweenness' && r.exact === false) {
      const k = stats.betweenness && stats.betweenness.sources;
      const n = (stats.vertices?.cities ?? 0) + (stats.vertices?.networks ?? 0);
      estimate.textContent = k ? t('graph-estimate', { sample: k, total: n }) : t('graph-estimate-unknown');
      estimate.hidden = false;
    }
    const hi = Math.max(0, ...items.map((it) => Number(it.value) || 0));
    tableSlot.replaceChildren(items.length ? table([
      { title: t('graph-col-rank'), cell: (it) => num(it.rank), class: 'num col-rank' },
      {
        title: t('graph-col-city'),
        cell: (it) => [h('a', { href: `#/city/${it.city.id}`, dir: 'auto' }, it.city.name || t('common-city-n', { id: String(it.city.id) })),
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
      { title: t('graph-col-partners'), cell: (it) => num(it.partners ?? 0), class: 'num' },
      { title: t('graph-col-networks'), cell: (it) => num(it.networks ?? 0), class: 'num' },
    ], items, { caption: t(country ? 'graph-top-caption-country' : 'graph-top-caption', counts), className: 'graph-top' }) : '');
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
    fact(t('graph-fact-cities'), num(cities)),
    fact(t('graph-fact-networks'), num(v.networks ?? 0)),
    fact(t('graph-fact-partnerships'), num(e.partnerships ?? 0)),
    fact(t('graph-fact-memberships'), num(e.memberships ?? 0)),
    fact(t('graph-fact-groups'), num(comp.count ?? 0)),
    fact(t('graph-fact-group-cities'), num(comp.largest ?? 0)),
    fact(t('graph-fact-group-networks'), num(comp.largest_networks ?? 0)),
    fact(t('graph-fact-communities'), num(comm.count ?? 0)),
    fact(t('graph-fact-community-cities'), num(comm.largest ?? 0)),
    fact(t('graph-fact-modularity'), mod === null ? t('common-not-known') : fixed3(mod)),
    fact(t('graph-fact-betweenness'), bw.exact === false ? t('graph-fact-estimated', { count: bw.sources ?? 0 }) : t('graph-fact-exact')));

  const words = [];
  if (!cities) {
    words.push(h('p', {}, t('graph-words-empty')));
  } else {
    const method = comm.method === 'louvain' ? t('graph-louvain') : comm.method || 'Louvain';
    words.push(
      h('p', {}, `${t('graph-words-links', {
        cities, networks: v.networks ?? 0, partnerships: e.partnerships ?? 0, memberships: e.memberships ?? 0,
      })} ${t('graph-words-in-it')}`),
      h('p', {}, `${t('graph-words-groups', { count: comp.count ?? 0 })} ${t('graph-words-largest-group', {
        cities: comp.largest ?? 0, percent: pct(comp.largest ?? 0, cities), networks: comp.largest_networks ?? 0,
      })}`),
      h('p', {}, `${t('graph-words-communities', { method, count: comm.count ?? 0, largest: comm.largest ?? 0 })} `
        + (mod === null ? t('graph-words-modularity-unknown') : t('graph-words-modularity', { value: fixed3(mod) }))),
      h('p', {}, bw.exact === false
        ? t('graph-words-estimated', { count: bw.sources ?? 0 })
        : t('graph-words-exact')));
  }

  const tm = st.timings_ms || {};
  const ms = (x) => (typeof x === 'number' ? t('graph-ms', { ms: Math.round(x) }) : t('graph-not-computed'));
  const how = h('details', { class: 'note graph-how' },
    h('summary', {}, t('graph-how-title')),
    h('p', {}, t('graph-how', {
      generation: st.generation ?? 0, build: ms(tm.build), components: ms(tm.components),
      communities: ms(tm.communities), betweenness: ms(tm.betweenness), eigenvector: ms(tm.eigenvector),
    })));

  return h('section', { class: 'block graph-figures', 'aria-labelledby': 'h-figures' },
    h('h2', { id: 'h-figures' }, t('graph-figures-heading')), facts, h('div', { class: 'graph-words' }, words), how);
}

function fact(term, value) {
  return h('div', {}, h('dt', {}, term), h('dd', {}, value));
}

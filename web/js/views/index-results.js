// The Intercultural Cities Index: the ranked sample of a round (each city's
// latest result up to it), in the whole sample or a size or diversity
// group, optionally only a country's cities. Each row leads to the city's
// report. A published result shows two ranks: amity's, among the results
// it holds, and the rank as published in the source's own sample, each
// figure linked to its source; one published without an aggregate is
// listed, not ranked. The state lives in the address.
import * as api from '../api.js';
import { h, append, field, select, table, pageTitle } from '../ui.js';
import { hashFor, pushHash } from '../app.js';
import { downloads } from '../downloads.js';
import { score, percentileText, statusBadge, questionnaire, questionnaireOffer, COUNTRY_RE, ROUND_RE } from './index-shared.js';
import { sourced, sourcesOf, publishedRank, doubtNote } from './index-sources.js';
import { paramOf, choiceText } from '../params.js';

// Besides the server's groups (the `group` choices of GET /index/results),
// the page ranks one country's cities: asked as the country alone.
const COUNTRY_GROUP = 'country';

export async function render(view, ctx) {
  pageTitle('Intercultural Cities Index');
  const groupParam = await paramOf('/index/results', 'group');
  if (!ctx.alive()) return;
  const serverGroups = groupParam?.enum ?? [];
  const ALL = serverGroups[0] ?? '';
  const GROUPS = [...serverGroups.map((g) => [g, choiceText(g)]), [COUNTRY_GROUP, 'Only the chosen country\'s cities']];
  const state = {
    round: ROUND_RE.test(ctx.query.get('round') || '') ? Number(ctx.query.get('round')) : null,
    group: GROUPS.some(([g]) => g === ctx.query.get('group')) ? ctx.query.get('group') : ALL,
    country: COUNTRY_RE.test(ctx.query.get('country') || '') ? ctx.query.get('country').toUpperCase() : '',
  };
  if (state.group === COUNTRY_GROUP && !state.country) state.group = ALL;
  append(view, h('p', { class: 'loading' }, 'Loading…'));

  // The rounds with results: each city's latest (the default sample runs
  // to this year) and every submitted questionnaire's round.
  const [latest, submitted, countries, edition] = await Promise.all([
    api.get('/index/results'),
    api.get('/index/responses', { status: 'submitted', limit: 500 }).catch(() => ({ items: [] })),
    api.countries().catch(() => []),
    questionnaire().catch(() => null),
  ]);
  if (!ctx.alive()) return;
  const roundSet = new Set();
  for (const it of latest.items || []) roundSet.add(it.round);
  for (const it of submitted.items || []) roundSet.add(it.round);
  if (state.round) roundSet.add(state.round);
  const rounds = [...roundSet].sort((a, b) => b - a);
  const countryName = new Map(countries.map((c) => [c.code, c.name]));
  view.replaceChildren();

  append(view,
    h('h1', {}, 'Intercultural Cities Index'),
    h('p', { class: 'lead' }, 'Cities answer a questionnaire on their intercultural policies; each indicator scores 0 to 100, and a weighted aggregate ranks each city among the others and in groups of size (200,000 inhabitants) and diversity (15% born abroad).'),
    edition && edition.basis
      ? h('details', { class: 'note' }, h('summary', {}, `About the questionnaire (${edition.title || edition.edition})`),
        h('p', {}, edition.basis))
      : null);
  const offerSlot = h('div');
  append(view, offerSlot);
  // the questionnaire of the caller's own city, where the server lets it answer
  if (ctx.user && ctx.user.city_id) {
    api.get(`/cities/${ctx.user.city_id}`).then((city) => questionnaireOffer(ctx, city)).then((el) => {
      if (el && ctx.alive()) offerSlot.append(el);
    }).catch(() => {});
  }

  if (!rounds.length) {
    append(view, h('p', { class: 'notice' }, 'No city has an Index result yet.'));
    return;
  }
  if (!state.round) state.round = rounds[0];

  // ---- filters
  const roundSel = select(rounds.map((r) => [String(r), String(r)]), { name: 'round', value: String(state.round) });
  const groupSel = select(GROUPS.map(([g, t]) => [g, t]), { name: 'group', value: state.group });
  const countryCodes = new Set((latest.items || []).map((i) => i.city.country));
  if (state.country) countryCodes.add(state.country);
  const countrySel = select([['', 'All countries'],
    ...[...countryCodes].map((cc) => [cc, countryName.get(cc) || cc]).sort((a, b) => a[1].localeCompare(b[1]))],
  { name: 'country', value: state.country });
  const form = h('form', { class: 'filters index-filters', 'aria-label': 'Choose the results' },
    field('Round', roundSel),
    field('Rank within', groupSel, { hint: groupParam?.description ? `By ${groupParam.description.replace(/; default .*$/, '')}.` : undefined }),
    field('Country', countrySel));
  const results = h('section', { class: 'index-results', 'aria-labelledby': 'h-results' });
  append(view, form, results);
  form.after(downloads('/index/results', () => ({ round: state.round, group: state.group === COUNTRY_GROUP ? '' : state.group, country: state.country }), { limit: null }));

  const syncGroupChoice = () => {
    const opt = groupSel.querySelector(`option[value="${COUNTRY_GROUP}"]`);
    opt.disabled = !state.country;
    if (!state.country && state.group === COUNTRY_GROUP) {
      state.group = ALL;
      groupSel.value = ALL;
    }
  };
  syncGroupChoice();
  const onChange = () => {
    state.round = Number(roundSel.value);
    state.country = countrySel.value;
    state.group = groupSel.value;
    syncGroupChoice();
    pushHash(hashFor('/index', { round: state.round, group: state.group === ALL ? '' : state.group, country: state.country }));
    load();
  };
  for (const s of [roundSel, groupSel, countrySel]) s.addEventListener('change', onChange);
  form.addEventListener('submit', (e) => e.preventDefault());

  let seq = 0;
  async function load() {
    const mine = ++seq;
    results.setAttribute('aria-busy', 'true');
    let r;
    try {
      r = state.group === COUNTRY_GROUP
        ? await api.get('/index/results', { round: state.round, country: state.country })
        : await api.get('/index/results', { round: state.round, group: state.group });
    } catch (e) {
      if (mine !== seq || !ctx.alive()) return;
      results.replaceChildren(h('h2', { id: 'h-results' }, 'Results'), h('p', { class: 'notice warn' }, `The results could not be loaded: ${e.message}`));
      results.removeAttribute('aria-busy');
      return;
    }
    if (mine !== seq || !ctx.alive()) return;
    const groupLabel = state.group === COUNTRY_GROUP
      ? `Cities of ${countryName.get(state.country) || state.country}` : r.group_label;
    const rows = state.country && state.group !== COUNTRY_GROUP
      ? r.items.filter((i) => i.city.country === state.country) : r.items;
    const heading = `Results ${r.round}: ${groupLabel}`;
    const ranked = r.ranked ?? r.total;
    const unranked = r.total - ranked;
    const summary = state.country && state.group !== COUNTRY_GROUP
      ? `${rows.length} ${rows.length === 1 ? 'city' : 'cities'} of ${countryName.get(state.country) || state.country}, ranked among the ${ranked} results amity holds with an aggregate in “${groupLabel}” (average ${score(r.average)}).`
      : `${r.total} ${r.total === 1 ? 'city' : 'cities'}: ${ranked} ranked among the results amity holds${unranked ? `, ${unranked} published without an aggregate (listed, not ranked)` : ''}; average aggregate ${score(r.average)}.`;
    results.replaceChildren(
      h('h2', { id: 'h-results' }, heading),
      h('p', { class: 'summary', 'aria-live': 'polite' }, summary),
      rows.length
        ? h('div', { class: 'table-wrap' }, table([
          {
            title: 'Rank',
            cell: (i) => (i.rank == null
              ? h('span', { class: 'muted', title: 'Published without an aggregate: amity cannot rank it' }, 'not ranked')
              : `${i.rank} of ${ranked}`),
            class: 'col-rank',
          },
          {
            title: 'City',
            cell: (i) => [h('a', { href: `#/index/report/${i.city.id}/${i.round}`, dir: 'auto' }, i.city.name),
              doubtNote(i.published, { compact: true })],
          },
          { title: 'Country', cell: (i) => countryName.get(i.city.country) || i.city.country },
          { title: 'Aggregate', cell: (i) => aggregateCell(i), class: 'num' },
          { title: 'Rank as published', cell: (i) => publishedRank(i.published) || h('span', { class: 'muted' }, '–'), class: 'col-published' },
          { title: 'Percentile', cell: (i) => percentileText(i.percentile), class: 'num' },
          {
            title: 'Result of',
            cell: (i) => [String(i.round), i.status === 'published' ? [' ', statusBadge('published')] : null],
          },
          { title: 'Groups', cell: (i) => groupsText(i) },
        ], rows, { caption: heading, className: 'results-table' }))
        : h('p', { class: 'muted' }, 'No city in this selection has a result.'),
      h('p', { class: 'hint' }, `A round's sample is each city's latest result up to that round; the rank is among the results amity holds with an aggregate, and the percentile the share of the other cities ranked that a city scores above. The rank as published is the source's, in the sample of its own year (or a subgroup the source names): it cannot be compared with amity's rank, nor across years.`));
    results.removeAttribute('aria-busy');
  }
  load();
}

// A published aggregate links to the sources that state it; a result
// published without one says so.
function aggregateCell(i) {
  if (i.aggregate == null) return h('span', { class: 'muted' }, 'not published');
  const text = h('strong', {}, score(i.aggregate));
  return i.published ? sourced(text, sourcesOf(i.published, 'aggregate'), 'Aggregate as published') : text;
}

function groupsText(i) {
  const parts = [];
  if (i.over_200k === true) parts.push('200,000+');
  else if (i.over_200k === false) parts.push('under 200,000');
  if (i.over_15pct === true) parts.push('15%+ born abroad');
  else if (i.over_15pct === false) parts.push('under 15% born abroad');
  return parts.length ? parts.join(' · ') : h('span', { class: 'muted' }, 'not known');
}

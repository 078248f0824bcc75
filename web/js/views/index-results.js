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
import {
  score, percentileText, statusBadge, questionnaire, questionnaireOffer, COUNTRY_RE, ROUND_RE, year, percent,
} from './index-shared.js';
import { t, fmt, lang } from '../i18n.js';
import { sourced, sourcesOf, publishedRank, doubtNote } from './index-sources.js';
import { paramOf, choiceText } from '../params.js';

// Besides the server's groups (the `group` choices of GET /index/results),
// the page ranks one country's cities: asked as the country alone.
const COUNTRY_GROUP = 'country';

export async function render(view, ctx) {
  pageTitle(t('index-title'));
  const groupParam = await paramOf('/index/results', 'group');
  if (!ctx.alive()) return;
  const serverGroups = groupParam?.enum ?? [];
  const ALL = serverGroups[0] ?? '';
  const GROUPS = [...serverGroups.map((g) => [g, choiceText(g)]), [COUNTRY_GROUP, t('index-results-only-country')]];
  const state = {
    round: ROUND_RE.test(ctx.query.get('round') || '') ? Number(ctx.query.get('round')) : null,
    group: GROUPS.some(([g]) => g === ctx.query.get('group')) ? ctx.query.get('group') : ALL,
    country: COUNTRY_RE.test(ctx.query.get('country') || '') ? ctx.query.get('country').toUpperCase() : '',
  };
  if (state.group === COUNTRY_GROUP && !state.country) state.group = ALL;
  append(view, h('p', { class: 'loading' }, t('index-loading')));

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
    h('h1', {}, t('index-title')),
    h('p', { class: 'lead' }, t('index-results-lead', { population: fmt.number(200000), share: percent(15) })),
    edition && edition.basis
      ? h('details', { class: 'note' }, h('summary', {}, t('index-about-questionnaire', { title: edition.title || edition.edition })),
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
    append(view, h('p', { class: 'notice' }, t('index-results-none-yet')));
    return;
  }
  if (!state.round) state.round = rounds[0];

  // ---- filters
  const roundSel = select(rounds.map((r) => [String(r), year(r)]), { name: 'round', value: String(state.round) });
  const groupSel = select(GROUPS.map(([g, text]) => [g, text]), { name: 'group', value: state.group });
  const countryCodes = new Set((latest.items || []).map((i) => i.city.country));
  if (state.country) countryCodes.add(state.country);
  const countrySel = select([['', t('index-all-countries')],
    ...[...countryCodes].map((cc) => [cc, countryName.get(cc) || cc]).sort((a, b) => a[1].localeCompare(b[1], lang()))],
  { name: 'country', value: state.country });
  const form = h('form', { class: 'filters index-filters', 'aria-label': t('index-results-choose') },
    field(t('index-round'), roundSel),
    field(t('index-results-rank-within'), groupSel, { hint: groupParam?.description ? t('index-results-rank-within-hint', { description: groupParam.description.replace(/; default .*$/, '') }) : undefined }),
    field(t('index-country'), countrySel));
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
      results.replaceChildren(h('h2', { id: 'h-results' }, t('index-results')), h('p', { class: 'notice warn' }, t('index-results-failed', { error: e.message })));
      results.removeAttribute('aria-busy');
      return;
    }
    if (mine !== seq || !ctx.alive()) return;
    const groupLabel = state.group === COUNTRY_GROUP
      ? t('index-cities-of', { country: countryName.get(state.country) || state.country }) : r.group_label;
    const rows = state.country && state.group !== COUNTRY_GROUP
      ? r.items.filter((i) => i.city.country === state.country) : r.items;
    const heading = t('index-results-heading', { round: year(r.round), group: groupLabel });
    const ranked = r.ranked ?? r.total;
    const unranked = r.total - ranked;
    const summary = state.country && state.group !== COUNTRY_GROUP
      ? t('index-results-summary-country', {
        count: rows.length, country: countryName.get(state.country) || state.country, ranked, group: groupLabel, average: score(r.average),
      })
      : unranked
        ? t('index-results-summary-unranked', { count: r.total, ranked, unranked, average: score(r.average) })
        : t('index-results-summary', { count: r.total, ranked, average: score(r.average) });
    results.replaceChildren(
      h('h2', { id: 'h-results' }, heading),
      h('p', { class: 'summary', 'aria-live': 'polite' }, summary),
      rows.length
        ? h('div', { class: 'table-wrap' }, table([
          {
            title: t('index-rank'),
            cell: (i) => (i.rank == null
              ? h('span', { class: 'muted', title: t('index-results-not-ranked-why') }, t('index-not-ranked'))
              : t('index-rank-of', { rank: i.rank, of: ranked })),
            class: 'col-rank',
          },
          {
            title: t('index-city'),
            cell: (i) => [h('a', { href: `#/index/report/${i.city.id}/${i.round}`, dir: 'auto' }, i.city.name),
              doubtNote(i.published, { compact: true })],
          },
          { title: t('index-country'), cell: (i) => countryName.get(i.city.country) || i.city.country },
          { title: t('index-aggregate'), cell: (i) => aggregateCell(i), class: 'num' },
          { title: t('index-rank-as-published'), cell: (i) => publishedRank(i.published) || h('span', { class: 'muted' }, '–'), class: 'col-published' },
          { title: t('index-percentile'), cell: (i) => percentileText(i.percentile), class: 'num' },
          {
            title: t('index-results-result-of'),
            cell: (i) => [year(i.round), i.status === 'published' ? [' ', statusBadge('published')] : null],
          },
          { title: t('index-results-groups'), cell: (i) => groupsText(i) },
        ], rows, { caption: heading, className: 'results-table' }))
        : h('p', { class: 'muted' }, t('index-results-none-here')),
      h('p', { class: 'hint' }, t('index-results-hint')));
    results.removeAttribute('aria-busy');
  }
  load();
}

// A published aggregate links to the sources that state it; a result
// published without one says so.
function aggregateCell(i) {
  if (i.aggregate == null) return h('span', { class: 'muted' }, t('index-not-published'));
  const text = h('strong', {}, score(i.aggregate));
  return i.published ? sourced(text, sourcesOf(i.published, 'aggregate'), t('index-aggregate-as-published')) : text;
}

function groupsText(i) {
  const parts = [];
  const population = fmt.number(200000);
  const share = percent(15);
  if (i.over_200k === true) parts.push(t('index-results-over-200k', { population }));
  else if (i.over_200k === false) parts.push(t('index-results-under-200k', { population }));
  if (i.over_15pct === true) parts.push(t('index-results-over-15pct', { share }));
  else if (i.over_15pct === false) parts.push(t('index-results-under-15pct', { share }));
  return parts.length ? parts.join(' · ') : h('span', { class: 'muted' }, t('index-not-known'));
}

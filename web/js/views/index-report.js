// A city's Intercultural Cities Index report for a round: the aggregate,
// its profile against the sample and its groups (radar), the scores by
// indicator (bars), its ranks, its progress over rounds, its strongest and
// weakest indicators, and how every number comes from the answers, points
// and weights. Anyone may read it; the city's officer also sees a draft.
// A published result gives two ranks: the rank as published, in the
// source's sample, and the rank among the results amity holds; each
// published figure links to the sources that state it, and a caveat
// recorded with the result is shown with it.
// Printable: the header and the forms are left out on paper.
import * as api from '../api.js';
import { h, append, name, field, select, table, pageTitle, setStatus, notFound, isHttp } from '../ui.js';
import { hashFor } from '../app.js';
import { chartFigure, chart, SERIES } from '../charts.js';
import {
  statusBadge, STATUS_NOTE, score, num, delta, rankText, percentileText, questionnaire, questionnaireOffer,
  mayRespond, linkedText, indexCrumbs, COUNTRY_RE, ID_RE, KIND_TEXT,
} from './index-shared.js';
import { sourced, sourcesOf, sourceNames, publishedRank, doubtNote, hostOf } from './index-sources.js';

export async function render(view, ctx) {
  const cityId = Number(ctx.params[0]);
  const round = ctx.params[1] ? Number(ctx.params[1]) : null;
  const wantCountry = (ctx.query.get('country') || '').toUpperCase();
  const wantNetwork = ctx.query.get('network') || '';
  const compare = {
    country: COUNTRY_RE.test(wantCountry) ? wantCountry : '',
    network: ID_RE.test(wantNetwork) ? wantNetwork : '',
  };
  append(view, h('p', { class: 'loading' }, 'Loading…'));

  const cityP = api.get(`/cities/${cityId}`);
  cityP.catch(() => {});
  let report;
  try {
    report = await api.get('/index/report', { city: cityId, round, ...compare });
  } catch (e) {
    if (e.status === 404) {
      let city = null;
      try {
        city = await cityP;
      } catch {
        city = null;
      }
      if (!ctx.alive()) return;
      if (!city) return notFound(view, 'There is no such city.');
      return noResult(view, ctx, city, round);
    }
    // a comparison the server refuses: say so, and show the report without it
    if ((e.status === 400 || e.status === 422) && (compare.country || compare.network)) {
      setStatus(`The comparison group was left out: ${e.message}`, { error: true });
      compare.country = '';
      compare.network = '';
      report = await api.get('/index/report', { city: cityId, round });
    } else {
      throw e;
    }
  }
  const [edition, countries, networks, city] = await Promise.all([
    questionnaire(report.edition && report.edition.id).catch(() => null),
    api.countries().catch(() => []),
    api.networks().catch(() => []),
    cityP.catch(() => null),
  ]);
  const mayAnswer = await mayRespond(city).catch(() => false);
  if (!ctx.alive()) return;
  view.replaceChildren();
  const countryName = new Map(countries.map((x) => [x.code, x.name]));
  const c = report.city;
  const cityName = c.name;
  pageTitle(`${cityName}: Intercultural Cities Index ${report.round}`);

  // the indicators in the edition's order, then any others the result has
  const labels = { ...(report.indicator_labels || {}) };
  const order = [];
  for (const ind of (edition && edition.indicators) || []) {
    order.push(ind.id);
    labels[ind.id] = labels[ind.id] || ind.label;
  }
  const present = new Set(Object.keys(report.indicators || {}));
  for (const g of report.groups || []) for (const k of Object.keys(g.indicator_averages || {})) present.add(k);
  for (const k of present) if (!order.includes(k)) order.push(k);
  const shown = order.filter((k) => present.has(k));
  const labelOf = (id) => labels[id] || id;

  // group labels: the country by its name
  const groups = (report.groups || []).map((g) => ({
    ...g,
    label: g.id === 'country' && compare.country ? `Cities of ${countryName.get(compare.country) || compare.country}` : g.label,
  }));
  const sample = groups.find((g) => g.id === 'all') || null;
  // groups to compare with: those the city belongs to, and the ones asked for
  const compared = groups.filter((g) => g.id !== 'all' && g.of > 0 && (g.member || g.id === 'country' || g.id === 'network'));

  // ---- heading and the result in one line
  append(view,
    indexCrumbs(h('a', { href: `#/city/${c.id}`, dir: 'auto' }, cityName)),
    h('h1', {}, name(cityName), `: Intercultural Cities Index ${report.round}`));

  const prev = report.previous;
  const pub = report.published || null;
  const completeness = report.scores && report.scores.completeness;
  const hasAggregate = report.aggregate !== null && report.aggregate !== undefined;
  const summary = h('section', { class: 'index-summary', 'aria-label': 'Result' },
    h('div', { class: 'aggregate' },
      h('span', { class: 'aggregate-label' }, 'Aggregate'),
      h('span', { class: 'aggregate-value', id: 'ix-aggregate' },
        pub && hasAggregate ? sourced(score(report.aggregate), sourcesOf(pub, 'aggregate'), 'Aggregate as published') : score(report.aggregate)),
      h('span', { class: 'aggregate-max' }, hasAggregate ? ' / 100' : ' not published')),
    h('dl', { class: 'summary-facts' },
      fact('City', [name(cityName), c.country ? h('span', { class: 'cc' }, ` (${countryName.get(c.country) || c.country})`) : null]),
      fact('Round', String(report.round)),
      fact('Status', statusBadge(report.status)),
      pub ? fact('Rank as published', publishedRank(pub) || h('span', { class: 'muted' }, 'not stated by the sources')) : null,
      report.amity_rank ? fact('Rank among the results amity holds', amityRankText(report.amity_rank))
        : sample && sample.member ? fact('Rank among all cities', rankText(sample)) : null,
      prev && prev.delta !== null && prev.delta !== undefined ? fact(`Change since ${prev.round}`, h('span', { class: 'delta' }, delta(prev.delta))) : null,
      completeness ? fact('Questions answered', `${completeness.answered} of ${completeness.questions}`) : null,
      report.edition ? fact('Questionnaire', report.edition.title || report.edition.id) : null),
    h('p', { class: 'status-note' }, STATUS_NOTE[report.status] || ''));
  append(view, summary, doubtNote(pub));

  // ---- actions: print, other rounds, the questionnaire
  const rounds = (report.progress || []).map((p) => p.round);
  const actions = h('div', { class: 'actions report-actions no-print' },
    h('button', { type: 'button', class: 'button', onclick: () => window.print() }, 'Print / save as PDF'),
    report.status === 'draft' && report.response_id && mayAnswer
      ? h('a', { class: 'button secondary', href: `#/index/respond/${report.response_id}` }, 'Continue the questionnaire')
      : null,
    report.status === 'submitted' && report.response_id && mayAnswer
      ? h('a', { class: 'button secondary', href: `#/index/respond/${report.response_id}` }, 'See the answers as submitted')
      : null);
  append(view, actions);
  if (rounds.length > 1) {
    append(view, h('nav', { class: 'round-links no-print', 'aria-label': 'Rounds' }, 'Rounds: ',
      rounds.map((r, i) => [i ? ' · ' : '', r === report.round
        ? h('strong', { 'aria-current': 'page' }, String(r))
        : h('a', { href: hashFor(`/index/report/${c.id}/${r}`, compare) }, String(r))])));
  }
  const offerSlot = h('div', { class: 'no-print' });
  append(view, offerSlot);
  if (city) {
    questionnaireOffer(ctx, city).then((el) => {
      if (el && ctx.alive()) offerSlot.append(el);
    });
  }

  // ---- add comparison groups
  append(view, compareForm(compare, countries, networks, c, round));

  // ---- ranks
  const rankSec = h('section', { class: 'block', 'aria-labelledby': 'h-ranks' },
    h('h2', { id: 'h-ranks' }, 'Ranks'),
    h('p', { class: 'hint' }, 'The sample of a round is each city\'s latest result up to it. The percentile is the share of the other cities of the group that the city scores above.'),
    h('div', { class: 'table-wrap' }, table([
      { title: 'Group', cell: (g) => g.label },
      {
        title: 'Rank',
        cell: (g) => rankText(g) || h('span', { class: 'muted' }, g.member ? 'not ranked (no aggregate)' : 'not in this group'),
        class: 'col-rank',
      },
      { title: 'Percentile', cell: (g) => (g.member ? percentileText(g.percentile) : '–'), class: 'num' },
      { title: 'Cities', cell: (g) => String(g.of), class: 'num' },
      { title: 'Group average', cell: (g) => score(g.average), class: 'num' },
    ], groups, { caption: `Ranks of ${cityName} in ${report.round}`, className: 'rank-table' })),
    h('p', { class: 'hint' }, 'These ranks are among the results amity holds with an aggregate. A published rank is the source\'s, in the sample of its year (or the subgroup it names): it cannot be compared with these, nor across years.'),
    pub ? h('p', { class: 'both-ranks' }, h('strong', {}, 'Rank as published: '),
      publishedRank(pub) || h('span', { class: 'muted' }, 'not stated by the sources'), '. ',
      h('strong', {}, 'Rank among the results amity holds: '), amityRankText(report.amity_rank), '.') : null,
    pub && report.published_rank
      ? h('p', {}, h('strong', {}, 'As the source words it: '),
        sourced(h('span', { dir: 'auto' }, report.published_rank), sourcesOf(pub, 'published_rank'), 'Ranks as published'))
      : null);
  append(view, rankSec);

  // ---- a result published without indicator scores has no profile to draw
  if (!shown.length) {
    append(view, h('section', { class: 'block', 'aria-labelledby': 'h-profile' },
      h('h2', { id: 'h-profile' }, 'Profile'),
      h('p', { class: 'muted' }, 'This result was published without indicator scores: there is no profile to draw.')));
  }

  // ---- the profile: radar of the city against the sample and its groups
  const series = [
    { label: cityName, values: report.indicators || {} },
    sample ? { label: `${sample.label} (average)`, values: sample.indicator_averages || {} } : null,
    ...compared.map((g) => ({ label: `${g.label} (average)`, values: g.indicator_averages || {} })),
  ].filter(Boolean).slice(0, SERIES.length);
  const radar = chartFigure({
    kind: 'radar',
    label: `Radar chart of the indicator scores of ${cityName} (0 to 100) against ${series.slice(1).map((s) => s.label).join(', ') || 'no other city'}. The numbers are in the table “Scores by indicator”.`,
    caption: 'Each spoke is an indicator, from 0 at the centre to 100 at the edge. The same numbers are in the table below.',
  });
  if (shown.length) {
    append(view, h('section', { class: 'block', 'aria-labelledby': 'h-profile' },
      h('h2', { id: 'h-profile' }, 'Profile'), radar));
  }
  if (shown.length >= 3) {
    chart(radar, radarConfig(shown, labelOf, series));
  } else {
    radar.querySelector('.chart-box').replaceWith(h('p', { class: 'muted' }, 'Too few indicators for a radar chart.'));
  }

  // ---- scores by indicator: bars, and the table
  const barSec = h('section', { class: 'block', 'aria-labelledby': 'h-indicators' },
    h('h2', { id: 'h-indicators' }, 'Scores by indicator'));
  const choices = [sample, ...compared].filter(Boolean);
  const with_ = select(choices.map((g) => [g.id, g.label]), { value: 'all', name: 'compare-with' });
  const bars = chartFigure({
    kind: 'bars',
    label: `Bar chart of the score of ${cityName} in each indicator, with a group's average. The numbers are in the table below it.`,
    caption: null,
  });
  bars.querySelector('.chart-box').style.setProperty('--bars', String(Math.max(shown.length, 1)));
  if (choices.length > 1) barSec.append(field('Compare with the average of', with_, { className: 'compare-with no-print' }));
  barSec.append(bars);
  const barGroup = () => choices.find((g) => g.id === with_.value) || sample;
  let barChart = null;
  if (shown.length) {
    chart(bars, barConfig(shown, labelOf, cityName, report.indicators || {}, barGroup())).then((ch) => { barChart = ch; });
    with_.addEventListener('change', () => {
      if (!barChart) return;
      const g = barGroup();
      barChart.data.datasets[1].label = g ? `${g.label} (average)` : '';
      barChart.data.datasets[1].data = shown.map((k) => valueOrNull((g && g.indicator_averages) || {}, k));
      barChart.update();
      setStatus(`The bars now compare with: ${g ? g.label : 'nothing'}.`);
    });
  }
  const cols = [
    { title: 'Indicator', cell: (k) => labelOf(k) },
    { title: cityName, cell: (k) => h('strong', {}, score((report.indicators || {})[k])), class: 'num' },
    ...(sample ? [{ title: 'All cities (average)', cell: (k) => score((sample.indicator_averages || {})[k]), class: 'num' }] : []),
    ...compared.map((g) => ({ title: `${g.label} (average)`, cell: (k) => score((g.indicator_averages || {})[k]), class: 'num' })),
    ...(prev ? [{ title: `Change since ${prev.round}`, cell: (k) => delta((prev.indicators || {})[k]), class: 'num' }] : []),
  ];
  barSec.append(h('div', { class: 'table-wrap' },
    table(cols, shown, { caption: `Indicator scores of ${cityName} in ${report.round}, 0 to 100`, className: 'indicator-table' })));
  if (shown.length) append(view, barSec);

  // ---- progress over rounds
  const progress = report.progress || [];
  if (progress.length > 1) {
    const line = chartFigure({
      kind: 'line',
      label: `Line chart of the aggregate of ${cityName} by round: ${progress.map((p) => `${p.round}: ${score(p.aggregate)}`).join(', ')}.`,
      caption: null,
    });
    append(view, h('section', { class: 'block', 'aria-labelledby': 'h-progress' },
      h('h2', { id: 'h-progress' }, 'Progress over rounds'), line,
      h('div', { class: 'table-wrap' }, table([
        { title: 'Round', cell: (p) => (p.round === report.round ? h('strong', {}, String(p.round)) : h('a', { href: hashFor(`/index/report/${c.id}/${p.round}`, compare) }, String(p.round))) },
        { title: 'Aggregate', cell: (p) => score(p.aggregate), class: 'num' },
        { title: 'Source', cell: (p) => (p.source === 'published' ? 'Published result' : 'Questionnaire') },
      ], progress, { caption: `Aggregate of ${cityName} by round`, className: 'progress-table' }))));
    chart(line, lineConfig(progress, cityName));
  }

  // ---- strongest and weakest
  const strong = report.strongest || [];
  // with few indicators the server's two lists overlap: each is named once;
  // the weakest first
  const weak = (report.weakest || []).filter((w) => !strong.some((x) => x.id === w.id))
    .sort((a, b) => Number(a.score) - Number(b.score));
  if (strong.length || weak.length) {
    const list = (items, cls) => h('ol', { class: `extremes ${cls}` }, items.map((i) => h('li', {},
      h('span', { class: 'extreme-label' }, i.label || labelOf(i.id)), ' ', h('span', { class: 'extreme-score' }, score(i.score)),
      sample && sample.indicator_averages && sample.indicator_averages[i.id] != null
        ? h('span', { class: 'meta' }, ` (average ${score(sample.indicator_averages[i.id])})`) : null)));
    append(view, h('section', { class: 'block', 'aria-labelledby': 'h-extremes' },
      h('h2', { id: 'h-extremes' }, 'Strongest and weakest indicators'),
      h('div', { class: 'extremes-grid' },
        h('div', {}, h('h3', {}, 'Strongest'), strong.length ? list(strong, 'strong') : h('p', { class: 'muted' }, 'None.')),
        h('div', {}, h('h3', {}, 'Weakest'), weak.length ? list(weak, 'weak') : h('p', { class: 'muted' }, 'Too few indicators to name the weakest apart from the strongest.')))));
  }

  // ---- how the scores are computed
  append(view, computation(report, edition, labelOf));
}

// "5 of 11 results amity holds for 2017"; a result without an aggregate
// is not ranked.
function amityRankText(a) {
  if (!a) return '–';
  if (a.rank === null || a.rank === undefined) {
    return h('span', { class: 'rank-amity muted' },
      `not ranked: published without an aggregate (amity holds ${a.of} ${a.of === 1 ? 'result' : 'results'} with one for ${a.round})`);
  }
  return h('span', { class: 'rank-amity' }, h('span', { class: 'rank-of' }, `${a.rank} of ${a.of}`),
    ` ${a.of === 1 ? 'result' : 'results'} amity holds for ${a.round}`);
}

const FIGURE_WORDS = {
  aggregate: 'the aggregate',
  rank: 'the rank',
  sample_size: 'the sample size',
  population: 'the population',
  foreign_born_pct: 'the share born abroad',
  over_200k: 'the size group',
  over_15pct: 'the diversity group',
  published_rank: 'the ranks in words',
};

// Every figure the sources of a published result state, each linked to
// the sources that state it, then the sources with what each says.
function publishedFigures(report) {
  const pub = report.published || {};
  const row = (term, figure, text) => fact(term, [sourced(text, sourcesOf(pub, figure), term), ' ',
    sourceNames(sourcesOf(pub, figure))]);
  const inds = pub.indicators || {};
  const words = (k) => k.replace(/_/g, ' ').replace(/^./, (x) => x.toUpperCase());
  return [
    h('dl', { class: 'published-facts' },
      report.aggregate !== null && report.aggregate !== undefined
        ? row('Aggregate as published', 'aggregate', score(report.aggregate))
        : fact('Aggregate as published', h('span', { class: 'muted' }, 'not published: amity does not rank this result')),
      pub.rank ? row('Rank as published', 'rank', pub.rank) : null,
      pub.sample_size ? row('Sample it was ranked in', 'sample_size', `${pub.sample_size} cities`) : null,
      pub.population != null ? row('Population as published', 'population', Number(pub.population).toLocaleString('en')) : null,
      pub.foreign_born_pct != null ? row('Born abroad, as published', 'foreign_born_pct', `${num(pub.foreign_born_pct)}%`) : null,
      report.published_rank ? row('Ranks, as the source words them', 'published_rank', h('span', { dir: 'auto' }, report.published_rank)) : null,
      Object.keys(inds).map((k) => row(`${words(k)} (indicator score as published)`, `indicators.${k}`, score(inds[k])))),
    (pub.sources || []).length
      ? h('div', { class: 'published-sources' }, h('h3', {}, (pub.sources.length > 1 ? 'Sources' : 'Source')),
        h('ol', {}, pub.sources.map((s) => h('li', {},
          isHttp(s.source) ? h('a', { href: s.source, rel: 'noopener noreferrer' }, hostOf(s.source)) : linkedText(s.source),
          h('span', { class: 'meta' }, ` — states: ${(s.figures || []).map((f) => (f.startsWith('indicators.') ? `${words(f.slice(11))} score` : FIGURE_WORDS[f] || f)).join(', ') || 'nothing recorded'}`)))))
      : report.published_source ? h('p', {}, h('strong', {}, 'Source: '), linkedText(report.published_source)) : null,
  ];
}

function fact(term, value) {
  return h('div', {}, h('dt', {}, term), h('dd', {}, value));
}

const valueOrNull = (m, k) => (m[k] === undefined || m[k] === null ? null : Number(m[k]));

// Long labels broken into lines for the spokes of the radar.
function wrapLabel(text, width) {
  const words = String(text).split(/\s+/);
  const lines = [];
  let cur = '';
  for (const w of words) {
    if (cur && (cur + ' ' + w).length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines;
}

const boxWidth = (ch) => (ch.canvas && ch.canvas.parentNode && ch.canvas.parentNode.clientWidth) || 1000;

// On a narrow chart the spokes get short names (the full ones are in the
// tooltips and the table).
function shortLabel(text) {
  const head = String(text).split(':')[0].trim();
  if (head.length <= 16) return head;
  return `${head.split(/\s+/)[0]}…`;
}

function radarLabels(ids, labelOf, width) {
  return width < 520 ? ids.map((k) => shortLabel(labelOf(k))) : ids.map((k) => wrapLabel(labelOf(k), 18));
}

function radarConfig(ids, labelOf, series) {
  const fonts = (width) => {
    const narrow = width < 520;
    return { tick: narrow ? 9 : 11, point: narrow ? 10 : 12 };
  };
  let narrowNow = null;
  return {
    type: 'radar',
    data: {
      labels: radarLabels(ids, labelOf, 1000),
      datasets: series.map((s, i) => ({
        label: s.label,
        data: ids.map((k) => valueOrNull(s.values, k)),
        borderColor: SERIES[i].color,
        backgroundColor: i === 0 ? SERIES[i].fill : 'transparent',
        fill: i === 0,
        borderWidth: i === 0 ? 3 : 2,
        borderDash: SERIES[i].dash,
        pointStyle: SERIES[i].point,
        pointRadius: i === 0 ? 4 : 3,
        pointBackgroundColor: SERIES[i].color,
        spanGaps: true,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        r: {
          min: 0,
          max: 100,
          ticks: { stepSize: 20, backdropColor: 'rgba(255,255,255,0.8)', font: { size: 11 } },
          pointLabels: { font: { size: 12 } },
          grid: { color: '#c9d0d8' },
          angleLines: { color: '#c9d0d8' },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, boxWidth: 10 } },
        tooltip: {
          callbacks: {
            title: (items) => (items.length ? labelOf(ids[items[0].dataIndex]) : ''),
            label: (t) => `${t.dataset.label}: ${score(t.raw)}`,
          },
        },
      },
      // short names and smaller type when the chart is narrow
      onResize: (ch, size) => adaptRadar(ch, size.width),
    },
    plugins: [{
      id: 'amity-fit',
      beforeInit: (ch) => adaptRadar(ch, boxWidth(ch), true),
    }],
  };
  function adaptRadar(ch, width, initial = false) {
    const narrow = width < 520;
    if (narrow === narrowNow) return;
    narrowNow = narrow;
    const f = fonts(width);
    ch.data.labels = radarLabels(ids, labelOf, width);
    ch.options.scales.r.ticks.font.size = f.tick;
    ch.options.scales.r.pointLabels.font.size = f.point;
    if (!initial) ch.update('none');
  }
}

function barConfig(ids, labelOf, cityName, values, group) {
  let narrowNow = null;
  const adapt = (ch, width, initial = false) => {
    const narrow = width < 520;
    if (narrow === narrowNow) return;
    narrowNow = narrow;
    ch.data.labels = ids.map((k) => (narrow ? shortLabel(labelOf(k)) : wrapLabel(labelOf(k), 28)));
    ch.options.scales.y.ticks.font.size = narrow ? 11 : 12;
    if (!initial) ch.update('none');
  };
  return {
    type: 'bar',
    plugins: [{ id: 'amity-fit', beforeInit: (ch) => adapt(ch, boxWidth(ch), true) }],
    data: {
      labels: ids.map((k) => wrapLabel(labelOf(k), 28)),
      datasets: [
        {
          label: cityName,
          data: ids.map((k) => valueOrNull(values, k)),
          backgroundColor: SERIES[0].color,
          borderColor: SERIES[0].color,
          borderWidth: 1,
        },
        {
          label: group ? `${group.label} (average)` : '',
          data: ids.map((k) => valueOrNull((group && group.indicator_averages) || {}, k)),
          backgroundColor: 'rgba(163, 95, 0, 0.25)',
          borderColor: SERIES[1].color,
          borderWidth: 2,
          borderDash: SERIES[1].dash,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { min: 0, max: 100, ticks: { stepSize: 20 }, grid: { color: '#dde2e8' } },
        y: { ticks: { font: { size: 12 }, autoSkip: false }, grid: { display: false } },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            title: (items) => (items.length ? labelOf(ids[items[0].dataIndex]) : ''),
            label: (t) => `${t.dataset.label}: ${score(t.raw)}`,
          },
        },
      },
      onResize: (ch, size) => adapt(ch, size.width),
    },
  };
}

function lineConfig(progress, cityName) {
  return {
    type: 'line',
    data: {
      labels: progress.map((p) => String(p.round)),
      datasets: [{
        label: `${cityName}: aggregate`,
        data: progress.map((p) => (p.aggregate === null || p.aggregate === undefined ? null : Number(p.aggregate))),
        borderColor: SERIES[0].color,
        backgroundColor: SERIES[0].color,
        borderWidth: 3,
        pointRadius: 5,
        tension: 0,
      }],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      scales: { y: { min: 0, max: 100, ticks: { stepSize: 20 } } },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (t) => `Aggregate: ${score(t.raw)}` } },
      },
    },
  };
}

// Country and network: two more comparison groups, by the address.
function compareForm(compare, countries, networks, c, round) {
  const withCities = countries.filter((x) => x.city_count > 0 || x.code === compare.country);
  const country = select([['', 'None'], ...withCities.map((x) => [x.code, x.name])], { name: 'country', value: compare.country });
  const network = select([['', 'None'], ...networks.map((n) => [String(n.id), n.acronym && n.acronym !== n.name ? `${n.name} (${n.acronym})` : n.name])],
    { name: 'network', value: compare.network });
  const form = h('form', { class: 'filters compare-form no-print', 'aria-label': 'Add comparison groups' },
    field('Compare with the cities of a country', country),
    field('Compare with the members of a network', network),
    h('div', { class: 'filters-actions' }, h('button', { type: 'submit', class: 'button' }, 'Compare')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = hashFor(`/index/report/${c.id}${round ? `/${round}` : ''}`, { country: country.value, network: network.value });
  });
  return form;
}

// Every number traced: the weighted mean of the indicators, each indicator
// from its questions' points, each question's answer and evidence.
function computation(report, edition, labelOf) {
  const sec = h('section', { class: 'block computation', 'aria-labelledby': 'h-computation' },
    h('h2', { id: 'h-computation' }, 'How the scores are computed'));

  if (report.source === 'published' || !report.scores) {
    sec.append(
      h('p', {}, 'This is a result as it was published, without the answers behind it: its scores cannot be traced here to questions and points. Each figure below links to the sources that state it.'),
      ...publishedFigures(report).filter(Boolean));
    return sec;
  }

  const scores = report.scores;
  const inds = scores.indicators || [];
  const counted = inds.filter((i) => i.counted);
  const wsum = counted.reduce((s, i) => s + Number(i.weight), 0);
  const psum = counted.reduce((s, i) => s + Number(i.weight) * Number(i.score), 0);
  const qmap = new Map();
  const optLabel = new Map();
  const indDef = new Map();
  for (const ind of (edition && edition.indicators) || []) {
    indDef.set(ind.id, ind);
    for (const q of ind.questions || []) {
      qmap.set(q.id, q);
      for (const o of q.options || []) optLabel.set(`${q.id}\u0000${o.id}`, o);
    }
  }
  const answers = report.answers || {};
  const ctxv = scores.context || {};

  sec.append(
    h('p', {}, 'Each question\'s answer gives points. An indicator scores its points divided by the most points its questions can give, times 100; a question not answered counts 0 points. Optional indicators count only where at least one of their questions is answered. The aggregate is the mean of the counted indicators, each weighted by its weight.'),
    h('p', { class: 'formula' },
      h('span', {}, `Aggregate = Σ (weight × score) ÷ Σ weight = ${num(psum)} ÷ ${num(wsum)} = `),
      h('strong', {}, score(scores.aggregate, 2))),
    (scores.composites || []).length
      ? h('p', {}, (scores.composites || []).map((cp, i) => {
        const def = ((edition && edition.composites) || []).find((x) => x.id === cp.id);
        return [i ? ' ' : '', h('strong', {}, `${cp.label}: ${score(cp.score)}`),
          def ? ` (the weighted mean of ${def.indicators.map(labelOf).join(', ')}).` : '.'];
      }))
      : null,
    h('p', {}, 'Context: ',
      ctxv.population != null ? `${Number(ctxv.population).toLocaleString('en')} inhabitants (${Number(ctxv.population) >= 200000 ? '200,000 or more' : 'under 200,000'})` : 'population not given (the gazetteer\'s is used where known)',
      '; ',
      ctxv.foreign_born_pct != null ? `${num(ctxv.foreign_born_pct)}% born abroad (${Number(ctxv.foreign_born_pct) >= 15 ? '15% or more' : 'under 15%'})` : 'share born abroad not given',
      '. These place the city in the size and diversity groups.'));

  sec.append(h('div', { class: 'table-wrap' }, table([
    { title: 'Indicator', cell: (i) => labelOf(i.id) },
    { title: 'Points', cell: (i) => `${num(i.points)} of ${num(i.max)}`, class: 'num' },
    { title: 'Answered', cell: (i) => `${i.answered} of ${i.questions}`, class: 'num' },
    { title: 'Weight', cell: (i) => num(i.weight), class: 'num' },
    { title: 'Score', cell: (i) => (i.counted ? h('strong', {}, score(i.score)) : h('span', { class: 'muted' }, 'not counted (optional, not answered)')), class: 'num' },
    { title: 'Weight × score', cell: (i) => (i.counted ? num(Number(i.weight) * Number(i.score)) : '–'), class: 'num' },
  ], inds, { caption: 'Indicator scores from points, with weights', className: 'computation-table' })));

  const details = h('div', { class: 'computation-details' },
    h('h3', {}, 'The answers behind each indicator'));
  for (const i of inds) {
    const def = indDef.get(i.id);
    const qs = def ? def.questions || [] : Object.keys(answers).filter((k) => answers[k].indicator === i.id).map((k) => ({ id: k, text: k, options: [] }));
    const items = qs.map((q) => {
      const a = answers[q.id];
      const max = Math.max(0, ...(q.options || []).map((o) => Number(o.points)));
      if (!a || a.option === undefined || a.option === null) {
        return h('li', { class: 'trace unanswered' },
          h('p', { class: 'trace-q', dir: 'auto' }, q.text),
          h('p', { class: 'trace-a muted' }, `Not answered: 0 of ${num(max)} points.`));
      }
      const o = optLabel.get(`${q.id}\u0000${a.option}`);
      return h('li', { class: 'trace' },
        h('p', { class: 'trace-q', dir: 'auto' }, q.kind && KIND_TEXT[q.kind] ? h('span', { class: 'tag kind' }, KIND_TEXT[q.kind]) : null, ' ', q.text),
        h('p', { class: 'trace-a' }, 'Answer: ', h('strong', { dir: 'auto' }, o ? o.label : a.option),
          ' · ', h('span', { class: 'trace-points' }, `${num(a.points)} of ${num(a.max)} points`)),
        a.note ? h('p', { class: 'trace-note', dir: 'auto' }, h('span', { class: 'evidence-label' }, 'Evidence: '), a.note) : null,
        a.link && isHttp(a.link) ? h('p', { class: 'trace-link' }, h('span', { class: 'evidence-label' }, 'Link: '), h('a', { href: a.link, rel: 'noopener noreferrer' }, a.link)) : null);
    });
    details.append(h('details', { class: 'trace-indicator print-open' },
      h('summary', {}, h('span', { class: 'trace-title' }, labelOf(i.id)), ' ',
        h('span', { class: 'trace-sum' },
          `${num(i.points)} of ${num(i.max)} points, ${i.answered} of ${i.questions} answered, weight ${num(i.weight)} → `,
          i.counted ? `score ${score(i.score)}` : 'not counted')),
      items.length ? h('ol', { class: 'traces' }, items) : h('p', { class: 'muted' }, 'No questions.')));
  }
  sec.append(details);
  return sec;
}

// No result yet: say so, and offer the questionnaire to who may answer.
async function noResult(view, ctx, city, round) {
  view.replaceChildren();
  pageTitle(`${city.name}: Intercultural Cities Index`);
  append(view,
    indexCrumbs(h('a', { href: `#/city/${city.id}`, dir: 'auto' }, city.name)),
    h('h1', {}, name(city.name), ': Intercultural Cities Index'),
    h('p', {}, round ? `${city.name} has no Index result for ${round}.` : `${city.name} has no Index result yet.`),
    h('p', {}, h('a', { href: '#/index' }, 'See the results of the other cities')));
  const offer = await questionnaireOffer(ctx, city);
  if (offer && ctx.alive()) view.append(offer);
}

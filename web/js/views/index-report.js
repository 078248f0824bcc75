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
  statusBadge, statusNote, score, num, pts, percent, delta, rankText, percentileText, questionnaire, questionnaireOffer,
  mayRespond, linkedText, indexCrumbs, COUNTRY_RE, ID_RE, kindText, tEls, colon, year,
} from './index-shared.js';
import { t, has, fmt, dir } from '../i18n.js';
import { choiceText } from '../params.js';

const rtl = () => dir() === 'rtl';
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
  append(view, h('p', { class: 'loading' }, t('index-loading')));

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
      if (!city) return notFound(view, t('index-report-no-such-city'));
      return noResult(view, ctx, city, round);
    }
    // a comparison the server refuses: say so, and show the report without it
    if ((e.status === 400 || e.status === 422) && (compare.country || compare.network)) {
      setStatus(t('index-report-comparison-left-out', { error: e.message }), { error: true });
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
  pageTitle(t('index-report-title', { city: cityName, round: year(report.round) }));

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
    label: g.id === 'country' && compare.country ? t('index-cities-of', { country: countryName.get(compare.country) || compare.country }) : g.label,
  }));
  const sample = groups.find((g) => g.id === 'all') || null;
  // groups to compare with: those the city belongs to, and the ones asked for
  const compared = groups.filter((g) => g.id !== 'all' && g.of > 0 && (g.member || g.id === 'country' || g.id === 'network'));

  // ---- heading and the result in one line
  append(view,
    indexCrumbs(h('a', { href: `#/city/${c.id}`, dir: 'auto' }, cityName)),
    h('h1', {}, tEls('index-report-title', { round: year(report.round) }, { city: name(cityName) })));

  const prev = report.previous;
  const pub = report.published || null;
  const completeness = report.scores && report.scores.completeness;
  const hasAggregate = report.aggregate !== null && report.aggregate !== undefined;
  const summary = h('section', { class: 'index-summary', 'aria-label': t('index-report-result') },
    h('div', { class: 'aggregate' },
      h('span', { class: 'aggregate-label' }, t('index-aggregate')),
      h('span', { class: 'aggregate-value', id: 'ix-aggregate' },
        pub && hasAggregate ? sourced(score(report.aggregate), sourcesOf(pub, 'aggregate'), t('index-aggregate-as-published')) : score(report.aggregate)),
      h('span', { class: 'aggregate-max' }, hasAggregate ? ` / ${fmt.number(100)}` : ` ${t('index-not-published')}`)),
    h('dl', { class: 'summary-facts' },
      fact(t('index-city'), [name(cityName), c.country ? h('span', { class: 'cc' }, ` (${countryName.get(c.country) || c.country})`) : null]),
      fact(t('index-round'), year(report.round)),
      fact(t('index-report-status'), statusBadge(report.status)),
      pub ? fact(t('index-rank-as-published'), publishedRank(pub) || h('span', { class: 'muted' }, t('index-report-rank-not-stated'))) : null,
      report.amity_rank ? fact(t('index-report-rank-amity'), amityRankText(report.amity_rank))
        : sample && sample.member ? fact(t('index-report-rank-all'), rankText(sample)) : null,
      prev && prev.delta !== null && prev.delta !== undefined ? fact(t('index-report-change-since', { round: year(prev.round) }), h('span', { class: 'delta' }, delta(prev.delta))) : null,
      completeness ? fact(t('index-report-questions-answered'), t('index-count-of', { count: completeness.answered, of: completeness.questions })) : null,
      report.edition ? fact(t('index-report-questionnaire'), report.edition.title || report.edition.id) : null),
    h('p', { class: 'status-note' }, statusNote(report.status)));
  append(view, summary, doubtNote(pub));

  // ---- actions: print, other rounds, the questionnaire
  const rounds = (report.progress || []).map((p) => p.round);
  const actions = h('div', { class: 'actions report-actions no-print' },
    h('button', { type: 'button', class: 'button', onclick: () => window.print() }, t('index-report-print')),
    report.status === 'draft' && report.response_id && mayAnswer
      ? h('a', { class: 'button secondary', href: `#/index/respond/${report.response_id}` }, t('index-report-continue'))
      : null,
    report.status === 'submitted' && report.response_id && mayAnswer
      ? h('a', { class: 'button secondary', href: `#/index/respond/${report.response_id}` }, t('index-report-see-answers'))
      : null);
  append(view, actions);
  if (rounds.length > 1) {
    append(view, h('nav', { class: 'round-links no-print', 'aria-label': t('index-report-rounds') }, `${colon(t('index-report-rounds'))} `,
      rounds.map((r, i) => [i ? ' · ' : '', r === report.round
        ? h('strong', { 'aria-current': 'page' }, year(r))
        : h('a', { href: hashFor(`/index/report/${c.id}/${r}`, compare) }, year(r))])));
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
    h('h2', { id: 'h-ranks' }, t('index-report-ranks')),
    h('p', { class: 'hint' }, t('index-report-ranks-hint')),
    h('div', { class: 'table-wrap' }, table([
      { title: t('index-report-group'), cell: (g) => h('span', { dir: 'auto' }, g.label) },
      {
        title: t('index-rank'),
        cell: (g) => rankText(g) || h('span', { class: 'muted' }, g.member ? t('index-report-not-ranked-no-aggregate') : t('index-report-not-in-group')),
        class: 'col-rank',
      },
      { title: t('index-percentile'), cell: (g) => (g.member ? percentileText(g.percentile) : '–'), class: 'num' },
      { title: t('index-report-cities'), cell: (g) => fmt.number(g.of), class: 'num' },
      { title: t('index-report-group-average'), cell: (g) => score(g.average), class: 'num' },
    ], groups, { caption: t('index-report-ranks-caption', { city: cityName, round: year(report.round) }), className: 'rank-table' })),
    h('p', { class: 'hint' }, t('index-report-ranks-hint-published')),
    pub ? h('p', { class: 'both-ranks' }, h('strong', {}, `${colon(t('index-rank-as-published'))} `),
      publishedRank(pub) || h('span', { class: 'muted' }, t('index-report-rank-not-stated')), `${t('index-full-stop')} `,
      h('strong', {}, `${colon(t('index-report-rank-amity'))} `), amityRankText(report.amity_rank), t('index-full-stop')) : null,
    pub && report.published_rank
      ? h('p', {}, h('strong', {}, `${colon(t('index-report-source-words'))} `),
        sourced(h('span', { dir: 'auto' }, report.published_rank), sourcesOf(pub, 'published_rank'), t('index-report-ranks-as-published')))
      : null);
  append(view, rankSec);

  // ---- a result published without indicator scores has no profile to draw
  if (!shown.length) {
    append(view, h('section', { class: 'block', 'aria-labelledby': 'h-profile' },
      h('h2', { id: 'h-profile' }, t('index-report-profile')),
      h('p', { class: 'muted' }, t('index-report-no-profile'))));
  }

  // ---- the profile: radar of the city against the sample and its groups
  const series = [
    { label: cityName, values: report.indicators || {} },
    sample ? { label: t('index-average-of', { group: sample.label }), values: sample.indicator_averages || {} } : null,
    ...compared.map((g) => ({ label: t('index-average-of', { group: g.label }), values: g.indicator_averages || {} })),
  ].filter(Boolean).slice(0, SERIES.length);
  const radar = chartFigure({
    kind: 'radar',
    label: t('index-report-radar-label', {
      city: cityName,
      others: series.length > 1 ? fmt.list(series.slice(1).map((s) => s.label)) : t('index-report-no-other-city'),
    }),
    caption: t('index-report-radar-caption'),
  });
  if (shown.length) {
    append(view, h('section', { class: 'block', 'aria-labelledby': 'h-profile' },
      h('h2', { id: 'h-profile' }, t('index-report-profile')), radar));
  }
  if (shown.length >= 3) {
    chart(radar, radarConfig(shown, labelOf, series));
  } else {
    radar.querySelector('.chart-box').replaceWith(h('p', { class: 'muted' }, t('index-report-too-few-radar')));
  }

  // ---- scores by indicator: bars, and the table
  const barSec = h('section', { class: 'block', 'aria-labelledby': 'h-indicators' },
    h('h2', { id: 'h-indicators' }, t('index-report-scores-by-indicator')));
  const choices = [sample, ...compared].filter(Boolean);
  const with_ = select(choices.map((g) => [g.id, g.label]), { value: 'all', name: 'compare-with' });
  const bars = chartFigure({
    kind: 'bars',
    label: t('index-report-bars-label', { city: cityName }),
    caption: null,
  });
  bars.querySelector('.chart-box').style.setProperty('--bars', String(Math.max(shown.length, 1)));
  if (choices.length > 1) barSec.append(field(t('index-report-compare-average'), with_, { className: 'compare-with no-print' }));
  barSec.append(bars);
  const barGroup = () => choices.find((g) => g.id === with_.value) || sample;
  let barChart = null;
  if (shown.length) {
    chart(bars, barConfig(shown, labelOf, cityName, report.indicators || {}, barGroup())).then((ch) => { barChart = ch; });
    with_.addEventListener('change', () => {
      if (!barChart) return;
      const g = barGroup();
      barChart.data.datasets[1].label = g ? t('index-average-of', { group: g.label }) : '';
      barChart.data.datasets[1].data = shown.map((k) => valueOrNull((g && g.indicator_averages) || {}, k));
      barChart.update();
      setStatus(g ? t('index-report-bars-compare', { group: g.label }) : t('index-report-bars-compare-nothing'));
    });
  }
  const cols = [
    { title: t('index-indicator'), cell: (k) => labelOf(k) },
    { title: cityName, cell: (k) => h('strong', {}, score((report.indicators || {})[k])), class: 'num' },
    ...(sample ? [{ title: t('index-report-all-cities-average'), cell: (k) => score((sample.indicator_averages || {})[k]), class: 'num' }] : []),
    ...compared.map((g) => ({ title: t('index-average-of', { group: g.label }), cell: (k) => score((g.indicator_averages || {})[k]), class: 'num' })),
    ...(prev ? [{ title: t('index-report-change-since', { round: year(prev.round) }), cell: (k) => delta((prev.indicators || {})[k]), class: 'num' }] : []),
  ];
  barSec.append(h('div', { class: 'table-wrap' },
    table(cols, shown, { caption: t('index-report-indicators-caption', { city: cityName, round: year(report.round) }), className: 'indicator-table' })));
  if (shown.length) append(view, barSec);

  // ---- progress over rounds
  const progress = report.progress || [];
  if (progress.length > 1) {
    const line = chartFigure({
      kind: 'line',
      label: t('index-report-line-label', {
        city: cityName,
        values: fmt.list(progress.map((p) => `${colon(year(p.round))} ${score(p.aggregate)}`), 'unit'),
      }),
      caption: null,
    });
    append(view, h('section', { class: 'block', 'aria-labelledby': 'h-progress' },
      h('h2', { id: 'h-progress' }, t('index-report-progress')), line,
      h('div', { class: 'table-wrap' }, table([
        { title: t('index-round'), cell: (p) => (p.round === report.round ? h('strong', {}, year(p.round)) : h('a', { href: hashFor(`/index/report/${c.id}/${p.round}`, compare) }, year(p.round))) },
        { title: t('index-aggregate'), cell: (p) => score(p.aggregate), class: 'num' },
        { title: t('index-source'), cell: (p) => (p.source === 'published' ? t('index-report-published-result') : t('index-report-questionnaire')) },
      ], progress, { caption: t('index-report-progress-caption', { city: cityName }), className: 'progress-table' }))));
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
        ? h('span', { class: 'meta' }, ` ${t('index-report-average-paren', { score: score(sample.indicator_averages[i.id]) })}`) : null)));
    append(view, h('section', { class: 'block', 'aria-labelledby': 'h-extremes' },
      h('h2', { id: 'h-extremes' }, t('index-report-extremes')),
      h('div', { class: 'extremes-grid' },
        h('div', {}, h('h3', {}, t('index-report-strongest')), strong.length ? list(strong, 'strong') : h('p', { class: 'muted' }, t('index-report-none'))),
        h('div', {}, h('h3', {}, t('index-report-weakest')), weak.length ? list(weak, 'weak') : h('p', { class: 'muted' }, t('index-report-too-few-weakest'))))));
  }

  // ---- the reports the network's experts wrote on this round
  const reports = (report.expert_reports || []).filter((r) => isHttp(r.url));
  if (reports.length) {
    append(view, h('section', { class: 'block', 'aria-labelledby': 'h-expert-reports' },
      h('h2', { id: 'h-expert-reports' }, t('index-report-expert-reports')),
      h('ul', {}, reports.map((r) => h('li', {},
        h('a', { href: r.url, rel: 'noopener noreferrer', dir: 'auto' }, r.title || t('index-report-expert-report-untitled')),
        ' ', h('span', { class: 'meta' }, `(${choiceText(r.kind)}${r.done_date ? `, ${fmt.date(r.done_date)}` : ''})`))))));
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
      t('index-report-amity-not-ranked', { count: a.of, round: year(a.round) }));
  }
  return h('span', { class: 'rank-amity' }, tEls('index-report-amity-rank', { count: a.of, round: year(a.round) },
    { rank: h('span', { class: 'rank-of' }, t('index-rank-of', { rank: a.rank, of: a.of })) }));
}

// What a source states: "the aggregate", "the sample size"; another figure as named
const figureWords = (f) => (has(`index-figure-${f.replace(/_/g, '-')}`) ? t(`index-figure-${f.replace(/_/g, '-')}`) : f);

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
        ? row(t('index-aggregate-as-published'), 'aggregate', score(report.aggregate))
        : fact(t('index-aggregate-as-published'), h('span', { class: 'muted' }, t('index-report-not-published-not-ranked'))),
      pub.rank ? row(t('index-rank-as-published'), 'rank', pub.rank) : null,
      pub.sample_size ? row(t('index-report-sample-ranked-in'), 'sample_size', t('index-cities-count', { count: pub.sample_size })) : null,
      pub.population != null ? row(t('index-report-population-published'), 'population', fmt.number(Number(pub.population))) : null,
      pub.foreign_born_pct != null ? row(t('index-report-born-abroad-published'), 'foreign_born_pct', percent(pub.foreign_born_pct)) : null,
      report.published_rank ? row(t('index-report-ranks-source-words'), 'published_rank', h('span', { dir: 'auto' }, report.published_rank)) : null,
      Object.keys(inds).map((k) => row(t('index-report-indicator-published', { indicator: words(k) }), `indicators.${k}`, score(inds[k])))),
    (pub.sources || []).length
      ? h('div', { class: 'published-sources' }, h('h3', {}, t('index-report-sources', { count: pub.sources.length })),
        h('ol', {}, pub.sources.map((s) => h('li', {},
          isHttp(s.source) ? h('a', { href: s.source, rel: 'noopener noreferrer' }, hostOf(s.source)) : linkedText(s.source),
          h('span', { class: 'meta' }, ` — ${t('index-report-states', {
            figures: (s.figures || []).length
              ? fmt.list((s.figures || []).map((f) => (f.startsWith('indicators.') ? t('index-report-indicator-score', { indicator: words(f.slice(11)) }) : figureWords(f))))
              : t('index-report-nothing-recorded'),
          })}`)))))
      : report.published_source ? h('p', {}, h('strong', {}, `${colon(t('index-source'))} `), linkedText(report.published_source)) : null,
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
        legend: { position: 'bottom', rtl: rtl(), textDirection: dir(), labels: { usePointStyle: true, boxWidth: 10 } },
        tooltip: {
          rtl: rtl(),
          textDirection: dir(),
          callbacks: {
            title: (items) => (items.length ? labelOf(ids[items[0].dataIndex]) : ''),
            label: (item) => `${colon(item.dataset.label)} ${score(item.raw)}`,
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
        // right to left: the bars grow from the right, the names on the right
        x: { min: 0, max: 100, reverse: rtl(), ticks: { stepSize: 20, callback: (v) => fmt.number(v) }, grid: { color: '#dde2e8' } },
        y: { position: rtl() ? 'right' : 'left', ticks: { font: { size: 12 }, autoSkip: false }, grid: { display: false } },
      },
      plugins: {
        legend: { position: 'bottom', rtl: rtl(), textDirection: dir() },
        tooltip: {
          rtl: rtl(),
          textDirection: dir(),
          callbacks: {
            title: (items) => (items.length ? labelOf(ids[items[0].dataIndex]) : ''),
            label: (item) => `${colon(item.dataset.label)} ${score(item.raw)}`,
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
      labels: progress.map((p) => year(p.round)),
      datasets: [{
        label: t('index-report-city-aggregate', { city: cityName }),
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
      // right to left: the rounds run from the right, the scale on the right
      scales: {
        x: { reverse: rtl() },
        y: { min: 0, max: 100, position: rtl() ? 'right' : 'left', ticks: { stepSize: 20, callback: (v) => fmt.number(v) } },
      },
      plugins: {
        legend: { display: false },
        tooltip: { rtl: rtl(), textDirection: dir(), callbacks: { label: (item) => `${colon(t('index-aggregate'))} ${score(item.raw)}` } },
      },
    },
  };
}

// Country and network: two more comparison groups, by the address.
function compareForm(compare, countries, networks, c, round) {
  const withCities = countries.filter((x) => x.city_count > 0 || x.code === compare.country);
  const country = select([['', t('index-report-none-choice')], ...withCities.map((x) => [x.code, x.name])], { name: 'country', value: compare.country });
  const network = select([['', t('index-report-none-choice')], ...networks.map((n) => [String(n.id), n.acronym && n.acronym !== n.name ? `${n.name} (${n.acronym})` : n.name])],
    { name: 'network', value: compare.network });
  const form = h('form', { class: 'filters compare-form no-print', 'aria-label': t('index-report-add-groups') },
    field(t('index-report-compare-country'), country),
    field(t('index-report-compare-network'), network),
    h('div', { class: 'filters-actions' }, h('button', { type: 'submit', class: 'button' }, t('index-report-compare'))));
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
    h('h2', { id: 'h-computation' }, t('index-report-computation')));

  if (report.source === 'published' || !report.scores) {
    sec.append(
      h('p', {}, t('index-report-computation-published')),
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
    h('p', {}, t('index-report-computation-how')),
    h('p', { class: 'formula' },
      h('span', {}, `${t('index-report-formula', { points: num(psum), weights: num(wsum) })} `),
      h('strong', {}, score(scores.aggregate, 2))),
    (scores.composites || []).length
      ? h('p', {}, (scores.composites || []).map((cp, i) => {
        const def = ((edition && edition.composites) || []).find((x) => x.id === cp.id);
        return [i ? ' ' : '', h('strong', {}, `${colon(cp.label)} ${score(cp.score)}`),
          def ? ` ${t('index-report-composite-of', { indicators: fmt.list(def.indicators.map(labelOf)) })}` : t('index-full-stop')];
      }))
      : null,
    h('p', {}, `${colon(t('index-report-context'))} `,
      ctxv.population != null
        ? t('index-report-population', {
          population: fmt.number(Number(ctxv.population)),
          group: Number(ctxv.population) >= 200000 ? t('index-report-or-more', { value: fmt.number(200000) }) : t('index-report-under', { value: fmt.number(200000) }),
        })
        : t('index-report-population-not-given'),
      t('index-report-context-separator'),
      ctxv.foreign_born_pct != null
        ? t('index-report-born-abroad', {
          share: percent(ctxv.foreign_born_pct),
          group: Number(ctxv.foreign_born_pct) >= 15 ? t('index-report-or-more', { value: percent(15) }) : t('index-report-under', { value: percent(15) }),
        })
        : t('index-report-born-abroad-not-given'),
      t('index-report-context-end')));

  sec.append(h('div', { class: 'table-wrap' }, table([
    { title: t('index-indicator'), cell: (i) => labelOf(i.id) },
    { title: t('index-report-points'), cell: (i) => t('index-count-of', { count: pts(i.points), of: pts(i.max) }), class: 'num' },
    { title: t('index-report-answered'), cell: (i) => t('index-count-of', { count: i.answered, of: i.questions }), class: 'num' },
    { title: t('index-report-weight'), cell: (i) => num(i.weight), class: 'num' },
    { title: t('index-report-score'), cell: (i) => (i.counted ? h('strong', {}, score(i.score)) : h('span', { class: 'muted' }, t('index-report-not-counted-optional'))), class: 'num' },
    { title: t('index-report-weight-times-score'), cell: (i) => (i.counted ? num(Number(i.weight) * Number(i.score)) : '–'), class: 'num' },
  ], inds, { caption: t('index-report-computation-caption'), className: 'computation-table' })));

  const details = h('div', { class: 'computation-details' },
    h('h3', {}, t('index-report-answers-behind')));
  for (const i of inds) {
    const def = indDef.get(i.id);
    const qs = def ? def.questions || [] : Object.keys(answers).filter((k) => answers[k].indicator === i.id).map((k) => ({ id: k, text: k, options: [] }));
    const items = qs.map((q) => {
      const a = answers[q.id];
      const max = Math.max(0, ...(q.options || []).map((o) => Number(o.points)));
      if (!a || a.option === undefined || a.option === null) {
        return h('li', { class: 'trace unanswered' },
          h('p', { class: 'trace-q', dir: 'auto' }, q.text),
          h('p', { class: 'trace-a muted' }, t('index-report-not-answered', { points: 0, max: pts(max) })));
      }
      const o = optLabel.get(`${q.id}\u0000${a.option}`);
      return h('li', { class: 'trace' },
        h('p', { class: 'trace-q', dir: 'auto' }, ['input', 'fact', 'impact'].includes(q.kind) ? h('span', { class: 'tag kind' }, kindText(q.kind)) : null, ' ', q.text),
        h('p', { class: 'trace-a' }, `${colon(t('index-report-answer'))} `, h('strong', { dir: 'auto' }, o ? o.label : a.option),
          ' · ', h('span', { class: 'trace-points' }, t('index-points-of', { points: pts(a.points), max: pts(a.max) }))),
        a.note ? h('p', { class: 'trace-note', dir: 'auto' }, h('span', { class: 'evidence-label' }, `${colon(t('index-report-evidence'))} `), a.note) : null,
        a.link && isHttp(a.link) ? h('p', { class: 'trace-link' }, h('span', { class: 'evidence-label' }, `${colon(t('index-report-link'))} `), h('a', { href: a.link, rel: 'noopener noreferrer' }, a.link)) : null);
    });
    details.append(h('details', { class: 'trace-indicator print-open' },
      h('summary', {}, h('span', { class: 'trace-title' }, labelOf(i.id)), ' ',
        h('span', { class: 'trace-sum' },
          `${t('index-report-trace-sum', { points: pts(i.points), max: pts(i.max), answered: i.answered, questions: i.questions, weight: num(i.weight) })} `,
          i.counted ? t('index-score-is', { score: score(i.score) }) : t('index-not-counted'))),
      items.length ? h('ol', { class: 'traces' }, items) : h('p', { class: 'muted' }, t('index-report-no-questions'))));
  }
  sec.append(details);
  return sec;
}

// No result yet: say so, and offer the questionnaire to who may answer.
async function noResult(view, ctx, city, round) {
  view.replaceChildren();
  pageTitle(t('index-report-title-no-round', { city: city.name }));
  append(view,
    indexCrumbs(h('a', { href: `#/city/${city.id}`, dir: 'auto' }, city.name)),
    h('h1', {}, tEls('index-report-title-no-round', {}, { city: name(city.name) })),
    h('p', {}, round ? t('index-report-no-result-round', { city: city.name, round: year(round) }) : t('index-report-no-result', { city: city.name })),
    h('p', {}, h('a', { href: '#/index' }, t('index-report-see-others'))));
  const offer = await questionnaireOffer(ctx, city);
  if (offer && ctx.alive()) view.append(offer);
}

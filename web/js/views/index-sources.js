// Published Index results on the results and report pages: every figure a
// source states is linked to that source (the first source on the figure
// itself, any other as [2], [3]), the rank as published is said in words
// with the size of the sample it was ranked in, and a caveat recorded with
// a result (a doubtful source) is shown wherever the result is.
import { h, isHttp } from '../ui.js';
import { t } from '../i18n.js';
import { colon } from './index-shared.js';

export function hostOf(source) {
  if (!isHttp(source)) return source;
  try {
    return new URL(source).hostname.replace(/^www\./, '');
  } catch {
    return source;
  }
}

// The sources of a published result that state a figure ("aggregate",
// "rank", "sample_size", "indicators.NAME", ...), oldest first.
export function sourcesOf(published, figure) {
  return ((published && published.sources) || []).filter((s) => (s.figures || []).includes(figure));
}

function sourceLink(s, label, what, cls) {
  const title = `${colon(what)} ${s.source}`;
  const text = typeof label === 'string' ? label : label.textContent;
  return isHttp(s.source)
    ? h('a', { href: s.source, rel: 'noopener noreferrer', class: cls, title, 'aria-label': t('index-source-of', { text, host: hostOf(s.source) }) }, label)
    : h('span', { class: cls, title }, label);
}

// text linked to the sources that state the figure; text alone when none does.
export function sourced(text, sources, what = t('index-source')) {
  if (!sources || !sources.length) return text;
  const [first, ...rest] = sources;
  return h('span', { class: 'sourced' }, sourceLink(first, text, what, 'figure-source'),
    rest.map((s, i) => [' ', sourceLink(s, `[${i + 2}]`, t('index-source-also', { what }), 'source-more')]));
}

// "source old.omr.gov.ua" / "sources a.org, b.org": the addresses by name.
export function sourceNames(sources) {
  if (!sources || !sources.length) return null;
  return h('span', { class: 'source-names' }, `${t('index-source-names', { count: sources.length })} `,
    sources.map((s, i) => [i ? t('index-list-separator') : '', sourceLink(s, hostOf(s.source), t('index-source'), 'source-name')]));
}

// "17th of 93, as published — source old.omr.gov.ua", each part linked.
export function publishedRank(published) {
  if (!published) return null;
  if (published.rank_label) {
    const rankSources = sourcesOf(published, 'rank');
    return h('span', { class: 'rank-published' },
      sourced(published.rank_label, rankSources, t('index-rank-as-published')), t('index-as-published'),
      rankSources.length ? [' — ', sourceNames(rankSources)] : null);
  }
  if (published.sample_size) {
    return h('span', { class: 'rank-published muted' }, `${t('index-rank-not-stated')} `,
      sourced(t('index-sample-of', { size: published.sample_size }), sourcesOf(published, 'sample_size'), t('index-sample-size-as-published')));
  }
  return null;
}

// The caveat recorded with a result (Melitopol's doubtful source, say), in
// full, wherever the result is shown; role note: read out with it.
export function doubtNote(published, { compact = false } = {}) {
  if (!published || !published.note) return null;
  return compact
    ? h('div', { class: 'doubt meta', role: 'note' },
      h('span', { class: 'badge index-status status-returned' }, t('index-caveat')), ' ', h('span', { dir: 'auto' }, published.note))
    : h('p', { class: 'notice warn doubt', role: 'note' }, h('strong', {}, `${colon(t('index-caveat'))} `), h('span', { dir: 'auto' }, published.note));
}

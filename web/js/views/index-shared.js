// Pieces shared by the Intercultural Cities Index pages (index-results.js,
// index-report.js, index-respond.js): number formats, statuses, the
// questionnaire of an edition, and the officer's way into the questionnaire.
import * as api from '../api.js';
import { h, append, label, setStatus, reportError, flash } from '../ui.js';
import { navigate } from '../app.js';
import { rulesOf } from '../schema.js';
import { t, has, fmt, tNodes } from '../i18n.js';

// A message with elements in it: t(id, args), each of els (a link, a name)
// put where its placeable is: [text, element, text].
export const tEls = (id, args, els) => tNodes(id, { ...args, ...els });

// "Rank:" as the reader's language puts a label before what it names (no space after).
export const colon = (text) => t('index-colon', { label: text });

// A round (a year) as the reader writes it, without grouping: 2019, ۲۰۱۹.
export const year = (y) => fmt.number(y, { useGrouping: false });

export function statusText(status) {
  const id = `index-status-${status}`;
  const text = t(`index-status-${status}`);
  return text === id ? label(status) : text;
}

export function statusBadge(status) {
  return h('span', { class: `badge index-status status-${status}` }, statusText(status));
}

// What a status means, in a sentence (draft, submitted, published).
export function statusNote(status) {
  return has(`index-status-note-${status}`) ? t(`index-status-note-${status}`) : '';
}

// 57.25078 -> "57.3"; null -> "–"
export function score(n, digits = 1) {
  if (n === null || n === undefined || Number.isNaN(Number(n))) return '–';
  return fmt.number(Number(n), { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
}

// Points and weights, as a number for a message: 2, 1.5
export const pts = (n) => Number(Number(n).toFixed(2));

// Points and weights: "2", "1.5"
export function num(n) {
  if (n === null || n === undefined) return '–';
  return fmt.number(pts(n), { maximumFractionDigits: 2, useGrouping: false });
}

// 18.5 -> "18.5%"
export const percent = (n) => t('index-percent', { value: pts(n) });

// +3.2 / −1.0 / ±0.0
export function delta(n) {
  if (n === null || n === undefined) return '–';
  const v = Number(n);
  const s = Math.abs(v).toFixed(1);
  const text = score(Math.abs(v));
  if (s === '0.0') return `±${score(0)}`;
  return v > 0 ? `+${text}` : `−${text}`;
}

export function rankText(g) {
  return g.member && g.rank ? t('index-rank-of', { rank: g.rank, of: g.of }) : null;
}

export function percentileText(p) {
  if (p === null || p === undefined) return '–';
  return fmt.number(Math.round(Number(p)));
}

// The round the questionnaire is started for: this year.
export const thisRound = () => new Date().getFullYear();

// Query parameters the API would refuse are left out.
export const COUNTRY_RE = /^[A-Za-z]{2}$/;
export const ID_RE = /^[1-9]\d{0,9}$/;
export const ROUND_RE = /^(20\d\d|2100)$/;

// ---- the questionnaire, once per edition ----------------------------------------

const editions = new Map();
export function questionnaire(edition) {
  const key = edition || '';
  if (!editions.has(key)) {
    const p = api.get('/index/questionnaire', { edition: edition || undefined });
    p.catch(() => editions.delete(key));
    editions.set(key, p);
  }
  return editions.get(key);
}

// "{qid: question}" and "{qid: option id -> option}" for an edition.
export function questionMap(q) {
  const byId = new Map();
  for (const ind of q.indicators || []) {
    for (const question of ind.questions || []) byId.set(question.id, { ...question, indicator: ind.id });
  }
  return byId;
}

// input: Policy, fact: Fact, impact: Impact; another as the edition names it
export function kindText(kind) {
  if (!['input', 'fact', 'impact'].includes(kind)) return kind;
  return t(`index-kind-${kind}`);
}

// ---- who may answer ----------------------------------------------------------------

// May the caller answer the questionnaire for the city (a city record, as
// the server sent it)? The server says what the caller may do with the city
// (its `can`); an Index response is added by whoever the document's rules
// (x-rights) say, and when those are the ones who may change the city
// (its officer, or an admin), the city's `can` answers for the response too.
export async function mayRespond(city) {
  if (!city || !city.can || !city.can.update) return false;
  const [responseRules, cityRules] = await Promise.all([rulesOf('IndexResponse'), rulesOf('City')]);
  const who = (rules, action) => (rules.find((r) => r.action === action && !r.states)?.who || []).slice().sort().join(' ');
  const adds = who(responseRules, 'create');
  return !!adds && adds === who(cityRules, 'update');
}

// "Start the questionnaire for 2026" or "Continue the questionnaire for
// 2026" for those who may answer for the city. Resolves to an element, or
// null when there is nothing to offer.
export async function questionnaireOffer(ctx, city) {
  if (!ctx.user || !(await mayRespond(city).catch(() => false))) return null;
  let items = [];
  try {
    items = (await api.get('/index/responses', { city: city.id, limit: 100 })).items || [];
  } catch {
    return null;
  }
  const round = thisRound();
  const drafts = items.filter((r) => r.status === 'draft');
  const hasRound = items.some((r) => r.round === round);
  const box = h('div', { class: 'index-offer', role: 'group', 'aria-label': t('index-offer-label', { city: city.name }) });
  for (const d of drafts) {
    box.append(h('a', { class: 'button', href: `#/index/respond/${d.id}` },
      t('index-offer-continue', { round: year(d.round) })));
  }
  if (!hasRound) {
    const b = h('button', { type: 'button', class: drafts.length ? 'button secondary' : 'button' },
      t('index-offer-start', { round: year(round) }));
    b.addEventListener('click', async () => {
      b.disabled = true;
      setStatus(t('index-offer-starting'));
      try {
        const r = await api.post('/index/responses', { city_id: city.id, round });
        flash(t('index-offer-started', { city: city.name, round: year(round) }));
        navigate(`#/index/respond/${r.id}`);
      } catch (err) {
        reportError(err, null, t('index-offer-not-started'));
        b.disabled = false;
      }
    });
    box.append(b);
  }
  if (!box.childElementCount) return null;
  const who = ctx.user.city_id === city.id ? t('index-offer-your-city', { city: city.name })
    : t('index-offer-your-account', { city: city.name });
  return h('section', { class: 'index-offer-panel', 'aria-labelledby': 'h-offer' },
    h('h2', { id: 'h-offer', class: 'offer-title' }, t('index-questionnaire')),
    h('p', { class: 'hint' }, who, ' ', t('index-offer-draft-hint')),
    box);
}

// A published source: its web addresses become links.
export function linkedText(text) {
  const p = h('span', { dir: 'auto' });
  const re = /https?:\/\/[^\s<>"]+/gi;
  let at = 0;
  let m;
  while ((m = re.exec(text))) {
    let url = m[0];
    const trail = url.match(/[.,;:!?)\]]+$/);
    if (trail) url = url.slice(0, -trail[0].length);
    if (m.index > at) p.append(text.slice(at, m.index));
    p.append(h('a', { href: url, rel: 'noopener noreferrer' }, url));
    at = m.index + url.length;
    re.lastIndex = at;
  }
  if (at < text.length) p.append(text.slice(at));
  return p;
}

export function indexCrumbs(...rest) {
  return append(h('p', { class: 'crumbs' }, h('a', { href: '#/index' }, t('index-title'))),
    rest.map((r) => [' / ', r]));
}

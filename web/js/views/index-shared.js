// Pieces shared by the Intercultural Cities Index pages (index-results.js,
// index-report.js, index-respond.js): number formats, statuses, the
// questionnaire of an edition, and the officer's way into the questionnaire.
import * as api from '../api.js';
import { h, append, label, setStatus, reportError, flash } from '../ui.js';
import { navigate } from '../app.js';
import { rulesOf } from '../schema.js';

export const STATUS_TEXT = {
  draft: 'Draft',
  submitted: 'Submitted',
  published: 'Published',
};

export function statusBadge(status) {
  return h('span', { class: `badge index-status status-${status}` }, STATUS_TEXT[status] || label(status));
}

// What a status means, in a sentence.
export const STATUS_NOTE = {
  draft: 'A draft: only the city\'s officer and the administrators see it. Its ranks are what they would be if it were submitted now.',
  submitted: 'Submitted by the city: its answers are frozen and it is part of the sample.',
  published: 'A result as published by its source, recorded without the answers behind it.',
};

// 57.25078 -> "57.3"; null -> "–"
export function score(n, digits = 1) {
  if (n === null || n === undefined || Number.isNaN(Number(n))) return '–';
  return Number(n).toFixed(digits);
}

// Points and weights: "2", "1.5"
export function num(n) {
  if (n === null || n === undefined) return '–';
  return String(Number(Number(n).toFixed(2)));
}

// +3.2 / −1.0 / ±0.0
export function delta(n) {
  if (n === null || n === undefined) return '–';
  const v = Number(n);
  const s = Math.abs(v).toFixed(1);
  if (s === '0.0') return '±0.0';
  return v > 0 ? `+${s}` : `−${s}`;
}

export function rankText(g) {
  return g.member && g.rank ? `${g.rank} of ${g.of}` : null;
}

export function percentileText(p) {
  if (p === null || p === undefined) return '–';
  return Math.round(Number(p)).toString();
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

export const KIND_TEXT = {
  input: 'Policy',
  fact: 'Fact',
  impact: 'Impact',
};

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
  const box = h('div', { class: 'index-offer', role: 'group', 'aria-label': `The questionnaire of ${city.name}` });
  for (const d of drafts) {
    box.append(h('a', { class: 'button', href: `#/index/respond/${d.id}` },
      `Continue the questionnaire for ${d.round}`));
  }
  if (!hasRound) {
    const b = h('button', { type: 'button', class: drafts.length ? 'button secondary' : 'button' },
      `Start the questionnaire for ${round}`);
    b.addEventListener('click', async () => {
      b.disabled = true;
      setStatus('Starting the questionnaire…');
      try {
        const r = await api.post('/index/responses', { city_id: city.id, round });
        flash(`The questionnaire of ${city.name} for ${round} is started: answers are saved as you go.`);
        navigate(`#/index/respond/${r.id}`);
      } catch (err) {
        reportError(err, null, 'The questionnaire was not started');
        b.disabled = false;
      }
    });
    box.append(b);
  }
  if (!box.childElementCount) return null;
  const who = ctx.user.city_id === city.id ? `You answer the questionnaire for ${city.name}, your city.`
    : `Your account may answer the questionnaire for ${city.name}.`;
  return h('section', { class: 'index-offer-panel', 'aria-labelledby': 'h-offer' },
    h('h2', { id: 'h-offer', class: 'offer-title' }, 'The questionnaire'),
    h('p', { class: 'hint' }, who, ' A draft is seen only by you and the administrators until it is submitted.'),
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
  return append(h('p', { class: 'crumbs' }, h('a', { href: '#/index' }, 'Intercultural Cities Index')),
    rest.map((r) => [' / ', r]));
}

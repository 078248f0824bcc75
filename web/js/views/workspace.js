// The signed-in home page (#/ when signed in): what the caller's work is
// today, from GET /api/v1/workspace. The reply holds the parts that are the
// caller's (a city's officer: its partnerships by health, dormant first,
// its drafts and returned practices, its Index responses, its activities;
// a network's secretariat: the practices awaiting its review, its members,
// its activities; an admin: the imports and the accounts) and, for
// everyone, what changed since the last visit; the page draws the parts
// the reply has. Every label is the API document's; what the caller may do
// is the `can` of each record.
import * as api from '../api.js';
import { h, append, name, healthBadge, pageTitle, table } from '../ui.js';
import { apiDocument, rulesOf, stepsOf } from '../schema.js';
import { choiceText, choiceWords } from '../params.js';
import { statusBadge as practiceBadge, placeEl, excerpt } from './practices.js';
import { statusBadge as indexBadge, questionnaireOffer, thisRound } from './index-shared.js';
import { fetchCities } from '../map.js';

const fmt = (n) => Number(n ?? 0).toLocaleString('en');
const plural = (n, one, many) => `${fmt(n)} ${n === 1 ? one : many}`;

// ---- time, in words -------------------------------------------------------------

const relative = (() => {
  try {
    return new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  } catch {
    return null;
  }
})();
const STEPS = [[60, 'second'], [60, 'minute'], [24, 'hour'], [30, 'day'], [12, 'month'], [Infinity, 'year']];

// "2 days ago", "yesterday", "in 3 weeks"
export function ago(iso, now = Date.now()) {
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return iso || '';
  let v = (t - now) / 1000;
  if (Math.abs(v) < 45) return 'just now';
  for (const [size, unit] of STEPS) {
    if (Math.abs(v) < size) return relative ? relative.format(Math.round(v), unit) : new Date(t).toISOString().slice(0, 10);
    v /= size;
  }
  return new Date(t).toISOString().slice(0, 10);
}

// a <time> that says "2 days ago" and shows the moment on hover
function agoEl(iso) {
  return h('time', { datetime: iso, title: (iso || '').replace('T', ' ').replace(/:\d\dZ$|Z$/, '') }, ago(iso));
}

// "12 March 2026, 09:54"
function when(iso) {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  return t.toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

// "2025-04" -> "April 2025"; "2025-04-12" -> "12 April 2025"
function dateText(d) {
  if (!d) return '';
  const [y, m, day] = d.split('-');
  if (!m) return y;
  const month = new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return day ? `${Number(day)} ${month} ${y}` : `${month} ${y}`;
}

// ---- the names of records ---------------------------------------------------------

// A partnership as people say it: "Reggio Emilia – Mondinsieme".
export const partnershipName = (p) => [p.party_a?.name, p.party_b?.name].filter(Boolean).join(' – ');

// A record (or the values of a change) by its name.
function recordName(kind, r) {
  if (!r) return '';
  if (r.party_a || r.party_b) return partnershipName(r);
  if (r.title || r.name) return r.title || r.name;
  if (r.member && r.network) return `${r.member.name} in ${r.network.acronym || r.network.name}`;
  if (r.origin_country_name || r.origin_city) {
    const from = r.origin_city ? r.origin_city.name : r.origin_country_name;
    return r.city ? `people from ${from} in ${r.city.name}` : `people from ${from}`;
  }
  if (r.username) return r.username;
  return '';
}

// Where a record is shown: its page, or the page it is part of.
function pageOf(kind, id, r) {
  switch (kind) {
    case 'partnership': return `#/partnership/${id}`;
    case 'practice': return `#/practice/${id}`;
    case 'city': return `#/city/${id}`;
    case 'network': return `#/network/${id}`;
    case 'membership': return r?.network_id ? `#/network/${r.network_id}` : null;
    case 'diaspora': return r?.city_id ? `#/city/${r.city_id}` : null;
    case 'activity': return `#/activity/${id}`;
    case 'organisation': return r?.city_id ? `#/city/${r.city_id}` : null;
    default: return null;
  }
}

// ---- what changed, in words ---------------------------------------------------------

// The schema of a kind of change ("partnership" -> Partnership), and the
// route that reads one ("/partnerships/{id}"), from the API document.
function kindOf(doc, kind) {
  const key = String(kind).replace(/[^a-z]/gi, '').toLowerCase();
  const entry = Object.entries(doc.components.schemas).find(([n]) => n.toLowerCase() === key);
  if (!entry) return { name: null, schema: null, path: null, noun: choiceText(kind) };
  const [schemaName, schema] = entry;
  let path = null;
  for (const [p, item] of Object.entries(doc.paths)) {
    if (item.get && item.get['x-kind'] === schemaName && /^\/api\/v1\/[^{}]+\/\{[a-z_]+\}$/.test(p)) {
      path = p.replace(/^\/api\/v1/, '');
      break;
    }
  }
  const what = schema['x-what'] || choiceWords(kind);
  return { name: schemaName, schema, path, noun: what.charAt(0).toUpperCase() + what.slice(1) };
}

// A field's label in a sentence: "Status" -> "status", "URL" stays.
const inWords = (title) => (/^[A-Z][a-z]/.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title);

function valueText(prop, v) {
  if (v === null || v === undefined || v === '') return null;
  if (prop && prop.enum) return choiceWords(v);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') {
    const s = v.replace(/\s+/g, ' ').trim();
    return /^\d{4}(-\d\d){0,2}$/.test(s) ? s : `“${s.length > 60 ? `${excerpt(s, 60)}` : s}”`;
  }
  return null; // a list or a record: said as changed
}

// "status changed from signed to ended; ended on: 2026-11". step:
// the schema of the step the change was (its fields are said too).
function fieldsText(schema, changes, step) {
  const props = schema?.properties || {};
  const recorded = step?.properties || {};
  const parts = [];
  for (const [field, pair] of Object.entries(changes || {})) {
    const prop = recorded[field] ? { ...recorded[field], ...props[field], readOnly: false } : props[field];
    // what the record shows of itself (names, counts, stamps): not a change of its own
    if (!prop || field === 'id' || (prop.readOnly && !prop.enum)) continue;
    const t = inWords(prop.title || choiceText(field));
    const [before, after] = Array.isArray(pair) ? pair : [null, pair];
    const b = prop['x-ref'] ? null : valueText(prop, before);
    const a = prop['x-ref'] ? null : valueText(prop, after);
    if (b !== null && a !== null) parts.push(`${t} changed from ${b} to ${a}`);
    else if (a !== null) parts.push(`${t}: ${a}`);
    else if (b !== null && (after === null || after === '')) parts.push(`${t} cleared (it was ${b})`);
    else parts.push(`${t} changed`);
  }
  if (parts.length > 4) return `${parts.slice(0, 3).join('; ')}; and ${parts.length - 3} more`;
  return parts.join('; ');
}

// The values a change states of its record (after, else before).
function valuesOf(change) {
  const out = {};
  for (const [k, pair] of Object.entries(change.changes || {})) {
    if (Array.isArray(pair)) out[k] = pair[1] ?? pair[0];
  }
  return out;
}

// One change as a sentence: "Partnership Reggio Emilia – X: status changed
// from signed to ended, by reggio, 2 days ago".
function changeItem(doc, c, record, me, steps) {
  const k = kindOf(doc, c.kind);
  const step = (steps.get(k.name) || []).find((x) => x.action === c.action);
  const values = { ...valuesOf(c), ...(record || {}) };
  const label = recordName(c.kind, values) || `${c.record_id}`;
  const href = c.action === 'delete' ? null : pageOf(c.kind, c.record_id, values);
  let what;
  if (c.action === 'create') what = 'added';
  else if (c.action === 'delete') what = 'deleted';
  else what = fieldsText(k.schema, c.changes, step?.schema) || (c.action === 'update' ? 'changed' : choiceWords(c.action));
  const who = c.username
    ? (c.username === me ? 'by you' : /^\(.*\)$/.test(c.username) ? `by the ${c.username.slice(1, -1)}` : ['by ', name(c.username, 'strong')])
    : null;
  return h('li', { class: 'change', dataset: { kind: c.kind, action: c.action } },
    h('span', { class: 'change-what' }, `${k.noun} `, href ? h('a', { href, dir: 'auto' }, label) : name(label), ': ', what),
    who ? [', ', h('span', { class: 'change-who' }, who)] : null,
    ', ', agoEl(c.at));
}

// The records the changes are about, by "kind id": those the workspace
// holds, then the others read (a few at a time; one gone is named by the
// change itself).
async function recordsOf(doc, ws, changes, alive) {
  const known = new Map();
  const add = (kind, list) => { for (const r of list || []) known.set(`${kind} ${r.id}`, r); };
  add('partnership', ws.partnerships);
  add('practice', ws.practices);
  add('activity', ws.upcoming);
  add('activity', ws.recent);
  add('membership', ws.new_members);
  if (ws.city) known.set(`city ${ws.city.id}`, ws.city);
  if (ws.network) known.set(`network ${ws.network.id}`, ws.network);
  const wanted = [];
  for (const c of changes) {
    const key = `${c.kind} ${c.record_id}`;
    if (known.has(key) || c.action === 'delete' || wanted.some((w) => w.key === key)) continue;
    // a change that names its record needs no reading
    if (c.action === 'create' && recordName(c.kind, valuesOf(c))) continue;
    const { path } = kindOf(doc, c.kind);
    if (path) wanted.push({ key, url: path.replace(/\{[a-z_]+\}/, c.record_id) });
  }
  const queue = wanted.slice(0, 30);
  const worker = async () => {
    while (queue.length && alive()) {
      const w = queue.shift();
      try {
        known.set(w.key, await api.get(w.url));
      } catch {
        known.set(w.key, null);
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return known;
}

function changesSection(doc, ws, me, ctx) {
  const changes = ws.changes || [];
  const heading = ws.since ? 'What changed since your last visit' : 'What changed in the last 30 days';
  const sec = h('section', { class: 'block ws-changes', 'aria-labelledby': 'h-ws-changes' },
    h('h2', { id: 'h-ws-changes' }, heading),
    h('p', { class: 'hint' }, ws.since ? `Your last visit: ${when(ws.since)}.` : 'This is your first visit: here is the last month.'));
  if (!changes.length) {
    sec.append(h('p', { class: 'muted' }, 'Nothing has changed.'));
    return sec;
  }
  const list = h('ol', { class: 'changes plain-list', 'aria-busy': 'true' });
  sec.append(list);
  const SHOW = 12;
  // the steps of the kinds that changed: what each step records
  const kinds = [...new Set(changes.map((c) => kindOf(doc, c.kind).name).filter(Boolean))];
  const stepsP = Promise.all(kinds.map((k) => stepsOf(k).catch(() => []))).then((all) => new Map(kinds.map((k, i) => [k, all[i]])));
  Promise.all([recordsOf(doc, ws, changes, ctx.alive), stepsP]).then(([records, steps]) => {
    if (!ctx.alive()) return;
    const items = changes.map((c) => changeItem(doc, c, records.get(`${c.kind} ${c.record_id}`), me, steps));
    items.forEach((li, i) => { li.hidden = i >= SHOW; });
    list.replaceChildren(...items);
    list.removeAttribute('aria-busy');
    if (items.length > SHOW) sec.append(moreButton(items, SHOW, 'changes'));
  });
  return sec;
}

// "Show all 34 changes": the hidden items of a list shown.
function moreButton(items, shown, noun) {
  const b = h('button', { type: 'button', class: 'button secondary small more' }, `Show all ${items.length} ${noun}`);
  b.addEventListener('click', () => {
    for (const li of items) li.hidden = false;
    const first = items[shown];
    const target = first.querySelector('a') || first;
    if (!target.matches('a')) target.setAttribute('tabindex', '-1');
    target.focus();
    b.remove();
  });
  return b;
}

// ---- the parts ------------------------------------------------------------------------

// The city's partnerships, as the server orders them: the ones fizzling
// out (dormant) first.
function partnershipsSection(ws) {
  const list = ws.partnerships || [];
  const sec = h('section', { class: 'block ws-partnerships', 'aria-labelledby': 'h-ws-partnerships' },
    h('h2', { id: 'h-ws-partnerships' }, `Partnerships of ${ws.city?.name || 'your city'}`));
  if (!list.length) {
    sec.append(h('p', { class: 'muted' }, 'No partnership is recorded yet.'),
      h('p', {}, h('a', { href: '#/partnership/new' }, 'Record a partnership')));
    return sec;
  }
  const byState = new Map();
  for (const p of list) {
    const s = p.health?.state || 'unknown';
    byState.set(s, (byState.get(s) || 0) + 1);
  }
  sec.append(h('p', { class: 'summary' }, `${plural(list.length, 'partnership', 'partnerships')}: `,
    [...byState].map(([s, n], i) => [i ? ', ' : '', `${fmt(n)} ${choiceWords(s)}`])));
  const SHOW = 8;
  const items = list.map((p, i) => {
    const own = ws.city?.id;
    const other = p.party_a?.city_id === own ? p.party_b : p.party_b?.city_id === own ? p.party_a : null;
    const title = other ? `with ${other.name}` : partnershipName(p);
    return h('li', { class: 'ws-partnership', hidden: i >= SHOW },
      h('div', { class: 'ws-partnership-name' },
        h('a', { href: `#/partnership/${p.id}`, dir: 'auto', 'aria-label': `Partnership ${partnershipName(p)}` }, title),
        h('span', { class: 'meta' }, [p.kind ? choiceText(p.kind) : null, p.status ? choiceText(p.status) : null]
          .filter(Boolean).map((t, j) => [j ? ' · ' : ' ', t]))),
      healthBadge(p.health));
  });
  sec.append(h('ol', { class: 'ws-list plain-list' }, items));
  if (items.length > SHOW) sec.append(moreButton(items, SHOW, 'partnerships'));
  if (ws.city) sec.append(h('p', {}, h('a', { href: `#/city/${ws.city.id}` }, `${ws.city.name}: its partners on a map, its networks and its activities`)));
  return sec;
}

// Practices: those the caller may publish or return (awaiting its review),
// and its own drafts and returned ones.
async function practicesSections(ws) {
  const all = ws.practices || [];
  const reviewing = all.filter((p) => p.can && (p.can.publish || p.can.return));
  const own = all.filter((p) => !reviewing.includes(p));
  const out = [];
  const item = (p) => h('li', { class: 'ws-practice' },
    h('a', { href: `#/practice/${p.id}`, dir: 'auto', class: 'ws-practice-title' }, p.title), ' ', practiceBadge(p.status),
    h('p', { class: 'meta' }, placeEl(p), p.network ? [' · ', name(p.network.acronym || p.network.name)] : null,
      p.updated_at ? [' · changed ', agoEl(p.updated_at)] : null),
    p.review_comment && p.can && p.can.submit
      ? h('p', { class: 'ws-comment' }, h('span', { class: 'review-comment-title' }, 'Comment from the review: '),
        h('span', { dir: 'auto' }, excerpt(p.review_comment, 200)))
      : null);
  if (reviewing.length || ws.network) {
    const states = ((await rulesOf('Practice').catch(() => [])).find((r) => r.action === 'publish')?.states) || [];
    out.push(h('section', { class: 'block ws-review', 'aria-labelledby': 'h-ws-review' },
      h('h2', { id: 'h-ws-review' }, 'Practices awaiting your review', reviewing.length ? ` (${fmt(reviewing.length)})` : ''),
      reviewing.length
        ? h('ol', { class: 'ws-list plain-list' }, reviewing.map(item))
        : h('p', { class: 'muted' }, 'No practice awaits your review.'),
      states.length === 1 ? h('p', {}, h('a', { href: `#/practices?status=${encodeURIComponent(states[0])}` }, 'All the practices awaiting review')) : null));
  }
  if (own.length || ws.city) {
    out.push(h('section', { class: 'block ws-drafts', 'aria-labelledby': 'h-ws-drafts' },
      h('h2', { id: 'h-ws-drafts' }, 'Drafts and returned practices'),
      own.length
        ? h('ol', { class: 'ws-list plain-list' }, own.map(item))
        : h('p', { class: 'muted' }, 'No draft, and nothing returned for changes.'),
      h('p', {}, h('a', { href: '#/practice/new' }, 'Describe a good practice'))));
  }
  return out;
}

// The city's Index responses: the newest round with its progress, and the
// way into the questionnaire.
async function indexSection(ws, ctx) {
  const rows = ws.index || [];
  const sec = h('section', { class: 'block ws-index', 'aria-labelledby': 'h-ws-index' },
    h('h2', { id: 'h-ws-index' }, 'Intercultural Cities Index'));
  const latest = rows[0] || null;
  if (latest) {
    const box = h('div', { class: 'ws-round' },
      h('p', { class: 'ws-round-title' }, `Round ${latest.round} `, indexBadge(latest.status),
        latest.updated_at ? h('span', { class: 'meta' }, ' · changed ', agoEl(latest.updated_at)) : null));
    sec.append(box);
    // its progress: how much of the questionnaire is answered
    api.get(`/index/responses/${latest.id}`).then((r) => {
      if (!ctx.alive()) return;
      const c = r.scores && r.scores.completeness;
      if (c && c.questions) {
        const share = Math.round(c.share ?? (100 * c.answered) / c.questions);
        box.append(h('p', { class: 'ws-progress' },
          h('progress', { max: c.questions, value: c.answered, 'aria-label': 'Questions answered' }),
          ` ${fmt(c.answered)} of ${fmt(c.questions)} questions answered (${share}%)`));
      }
      const editable = r.can && r.can.update;
      box.append(h('p', { class: 'actions' },
        editable ? h('a', { class: 'button', href: `#/index/respond/${latest.id}` }, 'Continue the questionnaire')
          : h('a', { class: 'button secondary', href: `#/index/report/${latest.city_id}/${latest.round}` }, `See the report for ${latest.round}`)));
    }).catch(() => {});
    if (rows.length > 1) {
      sec.append(h('p', { class: 'meta' }, 'Earlier rounds: ', rows.slice(1).map((r, i) => [i ? ', ' : '',
        h('a', { href: `#/index/report/${r.city_id}/${r.round}` }, String(r.round))])));
    }
  } else {
    sec.append(h('p', { class: 'muted' }, `${ws.city?.name || 'Your city'} has not answered the questionnaire yet.`));
  }
  // this year's round, not started yet, where the server lets the caller answer for the city
  const offer = h('div', { class: 'ws-offer' });
  sec.append(offer, h('p', {}, h('a', { href: '#/index' }, 'The results of all cities')));
  if (ws.city && !rows.some((r) => r.round === thisRound())) {
    api.get(`/cities/${ws.city.id}`).then((city) => questionnaireOffer(ctx, city)).then((el) => {
      if (el && ctx.alive()) offer.append(el);
    }).catch(() => {});
  }
  return sec;
}

function activityItem(a) {
  const dates = a.start_date ? (a.end_date && a.end_date !== a.start_date
    ? `${dateText(a.start_date)} – ${dateText(a.end_date)}` : dateText(a.start_date)) : 'date not known';
  const where = a.host_city ? a.host_city.name : null;
  const link = pageOf('activity', a.id, a);
  return h('li', { class: 'ws-activity' },
    link ? h('a', { href: link, dir: 'auto' }, a.title) : name(a.title, 'span', { class: 'ws-activity-title' }),
    h('p', { class: 'meta' }, choiceText(a.kind), ' · ', dates, where ? [' · ', name(where)] : null,
      a.network ? [' · ', name(a.network.acronym || a.network.name)] : null));
}

function activitiesSection(ws) {
  const up = ws.upcoming || [];
  const recent = ws.recent || [];
  return h('section', { class: 'block ws-activities', 'aria-labelledby': 'h-ws-activities' },
    h('h2', { id: 'h-ws-activities' }, 'Activities'),
    h('div', { class: 'ws-columns' },
      h('div', {}, h('h3', {}, 'Coming up'),
        up.length ? h('ol', { class: 'ws-list plain-list' }, up.map(activityItem)) : h('p', { class: 'muted' }, 'Nothing planned is recorded.')),
      h('div', {}, h('h3', {}, 'In the last year'),
        recent.length ? h('ol', { class: 'ws-list plain-list' }, recent.map(activityItem)) : h('p', { class: 'muted' }, 'No activity in the last year.'))),
    h('p', {}, h('a', { href: ws.city ? `#/activity/new?city=${ws.city.id}` : '#/activity/new' }, 'Record an activity')));
}

// A network's members: how many now and before, and the newest.
async function membersSection(ws) {
  const doc = await apiDocument();
  const titles = doc.components.schemas.MemberCounts?.properties || {};
  const net = ws.network;
  const m = ws.members || {};
  const newest = ws.new_members || [];
  return h('section', { class: 'block ws-members', 'aria-labelledby': 'h-ws-members' },
    h('h2', { id: 'h-ws-members' }, `Members of ${net?.name || 'your network'}`),
    h('dl', { class: 'facts' }, Object.entries(titles).map(([k, p]) => h('div', {},
      h('dt', {}, p.title || choiceText(k)), h('dd', {}, fmt(m[k]))))),
    newest.length ? [h('h3', {}, 'The newest members'),
      h('ol', { class: 'plain-list ws-members-list' }, newest.map((x) => h('li', {},
        x.member && x.member.type === 'city' ? h('a', { href: `#/city/${x.member.id}`, dir: 'auto' }, x.member.name) : name(x.member?.name),
        x.member?.country ? h('span', { class: 'cc' }, ` (${x.member.country})`) : null,
        x.role ? h('span', { class: 'meta' }, ` · ${choiceText(x.role)}`) : null,
        x.joined_year ? h('span', { class: 'meta' }, ` · since ${x.joined_year}`) : null)))] : null,
    net ? h('p', {}, h('a', { href: `#/network/${net.id}` }, `All the members of ${net.name}`)) : null);
}

// An admin's: the latest imports and the accounts, with the document's labels.
async function adminSections(ws) {
  const doc = await apiDocument();
  const S = doc.components.schemas;
  const title = (schema, f) => S[schema]?.properties?.[f]?.title || choiceText(f);
  const out = [];
  if ('imports' in ws) {
    const runs = ws.imports || [];
    const num = (f) => ({ title: title('ImportRun', f), class: 'num', cell: (r) => (r[f] === null || r[f] === undefined ? '–' : fmt(r[f])) });
    out.push(h('section', { class: 'block ws-imports', 'aria-labelledby': 'h-ws-imports' },
      h('h2', { id: 'h-ws-imports' }, 'Imports'),
      runs.length ? h('div', { class: 'table-wrap' }, table([
        { title: title('ImportRun', 'kind'), cell: (r) => choiceText(r.kind) },
        { title: title('ImportRun', 'file'), cell: (r) => h('span', { class: 'ws-file' }, r.file || '') },
        { title: title('ImportRun', 'started_at'), cell: (r) => agoEl(r.started_at) },
        num('rows'), num('added'), num('existing'), num('unresolved'),
      ], runs, { caption: 'The latest imports', className: 'ws-imports-table' }))
        : h('p', { class: 'muted' }, 'Nothing has been imported yet (amity import ... on the command line).')));
  }
  if ('users' in ws) {
    const users = ws.users || [];
    const networks = await api.networks().catch(() => []);
    const netName = new Map(networks.map((n) => [n.id, n.acronym || n.name]));
    const cityName = new Map();
    await fetchCities([...new Set(users.map((u) => u.city_id).filter(Boolean))], (c, id) => { if (c) cityName.set(id, c.name); });
    out.push(h('section', { class: 'block ws-users', 'aria-labelledby': 'h-ws-users' },
      h('h2', { id: 'h-ws-users' }, 'Accounts'),
      users.length ? h('div', { class: 'table-wrap' }, table([
        { title: title('User', 'username'), cell: (u) => name(u.username, 'strong') },
        { title: title('User', 'role'), cell: (u) => choiceText(u.role) },
        {
          title: `${title('User', 'city_id')} / ${title('User', 'network_id')}`,
          cell: (u) => (u.city_id ? h('a', { href: `#/city/${u.city_id}`, dir: 'auto' }, cityName.get(u.city_id) || `City ${u.city_id}`)
            : u.network_id ? h('a', { href: `#/network/${u.network_id}` }, netName.get(u.network_id) || `Network ${u.network_id}`) : '–'),
        },
        { title: title('User', 'created_at'), cell: (u) => (u.created_at ? agoEl(u.created_at) : '–') },
      ], users, { caption: 'The accounts', className: 'ws-users-table' })) : h('p', { class: 'muted' }, 'No account.'),
      h('p', { class: 'hint' }, 'Accounts are added on the command line: amity user add NAME --role ROLE.')));
  }
  return out;
}

// ---- the page ---------------------------------------------------------------------------

export async function render(view, ctx) {
  pageTitle('Your workspace');
  append(view, h('p', { class: 'loading' }, 'Loading…'));
  const [ws, doc] = await Promise.all([api.get('/workspace'), apiDocument()]);
  if (!ctx.alive()) return;
  view.replaceChildren();
  const me = ctx.user ? ctx.user.username : null;
  const place = ws.city ? h('a', { href: `#/city/${ws.city.id}`, dir: 'auto' }, ws.city.name)
    : ws.network ? h('a', { href: `#/network/${ws.network.id}`, dir: 'auto' }, ws.network.name) : null;
  append(view,
    h('h1', {}, 'Your workspace'),
    h('p', { class: 'lead' }, 'Signed in as ', name(me, 'strong'), ws.role ? ` (${choiceWords(ws.role)}` : '',
      place ? [ws.role ? ' of ' : ' (', place] : null, ws.role || place ? ')' : '', '.'));

  const parts = [];
  if ('partnerships' in ws) parts.push(partnershipsSection(ws));
  if ('practices' in ws) parts.push(...await practicesSections(ws));
  if ('index' in ws) parts.push(await indexSection(ws, ctx));
  if (ws.members) parts.push(await membersSection(ws));
  if ('upcoming' in ws || 'recent' in ws) parts.push(activitiesSection(ws));
  parts.push(...await adminSections(ws));
  if (!ctx.alive()) return;
  append(view, h('div', { class: 'workspace' }, parts), changesSection(doc, ws, me, ctx));
}

// ---- the count in the header ---------------------------------------------------------

// How many practices await the caller's review: those in the state a
// practice is published from (the document's rules) that the caller may
// publish or return (their `can`). 0 for who reviews none.
export async function awaitingReview() {
  const states = (await rulesOf('Practice')).find((r) => r.action === 'publish')?.states || [];
  let n = 0;
  for (const status of states) {
    const r = await api.get('/practices', { status, limit: 100 });
    const mine = (r.items || []).filter((p) => p.can && (p.can.publish || p.can.return));
    n += mine.length === (r.items || []).length && r.total ? r.total : mine.length;
  }
  return n;
}

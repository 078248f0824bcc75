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
import { amount, categoryText } from './needs.js';
import { t, fmt, has, listNodes, tNodes } from '../i18n.js';

const num = (n) => fmt.number(n ?? 0);
// a year or a round, without a thousands separator
const year = (y) => fmt.number(y, { useGrouping: false });

// ---- time, in words -------------------------------------------------------------

// "2 days ago", "yesterday", "in 3 weeks"
export function ago(iso, now = Date.now()) {
  const at = Date.parse(iso);
  if (!Number.isFinite(at)) return iso || '';
  if (Math.abs(at - now) < 45000) return t('workspace-just-now');
  return fmt.relative(iso, now) || fmt.date(iso);
}

// a <time> that says "2 days ago" and shows the moment on hover
function agoEl(iso) {
  return h('time', { datetime: iso, title: fmt.dateTime(iso) }, ago(iso));
}

// "12 March 2026, 09:54"
function when(iso) {
  return fmt.dateTime(iso, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

// "2025-04" -> "April 2025"; "2025-04-12" -> "12 April 2025"
function dateText(d) {
  if (!d) return '';
  const [y, m, day] = d.split('-');
  if (!m) return year(Number(y));
  return day ? fmt.date(d, { day: 'numeric', month: 'long', year: 'numeric' })
    : fmt.date(`${y}-${m}-01`, { month: 'long', year: 'numeric' });
}

// ---- the names of records ---------------------------------------------------------

// A partnership as people say it: "Reggio Emilia – Mondinsieme".
export const partnershipName = (p) => [p.party_a?.name, p.party_b?.name].filter(Boolean).join(' – ');

// A record (or the values of a change) by its name.
function recordName(kind, r) {
  if (!r) return '';
  if (r.party_a || r.party_b) return partnershipName(r);
  if (r.title || r.name) return r.title || r.name;
  if (r.member && r.network) return t('workspace-member-in', { member: r.member.name, network: r.network.acronym || r.network.name });
  if (r.origin_country_name || r.origin_city) {
    const from = r.origin_city ? r.origin_city.name : r.origin_country_name;
    return r.city ? t('workspace-people-from-in', { from, city: r.city.name }) : t('workspace-people-from', { from });
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
    case 'need': return `#/need/${id}`;
    case 'offer': return `#/offer/${id}`;
    case 'pledge': return r?.need_id ? `#/need/${r.need_id}` : null;
    default: return null;
  }
}

// ---- what changed, in words ---------------------------------------------------------

// The schema of a kind of change ("partnership" -> Partnership), and the
// route that reads one ("/partnerships/{id}"), from the API document.
function kindOf(doc, kind) {
  const key = String(kind).replace(/[^a-z]/gi, '').toLowerCase();
  const entry = Object.entries(doc.components.schemas).find(([, s]) => s['x-table'] === kind)
    || Object.entries(doc.components.schemas).find(([n]) => n.toLowerCase() === key);
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
  if (typeof v === 'boolean') return v ? t('workspace-yes') : t('workspace-no');
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') {
    const s = v.replace(/\s+/g, ' ').trim();
    return /^\d{4}(-\d\d){0,2}$/.test(s) ? s : t('workspace-quoted', { text: s.length > 60 ? excerpt(s, 60) : s });
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
    const f = inWords(prop.title || choiceText(field));
    const [before, after] = Array.isArray(pair) ? pair : [null, pair];
    const b = prop['x-ref'] ? null : valueText(prop, before);
    const a = prop['x-ref'] ? null : valueText(prop, after);
    if (b !== null && a !== null) parts.push(t('workspace-field-changed-from', { field: f, before: b, after: a }));
    else if (a !== null) parts.push(t('workspace-field-set', { field: f, value: a }));
    else if (b !== null && (after === null || after === '')) parts.push(t('workspace-field-cleared', { field: f, before: b }));
    else parts.push(t('workspace-field-changed', { field: f }));
  }
  const sep = t('workspace-field-separator');
  if (parts.length > 4) return t('workspace-fields-and-more', { fields: parts.slice(0, 3).join(sep), count: parts.length - 3 });
  return parts.join(sep);
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
  if (c.action === 'create') what = t('workspace-change-added');
  else if (c.action === 'delete') what = t('workspace-change-deleted');
  else what = fieldsText(k.schema, c.changes, step?.schema) || (c.action === 'update' ? t('workspace-change-changed') : choiceWords(c.action));
  const who = c.username
    ? (c.username === me ? t('workspace-by-you') : /^\(.*\)$/.test(c.username) ? t('workspace-by-the', { who: c.username.slice(1, -1) })
      : tNodes('workspace-by', { user: name(c.username, 'strong') }))
    : null;
  const recordEl = href ? h('a', { href, dir: 'auto' }, label) : name(label);
  return h('li', { class: 'change', dataset: { kind: c.kind, action: c.action } },
    who ? tNodes('workspace-change', {
      what: h('span', { class: 'change-what' }, tNodes('workspace-change-what', { kind: k.noun, record: recordEl, what })),
      who: h('span', { class: 'change-who' }, who),
      when: agoEl(c.at),
    }) : tNodes('workspace-change-nobody', {
      what: h('span', { class: 'change-what' }, tNodes('workspace-change-what', { kind: k.noun, record: recordEl, what })),
      when: agoEl(c.at),
    }));
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
  const heading = ws.since ? t('workspace-changes-since') : t('workspace-changes-month');
  const sec = h('section', { class: 'block ws-changes', 'aria-labelledby': 'h-ws-changes' },
    h('h2', { id: 'h-ws-changes' }, heading),
    h('p', { class: 'hint' }, ws.since ? t('workspace-last-visit', { when: when(ws.since) }) : t('workspace-first-visit')));
  if (!changes.length) {
    sec.append(h('p', { class: 'muted' }, t('workspace-nothing-changed')));
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
    if (items.length > SHOW) sec.append(moreButton(items, SHOW, t('workspace-show-all-changes', { count: items.length })));
  });
  return sec;
}

// "Show all 34 changes": the hidden items of a list shown.
function moreButton(items, shown, text) {
  const b = h('button', { type: 'button', class: 'button secondary small more' }, text);
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
    h('h2', { id: 'h-ws-partnerships' }, ws.city?.name ? t('workspace-partnerships-of', { city: ws.city.name }) : t('workspace-partnerships-of-your-city')));
  if (!list.length) {
    sec.append(h('p', { class: 'muted' }, t('workspace-no-partnership')),
      h('p', {}, h('a', { href: '#/partnership/new' }, t('workspace-record-partnership'))));
    return sec;
  }
  const byState = new Map();
  for (const p of list) {
    const s = p.health?.state || 'unknown';
    byState.set(s, (byState.get(s) || 0) + 1);
  }
  sec.append(h('p', { class: 'summary' }, t('workspace-partnerships-summary', {
    count: list.length,
    // "1 dormant": the states amity knows in the reader's words (with the
    // agreement of their language), another one as the API words it
    states: fmt.list([...byState].map(([s, n]) => (has(`workspace-health-count-${s}`)
      ? t(`workspace-health-count-${s}`, { count: n })
      : t('workspace-state-count', { count: n, state: choiceWords(s) }))), 'unit'),
  })));
  const SHOW = 8;
  const items = list.map((p, i) => {
    const own = ws.city?.id;
    const other = p.party_a?.city_id === own ? p.party_b : p.party_b?.city_id === own ? p.party_a : null;
    const title = other ? t('workspace-with', { name: other.name }) : partnershipName(p);
    return h('li', { class: 'ws-partnership', hidden: i >= SHOW },
      h('div', { class: 'ws-partnership-name' },
        h('a', { href: `#/partnership/${p.id}`, dir: 'auto', 'aria-label': t('workspace-partnership-label', { name: partnershipName(p) }) }, title),
        h('span', { class: 'meta' }, [p.kind ? choiceText(p.kind) : null, p.status ? choiceText(p.status) : null]
          .filter(Boolean).map((x, j) => [j ? ' · ' : ' ', x]))),
      healthBadge(p.health));
  });
  sec.append(h('ol', { class: 'ws-list plain-list' }, items));
  if (items.length > SHOW) sec.append(moreButton(items, SHOW, t('workspace-show-all-partnerships', { count: items.length })));
  if (ws.city) sec.append(h('p', {}, h('a', { href: `#/city/${ws.city.id}` }, t('workspace-city-page', { city: ws.city.name }))));
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
      p.updated_at ? [' · ', tNodes('workspace-changed-ago', { when: agoEl(p.updated_at) })] : null),
    p.review_comment && p.can && p.can.submit
      ? h('p', { class: 'ws-comment' }, h('span', { class: 'review-comment-title' }, t('workspace-review-comment')), ' ',
        h('span', { dir: 'auto' }, excerpt(p.review_comment, 200)))
      : null);
  if (reviewing.length || ws.network) {
    const states = ((await rulesOf('Practice').catch(() => [])).find((r) => r.action === 'publish')?.states) || [];
    out.push(h('section', { class: 'block ws-review', 'aria-labelledby': 'h-ws-review' },
      h('h2', { id: 'h-ws-review' }, reviewing.length ? t('workspace-review-count', { count: reviewing.length }) : t('workspace-review')),
      reviewing.length
        ? h('ol', { class: 'ws-list plain-list' }, reviewing.map(item))
        : h('p', { class: 'muted' }, t('workspace-review-none')),
      states.length === 1 ? h('p', {}, h('a', { href: `#/practices?status=${encodeURIComponent(states[0])}` }, t('workspace-review-all'))) : null));
  }
  if (own.length || ws.city) {
    out.push(h('section', { class: 'block ws-drafts', 'aria-labelledby': 'h-ws-drafts' },
      h('h2', { id: 'h-ws-drafts' }, t('workspace-drafts')),
      own.length
        ? h('ol', { class: 'ws-list plain-list' }, own.map(item))
        : h('p', { class: 'muted' }, t('workspace-drafts-none')),
      h('p', {}, h('a', { href: '#/practice/new' }, t('workspace-describe-practice')))));
  }
  return out;
}

// The city's Index responses: the newest round with its progress, and the
// way into the questionnaire.
async function indexSection(ws, ctx) {
  const rows = ws.index || [];
  const sec = h('section', { class: 'block ws-index', 'aria-labelledby': 'h-ws-index' },
    h('h2', { id: 'h-ws-index' }, t('workspace-index')));
  const latest = rows[0] || null;
  if (latest) {
    const box = h('div', { class: 'ws-round' },
      h('p', { class: 'ws-round-title' }, t('workspace-round', { round: year(latest.round) }), ' ', indexBadge(latest.status),
        latest.updated_at ? h('span', { class: 'meta' }, ' · ', tNodes('workspace-changed-ago', { when: agoEl(latest.updated_at) })) : null));
    sec.append(box);
    // its progress: how much of the questionnaire is answered
    api.get(`/index/responses/${latest.id}`).then((r) => {
      if (!ctx.alive()) return;
      const c = r.scores && r.scores.completeness;
      if (c && c.questions) {
        const share = Math.round(c.share ?? (100 * c.answered) / c.questions);
        box.append(h('p', { class: 'ws-progress' },
          h('progress', { max: c.questions, value: c.answered, 'aria-label': t('workspace-questions-answered') }),
          ` ${t('workspace-progress', { answered: c.answered, questions: c.questions, share: fmt.number(share / 100, { style: 'percent' }) })}`));
      }
      const editable = r.can && r.can.update;
      box.append(h('p', { class: 'actions' },
        editable ? h('a', { class: 'button', href: `#/index/respond/${latest.id}` }, t('workspace-continue'))
          : h('a', { class: 'button secondary', href: `#/index/report/${latest.city_id}/${latest.round}` }, t('workspace-see-report', { round: year(latest.round) }))));
    }).catch(() => {});
    if (rows.length > 1) {
      sec.append(h('p', { class: 'meta' }, tNodes('workspace-earlier-rounds', {
        rounds: listNodes(rows.slice(1).map((r) => h('a', { href: `#/index/report/${r.city_id}/${r.round}` }, year(r.round)))),
      })));
    }
  } else {
    sec.append(h('p', { class: 'muted' }, ws.city?.name ? t('workspace-index-none', { city: ws.city.name }) : t('workspace-index-none-your-city')));
  }
  // this year's round, not started yet, where the server lets the caller answer for the city
  const offer = h('div', { class: 'ws-offer' });
  sec.append(offer, h('p', {}, h('a', { href: '#/index' }, t('workspace-index-all'))));
  if (ws.city && !rows.some((r) => r.round === thisRound())) {
    api.get(`/cities/${ws.city.id}`).then((city) => questionnaireOffer(ctx, city)).then((el) => {
      if (el && ctx.alive()) offer.append(el);
    }).catch(() => {});
  }
  return sec;
}

function activityItem(a) {
  const dates = a.start_date ? (a.end_date && a.end_date !== a.start_date
    ? `${dateText(a.start_date)} – ${dateText(a.end_date)}` : dateText(a.start_date)) : t('workspace-date-not-known');
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
    h('h2', { id: 'h-ws-activities' }, t('workspace-activities')),
    h('div', { class: 'ws-columns' },
      h('div', {}, h('h3', {}, t('workspace-coming-up')),
        up.length ? h('ol', { class: 'ws-list plain-list' }, up.map(activityItem)) : h('p', { class: 'muted' }, t('workspace-nothing-planned'))),
      h('div', {}, h('h3', {}, t('workspace-last-year')),
        recent.length ? h('ol', { class: 'ws-list plain-list' }, recent.map(activityItem)) : h('p', { class: 'muted' }, t('workspace-no-activity')))),
    h('p', {}, h('a', { href: ws.city ? `#/activity/new?city=${ws.city.id}` : '#/activity/new' }, t('workspace-record-activity'))));
}

// A network's members: how many now and before, and the newest.
async function membersSection(ws) {
  const doc = await apiDocument();
  const titles = doc.components.schemas.MemberCounts?.properties || {};
  const net = ws.network;
  const m = ws.members || {};
  const newest = ws.new_members || [];
  return h('section', { class: 'block ws-members', 'aria-labelledby': 'h-ws-members' },
    h('h2', { id: 'h-ws-members' }, net?.name ? t('workspace-members-of', { network: net.name }) : t('workspace-members-of-your-network')),
    h('dl', { class: 'facts' }, Object.entries(titles).map(([k, p]) => h('div', {},
      h('dt', {}, p.title || choiceText(k)), h('dd', {}, num(m[k]))))),
    newest.length ? [h('h3', {}, t('workspace-newest-members')),
      h('ol', { class: 'plain-list ws-members-list' }, newest.map((x) => h('li', {},
        x.member && x.member.type === 'city' ? h('a', { href: `#/city/${x.member.id}`, dir: 'auto' }, x.member.name) : name(x.member?.name),
        x.member?.country ? h('span', { class: 'cc' }, ` (${x.member.country})`) : null,
        x.role ? h('span', { class: 'meta' }, ` · ${choiceText(x.role)}`) : null,
        x.joined_year ? h('span', { class: 'meta' }, ` · ${t('workspace-since', { year: year(x.joined_year) })}`) : null)))] : null,
    net ? h('p', {}, h('a', { href: `#/network/${net.id}` }, t('workspace-all-members', { network: net.name }))) : null);
}

// An admin's: the latest imports and the accounts, with the document's labels.
async function adminSections(ws) {
  const doc = await apiDocument();
  const S = doc.components.schemas;
  const title = (schema, f) => S[schema]?.properties?.[f]?.title || choiceText(f);
  const out = [];
  if ('imports' in ws) {
    const runs = ws.imports || [];
    const numCol = (f) => ({ title: title('ImportRun', f), class: 'num', cell: (r) => (r[f] === null || r[f] === undefined ? '–' : num(r[f])) });
    out.push(h('section', { class: 'block ws-imports', 'aria-labelledby': 'h-ws-imports' },
      h('h2', { id: 'h-ws-imports' }, t('workspace-imports')),
      runs.length ? h('div', { class: 'table-wrap' }, table([
        { title: title('ImportRun', 'kind'), cell: (r) => choiceText(r.kind) },
        { title: title('ImportRun', 'file'), cell: (r) => h('span', { class: 'ws-file' }, r.file || '') },
        { title: title('ImportRun', 'started_at'), cell: (r) => agoEl(r.started_at) },
        numCol('rows'), numCol('added'), numCol('existing'), numCol('unresolved'),
      ], runs, { caption: t('workspace-imports-caption'), className: 'ws-imports-table' }))
        : h('p', { class: 'muted' }, t('workspace-imports-none'))));
  }
  if ('users' in ws) {
    const users = ws.users || [];
    const networks = await api.networks().catch(() => []);
    const netName = new Map(networks.map((n) => [n.id, n.acronym || n.name]));
    const cityName = new Map();
    await fetchCities([...new Set(users.map((u) => u.city_id).filter(Boolean))], (c, id) => { if (c) cityName.set(id, c.name); });
    out.push(h('section', { class: 'block ws-users', 'aria-labelledby': 'h-ws-users' },
      h('h2', { id: 'h-ws-users' }, t('workspace-accounts')),
      users.length ? h('div', { class: 'table-wrap' }, table([
        { title: title('User', 'username'), cell: (u) => name(u.username, 'strong') },
        { title: title('User', 'role'), cell: (u) => choiceText(u.role) },
        {
          title: `${title('User', 'city_id')} / ${title('User', 'network_id')}`,
          cell: (u) => (u.city_id ? h('a', { href: `#/city/${u.city_id}`, dir: 'auto' }, cityName.get(u.city_id) || t('workspace-city-id', { id: String(u.city_id) }))
            : u.network_id ? h('a', { href: `#/network/${u.network_id}` }, netName.get(u.network_id) || t('workspace-network-id', { id: String(u.network_id) })) : '–'),
        },
        { title: title('User', 'created_at'), cell: (u) => (u.created_at ? agoEl(u.created_at) : '–') },
      ], users, { caption: t('workspace-accounts-caption'), className: 'ws-users-table' })) : h('p', { class: 'muted' }, t('workspace-accounts-none')),
      h('p', { class: 'hint' }, t('workspace-accounts-hint'))));
  }
  return out;
}

// ---- the page ---------------------------------------------------------------------------

// a role in the reader's words, as the header names it
const roleWords = (role) => (has(`role-${role}`) ? t(`role-${role}`) : choiceWords(role));

// "Signed in as reggio (officer of Reggio Emilia)."
function signedIn(user, role, place) {
  if (role && place) return tNodes('workspace-signed-in-role-place', { user, role, place });
  if (role) return tNodes('workspace-signed-in-role', { user, role });
  if (place) return tNodes('workspace-signed-in-place', { user, place });
  return tNodes('workspace-signed-in', { user });
}

export async function render(view, ctx) {
  pageTitle(t('workspace-title'));
  append(view, h('p', { class: 'loading' }, t('common-loading')));
  const [ws, doc] = await Promise.all([api.get('/workspace'), apiDocument()]);
  if (!ctx.alive()) return;
  view.replaceChildren();
  const me = ctx.user ? ctx.user.username : null;
  const place = ws.city ? h('a', { href: `#/city/${ws.city.id}`, dir: 'auto' }, ws.city.name)
    : ws.network ? h('a', { href: `#/network/${ws.network.id}`, dir: 'auto' }, ws.network.name) : null;
  append(view,
    h('h1', {}, t('workspace-title')),
    h('p', { class: 'lead' }, signedIn(name(me, 'strong'), ws.role ? roleWords(ws.role) : null, place)));

  const parts = [];
  if ('partnerships' in ws) parts.push(partnershipsSection(ws));
  if ('practices' in ws) parts.push(...await practicesSections(ws));
  if ('index' in ws) parts.push(await indexSection(ws, ctx));
  if (ws.members) parts.push(await membersSection(ws));
  if ('upcoming' in ws || 'recent' in ws) parts.push(activitiesSection(ws));
  if (ws.city) parts.push(await needsSection(ws.city));
  parts.push(...await adminSections(ws));
  if (!ctx.alive()) return;
  append(view, h('div', { class: 'workspace' }, parts), changesSection(doc, ws, me, ctx));
}

// ---- needs: the city's own, its partners' open ones, its offers and pledges ----------

// Its partners' open needs and its own, the deliveries it is to confirm
// (pledges against its needs whose `can` lets it confirm them), its
// standing offers still open and the pledges it gave, with their status.
async function needsSection(city) {
  const none = () => ({ items: [] });
  const [own, partners, offers, given, incoming] = await Promise.all([
    api.get('/needs', { city: city.id, live: true, limit: 20 }).catch(none),
    api.get('/needs', { partner_of: city.id, live: true, limit: 20 }).catch(none),
    api.get('/offers', { city: city.id, status: 'open', limit: 20 }).catch(none),
    api.get('/pledges', { city: city.id, limit: 200 }).catch(none),
    api.get('/pledges', { need_city: city.id, status: 'pledged', limit: 100 }).catch(none),
  ]);
  const item = (n) => h('li', {}, h('a', { href: `#/need/${n.id}`, dir: 'auto' }, n.title), ' ',
    h('span', { class: 'muted' }, [h('bdi', {}, n.city.name), ' · ', t('workspace-need-progress', { met: n.met, pledged: n.pledged, quantity: n.quantity })]));
  // a pledge, by the city that gave it or to the city in need
  const pledgeItem = (p, cityName) => h('li', {}, h('a', { href: `#/need/${p.need_id}`, dir: 'auto' }, p.need_title), ' ',
    h('span', { class: 'muted' }, [h('bdi', {}, cityName), ' · ', amount(p.quantity, p.unit), ' · ', choiceText(p.status)]));
  const offerItem = (o) => h('li', {}, h('a', { href: `#/offer/${o.id}`, dir: 'auto' }, o.title), ' ',
    h('span', { class: 'muted' }, [categoryText(o.category), ' · ', amount(o.quantity, o.unit)]));
  // a list under its heading, or a word that there is none
  const part = (id, title, items, draw, empty) => [
    h('h3', { id }, title),
    items.length ? h('ul', { class: 'plain-list', 'aria-labelledby': id }, items.map(draw)) : h('p', { class: 'muted' }, empty),
  ];
  const toConfirm = incoming.items.filter((p) => p.can && p.can.confirm);
  const pledges = given.items.slice(-10).reverse(); // the newest
  return h('section', { class: 'block ws-needs', 'aria-labelledby': 'ws-h-needs' },
    h('h2', { id: 'ws-h-needs' }, t('workspace-needs')),
    toConfirm.length ? part('ws-h-needs-confirm', t('workspace-needs-to-confirm'), toConfirm, (p) => pledgeItem(p, p.city_name)) : null,
    part('ws-h-needs-partners', t('workspace-needs-partners'), partners.items, item, t('workspace-needs-partners-none')),
    part('ws-h-needs-own', t('workspace-needs-own'), own.items, item, t('workspace-needs-own-none')),
    part('ws-h-needs-offers', t('workspace-needs-offers'), offers.items, offerItem, t('workspace-needs-offers-none')),
    part('ws-h-needs-pledges', t('workspace-needs-pledges'), pledges, (p) => pledgeItem(p, p.need_city_name), t('workspace-needs-pledges-none')),
    h('p', {}, h('a', { href: '#/needs/new' }, t('workspace-needs-post')), ' · ', h('a', { href: '#/offers/new' }, t('workspace-needs-offer')),
      ' · ', h('a', { href: '#/needs' }, t('workspace-needs-board')), ' · ', h('a', { href: '#/offers' }, t('workspace-needs-offers-all'))));
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

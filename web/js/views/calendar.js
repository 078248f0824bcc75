// The calendar (#/calendar): the events of a month, as a grid of its weeks
// (Monday first) or as an agenda of its days, filtered by network, thematic
// group, city and kind. The address holds it all:
//   #/calendar?view=month|agenda&month=YYYY-MM&network=&group=&city=&kind=
// Filters and the month buttons push a new address (back and forward go
// through them) and draw the events again.
//
// An event is placed on the days it is held (from its start to its end,
// inclusive) when its first day is known: starts_at, or a full start_date.
// Times are its wall-clock times in the zone it is held in, named. Those
// known only by a year or a month are counted, not placed. The weekday and
// month names come from Intl, in the reader's language.
import * as api from '../api.js';
import { h, field, select, pageTitle, setStatus, nextId } from '../ui.js';
import { hashFor, pushHash, replaceHash } from '../app.js';
import { typeahead } from '../typeahead.js';
import { searchCities, cityItem } from '../forms.js';
import { choices } from '../schema.js';
import { choiceText } from '../schema-form.js';
import { t, tNodes, fmt, listNodes, lang } from '../i18n.js';

const ID = /^\d+$/;
const MONTH = /^(19|2\d)\d\d-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-\d\d-\d\d$/;
const VIEWS = ['month', 'agenda'];
// under this width the agenda is drawn unless the address asks for the grid
const NARROW = '(max-width: 40rem)';

// ---- days, as "YYYY-MM-DD" strings (UTC arithmetic: no clock changes) ------

const pad = (n) => String(n).padStart(2, '0');
const dayOf = (d) => d.toISOString().slice(0, 10);
const parseDay = (s) => new Date(`${s}T00:00:00Z`);
export const addDays = (s, n) => {
  const d = parseDay(s);
  d.setUTCDate(d.getUTCDate() + n);
  return dayOf(d);
};
export const shiftMonth = (ym, n) => {
  const [y, m] = ym.split('-').map(Number);
  return dayOf(new Date(Date.UTC(y, m - 1 + n, 1))).slice(0, 7);
};
export const lastDay = (ym) => {
  const [y, m] = ym.split('-').map(Number);
  return dayOf(new Date(Date.UTC(y, m, 0)));
};
// 0 for Monday ... 6 for Sunday
export const weekday = (s) => (parseDay(s).getUTCDay() + 6) % 7;
const daysBetween = (a, b) => Math.round((parseDay(b) - parseDay(a)) / 86400000);
// the reader's today, on their own clock
function localToday() {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

// The first and last day of the grid of a month: whole weeks, Monday first.
export function gridOf(ym) {
  const first = `${ym}-01`;
  const last = lastDay(ym);
  return { first, last, start: addDays(first, -weekday(first)), end: addDays(last, 6 - weekday(last)) };
}

// ---- an event's days ---------------------------------------------------------

// {start, end} (inclusive days) of an event whose first day is known; null
// for one known only by its year or month (or not at all). One that ends
// at midnight ends the day before.
export function spanOf(a) {
  const start = a.starts_at ? a.starts_at.slice(0, 10) : DAY.test(a.start_date || '') ? a.start_date : null;
  if (!start) return null;
  let end = a.ends_at ? a.ends_at.slice(0, 10) : DAY.test(a.end_date || '') ? a.end_date : start;
  if (a.ends_at && a.ends_at.slice(11, 16) === '00:00' && end > start) end = addDays(end, -1);
  if (end < start) end = start;
  return { start, end };
}

// Whether an event known only by a year or a month may be held in the
// month ym, at the precision its dates are known ("2027" counts for every
// month of 2027).
export function vaguelyIn(a, ym) {
  const s = a.start_date;
  if (!s || DAY.test(s) || a.starts_at) return false;
  const e = a.end_date || s;
  const at = (x) => x.slice(0, 7);
  return at(s) <= ym.slice(0, at(s).length) && at(e) >= ym.slice(0, at(e).length);
}

// ---- words ---------------------------------------------------------------------

// "09:30" in the reader's digits
function hm(local) {
  const two = (n) => fmt.number(Number(n), { minimumIntegerDigits: 2, useGrouping: false });
  return `${two(local.slice(11, 13))}:${two(local.slice(14, 16))}`;
}
// a heading's first letter up ("mai 2027" -> "Mai 2027")
const capital = (s) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
// A month's name: Gregorian only (fmt.date adds the Solar Hijri date of a
// day for the readers who ask for it, and a Gregorian month is not one
// Hijri month), in the reader's language as fmt writes it.
function monthWords(ym, options) {
  const locale = lang() === 'en' ? 'en-GB' : `${lang()}-u-ca-gregory`;
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(`${ym}-01T12:00:00Z`));
}
const monthName = (ym) => monthWords(ym, { month: 'long', year: 'numeric' });
const longDay = (day) => fmt.date(day, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const shortDay = (day) => fmt.date(day, { day: 'numeric', month: 'short' });

// When an event is held, for the agenda: its times in its zone, or its days.
function whenText(a, span) {
  const zone = a.time_zone || '';
  if (a.starts_at) {
    if (!a.ends_at) return t('calendar-time', { time: hm(a.starts_at), zone });
    if (a.ends_at.slice(0, 10) === a.starts_at.slice(0, 10)) {
      return t('calendar-time-range', { start: hm(a.starts_at), end: hm(a.ends_at), zone });
    }
    return t('calendar-time-range', {
      start: t('calendar-date-time', { date: shortDay(a.starts_at.slice(0, 10)), time: hm(a.starts_at) }),
      end: t('calendar-date-time', { date: shortDay(a.ends_at.slice(0, 10)), time: hm(a.ends_at) }),
      zone,
    });
  }
  if (span.end !== span.start) return t('calendar-date-range', { start: shortDay(span.start), end: shortDay(span.end) });
  return t('calendar-all-day');
}

// ---- the data ------------------------------------------------------------------

// Every page of a list (500 a page; at most 20 pages).
async function all(params) {
  const items = [];
  let cursor;
  for (let i = 0; i < 20; i++) {
    const r = await api.get('/activities', { ...params, limit: 500, cursor });
    items.push(...(r.items || []));
    if (!r.next) break;
    cursor = r.next;
  }
  return items;
}

// The events of the grid of ym ({placed: [{a, start, end}], vague: count
// for the month or null when not known}).
async function eventsOf(ym, filters) {
  const g = gridOf(ym);
  const year = ym.slice(0, 4);
  const [exact, ...rough] = await Promise.all([
    all({ ...filters, on_or_after: g.start, on_or_before: g.end }),
    // those known by their month or year only: the server compares dates
    // as written, so these ask at that precision
    all({ ...filters, on_or_after: ym, on_or_before: ym }).catch(() => null),
    all({ ...filters, on_or_after: year, on_or_before: year }).catch(() => null),
  ]);
  const seen = new Map();
  for (const a of [exact, ...rough].flat()) if (a && !seen.has(a.id)) seen.set(a.id, a);
  const placed = [];
  let vague = 0;
  for (const a of seen.values()) {
    const span = spanOf(a);
    if (span) {
      if (span.start <= g.end && span.end >= g.start) placed.push({ a, ...span });
    } else if (vaguelyIn(a, ym)) vague++;
  }
  // chronological: by the start (a time, else its day first), then title
  const key = (x) => x.a.starts_at || `${x.start}T`;
  placed.sort((x, y) => key(x).localeCompare(key(y)) || String(x.a.title).localeCompare(String(y.a.title)) || x.a.id - y.a.id);
  return { placed, vague: rough.includes(null) ? null : vague };
}

// ---- drawing --------------------------------------------------------------------

function eventLink(a, label) {
  return h('a', { class: 'cal-event', href: `#/activity/${a.id}` }, label, h('span', { class: 'cal-title', dir: 'auto' }, a.title));
}

// What the grid shows before an event's title on one of its days.
function cellLabel(x, day) {
  const { a } = x;
  if (day !== x.start) return h('span', { class: 'cal-when' }, t('calendar-continued'));
  if (a.starts_at) return h('span', { class: 'cal-when' }, t('calendar-time', { time: hm(a.starts_at), zone: a.time_zone || '' }));
  return null;
}

function monthTable(ym, placed, today) {
  const g = gridOf(ym);
  const byDay = new Map();
  for (const x of placed) {
    const from = x.start > g.start ? x.start : g.start;
    const to = x.end < g.end ? x.end : g.end;
    for (let d = from; d <= to; d = addDays(d, 1)) {
      if (!byDay.has(d)) byDay.set(d, []);
      byDay.get(d).push(x);
    }
  }
  const head = h('tr', { role: 'row' });
  for (let i = 0; i < 7; i++) {
    const d = addDays(g.start, i);
    head.append(h('th', { scope: 'col', role: 'columnheader' }, fmt.date(d, { weekday: 'long' })));
  }
  const body = h('tbody', { role: 'rowgroup' });
  for (let w = g.start; w <= g.end; w = addDays(w, 7)) {
    const tr = h('tr', { role: 'row' });
    for (let i = 0; i < 7; i++) {
      const d = addDays(w, i);
      const events = byDay.get(d) || [];
      const outside = d.slice(0, 7) !== ym;
      const classes = ['cal-day', outside ? 'cal-outside' : '', d === today ? 'cal-today' : '', events.length ? '' : 'cal-empty'];
      tr.append(h('td', { class: classes.filter(Boolean).join(' '), role: 'cell', 'aria-current': d === today ? 'date' : null, dataset: { day: d } },
        h('div', { class: 'cal-day-head' },
          h('time', { datetime: d },
            h('span', { class: 'cal-wd', 'aria-hidden': 'true' }, fmt.date(d, { weekday: 'short' })), ' ',
            h('span', { class: 'cal-num', 'aria-hidden': 'true' }, fmt.number(Number(d.slice(8)))),
            h('span', { class: 'visually-hidden' }, longDay(d))),
          d === today ? h('span', { class: 'cal-today-mark' }, t('calendar-today-mark')) : null),
        events.length ? h('ul', { class: 'cal-events' }, events.map((x) => h('li', {}, eventLink(x.a, cellLabel(x, d))))) : null));
    }
    body.append(tr);
  }
  return h('div', { class: 'cal-month-wrap' },
    h('table', { class: 'calendar-month', role: 'table' },
      h('caption', {}, t('calendar-caption', { month: monthName(ym) })),
      h('thead', { role: 'rowgroup' }, head),
      body));
}

function agendaList(ym, placed, today) {
  const g = gridOf(ym);
  // each event on its first day in the month
  const byDay = new Map();
  for (const x of placed) {
    if (x.end < g.first || x.start > g.last) continue;
    const d = x.start < g.first ? g.first : x.start;
    if (!byDay.has(d)) byDay.set(d, []);
    byDay.get(d).push(x);
  }
  if (!byDay.size) return h('p', { class: 'muted cal-none' }, t('calendar-none-month'));
  const days = [...byDay.keys()].sort();
  return h('ol', { class: 'cal-agenda', 'aria-label': t('calendar-agenda-label', { month: monthName(ym) }) },
    days.map((d) => {
      const id = nextId('cal-day');
      return h('li', { class: `cal-agenda-day${d === today ? ' cal-today' : ''}`, dataset: { day: d } },
        h('h3', { id }, h('time', { datetime: d }, longDay(d)),
          d === today ? [' ', h('span', { class: 'cal-today-mark' }, t('calendar-today-mark'))] : null),
        h('ul', { class: 'cal-agenda-events', 'aria-labelledby': id }, byDay.get(d).map((x) => agendaItem(x))));
    }));
}

function agendaItem(x) {
  const { a } = x;
  const meta = [choiceText(a.kind)];
  if (a.host_city) {
    meta.push(tNodes('calendar-hosted-by', { city: h('a', { href: `#/city/${a.host_city.id}`, dir: 'auto' }, a.host_city.name) }));
  }
  if (a.network) meta.push(h('a', { href: `#/network/${a.network.id}`, dir: 'auto' }, a.network.acronym || a.network.name));
  if (a.venue) meta.push(h('span', { dir: 'auto' }, a.venue));
  return h('li', { class: 'cal-agenda-event' },
    h('p', { class: 'cal-agenda-when' }, whenText(a, x)),
    h('div', { class: 'cal-agenda-what' },
      h('a', { href: `#/activity/${a.id}`, class: 'cal-agenda-title', dir: 'auto' }, a.title),
      h('p', { class: 'meta' }, meta.map((m, i) => [i ? ' · ' : '', m]))));
}

// ---- the page ------------------------------------------------------------------------

export async function render(view, ctx) {
  pageTitle(t('calendar-title'));
  const q = (k) => ctx.query.get(k) || '';
  const narrow = !!(window.matchMedia && window.matchMedia(NARROW).matches);
  const state = {
    view: VIEWS.includes(q('view')) ? q('view') : narrow ? 'agenda' : 'month',
    month: MONTH.test(q('month')) ? q('month') : localToday().slice(0, 7),
    network: ID.test(q('network')) ? q('network') : '',
    group: ID.test(q('group')) ? q('group') : '',
    city: ID.test(q('city')) ? q('city') : '',
    kind: q('kind'),
  };

  let cityName = '';
  let groups = [];

  const [kinds, networks, theGroup] = await Promise.all([
    choices('Activity', 'kind').catch(() => []),
    api.networks().catch(() => []),
    state.group ? api.get(`/groups/${state.group}`).catch(() => null) : null,
  ]);
  if (!ctx.alive()) return;
  if (!kinds.includes(state.kind)) state.kind = '';
  // a group belongs to one network: the group's wins
  if (theGroup && theGroup.network_id) state.network = String(theGroup.network_id);
  else if (state.group && !theGroup) state.group = '';

  // ---- the filters (every control applies at once; the button is for
  // those who rather press it)
  const monthSel = h('select', { class: 'cal-month-select' });
  for (let m = 1; m <= 12; m++) {
    monthSel.append(h('option', { value: pad(m) }, capital(monthWords(`2000-${pad(m)}`, { month: 'long' }))));
  }
  const yearSel = h('select', { class: 'cal-year-select' });
  // the month shown in the two selects (years around this one and it)
  function showMonth() {
    const y = Number(state.month.slice(0, 4));
    const now = Number(localToday().slice(0, 4));
    const from = Math.min(y, now - 10);
    const to = Math.max(y, now + 5);
    if (yearSel.options.length !== to - from + 1 || yearSel.options[0]?.value !== String(from)) {
      yearSel.replaceChildren();
      for (let x = from; x <= to; x++) yearSel.append(h('option', { value: String(x) }, fmt.number(x, { useGrouping: false })));
    }
    yearSel.value = String(y);
    monthSel.value = state.month.slice(5, 7);
  }
  const networkSel = select([['', t('calendar-any-network')],
    ...[...networks].sort((x, y) => x.name.localeCompare(y.name))
      .map((n) => [String(n.id), n.acronym && n.acronym !== n.name ? `${n.name} (${n.acronym})` : n.name])], { value: state.network });
  if (networkSel.value !== state.network) state.network = '';
  const groupSel = h('select', {});
  const kindSel = select([['', t('calendar-any-kind')], ...kinds.map((k) => [k, choiceText(k)])], { value: state.kind });
  const cityTa = typeahead({
    label: t('calendar-city'), search: searchCities, chosenLabel: t('calendar-city-chosen'), hint: t('calendar-city-hint'),
    onChange: (id) => {
      const next = id ? String(id) : '';
      if (next === state.city) return;
      state.city = next;
      cityName = cityTa.selected()?.text || '';
      change();
    },
  });

  const form = h('form', { class: 'filters calendar-filters', role: 'search', 'aria-label': t('calendar-filter-label') },
    field(t('calendar-month'), monthSel),
    field(t('calendar-year'), yearSel),
    field(t('calendar-network'), networkSel),
    field(t('calendar-group'), groupSel, { hint: t('calendar-group-hint') }),
    cityTa.el,
    field(t('calendar-kind'), kindSel),
    h('div', { class: 'filters-actions' }, h('button', { type: 'submit', class: 'button' }, t('calendar-show'))));

  // ---- the months, and the grid or the agenda
  const prev = h('button', { type: 'button', class: 'button secondary small cal-prev' }, t('calendar-previous'));
  const todayBtn = h('button', { type: 'button', class: 'button secondary small cal-this' }, t('calendar-today'));
  const next = h('button', { type: 'button', class: 'button secondary small cal-next' }, t('calendar-next'));
  const viewName = nextId('cal-view');
  const radios = VIEWS.map((v) => h('input', { type: 'radio', name: viewName, value: v, checked: state.view === v }));
  const viewGroup = h('fieldset', { class: 'cal-view-group' }, h('legend', {}, t('calendar-view')),
    radios.map((r) => h('label', { class: 'choice' }, r, t(r.value === 'month' ? 'calendar-view-month' : 'calendar-view-agenda'))));
  const bar = h('div', { class: 'cal-bar' },
    h('div', { class: 'cal-nav', role: 'group', 'aria-label': t('calendar-months') }, prev, todayBtn, next),
    viewGroup);

  const feeds = h('p', { class: 'hint cal-feeds' });
  const mine = h('p', { class: 'cal-mine' });
  const heading = h('h2', { id: 'h-cal-month', class: 'cal-heading' });
  const summary = h('p', { class: 'summary cal-summary', 'aria-live': 'polite' });
  const leftOut = h('p', { class: 'notice cal-left-out', hidden: true });
  const results = h('div', { class: 'cal-results' });
  const section = h('section', { class: 'block calendar', 'aria-labelledby': 'h-cal-month' }, heading, bar, summary, leftOut, results);

  view.append(h('h1', {}, t('calendar-title')),
    h('p', { class: 'lead' }, t('calendar-lead'), ' ', h('a', { href: '#/activities' }, t('calendar-all-activities'))),
    mine, form, feeds, section);

  if (state.city) {
    api.get(`/cities/${state.city}`).then((c) => {
      if (!ctx.alive()) return;
      if (!cityTa.value() && !cityTa.input.value) cityTa.set(cityItem(c));
      cityName = c.name;
      drawFeeds();
    }).catch(() => {});
  }

  // the reader's own city and network, one click away
  function drawMine() {
    const u = ctx.user;
    const links = [];
    if (u && u.city_id && String(u.city_id) !== state.city) {
      links.push(h('a', { href: hashFor('/calendar', { view: state.view, month: state.month, city: u.city_id }) }, t('calendar-mine-city')));
    }
    if (u && u.network_id && String(u.network_id) !== state.network) {
      links.push(h('a', { href: hashFor('/calendar', { view: state.view, month: state.month, network: u.network_id }) }, t('calendar-mine-network')));
    }
    mine.replaceChildren(...links.flatMap((l, i) => (i ? [' · ', l] : [l])));
    mine.hidden = !links.length;
  }

  function drawFeeds() {
    const feed = (kind, id) => `${location.origin}/api/v1/calendars/${kind}/${id}`;
    const network = networks.find((n) => String(n.id) === state.network);
    const grp = groups.find((x) => String(x.id) === state.group);
    const links = [
      network ? h('a', { href: feed('networks', network.id), type: 'text/calendar' }, t('calendar-feed-network', { name: network.name })) : null,
      grp ? h('a', { href: feed('groups', grp.id), type: 'text/calendar' }, t('calendar-feed-group', { name: grp.name })) : null,
      state.city ? h('a', { href: feed('cities', state.city), type: 'text/calendar' }, t('calendar-feed-city', { name: cityName || state.city })) : null,
    ].filter(Boolean);
    if (!links.length) feeds.replaceChildren(t('calendar-feeds-none'));
    else feeds.replaceChildren(t('calendar-feeds'), ' ', ...listNodes(links, 'conjunction'));
  }

  // the groups of the chosen network
  async function loadGroups() {
    groups = [];
    if (!state.network) {
      groupSel.replaceChildren(h('option', { value: '' }, t('calendar-choose-network')));
      groupSel.disabled = true;
      state.group = '';
      return;
    }
    const r = await api.get('/groups', { network: state.network, limit: 500 }).catch(() => ({ items: [] }));
    groups = [...(r.items || [])].sort((x, y) => x.name.localeCompare(y.name));
    groupSel.replaceChildren(
      h('option', { value: '' }, groups.length ? t('calendar-any-group') : t('calendar-no-groups')),
      ...groups.map((x) => h('option', { value: String(x.id) }, x.name)));
    groupSel.disabled = !groups.length;
    groupSel.value = state.group;
    if (groupSel.value !== state.group) state.group = '';
  }

  // (read: the view and month only where the address named them, so that
  // "#/calendar" stays this month's)
  const address = (read = false) => hashFor('/calendar', {
    view: read && !q('view') ? '' : state.view,
    month: read && !q('month') ? '' : state.month,
    network: state.network, group: state.group, city: state.city, kind: state.kind,
  });

  let generation = 0;
  async function draw() {
    const gen = ++generation;
    const ym = state.month;
    const name = monthName(ym);
    heading.textContent = capital(name);
    pageTitle(t('calendar-page-title', { month: capital(name) }));
    drawFeeds();
    drawMine();
    summary.textContent = t('calendar-loading');
    results.setAttribute('aria-busy', 'true');
    results.replaceChildren(h('p', { class: 'loading' }, t('calendar-loading')));
    const filters = { network: state.network, group: state.group, city: state.city, kind: state.kind };
    try {
      const { placed, vague } = await eventsOf(ym, filters);
      if (gen !== generation || !ctx.alive()) return;
      const today = localToday();
      const g = gridOf(ym);
      const inMonth = placed.filter((x) => x.end >= g.first && x.start <= g.last).length;
      summary.textContent = t('calendar-count', { count: inMonth, month: name });
      if (vague) {
        leftOut.replaceChildren(t('calendar-left-out', { count: vague, month: name }), ' ',
          h('a', { href: hashFor('/activities', { year: ym.slice(0, 4), network: state.network, city: state.city, kind: state.kind }) },
            t('calendar-left-out-link')));
        leftOut.hidden = false;
      } else {
        leftOut.hidden = true;
      }
      results.replaceChildren(state.view === 'agenda' ? agendaList(ym, placed, today) : monthTable(ym, placed, today));
      results.classList.toggle('cal-as-agenda', state.view === 'agenda');
    } catch (e) {
      if (gen !== generation || !ctx.alive()) return;
      summary.textContent = '';
      results.replaceChildren(h('p', { class: 'muted' }, t('calendar-error', { error: e.message })));
      setStatus(t('calendar-error', { error: e.message }), { error: true });
    } finally {
      if (gen === generation) results.removeAttribute('aria-busy');
    }
  }

  // a filter or the month changed: a new address, the events again
  async function change() {
    pushHash(address());
    await draw();
  }

  const goMonth = (ym) => {
    state.month = ym;
    showMonth();
    change();
  };
  prev.addEventListener('click', () => goMonth(shiftMonth(state.month, -1)));
  next.addEventListener('click', () => goMonth(shiftMonth(state.month, 1)));
  todayBtn.addEventListener('click', () => goMonth(localToday().slice(0, 7)));
  for (const sel of [monthSel, yearSel]) sel.addEventListener('change', () => goMonth(`${yearSel.value}-${monthSel.value}`));
  for (const r of radios) {
    r.addEventListener('change', () => {
      if (!r.checked || state.view === r.value) return;
      state.view = r.value;
      change();
    });
  }
  networkSel.addEventListener('change', async () => {
    state.network = networkSel.value;
    state.group = '';
    await loadGroups();
    if (ctx.alive()) change();
  });
  groupSel.addEventListener('change', () => {
    state.group = groupSel.value;
    change();
  });
  kindSel.addEventListener('change', () => {
    state.kind = kindSel.value;
    change();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    state.month = `${yearSel.value}-${monthSel.value}`;
    change();
  });

  showMonth();
  await loadGroups();
  if (!ctx.alive()) return;
  // the address as it is read (a group's network filled in, unknown values dropped)
  replaceHash(address(true));
  await draw();
}

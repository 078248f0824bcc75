// All activities (#/activities): the upcoming ones (and those under way),
// then the past ones, filtered by city, network, kind, programme and year;
// the filters are kept in the address.
import * as api from '../api.js';
import { h, append, name, time, field, select, pager, pageTitle, debounce, setStatus } from '../ui.js';
import { hashFor, replaceHash } from '../app.js';
import { typeahead } from '../typeahead.js';
import { searchCities, cityItem } from '../forms.js';
import { paramOf, choiceText, titleOf, mayCreate } from '../schema-form.js';
import { downloads } from '../downloads.js';
import { t, fmt, listNodes, tNodes } from '../i18n.js';

// Today as the API writes dates.
export const today = () => new Date().toISOString().slice(0, 10);

// Upcoming or under way: its end (or start) is today or later, at the
// precision it is known ("2026" counts all this year).
export function isUpcoming(a, now = today()) {
  const d = a.end_date || a.start_date;
  return !!d && d >= now.slice(0, d.length);
}

// One activity in a list, its title linking to its page.
export function activityItem(a, { cityId = null, topicLabel = new Map(), headingLevel = 'h3' } = {}) {
  const dates = a.start_date
    ? [time(a.start_date), a.end_date && a.end_date !== a.start_date ? [' – ', time(a.end_date)] : null]
    : h('span', { class: 'muted' }, t('activities-date-not-known'));
  const others = (a.cities || []).filter((x) => x.id !== cityId && (!a.host_city || x.id !== a.host_city.id));
  return h('li', { class: 'activity' },
    h(headingLevel, { class: 'activity-title' }, h('a', { href: `#/activity/${a.id}`, dir: 'auto' }, a.title)),
    h('p', { class: 'meta' }, choiceText(a.kind), ' · ', dates,
      a.programme ? [' · ', h('span', { dir: 'auto' }, a.programme)] : null,
      a.host_city ? [' · ', tNodes('activities-hosted-by', {
        city: a.host_city.id === cityId ? name(a.host_city.name)
          : h('a', { href: `#/city/${a.host_city.id}`, dir: 'auto' }, a.host_city.name),
      })] : null,
      a.network ? [' · ', h('a', { href: `#/network/${a.network.id}`, dir: 'auto' }, a.network.name)] : null),
    others.length || (a.organisations || []).length
      ? h('p', { class: 'with' }, tNodes('activities-with', {
        list: listNodes([...others.map((x) => h('a', { href: `#/city/${x.id}`, dir: 'auto' }, x.name)),
          ...(a.organisations || []).map((o) => name(o.name))]),
      }))
      : null,
    a.topics && a.topics.length
      ? h('ul', { class: 'tags', 'aria-label': t('activities-topics') }, a.topics.map((x) => h('li', {}, topicLabel.get(x) || x)))
      : null);
}

const ID = /^\d+$/;

export async function render(view, ctx) {
  pageTitle(t('activities-title'));
  const qv = (k) => ctx.query.get(k) || '';
  const [kindP, cityP, networkP, programmeP, topics, networks] = await Promise.all([
    paramOf('/activities', 'kind'), paramOf('/activities', 'city'), paramOf('/activities', 'network'),
    paramOf('/activities', 'programme'), api.topics().catch(() => []), api.networks().catch(() => []),
  ]);
  if (!ctx.alive()) return;
  const topicLabel = new Map(topics.map((x) => [x.id, x.code ? `${x.code} ${x.label}` : x.label]));
  let partnership = ID.test(qv('partnership')) ? qv('partnership') : '';

  let cityFilter = ID.test(qv('city')) ? qv('city') : '';
  const cityTa = typeahead({
    label: titleOf(cityP, 'city'), search: searchCities, chosenLabel: t('activities-only-of'),
    hint: t('activities-city-hint'),
    onChange: (id) => {
      const next = id ? String(id) : '';
      if (next === cityFilter) return;
      cityFilter = next;
      apply();
    },
  });
  const network = select([['', t('activities-any-network')], ...[...networks].sort((a, b) => a.name.localeCompare(b.name))
    .map((n) => [n.id, n.acronym && n.acronym !== n.name ? `${n.name} (${n.acronym})` : n.name])],
  { value: ID.test(qv('network')) ? qv('network') : '' });
  const kind = select([['', t('activities-any-kind')], ...(kindP?.enum || []).map((k) => [k, choiceText(k)])], { value: qv('kind') });
  const programme = h('input', { type: 'text', value: qv('programme'), autocomplete: 'off', dir: 'auto' });
  const year = h('input', { type: 'text', inputmode: 'numeric', maxlength: 4, size: 6, value: /^\d{4}$/.test(qv('year')) ? qv('year') : '', autocomplete: 'off' });

  const partnershipNote = h('p', { class: 'notice', hidden: !partnership });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': t('activities-filter-label') },
    cityTa.el,
    field(titleOf(networkP, 'network'), network),
    field(titleOf(kindP, 'kind'), kind),
    field(titleOf(programmeP, 'programme'), programme, { hint: t('activities-programme-hint') }),
    field(t('activities-year'), year, { hint: t('activities-year-hint') }),
    h('div', { class: 'filters-actions' }, h('button', { type: 'submit', class: 'button' }, t('activities-filter'))));
  const upcoming = h('section', { class: 'block', 'aria-labelledby': 'h-upcoming' },
    h('h2', { id: 'h-upcoming' }, t('activities-upcoming')));
  const upcomingList = h('div', {});
  upcoming.append(upcomingList);
  const past = h('section', { class: 'block', 'aria-labelledby': 'h-past' }, h('h2', { id: 'h-past' }, t('activities-past')));
  const actions = h('div', { class: 'actions' });
  append(view, h('h1', {}, t('activities-title')),
    h('p', { class: 'lead' }, t('activities-lead')),
    h('p', {}, h('a', { href: '#/calendar' }, t('activities-calendar-link'))),
    actions, partnershipNote, form, upcoming, past);

  // the caller's own city or network says whether it may add one
  const own = ctx.user ? await Promise.all([
    ctx.user.city_id ? api.get(`/cities/${ctx.user.city_id}`).then((c) => ['City', c]).catch(() => null) : null,
    ctx.user.network_id ? api.get(`/networks/${ctx.user.network_id}`).then((n) => ['Network', n]).catch(() => null) : null,
  ]) : [];
  if (!ctx.alive()) return;
  if (await mayCreate('Activity', ctx.user, own.filter(Boolean))) {
    actions.append(h('a', { class: 'button secondary', href: ctx.user.city_id ? `#/activity/new?city=${ctx.user.city_id}` : '#/activity/new' }, t('activities-add')));
  }
  if (partnership) {
    api.get(`/partnerships/${partnership}`).then((p) => {
      partnershipNote.replaceChildren(...tNodes('activities-only-partnership', {
        partnership: h('a', { href: `#/partnership/${p.id}`, dir: 'auto' }, `${p.party_a?.name} – ${p.party_b?.name}`),
      }), ' ',
        h('button', { type: 'button', class: 'button small secondary', onclick: () => { partnership = ''; partnershipNote.hidden = true; apply(); } }, t('activities-show-all')));
    }).catch(() => { partnershipNote.textContent = t('activities-only-partnership-id', { id: partnership }); });
  }
  if (ID.test(qv('city'))) {
    api.get(`/cities/${qv('city')}`).then((c) => { if (!cityTa.value() && !cityTa.input.value) cityTa.set(cityItem(c)); })
      .catch(() => {});
  }
  const params = () => ({
    city: cityFilter, network: network.value, kind: kind.value, programme: programme.value.trim(),
    partnership,
  });
  const yearValue = () => (/^\d{4}$/.test(year.value.trim()) ? Number(year.value.trim()) : null);
  const queryFor = (extra) => {
    const y = yearValue();
    return { ...params(), from: y ?? undefined, to: y ?? undefined, ...extra };
  };
  form.after(downloads('/activities', () => queryFor({})));

  let upcomingIds = new Set();
  let generation = 0;
  async function loadUpcoming() {
    const gen = ++generation;
    const now = today();
    const thisYear = Number(now.slice(0, 4));
    const y = yearValue();
    upcomingList.replaceChildren(h('p', { class: 'loading' }, t('common-loading')));
    if (y !== null && y < thisYear) {
      upcomingIds = new Set();
      upcomingList.replaceChildren(h('p', { class: 'muted' }, t('activities-year-over', { year: fmt.number(y, { useGrouping: false }) })));
      return gen;
    }
    const r = await api.get('/activities', queryFor({ from: y ?? thisYear, to: y ?? undefined, limit: 500 }));
    if (gen !== generation) return gen;
    const items = (r.items || []).filter((a) => isUpcoming(a, now)).reverse(); // soonest first
    upcomingIds = new Set(items.map((a) => a.id));
    upcomingList.replaceChildren(items.length
      ? h('ul', { class: 'activities' }, items.map((a) => activityItem(a, { topicLabel })))
      : h('p', { class: 'muted' }, t('activities-no-upcoming')));
    return gen;
  }

  const list = pager(past, {
    noun: 'activities-past-count',
    empty: t('activities-no-past'),
    fetchPage: async (cursor) => {
      const r = await api.get('/activities', { ...queryFor({}), limit: 25, cursor });
      const items = r.items.filter((a) => !upcomingIds.has(a.id) && !isUpcoming(a));
      return { items, total: Math.max(0, r.total - upcomingIds.size), next: r.next };
    },
    render: (items, box) => {
      let ul = box.querySelector('ul.activities');
      if (!ul) box.append(ul = h('ul', { class: 'activities' }));
      const added = items.map((a) => activityItem(a, { topicLabel }));
      ul.append(...added);
      return added;
    },
  });

  async function apply() {
    replaceHash(hashFor('/activities', { ...params(), year: yearValue() ?? '' }));
    try {
      const gen = await loadUpcoming();
      if (gen === generation) list.reload();
    } catch (e) {
      upcomingList.replaceChildren();
      setStatus(t('activities-error', { error: e.message }), { error: true });
    }
  }
  const typed = debounce(apply, 300);
  programme.addEventListener('input', typed);
  year.addEventListener('input', () => { if (!year.value.trim() || yearValue()) typed(); });
  for (const s of [network, kind]) s.addEventListener('change', () => { typed.cancel(); apply(); });
  form.addEventListener('submit', (e) => { e.preventDefault(); typed.cancel(); apply(); });
  await apply();
}

// An activity as an event people attend (part of #/activity/ID): its time
// in the zone it is held in, its place, its places and registration window;
// the delegates the reader may see (their city's, or all for the
// organiser), each with the steps its `can` allows; the form a city's
// officer registers delegates with while registration is open; the
// calendar feeds it is in; travel support for its delegates (travel.js).
import * as api from '../api.js';
import { h, table, setStatus, flash, FormErrors, field, select, isHttp } from '../ui.js';
import { navigate } from '../app.js';
import { choiceText, mayCreate } from '../schema-form.js';
import { t, fmt } from '../i18n.js';
import { travelSection } from './travel.js';

// "2027-05-10T09:00" in Asia/Tehran -> "10 May 2027, 09:00 (Asia/Tehran)"
function wallTime(local, zone) {
  const [d, hm] = local.split('T');
  return t('activities-event-time', { date: fmt.date(d), time: fmt.number(Number(hm.slice(0, 2)), { minimumIntegerDigits: 2 }) + ':' + fmt.number(Number(hm.slice(3, 5)), { minimumIntegerDigits: 2 }), zone });
}

const feed = (kind, id) => `${location.origin}/api/v1/calendars/${kind}/${id}`;

export async function eventSection(a, ctx) {
  const timed = !!a.starts_at;
  if (!timed && !a.capacity) return null;
  const [places, regs] = await Promise.all([
    api.get(`/activities/${a.id}/places`).catch(() => null),
    ctx.user ? api.get('/registrations', { activity: a.id, limit: 500 }).catch(() => ({ items: [] })) : { items: [] },
  ]);
  const box = h('section', { class: 'block event', 'aria-labelledby': 'h-event' }, h('h2', { id: 'h-event' }, t('activities-event-heading')));
  const facts = h('dl', { class: 'facts' });
  const fact = (term, value) => facts.append(h('div', {}, h('dt', {}, term), h('dd', {}, value)));
  if (timed) fact(t('activities-event-starts'), wallTime(a.starts_at, a.time_zone));
  if (a.ends_at) fact(t('activities-event-ends'), wallTime(a.ends_at, a.time_zone));
  if (a.venue) fact(t('activities-event-venue'), h('span', { dir: 'auto' }, a.venue));
  if (isHttp(a.online_url)) fact(t('activities-event-online'), h('a', { href: a.online_url, rel: 'noopener noreferrer' }, a.online_url));
  if (places) {
    fact(t('activities-event-places'), places.capacity
      ? t('activities-event-places-taken', { taken: places.confirmed, capacity: places.capacity, waiting: places.waitlisted })
      : t('activities-event-places-open', { taken: places.confirmed }));
    fact(t('activities-event-registration'), places.open
      ? (a.registration_closes ? t('activities-event-open-until', { date: fmt.date(a.registration_closes) }) : t('activities-event-open'))
      : t('activities-event-closed'));
  }
  box.append(facts);
  // the feeds it is in, to subscribe to
  const feeds = [
    a.host_city ? [feed('cities', a.host_city.id), a.host_city.name] : null,
    a.network ? [feed('networks', a.network.id), a.network.name] : null,
  ].filter(Boolean);
  if (timed && feeds.length) {
    box.append(h('p', { class: 'hint' }, t('activities-event-feeds'), ' ',
      feeds.map(([url, label], i) => [i ? t('activities-comma') : '', h('a', { href: url, dir: 'auto' }, t('activities-event-feed-of', { name: label }))])));
  }
  if (ctx.user && (ctx.user.city_id || ctx.user.network_id)) box.append(privateFeed());
  if (regs.items.length) box.append(registrationsTable(regs.items));
  // the officer's city says, by its `can`, whether its delegates may be registered
  const city = ctx.user && ctx.user.city_id && places && places.open
    ? await api.get(`/cities/${ctx.user.city_id}`).catch(() => null) : null;
  if (city && await mayCreate('Registration', ctx.user, [['City', city]])) box.append(await registerForm(a, ctx));
  const travel = await travelSection(a, regs.items, ctx);
  if (travel) box.append(travel);
  return box;
}

// The account's own feed (its city's registrations, its network's events),
// at an address the server makes on asking; asking again replaces it.
function privateFeed() {
  const out = h('input', { type: 'text', readonly: true, hidden: true, class: 'feed-address', 'aria-label': t('activities-event-private-address') });
  const button = h('button', {
    type: 'button', class: 'button secondary small',
    onclick: async () => {
      try {
        const r = await api.post('/sessions/current/calendar', {});
        out.value = `${location.origin}${r.path}`;
        out.hidden = false;
        out.select();
        setStatus(t('activities-event-private-made'));
      } catch (err) { setStatus(err.message, { error: true }); }
    },
  }, t('activities-event-private'));
  return h('p', { class: 'hint' }, button, ' ', out);
}

function registrationsTable(items) {
  const cols = [
    { title: t('activities-event-col-delegate'), cell: (r) => h('span', { dir: 'auto' }, r.delegate || '') },
    { title: t('activities-event-col-city'), cell: (r) => h('a', { href: `#/city/${r.city_id}`, dir: 'auto' }, r.city_name || '') },
    { title: t('activities-event-col-status'), cell: (r) => [choiceText(r.status), r.place ? ` (${fmt.number(r.place)})` : ''] },
    {
      title: t('activities-event-col-attended'),
      cell: (r) => (r.can && r.can.update && r.status === 'confirmed'
        ? h('input', {
          type: 'checkbox', checked: !!r.attended, 'aria-label': t('activities-event-attended-of', { name: r.delegate || '' }),
          onchange: async (e) => {
            try {
              await api.patch(`/registrations/${r.id}`, { attended: e.target.checked });
              setStatus(t('activities-event-attendance-saved'));
            } catch (err) { setStatus(err.message, { error: true }); }
          },
        })
        : r.attended === true ? t('activities-event-yes') : ''),
    },
    {
      title: t('activities-event-col-actions'),
      cell: (r) => (r.can && r.can.delete ? h('button', {
        type: 'button', class: 'button secondary small',
        onclick: async () => {
          try {
            await api.request('DELETE', `/registrations/${r.id}`);
            flash(t('activities-event-cancelled'));
            navigate(`#/activity/${r.activity_id}`);
          } catch (err) { setStatus(err.message, { error: true }); }
        },
      }, t('activities-event-cancel')) : ''),
    },
  ];
  return h('div', { class: 'table-wrap' }, table(cols, items, { caption: t('activities-event-delegates'), className: 'registrations' }));
}

async function registerForm(a, ctx) {
  const people = await api.get('/people', { limit: 500 }).catch(() => ({ items: [] }));
  const mine = people.items.filter((p) => p.can && p.can.update);
  const who = select([['', t('activities-event-by-name')], ...mine.map((p) => [String(p.id), p.name])]);
  const name = h('input', { type: 'text', autocomplete: 'off', dir: 'auto' });
  const form = h('form', { class: 'form inline-form register-form', novalidate: true },
    h('h3', {}, t('activities-event-register')),
    a.privacy_notice ? h('div', { class: 'notice privacy-notice' }, h('p', { class: 'review-comment-title' }, t('activities-event-privacy')),
      h('p', { dir: 'auto', class: 'note-text' }, a.privacy_notice)) : null,
    mine.length ? field(t('activities-event-person'), who) : null,
    field(t('activities-event-name'), name, { hint: t('activities-event-name-hint') }),
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button' }, t('activities-event-register'))));
  const errors = new FormErrors(form);
  errors.add('delegate_name', name.closest('.field'), name);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    errors.clear();
    const body = { activity_id: a.id, city_id: ctx.user.city_id };
    if (who.value) body.person_id = Number(who.value);
    else body.delegate_name = name.value.trim();
    try {
      const r = await api.post('/registrations', body);
      flash(r.status === 'confirmed' ? t('activities-event-confirmed') : t('activities-event-waitlisted', { place: r.place || 0 }));
      navigate(`#/activity/${a.id}`);
    } catch (err) {
      errors.show(err.field || 'delegate_name', err.message);
      setStatus(t('activities-event-not-registered', { error: err.message }), { error: true });
    }
  });
  return form;
}

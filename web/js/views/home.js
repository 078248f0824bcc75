// The public home page (#/ when signed out): the registry at a glance, from
// GET /api/v1/overview: its figures (named as the API document names them),
// a map of the most partnered cities (also listed, for who cannot see the
// map), the latest published practices and activities, and a large search
// box (the header's, again).
import * as api from '../api.js';
import { h, append, pageTitle, time } from '../ui.js';
import { schemaOf } from '../schema.js';
import { choiceText } from '../params.js';
import { worldMap, hasCoords } from '../map.js';
import { searchBox } from '../search-box.js';
import { navigate } from '../app.js';
import { placeEl, periodText, excerpt } from './practices.js';
import { t, fmt, listNodes, tNodes } from '../i18n.js';

const num = (n) => fmt.number(n ?? 0);

// The figures, in the order and with the words of the Figures schema:
// "Countries" with its description ("with a partnership").
async function figuresEl(figures) {
  const schema = await schemaOf('Figures').catch(() => null);
  const props = Object.entries(schema?.properties || {}).filter(([k]) => k in figures);
  const shown = props.length ? props : Object.keys(figures).map((k) => [k, {}]);
  const links = { cities: '#/cities', networks: '#/networks', partnerships: '#/partnerships', practices: '#/practices' };
  return h('dl', { class: 'home-figures', id: 'home-figures' }, shown.map(([k, p]) => h('div', { class: 'home-figure' },
    h('dt', {}, p.title || choiceText(k), p.description ? h('span', { class: 'home-figure-note' }, ` (${p.description})`) : null),
    h('dd', {}, links[k] ? h('a', { href: links[k] }, num(figures[k])) : num(figures[k])))));
}

// The most partnered cities: on a world map, and the first of them in a list.
function mapSection(cities) {
  const withPoint = cities.filter(hasCoords);
  const LISTED = 10;
  const sec = h('section', { class: 'block home-map', 'aria-labelledby': 'h-home-map' },
    h('h2', { id: 'h-home-map' }, t('home-top-cities')));
  if (!cities.length) {
    sec.append(h('p', { class: 'muted' }, t('home-map-empty')));
    return sec;
  }
  const listId = 'home-top-cities';
  const map = withPoint.length ? worldMap({
    label: t('home-map-label', { count: withPoint.length }),
    className: 'map-home-overview', skipTo: listId, radius: { member: 2.6, partner: 5 },
  }) : null;
  if (map) {
    const most = Math.max(...withPoint.map((c) => c.partnerships || 0), 1);
    const frag = document.createDocumentFragment();
    // the largest last: drawn on top of the small ones
    for (const c of [...withPoint].reverse()) {
      map.point(c, {
        href: `#/city/${c.id}`,
        text: t('home-map-point', { city: c.name, country: c.country, count: c.partnerships ?? 0 }),
        kind: c.partnerships >= most / 3 ? 'partner' : 'member',
        into: frag,
      });
    }
    map.addPoints(frag);
    map.legend([{ className: 'partner', text: t('home-legend-most') }, { className: 'member', text: t('home-legend-other') }]);
    map.setNote(withPoint.length < cities.length
      ? t('home-map-unplaced', { count: cities.length - withPoint.length }) : '');
    sec.append(map.figure);
  } else if (withPoint.length) {
    sec.append(h('p', { class: 'map-note' }, t('home-map-failed')));
  }
  sec.append(h('ol', { class: 'home-top plain-list', id: listId, tabindex: '-1', 'aria-label': t('home-top-cities') },
    cities.slice(0, LISTED).map((c) => h('li', {},
      h('a', { href: `#/city/${c.id}`, dir: 'auto' }, c.name), h('span', { class: 'cc' }, ` (${c.country})`),
      h('span', { class: 'home-count' }, ` ${t('home-partnerships', { count: c.partnerships ?? 0 })}`)))));
  return sec;
}

function practicesSection(list) {
  return h('section', { class: 'block home-practices', 'aria-labelledby': 'h-home-practices' },
    h('h2', { id: 'h-home-practices' }, t('home-recent-practices')),
    list.length
      ? h('ol', { class: 'plain-list home-list' }, list.map((p) => h('li', {},
        h('a', { href: `#/practice/${p.id}`, dir: 'auto', class: 'home-item-title' }, p.title),
        h('p', { class: 'meta' }, placeEl(p), periodText(p) ? [' · ', periodText(p)] : null),
        p.summary ? h('p', { class: 'home-excerpt', dir: 'auto' }, excerpt(p.summary, 160)) : null)))
      : h('p', { class: 'muted' }, t('home-no-practice')),
    h('p', {}, h('a', { href: '#/practices' }, t('home-practice-library'))));
}

function activitiesSection(list) {
  return h('section', { class: 'block home-activities', 'aria-labelledby': 'h-home-activities' },
    h('h2', { id: 'h-home-activities' }, t('home-recent-activities')),
    list.length
      ? h('ol', { class: 'plain-list home-list' }, list.map((a) => {
        const cities = a.cities && a.cities.length ? a.cities : a.host_city ? [a.host_city] : [];
        return h('li', {},
          h('a', { href: `#/activity/${a.id}`, class: 'home-item-title', dir: 'auto' }, a.title),
          h('p', { class: 'meta' }, choiceText(a.kind), a.start_date ? [' · ', time(a.start_date)] : null,
            cities.length ? [' · ', listNodes(cities.map((c) => h('a', { href: `#/city/${c.id}`, dir: 'auto' }, c.name)))] : null,
            a.network ? [' · ', h('a', { href: `#/network/${a.network.id}`, dir: 'auto' }, a.network.acronym || a.network.name)] : null));
      }))
      : h('p', { class: 'muted' }, t('home-no-activity')));
}

export async function render(view, ctx) {
  pageTitle('');
  append(view, h('p', { class: 'loading' }, t('common-loading')));
  const o = await api.get('/overview');
  if (!ctx.alive()) return;
  const figures = await figuresEl(o.figures || {});
  if (!ctx.alive()) return;
  view.replaceChildren();
  // the header's search box, larger, with its label in sight (and a name
  // of its own: the header's stays "Search the registry")
  const search = searchBox({ navigate });
  search.classList.add('home-search');
  search.setAttribute('aria-label', t('home-search-region'));
  const searchLabel = search.querySelector('label');
  searchLabel.classList.remove('visually-hidden');
  searchLabel.classList.add('home-search-label');
  searchLabel.textContent = t('home-search-label');
  append(view,
    h('section', { class: 'home-intro', 'aria-labelledby': 'h-home' },
      h('h1', { id: 'h-home' }, t('home-title')),
      h('p', { class: 'lead' }, t('home-lead')),
      h('div', { class: 'home-search-wrap' }, search),
      figures),
    mapSection(o.map || []),
    h('div', { class: 'home-columns' }, practicesSection(o.recent_practices || []), activitiesSection(o.recent_activities || [])),
    h('p', { class: 'home-more' }, t('home-also'), ' ', h('a', { href: '#/index' }, t('home-also-index')), ' · ',
      h('a', { href: '#/graph' }, t('home-also-graph')),
      ctx.user ? null : [' · ', tNodes('home-sign-in-to-workspace', {
        signin: h('a', { href: '#/signin?next=%23%2F' }, t('home-sign-in')),
      })]));
}

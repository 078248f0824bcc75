// amity's web UI: a hash router. Each page is a module in views/ that
// draws itself into a fresh container; a container that has been replaced
// by a newer page simply goes nowhere.
import * as api from './api.js';
import { h, append, clearStatus, setStatus, takeFlash, loadFailed, notFound, pageTitle } from './ui.js';
import * as cities from './views/cities.js';
import * as city from './views/city.js';
import * as partnerSuggestions from './views/partner-suggestions.js';
import * as networks from './views/networks.js';
import * as network from './views/network.js';
import * as partnerships from './views/partnerships.js';
import * as signin from './views/signin.js';
import * as partnershipForm from './views/partnership-form.js';
import * as activityForm from './views/activity-form.js';
import * as partnership from './views/partnership.js';
import * as activities from './views/activities.js';
import * as activity from './views/activity.js';
import * as diasporaForm from './views/diaspora-form.js';
import * as practices from './views/practices.js';
import * as practice from './views/practice.js';
import * as practiceForm from './views/practice-form.js';
import * as indexResults from './views/index-results.js';
import * as indexReport from './views/index-report.js';
import * as indexRespond from './views/index-respond.js';
import * as graphOverview from './views/graph-overview.js';
import * as graphPath from './views/graph-path.js';
import * as search from './views/search.js';
import * as home from './views/home.js';
import * as workspace from './views/workspace.js';
import * as people from './views/people.js';
import * as personForm from './views/person-form.js';
import * as peopleRegister from './views/people-register.js';
import * as opportunities from './views/opportunities.js';
import * as assignments from './views/assignments.js';
import * as calendar from './views/calendar.js';
import * as notices from './views/notices.js';
import * as group from './views/group.js';
import * as needs from './views/needs.js';
import { searchBox } from './search-box.js';
import * as i18n from './i18n.js';
import { t } from './i18n.js';
import { applyTheme, prefsBox } from './prefs.js';
import { apiDocument } from './schema.js';

const routes = [
  // the home page: the workspace when signed in, the overview otherwise
  { re: /^\/$/, view: { render: (view, ctx) => (ctx.user ? workspace : home).render(view, ctx) }, nav: null },
  { re: /^\/cities$/, view: cities, nav: 'cities' },
  { re: /^\/city\/(\d+)$/, view: city, nav: 'cities' },
  { re: /^\/city\/(\d+)\/partners$/, view: partnerSuggestions, nav: 'cities' },
  { re: /^\/city\/(\d+)\/diaspora\/new$/, view: diasporaForm, nav: 'cities' },
  { re: /^\/diaspora\/new$/, view: diasporaForm, nav: 'cities' },
  { re: /^\/diaspora\/(\d+)\/edit$/, view: diasporaForm, nav: 'cities' },
  { re: /^\/networks$/, view: networks, nav: 'networks' },
  { re: /^\/network\/(\d+)$/, view: network, nav: 'networks' },
  { re: /^\/partnerships$/, view: partnerships, nav: 'partnerships' },
  { re: /^\/partnership\/new$/, view: partnershipForm, nav: 'partnerships' },
  { re: /^\/partnership\/(\d+)$/, view: partnership, nav: 'partnerships' },
  { re: /^\/partnership\/(\d+)\/edit$/, view: partnershipForm, nav: 'partnerships' },
  { re: /^\/activities$/, view: activities, nav: 'activities' },
  { re: /^\/calendar$/, view: calendar, nav: 'activities' },
  { re: /^\/notifications$/, view: notices, nav: null },
  { re: /^\/group\/(\d+)$/, view: group, nav: 'networks' },
  { re: /^\/needs$/, view: needs, nav: 'needs' },
  { re: /^\/needs\/new$/, view: { render: needs.renderForm }, nav: 'needs' },
  { re: /^\/need\/(\d+)$/, view: { render: needs.renderOne }, nav: 'needs' },
  { re: /^\/offers$/, view: { render: needs.renderOffers }, nav: 'needs' },
  { re: /^\/offers\/new$/, view: { render: needs.renderOfferForm }, nav: 'needs' },
  { re: /^\/offer\/(\d+)$/, view: { render: needs.renderOffer }, nav: 'needs' },
  { re: /^\/activity\/new$/, view: activityForm, nav: 'activities' },
  { re: /^\/activity\/(\d+)$/, view: activity, nav: 'activities' },
  { re: /^\/activity\/(\d+)\/edit$/, view: activityForm, nav: 'activities' },
  { re: /^\/practices$/, view: practices, nav: 'practices' },
  { re: /^\/practice\/new$/, view: practiceForm, nav: 'practices' },
  { re: /^\/practice\/(\d+)\/edit$/, view: practiceForm, nav: 'practices' },
  { re: /^\/practice\/(\d+)$/, view: practice, nav: 'practices' },
  { re: /^\/index$/, view: indexResults, nav: 'index' },
  { re: /^\/index\/report\/(\d+)(?:\/(\d{4}))?$/, view: indexReport, nav: 'index' },
  { re: /^\/index\/respond\/(\d+)$/, view: indexRespond, nav: 'index' },
  { re: /^\/graph$/, view: graphOverview, nav: 'graph' },
  { re: /^\/graph\/path$/, view: graphPath, nav: 'graph' },
  { re: /^\/people$/, view: people, nav: 'people' },
  { re: /^\/people\/new$/, view: personForm, nav: 'people' },
  { re: /^\/people\/register$/, view: peopleRegister, nav: 'people' },
  { re: /^\/people\/audit$/, view: { render: people.renderAudit }, nav: 'people' },
  { re: /^\/person\/(\d+)$/, view: { render: people.renderPerson }, nav: 'people' },
  { re: /^\/person\/(\d+)\/edit$/, view: personForm, nav: 'people' },
  { re: /^\/opportunities$/, view: opportunities, nav: 'people' },
  { re: /^\/assignments$/, view: assignments, nav: 'people' },
  { re: /^\/assignments\/new$/, view: { render: assignments.renderForm }, nav: 'people' },
  { re: /^\/opportunities\/new$/, view: { render: opportunities.renderForm }, nav: 'people' },
  { re: /^\/opportunity\/(\d+)$/, view: { render: opportunities.renderOne }, nav: 'people' },
  { re: /^\/opportunity\/(\d+)\/edit$/, view: { render: opportunities.renderForm }, nav: 'people' },
  { re: /^\/signin$/, view: signin, nav: 'signin' },
  { re: /^\/search$/, view: search, nav: null },
];

// "#/cities?q=x" -> {path: "/cities", query: URLSearchParams}
export function parseHash(hash = location.hash) {
  const raw = hash.replace(/^#/, '') || '/';
  const qi = raw.indexOf('?');
  const path = qi < 0 ? raw : raw.slice(0, qi);
  const query = new URLSearchParams(qi < 0 ? '' : raw.slice(qi + 1));
  return { path: path || '/', query };
}

export function hashFor(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  return `#${path}${s ? '?' + s : ''}`;
}

// Change the address without drawing the page again (e.g. search as you type).
export function replaceHash(hash) {
  if (location.hash !== hash) history.replaceState(null, '', hash);
  updateSigninLink();
}

// A new history entry without drawing the page again (e.g. a filter
// toggled): back and forward then draw the page from the address.
export function pushHash(hash) {
  if (location.hash !== hash) history.pushState(null, '', hash);
  updateSigninLink();
}

export function navigate(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

const main = document.getElementById('main');
let firstRoute = true;

async function route() {
  // an in-page anchor such as the skip link is not a page of its own
  if (location.hash && !location.hash.startsWith('#/') && !firstRoute) return;
  const { path, query } = parseHash(location.hash.startsWith('#/') ? location.hash : '');
  clearStatus();
  updateNavCount();
  const view = h('div', { class: 'view' });
  main.replaceChildren(view);
  const r = routes.find((x) => x.re.test(path));
  updateNav(r ? r.nav : null);
  updateSigninLink();
  const ctx = {
    params: r ? path.match(r.re).slice(1) : [],
    path,
    query,
    user: api.currentUser(),
    alive: () => view.isConnected,
  };
  try {
    // the labels of the server's codes ("member", "signed") in the reader's
    // language come with the API document (fetched once)
    if (i18n.lang() !== 'en') await apiDocument().catch(() => null);
    if (!r) notFound(view);
    else await r.view.render(view, ctx);
  } catch (e) {
    if (view.isConnected) loadFailed(view, e);
  }
  if (!view.isConnected) return;
  const msg = takeFlash();
  if (msg) setStatus(msg);
  // After a page change, start the keyboard and screen reader at its heading.
  if (!firstRoute && !view.contains(document.activeElement)) {
    const h1 = view.querySelector('h1');
    if (h1) {
      if (!h1.hasAttribute('tabindex')) h1.setAttribute('tabindex', '-1');
      h1.focus({ preventScroll: false });
    }
    window.scrollTo(0, 0);
  }
  firstRoute = false;
}

// The header's count of practices awaiting the user's review (a
// secretariat's; anyone's whom the server lets publish them).
let countSeq = 0;
async function updateNavCount() {
  const link = document.querySelector('[data-nav="practices"]');
  if (!link) return;
  const seq = ++countSeq;
  let n = 0;
  if (api.currentUser()) {
    try {
      n = await workspace.awaitingReview();
    } catch {
      n = 0;
    }
  }
  if (seq !== countSeq) return;
  let badge = link.querySelector('.nav-count');
  if (!n) {
    if (badge) badge.remove();
    return;
  }
  if (!badge) link.append(badge = h('span', { class: 'nav-count' }));
  badge.replaceChildren(String(n), h('span', { class: 'visually-hidden' }, ` ${t('nav-awaiting-review')}`));
}

function updateNav(current) {
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (a.dataset.nav === current) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

// "Sign in" brings the user back to where they were.
function updateSigninLink() {
  const link = document.getElementById('signin-link');
  if (!link) return;
  const { path } = parseHash();
  link.href = path === '/signin' ? location.hash || '#/signin'
    : hashFor('/signin', { next: location.hash || '#/' });
}

function renderSession(user) {
  const box = document.getElementById('session');
  if (!user) {
    box.replaceChildren(h('a', { href: '#/signin', 'data-nav': 'signin', id: 'signin-link' }, t('sign-in')));
    updateSigninLink();
    updateNav(routes.find((x) => x.re.test(parseHash().path))?.nav);
    return;
  }
  box.replaceChildren();
  setTimeout(notices.refreshBadge, 0);
  append(box,
    h('span', { class: 'who' }, `${t('signed-in-as')} `, h('strong', { dir: 'auto' }, user.username),
      user.role ? ` (${t(`role-${user.role}`)})` : ''),
    user.city_id ? h('a', { href: `#/city/${user.city_id}` }, t('my-city')) : null,
    user.network_id ? h('a', { href: `#/network/${user.network_id}` }, t('my-network')) : null,
    h('a', { href: '#/notifications', id: 'notices-link', class: 'notices-link' }, t('notices-link')),
    h('button', { type: 'button', class: 'button small', onclick: onSignOut }, t('sign-out')));
}

async function onSignOut() {
  await api.signOut();
  const { path } = parseHash();
  // a form needs an account: leave it
  const fromCity = path.match(/^\/city\/(\d+)\//);
  if (/\/(new|edit)$/.test(path)) location.hash = path.startsWith('/practice') ? '#/practices' : fromCity ? `#/city/${fromCity[1]}` : '#/cities';
  else route();
  setStatus(t('signed-out'));
  document.getElementById('main').focus();
}

let lastUserKey = JSON.stringify(api.currentUser());
api.onSessionChange((user) => {
  const key = JSON.stringify(user);
  if (key === lastUserKey) return;
  lastUserKey = key;
  renderSession(user);
});

window.addEventListener('hashchange', route);
window.addEventListener('hashchange', () => { if (api.currentUser()) notices.refreshBadge(); });
setInterval(() => { if (api.currentUser()) notices.refreshBadge(); }, 60000);
document.querySelector('.skip-link').addEventListener('click', (e) => {
  e.preventDefault();
  main.focus();
  main.scrollIntoView();
});
applyTheme();
await i18n.start();
document.querySelector('.header-inner .brand').after(searchBox({ navigate }));
document.querySelector('.header-inner nav').append(prefsBox());
renderSession(api.currentUser());
pageTitle('');
const hadUser = !!api.currentUser();
route();
api.checkSession().then((user) => {
  // a stored token that is no longer valid: draw the page as signed out
  if (hadUser && !user) route();
});

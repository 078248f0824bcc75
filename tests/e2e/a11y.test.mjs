// Accessibility of every kind of page, with axe-core (checkA11y in
// browser.mjs: WCAG 2.0 A and AA, WCAG 2.1 AA): no serious or critical
// violation, in English and in Persian (right to left), in the light and
// the dark colour scheme (set in localStorage as the header's choices
// are, before the page loads); and in Persian no sideways scroll at
// 1280px and 375px. Signed out: the lists and a record of each kind, the
// partner suggestions, the Index pages, the graph pages, the search and
// the sign-in page; signed in: the workspace and two forms. Then the charts
// and the graph drawn again when the colour scheme changes.
//
// SYNTHETIC TEST DATA: every city, partnership, network, membership,
// activity, practice and Index answer below is invented for the test and
// made through the API on a throwaway database; none of it is a fact about
// a real place.
// Set AMITY_E2E_SHOTS=DIR to keep screenshots of each page; AMITY_A11Y_ONLY=
// a page's name (e.g. index-report) checks that page alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SHOTS, checkA11y, checkWidths, launchBrowser, openPage } from './browser.mjs';
import { adminServer, create, expectStatus, settled, API, ADMIN } from '../api/helpers.mjs';

const ROUND = new Date().getFullYear();

let s;
let admin;
let session; // {token, user} of the admin, for the signed-in pages
let browser;
const ids = {};

before(async () => {
  ({ s, admin } = await adminServer());
  const city = async (body) => (await create(s, admin, 'cities', body)).id;
  ids.a = await city({ name: 'Testford', country: 'IT', lat: 44.7, lng: 10.6, population: 170000 });
  ids.b = await city({ name: 'Sampleburg', country: 'PL', lat: 50.06, lng: 19.94, population: 780000 });
  ids.c = await city({ name: 'نمونه‌آباد', country: 'IR', lat: 32.65, lng: 51.67, alt_names: ['Nemunabad'] });
  ids.d = await city({ name: 'Mockton', country: 'FR', lat: 45.76, lng: 4.84, population: 510000 });
  ids.e = await city({ name: 'Fakeham', country: 'DE', lat: 50.94, lng: 6.96, population: 1000000 });

  ids.partnership = (await create(s, admin, 'partnerships', {
    party_a: { city_id: ids.a }, party_b: { city_id: ids.b }, kind: 'twinning', status: 'signed', signed_date: '2015-06-01',
  })).id;
  await create(s, admin, 'partnerships', { party_a: { city_id: ids.c }, party_b: { city_id: ids.a }, kind: 'friendship', status: 'proposed' });
  await create(s, admin, 'partnerships', { party_a: { city_id: ids.b }, party_b: { city_id: ids.d }, kind: 'twinning', status: 'signed' });

  const n = await create(s, admin, 'networks', { name: 'Synthetic Test Network', acronym: 'STN' });
  ids.network = n.id;
  for (const c of [ids.a, ids.d, ids.e]) await create(s, admin, 'memberships', { network_id: n.id, city_id: c, joined_year: 2010 });

  ids.activity = (await create(s, admin, 'activities', {
    kind: 'workshop', title: 'Synthetic workshop on welcoming newcomers', host_city_id: ids.a, city_ids: [ids.b],
  })).id;

  const p = await create(s, admin, 'practices', {
    title: 'Synthetic welcome desk', summary: 'An invented practice for the test.', city_id: ids.a, network_id: n.id,
    contact_name: 'Test Contact', contact_email: 'contact@example.invalid',
  });
  ids.practice = p.id;
  expectStatus(await s.req('POST', `${API}/practices/${p.id}/submit`, { token: admin }), 200, 'submit the practice');
  expectStatus(await s.req('POST', `${API}/practices/${p.id}/publish`, { token: admin }), 200, 'publish the practice');

  // an Index response, answered half-way up each question and submitted
  const edition = (await s.req('GET', `${API}/index/questionnaire`)).json;
  const answers = { population: { value: 170000 }, foreign_born_pct: { value: 12 } };
  for (const ind of edition.indicators) {
    if (ind.optional) continue;
    for (const q of ind.questions) {
      const opts = [...q.options].sort((x, y) => x.points - y.points);
      answers[q.id] = { option: opts[Math.floor(opts.length / 2)].id };
    }
  }
  const r = await create(s, admin, 'index/responses', { city_id: ids.a, round: ROUND });
  expectStatus(await s.req('PATCH', `${API}/index/responses/${r.id}/answers`, { token: admin, body: { answers } }), 200, 'answers');
  expectStatus(await s.req('POST', `${API}/index/responses/${r.id}/submit`, { token: admin }), 200, 'submit the Index response');

  const si = await s.req('POST', `${API}/sessions`, { body: { username: ADMIN.username, password: ADMIN.password } });
  expectStatus(si, 201, 'sign in');
  session = { token: si.json.token, user: si.json.user };
  await settled(s);
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (s) await s.stop();
});

// [name, hash, what to do once there (e.g. open a part drawn on demand)]
const PAGES = () => [
  ['home', '#/'],
  ['cities', '#/cities'],
  ['city', `#/city/${ids.a}`],
  ['partner-suggestions', `#/city/${ids.a}/partners`, async (page) => {
    await page.locator('button[aria-controls="neighbourhood-panel"]').click();
    await page.locator('.graph-box canvas').first().waitFor({ state: 'attached' }).catch(() => {});
  }],
  ['networks', '#/networks'],
  ['network', `#/network/${ids.network}`],
  ['partnerships', '#/partnerships'],
  ['partnership', `#/partnership/${ids.partnership}`],
  ['activities', '#/activities'],
  ['activity', `#/activity/${ids.activity}`],
  ['practices', '#/practices'],
  ['practice', `#/practice/${ids.practice}`],
  ['index', '#/index'],
  ['index-report', `#/index/report/${ids.a}/${ROUND}`, async (page) => {
    await page.locator('figure.chart canvas').first().waitFor({ state: 'attached' });
  }],
  ['graph', '#/graph'],
  ['graph-path', `#/graph/path?from=${ids.e}&to=${ids.b}`, async (page) => {
    await page.locator('#chain-summary, #chain-message').first().waitFor();
    if (await page.locator('#chain-summary').count()) await page.locator('svg.map').first().waitFor({ state: 'attached' });
  }],
  ['search', '#/search?q=test'],
  ['signin', '#/signin'],
];
const SIGNED_IN = () => [
  ['workspace', '#/'],
  ['partnership-form', '#/partnership/new', async (page) => { await page.locator('form').first().waitFor(); }],
  ['practice-form', '#/practice/new', async (page) => { await page.locator('form').first().waitFor(); }],
];

// the page drawn: its heading there, nothing loading any more
async function settle(page) {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('main .loading, main [aria-busy="true"]'), null, { timeout: 10000 });
  await page.waitForTimeout(150);
}

async function visitAll(lang, theme, { signedIn = false, widths = false } = {}) {
  const { context, page, problems } = await openPage(browser);
  await page.addInitScript(([l, th, sess]) => {
    localStorage.setItem('amity.lang', l);
    localStorage.setItem('amity.theme', th);
    if (sess) {
      sessionStorage.setItem('amity.token', sess.token);
      sessionStorage.setItem('amity.user', JSON.stringify(sess.user));
    }
  }, [lang, theme, signedIn ? session : null]);
  const failures = [];
  let first = true;
  const only = process.env.AMITY_A11Y_ONLY; // e.g. "graph-path": that page alone
  for (const [name, hash, then] of (signedIn ? SIGNED_IN() : PAGES()).filter(([n]) => !only || n === only)) {
    const label = `${name}-${lang}-${theme}${signedIn ? '-signed-in' : ''}`;
    if (first) await page.goto(`${s.base}/${hash}`);
    else await page.evaluate((h) => { location.hash = h; }, hash);
    first = false;
    try {
      await settle(page);
      if (then) await then(page);
    } catch (e) {
      e.message = `${label}: ${e.message}\n${problems.join('\n')}`;
      throw e;
    }
    await page.waitForTimeout(100);
    const html = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.documentElement.dataset.theme]);
    assert.deepEqual(html, [lang, lang === 'fa' ? 'rtl' : 'ltr', theme], `${label}: <html lang dir data-theme>`);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `a11y-${label}.png`), fullPage: true });
    for (const v of await checkA11y(page, label)) {
      failures.push(`${label}: ${v.id} (${v.impact}) ${v.help}\n${v.nodes.slice(0, 5).map(([t, f]) => `    ${t}: ${f.split('\n').slice(0, 3).join(' ')}`).join('\n')}`);
    }
    if (widths) await checkWidths(page, `a11y-${label}`, { settle: 150 });
  }
  assert.deepEqual(failures, [], `serious or critical violations:\n${failures.join('\n')}`);
  assert.deepEqual(problems, []);
  await context.close();
}

for (const lang of ['en', 'fa']) {
  for (const theme of ['light', 'dark']) {
    test(`every page in ${lang}, ${theme}: no serious or critical violation${lang === 'fa' && theme === 'light' ? ', no sideways scroll' : ''}`, async () => {
      await visitAll(lang, theme, { widths: lang === 'fa' && theme === 'light' });
    });
  }
}

test('signed in, the workspace and the forms: en and fa, light and dark', async () => {
  for (const lang of ['en', 'fa']) {
    for (const theme of ['light', 'dark']) await visitAll(lang, theme, { signedIn: true, widths: lang === 'fa' && theme === 'dark' });
  }
});

test('charts and the graph follow a change of colour scheme: chosen in the header, or the system\'s', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.addInitScript(() => { localStorage.setItem('amity.lang', 'en'); localStorage.setItem('amity.theme', 'light'); });
  const seriesColour = () => page.evaluate(() => window.Chart.getChart(document.querySelector('figure.chart canvas')).data.datasets[0].borderColor);
  await page.goto(`${s.base}/#/index/report/${ids.a}/${ROUND}`);
  await settle(page);
  await page.waitForFunction(() => window.Chart && window.Chart.getChart(document.querySelector('figure.chart canvas')));
  assert.equal(await seriesColour(), '#17365d');
  await page.locator('#pref-theme').selectOption('dark');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.equal(await seriesColour(), '#8cb8f0');
  // automatic: as the system says
  await page.locator('#pref-theme').selectOption('auto');
  await page.emulateMedia({ colorScheme: 'light' });
  assert.equal(await seriesColour(), '#17365d');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => window.Chart.getChart(document.querySelector('figure.chart canvas')).data.datasets[0].borderColor === '#8cb8f0');

  // the network neighbourhood (Cytoscape.js): the labels' colour
  await page.evaluate((h) => { location.hash = h; }, `#/city/${ids.a}/partners`);
  await settle(page);
  await page.locator('button[aria-controls="neighbourhood-panel"]').click();
  await page.waitForFunction(() => document.querySelector('.graph-box')?._cyreg?.cy);
  const label = () => page.evaluate(() => document.querySelector('.graph-box')._cyreg.cy.nodes().first().style('color'));
  assert.equal(await label(), 'rgb(230,233,237)');
  await page.locator('#pref-theme').selectOption('light');
  assert.equal(await label(), 'rgb(27,31,36)');
  assert.deepEqual(problems, []);
  await context.close();
});

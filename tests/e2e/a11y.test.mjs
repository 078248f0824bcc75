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
import { adminServer, expectStatus, settled, API, ADMIN } from '../api/helpers.mjs';
import { syntheticRegistry, publicPages, ROUND } from './registry.mjs';

let s;
let admin;
let session; // {token, user} of the admin, for the signed-in pages
let browser;
const ids = {};

before(async () => {
  ({ s, admin } = await adminServer());
  Object.assign(ids, await syntheticRegistry(s, admin));

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

const PAGES = () => publicPages(ids);
const SIGNED_IN = () => [
  ['workspace', '#/'],
  ['partnership-form', '#/partnership/new', async (page) => { await page.locator('form').first().waitFor(); }],
  ['practice-form', '#/practice/new', async (page) => { await page.locator('form').first().waitFor(); }],
  ['person', `#/person/${ids.person}`],
  ['person-form', '#/people/new', async (page) => { await page.locator('form').first().waitFor(); }],
  ['opportunity', `#/opportunity/${ids.opportunity}`],
  ['assignments', '#/assignments'],
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

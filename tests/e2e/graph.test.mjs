// Browser tests of the network-analytics pages: #/graph (the graph's
// figures from /graph/stats and the most central cities from /graph/top)
// and #/graph/path (the shortest chain between two cities: the steps, the
// map, the drawing; a pasted link; "no chain"; the same city twice), and
// the links to them from the header, a city page and the partner
// suggestions. Each page is checked at 1280px and 375px, with no console
// error and no sideways scroll.
//
// The records are made through the API as admin on a fresh database: all
// the cities, partnerships and networks below are SYNTHETIC TEST DATA
// (invented names, points and populations: the hand-made graph of
// tests/api/match-graph.mjs, plus an invented network and an invented pair
// of cities of their own), not facts about real places.
// Set AMITY_E2E_SHOTS=DIR to keep screenshots at 1280px and 375px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { checkWidths, launchBrowser, openPage } from './browser.mjs';
import { adminServer, create, expectStatus, API } from '../api/helpers.mjs';
import { makeGraph } from '../api/match-graph.mjs';

let s;
let admin;
let browser;
const c = {};

// The graph (SYNTHETIC):
//   Testville(a) – Sampleburg(b) – Fakeham(d) – Mockton(c) – Testville(a)   partnerships
//   Nearby Testville(g) – Distantburg(h)                                     partnership
//   Fakeham(d), Distantburg(h): members of Synthetic Test Network (STN)
//   Examplestad(x) – Demoville(y)                                            a group apart
//   Placeholder(e): no partnership, no network
// The one shortest chain from Sampleburg to Nearby Testville:
//   Sampleburg – partnership – Fakeham – STN – Distantburg – partnership – Nearby Testville
before(async () => {
  ({ s, admin } = await adminServer());
  Object.assign(c, await makeGraph(s, admin)); // SYNTHETIC, see match-graph.mjs
  const n = await create(s, admin, 'networks', { name: 'Synthetic Test Network', acronym: 'STN' });
  c.network = n.id;
  await create(s, admin, 'memberships', { network_id: n.id, city_id: c.d });
  await create(s, admin, 'memberships', { network_id: n.id, city_id: c.h });
  c.x = (await create(s, admin, 'cities', { name: 'Examplestad', country: 'NL', lat: 52.3, lng: 4.9, population: 40000 })).id;
  c.y = (await create(s, admin, 'cities', { name: 'Demoville', country: 'BE', lat: 50.8, lng: 4.4, population: 35000 })).id;
  await create(s, admin, 'partnerships', { party_a: { city_id: c.x }, party_b: { city_id: c.y }, status: 'active' });
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (s) await s.stop();
});

const get = async (path) => expectStatus(await s.req('GET', `${API}${path}`), 200, `GET ${path}`).json;
const hash = (page) => decodeURIComponent(new URL(page.url()).hash);
const fmt = (n) => Number(n).toLocaleString('en');
// the value of a measure as the table shows it
const shown = (by, v) => (by === 'eigenvector' ? Number(v).toFixed(3)
  : by === 'betweenness' ? Number(v).toLocaleString('en', { maximumFractionDigits: Math.abs(v) >= 1000 ? 0 : 1 }) : fmt(v));
const COUNTRY = { IT: 'Italy', FR: 'France', DE: 'Germany', NL: 'Netherlands', BE: 'Belgium' };

// Where the map's points are, as fractions of its viewBox: the span of
// their x and y, whether all are inside, and the box of the land outline.
async function mapSpread(map) {
  return map.evaluate((svg) => {
    const vb = svg.viewBox.baseVal;
    const cs = [...svg.querySelectorAll('circle[data-kind]')];
    const xs = cs.map((c) => Number(c.getAttribute('cx')));
    const ys = cs.map((c) => Number(c.getAttribute('cy')));
    const land = svg.querySelector('.map-land').getBBox();
    return {
      viewBox: svg.getAttribute('viewBox'),
      w: (Math.max(...xs) - Math.min(...xs)) / vb.width,
      h: (Math.max(...ys) - Math.min(...ys)) / vb.height,
      inside: xs.every((x, i) => x >= vb.x && x <= vb.x + vb.width && ys[i] >= vb.y && ys[i] <= vb.y + vb.height),
      // the land outline, clipped to the map: within the viewBox, give or take a unit
      landInside: land.x >= vb.x - 1 && land.y >= vb.y - 1
        && land.x + land.width <= vb.x + vb.width + 1 && land.y + land.height <= vb.y + vb.height + 1,
      landWidth: land.width / vb.width,
    };
  });
}

// the ranking table, row by row: [rank, city, its link, value, partners, networks]
async function topRows(page) {
  return page.locator('table.graph-top tbody tr').evaluateAll((trs) => trs.map((tr) => {
    const td = [...tr.querySelectorAll('td')];
    const a = td[1].querySelector('a');
    return [td[0].textContent, a.textContent, a.getAttribute('href'), td[2].querySelector('.value-text').textContent,
      td[3].textContent, td[4].textContent];
  }));
}
const expectedRows = (r) => r.items.map((it) => [String(it.rank), it.city.name, `#/city/${it.city.id}`,
  shown(r.by, it.value), fmt(it.partners), fmt(it.networks)]);

// the chain, step by step: [kind, words, link]
async function steps(page) {
  return page.locator('#chain-steps > li').evaluateAll((lis) => lis.map((li) => [
    li.classList.contains('step-city') ? 'city' : li.classList.contains('via-network') ? 'network' : 'partnership',
    li.querySelector('.step-text').textContent,
    li.querySelector('.step-text a')?.getAttribute('href') ?? null,
  ]));
}
// the same from the API's reply
const expectedSteps = (r) => r.steps.map((st) => (st.city
  ? ['city', `${st.city.name} (${COUNTRY[st.city.country]})`, `#/city/${st.city.id}`]
  : st.via === 'network'
    ? ['network', `via the network ${st.network.name} (${st.network.acronym})`, `#/network/${st.network.id}`]
    : ['partnership', 'via a partnership', null]));

test('the API answers as this test expects of the hand-made graph', async () => {
  const st = await get('/graph/stats');
  assert.deepEqual([st.vertices, st.edges, st.components.count, st.components.largest, st.betweenness.exact],
    [{ cities: 8, networks: 1 }, { partnerships: 6, memberships: 2 }, 2, 6, true]);
  const r = await get(`/graph/path?from=${c.b}&to=${c.g}`);
  assert.equal(r.hops, 3);
  assert.deepEqual(r.steps.map((x) => (x.city ? x.city.id : x.via)), [c.b, 'partnership', c.d, 'network', c.h, 'partnership', c.g]);
  // no chain: an answer, not an error
  for (const to of [c.x, c.e]) {
    const r = await s.req('GET', `${API}/graph/path?from=${c.a}&to=${to}`);
    expectStatus(r, 200);
    assert.equal(r.json.connected, false);
  }
});

test('#/graph: the figures of /graph/stats and the most central cities of /graph/top', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${s.base}/#/cities`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Graph' }).click();
  await page.getByRole('heading', { level: 1, name: 'The graph of partnerships and networks' }).waitFor();
  assert.equal(hash(page), '#/graph');
  assert.equal(await page.locator('[data-nav="graph"]').getAttribute('aria-current'), 'page');

  // ---- the figures: each equal to the API's
  const st = await get('/graph/stats');
  const facts = await page.locator('#graph-stats > div').evaluateAll((ds) => Object.fromEntries(
    ds.map((d) => [d.querySelector('dt').textContent, d.querySelector('dd').textContent])));
  assert.deepEqual(facts, {
    'Cities in the graph': fmt(st.vertices.cities),
    'Networks in the graph': fmt(st.vertices.networks),
    'Partnerships between cities': fmt(st.edges.partnerships),
    'Memberships of networks': fmt(st.edges.memberships),
    'Connected groups': fmt(st.components.count),
    'Cities in the largest group': fmt(st.components.largest),
    'Networks in the largest group': fmt(st.components.largest_networks),
    Communities: fmt(st.communities.count),
    'Cities in the largest community': fmt(st.communities.largest),
    Modularity: st.communities.modularity.toFixed(3),
    Betweenness: 'exact',
  });
  const words = await page.locator('.graph-words').textContent();
  assert.match(words, /The graph links 8 cities and 1 network by 6 partnerships between two cities and 2 memberships of a city in a network\./);
  assert.match(words, /It falls into 2 connected groups: .* The largest group holds 6 cities \(75% of the cities in the graph\) and 1 network\./);
  assert.match(words, new RegExp(`finds ${st.communities.count} communit${st.communities.count === 1 ? "y" : "ies"}`));
  assert.match(words, /Betweenness is exact/);

  // ---- the most central cities, by degree (the default) ...
  const table = page.locator('table.graph-top');
  await table.waitFor();
  const degree = await get('/graph/top?by=degree&limit=20');
  assert.ok(degree.items.length >= 6);
  assert.deepEqual(await topRows(page), expectedRows(degree));
  assert.equal(await page.locator('#top-summary').textContent(),
    `The ${degree.items.length} cities with the highest degree, of ${degree.total} cities in the graph.`);
  assert.equal(await table.getByRole('link', { name: 'Fakeham' }).getAttribute('href'), `#/city/${c.d}`);
  await checkWidths(page, 'graph-overview');

  // ... then by betweenness, kept in the address
  await page.getByLabel('Measure').selectOption('betweenness');
  await page.waitForFunction(() => location.hash === '#/graph?by=betweenness');
  await page.locator('#top-summary', { hasText: 'highest betweenness' }).waitFor();
  const between = await get('/graph/top?by=betweenness&limit=20');
  assert.equal(between.exact, true);
  assert.deepEqual(await topRows(page), expectedRows(between));
  assert.notDeepEqual(expectedRows(between).map((r) => r[1]), expectedRows(degree).map((r) => r[1]));
  // exact on a graph this small: no word of an estimate
  assert.equal(await page.locator('#betweenness-estimated').isHidden(), true);

  // ... of one country
  await page.getByLabel('Country').selectOption({ label: 'France' });
  await page.waitForFunction(() => location.hash === '#/graph?by=betweenness&country=FR');
  await page.locator('#top-summary', { hasText: 'of France' }).waitFor();
  const fr = await get('/graph/top?by=betweenness&limit=20&country=FR');
  assert.deepEqual(await topRows(page), expectedRows(fr));
  assert.deepEqual(fr.items.map((it) => it.city.country), ['FR', 'FR', 'FR']);
  await checkWidths(page, 'graph-overview-country');

  // back: all countries again
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/graph?by=betweenness');
  await page.locator('#top-summary', { hasText: /^The \d+ cities with the highest betweenness, of \d+ cities in the graph\.$/ }).waitFor();
  assert.deepEqual(await topRows(page), expectedRows(between));

  // a pasted link: eigenvector, 10 cities
  await page.goto(`${s.base}/#/graph?by=eigenvector&limit=10`);
  await page.locator('#top-summary', { hasText: 'eigenvector' }).waitFor();
  assert.equal(await page.getByLabel('Measure').inputValue(), 'eigenvector');
  assert.deepEqual(await topRows(page), expectedRows(await get('/graph/top?by=eigenvector&limit=10')));

  assert.deepEqual(problems, []);
  await context.close();
});

test('#/graph/path: two cities chosen, the chain step by step, on a map and drawn', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${s.base}/#/graph`);
  await page.getByRole('link', { name: 'How is one city connected to another?' }).click();
  await page.getByRole('heading', { level: 1, name: 'How is a city connected to another?' }).waitFor();
  assert.equal(hash(page), '#/graph/path');

  await page.getByRole('combobox', { name: 'From' }).fill('Sampleb');
  await page.getByRole('option', { name: 'Sampleburg (France)' }).click();
  await page.getByRole('combobox', { name: 'To' }).fill('Nearby');
  await page.getByRole('option', { name: 'Nearby Testville (Italy)' }).click();
  await page.getByRole('button', { name: 'Show the chain' }).click();
  await page.waitForFunction((want) => location.hash === want, `#/graph/path?from=${c.b}&to=${c.g}`);
  await page.locator('#chain-steps').waitFor();

  const expected = [
    ['city', 'Sampleburg (France)', `#/city/${c.b}`],
    ['partnership', 'via a partnership', null],
    ['city', 'Fakeham (France)', `#/city/${c.d}`],
    ['network', 'via the network Synthetic Test Network (STN)', `#/network/${c.network}`],
    ['city', 'Distantburg (Germany)', `#/city/${c.h}`],
    ['partnership', 'via a partnership', null],
    ['city', 'Nearby Testville (Italy)', `#/city/${c.g}`],
  ];
  assert.deepEqual(await steps(page), expected);
  assert.deepEqual(expectedSteps(await get(`/graph/path?from=${c.b}&to=${c.g}`)), expected);
  assert.equal(await page.locator('#chain-summary').textContent(),
    'Sampleburg reaches Nearby Testville in 3 steps: 2 partnerships and 1 shared network, through 2 cities in between.');
  assert.equal(await page.locator('#status').textContent(), await page.locator('#chain-summary').textContent());

  // the map: the four cities, a line for each step, the network's dashed
  const map = page.getByRole('group', { name: 'Map of the chain from Sampleburg to Nearby Testville: 4 cities' });
  await map.waitFor();
  const points = map.locator('a.map-point');
  assert.deepEqual(await points.evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.querySelector('title').textContent])), [
    [`#/city/${c.b}`, '1. Sampleburg (France), start'],
    [`#/city/${c.d}`, '2. Fakeham (France)'],
    [`#/city/${c.h}`, '3. Distantburg (Germany)'],
    [`#/city/${c.g}`, '4. Nearby Testville (Italy), end'],
  ]);
  assert.equal(await map.locator('.map-line.line-chain-partnership').count(), 2);
  assert.equal(await map.locator('.map-line.line-chain-network').count(), 1);

  // framed to the chain: the four cities span most of the map, not a
  // corner of the world map; the land is drawn, clipped to the frame
  await map.locator('.map-land').waitFor({ state: 'attached' });
  const views = page.getByRole('group', { name: 'Map view' });
  const fit = views.getByRole('button', { name: 'Fit the chain' });
  const whole = views.getByRole('button', { name: 'Whole world' });
  assert.equal(await fit.getAttribute('aria-pressed'), 'true');
  assert.equal(await whole.getAttribute('aria-pressed'), 'false');
  const framed = await mapSpread(map);
  assert.ok(Math.max(framed.w, framed.h) > 0.6, `the chain spans ${JSON.stringify(framed)}`);
  assert.ok(framed.inside && framed.landInside, JSON.stringify(framed));
  assert.ok(await map.locator('.map-land').getAttribute('d'));

  // the whole world, from the keyboard: the same points, a small cluster
  await whole.focus();
  await page.keyboard.press('Enter');
  assert.equal(await whole.getAttribute('aria-pressed'), 'true');
  assert.equal(await fit.getAttribute('aria-pressed'), 'false');
  const world = await mapSpread(map);
  assert.equal(world.viewBox, framed.viewBox);
  assert.ok(Math.max(world.w, world.h) < 0.1, `the chain on the world map spans ${JSON.stringify(world)}`);
  assert.ok(world.inside && world.landWidth > 0.9, JSON.stringify(world));
  assert.equal(await points.count(), 4);
  assert.equal(await map.locator('.map-line').count(), 3);

  // and back to the chain (Space), as it was; a point still lights its lines
  await fit.focus();
  await page.keyboard.press('Space');
  assert.equal(await fit.getAttribute('aria-pressed'), 'true');
  assert.equal(await whole.getAttribute('aria-pressed'), 'false');
  assert.deepEqual(await mapSpread(map), framed);
  await points.nth(2).hover();
  assert.equal(await page.locator('.map-info').textContent(), '3. Distantburg (Germany)');
  assert.equal(await map.locator('path.map-line.is-hot').count(), 2);

  // the drawing
  await page.locator('.chain-graph canvas').first().waitFor({ state: 'attached' });
  await page.getByRole('img', { name: /^Drawing of the chain from Sampleburg to Nearby Testville: Sampleburg, then Fakeham, then Distantburg, then Nearby Testville\./ }).waitFor();
  await checkWidths(page, 'graph-path', { settle: 300 });

  // swapping the two cities: the chain the other way round
  await page.getByRole('button', { name: 'Swap the two cities' }).click();
  await page.waitForFunction((want) => location.hash === want, `#/graph/path?from=${c.g}&to=${c.b}`);
  await page.locator('#chain-summary', { hasText: /^Nearby Testville reaches Sampleburg/ }).waitFor();
  assert.deepEqual(await steps(page), [...expected].reverse());

  // a step's city opens its page
  await page.locator('#chain-steps').getByRole('link', { name: 'Distantburg' }).click();
  await page.getByRole('heading', { level: 1, name: 'Distantburg' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('#/graph/path: a pasted link, the same city twice, back', async () => {
  const { context, page, problems } = await openPage(browser, 375);
  await page.goto(`${s.base}/#/graph/path?from=${c.g}&to=${c.b}`);
  await page.locator('#chain-steps').waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'From' }).inputValue(), 'Nearby Testville');
  assert.equal(await page.getByRole('combobox', { name: 'To' }).inputValue(), 'Sampleburg');
  assert.deepEqual(await steps(page), expectedSteps(await get(`/graph/path?from=${c.g}&to=${c.b}`)));
  assert.deepEqual((await steps(page)).map((x) => x[1]), ['Nearby Testville (Italy)', 'via a partnership', 'Distantburg (Germany)',
    'via the network Synthetic Test Network (STN)', 'Fakeham (France)', 'via a partnership', 'Sampleburg (France)']);
  await checkWidths(page, 'graph-path-pasted', { settle: 300 });

  // the same city twice: said, not asked
  await page.getByRole('combobox', { name: 'To' }).fill('Nearby');
  await page.getByRole('option', { name: 'Nearby Testville (Italy)' }).click();
  await page.getByRole('button', { name: 'Show the chain' }).click();
  await page.waitForFunction((want) => location.hash === want, `#/graph/path?from=${c.g}&to=${c.g}`);
  const msg = page.locator('#chain-message');
  await msg.waitFor();
  assert.equal(await msg.textContent(), 'You chose Nearby Testville twice. Choose two different cities to see how they are connected.');
  assert.equal(await page.locator('#chain-steps').count(), 0);
  await checkWidths(page, 'graph-path-same');

  // back: the chain of the pasted link again
  await page.goBack();
  await page.waitForFunction((want) => location.hash === want, `#/graph/path?from=${c.g}&to=${c.b}`);
  await page.locator('#chain-steps').waitFor();
  assert.equal((await steps(page)).length, 7);

  // nothing chosen: said next to the fields
  await page.goto(`${s.base}/#/graph/path`);
  await page.getByRole('button', { name: 'Show the chain' }).click();
  await page.locator('.field-error', { hasText: 'Choose the first city from the list.' }).waitFor();
  await page.locator('.field-error', { hasText: 'Choose the second city from the list.' }).waitFor();
  assert.equal(hash(page), '#/graph/path');

  assert.deepEqual(problems, []);
  await context.close();
});

test('#/graph/path: "no chain" for two cities nothing connects', async () => {
  const { context, page, problems } = await openPage(browser);
  // two groups apart
  await page.goto(`${s.base}/#/graph/path?from=${c.a}&to=${c.x}`);
  const msg = page.locator('#chain-message');
  await msg.waitFor();
  assert.equal(await msg.textContent(), 'No chain of partnerships and networks links Testville to Examplestad: '
    + 'Testville is in a connected group of 6 cities, Examplestad in another one of 2.');
  assert.equal(await page.locator('#chain-steps').count(), 0);
  assert.equal(await page.locator('svg.map').count(), 0);
  await checkWidths(page, 'graph-no-chain');

  // a city with no partnership and no network
  await page.goto(`${s.base}/#/graph/path?from=${c.e}&to=${c.a}`);
  await page.locator('#chain-message', { hasText: 'Placeholder' }).waitFor();
  assert.equal(await msg.textContent(), 'Placeholder has no partnership with another city and no current network membership, '
    + 'so nothing connects it to Testville.');
  await checkWidths(page, 'graph-no-chain-isolated');

  // partnerships only: a chain through the network is no chain
  await page.goto(`${s.base}/#/graph/path?from=${c.a}&to=${c.x}&via=partnerships`);
  await page.locator('#chain-message').waitFor();
  assert.equal(await page.locator('#path-via').inputValue(), 'partnerships');

  // nothing reaches the console
  assert.deepEqual(problems, []);
  await context.close();
});

test('links: a city page and a partner suggestion open the path page with the cities filled in', async () => {
  const { context, page, problems } = await openPage(browser);
  // the city page: the first city filled in, the second to choose
  await page.goto(`${s.base}/#/city/${c.a}`);
  await page.getByRole('heading', { level: 1, name: 'Testville' }).waitFor();
  await page.getByRole('link', { name: 'How is this city connected to…' }).click();
  await page.waitForFunction((want) => location.hash === want, `#/graph/path?from=${c.a}`);
  await page.getByRole('heading', { level: 1, name: 'How is a city connected to another?' }).waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'From' }).inputValue(), 'Testville');
  assert.equal(await page.getByRole('combobox', { name: 'To' }).inputValue(), '');
  assert.equal(await page.locator('#chain-result').isHidden(), true);

  // a partner suggestion's "chain"
  await page.goto(`${s.base}/#/city/${c.a}/partners`);
  const first = page.locator('ol.suggestions li.suggestion').first();
  await first.waitFor();
  const name = await first.getByRole('heading', { level: 3 }).getByRole('link').textContent();
  const id = Number((await first.getByRole('heading', { level: 3 }).getByRole('link').getAttribute('href')).split('/').pop());
  const chain = first.getByRole('link', { name: 'chain between the two cities' });
  assert.equal(await chain.getAttribute('title'), `How Testville is connected to ${name}`);
  await checkWidths(page, 'graph-suggestions-chain');
  await chain.click();
  await page.waitForFunction((want) => location.hash === want, `#/graph/path?from=${c.a}&to=${id}`);
  await page.locator('#chain-steps').waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'From' }).inputValue(), 'Testville');
  assert.equal(await page.getByRole('combobox', { name: 'To' }).inputValue(), name);
  const got = await steps(page);
  assert.deepEqual(got, expectedSteps(await get(`/graph/path?from=${c.a}&to=${id}`)));
  assert.equal(got[0][1], 'Testville (Italy)');
  assert.match(got.at(-1)[1], new RegExp(`^${name} \\(`));
  await checkWidths(page, 'graph-path-from-suggestion', { settle: 300 });

  assert.deepEqual(problems, []);
  await context.close();
});

test('#/graph/path: a chain of two neighbours is framed, not a street map', async () => {
  // SYNTHETIC TEST DATA: two invented cities 3 km apart and their partnership
  const p = (await create(s, admin, 'cities', { name: 'Twinham Upper', country: 'NL', lat: 52.0, lng: 5.0, population: 5000 })).id;
  const q = (await create(s, admin, 'cities', { name: 'Twinham Lower', country: 'NL', lat: 52.02, lng: 5.03, population: 4000 })).id;
  await create(s, admin, 'partnerships', { party_a: { city_id: p }, party_b: { city_id: q }, status: 'active' });
  const { context, page, problems } = await openPage(browser, 375);
  await page.goto(`${s.base}/#/graph/path?from=${p}&to=${q}`);
  const map = page.getByRole('group', { name: 'Map of the chain from Twinham Upper to Twinham Lower: 2 cities' });
  await map.waitFor();
  await map.locator('.map-land').waitFor({ state: 'attached' });
  assert.equal(await page.getByRole('button', { name: 'Fit the chain' }).getAttribute('aria-pressed'), 'true');
  // zoomed in, but no closer than a region: the two points nearly one,
  // in the middle, and land around them
  const framed = await mapSpread(map);
  assert.ok(framed.inside && framed.landInside, JSON.stringify(framed));
  assert.ok(Math.max(framed.w, framed.h) < 0.05, `two neighbours span ${JSON.stringify(framed)}`);
  const [cx, cy] = await map.evaluate((svg) => {
    const vb = svg.viewBox.baseVal;
    const c = svg.querySelector('circle[data-kind]');
    return [(Number(c.getAttribute('cx')) - vb.x) / vb.width, (Number(c.getAttribute('cy')) - vb.y) / vb.height];
  });
  assert.ok(Math.abs(cx - 0.5) < 0.05 && Math.abs(cy - 0.5) < 0.05, `the pair is at ${cx}, ${cy}`);
  // further in than the whole world
  await page.getByRole('button', { name: 'Whole world' }).click();
  const world = await mapSpread(map);
  assert.ok(world.w < framed.w / 5, `${JSON.stringify(world)} against ${JSON.stringify(framed)}`);
  await checkWidths(page, 'graph-path-neighbours', { settle: 300 });
  assert.deepEqual(problems, []);
  await context.close();
});

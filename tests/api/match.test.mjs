// Partner suggestions through the API, on a small hand-made graph. All the
// cities, partnerships and networks here are SYNTHETIC TEST DATA (invented
// names, points and populations), not facts about real places.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { adminServer, create, expectStatus, expectError, fresh, API } from './helpers.mjs';
import { makeGraph } from './match-graph.mjs';

let s, admin;
const c = {};

before(async () => {
  ({ s, admin } = await adminServer());
  Object.assign(c, await makeGraph(s, admin));
});

after(async () => { await s?.stop(); });

// as the data is now: the model is rebuilt in the background after a change
const suggest = async (id, q = '') => fresh(s, `${API}/cities/${id}/partner-suggestions${q ? `?${q}` : ''}`);

test('suggestions: best first, with reasons, never the city or its partners', async () => {
  const r = expectStatus(await suggest(c.a), 200).json;
  const ids = r.items.map((i) => i.city.id);
  assert.ok(!ids.includes(c.a) && !ids.includes(c.b) && !ids.includes(c.c), JSON.stringify(ids));
  assert.equal(r.items[0].city.id, c.d, 'the partner of both partners first');
  const why = r.items[0].reasons.find((x) => x.signal === 'partners');
  assert.ok(why, JSON.stringify(r.items[0].reasons));
  assert.deepEqual(why.cities.map((x) => x.name).sort(), ['Mockton', 'Sampleburg']);
  // the figures its words hold, for a client that words them itself
  assert.equal(why.count, 2);
  assert.equal(why.text, "partner of 2 of this city's partners");
  const far = r.items[0].reasons.find((x) => x.signal === 'distance');
  assert.ok(far && Number.isInteger(far.km) && far.text === `${far.km.toLocaleString('en')} km away`, JSON.stringify(far));
  for (const it of r.items) {
    for (const x of it.reasons) {
      if (x.signal === 'countries') assert.ok(x.countries.length === 2 && x.count >= 1, JSON.stringify(x));
      if (x.signal === 'popularity') assert.ok(x.count >= 1 && x.text.includes(String(x.count)), JSON.stringify(x));
      if (x.signal === 'size') assert.ok(x.populations.length === 2 && x.populations.every((n) => n > 0), JSON.stringify(x));
    }
  }
  for (let i = 1; i < r.items.length; i++) assert.ok(r.items[i - 1].score >= r.items[i].score);
  // Distantburg is the partner of a city 5 km away: a regional reason naming it
  const h = r.items.find((i) => i.city.id === c.h);
  const reg = h.reasons.find((x) => x.signal === 'regional');
  assert.ok(reg && reg.cities.some((x) => x.name === 'Nearby Testville'), JSON.stringify(h.reasons));
});

test('filters: country, population, limit; a new partnership changes the answer', async () => {
  const de = expectStatus(await suggest(c.a, 'country=DE'), 200).json;
  assert.ok(de.items.length > 0 && de.items.every((i) => i.city.country === 'DE'));
  const big = expectStatus(await suggest(c.a, 'min_population=90000'), 200).json;
  assert.ok(big.items.every((i) => i.city.population >= 90000), JSON.stringify(big.items.map((i) => i.city)));
  assert.equal(expectStatus(await suggest(c.a, 'limit=1'), 200).json.items.length, 1);
  await create(s, admin, 'partnerships', { party_a: { city_id: c.a }, party_b: { city_id: c.d } });
  const after = expectStatus(await suggest(c.a), 200).json;
  assert.ok(!after.items.some((i) => i.city.id === c.d), 'a partner now: no longer suggested');
});

test('bad input: 400 naming the field; an unknown city 404', async () => {
  expectError(await suggest(c.a, 'limit=0'), 400, { field: 'limit' });
  expectError(await suggest(c.a, 'country=XYZ'), 400, { field: 'country' });
  expectError(await suggest(c.a, 'min_population=-1'), 400, { field: 'min_population' });
  expectError(await suggest(999999), 404);
  expectError(await suggest('abc'), 404);
  expectStatus(await s.req('GET', '/healthz'), 200);
});

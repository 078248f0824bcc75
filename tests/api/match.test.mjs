// Partner suggestions through the API, on a small hand-made graph. All the
// cities, partnerships, networks and diaspora groups here are SYNTHETIC TEST
// DATA (invented names, points, populations and groups), not facts about
// real places or people.
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
  assert.ok(far && Number.isInteger(far.km), JSON.stringify(far));
  assert.equal(far.text, `${far.km.toLocaleString('en')} km apart, ${far.km <= 1000 ? 'nearer' : 'further'} than most partner cities are`);
  for (const it of r.items) {
    for (const x of it.reasons) {
      if (x.signal === 'countries') {
        assert.ok(x.countries.length === 2 && x.count >= 0 && x.total >= x.count, JSON.stringify(x));
        // what counts less in its favour is worded as what it is, never as a reason for it
        if (x.weight < 0) assert.match(x.text, /^(only \d+|none) of the \d+ partnerships of cities of [A-Z]{2} (is|are) with/);
        else assert.match(x.text, /^cities of [A-Z]{2} (and [A-Z]{2} )?have \d+ partnerships? (between|among) them$/);
      }
      if (x.signal === 'distance') assert.equal(x.weight >= 0, x.km <= 1000, JSON.stringify(x));
      if (x.signal === 'popularity') assert.ok(x.count >= 1 && x.text.includes(String(x.count)), JSON.stringify(x));
      if (x.signal === 'size') {
        assert.ok(x.populations.length === 2 && x.populations.every((n) => n > 0), JSON.stringify(x));
        assert.match(x.text, x.weight >= 0 ? /^a similar size/ : /^very different sizes/);
      }
    }
  }
  for (let i = 1; i < r.items.length; i++) assert.ok(r.items[i - 1].score >= r.items[i].score);
  // a strength a reader can take in: a whole number of 0 to 100, in the
  // order of the scores
  for (const it of r.items) assert.ok(Number.isInteger(it.strength) && it.strength >= 0 && it.strength <= 100, JSON.stringify(it));
  for (let i = 1; i < r.items.length; i++) assert.ok(r.items[i - 1].strength >= r.items[i].strength, JSON.stringify(r.items));
  assert.deepEqual(r.ties, [], 'no diaspora group or topic yet: no ties');
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

test('abroad: none of the city\'s own country, among the items or the ties', async () => {
  const all = expectStatus(await suggest(c.a), 200).json;
  assert.ok(all.items.some((i) => i.city.country === 'IT'), 'Nearby Testville is suggested at home');
  const away = expectStatus(await suggest(c.a, 'abroad=true'), 200).json;
  assert.ok(away.items.length > 0);
  for (const it of [...away.items, ...away.ties]) assert.notEqual(it.city.country, 'IT', JSON.stringify(it.city));
  assert.deepEqual(away.items.map((i) => i.city.id), all.items.filter((i) => i.city.country !== 'IT').map((i) => i.city.id));
  // false, as no abroad
  assert.deepEqual(expectStatus(await suggest(c.a, 'abroad=false'), 200).json.items, all.items);
  expectError(await suggest(c.a, 'abroad=perhaps'), 400, { field: 'abroad' });
});

test('ties: the cities a diaspora group links to the city, when the ranking leaves them out', async () => {
  // SYNTHETIC: two invented Spanish towns, a group from Spain in Testville
  // (no city of origin, as seed data often has) and a group from Placeholder
  c.s1 = (await create(s, admin, 'cities', { name: 'Inventadilla', country: 'ES', lat: 40.0, lng: -3.0, population: 60000 })).id;
  c.s2 = (await create(s, admin, 'cities', { name: 'Ficticia del Mar', country: 'ES', lat: 39.0, lng: -0.5, population: 15000 })).id;
  const es = await create(s, admin, 'diaspora', { city_id: c.a, origin_country: 'ES', year: 2020, source: 'Synthetic survey' });
  const de = await create(s, admin, 'diaspora', { city_id: c.a, origin_country: 'DE', origin_city_id: c.e, size: 4000 });
  // two items only: the ranking's best, and the tied cities beside them
  const r = expectStatus(await suggest(c.a, 'limit=2'), 200).json;
  const items = r.items.map((i) => i.city.id);
  const ties = r.ties.map((i) => i.city.id);
  assert.equal(items.length, 2);
  assert.ok(ties.length >= 1 && ties.length <= 5, JSON.stringify(ties));
  for (const id of ties) assert.ok(!items.includes(id) && ![c.a, c.b, c.c].includes(id), `${id} in ties`);
  for (let i = 1; i < r.ties.length; i++) assert.ok(r.ties[i - 1].score >= r.ties[i].score);
  // each tie the same shape as an item, with the group among its reasons
  for (const it of r.ties) {
    assert.ok(it.city.name && Number.isInteger(it.strength) && it.strength >= 0 && it.strength <= 100, JSON.stringify(it));
    assert.ok(it.reasons.some((x) => x.signal === 'diaspora'), JSON.stringify(it.reasons));
  }
  // the group from Placeholder names its city; the one from Spain its country's best
  if (!items.includes(c.e)) {
    const p = r.ties.find((i) => i.city.id === c.e);
    assert.ok(p, JSON.stringify(ties));
    assert.deepEqual(p.reasons.find((x) => x.signal === 'diaspora').diaspora, [de.id]);
  }
  const spanish = r.ties.filter((i) => i.city.country === 'ES');
  assert.ok(spanish.length >= 1 && spanish.length <= 2, JSON.stringify(ties));
  assert.deepEqual(spanish[0].reasons.find((x) => x.signal === 'diaspora').diaspora, [es.id]);
  assert.match(spanish[0].reasons.find((x) => x.signal === 'diaspora').text, /^people from Spain live in Testville \(2020; Synthetic survey\)$/);
  // the same filters: none abroad is Italian, none outside the country asked for
  const fr = expectStatus(await suggest(c.a, 'limit=1&country=ES'), 200).json;
  assert.ok([...fr.items, ...fr.ties].every((i) => i.city.country === 'ES'), JSON.stringify(fr));
  assert.equal(fr.items.length + fr.ties.length, 2, 'both Spanish towns: one ranked, one tied');
  // every city ranked already: no ties
  const whole = expectStatus(await suggest(c.a, 'limit=100'), 200).json;
  assert.deepEqual(whole.ties, []);
  assert.ok(whole.items.some((i) => i.city.id === c.s1) && whole.items.some((i) => i.city.id === c.s2));
});

test('bad input: 400 naming the field; an unknown city 404', async () => {
  expectError(await suggest(c.a, 'limit=0'), 400, { field: 'limit' });
  expectError(await suggest(c.a, 'country=XYZ'), 400, { field: 'country' });
  expectError(await suggest(c.a, 'min_population=-1'), 400, { field: 'min_population' });
  expectError(await suggest(999999), 404);
  expectError(await suggest('abc'), 404);
  expectStatus(await s.req('GET', '/healthz'), 200);
});

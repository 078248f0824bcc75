// The reply cache: public replies are served again while nothing they were
// built from has changed, and never once it has (a write through the API, a
// write by the CLI in another process); replies to a signed-in caller, and
// replies built from more than the stored data, are never kept; the cache
// stays within its bound. Hits and misses are read from /healthz, so no
// test here depends on timing. The records are SYNTHETIC TEST DATA.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cli } from './harness.mjs';
import { adminServer, create, expectStatus, API } from './helpers.mjs';

let s, admin, city, other;
const P = (x) => `${API}/${x}`;
const stats = async () => expectStatus(await s.req('GET', '/healthz'), 200).json.reply_cache;
const get = async (path, token, headers) => expectStatus(await s.req('GET', P(path), { token, headers }), 200);

before(async () => {
  ({ s, admin } = await adminServer());
  city = await create(s, admin, 'cities', { name: 'Cachetown', country: 'IT', population: 1000 });
  other = await create(s, admin, 'cities', { name: 'Othertown', country: 'FR' });
});
after(async () => { await s?.stop(); });

// Ask until a reply comes from the cache: each of the server's threads has
// its own connection, which starts a generation of its own the first time.
async function warm(path) {
  for (let i = 0; i < 16; i++) {
    const before = (await stats()).hits;
    const r = await get(path);
    if ((await stats()).hits > before) return r;
  }
  assert.fail(`${path} never came from the cache`);
}

test('a public reply is served again from the cache, byte for byte', async () => {
  const first = await get(`cities/${city.id}`);
  const again = await warm(`cities/${city.id}`);
  assert.equal(again.text, first.text);
  assert.equal(again.headers.get('content-type'), first.headers.get('content-type'));
  const st = await stats();
  assert.ok(st.entries >= 1 && st.bytes > 0 && st.bytes <= st.max_bytes, JSON.stringify(st));
});

test('the same query in another order is the same reply', async () => {
  await warm(`cities?country=IT&limit=5`);
  const h = (await stats()).hits;
  const r = await get(`cities?limit=5&country=IT`);
  assert.equal((await stats()).hits, h + 1, 'filed under the validated query, keys in order');
  assert.ok(r.json.items.some((c) => c.id === city.id));
});

test('a write through the API: the next reply is built afresh', async () => {
  await warm(`cities/${city.id}`);
  await warm(`cities?q=Cachetown`);
  expectStatus(await s.req('PATCH', P(`cities/${city.id}`), { token: admin, body: { population: 2000 } }), 200);
  for (let i = 0; i < 12; i++) { // whichever thread answers
    assert.equal((await get(`cities/${city.id}`)).json.population, 2000);
    assert.equal((await get(`cities?q=Cachetown`)).json.items[0].population, 2000);
  }
});

test('a write through another record changes what a city page embeds', async () => {
  await warm(`cities/${city.id}`);
  const p = await create(s, admin, 'partnerships', { party_a: { city_id: city.id }, party_b: { city_id: other.id }, kind: 'twinning' });
  for (let i = 0; i < 12; i++)
    assert.ok((await get(`cities/${city.id}`)).json.partnerships.some((x) => x.id === p.id), 'the new partnership is on the page');
});

test('a write by the CLI, another process, is seen too', async () => {
  await warm(`cities/${city.id}`);
  const r = cli(s.db, ['city', 'update', String(city.id), '--population', '3000']);
  assert.equal(r.status, 0, r.stderr);
  for (let i = 0; i < 12; i++)
    assert.equal((await get(`cities/${city.id}`)).json.population, 3000);
});

test('a refused write changes nothing and the cache still serves', async () => {
  await warm(`cities/${city.id}`);
  const r = await s.req('PATCH', P(`cities/${city.id}`), { body: { population: 1 } });
  assert.equal(r.status, 401);
  assert.equal((await get(`cities/${city.id}`)).json.population, 3000);
});

test('a reply is filed under its language: French never reaches an English reader', async () => {
  const path = 'countries/DE';
  const en = await warm(path); // English, from the cache
  assert.equal(en.json.name, 'Germany');
  // the same path and query in French: not the English entry
  const h0 = (await stats()).hits;
  const fr = await get(`${path}?lang=fr`);
  assert.equal(fr.json.name, 'Allemagne');
  assert.equal(fr.headers.get('content-language'), 'fr');
  assert.equal((await stats()).hits, h0, 'the first French reply is built, not the English one served');
  // French chosen by the header shares the French entry, with its own headers
  let hit = false;
  for (let i = 0; i < 16 && !hit; i++) {
    const before = (await stats()).hits;
    const r = await get(path, undefined, { 'accept-language': 'fr-CH,fr;q=0.9' });
    assert.equal(r.json.name, 'Allemagne');
    assert.equal(r.headers.get('content-language'), 'fr');
    assert.match(r.headers.get('vary') ?? '', /Accept-Language/i);
    hit = (await stats()).hits > before;
  }
  assert.ok(hit, 'the French reply came from the cache');
  // and English, from the cache or not, stays English, byte for byte
  for (let i = 0; i < 12; i++) {
    const again = await get(path);
    assert.equal(again.text, en.text);
    assert.equal(again.headers.get('content-language'), 'en');
    assert.equal((await get(`${path}?lang=uk`)).json.name, 'Німеччина');
  }
});

test('replies to a signed-in caller are neither kept nor served from the cache', async () => {
  await warm(`cities/${city.id}`);
  const st0 = await stats();
  for (let i = 0; i < 5; i++) {
    const r = await get(`cities/${city.id}`, admin);
    assert.ok(r.json.can.update, 'the admin sees what it can do, not the public reply');
  }
  const st1 = await stats();
  assert.equal(st1.hits, st0.hits + 0, 'no hit for the admin');
  assert.equal(st1.misses, st0.misses, 'not even looked up');
  assert.equal(st1.entries, st0.entries);
});

test('replies built from more than the stored data are not kept', async () => {
  const st0 = await stats();
  for (let i = 0; i < 3; i++) {
    await get(`graph/stats`);
    await get(`cities/${city.id}/partner-suggestions`);
  }
  const st1 = await stats();
  assert.equal(st1.hits, st0.hits);
  assert.equal(st1.misses, st0.misses);
});

test('errors are not kept', async () => {
  const st0 = await stats();
  for (let i = 0; i < 3; i++) assert.equal((await s.req('GET', P('cities/999999999'))).status, 404);
  const st1 = await stats();
  assert.equal(st1.hits, st0.hits);
  assert.equal(st1.entries, st0.entries);
});

test('other formats than JSON are not kept', async () => {
  const st0 = await stats();
  for (let i = 0; i < 3; i++) {
    const r = await s.req('GET', P('cities?country=IT&format=csv'));
    assert.equal(r.status, 200);
  }
  assert.equal((await stats()).hits, st0.hits);
});

test('the cache stays within its bound (--reply-cache 1: one mebibyte)', async () => {
  const { s: small } = await adminServer({ serveArgs: ['--reply-cache', '1'] });
  try {
    let sent = 0;
    for (let n = 1; n <= 200; n++) {
      const r = expectStatus(await small.req('GET', P(`countries?limit=${n}`)), 200);
      sent += r.text.length;
    }
    const st = expectStatus(await small.req('GET', '/healthz'), 200).json.reply_cache;
    assert.equal(st.max_bytes, 1024 * 1024);
    assert.ok(sent > 2 * st.max_bytes, `the test sends more than the bound (${sent} bytes)`);
    assert.ok(st.bytes <= st.max_bytes, `${st.bytes} bytes held`);
    assert.ok(st.entries > 0 && st.entries < 200, `${st.entries} replies held`);
  } finally {
    await small.stop();
  }
});

test('--reply-cache 0 keeps nothing', async () => {
  const { s: none } = await adminServer({ serveArgs: ['--reply-cache', '0'] });
  try {
    expectStatus(await none.req('GET', P('countries?limit=3')), 200);
    expectStatus(await none.req('GET', P('countries?limit=3')), 200);
    assert.equal(expectStatus(await none.req('GET', '/healthz'), 200).json.reply_cache, null);
  } finally {
    await none.stop();
  }
});

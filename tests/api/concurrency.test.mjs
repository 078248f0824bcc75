// Parallel requests: no 5xx, no lost or doubled writes; and the demo database.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './harness.mjs';
import { adminServer, create, expectStatus, list, walk, total, API } from './helpers.mjs';

let s, admin, demo;
const P = (x) => `${API}/${x}`;

before(async () => {
  ({ s, admin } = await adminServer());
  demo = await startServer({ demo: true });
});
after(async () => { await s?.stop(); await demo?.stop(); });

test('parallel creates all succeed and are all counted', async () => {
  const n = 40;
  const rs = await Promise.all(Array.from({ length: n }, (_, i) =>
    s.req('POST', P('cities'), { token: admin, body: { name: `Parallel ${i}`, country: 'IT' } })));
  const statuses = rs.map((r) => r.status);
  assert.deepEqual(statuses, Array(n).fill(201), `statuses: ${statuses}`);
  assert.equal(new Set(rs.map((r) => r.json.id)).size, n, 'distinct ids');
  assert.equal(await total(s, 'cities', 'q=Parallel'), n);
});

test('the same partnership posted in parallel is created once; the others are 409', async () => {
  const a = await create(s, admin, 'cities', { name: 'Race A', country: 'FR' });
  const b = await create(s, admin, 'cities', { name: 'Race B', country: 'DE' });
  const rs = await Promise.all(Array.from({ length: 12 }, (_, i) => s.req('POST', P('partnerships'), {
    token: admin,
    body: i % 2 ? { party_a: { city_id: a.id }, party_b: { city_id: b.id }, kind: 'twinning', topics: ['sdg-11'] }
      : { party_a: { city_id: b.id }, party_b: { city_id: a.id }, kind: 'twinning', topics: ['sdg-11'] },
  })));
  const statuses = rs.map((r) => r.status).sort();
  assert.equal(statuses.filter((x) => x === 201).length, 1, `statuses: ${statuses}`);
  assert.equal(statuses.filter((x) => x === 409).length, 11, `statuses: ${statuses}`);
  assert.equal(await total(s, 'partnerships', `city=${a.id}`), 1);
  assert.equal(await total(s, 'partnerships', 'topic=sdg-11'), 1, 'no orphan topic links');
});

test('parallel reads and writes mixed: no 5xx', async () => {
  const c = await create(s, admin, 'cities', { name: 'Mixed', country: 'ES' });
  const jobs = [];
  for (let i = 0; i < 30; i++) {
    jobs.push(s.req('PATCH', P(`cities/${c.id}`), { token: admin, body: { population: i } }));
    jobs.push(s.req('GET', P(`cities/${c.id}`)));
    jobs.push(s.req('GET', P('cities?limit=5')));
    jobs.push(s.req('POST', P('activities'), { token: admin, body: { kind: 'aid', title: `Mixed ${i}`, host_city_id: c.id, topics: ['sdg-1'] } }));
  }
  const rs = await Promise.all(jobs);
  const bad = rs.filter((r) => r.status >= 500 || ![200, 201].includes(r.status)).map((r) => `${r.status} ${r.text.slice(0, 100)}`);
  assert.deepEqual(bad, []);
  assert.equal(await total(s, 'activities', `city=${c.id}`), 30);
  expectStatus(await s.req('GET', '/healthz'), 200);
});

test('the demo database loads and is consistent', async () => {
  expectStatus(await demo.req('GET', '/healthz'), 200);
  const parts = (await walk(demo, P('partnerships'), 100)).items;
  for (const p of parts) {
    assert.ok(['active', 'dormant', 'unknown', 'proposed', 'ended'].includes(p.health?.state), `partnership ${p.id} health`);
    for (const party of [p.party_a, p.party_b]) {
      assert.ok(['city', 'organisation', 'country'].includes(party.type), `partnership ${p.id} party type`);
      if (party.type === 'city') expectStatus(await demo.req('GET', P(`cities/${party.city_id}`)), 200);
      if (party.type === 'organisation') expectStatus(await demo.req('GET', P(`organisations/${party.organisation_id}`)), 200);
    }
  }
  for (const r of ['cities', 'networks', 'memberships', 'activities', 'organisations', 'topics', 'countries']) {
    const { items, total: t } = await walk(demo, P(r), 200);
    assert.equal(items.length, t, `${r}: pages add up`);
  }
  const nets = (await list(demo, P('networks?limit=500'))).items;
  for (const n of nets) {
    const m = await list(demo, P(`networks/${n.id}/members?limit=500`));
    assert.ok(m.items.every((x) => x.network_id === n.id), `members of network ${n.id}`);
  }
});

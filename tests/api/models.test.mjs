// The models behind partner suggestions, the graph (with its centralities)
// and the search box are built in the background: a request waits for one
// only briefly (when the last build was quick). A request before a model
// exists may be told so (200, computed_at null, stale true); after a change,
// replies come from the last model, marked stale, until the new one is
// swapped in. No assertion here
// is about time: a test that needs a model built asks again, a bounded
// number of times (fresh). All the cities and ties are SYNTHETIC TEST DATA.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { adminServer, create, expectStatus, fresh, API } from './helpers.mjs';
import { makeGraph } from './match-graph.mjs';

const servers = [];
after(async () => { for (const s of servers) await s.stop(); });

const when = (r) => r.json.computed_at;
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

// A reply of a model is either of one (computed_at, stale or not) or, before
// the first, of none: stale, and nothing in it.
function consistent(r, what) {
  expectStatus(r, 200, what);
  assert.equal(typeof r.json.stale, 'boolean', `${what}: stale`);
  if (when(r) === null) assert.equal(r.json.stale, true, `${what}: none yet is stale`);
  else assert.match(when(r), ISO, `${what}: computed_at`);
}

test('lazy models: the first request starts the build and waits briefly for it, or is told it is coming', async () => {
  const { s, admin } = await adminServer({ serveArgs: ['--lazy-models'] });
  servers.push(s);
  const c = await makeGraph(s, admin);
  // nothing has asked for a model yet: the first request of each starts its
  // build and waits a moment for it (a small registry builds in time); a
  // reply without one says so, and has nothing in it
  const sug = expectStatus(await s.req('GET', `${API}/cities/${c.a}/partner-suggestions`), 200);
  consistent(sug, 'suggestions');
  if (when(sug) === null) assert.deepEqual([sug.json.items, sug.json.total], [[], 0]);
  const top = expectStatus(await s.req('GET', `${API}/graph/top?by=betweenness`), 200);
  consistent(top, 'graph/top');
  if (when(top) === null) assert.deepEqual(top.json.items, []);
  const box = expectStatus(await s.req('GET', `${API}/search?q=testv`), 200);
  consistent(box, 'search');
  if (when(box) === null) assert.deepEqual(box.json.groups.find((g) => g.kind === 'city').items, []);
  // asked again until built: the same requests, answered from the models
  const sug2 = expectStatus(await fresh(s, `${API}/cities/${c.a}/partner-suggestions`), 200).json;
  assert.match(sug2.computed_at, ISO);
  assert.equal(sug2.items[0].city.id, c.d, 'the partner of both partners first');
  const top2 = expectStatus(await fresh(s, `${API}/graph/top?by=betweenness&limit=3`), 200).json;
  assert.match(top2.computed_at, ISO);
  assert.ok(top2.items.length > 0 && top2.items.every((i) => typeof i.value === 'number'));
  const box2 = expectStatus(await fresh(s, `${API}/search?q=testv`), 200).json;
  assert.equal(box2.stale, false);
  assert.ok(box2.groups.find((g) => g.kind === 'city').items.some((i) => i.id === c.a), 'Testville found');
  // the graph's other replies say the same of their model
  for (const path of ['graph/stats', `graph/path?from=${c.a}&to=${c.d}`, `cities/${c.a}/graph`, 'graph/top?by=degree']) {
    const r = await fresh(s, `${API}/${path}`);
    consistent(r, path);
    assert.equal(r.json.stale, false, path);
  }
});

test('models built at start: a request right after start is answered from one or told it is coming', async () => {
  const { s, admin } = await adminServer();
  servers.push(s);
  // straight away, before anything else: whatever the build has got to
  for (const path of ['graph/stats', 'graph/top?by=betweenness', 'search?q=a']) consistent(await s.req('GET', `${API}/${path}`), path);
  const c = await makeGraph(s, admin);
  consistent(await s.req('GET', `${API}/cities/${c.a}/partner-suggestions`), 'suggestions');
  const r = await fresh(s, `${API}/cities/${c.a}/partner-suggestions`);
  assert.equal(r.json.stale, false);
  assert.equal(r.json.items[0].city.id, c.d);
});

test('a change: replies from the last model are marked stale until the new one is swapped in', async () => {
  const { s, admin } = await adminServer();
  servers.push(s);
  const c = await makeGraph(s, admin);
  const before = (await fresh(s, `${API}/graph/stats`)).json;
  const topBefore = (await fresh(s, `${API}/graph/top?by=betweenness&limit=20`)).json;
  await fresh(s, `${API}/cities/${c.a}/partner-suggestions`);
  await fresh(s, `${API}/search?q=testv`);

  // Testville and Fakeham become partners, Placeholder and Distantburg too
  await create(s, admin, 'partnerships', { party_a: { city_id: c.a }, party_b: { city_id: c.d }, status: 'active' });
  await create(s, admin, 'partnerships', { party_a: { city_id: c.e }, party_b: { city_id: c.h }, status: 'active' });
  // at once, stale or not: a partner is never suggested (a stale model's
  // partners are read from the database)
  const now = expectStatus(await s.req('GET', `${API}/cities/${c.a}/partner-suggestions`), 200).json;
  consistent({ status: 200, json: now, text: '' }, 'suggestions');
  assert.ok(!now.items.some((i) => i.city.id === c.d), 'a partner now: not suggested, even from the last model');
  // the graph: the old figures while stale, the new ones once built
  const st = expectStatus(await s.req('GET', `${API}/graph/stats`), 200).json;
  if (st.stale) {
    assert.ok(st.edges.partnerships < before.edges.partnerships + 2, 'stale: the figures of before the change');
    assert.ok(st.computed_at >= before.computed_at);
  } else {
    assert.equal(st.edges.partnerships, before.edges.partnerships + 2);
  }
  const after2 = (await fresh(s, `${API}/graph/stats`)).json;
  assert.equal(after2.edges.partnerships, before.edges.partnerships + 2, 'the change, once rebuilt');
  assert.equal(after2.generation > before.generation, true);
  // betweenness follows too (its own, slower phase)
  const topAfter = (await fresh(s, `${API}/graph/top?by=betweenness&limit=20`)).json;
  assert.equal(topAfter.stale, false);
  assert.notDeepEqual(topAfter.items.map((i) => [i.city.id, i.value]), topBefore.items.map((i) => [i.city.id, i.value]));
  assert.equal((await fresh(s, `${API}/graph/path?from=${c.e}&to=${c.h}`)).json.hops, 1);

  // a renamed city: the search box finds it by its new name once rebuilt
  expectStatus(await s.req('PATCH', `${API}/cities/${c.b}`, { token: admin, body: { name: 'Renamedburg' } }), 200);
  const found = (await fresh(s, `${API}/search?q=renamedb`)).json;
  assert.ok(found.groups.find((g) => g.kind === 'city').items.some((i) => i.id === c.b));

  // one more change, and the server is stopped straight away: the rebuild
  // it starts is waited for or interrupted, and the server exits cleanly
  // (the harness checks the exit code and, under ASan, the leak report)
  await create(s, admin, 'partnerships', { party_a: { city_id: c.b }, party_b: { city_id: c.h }, status: 'active' });
  await s.req('GET', `${API}/graph/top?by=betweenness`);
  servers.splice(servers.indexOf(s), 1);
  assert.equal(await s.stop(), 0);
});

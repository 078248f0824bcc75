// Who may write what: the holes an outside test found (issue 10, points 2,
// 3, 4 and 8), each as it was reported, then the rule that closes it. The
// authorisation matrix (matrix.test.mjs) covers every route and role; these
// are the stories behind it, with the records' state checked afterwards.
//
// SYNTHETIC TEST DATA: the cities (Alphaville, Betaburg, Gammaton, Deltaford),
// networks, users and records are invented; nothing here is a fact about a
// real city.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { adminServer, create, expectStatus, expectError, API } from './helpers.mjs';

const P = (x) => `${API}/${x}`;
let s, admin;
let A, B, C, D, N, M, AB, BC, orgC;
const tok = {};

before(async () => {
  ({ s, admin } = await adminServer());
  A = await create(s, admin, 'cities', { name: 'Alphaville', country: 'IT' });
  B = await create(s, admin, 'cities', { name: 'Betaburg', country: 'DE' });
  C = await create(s, admin, 'cities', { name: 'Gammaton', country: 'FR' });
  D = await create(s, admin, 'cities', { name: 'Deltaford', country: 'KR' });
  N = await create(s, admin, 'networks', { name: 'Network N' });
  M = await create(s, admin, 'networks', { name: 'Network M' });
  await create(s, admin, 'memberships', { network_id: N.id, city_id: A.id });
  await create(s, admin, 'memberships', { network_id: M.id, city_id: D.id });
  AB = await create(s, admin, 'partnerships', { party_a: { city_id: A.id }, party_b: { city_id: B.id }, signed_date: '2001' });
  BC = await create(s, admin, 'partnerships', { party_a: { city_id: B.id }, party_b: { city_id: C.id }, signed_date: '1990' });
  orgC = await create(s, admin, 'organisations', { name: 'Gammaton University', city_id: C.id });
  const users = [
    ['offA', 'officer', { city_id: A.id }],
    ['secN', 'secretariat', { network_id: N.id }],
    ['secM', 'secretariat', { network_id: M.id }],
  ];
  for (const [name, role, scope] of users) {
    await create(s, admin, 'users', { username: name, password: `${name}-pass-1`, role, ...scope });
    tok[name] = await s.login(name, `${name}-pass-1`);
  }
});
after(async () => { await s?.stop(); });

const get = async (path, token) => expectStatus(await s.req('GET', P(path), { token }), 200, `GET ${path}`).json;
const count = async (path) => (await get(`${path}${path.includes('?') ? '&' : '?'}limit=1`, admin)).total;

test('point 2: an officer cannot write into another city\'s partnership, nor a secretariat into another network', async () => {
  const health = (await get(`partnerships/${BC.id}`)).health;
  assert.equal(health.state, 'dormant', 'B-C, signed in 1990 with no activity, is dormant');
  const activities = await count('activities');
  // as reported: the officer of A names B-C's partnership and A as participant
  const e = expectError(await s.req('POST', P('activities'), {
    token: tok.offA, body: { kind: 'study_visit', title: 'Into another partnership', start_date: '2026-01', partnership_id: BC.id, city_ids: [A.id] },
  }), 403, { field: 'partnership_id' });
  assert.match(e.message, /partnership/);
  assert.deepEqual((await get(`partnerships/${BC.id}`)).health, health, 'B-C is still dormant');
  // the secretariat of N names M
  expectError(await s.req('POST', P('activities'), {
    token: tok.secN, body: { kind: 'conference', title: 'Into another network', network_id: M.id },
  }), 403);
  // a secretariat names a city outside its network as host
  expectError(await s.req('POST', P('activities'), {
    token: tok.secN, body: { kind: 'conference', title: 'Hosted elsewhere', network_id: N.id, host_city_id: B.id },
  }), 403, { field: 'host_city_id' });
  // another city's organisation
  expectError(await s.req('POST', P('activities'), {
    token: tok.offA, body: { kind: 'workshop', title: 'With their university', city_ids: [A.id], organisation_ids: [orgC.id] },
  }), 403, { field: 'organisation_ids[0]' });
  // a network the city is not a member of
  expectError(await s.req('POST', P('activities'), {
    token: tok.offA, body: { kind: 'conference', title: 'Not our network', city_ids: [A.id], network_id: M.id },
  }), 403, { field: 'network_id' });
  assert.equal(await count('activities'), activities, 'nothing was added');

  // what each may do: its own partnership, its partner as host, its network
  const own = expectStatus(await s.req('POST', P('activities'), {
    token: tok.offA, body: { kind: 'study_visit', title: 'Visit to our partner', start_date: '2026-01', partnership_id: AB.id, host_city_id: B.id, city_ids: [A.id], network_id: N.id },
  }), 201, 'own partnership').json;
  assert.deepEqual(own.can, { update: true, delete: true });
  const net = expectStatus(await s.req('POST', P('activities'), {
    token: tok.secN, body: { kind: 'conference', title: 'Network conference', network_id: N.id, host_city_id: A.id },
  }), 201, 'own network, member host').json;

  // the same on update: every reference the patch adds
  for (const [body, field] of [[{ partnership_id: BC.id }, 'partnership_id'], [{ city_ids: [A.id, C.id] }, 'city_ids[1]'],
    [{ network_id: M.id }, 'network_id'], [{ host_city_id: C.id }, 'host_city_id'], [{ organisation_ids: [orgC.id] }, 'organisation_ids[0]']]) {
    expectError(await s.req('PATCH', P(`activities/${own.id}`), { token: tok.offA, body }), 403, { field, what: JSON.stringify(body) });
  }
  expectError(await s.req('PATCH', P(`activities/${net.id}`), { token: tok.secN, body: { network_id: M.id } }), 403);
  expectError(await s.req('PATCH', P(`activities/${net.id}`), { token: tok.secN, body: { host_city_id: B.id } }), 403, { field: 'host_city_id' });
  const after = await get(`activities/${own.id}`);
  assert.equal(after.partnership_id, AB.id);
  assert.deepEqual(after.city_ids, [A.id]);
  assert.deepEqual((await get(`partnerships/${BC.id}`)).health, health, 'B-C is still dormant');
  // a change that keeps what was there passes (an admin added C before)
  expectStatus(await s.req('PATCH', P(`activities/${own.id}`), { token: admin, body: { city_ids: [A.id, C.id] } }), 200);
  expectStatus(await s.req('PATCH', P(`activities/${own.id}`), { token: tok.offA, body: { title: 'Visit, renamed', city_ids: [C.id, A.id] } }), 200,
    'a participant added by an admin may stay');
});

test('point 3: a secretariat cannot move a practice to another network; an admin\'s move sends it back to review', async () => {
  const p = await create(s, tok.offA, 'practices', { title: 'Zqmove welcome desks', city_id: A.id, network_id: N.id, summary: 'Synthetic.' });
  expectStatus(await s.req('POST', P(`practices/${p.id}/submit`), { token: tok.offA }), 200);
  expectStatus(await s.req('POST', P(`practices/${p.id}/publish`), { token: tok.secN }), 200);
  // as reported: the secretariat of N moves the published practice to M
  expectError(await s.req('PATCH', P(`practices/${p.id}`), { token: tok.secN, body: { network_id: M.id } }), 403);
  let now = await get(`practices/${p.id}`, admin);
  assert.equal(now.network.id, N.id, 'still in N');
  assert.equal(now.status, 'published');
  // the other network cannot touch it
  expectError(await s.req('PATCH', P(`practices/${p.id}`), { token: tok.secM, body: { summary: 'Rewritten by M.' } }), 403);
  // an admin may move it: it is then M's to review, and the public no longer sees it
  const moved = expectStatus(await s.req('PATCH', P(`practices/${p.id}`), { token: admin, body: { network_id: M.id } }), 200).json;
  assert.equal(moved.status, 'submitted', 'back to review for the new network');
  assert.equal(moved.published_at, null);
  expectError(await s.req('GET', P(`practices/${p.id}`)), 404, { what: 'not public until M publishes it' });
  now = await get(`practices/${p.id}`, tok.secM);
  assert.deepEqual([now.can.publish, now.can.return], [true, true], 'M reviews it');
  expectStatus(await s.req('POST', P(`practices/${p.id}/publish`), { token: tok.secM }), 200);
  assert.equal((await get(`practices/${p.id}`)).status, 'published');
  // a draft moves with its author (nothing reviewed yet)
  const d = await create(s, tok.offA, 'practices', { title: 'Zqmove draft', city_id: A.id, network_id: N.id });
  const dm = expectStatus(await s.req('PATCH', P(`practices/${d.id}`), { token: tok.offA, body: { network_id: null } }), 200).json;
  assert.equal(dm.status, 'draft');
});

test('point 4: a record\'s city must be one the writer speaks for', async () => {
  const practices = await count('practices?status=draft');
  // as reported: a secretariat posts a practice in a city's name (not its member)
  expectError(await s.req('POST', P('practices'), { token: tok.secM, body: { title: 'Zqname not ours', city_id: A.id, network_id: M.id } }), 403, { field: 'city_id' });
  // an officer in another city's name
  expectError(await s.req('POST', P('practices'), { token: tok.offA, body: { title: 'Zqname not ours', city_id: B.id } }), 403);
  // a practice of no city by an officer: it would be nobody's
  expectError(await s.req('POST', P('practices'), { token: tok.offA, body: { title: 'Zqname nobody', country: 'IT' } }), 403);
  assert.equal(await count('practices?status=draft'), practices);
  // an activity hosted in another city's name by a secretariat (not its member)
  expectError(await s.req('POST', P('activities'), { token: tok.secN, body: { kind: 'workshop', title: 'Hosted by D', network_id: N.id, host_city_id: D.id } }), 403);
  // a secretariat records a practice of a member city; it is then that city's too
  const pm = expectStatus(await s.req('POST', P('practices'), { token: tok.secM, body: { title: 'Zqname member', city_id: D.id, network_id: M.id } }), 201).json;
  assert.equal(pm.city.id, D.id);
  // organisations: of one's own city, or of none
  expectError(await s.req('POST', P('organisations'), { token: tok.offA, body: { name: 'Not our school', city_id: B.id } }), 403);
  expectStatus(await s.req('POST', P('organisations'), { token: tok.offA, body: { name: 'Our school', city_id: A.id } }), 201);
  expectStatus(await s.req('POST', P('organisations'), { token: tok.secN, body: { name: 'A ministry', country: 'IT' } }), 201);
  expectError(await s.req('POST', P('organisations'), { token: tok.secN, body: { name: 'A city school', city_id: A.id } }), 403);
});

test('point 8: who may act is decided before the state (403 before 409)', async () => {
  const p = await create(s, tok.offA, 'practices', { title: 'Zqorder draft', city_id: A.id, network_id: N.id });
  // as reported: an officer publishes (the practice is a draft): 403, not 409
  expectError(await s.req('POST', P(`practices/${p.id}/publish`), { token: tok.offA }), 403);
  expectError(await s.req('POST', P(`practices/${p.id}/return`), { token: tok.offA, body: { comment: 'x' } }), 403);
  // the secretariat may publish, but not a draft: 409 naming the status
  expectError(await s.req('POST', P(`practices/${p.id}/publish`), { token: tok.secN }), 409, { field: 'status' });
  // the other network does not see the draft: 404
  expectError(await s.req('POST', P(`practices/${p.id}/publish`), { token: tok.secM }), 404);
  assert.equal((await get(`practices/${p.id}`, tok.offA)).status, 'draft');
  assert.deepEqual((await get(`practices/${p.id}`, tok.offA)).can, { update: true, delete: true, submit: true, publish: false, return: false });
});

test('every record says what the caller may do with it', async () => {
  const steps = { sign: false, suspend: false, renew: false, end: false };
  assert.deepEqual((await get(`partnerships/${AB.id}`)).can, { update: false, delete: false, ...steps }, 'the public');
  assert.deepEqual((await get(`partnerships/${AB.id}`, tok.offA)).can,
    { update: true, delete: true, sign: false, suspend: true, renew: true, end: true }, 'its city (it is active)');
  assert.deepEqual((await get(`partnerships/${BC.id}`, tok.offA)).can, { update: false, delete: false, ...steps }, 'another city');
  assert.deepEqual((await get(`cities/${A.id}`, tok.offA)).can, { update: true, delete: false }, 'an officer does not delete its city');
  assert.deepEqual((await get(`networks/${N.id}`, tok.secN)).can, { update: true, delete: false });
  const list = await get(`partnerships?city=${B.id}`, tok.offA);
  assert.deepEqual(Object.fromEntries(list.items.map((x) => [x.id, x.can.update])), { [AB.id]: true, [BC.id]: false }, 'in lists too');
});

// Travel and subsistence support for delegates: asked by the delegate's
// city's office, granted (in full or in part) or refused by the organising
// network's secretariat; the budget used per currency, never converted;
// who sees what; bad input naming its field with nothing written.
//
// SYNTHETIC TEST DATA: the network, cities, accounts, event, delegates and
// amounts are invented for the test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cli } from './harness.mjs';
import { adminServer, create, expectStatus, expectError, API } from './helpers.mjs';

const P = (x) => `${API}/${x}`;
let s, admin, N, M, A, B, C, event, rB1, rB2, rC;
const tok = {};
const day = (n) => new Date(Date.now() + n * 86400000).toISOString().slice(0, 10);
const post = (path, token, body) => s.req('POST', P(path), { token, body });
const get = async (path, token) => expectStatus(await s.req('GET', P(path), { token }), 200, `GET ${path}`).json;

function digest() {
  const r = spawnSync('sqlite3', ['-readonly', s.db, '.dump'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(r.status, 0, r.stderr);
  return createHash('sha256').update(r.stdout.replace(/^INSERT INTO "?session"?.*$/gm, '').replace(/^INSERT INTO "?sqlite_sequence"?.*$/gm, '')
    // what happened is told and stays told: the organiser heard of the request
    .replace(/^INSERT INTO "?notification"?.*\n/gm, '')).digest('hex');
}

before(async () => {
  ({ s, admin } = await adminServer());
  N = await create(s, admin, 'networks', { name: 'Travel Network (synthetic)' });
  M = await create(s, admin, 'networks', { name: 'Other Network (synthetic)' });
  A = await create(s, admin, 'cities', { name: 'Tvhost', country: 'IR' });
  B = await create(s, admin, 'cities', { name: 'Tvguest', country: 'UA' });
  C = await create(s, admin, 'cities', { name: 'Tvthird', country: 'KR' });
  for (const c of [A, B, C]) await create(s, admin, 'memberships', { network_id: N.id, city_id: c.id });
  for (const [name, role, scope] of [['secN', 'secretariat', { network_id: N.id }], ['secM', 'secretariat', { network_id: M.id }],
    ['offB', 'officer', { city_id: B.id }], ['offC', 'officer', { city_id: C.id }], ['dpo', 'dpo', {}]]) {
    await create(s, admin, 'users', { username: `tv.${name}`, password: `${name}-pass-1`, role, ...scope });
    tok[name] = await s.login(`tv.${name}`, `${name}-pass-1`);
  }
  event = await create(s, tok.secN, 'activities', {
    kind: 'workshop', title: 'Workshop (synthetic)', network_id: N.id, host_city_id: A.id,
    time_zone: 'Asia/Tehran', starts_at: '2031-05-10T09:00', ends_at: '2031-05-10T17:00',
    capacity: 10, registration_opens: day(-1), registration_closes: day(30),
  });
  const reg = (token, city, name) => create(s, token, 'registrations', { activity_id: event.id, city_id: city.id, delegate_name: name });
  rB1 = await reg(tok.offB, B, 'Delegate B1 (synthetic)');
  rB2 = await reg(tok.offB, B, 'Delegate B2 (synthetic)');
  rC = await reg(tok.offC, C, 'Delegate C1 (synthetic)');
});
after(async () => { await s?.stop(); });

test('asked, granted in part, refused; the budget used per currency', async () => {
  const t1 = await create(s, tok.offB, 'travel-requests', { registration_id: rB1.id, covers: 'travel', amount: 420.5, currency: 'EUR', note: 'Flight (synthetic)' });
  assert.equal(t1.status, 'requested');
  assert.equal(t1.city_id, B.id);
  assert.equal(t1.network_id, N.id);
  assert.equal(t1.activity_id, event.id);
  assert.equal(t1.delegate, 'Delegate B1 (synthetic)');
  assert.deepEqual(t1.can, { update: true, delete: true, grant: false, refuse: false });
  const t2 = await create(s, tok.offB, 'travel-requests', { registration_id: rB2.id, covers: 'subsistence', amount: 150, currency: 'EUR' });
  const t3 = await create(s, tok.offC, 'travel-requests', { registration_id: rC.id, covers: 'travel_and_subsistence', amount: 1200000, currency: 'KRW' });
  const seenBySec = await get(`travel-requests/${t1.id}`, tok.secN);
  assert.deepEqual(seenBySec.can, { update: false, delete: false, grant: true, refuse: true });
  // the officer asks; it does not decide
  expectError(await post(`travel-requests/${t1.id}/grant`, tok.offB, {}), 403);
  const g1 = expectStatus(await post(`travel-requests/${t1.id}/grant`, tok.secN, { granted_amount: 400, decision_note: 'Economy fare' }), 200).json;
  assert.equal(g1.status, 'granted');
  assert.equal(g1.granted_amount, 400);
  assert.ok(g1.decided_on);
  const g3 = expectStatus(await post(`travel-requests/${t3.id}/grant`, tok.secN, {}), 200).json;
  assert.equal(g3.granted_amount, 1200000, 'all that was asked, when no amount is given');
  const r2 = expectStatus(await post(`travel-requests/${t2.id}/refuse`, tok.secN, { decision_note: 'Hosted meals' }), 200).json;
  assert.equal(r2.status, 'refused');
  assert.equal(r2.granted_amount, null);
  // decided: nobody changes it or decides again
  expectError(await post(`travel-requests/${t1.id}/refuse`, tok.secN, {}), 409, { field: 'status' });
  expectError(await s.req('PATCH', P(`travel-requests/${t1.id}`), { token: tok.offB, body: { amount: 500 } }), 409, { field: 'status' });
  // the budget: per currency, nothing converted
  const budget = (await get(`travel-requests/budget?activity=${event.id}`, tok.secN)).items;
  assert.deepEqual(budget, [
    { currency: 'EUR', asked: 570.5, pending: 0, granted: 400, requests: 2, granted_requests: 1, refused_requests: 1 },
    { currency: 'KRW', asked: 1200000, pending: 0, granted: 1200000, requests: 1, granted_requests: 1, refused_requests: 0 },
  ]);
  // an officer's budget is its own city's requests
  const mine = (await get(`travel-requests/budget?activity=${event.id}`, tok.offB)).items;
  assert.deepEqual(mine.map((x) => [x.currency, x.granted]), [['EUR', 400]]);
});

test('who sees the requests: the asking office, the organiser, the DPO; nobody else', async () => {
  const all = await get(`travel-requests?activity=${event.id}`, tok.secN);
  assert.ok(all.items.length >= 3);
  const ofB = await get(`travel-requests?activity=${event.id}`, tok.offB);
  assert.ok(ofB.items.every((x) => x.city_id === B.id));
  const ofM = await get(`travel-requests?activity=${event.id}`, tok.secM);
  assert.equal(ofM.items.length, 0);
  assert.equal((await get(`travel-requests/budget?activity=${event.id}`, tok.secM)).items.length, 0);
  const anyId = all.items[0].id;
  expectError(await s.req('GET', P(`travel-requests/${anyId}`), { token: tok.secM }), 404);
  expectError(await s.req('GET', P(`travel-requests/${anyId}`)), 404);
  expectError(await s.req('GET', P('travel-requests')), 401);
  assert.ok((await get(`travel-requests/${anyId}`, tok.dpo)).delegate);
});

test('bad input names its field and writes nothing', async () => {
  const noNetwork = await create(s, admin, 'activities', { kind: 'workshop', title: 'No network (synthetic)', host_city_id: A.id, capacity: 5 });
  const rNo = await create(s, tok.offB, 'registrations', { activity_id: noNetwork.id, city_id: B.id, delegate_name: 'D (synthetic)' });
  const rB3 = await create(s, tok.offB, 'registrations', { activity_id: event.id, city_id: B.id, delegate_name: 'Delegate B3 (synthetic)' });
  const ok = { registration_id: rB3.id, covers: 'travel', amount: 100, currency: 'EUR' };
  const before = digest();
  const cases = [
    [{ ...ok, currency: 'EUX' }, 422, 'currency'],
    [{ ...ok, currency: 'eur' }, 422, 'currency'],
    [{ ...ok, currency: 'EURO' }, 422, 'currency'],
    [{ ...ok, amount: 0 }, 422, 'amount'],
    [{ ...ok, amount: -5 }, 422, 'amount'],
    [{ ...ok, amount: 10.005 }, 422, 'amount'],
    [{ ...ok, amount: 1e12 }, 422, 'amount'],
    [{ ...ok, amount: '100' }, 422, 'amount'],
    [{ ...ok, covers: 'hotel' }, 422, 'covers'],
    [{ ...ok, registration_id: 999999 }, 422, 'registration_id'],
    [{ ...ok, registration_id: rB1.id, covers: 'travel' }, 409, 'covers'],
    [{ ...ok, registration_id: rNo.id }, 422, 'registration_id'],
    [{ ...ok, status: 'granted' }, 422, 'status'],
  ];
  for (const [body, status, field] of cases)
    expectError(await post('travel-requests', tok.offB, body), status, { field, what: JSON.stringify(body) });
  expectError(await post('travel-requests', tok.offC, ok), 403);
  expectError(await post('travel-requests', tok.secN, ok), 403);
  const t = await create(s, tok.offB, 'travel-requests', { ...ok, covers: 'subsistence' });
  const mid = digest();
  expectError(await post(`travel-requests/${t.id}/grant`, tok.secN, { granted_amount: 101 }), 422, { field: 'granted_amount' });
  expectError(await post(`travel-requests/${t.id}/grant`, tok.secN, { granted_amount: 50.001 }), 422, { field: 'granted_amount' });
  expectError(await post(`travel-requests/${t.id}/grant`, tok.secM, {}), 404);
  expectError(await s.req('PATCH', P(`travel-requests/${t.id}`), { token: tok.offB, body: { currency: 'XYZ' } }), 422, { field: 'currency' });
  expectError(await s.req('PATCH', P(`travel-requests/${t.id}`), { token: tok.offB, body: { registration_id: rB1.id } }), 422, { field: 'registration_id' });
  assert.equal(digest(), mid, 'refused decisions and changes wrote nothing');
  expectStatus(await s.req('DELETE', P(`travel-requests/${t.id}`), { token: tok.offB }), 204);
  assert.equal(digest(), before, 'withdrawn: as before');
  const cur = await get('currencies');
  assert.ok(cur.items.some((c) => c.code === 'UAH' && c.name));
  assert.ok(cur.items.length > 150);
});

test('the command line: amity travel-request', async () => {
  const r = cli(s.db, ['travel-request', 'list', '--activity', String(event.id)]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /EUR/);
  assert.match(cli(s.db, ['travel-request', '--help']).stdout, /grant/);
  // fixed bug: after an action, --help answered "--help needs a value"
  for (const args of [['travel-request', 'grant', '--help'], ['travel-request', 'list', '-h'], ['city', 'update', '7', '--help']]) {
    const h = cli(s.db, args);
    assert.equal(h.status, 0, `${args.join(' ')}: ${h.stderr}`);
    assert.match(h.stdout, /usage|--/, args.join(' '));
  }
});

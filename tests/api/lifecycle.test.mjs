// A record's whole life through the API: a partnership proposed, signed,
// given an activity, dormant, renewed, suspended, ended with its reason; a
// membership joined, its role changed, left; and the history of each, who
// sees what of it, and what changed for a workspace.
//
// SYNTHETIC TEST DATA: the cities (Lifeville, Partnerton, Outsider Town),
// the network and the people are invented.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { adminServer, create, expectStatus, expectError, API } from './helpers.mjs';

const P = (x) => `${API}/${x}`;
let s, admin, officer, other, A, B, C, N;

before(async () => {
  ({ s, admin } = await adminServer());
  A = await create(s, admin, 'cities', { name: 'Lifeville', country: 'IT' });
  B = await create(s, admin, 'cities', { name: 'Partnerton', country: 'FR' });
  C = await create(s, admin, 'cities', { name: 'Outsider Town', country: 'DE' });
  N = await create(s, admin, 'networks', { name: 'Life Network' });
  await create(s, admin, 'users', { username: 'life.officer', password: 'life-officer-1', role: 'officer', city_id: A.id });
  await create(s, admin, 'users', { username: 'other.officer', password: 'other-officer-1', role: 'officer', city_id: C.id });
  officer = await s.login('life.officer', 'life-officer-1');
  other = await s.login('other.officer', 'other-officer-1');
});
after(async () => { await s?.stop(); });

const step = (path, token, body) => s.req('POST', P(path), { token, body });
const get = async (path, token) => expectStatus(await s.req('GET', P(path), { token }), 200, path).json;

test('a partnership from proposal to its end, each step by its city, in its order', async () => {
  const p = await create(s, officer, 'partnerships', {
    party_a: { city_id: A.id }, party_b: { city_id: B.id }, kind: 'twinning', status: 'proposed',
  });
  assert.equal(p.health.state, 'proposed');
  assert.deepEqual(p.can, { update: true, delete: true, sign: true, suspend: false, renew: false, end: true });
  // wrong state, wrong people
  expectError(await step(`partnerships/${p.id}/renew`, officer, {}), 409, { field: 'status' });
  expectError(await step(`partnerships/${p.id}/sign`, other, {}), 403);
  expectError(await step(`partnerships/${p.id}/sign`, undefined, {}), 401);
  // signed long ago, then an activity, then nothing: dormant
  const signed = expectStatus(await step(`partnerships/${p.id}/sign`, officer, { signed_date: '2010-05-01' }), 200).json;
  assert.equal(signed.status, 'signed');
  assert.equal(signed.signed_date, '2010-05-01');
  await create(s, officer, 'activities', { kind: 'study_visit', title: 'First visit', start_date: '2012-06', partnership_id: p.id, city_ids: [A.id] });
  let now = await get(`partnerships/${p.id}`);
  assert.equal(now.health.state, 'dormant', 'no activity for years');
  assert.equal(now.health.last_activity, '2012-06');
  // renewed today: active again
  const renewed = expectStatus(await step(`partnerships/${p.id}/renew`, officer), 200, 'renew with no body').json;
  assert.equal(renewed.status, 'active');
  assert.equal(renewed.renewed_date, new Date().toISOString().slice(0, 10), 'today by default');
  assert.equal(renewed.health.state, 'active');
  // suspended, then ended with its reason
  const susp = expectStatus(await step(`partnerships/${p.id}/suspend`, officer, { suspended_date: '2025-01-10' }), 200).json;
  assert.equal(susp.health.state, 'suspended');
  expectError(await step(`partnerships/${p.id}/end`, officer, {}), 422, { field: 'end_reason' });
  expectError(await step(`partnerships/${p.id}/end`, officer, { end_reason: 'x', ended_date: '2001-01-01' }), 422, { field: 'ended_date' });
  const ended = expectStatus(await step(`partnerships/${p.id}/end`, officer, { end_reason: 'Both councils agreed to end it.', ended_date: '2025-03-01' }), 200).json;
  assert.equal(ended.status, 'ended');
  assert.equal(ended.end_reason, 'Both councils agreed to end it.');
  assert.equal(ended.health.state, 'ended');
  expectError(await step(`partnerships/${p.id}/renew`, officer, {}), 409, { what: 'an ended partnership stays ended' });
  // the step fields are set by steps, not by a change
  expectError(await s.req('PATCH', P(`partnerships/${p.id}`), { token: officer, body: { end_reason: 'x' } }), 422, { field: 'end_reason' });

  // its history: every step, newest first, with who for its city
  const h = await get(`partnerships/${p.id}/history`, officer);
  assert.deepEqual(h.items.map((x) => x.action), ['end', 'suspend', 'renew', 'sign', 'create']);
  assert.ok(h.items.every((x) => x.username === 'life.officer'));
  assert.deepEqual(h.items[0].changes.status, ['suspended', 'ended']);
  assert.deepEqual(h.items[0].changes.end_reason, [null, 'Both councils agreed to end it.']);
  assert.deepEqual(h.items[3].changes.signed_date, [null, '2010-05-01']);
  // the public sees the changes, not who made them
  const pub = await get(`partnerships/${p.id}/history`);
  assert.equal(pub.items.length, 5);
  assert.ok(pub.items.every((x) => x.username === null));
  expectError(await s.req('GET', P('partnerships/999999/history')), 404);
});

test('a membership: joined, its role changed, left (kept as former)', async () => {
  const m = await create(s, officer, 'memberships', { network_id: N.id, city_id: A.id, joined_year: 2015 });
  assert.equal(m.current, true);
  assert.equal(m.can.leave, true);
  const role = expectStatus(await s.req('PATCH', P(`memberships/${m.id}`), { token: officer, body: { role: 'board' } }), 200).json;
  assert.equal(role.role, 'board');
  expectError(await step(`memberships/${m.id}/leave`, other, {}), 403);
  const left = expectStatus(await step(`memberships/${m.id}/leave`, officer, { left_year: 2024 }), 200).json;
  assert.equal(left.status, 'former');
  assert.equal(left.left_year, 2024);
  assert.equal(left.current, false);
  expectError(await step(`memberships/${m.id}/leave`, officer, {}), 409, { field: 'status' });
  expectError(await step(`memberships/${m.id}/leave`, officer, { left_year: 1700 }), 422, { field: 'left_year' });
  const h = await get(`memberships/${m.id}/history`, officer);
  assert.deepEqual(h.items.map((x) => x.action), ['leave', 'update', 'create']);
  assert.deepEqual(h.items[1].changes, { role: ['member', 'board'] });
});

test('a refused step changes nothing and leaves no history', async () => {
  const p = await create(s, admin, 'partnerships', { party_a: { city_id: B.id }, party_b: { city_id: C.id } });
  const before = await get(`partnerships/${p.id}/history`, admin);
  expectError(await step(`partnerships/${p.id}/end`, officer, { end_reason: 'not ours' }), 403);
  expectError(await step(`partnerships/${p.id}/end`, other, { end_reason: 'x', ended_date: 'soon' }), 422, { field: 'ended_date' });
  assert.equal((await get(`partnerships/${p.id}`)).status, 'active');
  assert.deepEqual(await get(`partnerships/${p.id}/history`, admin), before);
});

test('the workspace: the officer\'s partnerships by health, drafts, activities and what changed since the last visit', async () => {
  // a new visit: what others did meanwhile shows
  const tok = await s.login('life.officer', 'life-officer-1');
  const p = await create(s, admin, 'partnerships', { party_a: { city_id: A.id }, party_b: { city_id: C.id }, signed_date: '2001' });
  await create(s, tok, 'practices', { title: 'Zqwork draft of Lifeville', city_id: A.id });
  await create(s, tok, 'activities', { kind: 'workshop', title: 'Coming workshop', start_date: '2099-01', city_ids: [A.id] });
  const w = expectStatus(await s.req('GET', P('workspace'), { token: tok }), 200).json;
  assert.equal(w.role, 'officer');
  assert.deepEqual(w.city, { id: A.id, name: 'Lifeville' });
  assert.ok(w.partnerships.length >= 2);
  const ranks = w.partnerships.map((x) => x.health.state);
  assert.equal(ranks[0], 'dormant', `dormant first: ${ranks}`);
  assert.ok(w.practices.some((x) => x.title === 'Zqwork draft of Lifeville'), 'its draft');
  assert.deepEqual(w.upcoming.map((x) => x.title), ['Coming workshop']);
  assert.ok(w.changes.some((c) => c.kind === 'partnership' && c.record_id === p.id && c.action === 'create'),
    'the partnership an admin made for the city');
  assert.ok(w.changes.every((c) => c.cities.includes(A.id)), 'only what concerns the city');
  // the secretariat and the admin have workspaces of their own; the public has none
  expectError(await s.req('GET', P('workspace')), 401);
  const aw = expectStatus(await s.req('GET', P('workspace'), { token: admin }), 200).json;
  assert.ok(Array.isArray(aw.users) && aw.users.length >= 3);
  assert.ok(Array.isArray(aw.imports));
});

test('the overview: figures, a map of the most partnered cities, recent records', async () => {
  const o = expectStatus(await s.req('GET', P('overview')), 200).json;
  assert.ok(o.figures.partnerships >= 2 && o.figures.cities >= 3);
  assert.ok(Array.isArray(o.map));
  assert.ok(Array.isArray(o.recent_practices) && Array.isArray(o.recent_activities));
  assert.ok(o.recent_practices.every((x) => x.status === 'published'), 'published practices only');
});

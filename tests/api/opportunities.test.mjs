// Opportunities: the office's pipeline (new, discussed, then an activity or
// a partnership, or closed), its own and never public, naming only the
// people its office holds; an erased person leaves it.
//
// SYNTHETIC TEST DATA: every city, account, person and opportunity here is
// invented for the test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { adminServer, create, expectStatus, expectError, API } from './helpers.mjs';

const P = (x) => `${API}/${x}`;
let s, admin, A, B, C, AB, CB, mine, theirs;
const tok = {};

before(async () => {
  ({ s, admin } = await adminServer());
  A = await create(s, admin, 'cities', { name: 'Pipeline City', country: 'IT' });
  B = await create(s, admin, 'cities', { name: 'Partner Town', country: 'UA' });
  C = await create(s, admin, 'cities', { name: 'Third Place', country: 'FR' });
  AB = await create(s, admin, 'partnerships', { party_a: { city_id: A.id }, party_b: { city_id: B.id } });
  CB = await create(s, admin, 'partnerships', { party_a: { city_id: C.id }, party_b: { city_id: B.id } });
  for (const [name, scope] of [['offA', { city_id: A.id }], ['offC', { city_id: C.id }]]) {
    await create(s, admin, 'users', { username: name, password: `${name}-pass-1`, role: 'officer', ...scope });
    tok[name] = await s.login(name, `${name}-pass-1`);
  }
  mine = await create(s, tok.offA, 'people', { city_id: A.id, name: 'Ambassador In Partner Town (synthetic)', residence_city_id: B.id,
    ties: [{ city_id: B.id, kind: 'work' }], basis: 'consent', consent: { purposes: ['record'], how: 'by_email' } });
  theirs = await create(s, tok.offC, 'people', { city_id: C.id, name: 'Someone Else (synthetic)', basis: 'consent', consent: { purposes: ['record'], how: 'by_email' } });
});
after(async () => { await s?.stop(); });

test('the pipeline: recorded, discussed, made an activity; the office\'s own', async () => {
  expectError(await s.req('POST', P('opportunities'), { token: tok.offA, body: { city_id: A.id, title: 'x', kind: 'trade', person_ids: [theirs.id] } }), 403, { field: 'person_ids[0]' });
  expectError(await s.req('POST', P('opportunities'), { token: tok.offA, body: { city_id: A.id, title: 'x', kind: 'bribery' } }), 422, { field: 'kind' });
  const o = await create(s, tok.offA, 'opportunities', {
    city_id: A.id, title: 'A summer school with Partner Town (synthetic)', kind: 'academic_exchange', person_ids: [mine.id],
    city_ids: [B.id], partnership_id: AB.id, description: 'Identified by our ambassador there (synthetic).',
  });
  assert.equal(o.status, 'new');
  assert.deepEqual(o.people.map((x) => x.name), ['Ambassador In Partner Town (synthetic)']);
  for (const t of [undefined, tok.offC]) {
    expectError(await s.req('GET', P(`opportunities/${o.id}`), { token: t }), 404);
  }
  expectError(await s.req('GET', P('opportunities')), 401);
  assert.equal(expectStatus(await s.req('GET', P('opportunities'), { token: tok.offC }), 200).json.items.length, 0);
  assert.equal(expectStatus(await s.req('GET', P('opportunities'), { token: tok.offA }), 200).json.items.length, 1);
  expectError(await s.req('POST', P(`opportunities/${o.id}/discuss`), { token: tok.offC }), 404);
  const d = expectStatus(await s.req('POST', P(`opportunities/${o.id}/discuss`), { token: tok.offA }), 200).json;
  assert.equal(d.status, 'discussed');
  expectError(await s.req('POST', P(`opportunities/${o.id}/discuss`), { token: tok.offA }), 409);
  expectError(await s.req('POST', P(`opportunities/${o.id}/make-activity`), { token: tok.offA, body: { kind: 'picnic' } }), 422, { field: 'kind' });
  const made = expectStatus(await s.req('POST', P(`opportunities/${o.id}/make-activity`), { token: tok.offA, body: { kind: 'academic_exchange', start_date: '2027-07' } }), 200).json;
  assert.equal(made.status, 'activity');
  assert.equal(made.activity.title, o.title);
  const act = expectStatus(await s.req('GET', P(`activities/${made.activity_id}`)), 200).json;
  assert.equal(act.host_city_id, A.id);
  assert.equal(act.partnership_id, AB.id);
  assert.equal(act.start_date, '2027-07');
  expectError(await s.req('POST', P(`opportunities/${o.id}/close`), { token: tok.offA, body: {} }), 409, { what: 'done already' });
});

test('matching: the office\'s people with ties to a partner city, strongest first, with reasons', async () => {
  const other = await create(s, tok.offA, 'people', { city_id: A.id, name: 'Tied To The Country (synthetic)', ties: [{ country: 'UA', kind: 'family' }],
    basis: 'consent', consent: { purposes: ['record'], how: 'by_email' } });
  await create(s, tok.offA, 'people', { city_id: A.id, name: 'No Tie (synthetic)', basis: 'consent', consent: { purposes: ['record'], how: 'by_email' } });
  const r = expectStatus(await s.req('GET', P(`cities/${B.id}/people`), { token: tok.offA }), 200).json;
  assert.deepEqual(r.items.map((x) => [x.person.id, x.strength]), [[mine.id, 3], [other.id, 1]]);
  assert.deepEqual(r.items[0].reasons, [{ signal: 'lives_in_city', kind: null }, { signal: 'tie_to_city', kind: 'work' }]);
  assert.deepEqual(r.items[1].reasons, [{ signal: 'tie_to_country', kind: 'family' }]);
  // another office sees none of them; nobody signed out sees any
  assert.equal(expectStatus(await s.req('GET', P(`cities/${B.id}/people`), { token: tok.offC }), 200).json.items.length, 0);
  expectError(await s.req('GET', P(`cities/${B.id}/people`)), 401);
  expectError(await s.req('GET', P('cities/999999/people'), { token: tok.offA }), 404);
});

test('a partnership it became must be the office\'s; closing says why; an erased person leaves it', async () => {
  const o = await create(s, tok.offA, 'opportunities', { city_id: A.id, title: 'Trade fair (synthetic)', kind: 'trade', person_ids: [mine.id] });
  expectError(await s.req('POST', P(`opportunities/${o.id}/link-partnership`), { token: tok.offA, body: { partnership_id: CB.id } }), 422, { field: 'partnership_id' });
  const linked = expectStatus(await s.req('POST', P(`opportunities/${o.id}/link-partnership`), { token: tok.offA, body: { partnership_id: AB.id } }), 200).json;
  assert.equal(linked.status, 'partnership');
  assert.equal(linked.result_partnership_id, AB.id);
  const c = await create(s, tok.offA, 'opportunities', { city_id: A.id, title: 'Tourism idea (synthetic)', kind: 'tourism', person_ids: [mine.id] });
  const closed = expectStatus(await s.req('POST', P(`opportunities/${c.id}/close`), { token: tok.offA, body: { closed_reason: 'No dates found.' } }), 200).json;
  assert.equal(closed.closed_reason, 'No dates found.');
  // the person is erased: the pipeline keeps its records, without them
  expectStatus(await s.req('POST', P(`people/${mine.id}/withdraw`), { token: tok.offA, body: {} }), 200);
  for (const id of [o.id, c.id]) {
    const r = expectStatus(await s.req('GET', P(`opportunities/${id}`), { token: tok.offA }), 200).json;
    assert.deepEqual(r.people, []);
    assert.ok(!JSON.stringify(r).includes('Ambassador In Partner Town'));
  }
});

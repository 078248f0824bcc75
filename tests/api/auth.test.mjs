// Sign-in, tokens, and what each role may change.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { adminServer, create, expectStatus, expectError, list, expireAllSessions, API, ADMIN } from './helpers.mjs';

const OFFICER = { username: 'officer.a', password: 'officer-pass-1' };
const SECRETARIAT = { username: 'secretariat.n', password: 'secretariat-pass-1' };
let s, admin, officer, secretariat;
let A, B, C, N, M, orgA, orgB;
const seen = []; // every response text, to look for passwords

before(async () => {
  ({ s, admin } = await adminServer());
  const req = s.req;
  s.req = async (...args) => { const r = await req(...args); seen.push(r.text); return r; };
  A = await create(s, admin, 'cities', { name: 'Alpha City', country: 'IT' });
  B = await create(s, admin, 'cities', { name: 'Beta City', country: 'FR' });
  C = await create(s, admin, 'cities', { name: 'Gamma City', country: 'DE' });
  N = await create(s, admin, 'networks', { name: 'Network N' });
  M = await create(s, admin, 'networks', { name: 'Network M' });
  orgA = await create(s, admin, 'organisations', { name: 'Org in A', city_id: A.id });
  orgB = await create(s, admin, 'organisations', { name: 'Org in B', city_id: B.id });
  const uo = await create(s, admin, 'users', { ...OFFICER, role: 'officer', city_id: A.id });
  const us = await create(s, admin, 'users', { ...SECRETARIAT, role: 'secretariat', network_id: N.id });
  assert.equal(uo.role, 'officer');
  assert.equal(us.network_id, N.id);
  officer = await s.login(OFFICER.username, OFFICER.password);
  secretariat = await s.login(SECRETARIAT.username, SECRETARIAT.password);
});
after(async () => { await s?.stop(); });

const P = (x) => `${API}/${x}`;

test('sign in answers a token, its expiry and the user; sessions/current tells who', async () => {
  const r = await s.req('POST', P('sessions'), { body: { username: OFFICER.username, password: OFFICER.password } });
  expectStatus(r, 201);
  assert.equal(typeof r.json.token, 'string');
  assert.ok(r.json.token.length >= 20, 'a long token');
  assert.ok(!Number.isNaN(Date.parse(r.json.expires_at)), 'expires_at is a date');
  assert.ok(Date.parse(r.json.expires_at) > Date.now(), 'expires in the future');
  assert.equal(r.json.user.username, OFFICER.username);
  assert.equal(r.json.user.role, 'officer');
  assert.equal(r.json.user.city_id, A.id);
  const me = await s.req('GET', P('sessions/current'), { token: r.json.token });
  expectStatus(me, 200);
  assert.equal(me.json.username ?? me.json.user?.username, OFFICER.username);
  // sign this extra session out again
  expectStatus(await s.req('DELETE', P('sessions/current'), { token: r.json.token }), 204);
});

test('wrong credentials are refused with 401', async () => {
  expectError(await s.req('POST', P('sessions'), { body: { username: ADMIN.username, password: 'not-the-password' } }), 401);
  expectError(await s.req('POST', P('sessions'), { body: { username: 'nobody-here', password: 'not-the-password' } }), 401);
  expectError(await s.req('POST', P('sessions'), { body: { username: ADMIN.username } }), 422, { field: 'password' });
  expectError(await s.req('POST', P('sessions'), { body: { username: ADMIN.username, password: 5 } }), 422, { field: 'password' });
});

test('anonymous writes are refused with 401 and WWW-Authenticate: Bearer', async () => {
  const writes = [
    ['POST', 'cities', { name: 'Anon', country: 'IT' }],
    ['PATCH', `cities/${A.id}`, { name: 'Anon' }],
    ['DELETE', `cities/${C.id}`],
    ['POST', 'organisations', { name: 'Anon' }],
    ['POST', 'networks', { name: 'Anon' }],
    ['PATCH', `networks/${N.id}`, { name: 'Anon' }],
    ['POST', 'memberships', { network_id: N.id, city_id: A.id }],
    ['POST', 'partnerships', { party_a: { city_id: A.id }, party_b: { city_id: B.id } }],
    ['POST', 'activities', { kind: 'aid', title: 'Anon' }],
    ['POST', 'countries', { code: 'XQ', name: 'Anon' }],
    ['POST', 'topics', { id: 'anon', scheme: 'icc', label: 'Anon' }],
    ['PATCH', 'settings', { dormant_after_years: 9 }],
    ['POST', 'users', { username: 'anon-user', password: 'anon-pass-1', role: 'admin' }],
    // signing in comes before the body is looked at: a bad body is still 401
    ['POST', 'cities', { nmae: 17 }],
    ['PATCH', `partnerships/999999`, { kind: 'nonsense' }],
  ];
  for (const [method, path, body] of writes) {
    const r = await s.req(method, P(path), { body });
    expectError(r, 401, { what: `${method} ${path}` });
    assert.match(r.headers.get('www-authenticate') || '', /^Bearer/i, `${method} ${path}: WWW-Authenticate`);
  }
  assert.equal((await list(s, P('cities?q=Anon'))).total, 0, 'nothing was written');
  assert.equal((await s.req('GET', P('settings'))).json.dormant_after_years, 3);
});

test('anonymous may read records but not users or sessions', async () => {
  for (const r of ['cities', 'countries', 'networks', 'memberships', 'partnerships', 'activities', 'organisations', 'topics']) {
    expectStatus(await s.req('GET', P(r)), 200, r);
  }
  expectStatus(await s.req('GET', P(`cities/${A.id}`)), 200);
  expectStatus(await s.req('GET', P(`networks/${N.id}/members`)), 200);
  expectError(await s.req('GET', P('users')), 401);
  expectError(await s.req('GET', P('sessions/current')), 401);
  expectError(await s.req('DELETE', P('sessions/current')), 401);
});

test('a bad, garbage or wrongly-schemed token is 401 even on a public GET', async () => {
  const tokens = ['0'.repeat(64), 'garbage', 'a b c', admin + 'x', admin.slice(0, -1)];
  for (const t of tokens) {
    const r = await s.req('GET', P('cities'), { token: t });
    expectError(r, 401, { what: `token ${t}` });
    assert.match(r.headers.get('www-authenticate') || '', /^Bearer/i);
  }
  for (const h of [`Basic ${Buffer.from('admin:admin-pass-1').toString('base64')}`, 'Bearer', 'Bearer ', `bearer-${admin}`]) {
    expectError(await s.req('GET', P('cities'), { headers: { authorization: h } }), 401, { what: `Authorization: ${h}` });
  }
  expectStatus(await s.req('GET', P('cities'), { token: admin }), 200, 'a good token still works');
});

test('users: only admins list and add them; passwords never come back', async () => {
  const l = await s.req('GET', P('users'), { token: admin });
  expectStatus(l, 200);
  assert.ok(l.json.items.length >= 3);
  for (const u of l.json.items) {
    assert.equal(u.password, undefined);
    assert.equal(u.pw_hash, undefined);
    assert.ok(!JSON.stringify(u).includes('argon2'), 'no hash');
  }
  expectError(await s.req('GET', P('users'), { token: officer }), 403);
  expectError(await s.req('GET', P('users'), { token: secretariat }), 403);
  expectError(await s.req('POST', P('users'), { token: officer, body: { username: 'sneaky', password: 'sneaky-pass-1', role: 'admin' } }), 403);
  expectError(await s.req('POST', P('users'), { token: secretariat, body: { username: 'sneaky', password: 'sneaky-pass-1', role: 'admin' } }), 403);
  const u = await create(s, admin, 'users', { username: 'temp.user', password: 'temp-user-pass', role: 'officer', city_id: B.id });
  assert.equal(u.password, undefined);
  // who may not see accounts does not learn that one exists
  expectError(await s.req('DELETE', P(`users/${u.id}`), { token: officer }), 404);
  expectStatus(await s.req('DELETE', P(`users/${u.id}`), { token: admin }), 204);
  expectError(await s.req('POST', P('sessions'), { body: { username: 'temp.user', password: 'temp-user-pass' } }), 401, { what: 'deleted user cannot sign in' });
});

test('only admins change countries, topics, settings, create networks, delete cities/organisations/networks', async () => {
  for (const t of [officer, secretariat]) {
    expectError(await s.req('POST', P('countries'), { token: t, body: { code: 'XQ', name: 'Q' } }), 403);
    expectError(await s.req('PATCH', P('countries/IT'), { token: t, body: { name: 'Q' } }), 403);
    expectError(await s.req('DELETE', P('countries/IT'), { token: t }), 403);
    expectError(await s.req('POST', P('topics'), { token: t, body: { id: 'q-topic', scheme: 'icc', label: 'Q' } }), 403);
    expectError(await s.req('PATCH', P('topics/sdg-11'), { token: t, body: { label: 'Q' } }), 403);
    expectError(await s.req('DELETE', P('topics/sdg-11'), { token: t }), 403);
    expectError(await s.req('PATCH', P('settings'), { token: t, body: { dormant_after_years: 9 } }), 403);
    expectError(await s.req('POST', P('networks'), { token: t, body: { name: 'Not allowed' } }), 403);
    expectError(await s.req('DELETE', P(`cities/${C.id}`), { token: t }), 403);
    expectError(await s.req('DELETE', P(`organisations/${orgA.id}`), { token: t }), 403);
    expectError(await s.req('DELETE', P(`networks/${N.id}`), { token: t }), 403);
  }
  expectStatus(await s.req('GET', P('countries/IT')), 200);
  assert.equal((await s.req('GET', P('countries/IT'))).json.name, 'Italy');
  assert.equal((await s.req('GET', P('settings'))).json.dormant_after_years, 3);
  expectStatus(await s.req('GET', P(`networks/${N.id}`)), 200);
});

test('any signed-in user may add cities and organisations', async () => {
  const c1 = await create(s, officer, 'cities', { name: 'Officer-added City', country: 'ES' });
  const c2 = await create(s, secretariat, 'cities', { name: 'Secretariat-added City', country: 'ES' });
  const o1 = await create(s, officer, 'organisations', { name: 'Officer-added Org', city_id: A.id });
  const o2 = await create(s, secretariat, 'organisations', { name: 'Secretariat-added Org' });
  assert.ok(c1.id && c2.id && o1.id && o2.id);
});

test('officer of A changes city A, not city B', async () => {
  const r = await s.req('PATCH', P(`cities/${A.id}`), { token: officer, body: { region: 'Emilia' } });
  expectStatus(r, 200);
  assert.equal(r.json.region, 'Emilia');
  expectError(await s.req('PATCH', P(`cities/${B.id}`), { token: officer, body: { region: 'X' } }), 403);
  assert.equal((await s.req('GET', P(`cities/${B.id}`))).json.region, null, 'B unchanged');
});

test('officer of A: partnerships of A yes, of others no, and cannot move one away from A', async () => {
  const ab = await create(s, officer, 'partnerships', { party_a: { city_id: A.id }, party_b: { city_id: B.id } });
  const ca = await create(s, officer, 'partnerships', { party_a: { city_id: C.id }, party_b: { city_id: A.id }, kind: 'friendship' });
  const ax = await create(s, officer, 'partnerships', { party_a: { country: 'BR' }, party_b: { city_id: A.id } });
  const bc = await create(s, admin, 'partnerships', { party_a: { city_id: B.id }, party_b: { city_id: C.id } });
  expectError(await s.req('POST', P('partnerships'), { token: officer, body: { party_a: { city_id: B.id }, party_b: { city_id: C.id }, kind: 'twinning' } }), 403);
  expectError(await s.req('POST', P('partnerships'), { token: officer, body: { party_a: { organisation_id: orgB.id }, party_b: { city_id: B.id } } }), 403);

  expectStatus(await s.req('PATCH', P(`partnerships/${ab.id}`), { token: officer, body: { note: 'mine' } }), 200);
  expectStatus(await s.req('PATCH', P(`partnerships/${ca.id}`), { token: officer, body: { note: 'mine too' } }), 200);
  expectError(await s.req('PATCH', P(`partnerships/${bc.id}`), { token: officer, body: { note: 'not mine' } }), 403);
  expectError(await s.req('DELETE', P(`partnerships/${bc.id}`), { token: officer }), 403);
  // moving A out of the partnership (A-B becomes C-B) is not allowed
  expectError(await s.req('PATCH', P(`partnerships/${ab.id}`), { token: officer, body: { party_a: { city_id: C.id } } }), 403);
  expectError(await s.req('PATCH', P(`partnerships/${ca.id}`), { token: officer, body: { party_b: { city_id: B.id } } }), 403);
  // moving another city's partnership onto A is not allowed either
  expectError(await s.req('PATCH', P(`partnerships/${bc.id}`), { token: officer, body: { party_a: { city_id: A.id } } }), 403);
  const abNow = (await s.req('GET', P(`partnerships/${ab.id}`))).json;
  assert.equal(abNow.party_a.city_id, A.id);
  assert.equal(abNow.party_b.city_id, B.id);
  assert.equal(abNow.note, 'mine');
  const bcNow = (await s.req('GET', P(`partnerships/${bc.id}`))).json;
  assert.equal(bcNow.party_a.city_id, B.id);
  assert.equal(bcNow.note, null);
  // changing the other party while keeping A is fine
  const moved = await s.req('PATCH', P(`partnerships/${ax.id}`), { token: officer, body: { party_a: { city_id: C.id } } });
  expectStatus(moved, 200);
  assert.equal(moved.json.party_a.city_id, C.id);
  expectStatus(await s.req('DELETE', P(`partnerships/${ax.id}`), { token: officer }), 204);
});

test('officer of A: activities hosted by or with A yes, of others no', async () => {
  const host = await create(s, officer, 'activities', { kind: 'workshop', title: 'Hosted by A', host_city_id: A.id });
  const part = await create(s, officer, 'activities', { kind: 'workshop', title: 'A takes part', host_city_id: B.id, city_ids: [A.id] });
  const other = await create(s, admin, 'activities', { kind: 'workshop', title: 'B and C', host_city_id: B.id, city_ids: [C.id] });
  expectError(await s.req('POST', P('activities'), { token: officer, body: { kind: 'aid', title: 'B only', host_city_id: B.id } }), 403);
  expectError(await s.req('POST', P('activities'), { token: officer, body: { kind: 'aid', title: 'nobody' } }), 403);
  expectStatus(await s.req('PATCH', P(`activities/${host.id}`), { token: officer, body: { outcome: 'good' } }), 200);
  expectStatus(await s.req('PATCH', P(`activities/${part.id}`), { token: officer, body: { outcome: 'good' } }), 200);
  expectError(await s.req('PATCH', P(`activities/${other.id}`), { token: officer, body: { outcome: 'bad' } }), 403);
  expectError(await s.req('DELETE', P(`activities/${other.id}`), { token: officer }), 403);
  // taking A out of an activity is moving it away
  expectError(await s.req('PATCH', P(`activities/${part.id}`), { token: officer, body: { city_ids: [C.id] } }), 403);
  expectError(await s.req('PATCH', P(`activities/${host.id}`), { token: officer, body: { host_city_id: B.id } }), 403, { what: 'moving the host away from A' });
  assert.equal((await s.req('GET', P(`activities/${host.id}`))).json.host_city_id, A.id);
  // adding A to another city's activity is not allowed
  expectError(await s.req('PATCH', P(`activities/${other.id}`), { token: officer, body: { city_ids: [C.id, A.id] } }), 403);
  assert.deepEqual((await s.req('GET', P(`activities/${other.id}`))).json.city_ids, [C.id]);
  assert.deepEqual((await s.req('GET', P(`activities/${part.id}`))).json.city_ids, [A.id]);
  expectStatus(await s.req('DELETE', P(`activities/${host.id}`), { token: officer }), 204);
});

test('officer of A: memberships of A and organisations based in A', async () => {
  const m = await create(s, officer, 'memberships', { network_id: M.id, city_id: A.id });
  expectError(await s.req('POST', P('memberships'), { token: officer, body: { network_id: M.id, city_id: B.id } }), 403);
  const mb = await create(s, admin, 'memberships', { network_id: M.id, city_id: B.id });
  expectStatus(await s.req('PATCH', P(`memberships/${m.id}`), { token: officer, body: { joined_year: 2001 } }), 200);
  expectError(await s.req('PATCH', P(`memberships/${mb.id}`), { token: officer, body: { joined_year: 2001 } }), 403);
  expectError(await s.req('PATCH', P(`memberships/${m.id}`), { token: officer, body: { city_id: B.id } }), 403, { what: 'moving a membership away from A' });
  expectError(await s.req('DELETE', P(`memberships/${mb.id}`), { token: officer }), 403);
  expectStatus(await s.req('DELETE', P(`memberships/${m.id}`), { token: officer }), 204);

  expectStatus(await s.req('PATCH', P(`organisations/${orgA.id}`), { token: officer, body: { description: 'ours' } }), 200);
  expectError(await s.req('PATCH', P(`organisations/${orgB.id}`), { token: officer, body: { description: 'theirs' } }), 403);
  expectError(await s.req('PATCH', P(`organisations/${orgA.id}`), { token: officer, body: { city_id: B.id } }), 403, { what: 'moving an organisation away from A' });
  assert.equal((await s.req('GET', P(`organisations/${orgA.id}`))).json.city_id, A.id);
  // an officer cannot change networks
  expectError(await s.req('PATCH', P(`networks/${N.id}`), { token: officer, body: { description: 'x' } }), 403);
});

test('secretariat of N: network N, its memberships and activities; not network M', async () => {
  const r = await s.req('PATCH', P(`networks/${N.id}`), { token: secretariat, body: { description: 'edited by N', thematic_groups: [{ name: 'G' }] } });
  expectStatus(r, 200);
  assert.equal(r.json.description, 'edited by N');
  expectError(await s.req('PATCH', P(`networks/${M.id}`), { token: secretariat, body: { description: 'x' } }), 403);
  assert.equal((await s.req('GET', P(`networks/${M.id}`))).json.description, null);

  const m = await create(s, secretariat, 'memberships', { network_id: N.id, city_id: B.id, joined_year: 2015 });
  expectStatus(await s.req('PATCH', P(`memberships/${m.id}`), { token: secretariat, body: { role: 'board' } }), 200);
  expectError(await s.req('POST', P('memberships'), { token: secretariat, body: { network_id: M.id, city_id: C.id } }), 403);
  const mm = await create(s, admin, 'memberships', { network_id: M.id, city_id: C.id });
  expectError(await s.req('PATCH', P(`memberships/${mm.id}`), { token: secretariat, body: { role: 'board' } }), 403);
  expectError(await s.req('PATCH', P(`memberships/${m.id}`), { token: secretariat, body: { network_id: M.id } }), 403, { what: 'moving a membership to M' });
  expectError(await s.req('DELETE', P(`memberships/${mm.id}`), { token: secretariat }), 403);

  const act = await create(s, secretariat, 'activities', { kind: 'conference', title: 'N conference', network_id: N.id });
  expectError(await s.req('POST', P('activities'), { token: secretariat, body: { kind: 'conference', title: 'M conf', network_id: M.id } }), 403);
  expectError(await s.req('POST', P('activities'), { token: secretariat, body: { kind: 'conference', title: 'no network' } }), 403);
  expectError(await s.req('PATCH', P(`activities/${act.id}`), { token: secretariat, body: { network_id: M.id } }), 403);
  expectStatus(await s.req('PATCH', P(`activities/${act.id}`), { token: secretariat, body: { outcome: 'ok' } }), 200);
  expectStatus(await s.req('DELETE', P(`activities/${act.id}`), { token: secretariat }), 204);

  // a secretariat does not change cities or partnerships
  expectError(await s.req('PATCH', P(`cities/${A.id}`), { token: secretariat, body: { region: 'x' } }), 403);
  expectError(await s.req('POST', P('partnerships'), { token: secretariat, body: { party_a: { city_id: A.id }, party_b: { city_id: C.id }, kind: 'sister_city' } }), 403);
  expectError(await s.req('PATCH', P(`organisations/${orgA.id}`), { token: secretariat, body: { description: 'x' } }), 403);
  expectStatus(await s.req('DELETE', P(`memberships/${m.id}`), { token: secretariat }), 204);
});

test('signing out revokes the token', async () => {
  const t = await s.login(OFFICER.username, OFFICER.password);
  expectStatus(await s.req('GET', P('sessions/current'), { token: t }), 200);
  expectStatus(await s.req('DELETE', P('sessions/current'), { token: t }), 204);
  expectError(await s.req('GET', P('sessions/current'), { token: t }), 401);
  expectError(await s.req('GET', P('cities'), { token: t }), 401);
  expectError(await s.req('PATCH', P(`cities/${A.id}`), { token: t, body: { region: 'x' } }), 401);
  expectError(await s.req('DELETE', P('sessions/current'), { token: t }), 401);
  // the other sessions of that user stay valid
  expectStatus(await s.req('GET', P('sessions/current'), { token: officer }), 200);
});

test('deleting a user revokes their tokens; session_ttl_hours sets the expiry', async () => {
  try {
    const r = await s.req('PATCH', P('settings'), { token: admin, body: { session_ttl_hours: 2 } });
    expectStatus(r, 200);
    assert.equal(r.json.session_ttl_hours, 2);
    const u = await create(s, admin, 'users', { username: 'short.lived', password: 'short-lived-pass', role: 'secretariat', network_id: M.id });
    const signIn = await s.req('POST', P('sessions'), { body: { username: 'short.lived', password: 'short-lived-pass' } });
    expectStatus(signIn, 201);
    const left = Date.parse(signIn.json.expires_at) - Date.now();
    assert.ok(left > 1.9 * 3600e3 && left <= 2 * 3600e3 + 60e3, `expires in about 2 hours: ${signIn.json.expires_at}`);
    const tok = signIn.json.token;
    expectStatus(await s.req('PATCH', P(`networks/${M.id}`), { token: tok, body: { acronym: 'M' } }), 200);
    expectStatus(await s.req('DELETE', P(`users/${u.id}`), { token: admin }), 204);
    expectError(await s.req('GET', P('sessions/current'), { token: tok }), 401);
    expectError(await s.req('PATCH', P(`networks/${M.id}`), { token: tok, body: { acronym: 'MM' } }), 401);
    assert.equal((await s.req('GET', P(`networks/${M.id}`))).json.acronym, 'M');
  } finally {
    expectStatus(await s.req('PATCH', P('settings'), { token: admin, body: { session_ttl_hours: 12 } }), 200);
  }
});

test('passwords never appear in any response', () => {
  assert.ok(seen.length > 50, 'responses were recorded');
  for (const pw of [ADMIN.password, OFFICER.password, SECRETARIAT.password, 'temp-user-pass']) {
    assert.ok(!seen.some((t) => t.includes(pw)), `password ${pw} leaked`);
  }
  assert.ok(!seen.some((t) => /"password"\s*:/.test(t)), 'a "password" member in a response');
  assert.ok(!seen.some((t) => t.includes('$argon2')), 'a password hash in a response');
});

// Last: it expires every session of this server.
test('an expired token is 401 even on a public GET', async (t) => {
  const tok = await s.login(SECRETARIAT.username, SECRETARIAT.password);
  expectStatus(await s.req('GET', P('cities'), { token: tok }), 200);
  if (!expireAllSessions(s.db)) { t.skip('the sqlite3 CLI is not available to expire a session'); return; }
  const r = await s.req('GET', P('cities'), { token: tok });
  expectError(r, 401);
  assert.match(r.headers.get('www-authenticate') || '', /^Bearer/i);
  expectError(await s.req('GET', P('sessions/current'), { token: tok }), 401);
  expectStatus(await s.req('GET', P('cities')), 200, 'anonymous still reads');
});

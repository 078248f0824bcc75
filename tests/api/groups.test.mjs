// Thematic groups and the cities in them, through the API and the CLI: a
// network's secretariat adds a group, member cities' officers join it, one
// leaves; the rights of every role; the network's PATCH of its groups,
// which keeps their members; a closed group; bad input naming its field;
// refused writes that leave the database as it was.
//
// SYNTHETIC TEST DATA: every city (Zgalpha, Zgbeta...), network, group and
// account here is invented and says nothing about real places or people.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cli } from './harness.mjs';
import { adminServer, create, expectStatus, expectError, list, API } from './helpers.mjs';

const P = (x) => `${API}/${x}`;
let s, admin;
let A, B, C, N, M;   // A and B are members of N; C of M only
const tok = {};      // oA, oB, oC: officers of A, B, C; sN, sM: secretariats of N, M

const USERS = [
  ['oA', 'officer', 'city_id', () => A.id],
  ['oB', 'officer', 'city_id', () => B.id],
  ['oC', 'officer', 'city_id', () => C.id],
  ['sN', 'secretariat', 'network_id', () => N.id],
  ['sM', 'secretariat', 'network_id', () => M.id],
];

before(async () => {
  ({ s, admin } = await adminServer());
  A = await create(s, admin, 'cities', { name: 'Zgalpha', country: 'IT' });
  B = await create(s, admin, 'cities', { name: 'Zgbeta', country: 'FR' });
  C = await create(s, admin, 'cities', { name: 'Zggamma', country: 'DE' });
  N = await create(s, admin, 'networks', { name: 'Zg Network N' });
  M = await create(s, admin, 'networks', { name: 'Zg Network M' });
  for (const [n, c] of [[N, A], [N, B], [M, C]]) await create(s, admin, 'memberships', { network_id: n.id, city_id: c.id });
  for (const [key, role, field, id] of USERS) {
    const username = `zg.${key}`, password = `zg-${key}-pass-1`;
    await create(s, admin, 'users', { username, password, role, [field]: id() });
    tok[key] = await s.login(username, password);
  }
});
after(async () => { await s?.stop(); });

const post = (path, token, body) => s.req('POST', P(path), { token, body });
const patch = (path, token, body) => s.req('PATCH', P(path), { token, body });
const del = (path, token) => s.req('DELETE', P(path), { token });
const get = async (path, token) => expectStatus(await s.req('GET', P(path), { token }), 200, `GET ${path}`).json;
const groupsOf = async (network, token) => (await get(`networks/${network.id}/groups`, token)).items;

// every table, as a digest: a refused write must leave it as it was
function digest() {
  const r = spawnSync('sqlite3', ['-readonly', s.db, '.dump'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(r.status, 0, r.stderr);
  return createHash('sha256').update(r.stdout.replace(/^INSERT INTO "?session"?.*$/gm, '')).digest('hex');
}

test('the whole life: the secretariat adds a group, two member cities join, one leaves', async () => {
  // the secretariat of N adds a group of N
  const r = await post('groups', tok.sN, { network_id: N.id, name: 'Zg Education', description: 'Schools that mix.' });
  expectStatus(r, 201);
  const g = r.json;
  assert.equal(g.network_id, N.id);
  assert.deepEqual(g.network, { id: N.id, name: N.name, acronym: null });
  assert.equal(g.status, 'active', 'a new group is active');
  assert.equal(g.member_count, 0);
  assert.deepEqual(g.members, []);
  assert.deepEqual(g.can, { update: true, delete: true, approve: false });

  // the network page: who may join
  const seen = async (token) => (await groupsOf(N, token)).find((x) => x.id === g.id);
  const mayAdd = async (token) => (await get(`networks/${N.id}/groups`, token)).can.create;
  assert.deepEqual([await mayAdd(tok.sN), await mayAdd(admin), await mayAdd(tok.sM), await mayAdd(tok.oA), await mayAdd()],
    [true, true, false, false, false], 'who may add a group to N');
  assert.deepEqual((await seen(tok.oA)).can, { update: false, delete: false, approve: false, join: true, leave: false });
  assert.deepEqual((await seen(tok.oB)).can, { update: false, delete: false, approve: false, join: true, leave: false });
  assert.equal((await seen(tok.oC)).can.join, false, 'a city of another network may not join');
  assert.equal((await seen(undefined)).can.join, false, 'a visitor may not join');
  assert.deepEqual((await seen(tok.sN)).can, { update: true, delete: true, approve: false, join: false, leave: false });
  assert.deepEqual((await seen(tok.sM)).can, { update: false, delete: false, approve: false, join: false, leave: false });
  assert.deepEqual((await seen(admin)).can, { update: true, delete: true, approve: false, join: false, leave: false }, 'an admin has no city to join with');

  // two officers join
  const ja = await post('group-members', tok.oA, { group_id: g.id, city_id: A.id });
  expectStatus(ja, 201);
  assert.equal(ja.json.network_id, N.id, 'the group\'s network, taken from the group');
  assert.deepEqual(ja.json.group, { id: g.id, name: 'Zg Education', status: 'active' });
  assert.deepEqual(ja.json.city, { id: A.id, name: 'Zgalpha', country: 'IT' });
  assert.ok(!Number.isNaN(Date.parse(ja.json.joined_at)), 'joined_at is a time');
  assert.deepEqual(ja.json.can, { update: false, delete: true });
  const jb = expectStatus(await post('group-members', tok.oB, { group_id: g.id, city_id: B.id }), 201).json;

  const now = await get(`groups/${g.id}`);
  assert.equal(now.member_count, 2);
  assert.deepEqual(now.members.map((m) => [m.id, m.name, m.member_id]), [[A.id, 'Zgalpha', ja.json.id], [B.id, 'Zgbeta', jb.id]]);
  assert.equal(now.members[0].can, undefined, 'a member\'s can is on the network\'s page only');
  const mine = await seen(tok.oA);
  assert.deepEqual([mine.can.join, mine.can.leave], [false, true], 'in it: leave, not join');
  assert.deepEqual(mine.members.map((m) => m.can.delete), [true, false], 'an officer takes out its own city only');
  assert.deepEqual((await seen(tok.sN)).members.map((m) => m.can.delete), [true, true], 'the secretariat takes out anyone');
  assert.deepEqual((await seen(undefined)).members.map((m) => m.can.delete), [false, false]);

  // the network's reply counts them
  const net = await get(`networks/${N.id}`);
  assert.deepEqual(net.thematic_groups.find((x) => x.id === g.id), {
    id: g.id, name: 'Zg Education', status: 'active', description: 'Schools that mix.', member_count: 2 });

  // filters
  const ids = async (q) => (await list(s, `groups?${q}`)).items.map((x) => x.id);
  assert.deepEqual(await ids(`city=${A.id}`), [g.id], 'the groups of a city');
  assert.deepEqual(await ids(`city=${C.id}`), []);
  assert.deepEqual(await ids(`network=${N.id}&status=active&q=educ`), [g.id]);
  assert.deepEqual(await ids(`network=${M.id}`), []);
  assert.deepEqual((await list(s, `group-members?group=${g.id}`)).items.map((m) => m.city.name), ['Zgalpha', 'Zgbeta']);
  assert.deepEqual((await list(s, `group-members?city=${B.id}`)).items.map((m) => m.id), [jb.id]);
  assert.equal((await list(s, `group-members?network=${M.id}`)).total, 0);

  // one leaves: B's officer deletes B's record
  expectError(await del(`group-members/${jb.id}`, tok.oA), 403, { what: 'A may not take B out' });
  expectError(await del(`group-members/${jb.id}`, tok.sM), 403, { what: 'another network\'s secretariat' });
  expectError(await del(`group-members/${jb.id}`), 401);
  expectStatus(await del(`group-members/${jb.id}`, tok.oB), 204);
  expectError(await s.req('GET', P(`group-members/${jb.id}`)), 404);
  const after = await get(`groups/${g.id}`);
  assert.deepEqual(after.members.map((m) => m.name), ['Zgalpha']);
  assert.equal(after.member_count, 1);
  assert.deepEqual([(await seen(tok.oB)).can.join, (await seen(tok.oB)).can.leave], [true, false], 'B may join again');

  // the secretariat takes A out, and the admin puts it back
  expectStatus(await del(`group-members/${ja.json.id}`, tok.sN), 204);
  expectStatus(await post('group-members', admin, { group_id: g.id, city_id: A.id }), 201);
  expectStatus(await post('group-members', tok.sN, { group_id: g.id, city_id: B.id }), 201, 'the secretariat adds a member city');
  assert.equal((await get(`groups/${g.id}`)).member_count, 2);
});

test('rights: who may add, change and delete groups, and put cities in them', async () => {
  const g = await create(s, tok.sN, 'groups', { network_id: N.id, name: 'Zg Rights' });
  const body = { network_id: N.id, name: 'Zg Refused' };
  expectError(await post('groups', undefined, body), 401);
  expectError(await post('groups', tok.oA, body), 403, { what: 'an officer adds no group' });
  expectError(await post('groups', tok.sM, body), 403, { what: 'another network\'s secretariat adds no group to N' });
  expectError(await patch(`groups/${g.id}`, tok.oA, { description: 'x' }), 403);
  expectError(await patch(`groups/${g.id}`, tok.sM, { description: 'x' }), 403);
  expectError(await patch(`groups/${g.id}`, undefined, { description: 'x' }), 401);
  expectError(await patch(`groups/${g.id}`, tok.sN, { network_id: M.id }), 403, { what: 'N may not hand its group to M' });
  expectError(await del(`groups/${g.id}`, tok.oA), 403);
  expectError(await del(`groups/${g.id}`, tok.sM), 403);
  expectStatus(await patch(`groups/${g.id}`, tok.sN, { description: 'Kept up by N', status: 'proposed' }), 200);

  // joining: a city of another network cannot, in words; nor for another city
  const e = expectError(await post('group-members', tok.oC, { group_id: g.id, city_id: C.id }), 422, { field: 'city_id' });
  assert.match(e.message, /Zggamma is not a current member of Zg Network N/);
  expectError(await post('group-members', tok.oA, { group_id: g.id, city_id: B.id }), 403, { what: 'A joins for B' });
  expectError(await post('group-members', tok.sM, { group_id: g.id, city_id: A.id }), 403, { what: 'M puts A in N\'s group' });
  expectError(await post('group-members', undefined, { group_id: g.id, city_id: A.id }), 401);
  expectError(await post('group-members', tok.sN, { group_id: g.id, city_id: C.id }), 422, { field: 'city_id', what: 'not a member of N' });
  // a city that has left the network joins no more
  const left = await create(s, admin, 'cities', { name: 'Zgdelta', country: 'ES' });
  await create(s, admin, 'memberships', { network_id: N.id, city_id: left.id, joined_year: 2001, left_year: 2010 });
  expectError(await post('group-members', admin, { group_id: g.id, city_id: left.id }), 422, { field: 'city_id' });

  // a member twice
  expectStatus(await post('group-members', tok.oA, { group_id: g.id, city_id: A.id }), 201);
  expectError(await post('group-members', tok.oA, { group_id: g.id, city_id: A.id }), 409, { field: 'city_id' });

  // the admin may move a group: its members follow it (their network is the group's)
  const moved = expectStatus(await patch(`groups/${g.id}`, admin, { network_id: M.id }), 200).json;
  assert.equal(moved.network.id, M.id);
  const m = (await list(s, `group-members?group=${g.id}`)).items;
  assert.deepEqual(m.map((x) => x.network_id), [M.id]);
  expectStatus(await del(`group-members/${m[0].id}`, tok.sM), 204, 'now M\'s secretariat looks after it');
  expectStatus(await del(`groups/${g.id}`, tok.sM), 204);
});

test('a closed group takes no new members, and keeps those it has', async () => {
  const g = await create(s, tok.sN, 'groups', { network_id: N.id, name: 'Zg Closing', status: 'active' });
  await create(s, tok.oA, 'group-members', { group_id: g.id, city_id: A.id });
  const closed = expectStatus(await patch(`groups/${g.id}`, tok.sN, { status: 'closed' }), 200).json;
  assert.equal(closed.member_count, 1, 'its members stay');
  const e = expectError(await post('group-members', tok.oB, { group_id: g.id, city_id: B.id }), 409, { field: 'status' });
  assert.match(e.message, /closed/);
  expectError(await post('group-members', admin, { group_id: g.id, city_id: B.id }), 409, { field: 'status' });
  const seen = (await groupsOf(N, tok.oB)).find((x) => x.id === g.id);
  assert.equal(seen.can.join, false, 'no Join on a closed group');
  // leaving a closed group is still possible
  const mine = (await groupsOf(N, tok.oA)).find((x) => x.id === g.id);
  assert.equal(mine.can.leave, true);
  expectStatus(await del(`group-members/${mine.members[0].member_id}`, tok.oA), 204);
  // a proposed group takes members
  expectStatus(await patch(`groups/${g.id}`, tok.sN, { status: 'proposed' }), 200);
  expectStatus(await post('group-members', tok.oB, { group_id: g.id, city_id: B.id }), 201);
});

test('the network\'s PATCH of thematic_groups keeps the members of the groups it names', async () => {
  const n = await create(s, admin, 'networks', {
    name: 'Zg Network P', thematic_groups: [{ name: 'Keep', status: 'proposed', description: 'kept' }, { name: 'Drop' }],
  });
  await create(s, admin, 'memberships', { network_id: n.id, city_id: A.id });
  const sec = { username: 'zg.sP', password: 'zg-sP-pass-1' };
  await create(s, admin, 'users', { ...sec, role: 'secretariat', network_id: n.id });
  const sP = await s.login(sec.username, sec.password);
  const [keep, drop] = ['Keep', 'Drop'].map((name) => n.thematic_groups.find((x) => x.name === name));
  assert.ok(Number.isInteger(keep.id) && Number.isInteger(drop.id), 'the items have their ids');
  const inKeep = await create(s, tok.oA, 'group-members', { group_id: keep.id, city_id: A.id });
  const inDrop = await create(s, tok.oA, 'group-members', { group_id: drop.id, city_id: A.id });

  // named again (status left out), one new, one left out
  const p = expectStatus(await patch(`networks/${n.id}`, sP, {
    thematic_groups: [{ name: 'Keep', description: 'still here' }, { name: 'New', status: 'proposed' }],
  }), 200).json;
  assert.deepEqual(p.thematic_groups.map((x) => [x.name, x.status, x.description, x.member_count]),
    [['Keep', 'proposed', 'still here', 1], ['New', 'proposed', null, 0]]);
  assert.equal(p.thematic_groups[0].id, keep.id, 'the same group, not a new one');
  expectStatus(await s.req('GET', P(`group-members/${inKeep.id}`)), 200, 'its member stays');
  expectError(await s.req('GET', P(`group-members/${inDrop.id}`)), 404, { what: 'the dropped group\'s members went with it' });
  expectError(await s.req('GET', P(`groups/${drop.id}`)), 404);

  // a status named changes it; a description null clears it
  const p2 = expectStatus(await patch(`networks/${n.id}`, sP, {
    thematic_groups: [{ name: 'Keep', status: 'closed', description: null }, { name: 'New' }],
  }), 200).json;
  assert.deepEqual(p2.thematic_groups.map((x) => [x.name, x.status, x.description]), [['Keep', 'closed', null], ['New', 'proposed', null]]);

  // a PATCH without the list leaves the groups alone; an empty list deletes them all
  expectStatus(await patch(`networks/${n.id}`, sP, { description: 'groups untouched' }), 200);
  assert.equal((await get(`groups/${keep.id}`)).member_count, 1);
  assert.deepEqual(expectStatus(await patch(`networks/${n.id}`, sP, { thematic_groups: [] }), 200).json.thematic_groups, []);
  expectError(await s.req('GET', P(`group-members/${inKeep.id}`)), 404);
  // another network's secretariat changes none of it
  expectError(await patch(`networks/${n.id}`, tok.sN, { thematic_groups: [{ name: 'Mine' }] }), 403);
});

test('bad input is refused naming the field, and nothing is half written', async () => {
  const g = await create(s, tok.sN, 'groups', { network_id: N.id, name: 'Zg Valid' });
  const before = digest();
  const cases = [
    ['groups', tok.sN, {}, 422, 'network_id'],
    ['groups', tok.sN, { network_id: N.id }, 422, 'name'],
    ['groups', tok.sN, { network_id: N.id, name: '   ' }, 422, 'name'],
    ['groups', tok.sN, { network_id: N.id, name: 'x'.repeat(201) }, 422, 'name'],
    ['groups', tok.sN, { network_id: N.id, name: 'Zg Bad', status: 'open' }, 422, 'status'],
    ['groups', tok.sN, { network_id: 999999, name: 'Zg Bad' }, 422, 'network_id'],
    ['groups', tok.sN, { network_id: 'N', name: 'Zg Bad' }, 422, 'network_id'],
    ['groups', tok.sN, { network_id: N.id, name: 'Zg Bad', colour: 'red' }, 422, 'colour'],
    ['groups', tok.sN, { network_id: N.id, name: 'Zg Bad', member_count: 3 }, 422, 'member_count'],
    ['groups', tok.sN, { network_id: N.id, name: 'Zg Valid' }, 409, 'name'],
    ['group-members', tok.oA, {}, 422, 'group_id'],
    ['group-members', tok.oA, { group_id: g.id }, 422, 'city_id'],
    ['group-members', tok.oA, { group_id: 999999, city_id: A.id }, 422, 'group_id'],
    ['group-members', admin, { group_id: g.id, city_id: 999999 }, 422, 'city_id'],
    ['group-members', tok.oA, { group_id: g.id, city_id: A.id, network_id: N.id }, 422, 'network_id'],
    ['group-members', tok.oA, { group_id: g.id, city_id: A.id, joined_at: '2020-01-01' }, 422, 'joined_at'],
    ['group-members', tok.oA, { group_id: -1, city_id: A.id }, 422, 'group_id'],
  ];
  for (const [path, token, body, status, field] of cases) {
    expectError(await post(path, token, body), status, { field, what: `POST ${path} ${JSON.stringify(body).slice(0, 80)}` });
  }
  expectError(await patch(`groups/${g.id}`, tok.sN, { status: 'finished' }), 422, { field: 'status' });
  expectError(await patch(`groups/${g.id}`, tok.sN, { name: null }), 422, { field: 'name' });
  expectError(await patch(`groups/999999`, tok.sN, { description: 'x' }), 404);
  expectError(await del('groups/999999', tok.sN), 404);
  expectError(await del('group-members/999999', tok.sN), 404);
  expectError(await s.req('GET', P('groups?status=open')), 400, { field: 'status' });
  expectError(await s.req('GET', P('groups?network=abc')), 400, { field: 'network' });
  expectError(await s.req('GET', P('networks/999999/groups')), 404);
  const r = await patch('group-members/1', tok.sN, {});
  assert.equal(r.status, 405, 'a city\'s place in a group is not changed: it leaves and joins again');
  // the network's PATCH: a duplicate name and a bad office, the groups as they were
  expectError(await patch(`networks/${N.id}`, tok.sN, { thematic_groups: [{ name: 'a' }, { name: 'a' }] }), 422, { field: 'thematic_groups[1].name' });
  expectError(await patch(`networks/${N.id}`, tok.sN, { thematic_groups: [], regional_offices: [{ city_id: 999999 }] }), 422);
  expectError(await patch(`networks/${N.id}`, tok.sN, { thematic_groups: [{ name: 'x', id: 3 }] }), 422, { field: 'thematic_groups[0].id' });
  assert.equal(digest(), before, 'the refused writes changed nothing');
  assert.ok((await get(`networks/${N.id}`)).thematic_groups.some((x) => x.name === 'Zg Valid'));
});

test('the command line: amity group and amity group-member', async () => {
  const run = (args) => {
    const r = cli(s.db, args);
    assert.equal(r.status, 0, `amity ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  const out = run(['group', 'add', '--network-id', String(N.id), '--name', 'Zg CLI group', '--status', 'proposed', '--json']);
  const g = JSON.parse(out);
  assert.equal(g.status, 'proposed');
  const m = JSON.parse(run(['group-member', 'add', '--group-id', String(g.id), '--city-id', String(B.id), '--json']));
  assert.equal(m.network_id, N.id);
  assert.match(run(['group', 'list', '--network', String(N.id)]), /Zg CLI group/);
  assert.match(run(['group-member', 'list', '--group', String(g.id)]), /Zgbeta/);
  const refused = cli(s.db, ['group-member', 'add', '--group-id', String(g.id), '--city-id', String(C.id)]);
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /city_id: Zggamma is not a current member of Zg Network N/);
  assert.match(run(['group-member', 'delete', String(m.id)]), /deleted group-member/);
  assert.match(run(['group', 'delete', String(g.id)]), /deleted group/);
  assert.match(run(['group', '--help']), /--network-id/);
});

test('a member city proposes a group, the secretariat approves it; events and practices show on it', async () => {
  // an officer proposes for its own city, in a network it is a member of
  const r = await post('groups', tok.oA, { network_id: N.id, name: 'Zg Proposed', proposed_by_city_id: A.id });
  expectStatus(r, 201);
  const g = r.json;
  assert.equal(g.status, 'proposed', 'a proposal waits for the secretariat');
  assert.deepEqual(g.proposed_by, { id: A.id, name: 'Zgalpha', country: 'IT' });
  assert.deepEqual(g.members.map((m) => m.name), ['Zgalpha'], 'the proposing city is its first member');
  assert.ok(g.created_at);
  assert.equal(g.can.approve, false, 'the proposer does not approve its own proposal');
  assert.equal(g.can.update, true, 'the proposer may still change its proposal');
  // what the proposer may not do: approve it, make it active, propose for another city or network
  const before = digest();
  expectError(await post(`groups/${g.id}/approve`, tok.oA, {}), 403);
  expectError(await patch(`groups/${g.id}`, tok.oA, { status: 'active' }), 403, { field: 'status' });
  expectError(await post('groups', tok.oA, { network_id: N.id, name: 'Zg For B', proposed_by_city_id: B.id }), 403);
  expectError(await post('groups', tok.oA, { network_id: N.id, name: 'Zg Active', proposed_by_city_id: A.id, status: 'active' }), 403, { field: 'status' });
  expectError(await post('groups', tok.oC, { network_id: N.id, name: 'Zg Not member', proposed_by_city_id: C.id }), 403);
  expectError(await post(`groups/${g.id}/approve`, tok.sM, {}), 403);
  assert.equal(digest(), before, 'refused proposals changed nothing');
  // the secretariat approves; then the proposer changes it no more
  const ok = expectStatus(await post(`groups/${g.id}/approve`, tok.sN, {}), 200).json;
  assert.equal(ok.status, 'active');
  assert.equal(ok.can.approve, false);
  expectError(await post(`groups/${g.id}/approve`, tok.sN, {}), 409, { field: 'status' });
  expectError(await patch(`groups/${g.id}`, tok.oA, { description: 'mine still?' }), 409, { field: 'status' });
  // an activity and a published practice tagged to it are on its record
  const ev = await create(s, tok.sN, 'activities', { kind: 'workshop', title: 'Zg Workshop', network_id: N.id, group_id: g.id,
    time_zone: 'Europe/Rome', starts_at: '2031-03-10T09:00', ends_at: '2031-03-10T17:00' });
  const pr = await create(s, tok.oA, 'practices', { title: 'Zg practice', city_id: A.id, network_id: N.id, group_id: g.id, summary: 'A test practice.' });
  expectStatus(await post(`practices/${pr.id}/submit`, tok.oA, {}), 200);
  let read = await get(`groups/${g.id}`);
  assert.deepEqual(read.events.map((e) => e.title), ['Zg Workshop']);
  assert.deepEqual(read.practices, [], 'a practice shows once published');
  expectStatus(await post(`practices/${pr.id}/publish`, tok.sN, {}), 200);
  read = await get(`groups/${g.id}`);
  assert.deepEqual(read.practices.map((p) => [p.id, p.title, p.city]), [[pr.id, 'Zg practice', 'Zgalpha']]);
  assert.equal(read.events[0].id, ev.id);
  // a group of another network is refused, naming the field
  const other = await create(s, tok.sM, 'groups', { network_id: M.id, name: 'Zg M group' });
  expectError(await post('activities', tok.sN, { kind: 'workshop', title: 'Zg wrong group', network_id: N.id, group_id: other.id }), 422, { field: 'group_id' });
  expectError(await patch(`practices/${pr.id}`, admin, { group_id: other.id }), 422, { field: 'group_id' });
});

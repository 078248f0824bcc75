// Partnership health: active, dormant, unknown, proposed, ended, and the
// dormant_after_years setting.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { adminServer, create, expectStatus, expectError, list, yearsAgo, today, API } from './helpers.mjs';

let s, admin, A, B, C, D;
const P = (x) => `${API}/${x}`;
const health = async (id) => expectStatus(await s.req('GET', P(`partnerships/${id}`)), 200).json.health;
const setYears = async (n) => {
  const r = await s.req('PATCH', P('settings'), { token: admin, body: { dormant_after_years: n } });
  expectStatus(r, 200);
  assert.equal(r.json.dormant_after_years, n);
};
const ids = async (query) => (await list(s, P(`partnerships?${query}&limit=500`))).items.map((p) => p.id);

before(async () => {
  ({ s, admin } = await adminServer());
  A = await create(s, admin, 'cities', { name: 'Health A', country: 'IT' });
  B = await create(s, admin, 'cities', { name: 'Health B', country: 'FR' });
  C = await create(s, admin, 'cities', { name: 'Health C', country: 'DE' });
  D = await create(s, admin, 'cities', { name: 'Health D', country: 'ES' });
});
after(async () => { await s?.stop(); });

test('the default dormant_after_years is 3', async () => {
  const r = await s.req('GET', P('settings'), { token: admin });
  expectStatus(r, 200);
  assert.equal(r.json.dormant_after_years, 3);
});

test('signed 10 years ago with no activity: dormant; an activity this year makes it active', async () => {
  const signed = yearsAgo(10);
  const p = await create(s, admin, 'partnerships', { party_a: { city_id: A.id }, party_b: { city_id: B.id }, kind: 'twinning', signed_date: signed });
  assert.equal(p.health.state, 'dormant', 'in the POST answer');
  assert.equal(p.health.dormant_after_years, 3);
  assert.ok(p.health.last_activity === null || p.health.last_activity === signed, `last_activity ${p.health.last_activity}`);
  assert.equal((await health(p.id)).state, 'dormant');
  assert.ok((await ids('health=dormant')).includes(p.id), 'listed as dormant');
  assert.ok(!(await ids('health=active')).includes(p.id));
  const detail = (await s.req('GET', P(`cities/${A.id}`))).json;
  assert.equal(detail.partnerships.find((x) => x.id === p.id).health.state, 'dormant', 'in the city detail');

  // an activity 5 years ago (still longer than 3): still dormant, but it is the last activity
  const old = await create(s, admin, 'activities', { kind: 'delegation_visit', title: 'Old visit', start_date: yearsAgo(5), partnership_id: p.id });
  let h = await health(p.id);
  assert.equal(h.state, 'dormant');
  assert.equal(h.last_activity, yearsAgo(5));

  // an activity today: active
  const now = await create(s, admin, 'activities', { kind: 'cultural_exchange', title: 'This year', start_date: today(), partnership_id: p.id });
  h = await health(p.id);
  assert.equal(h.state, 'active');
  assert.equal(h.last_activity, today());
  assert.ok((await ids('health=active')).includes(p.id), 'listed as active');
  assert.ok(!(await ids('health=dormant')).includes(p.id));
  assert.equal((await s.req('GET', P(`partnerships/${p.id}`))).json.activity_count, 2);

  // unlink the recent activity: dormant again; link it again: active
  expectStatus(await s.req('PATCH', P(`activities/${now.id}`), { token: admin, body: { partnership_id: null } }), 200);
  assert.equal((await health(p.id)).state, 'dormant');
  expectStatus(await s.req('PATCH', P(`activities/${now.id}`), { token: admin, body: { partnership_id: p.id } }), 200);
  assert.equal((await health(p.id)).state, 'active');
  // delete it: dormant again
  expectStatus(await s.req('DELETE', P(`activities/${now.id}`), { token: admin }), 204);
  assert.equal((await health(p.id)).state, 'dormant');
  assert.equal((await health(p.id)).last_activity, yearsAgo(5));
  expectStatus(await s.req('DELETE', P(`activities/${old.id}`), { token: admin }), 204);
});

test('an activity of another partnership does not count', async () => {
  const p = await create(s, admin, 'partnerships', { party_a: { city_id: A.id }, party_b: { city_id: C.id }, signed_date: yearsAgo(8) });
  const q = await create(s, admin, 'partnerships', { party_a: { city_id: A.id }, party_b: { city_id: D.id }, signed_date: yearsAgo(8) });
  await create(s, admin, 'activities', { kind: 'workshop', title: 'For q', start_date: today(), partnership_id: q.id, host_city_id: A.id, city_ids: [C.id] });
  assert.equal((await health(p.id)).state, 'dormant', 'not linked by partnership_id');
  assert.equal((await health(q.id)).state, 'active');
});

test('recently signed without activity: active', async () => {
  const p = await create(s, admin, 'partnerships', { party_a: { city_id: B.id }, party_b: { city_id: C.id }, signed_date: yearsAgo(1) });
  assert.equal(p.health.state, 'active');
  const y = await create(s, admin, 'partnerships', { party_a: { city_id: B.id }, party_b: { city_id: D.id }, signed_date: String(new Date().getUTCFullYear()) });
  assert.equal(y.health.state, 'active', 'a year-only date this year');
});

test('dormant_after_years: 20 makes the old one active, 1 makes a 2-year-old one dormant', async () => {
  const old = await create(s, admin, 'partnerships', { party_a: { city_id: C.id }, party_b: { city_id: D.id }, signed_date: yearsAgo(10) });
  const two = await create(s, admin, 'partnerships', { party_a: { city_id: C.id }, party_b: { country: 'PT' }, signed_date: yearsAgo(2) });
  assert.equal(old.health.state, 'dormant');
  assert.equal(two.health.state, 'active');
  try {
    await setYears(20);
    let h = await health(old.id);
    assert.equal(h.state, 'active');
    assert.equal(h.dormant_after_years, 20);
    assert.ok((await ids('health=active')).includes(old.id));
    assert.ok(!(await ids('health=dormant')).includes(old.id));
    await setYears(1);
    h = await health(two.id);
    assert.equal(h.state, 'dormant');
    assert.equal(h.dormant_after_years, 1);
    assert.ok((await ids('health=dormant')).includes(two.id));
    expectError(await s.req('PATCH', P('settings'), { token: admin, body: { dormant_after_years: 0 } }), 422, { field: 'dormant_after_years' });
    assert.equal((await s.req('GET', P('settings'))).json.dormant_after_years, 1, 'a refused change changes nothing');
  } finally {
    await setYears(3);
  }
  assert.equal((await health(old.id)).state, 'dormant');
  assert.equal((await health(two.id)).state, 'active');
});

test('status ended gives ended, proposed gives proposed, whatever the dates', async () => {
  const e = await create(s, admin, 'partnerships', { party_a: { city_id: A.id }, party_b: { country: 'BR' }, status: 'ended', signed_date: yearsAgo(10), ended_date: yearsAgo(2) });
  assert.equal(e.health.state, 'ended');
  const e2 = await create(s, admin, 'partnerships', { party_a: { city_id: A.id }, party_b: { country: 'AR' }, status: 'ended', signed_date: yearsAgo(1) });
  await create(s, admin, 'activities', { kind: 'aid', title: 'After the end', start_date: today(), partnership_id: e2.id });
  assert.equal((await health(e2.id)).state, 'ended', 'an activity does not revive an ended partnership');
  const pr = await create(s, admin, 'partnerships', { party_a: { city_id: B.id }, party_b: { country: 'AR' }, status: 'proposed' });
  assert.equal(pr.health.state, 'proposed');
  const pr2 = await create(s, admin, 'partnerships', { party_a: { city_id: B.id }, party_b: { country: 'CL' }, status: 'proposed', signed_date: yearsAgo(10) });
  assert.equal(pr2.health.state, 'proposed');
  assert.ok((await ids('health=ended')).includes(e.id));
  assert.ok((await ids('health=proposed')).includes(pr.id));
  // changing the status changes the health
  const back = await s.req('PATCH', P(`partnerships/${e.id}`), { token: admin, body: { status: 'active', ended_date: null } });
  expectStatus(back, 200);
  assert.equal(back.json.health.state, 'dormant', 'active again, signed 10 years ago, no activity');
  const end = await s.req('PATCH', P(`partnerships/${pr.id}`), { token: admin, body: { status: 'ended' } });
  assert.equal(end.json.health.state, 'ended');
});

test('no dates and no activity: unknown; a dated activity makes it known', async () => {
  const p = await create(s, admin, 'partnerships', { party_a: { city_id: D.id }, party_b: { country: 'MX' } });
  assert.equal(p.health.state, 'unknown');
  assert.equal(p.health.last_activity, null);
  const signedStatus = await create(s, admin, 'partnerships', { party_a: { city_id: D.id }, party_b: { country: 'PE' }, status: 'signed' });
  assert.equal(signedStatus.health.state, 'unknown');
  assert.ok((await ids('health=unknown')).includes(p.id));
  // an undated activity tells nothing
  await create(s, admin, 'activities', { kind: 'aid', title: 'Undated', partnership_id: p.id });
  assert.equal((await health(p.id)).state, 'unknown');
  await create(s, admin, 'activities', { kind: 'aid', title: 'Dated', start_date: yearsAgo(7), partnership_id: p.id });
  assert.equal((await health(p.id)).state, 'dormant');
  await create(s, admin, 'activities', { kind: 'aid', title: 'Recent', start_date: `${new Date().getUTCFullYear()}`, partnership_id: p.id });
  assert.equal((await health(p.id)).state, 'active');
});

// Registration for events: places and a waiting list that hold under 50
// concurrent registrations for 20 places, the registration window, a
// delegate registered twice, who sees the delegates, a cancellation giving
// the first waiting their place, attendance afterwards.
//
// SYNTHETIC TEST DATA: the network, cities, accounts, events and delegates
// are invented for the test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { adminServer, create, expectStatus, expectError, API } from './helpers.mjs';

const P = (x) => `${API}/${x}`;
let s, admin, N, A, B, C, event;
const tok = {};
const today = new Date().toISOString().slice(0, 10);
const day = (n) => new Date(Date.now() + n * 86400000).toISOString().slice(0, 10);

before(async () => {
  ({ s, admin } = await adminServer());
  N = await create(s, admin, 'networks', { name: 'Events Network' });
  A = await create(s, admin, 'cities', { name: 'Hostburg', country: 'IR' });
  B = await create(s, admin, 'cities', { name: 'Guestville', country: 'KR' });
  C = await create(s, admin, 'cities', { name: 'Thirdtown', country: 'TR' });
  for (const c of [A, B, C]) await create(s, admin, 'memberships', { network_id: N.id, city_id: c.id });
  for (const [name, role, scope] of [['secN', 'secretariat', { network_id: N.id }], ['offB', 'officer', { city_id: B.id }], ['offC', 'officer', { city_id: C.id }]]) {
    await create(s, admin, 'users', { username: name, password: `${name}-pass-1`, role, ...scope });
    tok[name] = await s.login(name, `${name}-pass-1`);
  }
  event = await create(s, tok.secN, 'activities', {
    kind: 'workshop', title: 'Workshop on smart mobility (synthetic)', network_id: N.id, city_ids: [A.id],
    time_zone: 'Asia/Tehran', starts_at: '2027-05-10T09:00', ends_at: '2027-05-10T17:00', venue: 'Hostburg (synthetic)',
    capacity: 20, registration_opens: day(-1), registration_closes: day(30),
  });
});
after(async () => { await s?.stop(); });

test('50 concurrent registrations for 20 places: exactly 20 confirmed, 30 waiting in order', async () => {
  const tries = await Promise.all(Array.from({ length: 50 }, (_, i) => s.req('POST', P('registrations'), {
    token: tok.offB, body: { activity_id: event.id, city_id: B.id, delegate_name: `Delegate ${String(i).padStart(2, '0')} (synthetic)` },
  })));
  for (const r of tries) expectStatus(r, 201);
  const statuses = tries.map((r) => r.json.status);
  assert.equal(statuses.filter((x) => x === 'confirmed').length, 20);
  assert.equal(statuses.filter((x) => x === 'waitlisted').length, 30);
  const places = expectStatus(await s.req('GET', P(`activities/${event.id}/places`)), 200).json;
  assert.deepEqual(places, { capacity: 20, confirmed: 20, waitlisted: 30, left: 0, open: true });
  const waiting = tries.filter((r) => r.json.status === 'waitlisted').map((r) => r.json).sort((a, b) => a.id - b.id);
  assert.deepEqual(waiting.map((x) => x.place), Array.from({ length: 30 }, (_, i) => i + 1), 'in the order they came');
});

test('refusals name the field and write nothing: twice, outside the window, not an event, not its city', async () => {
  const before = (await s.req('GET', P(`registrations?activity=${event.id}&limit=500`), { token: tok.secN })).json.total;
  const body = { activity_id: event.id, city_id: B.id, delegate_name: 'Delegate 07 (synthetic)' };
  expectError(await s.req('POST', P('registrations'), { token: tok.offB, body }), 409, { field: 'delegate_name' });
  expectError(await s.req('POST', P('registrations'), { token: tok.offB, body: { ...body, delegate_name: 'delegate 07  (SYNTHETIC)' } }), 409, { field: 'delegate_name' });
  const closed = await create(s, tok.secN, 'activities', { kind: 'workshop', title: 'Closed (synthetic)', network_id: N.id, capacity: 5, registration_closes: day(-1) });
  expectError(await s.req('POST', P('registrations'), { token: tok.offB, body: { ...body, activity_id: closed.id } }), 422, { field: 'registration_closes' });
  const later = await create(s, tok.secN, 'activities', { kind: 'workshop', title: 'Later (synthetic)', network_id: N.id, capacity: 5, registration_opens: day(10) });
  expectError(await s.req('POST', P('registrations'), { token: tok.offB, body: { ...body, activity_id: later.id } }), 422, { field: 'registration_opens' });
  const plain = await create(s, tok.secN, 'activities', { kind: 'workshop', title: 'No places (synthetic)', network_id: N.id });
  expectError(await s.req('POST', P('registrations'), { token: tok.offB, body: { ...body, activity_id: plain.id } }), 422, { field: 'activity_id' });
  expectError(await s.req('POST', P('registrations'), { token: tok.offC, body: { ...body, delegate_name: 'Someone (synthetic)' } }), 403);
  expectError(await s.req('POST', P('registrations'), { body }), 401);
  expectError(await s.req('POST', P('registrations'), { token: tok.offB, body: { ...body, delegate_name: undefined } }), 422, { field: 'delegate_name' });
  expectError(await s.req('POST', P('registrations'), { token: admin, body: { activity_id: event.id, city_id: B.id, delegate_name: 'X (synthetic)', attended: true } }), 422, { field: 'attended' });
  const after = (await s.req('GET', P(`registrations?activity=${event.id}&limit=500`), { token: tok.secN })).json.total;
  assert.equal(after, before);
});

test('who sees the delegates; a cancellation gives the first waiting their place; attendance', async () => {
  const mine = (await s.req('GET', P(`registrations?activity=${event.id}&limit=500`), { token: tok.offB })).json;
  assert.equal(mine.total, 50);
  assert.equal((await s.req('GET', P(`registrations?activity=${event.id}`), { token: tok.offC })).json.total, 0, 'another city sees none');
  expectError(await s.req('GET', P('registrations')), 401);
  const first = mine.items.find((x) => x.status === 'confirmed');
  expectError(await s.req('GET', P(`registrations/${first.id}`), { token: tok.offC }), 404);
  assert.equal(expectStatus(await s.req('GET', P(`registrations/${first.id}`), { token: tok.secN }), 200).json.delegate, first.delegate, 'the organiser sees it');
  const next = mine.items.filter((x) => x.status === 'waitlisted').sort((a, b) => a.id - b.id)[0];
  expectStatus(await s.req('DELETE', P(`registrations/${first.id}`), { token: tok.offB }), 204);
  const promoted = expectStatus(await s.req('GET', P(`registrations/${next.id}`), { token: tok.offB }), 200).json;
  assert.equal(promoted.status, 'confirmed');
  assert.equal(expectStatus(await s.req('GET', P(`activities/${event.id}/places`)), 200).json.waitlisted, 29);
  expectError(await s.req('DELETE', P(`registrations/${first.id}`), { token: tok.offB }), 409, { what: 'cancelled once' });
  // the same delegate may register again once cancelled
  expectStatus(await s.req('POST', P('registrations'), { token: tok.offB, body: { activity_id: event.id, city_id: B.id, delegate_name: first.delegate } }), 201);
  const came = expectStatus(await s.req('PATCH', P(`registrations/${promoted.id}`), { token: tok.secN, body: { attended: true } }), 200).json;
  assert.equal(came.attended, true);
  const waitingOne = (await s.req('GET', P(`registrations?activity=${event.id}&status=waitlisted`), { token: tok.secN })).json.items[0];
  expectError(await s.req('PATCH', P(`registrations/${waitingOne.id}`), { token: tok.secN, body: { attended: true } }), 422, { field: 'attended' });
  expectError(await s.req('PATCH', P(`registrations/${waitingOne.id}`), { token: tok.offB, body: { activity_id: event.id + 1 } }), 422, { field: 'activity_id' });
  // another city is not the officer's to hand a delegate to
  expectError(await s.req('PATCH', P(`registrations/${waitingOne.id}`), { token: tok.offB, body: { city_id: C.id } }), 403);
});

test('an event\'s privacy notice and documents: written, read back, replaced; a bad address names its field', async () => {
  const ev = await create(s, tok.secN, 'activities', {
    kind: 'workshop', title: 'Documented workshop (synthetic)', network_id: N.id, capacity: 5,
    privacy_notice: 'Names are kept until the report is out, then deleted (synthetic).',
    documents: [{ title: 'Programme (synthetic)', url: 'https://example.org/programme.pdf' }, { title: 'Report', url: 'https://example.org/report.pdf' }],
  });
  assert.equal(ev.privacy_notice, 'Names are kept until the report is out, then deleted (synthetic).');
  assert.deepEqual(ev.documents.map((d) => d.title), ['Programme (synthetic)', 'Report'], 'in the order given');
  const r = await s.req('PATCH', P(`activities/${ev.id}`), { token: tok.secN, body: { documents: [{ title: 'Minutes', url: 'https://example.org/minutes' }] } });
  expectStatus(r, 200);
  assert.deepEqual(r.json.documents, [{ title: 'Minutes', url: 'https://example.org/minutes' }]);
  expectError(await s.req('PATCH', P(`activities/${ev.id}`), { token: tok.secN, body: { documents: [{ title: 'x', url: 'ftp://nope' }] } }), 422, { field: 'documents[0].url' });
  expectError(await s.req('PATCH', P(`activities/${ev.id}`), { token: tok.secN, body: { documents: [{ url: 'https://example.org' }] } }), 422, { field: 'documents[0].title' });
  assert.deepEqual((await s.req('GET', P(`activities/${ev.id}`))).json.documents.map((d) => d.title), ['Minutes'], 'a refused change left them as they were');
});

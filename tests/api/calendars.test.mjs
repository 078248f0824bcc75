// Activities in time and their iCalendar feeds (RFC 5545), written with
// libical and read back by an independent parser (Debian's
// python3-icalendar): times that a daylight-saving change skips refused,
// an event across a change placed at the right instants, whole days, the
// feeds of a city, a network and a thematic group.
//
// SYNTHETIC TEST DATA: every city, network, group and activity here is
// invented for the test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { adminServer, create, expectStatus, expectError, API } from './helpers.mjs';

const P = (x) => `${API}/${x}`;
let s, admin, A, B, N, G, timed, allDay;

// the feed as python3-icalendar reads it: [{uid, summary, start, end, zone}]
function parse(text) {
  const py = [
    'import sys, json', 'from icalendar import Calendar',
    'cal = Calendar.from_ical(sys.stdin.buffer.read())',
    'out = []',
    'for ev in cal.walk("VEVENT"):',
    '    s = ev.decoded("DTSTART"); e = ev.decoded("DTEND") if "DTEND" in ev else None',
    '    out.append({"uid": str(ev["UID"]), "summary": str(ev["SUMMARY"]), "start": s.isoformat(),',
    '                "end": e.isoformat() if e else None, "zone": str(ev.get("X-AMITY-TIME-ZONE", "")) or None,',
    '                "location": str(ev.get("LOCATION", "")) or None})',
    'print(json.dumps(out))',
  ].join('\n');
  const r = spawnSync('/usr/bin/python3', ['-c', py], { input: text, encoding: 'utf8' });
  assert.equal(r.status, 0, `python3-icalendar could not read the feed: ${r.stderr}\n${text.slice(0, 400)}`);
  return JSON.parse(r.stdout);
}

async function feed(path) {
  const r = await s.req('GET', P(path));
  expectStatus(r, 200, path);
  assert.match(r.headers.get('content-type'), /^text\/calendar/);
  assert.match(r.text, /^BEGIN:VCALENDAR\r\n/);
  return parse(r.text);
}

before(async () => {
  ({ s, admin } = await adminServer());
  A = await create(s, admin, 'cities', { name: 'Clockton', country: 'DE' });
  B = await create(s, admin, 'cities', { name: 'Otherzone', country: 'IR' });
  N = await create(s, admin, 'networks', { name: 'Calendar Network' });
  G = await create(s, admin, 'groups', { network_id: N.id, name: 'Calendar group' });
  // across the change to summer time in Berlin (28 March 2027, 02:00 -> 03:00)
  timed = await create(s, admin, 'activities', {
    kind: 'workshop', title: 'Overnight workshop (synthetic)', host_city_id: A.id, network_id: N.id, group_id: G.id,
    time_zone: 'Europe/Berlin', starts_at: '2027-03-27T10:00', ends_at: '2027-03-28T10:00', venue: 'Clockton town hall (synthetic)',
  });
  allDay = await create(s, admin, 'activities', { kind: 'study_visit', title: 'Three-day visit (synthetic)', host_city_id: B.id, city_ids: [A.id], start_date: '2027-05-01', end_date: '2027-05-03' });
  await create(s, admin, 'activities', { kind: 'conference', title: 'Some time in June (synthetic)', host_city_id: A.id, start_date: '2027-06' });
});
after(async () => { await s?.stop(); });

test('times: a time the clocks skip, an unknown zone, an end before the start are refused, naming the field', async () => {
  const base = { kind: 'workshop', title: 'Bad time (synthetic)', host_city_id: A.id };
  expectError(await s.req('POST', P('activities'), { token: admin, body: { ...base, time_zone: 'Europe/Berlin', starts_at: '2027-03-28T02:30' } }), 422, { field: 'starts_at' });
  expectError(await s.req('POST', P('activities'), { token: admin, body: { ...base, time_zone: 'Europe/Atlantis', starts_at: '2027-03-28T10:00' } }), 422, { field: 'time_zone' });
  expectError(await s.req('POST', P('activities'), { token: admin, body: { ...base, starts_at: '2027-03-28T10:00' } }), 422, { field: 'time_zone' });
  expectError(await s.req('POST', P('activities'), { token: admin, body: { ...base, time_zone: 'Europe/Berlin', starts_at: '2027-03-28T10:00', ends_at: '2027-03-28T09:00' } }), 422, { field: 'ends_at' });
  expectError(await s.req('POST', P('activities'), { token: admin, body: { ...base, time_zone: 'Europe/Berlin', starts_at: '2027-02-30T10:00' } }), 422, { field: 'starts_at' });
  // the hour the clocks repeat in autumn exists (the first of the two)
  expectStatus(await s.req('POST', P('activities'), { token: admin, body: { ...base, title: 'Autumn night (synthetic)', time_zone: 'Europe/Berlin', starts_at: '2027-10-31T02:30' } }), 201);
});

test('the feeds, read back by python3-icalendar: instants across a daylight-saving change, whole days', async () => {
  const city = await feed(`calendars/cities/${A.id}`);
  const ev = city.find((x) => x.uid === `activity-${timed.id}@amity`);
  // 10:00 CET is 09:00 UTC; 10:00 CEST the next day is 08:00 UTC: 23 hours
  assert.equal(ev.start, '2027-03-27T09:00:00+00:00');
  assert.equal(ev.end, '2027-03-28T08:00:00+00:00');
  assert.equal(ev.zone, 'Europe/Berlin');
  assert.equal(ev.location, 'Clockton town hall (synthetic)');
  const day = city.find((x) => x.uid === `activity-${allDay.id}@amity`);
  assert.deepEqual([day.start, day.end], ['2027-05-01', '2027-05-04'], 'whole days, the end the day after the last');
  assert.ok(!city.some((x) => x.summary.startsWith('Some time in June')), 'a month alone is not on a calendar');
  assert.deepEqual((await feed(`calendars/networks/${N.id}`)).map((x) => x.uid), [`activity-${timed.id}@amity`]);
  assert.deepEqual((await feed(`calendars/groups/${G.id}`)).map((x) => x.uid), [`activity-${timed.id}@amity`]);
  assert.deepEqual((await feed(`calendars/cities/${B.id}`)).map((x) => x.uid), [`activity-${allDay.id}@amity`]);
  expectError(await s.req('GET', P('calendars/cities/999999')), 404);
  expectError(await s.req('GET', P('calendars/groups/abc')), 404);
});

test('a private feed: the events the account\'s city has delegates for, at an address it can renew', async () => {
  await create(s, admin, 'users', { username: 'clock.officer', password: 'clock-pass-1', role: 'officer', city_id: A.id });
  const officer = await s.login('clock.officer', 'clock-pass-1');
  const ev = await create(s, admin, 'activities', { kind: 'conference', title: 'Registered conference (synthetic)', host_city_id: B.id, time_zone: 'Asia/Tehran', starts_at: '2027-09-01T10:00', capacity: 10 });
  await create(s, admin, 'activities', { kind: 'conference', title: 'Unregistered conference (synthetic)', host_city_id: B.id, time_zone: 'Asia/Tehran', starts_at: '2027-09-02T10:00', capacity: 10 });
  await create(s, officer, 'registrations', { activity_id: ev.id, city_id: A.id, delegate_name: 'Clock Delegate (synthetic)' });
  expectError(await s.req('POST', P('sessions/current/calendar')), 401);
  expectError(await s.req('POST', P('sessions/current/calendar'), { token: admin }), 403);
  const first = expectStatus(await s.req('POST', P('sessions/current/calendar'), { token: officer }), 201).json.path;
  assert.match(first, /^\/api\/v1\/calendars\/private\/[0-9a-f]{64}$/);
  const mine = parse((await s.req('GET', first)).text);
  assert.deepEqual(mine.map((x) => x.summary), ['Registered conference (synthetic)']);
  assert.equal(mine[0].start, '2027-09-01T06:30:00+00:00');
  const second = expectStatus(await s.req('POST', P('sessions/current/calendar'), { token: officer }), 201).json.path;
  assert.notEqual(second, first);
  expectError(await s.req('GET', first), 404, { what: 'renewed: the old address answers nothing' });
  expectStatus(await s.req('GET', second), 200);
  expectError(await s.req('GET', P(`calendars/private/${'0'.repeat(64)}`)), 404);
});

// Paging with limit and cursor, totals, and filters that combine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { adminServer, create, expectError, list, walk, API } from './helpers.mjs';

let s, admin;
const cities = [];
const parts = [];
const acts = [];
let net, org;
const P = (x) => `${API}/${x}`;
const KINDS = ['twinning', 'sister_city', 'friendship', 'cooperation_agreement', 'memorandum_of_understanding', null];
const STATUSES = ['active', 'signed', 'dormant', 'ended', 'proposed'];
const COUNTRIES = ['NO', 'SE', 'DK', 'FI', 'IS'];
const thisYear = new Date().getUTCFullYear();

before(async () => {
  ({ s, admin } = await adminServer());
  for (let i = 0; i < 23; i++) {
    cities.push(await create(s, admin, 'cities', { name: `Pagetown ${String(i).padStart(2, '0')}`, country: COUNTRIES[i % COUNTRIES.length] }));
  }
  // a few others that the q filter must not match
  for (let i = 0; i < 4; i++) await create(s, admin, 'cities', { name: `Elsewhere ${i}`, country: 'NO' });
  net = await create(s, admin, 'networks', { name: 'Paging Network' });
  org = await create(s, admin, 'organisations', { name: 'Paging Org', country: 'SE' });
  for (let i = 0; i < 12; i++) await create(s, admin, 'memberships', { network_id: net.id, city_id: cities[i].id, joined_year: 2000 + i });
  await create(s, admin, 'memberships', { network_id: net.id, organisation_id: org.id });
  // 27 partnerships between the paging cities, with kinds, statuses, dates and topics spread out
  let n = 0;
  for (let i = 0; i < cities.length && n < 27; i++) {
    for (const d of [1, 2]) {
      if (n >= 27) break;
      const j = (i + d) % cities.length;
      const kind = KINDS[n % KINDS.length];
      const status = STATUSES[n % STATUSES.length];
      const signed = n % 7 === 6 ? null : String(1995 + n);
      const topics = n % 3 === 0 ? ['sdg-11'] : n % 3 === 1 ? ['sdg-11', 'icc-education'] : [];
      const note = n % 4 === 0 ? `marker-${n}` : null;
      const body = { party_a: { city_id: cities[i].id }, party_b: { city_id: cities[j].id }, kind, status, topics, note };
      if (signed) body.signed_date = signed;
      parts.push({ ...(await create(s, admin, 'partnerships', body)), a: i, b: j });
      n++;
    }
  }
  // plus country-only and organisation parties
  parts.push({ ...(await create(s, admin, 'partnerships', { party_a: { city_id: cities[0].id }, party_b: { country: 'IS' }, kind: 'friendship', signed_date: '2012' })), a: 0, b: -1 });
  parts.push({ ...(await create(s, admin, 'partnerships', { party_a: { organisation_id: org.id }, party_b: { city_id: cities[1].id }, signed_date: `${thisYear}` })), a: -1, b: 1 });
  // a recent activity makes one old partnership active
  for (let i = 0; i < 14; i++) {
    acts.push(await create(s, admin, 'activities', {
      kind: i % 2 ? 'workshop' : 'conference', title: `Paging activity ${i}`,
      start_date: `${2010 + i}-0${1 + (i % 9)}-15`, host_city_id: cities[i % 5].id,
      topics: i % 2 ? ['sdg-4'] : [], partnership_id: i === 13 ? parts[0].id : null,
    }));
  }
});
after(async () => { await s?.stop(); });

function assertOnce(items, key, expectedKeys, what) {
  const keys = items.map((x) => x[key]);
  assert.equal(new Set(keys).size, keys.length, `${what}: no record twice`);
  if (expectedKeys) assert.deepEqual([...keys].sort(), [...expectedKeys].sort(), `${what}: exactly the expected records`);
}

test('cities: walking pages of 5 yields every match exactly once, with the right total', async () => {
  const { items, total } = await walk(s, P('cities?q=Pagetown'), 5);
  assert.equal(total, 23);
  assertOnce(items, 'id', cities.map((c) => c.id), 'cities');
  // limit 1 walks too
  const one = await walk(s, P('cities?q=Pagetown'), 1);
  assert.deepEqual(one.items.map((x) => x.id), items.map((x) => x.id), 'the order does not depend on the page size');
  // a single big page has them all, next null
  const big = await list(s, P('cities?q=Pagetown&limit=500'));
  assert.equal(big.items.length, 23);
  assert.equal(big.next, null);
  // the default page is 50
  const all = await list(s, P('cities'));
  assert.equal(all.total, 27);
  assert.equal(all.items.length, 27);
});

test('every list pages completely', async () => {
  const lists = [
    ['cities', 'id'], ['countries', 'code'], ['topics', 'id'], ['networks', 'id'], ['memberships', 'id'],
    [`networks/${net.id}/members`, 'id'], ['partnerships', 'id'], ['activities', 'id'], ['organisations', 'id'],
  ];
  for (const [path, key] of lists) {
    const whole = await list(s, P(`${path}${path.includes('?') ? '&' : '?'}limit=500`));
    const { items, total } = await walk(s, P(path), 7);
    assert.equal(items.length, total, `${path}: pages add up to total`);
    assert.equal(whole.total, total, `${path}: same total`);
    assertOnce(items, key, whole.items.map((x) => x[key]), path);
  }
  assert.ok((await list(s, P('countries?limit=1'))).total >= 240, 'the countries are there');
});

test('a record added while walking does not make another appear twice or go missing', async () => {
  const first = await list(s, P('cities?q=Pagetown&limit=6'));
  await create(s, admin, 'cities', { name: 'Pagetown 00a', country: 'NO' });
  await create(s, admin, 'cities', { name: 'Pagetown 99', country: 'NO' });
  const seen = [...first.items];
  let cursor = first.next;
  while (cursor) {
    const page = await list(s, P(`cities?q=Pagetown&limit=6&cursor=${encodeURIComponent(cursor)}`));
    seen.push(...page.items);
    cursor = page.next;
  }
  const ids = seen.map((x) => x.id);
  assert.equal(new Set(ids).size, ids.length, 'no duplicates');
  for (const c of cities) assert.ok(ids.includes(c.id), `${c.name} not missed`);
});

test('partnership filters combine', async () => {
  const match = async (query, expected, what) => {
    const { items, total } = await walk(s, P(`partnerships?${query}`), 4);
    assert.equal(total, expected.length, `${what}: total`);
    assertOnce(items, 'id', expected.map((p) => p.id), what);
    return items;
  };
  const paging = parts.filter((p) => p.a >= 0 && p.b >= 0);
  const kindStatus = paging.filter((p) => p.kind === 'twinning' && p.status === 'active');
  await match('kind=twinning&status=active', kindStatus, 'kind+status');
  await match('kind=twinning', parts.filter((p) => p.kind === 'twinning'), 'kind');
  await match('status=ended', parts.filter((p) => p.status === 'ended'), 'status');
  const sdg = parts.filter((p) => p.topics.includes('sdg-11'));
  await match('topic=sdg-11', sdg, 'topic');
  await match('topic=icc-education&kind=friendship', parts.filter((p) => p.topics.includes('icc-education') && p.kind === 'friendship'), 'topic+kind');
  const inRange = (p, f, t) => p.signed_date && Number(p.signed_date.slice(0, 4)) >= f && Number(p.signed_date.slice(0, 4)) <= t;
  await match('from=2000&to=2010', parts.filter((p) => inRange(p, 2000, 2010)), 'from+to');
  await match('from=2000&to=2010&topic=sdg-11', sdg.filter((p) => inRange(p, 2000, 2010)), 'from+to+topic');
  await match('from=2015', parts.filter((p) => inRange(p, 2015, 9999)), 'from');
  await match('to=1999', parts.filter((p) => inRange(p, 0, 1999)), 'to');
  const inCountry = (p, cc) => (p.party_a.country === cc) || (p.party_b.country === cc);
  await match('country=IS', parts.filter((p) => inCountry(p, 'IS')), 'country (either party, country-only included)');
  await match('country=is&kind=friendship', parts.filter((p) => inCountry(p, 'IS') && p.kind === 'friendship'), 'country lower case + kind');
  const c3 = cities[3].id;
  await match(`city=${c3}`, parts.filter((p) => p.party_a.city_id === c3 || p.party_b.city_id === c3), 'city');
  await match(`organisation=${org.id}`, parts.filter((p) => p.party_a.organisation_id === org.id), 'organisation');
  await match('q=marker', parts.filter((p) => p.note && p.note.includes('marker')), 'q in the note');
  await match('q=Pagetown 07', parts.filter((p) => p.a === 7 || p.b === 7), 'q on a party name');
  await match('q=marker&status=active', parts.filter((p) => p.note && p.note.includes('marker') && p.status === 'active'), 'q+status');
  await match('kind=twinning&status=active&topic=sdg-11&from=1990&to=2030&country=NO',
    parts.filter((p) => p.kind === 'twinning' && p.status === 'active' && p.topics.includes('sdg-11') && inRange(p, 1990, 2030) && inCountry(p, 'NO')), 'five filters');
});

test('the health filter agrees with each partnership\'s health', async () => {
  const all = (await walk(s, P('partnerships'), 9)).items;
  const states = new Set();
  for (const st of ['active', 'dormant', 'unknown', 'proposed', 'ended']) {
    const expected = all.filter((p) => p.health.state === st).map((p) => p.id);
    if (expected.length) states.add(st);
    const { items, total } = await walk(s, P(`partnerships?health=${st}`), 3);
    assert.equal(total, expected.length, `health=${st}: total`);
    assertOnce(items, 'id', expected, `health=${st}`);
    assert.ok(items.every((p) => p.health.state === st), `health=${st}: every item has that state`);
  }
  assert.ok(states.has('dormant') && states.has('ended') && states.has('proposed') && states.has('unknown') && states.has('active'),
    `the data covers every state: ${[...states]}`);
  const combined = await walk(s, P('partnerships?health=dormant&kind=twinning'), 2);
  assertOnce(combined.items, 'id', all.filter((p) => p.health.state === 'dormant' && p.kind === 'twinning').map((p) => p.id), 'health+kind');
});

test('activity, membership, city and organisation filters combine', async () => {
  const m = async (path, expected, what, key = 'id') => {
    const { items, total } = await walk(s, P(path), 4);
    assert.equal(total, expected.length, `${what}: total`);
    assertOnce(items, key, expected, what);
  };
  const yr = (a) => Number(a.start_date.slice(0, 4));
  await m('activities?kind=workshop', acts.filter((a) => a.kind === 'workshop').map((a) => a.id), 'activities kind');
  await m('activities?kind=workshop&topic=sdg-4&from=2013&to=2020', acts.filter((a) => a.kind === 'workshop' && yr(a) >= 2013 && yr(a) <= 2020).map((a) => a.id), 'activities kind+topic+from+to');
  await m(`activities?city=${cities[2].id}&from=2012`, acts.filter((a) => a.host_city_id === cities[2].id && yr(a) >= 2012).map((a) => a.id), 'activities city+from');
  await m('activities?q=activity 1', acts.filter((a) => a.title.includes('activity 1')).map((a) => a.id), 'activities q');
  await m(`activities?partnership=${parts[0].id}`, [acts[13].id], 'activities partnership');
  await m('activities?country=SE&kind=conference', acts.filter((a) => COUNTRIES[cities.findIndex((c) => c.id === a.host_city_id) % 5] === 'SE' && a.kind === 'conference').map((a) => a.id), 'activities country+kind');
  await m(`networks/${net.id}/members?from=2005&to=2008`, [2005, 2006, 2007, 2008], 'members from+to', 'joined_year');
  await m(`memberships?network=${net.id}&country=NO`, [0, 5, 10].map((i) => cities[i].id), 'memberships network+country', 'city_id');
  await m(`cities?q=Pagetown&country=SE`, cities.filter((c) => c.country === 'SE').map((c) => c.id), 'cities q+country');
  await m(`cities?network=${net.id}&country=dk`, [2, 7].map((i) => cities[i].id), 'cities network+country');
  await m('organisations?country=SE&q=paging', [org.id], 'organisations country+q');
});

test('bad cursors are 400', async () => {
  const p1 = await list(s, P('cities?limit=2'));
  const pc = await list(s, P('partnerships?limit=2'));
  assert.equal(typeof p1.next, 'string');
  const bad = ['zzz', '!!!!', p1.next.slice(0, -2), `${p1.next}xyz`, 'WzEsMiwzLDRd', 'e30', 'bnVsbA', 'W10', 'WzEsIkEiXQ', 'x'.repeat(401)];
  for (const c of bad) {
    expectError(await s.req('GET', P(`cities?limit=2&cursor=${encodeURIComponent(c)}`)), 400, { field: 'cursor', what: `cursor ${c}` });
  }
  // a cursor of another list is refused or at least harmless
  const cross = await s.req('GET', P(`cities?limit=2&cursor=${encodeURIComponent(pc.next)}`));
  assert.ok(cross.status === 200 || cross.status === 400, `cross-list cursor -> ${cross.status}`);
  // a good cursor still works after all that
  const p2 = await list(s, P(`cities?limit=2&cursor=${encodeURIComponent(p1.next)}`));
  assert.equal(p2.items.length, 2);
  assert.ok(!p2.items.some((x) => p1.items.some((y) => y.id === x.id)));
  // a cursor with other filters than the list it came from is no crash
  const r = await s.req('GET', P(`cities?limit=2&q=Page&cursor=${encodeURIComponent(p1.next)}`));
  assert.ok(r.status === 200 || r.status === 400, `${r.status}`);
});

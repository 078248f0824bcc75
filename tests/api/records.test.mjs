// Happy paths: create, read, update, delete every resource, and the
// composite views (network members, city detail, parties of a partnership).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { adminServer, create, expectStatus, expectError, list, total, API } from './helpers.mjs';

let s, admin;
before(async () => { ({ s, admin } = await adminServer()); });
after(async () => { await s?.stop(); });

const get = async (path) => expectStatus(await s.req('GET', `${API}/${path}`), 200, `GET ${path}`).json;
const patch = async (path, body) => expectStatus(await s.req('PATCH', `${API}/${path}`, { token: admin, body }), 200, `PATCH ${path}`).json;
const remove = async (path) => {
  const r = await s.req('DELETE', `${API}/${path}`, { token: admin });
  expectStatus(r, 204, `DELETE ${path}`);
  assert.equal(r.text, '', 'a 204 has no body');
  expectError(await s.req('GET', `${API}/${path}`), 404, { code: 'not_found', what: `GET ${path} after delete` });
};

test('cities: create, read, list, update, delete', async () => {
  const c = await create(s, admin, 'cities', {
    name: 'Reggio Emilia', country: 'it', region: 'Emilia-Romagna', lat: 44.7, lng: 10.63,
    population: 170000, geonames_id: 3169522, alt_names: ['Reggio nell\'Emilia', 'RE'],
  });
  assert.equal(typeof c.id, 'number');
  assert.equal(c.name, 'Reggio Emilia');
  assert.equal(c.country, 'IT', 'country code is upper-cased');
  assert.equal(c.country_name, 'Italy');
  assert.equal(c.region, 'Emilia-Romagna');
  assert.equal(c.lat, 44.7);
  assert.equal(c.lng, 10.63);
  assert.equal(c.population, 170000);
  assert.equal(c.geonames_id, 3169522);
  assert.deepEqual([...c.alt_names].sort(), ['RE', 'Reggio nell\'Emilia'].sort());
  assert.ok(c.created_at && c.updated_at);

  const got = await get(`cities/${c.id}`);
  for (const k of ['id', 'name', 'country', 'region', 'lat', 'lng', 'population', 'geonames_id', 'created_at']) {
    assert.deepEqual(got[k], c[k], k);
  }
  const l = await list(s, `${API}/cities?q=reggio`);
  assert.ok(l.items.some((x) => x.id === c.id), 'found by q');
  assert.ok((await list(s, `${API}/cities?q=RE`)).items.some((x) => x.id === c.id), 'found by an alt name');

  const u = await patch(`cities/${c.id}`, { region: null, population: 171000, alt_names: ['Reggio'] });
  assert.equal(u.name, 'Reggio Emilia', 'fields not given are kept');
  assert.equal(u.region, null);
  assert.equal(u.population, 171000);
  assert.deepEqual(u.alt_names, ['Reggio'], 'alt_names are replaced');
  assert.equal((await get(`cities/${c.id}`)).population, 171000, 'the update is stored');

  await remove(`cities/${c.id}`);
});

test('countries: create (lower case upper-cased), read, list, update, delete', async () => {
  const k = await create(s, admin, 'countries', { code: 'xq', name: 'Testland (synthetic)' });
  assert.equal(k.code, 'XQ');
  assert.equal(k.name, 'Testland (synthetic)');
  assert.equal(k.city_count, 0);
  assert.equal((await get('countries/XQ')).name, 'Testland (synthetic)');
  assert.ok((await list(s, `${API}/countries?q=testland`)).items.some((x) => x.code === 'XQ'));
  const it = await get('countries/IT');
  assert.equal(it.name, 'Italy', 'the ISO countries are there from the start');
  assert.equal((await patch('countries/XQ', { name: 'Testland, renamed' })).name, 'Testland, renamed');
  const c = await create(s, admin, 'cities', { name: 'Testville (synthetic)', country: 'XQ' });
  assert.equal((await get('countries/XQ')).city_count, 1, 'city_count counts');
  await remove(`cities/${c.id}`);
  await remove('countries/XQ');
});

test('topics: create, read, list by scheme, update, delete', async () => {
  const t = await create(s, admin, 'topics', { id: 'records-topic', scheme: 'wego', label: 'Records topic', code: 'RT 1' });
  assert.equal(t.id, 'records-topic');
  assert.equal(t.scheme, 'wego');
  assert.equal((await get('topics/records-topic')).label, 'Records topic');
  const wego = await list(s, `${API}/topics?scheme=wego&limit=500`);
  assert.ok(wego.items.every((x) => x.scheme === 'wego'));
  assert.ok(wego.items.some((x) => x.id === 'records-topic'));
  const sdg = await list(s, `${API}/topics?scheme=sdg&limit=500`);
  assert.ok(sdg.items.some((x) => x.id === 'sdg-11'), 'sdg-11 exists');
  assert.equal((await patch('topics/records-topic', { label: 'Renamed topic' })).label, 'Renamed topic');
  await remove('topics/records-topic');
});

test('organisations: create, read, list, update, delete', async () => {
  const c = await create(s, admin, 'cities', { name: 'Shiraz', country: 'IR' });
  const o = await create(s, admin, 'organisations', {
    name: 'Shiraz University', kind: 'university', country: 'ir', city_id: c.id,
    website: 'https://shirazu.ac.ir/', description: 'A university',
  });
  assert.equal(o.name, 'Shiraz University');
  assert.equal(o.kind, 'university');
  assert.equal(o.country, 'IR');
  assert.equal(o.city_id, c.id);
  assert.equal(o.city_name, 'Shiraz');
  assert.equal(o.website, 'https://shirazu.ac.ir/');
  assert.equal((await get(`organisations/${o.id}`)).description, 'A university');
  assert.ok((await list(s, `${API}/organisations?city=${c.id}`)).items.some((x) => x.id === o.id));
  assert.ok((await list(s, `${API}/organisations?kind=university`)).items.some((x) => x.id === o.id));
  assert.ok((await list(s, `${API}/organisations?country=IR`)).items.some((x) => x.id === o.id));
  const u = await patch(`organisations/${o.id}`, { kind: 'ngo', website: null });
  assert.equal(u.kind, 'ngo');
  assert.equal(u.website, null);
  assert.equal(u.name, 'Shiraz University');
  await remove(`organisations/${o.id}`);
  await remove(`cities/${c.id}`);
});

test('networks: thematic groups and regional offices, with replace semantics', async () => {
  const c1 = await create(s, admin, 'cities', { name: 'Seoul', country: 'KR' });
  const c2 = await create(s, admin, 'cities', { name: 'Strasbourg', country: 'FR' });
  const n = await create(s, admin, 'networks', {
    name: 'World Smart Sustainable Cities Organization', acronym: 'WeGO', kind: 'smart_city',
    founded_year: 2010, secretariat_city_id: c1.id, website: 'https://we-gov.org/',
    thematic_groups: [{ name: 'Digital government' }, { name: 'Mobility', status: 'proposed', description: 'moving' }],
    regional_offices: [{ city_id: c2.id, name: 'Europe office' }],
  });
  assert.equal(n.acronym, 'WeGO');
  assert.equal(n.kind, 'smart_city');
  assert.equal(n.founded_year, 2010);
  assert.equal(n.secretariat_city_id, c1.id);
  assert.equal(n.secretariat_city?.name ?? 'Seoul', 'Seoul');
  assert.deepEqual(n.thematic_groups.map((g) => [g.name, g.status]), [['Digital government', 'active'], ['Mobility', 'proposed']]);
  assert.equal(n.regional_offices.length, 1);
  assert.equal(n.regional_offices[0].city_id, c2.id);
  assert.equal(n.regional_offices[0].city_name, 'Strasbourg');
  assert.equal(n.regional_offices[0].name, 'Europe office');

  // a PATCH without the lists keeps them
  const p1 = await patch(`networks/${n.id}`, { description: 'Cities for e-government' });
  assert.equal(p1.description, 'Cities for e-government');
  assert.equal(p1.thematic_groups.length, 2, 'groups kept when not given');
  assert.equal(p1.regional_offices.length, 1, 'offices kept when not given');

  // given lists replace the old ones
  const p2 = await patch(`networks/${n.id}`, {
    thematic_groups: [{ name: 'Safety', status: 'closed' }],
    regional_offices: [{ city_id: c1.id, name: 'Asia office' }, { city_id: c2.id, note: 'Europe' }],
  });
  assert.deepEqual(p2.thematic_groups.map((g) => [g.name, g.status]), [['Safety', 'closed']]);
  assert.deepEqual(p2.regional_offices.map((o) => o.city_id).sort(), [c1.id, c2.id].sort());
  const g = await get(`networks/${n.id}`);
  assert.deepEqual(g.thematic_groups.map((x) => x.name), ['Safety'], 'stored');
  assert.equal(g.regional_offices.length, 2, 'stored');

  // empty lists clear them
  const p3 = await patch(`networks/${n.id}`, { thematic_groups: [], regional_offices: [] });
  assert.deepEqual(p3.thematic_groups, []);
  assert.deepEqual(p3.regional_offices, []);

  assert.ok((await list(s, `${API}/networks?kind=smart_city`)).items.some((x) => x.id === n.id));
  assert.ok((await list(s, `${API}/networks?q=wego`)).items.some((x) => x.id === n.id), 'q matches the acronym');
  await remove(`networks/${n.id}`);
  await remove(`cities/${c1.id}`);
  await remove(`cities/${c2.id}`);
});

test('memberships and the members route', async () => {
  const n = await create(s, admin, 'networks', { name: 'Intercultural Cities', acronym: 'ICC', kind: 'intercultural' });
  const c1 = await create(s, admin, 'cities', { name: 'Bergen', country: 'NO' });
  const c2 = await create(s, admin, 'cities', { name: 'Botkyrka', country: 'SE' });
  const o = await create(s, admin, 'organisations', { name: 'Union of Norwegian Towns', kind: 'union_of_municipalities', country: 'NO' });
  const m1 = await create(s, admin, 'memberships', { network_id: n.id, city_id: c1.id, joined_year: 2009, role: 'board', source_url: 'https://example.org/icc' });
  const m2 = await create(s, admin, 'memberships', { network_id: n.id, city_id: c2.id, joined_year: 2010, left_year: 2015 });
  const m3 = await create(s, admin, 'memberships', { network_id: n.id, organisation_id: o.id });
  assert.equal(m1.role, 'board');
  assert.equal(m1.current, true);
  assert.equal(m2.current, false, 'a member that left is not current');
  assert.equal(m3.role, 'member', 'role defaults to member');
  assert.equal(m1.member?.type, 'city');
  assert.equal(m1.member?.name, 'Bergen');
  assert.equal(m3.member?.type, 'organisation');
  assert.equal(m1.network?.id, n.id);

  const members = await list(s, `${API}/networks/${n.id}/members`);
  assert.equal(members.total, 3);
  assert.deepEqual(members.items.map((x) => x.id).sort((a, b) => a - b), [m1.id, m2.id, m3.id].sort((a, b) => a - b));
  const current = await list(s, `${API}/networks/${n.id}/members?current=true`);
  assert.deepEqual(current.items.map((x) => x.id).sort((a, b) => a - b), [m1.id, m3.id].sort((a, b) => a - b));
  const left = await list(s, `${API}/networks/${n.id}/members?current=false`);
  assert.deepEqual(left.items.map((x) => x.id), [m2.id]);
  assert.deepEqual((await list(s, `${API}/memberships?city=${c1.id}`)).items.map((x) => x.id), [m1.id]);
  assert.deepEqual((await list(s, `${API}/memberships?role=board&network=${n.id}`)).items.map((x) => x.id), [m1.id]);
  assert.deepEqual((await list(s, `${API}/memberships?country=SE`)).items.map((x) => x.id), [m2.id]);
  assert.equal((await get(`networks/${n.id}`)).member_count, 2, 'member_count counts current members');
  assert.ok((await list(s, `${API}/cities?network=${n.id}`)).items.some((x) => x.id === c1.id), 'cities?network=');

  const u = await patch(`memberships/${m1.id}`, { left_year: 2020, note: 'left' });
  assert.equal(u.left_year, 2020);
  assert.equal(u.current, false);
  assert.equal(u.joined_year, 2009, 'kept');
  expectError(await s.req('GET', `${API}/networks/999999/members`), 404, { code: 'not_found' });
  await remove(`memberships/${m3.id}`);
  assert.equal((await list(s, `${API}/networks/${n.id}/members`)).total, 2);
  // deleting a network takes its memberships with it
  await remove(`networks/${n.id}`);
  expectError(await s.req('GET', `${API}/memberships/${m1.id}`), 404, { code: 'not_found' });
});

test('partnerships between cities, with an organisation, and with a country-only partner', async () => {
  const a = await create(s, admin, 'cities', { name: 'Isfahan', country: 'IR' });
  const b = await create(s, admin, 'cities', { name: 'Barcelona', country: 'ES' });
  const o = await create(s, admin, 'organisations', { name: 'Ministry of Foreign Affairs', kind: 'ministry', country: 'IT' });

  const p = await create(s, admin, 'partnerships', {
    party_a: { city_id: a.id }, party_b: { city_id: b.id }, kind: 'sister_city', status: 'signed',
    signed_date: '2000-05', topics: ['sdg-11', 'icc-education'], source_url: 'https://example.org/p', note: 'n',
  });
  assert.equal(p.party_a.type, 'city');
  assert.equal(p.party_a.city_id, a.id);
  assert.equal(p.party_a.name, 'Isfahan');
  assert.equal(p.party_b.city_id, b.id);
  assert.equal(p.party_b.country, 'ES');
  assert.equal(p.kind, 'sister_city');
  assert.equal(p.status, 'signed');
  assert.equal(p.signed_date, '2000-05');
  assert.deepEqual([...p.topics].sort(), ['icc-education', 'sdg-11']);
  assert.equal(typeof p.health?.state, 'string');
  assert.equal(p.activity_count, 0);

  const po = await create(s, admin, 'partnerships', { party_a: { organisation_id: o.id }, party_b: { city_id: a.id }, kind: 'cooperation_agreement' });
  assert.equal(po.party_a.type, 'organisation');
  assert.equal(po.party_a.organisation_id, o.id);
  assert.equal(po.party_a.name, 'Ministry of Foreign Affairs');
  assert.equal(po.status, 'active', 'status defaults to active');
  assert.ok((await list(s, `${API}/partnerships?organisation=${o.id}`)).items.some((x) => x.id === po.id));

  const pc = await create(s, admin, 'partnerships', { party_a: { city_id: a.id }, party_b: { country: 'es' } });
  assert.equal(pc.party_b.type, 'country');
  assert.equal(pc.party_b.country, 'ES');
  assert.equal(pc.party_b.city_id ?? null, null);
  assert.equal(pc.kind, null);
  // two country-only partners in the same country are two different partnerships
  const pc2 = await create(s, admin, 'partnerships', { party_a: { city_id: a.id }, party_b: { country: 'ES' } });
  assert.notEqual(pc2.id, pc.id);

  // the same pair with another kind is another partnership
  await create(s, admin, 'partnerships', { party_a: { city_id: b.id }, party_b: { city_id: a.id }, kind: 'friendship' });

  const got = await get(`partnerships/${p.id}`);
  assert.equal(got.note, 'n');
  const u = await patch(`partnerships/${p.id}`, { status: 'active', topics: ['sdg-17'], note: null });
  assert.equal(u.status, 'active');
  assert.deepEqual(u.topics, ['sdg-17'], 'topics are replaced');
  assert.equal(u.note, null);
  assert.equal(u.signed_date, '2000-05', 'kept');
  assert.equal(u.party_a.city_id, a.id, 'parties kept');
  // swap the parties' order by PATCH
  const sw = await patch(`partnerships/${p.id}`, { party_a: { city_id: b.id }, party_b: { city_id: a.id } });
  assert.equal(sw.party_a.city_id, b.id);
  assert.equal(sw.party_b.city_id, a.id);

  const byCity = await list(s, `${API}/partnerships?city=${a.id}&limit=500`);
  assert.equal(byCity.total, 5);
  for (const id of [p.id, po.id, pc.id, pc2.id]) await remove(`partnerships/${id}`);
});

test('activities with their links, and the city detail view', async () => {
  const a = await create(s, admin, 'cities', { name: 'Reggio', country: 'IT' });
  const b = await create(s, admin, 'cities', { name: 'Izhevsk', country: 'RU' });
  const o = await create(s, admin, 'organisations', { name: 'Council of Europe', kind: 'international_organisation' });
  const n = await create(s, admin, 'networks', { name: 'Detail Network' });
  const m = await create(s, admin, 'memberships', { network_id: n.id, city_id: a.id, joined_year: 2008 });
  const p = await create(s, admin, 'partnerships', { party_a: { city_id: a.id }, party_b: { city_id: b.id }, kind: 'twinning', signed_date: '1999' });

  const act = await create(s, admin, 'activities', {
    kind: 'study_visit', title: 'Study visit to Reggio', start_date: '2024-03-01', end_date: '2024-03-05',
    host_city_id: a.id, partnership_id: p.id, network_id: n.id, programme: 'URBACT',
    description: 'd', outcome: 'o', source_url: 'https://example.org/a',
    city_ids: [b.id], organisation_ids: [o.id], topics: ['icc-education'],
  });
  assert.equal(act.kind, 'study_visit');
  assert.equal(act.host_city_id, a.id);
  assert.equal(act.host_city?.name ?? 'Reggio', 'Reggio');
  assert.equal(act.partnership_id, p.id);
  assert.equal(act.network_id, n.id);
  assert.deepEqual(act.city_ids, [b.id]);
  assert.deepEqual(act.organisation_ids, [o.id]);
  assert.deepEqual(act.topics, ['icc-education']);
  assert.deepEqual(act.cities.map((x) => x.name), ['Izhevsk']);
  assert.deepEqual(act.organisations.map((x) => x.name), ['Council of Europe']);
  assert.equal((await get(`partnerships/${p.id}`)).activity_count, 1);

  for (const q of [`city=${b.id}`, `city=${a.id}`, `partnership=${p.id}`, `network=${n.id}`, `organisation=${o.id}`,
    'kind=study_visit', 'topic=icc-education', 'programme=URBACT', 'from=2024&to=2024', 'country=IT', 'q=study']) {
    assert.ok((await list(s, `${API}/activities?${q}`)).items.some((x) => x.id === act.id), `activities?${q}`);
  }
  assert.equal((await list(s, `${API}/activities?from=2025`)).items.some((x) => x.id === act.id), false, 'from excludes');
  assert.equal((await list(s, `${API}/activities?country=RU`)).items.some((x) => x.id === act.id), false, 'country is the host\'s');

  const detail = await get(`cities/${a.id}`);
  assert.ok(Array.isArray(detail.partnerships) && detail.partnerships.some((x) => x.id === p.id), 'partnerships');
  const dp = detail.partnerships.find((x) => x.id === p.id);
  assert.equal(typeof dp.health?.state, 'string', 'partnerships carry their health');
  assert.ok(Array.isArray(detail.memberships) && detail.memberships.some((x) => x.id === m.id), 'memberships');
  assert.ok(Array.isArray(detail.recent_activities) && detail.recent_activities.some((x) => x.id === act.id), 'recent_activities (host)');
  const detailB = await get(`cities/${b.id}`);
  assert.ok(detailB.recent_activities.some((x) => x.id === act.id), 'recent_activities (participant)');
  assert.ok(detailB.partnerships.some((x) => x.id === p.id), 'partnerships of party_b');
  // the list view does not carry the detail
  const inList = (await list(s, `${API}/cities?q=Reggio`)).items.find((x) => x.id === a.id);
  assert.ok(inList);

  const u = await patch(`activities/${act.id}`, { city_ids: [], topics: ['sdg-11', 'sdg-17'], outcome: null });
  assert.deepEqual(u.city_ids, []);
  assert.deepEqual([...u.topics].sort(), ['sdg-11', 'sdg-17']);
  assert.deepEqual(u.organisation_ids, [o.id], 'lists not given are kept');
  assert.equal(u.outcome, null);
  assert.equal(u.title, 'Study visit to Reggio');
  assert.equal((await get(`cities/${b.id}`)).recent_activities.some((x) => x.id === act.id), false, 'no longer participant');

  await remove(`activities/${act.id}`);
  assert.equal((await get(`partnerships/${p.id}`)).activity_count, 0);
  await remove(`partnerships/${p.id}`);
  await remove(`memberships/${m.id}`);
});

// Issue 10, point 7: fields a caller may not set were silently ignored (201,
// then the value was not what was sent). They are refused, naming the field,
// and nothing is written.
test('read-only fields are refused with 422 naming the field; nothing is written', async () => {
  const c = await create(s, admin, 'cities', { name: 'Round Trip', country: 'PT' });
  const cases = [
    ['PATCH', `cities/${c.id}`, { name: 'Round Trip 2', id: 999999 }, 'id'],
    ['PATCH', `cities/${c.id}`, { name: 'Round Trip 2', created_at: '1999-01-01T00:00:00Z' }, 'created_at'],
    ['PATCH', `cities/${c.id}`, { name: 'Round Trip 2', country_name: 'Nowhere' }, 'country_name'],
    ['PATCH', `cities/${c.id}`, { name: 'Round Trip 2', can: { update: true } }, 'can'],
    ['POST', 'cities', { name: 'With id', country: 'PT', id: 424242 }, 'id'],
    ['POST', 'cities', { name: 'With stamps', country: 'PT', updated_at: 'y' }, 'updated_at'],
    ['POST', 'partnerships', { party_a: { city_id: c.id }, party_b: { country: 'BR' }, health: { state: 'active' } }, 'health'],
    ['POST', 'partnerships', { party_a: { city_id: c.id, name: 'x' }, party_b: { country: 'BR' } }, 'party_a.name'],
    ['POST', 'practices', { title: 'Read-only status', city_id: c.id, status: 'published' }, 'status'],
    ['POST', 'practices', { title: 'Read-only author', city_id: c.id, author: { id: 1 } }, 'author'],
  ];
  const before = { cities: await total(s, 'cities'), partnerships: await total(s, 'partnerships') };
  for (const [method, path, body, field] of cases) {
    const e = expectError(await s.req(method, `${API}/${path}`, { token: admin, body }), 422, { field, what: `${method} ${path}` });
    assert.match(e.message, /set by amity/, `${method} ${path}: says why`);
  }
  assert.equal((await get(`cities/${c.id}`)).name, 'Round Trip', 'the city is unchanged');
  assert.deepEqual({ cities: await total(s, 'cities'), partnerships: await total(s, 'partnerships') }, before, 'nothing added');
});

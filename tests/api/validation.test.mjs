// Bad input of every kind: refused with the right status, code and field,
// nothing half written, and the server keeps serving.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { adminServer, create, expectStatus, expectError, list, total, rawHttp, API } from './helpers.mjs';

let s, admin, A, B, O, N, P1;
const JSON_CT = { 'content-type': 'application/json' };
const P = (x) => `${API}/${x}`;
const post = (resource, body) => s.req('POST', P(resource), { token: admin, body });
const postRaw = (resource, raw, headers = JSON_CT) => s.req('POST', P(resource), { token: admin, raw, headers });
const bytes = (...parts) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

// Row counts straight from the database, when the sqlite3 CLI is there.
function sqlCount(table) {
  const r = spawnSync('sqlite3', [s.db, `SELECT count(*) FROM ${table};`], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  return Number(r.stdout.trim());
}
async function counts() {
  const c = {};
  for (const r of ['cities', 'networks', 'memberships', 'partnerships', 'activities', 'organisations', 'topics', 'countries']) c[r] = await total(s, r);
  for (const t of ['activity_topic', 'activity_city', 'activity_organisation', 'partnership_topic', 'network_group', 'network_office', 'city_alt_name']) {
    c[t] = sqlCount(t);
  }
  c['activities?topic=sdg-11'] = await total(s, 'activities', 'topic=sdg-11');
  c[`activities?city=${A.id}`] = await total(s, 'activities', `city=${A.id}`);
  c['partnerships?topic=sdg-11'] = await total(s, 'partnerships', 'topic=sdg-11');
  return c;
}

before(async () => {
  ({ s, admin } = await adminServer());
  A = await create(s, admin, 'cities', { name: 'Valid City A', country: 'IT' });
  B = await create(s, admin, 'cities', { name: 'Valid City B', country: 'FR' });
  O = await create(s, admin, 'organisations', { name: 'Valid Org', city_id: A.id });
  N = await create(s, admin, 'networks', { name: 'Valid Network', thematic_groups: [{ name: 'Kept group' }] });
  P1 = await create(s, admin, 'partnerships', { party_a: { city_id: A.id }, party_b: { city_id: B.id }, kind: 'twinning', topics: ['sdg-11'] });
});
after(async () => { await s?.stop(); });

test('malformed JSON is 400 invalid_json', async () => {
  for (const raw of ['{"name":', '{name: "x"}', "{'name':'x'}", '{"name":"x",}', '{"name":"x"} trailing', '{"a":1,"a":2}', '[', '{"name":"x\u0001"}', '{"name":"a\u0000b"}']) {
    for (const resource of ['cities', 'partnerships', 'activities']) {
      expectError(await postRaw(resource, raw), 400, { code: 'invalid_json', what: `${resource} ${JSON.stringify(raw)}` });
    }
  }
  expectError(await s.req('PATCH', P(`cities/${A.id}`), { token: admin, raw: '{"name":', headers: JSON_CT }), 400, { code: 'invalid_json' });
  expectError(await s.req('POST', P('sessions'), { raw: '{"username":', headers: JSON_CT }), 400, { code: 'invalid_json' });
});

test('an empty body or JSON that is not an object is refused', async () => {
  for (const raw of ['', '[]', '[1,2]', 'null', '42', '"a string"', 'true']) {
    const r = await postRaw('cities', raw);
    assert.ok([400, 422].includes(r.status), `${JSON.stringify(raw)} -> ${r.status} ${r.text}`);
    expectError(r, r.status);
  }
  expectError(await post('networks', [{ name: 'x' }]), 422);
  expectError(await s.req('PATCH', P(`networks/${N.id}`), { token: admin, body: ['x'] }), 422);
});

test('wrong types are 422 with the field', async () => {
  const cases = [
    ['cities', { name: 5, country: 'IT' }, 'name'],
    ['cities', { name: true, country: 'IT' }, 'name'],
    ['cities', { name: { x: 1 }, country: 'IT' }, 'name'],
    ['cities', { name: 'x', country: 'IT', lat: '44.7', lng: 10 }, 'lat'],
    ['cities', { name: 'x', country: 'IT', population: 1.5 }, 'population'],
    ['cities', { name: 'x', country: 'IT', population: '1000' }, 'population'],
    ['cities', { name: 'x', country: 'IT', alt_names: 'one' }, 'alt_names'],
    ['cities', { name: 'x', country: 'IT', alt_names: ['a', 5] }, 'alt_names[1]'],
    ['organisations', { name: 'x', city_id: '1' }, 'city_id'],
    ['organisations', { name: 'x', city_id: 0 }, 'city_id'],
    ['organisations', { name: 'x', city_id: -3 }, 'city_id'],
    ['networks', { name: 'x', founded_year: '2010' }, 'founded_year'],
    ['networks', { name: 'x', thematic_groups: { name: 'g' } }, 'thematic_groups'],
    ['networks', { name: 'x', thematic_groups: [{ name: 'g' }, 'h'] }, 'thematic_groups[1]'],
    ['memberships', { network_id: '1', city_id: 1 }, 'network_id'],
    ['partnerships', { party_a: 'city 1', party_b: { country: 'ES' } }, 'party_a'],
    ['partnerships', { party_a: { city_id: 'A' }, party_b: { country: 'ES' } }, 'party_a.city_id'],
    ['partnerships', { party_a: { city_id: A.id }, party_b: { country: 'ES' }, topics: 'sdg-11' }, 'topics'],
    ['partnerships', { party_a: { city_id: A.id }, party_b: { country: 'ES' }, topics: ['sdg-11', 7] }, 'topics[1]'],
    ['partnerships', { party_a: { city_id: A.id }, party_b: { country: 'ES' }, signed_date: 2020 }, 'signed_date'],
    ['activities', { kind: 'aid', title: ['t'] }, 'title'],
    ['activities', { kind: 'aid', title: 't', city_ids: [A.id, 'B'] }, 'city_ids[1]'],
    ['activities', { kind: 'aid', title: 't', organisation_ids: O.id }, 'organisation_ids'],
    ['activities', { kind: 'aid', title: 't', host_city_id: 1.5 }, 'host_city_id'],
  ];
  for (const [resource, body, field] of cases) {
    expectError(await post(resource, body), 422, { field, what: `${resource} ${JSON.stringify(body)}` });
  }
  expectError(await s.req('PATCH', P('settings'), { token: admin, body: { dormant_after_years: '5' } }), 422, { field: 'dormant_after_years' });
});

test('unknown fields are 422, also nested ones', async () => {
  expectError(await post('cities', { name: 'x', country: 'IT', mayor: 'y' }), 422, { field: 'mayor' });
  expectError(await post('partnerships', { party_a: { city_id: A.id, foo: 1 }, party_b: { country: 'ES' } }), 422, { field: 'party_a.foo' });
  expectError(await post('activities', { kind: 'aid', title: 't', extra: null }), 422, { field: 'extra' });
  expectError(await post('networks', { name: 'x', thematic_groups: [{ name: 'g', colour: 'red' }] }), 422, { field: 'thematic_groups[0].colour' });
  expectError(await s.req('PATCH', P(`organisations/${O.id}`), { token: admin, body: { ceo: 'x' } }), 422, { field: 'ceo' });
  expectError(await s.req('PATCH', P('settings'), { token: admin, body: { theme: 'dark' } }), 422, { field: 'theme' });
});

test('missing required fields, and empty strings for required ones, are 422', async () => {
  const cases = [
    ['cities', { country: 'IT' }, 'name'],
    ['cities', { name: 'x' }, 'country'],
    ['cities', { name: '', country: 'IT' }, 'name'],
    ['cities', { name: '   ', country: 'IT' }, 'name'],
    ['cities', { name: 'x', country: '' }, 'country'],
    ['cities', { name: null, country: 'IT' }, 'name'],
    ['networks', {}, 'name'],
    ['networks', { name: '' }, 'name'],
    ['organisations', { name: '' }, 'name'],
    ['memberships', { city_id: A.id }, 'network_id'],
    ['partnerships', { party_a: { city_id: A.id } }, 'party_b'],
    ['partnerships', { party_b: { city_id: A.id } }, 'party_a'],
    ['partnerships', { party_a: {}, party_b: { country: 'ES' } }, 'party_a'],
    ['activities', { kind: 'aid' }, 'title'],
    ['activities', { title: 't' }, 'kind'],
    ['activities', { kind: 'aid', title: '' }, 'title'],
    ['topics', { scheme: 'icc', label: 'x' }, 'id'],
    ['topics', { id: 'x-y', scheme: 'icc', label: '' }, 'label'],
    ['countries', { code: 'XQ' }, 'name'],
    ['users', { username: 'someone', role: 'admin' }, 'password'],
  ];
  for (const [resource, body, field] of cases) {
    expectError(await post(resource, body), 422, { field, what: `${resource} ${JSON.stringify(body)}` });
  }
  expectError(await s.req('PATCH', P(`cities/${A.id}`), { token: admin, body: { name: '' } }), 422, { field: 'name' });
  expectError(await s.req('PATCH', P(`cities/${A.id}`), { token: admin, body: { country: null } }), 422, { field: 'country' });
  assert.equal((await s.req('GET', P(`cities/${A.id}`))).json.name, 'Valid City A');
});

test('too-long strings are 422; the limit counts characters, not bytes', async () => {
  const cases = [
    ['cities', { name: 'x'.repeat(201), country: 'IT' }, 'name'],
    ['cities', { name: 'x', country: 'IT', alt_names: ['y'.repeat(201)] }, 'alt_names[0]'],
    ['networks', { name: 'x', acronym: 'A'.repeat(41) }, 'acronym'],
    ['networks', { name: 'x', description: 'd'.repeat(20001) }, 'description'],
    ['organisations', { name: 'o'.repeat(201) }, 'name'],
    ['activities', { kind: 'aid', title: 't'.repeat(301) }, 'title'],
    ['activities', { kind: 'aid', title: 't', programme: 'p'.repeat(121) }, 'programme'],
    ['partnerships', { party_a: { city_id: A.id }, party_b: { country: 'ES' }, note: 'n'.repeat(20001) }, 'note'],
    ['partnerships', { party_a: { city_id: A.id }, party_b: { country: 'ES' }, source_url: `https://example.org/${'a'.repeat(2000)}` }, 'source_url'],
    ['topics', { id: 'k'.repeat(65), scheme: 'icc', label: 'x' }, 'id'],
  ];
  for (const [resource, body, field] of cases) {
    expectError(await post(resource, body), 422, { field, what: `${resource} ${field}` });
  }
  const wide = await create(s, admin, 'cities', { name: 'é'.repeat(200), country: 'IT' });
  assert.equal(wide.name, 'é'.repeat(200));
  const emoji = await create(s, admin, 'cities', { name: '城'.repeat(199) + '😀', country: 'CN' });
  assert.equal(emoji.name, '城'.repeat(199) + '😀');
  expectError(await post('cities', { name: 'é'.repeat(201), country: 'IT' }), 422, { field: 'name' });
});

test('invalid dates are 422 and real ones are accepted', async () => {
  for (const d of ['2023-02-29', '1900-02-29', '2023-04-31', '2023-13', '2023-00', '2023-1-5', '20230105', '23', '2023-01-01T00:00:00Z', 'yesterday']) {
    expectError(await post('partnerships', { party_a: { city_id: A.id }, party_b: { country: 'PT' }, signed_date: d }), 422, { field: 'signed_date', what: d });
    expectError(await post('activities', { kind: 'aid', title: 'd', start_date: d }), 422, { field: 'start_date', what: d });
  }
  for (const d of ['2024-02-29', '2000-02-29', '1987', '1987-06']) {
    const p = await create(s, admin, 'partnerships', { party_a: { city_id: A.id }, party_b: { country: 'PT' }, signed_date: d });
    assert.equal(p.signed_date, d);
  }
  // an empty optional string means "not known" (null)
  const blank = await create(s, admin, 'activities', { kind: 'aid', title: 'blank', start_date: '', source_url: '' });
  assert.equal(blank.start_date, null);
  assert.equal(blank.source_url, null);
  expectError(await post('partnerships', { party_a: { city_id: A.id }, party_b: { country: 'PT' }, signed_date: '2020-05-01', ended_date: '2019-12-31' }), 422, { field: 'ended_date' });
  expectError(await post('activities', { kind: 'aid', title: 'd', start_date: '2020-05-02', end_date: '2020-05-01' }), 422, { field: 'end_date' });
  expectError(await s.req('PATCH', P(`partnerships/${P1.id}`), { token: admin, body: { signed_date: '2010', ended_date: '2009' } }), 422, { field: 'ended_date' });
  expectError(await post('memberships', { network_id: N.id, organisation_id: O.id, joined_year: 2010, left_year: 2009 }), 422, { field: 'left_year' });
});

test('bad URLs are 422', async () => {
  for (const u of ['not a url', 'example.org', 'ftp://example.org/', 'javascript:alert(1)', 'http://', 'https://exa mple.org/', 'mailto:a@b.c', '//example.org']) {
    expectError(await post('organisations', { name: 'u', website: u }), 422, { field: 'website', what: u });
    expectError(await post('activities', { kind: 'aid', title: 'u', source_url: u }), 422, { field: 'source_url', what: u });
  }
  const o = await create(s, admin, 'organisations', { name: 'u', website: 'https://example.org/a?b=c&d=é#x' });
  assert.equal(o.website, 'https://example.org/a?b=c&d=é#x');
  const o2 = await create(s, admin, 'organisations', { name: 'u2', website: 'http://example.org' });
  assert.equal(o2.website, 'http://example.org');
});

test('country codes: lower case is upper-cased, unknown ones are 422', async () => {
  const c = await create(s, admin, 'cities', { name: 'Lower', country: 'pt' });
  assert.equal(c.country, 'PT');
  assert.equal(c.country_name, 'Portugal');
  const o = await create(s, admin, 'organisations', { name: 'Lower org', country: 'es' });
  assert.equal(o.country, 'ES');
  const p = await create(s, admin, 'partnerships', { party_a: { city_id: c.id }, party_b: { country: 'br' } });
  assert.equal(p.party_b.country, 'BR');
  expectError(await post('cities', { name: 'x', country: 'QQ' }), 422, { field: 'country' });
  expectError(await post('cities', { name: 'x', country: 'ITA' }), 422, { field: 'country' });
  expectError(await post('cities', { name: 'x', country: 'I' }), 422, { field: 'country' });
  expectError(await post('cities', { name: 'x', country: '12' }), 422, { field: 'country' });
  expectError(await post('organisations', { name: 'x', country: 'zz' }), 422, { field: 'country' });
  expectError(await post('partnerships', { party_a: { city_id: A.id }, party_b: { country: 'QQ' } }), 422, { field: 'party_b.country' });
  assert.equal((await list(s, P('cities?country=pt'))).items.some((x) => x.id === c.id), true, 'filter by lower case too');
});

test('bad enum values are 422', async () => {
  expectError(await post('networks', { name: 'e', kind: 'bogus' }), 422, { field: 'kind' });
  expectError(await post('organisations', { name: 'e', kind: 'University' }), 422, { field: 'kind' });
  expectError(await post('partnerships', { party_a: { city_id: A.id }, party_b: { country: 'ES' }, kind: 'marriage' }), 422, { field: 'kind' });
  expectError(await post('partnerships', { party_a: { city_id: A.id }, party_b: { country: 'ES' }, status: 'Active' }), 422, { field: 'status' });
  expectError(await post('activities', { kind: 'party', title: 't' }), 422, { field: 'kind' });
  expectError(await post('memberships', { network_id: N.id, city_id: B.id, role: 'king' }), 422, { field: 'role' });
  expectError(await post('topics', { id: 'e-e', scheme: 'xyz', label: 'e' }), 422, { field: 'scheme' });
  expectError(await post('users', { username: 'enum.user', password: 'enum-pass-1', role: 'root' }), 422, { field: 'role' });
  expectError(await post('networks', { name: 'e', thematic_groups: [{ name: 'g', status: 'open' }] }), 422, { field: 'thematic_groups[0].status' });
});

test('referenced ids that do not exist are 422 naming the field', async () => {
  const cases = [
    ['partnerships', { party_a: { city_id: A.id }, party_b: { city_id: 999999 } }, 'party_b.city_id'],
    ['partnerships', { party_a: { organisation_id: 999999 }, party_b: { city_id: A.id } }, 'party_a.organisation_id'],
    ['activities', { kind: 'aid', title: 't', host_city_id: 999999 }, 'host_city_id'],
    ['activities', { kind: 'aid', title: 't', partnership_id: 999999 }, 'partnership_id'],
    ['activities', { kind: 'aid', title: 't', network_id: 999999 }, 'network_id'],
    ['activities', { kind: 'aid', title: 't', city_ids: [A.id, 999999] }, 'city_ids[1]'],
    ['activities', { kind: 'aid', title: 't', organisation_ids: [999999] }, 'organisation_ids[0]'],
    ['activities', { kind: 'aid', title: 't', topics: ['sdg-11', 'no-such-topic'] }, 'topics[1]'],
    ['partnerships', { party_a: { city_id: A.id }, party_b: { country: 'ES' }, topics: ['no-such-topic'] }, 'topics[0]'],
    ['memberships', { network_id: 999999, city_id: A.id }, 'network_id'],
    ['memberships', { network_id: N.id, city_id: 999999 }, 'city_id'],
    ['memberships', { network_id: N.id, organisation_id: 999999 }, 'organisation_id'],
    ['organisations', { name: 'x', city_id: 999999 }, 'city_id'],
    ['networks', { name: 'ref', secretariat_city_id: 999999 }, 'secretariat_city_id'],
    ['networks', { name: 'ref', regional_offices: [{ city_id: A.id }, { city_id: 999999 }] }, 'regional_offices[1].city_id'],
    ['users', { username: 'ref.user', password: 'ref-user-pass', role: 'officer', city_id: 999999 }, 'city_id'],
  ];
  for (const [resource, body, field] of cases) {
    expectError(await post(resource, body), 422, { field, what: `${resource} ${JSON.stringify(body)}` });
  }
  expectError(await s.req('PATCH', P(`partnerships/${P1.id}`), { token: admin, body: { party_b: { city_id: 999999 } } }), 422, { field: 'party_b.city_id' });
});

test('other rules: a party partnering itself, lat without lng, two members of nothing', async () => {
  expectError(await post('partnerships', { party_a: { city_id: A.id }, party_b: { city_id: A.id } }), 422, { field: 'party_b' });
  expectError(await post('partnerships', { party_a: { organisation_id: O.id }, party_b: { organisation_id: O.id } }), 422, { field: 'party_b' });
  expectError(await s.req('PATCH', P(`partnerships/${P1.id}`), { token: admin, body: { party_b: { city_id: A.id } } }), 422, { field: 'party_b' });
  expectError(await post('partnerships', { party_a: { city_id: A.id, organisation_id: O.id }, party_b: { country: 'ES' } }), 422, { field: 'party_a' });
  expectError(await post('cities', { name: 'x', country: 'IT', lat: 44 }), 422);
  expectError(await post('cities', { name: 'x', country: 'IT', lng: 10 }), 422);
  expectError(await post('cities', { name: 'x', country: 'IT', lat: 91, lng: 0 }), 422, { field: 'lat' });
  expectError(await post('cities', { name: 'x', country: 'IT', lat: 0, lng: -181 }), 422, { field: 'lng' });
  expectError(await post('cities', { name: 'x', country: 'IT', population: -1 }), 422, { field: 'population' });
  expectError(await post('memberships', { network_id: N.id }), 422);
  expectError(await post('memberships', { network_id: N.id, city_id: A.id, organisation_id: O.id }), 422);
  expectError(await s.req('PATCH', P('settings'), { token: admin, body: { dormant_after_years: 0 } }), 422, { field: 'dormant_after_years' });
  expectError(await s.req('PATCH', P('settings'), { token: admin, body: { dormant_after_years: 51 } }), 422, { field: 'dormant_after_years' });
});

test('two country-only partners in one country are refused as a clean 422', async () => {
  const r = await post('partnerships', { party_a: { country: 'ES' }, party_b: { country: 'es' } });
  expectError(r, 422, { field: 'party_b' });
  assert.doesNotMatch(r.json.error.message, /constraint|CHECK|a_key|SQL/i, 'no database internals in the message');
});

test('duplicates are 409: partnership A-B then B-A, and others', async () => {
  const before = await counts();
  const ab = await s.req('POST', P('partnerships'), { token: admin, body: { party_a: { city_id: A.id }, party_b: { city_id: B.id }, kind: 'twinning' } });
  expectError(ab, 409);
  const ba = await s.req('POST', P('partnerships'), { token: admin, body: { party_a: { city_id: B.id }, party_b: { city_id: A.id }, kind: 'twinning', topics: ['sdg-11', 'sdg-17'] } });
  expectError(ba, 409);
  // a PATCH that would make another partnership the same pair is a 409 too
  const other = await create(s, admin, 'partnerships', { party_a: { city_id: B.id }, party_b: { country: 'DE' }, kind: 'twinning' });
  expectError(await s.req('PATCH', P(`partnerships/${other.id}`), { token: admin, body: { party_b: { city_id: A.id } } }), 409);
  assert.equal((await s.req('GET', P(`partnerships/${other.id}`))).json.party_b.country, 'DE', 'unchanged');
  expectStatus(await s.req('DELETE', P(`partnerships/${other.id}`), { token: admin }), 204);
  expectError(await post('networks', { name: 'Valid Network' }), 409, { field: 'name' });
  await create(s, admin, 'memberships', { network_id: N.id, city_id: B.id });
  const bm = await counts();
  expectError(await post('memberships', { network_id: N.id, city_id: B.id }), 409);
  assert.deepEqual(await counts(), bm, 'a 409 membership writes nothing');
  expectError(await post('topics', { id: 'sdg-11', scheme: 'sdg', label: 'dup' }), 409);
  expectError(await post('countries', { code: 'it', name: 'Italy again' }), 409);
  expectError(await post('users', { username: 'admin', password: 'another-pass', role: 'admin' }), 409, { field: 'username' });
  await create(s, admin, 'cities', { name: 'Geo One', country: 'IT', geonames_id: 123456 });
  expectError(await post('cities', { name: 'Geo Two', country: 'IT', geonames_id: 123456 }), 409, { field: 'geonames_id' });
  const after = await counts();
  after.cities -= 1; after.memberships -= 1;
  assert.deepEqual(after, before, 'the 409s wrote nothing');
});

test('deleting records still referenced is 409 and deletes nothing', async () => {
  const c = await create(s, admin, 'cities', { name: 'Referenced', country: 'IT' });
  const p = await create(s, admin, 'partnerships', { party_a: { city_id: c.id }, party_b: { country: 'FR' } });
  const o = await create(s, admin, 'organisations', { name: 'Referenced org' });
  const a = await create(s, admin, 'activities', { kind: 'aid', title: 'refs', organisation_ids: [o.id], topics: ['sdg-3'] });
  const t = await create(s, admin, 'topics', { id: 'referenced-topic', scheme: 'icc', label: 'Referenced topic' });
  await create(s, admin, 'partnerships', { party_a: { city_id: A.id }, party_b: { country: 'NL' }, topics: [t.id] });
  expectError(await s.req('DELETE', P(`cities/${c.id}`), { token: admin }), 409);
  expectError(await s.req('DELETE', P(`organisations/${o.id}`), { token: admin }), 409);
  expectError(await s.req('DELETE', P('topics/referenced-topic'), { token: admin }), 409);
  expectError(await s.req('DELETE', P('countries/IT'), { token: admin }), 409);
  expectError(await s.req('DELETE', P(`cities/${A.id}`), { token: admin }), 409);
  for (const path of [`cities/${c.id}`, `organisations/${o.id}`, 'topics/referenced-topic', 'countries/IT', `partnerships/${p.id}`, `activities/${a.id}`]) {
    expectStatus(await s.req('GET', P(path)), 200, `${path} still there`);
  }
  assert.equal((await s.req('GET', P(`cities/${c.id}`))).json.partnerships.length, 1);
  // once the references are gone, the delete works
  expectStatus(await s.req('DELETE', P(`partnerships/${p.id}`), { token: admin }), 204);
  expectStatus(await s.req('DELETE', P(`cities/${c.id}`), { token: admin }), 204);
});

test('unknown and non-numeric ids are 404 not_found', async () => {
  for (const r of ['cities', 'networks', 'memberships', 'partnerships', 'activities', 'organisations']) {
    for (const id of ['999999', 'abc', '0', '-1', '1.5', '99999999999999999999999', '1e3']) {
      expectError(await s.req('GET', P(`${r}/${id}`)), 404, { code: 'not_found', what: `GET ${r}/${id}` });
    }
    expectError(await s.req('PATCH', P(`${r}/999999`), { token: admin, body: {} }), 404, { code: 'not_found', what: `PATCH ${r}` });
    expectError(await s.req('DELETE', P(`${r}/999999`), { token: admin }), 404, { code: 'not_found', what: `DELETE ${r}` });
    expectError(await s.req('DELETE', P(`${r}/abc`), { token: admin }), 404, { code: 'not_found', what: `DELETE ${r}/abc` });
  }
  expectError(await s.req('GET', P('countries/QQ')), 404, { code: 'not_found' });
  expectError(await s.req('GET', P('topics/no-such-topic')), 404, { code: 'not_found' });
  expectError(await s.req('GET', P('networks/999999/members')), 404, { code: 'not_found' });
  expectError(await s.req('GET', P('networks/abc/members')), 404, { code: 'not_found' });
  expectError(await s.req('DELETE', P('users/999999'), { token: admin }), 404, { code: 'not_found' });
});

test('a path with invalid UTF-8 still gets a JSON error', async () => {
  const r = await s.req('GET', P('cities/%FF'));
  assert.ok([400, 404].includes(r.status), `status ${r.status}`);
  expectError(r, r.status);
});

// An oversize body is refused before it is read when the client waits for
// "100 Continue", or when it is absurdly large; otherwise it is read and
// dropped so that the client gets its 413 (see the test below).
test('bodies over 1 MiB are 413 (by Content-Length, before the body is read)', async () => {
  const head = (extra) => `POST ${P('cities')} HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nAuthorization: Bearer ${admin}\r\n${extra}\r\n`;
  const r = await rawHttp(s, head(`Content-Length: ${2 * 1024 * 1024}\r\nExpect: 100-continue\r\n`));
  expectError(r, 413, { what: 'announced 2 MiB, expecting 100-continue' });
  const r2 = await rawHttp(s, `${head(`Content-Length: ${64 * 1024 * 1024}\r\n`)}{"name":"`);
  expectError(r2, 413, { what: 'announced 64 MiB' });
  const r3 = await rawHttp(s, `${head(`Content-Length: ${1024 * 1024 + 1}\r\n`)}{"name":"${'x'.repeat(1024 * 1024 - 8)}"}`);
  expectError(r3, 413, { what: 'sent 1 MiB + 1' });
});

test('chunked bodies over 1 MiB are 413', async () => {
  const chunk = `100000\r\n${'x'.repeat(0x100000)}\r\n`;
  const r = await rawHttp(s, `POST ${P('cities')} HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nAuthorization: Bearer ${admin}\r\nTransfer-Encoding: chunked\r\n\r\n${chunk}${chunk}0\r\n\r\n`);
  expectError(r, 413);
});

test('bodies just under 1 MiB are accepted', async () => {
  const padded = `{"name":"padded","country":"IT"${' '.repeat(1024 * 1024 - 64)}}`;
  expectStatus(await postRaw('cities', padded), 201);
});

// A client that sends a whole oversize body must get to read the 413: the
// server should not reset the connection while the body is still arriving.
test('a client sending a whole oversize body always receives the 413', async () => {
  const big = JSON.stringify({ name: 'big', country: 'IT', region: 'x'.repeat(1024 * 1024) });
  const failures = [];
  for (let i = 0; i < 10; i++) {
    for (const [method, path] of [['POST', P('cities')], ['PATCH', P('activities/999999')]]) {
      try {
        const r = await s.req(method, path, { token: admin, raw: big, headers: JSON_CT });
        if (r.status !== 413) failures.push(`${method} ${path}: ${r.status}`);
      } catch (e) {
        failures.push(`${method} ${path}: ${e.cause?.code || e.message}`);
      }
    }
  }
  assert.deepEqual(failures, [], `${failures.length} of 20 oversize requests did not get their 413`);
});

test('bodies that are not application/json are 415', async () => {
  const body = JSON.stringify({ name: 'typed', country: 'IT' });
  expectError(await postRaw('cities', body, { 'content-type': 'text/plain' }), 415);
  expectError(await postRaw('cities', body, { 'content-type': 'application/x-www-form-urlencoded' }), 415);
  expectError(await postRaw('cities', body, { 'content-type': 'application/jsonp' }), 415);
  // no content-type at all (a Buffer body makes fetch send none)
  expectError(await postRaw('cities', Buffer.from(body), {}), 415);
  expectError(await s.req('PATCH', P(`cities/${A.id}`), { token: admin, raw: '{"region":"x"}', headers: { 'content-type': 'text/plain' } }), 415);
  expectStatus(await postRaw('cities', body, { 'content-type': 'application/json; charset=utf-8' }), 201, 'with a charset');
  assert.equal((await s.req('GET', P(`cities/${A.id}`))).json.region, null);
});

test('invalid UTF-8 in the body is 400 invalid_utf8', async () => {
  const bad = [[0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80]];
  for (const b of bad) {
    expectError(await postRaw('cities', bytes('{"name":"a', b, '","country":"IT"}')), 400, { code: 'invalid_utf8', what: String(b) });
  }
  expectError(await postRaw('cities', bytes('{"na', [0xff], 'me":"a","country":"IT"}')), 400, { code: 'invalid_utf8' });
  expectError(await postRaw('activities', bytes('{"kind":"aid","title":"t","description":"', [0xc3], '"}')), 400, { code: 'invalid_utf8' });
  expectError(await s.req('PATCH', P(`cities/${A.id}`), { token: admin, raw: bytes('{"region":"', [0xfe], '"}'), headers: JSON_CT }), 400, { code: 'invalid_utf8' });
  // an escaped lone surrogate is not a character either
  const r = await postRaw('cities', '{"name":"a\\ud800b","country":"IT"}');
  assert.ok([400, 422].includes(r.status), `lone surrogate -> ${r.status}`);
  // but real multi-byte text is fine
  const ok = await create(s, admin, 'cities', { name: 'Isfahān اصفهان 伊斯法罕 😀', country: 'IR' });
  assert.equal(ok.name, 'Isfahān اصفهان 伊斯法罕 😀');
  assert.equal((await s.req('GET', P(`cities/${ok.id}`))).json.name, 'Isfahān اصفهان 伊斯法罕 😀');
});

test('bad query strings are 400', async () => {
  for (const q of ['q=%FF', 'q=%C0%AF', 'q=%ED%A0%80', 'q=abc%E2%82']) {
    expectError(await s.req('GET', P(`cities?${q}`)), 400, { what: q });
  }
  expectError(await s.req('GET', P('cities?mayor=x')), 400, { field: 'mayor' });
  expectError(await s.req('GET', P('partnerships?colour=red')), 400, { field: 'colour' });
  expectError(await s.req('GET', P('cities?limit=0')), 400, { field: 'limit' });
  expectError(await s.req('GET', P('cities?limit=501')), 400, { field: 'limit' });
  expectError(await s.req('GET', P('cities?limit=ten')), 400, { field: 'limit' });
  expectError(await s.req('GET', P('cities?limit=1&limit=2')), 400, { field: 'limit' });
  expectError(await s.req('GET', P('partnerships?kind=marriage')), 400, { field: 'kind' });
  expectError(await s.req('GET', P('partnerships?health=sleepy')), 400, { field: 'health' });
  expectError(await s.req('GET', P('partnerships?from=2020-01')), 400, { field: 'from' });
  expectError(await s.req('GET', P('partnerships?city=abc')), 400, { field: 'city' });
  expectError(await s.req('GET', P('memberships?current=maybe')), 400, { field: 'current' });
  expectError(await s.req('GET', P('cities?country=ITA')), 400, { field: 'country' });
});

test('a NUL in a string is refused or stored exactly, never truncated', async () => {
  const r = await post('cities', { name: 'Nul\u0000City', country: 'IT' });
  if (r.status === 201) {
    assert.equal(r.json.name, 'Nul\u0000City');
    assert.equal((await s.req('GET', P(`cities/${r.json.id}`))).json.name, 'Nul\u0000City');
  } else {
    assert.ok([400, 422].includes(r.status), `NUL -> ${r.status}`);
    expectError(r, r.status);
    assert.equal((await list(s, P('cities?q=Nul'))).total, 0, 'nothing stored');
  }
});

test('a NUL in a query value does not cut the search short', async () => {
  await create(s, admin, 'cities', { name: 'Nulsearch', country: 'IT' });
  const q = await s.req('GET', P('cities?q=Nulsearch%00Other'));
  if (q.status === 200) {
    assert.equal(q.json.items.some((x) => x.name === 'Nulsearch'), false, `q=Nulsearch\\0Other matched "Nulsearch": ${q.text.slice(0, 200)}`);
  } else {
    expectError(q, 400);
  }
});

test('SQL-looking strings are stored verbatim and the tables still work', async () => {
  const evil = ["Robert'); DROP TABLE city;--", "x' OR '1'='1", '"; DELETE FROM partnership; --', '%_\\%', "Ol' Town `tick` [br] {br}"];
  const cityCount = await total(s, 'cities');
  const ids = [];
  for (const name of evil) {
    const c = await create(s, admin, 'cities', { name, country: 'IT', region: name, alt_names: [name] });
    assert.equal(c.name, name);
    assert.equal((await s.req('GET', P(`cities/${c.id}`))).json.name, name);
    // search is by words: a name without letters or digits has none to find
    if (/[\p{L}\p{N}]/u.test(name)) {
      const found = await list(s, P(`cities?q=${encodeURIComponent(name)}`));
      assert.ok(found.items.some((x) => x.id === c.id), `found by q=${name}`);
    }
    ids.push(c.id);
  }
  const o = await create(s, admin, 'organisations', { name: evil[0], description: evil[1] });
  assert.equal(o.description, evil[1]);
  const p = await create(s, admin, 'partnerships', { party_a: { city_id: ids[0] }, party_b: { city_id: ids[1] }, note: evil[2] });
  assert.equal(p.note, evil[2]);
  assert.equal(await total(s, 'cities'), cityCount + evil.length, 'the city table still counts');
  assert.ok((await total(s, 'partnerships')) >= 1, 'the partnership table still answers');
  await create(s, admin, 'cities', { name: 'After the injection', country: 'IT' });
  // `%` and `_` are not wildcards in q (and, being no words, find nothing)
  const pct = await list(s, P(`cities?q=${encodeURIComponent('%')}&limit=500`));
  assert.ok(pct.items.every((x) => x.name.includes('%') || (x.alt_names || []).some((n) => n.includes('%'))), 'q=% is literal');
});

test('nothing half written: failed writes leave every count unchanged', async () => {
  const before = await counts();
  // activity with a bad topic in position 2 (after good links)
  expectError(await post('activities', {
    kind: 'workshop', title: 'Half', host_city_id: A.id, partnership_id: P1.id, network_id: N.id,
    city_ids: [A.id, B.id], organisation_ids: [O.id], topics: ['sdg-11', 'sdg-4', 'no-such-topic'],
  }), 422, { field: 'topics[2]' });
  // bad city at the end of city_ids
  expectError(await post('activities', { kind: 'workshop', title: 'Half', topics: ['sdg-11'], city_ids: [A.id, 999999] }), 422, { field: 'city_ids[1]' });
  // partnership with good then bad topic
  expectError(await post('partnerships', { party_a: { city_id: A.id }, party_b: { country: 'GR' }, topics: ['sdg-11', 'bad-topic'] }), 422, { field: 'topics[1]' });
  // network with a good then a bad office, and a duplicate group
  expectError(await post('networks', { name: 'Half net', thematic_groups: [{ name: 'g' }], regional_offices: [{ city_id: A.id }, { city_id: 999999 }] }), 422);
  const dupGroup = await post('networks', { name: 'Half net 2', thematic_groups: [{ name: 'g' }, { name: 'g' }] });
  assert.ok([409, 422].includes(dupGroup.status), `duplicate group -> ${dupGroup.status}`);
  // city with a bad alt name after a good one
  expectError(await post('cities', { name: 'Half city', country: 'IT', alt_names: ['ok', 7] }), 422);
  // a 403 writes nothing either (an officer-less admin cannot be refused, so use anonymous)
  expectError(await s.req('POST', P('activities'), { body: { kind: 'aid', title: 'Anon', topics: ['sdg-11'] } }), 401);
  assert.deepEqual(await counts(), before, 'POSTs that failed wrote nothing');

  // PATCHes that fail leave the record as it was
  const act = await create(s, admin, 'activities', { kind: 'aid', title: 'Patched?', city_ids: [A.id], topics: ['sdg-11'] });
  const mid = await counts();
  expectError(await s.req('PATCH', P(`activities/${act.id}`), { token: admin, body: { title: 'changed', city_ids: [B.id], topics: ['sdg-4', 'nope'] } }), 422, { field: 'topics[1]' });
  expectError(await s.req('PATCH', P(`activities/${act.id}`), { token: admin, body: { title: 'changed', topics: ['sdg-4'], city_ids: [B.id, 999999] } }), 422, { field: 'city_ids[1]' });
  const still = (await s.req('GET', P(`activities/${act.id}`))).json;
  assert.equal(still.title, 'Patched?');
  assert.deepEqual(still.city_ids, [A.id]);
  assert.deepEqual(still.topics, ['sdg-11']);
  expectError(await s.req('PATCH', P(`networks/${N.id}`), { token: admin, body: { description: 'changed', thematic_groups: [{ name: 'new' }], regional_offices: [{ city_id: 999999 }] } }), 422);
  const net = (await s.req('GET', P(`networks/${N.id}`))).json;
  assert.deepEqual(net.thematic_groups.map((g) => g.name), ['Kept group']);
  assert.equal(net.description, null);
  expectError(await s.req('PATCH', P(`partnerships/${P1.id}`), { token: admin, body: { note: 'changed', topics: ['sdg-4', 'nope'] } }), 422);
  const p = (await s.req('GET', P(`partnerships/${P1.id}`))).json;
  assert.deepEqual(p.topics, ['sdg-11']);
  assert.equal(p.note, null);
  assert.deepEqual(await counts(), mid, 'PATCHes that failed wrote nothing');
});

test('the field of a nested duplicate names its path', async () => {
  const r = await post('networks', { name: 'Dup groups', thematic_groups: [{ name: 'g' }, { name: 'g' }] });
  assert.ok([409, 422].includes(r.status), `status ${r.status}`);
  expectError(r, r.status, { field: 'thematic_groups[1].name' });
});

test('the server still serves after all of that', async () => {
  const r = await s.req('GET', '/healthz');
  expectStatus(r, 200);
  assert.equal(r.json.status, 'ok');
  expectStatus(await s.req('GET', P(`cities/${A.id}`)), 200);
  assert.equal(s.proc.exitCode, null, 'the server process is alive');
});

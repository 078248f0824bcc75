// Ids are never reused: after the newest record of a kind is deleted, the
// next one gets a new id, so an old link answers 404 instead of opening
// another record. Every resource addressed by an integer id is tried.
//
// All records here are SYNTHETIC TEST DATA (Idtown, Id Network...).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { adminServer, create, expectStatus, expectError, uniq, API } from './helpers.mjs';

let s, admin, city, network;
before(async () => {
  ({ s, admin } = await adminServer());
  city = await create(s, admin, 'cities', { name: 'Idtown (synthetic)', country: 'IT' });
  network = await create(s, admin, 'networks', { name: 'Id Network (synthetic)' });
});
after(async () => { await s?.stop(); });

// Resources by path, and a body for the n-th record of each (n = 0, 1, 2),
// distinct where the resource has a uniqueness rule. Cities for memberships
// are made on the fly: a city is a member of a network once.
const extraCity = async (n) =>
  (await create(s, admin, 'cities', { name: `Idcity ${n} (synthetic)`, country: 'FR' })).id;
const ORIGINS = ['MA', 'TN', 'DZ'];
const RESOURCES = [
  ['cities', async (n) => ({ name: `Idplace ${n} (synthetic)`, country: 'IT' })],
  ['networks', async () => ({ name: uniq('Id network (synthetic)') })],
  ['organisations', async (n) => ({ name: `Id organisation ${n} (synthetic)`, country: 'IT' })],
  ['memberships', async (n) => ({ network_id: network.id, city_id: await extraCity(n) })],
  ['partnerships', async () => ({ party_a: { city_id: city.id }, party_b: { country: 'ES' } })],
  ['activities', async (n) => ({ kind: 'study_visit', title: `Id visit ${n} (synthetic)`, host_city_id: city.id })],
  ['practices', async (n) => ({ title: `Id practice ${n} (synthetic)`, city_id: city.id })],
  ['diaspora', async (n) => ({ city_id: city.id, origin_country: ORIGINS[n] })],
  ['index/responses', async (n) => ({ city_id: city.id, round: 2020 + n })],
  ['users', async () => ({ username: uniq('id-user'), password: 'id-user-pass-1', role: 'admin' })],
];

for (const [resource, body] of RESOURCES) {
  test(`${resource}: the id of a deleted newest record is not given again`, async () => {
    const first = await create(s, admin, resource, await body(0));
    const newest = await create(s, admin, resource, await body(1));
    assert.ok(newest.id > first.id, `${resource}: ids grow`);
    expectStatus(await s.req('DELETE', `${API}/${resource}/${newest.id}`, { token: admin }), 204,
      `DELETE ${resource}/${newest.id}`);
    const next = await create(s, admin, resource, await body(2));
    assert.notEqual(next.id, newest.id, `${resource}: the deleted record's id ${newest.id} was given again`);
    assert.ok(next.id > newest.id, `${resource}: new id ${next.id} above every id used (${newest.id})`);
    if (resource !== 'users') { // no GET of one account
      expectError(await s.req('GET', `${API}/${resource}/${newest.id}`, { token: admin }), 404,
        { what: `the old link ${resource}/${newest.id}` });
      expectStatus(await s.req('GET', `${API}/${resource}/${first.id}`, { token: admin }), 200,
        `${resource}/${first.id} is still there`);
    }
  });
}

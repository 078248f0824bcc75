// Needs and offers between cities: a city posts needs in the vocabulary's
// categories and units; other cities pledge; 50 concurrent pledges never
// over-commit a need; a pledge above what remains is refused with the
// remaining figure; the city in need confirms deliveries, and the need is
// partly met, then met; withdrawn with a reason; standing offers and the
// matching, with reasons; figures per network and per country; who may do
// what; nothing half written.
//
// SYNTHETIC TEST DATA: every city, network, account, need, offer and
// pledge here is invented for the test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { adminServer, create, expectStatus, expectError, API } from './helpers.mjs';

const P = (x) => `${API}/${x}`;
let s, admin, N, U, A, B, C, D;
const tok = {};
const post = (path, token, body) => s.req('POST', P(path), { token, body });
const get = async (path, token) => expectStatus(await s.req('GET', P(path), { token }), 200, `GET ${path}`).json;

before(async () => {
  ({ s, admin } = await adminServer());
  N = await create(s, admin, 'networks', { name: 'Solidarity Network (synthetic)', acronym: 'SNS' });
  U = await create(s, admin, 'cities', { name: 'Ndnipro', country: 'UA', lat: 48.46, lng: 35.04 });
  A = await create(s, admin, 'cities', { name: 'Ndalpha', country: 'PL', lat: 50.06, lng: 19.94 });
  B = await create(s, admin, 'cities', { name: 'Ndbeta', country: 'DE', lat: 52.52, lng: 13.4 });
  C = await create(s, admin, 'cities', { name: 'Ndgamma', country: 'FR', lat: 45.76, lng: 4.84 });
  D = await create(s, admin, 'cities', { name: 'Nddelta', country: 'IT', lat: 44.7, lng: 10.6 });
  for (const c of [U, C]) await create(s, admin, 'memberships', { network_id: N.id, city_id: c.id });
  for (const b of [A, B]) await create(s, admin, 'partnerships', { party_a: { city_id: U.id }, party_b: { city_id: b.id }, kind: 'twinning', status: 'signed' });
  await create(s, admin, 'partnerships', { party_a: { city_id: A.id }, party_b: { city_id: D.id }, kind: 'twinning', status: 'signed' });
  for (const [name, c] of [['offU', U], ['offA', A], ['offB', B], ['offC', C], ['offD', D]]) {
    await create(s, admin, 'users', { username: `nd.${name}`, password: `${name}-pass-1`, role: 'officer', city_id: c.id });
    tok[name] = await s.login(`nd.${name}`, `${name}-pass-1`);
  }
});
after(async () => { await s?.stop(); });

test('the vocabulary, and needs posted in it', async () => {
  const cats = await get('need-categories');
  assert.ok(cats.items.some((c) => c.id === 'hosting' && c.units.includes('people')));
  const hosting = await create(s, tok.offU, 'needs', { city_id: U.id, category: 'hosting', title: 'Hosting for displaced families (synthetic)', quantity: 40, unit: 'people', urgency: 'high', deadline: '2031-01-31', delivery_place: 'Ndnipro station', language: 'uk' });
  assert.equal(hosting.status, 'open');
  assert.equal(hosting.remaining, 40);
  assert.deepEqual(hosting.city, { id: U.id, name: 'Ndnipro', country: 'UA' });
  const bad = [
    [{ category: 'tanks' }, 'category'], [{ unit: 'tonnes' }, 'unit'], [{ quantity: 0 }, 'quantity'], [{ quantity: 2.5 }, 'quantity'],
    [{ quantity: 10000001 }, 'quantity'], [{ urgency: 'soon' }, 'urgency'], [{ category: 'funding', unit: 'XXX' }, 'unit'],
  ];
  for (const [over, field] of bad) {
    expectError(await post('needs', tok.offU, { city_id: U.id, category: 'generators', title: 'Bad (synthetic)', quantity: 5, unit: 'generators', urgency: 'low', ...over }), 422, { field, what: JSON.stringify(over) });
  }
  expectError(await post('needs', tok.offA, { city_id: U.id, category: 'generators', title: 'Not mine', quantity: 5, unit: 'generators', urgency: 'low' }), 403);
  expectError(await post('needs', undefined, { city_id: U.id, category: 'generators', title: 'Anon', quantity: 5, unit: 'generators', urgency: 'low' }), 401);
  assert.equal((await get(`needs?city=${U.id}`)).total, 1, 'nothing half written');
});

test('50 concurrent pledges never over-commit; above what remains is refused with the figure; deliveries confirmed', async () => {
  const need = await create(s, tok.offU, 'needs', { city_id: U.id, category: 'generators', title: 'Generators for the water works (synthetic)', quantity: 20, unit: 'generators', urgency: 'critical' });
  const tries = await Promise.all(Array.from({ length: 50 }, (_, i) => post('pledges', i % 2 ? tok.offA : tok.offB, { need_id: need.id, city_id: i % 2 ? A.id : B.id, quantity: 1 })));
  const ok = tries.filter((r) => r.status === 201);
  assert.equal(ok.length, 20, 'exactly what was asked');
  for (const r of tries.filter((x) => x.status !== 201)) {
    assert.equal(r.status, 409);
    assert.equal(r.json.error.field, 'quantity');
  }
  let n = await get(`needs/${need.id}`);
  assert.equal(n.pledged, 20);
  assert.equal(n.remaining, 0);
  // one cancelled frees one; a pledge of 3 is refused naming the one left
  const mine = ok.find((r) => r.json.city_id === A.id).json;
  expectError(await post(`pledges/${mine.id}/cancel`, tok.offB, {}), 403);
  expectStatus(await post(`pledges/${mine.id}/cancel`, tok.offA, {}), 200);
  const r3 = await post('pledges', tok.offC, { need_id: need.id, city_id: C.id, quantity: 3 });
  expectError(r3, 409, { field: 'quantity' });
  assert.match(r3.json.error.message, /only 1 generators remain/);
  // the city in need confirms what arrived, not the pledging one
  const some = ok.filter((r) => r.json.city_id === B.id).map((r) => r.json);
  expectError(await post(`pledges/${some[0].id}/confirm`, tok.offB, {}), 403);
  expectError(await post(`pledges/${some[0].id}/confirm`, tok.offU, { delivered_quantity: 2 }), 422, { field: 'delivered_quantity' });
  expectStatus(await post(`pledges/${some[0].id}/confirm`, tok.offU, {}), 200);
  n = await get(`needs/${need.id}`);
  assert.equal(n.met, 1);
  assert.equal(n.status, 'partly_met');
  expectError(await post(`pledges/${some[0].id}/confirm`, tok.offU, {}), 409, { field: 'status' });
  // all delivered: met
  for (const p of ok.map((r) => r.json).filter((p) => p.id !== mine.id && p.id !== some[0].id)) {
    expectStatus(await post(`pledges/${p.id}/confirm`, tok.offU, {}), 200);
  }
  expectStatus(await post('pledges', tok.offC, { need_id: need.id, city_id: C.id, quantity: 1 }), 201);
  const last = (await get(`pledges?need=${need.id}&city=${C.id}`)).items[0];
  expectStatus(await post(`pledges/${last.id}/confirm`, tok.offU, {}), 200);
  n = await get(`needs/${need.id}`);
  assert.equal(n.met, 20);
  assert.equal(n.status, 'met');
  expectError(await post('pledges', tok.offD, { need_id: need.id, city_id: D.id, quantity: 1 }), 409, { field: 'need_id' });
  // the city in need heard of the pledges, the pledging city of the confirmations
  const u = await get('notifications', tok.offU);
  assert.ok(u.items.some((x) => x.topic === 'need_pledged' && x.link === `#/need/${need.id}`));
  const b = await get('notifications', tok.offB);
  assert.ok(b.items.some((x) => x.topic === 'pledge_confirmed'));
});

test('rules: for one\'s own city, not to oneself, withdrawn with a reason, less than is pledged refused', async () => {
  const need = await create(s, tok.offU, 'needs', { city_id: U.id, category: 'medical', title: 'Medical kits (synthetic)', quantity: 10, unit: 'kits', urgency: 'medium' });
  expectError(await post('pledges', tok.offA, { need_id: need.id, city_id: B.id, quantity: 1 }), 403);
  expectError(await post('pledges', tok.offU, { need_id: need.id, city_id: U.id, quantity: 1 }), 422, { field: 'city_id' });
  expectError(await post('pledges', admin, { need_id: need.id, city_id: U.id, quantity: 1 }), 422, { field: 'city_id' });
  expectError(await post('pledges', tok.offA, { need_id: need.id, city_id: A.id, quantity: 0 }), 422, { field: 'quantity' });
  expectError(await post('pledges', tok.offA, { need_id: 999999, city_id: A.id, quantity: 1 }), 422, { field: 'need_id' });
  expectStatus(await post('pledges', tok.offA, { need_id: need.id, city_id: A.id, quantity: 6 }), 201);
  expectError(await s.req('PATCH', P(`needs/${need.id}`), { token: tok.offU, body: { quantity: 4 } }), 422, { field: 'quantity' });
  expectError(await post(`needs/${need.id}/withdraw`, tok.offU, {}), 422, { field: 'withdrawn_reason' });
  expectError(await post(`needs/${need.id}/withdraw`, tok.offA, { withdrawn_reason: 'x' }), 403);
  const w = expectStatus(await post(`needs/${need.id}/withdraw`, tok.offU, { withdrawn_reason: 'Delivered by the region (synthetic).' }), 200).json;
  assert.equal(w.status, 'withdrawn');
  assert.equal(w.withdrawn_reason, 'Delivered by the region (synthetic).');
  expectError(await post('pledges', tok.offB, { need_id: need.id, city_id: B.id, quantity: 1 }), 409, { field: 'need_id' });
  expectError(await s.req('DELETE', P(`needs/${need.id}`), { token: admin }), 405);
  const history = await get(`needs/${need.id}/history`, tok.offU).catch(() => null);
  if (history) assert.ok(history.items.length >= 2, 'every change kept as a version');
});

test('standing offers and the matching, with reasons', async () => {
  const offer = await create(s, tok.offD, 'offers', { city_id: D.id, category: 'hosting', title: 'We can host 40 displaced people (synthetic)', quantity: 40, unit: 'people' });
  await create(s, tok.offC, 'offers', { city_id: C.id, category: 'expertise', title: 'An expert on housing displaced people, who speaks Ukrainian (synthetic)', quantity: 1, unit: 'experts', language: 'uk' });
  const hosting = (await get(`needs?city=${U.id}&category=hosting`)).items[0];
  const m = (await get(`needs/${hosting.id}/matches`)).items;
  const byName = Object.fromEntries(m.map((x) => [x.city.name, x]));
  assert.ok(byName.Nddelta.reasons.some((r) => r.kind === 'offer'), 'a standing offer of the category');
  assert.ok(byName.Nddelta.reasons.some((r) => r.kind === 'partner_of_partner'));
  assert.ok(byName.Ndalpha.reasons.some((r) => r.kind === 'partner'));
  assert.ok(byName.Ndgamma.reasons.some((r) => r.kind === 'network' && r.count === 1));
  assert.ok(byName.Ndalpha.reasons.some((r) => r.kind === 'helped_before'), 'A delivered before');
  assert.ok(byName.Ndalpha.reasons.some((r) => r.kind === 'distance' && r.km > 500 && r.km < 1500));
  assert.equal(m[0].city.name, 'Nddelta', 'the standing offer first');
  for (let i = 1; i < m.length; i++) assert.ok(m[i - 1].score >= m[i].score, 'best first');
  const fits = (await get(`offers/${offer.id}/matches`)).items;
  assert.deepEqual(fits.map((x) => x.id), [hosting.id]);
  expectError(await post('offers', tok.offD, { city_id: D.id, category: 'hosting', title: 'x', quantity: 4, unit: 'tonnes' }), 422, { field: 'unit' });
  // a pledge from a standing offer names it; only the pledging city's own offers
  const fromOffer = expectStatus(await post('pledges', tok.offD, { need_id: hosting.id, city_id: D.id, quantity: 2, offer_id: offer.id }), 201).json;
  assert.equal(fromOffer.offer_id, offer.id);
  expectError(await post('pledges', tok.offA, { need_id: hosting.id, city_id: A.id, quantity: 1, offer_id: offer.id }), 422, { field: 'offer_id' });
  expectStatus(await post(`pledges/${fromOffer.id}/cancel`, tok.offD, {}), 200);
  expectStatus(await post(`offers/${offer.id}/withdraw`, tok.offD, {}), 200);
  assert.equal((await get(`offers/${offer.id}/matches`)).items.length, 1, 'a withdrawn offer still names what it fitted');
});

test('a shared language, and (the office\'s own view only) how many of its people have ties there', async () => {
  const E = await create(s, admin, 'cities', { name: 'Ndepsilon', country: 'UA', lat: 49.84, lng: 24.03 });
  await create(s, admin, 'partnerships', { party_a: { city_id: A.id }, party_b: { city_id: E.id }, kind: 'twinning', status: 'signed' });
  await create(s, tok.offU, 'people', {
    city_id: U.id, name: 'Tie Holder (synthetic)', ties: [{ city_id: B.id, kind: 'family' }],
    basis: 'consent', consent: { purposes: ['record'], how: 'by_email' },
  });
  const need = await create(s, tok.offU, 'needs', { city_id: U.id, category: 'training', title: 'Training for rescuers (synthetic)', quantity: 3, unit: 'sessions', urgency: 'medium' });
  const seen = async (token) => Object.fromEntries((await get(`needs/${need.id}/matches`, token)).items.map((x) => [x.city.name, x]));
  const pub = await seen(undefined);
  assert.deepEqual(pub.Ndepsilon.reasons.find((r) => r.kind === 'language'), { kind: 'language', language: 'uk' }, 'Ukrainian, the need\'s country\'s language');
  assert.ok(!pub.Ndbeta.reasons.some((r) => r.kind === 'language'));
  for (const [who, t] of [['the public', undefined], ['another city', tok.offA], ['the tied city', tok.offB]]) {
    const m = await seen(t);
    assert.ok(!m.Ndbeta.reasons.some((r) => r.kind === 'people'), `${who} is not told of the office's people`);
  }
  const own = await seen(tok.offU);
  assert.deepEqual(own.Ndbeta.reasons.find((r) => r.kind === 'people'), { kind: 'people', count: 1 });
  assert.ok(own.Ndbeta.score > pub.Ndbeta.score);
  assert.ok(!JSON.stringify(own).includes('Tie Holder'), 'a count, never who');
});

test('figures per network and per country, and the board as CSV', async () => {
  const byNet = (await get('needs/figures?by=networks')).items;
  const sns = byNet.find((x) => x.name === 'SNS');
  assert.ok(sns.posted >= 3);
  assert.equal(sns.met, 1);
  assert.equal(sns.delivered.generators, 20);
  assert.ok(sns.median_hours_to_first_pledge >= 0);
  const byCountry = (await get('needs/figures?by=countries')).items;
  assert.equal(byCountry.find((x) => x.key === 'UA').delivered.generators, 20);
  expectError(await s.req('GET', P('needs/figures?by=planet')), 400, { field: 'by' });
  const csv = await s.req('GET', P('needs?format=csv&live=false'));
  assert.equal(csv.status, 200);
  assert.match(csv.text ?? String(csv.body ?? ''), /Generators for the water works/);
  // the board and the figures on a map: GeoJSON
  const board = await s.req('GET', P('needs?format=geojson&live=false'));
  assert.equal(board.status, 200);
  const water = board.json.features.find((f) => f.properties.title.startsWith('Generators for the water works'));
  assert.deepEqual(water.geometry, { type: 'Point', coordinates: [35.04, 48.46] });
  assert.equal(water.properties.city.name, 'Ndnipro');
  assert.ok(!('can' in water.properties));
  assert.ok(byCountry.find((x) => x.key === 'UA').cities.some((c) => c.name === 'Ndnipro' && c.lat === 48.46));
  const geo = await s.req('GET', P('needs/figures?by=countries&format=geojson'));
  assert.equal(geo.status, 200);
  assert.match(geo.headers.get('content-type'), /^application\/geo\+json/);
  const ua = geo.json.features.find((f) => f.properties.key === 'UA');
  assert.equal(ua.geometry.type, 'MultiPoint');
  assert.ok(ua.geometry.coordinates.some(([x, y]) => x === 35.04 && y === 48.46));
  assert.equal(ua.properties.delivered.generators, 20);
  const fcsv = await s.req('GET', P('needs/figures?by=networks&format=csv'));
  assert.equal(fcsv.status, 200);
  assert.match(fcsv.text ?? '', /^key,name,posted,met,pledged_needs,median_hours_to_first_pledge,delivered,cities/);
  assert.match(fcsv.text ?? '', /SNS/);
});

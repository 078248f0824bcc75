// The OpenAPI document, and every operation it documents answering.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { adminServer, create, expectStatus, expectError, API, ADMIN } from './helpers.mjs';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
let s, admin, doc;
const keep = {};
let erasable;
let eventId; // an activity with places
let travelReg; // a registration for an event a network organises
let noticeId; // a notification of the officer's
let pledgeTarget; // a need that stays open, and a city that may pledge to it
let officerToken; // a city's officer: a private calendar is theirs
const del = {};
let revokeToken;
let returnable; // a submitted practice, to be returned
let index; // Index responses: one submitted, drafts to answer, submit and delete

before(async () => {
  ({ s, admin } = await adminServer());
  const r = await s.req('GET', `${API}/openapi.json`);
  expectStatus(r, 200, 'openapi');
  doc = r.json;

  const c1 = await create(s, admin, 'cities', { name: 'Route City One', country: 'IT' });
  const c2 = await create(s, admin, 'cities', { name: 'Route City Two', country: 'FR' });
  const c3 = await create(s, admin, 'cities', { name: 'Route City Three', country: 'DE' });
  const o1 = await create(s, admin, 'organisations', { name: 'Route Org One', city_id: c1.id });
  const o2 = await create(s, admin, 'organisations', { name: 'Route Org Two' });
  const n1 = await create(s, admin, 'networks', { name: 'Route Net One' });
  const n2 = await create(s, admin, 'networks', { name: 'Route Net Two' });
  const m1 = await create(s, admin, 'memberships', { network_id: n1.id, city_id: c1.id });
  const m2 = await create(s, admin, 'memberships', { network_id: n1.id, city_id: c2.id });
  const g1 = await create(s, admin, 'groups', { network_id: n1.id, name: 'Route Group One' });
  const g2 = await create(s, admin, 'groups', { network_id: n1.id, name: 'Route Group Two' });
  const gm1 = await create(s, admin, 'group-members', { group_id: g1.id, city_id: c1.id });
  const gm2 = await create(s, admin, 'group-members', { group_id: g1.id, city_id: c2.id });
  const p1 = await create(s, admin, 'partnerships', { party_a: { city_id: c1.id }, party_b: { city_id: c2.id } });
  const p2 = await create(s, admin, 'partnerships', { party_a: { city_id: c1.id }, party_b: { country: 'ES' } });
  const a1 = await create(s, admin, 'activities', { kind: 'workshop', title: 'Route Activity One' });
  const a2 = await create(s, admin, 'activities', { kind: 'conference', title: 'Route Activity Two' });
  const t1 = await create(s, admin, 'topics', { id: 'route-topic-one', scheme: 'icc', label: 'Route topic one' });
  const t2 = await create(s, admin, 'topics', { id: 'route-topic-two', scheme: 'icc', label: 'Route topic two' });
  const k1 = await create(s, admin, 'countries', { code: 'XA', name: 'Route Land A' });
  const k2 = await create(s, admin, 'countries', { code: 'XB', name: 'Route Land B' });
  const u2 = await create(s, admin, 'users', { username: 'route-user', password: 'route-pass-1', role: 'officer', city_id: c1.id });
  const d1 = await create(s, admin, 'diaspora', { city_id: c1.id, origin_country: 'FR', size: 1200, year: 2020 });
  const d2 = await create(s, admin, 'diaspora', { city_id: c1.id, origin_city_id: c3.id });
  // SYNTHETIC people: a public official's work contact needs no consent
  const person = (name) => create(s, admin, 'people', { city_id: c1.id, name, basis: 'public_official',
    basis_note: 'Head of the twinning office, in that role (synthetic)' });
  const h1 = await person('Route Person One');
  const h2 = await person('Route Person Two');
  erasable = (await person('Route Person Three')).id;
  const opp = (title) => create(s, admin, 'opportunities', { city_id: c1.id, title, kind: 'culture', person_ids: [h1.id] });
  const ev = await create(s, admin, 'activities', { kind: 'workshop', title: 'Route event', host_city_id: c1.id, capacity: 10 });
  const reg = (name) => create(s, admin, 'registrations', { activity_id: ev.id, city_id: c1.id, delegate_name: name });
  const rg1 = await reg('Route delegate one');
  const rg2 = await reg('Route delegate two');
  // travel support: for an event a network organises
  const ev2 = await create(s, admin, 'activities', { kind: 'workshop', title: 'Route networked event', network_id: n1.id, capacity: 10 });
  const rg3 = await create(s, admin, 'registrations', { activity_id: ev2.id, city_id: c1.id, delegate_name: 'Route delegate three' });
  travelReg = rg3.id;
  // needs of c1, an offer and a pledge of c2 (SYNTHETIC)
  const nd = (title) => create(s, admin, 'needs', { city_id: c1.id, category: 'generators', title, quantity: 1000, unit: 'generators', urgency: 'high' });
  const nd1 = await nd('Route need one');
  pledgeTarget = { need: (await nd('Route need two')).id, city: c2.id };
  const of1 = await create(s, admin, 'offers', { city_id: c2.id, category: 'training', title: 'Route offer', quantity: 3, unit: 'places' });
  const pl1 = await create(s, admin, 'pledges', { need_id: nd1.id, city_id: c2.id, quantity: 300 });
  const tr = (covers) => create(s, admin, 'travel-requests', { registration_id: rg3.id, covers, amount: 500, currency: 'EUR' });
  const tr1 = await tr('travel');
  const tr2 = await tr('subsistence');
  eventId = ev.id;
  const op1 = await opp('Route opportunity one');
  const op2 = await opp('Route opportunity two');
  const expert = await create(s, admin, 'people', { network_id: n1.id, city_id: c1.id, roles: ['expert'], name: 'Route Expert', basis: 'public_official', basis_note: 'Route (synthetic)' });
  const task = (round) => create(s, admin, 'assignments', { network_id: n1.id, city_id: c1.id, person_id: expert.id, kind: 'index_report', round });
  const as1 = await task(2024);
  const as2 = await task(2025);
  const pr1 = await create(s, admin, 'practices', { title: 'Route practice one', city_id: c1.id, network_id: n1.id });
  const pr2 = await create(s, admin, 'practices', { title: 'Route practice two', country: 'IT' });
  const pr3 = await create(s, admin, 'practices', { title: 'Route practice three', country: 'IT', network_id: n1.id });
  expectStatus(await s.req('POST', `${API}/practices/${pr3.id}/submit`, { token: admin }), 200, 'submit');
  returnable = pr3.id;
  // the Index: a submitted response to read, drafts to answer, submit and delete
  const resp = (city, round) => create(s, admin, 'index/responses', { city_id: city, round });
  const r1 = await resp(c1.id, 2024);
  expectStatus(await s.req('POST', `${API}/index/responses/${r1.id}/submit`, { token: admin }), 200, 'submit response');
  index = { read: r1.id, answer: (await resp(c1.id, 2023)).id, submit: (await resp(c2.id, 2023)).id,
    remove: (await resp(c2.id, 2022)).id };
  Object.assign(keep, { cities: c1.id, organisations: o1.id, networks: n1.id, memberships: m1.id,
    partnerships: p1.id, activities: a1.id, topics: t1.id, countries: k1.code, users: u2.id,
    practices: pr1.id, diaspora: d1.id, groups: g1.id, 'group-members': gm1.id, people: h1.id, opportunities: op1.id, assignments: as1.id, registrations: rg1.id, 'travel-requests': tr1.id, needs: nd1.id, offers: of1.id, pledges: pl1.id });
  Object.assign(del, { 'travel-requests': tr2.id, registrations: rg2.id, assignments: as2.id, opportunities: op2.id, people: h2.id, diaspora: d2.id, practices: pr2.id, cities: c3.id, organisations: o2.id, networks: n2.id, memberships: m2.id,
    partnerships: p2.id, activities: a2.id, topics: t2.id, countries: k2.code, users: u2.id,
    groups: g2.id, 'group-members': gm2.id });
  revokeToken = await s.login(ADMIN.username, ADMIN.password);
  officerToken = await s.login('route-user', 'route-pass-1');
  // the officer of c1 heard of c1's registrations
  noticeId = (await s.req('GET', `${API}/notifications`, { token: officerToken })).json.items[0].id;
});

after(async () => { await s?.stop(); });

// Minimal valid bodies for the writes.
function bodyFor(method, resource) {
  if (method === 'post') {
    switch (resource) {
      case 'cities': return { name: 'Posted City', country: 'PT' };
      case 'countries': return { code: 'XC', name: 'Route Land C' };
      case 'networks': return { name: 'Posted Network' };
      case 'memberships': return { network_id: keep.networks, organisation_id: keep.organisations };
      case 'partnerships': return { party_a: { city_id: keep.cities }, party_b: { country: 'PT' } };
      case 'activities': return { kind: 'aid', title: 'Posted activity' };
      case 'organisations': return { name: 'Posted Org' };
      case 'topics': return { id: 'posted-topic', scheme: 'sdg', label: 'Posted topic' };
      case 'sessions': return { username: ADMIN.username, password: ADMIN.password };
      case 'users': return { username: 'posted-user', password: 'posted-pass-1', role: 'admin' };
      case 'practices': return { title: 'Posted practice', country: 'IT' };
      case 'diaspora': return { city_id: keep.cities, origin_country: 'DE', year: 2021 };
      case 'groups': return { network_id: keep.networks, name: 'Posted group' };
      // into the group deleted later (keep.cities is in the kept one already)
      case 'group-members': return { group_id: del.groups, city_id: keep.cities };
      case 'people': return { city_id: keep.cities, name: 'Posted Person', basis: 'public_official', basis_note: 'Mayor, in office (synthetic)' };
      case 'opportunities': return { city_id: keep.cities, title: 'Posted opportunity', kind: 'trade' };
      case 'assignments': return { network_id: keep.networks, city_id: keep.cities, kind: 'advice' };
      case 'registrations': return { activity_id: eventId, city_id: keep.cities, delegate_name: 'Posted delegate' };
      case 'travel-requests': return { registration_id: travelReg, covers: 'travel_and_subsistence', amount: 12.5, currency: 'UAH' };
      case 'needs': return { city_id: keep.cities, category: 'hosting', title: 'Posted need', quantity: 5, unit: 'people', urgency: 'low' };
      case 'offers': return { city_id: keep.cities, category: 'training', title: 'Posted offer', quantity: 3, unit: 'places' };
      case 'pledges': return { need_id: pledgeTarget.need, city_id: pledgeTarget.city, quantity: 1 };
      case 'consent-texts': return { purpose: 'record', language: 'it', text: 'Testo di consenso di prova (sintetico), versione nuova.' };
      default: return {};
    }
  }
  if (method === 'patch') {
    switch (resource) {
      case 'settings': return { dormant_after_years: 3 };
      case 'countries': return { name: 'Route Land A renamed' };
      case 'topics': return { label: 'Route topic one renamed' };
      case 'memberships': return { role: 'board' };
      case 'partnerships': return { note: 'patched' };
      case 'activities': return { title: 'Route Activity One patched' };
      case 'practices': return { title: 'Route practice one, patched' };
      case 'diaspora': return { size: 1300 };
      case 'opportunities': return { title: 'Route opportunity one, patched' };
      case 'assignments': return { note: 'patched' };
      case 'registrations': return { delegate_name: 'Route delegate one, patched' };
      case 'travel-requests': return { note: 'patched' };
      default: return { name: `Patched ${resource}` };
    }
  }
  return undefined;
}

function indexPlan(path, method) {
  const url = (id) => path.replace('{id}', String(id));
  if (path === '/api/v1/index/responses' && method === 'post') return { url: path, body: { city_id: keep.cities, round: 2021 }, expected: 201 };
  if (path === '/api/v1/index/published') return { url: path, body: { city_id: keep.cities, round: 2016, aggregate: 50, source: 'Route source (synthetic)' }, expected: 201 };
  if (path.endsWith('/answers')) return { url: url(index.answer), body: { answers: { 'commitment.strategy': { option: 'yes' } } }, expected: 200 };
  if (path.endsWith('/submit')) return { url: url(index.submit), expected: 200 };
  if (method === 'delete') return { url: url(index.remove), expected: 204 };
  return { url: url(index.read), expected: 200 };
}

function plan(path, method) {
  if (path.startsWith('/api/v1/index/')) return { token: admin, ...indexPlan(path, method) };
  // an event's places; the calendars of a city, a network, a group
  if (path === '/api/v1/activities/{id}/places') return { url: path.replace('{id}', String(eventId)), token: admin, expected: 200 };
  const cal = path.match(/^\/api\/v1\/calendars\/(cities|networks|groups)\/\{id\}$/);
  if (cal) return { url: path.replace('{id}', String(keep[cal[1]])), token: admin, expected: 200 };
  // a private calendar: an officer's address; an address that is no one's
  if (path === '/api/v1/sessions/current/calendar') return { url: path, token: officerToken, expected: 201 };
  if (path === '/api/v1/calendars/private/{token}') return { url: path.replace('{token}', '0'.repeat(64)), expected: 404 };
  // the public form: its own body, no session
  if (path === '/api/v1/people/register') {
    return { url: path, body: { city_id: keep.cities, name: 'Registered (synthetic)', email: 'r@example.invalid', what_they_offer: 'Synthetic.', consent: ['record'] }, expected: 201 };
  }
  // an assignment completed by its step (which the sort runs first) is no
  // longer to be changed
  if (['/api/v1/assignments/{id}', '/api/v1/travel-requests/{id}', '/api/v1/needs/{id}', '/api/v1/offers/{id}'].includes(path) && method === 'patch') {
    const kind = path.split('/')[3];
    const body = ['needs', 'offers'].includes(kind) ? { title: 'Patched' } : { note: 'patched' };
    return { url: path.replace('{id}', String(keep[kind])), token: admin, body, expected: [200, 409] };
  }
  if (false) {
    return { url: path.replace('{id}', String(keep.assignments)), token: admin, body: { note: 'patched' }, expected: [200, 409] };
  }
  // notifications are the caller's own: the officer's; its choices; the admins' mail settings
  if (path === '/api/v1/notifications/{id}/read') return { url: path.replace('{id}', String(noticeId)), token: officerToken, expected: 200 };
  if (path === '/api/v1/notifications/read-all') return { url: path, token: officerToken, expected: 200 };
  if (path === '/api/v1/notifications/preferences' && method === 'patch') {
    return { url: path, token: officerToken, body: { topics: [{ topic: 'travel_decided', in_app: true, email: false }] }, expected: 200 };
  }
  if (path === '/api/v1/mail-settings' && method === 'patch') return { url: path, token: admin, body: { retry_seconds: 60 }, expected: 200 };
  // erasing a person is a delete by another road: a person of its own
  if (path === '/api/v1/people/{id}/erase') {
    return { url: path.replace('{id}', String(erasable)), token: admin, body: { reason: 'request' }, expected: 204 };
  }
  const m = path.match(/^\/api\/v1\/([a-z-]+)/);
  const resource = m ? m[1] : null;
  const ids = method === 'delete' ? del : keep;
  let url = path.replace('{id}', String(ids[resource])).replace('{code}', String(ids[resource]));
  let token = admin;
  if (path === '/api/v1/sessions/current' && method === 'delete') token = revokeToken;
  let expected = { get: 200, post: 201, patch: 200, delete: 204 }[method];
  let body = bodyFor(method, resource);
  // a step of a record's life (end a partnership, leave a network) changes a
  // record: its body is the document's example; in the record's state it
  // is taken (200) or refused for that state (409)
  const op = doc.paths[path][method];
  const stepOf = op['x-action'] && !['create', 'update', 'delete', 'read'].includes(op['x-action']);
  if (stepOf && !path.startsWith('/api/v1/practices/')) {
    const ref = op.requestBody?.content?.['application/json']?.schema?.$ref;
    return { url, token, body: ref ? doc.components.schemas[ref.split('/').pop()].example : undefined, expected: [200, 409] };
  }
  // the review steps change a practice, they do not make one
  const step = path.match(/\/practices\/\{id\}\/(submit|publish|return)$/);
  if (step) {
    expected = 200;
    body = step[1] === 'return' ? { comment: 'Say more about the results.' } : undefined;
    if (step[1] === 'return') url = path.replace('{id}', String(returnable));
  }
  return { url, token, body, expected };
}

test('GET /api/v1/openapi.json is an OpenAPI 3 document', () => {
  assert.match(String(doc.openapi), /^3\./);
  assert.equal(typeof doc.info?.title, 'string');
  assert.equal(typeof doc.info?.version, 'string');
  assert.equal(typeof doc.paths, 'object');
  assert.ok(doc.components?.schemas, 'components.schemas');
  let n = 0;
  for (const [path, ops] of Object.entries(doc.paths)) {
    assert.ok(path.startsWith('/'), path);
    for (const m of METHODS) {
      if (!ops[m]) continue;
      n++;
      assert.ok(ops[m].responses && Object.keys(ops[m].responses).length > 0, `${m} ${path} documents its responses`);
    }
  }
  assert.ok(n >= 40, `at least 40 operations documented, found ${n}`);
});

test('the OpenAPI document covers the main resources', () => {
  for (const r of ['cities', 'countries', 'networks', 'memberships', 'partnerships', 'activities', 'organisations', 'topics']) {
    assert.ok(doc.paths[`/api/v1/${r}`]?.get, `GET /api/v1/${r}`);
    assert.ok(doc.paths[`/api/v1/${r}`]?.post, `POST /api/v1/${r}`);
  }
  assert.ok(doc.paths['/api/v1/networks/{id}/members']?.get, 'members route');
  assert.ok(doc.paths['/api/v1/sessions']?.post, 'sign in');
  assert.ok(doc.paths['/api/v1/settings']?.patch, 'settings');
  // every $ref resolves
  const text = JSON.stringify(doc);
  for (const [, ref] of text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) {
    assert.ok(doc.components.schemas[ref], `$ref ${ref} resolves`);
  }
});

test('every documented operation answers (with ids of real records)', async () => {
  const ops = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const m of METHODS) if (item[m]) ops.push({ path, method: m });
  }
  // reads and creates first, then updates, then deletes (sign-out last of all)
  const order = { get: 0, post: 1, patch: 2, delete: 3 };
  ops.sort((x, y) => order[x.method] - order[y.method]
    || (x.path === '/api/v1/sessions/current') - (y.path === '/api/v1/sessions/current'));
  const failures = [];
  for (const { path, method } of ops) {
    const p = plan(path, method);
    // required query parameters, from the document's own examples
    const required = (doc.paths[path][method].parameters || []).filter((x) => x.in === 'query' && x.required);
    for (const q of required) {
      assert.ok(q.example !== undefined, `${method} ${path}: required parameter ${q.name} has an example`);
      p.url += `${p.url.includes('?') ? '&' : '?'}${q.name}=${encodeURIComponent(q.example)}`;
    }
    const r = await s.req(method.toUpperCase(), p.url, { token: p.token, body: p.body });
    const where = `${method.toUpperCase()} ${p.url} -> ${r.status} ${r.text.slice(0, 200)}`;
    if (r.status === 404 && r.json?.error?.code === 'no_route') failures.push(`no route: ${where}`);
    else if (r.status === 405) failures.push(`405: ${where}`);
    else if (r.status >= 500) failures.push(`server error: ${where}`);
    else if (![p.expected].flat().includes(r.status)) failures.push(`expected ${p.expected}: ${where}`);
  }
  assert.deepEqual(failures, []);
});

test('documented paths refuse undocumented methods with 405 and an Allow header', async () => {
  const failures = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    const documented = METHODS.filter((m) => item[m]).map((m) => m.toUpperCase());
    const url = path.replace('{id}', String(keep.cities)).replace('{code}', 'IT');
    const r = await s.req('PUT', url, { token: admin, body: {} });
    if (r.status !== 405) { failures.push(`PUT ${url} -> ${r.status}`); continue; }
    const allow = (r.headers.get('allow') || '').split(',').map((x) => x.trim()).filter(Boolean);
    for (const m of documented) if (!allow.includes(m)) failures.push(`PUT ${url}: Allow "${allow}" lacks ${m}`);
    if (r.json?.error?.code === undefined) failures.push(`PUT ${url}: no error body`);
  }
  assert.deepEqual(failures, []);
});

test('unknown paths answer 404 no_route', async () => {
  for (const p of ['/api/v1/nothing', '/api/v2/cities', '/api/v1/cities/1/nothing', '/api/v1/networks/1/members/extra', '/api']) {
    const r = await s.req('GET', p);
    expectError(r, 404, { code: 'no_route', what: p });
  }
});

test('healthz answers', async () => {
  const r = await s.req('GET', '/healthz');
  expectStatus(r, 200);
  assert.equal(r.json.status, 'ok');
});

// docs/auth.md's table of rights is the one the server applies (amity rights
// prints it from the same rules): the two cannot drift apart.
test('docs/auth.md holds the rights table the server applies', async () => {
  const { readFileSync } = await import('node:fs');
  const { spawnSync } = await import('node:child_process');
  const { BIN } = await import('./harness.mjs');
  const printed = spawnSync(BIN, ['rights'], { encoding: 'utf8' });
  assert.equal(printed.status, 0, printed.stderr);
  const md = readFileSync(new URL('../../docs/auth.md', import.meta.url), 'utf8');
  const table = md.slice(md.indexOf('<!-- rights:begin -->\n') + 22, md.indexOf('<!-- rights:end -->'));
  assert.equal(table, printed.stdout, 'docs/auth.md is stale: paste the output of `amity rights` between its markers');
  // and every kind the API document publishes rights for is in it
  for (const s of Object.values(doc.components.schemas)) {
    if (s['x-rights']) assert.ok(table.includes(`| ${s['x-what']} |`), `${s['x-what']} in the table`);
  }
});

// People (citizen diplomacy) with consent and privacy at the core: a lawful
// basis for every record, who sees whom (the office, a partner it is shared
// with, a network's secretariat, the public profile), withdrawal at once,
// erasure that leaves nothing in the database file, the person's export,
// the audit log, the public registration form and its limit.
//
// SYNTHETIC TEST DATA: every city, network, account and person here is
// invented for the test; no name is a real person's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { adminServer, create, expectStatus, expectError, API } from './helpers.mjs';

const P = (x) => `${API}/${x}`;
let s, admin, A, B, C, N;
const tok = {};

const get = (path, token) => s.req('GET', P(path), { token });
const post = (path, token, body) => s.req('POST', P(path), { token, body });
const patch = (path, token, body) => s.req('PATCH', P(path), { token, body });
const consent = (...purposes) => ({ purposes: ['record', ...purposes], how: 'by_email' });

before(async () => {
  ({ s, admin } = await adminServer());
  A = await create(s, admin, 'cities', { name: 'Peopleton', country: 'IR' });
  B = await create(s, admin, 'cities', { name: 'Partnerburg', country: 'DE' });
  C = await create(s, admin, 'cities', { name: 'Strangerville', country: 'FR' });
  N = await create(s, admin, 'networks', { name: 'People Network' });
  await create(s, admin, 'memberships', { network_id: N.id, city_id: A.id });
  await create(s, admin, 'partnerships', { party_a: { city_id: A.id }, party_b: { city_id: B.id }, signed_date: '2010' });
  for (const [name, role, scope] of [['offA', 'officer', { city_id: A.id }], ['offB', 'officer', { city_id: B.id }],
    ['offC', 'officer', { city_id: C.id }], ['secN', 'secretariat', { network_id: N.id }], ['dpo', 'dpo', {}]]) {
    await create(s, admin, 'users', { username: name, password: `${name}-pass-1`, role, ...scope });
    tok[name] = await s.login(name, `${name}-pass-1`);
  }
});
after(async () => { await s?.stop(); });

const count = async () => (await get('people?limit=500', admin)).json.total;

test('a person is recorded only with a lawful basis; a refusal writes nothing', async () => {
  const before = await count();
  const base = { city_id: A.id, name: 'Basis Test (synthetic)' };
  expectError(await post('people', tok.offA, base), 422, { field: 'basis' });
  expectError(await post('people', tok.offA, { ...base, basis: 'consent' }), 422, { field: 'consent' });
  expectError(await post('people', tok.offA, { ...base, basis: 'consent', consent: { purposes: ['public_profile'], how: 'by_email' } }), 422, { field: 'consent' });
  expectError(await post('people', tok.offA, { ...base, basis: 'public_official' }), 422, { field: 'basis_note' });
  expectError(await post('people', tok.offA, { ...base, basis: 'consent', consent: consent(), email: 'not an address' }), 422, { field: 'email' });
  expectError(await post('people', tok.offA, { ...base, basis: 'consent', consent: { purposes: ['record'], how: 'telepathy' } }), 422, { field: 'consent.how' });
  expectError(await post('people', tok.offA, { ...base, basis: 'consent', consent: consent(), ties: [{ kind: 'family' }] }), 422, { field: 'ties' });
  expectError(await post('people', tok.offA, { ...base, basis: 'consent', consent: consent(), visibility: 'public' }), 422, { field: 'visibility' });
  expectError(await post('people', tok.offA, { ...base, basis: 'consent', consent: consent(), visibility: 'partner', shared_city_id: B.id }), 422, { field: 'visibility' });
  // another city's record, or a city it cannot name
  expectError(await post('people', tok.offB, { ...base, basis: 'consent', consent: consent() }), 403);
  expectError(await post('people', undefined, { ...base, basis: 'consent', consent: consent() }), 401);
  assert.equal(await count(), before, 'nothing half written');
  const ok = expectStatus(await post('people', tok.offA, { ...base, basis: 'consent', consent: consent() }), 201).json;
  assert.equal(ok.consents.length, 1);
  assert.equal(ok.consents[0].purpose, 'record');
  assert.equal(ok.consents[0].version, 1, 'the text agreed to, by version');
  assert.match(ok.review_date, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(ok.review_date > new Date().toISOString().slice(0, 10), 'a review date ahead');
});

test('who sees whom: the office, those it shares with, the data-protection officer; nobody else', async () => {
  const p = await create(s, tok.offA, 'people', {
    city_id: A.id, name: 'Office Only (synthetic)', email: 'office.only@example.invalid', phone: '+98 000',
    roles: ['ambassador'], ties: [{ city_id: B.id, kind: 'family' }], languages: ['fa', 'de'], basis: 'consent', consent: consent(),
  });
  assert.equal(p.ties[0].country, 'DE', 'a tie to a city is to its country too');
  assert.deepEqual(p.can, { update: true, delete: true, approve: false, withdraw: true, export: true });
  for (const [who, t] of [['anonymous', undefined], ['partner city', tok.offB], ['another city', tok.offC], ['a network', tok.secN]]) {
    expectError(await get(`people/${p.id}`, t), 404, { what: who });
    const list = (await get('people?limit=500', t)).json;
    assert.ok(!list.items.some((x) => x.id === p.id), `${who} does not list them`);
    assert.ok(!JSON.stringify(list).includes('office.only'), who);
    expectError(await patch(`people/${p.id}`, t, { name: 'Changed' }), t ? 404 : 401, { what: who });
  }
  const dpo = expectStatus(await get(`people/${p.id}`, tok.dpo), 200).json;
  assert.equal(dpo.email, 'office.only@example.invalid');
  assert.equal(dpo.can.update, false, 'the data-protection officer changes nothing');
  assert.equal(dpo.can.delete, true);
  expectError(await patch(`people/${p.id}`, tok.dpo, { name: 'Changed' }), 403);
  // shared with the partner city: with the person's consent to it
  const shared = expectStatus(await patch(`people/${p.id}`, tok.offA, { visibility: 'partner', shared_city_id: B.id, consent: { purposes: ['share_partner'], how: 'by_email' } }), 200).json;
  assert.deepEqual(shared.consents.map((x) => x.purpose), ['record', 'share_partner']);
  const seen = expectStatus(await get(`people/${p.id}`, tok.offB), 200).json;
  assert.equal(seen.email, 'office.only@example.invalid', 'the partner office sees the contact it was shared for');
  assert.equal(seen.can.update, false);
  expectError(await patch(`people/${p.id}`, tok.offB, { name: 'Changed' }), 403);
  expectError(await get(`people/${p.id}/export`, tok.offB), 403);
  expectError(await get(`people/${p.id}`, tok.offC), 404);
  // a city that is not a partner cannot be named
  expectError(await patch(`people/${p.id}`, tok.offA, { shared_city_id: C.id }), 403, { field: 'shared_city_id' });
  // withdrawn: at once, the partner no longer sees them
  const w = expectStatus(await post(`people/${p.id}/withdraw`, tok.offA, { purpose: 'share_partner' }), 200).json;
  assert.equal(w.erased, false);
  assert.equal(w.person.visibility, 'office');
  expectError(await get(`people/${p.id}`, tok.offB), 404);
  // shared with the network: its secretariat sees them
  expectStatus(await patch(`people/${p.id}`, tok.offA, { visibility: 'network', shared_network_id: N.id, consent: { purposes: ['share_network'], how: 'on_paper' } }), 200);
  expectStatus(await get(`people/${p.id}`, tok.secN), 200);
  assert.ok((await get(`people?role=ambassador&tie_city=${B.id}`, tok.secN)).json.items.some((x) => x.id === p.id), 'filters');
});

test('a public profile: only with consent to it, never the contact details, withdrawn at once', async () => {
  const p = await create(s, tok.offA, 'people', {
    city_id: A.id, name: 'Public Profile (synthetic)', email: 'public.profile@example.invalid', phone: '+98 111', note: 'office note',
    what_they_offer: 'Introductions (synthetic).', basis: 'consent', consent: consent('public_profile'), visibility: 'public',
  });
  assert.equal(p.public, true);
  const anon = expectStatus(await get(`people/${p.id}`), 200).json;
  assert.equal(anon.name, 'Public Profile (synthetic)');
  for (const f of ['email', 'phone', 'note', 'basis', 'basis_note', 'consents', 'review_date', 'review_due']) assert.ok(!(f in anon), `${f} is not public`);
  assert.ok((await get('people?limit=500')).json.items.some((x) => x.id === p.id));
  expectStatus(await post(`people/${p.id}/withdraw`, tok.offA, { purpose: 'public_profile' }), 200);
  expectError(await get(`people/${p.id}`), 404, { what: 'withdrawn: no longer public' });
  assert.ok(!(await get('people?limit=500')).json.items.some((x) => x.id === p.id));
  expectError(await patch(`people/${p.id}`, tok.offA, { visibility: 'public' }), 422, { field: 'visibility' });
});

test('export (articles 15 and 20) and the audit log (names of fields, never values)', async () => {
  const p = await create(s, tok.offA, 'people', { city_id: A.id, name: 'Export Me (synthetic)', email: 'export.me@example.invalid', basis: 'consent', consent: consent() });
  expectStatus(await patch(`people/${p.id}`, tok.offA, { email: 'export.me2@example.invalid' }), 200);
  expectStatus(await get(`people/${p.id}`, tok.dpo), 200);
  const ex = expectStatus(await get(`people/${p.id}/export`, tok.offA), 200).json;
  assert.equal(ex.person.email, 'export.me2@example.invalid');
  assert.equal(ex.consent_texts.length, 1);
  assert.match(ex.consent_texts[0].text, /withdraw this consent at any time/);
  const actions = ex.audit.map((x) => x.action);
  for (const a of ['create', 'update', 'read']) assert.ok(actions.includes(a), `${a} in ${actions}`);
  assert.ok(ex.audit.some((x) => x.role === 'dpo' && x.action === 'read'), 'the data-protection officer\'s read is logged');
  assert.equal(ex.audit.find((x) => x.action === 'update').detail, 'email', 'the field, not its value');
  expectError(await get(`people/${p.id}/export`), 401);
  expectError(await get(`people/${p.id}/export`, tok.offC), 404);
  expectStatus(await get(`people/${p.id}/export`, tok.dpo), 200);
  // the log itself: admins and the data-protection officer
  expectError(await get('people-audit', tok.offA), 403);
  expectError(await get('people-audit'), 401);
  const log = expectStatus(await get(`people-audit?person=${p.id}`, tok.dpo), 200).json;
  assert.ok(log.items.length >= 5 && log.items.every((x) => x.person_id === p.id));
  assert.ok(!JSON.stringify(log).includes('export.me'), 'no personal value in the log');
});

test('erasure: gone from every reply and from the database file, an anonymous count stays', async () => {
  const marker = `Erasemarker${Date.now().toString(36)}`;
  const p = await create(s, tok.offA, 'people', {
    city_id: A.id, name: `${marker} (synthetic)`, email: `${marker.toLowerCase()}@example.invalid`, what_they_offer: `${marker} offers`,
    ties: [{ country: 'UA', kind: 'culture' }], languages: ['uk'], basis: 'consent', consent: consent(),
  });
  expectStatus(await patch(`people/${p.id}`, tok.offA, { note: `${marker} note` }), 200);
  const erasedBefore = (await get('people-audit?limit=500', tok.dpo)).json.items.filter((x) => x.action === 'erase').length;
  const w = expectStatus(await post(`people/${p.id}/withdraw`, tok.offA, {}), 200).json;
  assert.deepEqual(w, { erased: true, person: null });
  for (const t of [admin, tok.dpo, tok.offA]) expectError(await get(`people/${p.id}`, t), 404);
  assert.ok(!JSON.stringify((await get('people?limit=500', admin)).json).includes(marker));
  assert.ok(!JSON.stringify((await get(`search?q=${marker}`, admin)).json ?? {}).includes(marker));
  const log = (await get('people-audit?limit=500', tok.dpo)).json.items;
  assert.equal(log.filter((x) => x.action === 'erase').length, erasedBefore + 1);
  assert.equal(log.find((x) => x.action === 'erase' && x.person_id === p.id).detail, 'withdrawal');
  // the file's live pages and the log hold no trace
  for (const f of [s.db, `${s.db}-wal`]) {
    if (!existsSync(f)) continue;
    const bytes = readFileSync(f);
    assert.equal(bytes.indexOf(Buffer.from(marker)), -1, `${f} holds no trace of the erased person`);
  }
  // erasing on request, by the data-protection officer
  const q = await create(s, tok.offA, 'people', { city_id: A.id, name: 'Erase On Request (synthetic)', basis: 'consent', consent: consent() });
  expectError(await post(`people/${q.id}/erase`, tok.offC, { reason: 'request' }), 404);
  expectError(await post(`people/${q.id}/erase`, tok.dpo, { reason: 'because' }), 422, { field: 'reason' });
  expectStatus(await post(`people/${q.id}/erase`, tok.dpo, { reason: 'request' }), 204);
  expectError(await get(`people/${q.id}`, admin), 404);
});

test('a withdrawal while exports run: each export whole or not found, never half', async () => {
  const p = await create(s, tok.offA, 'people', { city_id: A.id, name: 'Race Person (synthetic)', email: 'race@example.invalid', basis: 'consent', consent: consent() });
  const exports = Array.from({ length: 20 }, () => get(`people/${p.id}/export`, tok.offA));
  const withdrawal = post(`people/${p.id}/withdraw`, tok.offA, { purpose: 'record' });
  const done = await Promise.all([...exports, withdrawal]);
  for (const r of done.slice(0, -1)) {
    assert.ok([200, 404].includes(r.status), `export: ${r.status} ${r.text.slice(0, 100)}`);
    if (r.status === 200) assert.equal(r.json.person.email, 'race@example.invalid');
  }
  expectStatus(done.at(-1), 200);
  expectError(await get(`people/${p.id}/export`, tok.offA), 404);
});

test('names in every script, kept as written', async () => {
  for (const name of ['مریم احمدی (synthetic)', 'Олена Коваленко (synthetic)', '王小明 (synthetic)', 'Zoë Ñúñez-O\'Brien (synthetic)', 'שרה לוי (synthetic)']) {
    const p = await create(s, tok.offA, 'people', { city_id: A.id, name, basis: 'public_official', basis_note: 'Deputy mayor, in that role (synthetic)' });
    assert.equal(expectStatus(await get(`people/${p.id}`, tok.offA), 200).json.name, name);
    assert.ok((await get(`people?q=${encodeURIComponent(name.slice(0, 3))}`, tok.offA)).json.items.some((x) => x.id === p.id), name);
  }
});

test('self-registration: pending and private until the office takes it on; rejection erases; a flood is refused', async () => {
  const form = { city_id: A.id, name: 'Citizen Abroad (synthetic)', email: 'abroad@example.invalid', residence_city_id: B.id,
    ties: [{ city_id: B.id, kind: 'work' }], languages: ['fa', 'de'], what_they_offer: 'I know the universities here (synthetic).', consent: ['record'] };
  expectError(await post('people/register', undefined, { ...form, consent: ['public_profile'] }), 422, { field: 'consent' });
  expectError(await post('people/register', undefined, { ...form, email: undefined }), 422, { field: 'email' });
  const r = expectStatus(await post('people/register', undefined, form), 201).json;
  assert.deepEqual(Object.keys(r).sort(), ['id', 'status']);
  assert.equal(r.status, 'pending');
  expectError(await get(`people/${r.id}`), 404);
  expectError(await get(`people/${r.id}`, tok.offB), 404, { what: 'not shared until approved' });
  const pending = (await get('people?status=pending', tok.offA)).json.items;
  const mine = pending.find((x) => x.id === r.id);
  assert.ok(mine && mine.residence_country === 'DE' && mine.consents[0].how === 'online_form', JSON.stringify(mine));
  assert.equal(mine.can.approve, true);
  const ok = expectStatus(await post(`people/${r.id}/approve`, tok.offA), 200).json;
  assert.equal(ok.status, 'active');
  expectError(await post(`people/${r.id}/approve`, tok.offA), 409, { what: 'approved once' });
  // a second one, rejected: erased
  const r2 = expectStatus(await post('people/register', undefined, { ...form, name: 'Rejected Registrant (synthetic)' }), 201).json;
  expectStatus(await s.req('DELETE', P(`people/${r2.id}`), { token: tok.offA }), 204);
  expectError(await get(`people/${r2.id}`, tok.offA), 404);
  const log = (await get('people-audit?limit=500', tok.dpo)).json.items;
  assert.equal(log.find((x) => x.action === 'erase' && x.person_id === r2.id).detail, 'rejected');
  assert.equal(log.find((x) => x.action === 'register' && x.person_id === r.id).role, 'anonymous');
  // the limit per address and hour (a setting): then 429 with Retry-After, and the server keeps serving
  // three were counted above (the refused consent, and two taken; the
  // missing e-mail was refused before the form was read)
  expectStatus(await patch('settings', admin, { registrations_per_hour: 4 }), 200);
  const flood = await Promise.all(Array.from({ length: 12 }, (_, i) => post('people/register', undefined, { ...form, name: `Flood ${i} (synthetic)` })));
  assert.equal(flood.filter((x) => x.status === 201).length, 1, 'one more in this hour');
  const refused = flood.filter((x) => x.status === 429);
  assert.equal(refused.length, 11);
  assert.match(refused[0].headers.get('retry-after'), /^\d+$/);
  assert.equal(refused[0].json.error.code, 'too_many_requests');
  expectStatus(await s.req('GET', '/healthz'), 200);
  expectStatus(await get('cities'), 200);
});

test('consent texts: versions, never changed; an admin adds one', async () => {
  const list = expectStatus(await get('consent-texts?purpose=record'), 200).json.items;
  assert.ok(list.length >= 1 && list[0].version >= 1);
  // a language amity ships no text in
  const body = { purpose: 'record', language: 'de', text: 'Eine erfundene Einwilligung (synthetisch), um die Kontaktdaten zu behalten.' };
  expectError(await post('consent-texts', tok.offA, body), 403);
  const v1 = expectStatus(await post('consent-texts', admin, body), 201).json;
  const v2 = expectStatus(await post('consent-texts', admin, { ...body, text: `${body.text} Zweite Fassung.` }), 201).json;
  assert.deepEqual([v1.version, v2.version], [1, 2]);
  // a person who read the German agrees to its latest version; one who read
  // Persian to amity's own Persian text
  const p = await create(s, tok.offA, 'people', { city_id: A.id, name: 'German Reader (synthetic)', basis: 'consent', consent: { purposes: ['record'], how: 'on_paper', language: 'de' } });
  assert.equal(p.consents[0].text_id, v2.id);
  const fa = await create(s, tok.offA, 'people', { city_id: A.id, name: 'Persian Reader (synthetic)', basis: 'consent', consent: { purposes: ['record'], how: 'on_paper', language: 'fa' } });
  assert.equal(fa.consents[0].language, 'fa');
  assert.equal(fa.consents[0].version, 1);
});

test('the command line lists the kinds this issue adds (a kind with no table of its own gets columns from its schema)', async () => {
  const { cli } = await import('./harness.mjs');
  for (const kind of ['person', 'opportunity', 'assignment', 'registration']) {
    const r = cli(s.db, [kind, 'list']);
    assert.equal(r.status, 0, `amity ${kind} list: ${r.stderr}`);
    assert.match(r.stdout, /^id\b/, `amity ${kind} list prints a table`);
  }
  assert.match(cli(s.db, ['person', 'list']).stdout, /Office Only \(synthetic\)/);
});

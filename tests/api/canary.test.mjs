// The canary: a unique marker in every private field (practice contacts,
// review comments before publication, drafts, the authors' accounts,
// passwords, sign-in tokens, an Index draft's notes, and every field the API
// document marks x-private), then every output that reaches someone outside
// the record's city and network is read: every GET route of the API document
// (with every enum value of its filters and the marker as a search) without a
// session, with another city's and with another network's session; every
// export format; the server's log. The marker must never appear. A marker in
// a public field is read back too, so that a scan that sees nothing fails.
//
// SYNTHETIC TEST DATA: every city, network, person and record is invented.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN } from './harness.mjs';
import { adminServer, create, expectStatus, API } from './helpers.mjs';

const MARK = `zqcanary${process.pid}x${Date.now().toString(36)}`;
const PUBLIC = `zqpublic${process.pid}`;
const secrets = new Map(); // marker text -> what it stands for
const secret = (what, text = `${MARK}${secrets.size}`) => { secrets.set(text, what); return text; };
const planted = new Set(); // "Schema.field" planted

let s, admin, doc, A, B, N, M;
const readers = {};
const ids = {}; // collection path -> [ids]
const outputs = []; // [what, text]

const P = (x) => `${API}/${x}`;
const act = async (path, token, body) => expectStatus(await s.req('POST', P(path), { token, body }), 200, path).json;

before(async () => {
  ({ s, admin } = await adminServer({ quiet: false }));
  doc = (await s.req('GET', P('openapi.json'))).json;
  A = await create(s, admin, 'cities', { name: 'Canaryville', country: 'IT' });
  B = await create(s, admin, 'cities', { name: 'Otherton', country: 'FR' });
  N = await create(s, admin, 'networks', { name: 'Canary Network' });
  M = await create(s, admin, 'networks', { name: 'Other Network' });
  await create(s, admin, 'memberships', { network_id: N.id, city_id: A.id });

  // accounts: a password and the author's name are secrets; so is every token
  const authorName = secret('an author\'s account name', `${MARK}author`);
  const accounts = [
    [authorName, 'officer', { city_id: A.id }], ['canary.sec', 'secretariat', { network_id: N.id }],
    ['other.officer', 'officer', { city_id: B.id }], ['other.sec', 'secretariat', { network_id: M.id }],
  ];
  const tok = {};
  for (const [username, role, scope] of accounts) {
    const password = secret(`${username}'s password`, `${MARK}pw${username.length}${role}`);
    await create(s, admin, 'users', { username, password, role, ...scope });
    tok[username] = await s.login(username, password);
    secret(`${username}'s token`, tok[username]);
  }
  secret('the admin\'s token', admin);
  planted.add('User.password');
  const author = tok[authorName], sec = tok['canary.sec'];
  readers.anonymous = undefined;
  readers['another city'] = tok['other.officer'];
  readers['another network'] = tok['other.sec'];

  // practices: a draft (all of it is private), a returned one, a published one
  const contact = (what) => ({ contact_name: secret(`${what}: contact_name`), contact_email: `${secret(`${what}: contact_email`)}@example.invalid` });
  const draft = await create(s, author, 'practices', {
    title: secret('a draft\'s title'), summary: secret('a draft\'s summary'), city_id: A.id, network_id: N.id, ...contact('draft'),
  });
  const returned = await create(s, author, 'practices', { title: 'Canary returned practice', city_id: A.id, network_id: N.id, ...contact('returned') });
  await act(`practices/${returned.id}/submit`, author);
  await act(`practices/${returned.id}/return`, sec, { comment: secret('a review comment (returned)') });
  const published = await create(s, author, 'practices', {
    title: `Canary ${PUBLIC} published practice`, summary: 'Synthetic.', city_id: A.id, network_id: N.id, ...contact('published'),
  });
  await act(`practices/${published.id}/submit`, author);
  await act(`practices/${published.id}/return`, sec, { comment: secret('a review comment before publication') });
  await act(`practices/${published.id}/submit`, author);
  await act(`practices/${published.id}/publish`, sec);
  for (const f of ['contact_name', 'contact_email', 'review_comment', 'author']) planted.add(`Practice.${f}`);
  ids['/api/v1/practices'] = [draft.id, returned.id, published.id];

  // the Index: a draft's answers and notes are the city's
  const officerA = author;
  const draftResp = await create(s, officerA, 'index/responses', { city_id: A.id, round: 2025 });
  expectStatus(await s.req('PATCH', P(`index/responses/${draftResp.id}/answers`), { token: officerA,
    body: { answers: { 'commitment.strategy': { option: 'yes', note: secret('an Index draft\'s note') } } } }), 200);
  const sub = await create(s, officerA, 'index/responses', { city_id: A.id, round: 2024 });
  expectStatus(await s.req('PATCH', P(`index/responses/${sub.id}/answers`), { token: officerA,
    body: { answers: { 'commitment.strategy': { option: 'yes', note: secret('a note changed before submission') } } } }), 200);
  expectStatus(await s.req('PATCH', P(`index/responses/${sub.id}/answers`), { token: officerA,
    body: { answers: { 'commitment.strategy': { option: 'yes', note: 'The note as submitted.' } } } }), 200);
  await act(`index/responses/${sub.id}/submit`, officerA);
  ids['/api/v1/index/responses'] = [draftResp.id, sub.id];

  // people: a record seen by its office alone is personal through and
  // through (its name too); a public profile shows its name, never its
  // contact details or the office's notes; a public official's work contact
  // shared with a network's secretariat (not one of the readers)
  const personal = (what) => ({
    email: `${secret(`${what}: email`)}@example.invalid`, phone: secret(`${what}: phone`),
    note: secret(`${what}: the office's note`),
  });
  const p1 = await create(s, officerA, 'people', {
    city_id: A.id, name: secret('a person\'s name (office only)'), what_they_offer: secret('what an office-only person offers'),
    ties: [{ city_id: B.id, kind: 'family' }], languages: ['it'], basis: 'consent',
    consent: { purposes: ['record'], how: 'by_email' }, ...personal('an office-only person'),
  });
  const p2 = await create(s, officerA, 'people', {
    city_id: A.id, name: `Canary ${PUBLIC} public person`, what_they_offer: 'Synthetic.', basis: 'consent', visibility: 'public',
    consent: { purposes: ['record', 'public_profile'], how: 'online_form' }, ...personal('a public profile'),
  });
  const p3 = await create(s, officerA, 'people', {
    city_id: A.id, name: secret('a public official (shared with a network)'), basis: 'public_official',
    basis_note: secret('the basis note'), visibility: 'network', shared_network_id: N.id, ...personal('a shared official'),
  });
  // the fields that hold no text are private with the record they are in:
  // the office-only person's name stands for them, and the public profile's
  // are checked to be left out in people.test.mjs
  for (const f of ['email', 'phone', 'note', 'basis', 'basis_note', 'consent', 'consents', 'review_date', 'review_due']) planted.add(`Person.${f}`);
  ids['/api/v1/people'] = [p1.id, p2.id, p3.id];
  // the office's pipeline names its people: its own, whole
  const o1 = await create(s, officerA, 'opportunities', {
    city_id: A.id, title: secret('an opportunity\'s title'), kind: 'trade', description: secret('an opportunity\'s description'),
    person_ids: [p1.id, p3.id],
  });
  ids['/api/v1/opportunities'] = [o1.id];
  // an event's delegates are their city's and the organiser's (N's
  // secretariat, not a reader: registering a delegate tells the organiser)
  const ev = await create(s, admin, 'activities', { kind: 'workshop', title: 'Canary event (synthetic)', network_id: N.id, capacity: 1 });
  const rg1 = await create(s, officerA, 'registrations', { activity_id: ev.id, city_id: A.id, delegate_name: secret('a delegate\'s name') });
  const rg2 = await create(s, officerA, 'registrations', { activity_id: ev.id, city_id: A.id, person_id: p1.id });
  for (const f of ['person_id', 'delegate_name', 'delegate']) planted.add(`Registration.${f}`);
  ids['/api/v1/registrations'] = [rg1.id, rg2.id];
  // travel support names the delegate: the asking office's and the organiser's
  const tr = await create(s, officerA, 'travel-requests', { registration_id: rg1.id, covers: 'travel', amount: 310, currency: 'EUR' });
  planted.add('TravelRequest.delegate');
  ids['/api/v1/travel-requests'] = [tr.id];
  ids['/api/v1/activities'] = [ev.id];
  ids['/api/v1/cities'] = [A.id, B.id];
  ids['/api/v1/networks'] = [N.id, M.id];
});
after(async () => { await s?.stop(); });

function scan(what, text) {
  outputs.push([what, text]);
}

test('every private field of the API document has a marker planted', () => {
  const declared = [];
  for (const [name, sch] of Object.entries(doc.components.schemas)) {
    for (const [field, p] of Object.entries(sch.properties ?? {})) if (p['x-private']) declared.push(`${name}.${field}`);
  }
  assert.ok(declared.length >= 5, `private fields declared: ${declared}`);
  assert.deepEqual(declared.filter((x) => !planted.has(x)), [], 'private fields with no marker planted in this test');
});

test('no marker in any output that reaches someone outside the record\'s city and network', async () => {
  // every GET route, with its ids, its filters' values and the marker as a search
  for (const [path, item] of Object.entries(doc.paths)) {
    const op = item.get;
    if (!op) continue;
    const params = (op.parameters ?? []).filter((p) => p.in === 'query');
    const queries = [{}];
    const base = {};
    for (const p of params.filter((x) => x.required)) {
      base[p.name] = { name: 'Canaryville', country: 'IT', lat: '45', lng: '10', city: A.id, from: A.id, to: B.id }[p.name] ?? A.id;
    }
    queries[0] = base;
    for (const p of params) {
      if (p.name === 'q') queries.push({ ...base, q: MARK });
      for (const v of p.schema?.enum ?? []) queries.push({ ...base, [p.name]: v });
      if (p.name === 'city' && !p.required) queries.push({ ...base, city: A.id });
      if (p.name === 'network' && !p.required) queries.push({ ...base, network: N.id });
    }
    const param = path.match(/\{(\w+)\}/)?.[1];
    let paths = [path];
    if (param) {
      const coll = path.slice(0, path.indexOf(`/{${param}}`));
      const known = new Set(ids[coll] ?? []);
      const all = await s.req('GET', `${coll}?limit=500`, { token: admin });
      for (const x of all.json?.items ?? []) known.add(x[param]);
      paths = [...known].filter((v) => v !== undefined).map((v) => path.replace(`{${param}}`, encodeURIComponent(v)));
    }
    for (const p of paths) {
      for (const q of queries) {
        const qs = new URLSearchParams(q).toString();
        for (const [who, token] of Object.entries(readers)) {
          const r = await s.req('GET', `${p}${qs ? `?${qs}` : ''}`, { token });
          scan(`GET ${p}${qs ? `?${qs}` : ''} as ${who} (${r.status})`, r.text);
        }
      }
    }
  }
  // every export format (an export is handed to others)
  const dir = mkdtempSync(join(tmpdir(), 'amity-canary-'));
  try {
    const run = (args) => {
      const r = spawnSync(BIN, ['--db', s.db, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
      assert.equal(r.status, 0, `amity ${args.join(' ')}: ${r.stderr}`);
      return r.stdout;
    };
    scan('export --format json', run(['export', '--format', 'json']));
    run(['export', '--format', 'csv', '--out', dir]);
    for (const f of readdirSync(dir)) scan(`export --format csv: ${f}`, readFileSync(join(dir, f), 'utf8'));
    for (const res of ['practices', 'cities', 'activities']) {
      scan(`export --format json --resource ${res}`, run(['export', '--format', 'json', '--resource', res]));
      scan(`export --format csv --resource ${res}`, run(['export', '--format', 'csv', '--resource', res]));
    }
    for (const fmt of ['json', 'csv']) scan(`index export --format ${fmt}`, run(['index', 'export', '--format', fmt]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  scan('the server\'s log', s.stderr());

  const leaks = [];
  for (const [what, text] of outputs) {
    for (const [marker, meaning] of secrets) if (text.includes(marker)) leaks.push(`${meaning} in ${what}`);
    if (text.includes(MARK) && !leaks.some((l) => l.endsWith(what))) leaks.push(`a marker (${text.slice(text.indexOf(MARK), text.indexOf(MARK) + 40)}) in ${what}`);
  }
  const seenPublic = outputs.filter(([, text]) => text.includes(PUBLIC)).length;
  console.log(`canary: ${secrets.size} secrets planted in ${planted.size} private fields and drafts; ` +
    `${outputs.length} outputs scanned (${outputs.filter(([w]) => w.startsWith('GET')).length} API replies, ` +
    `${outputs.filter(([w]) => w.includes('export')).length} exports, the log); ${leaks.length} leaks; the public marker seen in ${seenPublic}`);
  assert.deepEqual(leaks, [], 'private data reached someone outside the record\'s city and network');
  assert.ok(seenPublic >= 5, 'the scan reads real outputs: the published practice\'s title is seen');
});

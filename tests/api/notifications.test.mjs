// Notifications in the app and by e-mail, through a real SMTP server on
// loopback (python3-aiosmtpd, started and stopped here): messages are
// retried while it is down, arrive once it is up, and arrive once; each
// account chooses what it hears of; a refused write notifies nobody; the
// SMTP password is never replied.
//
// SYNTHETIC TEST DATA: the network, cities, accounts, addresses, events and
// practices are invented for the test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './harness.mjs';
import { adminServer, create, expectStatus, expectError, API } from './helpers.mjs';
import { freePort, startSmtp, received } from './smtp-peer.mjs';

const P = (x) => `${API}/${x}`;
let s, admin, N, A, B, C, smtpPort, mailFile, smtp;
const tok = {};
const day = (n) => new Date(Date.now() + n * 86400000).toISOString().slice(0, 10);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const get = async (path, token) => expectStatus(await s.req('GET', P(path), { token }), 200, `GET ${path}`).json;
const post = (path, token, body) => s.req('POST', P(path), { token, body });
const PASSWORD = 'smtp-Secret-do-not-show-4711';

async function until(what, fn, ms = 15000) {
  const t0 = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

before(async () => {
  ({ s, admin } = await adminServer());
  mailFile = join(mkdtempSync(join(tmpdir(), 'amity-smtp-')), 'mail.jsonl');
  smtpPort = await freePort();
  N = await create(s, admin, 'networks', { name: 'Notice Network (synthetic)' });
  A = await create(s, admin, 'cities', { name: 'Ntalpha', country: 'UA' });
  B = await create(s, admin, 'cities', { name: 'Ntbeta', country: 'KR' });
  C = await create(s, admin, 'cities', { name: 'Ntgamma', country: 'IR' });
  for (const c of [A, B, C]) await create(s, admin, 'memberships', { network_id: N.id, city_id: c.id });
  for (const [name, role, scope] of [['secN', 'secretariat', { network_id: N.id }], ['offA', 'officer', { city_id: A.id }],
    ['offB', 'officer', { city_id: B.id }], ['offC', 'officer', { city_id: C.id }]]) {
    await create(s, admin, 'users', { username: `nt.${name}`, password: `${name}-pass-1`, role, ...scope });
    tok[name] = await s.login(`nt.${name}`, `${name}-pass-1`);
  }
  expectStatus(await s.req('PATCH', P('notifications/preferences'), { token: tok.offA, body: { email: 'office-a@example.invalid' } }), 200);
  expectStatus(await s.req('PATCH', P('notifications/preferences'), { token: tok.secN, body: { email: 'secretariat@example.invalid', language: 'fr' } }), 200);
  // offB has no address: in the app only
});
after(async () => { await smtp?.stop(); await s?.stop(); });

test('the SMTP settings are the admins\', and the password is never replied', async () => {
  expectError(await s.req('GET', P('mail-settings'), { token: tok.offA }), 403);
  expectError(await s.req('PATCH', P('mail-settings'), { token: tok.secN, body: { smtp_host: 'x' } }), 403);
  expectError(await s.req('PATCH', P('mail-settings'), { token: admin, body: { smtp_port: 70000 } }), 422, { field: 'smtp_port' });
  expectError(await s.req('PATCH', P('mail-settings'), { token: admin, body: { smtp_security: 'maybe' } }), 422, { field: 'smtp_security' });
  expectError(await s.req('PATCH', P('mail-settings'), { token: admin, body: { mail_from: 'not an address' } }), 422, { field: 'mail_from' });
  expectError(await s.req('PATCH', P('mail-settings'), { token: admin, body: { smtp_host: 'smtp://x' } }), 422, { field: 'smtp_host' });
  const set = expectStatus(await s.req('PATCH', P('mail-settings'), { token: admin, body: {
    smtp_host: '127.0.0.1', smtp_port: smtpPort, smtp_security: 'none', mail_from: 'amity@example.invalid',
    site_url: 'http://amity.example.invalid', retry_seconds: 1, smtp_username: 'amity', smtp_password: PASSWORD,
  } }), 200).json;
  assert.equal(set.smtp_password_set, true);
  assert.equal(set.smtp_password, undefined);
  assert.ok(!JSON.stringify(await get('mail-settings', admin)).includes(PASSWORD));
  // the aiosmtpd peer offers no AUTH on a plain connection: send without credentials
  expectStatus(await s.req('PATCH', P('mail-settings'), { token: admin, body: { smtp_username: null, smtp_password: null } }), 200);
  const prefs = await get('notifications/preferences', tok.offA);
  assert.equal(prefs.mail_enabled, true);
  assert.equal(prefs.email, 'office-a@example.invalid');
  assert.equal(prefs.topics.length, 12);
  assert.ok(prefs.topics.every((t) => t.in_app && t.email));
});

test('a registration notifies its city: retried while the SMTP server is down, sent once when it is up', async () => {
  const ev = await create(s, tok.secN, 'activities', { kind: 'workshop', title: 'Workshop on shelters (synthetic)', network_id: N.id,
    time_zone: 'Europe/Kyiv', starts_at: '2031-06-10T09:00', ends_at: '2031-06-10T17:00', capacity: 1,
    registration_opens: day(-1), registration_closes: day(10) });
  const before = (await get('notifications', tok.offA)).unread;
  const reg = await create(s, tok.offA, 'registrations', { activity_id: ev.id, city_id: A.id, delegate_name: 'Delegate (synthetic)' });
  assert.equal(reg.status, 'confirmed');
  const list = await get('notifications', tok.offA);
  assert.equal(list.unread, before + 1);
  const n = list.items[0];
  assert.equal(n.topic, 'registration_confirmed');
  assert.equal(n.title, 'Workshop on shelters (synthetic)');
  assert.equal(n.link, `#/activity/${ev.id}`);
  assert.equal(n.read, false);
  assert.ok(!JSON.stringify(list).includes('Delegate (synthetic)'), 'no delegate\'s name in a notification');
  // the server is down: the message waits in the outbox, retried
  const queued = await until('a failed attempt', async () => {
    const o = await get('outbox', admin);
    return o.items.find((m) => m.attempts >= 1 && m.status === 'queued' && m.last_error) && o;
  });
  assert.ok(queued.counts.queued >= 1);
  assert.ok(!JSON.stringify(queued).includes('office-a@example.invalid'), 'the outbox names no address');
  await sleep(2500); // more attempts, none of them a delivery
  assert.equal(received(mailFile).length, 0);
  // up: it arrives, once
  smtp = await startSmtp(smtpPort, mailFile);
  const got = await until('the e-mail', () => received(mailFile).find((m) => m.rcpt_tos.includes('office-a@example.invalid')));
  assert.match(got.subject, /A registration is confirmed: Workshop on shelters \(synthetic\)/);
  assert.match(got.body, new RegExp(`http://amity.example.invalid/#/activity/${ev.id}`));
  assert.equal(got.mail_from, 'amity@example.invalid');
  // a second delegate waits: a notification of its own
  await create(s, tok.offA, 'registrations', { activity_id: ev.id, city_id: A.id, delegate_name: 'Second (synthetic)' });
  await until('the waiting-list e-mail', () => received(mailFile).some((m) => /waiting list/.test(m.subject)));
  await sleep(2500);
  const mails = received(mailFile).filter((m) => m.rcpt_tos.includes('office-a@example.invalid'));
  assert.equal(mails.length, 2, 'each message arrives once');
  assert.equal(new Set(mails.map((m) => m.message_id)).size, 2);
  const o = await get('outbox', admin);
  assert.equal(o.counts.queued + o.counts.sending, 0);
});

test('each account chooses; travel support asked and decided; the e-mail in the reader\'s language', async () => {
  // offA keeps travel decisions in the app only
  const prefs = expectStatus(await s.req('PATCH', P('notifications/preferences'), { token: tok.offA,
    body: { topics: [{ topic: 'travel_decided', in_app: true, email: false }] } }), 200).json;
  assert.deepEqual(prefs.topics.find((t) => t.topic === 'travel_decided'), { topic: 'travel_decided', in_app: true, email: false });
  const ev = await create(s, tok.secN, 'activities', { kind: 'study_visit', title: 'Study visit (synthetic)', network_id: N.id, capacity: 5 });
  const reg = await create(s, tok.offA, 'registrations', { activity_id: ev.id, city_id: A.id, delegate_name: 'Traveller (synthetic)' });
  const tr = await create(s, tok.offA, 'travel-requests', { registration_id: reg.id, covers: 'travel', amount: 300, currency: 'UAH' });
  // the secretariat hears of the request, in French
  const fr = await until('the request e-mail', () => received(mailFile).find((m) => m.rcpt_tos.includes('secretariat@example.invalid')));
  assert.match(fr.subject, /Study visit \(synthetic\)/);
  assert.doesNotMatch(fr.subject, /^Travel support was asked for/, 'worded in French');
  expectStatus(await post(`travel-requests/${tr.id}/grant`, tok.secN, {}), 200);
  const mine = await get('notifications', tok.offA);
  assert.ok(mine.items.some((x) => x.topic === 'travel_decided'), 'in the app');
  await sleep(2500);
  assert.ok(!received(mailFile).some((m) => m.rcpt_tos.includes('office-a@example.invalid') && /Travel support was decided/.test(m.subject)),
    'not by e-mail, as chosen');
  // off in the app too: not written at all
  expectStatus(await s.req('PATCH', P('notifications/preferences'), { token: tok.offB,
    body: { topics: [{ topic: 'registration_confirmed', in_app: false, email: false }] } }), 200);
  const b0 = (await get('notifications', tok.offB)).items.length;
  await create(s, tok.offB, 'registrations', { activity_id: ev.id, city_id: B.id, delegate_name: 'Quiet (synthetic)' });
  assert.equal((await get('notifications', tok.offB)).items.length, b0);
  expectError(await s.req('PATCH', P('notifications/preferences'), { token: tok.offB, body: { email: 'nope' } }), 422, { field: 'email' });
  expectError(await s.req('PATCH', P('notifications/preferences'), { token: tok.offB, body: { topics: [{ topic: 'gossip', in_app: true, email: true }] } }), 422);
  expectError(await s.req('PATCH', P('notifications/preferences'), { token: tok.offB, body: { language: 'de' } }), 422, { field: 'language' });
});

test('practices, a proposed group, a membership ending; a refused write notifies nobody', async () => {
  const c0 = (await get('notifications', tok.offC)).items.length;
  const s0 = (await get('notifications', tok.secN)).items.length;
  // refused: another city's registration
  const ev = await create(s, tok.secN, 'activities', { kind: 'workshop', title: 'Refusal event (synthetic)', network_id: N.id, capacity: 5 });
  expectError(await post('registrations', tok.offC, { activity_id: ev.id, city_id: A.id, delegate_name: 'X' }), 403);
  assert.equal((await get('notifications', tok.offC)).items.length, c0);
  // a practice in Ukrainian script: submitted (to the secretariat), published (to its city)
  const pr = await create(s, tok.offC, 'practices', { title: 'Прихисток для переселенців (synthetic)', city_id: C.id, network_id: N.id, summary: 'Synthetic.' });
  expectStatus(await post(`practices/${pr.id}/submit`, tok.offC, {}), 200);
  const sub = await until('the practice e-mail', () => received(mailFile).find((m) => m.subject.includes('Прихисток')));
  assert.ok(sub.rcpt_tos.includes('secretariat@example.invalid'));
  expectStatus(await post(`practices/${pr.id}/publish`, tok.secN, {}), 200);
  const c1 = await get('notifications', tok.offC);
  assert.ok(c1.items.some((x) => x.topic === 'practice_published' && x.link === `#/practice/${pr.id}`));
  // a group proposed by C: the secretariat hears of it
  await create(s, tok.offC, 'groups', { network_id: N.id, name: 'Shelter group (synthetic)', proposed_by_city_id: C.id });
  const s1 = await get('notifications', tok.secN);
  assert.ok(s1.items.some((x) => x.topic === 'group_proposed' && x.title === 'Shelter group (synthetic)'));
  assert.ok(s1.items.length > s0);
  // mark read: one, then all; another account's is not found
  const first = s1.items[0];
  const after1 = expectStatus(await post(`notifications/${first.id}/read`, tok.secN), 200).json;
  assert.equal(after1.unread, s1.unread - 1);
  expectError(await post(`notifications/${first.id}/read`, tok.offA), 404);
  expectError(await post('notifications/999999/read', tok.secN), 404);
  assert.equal(expectStatus(await post('notifications/read-all', tok.secN), 200).json.unread, 0);
  expectError(await s.req('GET', P('notifications')), 401);
  // C leaves the network: its office and the secretariat hear of it
  const m = (await get(`memberships?network=${N.id}&city=${C.id}`, admin)).items[0];
  expectStatus(await post(`memberships/${m.id}/leave`, admin, {}), 200);
  assert.ok((await get('notifications', tok.offC)).items.some((x) => x.topic === 'membership_ending' && x.link === `#/network/${N.id}`));
  assert.ok((await get('notifications', tok.secN)).items.some((x) => x.topic === 'membership_ending' && x.title === 'Ntgamma – Notice Network (synthetic)'));
});

test('a partnership turned dormant: the sweep notifies both cities once', async () => {
  const p = await create(s, admin, 'partnerships', { party_a: { city_id: A.id }, party_b: { city_id: B.id }, status: 'signed', signed_date: '2001-05-01' });
  const run = () => {
    const r = cli(s.db, ['mail', 'sweep']);
    assert.equal(r.status, 0, r.stderr);
    return Number(r.stdout.match(/(\d+) notifications written/)[1]);
  };
  assert.ok(run() >= 1);
  assert.equal(run(), 0, 'once per dormancy');
  const a = await get('notifications', tok.offA);
  assert.ok(a.items.some((x) => x.topic === 'partnership_dormant' && x.link === `#/partnership/${p.id}` && x.title === 'Ntalpha – Ntbeta'));
  const b = await get('notifications', tok.offB);
  assert.ok(b.items.some((x) => x.topic === 'partnership_dormant'));
});

// The whole story in a browser, on the demo database: Shiraz's
// officer proposes a thematic group of WeGO (seed 002: the Mayor of Shiraz
// proposed WeGO's thematic groups), WeGO's secretariat approves it, three
// member cities join, WeGO adds a workshop to it, two cities register
// delegates, one asks for travel support and WeGO grants it. The group's
// calendar feed, read by python3-icalendar, holds the workshop; the e-mails
// reach a real SMTP server on loopback, started and stopped here.
//
// SYNTHETIC TEST DATA: the three joining cities (Thgrad, Thville, Thburg),
// their memberships of WeGO, every account but the demo's, the group, the
// workshop, the delegates and the amounts are invented for the test. Shiraz,
// WeGO and Shiraz's membership are the demo's (seed 002).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWidths, launchBrowser, openPage } from './browser.mjs';
import { create, API } from '../api/helpers.mjs';
import { startServer, cli } from '../api/harness.mjs';
import { freePort, startSmtp, received } from '../api/smtp-peer.mjs';

let s, admin, browser, smtp, mailFile, wego, shiraz;
const cities = [];
const users = {};
const year = new Date().getFullYear() + 1;
const day = (n) => new Date(Date.now() + n * 86400000).toISOString().slice(0, 10);
const WEGO = { username: 'wego', password: 'amity-demo' };
const GROUP = 'Smart mobility (synthetic)';
const WORKSHOP = 'Workshop on smart mobility (synthetic)';

async function until(what, fn, ms = 20000) {
  const t0 = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

before(async () => {
  s = await startServer({ demo: true });
  admin = await s.login('admin', 'amity-demo');
  const find = async (path, q) => (await s.req('GET', `${API}/${path}?${new URLSearchParams(q)}`, { token: admin })).json.items;
  wego = (await find('networks', { q: 'WeGO' })).find((n) => n.acronym === 'WeGO');
  shiraz = (await find('cities', { q: 'Shiraz' })).find((c) => c.country === 'IR');
  assert.ok(wego && shiraz, 'the demo holds WeGO and Shiraz');
  for (const name of ['Thgrad', 'Thville', 'Thburg']) {
    const c = await create(s, admin, 'cities', { name, country: 'KR' });
    await create(s, admin, 'memberships', { network_id: wego.id, city_id: c.id });
    cities.push(c);
  }
  const accounts = [['shiraz', shiraz], ...cities.map((c) => [c.name.toLowerCase(), c])];
  for (const [key, c] of accounts) {
    users[key] = { username: `${key}-officer`, password: `${key}-pass-1` };
    const r = cli(s.db, ['user', 'add', users[key].username, '--role', 'officer', '--city', String(c.id)], `${users[key].password}\n`);
    assert.equal(r.status, 0, r.stderr);
  }
  // addresses, and the SMTP server on loopback
  const mail = async (u, address) => {
    const tok = await s.login(u.username, u.password);
    const r = await s.req('PATCH', `${API}/notifications/preferences`, { token: tok, body: { email: address } });
    assert.equal(r.status, 200, JSON.stringify(r.json));
  };
  await mail(WEGO, 'wego-secretariat@example.invalid');
  await mail(users.thgrad, 'thgrad@example.invalid');
  await mail(users.thville, 'thville@example.invalid');
  mailFile = join(mkdtempSync(join(tmpdir(), 'amity-smtp-')), 'mail.jsonl');
  const port = await freePort();
  smtp = await startSmtp(port, mailFile);
  const r = await s.req('PATCH', `${API}/mail-settings`, { token: admin, body: { smtp_host: '127.0.0.1', smtp_port: port, smtp_security: 'none', mail_from: 'amity@example.invalid', retry_seconds: 1 } });
  assert.equal(r.status, 200, JSON.stringify(r.json));
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (smtp) await smtp.stop();
  if (s) await s.stop();
});

// Each user in a browser context of their own.
async function as(u, hash) {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${s.base}/#/signin?next=${encodeURIComponent(hash)}`);
  await page.getByLabel('Username').fill(u.username);
  await page.getByLabel('Password').fill(u.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return { context, page, problems };
}

function icsEvents(text) {
  const py = 'import sys, json\nfrom icalendar import Calendar\ncal = Calendar.from_ical(sys.stdin.read())\n'
    + 'print(json.dumps([{"summary": str(e.get("summary")), "start": e.decoded("dtstart").isoformat()} for e in cal.walk("VEVENT")]))';
  const r = spawnSync('/usr/bin/python3', ['-c', py], { input: text, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

test('Shiraz proposes a group, WeGO approves it, three cities join, a workshop, delegates, travel support granted', async () => {
  // 1. Shiraz's officer proposes the group on WeGO's page
  let u = await as(users.shiraz, `#/network/${wego.id}`);
  await u.page.getByRole('button', { name: 'Propose a thematic group' }).click();
  await u.page.locator('form.group-form').getByLabel('Name').fill(GROUP);
  await u.page.getByRole('button', { name: 'Add the group' }).click();
  const groupHeading = u.page.getByRole('heading', { level: 3, name: new RegExp(GROUP.replace(/[()]/g, '\\$&')) });
  await groupHeading.waitFor();
  assert.match(await groupHeading.textContent(), /Proposed/);
  assert.deepEqual(u.problems, []);
  await u.context.close();
  const group = (await s.req('GET', `${API}/groups?network=${wego.id}&q=${encodeURIComponent('Smart mobility')}`)).json.items[0];
  assert.equal(group.status, 'proposed');
  assert.equal(group.proposed_by.id, shiraz.id);

  // 2. WeGO's secretariat approves it
  u = await as(WEGO, `#/group/${group.id}`);
  await u.page.getByRole('button', { name: 'Approve' }).click();
  await u.page.getByText(`The group ${GROUP} is approved.`).waitFor();
  await u.page.getByRole('heading', { level: 1 }).filter({ hasText: 'Active' }).waitFor();
  await u.context.close();

  // 3. three member cities join, each on the group's page
  for (const c of cities) {
    u = await as(users[c.name.toLowerCase()], `#/group/${group.id}`);
    await u.page.getByRole('button', { name: 'Join' }).click();
    await u.page.getByRole('region', { name: /Member cities/ }).getByRole('link', { name: c.name }).waitFor();
    assert.deepEqual(u.problems, []);
    await u.context.close();
  }
  const members = (await s.req('GET', `${API}/groups/${group.id}`)).json.members.map((m) => m.name).sort();
  assert.deepEqual(members, ['Shiraz', 'Thburg', 'Thgrad', 'Thville']);

  // 4. WeGO adds a workshop to the group
  u = await as(WEGO, `#/group/${group.id}`);
  await u.page.getByRole('link', { name: 'Add an event to this group' }).click();
  const form = u.page.locator('form.schema-form, form').filter({ has: u.page.getByLabel('Title') }).first();
  await form.getByLabel('Kind').selectOption('workshop');
  await form.getByLabel('Title').fill(WORKSHOP);
  await form.getByLabel('Starts at').fill(`${year}-05-12T09:00`);
  await form.getByLabel('Ends at').fill(`${year}-05-12T17:00`);
  await form.getByLabel('Time zone').fill('Asia/Seoul');
  await form.getByLabel('Capacity').fill('20');
  await form.getByLabel('Registration opens').fill(day(-1));
  await form.getByLabel('Registration closes').fill(day(30));
  assert.equal(await form.getByLabel('Thematic group').inputValue(), String(group.id), 'the form names the group it came from');
  await form.getByRole('button', { name: 'Add activity' }).click();
  await u.page.getByRole('region', { name: 'Event' }).waitFor();
  const eventUrl = u.page.url();
  const eventId = Number(eventUrl.match(/#\/activity\/(\d+)/)[1]);
  await u.context.close();

  // 5. two cities register delegates; one asks for travel support
  for (const [c, name] of [[cities[0], 'Delegate of Thgrad (synthetic)'], [cities[1], 'Delegate of Thville (synthetic)']]) {
    u = await as(users[c.name.toLowerCase()], `#/activity/${eventId}`);
    await u.page.getByLabel("Delegate's name").fill(name);
    await u.page.getByRole('button', { name: 'Register a delegate' }).click();
    await u.page.getByText('The delegate is registered.').waitFor();
    if (c === cities[0]) {
      const travel = u.page.locator('form.travel-form');
      await travel.getByLabel('Amount').fill('350');
      await travel.getByLabel('Currency').selectOption('EUR');
      await travel.getByRole('button', { name: 'Ask for travel support' }).click();
      await u.page.getByText('The request is sent to the organisers.').waitFor();
      await u.page.getByRole('table', { name: 'Requests for travel support' }).getByRole('row').filter({ hasText: 'Requested' }).waitFor();
      await checkWidths(u.page, 'thematic-event');
    }
    assert.deepEqual(u.problems, []);
    await u.context.close();
  }

  // 6. WeGO grants it; the budget used shows
  u = await as(WEGO, `#/activity/${eventId}`);
  const requests = u.page.getByRole('table', { name: 'Requests for travel support' });
  await requests.getByRole('button', { name: 'Grant' }).click();
  await u.page.locator('.step-grant').getByRole('button', { name: 'Grant' }).click();
  await u.page.getByText('The decision is recorded.').waitFor();
  await u.page.getByRole('table', { name: 'Requests for travel support' }).getByRole('row').filter({ hasText: 'Delegate of Thgrad' }).filter({ hasText: 'Granted' }).waitFor();
  const budget = await u.page.getByRole('table', { name: 'Budget used, per currency' }).textContent();
  assert.match(budget, /EUR/);
  assert.match(budget, /350/);
  // 7. the group's page lists the workshop; its feed holds it
  await u.page.goto(`${s.base}/#/group/${group.id}`);
  await u.page.getByRole('region', { name: 'Events' }).getByRole('link', { name: WORKSHOP }).waitFor();
  const feedHref = await u.page.getByRole('link', { name: `The calendar of ${GROUP} (iCalendar)` }).getAttribute('href');
  assert.deepEqual(u.problems, []);
  await u.context.close();
  const ics = await (await fetch(new URL(feedHref, s.base))).text();
  const events = icsEvents(ics);
  const w = events.find((e) => e.summary === WORKSHOP);
  assert.ok(w, `the group's feed holds the workshop: ${JSON.stringify(events)}`);
  assert.equal(w.start, `${year}-05-12T00:00:00+00:00`, 'Seoul is UTC+9: 09:00 there is 00:00 UTC');

  // 8. the e-mails reached the SMTP server, each once
  const to = (addr, subject) => received(mailFile).filter((m) => m.rcpt_tos.includes(addr) && subject.test(m.subject));
  await until('the e-mails', () => to('thgrad@example.invalid', /Travel support was decided/).length
    && to('wego-secretariat@example.invalid', /Travel support was asked for/).length
    && to('wego-secretariat@example.invalid', /A thematic group was proposed/).length
    && to('thville@example.invalid', /A registration is confirmed/).length);
  await new Promise((r) => setTimeout(r, 2500));
  assert.equal(to('thgrad@example.invalid', /Travel support was decided/).length, 1, 'once');
  assert.equal(to('thgrad@example.invalid', /A registration is confirmed/).length, 1, 'once');
  assert.match(to('thgrad@example.invalid', /Travel support was decided/)[0].subject, new RegExp(WORKSHOP.replace(/[()]/g, '\\$&')));
});

// Browser tests of records through their whole life, on the demo records
// (users reggio, officer of Reggio Emilia, and icc, secretariat of
// Intercultural Cities) in a throwaway database. The officer carries a
// partnership from proposed to signed, records an activity under it, sees
// it dormant (signature and activity years ago), renews it, changes it and
// ends it with a reason, all through the pages and their buttons, checking
// the page and the history at each step; the secretariat adds a member to
// its network, changes its role and ends the membership. At 1280px and
// 375px: no JavaScript error, no failed request, no sideways scroll. The
// partnership Reggio Emilia – Isfahan, its activity and Isfahan's
// membership of Intercultural Cities are SYNTHETIC TEST DATA, not facts.
// Set AMITY_E2E_SHOTS=DIR to keep screenshots at both widths.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { checkWidths, launchBrowser, openPage } from './browser.mjs';
import { startServer } from '../api/harness.mjs';

const PASSWORD = 'amity-demo';
const ACTIVITY = 'Study visit on welcome desks (synthetic)';
const REASON = 'Both councils agreed to end it (synthetic).';
let server;
let browser;
const ids = {};

before(async () => {
  server = await startServer({ demo: true });
  const city = async (q) => (await server.req('GET', `/api/v1/cities?q=${encodeURIComponent(q)}`)).json.items[0];
  ids.reggio = (await city('Reggio Emilia')).id;
  ids.isfahan = (await city('Isfahan')).id;
  const nets = (await server.req('GET', '/api/v1/networks?q=Intercultural')).json.items;
  ids.icc = nets.find((n) => n.acronym === 'ICC').id;
  // the test's partner city: no partnership with Reggio Emilia, no member of ICC yet
  const ps = (await server.req('GET', `/api/v1/partnerships?city=${ids.reggio}&limit=500`)).json.items;
  assert.ok(!ps.some((p) => p.party_b.city_id === ids.isfahan || p.party_a.city_id === ids.isfahan));
  const ms = (await server.req('GET', `/api/v1/memberships?city=${ids.isfahan}&network=${ids.icc}`)).json;
  assert.equal(ms.total, 0);
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (server) await server.stop();
});

// A page that also counts failed requests (those answered 4xx/5xx, and
// those that did not arrive); expect(status) lets one planned refusal pass.
async function open() {
  const o = await openPage(browser);
  o.expected = [];
  o.page.on('requestfailed', (r) => o.problems.push(`request failed: ${r.url()}`));
  o.page.on('response', (r) => {
    if (r.status() < 400) return;
    const i = o.expected.indexOf(r.status());
    if (i >= 0) o.expected.splice(i, 1);
    else o.problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  // the refused request also shows as a console error in Chromium
  o.dropConsole = (status) => {
    const i = o.problems.findIndex((m) => m.startsWith('console:') && m.includes(`status of ${status}`));
    assert.ok(i >= 0, `expected the ${status} answer in the console: ${o.problems}`);
    o.problems.splice(i, 1);
  };
  return o;
}

async function signIn(page, username) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

async function assertStatus(page, re) {
  await page.waitForFunction((src) => new RegExp(src).test(document.getElementById('status').textContent), re.source);
}

const hash = (page) => decodeURIComponent(new URL(page.url()).hash);

// the newest change in the history section, as text
async function latestChange(page, re) {
  const history = page.getByRole('region', { name: 'History' });
  const first = history.locator('.history-item').first();
  await first.waitFor();
  if (re) await page.waitForFunction((src) => new RegExp(src).test(document.querySelector('.history-item').textContent), re.source);
  return (await first.innerText()).replace(/\s+/g, ' ');
}

async function facts(page) {
  return (await page.locator('dl.partnership-facts').innerText()).replace(/\s+/g, ' ');
}

// the buttons of the partnership's life on its page
async function stepButtons(page) {
  const area = page.getByRole('region', { name: 'What you can do' });
  return (await area.locator('.actions > *').allTextContents()).map((s) => s.trim());
}

test('an officer carries a partnership through its whole life', async () => {
  const { context, page, problems, expected, dropConsole } = await open();
  await page.goto(server.base + '/');
  await signIn(page, 'reggio');
  await page.getByRole('link', { name: 'My city' }).click();
  await page.getByRole('heading', { level: 1, name: 'Reggio Emilia' }).waitFor();

  // ---- proposed: the form built from the API document
  await page.getByRole('link', { name: 'Add partnership' }).click();
  await page.getByRole('heading', { level: 1, name: 'Add a partnership' }).waitFor();
  const partyA = page.getByRole('group', { name: /^Party A/ });
  assert.equal(await partyA.getByRole('combobox', { name: 'City' }).inputValue(), 'Reggio Emilia');
  const partyB = page.getByRole('group', { name: /^Party B/ });
  // party B may be a city, an organisation or only a country: the choice shows one field
  assert.equal(await partyB.getByRole('radio', { name: 'City' }).isChecked(), true);
  await partyB.getByRole('radio', { name: 'Country' }).check();
  await partyB.getByRole('combobox', { name: 'Country' }).waitFor();
  assert.equal(await partyB.getByRole('combobox', { name: 'City' }).isVisible(), false);
  await partyB.getByRole('radio', { name: 'City' }).check();
  await partyB.getByRole('combobox', { name: 'City' }).fill('Isfah');
  await page.getByRole('option', { name: /Isfahan/ }).click();
  await partyB.getByText(/Chosen city: Isfahan/).waitFor();
  // the choices are the document's, in words
  const kinds = await page.getByLabel(/^Kind/).locator('option').allTextContents();
  assert.ok(kinds.includes('Friendship') && kinds.includes('Not known'), kinds.join());
  await page.getByLabel(/^Kind/).selectOption('friendship');
  await page.getByLabel(/^Status/).selectOption('proposed');
  await page.getByRole('checkbox', { name: 'Education', exact: true }).check();
  await checkWidths(page, 'lifecycle-new');
  await page.getByRole('button', { name: 'Add partnership' }).click();

  await page.getByRole('heading', { level: 1, name: 'Reggio Emilia – Isfahan' }).waitFor();
  await assertStatus(page, /Partnership added/);
  const m = hash(page).match(/^#\/partnership\/(\d+)$/);
  assert.ok(m, hash(page));
  ids.partnership = Number(m[1]);
  assert.match(await facts(page), /Status Proposed/);
  assert.match(await facts(page), /Kind Friendship/);
  assert.match(await facts(page), /Proposed/);
  assert.deepEqual(await stepButtons(page), ['Sign', 'End', 'Edit', 'Delete']);
  let change = await latestChange(page);
  assert.match(change, /^Added by reggio · \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
  assert.match(change, /Party A: Reggio Emilia/);
  assert.match(change, /Party B: Isfahan/);
  assert.match(change, /Status: Proposed/);
  assert.match(change, /Topics: Education/);
  await checkWidths(page, 'lifecycle-proposed');

  // ---- signed: the step's form asks the date (its schema: PartnershipSign)
  await page.getByRole('button', { name: 'Sign', exact: true }).click();
  const sign = page.getByRole('region', { name: /signature/ });
  await sign.getByLabel('Signed on').fill('2018-03-01');
  assert.equal(await page.evaluate(() => document.activeElement.closest('.step-panel') !== null), true);
  await sign.getByRole('button', { name: 'Sign', exact: true }).click();
  await assertStatus(page, /now signed/);
  await page.locator('dl.partnership-facts', { hasText: 'Signed' }).waitFor();
  assert.match(await facts(page), /Status Signed/);
  assert.match(await facts(page), /Signed on 2018-03-01/);
  // signed years ago and nothing since: dormant already
  assert.match(await facts(page), /Dormant/);
  assert.deepEqual(await stepButtons(page), ['Suspend', 'Renew', 'End', 'Edit', 'Delete']);
  change = await latestChange(page, /Sign/);
  assert.match(change, /^Step “Sign” by reggio/);
  assert.match(change, /Status: Proposed → Signed/);
  assert.match(change, /Signed on: nothing → 2018-03-01/);
  await checkWidths(page, 'lifecycle-signed');

  // ---- an activity under it, from its page
  await page.getByRole('link', { name: 'Add an activity' }).click();
  await page.getByRole('heading', { level: 1, name: 'Add an activity' }).waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'Host city' }).inputValue(), 'Reggio Emilia');
  assert.equal(await page.getByLabel('Partnership', { exact: true }).inputValue(), String(ids.partnership));
  assert.match(await page.getByLabel('Partnership', { exact: true }).locator('option:checked').textContent(), /Isfahan: Friendship \(signed\)/);
  await page.getByLabel(/^Kind/).selectOption('study_visit');
  await page.getByLabel(/^Title/).fill(ACTIVITY);
  await page.getByLabel('Start date').fill('2019-05-14');
  // a date the server refuses: its words next to the field
  await page.getByLabel('End date').fill('2019-13');
  expected.push(422);
  await page.getByRole('button', { name: 'Add activity' }).click();
  const endError = page.locator('.field.has-error .field-error');
  await endError.waitFor();
  assert.match(await endError.textContent(), /not a date/);
  assert.equal(await page.getByLabel('End date').getAttribute('aria-invalid'), 'true');
  assert.match(await page.getByRole('alert').textContent(), /not added\. End date: .*not a date/);
  dropConsole(422);
  await checkWidths(page, 'lifecycle-activity-form');
  await page.getByLabel('End date').fill('');
  await page.getByRole('button', { name: 'Add activity' }).click();

  await page.getByRole('heading', { level: 1, name: 'Reggio Emilia – Isfahan' }).waitFor();
  await assertStatus(page, /Activity added/);
  const acts = page.getByRole('region', { name: /^Activities/ });
  await acts.getByRole('link', { name: ACTIVITY }).waitFor();
  assert.match(await acts.getByRole('heading', { level: 2 }).textContent(), /Activities \(1\)/);
  // ---- dormant: its signature and its activity are years old
  assert.match(await facts(page), /Dormant/);
  assert.match(await facts(page), /No activity for 3\+ years/);
  assert.match(await facts(page), /Last activity 2019-05-14/);
  await checkWidths(page, 'lifecycle-dormant');

  // the activity's own page, with its history
  await acts.getByRole('link', { name: ACTIVITY }).click();
  await page.getByRole('heading', { level: 1, name: ACTIVITY }).waitFor();
  const toPartnership = page.locator('dl.facts').getByRole('link', { name: 'Reggio Emilia – Isfahan' });
  await toPartnership.waitFor();
  change = await latestChange(page);
  assert.match(change, /^Added by reggio/);
  assert.match(change, /Kind: Study visit/);
  assert.match(change, /Partnership: Reggio Emilia – Isfahan/);
  await checkWidths(page, 'lifecycle-activity');
  await toPartnership.click();
  await page.getByRole('heading', { level: 1, name: 'Reggio Emilia – Isfahan' }).waitFor();

  // ---- renewed: active again from today
  await page.getByRole('button', { name: 'Renew', exact: true }).click();
  const renew = page.getByRole('region', { name: /Renew a partnership/ });
  await renew.getByLabel('Renewed on').waitFor();
  await renew.getByRole('button', { name: 'Renew', exact: true }).click();
  await assertStatus(page, /now active/);
  const renewed = (await server.req('GET', `/api/v1/partnerships/${ids.partnership}`)).json;
  assert.equal(renewed.status, 'active');
  assert.match(renewed.renewed_date, /^\d{4}-\d{2}-\d{2}$/);
  await page.locator('dl.partnership-facts', { hasText: 'Renewed on' }).waitFor();
  assert.match(await facts(page), new RegExp(`Renewed on ${renewed.renewed_date}`));
  assert.match(await facts(page), /Status Active/);
  assert.doesNotMatch(await facts(page), /Dormant/);
  change = await latestChange(page, /Renew/);
  assert.match(change, /^Step “Renew” by reggio/);
  assert.match(change, /Status: Signed → Active/);
  assert.match(change, new RegExp(`Renewed on: nothing → ${renewed.renewed_date}`));
  await checkWidths(page, 'lifecycle-renewed');

  // ---- changed through the edit form (only what changed is sent)
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Change a partnership' }).waitFor();
  assert.equal(await page.getByRole('group', { name: /^Party B/ }).getByRole('combobox', { name: 'City' }).inputValue(), 'Isfahan');
  await page.getByLabel(/^Kind/).selectOption('twinning');
  await checkWidths(page, 'lifecycle-edit');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('heading', { level: 1, name: 'Reggio Emilia – Isfahan' }).waitFor();
  await assertStatus(page, /Changes saved/);
  change = await latestChange(page, /Changed/);
  assert.match(change, /^Changed by reggio/);
  assert.match(change, /Kind: Friendship → Twinning/);
  assert.doesNotMatch(change, /Party|Status|Topics/);

  // ---- ended, with a reason (required by the step's schema)
  await page.getByRole('button', { name: 'End', exact: true }).click();
  const end = page.getByRole('region', { name: /End a partnership/ });
  await end.getByLabel('Ended on').waitFor();
  expected.push(422);
  await end.getByRole('button', { name: 'End', exact: true }).click();
  const reasonError = end.locator('.field.has-error .field-error');
  await reasonError.waitFor();
  assert.match(await reasonError.textContent(), /required/i);
  assert.match(await page.getByRole('alert').textContent(), /Why it ended: .*required/i);
  assert.equal(await end.getByLabel('Why it ended').evaluate((el) => el === document.activeElement), true);
  dropConsole(422);
  await end.getByLabel('Why it ended').fill(REASON);
  await checkWidths(page, 'lifecycle-end-form');
  await end.getByRole('button', { name: 'End', exact: true }).click();
  await assertStatus(page, /now ended/);
  await page.getByRole('heading', { level: 2, name: 'Why it ended' }).waitFor();
  await page.locator('.end-reason').getByText(REASON).waitFor();
  assert.match(await facts(page), /Status Ended/);
  assert.match(await facts(page), /Ended on \d{4}-\d{2}-\d{2}/);
  assert.deepEqual(await stepButtons(page), ['Edit', 'Delete']);
  change = await latestChange(page, /End/);
  assert.match(change, /^Step “End” by reggio/);
  assert.match(change, /Status: Active → Ended/);
  assert.match(change, new RegExp(`Why it ended: nothing → ${REASON.replace(/[().]/g, '\\$&')}`));
  // every change is there, newest first
  const actions = await page.locator('.history-item .history-head strong').allTextContents();
  assert.deepEqual(actions, ['Step “End”', 'Changed', 'Step “Renew”', 'Step “Sign”', 'Added']);
  await checkWidths(page, 'lifecycle-ended');

  // the city page and the list link to it
  await page.getByRole('link', { name: 'Reggio Emilia', exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Reggio Emilia' }).waitFor();
  const row = page.getByRole('table', { name: /Partnerships of Reggio Emilia/ }).getByRole('row').filter({ hasText: 'Isfahan' });
  await row.getByRole('link', { name: 'Twinning' }).waitFor();
  assert.match(await row.textContent(), /Ended/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partnerships' }).click();
  await page.getByRole('searchbox', { name: 'Name or note' }).fill('Isfahan');
  await page.getByText('1 partnership', { exact: true }).waitFor();
  await page.getByRole('table', { name: 'Partnerships' }).getByRole('link', { name: 'Twinning' }).click();
  await page.getByRole('heading', { level: 1, name: 'Reggio Emilia – Isfahan' }).waitFor();

  // and the activities page lists the activity (past), its filters in the address
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activities' }).click();
  await page.getByRole('heading', { level: 1, name: 'Activities' }).waitFor();
  await page.getByLabel(/^Kind/).selectOption('study_visit');
  await page.getByLabel('Year').fill('2019');
  await page.waitForFunction(() => location.hash.includes('kind=study_visit') && location.hash.includes('year=2019'));
  const pastList = page.getByRole('region', { name: 'Past' });
  await pastList.getByRole('link', { name: ACTIVITY }).waitFor();
  await pastList.getByText('1 past activity', { exact: true }).waitFor();
  await page.getByRole('region', { name: 'Upcoming and under way' }).getByText(/None: 2019 is over/).waitFor();
  await checkWidths(page, 'lifecycle-activities');
  await page.reload();
  await pastList.getByRole('link', { name: ACTIVITY }).waitFor();
  assert.equal(await page.getByLabel(/^Kind/).inputValue(), 'study_visit');

  // the server agrees with the pages
  const hist = (await server.req('GET', `/api/v1/partnerships/${ids.partnership}/history`)).json.items;
  assert.deepEqual(hist.map((x) => x.action), ['end', 'update', 'renew', 'sign', 'create']);
  const p = (await server.req('GET', `/api/v1/partnerships/${ids.partnership}`)).json;
  assert.equal(p.end_reason, REASON);
  assert.equal(p.kind, 'twinning');
  assert.equal(p.activity_count, 1);

  assert.deepEqual(expected, [], 'every planned refusal came');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a secretariat adds a member, changes its role and ends the membership', async () => {
  const { context, page, problems } = await open();
  await page.goto(server.base + '/');
  await signIn(page, 'icc');
  await page.getByRole('link', { name: 'My network' }).click();
  await page.getByRole('heading', { level: 1, name: /Intercultural Cities/ }).waitFor();
  const members = page.getByRole('region', { name: 'Members' });

  // ---- a new member
  await members.getByRole('button', { name: 'Add a member' }).click();
  const add = page.getByRole('region', { name: /Add a member to/ });
  await add.getByRole('combobox', { name: 'City' }).fill('Isfah');
  await page.getByRole('option', { name: /Isfahan/ }).click();
  await add.getByLabel('Role').selectOption('observer');
  await add.getByLabel('Joined year').fill('2024');
  await checkWidths(page, 'lifecycle-member-add');
  await add.getByRole('button', { name: 'Add the member' }).click();
  await assertStatus(page, /Isfahan is a member of Intercultural Cities/);
  await members.getByRole('searchbox', { name: 'Filter members by name' }).fill('Isfahan');
  await members.getByText('1 member', { exact: true }).waitFor();
  const row = members.getByRole('row').filter({ hasText: 'Isfahan' });
  await row.waitFor();
  assert.match(await row.textContent(), /Observer/);
  assert.match(await row.textContent(), /2024/);
  await checkWidths(page, 'lifecycle-member-added');

  // ---- its role
  await row.getByRole('button', { name: 'Change role of Isfahan' }).click();
  const role = page.getByRole('region', { name: /The role of Isfahan/ });
  assert.equal(await role.getByLabel('Role').inputValue(), 'observer');
  await role.getByLabel('Role').selectOption('board');
  await role.getByRole('button', { name: 'Save the role' }).click();
  await assertStatus(page, /Isfahan: board of Intercultural Cities/);
  await page.waitForFunction(() => [...document.querySelectorAll('table.members tr')].some((tr) => /Isfahan/.test(tr.textContent) && /Board/.test(tr.textContent)));

  // ---- the end of the membership (the step "leave": the year, default this year)
  await members.getByRole('row').filter({ hasText: 'Isfahan' }).getByRole('button', { name: 'End membership of Isfahan' }).click();
  const leave = page.getByRole('region', { name: /leaves the network/ });
  await leave.getByLabel('Left in').waitFor();
  await checkWidths(page, 'lifecycle-member-leave');
  await leave.getByRole('button', { name: 'End the membership' }).click();
  await assertStatus(page, /Isfahan is a former member of Intercultural Cities \(ICC\) now/);
  await members.getByText('No member matches.').waitFor();
  await members.getByLabel('Show').selectOption('false');
  const former = members.getByRole('row').filter({ hasText: 'Isfahan' });
  await former.waitFor();
  const year = String(new Date().getUTCFullYear());
  assert.match(await former.textContent(), new RegExp(`2024\\s*${year}`));
  // a former member can no longer leave
  assert.equal(await former.getByRole('button', { name: /End membership/ }).count(), 0);
  await checkWidths(page, 'lifecycle-member-former');

  const ms = (await server.req('GET', `/api/v1/memberships?city=${ids.isfahan}&network=${ids.icc}`)).json.items;
  assert.equal(ms.length, 1);
  assert.equal(ms[0].role, 'board');
  assert.equal(ms[0].status, 'former');
  const hist = (await server.req('GET', `/api/v1/memberships/${ms[0].id}/history`)).json.items;
  assert.deepEqual(hist.map((x) => x.action), ['leave', 'update', 'create']);

  assert.deepEqual(problems, []);
  await context.close();
});

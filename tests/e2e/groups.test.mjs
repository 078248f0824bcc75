// Browser tests of a network's thematic groups, on the network page: the
// network's secretariat adds a group (a name the network already has is
// refused next to the field), the officers of two member cities join it,
// one leaves; a city of another network and a visitor see no button; the
// secretariat closes the group (no Join any more) and deletes it. Nothing
// scrolls sideways at 375px. The server runs on a loopback port with a
// fresh database: every city, network, group and account below is
// SYNTHETIC TEST DATA (invented names), not facts about real places.
// Set AMITY_E2E_SHOTS=DIR to keep screenshots at 1280px and 375px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { checkWidths, launchBrowser, openPage } from './browser.mjs';
import { adminServer, create, API } from '../api/helpers.mjs';
import { cli } from '../api/harness.mjs';

let s, admin, browser;
let A, B, C, N, M;

const SEC = { username: 'zg-secretariat', password: 'secretariat-pass-1' };
const OA = { username: 'zgalpha-officer', password: 'officer-pass-1' };
const OB = { username: 'zgbeta-officer', password: 'officer-pass-2' };
const OC = { username: 'zggamma-officer', password: 'officer-pass-3' };

before(async () => {
  ({ s, admin } = await adminServer());
  A = await create(s, admin, 'cities', { name: 'Zgalpha', country: 'IT' });
  B = await create(s, admin, 'cities', { name: 'Zgbeta', country: 'FR' });
  C = await create(s, admin, 'cities', { name: 'Zggamma', country: 'DE' });
  N = await create(s, admin, 'networks', { name: 'Zg Cities Network' });
  M = await create(s, admin, 'networks', { name: 'Zg Other Network' });
  for (const [n, c] of [[N, A], [N, B], [M, C]]) await create(s, admin, 'memberships', { network_id: n.id, city_id: c.id });
  const users = [[SEC, 'secretariat', '--network', N.id], [OA, 'officer', '--city', A.id],
    [OB, 'officer', '--city', B.id], [OC, 'officer', '--city', C.id]];
  for (const [u, role, flag, id] of users) {
    const r = cli(s.db, ['user', 'add', u.username, '--role', role, flag, String(id)], `${u.password}\n`);
    assert.equal(r.status, 0, r.stderr);
  }
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (s) await s.stop();
});

async function signIn(page, u) {
  await page.goto(`${s.base}/#/signin?next=${encodeURIComponent(`#/network/${N.id}`)}`);
  await page.getByLabel('Username').fill(u.username);
  await page.getByLabel('Password').fill(u.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  await page.getByRole('heading', { level: 1, name: N.name }).waitFor();
}

// Chromium logs each refused request as a console error: the expected ones
// are taken out, anything else is a problem.
function takeRefusal(problems, status) {
  const i = problems.findIndex((m) => m.includes(`status of ${status}`));
  assert.ok(i >= 0, `expected the ${status} answer in the console: ${problems}`);
  problems.splice(i, 1);
}

async function statusText(page, re) {
  await page.waitForFunction((src) => new RegExp(src).test(document.getElementById('status').textContent), re.source);
  return page.locator('#status').textContent();
}

const section = (page) => page.locator('section.groups');
const group = (page, name) => section(page).locator('li.thematic-group').filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^${name}`) }) });
const members = async (page, name) => group(page, name).getByRole('list', { name: `Member cities of ${name}` }).getByRole('link').allTextContents();

test('the secretariat adds a thematic group from the network page', async () => {
  const { context, page, problems } = await openPage(browser);
  await signIn(page, SEC);
  await section(page).getByRole('heading', { level: 2, name: 'Thematic groups (0)' }).waitFor();
  await section(page).getByText('None recorded.').waitFor();

  await section(page).getByRole('button', { name: 'Add a group' }).click();
  const form = page.getByRole('form', { name: 'Add a group' });
  await form.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.closest('.field').querySelector('label').textContent), 'Name (required)');
  // no name: said before asking the server
  await form.getByRole('button', { name: 'Add the group' }).click();
  await form.locator('.field.has-error > .field-error', { hasText: 'Give the group a name.' }).waitFor();

  await form.getByLabel('Name').fill('Zg Education');
  await form.getByLabel('Status').selectOption('active');
  await form.getByLabel('What the group works on').fill('Schools where children of every origin learn together.');
  await checkWidths(page, 'groups-form');
  await form.getByRole('button', { name: 'Add the group' }).click();
  assert.match(await statusText(page, /Added/), /^Added the group Zg Education\.$/);
  await section(page).getByRole('heading', { level: 2, name: 'Thematic groups (1)' }).waitFor();
  const g = group(page, 'Zg Education');
  assert.match(await g.textContent(), /Zg Education\s*Active.*Schools where children of every origin learn together\..*No member city yet\./);
  assert.equal(await page.evaluate(() => document.activeElement.id), (await g.locator('h3').getAttribute('id')), 'the new group has the focus');
  // the secretariat runs the group, and has no city to join with
  for (const b of ['Edit', 'Close', 'Delete']) await g.getByRole('button', { name: `${b} the group Zg Education` }).waitFor();
  assert.equal(await g.getByRole('button', { name: /^Join/ }).count(), 0);

  // a second group of the same name: refused next to the name
  await section(page).getByRole('button', { name: 'Add a group' }).click();
  await form.getByLabel('Name').fill('Zg Education');
  await form.getByRole('button', { name: 'Add the group' }).click();
  const error = form.locator('.field.has-error > .field-error');
  await error.waitFor();
  assert.match(await error.textContent(), /already has a thematic group of this name/);
  assert.equal(await form.getByLabel('Name').getAttribute('aria-invalid'), 'true');
  assert.match(await page.getByRole('alert').textContent(), /^The group was not added\. Name: /);
  takeRefusal(problems, 409);
  await form.getByRole('button', { name: 'Cancel' }).click();
  await section(page).getByRole('button', { name: 'Add a group' }).waitFor();
  assert.equal(await page.getByRole('form', { name: 'Add a group' }).count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('two member cities\' officers join the group, one leaves', async () => {
  for (const [u, city, list] of [[OA, 'Zgalpha', ['Zgalpha']], [OB, 'Zgbeta', ['Zgalpha', 'Zgbeta']]]) {
    const { context, page, problems } = await openPage(browser);
    await signIn(page, u);
    const g = group(page, 'Zg Education');
    await g.waitFor();
    // an officer neither changes nor deletes the group
    assert.equal(await g.getByRole('button', { name: /^(Edit|Close|Delete)/ }).count(), 0);
    assert.equal(await section(page).getByRole('button', { name: 'Add a group' }).count(), 0);
    await g.getByRole('button', { name: 'Join the group Zg Education' }).click();
    assert.match(await statusText(page, /joined/), /^Your city joined the group Zg Education\.$/);
    await g.getByRole('button', { name: 'Leave the group Zg Education' }).waitFor();
    assert.equal(await g.getByRole('button', { name: /^Join/ }).count(), 0);
    assert.deepEqual(await members(page, 'Zg Education'), list, `${city} is in`);
    assert.match(await g.textContent(), new RegExp(`${list.length} member ${list.length === 1 ? 'city' : 'cities'}:`));
    // an officer takes out no other city
    assert.equal(await g.getByRole('button', { name: /^Remove/ }).count(), 0);
    await checkWidths(page, `groups-joined-${city}`);
    assert.deepEqual(problems, []);
    await context.close();
  }

  // Zgbeta leaves again
  const { context, page, problems } = await openPage(browser, 375);
  await signIn(page, OB);
  const g = group(page, 'Zg Education');
  await g.getByRole('button', { name: 'Leave the group Zg Education' }).click();
  assert.match(await statusText(page, /left/), /^Your city left the group Zg Education\.$/);
  await g.getByRole('button', { name: 'Join the group Zg Education' }).waitFor();
  assert.deepEqual(await members(page, 'Zg Education'), ['Zgalpha']);
  await checkWidths(page, 'groups-left');
  assert.deepEqual(problems, []);
  await context.close();

  // the server has it so
  const r = await s.req('GET', `${API}/group-members?network=${N.id}`);
  assert.deepEqual(r.json.items.map((m) => m.city.name), ['Zgalpha']);
});

test('a city of another network and a visitor see the group, with no button', async () => {
  for (const u of [OC, null]) {
    const { context, page, problems } = await openPage(browser);
    if (u) await signIn(page, u);
    else {
      await page.goto(`${s.base}/#/network/${N.id}`);
      await page.getByRole('heading', { level: 1, name: N.name }).waitFor();
    }
    const g = group(page, 'Zg Education');
    await g.waitFor();
    assert.deepEqual(await members(page, 'Zg Education'), ['Zgalpha']);
    assert.equal(await section(page).getByRole('button').count(), 0, `no button for ${u ? u.username : 'a visitor'}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('the secretariat closes the group (no Join any more), takes a city out, and deletes it', async () => {
  const { context, page, problems } = await openPage(browser);
  await signIn(page, SEC);
  const g = group(page, 'Zg Education');
  await g.getByRole('button', { name: 'Close the group Zg Education' }).click();
  assert.match(await statusText(page, /closed/), /^The group Zg Education is closed: it keeps its cities and takes no new ones\.$/);
  await g.getByRole('button', { name: 'Reopen the group Zg Education' }).waitFor();
  assert.match(await g.locator('h3').textContent(), /Closed$/);

  // the officer of Zgbeta finds no Join on a closed group
  const other = await openPage(browser);
  await signIn(other.page, OB);
  await group(other.page, 'Zg Education').waitFor();
  assert.equal(await group(other.page, 'Zg Education').getByRole('button').count(), 0);
  assert.deepEqual(other.problems, []);
  await other.context.close();

  // editing: the form holds the group as it is
  await g.getByRole('button', { name: 'Edit the group Zg Education' }).click();
  const form = page.getByRole('form', { name: 'Edit the group Zg Education' });
  assert.equal(await form.getByLabel('Name').inputValue(), 'Zg Education');
  assert.equal(await form.getByLabel('Status').inputValue(), 'closed');
  await form.getByLabel('Name').fill('Zg Schools');
  await form.getByLabel('Status').selectOption('active');
  await form.getByRole('button', { name: 'Save the group' }).click();
  assert.match(await statusText(page, /Saved/), /^Saved the group Zg Schools\.$/);
  const renamed = group(page, 'Zg Schools');
  assert.deepEqual(await members(page, 'Zg Schools'), ['Zgalpha'], 'renamed, its members kept');
  await checkWidths(page, 'groups-secretariat');

  // the secretariat takes Zgalpha out
  await renamed.getByRole('button', { name: 'Remove Zgalpha from the group Zg Schools' }).click();
  assert.match(await statusText(page, /no longer/), /^Zgalpha is no longer in the group Zg Schools\.$/);
  await renamed.getByText('No member city yet.').waitFor();

  // and deletes the group, after saying yes
  await renamed.getByRole('button', { name: 'Delete the group Zg Schools' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete the group Zg Schools?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await renamed.waitFor();
  await renamed.getByRole('button', { name: 'Delete the group Zg Schools' }).click();
  await dialog.getByRole('button', { name: 'Delete the group' }).click();
  assert.match(await statusText(page, /Deleted/), /^Deleted the group Zg Schools\.$/);
  await section(page).getByRole('heading', { level: 2, name: 'Thematic groups (0)' }).waitFor();
  await checkWidths(page, 'groups-none');
  assert.deepEqual(problems, []);
  await context.close();
});

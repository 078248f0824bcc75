// Browser tests of the diaspora groups: a city officer adds a group living
// in their city through the form (the server's refusals shown next to the
// field they name), sees it on the city page, changes and deletes it; the
// origin city's page says where its people live; the partner suggestions of
// the host city give the group as a reason; another city's officer and a
// visitor can read but not change. The server runs on a loopback port with
// a fresh database: every city, partnership, group, figure and source below
// is SYNTHETIC TEST DATA (invented names, points, populations and counts,
// the hand-made graph of tests/api/match-graph.mjs), not facts about real
// places or people. Set AMITY_E2E_SHOTS=DIR to keep screenshots at 1280px
// and 375px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { checkWidths, launchBrowser, openPage } from './browser.mjs';
import { adminServer, create, API } from '../api/helpers.mjs';
import { cli } from '../api/harness.mjs';
import { makeGraph } from '../api/match-graph.mjs';

let s;
let admin;
let browser;
let c = {};
let seeded; // SYNTHETIC: a group from Morocco in Testville, no number

const OFFICER = { username: 'testville-officer', password: 'officer-pass-1' };
const OTHER = { username: 'sampleburg-officer', password: 'officer-pass-2' };

before(async () => {
  ({ s, admin } = await adminServer());
  c = await makeGraph(s, admin); // SYNTHETIC, see match-graph.mjs
  for (const [u, city] of [[OFFICER, c.a], [OTHER, c.b]]) {
    const r = cli(s.db, ['user', 'add', u.username, '--role', 'officer', '--city', String(city)], `${u.password}\n`);
    assert.equal(r.status, 0, r.stderr);
  }
  seeded = await create(s, admin, 'diaspora', {
    city_id: c.a, origin_country: 'MA', year: 2019, source: 'Synthetic survey', note: 'A test record.',
  });
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (s) await s.stop();
});

const hash = (page) => decodeURIComponent(new URL(page.url()).hash);

async function signIn(page, u, next) {
  await page.goto(`${s.base}/#/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Username').fill(u.username);
  await page.getByLabel('Password').fill(u.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
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

const section = (page) => page.locator('section.diaspora');
const groupsTable = (page) => page.getByRole('table', { name: 'Diaspora groups living in Testville' });
const rowFrom = (page, text) => groupsTable(page).getByRole('row').filter({ hasText: text });

test('a city officer adds, changes and deletes a diaspora group of their city', async () => {
  const { context, page, problems } = await openPage(browser);
  await signIn(page, OFFICER, `#/city/${c.a}`);
  await page.getByRole('heading', { level: 1, name: 'Testville' }).waitFor();

  // ---- the section, with the group the admin recorded
  await page.getByRole('heading', { level: 2, name: 'Diaspora (1)' }).waitFor();
  assert.match(await section(page).locator('.lead').textContent(),
    /^Groups of people living in Testville who come from another country or city\. Partner suggestions look for partners where the city's residents come from, and where its own people now live\.$/);
  const morocco = rowFrom(page, 'Morocco');
  assert.match(await morocco.textContent(), /Morocco.*A test record\..*number not known.*2019.*Synthetic survey/);
  // no group of Testville's own people is recorded elsewhere: no such section
  assert.equal(await page.getByRole('heading', { name: 'Where people from this city live' }).isVisible(), false);

  // ---- the form, from the city page: the city fixed
  await section(page).getByRole('link', { name: 'Add a diaspora group' }).click();
  await page.getByRole('heading', { level: 1, name: 'Add a diaspora group' }).waitFor();
  assert.equal(hash(page), `#/city/${c.a}/diaspora/new`);
  const cityField = page.getByLabel('City', { exact: true });
  assert.equal(await cityField.inputValue(), 'Testville (Italy)');
  assert.equal(await cityField.getAttribute('readonly'), '');

  // a figure for a group and year the city already has: 409, named `year`
  await page.getByLabel('Origin country').selectOption({ label: 'Morocco' });
  await page.getByLabel('Year').fill('2019');
  await page.getByRole('button', { name: 'Add group' }).click();
  const yearError = page.locator('.field:has(> input[maxlength="4"]) > .field-error');
  await yearError.waitFor();
  assert.match(await yearError.textContent(), /already has a figure for this group and year/);
  assert.equal(await page.getByLabel('Year').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('maxlength')), '4');
  assert.match(await page.getByRole('alert').textContent(), /^The group was not saved\. Year: .*already has a figure/);
  takeRefusal(problems, 409);

  // a number the form cannot read: said before asking the server
  await page.getByLabel('Number of people').fill('about 1500');
  await page.getByRole('button', { name: 'Add group' }).click();
  await page.locator('.field.has-error > .field-error', { hasText: 'whole number' }).waitFor();
  assert.equal(await yearError.isVisible(), false);

  // the origin city through the type-ahead sets the country
  const origin = page.getByRole('combobox', { name: /Origin city/ });
  await origin.fill('Distant');
  await page.getByRole('option', { name: /Distantburg/ }).click();
  await page.getByText('Comes from: Distantburg (Germany)').waitFor();
  assert.equal(await page.getByLabel('Origin country').inputValue(), 'DE');
  assert.equal(await page.getByLabel('Origin country').isDisabled(), true);

  // a year the server does not take: 422, named `year`
  await page.getByLabel('Number of people').fill('1,500');
  await page.getByLabel('Year').fill('1700');
  await page.getByLabel('Source', { exact: true }).fill('Testville population register (synthetic)');
  await page.getByLabel('Source (web address)').fill('https://example.org/testville-register');
  await page.getByLabel('Note').fill('Invented for a test.');
  await page.getByRole('button', { name: 'Add group' }).click();
  await page.locator('.field.has-error > .field-error', { hasText: 'between 1800 and 2100' }).waitFor();
  assert.equal(await page.getByLabel('Year').getAttribute('aria-invalid'), 'true');
  takeRefusal(problems, 422);
  await checkWidths(page, 'diaspora-form');

  await page.getByLabel('Year').fill('2021');
  await page.getByRole('button', { name: 'Add group' }).click();

  // ---- back on the city page, with the new group, the largest first
  await page.getByRole('heading', { level: 2, name: 'Diaspora (2)' }).waitFor();
  assert.equal(hash(page), `#/city/${c.a}`);
  assert.match(await statusText(page, /Added/), /^Added: the group from Distantburg, Germany living in Testville\.$/);
  const row = rowFrom(page, 'Distantburg');
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    assert.match(await row.textContent(),
      /^Distantburg, GermanyInvented for a test\.1,500 people2021Testville population register \(synthetic\)EditDelete$/, `at ${width}px`);
    const box = await row.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= width, `the row fits at ${width}px: ${JSON.stringify(box)}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  assert.equal(await row.getByRole('link', { name: 'Distantburg', exact: true }).getAttribute('href'), `#/city/${c.h}`);
  assert.equal(await row.getByRole('link', { name: /population register/ }).getAttribute('href'), 'https://example.org/testville-register');
  assert.doesNotMatch(await section(page).textContent(), /null|undefined|NaN/);
  const firstRows = await groupsTable(page).locator('tbody tr').allTextContents();
  assert.match(firstRows[0], /^Distantburg/, 'the largest group first');
  await checkWidths(page, 'diaspora-city');

  // and the server has it as sent, the country taken from the origin city
  let r = await s.req('GET', `${API}/diaspora?city=${c.a}`);
  assert.equal(r.json.total, 2);
  const g = r.json.items.find((x) => x.origin_city_id === c.h);
  assert.ok(g, JSON.stringify(r.json.items));
  assert.deepEqual(
    [g.city_id, g.origin_country, g.size, g.year, g.source, g.source_url, g.note],
    [c.a, 'DE', 1500, 2021, 'Testville population register (synthetic)', 'https://example.org/testville-register', 'Invented for a test.']);

  // ---- changing the number
  await row.getByRole('link', { name: 'Edit the group from Distantburg, Germany' }).click();
  await page.getByRole('heading', { level: 1, name: 'Edit a diaspora group' }).waitFor();
  assert.equal(hash(page), `#/diaspora/${g.id}/edit`);
  assert.equal(await page.getByLabel('City', { exact: true }).inputValue(), 'Testville (Italy)');
  assert.equal(await origin.inputValue(), 'Distantburg');
  assert.equal(await page.getByLabel('Origin country').inputValue(), 'DE');
  assert.equal(await page.getByLabel('Number of people').inputValue(), '1,500');
  assert.equal(await page.getByLabel('Year').inputValue(), '2021');
  await page.getByLabel('Number of people').fill('1800');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('heading', { level: 1, name: 'Testville' }).waitFor();
  assert.match(await statusText(page, /Saved/), /^Saved: the group from Distantburg, Germany living in Testville\.$/);
  await rowFrom(page, '1,800 people').waitFor();
  r = await s.req('GET', `${API}/diaspora/${g.id}`);
  assert.equal(r.json.size, 1800);
  assert.equal(r.json.year, 2021);

  // ---- the origin city's page: where its people live
  await page.goto(`${s.base}/#/city/${c.h}`);
  await page.getByRole('heading', { level: 1, name: 'Distantburg' }).waitFor();
  const abroad = page.locator('section.diaspora-abroad');
  await abroad.getByRole('heading', { level: 2, name: 'Where people from this city live' }).waitFor();
  assert.doesNotMatch(await abroad.textContent(), /null|undefined|NaN/);
  const item = abroad.getByRole('listitem');
  assert.equal(await item.count(), 1);
  assert.equal(await item.textContent(), 'Testville, Italy: 1,800 people (2021) · source: Testville population register (synthetic)');
  assert.equal(await item.getByRole('link', { name: 'Testville', exact: true }).getAttribute('href'), `#/city/${c.a}`);
  // Distantburg has no group living in it, and the officer of Testville may not add one
  await page.getByRole('heading', { level: 2, name: 'Diaspora (0)' }).waitFor();
  await page.getByText('No diaspora group recorded.').waitFor();
  assert.equal(await page.getByRole('link', { name: 'Add a diaspora group' }).count(), 0);
  await checkWidths(page, 'diaspora-abroad');

  // ---- the partner suggestions of Testville: the group is a reason for Distantburg
  await page.goto(`${s.base}/#/city/${c.a}/partners`);
  const suggestion = page.locator('li.suggestion').filter({ has: page.getByRole('heading', { level: 3, name: /Distantburg/ }) });
  const why = suggestion.locator('li.reason-diaspora');
  await why.waitFor();
  assert.equal(await why.textContent(), '1,800 people from Distantburg live in Testville (2021; Testville population register (synthetic))');
  await why.getByRole('link', { name: 'Testville', exact: true }).waitFor();
  assert.equal(await why.getByRole('link', { name: 'Distantburg', exact: true }).getAttribute('href'), `#/city/${c.h}`);
  assert.equal(await why.getByRole('link', { name: /population register/ }).getAttribute('href'), 'https://example.org/testville-register');
  // the server's reason, as the page shows it
  r = await s.req('GET', `${API}/cities/${c.a}/partner-suggestions?limit=20`);
  const hit = r.json.items.find((x) => x.city.id === c.h);
  const reason = hit.reasons.find((x) => x.signal === 'diaspora');
  assert.deepEqual(reason.diaspora, [g.id]);
  assert.ok(reason.weight > 0);
  await checkWidths(page, 'diaspora-suggestions');

  // ---- deleting it, after a confirmation
  await page.goto(`${s.base}/#/city/${c.a}`);
  await page.getByRole('button', { name: 'Delete the group from Distantburg, Germany' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete the group from Distantburg, Germany?' });
  await dialog.waitFor();
  // Cancel keeps it
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.equal((await s.req('GET', `${API}/diaspora/${g.id}`)).status, 200);
  await page.getByRole('button', { name: 'Delete the group from Distantburg, Germany' }).click();
  await dialog.getByRole('button', { name: 'Delete the group' }).click();
  assert.match(await statusText(page, /Deleted/), /^Deleted: the group from Distantburg, Germany living in Testville\.$/);
  await page.getByRole('heading', { level: 2, name: 'Diaspora (1)' }).waitFor();
  assert.equal(await rowFrom(page, 'Distantburg').count(), 0);
  assert.equal((await s.req('GET', `${API}/diaspora/${g.id}`)).status, 404);
  assert.equal((await s.req('GET', `${API}/diaspora?origin_city=${c.h}`)).json.total, 0);

  assert.deepEqual(problems, []);
  await context.close();
});

test('another city\'s officer and a visitor read the groups but cannot change them', async () => {
  // SYNTHETIC: two figures, of two years, of people from Testville in Fakeham
  for (const [year, size] of [[2010, 300], [2020, 450]]) {
    await create(s, admin, 'diaspora', { city_id: c.d, origin_city_id: c.a, year, size });
  }
  const { context, page, problems } = await openPage(browser, 375);
  await signIn(page, OTHER, `#/city/${c.a}`);
  await page.getByRole('heading', { level: 1, name: 'Testville' }).waitFor();
  await rowFrom(page, 'Morocco').waitFor();
  // where Testville's people live: one line a city, its latest figure first
  const abroad = page.locator('section.diaspora-abroad');
  await abroad.getByRole('heading', { level: 2, name: 'Where people from this city live' }).waitFor();
  assert.deepEqual(await abroad.getByRole('listitem').allTextContents(), ['Fakeham, France: 450 people (2020) · also figures for 2010']);
  assert.equal(await section(page).getByRole('link', { name: 'Add a diaspora group' }).count(), 0);
  assert.equal(await section(page).getByRole('link', { name: /^Edit/ }).count(), 0);
  assert.equal(await section(page).getByRole('button', { name: /^Delete/ }).count(), 0);
  assert.equal(await groupsTable(page).getByRole('columnheader', { name: 'Change' }).count(), 0);
  await checkWidths(page, 'diaspora-read');

  // the forms say so instead of failing on saving
  await page.goto(`${s.base}/#/diaspora/${seeded.id}/edit`);
  await page.getByText('Your account may not change the diaspora groups of Testville').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Save changes' }).count(), 0);
  await page.goto(`${s.base}/#/city/${c.a}/diaspora/new`);
  await page.getByText('Your account may not change the diaspora groups of Testville').waitFor();

  // on their own city they may
  await page.goto(`${s.base}/#/city/${c.b}`);
  await page.getByRole('heading', { level: 1, name: 'Sampleburg' }).waitFor();
  await section(page).getByRole('link', { name: 'Add a diaspora group' }).waitFor();

  // signed out: the list, and nothing to change
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }).waitFor();
  await page.goto(`${s.base}/#/city/${c.a}`);
  await rowFrom(page, 'Morocco').waitFor();
  assert.equal(await page.getByRole('link', { name: 'Add a diaspora group' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: /^Delete/ }).count(), 0);
  await page.goto(`${s.base}/#/city/${c.a}/diaspora/new`);
  await page.getByText('Sign in to add a diaspora group.', { exact: false }).waitFor();

  // the record is as it was
  const r = await s.req('GET', `${API}/diaspora/${seeded.id}`);
  assert.equal(r.json.updated_at, seeded.updated_at);
  assert.deepEqual(problems, []);
  await context.close();
});

// Browser tests of the web UI against the real server and a temporary
// database: a city officer adds a partnership through the form; an
// anonymous visitor finds a city by name. Set AMITY_E2E_SHOTS=DIR to keep
// screenshots of the pages at 1280px and 375px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { checkWidths, launchBrowser, openPage } from './browser.mjs';
import { startServer, cli } from '../api/harness.mjs';

let server;
let browser;
const ids = {};

function addCity(args) {
  const r = cli(server.db, ['city', 'add', ...args]);
  assert.equal(r.status, 0, r.stderr);
  const m = r.stdout.match(/added city (\d+)/);
  assert.ok(m, `unexpected output: ${r.stdout}`);
  return Number(m[1]);
}

before(async () => {
  server = await startServer();
  ids.reggio = addCity(['--name', 'Reggio Emilia', '--country', 'IT', '--region', 'Emilia-Romagna']);
  ids.krakow = addCity(['--name', 'Kraków', '--country', 'PL']);
  ids.isfahan = addCity(['--name', 'اصفهان', '--country', 'IR', '--alt-names', 'Isfahan,Esfahan']);
  const u = cli(server.db, ['user', 'add', 'officer', '--role', 'officer', '--city', String(ids.reggio)], 'officer-pass-1\n');
  assert.equal(u.status, 0, u.stderr);
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (server) await server.stop();
});

test('a city officer signs in and adds a partnership through the form', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(server.base + '/#/cities');
  await page.getByRole('heading', { level: 1, name: 'Cities' }).waitFor();

  // sign in from the header, and come back to the cities page
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Username').fill('officer');
  await page.getByLabel('Password').fill('officer-pass-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  await page.getByRole('heading', { level: 1, name: 'Cities' }).waitFor();
  await assertStatus(page, /Signed in as officer/);

  // the officer's city
  await page.getByRole('link', { name: 'My city' }).click();
  await page.getByRole('heading', { level: 1, name: 'Reggio Emilia' }).waitFor();
  assert.equal(new URL(page.url()).hash, `#/city/${ids.reggio}`);
  await page.getByText('No partnerships recorded.').waitFor();

  await page.getByRole('link', { name: 'Add partnership' }).click();
  await page.getByRole('heading', { level: 1, name: 'Add a partnership' }).waitFor();
  // the form is built from the API document: each party a city, an organisation or a country
  assert.equal(await page.getByRole('group', { name: /^Party A/ }).getByRole('combobox', { name: 'City' }).inputValue(), 'Reggio Emilia');

  // party B through the type-ahead
  const partner = page.getByRole('group', { name: /^Party B/ }).getByRole('combobox', { name: 'City' });
  await partner.fill('Krak');
  await page.getByRole('option', { name: /Kraków/ }).click();
  assert.equal(await partner.inputValue(), 'Kraków');
  await page.getByText('Chosen city: Kraków (Poland)').waitFor();

  await page.getByLabel(/^Kind/).selectOption('twinning');
  await page.getByLabel('Status').selectOption('signed');
  await page.getByRole('checkbox', { name: 'Education', exact: true }).check();

  // a date the server refuses: its message appears next to the field
  await page.getByLabel('Signed').fill('2015-13-01');
  await page.getByRole('button', { name: 'Add partnership' }).click();
  const signedError = page.locator('.field.has-error .field-error');
  await signedError.waitFor();
  assert.match(await signedError.textContent(), /not a date/);
  assert.equal(await page.getByLabel('Signed').getAttribute('aria-invalid'), 'true');
  assert.match(await page.getByRole('alert').textContent(), /not added\. Signed on: .*not a date/);
  // Chromium logs the refused request itself as a console error: that one is expected
  const refused = problems.findIndex((m) => /status of 422/.test(m));
  assert.ok(refused >= 0, `expected the 422 answer in the console: ${problems}`);
  problems.splice(refused, 1);
  await checkWidths(page, 'partnership-form');

  await page.getByLabel('Signed').fill('2015-06-01');
  await page.getByRole('button', { name: 'Add partnership' }).click();

  // on the new partnership's page, then back on the city page, with it in the table
  await page.getByRole('heading', { level: 1, name: 'Reggio Emilia – Kraków' }).waitFor();
  await assertStatus(page, /Partnership added/);
  await page.locator('.crumbs').getByRole('link', { name: 'Reggio Emilia' }).click();
  await page.getByRole('heading', { level: 1, name: 'Reggio Emilia' }).waitFor();
  assert.equal(new URL(page.url()).hash, `#/city/${ids.reggio}`);
  const table = page.getByRole('table', { name: /Partnerships of Reggio Emilia/ });
  const row = table.getByRole('row').filter({ hasText: 'Kraków' });
  await row.waitFor();
  const text = await row.textContent();
  assert.match(text, /Twinning/);
  assert.match(text, /Signed/);
  assert.match(text, /2015-06-01/);
  assert.match(text, /Education/);
  // signed in 2015 with no activity since: dormant, and flagged as such
  assert.match(text, /Dormant/);
  assert.match(text, /No activity for \d+\+ years/);
  await row.getByRole('link', { name: 'Kraków' }).waitFor();
  await checkWidths(page, 'city');

  // and the server has it as sent
  const r = await server.req('GET', `/api/v1/partnerships?city=${ids.reggio}`);
  assert.equal(r.json.total, 1);
  const p = r.json.items[0];
  assert.equal(p.party_a.city_id, ids.reggio);
  assert.equal(p.party_b.city_id, ids.krakow);
  assert.equal(p.kind, 'twinning');
  assert.equal(p.status, 'signed');
  assert.equal(p.signed_date, '2015-06-01');
  assert.deepEqual(p.topics, ['icc-education']);

  // the token lives in sessionStorage and signing out revokes it
  const token = await page.evaluate(() => sessionStorage.getItem('amity.token'));
  assert.ok(token);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Add partnership' }).count(), 0);
  assert.equal((await server.req('GET', '/api/v1/sessions/current', { token })).status, 401);

  assert.deepEqual(problems, []);
  await context.close();
});

test('an anonymous visitor searches a city by name and opens its page', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(server.base + '/#/cities');
  const search = page.getByRole('searchbox', { name: 'Name' });
  await search.fill('Isfah'); // another name of اصفهان
  await page.getByText('1 city', { exact: true }).waitFor();
  assert.match(new URL(page.url()).hash, /^#\/cities\?q=Isfah/);
  const link = page.getByRole('link', { name: 'اصفهان' });
  assert.equal(await link.getAttribute('dir'), 'auto');
  await link.click();

  const h1 = page.getByRole('heading', { level: 1, name: 'اصفهان' });
  await h1.waitFor();
  assert.equal(await h1.getAttribute('dir'), 'auto');
  assert.equal(new URL(page.url()).hash, `#/city/${ids.isfahan}`);
  await page.getByText('Other names:').waitFor();
  await page.getByText('Esfahan').waitFor();
  await page.getByText('No partnerships recorded.').waitFor();
  assert.equal(await page.getByRole('link', { name: 'Add partnership' }).count(), 0);
  assert.equal(await page.getByRole('link', { name: 'Add activity' }).count(), 0);

  // the search survives going back
  await page.goBack();
  await page.getByRole('link', { name: 'اصفهان' }).waitFor();
  assert.equal(await page.getByRole('searchbox', { name: 'Name' }).inputValue(), 'Isfah');

  assert.deepEqual(problems, []);
  await context.close();
});

async function assertStatus(page, re) {
  const status = page.getByRole('status');
  await page.waitForFunction((el) => el.textContent.length > 0, await status.elementHandle());
  assert.match(await status.textContent(), re);
}

// Browser test of citizen diplomacy with consent (issue 14): a citizen
// living abroad registers on the public form, the city's office takes them
// on, they appear beside the partnership with the city they live in, an
// opportunity they identified becomes an activity; then they withdraw their
// consent and disappear from every view.
//
// SYNTHETIC TEST DATA: the cities (Homeville, Abroadburg), the partnership,
// the account, the person and the opportunity are invented for the test on a
// throwaway database; none is a fact about a real place or person.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { checkWidths, launchBrowser, openPage } from './browser.mjs';
import { adminServer, create, API } from '../api/helpers.mjs';
import { cli } from '../api/harness.mjs';

let s, admin, browser, home, abroad, pair;
const OFFICER = { username: 'homeville-officer', password: 'officer-pass-1' };
const NAME = 'Dariush Abroadson (synthetic)';

before(async () => {
  ({ s, admin } = await adminServer());
  home = await create(s, admin, 'cities', { name: 'Homeville', country: 'IR' });
  abroad = await create(s, admin, 'cities', { name: 'Abroadburg', country: 'DE' });
  pair = await create(s, admin, 'partnerships', { party_a: { city_id: home.id }, party_b: { city_id: abroad.id }, kind: 'sister_city', status: 'active' });
  const r = cli(s.db, ['user', 'add', OFFICER.username, '--role', 'officer', '--city', String(home.id)], `${OFFICER.password}\n`);
  assert.equal(r.status, 0, r.stderr);
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (s) await s.stop();
});

async function signIn(page, u, next) {
  await page.goto(`${s.base}/#/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Username').fill(u.username);
  await page.getByLabel('Password').fill(u.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

test('a citizen abroad registers, is taken on, is matched, an opportunity becomes an activity, then withdraws', async () => {
  // ---- the public form, no account
  const visitor = await openPage(browser);
  const v = visitor.page;
  const seen = [];
  v.on('response', (r) => { if (r.status() >= 400) seen.push(`${r.status()} ${r.request().method()} ${r.url()}`); });
  await v.goto(`${s.base}/#/people/register?city=${home.id}`);
  await v.getByRole('heading', { level: 1, name: 'Offer to help your city' }).waitFor();
  await v.getByText('Chosen city: Homeville').waitFor();
  await v.getByLabel(/^Name/).fill(NAME);
  await v.getByLabel(/^Email/).fill('dariush@example.invalid');
  await v.getByRole('button', { name: 'Add a tie' }).click();
  const tie = v.getByRole('group', { name: /^Tie 1/ });
  await tie.getByRole('combobox', { name: 'City' }).fill('Abroad');
  await v.getByRole('option', { name: /Abroadburg/ }).click();
  await tie.getByLabel('Kind').selectOption('work');
  await v.getByLabel('Languages').fill('fa, de');
  await v.getByLabel(/^What they offer/).fill('I work at the university of Abroadburg and can introduce the office (synthetic).');
  assert.equal(await v.getByRole('checkbox', { name: 'Record' }).isChecked(), true, 'the consent to be recorded, ticked and worded');
  await v.getByText(/withdraw this consent at any time/).first().waitFor();
  await checkWidths(v, 'people-register');
  await v.getByRole('button', { name: 'Send to the office' }).click();
  await v.getByText('Thank you: your offer has reached the office').first().waitFor();
  // nothing public
  await v.goto(`${s.base}/#/people`);
  await v.getByText('No public profile matches.').waitFor();
  assert.deepEqual(visitor.problems, [], seen.join('; '));
  await visitor.context.close();

  // ---- the office takes them on
  const office = await openPage(browser);
  const page = office.page;
  await signIn(page, OFFICER, '#/people?status=pending');
  await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
  await page.getByRole('link', { name: NAME }).click();
  await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
  await page.getByRole('button', { name: 'Take on' }).click();
  await page.getByText('The person is taken on.').waitFor();
  await page.getByRole('cell', { name: 'Online form' }).or(page.getByText(/Online form/)).first().waitFor();
  await checkWidths(page, 'person');

  // ---- beside the partnership with the city they live in
  await page.goto(`${s.base}/#/partnership/${pair.id}`);
  const ties = page.getByRole('region', { name: 'Your people with ties to Abroadburg' });
  await ties.getByRole('link', { name: NAME }).waitFor();
  assert.match(await ties.textContent(), /Tie to city \(Work\)/);

  // ---- an opportunity they identified becomes an activity
  await page.goto(`${s.base}/#/opportunities/new`);
  await page.getByRole('heading', { level: 1, name: 'Record an opportunity' }).waitFor();
  await page.getByLabel(/^Title/).fill('A joint summer school (synthetic)');
  await page.getByLabel(/^Kind/).selectOption('academic_exchange');
  await page.getByRole('checkbox', { name: NAME }).check();
  await page.getByRole('button', { name: 'Record it' }).click();
  await page.getByRole('heading', { level: 1, name: 'A joint summer school (synthetic)' }).waitFor();
  await page.getByRole('button', { name: 'Make it an activity' }).click();
  await page.getByLabel(/^Kind/).last().selectOption('academic_exchange');
  await page.locator('.step-panel').getByRole('button', { name: 'Make it an activity' }).click();
  await page.getByText('It became an activity:').waitFor();
  await page.getByRole('link', { name: 'A joint summer school (synthetic)' }).waitFor();
  await checkWidths(page, 'opportunity');

  // ---- the person withdraws their consent: gone from every view
  const [person] = (await (await s.req('GET', `${API}/people?q=Abroadson`, { token: admin })).json).items;
  await page.goto(`${s.base}/#/person/${person.id}`);
  await page.getByLabel('The person withdraws their consent to').selectOption('record');
  await page.getByRole('button', { name: 'Withdraw the consent' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Withdraw the consent' }).click();
  await page.getByText('The person is erased.').waitFor();
  await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
  assert.equal(await page.getByRole('link', { name: NAME }).count(), 0);
  await page.goto(`${s.base}/#/partnership/${pair.id}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  assert.equal(await page.getByRole('region', { name: 'Your people with ties to Abroadburg' }).count(), 0);
  await page.goto(`${s.base}/#/opportunities`);
  await page.getByRole('link', { name: 'A joint summer school (synthetic)' }).waitFor();
  assert.equal(await page.getByText(NAME).count(), 0);
  const r = await s.req('GET', `${API}/people/${person.id}`, { token: admin });
  assert.equal(r.status, 404);
  // the browser logged no error
  assert.deepEqual(office.problems, []);
  await office.context.close();
});

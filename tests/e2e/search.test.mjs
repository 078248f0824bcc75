// Browser tests of the search box in the page header: on every page; typing
// lists suggestions grouped by kind (an ARIA combobox: listbox, labelled
// groups, options); arrows move through them across the groups, Enter opens
// the record chosen, Escape closes the list and then empties the box; Enter
// with nothing chosen opens the results page (#/search?q=), whose groups
// link to each record's page. No sideways scroll at 1280 and 375 px, with
// the list open too.
//
// SYNTHETIC TEST DATA: every city, network, organisation and practice is
// invented ("Zqköln", "Union of Zqtowns"...); real country codes only
// because a city needs one. AMITY_E2E_SHOTS=DIR keeps screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { checkWidths, launchBrowser, openPage } from './browser.mjs';
import { adminServer, create, expectStatus, API } from '../api/helpers.mjs';

let s, admin, browser;
const C = {};
const N = {};

before(async () => {
  ({ s, admin } = await adminServer());
  C.koln = (await create(s, admin, 'cities', { name: 'Zqköln', country: 'DE', population: 1000000, alt_names: ['Зккёльн'] })).id;
  C.kolby = (await create(s, admin, 'cities', { name: 'Zqkolby', country: 'DK', population: 2000 })).id;
  C.long = (await create(s, admin, 'cities', {
    name: 'Zqkolonia Sankt Wolfgang im Salzkammergut an der langen Straße', country: 'AT', population: 30,
  })).id;
  N.union = (await create(s, admin, 'networks', { name: 'Zqkoln Union of Towns', acronym: 'ZQKU' })).id;
  await create(s, admin, 'organisations', { name: 'Zqkoln Twinning Bureau', city_id: C.koln });
  const p = await create(s, admin, 'practices', { title: 'Zqkoln welcome festival', city_id: C.koln, start_year: 2022 });
  expectStatus(await s.req('POST', `${API}/practices/${p.id}/submit`, { token: admin }), 200);
  expectStatus(await s.req('POST', `${API}/practices/${p.id}/publish`, { token: admin }), 200);
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (s) await s.stop();
});

const hash = (page) => decodeURIComponent(new URL(page.url()).hash);
const box = (page) => page.getByRole('combobox', { name: 'Search the registry', exact: true });

test('the header box on every page; typing lists suggestions by kind; the keyboard chooses one', async () => {
  const { context, page, problems } = await openPage(browser);
  for (const where of ['#/cities', '#/networks', '#/practices', `#/city/${C.koln}`]) {
    await page.goto(`${s.base}/${where}`);
    await page.locator('h1').first().waitFor();
    assert.equal(await box(page).count(), 1, `the search box on ${where}`);
  }

  const input = box(page);
  await input.click();
  await page.keyboard.type('zqkol');
  const list = page.getByRole('listbox', { name: 'Suggestions' });
  await list.getByRole('option', { name: /Zqköln/ }).first().waitFor();
  assert.equal(await input.getAttribute('aria-expanded'), 'true');
  // groups, labelled, in order
  const groups = await list.getByRole('group').evaluateAll((gs) => gs.map((g) => document.getElementById(g.getAttribute('aria-labelledby')).textContent));
  assert.deepEqual(groups, ['Cities', 'Networks', 'Organisations', 'Practices']);
  const cities = list.getByRole('group', { name: 'Cities' }).getByRole('option');
  assert.equal(await cities.count(), 3);
  assert.match(await cities.first().textContent(), /^Zqköln, Germany · 1,000,000 inhabitants$/, 'largest first, with its detail');
  await checkWidths(page, 'search-box-open');

  // down: the first city; down three more: past the cities to the network
  await page.keyboard.press('ArrowDown');
  let active = await input.getAttribute('aria-activedescendant');
  assert.match(await page.locator(`#${active}`).textContent(), /^Zqköln/);
  assert.equal(await page.locator(`#${active}`).getAttribute('aria-selected'), 'true');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  active = await input.getAttribute('aria-activedescendant');
  assert.match(await page.locator(`#${active}`).textContent(), /^Zqkoln Union of Towns/);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => location.hash === `#/network/${id}`, N.union);
  await page.locator('h1', { hasText: 'Zqkoln Union of Towns' }).waitFor();
  assert.equal(await input.inputValue(), '', 'the box is emptied');
  assert.equal(await input.getAttribute('aria-expanded'), 'false');

  // up from the box wraps to the last option: all results
  await input.fill('');
  await input.click();
  await page.keyboard.type('зккё');
  await list.getByRole('option', { name: /Zqköln.*Зккёльн.*Germany/ }).waitFor();
  await page.keyboard.press('ArrowUp');
  active = await input.getAttribute('aria-activedescendant');
  assert.match(await page.locator(`#${active}`).textContent(), /All results for/);
  await page.keyboard.press('ArrowUp');
  active = await input.getAttribute('aria-activedescendant');
  assert.match(await page.locator(`#${active}`).textContent(), /^Zqköln/);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => location.hash === `#/city/${id}`, C.koln);

  // Escape closes, a second Escape empties the box
  await input.click();
  await page.keyboard.type('zqkolby');
  await list.getByRole('option', { name: /Zqkolby/ }).waitFor();
  await page.keyboard.press('Escape');
  assert.equal(await input.getAttribute('aria-expanded'), 'false');
  assert.equal(await list.isHidden(), true);
  assert.equal(await input.inputValue(), 'zqkolby');
  await page.keyboard.press('Escape');
  assert.equal(await input.inputValue(), '');

  assert.deepEqual(problems, []);
  await context.close();
});

test('Enter with nothing chosen: the results page, grouped, each hit a link to its page', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${s.base}/#/cities`);
  await box(page).click();
  await page.keyboard.type('zqkol');
  await page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first().waitFor();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.startsWith('#/search?'));
  assert.equal(hash(page), '#/search?q=zqkol');
  await page.getByRole('heading', { name: /^Cities/ }).waitFor();
  const heads = await page.locator('.search-group h2').allTextContents();
  assert.deepEqual(heads, ['Cities (3)', 'Networks (1)', 'Organisations (1)', 'Practices (1)']);
  assert.equal(await page.getByLabel('Words').inputValue(), 'zqkol');
  await checkWidths(page, 'search-results');
  await page.getByRole('link', { name: /Zqkoln welcome festival/ }).click();
  await page.waitForFunction(() => /^#\/practice\/\d+$/.test(location.hash));
  await page.locator('h1', { hasText: 'Zqkoln welcome festival' }).waitFor();

  // the page's own form searches again, and keeps its address
  await page.goto(`${s.base}/#/search?q=zqkolby`);
  await page.getByRole('heading', { name: /^Cities/ }).waitFor();
  assert.deepEqual(await page.locator('.search-group h2').allTextContents(), ['Cities (1)']);
  await page.getByLabel('Words').fill('nothingzq');
  await page.getByRole('button', { name: 'Search', exact: true }).last().click();
  await page.getByText('Nothing found for “nothingzq”.').waitFor();
  assert.equal(hash(page), '#/search?q=nothingzq');
  assert.deepEqual(problems, []);
  await context.close();
});

test('at 375 px: the box and its list fit, nothing scrolls sideways', async () => {
  const { context, page, problems } = await openPage(browser, 375);
  await page.goto(`${s.base}/#/cities`);
  await box(page).click();
  await page.keyboard.type('zqkol');
  await page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option', { name: /Salzkammergut/ }).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the open list scrolls sideways by ${overflow}px`);
  const right = await page.getByRole('listbox', { name: 'Suggestions' }).evaluate((el) => el.getBoundingClientRect().right);
  assert.ok(right <= 375, `the list ends at ${right}px`);
  assert.deepEqual(problems, []);
  await context.close();
});

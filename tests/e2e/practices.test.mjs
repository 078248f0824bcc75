// Browser tests of the good-practice library against the real server with
// the demo records (one published practice of Reggio Emilia; users admin,
// reggio, icc). A visitor searches, filters and reads; the officer of Reggio
// Emilia describes a practice and submits it; the secretariat of
// Intercultural Cities finds it among those awaiting review and publishes
// it; then anyone finds it. Set AMITY_E2E_SHOTS=DIR to keep screenshots at
// 1280px and 375px. The practice the test writes ("Supper clubs of the new
// neighbours") is SYNTHETIC TEST DATA in a throwaway database, not a fact
// about Reggio Emilia.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { checkWidths, launchBrowser, openPage } from './browser.mjs';
import { startServer } from '../api/harness.mjs';

const PASSWORD = 'amity-demo';
const DEMO_TITLE = 'A city international policy';
const TITLE = 'Supper clubs of the new neighbours';
const WORD = 'caravanserai'; // in the summary, nowhere in the demo
let server;
let browser;

before(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (server) await server.stop();
});

const hash = (page) => decodeURIComponent(new URL(page.url()).hash);

async function assertStatus(page, re) {
  await page.waitForFunction((src) => new RegExp(src).test(document.getElementById('status').textContent), re.source);
}

async function signIn(page, username) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

async function signOut(page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }).waitFor();
}

test('a visitor searches the library, filters by topic and reads a practice', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(server.base + '/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practices' }).click();
  await page.getByRole('heading', { level: 1, name: 'Good practices' }).waitFor();

  // search as you type: the address follows, the word is marked in the snippet
  await page.getByRole('searchbox', { name: 'Search the practices' }).fill('diaspora');
  await page.waitForFunction(() => location.hash.includes('q=diaspora'));
  const results = page.getByRole('region', { name: 'Practices found' });
  const hit = results.getByRole('listitem').filter({ has: page.getByRole('link', { name: DEMO_TITLE }) });
  await hit.locator('mark').first().waitFor();
  assert.equal((await hit.locator('mark').first().textContent()).toLowerCase(), 'diaspora');
  assert.match(await hit.textContent(), /Reggio Emilia, Italy/);
  await results.getByText('1 practice', { exact: true }).waitFor();

  // a topic facet: a toggle with its count
  const filters = page.getByRole('complementary', { name: 'Filters' });
  const topic = filters.getByRole('button', { name: /^International outlook\s*, 1 practice$/ });
  assert.equal(await topic.getAttribute('aria-pressed'), 'false');
  assert.equal(await topic.locator('.facet-count').textContent(), '1');
  await topic.click();
  await page.waitForFunction(() => location.hash.includes('topic=icc-international-outlook'));
  await filters.locator('[aria-pressed="true"]', { hasText: 'International outlook' }).waitFor();
  // the keyboard stays on the toggle, and the other facets still count
  assert.equal(await page.evaluate(() => document.activeElement.dataset.value), 'icc-international-outlook');
  assert.match(await filters.getByRole('button', { name: /^Italy\s*, 1 practice$/ }).textContent(), /Italy\s*1/);
  await page.getByRole('list', { name: 'Active filters' }).getByText('Topic:').waitFor();
  await hit.waitFor();
  assert.match(hash(page), /^#\/practices\?q=diaspora&topic=icc-international-outlook/);

  // back and forward walk through the filters
  await page.goBack();
  await page.waitForFunction(() => !location.hash.includes('topic='));
  await filters.getByRole('button', { name: /^International outlook/, pressed: false }).waitFor();
  assert.equal(await page.getByRole('searchbox', { name: 'Search the practices' }).inputValue(), 'diaspora');
  await page.goForward();
  await filters.getByRole('button', { name: /^International outlook/, pressed: true }).waitFor();
  await hit.locator('mark').first().waitFor();

  // a link with the state in it draws the same page
  const link = page.url();
  await page.goto(server.base + '/#/cities');
  await page.goto(link);
  await filters.getByRole('button', { name: /^International outlook/, pressed: true }).waitFor();
  await hit.locator('mark').first().waitFor();
  // visitors see no review lists
  assert.equal(await page.getByRole('radio', { name: 'Awaiting review' }).count(), 0);
  await checkWidths(page, 'practices-library');

  // the detail page: the template's sections, no contact, no review buttons
  await hit.getByRole('link', { name: DEMO_TITLE }).click();
  await page.getByRole('heading', { level: 1, name: DEMO_TITLE }).waitFor();
  assert.match(hash(page), /^#\/practice\/1$/);
  for (const name of ['Summary', 'Purpose', 'Stimulus and rationale', 'Process', 'Results and impact']) {
    await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
  }
  for (const name of ['Evaluation', 'Lessons and transferability', 'Links', 'Contact']) {
    assert.equal(await page.getByRole('heading', { level: 2, name, exact: true }).count(), 0, `${name} shown`);
  }
  const about = page.getByRole('complementary', { name: 'About this practice' });
  assert.match(await about.textContent(), /Intercultural Cities \(ICC\)/);
  assert.match(await about.textContent(), /Moroccan Ministry in charge of relations with the diaspora/);
  assert.match(await about.textContent(), /English/);
  await page.getByRole('heading', { level: 2, name: 'More like this' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'History' }).waitFor();
  assert.equal(await page.locator('a[href^="mailto:"]').count(), 0);
  for (const name of ['Edit', 'Submit for review', 'Publish', 'Return with a comment']) {
    assert.equal(await page.getByRole('button', { name }).or(page.getByRole('link', { name, exact: true })).count(), 0, `${name} shown`);
  }
  await checkWidths(page, 'practice-detail');

  // the crumbs lead back to the search
  await page.getByRole('link', { name: 'Good practices' }).click();
  await filters.getByRole('button', { name: /^International outlook/, pressed: true }).waitFor();
  assert.equal(await page.getByRole('searchbox', { name: 'Search the practices' }).inputValue(), 'diaspora');

  // the API gives no contact to visitors either
  const r = await server.req('GET', '/api/v1/practices/1');
  assert.equal(r.status, 200);
  assert.ok(!('contact_email' in r.json));

  assert.deepEqual(problems, []);
  await context.close();
});

test('an officer submits a practice, the secretariat publishes it, a visitor finds it', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(server.base + '/#/practices');
  await page.getByRole('heading', { level: 1, name: 'Good practices' }).waitFor();
  await signIn(page, 'reggio');
  await page.getByRole('heading', { level: 1, name: 'Good practices' }).waitFor();

  // ---- the officer describes a practice
  await page.getByRole('link', { name: 'Submit a practice' }).click();
  await page.getByRole('heading', { level: 1, name: 'Describe a good practice' }).waitFor();
  await page.getByRole('link', { name: 'Download the template (Markdown)' }).and(page.locator('a[href^="blob:"]')).waitFor();
  await page.getByLabel('Title').fill(TITLE);
  const city = page.getByRole('combobox', { name: 'City', exact: true });
  await city.fill('Reggio');
  await page.getByRole('option', { name: /Reggio Emilia/ }).click();
  assert.equal(await city.inputValue(), 'Reggio Emilia');
  await page.getByText('Chosen city: Reggio Emilia (Italy)').waitFor();
  assert.equal(await page.getByLabel('Country', { exact: true }).isVisible(), false);
  await page.getByLabel('Network').selectOption({ label: 'Intercultural Cities (ICC)' });
  const orgs = page.getByRole('combobox', { name: 'Organisations' });
  await orgs.fill('Mondin');
  await page.getByRole('option', { name: /Mondinsieme/ }).click();
  await page.getByRole('list', { name: 'Organisations chosen' }).getByText('Mondinsieme').waitFor();
  await page.getByLabel('Period').fill('2021 - ongoing');
  await page.getByRole('checkbox', { name: 'Education', exact: true }).check();
  await page.getByLabel('Summary').fill(`Once a month a ${WORD} evening: newcomers and long-time residents cook for each other.`);
  await page.getByLabel('Lessons and transferability').fill('Start small.\n\nAsk the associations of each community to host in turn.');
  await page.getByLabel('E-mail').fill('intercultura@example.org');
  await page.getByRole('button', { name: 'Save as draft' }).click();

  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  // the server read the years from the period, and the page says how
  await assertStatus(page, /Saved as a draft.*The years read from the period: 2021 – ongoing\./);
  const id = Number(hash(page).match(/^#\/practice\/(\d+)$/)[1]);
  await page.getByText('Draft', { exact: true }).waitFor();
  // its author sees the contact
  await page.getByRole('link', { name: 'intercultura@example.org' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Lessons and transferability' }).waitFor();
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await assertStatus(page, /Submitted for review/);
  await page.getByText('Awaiting review', { exact: true }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Submit for review' }).count(), 0);
  assert.equal(await page.getByRole('link', { name: 'Edit', exact: true }).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Publish' }).count(), 0);
  await page.getByRole('heading', { level: 2, name: 'History' }).waitFor();

  // not public yet
  assert.equal((await server.req('GET', `/api/v1/practices/${id}`)).status, 404);

  // ---- the secretariat of Intercultural Cities reviews it
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practices' }).click();
  await page.getByRole('heading', { level: 1, name: 'Good practices' }).waitFor();
  await signOut(page);
  await signIn(page, 'icc');
  await page.getByRole('heading', { level: 1, name: 'Good practices' }).waitFor();
  const results = page.getByRole('region', { name: 'Practices found' });
  assert.equal(await results.getByRole('link', { name: TITLE }).count(), 0);
  await page.getByRole('radio', { name: 'Awaiting review' }).check();
  await page.waitForFunction(() => location.hash.includes('status=submitted'));
  const row = results.getByRole('listitem').filter({ has: page.getByRole('link', { name: TITLE }) });
  await row.waitFor();
  assert.match(await row.textContent(), /Awaiting review/);
  assert.equal(await results.getByRole('link', { name: DEMO_TITLE }).count(), 0);
  await checkWidths(page, 'practices-review-list');
  await row.getByRole('link', { name: TITLE }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();

  // returning needs a comment: said next to the field
  await page.getByRole('button', { name: 'Return with a comment' }).click();
  await page.getByRole('button', { name: 'Return to the author' }).click();
  await page.locator('.return-form .field-error').getByText('Say what the author should change.').waitFor();
  assert.equal(await page.getByLabel('What should change?').getAttribute('aria-invalid'), 'true');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await checkWidths(page, 'practice-review');

  await page.getByRole('button', { name: 'Publish' }).click();
  await assertStatus(page, /Published/);
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await page.getByText('Published', { exact: true }).first().waitFor();
  assert.equal(await page.getByRole('button', { name: 'Publish' }).count(), 0);
  // the secretariat may still edit it
  await page.getByRole('link', { name: 'Edit', exact: true }).waitFor();
  await page.getByRole('link', { name: 'Practices', exact: true }).click();
  await signOut(page);

  // ---- anyone finds it by its word
  await page.getByRole('searchbox', { name: 'Search the practices' }).fill(WORD);
  const found = page.getByRole('region', { name: 'Practices found' }).getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: TITLE }) });
  await found.locator('mark', { hasText: WORD }).waitFor();
  await page.getByRole('region', { name: 'Practices found' }).getByText('1 practice', { exact: true }).waitFor();
  await found.getByRole('link', { name: TITLE }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  assert.match(await page.locator('.practice-byline').textContent(), /Reggio Emilia, Italy · 2021 - ongoing/);
  assert.equal(await page.locator('a[href^="mailto:"]').count(), 0);
  assert.equal(await page.getByRole('heading', { level: 2, name: 'Contact' }).count(), 0);

  // and the server has it as sent
  const r = await server.req('GET', `/api/v1/practices/${id}`);
  assert.equal(r.status, 200);
  const p = r.json;
  assert.equal(p.status, 'published');
  assert.equal(p.city.name, 'Reggio Emilia');
  assert.equal(p.network.id, 1);
  assert.deepEqual(p.topics, ['icc-education']);
  assert.deepEqual(p.organisations.map((o) => o.name), ['Mondinsieme']);
  assert.equal(p.start_year, 2021);
  assert.equal(p.ongoing, true);
  assert.equal(p.language, 'en');
  assert.equal(p.author, undefined, 'the author\'s account is not shown to the public');
  const mine = await server.req('GET', `/api/v1/practices/${id}`, { token: await server.login('reggio', 'amity-demo') });
  assert.equal(mine.json.author.username, 'reggio', 'its city sees who wrote it');

  assert.deepEqual(problems, []);
  await context.close();
});

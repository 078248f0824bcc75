// Needs and offers in a browser: a Ukrainian city's officer posts a
// hosting need and an equipment need; the officers of two partner cities
// find them in their workspace and pledge; one of them makes a standing
// offer of hosting on the form, which the list of offers shows and whose
// page names the hosting need it fits; its workspace shows its pledge and
// its offer; the city in need finds the deliveries to confirm in its
// workspace and confirms one; the board shows the progress (and the need
// on its map); the network's figures count the delivery.
//
// SYNTHETIC TEST DATA: every city (Nkyivets, Npartnera, Npartnerb), the
// network, the accounts, needs, offers and pledges are invented for the
// test; the demo holds no need (the seeds state none).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, checkWidths, launchBrowser, openPage } from './browser.mjs';
import { adminServer, create, API } from '../api/helpers.mjs';
import { cli } from '../api/harness.mjs';

let s, admin, browser, U, A, B, N;
const users = {};

before(async () => {
  ({ s, admin } = await adminServer());
  U = await create(s, admin, 'cities', { name: 'Nkyivets', country: 'UA', lat: 50.45, lng: 30.52 });
  A = await create(s, admin, 'cities', { name: 'Npartnera', country: 'PL', lat: 52.23, lng: 21.01 });
  B = await create(s, admin, 'cities', { name: 'Npartnerb', country: 'LT', lat: 54.69, lng: 25.28 });
  N = await create(s, admin, 'networks', { name: 'Solidarity Cities (synthetic)', acronym: 'SCS' });
  await create(s, admin, 'memberships', { network_id: N.id, city_id: U.id });
  for (const c of [A, B]) await create(s, admin, 'partnerships', { party_a: { city_id: U.id }, party_b: { city_id: c.id }, kind: 'twinning', status: 'signed' });
  for (const [key, c] of [['u', U], ['a', A], ['b', B]]) {
    users[key] = { username: `needs-${key}`, password: `needs-${key}-pass-1` };
    const r = cli(s.db, ['user', 'add', users[key].username, '--role', 'officer', '--city', String(c.id)], `${users[key].password}\n`);
    assert.equal(r.status, 0, r.stderr);
  }
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (s) await s.stop();
});

async function as(u, hash) {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${s.base}/#/signin?next=${encodeURIComponent(hash)}`);
  await page.getByLabel('Username').fill(u.username);
  await page.getByLabel('Password').fill(u.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return { context, page, problems };
}

test('a Ukrainian city posts two needs, two partners pledge, a delivery confirmed, the board and the figures show it', async () => {
  // 1. two needs, posted on the form
  let u = await as(users.u, '#/needs/new');
  const post = async (category, title, quantity, unit, urgency) => {
    await u.page.goto(`${s.base}/#/needs/new`);
    const form = u.page.locator('main form');
    await form.getByLabel('Category').selectOption(category);
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Quantity').fill(String(quantity));
    await form.getByLabel('Unit', { exact: false }).and(form.locator('select')).selectOption(unit);
    await form.getByLabel('Urgency').selectOption(urgency);
    await form.getByRole('button', { name: 'Post a need' }).click();
    await u.page.getByRole('heading', { level: 1, name: title }).waitFor();
  };
  await post('hosting', 'Hosting for 40 displaced people (synthetic)', 40, 'people', 'high');
  await post('generators', 'Generators for the hospital (synthetic)', 6, 'generators', 'critical');
  assert.deepEqual(u.problems, []);
  await u.context.close();

  // 2. each partner finds them in its workspace and pledges
  for (const [key, title, qty] of [['a', 'Hosting for 40 displaced people (synthetic)', 15], ['b', 'Generators for the hospital (synthetic)', 4]]) {
    const p = await as(users[key], '#/');
    const section = p.page.getByRole('region', { name: 'Needs' });
    await section.getByRole('link', { name: title }).click();
    await p.page.getByRole('heading', { level: 1, name: title }).waitFor();
    const form = p.page.locator('form.pledge-form');
    await form.getByLabel(/How many/).fill(String(qty));
    await form.getByRole('button', { name: 'Pledge' }).click();
    await p.page.getByText('The pledge is recorded; the city in need is told.').waitFor();
    await p.page.getByRole('table', { name: 'Pledges' }).getByRole('row').filter({ hasText: 'Pledged' }).waitFor();
    assert.deepEqual(p.problems, []);
    await p.context.close();
  }

  // 2b. a partner makes a standing offer of hosting on the form; its page
  // lists the hosting need it fits (not the generators), with its progress
  const offerTitle = 'We can host 100 displaced people (synthetic)';
  const a = await as(users.a, '#/offers/new');
  const offerForm = a.page.locator('main form');
  await offerForm.getByLabel('Category').selectOption('hosting');
  await offerForm.getByLabel('Title').fill(offerTitle);
  await offerForm.getByLabel('Quantity').fill('100');
  await offerForm.getByLabel('Unit', { exact: false }).and(offerForm.locator('select')).selectOption('people');
  await offerForm.getByLabel('Language', { exact: false }).and(offerForm.locator('input')).fill('uk');
  assert.deepEqual(await checkA11y(a.page, 'offer-form'), []);
  await offerForm.getByRole('button', { name: 'Make an offer' }).click();
  await a.page.getByRole('heading', { level: 1, name: offerTitle }).waitFor();
  await a.page.getByText('The offer is recorded.').waitFor();
  const fits = a.page.getByRole('region', { name: 'The open needs it fits' });
  const fit = fits.getByRole('listitem').filter({ hasText: 'Hosting for 40 displaced people (synthetic)' });
  await fit.getByText('0 met, 15 pledged, of 40').waitFor();
  // the offering city's link pledges from its offer
  assert.match(await fit.getByRole('link', { name: 'Hosting for 40 displaced people (synthetic)' }).getAttribute('href'), /^#\/need\/\d+\?offer=\d+$/);
  assert.equal(await fits.getByText('Generators for the hospital (synthetic)').count(), 0, 'a need of another category does not fit');
  await a.page.locator('main .lead').getByText('in Ukrainian').waitFor();
  await a.page.getByRole('button', { name: 'Withdraw the offer' }).waitFor(); // its city's `can`
  assert.deepEqual(await checkA11y(a.page, 'offer'), []);
  await checkWidths(a.page, 'offer');
  // from its offer to the need: the pledge form says the pledge comes from the offer
  await fit.getByRole('link', { name: 'Hosting for 40 displaced people (synthetic)' }).click();
  await a.page.locator('form.pledge-form').getByRole('link', { name: 'This pledge comes from your standing offer.' }).waitFor();

  // the pledging city's workspace: its pledge with its status, its offer
  await a.page.goto(`${s.base}/#/`);
  const ws = a.page.getByRole('region', { name: 'Needs' });
  await ws.getByRole('list', { name: 'Our pledges' }).getByRole('listitem')
    .filter({ hasText: 'Hosting for 40 displaced people (synthetic)' }).filter({ hasText: /15 people · Pledged/ }).waitFor();
  await ws.getByRole('list', { name: 'Our standing offers' }).getByRole('link', { name: offerTitle }).waitFor();
  assert.deepEqual(a.problems, []);
  await a.context.close();

  // the public list of offers shows it, by category; its page offers no step
  {
    const { context, page, problems } = await openPage(browser);
    await page.goto(`${s.base}/#/needs`);
    await page.getByRole('link', { name: 'Standing offers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Standing offers' }).waitFor();
    const offer = page.getByRole('listitem').filter({ hasText: offerTitle });
    for (const words of ['Npartnera', 'Hosting displaced people', '100 people', 'in Ukrainian', 'Open']) await offer.getByText(words).first().waitFor();
    await page.getByLabel('Category').selectOption('generators');
    await page.getByText('No offer matches these filters.').waitFor();
    await page.getByLabel('Category').selectOption('hosting');
    await page.getByRole('link', { name: offerTitle }).click();
    await page.getByRole('heading', { level: 1, name: offerTitle }).waitFor();
    await page.getByRole('region', { name: 'The open needs it fits' }).getByRole('link', { name: 'Hosting for 40 displaced people (synthetic)' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Withdraw the offer' }).count(), 0, 'the public may not withdraw it');
    await page.goto(`${s.base}/#/offers`);
    await page.getByRole('link', { name: offerTitle }).waitFor();
    assert.deepEqual(await checkA11y(page, 'offers'), []);
    await checkWidths(page, 'offers');
    assert.deepEqual(problems, []);
    await context.close();
  }

  // 3. the city in need finds the deliveries to confirm in its workspace,
  // and confirms the generators' delivery
  u = await as(users.u, '#/');
  const toConfirm = u.page.getByRole('region', { name: 'Needs' }).getByRole('list', { name: 'Deliveries for us to confirm' });
  await toConfirm.getByRole('listitem').filter({ hasText: 'Generators for the hospital (synthetic)' }).filter({ hasText: 'Npartnerb' }).waitFor();
  await toConfirm.getByRole('listitem').filter({ hasText: 'Hosting for 40 displaced people (synthetic)' }).filter({ hasText: 'Npartnera' }).waitFor();
  await u.page.goto(`${s.base}/#/needs`);
  await u.page.getByRole('link', { name: 'Generators for the hospital (synthetic)', exact: true }).click();
  await u.page.getByRole('button', { name: 'Confirm the delivery' }).click();
  await u.page.locator('.step-confirm').getByRole('button', { name: 'Confirm the delivery' }).click();
  await u.page.getByText('Done.').waitFor();
  await u.page.getByRole('table', { name: 'Pledges' }).getByRole('row').filter({ hasText: 'Confirmed' }).waitFor();
  await u.page.getByText('4 met, 4 pledged, of 6').first().waitFor();
  assert.deepEqual(u.problems, []);
  await u.context.close();

  // the other pledging city's workspace: its pledge, confirmed
  const b = await as(users.b, '#/');
  await b.page.getByRole('region', { name: 'Needs' }).getByRole('list', { name: 'Our pledges' }).getByRole('listitem')
    .filter({ hasText: 'Generators for the hospital (synthetic)' }).filter({ hasText: /4 generators · Confirmed/ }).waitFor();
  assert.deepEqual(b.problems, []);
  await b.context.close();

  // 4. the public board: the progress, the map
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${s.base}/#/needs`);
  const item = page.getByRole('listitem').filter({ hasText: 'Generators for the hospital (synthetic)' });
  await item.getByText('4 met, 4 pledged, of 6').waitFor();
  await page.getByRole('listitem').filter({ hasText: 'Hosting for 40 displaced people (synthetic)' }).getByText('0 met, 15 pledged, of 40').waitFor();
  assert.ok(await page.locator('svg.map-needs').count(), 'the map is drawn');
  assert.ok(await page.locator('svg.map-needs a[href^="#/need/"]').count() >= 1, 'the needs are on it');
  await page.getByLabel('Category').selectOption('hosting');
  await page.getByRole('listitem').filter({ hasText: 'Hosting for 40' }).waitFor();
  assert.equal(await page.getByRole('listitem').filter({ hasText: 'Generators for the hospital' }).count(), 0, 'filtered');
  await checkWidths(page, 'needs');
  assert.deepEqual(problems, []);
  await context.close();

  // 5. the network's figures count it
  const figures = await (await fetch(`${s.base}${API}/needs/figures?by=networks`)).json();
  const scs = figures.items.find((x) => x.name === 'SCS');
  assert.equal(scs.posted, 2);
  assert.equal(scs.pledged_needs, 2);
  assert.equal(scs.delivered.generators, 4);
});

// Browser test of an event's page: its time in its zone, its places; a
// city's officer registers two delegates for its one place (the second
// waits), cancels the first (the second gets the place); the calendar
// feed it links to is an iCalendar file, and so is the officer's private
// feed.
//
// SYNTHETIC TEST DATA: the city, network, account, event and delegates are
// invented for the test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { checkWidths, launchBrowser, openPage } from './browser.mjs';
import { adminServer, create } from '../api/helpers.mjs';
import { cli } from '../api/harness.mjs';

let s, admin, browser, city, ev;
const OFFICER = { username: 'eventon-officer', password: 'officer-pass-1' };
const year = new Date().getFullYear() + 1;

before(async () => {
  ({ s, admin } = await adminServer());
  city = await create(s, admin, 'cities', { name: 'Eventon', country: 'IT' });
  ev = await create(s, admin, 'activities', {
    kind: 'workshop', title: 'One-place workshop (synthetic)', host_city_id: city.id, time_zone: 'Europe/Rome',
    starts_at: `${year}-06-01T09:00`, ends_at: `${year}-06-01T13:00`, venue: 'Eventon library (synthetic)', capacity: 1,
  });
  const r = cli(s.db, ['user', 'add', OFFICER.username, '--role', 'officer', '--city', String(city.id)], `${OFFICER.password}\n`);
  assert.equal(r.status, 0, r.stderr);
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (s) await s.stop();
});

test('an officer registers delegates for the one place; a cancellation gives the waiting one the place', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${s.base}/#/signin?next=${encodeURIComponent(`#/activity/${ev.id}`)}`);
  await page.getByLabel('Username').fill(OFFICER.username);
  await page.getByLabel('Password').fill(OFFICER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const event = page.getByRole('region', { name: 'Event' });
  await event.waitFor();
  assert.match(await event.textContent(), /09:00 \(Europe\/Rome\)/);
  assert.match(await event.textContent(), /0 of 1 taken, 0 waiting/);

  const register = async (name) => {
    await page.getByLabel("Delegate's name").fill(name);
    await page.getByRole('button', { name: 'Register a delegate' }).click();
  };
  await register('Delegate One (synthetic)');
  await page.getByText('The delegate is registered.').waitFor();
  await register('Delegate Two (synthetic)');
  await page.getByText('The places are taken: the delegate is number 1 on the waiting list.').waitFor();
  const rows = page.getByRole('table', { name: 'Delegates' }).getByRole('row');
  await rows.filter({ hasText: 'Delegate Two (synthetic)' }).filter({ hasText: 'Waitlisted' }).waitFor();
  await checkWidths(page, 'event');

  // the first cancelled: the second confirmed
  await rows.filter({ hasText: 'Delegate One (synthetic)' }).getByRole('button', { name: 'Cancel the registration' }).click();
  await page.getByText('The registration is cancelled.').waitFor();
  await page.getByRole('table', { name: 'Delegates' }).getByRole('row').filter({ hasText: 'Delegate Two (synthetic)' }).filter({ hasText: 'Confirmed' }).waitFor();

  // the feed the page links to
  const href = await page.getByRole('link', { name: 'the calendar of Eventon' }).getAttribute('href');
  const ics = await (await fetch(href)).text();
  assert.match(ics, /^BEGIN:VCALENDAR/);
  assert.match(ics, /SUMMARY:One-place workshop \(synthetic\)/);
  assert.match(ics, new RegExp(`DTSTART:${year}0601T070000Z`), 'Rome in summer is UTC+2');

  // the officer's private feed: the events its city has delegates for
  await page.getByRole('button', { name: 'My private calendar address' }).click();
  const address = page.getByRole('textbox', { name: 'Your private calendar address' });
  await address.waitFor();
  const mine = await (await fetch(await address.inputValue())).text();
  assert.match(mine, /SUMMARY:One-place workshop \(synthetic\)/);
  assert.deepEqual(problems, []);
  await context.close();
});

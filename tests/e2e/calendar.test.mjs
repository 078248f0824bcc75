// Browser test of the calendar (#/calendar): a network's events of one
// month on the days they are held in the month's grid (Monday first, a
// three-day event on each of its days, times in the event's own zone), in
// the agenda (grouped by day, in order), narrowed by the kind and the
// thematic-group filters (which the address keeps), the months before and
// after, the event known only by its month counted and not placed, the
// network's calendar feed; in French no English message of the calendar
// left; in Persian right to left and dark; no sideways scroll at 375px; no
// serious accessibility fault (axe-core).
//
// SYNTHETIC TEST DATA: the cities, networks, thematic group and events
// below are invented for the test and made through the API on a throwaway
// database; none of it is a fact about a real place. The month is May of
// next year, so that the events are in the future.
// Set AMITY_E2E_SHOTS=DIR to keep screenshots at 1280px and 375px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkA11y, checkWidths, launchBrowser, openPage } from './browser.mjs';
import { adminServer, create } from '../api/helpers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(ROOT, 'package.json'));
const { FluentResource } = require('@fluent/bundle');

const YEAR = new Date().getFullYear() + 1;
const M = `${YEAR}-05`;
const NEXT = `${YEAR}-06`;
const day = (d) => `${M}-${String(d).padStart(2, '0')}`;

let s, admin, browser;
const ids = {};

before(async () => {
  ({ s, admin } = await adminServer());
  const a = await create(s, admin, 'cities', { name: 'Calendria', country: 'IT' });
  const b = await create(s, admin, 'cities', { name: 'Almanakh', country: 'IR' });
  const n = await create(s, admin, 'networks', { name: 'Zeitwerk Testnet', acronym: 'ZTN' });
  const other = await create(s, admin, 'networks', { name: 'Xenolith Testnet' });
  const g = await create(s, admin, 'groups', { network_id: n.id, name: 'Synthetic Timekeepers' });
  Object.assign(ids, { a: a.id, b: b.id, network: n.id, other: other.id, group: g.id });
  const ev = (body) => create(s, admin, 'activities', { host_city_id: a.id, network_id: n.id, ...body });
  // a morning workshop of the group, in Rome's time
  ids.workshop = (await ev({
    kind: 'workshop', title: 'Synthetic clock workshop', group_id: g.id, time_zone: 'Europe/Rome',
    starts_at: `${day(5)}T09:00`, ends_at: `${day(5)}T13:00`, venue: 'Calendria town hall (synthetic)',
  })).id;
  // a three-day conference, in Tehran's time, not of the group
  ids.conference = (await ev({
    kind: 'conference', title: 'Synthetic three-day conference', host_city_id: b.id, time_zone: 'Asia/Tehran',
    starts_at: `${day(12)}T18:30`, ends_at: `${day(14)}T12:00`,
  })).id;
  // whole days, no time, of the group
  ids.visit = (await ev({
    kind: 'study_visit', title: 'Synthetic two-day study visit', group_id: g.id,
    start_date: day(20), end_date: day(21),
  })).id;
  // an earlier one, so that the agenda's order is tested
  ids.early = (await ev({
    kind: 'workshop', title: 'Synthetic early workshop', time_zone: 'Europe/Rome',
    starts_at: `${day(5)}T08:00`, ends_at: `${day(5)}T08:45`,
  })).id;
  // known only by its month: counted, not placed
  ids.vague = (await ev({ kind: 'conference', title: 'Synthetic vague meeting', start_date: M })).id;
  // another network's, the same day
  ids.elsewhere = (await create(s, admin, 'activities', {
    kind: 'workshop', title: 'Synthetic workshop elsewhere', network_id: other.id, host_city_id: a.id,
    time_zone: 'Europe/Rome', starts_at: `${day(5)}T10:00`, ends_at: `${day(5)}T11:00`,
  })).id;
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (s) await s.stop();
});

// the page drawn: its grid or its agenda, nothing loading
async function settle(page) {
  await page.locator('main h1').waitFor();
  await page.waitForFunction(() => !document.querySelector('main .loading, main [aria-busy="true"]')
    && document.querySelector('.cal-results > *'));
}

// the titles of the events linked from one day of the grid
const onDay = (page, d) => page.locator(`table.calendar-month td[data-day="${d}"] a.cal-event .cal-title`).allTextContents();
const hashOf = (page) => page.evaluate(() => location.hash);

test('a month of a network: the grid, the agenda, the filters, the months, the feed', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.addInitScript(() => { localStorage.setItem('amity.lang', 'en'); localStorage.setItem('amity.theme', 'light'); });
  await page.goto(`${s.base}/#/calendar?view=month&month=${M}&network=${ids.network}`);
  await settle(page);
  await page.getByRole('heading', { level: 2, name: `May ${YEAR}` }).waitFor();

  // the grid: a real table, weeks from Monday, the month's days and the days around it
  const grid = page.getByRole('table', { name: `Events of May ${YEAR}, week by week` });
  await grid.waitFor();
  const heads = await grid.locator('thead th').allTextContents();
  assert.deepEqual(heads, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
  const firstDay = await grid.locator('tbody tr:first-child td').first().getAttribute('data-day');
  assert.equal(new Date(`${firstDay}T00:00:00Z`).getUTCDay(), 1, 'the first cell is a Monday');
  assert.ok(firstDay <= `${M}-01`);
  const outside = await grid.locator('td.cal-outside').evaluateAll((tds) => tds.map((td) => td.dataset.day));
  assert.ok(outside.every((d) => !d.startsWith(M)), `dimmed days are outside the month: ${outside}`);
  assert.equal(await grid.locator('td:not(.cal-outside)').count(), 31);

  assert.deepEqual(await onDay(page, day(5)), ['Synthetic early workshop', 'Synthetic clock workshop']);
  const workshop = grid.locator(`td[data-day="${day(5)}"] a.cal-event`).filter({ hasText: 'Synthetic clock workshop' });
  assert.equal(await workshop.getAttribute('href'), `#/activity/${ids.workshop}`);
  assert.match(await workshop.textContent(), /09:00 \(Europe\/Rome\)/);
  for (const d of [12, 13, 14]) assert.deepEqual(await onDay(page, day(d)), ['Synthetic three-day conference'], `day ${d}`);
  assert.match(await grid.locator(`td[data-day="${day(12)}"] a.cal-event`).textContent(), /18:30 \(Asia\/Tehran\)/);
  assert.match(await grid.locator(`td[data-day="${day(13)}"] a.cal-event`).textContent(), /continued/);
  for (const d of [20, 21]) assert.deepEqual(await onDay(page, day(d)), ['Synthetic two-day study visit'], `day ${d}`);
  for (const d of [4, 6, 11, 15, 19, 22]) assert.deepEqual(await onDay(page, day(d)), [], `day ${d} has none`);
  assert.equal(await page.getByRole('link', { name: /Synthetic workshop elsewhere/ }).count(), 0, 'another network\'s event is not shown');
  assert.equal(await page.locator('.cal-summary').textContent(), `4 events in May ${YEAR}`);
  assert.match(await page.locator('.cal-left-out').textContent(), new RegExp(`One more event of May ${YEAR} is known only by its month or year`));

  // the network's feed
  const feed = page.getByRole('link', { name: 'the calendar of Zeitwerk Testnet' });
  const href = await feed.getAttribute('href');
  assert.equal(new URL(href).pathname, `/api/v1/calendars/networks/${ids.network}`);
  assert.match(await (await fetch(href)).text(), /^BEGIN:VCALENDAR[\s\S]*SUMMARY:Synthetic clock workshop/);
  assert.deepEqual(await checkA11y(page, 'calendar-month'), []);
  await checkWidths(page, 'calendar-month');

  // the agenda: the days in order, each day's events by their time
  await page.getByRole('radio', { name: 'Agenda' }).check();
  const agenda = page.getByRole('list', { name: `Events of May ${YEAR}, day by day` });
  await agenda.waitFor();
  assert.match(await hashOf(page), /view=agenda/);
  const days = await agenda.locator(':scope > li').evaluateAll((lis) => lis.map((li) => li.dataset.day));
  assert.deepEqual(days, [day(5), day(12), day(20)]);
  const titles = await agenda.locator('a.cal-agenda-title').allTextContents();
  assert.deepEqual(titles, ['Synthetic early workshop', 'Synthetic clock workshop', 'Synthetic three-day conference', 'Synthetic two-day study visit']);
  const items = agenda.locator('.cal-agenda-event');
  assert.match(await items.nth(1).textContent(), /09:00–13:00 \(Europe\/Rome\)/);
  assert.match(await items.nth(2).textContent(), /12 May, 18:30–14 May, 12:00 \(Asia\/Tehran\)/);
  assert.match(await items.nth(3).textContent(), /20 May – 21 May/);
  assert.match(await agenda.locator(':scope > li').first().getByRole('heading', { level: 3 }).textContent(), new RegExp(`5 May ${YEAR}`));
  assert.deepEqual(await checkA11y(page, 'calendar-agenda'), []);
  await checkWidths(page, 'calendar-agenda');

  // the kind: only the workshops
  await page.getByLabel('Kind', { exact: true }).selectOption('workshop');
  await page.waitForFunction(() => /kind=workshop/.test(location.hash));
  await settle(page);
  assert.deepEqual(await agenda.locator('a.cal-agenda-title').allTextContents(), ['Synthetic early workshop', 'Synthetic clock workshop']);
  assert.equal(await page.locator('.cal-summary').textContent(), `2 events in May ${YEAR}`);

  // the group, any kind: the group's two
  await page.getByLabel('Kind', { exact: true }).selectOption('');
  await page.getByLabel('Thematic group', { exact: true }).selectOption({ label: 'Synthetic Timekeepers' });
  await page.waitForFunction((g) => location.hash.includes(`group=${g}`) && !location.hash.includes('kind='), ids.group);
  await settle(page);
  assert.deepEqual(await agenda.locator('a.cal-agenda-title').allTextContents(), ['Synthetic clock workshop', 'Synthetic two-day study visit']);
  const groupFeed = await page.getByRole('link', { name: 'the calendar of the group Synthetic Timekeepers' }).getAttribute('href');
  assert.equal(new URL(groupFeed).pathname, `/api/v1/calendars/groups/${ids.group}`);

  // the month after, and back (the address follows; back in history too)
  await page.getByRole('button', { name: 'Next month' }).click();
  await page.getByRole('heading', { level: 2, name: `June ${YEAR}` }).waitFor();
  await settle(page);
  assert.match(await hashOf(page), new RegExp(`month=${NEXT}`));
  await page.getByText('No events this month.').waitFor();
  await page.getByRole('button', { name: 'Previous month' }).click();
  await page.getByRole('heading', { level: 2, name: `May ${YEAR}` }).waitFor();
  await settle(page);
  await page.goBack();
  await page.getByRole('heading', { level: 2, name: `June ${YEAR}` }).waitFor();
  await settle(page);

  // this month: today marked
  await page.getByRole('radio', { name: 'Month' }).check();
  await page.getByRole('button', { name: 'Today' }).click();
  await page.waitForFunction(() => document.querySelector('td[aria-current="date"]'));
  const [today, marked, title] = await page.evaluate(() => {
    const d = new Date();
    const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const td = document.querySelector('td[aria-current="date"]');
    return [iso, td.dataset.day, td.textContent];
  });
  assert.equal(marked, today);
  assert.match(title, /Today/);
  assert.match(await hashOf(page), new RegExp(`month=${today.slice(0, 7)}&`));
  assert.equal(await page.getByLabel('Year', { exact: true }).inputValue(), today.slice(0, 4));

  // the address alone draws the same page, the group's network filled in
  await page.goto(`${s.base}/#/calendar?view=month&month=${M}&group=${ids.group}`);
  await settle(page);
  assert.equal(await page.getByLabel('Network', { exact: true }).inputValue(), String(ids.network));
  assert.deepEqual(await onDay(page, day(5)), ['Synthetic clock workshop']);
  assert.match(await hashOf(page), new RegExp(`network=${ids.network}`));

  // a city: the events it hosts
  await page.goto(`${s.base}/#/calendar?view=agenda&month=${M}&city=${ids.b}`);
  await settle(page);
  assert.deepEqual(await page.locator('a.cal-agenda-title').allTextContents(), ['Synthetic three-day conference']);
  await page.getByRole('link', { name: 'the calendar of Almanakh' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

const esc = (x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWords = (x) => new RegExp(`(?<![\\p{L}\\p{N}])${esc(x)}(?![\\p{L}\\p{N}])`, 'u');

// The plain English messages of calendar.ftl (four letters or more) that
// French words otherwise.
function plain(lang) {
  const out = new Map();
  for (const m of new FluentResource(readFileSync(join(ROOT, 'web', 'i18n', lang, 'calendar.ftl'), 'utf8')).body) {
    if (typeof m.value === 'string') out.set(m.id, m.value.trim());
  }
  return out;
}

test('in French no English of the calendar is left; in Persian, dark, it runs right to left', async () => {
  const en = plain('en');
  const fr = plain('fr');
  const english = [...en].filter(([id, text]) => (text.match(/\p{L}/gu) || []).length >= 4 && fr.get(id) !== text);
  assert.ok(english.length > 20, `${english.length} messages to look for`);
  for (const [lang, theme] of [['fr', 'light'], ['fa', 'dark']]) {
    const { context, page, problems } = await openPage(browser);
    await page.addInitScript(([l, th]) => { localStorage.setItem('amity.lang', l); localStorage.setItem('amity.theme', th); }, [lang, theme]);
    for (const v of ['month', 'agenda']) {
      await page.goto(`${s.base}/#/calendar?view=${v}&month=${M}&network=${ids.network}&city=${ids.a}`);
      await settle(page);
      await page.locator('.cal-feeds a').nth(1).waitFor(); // the city's name is fetched
      assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), [lang, lang === 'fa' ? 'rtl' : 'ltr']);
      const text = await page.evaluate(() => {
        const out = [document.title, document.body.innerText];
        for (const el of document.querySelectorAll('[aria-label]')) out.push(el.getAttribute('aria-label'));
        for (const sel of document.querySelectorAll('select')) for (const o of sel.options) out.push(o.text);
        for (const c of document.querySelectorAll('caption')) out.push(c.textContent);
        return out.join('\n');
      });
      if (lang === 'fr') {
        const left = english.filter(([, w]) => wholeWords(w).test(text)).map(([id, w]) => `${id}: ${w}`);
        assert.deepEqual(left, [], `${v}: English left`);
        if (v === 'month') assert.deepEqual(await page.locator('table.calendar-month thead th').first().textContent(), 'lundi');
        assert.match(text, /Calendrier/);
      }
      assert.deepEqual(await page.evaluate(() => window.amityMissingMessages()), [], `${lang} ${v}: messages missing`);
      assert.doesNotMatch(text, /\bcalendar-[a-z-]+/, `${lang} ${v}: a message id shown`);
      if (lang === 'fa' && v === 'month') {
        // Monday's column at the right
        const [mon, sun] = await Promise.all([1, 7].map((i) => page.locator(`table.calendar-month thead th:nth-child(${i})`).boundingBox()));
        assert.ok(mon.x > sun.x, 'the week runs right to left');
        assert.deepEqual(await checkA11y(page, `calendar-${lang}-${v}`), []);
      }
      await checkWidths(page, `calendar-${lang}-${v}`);
    }
    assert.deepEqual(problems, [], `${lang}: console errors`);
    await context.close();
  }
});

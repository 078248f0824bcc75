// Every kind of page in French, Italian, Ukrainian and Persian: no word
// amity writes left in English, no message shown by its id, no sideways
// scroll at 1280px and 375px, and in Persian the page right to left with
// the navigation mirrored. Signed out: the lists and a record of each
// kind, the partner suggestions, the Index pages, the graph pages, the
// search and the sign-in page; signed in as a city's officer: the
// workspace, the city, the partnership and the forms (new and edit, the
// Index questionnaire); as a network's secretariat: the workspace, the
// network and the practice awaiting its review.
//
// "English left" is measured against the catalogs: each plain message of
// web/i18n/en/*.ftl (no placeable, a few letters at least) whose
// translation differs from it is looked for, as whole words, in what the
// page shows (its text, the aria-labels, titles, placeholders and the
// options of its visible elements, the document's title). Words that are
// data (names, record texts, the API's own labels, see API_ENGLISH) are
// allowed.
//
// SYNTHETIC TEST DATA: every city, partnership, network, membership,
// activity, practice, diaspora record, Index answer and account below is
// invented for the test and made through the API (or amity's CLI) on a
// throwaway database; none of it is a fact about a real place.
// Set AMITY_E2E_SHOTS=DIR to keep screenshots of each page at both widths;
// AMITY_LANG_ONLY=fa (a language) and/or AMITY_LANG_PAGE=city (a page's
// name) narrow the run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkWidths, launchBrowser, openPage } from './browser.mjs';
import { adminServer, create, expectStatus, settled, API } from '../api/helpers.mjs';
import { cli } from '../api/harness.mjs';
import { syntheticRegistry, publicPages, ROUND } from './registry.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(ROOT, 'package.json'));
const { FluentResource } = require('@fluent/bundle');
const I18N = join(ROOT, 'web', 'i18n');
const LANGS = ['fr', 'it', 'uk', 'fa'].filter((l) => !process.env.AMITY_LANG_ONLY || l === process.env.AMITY_LANG_ONLY);
const ONLY_PAGE = process.env.AMITY_LANG_PAGE || '';


// Words the page shows that come from the server in English and that
// happen to be (or to hold) words of the en catalog: allowed on the pages
// named, and nowhere else. Each entry: [the pages where they may show, the
// words as the page shows them]; a catalog message is let through when one
// of these holds it and the page shows that. Empty: the server words
// everything it shows people in the reader's language (field titles, the
// labels of choices, the Index questionnaire, the topics' names, the
// practice template, the reasons' figures); keep it so.
const API_ENGLISH = [];

// ---- the catalogs ---------------------------------------------------------

// id -> the message's text when it is plain text (no placeable), else null;
// attributes as "id.attr".
function catalog(lang) {
  const out = new Map();
  for (const f of readdirSync(join(I18N, lang)).filter((x) => x.endsWith('.ftl'))) {
    const res = new FluentResource(readFileSync(join(I18N, lang, f), 'utf8'));
    for (const m of res.body) {
      out.set(m.id, typeof m.value === 'string' ? m.value.trim() : null);
      for (const [k, v] of Object.entries(m.attributes || {})) out.set(`${m.id}.${k}`, typeof v === 'string' ? v.trim() : null);
    }
  }
  return out;
}
const EN = catalog('en');
const EN_IDS = new Set([...EN.keys()].filter((k) => !k.includes('.')));

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// the words as a whole: no letter or digit just before or after them
const wholeWords = (s) => new RegExp(`(?<![\\p{L}\\p{N}])${esc(s)}(?![\\p{L}\\p{N}])`, 'u');

// The English messages that must not show in lang: plain, with four letters
// at least, translated into something else, and not words the language's
// own catalog uses too (a name such as "OpenAPI" in a translation).
function englishOf(lang) {
  const mine = catalog(lang);
  const theirs = [...mine.values()].filter(Boolean).join('\n');
  const out = [];
  for (const [id, text] of EN) {
    if (!text || (text.match(/\p{L}/gu) || []).length < 4) continue;
    const tr = mine.get(id);
    if (tr === text) continue; // the same in both ("Index" in French)
    const re = wholeWords(text);
    if (re.test(theirs)) continue;
    out.push({ id, text, re });
  }
  return out;
}

// ---- the data -------------------------------------------------------------

let s;
let admin;
let browser;
const ids = {};
const sessions = {}; // role -> {token, user}
const REGISTRAR = { username: 'registrar', password: 'registrar-pass-1', role: 'admin' };
const OFFICER = { username: 'testford-desk', password: 'officer-pass-1' };
const SECRETARIAT = { username: 'zefira-desk', password: 'secretariat-pass-1' };

before(async () => {
  // the records are made by an admin called "registrar" (a name that is no
  // English word of the catalogs: the pages show who made each change)
  ({ s } = await adminServer({ users: [REGISTRAR] }));
  admin = await s.login(REGISTRAR.username, REGISTRAR.password);
  Object.assign(ids, await syntheticRegistry(s, admin, { network: { name: 'Zefira Testnet', acronym: 'ZTN' } }));
  await create(s, admin, 'diaspora', { city_id: ids.a, origin_country: 'MA', year: 2019, source: 'Synthetic survey', note: 'A test record.' });

  // one awaiting the secretariat's review
  const q = await create(s, admin, 'practices', {
    title: 'Synthetic tea corner', summary: 'Another invented practice.', city_id: ids.a, network_id: ids.network,
  });
  ids.pending = q.id;
  expectStatus(await s.req('POST', `${API}/practices/${q.id}/submit`, { token: admin }), 200, 'submit the second practice');
  // and a draft, the officer's to edit
  ids.draftPractice = (await create(s, admin, 'practices', {
    title: 'Synthetic neighbourhood mentors', summary: 'A third invented practice.', city_id: ids.a,
  })).id;

  // a draft Index response of the year before
  ids.draft = (await create(s, admin, 'index/responses', { city_id: ids.a, round: ROUND - 1 })).id;

  for (const [u, role, flag, id] of [[OFFICER, 'officer', '--city', ids.a], [SECRETARIAT, 'secretariat', '--network', ids.network]]) {
    const c = cli(s.db, ['user', 'add', u.username, '--role', role, flag, String(id)], `${u.password}\n`);
    assert.equal(c.status, 0, c.stderr);
    const si = await s.req('POST', `${API}/sessions`, { body: { username: u.username, password: u.password } });
    expectStatus(si, 201, `sign in ${u.username}`);
    sessions[role] = { token: si.json.token, user: si.json.user };
  }
  await settled(s);
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (s) await s.stop();
});

// ---- the pages ------------------------------------------------------------

const form = async (page) => { await page.locator('main form').first().waitFor(); };

const PAGES = () => publicPages(ids, { search: 'synthetic' });
const OFFICER_PAGES = () => [
  ['officer-workspace', '#/'],
  ['officer-city', `#/city/${ids.a}`],
  ['officer-partnership', `#/partnership/${ids.partnership}`],
  ['officer-partnership-form', '#/partnership/new', form],
  ['officer-partnership-edit', `#/partnership/${ids.partnership}/edit`, form],
  ['officer-activity-form', '#/activity/new', form],
  ['officer-practice-form', '#/practice/new', form],
  ['officer-practice-edit', `#/practice/${ids.draftPractice}/edit`, form],
  ['officer-diaspora-form', `#/city/${ids.a}/diaspora/new`, form],
  ['officer-index-respond', `#/index/respond/${ids.draft}`],
  ['officer-activity', `#/activity/${ids.activity}`],
  ['officer-people', '#/people'],
  ['officer-person', `#/person/${ids.person}`],
  ['officer-person-form', '#/people/new', form],
  ['officer-opportunities', '#/opportunities'],
  ['officer-opportunity', `#/opportunity/${ids.opportunity}`],
  ['officer-opportunity-form', '#/opportunities/new', form],
  ['officer-group-event', `#/activity/${ids.groupEvent}`],
  ['officer-notifications', '#/notifications'],
  ['officer-need', `#/need/${ids.need}`],
  ['officer-need-form', '#/needs/new', form],
  ['officer-offer-form', '#/offers/new', form],
];
const SECRETARIAT_PAGES = () => [
  ['secretariat-workspace', '#/'],
  ['secretariat-network', `#/network/${ids.network}`],
  ['secretariat-practice', `#/practice/${ids.pending}`],
  ['secretariat-assignments', '#/assignments'],
  ['secretariat-assignment-form', `#/assignments/new?city=${ids.a}`, form],
  ['secretariat-expert', `#/person/${ids.expert}`],
  ['secretariat-group', `#/group/${ids.group}`],
  ['secretariat-group-event', `#/activity/${ids.groupEvent}`],
  ['secretariat-notifications', '#/notifications'],
];

// the page drawn: its heading there, nothing loading any more
async function settle(page) {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('main .loading, main [aria-busy="true"]'), null, { timeout: 10000 });
  await page.waitForTimeout(100);
}

// What a reader sees or hears of the page, as lines of text.
function shown(page) {
  return page.evaluate(() => {
    const visible = (el) => (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);
    const out = [document.title, document.body.innerText];
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-roledescription]')) {
      if (!visible(el)) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    for (const sel of document.querySelectorAll('select')) {
      if (visible(sel)) for (const o of sel.options) out.push(o.text);
    }
    for (const ti of document.querySelectorAll('svg title')) out.push(ti.textContent);
    return out.join('\n');
  });
}

function allowed(name) {
  return API_ENGLISH.filter(([pages]) => pages.some((p) => name === p || name.endsWith(`-${p}`)))
    .flatMap(([, words]) => words);
}

async function visitAll(lang, english, role, pages, failures) {
  const { context, page, problems } = await openPage(browser);
  await page.addInitScript(([l, sess]) => {
    localStorage.setItem('amity.lang', l);
    localStorage.setItem('amity.theme', 'light');
    if (sess) {
      sessionStorage.setItem('amity.token', sess.token);
      sessionStorage.setItem('amity.user', JSON.stringify(sess.user));
    }
  }, [lang, role ? sessions[role] : null]);
  let first = true;
  for (const [name, hash, then] of pages.filter(([n]) => !ONLY_PAGE || n === ONLY_PAGE || n.endsWith(`-${ONLY_PAGE}`))) {
    const label = `${lang} ${name}`;
    if (first) await page.goto(`${s.base}/${hash}`);
    else await page.evaluate((h) => { location.hash = h; }, hash);
    first = false;
    try {
      await settle(page);
      if (then) await then(page);
    } catch (e) {
      e.message = `${label}: ${e.message}\n${problems.join('\n')}`;
      throw e;
    }
    const html = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
    assert.deepEqual(html, [lang, lang === 'fa' ? 'rtl' : 'ltr'], `${label}: <html lang dir>`);

    const text = await shown(page);
    const ok = allowed(name);
    const left = english.filter(({ text: w, re }) => text.includes(w) && re.test(text)
      && !ok.some((a) => a.includes(w) && text.includes(a)));
    const seen = new Map(); // the words -> their ids
    for (const { id, text: w } of left) seen.set(w, [...(seen.get(w) || []), id]);
    for (const [w, wIds] of seen) {
      const at = text.search(wholeWords(w));
      const around = text.slice(Math.max(0, at - 40), at + w.length + 40).replace(/\s+/g, ' ');
      failures.push(`${label}: English "${w}" (${wIds.join(', ')}) in "…${around}…"`);
    }
    const raw = [...new Set((text.match(/\b[a-z]+-[a-z0-9-]+-[a-z0-9-]+\b/g) || []).filter((x) => EN_IDS.has(x)))];
    for (const id of raw) failures.push(`${label}: message id shown: ${id}`);
    const missing = await page.evaluate(() => window.amityMissingMessages());
    for (const id of missing) failures.push(`${label}: message missing: ${id}`);

    if (lang === 'fa' && name === 'home') {
      // the navigation mirrored: Cities, the first link, is at the right
      const [cities, graph] = await Promise.all(['cities', 'graph'].map((n) => page.locator(`nav .nav-list a[data-nav="${n}"]`).boundingBox()));
      assert.ok(cities && graph && cities.x > graph.x, `${label}: the navigation runs right to left (Cities at x ${cities?.x}, Graph at x ${graph?.x})`);
    }
    await checkWidths(page, `languages-${lang}-${name}`, { settle: 80 });
  }
  assert.deepEqual(problems, [], `${lang} ${role || 'visitor'}: console errors`);
  await context.close();
}

for (const lang of LANGS) {
  test(`${lang}: every page without English, without a message id, without sideways scroll${lang === 'fa' ? ', right to left' : ''}`, async () => {
    const english = englishOf(lang);
    assert.ok(english.length > 500, `${lang}: ${english.length} English messages to look for`);
    const failures = [];
    await visitAll(lang, english, null, PAGES(), failures);
    await visitAll(lang, english, 'officer', OFFICER_PAGES(), failures);
    await visitAll(lang, english, 'secretariat', SECRETARIAT_PAGES(), failures);
    assert.deepEqual(failures, [], `${lang}:\n${failures.join('\n')}`);
  });
}

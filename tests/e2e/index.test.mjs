// Browser tests of the Intercultural Cities Index pages against the real
// server with the demo records (users admin and reggio, the officer of
// Reggio Emilia). The officer starts this year's questionnaire from the
// results page, answers some questions with evidence, sees completeness and
// scores come back from the server, meets a refused link next to its
// question, and submits; then the report shows the aggregate, the charts,
// the ranks as the API computes them and the computation traced to the
// answers; then the results, the city page and the printout.
// Then the real published results (data/icc_index_published.csv, imported
// into a registry of the real world as `make demo-db` does): both ranks,
// each figure linked to its source, the doubt about Melitopol shown.
// Set AMITY_E2E_SHOTS=DIR to keep screenshots at 1280px and 375px.
//
// SYNTHETIC TEST DATA: every answer, note, link, population and share born
// abroad that this test writes (for Reggio Emilia, last year and this
// year, and for Bilbao, Botkyrka and Barcelona this year) is invented for
// the test in a throwaway database. None of it is a fact about these cities.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { checkWidths, launchBrowser, openPage } from './browser.mjs';
import { cli, startServer } from '../api/harness.mjs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PASSWORD = 'amity-demo';
const ROUND = new Date().getFullYear(); // the page starts the questionnaire for this year
const NOTE = 'Adopted by the council in 2018 (synthetic test note).';
const BAD_LINK = 'www.example.org/strategy'; // no scheme: the server refuses it
const LINK = 'https://www.example.org/strategy';

let server;
let browser;
let admin;
let reggio; // {token, city_id}
let edition;

// Synthetic answers: for each question of the non-optional indicators, the
// option at a fixed share of the way from the fewest points to the most.
function syntheticAnswers(share, context) {
  const answers = {};
  for (const ind of edition.indicators) {
    if (ind.optional) continue;
    for (const q of ind.questions) {
      const opts = [...q.options].sort((a, b) => a.points - b.points);
      answers[q.id] = { option: opts[Math.min(opts.length - 1, Math.floor(share * opts.length))].id };
    }
  }
  answers.population = { value: context.population };
  answers.foreign_born_pct = { value: context.foreign_born_pct };
  return answers;
}

async function seedSubmitted(cityId, round, share, context) {
  const r = await server.req('POST', '/api/v1/index/responses', { token: admin, body: { city_id: cityId, round } });
  assert.equal(r.status, 201, r.text);
  const p = await server.req('PATCH', `/api/v1/index/responses/${r.json.id}/answers`,
    { token: admin, body: { answers: syntheticAnswers(share, context) } });
  assert.equal(p.status, 200, p.text);
  const s = await server.req('POST', `/api/v1/index/responses/${r.json.id}/submit`, { token: admin });
  assert.equal(s.status, 200, s.text);
}

async function cityId(name) {
  const r = await server.req('GET', `/api/v1/cities?q=${encodeURIComponent(name)}&limit=10`);
  const c = r.json.items.find((x) => x.name === name);
  assert.ok(c, `${name} is in the demo`);
  return c.id;
}

before(async () => {
  server = await startServer({ demo: true });
  admin = await server.login('admin', PASSWORD);
  const s = await server.req('POST', '/api/v1/sessions', { body: { username: 'reggio', password: PASSWORD } });
  assert.equal(s.status, 201);
  reggio = { token: s.json.token, city_id: s.json.user.city_id };
  edition = (await server.req('GET', '/api/v1/index/questionnaire')).json;

  // synthetic results: three other cities this year, Reggio Emilia last year
  await seedSubmitted(await cityId('Bilbao'), ROUND, 0.5, { population: 345000, foreign_born_pct: 9 });
  await seedSubmitted(await cityId('Botkyrka'), ROUND, 0.9, { population: 95000, foreign_born_pct: 41 });
  await seedSubmitted(await cityId('Barcelona'), ROUND, 0.1, { population: 1600000, foreign_born_pct: 24 });
  await seedSubmitted(reggio.city_id, ROUND - 1, 0.3, { population: 171000, foreign_born_pct: 18 });

  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (server) await server.stop();
});

const hash = (page) => decodeURIComponent(new URL(page.url()).hash);
const one = (n) => Number(n).toFixed(1);

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

// Every canvas of the page belongs to a chart and has something drawn on it.
async function chartsDrawn(page) {
  return page.evaluate(() => [...document.querySelectorAll('main canvas')].map((c) => {
    const chart = window.Chart && window.Chart.getChart(c);
    const g = c.getContext('2d');
    const data = c.width && c.height ? g.getImageData(0, 0, c.width, c.height).data : [];
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) inked++;
    return { type: chart ? chart.config.type : null, width: c.width, height: c.height, inked, label: c.getAttribute('aria-label') };
  }));
}

test('an officer answers the questionnaire, submits it, and reads the report', async () => {
  const { context, page, problems } = await openPage(browser);
  const commitment = edition.indicators.find((i) => i.id === 'commitment');
  const [q1, q2, q3] = commitment.questions;
  const best = (q) => [...q.options].sort((a, b) => b.points - a.points)[0];
  const education = edition.indicators.find((i) => i.id === 'education');
  const q4 = education.questions[0];

  // ---- the results page offers the questionnaire to the officer
  await page.goto(server.base + '/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Index' }).click();
  await page.getByRole('heading', { level: 1, name: 'Intercultural Cities Index' }).waitFor();
  assert.equal(await page.getByRole('button', { name: /Start the questionnaire/ }).count(), 0, 'no offer for visitors');
  await signIn(page, 'reggio');
  await page.getByRole('heading', { level: 1, name: 'Intercultural Cities Index' }).waitFor();
  await page.getByRole('button', { name: `Start the questionnaire for ${ROUND}` }).click();

  // ---- the questionnaire
  await page.getByRole('heading', { level: 1, name: `Index questionnaire: Reggio Emilia, ${ROUND}` }).waitFor();
  const id = Number(hash(page).match(/^#\/index\/respond\/(\d+)$/)[1]);
  await assertStatus(page, /questionnaire of Reggio Emilia for \d+ is started/);
  const bar = page.getByRole('region', { name: 'Progress and score' });
  const completeness = bar.locator('.complete-text');
  assert.match(await completeness.textContent(), /^0 of \d+ questions answered \(0%\)$/);
  assert.equal(await bar.locator('.live-aggregate').textContent(), '0.0');
  await checkWidths(page, 'index-respond', { settle: 150 });

  // context (synthetic)
  await page.getByLabel('How many people live in the city?').fill('171000');
  await page.getByLabel('What share of the city\'s residents were born abroad?').fill('18.5');

  // the first indicator is open: three answers, one with a note
  const section = page.locator('details.indicator-section', { has: page.getByText(commitment.label, { exact: true }) });
  assert.equal(await section.evaluate((d) => d.open), true);
  const g1 = section.getByRole('group', { name: q1.text });
  await g1.getByRole('radio', { name: new RegExp(`^${best(q1).label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).check();
  await g1.getByLabel('Evidence note').fill(NOTE);
  await section.getByRole('group', { name: q2.text }).getByRole('radio', { name: new RegExp(`^${best(q2).label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).check();
  await section.getByRole('group', { name: q3.text }).getByRole('radio').first().check();

  // saved as it goes: completeness and score come from the server
  await page.waitForFunction(() => /^3 of \d+ questions answered/.test(document.querySelector('.complete-text').textContent));
  await bar.getByText(/All answers are saved/).waitFor();
  let r = (await server.req('GET', `/api/v1/index/responses/${id}`, { token: reggio.token })).json;
  assert.equal(r.scores.completeness.answered, 3);
  assert.equal(await completeness.textContent(),
    `3 of ${r.scores.completeness.questions} questions answered (${Math.round(r.scores.completeness.share)}%)`);
  assert.ok(r.scores.aggregate > 0);
  assert.equal(await bar.locator('.live-aggregate').textContent(), one(r.scores.aggregate));
  const commitScore = r.scores.indicators.find((i) => i.id === 'commitment');
  assert.match(await section.locator('summary .ind-progress').textContent(),
    new RegExp(`^3 of ${commitment.questions.length} answered · score ${one(commitScore.score)}$`));
  assert.equal(r.answers[q1.id].note, NOTE);
  assert.equal(r.answers[q1.id].option, best(q1).id);
  assert.equal(r.scores.context.population, 171000);
  assert.equal(await g1.locator('.q-points').textContent(), `${best(q1).points} of ${best(q1).points} points`);

  // a link the server refuses: its message next to the question
  await g1.getByLabel('Evidence link').fill(BAD_LINK);
  await page.getByRole('button', { name: 'Save answers' }).first().click();
  const err = g1.locator('.field-error');
  await err.waitFor();
  assert.match(await err.textContent(), /http:\/\/ or https:\/\//);
  assert.equal(await g1.evaluate((el) => el.classList.contains('has-error')), true);
  await g1.getByLabel('Evidence link').fill(LINK);
  await page.getByRole('button', { name: 'Save answers' }).first().click();
  await assertStatus(page, /The answers are saved/);
  assert.equal(await err.isHidden(), true);
  r = (await server.req('GET', `/api/v1/index/responses/${id}`, { token: reggio.token })).json;
  assert.equal(r.answers[q1.id].link, LINK);
  assert.equal(r.answers[q1.id].note, NOTE, 'the note stays with the answer');

  // another section, opened
  const section2 = page.locator('details.indicator-section', { has: page.getByText(education.label, { exact: true }) });
  await section2.locator('summary').click();
  await section2.getByRole('group', { name: q4.text }).getByRole('radio').last().check();
  await page.waitForFunction(() => /^4 of \d+ questions answered/.test(document.querySelector('.complete-text').textContent));
  assert.match(await section2.locator('summary .ind-progress').textContent(), new RegExp(`^1 of ${education.questions.length} answered`));

  // submit: a confirmation first, which can be cancelled
  await page.getByRole('button', { name: 'Submit…' }).first().click();
  const dialog = page.getByRole('dialog', { name: /Submit the questionnaire of Reggio Emilia/ });
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /questions are not answered: they count 0 points/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal((await server.req('GET', `/api/v1/index/responses/${id}`, { token: reggio.token })).json.status, 'draft');
  await page.getByRole('button', { name: 'Submit…' }).first().click();
  await dialog.getByRole('button', { name: 'Submit now' }).click();

  // ---- the report
  await page.getByRole('heading', { level: 1, name: `Reggio Emilia: Intercultural Cities Index ${ROUND}` }).waitFor();
  assert.equal(hash(page), `#/index/report/${reggio.city_id}/${ROUND}`);
  await assertStatus(page, /Submitted/);
  r = (await server.req('GET', `/api/v1/index/responses/${id}`)).json;
  assert.equal(r.status, 'submitted');
  const report = (await server.req('GET', `/api/v1/index/report?city=${reggio.city_id}&round=${ROUND}`)).json;
  assert.equal(report.status, 'submitted');
  assert.equal(await page.locator('#ix-aggregate').textContent(), one(report.aggregate));
  await page.getByRole('region', { name: 'Result' }).getByText('Submitted', { exact: true }).waitFor();

  // the charts: a radar, bars and (two rounds) a line, each drawn
  await page.waitForFunction(() => document.querySelectorAll('main canvas').length >= 3
    && [...document.querySelectorAll('main canvas')].every((c) => window.Chart && window.Chart.getChart(c)));
  const drawn = await chartsDrawn(page);
  assert.deepEqual(drawn.map((c) => c.type).sort(), ['bar', 'line', 'radar']);
  for (const c of drawn) {
    assert.ok(c.width > 100 && c.height > 100, `${c.type} chart has a size`);
    assert.ok(c.inked > 1000, `${c.type} chart has something drawn on it`);
    assert.ok(c.label && c.label.includes('Reggio Emilia'), `${c.type} chart has a label`);
  }
  const radar = await page.evaluate(() => {
    const c = window.Chart.getChart(document.querySelector('.chart-radar canvas'));
    return { labels: c.data.labels.length, datasets: c.data.datasets.map((d) => ({ label: d.label, data: d.data })) };
  });
  const counted = Object.keys(report.indicators);
  assert.equal(radar.datasets[0].label, 'Reggio Emilia');
  assert.deepEqual(radar.datasets[0].data.filter((x) => x !== null).map(one).sort(),
    counted.map((k) => one(report.indicators[k])).sort());
  assert.equal(radar.labels, counted.length);
  assert.equal(radar.datasets[1].label, 'All cities (average)');
  const members = report.groups.filter((g) => g.id !== 'all' && g.member);
  assert.equal(radar.datasets.length, 2 + members.length, 'the sample and each of its groups');

  // the ranks, as the API has them
  const ranks = page.getByRole('table', { name: `Ranks of Reggio Emilia in ${ROUND}` });
  for (const g of report.groups) {
    const row = ranks.getByRole('row').filter({ has: page.getByRole('cell', { name: g.label, exact: true }) });
    const text = await row.textContent();
    if (g.member) {
      assert.match(text, new RegExp(`${g.rank} of ${g.of}`), `${g.label}: ${text}`);
    } else {
      assert.match(text, /not in this group/);
    }
    assert.ok(text.includes(g.average === null ? '–' : one(g.average)), `${g.label} average: ${text}`);
  }
  const all = report.groups.find((g) => g.id === 'all');
  assert.ok(all.of >= 4, 'three synthetic cities and Reggio Emilia, and any result of the demo');
  await page.getByRole('region', { name: 'Result' }).getByText(`${all.rank} of ${all.of}`, { exact: true }).waitFor();

  // progress over the two rounds, and the change since last year
  await page.getByRole('heading', { level: 2, name: 'Progress over rounds' }).waitFor();
  assert.equal(report.previous.round, ROUND - 1);

  // how the scores are computed: traced to answers, points and weights
  const comp = page.getByRole('region', { name: 'How the scores are computed' });
  assert.match(await comp.locator('.formula').textContent(), new RegExp(`= ${report.aggregate.toFixed(2)}$`));
  const compTable = comp.getByRole('table', { name: 'Indicator scores from points, with weights' });
  const cRow = compTable.getByRole('row').filter({ has: page.getByRole('cell', { name: commitment.label, exact: true }) });
  const cs = report.scores.indicators.find((i) => i.id === 'commitment');
  const cText = await cRow.textContent();
  assert.ok(cText.includes(`${cs.points} of ${cs.max}`), cText);
  assert.ok(cText.includes(`${cs.answered} of ${cs.questions}`), cText);
  assert.ok(cText.includes(one(cs.score)), cText);
  assert.ok(cText.includes(String(commitment.weight)), cText);
  const trace = comp.locator('details.trace-indicator', { has: page.getByText(commitment.label, { exact: true }) });
  await trace.locator('summary').click();
  const t1 = trace.locator('li.trace', { hasText: q1.text });
  await t1.getByText(best(q1).label, { exact: true }).waitFor();
  assert.match(await t1.textContent(), new RegExp(`${best(q1).points} of ${best(q1).points} points`));
  await t1.getByText(NOTE).waitFor();
  await t1.getByRole('link', { name: LINK }).waitFor();
  assert.match(await trace.locator('li.trace', { hasText: commitment.questions[5].text }).textContent(), /Not answered: 0 of/);
  await checkWidths(page, 'index-report', { settle: 150 });

  // a country to compare with: one more group, as the API ranks it
  await page.getByLabel('Compare with the cities of a country').selectOption('IT');
  await page.getByRole('button', { name: 'Compare' }).click();
  await page.waitForFunction(() => location.hash.includes('country=IT'));
  const it = (await server.req('GET', `/api/v1/index/report?city=${reggio.city_id}&round=${ROUND}&country=IT`)).json
    .groups.find((g) => g.id === 'country');
  const itRow = page.getByRole('table', { name: `Ranks of Reggio Emilia in ${ROUND}` }).getByRole('row')
    .filter({ has: page.getByRole('cell', { name: 'Cities of Italy', exact: true }) });
  assert.match(await itRow.textContent(), new RegExp(`${it.rank} of ${it.of}`));

  // printable: the button prints, the header and forms are left off the paper
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed++; }; });
  await page.getByRole('button', { name: 'Print / save as PDF' }).click();
  assert.equal(await page.evaluate(() => window.printed), 1);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-header').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Print / save as PDF' }).isVisible(), false);
  assert.equal(await page.locator('.compare-form').isVisible(), false);
  const pictures = await page.evaluate(() => [...document.querySelectorAll('img.chart-print')].map((i) => ({
    src: i.src.slice(0, 22), shown: getComputedStyle(i).display !== 'none', width: i.naturalWidth,
  })));
  assert.equal(pictures.length, 3);
  for (const p of pictures) assert.deepEqual([p.src, p.shown, p.width > 0], ['data:image/png;base64,', true, true]);
  assert.equal(await page.locator('table.data').first().evaluate((t) => getComputedStyle(t).display), 'table');
  const A4 = 718; // 210mm less the margins, in CSS pixels
  await page.setViewportSize({ width: A4, height: 1000 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the printout is wider than A4 by ${overflow}px`);
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.setViewportSize({ width: 1280, height: 900 });

  // ---- the results: Reggio Emilia ranked, linked to its report
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Index' }).click();
  const results = (await server.req('GET', `/api/v1/index/results?round=${ROUND}`)).json;
  const mine = results.items.find((i) => i.city.id === reggio.city_id);
  const table = page.getByRole('table', { name: `Results ${ROUND}: All cities` });
  const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'Reggio Emilia' }) });
  await row.waitFor();
  assert.match(await row.textContent(), new RegExp(`^${mine.rank} of ${results.ranked}`));
  assert.ok((await row.textContent()).includes(one(mine.aggregate)));
  assert.equal(await table.getByRole('row').count(), results.total + 1);
  // a size group
  await page.getByLabel('Rank within').selectOption('over_200k');
  await page.waitForFunction(() => location.hash.includes('group=over_200k'));
  const big = (await server.req('GET', `/api/v1/index/results?round=${ROUND}&group=over_200k`)).json;
  const bigTable = page.getByRole('table', { name: `Results ${ROUND}: 200,000 inhabitants or more` });
  await bigTable.waitFor();
  assert.equal(await bigTable.getByRole('row').count(), big.total + 1);
  assert.equal(await bigTable.getByRole('link', { name: 'Reggio Emilia' }).count(), 0);
  // no offer to start again: this year's is submitted
  assert.equal(await page.getByRole('button', { name: /Start the questionnaire/ }).count(), 0);
  await checkWidths(page, 'index-results', { settle: 150 });

  // ---- the city page links to the report
  await page.goto(`${server.base}/#/city/${reggio.city_id}`);
  await page.getByRole('link', { name: `Intercultural Cities Index ${ROUND}` }).click();
  await page.getByRole('heading', { level: 1, name: `Reggio Emilia: Intercultural Cities Index ${ROUND}` }).waitFor();
  // a city without a result has no link (and no error in the console)
  await page.goto(`${server.base}/#/city/${await cityId('Agadir')}`);
  await page.getByRole('heading', { level: 1, name: 'Agadir' }).waitFor();
  await page.getByRole('heading', { level: 2, name: /Partnerships/ }).waitFor();
  await page.waitForTimeout(300);
  assert.equal(await page.getByRole('link', { name: /Intercultural Cities Index/ }).count(), 0);

  // the submitted answers can no longer change
  await page.goto(`${server.base}/#/index/respond/${id}`);
  await page.getByRole('heading', { level: 1, name: /Index questionnaire/ }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Save answers' }).count(), 0);
  assert.equal(await page.getByRole('group', { name: q1.text }).getByRole('radio').first().isDisabled(), true);

  // the one refused link was the only error in the console
  const refused = problems.findIndex((m) => /status of 422/.test(m));
  assert.ok(refused >= 0, `expected the 422 answer in the console: ${problems}`);
  problems.splice(refused, 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a visitor reads a report; a draft stays with its city', async () => {
  const { context, page, problems } = await openPage(browser, 375);
  // a draft of next year's, seen by its officer only (synthetic)
  const d = await server.req('POST', '/api/v1/index/responses', { token: reggio.token, body: { city_id: reggio.city_id, round: ROUND + 1 } });
  assert.equal(d.status, 201, d.text);
  await page.goto(`${server.base}/#/index/report/${reggio.city_id}`);
  await page.getByRole('heading', { level: 1, name: `Reggio Emilia: Intercultural Cities Index ${ROUND}` }).waitFor();
  await page.waitForFunction(() => document.querySelectorAll('main canvas').length >= 3);
  assert.equal(await page.getByRole('region', { name: 'Result' }).getByText('Draft').count(), 0);
  assert.equal(await page.getByRole('button', { name: /Start the questionnaire|Continue/ }).count(), 0);
  await page.getByRole('navigation', { name: 'Rounds' }).getByRole('link', { name: String(ROUND - 1) }).click();
  await page.getByRole('heading', { level: 1, name: `Reggio Emilia: Intercultural Cities Index ${ROUND - 1}` }).waitFor();
  const prev = (await server.req('GET', `/api/v1/index/report?city=${reggio.city_id}&round=${ROUND - 1}`)).json;
  await page.locator('#ix-aggregate', { hasText: one(prev.aggregate) }).waitFor();
  await page.waitForFunction(() => document.querySelectorAll('main canvas').length >= 3
    && [...document.querySelectorAll('main canvas')].every((c) => window.Chart.getChart(c)));
  for (const c of await chartsDrawn(page)) assert.ok(c.inked > 500, `${c.type} chart drawn at 375px`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `report at 375px scrolls sideways by ${overflow}px`);
  // the draft is not for visitors
  assert.equal((await server.req('GET', `/api/v1/index/responses/${d.json.id}`)).status, 404);

  // its officer sees it as the latest round, marked a draft, with the way back to it
  await signIn(page, 'reggio');
  await page.goto(`${server.base}/#/index/report/${reggio.city_id}`);
  await page.getByRole('heading', { level: 1, name: `Reggio Emilia: Intercultural Cities Index ${ROUND + 1}` }).waitFor();
  await page.getByRole('region', { name: 'Result' }).getByText('Draft', { exact: true }).waitFor();
  await page.getByRole('link', { name: 'Continue the questionnaire', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: `Index questionnaire: Reggio Emilia, ${ROUND + 1}` }).waitFor();
  assert.equal(hash(page), `#/index/respond/${d.json.id}`);
  const overflow2 = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow2 <= 0, `questionnaire at 375px scrolls sideways by ${overflow2}px`);
  assert.deepEqual(problems, []);
  await context.close();
});

// ---- real published results ---------------------------------------------------------

test('published results: both ranks, every figure linked to its source, the doubt about Melitopol', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'amity-e2e-icc-'));
  const db = join(dir, 'real.db');
  const FILE = new URL('../../data/icc_index_published.csv', import.meta.url).pathname;
  for (const args of [['init'], ['import', 'gazetteer'], ['init', '--demo'],
    ['import', 'index-published', FILE, '--report', join(dir, 'report.csv')]]) {
    const r = cli(db, args);
    assert.equal(r.status, 0, `${args.join(' ')}: ${r.stderr}`);
  }
  const real = await startServer({ db });
  const { context, page, problems } = await openPage(browser);
  try {
    const results = (await real.req('GET', '/api/v1/index/results?round=2017')).json;
    const odessa = results.items.find((i) => i.city.name === 'Odessa');
    const SOURCE = 'https://old.omr.gov.ua/en/essential/103457/?print';

    // ---- the results of 2017: amity's rank, the rank as published, the sources
    await page.goto(`${real.base}/#/index?round=2017`);
    const table = page.getByRole('table', { name: 'Results 2017: All cities' });
    await table.waitFor();
    assert.equal(await table.getByRole('row').count(), results.total + 1);
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'Odessa', exact: true }) });
    const text = await row.textContent();
    assert.match(text, new RegExp(`^${odessa.rank} of ${results.ranked}`), text);
    assert.equal(`${odessa.rank} of ${results.ranked}`, '5 of 11');
    const asPublished = row.getByRole('link', { name: /^17th of 93/ });
    assert.equal(await asPublished.getAttribute('href'), SOURCE);
    assert.equal(await row.getByRole('link', { name: /^70\.0/ }).getAttribute('href'), SOURCE, 'the aggregate links to its source');
    assert.ok(text.includes('as published'), text);
    // two sources: the figure links to the first, [2] to the second
    const ballarat = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'Ballarat', exact: true }) });
    const bSources = results.items.find((i) => i.city.name === 'Ballarat').published.sources.map((x) => x.source);
    assert.equal(bSources.length, 2);
    assert.equal(await ballarat.getByRole('link', { name: /^4th of 80/ }).getAttribute('href'), bSources[0]);
    assert.equal(await ballarat.getByRole('link', { name: /^\[2\]/ }).first().getAttribute('href'), bSources[1]);
    // published without an aggregate: listed, not ranked
    const paris = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'Paris', exact: true }) });
    const pText = await paris.textContent();
    assert.match(pText, /^not ranked/);
    assert.ok(pText.includes('not published') && pText.includes('58th of 87'), pText);
    // the doubt about Melitopol, in its row
    const mel = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'Melitopol', exact: true }) });
    await mel.getByRole('note').getByText(/Doubtful: the source dates this result 2011/).waitFor();
    await page.getByText(/cannot be compared with amity's rank, nor across years/).waitFor();
    await checkWidths(page, 'index-results-published', { settle: 150 });

    // ---- Odessa's report: both ranks, side by side
    await row.getByRole('link', { name: 'Odessa', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Odessa: Intercultural Cities Index 2017' }).waitFor();
    const result = page.getByRole('region', { name: 'Result' });
    assert.equal(await result.getByRole('link', { name: /^17th of 93/ }).getAttribute('href'), SOURCE);
    await result.getByText('5 of 11', { exact: true }).waitFor();
    assert.match(await result.textContent(), /Rank among the results amity holds5 of 11 results amity holds for 2017/);
    assert.match(await result.textContent(), /17th of 93, as published — source old\.omr\.gov\.ua/);
    assert.equal(await page.locator('#ix-aggregate a').getAttribute('href'), SOURCE);
    // every figure listed with its source
    const comp = page.getByRole('region', { name: 'How the scores are computed' });
    for (const figure of ['Aggregate as published', 'Rank as published', 'Sample it was ranked in']) {
      const dd = comp.locator('dl.published-facts div', { has: page.getByText(figure, { exact: true }) }).locator('dd');
      assert.equal(await dd.getByRole('link').first().getAttribute('href'), SOURCE, figure);
    }
    assert.equal(await page.getByRole('note').count(), 0, 'no caveat on Odessa');
    await checkWidths(page, 'index-report-published', { settle: 150 });

    // ---- Melitopol's report carries its doubt
    const melId = results.items.find((i) => i.city.name === 'Melitopol').city.id;
    await page.goto(`${real.base}/#/index/report/${melId}`);
    await page.getByRole('heading', { level: 1, name: 'Melitopol: Intercultural Cities Index 2011' }).waitFor();
    await page.getByRole('note').getByText(/Doubtful: the source dates this result 2011 and ranks it "among 100 cities"/).waitFor();
    // Paris: a rank as published, no rank of amity's
    const parisId = results.items.find((i) => i.city.name === 'Paris').city.id;
    await page.goto(`${real.base}/#/index/report/${parisId}/2017`);
    await page.getByRole('heading', { level: 1, name: 'Paris: Intercultural Cities Index 2017' }).waitFor();
    assert.match(await page.getByRole('region', { name: 'Result' }).textContent(), /not ranked: published without an aggregate/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await real.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

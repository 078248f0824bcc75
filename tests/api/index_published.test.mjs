// Published Intercultural Cities Index results of real cities: the real
// file data/icc_index_published.csv imported (after the gazetteer and the
// demo records, as `make demo-db` does), every row imported or reported,
// no figure the file does not give, a second import adding nothing, and
// Odessa's report giving both ranks: 17th of 93 as published, and its rank
// among the results amity holds. Then the importer's and the API's refusals,
// on SYNTHETIC rows and results in a separate database (they say so).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, startServer } from './harness.mjs';
import { expectStatus, expectError, API } from './helpers.mjs';

const FILE = new URL('../../data/icc_index_published.csv', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'amity-icc-'));
const db = join(dir, 'real.db');
let s;
const servers = [];

// RFC 4180: quoted fields, doubled quotes, CRLF or LF.
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

function records(text) {
  const [head, ...rows] = parseCsv(text);
  // the line of each data row in the file (no field of this file spans lines)
  return rows.map((r, i) => ({ line: i + 2, ...Object.fromEntries(head.map((h, k) => [h, r[k] ?? ''])) }));
}

const ROWS = records(readFileSync(FILE, 'utf8'));

function imp(file, report) {
  const r = cli(db, ['import', 'index-published', file, '--report', report]);
  assert.equal(r.status, 0, r.stderr);
  return { ...r, report: records(readFileSync(report, 'utf8')) };
}

let first, second;

before(async () => {
  assert.equal(cli(db, ['init']).status, 0);
  const g = cli(db, ['import', 'gazetteer']);
  assert.equal(g.status, 0, g.stderr);
  const d = cli(db, ['init', '--demo']);
  assert.equal(d.status, 0, d.stderr);
  first = imp(FILE, join(dir, 'first.report.csv'));
  s = await startServer({ db });
  servers.push(s);
});

after(async () => {
  const problems = [];
  for (const srv of servers) {
    try { await srv.stop(); } catch (e) { problems.push(String(e.message || e)); }
  }
  rmSync(dir, { recursive: true, force: true });
  assert.deepEqual(problems, []);
});

const get = async (path) => expectStatus(await s.req('GET', `${API}/${path}`), 200, path).json;

async function cityOf(row) {
  const r = await s.req('GET', `${API}/cities/resolve?name=${encodeURIComponent(row.city)}&country=${encodeURIComponent(row.country)}`);
  return r.status === 200 && r.json.status === 'resolved' ? r.json.city.id : null;
}

// The figures a row gives, as the API names them (an empty cell: none).
function given(row) {
  const f = {};
  if (row.aggregate_percent) f.aggregate = Number(row.aggregate_percent);
  if (row.rank) f.rank = row.rank;
  if (row.sample_size) f.sample_size = Number(row.sample_size);
  if (row.population) f.population = Number(row.population);
  if (row.foreign_born_percent) f.foreign_born_pct = Number(row.foreign_born_percent);
  if (row.indicator_scores_json) f.indicators = JSON.parse(row.indicator_scores_json);
  return f;
}

test('the file: 28 rows, 21 cities, as data/README.md says', () => {
  assert.equal(ROWS.length, 28);
  assert.equal(new Set(ROWS.map((r) => `${r.city}|${r.country}`)).size, 21);
  assert.deepEqual(Object.keys(ROWS[0]).slice(1), ['city', 'country', 'year', 'aggregate_percent', 'rank',
    'sample_size', 'population', 'foreign_born_percent', 'indicator_scores_json', 'source_url', 'note']);
});

test('every row is imported or reported, and the counts say which', async () => {
  // 21 results: 20 new, Odessa 2017 the demo's (the same source); four
  // results have a second source; Seoul Guro-gu (two rows) is not in the
  // gazetteer; Duisburg's row has no year
  assert.match(first.stdout, /28 rows in .*: 20 added, 5 already there, 3 not imported/);
  assert.match(first.stdout, /sources added to results already held: 4/);
  const reported = new Map();
  for (const r of first.report) reported.set(Number(r.line), [...(reported.get(Number(r.line)) || []), r]);
  const imported = [];
  for (const row of ROWS) {
    const lines = reported.get(row.line) || [];
    const stop = lines.find((l) => ['skipped', 'not_found', 'ambiguous', 'unknown_country', 'conflict'].includes(l.outcome));
    const id = await cityOf(row);
    if (stop) {
      // reported rows are not in the registry
      if (id && row.year) {
        const r = await s.req('GET', `${API}/index/report?city=${id}&round=${row.year}`);
        if (r.status === 200) assert.ok(!(r.json.published?.sources || []).some((x) => x.source === row.source_url), `line ${row.line} reported yet recorded`);
      }
      continue;
    }
    assert.ok(id, `line ${row.line} (${row.city}) imported: its city resolves`);
    const rep = await get(`index/report?city=${id}&round=${row.year}`);
    assert.equal(rep.source, 'published', `line ${row.line}`);
    const src = rep.published.sources.find((x) => x.source === row.source_url);
    assert.ok(src, `line ${row.line}: its source backs the result: ${JSON.stringify(rep.published.sources)}`);
    const f = given(row);
    const states = Object.keys(f).flatMap((k) => (k === 'indicators' ? Object.keys(f.indicators).map((n) => `indicators.${n}`) : [k]));
    for (const st of states) assert.ok(src.figures.includes(st), `line ${row.line}: the source states ${st}: ${src.figures}`);
    imported.push(row.line);
  }
  const notImported = ROWS.filter((r) => !imported.includes(r.line));
  assert.deepEqual(notImported.map((r) => [r.line, r.city]), [[21, 'Seoul Guro-gu'], [22, 'Seoul Guro-gu'], [28, 'Duisburg']]);
  assert.match(reported.get(28).find((l) => l.outcome === 'skipped').reason, /no year/);
  for (const line of [21, 22]) assert.equal(reported.get(line).find((l) => l.side === 'city').outcome, 'not_found');
});

test('no figure appears that the file does not give, and every figure it gives is there', async () => {
  const byResult = new Map();
  for (const row of ROWS) {
    if (!row.year) continue;
    const id = await cityOf(row);
    if (!id) continue;
    const key = `${id}|${row.year}`;
    byResult.set(key, [...(byResult.get(key) || []), row]);
  }
  assert.equal(byResult.size, 21, 'results recorded');
  for (const [key, rows] of byResult) {
    const [id, year] = key.split('|');
    const rep = await get(`index/report?city=${id}&round=${year}`);
    const pub = rep.published;
    // two rows for one result agree (the file says so): one set of figures
    const want = given(rows[0]);
    for (const r of rows.slice(1)) assert.deepEqual(given(r), want, `${key}: the rows agree`);
    const what = `${rows[0].city} ${year}`;
    assert.equal(rep.aggregate, want.aggregate ?? null, `${what}: aggregate`);
    assert.equal(pub.rank, want.rank ?? null, `${what}: rank`);
    assert.equal(pub.sample_size, want.sample_size ?? null, `${what}: sample_size`);
    assert.equal(pub.population, want.population ?? null, `${what}: population`);
    assert.equal(pub.foreign_born_pct, want.foreign_born_pct ?? null, `${what}: foreign_born_pct`);
    assert.deepEqual(pub.indicators, want.indicators ?? null, `${what}: indicator scores as published`);
    assert.equal(pub.note, rows[0].note || null, `${what}: note`);
    // the sources are the rows' (Odessa's was the demo's, the same address)
    assert.deepEqual(pub.sources.map((x) => x.source).sort(), rows.map((r) => r.source_url).sort(), `${what}: sources`);
    // a figure of the aggregate-less kind is not ranked by amity
    if (want.aggregate === undefined) {
      assert.equal(rep.amity_rank.rank, null, `${what}: not ranked`);
      assert.ok(rep.groups.every((g) => g.rank === null), `${what}: no rank in any group`);
    }
    // published_rank and the groups come only with the demo's Odessa, from the same page
    if (rows[0].city !== 'Odessa') {
      assert.equal(rep.published_rank, null, `${what}: no ranks in words`);
      for (const s2 of pub.sources) {
        assert.ok(s2.figures.every((f) => ['aggregate', 'rank', 'sample_size', 'population', 'foreign_born_pct'].includes(f) || f.startsWith('indicators.')), `${what}: ${s2.figures}`);
      }
    }
  }
  // the indicator scores amity compares are the published ones under the questionnaire's names
  const ansan = await get(`index/report?city=${await cityOf(ROWS.find((r) => r.city === 'Ansan'))}&round=2020`);
  assert.deepEqual(ansan.indicators, { business: 100, media: 100, interaction: 100 });
  assert.equal(ansan.published.rank_label, '4th of 26');
  const copenhagen = await get(`index/report?city=${await cityOf(ROWS.find((r) => r.city === 'Copenhagen'))}&round=2012`);
  assert.equal(copenhagen.published.rank_label, '8th (tied) of 34');
});

test('Odessa: 17th of 93 as published, and 5th of the 11 results amity holds for 2017', async () => {
  const id = await cityOf(ROWS.find((r) => r.city === 'Odessa'));
  const rep = await get(`index/report?city=${id}`);
  assert.equal(rep.round, 2017, 'its latest round');
  assert.equal(rep.aggregate, 70);
  assert.equal(rep.published.rank, '17');
  assert.equal(rep.published.sample_size, 93);
  assert.equal(rep.published.rank_label, '17th of 93');
  const src = rep.published.sources.find((x) => x.source === 'https://old.omr.gov.ua/en/essential/103457/?print');
  assert.ok(src && src.figures.includes('rank') && src.figures.includes('sample_size') && src.figures.includes('aggregate'));
  // by hand from the file: each city's latest result up to 2017 with an
  // aggregate: Oslo 85 (2017), Ballarat 84 (2016), Barcelona 72, Dortmund 71,
  // Odessa 70, Copenhagen 66 (2012), Rotterdam 65 (2013), Bilbao 64 (2013),
  // Erlangen 63 (2016), Subotica 63 (2013), Melitopol 62 (2011); Paris
  // (2017), Turin (2016), Stavanger (2014) and Senigallia (2012) published a
  // rank only
  assert.deepEqual(rep.amity_rank, { round: 2017, rank: 5, of: 11, percentile: 60, not_ranked: 4 });
  const all = rep.groups.find((g) => g.id === 'all');
  assert.deepEqual([all.rank, all.of], [5, 11]);

  const res = await get('index/results?round=2017');
  assert.equal(res.total, 15);
  assert.equal(res.ranked, 11);
  assert.deepEqual(res.items.slice(0, 11).map((x) => [x.rank, x.city.name, x.aggregate]), [
    [1, 'Oslo', 85], [2, 'Ballarat', 84], [3, 'Barcelona', 72], [4, 'Dortmund', 71], [5, 'Odessa', 70],
    [6, 'Copenhagen', 66], [7, 'Rotterdam', 65], [8, 'Bilbao', 64], [9, 'Erlangen', 63], [9, 'Subotica', 63],
    [11, 'Melitopol', 62]]);
  // listed, not ranked
  assert.deepEqual(res.items.slice(11).map((x) => [x.rank, x.percentile, x.city.name, x.aggregate, x.published.rank_label]), [
    [null, null, 'Paris', null, '58th of 87'], [null, null, 'Senigallia', null, '29th of 50'],
    [null, null, 'Stavanger', null, '4th of 60'], [null, null, 'Turin', null, '5th of 34']]);
  const odessa = res.items.find((x) => x.city.id === id);
  assert.equal(odessa.published.rank_label, '17th of 93');
  // the doubt about Melitopol goes wherever its result is shown
  const mel = res.items.find((x) => x.city.name === 'Melitopol');
  assert.match(mel.published.note, /^Doubtful: .*2011.*100 cities/);
  const melRep = await get(`index/report?city=${mel.city.id}`);
  assert.equal(melRep.published.note, mel.published.note);
  // the CLI says both
  const out = cli(db, ['index', 'score', String(id), '--round', '2017']);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, /rank as published: 17th of 93\n/);
  assert.match(out.stdout, /rank among the results amity holds for 2017: 5 of 11\n/);
});

// Every key of a reply is described by its schema, objects by their own.
function described(value, schema, schemas, where, problems) {
  const ref = schema.$ref || schema.allOf?.[0]?.$ref;
  if (ref) return described(value, schemas[ref.split('/').pop()], schemas, where, problems);
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    if (schema.items) value.forEach((v, i) => described(v, schema.items, schemas, `${where}[${i}]`, problems));
    return;
  }
  if (!schema.properties) return; // a free-form map ({indicator: score})
  for (const [k, v] of Object.entries(value)) {
    if (!schema.properties[k]) problems.push(`${where}.${k} is not in the reply schema`);
    else described(v, schema.properties[k], schemas, `${where}.${k}`, problems);
  }
}

test('the replies are described by typed schemas (published figures, sources, the two ranks)', async () => {
  const doc = await s.req('GET', `${API}/openapi.json`).then((r) => r.json);
  const schemas = doc.components.schemas;
  const replyOf = (path) => doc.paths[path].get.responses['200'].content['application/json'].schema;
  const id = await cityOf(ROWS.find((r) => r.city === 'Odessa'));
  const problems = [];
  described(await get(`index/report?city=${id}`), replyOf('/api/v1/index/report'), schemas, 'report', problems);
  described(await get('index/results?round=2017'), replyOf('/api/v1/index/results'), schemas, 'results', problems);
  assert.deepEqual(problems, []);
  for (const f of ['rank', 'sample_size', 'rank_label', 'note', 'sources']) assert.ok(schemas.IndexPublishedFigures.properties[f], f);
  assert.ok(schemas.IndexSource.properties.figures);
  assert.ok(schemas.IndexAmityRank.properties.of);
});

test('a second import adds nothing', async () => {
  const before = [];
  for (const round of [2011, 2012, 2013, 2014, 2016, 2017, 2018, 2019, 2020]) before.push(await get(`index/results?round=${round}`));
  second = imp(FILE, join(dir, 'second.report.csv'));
  assert.match(second.stdout, /28 rows in .*: 0 added, 25 already there, 3 not imported/);
  assert.match(second.stdout, /sources added to results already held: 0/);
  const after = [];
  for (const round of [2011, 2012, 2013, 2014, 2016, 2017, 2018, 2019, 2020]) after.push(await get(`index/results?round=${round}`));
  assert.deepEqual(after, before);
  assert.deepEqual(second.report.map((r) => [r.line, r.outcome]), first.report.map((r) => [r.line, r.outcome]));
});

// ---- SYNTHETIC: refusals, on a database of the demo records only --------------------------

test('importer: a row that disagrees, a bad figure, no figure, a second source filling a gap (SYNTHETIC rows)', async () => {
  const sdb = join(dir, 'synthetic.db');
  assert.equal(cli(sdb, ['init', '--demo']).status, 0);
  const head = 'city,country,year,aggregate_percent,rank,sample_size,population,foreign_born_percent,indicator_scores_json,source_url,note';
  // every row below is invented for this test; none is a fact about the city
  const file = join(dir, 'synthetic.csv');
  writeFileSync(file, [head,
    'Odessa,Ukraine,2017,71,,,,,,https://example.org/synthetic-a,', // disagrees with the demo's 70
    'Odessa,Ukraine,2017,70,,,,,,https://example.org/synthetic-b,', // agrees: a second source
    'Oslo,Norway,2016,,,,,,,https://example.org/synthetic-c,', // no figure
    'Oslo,Norway,2016,101,,,,,,https://example.org/synthetic-d,', // not a percentage
    'Oslo,Norway,2016,,first,,,,,https://example.org/synthetic-e,', // a rank without its number
    'Oslo,Norway,2016,,30,20,,,,https://example.org/synthetic-f,', // beyond the sample
    'Oslo,Norway,2016,50,,,,,"{""commitment"": 40}",,', // no source
    'Oslo,Norway,1999,50,,,,,,https://example.org/synthetic-g,', // not a year of the Index
    'Oslo,Norway,2016,50,,,,,"{""commitment"": 40, ""anti_discrimination"": 60}",https://example.org/synthetic-h,Synthetic note',
    'Oslo,Norway,2016,50,3,40,,,,https://example.org/synthetic-i,', // fills rank and sample in
  ].join('\n') + '\n');
  const report = join(dir, 'synthetic.report.csv');
  const r = cli(sdb, ['import', 'index-published', file, '--report', report]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /10 rows in .*: 1 added, 2 already there, 7 not imported/);
  const lines = records(readFileSync(report, 'utf8'));
  const at = (n) => lines.filter((l) => Number(l.line) === n);
  assert.equal(at(2)[0].outcome, 'conflict');
  assert.match(at(2)[0].candidates, /aggregate: 71 here, 70 in the result held/);
  assert.deepEqual(at(3), [], 'the agreeing row is recorded as a second source, with nothing to say');
  assert.deepEqual([4, 5, 6, 7, 8, 9].map((n) => at(n).map((l) => l.outcome)), Array(6).fill(['skipped']));
  assert.match(at(4)[0].reason, /no figure/);
  assert.match(at(5)[0].reason, /aggregate_percent.*percentage/);
  assert.match(at(6)[0].reason, /rank.*number/);
  assert.match(at(7)[0].reason, /beyond the sample/);
  assert.match(at(8)[0].reason, /no source/);
  assert.match(at(9)[0].reason, /year/);
  assert.equal(at(10)[0].outcome, 'value_kept');
  assert.match(at(10)[0].reason, /anti_discrimination/);
  assert.equal(at(11)[0].outcome, 'completed');
  assert.match(at(11)[0].candidates, /rank, sample_size/);

  const srv = await startServer({ db: sdb });
  servers.push(srv);
  const cities = (await srv.req('GET', `${API}/cities?q=odessa`)).json.items;
  const odessa = cities.find((c) => c.name === 'Odessa');
  const rep = (await srv.req('GET', `${API}/index/report?city=${odessa.id}&round=2017`)).json;
  assert.equal(rep.aggregate, 70, 'the disagreeing row changed nothing');
  assert.deepEqual(rep.published.sources.map((x) => [x.source, x.figures]), [
    ['https://old.omr.gov.ua/en/essential/103457/?print', ['aggregate', 'rank', 'sample_size', 'over_200k', 'over_15pct', 'published_rank']],
    ['https://example.org/synthetic-b', ['aggregate']],
  ]);
  const oslo = (await srv.req('GET', `${API}/cities?q=oslo`)).json.items.find((c) => c.name === 'Oslo');
  const o = (await srv.req('GET', `${API}/index/report?city=${oslo.id}&round=2016`)).json;
  assert.equal(o.aggregate, 50);
  assert.deepEqual(o.indicators, { commitment: 40 }, 'only the questionnaire\'s indicators are compared');
  assert.deepEqual(o.published.indicators, { commitment: 40, anti_discrimination: 60 }, 'all as published');
  assert.equal(o.published.rank_label, '3rd of 40');
  assert.equal(o.published.note, 'Synthetic note');
  assert.deepEqual(o.published.sources.map((x) => [x.source, x.figures]), [
    ['https://example.org/synthetic-h', ['aggregate', 'indicators.commitment', 'indicators.anti_discrimination']],
    ['https://example.org/synthetic-i', ['aggregate', 'rank', 'sample_size']],
  ]);
});

test('API: a published result with a rank only; neither aggregate nor rank, a bad rank: 422 naming the field (SYNTHETIC)', async () => {
  const srv = await startServer({ demo: true });
  servers.push(srv);
  const admin = await srv.login('admin', 'amity-demo');
  const oslo = (await srv.req('GET', `${API}/cities?q=oslo`)).json.items.find((c) => c.name === 'Oslo');
  const pub = (body) => srv.req('POST', `${API}/index/published`, { token: admin, body: { city_id: oslo.id, source: 'Synthetic test source', ...body } });
  expectError(await pub({ round: 2015 }), 422, { field: 'aggregate' });
  expectError(await pub({ round: 2015, rank: 'first' }), 422, { field: 'rank' });
  expectError(await pub({ round: 2015, rank: '3', sample_size: 0 }), 422, { field: 'sample_size' });
  expectError(await pub({ round: 2015, aggregate: 50, sources: [] }), 422, { field: 'sources' });
  const made = expectStatus(await pub({ round: 2015, rank: '3 (tied)', sample_size: 40 }), 201).json;
  assert.equal(made.aggregate, null);
  assert.equal(made.rank_label, '3rd (tied) of 40');
  assert.deepEqual(made.sources, [{ source: 'Synthetic test source', figures: ['rank', 'sample_size'] }]);
  assert.ok(made.can && typeof made.can === 'object');
  expectError(await pub({ round: 2015, aggregate: 50 }), 409, { field: 'round' });
  const rep = expectStatus(await srv.req('GET', `${API}/index/report?city=${oslo.id}&round=2015`), 200).json;
  assert.equal(rep.amity_rank.rank, null);
  assert.equal(rep.published.rank_label, '3rd (tied) of 40');
  const res = expectStatus(await srv.req('GET', `${API}/index/results?round=2015`), 200).json;
  assert.deepEqual(res.items.map((x) => [x.city.name, x.rank]), [['Oslo', null]]);
  assert.equal(res.ranked, 0);
});

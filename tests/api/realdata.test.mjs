// The real data through the real binary: the gazetteer, the importers
// (twin towns, networks, memberships) and the resolver, search and nearby
// endpoints. Files are extracts of the real data sets in data/, except the
// malformed and the mapped ones, which are made here and say so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, startServer } from './harness.mjs';

const DATA = new URL('../../data/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'amity-real-'));
const db = join(dir, 'real.db');
let s;

// the header and the first n data rows of a real file
function extract(file, n) {
  const lines = readFileSync(join(DATA, file), 'utf8').split(/\r?\n/);
  const out = join(dir, `${n}-${file}`);
  writeFileSync(out, lines.slice(0, n + 1).join('\n') + '\n');
  return out;
}

const sql = (q) => {
  // counts through the API would need a server; the CLI's export is heavier
  const r = cli(db, ['partnership', 'list', '--limit', '1', '--json']);
  return JSON.parse(r.stdout).total;
};

function imp(kind, file, ...extra) {
  const report = join(dir, `${kind}.report.csv`);
  const r = cli(db, ['import', kind, file, '--report', report, ...extra]);
  return { ...r, report };
}

before(async () => {
  assert.equal(cli(db, ['init']).status, 0);
  const g = cli(db, ['import', 'gazetteer']);
  assert.equal(g.status, 0, g.stderr);
  assert.match(g.stdout, /1[0-9]{5} cities/);
});

after(async () => {
  await s?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('twin towns: imported, reported, and importing twice adds nothing', () => {
  const file = extract('twin_towns.csv', 400);
  const first = imp('partnerships', file);
  assert.equal(first.status, 0, first.stderr);
  const added = Number(first.stdout.match(/(\d+) added/)[1]);
  assert.ok(added > 300, first.stdout);
  assert.match(first.stdout, /places: 800 looked up/);
  assert.ok(existsSync(first.report), 'the report is saved');
  const report = readFileSync(first.report, 'utf8').trim().split('\n');
  assert.equal(report[0], 'line,side,name,country,outcome,reason,candidates');
  for (const line of report.slice(1)) assert.match(line, /^\d+,/, 'every report line names its row');
  const total = sql();
  assert.equal(total, added);

  const again = imp('partnerships', file);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, / 0 added/);
  assert.equal(sql(), total, 'nothing new');
});

test('A-B and B-A are one partnership; every record keeps its file and row', () => {
  const rows = readFileSync(join(DATA, 'twin_towns.csv'), 'utf8').split(/\r?\n/);
  const header = rows[0];
  // Berat (Albania) and Fermo (Italy), both ways round, from the real file
  const ab = rows.find((l) => l.startsWith('Berat,Albania') && l.includes('Fermo'));
  const [c1, k1, la1, ln1, c2, k2, la2, ln2] = ab.split(',');
  const file = join(dir, 'both-ways.csv');
  writeFileSync(file, [header, ab, [c2, k2, la2, ln2, c1, k1, la1, ln1].join(',')].join('\n') + '\n');
  const before = sql();
  const r = imp('partnerships', file);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(sql(), before, 'the pair was in the first extract already');
  const list = JSON.parse(cli(db, ['partnership', 'list', '--q', 'Fermo', '--json']).stdout);
  const p = list.items.find((x) => [x.party_a.name, x.party_b.name].includes('Berat'));
  assert.ok(p, 'Berat-Fermo is there');
  assert.equal(p.source, '400-twin_towns.csv');
  assert.ok(p.source_row > 1);
  assert.equal(p.status, 'signed');
});

test('--dry-run writes nothing; a malformed file names its line and changes nothing', () => {
  const file = extract('twin_towns.csv', 600);
  const before = sql();
  const dry = imp('partnerships', file, '--dry-run');
  assert.equal(dry.status, 0, dry.stderr);
  assert.match(dry.stdout, /dry run, nothing written/);
  assert.ok(Number(dry.stdout.match(/(\d+) added/)[1]) > 100);
  assert.equal(sql(), before);

  // made here: a real file with a quote left open on its fifth line
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  lines[4] = `"${lines[4]}`;
  const bad = join(dir, 'malformed.csv');
  writeFileSync(bad, lines.join('\n'));
  const r = imp('partnerships', bad);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /line 5/);
  assert.equal(sql(), before, 'a failed import leaves the database as it was');

  const missing = join(dir, 'no-such-columns.csv');
  writeFileSync(missing, 'town,land\nBerat,Albania\n');
  const m = imp('partnerships', missing);
  assert.equal(m.status, 1);
  assert.match(m.stderr, /no column for 'city1'.*--map city1=HEADER/);
});

test('any spreadsheet imports with --map (a city office file, made here)', () => {
  const file = join(dir, 'office.csv');
  // a city's own list, semicolon-separated with its own headers: made here
  writeFileSync(file, 'Stadt;Land;Partnerstadt;Partnerland;Seit\n' +
    'Köln;Deutschland;Turin;Italien;1958\nKöln;Deutschland;Kattowitz;Polen;1991\n');
  const r = imp('partnerships', file, '--map', 'city1=Stadt', '--map', 'country1=Land',
    '--map', 'city2=Partnerstadt', '--map', 'country2=Partnerland', '--map', 'signed_date=Seit');
  assert.equal(r.status, 0, r.stderr);
  const list = JSON.parse(cli(db, ['partnership', 'list', '--q', 'Turin', '--json']).stdout);
  const p = list.items.find((x) => [x.party_a.name, x.party_b.name].includes('Köln'));
  assert.ok(p, `Köln-Turin: ${r.stdout} ${readFileSync(r.report, 'utf8')}`);
  assert.equal(p.signed_date, '1958');
  const bad = imp('partnerships', file, '--map', 'city1=Nope');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /no column 'Nope'/);
});

test('ETMUN networks and memberships: networks made or completed, members resolved', () => {
  const n = imp('networks', join(DATA, 'networks_etmun.csv'));
  assert.equal(n.status, 0, n.stderr);
  assert.match(n.stdout, /58 rows/);
  const m = imp('memberships', extract('network_memberships_etmun.csv', 500));
  assert.equal(m.status, 0, m.stderr);
  const added = Number(m.stdout.match(/(\d+) added/)[1]);
  assert.ok(added > 400, m.stdout);
  const again = imp('memberships', extract('network_memberships_etmun.csv', 500));
  assert.match(again.stdout, / 0 added/);
  const nets = JSON.parse(cli(db, ['network', 'list', '--q', 'AVEC', '--json']).stdout);
  const avec = nets.items.find((x) => x.acronym === 'AVEC');
  assert.ok(avec, 'AVEC from the networks file');
  assert.equal(avec.code, '00535');
  assert.equal(avec.founded_year, 1997);
  assert.ok(avec.member_count > 10, 'its members from the memberships file');
});

test('the API: resolve, search as you type, nearby', async () => {
  s = await startServer({ db });
  const get = async (path) => {
    const r = await s.req('GET', path);
    assert.equal(r.status, 200, `${path}: ${r.text}`);
    return r.json;
  };
  let r = await get('/api/v1/cities/resolve?name=Cologne&country=Germany');
  assert.equal(r.status, 'resolved');
  assert.equal(r.city.name, 'Köln');
  assert.ok(r.confidence > 0.9 && r.reason);
  r = await get(`/api/v1/cities/resolve?name=${encodeURIComponent('Mitte (Berlin)')}&country=DE`);
  assert.equal(r.city.name, 'Mitte');
  r = await get('/api/v1/cities/resolve?name=Springfield&country=United%20States');
  assert.equal(r.status, 'ambiguous');
  assert.ok(r.candidates.length > 1);
  r = await get('/api/v1/cities/resolve?name=Paris&country=Atlantis');
  assert.equal(r.status, 'unknown_country');
  const bad = await s.req('GET', '/api/v1/cities/resolve?name=Paris&country=FR&lat=48.8');
  assert.equal(bad.status, 400);
  assert.equal(bad.json.error.field, 'lng');

  // search: folded, by prefix, the largest first
  let q = await get('/api/v1/cities?q=koln&limit=3');
  assert.equal(q.items[0].name, 'Köln');
  q = await get('/api/v1/cities?q=reggio&limit=5');
  assert.ok(q.items.some((c) => c.name === "Reggio nell'Emilia"));
  assert.ok(q.items[0].population >= q.items[1].population, 'by population');
  q = await get(`/api/v1/cities?q=${encodeURIComponent('reggio em')}`);
  assert.equal(q.items[0].name, "Reggio nell'Emilia");
  q = await get(`/api/v1/cities?q=${encodeURIComponent('اصفهان')}`);
  assert.equal(q.items[0].name, 'Isfahan');

  // nearby: nearest first, from the R*Tree
  const near = await get('/api/v1/cities/nearby?lat=50.9333&lng=6.95&radius_km=10&limit=5');
  assert.equal(near.items[0].name, 'Köln');
  for (let i = 1; i < near.items.length; i++) assert.ok(near.items[i].distance_km >= near.items[i - 1].distance_km);
  assert.ok(near.items.every((c) => c.distance_km <= 10));
});

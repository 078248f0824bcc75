// The importers through the real binary on the real gazetteer: a second
// import of a file adds nothing (checked on the whole real files: the
// defect showed only there), and what the report says of rows that are
// damaged or dangerous. Files made here say so; names starting with Zq are
// made up, and the rows about real cities are the real files' own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './harness.mjs';

const DATA = new URL('../../data/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'amity-import-'));
const gazetteer = join(dir, 'gazetteer.db');
const twinRows = readFileSync(join(DATA, 'twin_towns.csv'), 'utf8').split(/\r?\n/);
const TWIN_HEADER = twinRows[0];
// real rows, as the file writes them
const row = (prefix) => {
  const r = twinRows.find((l) => l.startsWith(prefix));
  assert.ok(r, prefix);
  return r.split(',');
};

before(() => {
  assert.equal(cli(gazetteer, ['init']).status, 0);
  const g = cli(gazetteer, ['import', 'gazetteer']);
  assert.equal(g.status, 0, g.stderr);
});

after(() => rmSync(dir, { recursive: true, force: true }));

// A database with the gazetteer and nothing else.
function fresh(name) {
  const db = join(dir, name);
  copyFileSync(gazetteer, db);
  return db;
}

const total = (db, kind) => {
  const r = cli(db, [kind, 'list', '--limit', '1', '--json']);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout).total;
};

// RFC 4180, as a spreadsheet reads the report.
function parseCsv(text) {
  const rows = [];
  let rec = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { rec.push(cell); cell = ''; }
    else if (ch === '\n') { rec.push(cell); rows.push(rec); rec = []; cell = ''; }
    else cell += ch;
  }
  if (cell || rec.length) { rec.push(cell); rows.push(rec); }
  return rows;
}

function imp(db, kind, file, tag) {
  const report = join(dir, `${tag}.report.csv`);
  const r = cli(db, ['import', kind, file, '--report', report]);
  const rows = parseCsv(readFileSync(report, 'utf8'));
  assert.deepEqual(rows[0], ['line', 'side', 'name', 'country', 'outcome', 'reason', 'candidates']);
  return { ...r, report, rows: rows.slice(1) };
}

function write(name, text) {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

// The second run's report is the first one's, less the places the first
// added (they are ordinary cities by the second).
function sameReport(first, second) {
  const key = (r) => r.join('\u0001');
  const had = new Set(first.rows.map(key));
  const now = new Set(second.rows.map(key));
  assert.deepEqual(second.rows.filter((r) => !had.has(key(r))).slice(0, 5), [],
    'lines the second report has and the first has not');
  assert.deepEqual(first.rows.filter((r) => !now.has(key(r)) && r[4] !== 'added').slice(0, 5), [],
    'lines the first report has and the second has not (other than places added)');
}

test('the whole twin_towns.csv twice: the second run adds no partnership and no city', () => {
  const db = fresh('twin.db');
  const file = join(DATA, 'twin_towns.csv');
  const first = imp(db, 'partnerships', file, 'twin-1');
  assert.equal(first.status, 0, first.stderr);
  const partnerships = total(db, 'partnership'), cities = total(db, 'city');
  assert.ok(partnerships > 20000, first.stdout);

  const second = imp(db, 'partnerships', file, 'twin-2');
  assert.equal(second.status, 0, second.stderr);
  assert.equal(total(db, 'partnership') - partnerships, 0, `partnerships added by the second run: ${second.stdout}`);
  assert.equal(total(db, 'city') - cities, 0, `cities added by the second run: ${second.stdout}`);
  assert.match(second.stdout, /: 0 added, /);
  assert.match(second.stdout, / 0 added from the file /);
  sameReport(first, second);
});

test('a place found by its point: the partnership says where it comes from, in words; a second run adds nothing', () => {
  const db = fresh('point.db');
  // a real row: the file's "Saronikos" is not in the gazetteer by name; a place
  // of a like name lies near the file's point
  const file = write('point.csv', `${TWIN_HEADER}\n${row('Kavajë,Albania,41.1834,19.5599,Saronikos,').join(',')}\n`);
  const first = imp(db, 'partnerships', file, 'point-1');
  assert.equal(first.status, 0, first.stderr);
  const list = (n) => JSON.parse(cli(db, ['partnership', 'list', '--limit', String(n), '--json']).stdout);
  const p = list(5).items.find((x) => /Saronikos/.test(x.note || ''));
  assert.ok(p, JSON.stringify(list(5).items.map((x) => x.note)));
  // provenance people read: the city it was matched to, how far from the
  // source's point, and the name the source gives
  assert.match(p.note, /^Matched to \S[^,]*, \d+ km from the point the source gives \(the source names it 'Saronikos'\)\.$/);
  assert.doesNotMatch(p.note, /gazetteer|coordinates|like name|%/);
  // the report keeps the resolver's reason (for who runs the import)
  const line = first.rows.find((r) => r[2] === 'Saronikos');
  assert.match(line[5], /^matched to .+, \d+ km from the given point \(a like name: \d+%\)$/);

  const second = imp(db, 'partnerships', file, 'point-2');
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stdout, /: 0 added, 1 already there/);
  assert.equal(list(5).total, 1);
  sameReport(first, second);
});

const ETMUN_NETWORKS = join(DATA, 'networks_etmun.csv');
const ETMUN_MEMBERS = join(DATA, 'network_memberships_etmun.csv');

test('the ETMUN networks twice: the second run adds and completes nothing', () => {
  const db = fresh('networks.db');
  const n1 = imp(db, 'networks', ETMUN_NETWORKS, 'networks-1');
  assert.equal(n1.status, 0, n1.stderr);
  const networks = total(db, 'network');
  const n2 = imp(db, 'networks', ETMUN_NETWORKS, 'networks-2');
  assert.equal(n2.status, 0, n2.stderr);
  assert.match(n2.stdout, /: 0 added, 58 already there/);
  assert.doesNotMatch(n2.stdout, /networks added or completed: [1-9]/, 'nothing left to complete');
  assert.equal(total(db, 'network'), networks);
  sameReport(n1, n2);
});

test('the whole ETMUN memberships twice: the second run adds no membership, city or organisation', () => {
  const db = fresh('members.db');
  const counts = () => Object.fromEntries(['city', 'organisation', 'network', 'membership'].map((k) => [k, total(db, k)]));
  assert.equal(imp(db, 'networks', ETMUN_NETWORKS, 'members-networks').status, 0);
  const m1 = imp(db, 'memberships', ETMUN_MEMBERS, 'members-1');
  assert.equal(m1.status, 0, m1.stderr);
  const first = counts();
  assert.ok(first.membership > 16000, m1.stdout);
  const m2 = imp(db, 'memberships', ETMUN_MEMBERS, 'members-2');
  assert.equal(m2.status, 0, m2.stderr);
  assert.deepEqual(counts(), first, `the second run: ${m2.stdout}`);
  assert.match(m2.stdout, /: 0 added, /);
  sameReport(m1, m2);
});

test('a place written before the row that adds it is that place, the first time as the second (made here)', () => {
  const db = fresh('order.db');
  // made here: Zqbeta has no point on line 2, and is added from line 3
  const twin = write('order-twin.csv', 'city1,country1,lat1,lng1,city2,country2,lat2,lng2\n' +
    'Zqalpha,Italy,44.1,11.2,Zqbeta,Italy,,\n' +
    'Zqgamma,Italy,43.8,11.6,Zqbeta,Italy,44.5,11.0\n');
  const t1 = imp(db, 'partnerships', twin, 'order-twin-1');
  assert.equal(t1.status, 0, t1.stderr);
  assert.match(t1.stdout, /: 2 added, 0 already there, 0 not imported/, t1.report);
  const t2 = imp(db, 'partnerships', twin, 'order-twin-2');
  assert.match(t2.stdout, /: 0 added, 2 already there, 0 not imported/);
  sameReport(t1, t2);

  // made here: a made-up city, first without its point, then with it
  const diaspora = write('order-diaspora.csv', 'city,country,lat,lng,origin_country,year,source\n' +
    'Zqdelta,Italy,,,Morocco,2020,made up for a test\n' +
    'Zqdelta,Italy,44.15,10.7,Senegal,2020,made up for a test\n');
  const d1 = imp(db, 'diaspora', diaspora, 'order-diaspora-1');
  assert.equal(d1.status, 0, d1.stderr);
  assert.match(d1.stdout, /: 2 added, 0 already there, 0 not imported/);
  const d2 = imp(db, 'diaspora', diaspora, 'order-diaspora-2');
  assert.match(d2.stdout, /: 0 added, 2 already there, 0 not imported/);
  sameReport(d1, d2);
});

test('the report: no cell a spreadsheet would run', () => {
  const db = fresh('cells.db');
  const berat = row('Berat,Albania,');
  // made here: formulas where names and countries go, and a latitude of -999
  const file = write('cells.csv', [TWIN_HEADER,
    `${berat.slice(0, 4).join(',')},=cmd|'/c calc'!A1,Italy,,`,
    '+Zqone,@SUM(1),,,-Zqtwo,Italy,,',
    `"\r=1+2",Albania,,,Fermo,Italy,,`,
    `Berat,Albania,-999,${berat[3]},Fermo,Italy,,`].join('\n') + '\n');
  const r = imp(db, 'partnerships', file, 'cells');
  assert.equal(r.status, 0, r.stderr);
  const cells = r.rows.flat();
  for (const c of cells) assert.doesNotMatch(c, /^[=+\-@\t\r]/, `a cell a spreadsheet would run: ${JSON.stringify(c)}`);
  for (const c of ["=cmd|'/c calc'!A1", '+Zqone', '@SUM(1)', '-Zqtwo', '\r=1+2', '-999'])
    assert.ok(cells.includes(`'${c}`), `${JSON.stringify(c)} is in the report, as text`);
});

test('a NUL byte in a field: the row is not imported, and the report says where', () => {
  const db = fresh('nul.db');
  const [c1, k1, la1, ln1, , k2, la2, ln2] = row('Berat,Albania,40.7022,19.9583,Fermo,');
  // made here: a real row with a NUL byte after the name of its second city
  const file = write('nul.csv', `${TWIN_HEADER}\n${twinRows[1]}\n${[c1, k1, la1, ln1, 'Fermo\0=1+2', k2, la2, ln2].join(',')}\n`);
  const r = imp(db, 'partnerships', file, 'nul');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /: 1 added, 0 already there, 1 not imported/);
  const line = r.rows.find((x) => x[0] === '3');
  assert.ok(line, `a report line for line 3: ${JSON.stringify(r.rows)}`);
  assert.equal(line[4], 'skipped');
  assert.match(line[5], /column 'city2' \(column 5\) holds a NUL \(zero\) byte.*the row is not imported/);
  const list = JSON.parse(cli(db, ['partnership', 'list', '--q', 'Fermo', '--json']).stdout);
  assert.equal(list.total, 0, 'Berat-Fermo was not imported from the damaged row');
});

test('coordinates that cannot be: the point is ignored, the row imported by its names, each reported', () => {
  const db = fresh('points.db');
  const a = row('Berat,Albania,40.7022,19.9583,Fermo,');
  const b = row('Berat,Albania,40.7022,19.9583,Lovech,');
  const c = row('Berat,Albania,40.7022,19.9583,Bağcılar,');
  // made here: real rows, their coordinates spoilt
  const file = write('points.csv', [TWIN_HEADER,
    [a[0], a[1], 'abc', a[3], a[4], a[5], '999', a[7]].join(','),
    [b[0], b[1], 'NaN', '1e999', b[4], b[5], b[6], '-181'].join(','),
    [c[0], c[1], c[2], '', c[4], c[5], c[6], c[7]].join(',')].join('\n') + '\n');
  const r = imp(db, 'partnerships', file, 'points');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /: 3 added, 0 already there, 0 not imported/);
  const said = r.rows.filter((x) => x[4] === 'value_ignored').map((x) => [x[0], x[1], x[5], x[6]]);
  const expect = [
    ['2', '1', /^column 'lat1': 'abc' is not a number; the point is ignored/, 'abc'],
    ['2', '2', /^column 'lat2': '999' is out of range \(a latitude lies between -90 and 90\)/, '999'],
    ['3', '1', /^column 'lat1': 'NaN' is not a finite number/, 'NaN'],
    ['3', '1', /^column 'lng1': '1e999' is not a finite number/, '1e999'],
    ['3', '2', /^column 'lng2': '-181' is out of range \(a longitude lies between -180 and 180\)/, "'-181"],
    ['4', '1', /^column 'lat1' is given but 'lng1' is empty; the point is ignored/, c[2]],
  ];
  assert.equal(said.length, expect.length, JSON.stringify(said));
  expect.forEach(([line, side, reason, value], i) => {
    assert.equal(said[i][0], line);
    assert.equal(said[i][1], side);
    assert.match(said[i][2], reason);
    assert.equal(said[i][3], value);
  });
});

test('an error names the file and the line, on stderr and in the report', () => {
  const db = fresh('errors.db');
  // made here: Latin-1 bytes where UTF-8 is expected, on line 3
  const file = write('latin1.csv', Buffer.concat([
    Buffer.from(`${TWIN_HEADER}\n${twinRows[1]}\n`),
    Buffer.from('K\xf6ln,Germany,,,Torino,Italy,,\n', 'latin1')]));
  const r = imp(db, 'partnerships', file, 'latin1');
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `amity: ${file}: line 3: not UTF-8 text\n`);
  const last = r.rows.at(-1);
  assert.deepEqual(last.slice(0, 5), ['3', 'file', file, '', 'error']);
  assert.match(last[5], /: line 3: not UTF-8 text; the import stopped here and nothing from this file was written/);
  assert.equal(total(db, 'partnership'), 0, 'nothing was written');

  const short = write('short.csv', `${TWIN_HEADER}\n${twinRows[1]}\nBerat,Albania\n`);
  const s = imp(db, 'partnerships', short, 'short');
  assert.equal(s.status, 1);
  assert.equal(s.stderr, `amity: ${short}: line 3: 2 fields where the header has 8\n`);
});

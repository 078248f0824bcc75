// Exports on the real demo database (issue 10, point 1: `amity export
// --format csv --resource cities` died with SIGSEGV on it): every resource in
// every format, built as `make demo-db` builds it (the gazetteer, the demo
// records, the real twin towns, networks and memberships), and what an export
// holds: the public's view (issue 10, point 5), checked here on the demo's
// own records; tests/api/canary.test.mjs plants markers in every private
// field and reads every output.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BIN } from './harness.mjs';

const DATA = new URL('../../data/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'amity-export-'));
const db = join(dir, 'demo.db');
let resources;

// The CLI, with room for a whole export on stdout.
function run(args) {
  const r = spawnSync(BIN, ['--db', db, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  assert.equal(r.status, 0, `amity ${args.join(' ')}: exit ${r.status} (signal ${r.signal}) ${(r.stderr || '').slice(-500)}`);
  return r;
}

// Rows of a CSV text (RFC 4180: quoted fields may hold commas, quotes and
// line breaks).
function csvRows(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

before(() => {
  run(['init']);
  run(['import', 'gazetteer']);
  run(['init', '--demo']);
  run(['import', 'partnerships', join(DATA, 'twin_towns.csv'), '--report', join(dir, 'tt.csv')]);
  run(['import', 'networks', join(DATA, 'networks_etmun.csv'), '--report', join(dir, 'n.csv')]);
  run(['import', 'memberships', join(DATA, 'network_memberships_etmun.csv'), '--report', join(dir, 'm.csv')]);
  resources = JSON.parse(run(['export', '--format', 'json']).stdout);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('the whole registry as JSON: every resource, the real data in it', () => {
  const names = ['cities', 'countries', 'networks', 'memberships', 'partnerships', 'activities', 'organisations',
    'topics', 'practices', 'diaspora'];
  for (const n of names) assert.ok(Array.isArray(resources[n]), `${n} in the export`);
  assert.ok(resources.cities.length > 138000, `cities: ${resources.cities.length}`);
  assert.ok(resources.partnerships.length > 21000, `partnerships: ${resources.partnerships.length}`);
  assert.ok(resources.memberships.length > 16000, `memberships: ${resources.memberships.length}`);
  assert.equal(typeof resources.schema_version, 'number');
  for (const n of names) for (const r of resources[n].slice(0, 50)) assert.equal(r.can, undefined, `${n}: no 'can' in an export`);
});

test('every resource as CSV (--resource and --out) and as JSON (--resource), with as many rows as the JSON', () => {
  const out = join(dir, 'csv');
  run(['export', '--format', 'csv', '--out', out]);
  const files = readdirSync(out).sort();
  const names = Object.keys(resources).filter((k) => Array.isArray(resources[k])).sort();
  assert.deepEqual(files, names.map((n) => `${n}.csv`));
  for (const n of names) {
    const rows = csvRows(readFileSync(join(out, `${n}.csv`), 'utf8'));
    assert.ok(rows[0].length > 1, `${n}: a header`);
    assert.equal(rows.length - 1, resources[n].length, `${n}: one row per record`);
    for (const r of rows) assert.equal(r.length, rows[0].length, `${n}: every row has the header's columns`);
  }
  // one resource at a time: the reported crash first
  const cities = csvRows(run(['export', '--format', 'csv', '--resource', 'cities']).stdout);
  assert.equal(cities.length - 1, resources.cities.length);
  for (const n of names.filter((x) => !['cities', 'partnerships', 'memberships'].includes(x))) {
    assert.equal(csvRows(run(['export', '--format', 'csv', '--resource', n]).stdout).length - 1, resources[n].length, `${n} csv`);
    const one = JSON.parse(run(['export', '--format', 'json', '--resource', n]).stdout);
    assert.deepEqual(Object.keys(one).filter((k) => Array.isArray(one[k])), [n], `${n} json: that resource only`);
    assert.equal(one[n].length, resources[n].length);
  }
});

test('an export is what the public sees: published practices, whole, without private fields', () => {
  const p = resources.practices;
  assert.ok(p.length >= 1, 'the demo practice');
  for (const x of p) {
    assert.equal(x.status, 'published');
    for (const k of ['contact_name', 'contact_email', 'review_comment', 'author']) assert.equal(x[k], undefined, `${k} is private`);
    assert.ok('purpose' in x || 'summary' in x, 'the whole record, not a search result');
  }
  const header = csvRows(run(['export', '--format', 'csv', '--resource', 'practices']).stdout)[0];
  for (const k of ['contact_name', 'contact_email', 'review_comment', 'author', 'can']) assert.ok(!header.includes(k), `no ${k} column`);
});

// Lists in other formats (issue 11, point 8): every page route of the API
// document (found from the document: a 200 reply of items with a next
// cursor), and every route documenting `format`, answers CSV with format=csv
// (the header row of its record kind, one row per item of the same page:
// same filters, limit and cursor, the next page in a Link header, the total
// in X-Total-Count); Accept negotiation, format winning over it; GeoJSON
// (RFC 7946) for cities, partnerships and network members; no private field
// in any of them even for an admin; formulas escaped as the CLI export does;
// bad input stays a JSON error.
//
// SYNTHETIC TEST DATA: every city, network, person and record is invented.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { adminServer, create, expectStatus, expectError, settled, API } from './helpers.mjs';

const MARK = `zqformats${process.pid}`;
const FORMULA = '=HYPERLINK("http://example.invalid","x")';
let s, admin, doc;
const ids = {}; // collection path -> an id to put in {id}
const at = {}; // the planted cities' coordinates

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

// a $ref, alone or wrapped in allOf (with readOnly, nullable beside it)
const deref = (x) => {
  const ref = x?.$ref ?? x?.allOf?.[0]?.$ref;
  return ref ? doc.components.schemas[ref.split('/').pop()] : x;
};
const replySchema = (op) => deref(op.responses?.['200']?.content?.['application/json']?.schema);
const isPage = (op) => {
  const r = replySchema(op);
  return r?.properties?.items?.type === 'array' && 'next' in (r.properties ?? {});
};
const formatParam = (op) => (op.parameters ?? []).find((p) => p.name === 'format' && p.in === 'query');
// The record kind of a list's items: the items' schema, or the route's x-kind.
function itemSchema(op) {
  const items = deref(replySchema(op)?.properties?.items?.items);
  if (items?.properties) return items;
  return doc.components.schemas[op['x-kind']];
}

// The routes under test, with a concrete path and their required query.
function listRoutes() {
  const out = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    const op = item.get;
    if (!op || !(isPage(op) || formatParam(op))) continue;
    const param = path.match(/\{(\w+)\}/)?.[1];
    let url = path;
    if (param) {
      const coll = path.slice(0, path.indexOf(`/{${param}}`));
      assert.ok(ids[coll], `${path}: no id planted for ${coll}`);
      url = path.replace(`{${param}}`, ids[coll]);
    }
    const query = new URLSearchParams();
    for (const p of (op.parameters ?? []).filter((x) => x.in === 'query' && x.required)) {
      query.set(p.name, { lat: String(at.a.lat), lng: String(at.a.lng) }[p.name] ?? '1');
    }
    if ((op.parameters ?? []).some((p) => p.name === 'limit')) query.set('limit', '2');
    out.push({ path, op, url, query });
  }
  return out;
}

const get = (url, { token = admin, headers } = {}) => s.req('GET', url, { token, headers });
const withQ = (url, query, extra = {}) => {
  const q = new URLSearchParams(query);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  const t = q.toString();
  return t ? `${url}?${t}` : url;
};

before(async () => {
  ({ s, admin } = await adminServer());
  doc = (await s.req('GET', `${API}/openapi.json`)).json;
  at.a = { lat: 44.6989, lng: 10.6297 };
  at.b = { lat: -33.8688, lng: 151.2093 };
  const A = await create(s, admin, 'cities', { name: 'Formatville', country: 'IT', ...at.a });
  const B = await create(s, admin, 'cities', { name: 'Formaton South', country: 'AU', ...at.b });
  const C = await create(s, admin, 'cities', { name: 'Nowhere Formats', country: 'FR' });
  for (let i = 0; i < 4; i++) await create(s, admin, 'cities', { name: `Formatville ${i}`, country: 'IT', lat: 44 + i / 10, lng: 10 });
  const N = await create(s, admin, 'networks', { name: 'Format Network' });
  const org = await create(s, admin, 'organisations', { name: `@SUM(1,2) ${MARK}org` });
  const mem = await create(s, admin, 'memberships', { network_id: N.id, city_id: A.id });
  await create(s, admin, 'memberships', { network_id: N.id, city_id: C.id });
  await create(s, admin, 'memberships', { network_id: N.id, organisation_id: org.id });
  const line = await create(s, admin, 'partnerships', {
    party_a: { city_id: A.id }, party_b: { city_id: B.id }, kind: 'twinning', note: FORMULA,
  });
  const half = await create(s, admin, 'partnerships', { party_a: { city_id: A.id }, party_b: { country: 'ES' }, kind: 'friendship' });
  await create(s, admin, 'partnerships', { party_a: { city_id: C.id }, party_b: { city_id: B.id }, kind: 'twinning', note: '+1 -2' });
  const act = await create(s, admin, 'activities', { kind: 'workshop', title: '-10 a workshop' });
  await create(s, admin, 'diaspora', { city_id: A.id, origin_country: 'MA', size: 120, year: 2020 });
  // a published practice whose contact (private) is the marker
  const P = await create(s, admin, 'practices', {
    title: `Format practice ${MARK}`, summary: 'Synthetic.', city_id: A.id, network_id: N.id,
    contact_name: `${MARK}contact`, contact_email: `${MARK}mail@example.invalid`,
  });
  expectStatus(await s.req('POST', `${API}/practices/${P.id}/submit`, { token: admin }), 200, 'submit');
  expectStatus(await s.req('POST', `${API}/practices/${P.id}/publish`, { token: admin }), 200, 'publish');
  await create(s, admin, 'practices', { title: 'Unrelated draft', country: 'IT', contact_name: `${MARK}draft` });
  const resp = await create(s, admin, 'index/responses', { city_id: A.id, round: 2024 });
  expectStatus(await s.req('POST', `${API}/index/responses/${resp.id}/submit`, { token: admin }), 200, 'submit response');
  Object.assign(ids, { [`${API}/networks`]: N.id, [`${API}/practices`]: P.id, [`${API}/cities`]: A.id,
    [`${API}/index/responses`]: resp.id, [`${API}/memberships`]: mem.id, [`${API}/partnerships`]: line.id,
    [`${API}/activities`]: act.id, [`${API}/organisations`]: org.id });
  // a need of A and an offer of B (SYNTHETIC): their matches are lists too
  const need = await create(s, admin, 'needs', { city_id: A.id, category: 'hosting', title: 'Format need', quantity: 10, unit: 'people', urgency: 'high' });
  const offer = await create(s, admin, 'offers', { city_id: B.id, category: 'hosting', title: 'Format offer', quantity: 5, unit: 'people' });
  Object.assign(ids, { [`${API}/needs`]: need.id, [`${API}/offers`]: offer.id });
  // every kind with a history and a page of its own, whatever it is: the first record of its list
  for (const [path] of Object.entries(doc.paths).filter(([p]) => /\/\{id\}\/history$/.test(p))) {
    const coll = path.slice(0, path.indexOf('/{id}'));
    if (!ids[coll]) {
      const first = (await s.req('GET', `${coll}?limit=1`, { token: admin })).json?.items?.[0];
      if (first) ids[coll] = first.id;
    }
  }
  Object.assign(at, { A, B, C, N, line, half, P });
  // the suggestions are a page too: their model current before JSON and CSV are compared
  await settled(s);
});
after(async () => { await s?.stop(); });

test('every page route of the API document documents format=csv', () => {
  const pages = Object.entries(doc.paths).filter(([, item]) => item.get && isPage(item.get));
  assert.ok(pages.length >= 12, `page routes found: ${pages.map(([p]) => p)}`);
  for (const [path, item] of pages) {
    const p = formatParam(item.get);
    assert.ok(p, `${path}: no format parameter`);
    assert.deepEqual(p.schema.enum.slice(0, 2), ['json', 'csv'], path);
    assert.ok(item.get.responses['200'].content['text/csv'], `${path}: text/csv not documented`);
  }
  const geo = Object.entries(doc.paths).filter(([, item]) => formatParam(item.get ?? {})?.schema.enum.includes('geojson')).map(([p]) => p);
  for (const p of ['/api/v1/partnerships', '/api/v1/networks/{id}/members', '/api/v1/memberships', '/api/v1/cities']) {
    assert.ok(geo.includes(p), `${p} documents geojson`);
  }
});

test('format=csv answers the same page as JSON: header, rows, ids, total, next', async () => {
  const routes = listRoutes();
  let checked = 0;
  for (const { path, op, url, query } of routes) {
    const json = expectStatus(await get(withQ(url, query)), 200, `${path} json`).json;
    const r = expectStatus(await get(withQ(url, query, { format: 'csv' })), 200, `${path} csv`);
    assert.equal(r.headers.get('content-type'), 'text/csv; charset=utf-8', path);
    assert.match(r.headers.get('content-disposition'), /^attachment; filename="[\w-]+\.csv"$/, path);
    const rows = csvRows(r.text);
    const header = rows[0];
    const schema = itemSchema(op);
    assert.ok(schema, `${path}: the record kind of its items`);
    const want = Object.entries(schema.properties).filter(([k, p]) => !p['x-private'] && k !== 'can').map(([k]) => k);
    assert.deepEqual(header, want, `${path}: header row`);
    assert.equal(rows.length - 1, json.items.length, `${path}: as many rows as the JSON page`);
    for (const row of rows) assert.equal(row.length, header.length, `${path}: every row has every column`);
    const idCol = header.indexOf('id');
    if (idCol >= 0 && json.items.every((i) => i.id !== undefined)) {
      assert.deepEqual(rows.slice(1).map((x) => x[idCol]), json.items.map((i) => String(i.id)), `${path}: the same records, in order`);
    }
    if (typeof json.total === 'number') assert.equal(r.headers.get('x-total-count'), String(json.total), `${path}: X-Total-Count`);
    const link = r.headers.get('link');
    if (json.next) {
      const m = link?.match(/^<([^>]+)>; rel="next"$/);
      assert.ok(m, `${path}: Link header ${link}`);
      const next = new URL(m[1], s.base);
      assert.equal(next.searchParams.get('cursor'), json.next, `${path}: the next cursor`);
      assert.equal(next.searchParams.get('format'), 'csv', `${path}: the link keeps the format`);
      // the next page, in CSV and JSON alike
      const page2 = expectStatus(await get(m[1]), 200, `${path} page 2`);
      const json2 = expectStatus(await get(withQ(url, query, { cursor: json.next })), 200, `${path} json page 2`).json;
      const rows2 = csvRows(page2.text);
      assert.deepEqual(rows2[0], header, `${path}: page 2 header`);
      assert.equal(rows2.length - 1, json2.items.length, `${path}: page 2 rows`);
      if (idCol >= 0) assert.deepEqual(rows2.slice(1).map((x) => x[idCol]), json2.items.map((i) => String(i.id)), `${path}: page 2`);
    } else {
      assert.equal(link, null, `${path}: no next page, no Link`);
    }
    checked++;
  }
  assert.ok(checked >= 14, `routes checked: ${checked}`);
});

test('the same filters: a filtered list in CSV is the filtered JSON list', async () => {
  for (const q of ['kind=twinning', `city=${at.C.id}`, 'country=AU', 'q=Formaton']) {
    const json = expectStatus(await get(`${API}/partnerships?${q}`), 200).json;
    const rows = csvRows(expectStatus(await get(`${API}/partnerships?${q}&format=csv`), 200).text);
    assert.deepEqual(rows.slice(1).map((x) => x[0]), json.items.map((i) => String(i.id)), q);
  }
  const json = expectStatus(await get(`${API}/networks/${at.N.id}/members?current=true&q=Formatville`), 200).json;
  const rows = csvRows(expectStatus(await get(`${API}/networks/${at.N.id}/members?current=true&q=Formatville&format=csv`), 200).text);
  assert.equal(json.items.length, 1);
  assert.equal(rows.length, 2);
  const h = rows[0];
  // nested records by name, as the export writes them
  assert.equal(rows[1][h.indexOf('member')], 'Formatville');
  assert.equal(rows[1][h.indexOf('network')], 'Format Network');
});

test('Accept: the format it prefers; format= wins; JSON by default', async () => {
  const url = `${API}/partnerships?limit=2`;
  const type = async (headers, u = url) => expectStatus(await get(u, { headers }), 200, JSON.stringify(headers)).headers.get('content-type');
  assert.match(await type({}), /^application\/json/);
  assert.match(await type({ accept: '*/*' }), /^application\/json/);
  assert.match(await type({ accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' }), /^application\/json/);
  assert.match(await type({ accept: 'text/csv' }), /^text\/csv/);
  assert.match(await type({ accept: 'text/*' }), /^text\/csv/);
  assert.match(await type({ accept: 'TEXT/CSV; charset=utf-8' }), /^text\/csv/);
  assert.match(await type({ accept: 'text/csv, */*' }), /^text\/csv/);
  assert.match(await type({ accept: 'text/csv;q=0.5, application/json' }), /^application\/json/);
  assert.match(await type({ accept: 'application/json;q=0.2, text/csv' }), /^text\/csv/);
  assert.match(await type({ accept: 'application/geo+json' }), /^application\/geo\+json/);
  assert.match(await type({ accept: 'application/json;q=0, */*' }), /^text\/csv/);
  // format= wins over Accept
  assert.match(await type({ accept: 'text/csv' }, `${url}&format=json`), /^application\/json/);
  assert.match(await type({ accept: 'application/json' }, `${url}&format=csv`), /^text\/csv/);
  assert.match(await type({ accept: 'text/html' }, `${url}&format=geojson`), /^application\/geo\+json/);
  // a link followed with Accept alone has no format in it
  const r = expectStatus(await get(url, { headers: { accept: 'text/csv' } }), 200);
  assert.ok(!r.headers.get('link').includes('format='), r.headers.get('link'));
  // routes that answer JSON only keep doing so, whatever the Accept
  const one = expectStatus(await get(`${API}/cities/${at.A.id}`, { headers: { accept: 'text/csv' } }), 200);
  assert.match(one.headers.get('content-type'), /^application\/json/);
});

test('406 for an Accept that allows none of the formats, as a JSON error naming them', async () => {
  const cases = [
    [`${API}/partnerships`, 'text/html', ['application/json', 'text/csv', 'application/geo+json']],
    [`${API}/partnerships`, 'application/json;q=0, text/csv;q=0, application/geo+json;q=0', ['text/csv']],
    [`${API}/topics`, 'application/geo+json', ['application/json', 'text/csv']],
    [`${API}/practices`, 'image/png', ['text/csv']],
  ];
  for (const [url, accept, named] of cases) {
    const r = await get(url, { headers: { accept } });
    expectError(r, 406, { code: 'not_acceptable', what: `${url} Accept: ${accept}` });
    assert.match(r.headers.get('content-type'), /^application\/json/);
    for (const t of named) assert.ok(r.json.error.message.includes(t), `${url}: ${r.json.error.message} names ${t}`);
  }
  const topics = await get(`${API}/topics`, { headers: { accept: 'application/geo+json' } });
  assert.ok(!topics.json.error.message.includes('geo+json'), topics.json.error.message);
});

test('400: an unknown format, geojson where the list has none, format twice or on a route without formats', async () => {
  let e = expectError(await get(`${API}/partnerships?format=xml`), 400, { field: 'format' });
  assert.match(e.message, /json, csv, geojson/);
  e = expectError(await get(`${API}/topics?format=geojson`), 400, { field: 'format' });
  assert.match(e.message, /json, csv\b/);
  assert.ok(!e.message.includes('geojson ('), e.message);
  expectError(await get(`${API}/partnerships?format=csv&format=json`), 400, { field: 'format' });
  expectError(await get(`${API}/cities/${at.A.id}?format=csv`), 400, { field: 'format' });
  expectError(await get(`${API}/practices/template?format=csv`), 400, { field: 'format' });
});

test('bad input stays a JSON error when CSV or GeoJSON is asked', async () => {
  const cases = [
    [`${API}/partnerships?format=csv&kind=nope`, 400],
    [`${API}/partnerships?format=csv&limit=0`, 400],
    [`${API}/partnerships?format=csv&cursor=!!!`, 400],
    [`${API}/partnerships?format=csv&nope=1`, 400],
    [`${API}/networks/999999/members?format=csv`, 404],
    [`${API}/networks/999999/members?format=geojson`, 404],
    [`${API}/cities/nearby?format=csv`, 400],
  ];
  for (const [url, status] of cases) {
    for (const headers of [{}, { accept: 'text/csv' }]) {
      const r = await get(url, { headers });
      expectError(r, status, { what: url });
      assert.match(r.headers.get('content-type'), /^application\/json/, url);
    }
  }
  // the accounts: an admin's list; the public gets its 401 as JSON
  const r = await get(`${API}/users?format=csv`, { token: null });
  expectError(r, 401);
  const users = csvRows(expectStatus(await get(`${API}/users?format=csv`), 200).text);
  assert.ok(!users[0].includes('password'), users[0].join());
});

test('no private field in CSV or GeoJSON, even for the practice\'s own admin', async () => {
  // the marker is there to be found: the admin sees the contact in JSON
  const mine = expectStatus(await get(`${API}/practices/${at.P.id}`), 200).json;
  assert.equal(mine.contact_name, `${MARK}contact`);
  const urls = [];
  for (const { url, query, op } of listRoutes()) {
    urls.push(withQ(url, query, { format: 'csv' }));
    if (formatParam(op).schema.enum.includes('geojson')) urls.push(withQ(url, query, { format: 'geojson' }));
  }
  urls.push(`${API}/practices?format=csv&q=${MARK}`, `${API}/practices?format=csv&status=draft`,
    `${API}/practices?format=csv&status=submitted`, `${API}/practices/${at.P.id}/versions?format=csv`);
  let withMark = 0;
  for (const url of urls) {
    for (const token of [admin, undefined]) {
      const r = await get(url, { token });
      if (r.status !== 200) continue;
      for (const secret of ['contact', 'mail@', 'draft']) {
        assert.ok(!r.text.includes(`${MARK}${secret}`), `${url}: ${MARK}${secret} in ${r.text.slice(0, 300)}`);
      }
      assert.ok(!/(^|,)can(,|\r\n)/.test(r.text.split('\r\n')[0]) && !r.text.includes('"can":'), `${url}: can`);
      if (r.text.includes(`Format practice ${MARK}`)) withMark++;
    }
  }
  assert.ok(withMark >= 2, 'the practice itself is in the lists scanned');
});

test('formulas are escaped as the CLI export escapes them', async () => {
  const r = expectStatus(await get(`${API}/partnerships?format=csv&kind=twinning&limit=500`), 200);
  const rows = csvRows(r.text);
  const note = rows[0].indexOf('note');
  const cells = rows.slice(1).map((x) => x[note]);
  assert.ok(cells.includes(`'${FORMULA}`), cells.join(' | '));
  assert.ok(cells.includes("'+1 -2"), cells.join(' | '));
  assert.ok(!cells.includes(FORMULA));
  const acts = csvRows(expectStatus(await get(`${API}/activities?format=csv`), 200).text);
  assert.ok(acts.slice(1).some((x) => x[acts[0].indexOf('title')] === "'-10 a workshop"));
  const members = csvRows(expectStatus(await get(`${API}/networks/${at.N.id}/members?format=csv`), 200).text);
  assert.ok(members.slice(1).some((x) => x[members[0].indexOf('member')] === `'@SUM(1,2) ${MARK}org`));
});

function checkCollection(fc, what) {
  assert.equal(fc.type, 'FeatureCollection', what);
  assert.ok(Array.isArray(fc.features), what);
  for (const f of fc.features) {
    assert.equal(f.type, 'Feature', what);
    assert.equal(typeof f.properties, 'object', what);
    assert.ok(!('can' in f.properties), `${what}: can`);
    const g = f.geometry;
    if (g === null) continue;
    const positions = g.type === 'Point' ? [g.coordinates] : g.type === 'LineString' ? g.coordinates : null;
    assert.ok(positions, `${what}: geometry ${g.type}`);
    for (const p of positions) {
      assert.equal(p.length, 2, what);
      const [lng, lat] = p;
      assert.ok(lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90, `${what}: [${p}] in range`);
    }
  }
}

test('GeoJSON: partnerships as lines between their parties, null where a side has no place', async () => {
  const r = expectStatus(await get(`${API}/partnerships?format=geojson&limit=500`), 200);
  assert.equal(r.headers.get('content-type'), 'application/geo+json');
  assert.equal(r.headers.get('content-disposition'), 'attachment; filename="partnerships.geojson"');
  const fc = JSON.parse(r.text);
  checkCollection(fc, 'partnerships');
  const json = expectStatus(await get(`${API}/partnerships?limit=500`), 200).json;
  assert.deepEqual(fc.features.map((f) => f.id), json.items.map((i) => i.id), 'one feature per record, in order');
  const line = fc.features.find((f) => f.id === at.line.id);
  assert.deepEqual(line.geometry, { type: 'LineString', coordinates: [[at.a.lng, at.a.lat], [at.b.lng, at.b.lat]] });
  assert.equal(line.properties.kind, 'twinning');
  assert.equal(line.properties.party_a.name, 'Formatville');
  assert.equal(fc.features.find((f) => f.id === at.half.id).geometry, null, 'a partner known by its country only');
  // paged like JSON
  const p = expectStatus(await get(`${API}/partnerships?format=geojson&limit=1`), 200);
  assert.equal(JSON.parse(p.text).features.length, 1);
  assert.match(p.headers.get('link'), /format=geojson&cursor=/);
  assert.equal(p.headers.get('x-total-count'), String(json.total));
});

test('GeoJSON: network members and memberships as points at the member city; cities as points', async () => {
  for (const url of [`${API}/networks/${at.N.id}/members?format=geojson`, `${API}/memberships?network=${at.N.id}&format=geojson`]) {
    const fc = JSON.parse(expectStatus(await get(url), 200).text);
    checkCollection(fc, url);
    assert.equal(fc.features.length, 3, url);
    const byName = Object.fromEntries(fc.features.map((f) => [f.properties.member.name, f.geometry]));
    assert.deepEqual(byName.Formatville, { type: 'Point', coordinates: [at.a.lng, at.a.lat] }, url);
    assert.equal(byName['Nowhere Formats'], null, `${url}: a city without coordinates`);
    assert.equal(byName[`@SUM(1,2) ${MARK}org`], null, `${url}: an organisation`);
  }
  const fc = JSON.parse(expectStatus(await get(`${API}/cities?q=Format&format=geojson&limit=500`), 200).text);
  checkCollection(fc, 'cities');
  assert.equal(fc.features.length, 7);
  assert.deepEqual(fc.features.find((f) => f.id === at.B.id).geometry, { type: 'Point', coordinates: [at.b.lng, at.b.lat] });
  const near = JSON.parse(expectStatus(await get(`${API}/cities/nearby?lat=44.7&lng=10.63&format=geojson`), 200).text);
  checkCollection(near, 'nearby');
  assert.equal(near.features[0].id, at.A.id, 'nearest first');
});

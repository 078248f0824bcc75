// Small helpers shared by the API tests (not a test file itself).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import { startServer } from './harness.mjs';

export const API = '/api/v1';
export const ADMIN = { username: 'admin', password: 'admin-pass-1', role: 'admin' };

// A server with one admin account, already signed in.
export async function adminServer(opts = {}) {
  const s = await startServer({ ...opts, users: [ADMIN, ...(opts.users || [])] });
  const admin = await s.login(ADMIN.username, ADMIN.password);
  return { s, admin };
}

// Assert a response status, showing the body when it is not the expected one.
export function expectStatus(r, status, what = '') {
  assert.equal(r.status, status, `${what} expected ${status}, got ${r.status}: ${r.text.slice(0, 500)}`);
  return r;
}

// Assert an error response: status, {"error":{code,message,field}}, and optionally code / field.
export function expectError(r, status, { code, field, what = '' } = {}) {
  expectStatus(r, status, what);
  assert.ok(r.json && typeof r.json.error === 'object', `${what} error body: ${r.text.slice(0, 300)}`);
  assert.equal(typeof r.json.error.code, 'string', `${what} error.code`);
  assert.equal(typeof r.json.error.message, 'string', `${what} error.message`);
  if (code !== undefined) assert.equal(r.json.error.code, code, `${what} error.code: ${r.text}`);
  if (field !== undefined) assert.equal(r.json.error.field, field, `${what} error.field: ${r.text}`);
  return r.json.error;
}

// The models (partner suggestions, the graph, the search index) are built
// in the background: after a change a reply may come from the last one,
// marked stale (or, before the first, computed_at null). GET path until its
// reply is not stale, a bounded number of tries; returns the last reply.
export async function fresh(s, path, { token, tries = 400, pause = 50 } = {}) {
  for (let i = 0; i < tries; i++) {
    const r = await s.req('GET', path, { token });
    if (r.status !== 200 || r.json?.stale !== true) return r; // a reply of no model has no stale
    await new Promise((done) => setTimeout(done, pause));
  }
  throw new Error(`${path}: still stale after ${tries} tries`);
}

// Every model current with the data: the search index, the graph and its
// centralities, the suggestions' model.
export async function settled(s) {
  await fresh(s, `${API}/search?q=a`);
  await fresh(s, `${API}/graph/top?by=betweenness&limit=1`);
  await fresh(s, `${API}/graph/stats`);
  const city = (await s.req('GET', `${API}/cities?limit=1`)).json?.items?.[0];
  if (city) await fresh(s, `${API}/cities/${city.id}/partner-suggestions?limit=1`);
}

// POST a record, expect 201, return it.
export async function create(s, token, resource, body) {
  const r = await s.req('POST', `${API}/${resource}`, { token, body });
  expectStatus(r, 201, `POST ${resource} ${JSON.stringify(body).slice(0, 200)}`);
  return r.json;
}

// GET a list, expect 200 and the list envelope, return it.
export async function list(s, path, token) {
  const r = await s.req('GET', path.startsWith('/') ? path : `${API}/${path}`, { token });
  expectStatus(r, 200, `GET ${path}`);
  assert.ok(Array.isArray(r.json.items), `${path}: items`);
  assert.equal(typeof r.json.total, 'number', `${path}: total`);
  assert.ok(r.json.next === null || typeof r.json.next === 'string', `${path}: next`);
  return r.json;
}

// The total of a list (cheap: limit=1).
export async function total(s, resource, query = '') {
  const sep = query ? '&' : '';
  return (await list(s, `${API}/${resource}?${query}${sep}limit=1`)).total;
}

// Walk every page of a list; returns all items.
export async function walk(s, path, limit, { maxPages = 1000 } = {}) {
  const items = [];
  let cursor = null;
  let first = null;
  for (let page = 0; page < maxPages; page++) {
    const sep = path.includes('?') ? '&' : '?';
    const url = `${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const body = await list(s, url);
    assert.ok(body.items.length <= limit, `${url}: at most ${limit} items`);
    if (first === null) first = body.total;
    assert.equal(body.total, first, `${url}: total stays the same across pages`);
    items.push(...body.items);
    if (body.next === null) return { items, total: first };
    assert.ok(body.items.length > 0, `${url}: a page with a next cursor has items`);
    cursor = body.next;
  }
  throw new Error(`${path}: more than ${maxPages} pages`);
}

// A date string n years before today (YYYY-MM-DD).
export function yearsAgo(n, from = new Date()) {
  const d = new Date(Date.UTC(from.getUTCFullYear() - n, from.getUTCMonth(), Math.min(from.getUTCDate(), 28)));
  return d.toISOString().slice(0, 10);
}
export const today = () => new Date().toISOString().slice(0, 10);

// Expire every session in the database directly (needs the sqlite3 CLI);
// returns false when that CLI is not available.
export function expireAllSessions(db) {
  const r = spawnSync('sqlite3', [db, 'UPDATE session SET expires_at = 1000;'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return false;
  return true;
}

// Make a fresh id generator of unique names for a test run.
let seq = 0;
export const uniq = (prefix = 'x') => `${prefix}-${process.pid}-${++seq}`;

// Send raw bytes on a fresh connection to the server; resolves with the first
// response {status, headers (lower-case names), body} once it is complete, or
// with what arrived when the connection closes or after timeoutMs.
export function rawHttp(server, payload, { timeoutMs = 5000 } = {}) {
  const { hostname, port } = new URL(server.base);
  return new Promise((resolve) => {
    const sock = net.connect(Number(port), hostname);
    let buf = Buffer.alloc(0);
    let done = false;
    const finish = (error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sock.destroy();
      const text = buf.toString('utf8');
      const head = text.split('\r\n\r\n')[0];
      const m = head.match(/^HTTP\/1\.[01] (\d{3})/);
      const headers = {};
      for (const line of head.split('\r\n').slice(1)) {
        const i = line.indexOf(':');
        if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
      }
      const body = text.includes('\r\n\r\n') ? text.slice(text.indexOf('\r\n\r\n') + 4) : '';
      let json = null;
      try { json = JSON.parse(body); } catch { json = null; }
      resolve({ status: m ? Number(m[1]) : 0, headers, body, json, text: body, error });
    };
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    sock.on('data', (d) => {
      buf = Buffer.concat([buf, d]);
      const i = buf.indexOf('\r\n\r\n');
      if (i < 0) return;
      const cl = buf.subarray(0, i).toString().match(/\r\ncontent-length:\s*(\d+)/i);
      if (cl && buf.length - i - 4 >= Number(cl[1])) finish();
    });
    sock.on('error', (e) => finish(e.code));
    sock.on('close', () => finish());
    sock.write(payload, () => {});
  });
}

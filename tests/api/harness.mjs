// Black-box harness: the real amity binary, a temporary database, a free
// loopback port. Used by the API tests and the browser tests.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { checkReply, loadDocument } from './replies.mjs';

export const BIN = process.env.AMITY_BIN || new URL('../../build/amity', import.meta.url).pathname;

// Run the CLI; returns {status, stdout, stderr}.
export function cli(db, args, input) {
  const r = spawnSync(BIN, ['--db', db, ...args], { input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Start a server on a fresh database. demo: load the demo records.
// users: [{username, password, role, city_id?, network_id?}] added by CLI.
// db: serve an existing database (it is left in place afterwards).
// serveArgs: more options for `amity serve`.
export async function startServer({ demo = false, users = [], db: given, quiet = true, serveArgs = [] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'amity-test-'));
  const db = given || join(dir, 'test.db');
  if (!given) {
    const init = cli(db, demo ? ['init', '--demo'] : ['init']);
    if (init.status !== 0) throw new Error(`init failed: ${init.stderr}`);
  }
  for (const u of users) {
    const args = ['user', 'add', u.username, '--role', u.role];
    if (u.city_id) args.push('--city', String(u.city_id));
    if (u.network_id) args.push('--network', String(u.network_id));
    const r = cli(db, args, `${u.password}\n`);
    if (r.status !== 0) throw new Error(`user add failed: ${r.stderr}`);
  }
  const proc = spawn(BIN, ['--db', db, 'serve', '--port', '0', ...(quiet ? ['--quiet'] : []), '--threads', '4', ...serveArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr += d; });
  const base = await new Promise((resolve, reject) => {
    const lines = createInterface({ input: proc.stdout });
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 10000);
    lines.on('line', (line) => {
      const m = line.match(/serving (http:\/\/[^ ]+)/);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    proc.on('exit', (code) => reject(new Error(`server exited (${code}): ${stderr}`)));
  });
  loadDocument(await (await fetch(`${base}/api/v1/openapi.json`)).json());
  const server = {
    base, db, dir, proc,
    stderr: () => stderr,
    // fetch relative to the server; body objects are sent as JSON
    async req(method, path, { body, token, headers = {}, raw } = {}) {
      const h = { ...headers };
      if (token) h.authorization = `Bearer ${token}`;
      let payload = raw;
      if (body !== undefined) { payload = JSON.stringify(body); h['content-type'] ??= 'application/json'; }
      const res = await fetch(base + path, { method, headers: h, body: payload });
      const text = await res.text();
      let json = null;
      try { json = text ? JSON.parse(text) : null; } catch { json = null; }
      // every reply must be what the API document says it is
      checkReply(method, base + path, res.status, res.headers.get('content-type'), json);
      return { status: res.status, json, text, headers: res.headers };
    },
    async login(username, password) {
      const r = await server.req('POST', '/api/v1/sessions', { body: { username, password } });
      if (r.status !== 201) throw new Error(`login ${username}: ${r.status} ${r.text}`);
      return r.json.token;
    },
    async stop() {
      if (proc.exitCode === null) {
        const exited = new Promise((resolve) => proc.on('exit', resolve));
        proc.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
      // under ASan/UBSan a report means a bug even if every reply was right
      if (/Sanitizer|runtime error:/.test(stderr)) throw new Error(`sanitizer report:\n${stderr}`);
      if (proc.exitCode !== 0) throw new Error(`server exited with ${proc.exitCode}:\n${stderr}`);
      return proc.exitCode;
    },
  };
  return server;
}

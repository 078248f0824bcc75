// The SMTP server on loopback the tests send to (tests/peers/smtp_peer.py,
// Debian's python3-aiosmtpd): started and stopped by the test that needs it,
// so `make check` needs no service of its own.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { readFileSync, existsSync } from 'node:fs';

const PEER = new URL('../peers/smtp_peer.py', import.meta.url).pathname;

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// Start it on port, keeping messages in file; resolves once it listens.
export function startSmtp(port, file) {
  return new Promise((resolve, reject) => {
    const p = spawn('/usr/bin/python3', [PEER, String(port), file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => { err += d; });
    p.on('exit', (code) => reject(new Error(`smtp peer exited ${code}: ${err}`)));
    p.stdout.on('data', (d) => {
      if (String(d).includes('ready')) resolve({
        stop: () => new Promise((done) => { p.removeAllListeners('exit'); p.on('exit', () => done()); p.kill('SIGTERM'); }),
      });
    });
  });
}

// The messages it accepted so far.
export function received(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

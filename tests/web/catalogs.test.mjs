// The message catalogs of the web UI (web/i18n/<lang>/<area>.ftl, Project
// Fluent), checked without a browser: every language has exactly the
// messages English has, each with the same placeables ($name); every
// English message is used by the code, and every message the code asks for
// exists. Read with @fluent/bundle, the library the pages use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(ROOT, 'package.json'));
const { FluentResource } = require('@fluent/bundle');
const WEB = join(ROOT, 'web');
const I18N = join(WEB, 'i18n');
const LANGS = ['en', 'fr', 'it', 'uk', 'fa'];

// The placeables of a pattern: variables, and message references.
function placeables(pattern, out = new Set()) {
  if (!pattern || typeof pattern === 'string') return out;
  for (const el of Array.isArray(pattern) ? pattern : [pattern]) {
    if (!el || typeof el === 'string') continue;
    if (el.type === 'var') out.add(`$${el.name}`);
    else if (el.type === 'mesg' || el.type === 'term') out.add(`${el.type === 'term' ? '-' : ''}${el.name}`);
    else if (el.type === 'select') {
      placeables(el.selector, out);
      for (const v of el.variants) placeables(v.value, out);
    } else if (el.type === 'func') {
      for (const a of el.args || []) placeables(a, out);
    }
  }
  return out;
}

// {area: {id: {placeables, attributes}}} of one language; problems found
function read(lang) {
  const areas = {};
  const problems = [];
  for (const f of readdirSync(join(I18N, lang)).filter((x) => x.endsWith('.ftl')).sort()) {
    const area = f.replace(/\.ftl$/, '');
    const text = readFileSync(join(I18N, lang, f), 'utf8');
    const res = new FluentResource(text);
    const msgs = {};
    for (const m of res.body) {
      if (m.id in msgs) problems.push(`${lang}/${f}: ${m.id} twice`);
      const ph = placeables(m.value);
      for (const a of Object.values(m.attributes || {})) placeables(a, ph);
      msgs[m.id] = { placeables: [...ph].sort(), attributes: Object.keys(m.attributes || {}).sort(), value: m.value };
    }
    // a line FluentResource could not read is a message lost
    const ids = text.split('\n').filter((l) => /^[a-zA-Z][\w-]*\s*=/.test(l)).map((l) => l.split('=')[0].trim());
    for (const id of ids) if (!(id in msgs)) problems.push(`${lang}/${f}: ${id} could not be read`);
    areas[area] = msgs;
  }
  return { areas, problems };
}

const en = read('en');

test('every catalog reads cleanly', () => {
  for (const lang of LANGS) assert.deepEqual(read(lang).problems, [], lang);
});

test('each language has the messages English has, no more, with the same placeables', () => {
  const enAreas = Object.keys(en.areas).sort();
  for (const lang of LANGS.filter((l) => l !== 'en')) {
    const { areas } = read(lang);
    assert.deepEqual(Object.keys(areas).sort(), enAreas, `${lang}: the same files as en`);
    for (const area of enAreas) {
      const want = en.areas[area];
      const have = areas[area];
      const missing = Object.keys(want).filter((id) => !(id in have));
      const extra = Object.keys(have).filter((id) => !(id in want));
      assert.deepEqual(missing, [], `${lang}/${area}.ftl lacks messages that en has`);
      assert.deepEqual(extra, [], `${lang}/${area}.ftl has messages that en does not`);
      for (const id of Object.keys(want)) {
        assert.deepEqual(have[id].placeables, want[id].placeables, `${lang}/${area}.ftl ${id}: placeables differ from en`);
        assert.deepEqual(have[id].attributes, want[id].attributes, `${lang}/${area}.ftl ${id}: attributes differ from en`);
      }
    }
  }
});

// The code's sources: web/index.html and every module under web/js.
function sources() {
  const out = [readFileSync(join(WEB, 'index.html'), 'utf8')];
  const walk = (dir) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.js')) out.push(readFileSync(p, 'utf8'));
    }
  };
  walk(join(WEB, 'js'));
  return out.join('\n');
}

test('every English message is used by the code, and every message asked for exists', () => {
  const code = sources();
  const literals = new Set([...code.matchAll(/['"`]([a-z][a-z0-9-]*)['"`]/g)].map((m) => m[1]));
  // ids built at run time: t(`role-${x}`) uses every role-… message
  const prefixes = [...code.matchAll(/\bt\(`([a-z][a-z0-9-]*-)\$\{/g)].map((m) => m[1]);
  const all = Object.assign({}, ...Object.values(en.areas));
  const unused = Object.keys(all).filter((id) => !literals.has(id) && !prefixes.some((p) => id.startsWith(p)));
  assert.deepEqual(unused, [], 'messages in en that no code uses');
  // (every id has a hyphen: "sign-in", "cities-title"; t('kind') is some
  // other function called t)
  const asked = [...code.matchAll(/\bt\(\s*'([a-z][a-z0-9]*-[a-z0-9-]*)'/g), ...code.matchAll(/data-l10n="([a-z][a-z0-9-]*)"/g)].map((m) => m[1]);
  const absent = [...new Set(asked)].filter((id) => !(id in all));
  assert.deepEqual(absent, [], 'messages the code asks for that en lacks');
});

test('message ids start with their area (no two areas can collide)', () => {
  const free = new Set(['shell', 'common']); // the words every page uses
  for (const [area, msgs] of Object.entries(en.areas)) {
    if (free.has(area)) continue;
    const stray = Object.keys(msgs).filter((id) => !id.startsWith(`${area}-`));
    assert.deepEqual(stray, [], `${area}.ftl: ids must start with "${area}-"`);
  }
});

// No copies of the server in the web UI: the choices of a field, its label
// and the rules of who may do what live in the server, which publishes them
// in its API document (the `enum` and `title` of every field) and in the
// `can` of every record. A page that writes them down again goes stale the
// day the server changes. So every .js file under web/js (but the vendor
// bundles) is read, and the test fails when
//   - an array literal lists two or more values of one enum of the document
//     (directly, as the first item of its pairs, or as a property value of
//     its objects: ['a', 'b'], [['a', 'A'], ['b', 'B']], [{by: 'a'}, {by: 'b'}]);
//   - a file compares a role name: `role === 'officer'`, `'admin' !== x.role`
//     (what to show is the server's `can`, not a guess from the role).
// The document is read from the real binary, like the other API tests.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { startServer } from './harness.mjs';

const ROOT = new URL('../../web/js/', import.meta.url).pathname;
let server;
let doc;

before(async () => {
  server = await startServer();
  const r = await server.req('GET', '/api/v1/openapi.json');
  assert.equal(r.status, 200);
  doc = r.json;
});

after(async () => {
  if (server) await server.stop();
});

// ---- the enums of the document -------------------------------------------------

// Every enum of the document with where it is: [{where, values: Set}].
// Enums of one value (a method, say) cannot be listed twice; the reply
// format of every list route (json, csv) is the server's too.
function enumsOf(d) {
  const out = [];
  const seen = new Set();
  const walk = (node, where) => {
    if (Array.isArray(node)) {
      node.forEach((x, i) => walk(x, `${where}[${i}]`));
      return;
    }
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node.enum) && node.enum.length >= 2 && node.enum.every((v) => typeof v === 'string')) {
      const key = [...node.enum].sort().join('\u0000');
      if (!seen.has(key)) {
        seen.add(key);
        out.push({ where, values: new Set(node.enum) });
      }
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'enum' && k !== 'example') walk(v, `${where}/${k}`);
  };
  walk(d, '#');
  return out;
}

// ---- a small JavaScript reader ---------------------------------------------------

// Tokens of a file: {t: 'str'|'punct'|'word'|'num'|'tmpl'|'regex', v, line}.
// Enough JavaScript to find array literals and string comparisons:
// comments, strings, template literals (with ${} nested), regular
// expression literals told apart from division by what precedes them.
export function tokens(src) {
  const out = [];
  let i = 0;
  let line = 1;
  const stack = []; // open template literals: the brace depth at their ${
  let depth = 0;
  const regexAfter = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%',
    '<', '>', '~', '^', '=>', '==', '===', '!=', '!==', '&&', '||', '??', '+=', '-=', '*=', '/=', '<=', '>=',
    '...', '?.']);
  const regexWords = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw',
    'case', 'do', 'else', 'yield', 'await']);
  const prevAllowsRegex = () => {
    const p = out[out.length - 1];
    if (!p) return true;
    if (p.t === 'punct') return regexAfter.has(p.v);
    if (p.t === 'word') return regexWords.has(p.v);
    return false;
  };
  const readTemplate = () => {
    // from just after ` (or }) to the closing ` or a ${
    let s = '';
    while (i < src.length) {
      const c = src[i];
      if (c === '\\') { s += src.slice(i, i + 2); i += 2; continue; }
      if (c === '\n') line++;
      if (c === '`') { i++; out.push({ t: 'tmpl', v: s, line }); return; }
      if (c === '$' && src[i + 1] === '{') {
        i += 2;
        out.push({ t: 'tmpl', v: s, line });
        stack.push(depth);
        out.push({ t: 'punct', v: '(', line }); // an expression inside
        return;
      }
      s += c;
      i++;
    }
  };
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') { line++; i++; continue; }
    if (/\s/.test(c)) { i++; continue; }
    if (c === '/' && src[i + 1] === '/') { while (i < src.length && src[i] !== '\n') i++; continue; }
    if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      for (let k = i; k < stop; k++) if (src[k] === '\n') line++;
      i = stop;
      continue;
    }
    if (c === '"' || c === "'") {
      let s = '';
      i++;
      while (i < src.length && src[i] !== c) {
        if (src[i] === '\\') { s += src[i + 1]; i += 2; continue; }
        s += src[i++];
      }
      i++;
      out.push({ t: 'str', v: s, line });
      continue;
    }
    if (c === '`') { i++; readTemplate(); continue; }
    if (c === '}' && stack.length && stack[stack.length - 1] === depth) {
      stack.pop();
      i++;
      out.push({ t: 'punct', v: ')', line });
      readTemplate();
      continue;
    }
    if (c === '/' && prevAllowsRegex()) {
      let k = i + 1;
      let inClass = false;
      while (k < src.length && src[k] !== '\n') {
        if (src[k] === '\\') { k += 2; continue; }
        if (src[k] === '[') inClass = true;
        else if (src[k] === ']') inClass = false;
        else if (src[k] === '/' && !inClass) break;
        k++;
      }
      k++;
      while (k < src.length && /[a-z]/i.test(src[k])) k++;
      out.push({ t: 'regex', v: src.slice(i, k), line });
      i = k;
      continue;
    }
    if (/[A-Za-z_$]/.test(c)) {
      let k = i;
      while (k < src.length && /[\w$]/.test(src[k])) k++;
      out.push({ t: 'word', v: src.slice(i, k), line });
      i = k;
      continue;
    }
    if (/\d/.test(c) || (c === '.' && /\d/.test(src[i + 1]))) {
      let k = i;
      while (k < src.length && /[\w.]/.test(src[k])) k++;
      out.push({ t: 'num', v: src.slice(i, k), line });
      i = k;
      continue;
    }
    const three = src.slice(i, i + 3);
    const two = src.slice(i, i + 2);
    const op = ['===', '!==', '...', '**='].includes(three) ? three
      : ['=>', '==', '!=', '&&', '||', '??', '+=', '-=', '*=', '/=', '<=', '>=', '?.'].includes(two) ? two : c;
    if (op === '{') depth++;
    if (op === '}') depth--;
    out.push({ t: 'punct', v: op, line });
    i += op.length;
  }
  return out;
}

// The array literals of a file: for each, its line and the strings it
// lists: its items that are strings, the first item of its items that are
// arrays ([['a', 'A'], ...]) and the string values of the properties of its
// items that are objects ([{by: 'a'}, ...]).
export function arrays(toks) {
  const found = [];
  const closer = { '[': ']', '{': '}', '(': ')' };
  const notAfter = new Set(['return', 'case', 'in', 'of', 'typeof', 'await', 'yield', 'else', 'do', 'new', 'throw']);
  // x[0], f()[1], 'abc'[2]: an index, not a list
  const isIndex = (k) => {
    const prev = toks[k - 1];
    if (!prev) return false;
    if (prev.t === 'word') return !notAfter.has(prev.v);
    if (prev.t === 'punct') return prev.v === ')' || prev.v === ']';
    return true; // after a string, number or template
  };
  const plainEnd = (tk) => tk && tk.t === 'punct' && [',', ']', '}', ')'].includes(tk.v);
  let k = 0;
  // the items up to the closing bracket: {strings (the items that are
  // strings, or stand for one), first (the first item, a string), props
  // (the string values of properties)}
  function group(close) {
    const out = { strings: [], first: null, props: [] };
    let item = 0; // the item being read
    let itemStart = true;
    let afterKey = false;
    while (k < toks.length) {
      const tk = toks[k];
      if (tk.t === 'punct' && tk.v === close) { k++; return out; }
      if (tk.t === 'punct' && closer[tk.v]) {
        const literal = tk.v === '[' && !isIndex(k);
        const { line } = tk;
        const atItem = itemStart;
        k++;
        const inner = group(closer[tk.v]);
        if (literal) {
          found.push({ line, strings: inner.strings });
          if (atItem && inner.first !== null) out.strings.push(inner.first);
        } else if (tk.v === '{' && atItem) {
          out.strings.push(...inner.props);
        }
        itemStart = false;
        afterKey = false;
        continue;
      }
      if (tk.t === 'punct' && tk.v === ',') { item++; itemStart = true; afterKey = false; k++; continue; }
      if (tk.t === 'punct' && tk.v === ':') { afterKey = true; k++; continue; }
      if (tk.t === 'str' && plainEnd(toks[k + 1])) {
        if (afterKey) out.props.push(tk.v);
        else if (itemStart) {
          out.strings.push(tk.v);
          if (item === 0) out.first = tk.v;
        }
      }
      itemStart = false;
      afterKey = false;
      k++;
    }
    return out;
  }
  group(null);
  return found;
}

// `role === 'x'`, `'x' !== user.role`, `ctx.user.role == "x"`: a
// property or variable named role compared with a string.
export function roleComparisons(toks) {
  const hits = [];
  const isRole = (tk) => tk && tk.t === 'word' && /^role$/i.test(tk.v);
  // the last name of the chain a.b?.c that starts at k
  const chainEnd = (k) => {
    if (!toks[k] || toks[k].t !== 'word') return -1;
    while (toks[k + 1] && toks[k + 1].t === 'punct' && (toks[k + 1].v === '.' || toks[k + 1].v === '?.')
      && toks[k + 2] && toks[k + 2].t === 'word') k += 2;
    return k;
  };
  const quoted = (tk) => (tk.t === 'str' ? `'${tk.v}'` : tk.v);
  for (let k = 1; k < toks.length - 1; k++) {
    const tk = toks[k];
    if (tk.t !== 'punct' || !['===', '!==', '==', '!='].includes(tk.v)) continue;
    const left = toks[k - 1];
    const right = toks[k + 1];
    if (isRole(left) && right.t === 'str') {
      hits.push({ line: tk.line, text: `${left.v} ${tk.v} ${quoted(right)}` });
      continue;
    }
    if (left.t !== 'str') continue;
    const end = chainEnd(k + 1);
    const after = toks[end + 1];
    if (end > 0 && isRole(toks[end]) && !(after && after.t === 'punct' && after.v === '(')) {
      hits.push({ line: tk.line, text: `${quoted(left)} ${tk.v} ${toks.slice(k + 1, end + 1).map((t) => t.v).join('')}` });
    }
  }
  return hits;
}

function jsFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (!name.startsWith('vendor')) out.push(...jsFiles(p));
    } else if (name.endsWith('.js') && !name.startsWith('vendor')) {
      out.push(p);
    }
  }
  return out.sort();
}

// ---- the reader reads what it must ---------------------------------------------------

test('the reader finds lists and comparisons in the shapes pages write them', () => {
  const src = `
    // ['a', 'b'] in a comment is no list
    const A = ['red', 'green', "blue"];
    const B = [['red', 'Red'], ['green', 'Green']];
    const C = [{ by: 'red', text: 'Red' }, { by: 'green' }];
    const D = x['red'] + y[0]; // indexes are no lists
    const re = /['"]\\]/g; const t = \`\${['red', 'green'].length} in a template\`;
    if (user.role === 'officer' || 'admin' !== ctx.user.role) show();
    const div = a / b / c; const E = ['red'];
  `;
  const toks = tokens(src);
  const lists = arrays(toks).map((l) => l.strings.join(','));
  assert.ok(lists.includes('red,green,blue'), lists.join(' | '));
  assert.ok(lists.includes('red,green'), lists.join(' | '));
  assert.equal(lists.filter((l) => l === 'red,green').length, 2, `pairs and a list in a template: ${lists.join(' | ')}`);
  assert.ok(lists.includes('red,Red,green'), `objects: ${lists.join(' | ')}`);
  assert.ok(!lists.some((l) => l.includes('a,b')), 'a comment is not read');
  assert.ok(lists.includes('red'));
  const roles = roleComparisons(toks).map((r) => r.text);
  assert.deepEqual(roles, ["role === 'officer'", "'admin' !== ctx.user.role"]);
});

// ---- the web UI -------------------------------------------------------------------------

test('no page lists the choices of a field of the API', () => {
  const enums = enumsOf(doc);
  assert.ok(enums.length > 10, `the document has enums (${enums.length})`);
  const files = jsFiles(ROOT);
  assert.ok(files.length > 20, `the web UI's files are read (${files.length})`);
  const problems = [];
  for (const file of files) {
    const toks = tokens(readFileSync(file, 'utf8'));
    for (const list of arrays(toks)) {
      // the enum it lists most of
      let best = null;
      for (const e of enums) {
        const hits = [...new Set(list.strings.filter((s) => e.values.has(s)))];
        if (hits.length >= 2 && (!best || hits.length > best.hits.length)) best = { e, hits };
      }
      if (best) {
        problems.push(`web/js/${relative(ROOT, file)}:${list.line} lists ${best.hits.map((s) => `'${s}'`).join(', ')}`
          + ` of the enum at ${best.e.where}: read the choices from the API document (web/js/schema.js)`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('no page decides what to show from a role name', () => {
  const problems = [];
  for (const file of jsFiles(ROOT)) {
    for (const hit of roleComparisons(tokens(readFileSync(file, 'utf8')))) {
      problems.push(`web/js/${relative(ROOT, file)}:${hit.line}: ${hit.text}: what a user may do is the \`can\` of the record the server sends`);
    }
  }
  assert.deepEqual(problems, []);
});

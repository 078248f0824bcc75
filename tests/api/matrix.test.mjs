// The authorisation matrix: every write route of the API document, tried by
// every role, on a record inside and one outside the role's scope, with each
// reference a body may carry pointed inside and outside. What is expected is
// worked out here, from the rules the document publishes (x-rights on each
// record kind, x-owner / x-scope / x-ref on its fields, x-kind / x-action on
// each route) and from what this test itself set up, by a second
// implementation of those rules; the server's answers must agree, and a
// refused write must change nothing (a digest of every table before and
// after). A new route joins the matrix with no edit here: it only needs its
// kind and action in the route table, and its kind a valid example body.
//
// SYNTHETIC TEST DATA: every city, network, person and record made here is
// invented ("Mx ..."); nothing is a fact about a real place.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { adminServer, create, expectStatus, API } from './helpers.mjs';

let s, admin, doc, schemas;
const actors = {};
const world = { members: [], partnerships: [], orgs: [], people: [] };
// Records that belong to a network (a thematic group: its network), by
// table: a body names the one of its scope, and a record naming one belongs
// to its network too (the server copies a group's network into a group
// member, for the rights to see).
world.owner = { network_group: new Map(), registration: new Map(), need: new Map() };
const scopes = {};
let seq = 0;
const next = () => ++seq;

// ---- the database, as a digest of every table --------------------------------

function digest() {
  const r = spawnSync('sqlite3', ['-readonly', s.db, '.dump'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`sqlite3 .dump: ${r.stderr}`);
  return createHash('sha256').update(r.stdout).digest('hex');
}

// ---- the API document -----------------------------------------------------------

const refName = (node) => (node?.$ref ?? node?.allOf?.[0]?.$ref)?.split('/').pop();
const bodyName = (op) => refName(op.requestBody?.content?.['application/json']?.schema);
const successOf = (op) => Number(Object.keys(op.responses).find((k) => /^2\d\d$/.test(k)));

// The writable reference and owner fields of a schema, nested ones included:
// [{path: [...keys], table, owner, scoped, array}]
function refFields(name, prefix = []) {
  const out = [];
  for (const [key, p] of Object.entries(schemas[name].properties)) {
    if (p.readOnly) continue;
    const nested = refName(p);
    if (nested && schemas[nested].properties) {
      out.push(...refFields(nested, [...prefix, key]));
    } else if (p['x-ref'] && p['x-ref'] !== 'topic') {
      out.push({ path: [...prefix, key], table: p['x-ref'], owner: !!p['x-owner'], scoped: p['x-scope'] === 'name', array: p.type === 'array' });
    }
  }
  return out;
}

const getPath = (obj, path) => path.reduce((o, k) => (o == null ? undefined : o[k]), obj);
function setPath(obj, path, v) {
  let o = obj;
  for (const k of path.slice(0, -1)) o = o[k] ??= {};
  o[path.at(-1)] = v;
}

// ---- the rules, a second time ------------------------------------------------------

const REL_ALL = ['anyone', 'signed_in', 'unowned', 'author', 'city', 'network', 'shared', 'dpo', 'admin'];

// [{table, id}] of the owner fields of rec, nested records included.
function owners(name, rec) {
  const out = [];
  for (const [key, p] of Object.entries(schemas[name].properties)) {
    const v = rec?.[key];
    if (v == null) continue;
    const nested = refName(p);
    if (nested && schemas[nested].properties && typeof v === 'object' && !Array.isArray(v)) out.push(...owners(nested, v));
    else if (p['x-owner']) for (const id of [v].flat()) out.push({ table: p['x-ref'], id });
    else if (world.owner[p['x-ref']]) {
      // a record that takes its owners from the one it names (a group's
      // network; a registration's city and network)
      for (const id of [v].flat()) {
        const o = world.owner[p['x-ref']].get(id);
        out.push(...(Array.isArray(o) ? o : [{ table: 'network', id: o }]));
      }
    }
  }
  return out;
}

function relations(kind, actor, rec) {
  if (actor.role === 'admin') return new Set(REL_ALL);
  const rels = new Set(['anyone']);
  if (actor.role === 'anon') return rels;
  rels.add('signed_in');
  const own = owners(kind, rec);
  if (!own.length) rels.add('unowned');
  if (actor.role === 'officer' && own.some((o) => o.table === 'city' && o.id === actor.city)) rels.add('city');
  if (actor.role === 'secretariat' && own.some((o) => o.table === 'network' && o.id === actor.network)) rels.add('network');
  const author = schemas[kind]['x-author'];
  if (author && rec?.[author]?.id === actor.userId) rels.add('author');
  // the cities and networks a record is shared with, to read
  for (const [key, p] of Object.entries(schemas[kind].properties)) {
    if (!p['x-shared'] || rec?.[key] == null) continue;
    if (actor.role === 'officer' && p['x-ref'] === 'city' && rec[key] === actor.city) rels.add('shared');
    if (actor.role === 'secretariat' && p['x-ref'] === 'network' && rec[key] === actor.network) rels.add('shared');
  }
  if (actor.role === 'dpo') rels.add('dpo');
  return rels;
}

// May the actor take the action: in the record's state (withState), or in any.
function allows(kind, actor, rec, action, withState) {
  const rules = schemas[kind]['x-rights'];
  if (action === 'read' && !rules.some((r) => r.action === 'read')) return true;
  if (action === 'read' && schemas[kind]['x-public-if'] && rec?.[schemas[kind]['x-public-if']] === true) return true;
  const rels = relations(kind, actor, rec);
  const state = schemas[kind]['x-state'] ? rec?.[schemas[kind]['x-state']] : undefined;
  return rules.some((r) => r.action === action && r.who.some((w) => rels.has(w)) &&
    (!withState || !r.states || r.states.includes(state)));
}

function cityNameable(actor, id) {
  if (actor.role === 'officer') return id === actor.city || world.partnerships.some((p) => (p.a === actor.city && p.b === id) || (p.b === actor.city && p.a === id));
  return world.members.some((m) => m.network === actor.network && m.city === id);
}

function nameable(actor, table, id) {
  if (actor.role === 'admin') return true;
  if (actor.role === 'anon') return false;
  switch (table) {
    case 'city': return cityNameable(actor, id);
    case 'network': return actor.role === 'secretariat' ? id === actor.network : world.members.some((m) => m.city === actor.city && m.network === id);
    case 'partnership': return actor.role === 'officer' && world.partnerships.some((p) => p.id === id && (p.a === actor.city || p.b === actor.city));
    case 'organisation': { const o = world.orgs.find((x) => x.id === id); return !o?.city || cityNameable(actor, o.city); }
    // the people an office holds are its own to name
    case 'person': { const p = world.people.find((x) => x.id === id); return actor.role === 'officer' ? p?.city === actor.city : p?.network === actor.network; }
    default: return true;
  }
}

// The references a write adds (top-level x-scope fields that differ from old).
function added(kind, body, old) {
  const out = [];
  for (const [key, p] of Object.entries(schemas[kind].properties)) {
    if (p['x-scope'] !== 'name' || body[key] == null) continue;
    const was = old?.[key];
    for (const id of [body[key]].flat()) {
      if (Array.isArray(was) ? was.includes(id) : was === id) continue;
      out.push({ table: p['x-ref'], id });
    }
  }
  return out;
}

// What the server must answer.
function expected(route, actor, old, body) {
  if (actor.role === 'anon') return 401;
  const { kind, action } = route;
  if (action === 'create') {
    if (!allows(kind, actor, body, 'create', true)) return 403;
    return added(kind, body, null).every((x) => nameable(actor, x.table, x.id)) ? route.ok : 403;
  }
  // a record one may not read is not found; a singleton (settings) has no id to hide
  if (old && route.param && !allows(kind, actor, old, 'read', true)) return 404;
  if (!allows(kind, actor, old, action, false)) return 403;
  if (!allows(kind, actor, old, action, true)) return 409;
  if (action === 'update' && route.recordBody) {
    const next = { ...old, ...body };
    if (!allows(kind, actor, next, 'update', false)) return 403;
    if (!allows(kind, actor, next, 'update', true)) return 409;
    if (!added(kind, body, old).every((x) => nameable(actor, x.table, x.id))) return 403;
  }
  return route.ok;
}

// ---- bodies ---------------------------------------------------------------------------

const fresh = {
  async city() { return (await create(s, admin, 'cities', { name: `Mx fresh city ${next()}`, country: 'IT' })).id; },
  async network() { return (await create(s, admin, 'networks', { name: `Mx fresh network ${next()}` })).id; },
  // a new delegate of the scope's city, for the scope's event: one travel
  // request per delegate and what it covers, so each case has its own
  async registration(sc) {
    const r = await create(s, admin, 'registrations', { activity_id: sc.event, city_id: sc.city, delegate_name: `Mx delegate ${next()}` });
    world.owner.registration.set(r.id, [{ table: 'city', id: sc.city }, { table: 'network', id: sc.eventNetwork }]);
    return r.id;
  },
};
// Values that take part in unique keys (a country's code, a round or a year
// of a city, a name) are held while a record made with them may exist, and
// released when it is gone (or was never made).
const COUNTRY_POOL = [];
const held = new Map();   // "Kind.field" -> Set of values in use
const heldBy = new WeakMap(); // body -> [[slot, value]]

function hold(body, slotKey, value) {
  if (!held.has(slotKey)) held.set(slotKey, new Set());
  held.get(slotKey).add(value);
  if (!heldBy.has(body)) heldBy.set(body, []);
  heldBy.get(body).push([slotKey, value]);
}
function release(body) {
  for (const [slotKey, value] of heldBy.get(body) ?? []) {
    held.get(slotKey).delete(value);
    if (slotKey.endsWith('.code') && /^[A-Z]{2}$/.test(value)) COUNTRY_POOL.push(value);
  }
  heldBy.delete(body);
}

function freeInt(slotKey, v, min, max) {
  const used = held.get(slotKey) ?? new Set();
  for (let d = 0; d < 200; d++) {
    for (const x of [v - d, v + d]) if (x >= min && x <= max && !used.has(x)) return x;
  }
  throw new Error(`no free value for ${slotKey}`);
}

function uniquify(name, obj, keyField) {
  const sch = schemas[name];
  const n = next();
  for (const [key, p] of Object.entries(sch.properties)) {
    const v = obj[key];
    if (v === undefined || p['x-ref']) continue;
    const slotKey = `${name}.${key}`;
    if (key === keyField && p.pattern === '^[A-Za-z]{2}$') {
      obj[key] = COUNTRY_POOL.shift();
      hold(obj, slotKey, obj[key]);
    } else if (key === keyField) {
      obj[key] = `mx-${n}`;
    } else if (typeof v === 'string' && (sch.required || []).includes(key) && !p.enum && !p.pattern && !p['x-vocabulary'] && (p.maxLength ?? 200) > 12) {
      obj[key] = `${v.slice(0, (p.maxLength ?? 200) - 12)}-mx${n}`;
    } else if (Number.isInteger(v) && p.type === 'integer') {
      // no later than the example (a round may not be in the future)
      obj[key] = freeInt(slotKey, v, p.minimum ?? v - 100, v);
      hold(obj, slotKey, obj[key]);
    }
  }
}

// The owner field an actor's body names itself in.
function slotOf(fields, actor) {
  const want = actor.role === 'secretariat' ? 'network' : 'city';
  return fields.find((f) => f.owner && f.table === want) ?? fields.find((f) => f.owner);
}

// A valid body of a kind, for a record in scope sc, written by actor: the
// kind's example, with its references replaced. The owner field the actor
// names itself in (its slot), and every owner field the actor must be able to
// name, point into sc; the references it names get sc's records; other owner
// fields (the other party of a partnership) get a record of their own, and
// free references (an origin city) the free ones.
async function buildBody(name, sc, actor, keyField) {
  const body = structuredClone(schemas[name].example ?? {});
  uniquify(name, body, keyField);
  const fields = refFields(name);
  const slot = slotOf(fields, actor);
  for (const f of fields) {
    const present = getPath(body, f.path) !== undefined;
    let v;
    if (f.table === 'registration') v = await fresh.registration(sc);
    else if (f === slot || (f.owner && f.scoped) || (present && f.scoped)) v = sc[f.table];
    else if (!present) continue;
    else if (f.owner) v = await fresh[f.table]();
    else v = (world.owner[f.table] ? sc : scopes.free)[f.table];
    setPath(body, f.path, f.array ? [v] : v);
  }
  return body;
}

// ---- targets: records to change, delete or move through their steps ---------------------

const routes = [];
const createRoute = (kind) => routes.find((r) => r.kind === kind && r.action === 'create' && !r.param);

// A record to change, delete or step, made by an admin in scope sc, in the
// state the route's action needs; {rec, body, kept} (kept: a fixture record).
async function makeTarget(route, sc, actor) {
  const kindCreate = createRoute(route.kind);
  const idProp = schemas[route.kind].properties.id;
  const selfOwned = idProp?.['x-owner'];
  if (selfOwned && route.action === 'update') {
    return { rec: await getRec(`${kindCreate.path}/${sc[idProp['x-ref']]}`), kept: true };
  }
  if (!kindCreate) return { rec: {}, kept: true };
  const body = await buildBody(kindCreate.kind, selfOwned ? scopes.free : sc, selfOwned ? actors.admin : actor, kindCreate.key);
  // a state the creating body may set (a proposed group), set there
  const stateOf = schemas[route.kind]['x-state'];
  const wanted = schemas[route.kind]['x-rights'].find((x) => x.action === route.action && x.states)?.states[0];
  const stateProp = stateOf && schemas[kindCreate.kind].properties[stateOf];
  if (wanted && stateProp && !stateProp.readOnly && stateProp.enum?.includes(wanted)) body[stateOf] = wanted;
  const r = await s.req('POST', kindCreate.path, { token: admin, body });
  expectStatus(r, 201, `target ${route.kind} ${JSON.stringify(body)}`);
  let rec = r.json;
  // bring it to the state the route's action needs
  const rules = schemas[route.kind]['x-rights'];
  const want = rules.find((x) => x.action === route.action && x.states)?.states[0];
  const stateField = schemas[route.kind]['x-state'];
  // a state no step leads to is one a public form makes (a person's own
  // registration: pending): the record comes from that form instead
  const reg = routes.find((x) => x.kind === route.kind && x.anonymous && x.path.endsWith('/register'));
  if (want && stateField && rec[stateField] !== want && reg && !rules.some((x) => x.to === want)) {
    await remove(route.kind, rec, null);
    const made = expectStatus(await s.req('POST', reg.path, { body: { ...schemas[reg.bodySchema].example, city_id: body.city_id ?? scopes.free.city } }), 201, 'register').json;
    rec = await getRec(`${kindCreate.path}/${made.id}`);
  }
  for (let guard = 0; want && stateField && rec[stateField] !== want && guard < 4; guard++) {
    const step = rules.find((x) => x.to === want && x.states?.includes(rec[stateField])) ??
      rules.find((x) => x.to && x.states?.includes(rec[stateField]));
    const stepRoute = routes.find((x) => x.kind === route.kind && x.action === step.action);
    const sb = stepRoute.bodySchema ? schemas[stepRoute.bodySchema].example : undefined;
    rec = expectStatus(await s.req('POST', stepRoute.path.replace(/\{\w+\}/, rec[stepRoute.key]), { token: admin, body: sb }), 200, `step ${step.action}`).json;
  }
  return { rec: (await getRec(`${kindCreate.path}/${rec[kindCreate.key]}`)) ?? rec, body, kept: false };
}

// Remove what a case made: the record (when the kind can be deleted in its
// state), then the unique values it held.
async function remove(kind, rec, body) {
  const del = routes.find((x) => x.kind === kind && x.action === 'delete');
  let gone = !rec;
  if (del && rec) {
    const r = await s.req('DELETE', del.path.replace(/\{\w+\}/, encodeURIComponent(rec[del.key])), { token: admin });
    gone = r.status === 204 || r.status === 404;
  }
  if (gone && body) release(body);
}

async function getRec(path) {
  const r = await s.req('GET', path, { token: admin });
  return r.status === 200 ? r.json : null;
}

// a harmless change to a record: its first free text field
function harmless(kind) {
  for (const [key, p] of Object.entries(schemas[kind].properties)) {
    if (p.readOnly || p['x-ref'] || p.type !== 'string' || p.enum || p.pattern || p.format) continue;
    if (['note', 'description', 'summary', 'outcome'].includes(key)) return { [key]: `Mx changed ${next()}` };
  }
  return {};
}

// ---- the run --------------------------------------------------------------------------------

const counts = { cases: 0, refused: 0, allowed: 0, unexpected: [] };
const seen = new Set();

async function attempt(route, actor, what, path, body, old) {
  const want = expected(route, actor, old, body ?? {});
  const refused = want >= 400;
  const before = refused ? digest() : null;
  const r = await s.req(route.method, path, { token: actor.token, body });
  counts.cases++;
  seen.add(`${route.method} ${route.path}`);
  if (refused) counts.refused++; else counts.allowed++;
  if (r.status !== want) {
    counts.unexpected.push(`${route.method} ${route.path} as ${actor.name} (${what}): expected ${want}, got ${r.status} ${r.text.slice(0, 200)}`);
  } else if (refused && digest() !== before) {
    counts.unexpected.push(`${route.method} ${route.path} as ${actor.name} (${what}): refused with ${r.status} but the database changed`);
  }
  return r;
}

before(async () => {
  ({ s, admin } = await adminServer());
  doc = (await s.req('GET', `${API}/openapi.json`)).json;
  schemas = doc.components.schemas;
  const known = new Set((await s.req('GET', `${API}/countries?limit=500`)).json.items.map((c) => c.code));
  for (const a of 'QXZ') for (const b of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') if (!known.has(a + b)) COUNTRY_POOL.push(a + b);
  const city = async (name) => (await create(s, admin, 'cities', { name, country: 'IT' })).id;
  const A = await city('Mx Alpha'), B = await city('Mx Beta'), PA = await city('Mx Alpha partner');
  const PB = await city('Mx Beta partner'), Z = await city('Mx Free');
  const N = (await create(s, admin, 'networks', { name: 'Mx Network N' })).id;
  const M = (await create(s, admin, 'networks', { name: 'Mx Network M' })).id;
  for (const [network, c] of [[N, A], [M, B]]) {
    await create(s, admin, 'memberships', { network_id: network, city_id: c });
    world.members.push({ network, city: c });
  }
  const partner = async (a, b) => {
    const p = await create(s, admin, 'partnerships', { party_a: { city_id: a }, party_b: { city_id: b } });
    world.partnerships.push({ id: p.id, a, b });
    return p.id;
  };
  const AP = await partner(A, PA), BP = await partner(B, PB);
  const org = async (name, c) => {
    const o = await create(s, admin, 'organisations', { name, ...(c ? { city_id: c } : { country: 'IT' }) });
    world.orgs.push({ id: o.id, city: c ?? null });
    return o.id;
  };
  scopes.S1 = { city: A, network: N, partnership: AP, organisation: await org('Mx Alpha school', A) };
  scopes.S2 = { city: B, network: M, partnership: BP, organisation: await org('Mx Beta school', B) };
  scopes.free = { city: Z, network: N, partnership: AP, organisation: await org('Mx Ministry', null) };
  // SYNTHETIC people, one of each scope: held by its city's office and in its
  // network's pool of experts (a public official's work contact)
  const person = async (c, n) => {
    const p = await create(s, admin, 'people', { city_id: c, network_id: n, roles: ['expert'], name: `Mx person of ${c}`, basis: 'public_official', basis_note: 'Mx (synthetic)' });
    world.people.push({ id: p.id, city: c, network: n });
    return p.id;
  };
  // SYNTHETIC: an event any city may register delegates for (its host the
  // free city, no network)
  scopes.free.activity = (await create(s, admin, 'activities', { kind: 'workshop', title: 'Mx event', host_city_id: Z, capacity: 5000 })).id;
  // SYNTHETIC: events of N and M, and a delegate of each scope's city
  // registered for one (what travel support is asked for)
  const networked = async (n) => (await create(s, admin, 'activities', { kind: 'workshop', title: `Mx event of ${n}`, network_id: n, capacity: 5000 })).id;
  const evN = await networked(N), evM = await networked(M);
  // SYNTHETIC: a need of each scope's partner city, large enough for every
  // pledge the cases make (a city does not pledge to its own need)
  const need = async (c) => {
    const n = await create(s, admin, 'needs', { city_id: c, category: 'generators', title: `Mx need of ${c}`, quantity: 1000000, unit: 'generators', urgency: 'low' });
    world.owner.need.set(n.id, [{ table: 'city', id: c }]);
    return n.id;
  };
  scopes.S1.need = await need(PA);
  scopes.S2.need = await need(PB);
  scopes.free.need = await need(PA);
  Object.assign(scopes.S1, { event: evN, eventNetwork: N });
  Object.assign(scopes.S2, { event: evM, eventNetwork: M });
  Object.assign(scopes.free, { event: evN, eventNetwork: N });
  scopes.S1.person = await person(A, N);
  scopes.S2.person = await person(B, M);
  scopes.free.person = await person(Z, null);
  const group = async (network, name) => {
    const g = await create(s, admin, 'groups', { network_id: network, name });
    world.owner.network_group.set(g.id, network);
    return g.id;
  };
  scopes.S1.network_group = scopes.free.network_group = await group(N, 'Mx group of N');
  scopes.S2.network_group = await group(M, 'Mx group of M');
  const users = [['oA', 'officer', { city_id: A }], ['oB', 'officer', { city_id: B }],
    ['sN', 'secretariat', { network_id: N }], ['sM', 'secretariat', { network_id: M }]];
  for (const [name, role, scope] of users) {
    await create(s, admin, 'users', { username: `mx.${name}`, password: `mx-${name}-pass-1`, role, ...scope });
    const token = await s.login(`mx.${name}`, `mx-${name}-pass-1`);
    const me = (await s.req('GET', `${API}/sessions/current`, { token })).json;
    actors[name] = { name, role, token, userId: me.id, city: scope.city_id, network: scope.network_id, home: role === 'officer' ? (scope.city_id === A ? 'S1' : 'S2') : (scope.network_id === N ? 'S1' : 'S2') };
  }
  const meAdmin = (await s.req('GET', `${API}/sessions/current`, { token: admin })).json;
  actors.admin = { name: 'admin', role: 'admin', token: admin, userId: meAdmin.id, home: 'S1' };
  actors.anon = { name: 'anonymous', role: 'anon', token: undefined, userId: 0, home: 'S1' };
  // every request comes from this one address: the public form's limit is raised
  expectStatus(await s.req('PATCH', `${API}/settings`, { token: admin, body: { registrations_per_hour: 1000 } }), 200);

  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (method === 'get') continue;
      const param = path.match(/\{(\w+)\}/)?.[1];
      routes.push({ method: method.toUpperCase(), path, op, param, key: param, kind: op['x-kind'], action: op['x-action'],
        self: !!op['x-self'], anonymous: !op.security, ok: successOf(op), bodySchema: bodyName(op),
        recordBody: bodyName(op) === op['x-kind'] });
    }
  }
  // a create route's key is the field its item routes are addressed by
  for (const r of routes) if (r.action === 'create') r.key = routes.find((x) => x.kind === r.kind && x.param)?.param ?? 'id';
});
after(async () => { await s?.stop(); });

test('every write route has a record kind and an action the matrix can judge', () => {
  const unjudged = routes.filter((r) => !r.anonymous && !r.self && (!r.kind || !r.action || !schemas[r.kind]?.['x-rights']));
  assert.deepEqual(unjudged.map((r) => `${r.method} ${r.path}`), [], 'write routes without x-kind/x-action/x-rights');
  for (const r of routes.filter((x) => x.action === 'create')) {
    assert.ok(schemas[r.bodySchema]?.example, `${r.path}: its body schema ${r.bodySchema} has an example`);
  }
});

test('the authorisation matrix: every write route × every role × inside and outside', async () => {
  const roles = ['anon', 'oA', 'oB', 'sN', 'sM', 'admin'].map((k) => actors[k]);
  const judged = routes.filter((r) => !r.anonymous);
  for (const route of judged) {
    if (route.self) { // the caller's own session: only who has one may close it
      await attempt({ ...route, kind: null, action: 'self' }, actors.anon, 'no session', route.path, undefined, null);
      continue;
    }
    const fields = refFields(route.kind);
    for (const actor of roles) {
      const home = scopes[actor.home], away = scopes[actor.home === 'S1' ? 'S2' : 'S1'];
      if (route.action === 'create') {
        const cases = [['inside', home], ['outside', away]];
        for (const [what, sc] of cases) {
          const body = await buildBody(route.kind, sc, actor, route.key);
          const r = await attempt(route, actor, what, route.path, body, null);
          await remove(route.kind, r.status < 300 ? r.json : null, body);
        }
        // each reference the body may carry, pointed inside and outside
        for (const f of fields.filter((x) => x.scoped && x.path.length === 1)) {
          for (const [what, sc] of [['inside', home], ['outside', away]]) {
            const body = await buildBody(route.kind, home, actor, route.key);
            setPath(body, f.path, f.array ? [sc[f.table]] : sc[f.table]);
            const r = await attempt(route, actor, `${f.path.join('.')} ${what}`, route.path, body, null);
            await remove(route.kind, r.status < 300 ? r.json : null, body);
          }
        }
        continue;
      }
      // change, delete and steps: a record inside and one outside
      const variants = [['inside', home, null], ['outside', away, null]];
      if (route.action === 'update' && route.recordBody) {
        for (const f of fields.filter((x) => x.scoped && x.path.length === 1)) variants.push([`${f.path[0]} pointed outside`, home, f]);
        const slot = slotOf(fields, actor);
        if (slot && !slot.scoped) variants.push([`moved out (${slot.path.join('.')})`, home, { ...slot, move: true }]);
      }
      for (const [what, sc, f] of variants) {
        const { rec, body: made, kept } = await makeTarget(route, sc, actor);
        let body;
        if (route.action === 'update') body = route.recordBody ? harmless(route.kind) : structuredClone(schemas[route.bodySchema]?.example ?? {});
        else if (route.bodySchema) {
          body = structuredClone(schemas[route.bodySchema].example);
          // the record a step names (the partnership an opportunity became): the target's scope's
          const bs = schemas[route.bodySchema];
          for (const [k, p] of Object.entries(bs.properties ?? {})) if (p['x-ref'] && (bs.required ?? []).includes(k)) body[k] = sc[p['x-ref']];
        }
        if (f) {
          body = {};
          const v = away[f.table];
          if (f.path.length === 1) body[f.path[0]] = f.array ? [v] : v;
          else setPath(body, f.path, v);
          if (f.path.length > 1) body[f.path[0]] = { ...rec[f.path[0]], ...body[f.path[0]] };
          for (const k of Object.keys(body[f.path[0]] ?? {})) if (schemas[refName(schemas[route.kind].properties[f.path[0]])]?.properties?.[k]?.readOnly) delete body[f.path[0]][k];
        }
        const path = route.param ? route.path.replace(`{${route.param}}`, encodeURIComponent(rec?.[route.param])) : route.path;
        await attempt(route, actor, what, path, body, route.param ? rec : {});
        if (!kept) await remove(route.kind, await getRec(`${createRoute(route.kind).path}/${encodeURIComponent(rec[createRoute(route.kind).key])}`) ?? (route.action === 'delete' ? null : rec), made);
      }
    }
  }
  const nroutes = judged.length;
  console.log(`matrix: ${nroutes} write routes × ${roles.length} roles: ${counts.cases} writes tried, ` +
    `${counts.refused} refused, ${counts.allowed} allowed, ${counts.unexpected.length} unexpected`);
  assert.equal(seen.size, nroutes, 'every write route was tried');
  assert.deepEqual(counts.unexpected, [], 'the server and the published rules disagree');
  assert.ok(counts.refused > 100 && counts.allowed > 50, 'both refusals and successes were tried');
});

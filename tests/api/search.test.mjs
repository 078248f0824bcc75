// The search box (GET /search, `amity search`): four groups in a fixed
// order; folding (case, diacritics, the ʿayn and long vowels of a
// transliteration, Arabic and Persian letter forms, Cyrillic); words as
// beginnings, from one letter; cities largest first, networks and
// organisations nearest first; limits and "more"; practices as the rights
// let each caller see them (drafts never to the public); the index kept up
// with changes; bad input.
//
// SYNTHETIC TEST DATA: every city, network, organisation, practice and
// account below is invented ("Zqköln", "Zqport", "Liga ʿAbbāsiyya Zq",
// "زقكيان"...); the "zq" in every name keeps them apart from any real place.
// Real ISO country codes are used only because a city needs one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cli } from './harness.mjs';
import { adminServer, create, expectStatus, expectError, fresh, API } from './helpers.mjs';

let s, admin;
const C = {}; // cities by key
const N = {}; // networks
const O = {}; // organisations
const P = {}; // practices
const tok = {};

const OFFICER = { username: 'officer.zqkoln', password: 'officer-zqkoln-1' };
const OTHER = { username: 'officer.zqport', password: 'officer-zqport-1' };

const search = async (q, { token, limit } = {}) => {
  const qs = new URLSearchParams({ q, ...(limit ? { limit: String(limit) } : {}) });
  // as the data is now: the index is rebuilt in the background after a change
  return expectStatus(await fresh(s, `${API}/search?${qs}`, { token }), 200, `search ${q}`).json;
};
const group = (res, kind) => res.groups.find((g) => g.kind === kind);
const names = (res, kind) => group(res, kind).items.map((h) => h.name);

before(async () => {
  ({ s, admin } = await adminServer());
  const city = async (key, body) => { C[key] = (await create(s, admin, 'cities', body)).id; };
  await city('koln', { name: 'Zqköln', country: 'DE', population: 1000000, alt_names: ['Zqcologne', 'Зккёльн'] });
  await city('alpha', { name: 'Zqport Alpha', country: 'FR', population: 10 });
  await city('beta', { name: 'Zqport Beta', country: 'FR', population: 5000, region: 'Zqregion' });
  await city('gamma', { name: 'Zqport Gamma', country: 'FR' });
  await city('arabic', { name: 'زقكيان', country: 'IR', population: 300 });      // Arabic kaf and yeh
  await city('persian', { name: 'زقدیکان', country: 'IR', population: 200 });    // Persian yeh and keheh
  await city('reggio', { name: "Zqreggio nell'Emilia", country: 'IT', population: 7000 });
  for (let i = 0; i < 7; i++) await city(`many${i}`, { name: `Zqmany ${i}`, country: 'ES', population: 100 + i });

  N.liga = (await create(s, admin, 'networks', { name: 'Liga ʿAbbāsiyya Zq', acronym: 'LAZQ' })).id;
  N.union = (await create(s, admin, 'networks', { name: 'Union of Zqtowns', acronym: 'ZQUT' })).id;
  N.zqut = (await create(s, admin, 'networks', { name: 'Zqut Friends of Long Names and Many Words' })).id;
  await create(s, admin, 'memberships', { network_id: N.union, city_id: C.koln });
  await create(s, admin, 'memberships', { network_id: N.union, city_id: C.beta });

  O.agency = (await create(s, admin, 'organisations', { name: 'Zqköln Agency', kind: 'municipal_agency', city_id: C.koln })).id;
  O.ministry = (await create(s, admin, 'organisations', { name: 'Zqministry of Twinning', country: 'FR' })).id;

  for (const [u, city] of [[OFFICER, C.koln], [OTHER, C.beta]]) {
    const r = cli(s.db, ['user', 'add', u.username, '--role', 'officer', '--city', String(city)], `${u.password}\n`);
    assert.equal(r.status, 0, r.stderr);
  }
  tok.officer = await s.login(OFFICER.username, OFFICER.password);
  tok.other = await s.login(OTHER.username, OTHER.password);

  const practice = async (key, title, publish) => {
    P[key] = (await create(s, tok.officer, 'practices', {
      title, summary: 'Synthetic summary.', city_id: C.koln, network_id: N.union, start_year: 2021,
    })).id;
    if (!publish) return;
    expectStatus(await s.req('POST', `${API}/practices/${P[key]}/submit`, { token: tok.officer }), 200);
    expectStatus(await s.req('POST', `${API}/practices/${P[key]}/publish`, { token: admin }), 200);
  };
  await practice('published', 'Zqfestival of neighbours', true);
  await practice('draft', 'Zqdraftonly welcome desk', false);
});
after(async () => { await s?.stop(); });

test('four groups, always, in one order; each hit with its kind, id, name, detail and links', async () => {
  const res = await search('zq');
  assert.deepEqual(res.groups.map((g) => g.kind), ['city', 'network', 'organisation', 'practice']);
  assert.deepEqual(res.groups.map((g) => g.label), ['Cities', 'Networks', 'Organisations', 'Practices']);
  for (const g of res.groups) {
    assert.ok(g.items.length > 0, `${g.kind}: something found`);
    for (const h of g.items) assert.equal(h.kind, g.kind);
  }
  const koln = (await search('zqkoln')).groups[0].items[0];
  assert.equal(koln.id, C.koln);
  assert.equal(koln.name, 'Zqköln');
  assert.equal(koln.link, `#/city/${C.koln}`);
  assert.equal(koln.api, `${API}/cities/${C.koln}`);
  assert.match(koln.detail, /Germany/);
  assert.match(koln.detail, /1,000,000 inhabitants/);
  assert.equal(koln.matched, null);
  assert.equal(koln.status, null);
  const beta = group(await search('zqport beta'), 'city').items[0];
  assert.match(beta.detail, /^Zqregion, France/);

  const none = await search('zqnothinglikethis');
  for (const g of none.groups) assert.deepEqual([g.items, g.more], [[], false]);
  const punct = await search('?!');
  for (const g of punct.groups) assert.deepEqual(g.items, []);
});

test('folded as the city search folds: case, diacritics, transliterations, Arabic and Persian letters', async () => {
  for (const q of ['zqkoln', 'ZQKÖLN', 'Zqköln', 'zqko', 'zqkö']) {
    assert.equal(group(await search(q), 'city').items[0]?.id, C.koln, q);
  }
  // found by another name: the hit says which
  const cyr = group(await search('зккё'), 'city').items;
  assert.deepEqual(cyr.map((h) => [h.id, h.matched]), [[C.koln, 'Зккёльн']]);
  assert.equal(group(await search('ЗККЕЛЬН'), 'city').items[0]?.id, C.koln, 'ё as е, upper case');
  assert.equal(group(await search('zqcolog'), 'city').items[0]?.matched, 'Zqcologne');
  // ʿAbbās and abbas meet
  for (const q of ['abbas', 'ʿAbbās', 'ABBASIY', "'abbasiyya zq"]) {
    assert.deepEqual(names(await search(q), 'network'), ['Liga ʿAbbāsiyya Zq'], q);
  }
  // Arabic kaf/yeh and Persian keheh/yeh, each found by the other's keyboard
  assert.deepEqual(group(await search('زقکیان'), 'city').items.map((h) => h.id), [C.arabic], 'Persian letters find Arabic');
  assert.deepEqual(group(await search('زقكيا'), 'city').items.map((h) => h.id), [C.arabic], 'Arabic letters find Arabic');
  assert.deepEqual(group(await search('زقديك'), 'city').items.map((h) => h.id), [C.persian], 'Arabic letters find Persian');
  assert.deepEqual(group(await search('زق'), 'city').items.map((h) => h.id), [C.arabic, C.persian], 'two letters, largest first');
  // an apostrophe vanishes, as in the city search: "nell'emilia" is one word
  assert.deepEqual(group(await search('zqreggio nellem'), 'city').items.map((h) => h.id), [C.reggio]);
  assert.deepEqual(group(await search('zqreggio emilia'), 'city').items, []);
});

test('words are beginnings of words, from one letter; all of them must be found', async () => {
  assert.ok(group(await search('z'), 'city').items.length > 0, 'one letter');
  assert.deepEqual(names(await search('zqport b'), 'city'), ['Zqport Beta']);
  assert.deepEqual(names(await search('b zqport'), 'city'), ['Zqport Beta'], 'in any order');
  assert.deepEqual(names(await search('zqport x'), 'city'), []);
  assert.deepEqual(names(await search('port'), 'city'), [], 'the middle of a word is not a beginning');
  // a word of an organisation's name, and a practice's title
  assert.deepEqual(names(await search('twinn'), 'organisation'), ['Zqministry of Twinning']);
  assert.deepEqual(names(await search('zqfest'), 'practice'), ['Zqfestival of neighbours']);
  assert.deepEqual(names(await search('neighb zqfe'), 'practice'), ['Zqfestival of neighbours']);
});

test('cities largest first; networks and organisations nearest first', async () => {
  assert.deepEqual(names(await search('zqport'), 'city'), ['Zqport Beta', 'Zqport Alpha', 'Zqport Gamma']);
  // "zqut": the acronym ZQUT is it, a name begins with it; the first wins
  assert.deepEqual(names(await search('zqut'), 'network'), ['Union of Zqtowns', 'Zqut Friends of Long Names and Many Words']);
  const union = group(await search('zqut'), 'network').items[0];
  assert.equal(union.detail, 'ZQUT · 2 members');
  assert.equal(union.link, `#/network/${N.union}`);
  // an organisation links to its city's page, or nowhere
  const agency = group(await search('zqkoln agen'), 'organisation').items[0];
  assert.deepEqual([agency.id, agency.link, agency.api], [O.agency, `#/city/${C.koln}`, `${API}/organisations/${O.agency}`]);
  assert.equal(agency.detail, 'municipal agency · Zqköln, Germany');
  const ministry = group(await search('zqministry'), 'organisation').items[0];
  assert.deepEqual([ministry.link, ministry.detail], [null, 'France']);
});

test('limits: five of each kind by default, limit= of each, "more" when there are more', async () => {
  const dflt = group(await search('zqmany'), 'city');
  assert.equal(dflt.items.length, 5);
  assert.equal(dflt.more, true);
  assert.deepEqual(dflt.items.map((h) => h.name), ['Zqmany 6', 'Zqmany 5', 'Zqmany 4', 'Zqmany 3', 'Zqmany 2']);
  const two = await search('zq', { limit: 2 });
  for (const g of two.groups) assert.ok(g.items.length <= 2, g.kind);
  assert.equal(group(two, 'city').more, true);
  const all = group(await search('zqmany', { limit: 7 }), 'city');
  assert.deepEqual([all.items.length, all.more], [7, false]);
  const fifty = group(await search('zq', { limit: 50 }), 'city');
  assert.equal(fifty.items.length, Object.keys(C).length - 2, 'all but the two in Arabic script');
  assert.equal(fifty.more, false);
});

test('practices: drafts never to the public; each caller sees what the rights let it read', async () => {
  const anon = await search('zqdraftonly');
  assert.deepEqual(group(anon, 'practice').items, [], 'no draft for the public');
  assert.equal(group(anon, 'practice').more, false, 'not even counted');
  assert.deepEqual(group(await search('zqdraftonly', { token: tok.other }), 'practice').items, [], 'nor for another city');
  const own = group(await search('zqdraftonly', { token: tok.officer }), 'practice').items;
  assert.deepEqual(own.map((h) => [h.id, h.status]), [[P.draft, 'draft']], 'its city\'s officer sees it, marked');
  const pub = group(await search('zqfestival'), 'practice').items[0];
  assert.deepEqual([pub.id, pub.status, pub.link, pub.api], [P.published, null, `#/practice/${P.published}`, `${API}/practices/${P.published}`]);
  assert.equal(pub.detail, 'Zqköln, Germany · 2021');
  // the public's "zq" shows one practice
  assert.deepEqual(group(await search('zq'), 'practice').items.map((h) => h.id), [P.published]);
  // practice-search syntax typed is only words
  assert.deepEqual(group(await search('"zqfestival OR'), 'practice').items.map((h) => h.id), []);
  assert.deepEqual(group(await search('zqfestival* "of'), 'practice').items.map((h) => h.id), [P.published]);
});

test('the index follows changes: new, renamed, resized and deleted records', async () => {
  const id = (await create(s, admin, 'cities', { name: 'Zqnewtown', country: 'PT', population: 50 })).id;
  assert.deepEqual(group(await search('zqnewt'), 'city').items.map((h) => h.id), [id], 'a new city at once');
  expectStatus(await s.req('PATCH', `${API}/cities/${id}`, { token: admin, body: { name: 'Zqrenamedtown' } }), 200);
  assert.deepEqual(group(await search('zqnewt'), 'city').items, [], 'the old name gone');
  assert.deepEqual(group(await search('zqrenamed'), 'city').items.map((h) => h.id), [id]);
  expectStatus(await s.req('PATCH', `${API}/cities/${C.gamma}`, { token: admin, body: { population: 9000 } }), 200);
  assert.deepEqual(names(await search('zqport'), 'city'), ['Zqport Gamma', 'Zqport Beta', 'Zqport Alpha'], 'by the new size');
  expectStatus(await s.req('DELETE', `${API}/cities/${id}`, { token: admin }), 204);
  assert.deepEqual(group(await search('zqrenamed'), 'city').items, [], 'deleted');

  const net = (await create(s, admin, 'networks', { name: 'Zqfresh Network' })).id;
  assert.deepEqual(group(await search('zqfresh'), 'network').items.map((h) => h.id), [net]);
  expectStatus(await s.req('PATCH', `${API}/networks/${net}`, { token: admin, body: { acronym: 'QQFN' } }), 200);
  assert.deepEqual(group(await search('qqfn'), 'network').items.map((h) => h.id), [net], 'by its new acronym');
  const org = (await create(s, admin, 'organisations', { name: 'Zqfresh Bureau' })).id;
  assert.deepEqual(group(await search('zqfresh bur'), 'organisation').items.map((h) => h.id), [org]);
});

test('bad input: 400 naming the field', async () => {
  const bad = async (qs, field) => expectError(await s.req('GET', `${API}/search${qs}`), 400, { field, what: qs });
  await bad('', 'q');
  await bad('?q=', 'q');
  await bad('?q=%20%20', 'q');
  await bad(`?q=${'z'.repeat(101)}`, 'q');
  await bad('?q=zq&limit=0', 'limit');
  await bad('?q=zq&limit=51', 'limit');
  await bad('?q=zq&limit=two', 'limit');
  await bad('?q=zq&kind=city', 'kind');
  expectError(await s.req('GET', `${API}/search?q=%FF`), 400);
  expectError(await s.req('POST', `${API}/search?q=zq`, { token: admin, body: {} }), 405);
});

test('the command line: amity search WORDS', () => {
  const r = cli(s.db, ['search', 'zqmany', '--limit', '2']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Cities\n {2}\d+ +Zqmany 6 -- Spain · 106 inhabitants\n {2}\d+ +Zqmany 5 -- Spain · 105 inhabitants\n {2}\.\.\. more/);
  assert.match(r.stdout, /\nNetworks\n {2}\(none\)\n/);
  const cyr = cli(s.db, ['search', 'зккёльн']);
  assert.match(cyr.stdout, /^Cities\n {2}\d+ +Zqköln -- Germany · 1,000,000 inhabitants \(as Зккёльн\)\n/);
  const j = cli(s.db, ['search', 'zqdraftonly', '--json']);
  assert.equal(j.status, 0, j.stderr);
  // the command line acts as an admin: it sees the draft, marked
  assert.deepEqual(JSON.parse(j.stdout).groups[3].items.map((h) => [h.id, h.status]), [[P.draft, 'draft']]);
  const words = cli(s.db, ['search', 'zqport', 'b']);
  assert.match(words.stdout, /Zqport Beta/);
  assert.doesNotMatch(words.stdout, /Zqport Alpha/);
  assert.equal(cli(s.db, ['search']).status, 2);
  assert.equal(cli(s.db, ['search', 'zq', '--limit', '99']).status, 2);
});

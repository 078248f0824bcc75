// The good-practice library: full-text search (ranking, phrases, prefixes,
// OR, folding of case, diacritics and Arabic/Persian letter variants),
// facets, paging and sorting, the review workflow with its roles and
// versions, who sees the contact, "more like this", the template, bad input.
//
// All data created here is SYNTHETIC TEST DATA: the cities (Testville,
// Sampleburg, Mockton), networks, users and practices are invented, and the
// texts only carry the words the tests search for. Nothing here is a fact
// about a real city; the marker words (zqrank, zqfold, ...) keep each test's
// searches to its own practices.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { adminServer, create, expectStatus, expectError, list, walk, API } from './helpers.mjs';

const P = (x) => `${API}/${x}`;
const THIS_YEAR = new Date().getUTCFullYear();
const FACETS = ['topic', 'country', 'city', 'year', 'network', 'language'];
const SECRET_EMAIL = 'zq.contact@example.invalid';
const SECRET_NAME = 'Zq Contactperson';
const CONTACT = { contact_name: SECRET_NAME, contact_email: SECRET_EMAIL };

const U = {
  writer: { username: 'writer.t', password: 'writer-pass-1' },       // a second officer of Testville: the author
  offT: { username: 'officer.t', password: 'officer-t-pass-1' },     // officer of Testville
  offS: { username: 'officer.s', password: 'officer-s-pass-1' },     // officer of Sampleburg: an outsider
  secN: { username: 'secretariat.n', password: 'secretariat-n-1' },  // reviews network N
  secM: { username: 'secretariat.m', password: 'secretariat-m-1' },  // reviews network M: an outsider
};

// ---- the main server: search, workflow, visibility -------------------------
let s, admin;
const tok = {};   // username key -> token
let T, S, M, N, NM; // cities Testville, Sampleburg, Mockton; networks N, M

// ---- the facet server: a small corpus and nothing else ----------------------
let f, fadmin;
let FT, FS, FN;
const corpus = []; // [{id, model}] published practices of the facet server
let topicLabels = {};

before(async () => {
  ({ s, admin } = await adminServer());
  T = await create(s, admin, 'cities', { name: 'Testville', country: 'IT' });
  S = await create(s, admin, 'cities', { name: 'Sampleburg', country: 'FR' });
  M = await create(s, admin, 'cities', { name: 'Mockton', country: 'DE' });
  N = await create(s, admin, 'networks', { name: 'Test Network N', acronym: 'TNN' });
  NM = await create(s, admin, 'networks', { name: 'Test Network M', acronym: 'TNM' });
  // a city submits its practices to a network it is a member of
  await create(s, admin, 'memberships', { network_id: N.id, city_id: T.id });
  await create(s, admin, 'users', { ...U.writer, role: 'officer', city_id: T.id });
  await create(s, admin, 'users', { ...U.offT, role: 'officer', city_id: T.id });
  await create(s, admin, 'users', { ...U.offS, role: 'officer', city_id: S.id });
  await create(s, admin, 'users', { ...U.secN, role: 'secretariat', network_id: N.id });
  await create(s, admin, 'users', { ...U.secM, role: 'secretariat', network_id: NM.id });
  for (const [k, u] of Object.entries(U)) tok[k] = await s.login(u.username, u.password);
  tok.admin = admin;
  tok.anon = undefined;

  ({ s: f, admin: fadmin } = await adminServer());
  FT = await create(f, fadmin, 'cities', { name: 'Testville', country: 'IT' });
  FS = await create(f, fadmin, 'cities', { name: 'Sampleburg', country: 'FR' });
  FN = await create(f, fadmin, 'networks', { name: 'Facet Test Network', acronym: 'FTN' });
  const topics = await list(f, P('topics?limit=100'));
  topicLabels = Object.fromEntries(topics.items.map((t) => [t.id, t.label]));
  // six published practices over 2 countries, 3 topics, several years
  // model: what the facets should see; first/last: the years it runs
  const rows = [
    [{ city_id: FT.id, topics: ['sdg-11'], start_year: 2015, end_year: 2017, language: 'en', network_id: FN.id },
      { country: 'IT', city: FT.id, topics: ['sdg-11'], first: 2015, last: 2017, language: 'en', network: FN.id }],
    [{ city_id: FT.id, topics: ['sdg-11', 'sdg-4'], period: 'since 2020', language: 'it', network_id: FN.id },
      { country: 'IT', city: FT.id, topics: ['sdg-11', 'sdg-4'], first: 2020, last: THIS_YEAR, language: 'it', network: FN.id }],
    [{ country: 'IT', topics: ['icc-education'], start_year: 2018, end_year: 2018, language: 'en' },
      { country: 'IT', city: null, topics: ['icc-education'], first: 2018, last: 2018, language: 'en', network: null }],
    [{ country: 'IT', topics: ['sdg-4'], start_year: 2016, end_year: 2016, language: 'en' },
      { country: 'IT', city: null, topics: ['sdg-4'], first: 2016, last: 2016, language: 'en', network: null }],
    [{ city_id: FS.id, topics: ['sdg-4'], period: '2019 - ongoing', language: 'fr', network_id: FN.id },
      { country: 'FR', city: FS.id, topics: ['sdg-4'], first: 2019, last: THIS_YEAR, language: 'fr', network: FN.id }],
    [{ city_id: FS.id, topics: ['sdg-11', 'icc-education'], period: '2014-2015', language: 'en' },
      { country: 'FR', city: FS.id, topics: ['sdg-11', 'icc-education'], first: 2014, last: 2015, language: 'en', network: null }],
  ];
  for (const [i, [body, model]] of rows.entries()) {
    const p = await publish(f, fadmin, { title: `Zqfacet practice ${i + 1}`, summary: `Synthetic facet test practice number ${i + 1}.`, ...body });
    corpus.push({ id: p.id, model });
  }
  // a draft and a submitted practice that the public facets must not count
  await create(f, fadmin, 'practices', { title: 'Zqfacet draft', country: 'IT', topics: ['sdg-11'], start_year: 2016, language: 'en' });
  const sub = await create(f, fadmin, 'practices', { title: 'Zqfacet submitted', country: 'FR', topics: ['sdg-4'], start_year: 2016, language: 'fr' });
  expectStatus(await f.req('POST', P(`practices/${sub.id}/submit`), { token: fadmin }), 200);
});

after(async () => {
  await s?.stop();
  await f?.stop();
});

// ---- helpers -------------------------------------------------------------

// Create, submit and publish a practice (as the given user, admin by default).
async function publish(srv, token, body) {
  const p = await create(srv, token, 'practices', body);
  expectStatus(await srv.req('POST', P(`practices/${p.id}/submit`), { token }), 200, 'submit');
  const r = await srv.req('POST', P(`practices/${p.id}/publish`), { token });
  expectStatus(r, 200, 'publish');
  assert.equal(r.json.status, 'published');
  return r.json;
}

// Search; query is an object of parameters.
async function search(query, { token, srv = s } = {}) {
  const qs = new URLSearchParams({ limit: '100', ...query }).toString();
  return list(srv, P(`practices?${qs}`), token);
}
const ids = async (query, opts) => (await search(query, opts)).items.map((p) => p.id);
const sameSet = (a, b, what) => assert.deepEqual([...a].sort((x, y) => x - y), [...b].sort((x, y) => x - y), what);

function noContact(obj, what) {
  const text = JSON.stringify(obj);
  assert.ok(!text.includes(SECRET_EMAIL), `${what}: contact_email leaked: ${text.slice(0, 300)}`);
  assert.ok(!text.includes(SECRET_NAME), `${what}: contact_name leaked`);
  assert.ok(!/"contact_(name|email)"/.test(text), `${what}: contact keys present`);
}

const act = (id, step, token, body) => s.req('POST', P(`practices/${id}/${step}`), { token, body });
const get = (id, token) => s.req('GET', P(`practices/${id}`), { token });
const patch = (id, token, body) => s.req('PATCH', P(`practices/${id}`), { token, body });

// A practice of Testville in network N, drafted by writer (an officer of Testville).
async function writersDraft(extra = {}) {
  return create(s, tok.writer, 'practices', {
    title: 'Zqwork neighbourhood kitchens', city_id: T.id, network_id: N.id, language: 'en',
    summary: 'Synthetic workflow test practice.', ...CONTACT, ...extra,
  });
}

// ---- (1) search: ranking, phrases, prefixes, OR, folding ----------------------

test('a word in the title ranks above the same word in the body', async () => {
  // the body match is created first, so an id order would put it first
  const body = await publish(s, admin, {
    title: 'Zqrank evening walks', city_id: T.id, summary: 'Evening walks for new residents of the old town.',
    process: 'Children carry a lantern through the streets of the old town.',
  });
  const title = await publish(s, admin, {
    title: 'Zqrank lantern walks', city_id: T.id, summary: 'Evening walks for new residents of the old town.',
    process: 'Children walk through the streets of the old town.',
  });
  const r = await search({ q: 'zqrank lantern' });
  assert.deepEqual(r.items.map((p) => p.id), [title.id, body.id], 'title match first');
  assert.equal(r.total, 2);
  assert.equal(typeof r.items[0].score, 'number');
  assert.ok(r.items[0].score > r.items[1].score, `scores ${r.items[0].score} > ${r.items[1].score}`);
  // sort=relevance says the same; the snippets mark the words found
  assert.deepEqual(await ids({ q: 'lantern zqrank', sort: 'relevance' }), [title.id, body.id]);
  for (const p of r.items) {
    assert.ok(Array.isArray(p.snippet) && p.snippet.length > 0, 'a snippet');
    for (const seg of p.snippet) {
      assert.equal(typeof seg.text, 'string');
      assert.equal(typeof seg.hit, 'boolean');
    }
    const hits = p.snippet.filter((x) => x.hit).map((x) => x.text.toLowerCase());
    assert.ok(hits.length > 0, `hits in ${JSON.stringify(p.snippet)}`);
    for (const h of hits) assert.ok(['zqrank', 'lantern'].includes(h), `hit "${h}" is a word searched`);
  }
});

test('a "phrase" matches only its words in that order', async () => {
  const ab = await publish(s, admin, { title: 'Zqphrase one', country: 'IT', summary: 'A green harbour for all residents.' });
  const ba = await publish(s, admin, { title: 'Zqphrase two', country: 'IT', summary: 'By the harbour green lawns grow.' });
  const apart = await publish(s, admin, { title: 'Zqphrase three', country: 'IT', summary: 'The harbour was painted green.' });
  sameSet(await ids({ q: 'zqphrase "green harbour"' }), [ab.id], 'green harbour');
  sameSet(await ids({ q: 'zqphrase "harbour green"' }), [ba.id], 'harbour green');
  sameSet(await ids({ q: 'zqphrase green harbour' }), [ab.id, ba.id, apart.id], 'the words, in any order');
  sameSet(await ids({ q: '"Zqphrase one"' }), [ab.id], 'a phrase in the title');
  // the phrase is folded like words are
  sameSet(await ids({ q: 'ZQPHRASE "GREEN HARBOUR"' }), [ab.id], 'upper case');
  // the snippet marks only words of the query
  const r = await search({ q: 'zqphrase "green harbour"' });
  const hits = r.items[0].snippet.filter((x) => x.hit).map((x) => x.text.toLowerCase());
  assert.ok(hits.length > 0, JSON.stringify(r.items[0].snippet));
  for (const h of hits) assert.ok(['zqphrase', 'green', 'harbour'].includes(h), `hit "${h}"`);
});

test('prefix* matches words that start with it; without * the word must be whole', async () => {
  const e = await publish(s, admin, { title: 'Zqprefix cooperative bakery', country: 'FR' });
  const g = await publish(s, admin, { title: 'Zqprefix cooperation agreement', country: 'FR' });
  const h = await publish(s, admin, { title: 'Zqprefix cook book', country: 'FR' });
  sameSet(await ids({ q: 'zqprefix cooperat*' }), [e.id, g.id], 'cooperat*');
  sameSet(await ids({ q: 'zqprefix coo*' }), [e.id, g.id, h.id], 'coo*');
  sameSet(await ids({ q: 'zqprefix coop*' }), [e.id, g.id], 'coop*');
  sameSet(await ids({ q: 'zqprefix cooperat' }), [], 'no * : a whole word');
  sameSet(await ids({ q: 'zqpref* bakery' }), [e.id], 'prefix of the marker');
  sameSet(await ids({ q: 'ZQPREFIX COOPERAT*' }), [e.id, g.id], 'a prefix is folded too');
});

test('OR between words: either word, the other words still all required', async () => {
  const e = await publish(s, admin, { title: 'Zqor pretzel stall', country: 'FR' });
  const g = await publish(s, admin, { title: 'Zqor covenant signing', country: 'FR' });
  const h = await publish(s, admin, { title: 'Zqor almanac printing', country: 'FR' });
  // a practice with "pretzel" and "covenant" but without the marker word
  const x = await publish(s, admin, { title: 'Other pretzel covenant', country: 'FR' });
  sameSet(await ids({ q: 'zqor pretzel' }), [e.id], 'one word');
  sameSet(await ids({ q: 'zqor pretzel covenant' }), [], 'all words must match');
  sameSet(await ids({ q: 'pretzel OR covenant' }), [e.id, g.id, x.id], 'OR alone');
  sameSet(await ids({ q: 'pretzel OR zqnothing' }), [e.id, x.id], 'OR with a word found nowhere');
  // "zqor pretzel OR covenant" is zqor AND (pretzel OR covenant), as "all words must match" says;
  // read as (zqor AND pretzel) OR covenant it would add the practice without the marker word.
  // Every wrong answer is collected first, so that the failure lists them all.
  const wrong = [];
  for (const [q, want] of [
    ['zqor pretzel OR covenant', [e.id, g.id]],
    ['pretzel OR covenant zqor', [e.id, g.id]],
    ['zqor almanac OR pretzel OR covenant', [e.id, g.id, h.id]],
    ['zqor pretzel OR zqnothing', [e.id]],
  ]) {
    const got = (await ids({ q })).sort((a, b) => a - b);
    if (JSON.stringify(got) !== JSON.stringify([...want].sort((a, b) => a - b))) wrong.push(`q=${q}: got ${got}, want ${want} (${x.id} has no zqor)`);
  }
  assert.deepEqual(wrong, [], 'OR must not drop the other required words');
});

test('Cyrillic, Arabic and Persian words are found whatever the case, diacritics or letter variants', async () => {
  // synthetic texts: these words only test the folding
  const cyr = await publish(s, admin, { title: 'Zqfold reading circle', country: 'DE', summary: 'Word test: Москва, КИЕВСКАЯ улица.' });
  const fa = await publish(s, admin, { title: 'Zqfold Persian letters', country: 'DE', summary: 'Word test: شیراز and کتاب, written with Persian yeh and keheh.' });
  const ar = await publish(s, admin, { title: 'Zqfold Arabic harakat', country: 'DE', summary: 'Word test: مَدِينَةٌ جَمِيلَةٌ with harakat.' });
  const de = await publish(s, admin, { title: 'Zqfold accents', country: 'DE', summary: 'Word test: Köln, Ærøskøbing, São Tomé, Łódź.' });
  const cases = [
    ['москва', cyr], ['МОСКВА', cyr], ['Москва', cyr], ['киевская', cyr], ['моск*', cyr],
    ['شيراز', fa],   // typed with the Arabic yeh U+064A; the text has the Persian yeh U+06CC
    ['شیراز', fa],   // as written
    ['كتاب', fa],    // Arabic kaf U+0643; the text has the Persian keheh U+06A9
    ['مدينة', ar],   // without the harakat
    ['جميلة', ar],
    ['مَدِينَةٌ', ar], // with them
    ['koln', de], ['KOLN', de], ['köln', de], ['aeroskobing', de], ['sao tome', de], ['"sao tome"', de], ['lodz', de],
  ];
  for (const [q, want] of cases) {
    sameSet(await ids({ q: `zqfold ${q}` }), [want.id], `q=${q}`);
    sameSet(await ids({ q }), [want.id], `q=${q} alone`);
  }
  // the snippet shows the word as written, marked as a hit
  const r = await search({ q: 'koln' });
  const hits = r.items[0].snippet.filter((x) => x.hit).map((x) => x.text);
  assert.deepEqual(hits, ['Köln'], JSON.stringify(r.items[0].snippet));
  const r2 = await search({ q: 'شيراز' });
  assert.deepEqual(r2.items[0].snippet.filter((x) => x.hit).map((x) => x.text), ['شیراز']);
});

test('search only shows published practices by default, with filters on the words found', async () => {
  const pub = await publish(s, admin, { title: 'Zqdefault published', city_id: T.id, topics: ['sdg-11'], language: 'en' });
  const dr = await create(s, admin, 'practices', { title: 'Zqdefault draft', city_id: T.id, topics: ['sdg-11'], language: 'en' });
  for (const t of [undefined, admin]) {
    sameSet(await ids({ q: 'zqdefault' }, { token: t }), [pub.id], 'only the published one');
    sameSet(await ids({ q: 'zqdefault', status: 'published' }, { token: t }), [pub.id], 'status=published');
  }
  sameSet(await ids({ q: 'zqdefault', status: 'draft' }, { token: admin }), [dr.id], 'status=draft for the admin');
  sameSet(await ids({ q: 'zqdefault', country: 'IT', topic: 'sdg-11', city: String(T.id), language: 'en' }), [pub.id]);
  sameSet(await ids({ q: 'zqdefault', country: 'FR' }), []);
  sameSet(await ids({ q: 'zqdefault', topic: 'sdg-4' }), []);
  sameSet(await ids({ q: 'zqdefault', country: 'it' }), [pub.id], 'a country code in lower case');
});

// ---- (2) facets ----------------------------------------------------------------

// The facet counts the corpus should give under some filters (disjunctive:
// each facet is counted under all the other filters).
function expectedFacets(filters) {
  const pass = (m, skip) => Object.entries(filters).every(([k, v]) => {
    if (k === skip) return true;
    switch (k) {
      case 'topic': return m.topics.includes(v);
      case 'country': return m.country === v;
      case 'city': return m.city === Number(v);
      case 'year': return m.first <= Number(v) && Number(v) <= m.last;
      case 'network': return m.network === Number(v);
      case 'language': return m.language === v;
      default: throw new Error(k);
    }
  });
  const out = {};
  for (const facet of FACETS) {
    const counts = {};
    const add = (v) => { counts[v] = (counts[v] || 0) + 1; };
    for (const { model: m } of corpus) {
      if (!pass(m, facet)) continue;
      if (facet === 'topic') m.topics.forEach(add);
      if (facet === 'country') add(m.country);
      if (facet === 'city' && m.city) add(String(m.city));
      if (facet === 'year') for (let y = m.first; y <= m.last; y++) add(String(y));
      if (facet === 'network' && m.network) add(String(m.network));
      if (facet === 'language') add(m.language);
    }
    if (filters[facet] !== undefined && !(String(filters[facet]) in counts)) counts[String(filters[facet])] = 0;
    out[facet] = counts;
  }
  const results = corpus.filter(({ model }) => pass(model, null)).map((c) => c.id);
  return { facets: out, results };
}

function facetCounts(body) {
  const out = {};
  for (const facet of FACETS) {
    assert.ok(Array.isArray(body.facets[facet]), `facets.${facet} is an array: ${JSON.stringify(body.facets)}`);
    out[facet] = {};
    for (const x of body.facets[facet]) {
      assert.equal(typeof x.value, 'string', `${facet} value`);
      assert.equal(typeof x.label, 'string', `${facet} label`);
      assert.equal(typeof x.count, 'number', `${facet} count`);
      assert.ok(!(x.value in out[facet]), `${facet} ${x.value} listed once`);
      out[facet][x.value] = x.count;
    }
  }
  return out;
}

async function checkFacets(filters, what) {
  const want = expectedFacets(filters);
  for (const q of [{}, { q: 'zqfacet' }]) {
    const body = await search({ ...q, ...filters }, { srv: f });
    sameSet(body.items.map((p) => p.id), want.results, `${what} ${JSON.stringify(q)}: results`);
    assert.equal(body.total, want.results.length, `${what}: total`);
    assert.deepEqual(facetCounts(body), want.facets, `${what} ${JSON.stringify(q)}: facet counts`);
  }
}

test('facets: counts on a small corpus, with labels; drafts and submitted ones not counted', async () => {
  const body = await search({}, { srv: f });
  assert.equal(body.total, 6);
  const c = facetCounts(body);
  // the numbers by hand, so that a mistake in expectedFacets shows too
  assert.deepEqual(c.country, { IT: 4, FR: 2 });
  assert.deepEqual(c.topic, { 'sdg-11': 3, 'sdg-4': 3, 'icc-education': 2 });
  assert.deepEqual(c.language, { en: 4, it: 1, fr: 1 });
  assert.deepEqual(c.city, { [FT.id]: 2, [FS.id]: 2 });
  assert.deepEqual(c.network, { [FN.id]: 3 });
  assert.equal(c.year['2016'], 2, '2015-2017 and 2016');
  assert.equal(c.year['2015'], 2, '2015-2017 and 2014-2015');
  assert.equal(c.year['2014'], 1);
  assert.equal(c.year['2013'], undefined);
  await checkFacets({}, 'no filter');
  const label = (facet, value) => body.facets[facet].find((x) => x.value === value)?.label;
  assert.equal(label('country', 'IT'), 'Italy');
  assert.equal(label('country', 'FR'), 'France');
  assert.equal(label('city', String(FT.id)), 'Testville');
  assert.equal(label('city', String(FS.id)), 'Sampleburg');
  assert.ok(['FTN', 'Facet Test Network'].includes(label('network', String(FN.id))), 'network label');
  assert.equal(label('topic', 'sdg-11'), topicLabels['sdg-11']);
  assert.equal(label('year', '2016'), '2016');
  // the admin sees the same published facets; with status=draft only the draft
  const adminBody = await search({}, { srv: f, token: fadmin });
  assert.deepEqual(facetCounts(adminBody), c, 'admin: the same published facets');
  const drafts = await search({ status: 'draft' }, { srv: f, token: fadmin });
  assert.equal(drafts.total, 1);
  assert.deepEqual(facetCounts(drafts).country, { IT: 1 });
});

test('facets are disjunctive: a selected country keeps the other countries\' counts, topics follow the filter', async () => {
  const it = await search({ country: 'IT' }, { srv: f });
  assert.equal(it.total, 4);
  const c = facetCounts(it);
  assert.deepEqual(c.country, { IT: 4, FR: 2 }, 'FR keeps its count under country=IT');
  assert.deepEqual(c.topic, { 'sdg-11': 2, 'sdg-4': 2, 'icc-education': 1 }, 'topics of IT practices only');
  assert.deepEqual(c.language, { en: 3, it: 1 }, 'languages of IT practices only');
  await checkFacets({ country: 'IT' }, 'country=IT');

  const both = await search({ country: 'IT', topic: 'sdg-4' }, { srv: f });
  assert.equal(both.total, 2);
  const cb = facetCounts(both);
  assert.deepEqual(cb.country, { IT: 2, FR: 1 }, 'countries counted under the topic filter only');
  assert.deepEqual(cb.topic, { 'sdg-11': 2, 'sdg-4': 2, 'icc-education': 1 }, 'topics counted under the country filter only');
  await checkFacets({ country: 'IT', topic: 'sdg-4' }, 'country=IT&topic=sdg-4');

  await checkFacets({ country: 'FR', language: 'en' }, 'country=FR&language=en');
  await checkFacets({ city: String(FT.id) }, 'city');
  await checkFacets({ network: String(FN.id), year: '2016' }, 'network&year');
  await checkFacets({ topic: 'icc-education' }, 'topic');
});

test('facets: a selected value is always listed, with 0 when nothing has it', async () => {
  const de = await search({ country: 'DE' }, { srv: f });
  assert.equal(de.total, 0);
  assert.deepEqual(facetCounts(de).country, { IT: 4, FR: 2, DE: 0 });
  const t = await search({ topic: 'sdg-13' }, { srv: f });
  assert.equal(t.total, 0);
  assert.deepEqual(facetCounts(t).topic, { 'sdg-11': 3, 'sdg-4': 3, 'icc-education': 2, 'sdg-13': 0 });
  assert.equal(t.facets.topic.find((x) => x.value === 'sdg-13').label, topicLabels['sdg-13'], 'with its label');
  await checkFacets({ country: 'DE' }, 'country=DE');
  await checkFacets({ year: '1990' }, 'year=1990');
  // with words that match nothing the selection is still listed
  const none = await search({ q: 'zqfacet zqnothing', country: 'IT' }, { srv: f });
  assert.equal(none.total, 0);
  assert.deepEqual(facetCounts(none).country, { IT: 0 });
});

test('year facet: the years a practice runs, ongoing ones up to this year', async () => {
  const body = await search({}, { srv: f });
  const c = facetCounts(body).year;
  // "since 2020" and "2019 - ongoing" both run this year
  assert.equal(c[String(THIS_YEAR)], 2, `this year: ${JSON.stringify(c)}`);
  assert.equal(c[String(THIS_YEAR + 1)], undefined, 'not next year');
  assert.equal(c['2020'], 2);
  assert.equal(c['2019'], 1);
  assert.equal(c['2018'], 1);
  assert.equal(c['2017'], 1);
  for (let y = 2014; y <= THIS_YEAR; y++) assert.ok(String(y) in c, `year ${y} listed`);
  sameSet(await ids({ year: String(THIS_YEAR) }, { srv: f }), [corpus[1].id, corpus[4].id], 'year=this year: the ongoing ones');
  sameSet(await ids({ year: '2016' }, { srv: f }), [corpus[0].id, corpus[3].id], 'year=2016');
  sameSet(await ids({ year: String(THIS_YEAR + 1) }, { srv: f }), [], 'next year: none');
  await checkFacets({ year: String(THIS_YEAR) }, 'year=this year');
  // the years of the ongoing ones are what the practice record says
  const p2 = expectStatus(await f.req('GET', P(`practices/${corpus[1].id}`)), 200).json;
  assert.equal(p2.start_year, 2020);
  assert.equal(p2.end_year, null);
  assert.equal(p2.ongoing, true);
});

// ---- (3) paging and sorting -------------------------------------------------------

test('paging with the cursor covers every result once', async () => {
  for (const [path, limit] of [[P('practices'), 1], [P('practices'), 2], [P('practices?q=zqfacet'), 4],
    [P('practices?sort=year'), 5], [P('practices?q=zqfacet&sort=year'), 3], [P('practices?country=IT'), 3]]) {
    const { items, total } = await walk(f, path, limit);
    const got = items.map((p) => p.id);
    assert.equal(new Set(got).size, got.length, `${path}: no practice twice: ${got}`);
    assert.equal(got.length, total, `${path}: the pages hold the total`);
    const want = path.includes('country=IT') ? corpus.filter((c) => c.model.country === 'IT') : corpus;
    sameSet(got, want.map((c) => c.id), `${path} limit ${limit}`);
    // the pages in a row give the same order as one page
    const one = await list(f, `${path}${path.includes('?') ? '&' : '?'}limit=100`);
    assert.deepEqual(got, one.items.map((p) => p.id), `${path}: same order as one page`);
  }
  // the main server: a query over many pages
  const all = await walk(s, P('practices?q=zqfold OR zqprefix OR zqor OR zqphrase'), 2);
  assert.equal(new Set(all.items.map((p) => p.id)).size, all.items.length);
  assert.ok(all.total >= 10, `total ${all.total}`);
});

test('sort=year: newest start year first', async () => {
  for (const path of ['practices?sort=year&limit=100', 'practices?q=zqfacet&sort=year&limit=100']) {
    const body = await list(f, P(path));
    const years = body.items.map((p) => p.start_year);
    assert.equal(years.length, 6);
    for (let i = 1; i < years.length; i++) assert.ok(years[i - 1] >= years[i], `${path}: ${years}`);
    assert.deepEqual(years, [2020, 2019, 2018, 2016, 2015, 2014], path);
  }
});

// ---- (4) workflow, roles, visibility, versions --------------------------------------

test('a draft: only its author, its city, its network\'s secretariat and admins see it; others get 404', async () => {
  const d = await writersDraft({ title: 'Zqwork1 hidden draft' });
  assert.equal(d.status, 'draft');
  assert.equal(d.version, 1);
  assert.equal(d.author?.username, U.writer.username);
  assert.equal(d.country, 'IT', 'the country of its city');
  assert.equal(d.contact_email, SECRET_EMAIL, 'its author sees the contact');
  for (const who of ['anon', 'offS', 'secM']) {
    expectError(await get(d.id, tok[who]), 404, { what: `GET as ${who}` });
    expectError(await s.req('GET', P(`practices/${d.id}/versions`), { token: tok[who] }), 404, { what: `versions as ${who}` });
    expectError(await s.req('GET', P(`practices/${d.id}/similar`), { token: tok[who] }), 404, { what: `similar as ${who}` });
  }
  for (const who of ['writer', 'offT', 'secN', 'admin']) {
    const r = expectStatus(await get(d.id, tok[who]), 200, `GET as ${who}`);
    assert.equal(r.json.contact_email, SECRET_EMAIL, `${who} may edit it and sees the contact`);
    assert.equal(r.json.contact_name, SECRET_NAME);
  }
  // search: never without status; with status=draft only for who may see it
  for (const who of ['anon', 'writer', 'admin']) {
    assert.ok(!(await ids({ q: 'zqwork1' }, { token: tok[who] })).includes(d.id), `not published: ${who}`);
  }
  expectError(await s.req('GET', P('practices?status=draft&q=zqwork1')), 401, { what: 'status=draft anonymous' });
  for (const who of ['writer', 'offT', 'secN', 'admin']) {
    assert.deepEqual(await ids({ q: 'zqwork1', status: 'draft' }, { token: tok[who] }), [d.id], `status=draft as ${who}`);
  }
  for (const who of ['offS', 'secM']) {
    assert.deepEqual(await ids({ q: 'zqwork1', status: 'draft' }, { token: tok[who] }), [], `status=draft as ${who}`);
  }
});

test('review: submit, return with a comment, resubmit, publish; 409 in the wrong state, 403/404 for the wrong people', async () => {
  const d = await writersDraft({ title: 'Zqwork2 review path' });
  const id = d.id;
  // wrong state
  expectError(await act(id, 'publish', tok.secN), 409, { what: 'publish a draft' });
  expectError(await act(id, 'return', tok.secN, { comment: 'x' }), 409, { what: 'return a draft' });
  // wrong people
  expectError(await act(id, 'submit', undefined), 401, { what: 'submit anonymous' });
  expectError(await act(id, 'submit', tok.offS), 404, { what: 'submit by who may not see it' });
  expectError(await act(id, 'submit', tok.secM), 404, { what: 'submit by another secretariat' });
  // the officer of its city may edit the draft
  expectStatus(await patch(id, tok.offT, { summary: 'Edited by the officer of Testville.' }), 200, 'officer edits the draft');

  const sub = expectStatus(await act(id, 'submit', tok.writer), 200, 'submit by the author');
  assert.equal(sub.json.status, 'submitted');
  expectError(await act(id, 'submit', tok.writer), 409, { what: 'submit twice' });
  // submitted: author and officer may not edit until it is returned (the
  // state, 409), the secretariat and admin may
  expectError(await patch(id, tok.writer, { summary: 'author' }), 409, { field: 'status', what: 'author edits while submitted' });
  expectError(await patch(id, tok.offT, { summary: 'officer' }), 409, { field: 'status', what: 'officer edits while submitted' });
  expectStatus(await patch(id, tok.secN, { summary: 'Tidied by the secretariat.' }), 200, 'secretariat edits');
  expectStatus(await patch(id, admin, { language: 'en' }), 200, 'admin edits');
  // status filter: submitted
  for (const who of ['writer', 'offT', 'secN', 'admin']) {
    assert.deepEqual(await ids({ q: 'zqwork2', status: 'submitted' }, { token: tok[who] }), [id], `status=submitted as ${who}`);
  }
  for (const who of ['offS', 'secM']) {
    assert.deepEqual(await ids({ q: 'zqwork2', status: 'submitted' }, { token: tok[who] }), [], `status=submitted as ${who}`);
  }
  expectError(await s.req('GET', P('practices?status=submitted')), 401);
  // only the network's secretariat (or admin) publishes or returns
  expectError(await act(id, 'publish', tok.writer), 403, { what: 'publish by the author' });
  expectError(await act(id, 'publish', tok.offT), 403, { what: 'publish by the officer' });
  expectError(await act(id, 'return', tok.offT, { comment: 'no' }), 403, { what: 'return by the officer' });
  expectError(await act(id, 'publish', tok.secM), 404, { what: 'publish by another network\'s secretariat (may not see it)' });
  expectError(await act(id, 'publish', undefined), 401, { what: 'publish anonymous' });
  // return needs a comment
  const nobody = await act(id, 'return', tok.secN);
  assert.ok([415, 422].includes(nobody.status), `return without a body: ${nobody.status}`);
  expectError(await act(id, 'return', tok.secN, {}), 422, { field: 'comment', what: 'return without a comment' });
  expectError(await act(id, 'return', tok.secN, { comment: '' }), 422, { field: 'comment', what: 'return with an empty comment' });
  const ret = expectStatus(await act(id, 'return', tok.secN, { comment: 'Please add the results.' }), 200, 'return');
  assert.equal(ret.json.status, 'returned');
  assert.equal(ret.json.review_comment, 'Please add the results.');
  expectError(await act(id, 'publish', tok.secN), 409, { what: 'publish a returned practice' });
  expectError(await act(id, 'return', tok.secN, { comment: 'again' }), 409, { what: 'return twice' });
  for (const who of ['writer', 'offT', 'secN']) {
    assert.deepEqual(await ids({ q: 'zqwork2', status: 'returned' }, { token: tok[who] }), [id], `status=returned as ${who}`);
  }
  assert.deepEqual(await ids({ q: 'zqwork2', status: 'returned' }, { token: tok.offS }), []);
  assert.deepEqual(await ids({ q: 'zqwork2', status: 'returned' }, { token: tok.secM }), []);
  // returned: author and officer edit again; the officer of its city resubmits
  expectStatus(await patch(id, tok.writer, { results: 'Forty synthetic kitchens.' }), 200, 'author edits the returned one');
  expectStatus(await patch(id, tok.offT, { lessons: 'Synthetic lessons.' }), 200, 'officer edits the returned one');
  expectError(await act(id, 'submit', tok.offS), 404, { what: 'submit by another city\'s officer' });
  expectStatus(await act(id, 'submit', tok.offT), 200, 'resubmit by the officer of its city');
  const pub = expectStatus(await act(id, 'publish', tok.secN), 200, 'publish');
  assert.equal(pub.json.status, 'published');
  assert.ok(!Number.isNaN(Date.parse(pub.json.published_at)), `published_at ${pub.json.published_at}`);
  // published: no more steps; only the secretariat and admin edit
  expectError(await act(id, 'publish', tok.secN), 409, { what: 'publish twice' });
  expectError(await act(id, 'return', tok.secN, { comment: 'late' }), 409, { what: 'return a published one' });
  expectError(await act(id, 'submit', tok.writer), 409, { what: 'submit a published one' });
  expectError(await patch(id, tok.writer, { summary: 'x' }), 409, { what: 'author edits the published one' });
  expectError(await patch(id, tok.offT, { summary: 'x' }), 409, { what: 'officer edits the published one' });
  expectError(await patch(id, tok.offS, { summary: 'x' }), 403, { what: 'another officer edits the published one' });
  expectError(await patch(id, tok.secM, { summary: 'x' }), 403, { what: 'another secretariat edits the published one' });
  expectError(await patch(id, undefined, { summary: 'x' }), 401, { what: 'anonymous edit' });
  expectStatus(await patch(id, tok.secN, { summary: 'Final synthetic summary.' }), 200, 'secretariat edits the published one');
  expectStatus(await patch(id, admin, { evaluation: 'Synthetic evaluation.' }), 200, 'admin edits the published one');
  // it is public now
  const anon = expectStatus(await get(id), 200, 'public');
  assert.equal(anon.json.status, 'published');
  assert.equal(anon.json.summary, 'Final synthetic summary.');
  assert.deepEqual(await ids({ q: 'zqwork2' }), [id]);
  // PATCH cannot change the status: refused, naming it (issue 10, point 7)
  expectError(await patch(id, admin, { status: 'draft' }), 422, { field: 'status' });
  assert.equal(expectStatus(await get(id), 200).json.status, 'published', 'still published');
});

test('the admin reviews any network; a practice without a network is reviewed by admins only', async () => {
  const a = await writersDraft({ title: 'Zqwork3 admin review' });
  expectStatus(await act(a.id, 'submit', tok.writer), 200);
  expectStatus(await act(a.id, 'return', admin, { comment: 'Admin says: more detail.' }), 200);
  expectStatus(await act(a.id, 'submit', tok.writer), 200);
  expectStatus(await act(a.id, 'publish', admin), 200);
  const b = await writersDraft({ title: 'Zqwork3 no network', network_id: null });
  expectStatus(await act(b.id, 'submit', tok.writer), 200);
  expectError(await act(b.id, 'publish', tok.secN), 404, { what: 'secretariat: not its network, may not see it' });
  expectError(await act(b.id, 'publish', tok.offT), 403, { what: 'officer' });
  expectStatus(await act(b.id, 'publish', admin), 200);
});

test('versions: every change kept with who, when, status and the record as it was', async () => {
  const d = await writersDraft({ title: 'Zqwork4 first title' });
  expectStatus(await patch(d.id, tok.writer, { title: 'Zqwork4 second title' }), 200);
  expectStatus(await act(d.id, 'submit', tok.writer), 200);
  expectStatus(await act(d.id, 'return', tok.secN, { comment: 'Say who took part.' }), 200);
  expectStatus(await act(d.id, 'submit', tok.offT), 200);
  const pub = expectStatus(await act(d.id, 'publish', tok.secN), 200).json;
  assert.equal(pub.version, 6, 'six versions');

  const r = expectStatus(await s.req('GET', P(`practices/${d.id}/versions`), { token: tok.secN }), 200);
  assert.equal(r.json.total, 6);
  assert.equal(r.json.next, null);
  const v = [...r.json.items].sort((a, b) => a.version - b.version);
  const want = [
    [1, 'created', 'draft', U.writer.username, null, 'Zqwork4 first title'],
    [2, 'changed', 'draft', U.writer.username, null, 'Zqwork4 second title'],
    [3, 'submitted', 'submitted', U.writer.username, null, 'Zqwork4 second title'],
    [4, 'returned', 'returned', U.secN.username, 'Say who took part.', 'Zqwork4 second title'],
    [5, 'submitted', 'submitted', U.offT.username, null, 'Zqwork4 second title'],
    [6, 'published', 'published', U.secN.username, null, 'Zqwork4 second title'],
  ];
  assert.deepEqual(v.map((x) => x.version), want.map((w) => w[0]), 'versions 1..6');
  let last = 0;
  for (const [i, [version, action, status, username, comment, title]] of want.entries()) {
    const x = v[i];
    assert.equal(x.action, action, `v${version} action`);
    assert.equal(x.status, status, `v${version} status`);
    assert.equal(x.username, username, `v${version} username`);
    assert.equal(x.comment ?? null, comment, `v${version} comment`);
    const at = Date.parse(x.at);
    assert.ok(!Number.isNaN(at), `v${version} at: ${x.at}`);
    assert.ok(at >= last, 'times in order');
    last = at;
    assert.equal(typeof x.record, 'object');
    assert.equal(x.record.id, d.id);
    assert.equal(x.record.status, status, `v${version} record.status`);
    assert.equal(x.record.version, version, `v${version} record.version`);
    assert.equal(x.record.title, title, `v${version} record.title`);
  }
  assert.equal(v[3].record.review_comment, 'Say who took part.');
  assert.equal(v[0].record.contact_email, SECRET_EMAIL, 'the secretariat of its network sees the contact');
  // the public reads the published versions only: no drafts, no comments,
  // no reviewers' names, no contact (issue 10, point 6)
  for (const who of ['anon', 'offS', 'secM']) {
    const out = expectStatus(await s.req('GET', P(`practices/${d.id}/versions`), { token: tok[who] }), 200, `versions as ${who}`);
    assert.deepEqual(out.json.items.map((x) => x.version), [6], `${who}: the published version only`);
    for (const x of out.json.items) {
      assert.equal(x.status, 'published');
      assert.equal(x.comment, null, `${who}: no review comment`);
      assert.equal(x.username, null, `${who}: no reviewer's name`);
      assert.equal(x.record.review_comment, undefined);
      assert.equal(x.record.author, undefined, `${who}: no author account`);
    }
    assert.ok(!out.text.includes('Say who took part.'), `${who}: the comment of the returned version`);
    assert.ok(!out.text.includes(U.secN.username) && !out.text.includes(U.writer.username), `${who}: user names`);
    noContact(out.json, `versions as ${who}`);
  }
  // the author's city sees them all
  assert.equal(expectStatus(await s.req('GET', P(`practices/${d.id}/versions`), { token: tok.offT }), 200).json.total, 6);
});

test('the contact is never shown outside the practice\'s city and network: GET, search, similar, versions', async () => {
  const d = await writersDraft({ title: 'Zqcontact community gardens', summary: 'Zqcontact gardens on rooftops of the old town.' });
  expectStatus(await act(d.id, 'submit', tok.writer), 200);
  expectStatus(await act(d.id, 'publish', tok.secN), 200);
  const other = await publish(s, admin, { title: 'Zqcontact rooftop gardens', country: 'IT', summary: 'Zqcontact gardens on rooftops.', ...CONTACT });
  // anonymous and outsiders (another city, another network); every leak
  // is collected first, so that the failure lists them all
  const leaks = [];
  const check = (obj, what) => { try { noContact(obj, what); } catch { leaks.push(what); } };
  for (const who of ['anon', 'offS', 'secM']) {
    const t = tok[who];
    check(expectStatus(await get(d.id, t), 200).json, `GET as ${who}`);
    check(await search({ q: 'zqcontact' }, { token: t }), `search as ${who}`);
    check(expectStatus(await s.req('GET', P(`practices/${other.id}/similar`), { token: t }), 200).json, `similar as ${who}`);
    check(expectStatus(await s.req('GET', P(`practices/${d.id}/similar`), { token: t }), 200).json, `similar of its own as ${who}`);
    const vs = expectStatus(await s.req('GET', P(`practices/${d.id}/versions`), { token: t }), 200).json;
    for (const v of vs.items) check(v, `versions as ${who}: v${v.version} (${v.status})`);
  }
  assert.deepEqual(leaks, [], 'the contact leaked in these replies');
  // its author, its city, the secretariat of its network and admins see it
  for (const who of ['writer', 'offT', 'secN', 'admin']) {
    assert.equal(expectStatus(await get(d.id, tok[who]), 200).json.contact_email, SECRET_EMAIL, `GET as ${who}`);
  }
});

test('delete: the author while a draft, or an admin', async () => {
  const a = await writersDraft({ title: 'Zqdelete draft one' });
  expectError(await s.req('DELETE', P(`practices/${a.id}`), { token: tok.offT }), 403, { what: 'officer of its city' });
  expectError(await s.req('DELETE', P(`practices/${a.id}`), { token: tok.secN }), 403, { what: 'its secretariat' });
  expectError(await s.req('DELETE', P(`practices/${a.id}`), { token: tok.offS }), 404, { what: 'who may not see it' });
  expectError(await s.req('DELETE', P(`practices/${a.id}`)), 401, { what: 'anonymous' });
  expectStatus(await s.req('DELETE', P(`practices/${a.id}`), { token: tok.writer }), 204, 'author deletes the draft');
  expectError(await get(a.id, admin), 404, { what: 'gone' });
  expectError(await s.req('GET', P(`practices/${a.id}/versions`), { token: admin }), 404, { what: 'versions gone' });
  assert.deepEqual(await ids({ q: 'zqdelete', status: 'draft' }, { token: admin }), []);

  const b = await writersDraft({ title: 'Zqdelete returned two' });
  expectStatus(await act(b.id, 'submit', tok.writer), 200);
  expectError(await s.req('DELETE', P(`practices/${b.id}`), { token: tok.writer }), 409, { what: 'author, submitted' });
  expectStatus(await act(b.id, 'return', tok.secN, { comment: 'More.' }), 200);
  expectError(await s.req('DELETE', P(`practices/${b.id}`), { token: tok.writer }), 409, { what: 'author, returned' });
  expectStatus(await act(b.id, 'submit', tok.writer), 200);
  expectStatus(await act(b.id, 'publish', tok.secN), 200);
  assert.deepEqual(await ids({ q: 'zqdelete' }), [b.id]);
  expectError(await s.req('DELETE', P(`practices/${b.id}`), { token: tok.writer }), 409, { what: 'author, published' });
  expectStatus(await s.req('DELETE', P(`practices/${b.id}`), { token: admin }), 204, 'admin deletes a published one');
  expectError(await get(b.id), 404);
  assert.deepEqual(await ids({ q: 'zqdelete' }), [], 'not found by search any more');
});

test('similar: other practices sharing words and topics, best first, never itself, only published ones for the public', async () => {
  const s1 = await publish(s, admin, { title: 'Zqsim river cleanup volunteers', country: 'FR', topics: ['sdg-11', 'sdg-6'],
    summary: 'Volunteers clean the river banks every spring.', ...CONTACT });
  const s2 = await publish(s, admin, { title: 'Zqsim river cleanup schools', country: 'FR', topics: ['sdg-11', 'sdg-6'],
    summary: 'Schools clean the river banks with volunteers every spring.', ...CONTACT });
  const s3 = await publish(s, admin, { title: 'Zqsim library evenings', country: 'FR', topics: ['sdg-4'],
    summary: 'Reading evenings in the library.' });
  const s4 = await writersDraft({ title: 'Zqsim river cleanup volunteers draft', summary: 'Volunteers clean the river banks every spring.' });
  const r = expectStatus(await s.req('GET', P(`practices/${s1.id}/similar`)), 200);
  const got = r.json.items.map((p) => p.id);
  assert.ok(!got.includes(s1.id), 'never itself');
  assert.ok(!got.includes(s4.id), 'not a draft for the public');
  assert.equal(got[0], s2.id, `the closest first: ${got}`);
  assert.ok(got.includes(s3.id), 'shares the marker word');
  assert.ok(got.indexOf(s2.id) < got.indexOf(s3.id));
  for (const p of r.json.items) assert.equal(p.status, 'published', 'only published ones');
  const scores = r.json.items.map((p) => p.score);
  for (let i = 1; i < scores.length; i++) assert.ok(scores[i - 1] >= scores[i], `best first: ${scores}`);
  assert.equal(r.json.total, r.json.items.length);
  noContact(r.json, 'similar, anonymous');
  // its author sees the draft among them; itself never
  const w = expectStatus(await s.req('GET', P(`practices/${s1.id}/similar`), { token: tok.writer }), 200).json.items.map((p) => p.id);
  assert.ok(!w.includes(s1.id));
  assert.ok(w.includes(s2.id));
  const own = expectStatus(await s.req('GET', P(`practices/${s4.id}/similar`), { token: tok.writer }), 200).json.items.map((p) => p.id);
  assert.ok(!own.includes(s4.id), 'the draft is not similar to itself');
  assert.ok(own.includes(s1.id));
  expectError(await s.req('GET', P('practices/999999/similar')), 404);
});

test('the template has the headings of a good practice, in order', async () => {
  const r = expectStatus(await s.req('GET', P('practices/template')), 200);
  assert.equal(typeof r.json.markdown, 'string');
  const headings = ['## Summary', '## Purpose', '## Stimulus and rationale', '## Process', '## Results and impact',
    '## Evaluation', '## Lessons and transferability', '## Links'];
  let at = -1;
  for (const h of headings) {
    const i = r.json.markdown.split('\n').indexOf(h);
    assert.ok(i >= 0, `${h} in the template`);
    assert.ok(i > at, `${h} in order`);
    at = i;
  }
});

// ---- (5) writing: period, validation -----------------------------------------------

test('period in words sets the years', async () => {
  const cases = [
    ['2019 - ongoing', 2019, null, true],
    ['2015-2017', 2015, 2017, false],
    ['since 2014', 2014, null, true],
  ];
  for (const [period, start, end, ongoing] of cases) {
    const p = await create(s, tok.writer, 'practices', { title: `Zqperiod ${period}`, city_id: T.id, period });
    assert.equal(p.period, period);
    assert.equal(p.start_year, start, `${period}: start_year`);
    assert.equal(p.end_year, end, `${period}: end_year`);
    assert.equal(p.ongoing, ongoing, `${period}: ongoing`);
  }
  // years given win over the period
  const p = await create(s, tok.writer, 'practices', { title: 'Zqperiod given', city_id: T.id, period: 'since 2014', start_year: 2010, end_year: 2012 });
  assert.equal(p.start_year, 2010);
  assert.equal(p.end_year, 2012);
});

test('bad practice bodies: 422 with the field', async () => {
  const base = { title: 'Zqbad practice', city_id: T.id };
  const bad = [
    [{ city_id: T.id }, 'title'],
    [{ title: '' , city_id: T.id }, 'title'],
    [{ ...base, language: 'EN' }, 'language'],
    [{ ...base, language: 'eng' }, 'language'],
    [{ ...base, language: 'e1' }, 'language'],
    [{ ...base, contact_email: 'nobody.example.org' }, 'contact_email'],
    [{ ...base, start_year: 2018, end_year: 2017 }, 'end_year'],
    [{ ...base, start_year: 1800 }, 'start_year'],
    [{ ...base, city_id: 999999 }, 'city_id'],
    [{ ...base, network_id: 999999 }, 'network_id'],
    [{ ...base, city_id: null, country: 'ZZ' }, 'country'],
    [{ ...base, title: 'x'.repeat(301) }, 'title'],
    [{ ...base, bogus: 1 }, 'bogus'],
    [{ ...base, title: 17 }, 'title'],
  ];
  for (const [body, field] of bad) {
    expectError(await s.req('POST', P('practices'), { token: tok.writer, body }), 422, { field, what: JSON.stringify(body).slice(0, 80) });
  }
  // a practice of no place at all (who may add one: an admin)
  expectError(await s.req('POST', P('practices'), { token: admin, body: { title: 'Zqbad no place' } }), 422, { field: 'country' });
  // a topic that does not exist: 422 naming the topics field
  const t = expectError(await s.req('POST', P('practices'), { token: tok.writer, body: { ...base, topics: ['no-such-topic'] } }), 422);
  assert.match(t.field, /^topics/);
  // PATCH is checked the same way
  const p = await create(s, tok.writer, 'practices', base);
  expectError(await patch(p.id, tok.writer, { language: 'EN' }), 422, { field: 'language' });
  expectError(await patch(p.id, tok.writer, { contact_email: 'no-at-sign' }), 422, { field: 'contact_email' });
  expectError(await patch(p.id, tok.writer, { start_year: 2020, end_year: 2019 }), 422, { field: 'end_year' });
  expectError(await patch(p.id, tok.writer, { title: null }), 422, { field: 'title' });
  // nothing was written
  assert.equal(expectStatus(await get(p.id, tok.writer), 200).json.version, 1);
  // anonymous may not add practices
  expectError(await s.req('POST', P('practices'), { body: base }), 401);
  expectError(await s.req('GET', P('practices/999999')), 404);
});

test('bad search parameters: 400', async () => {
  for (const qs of ['foo=1', 'status=bogus', 'status=DRAFT', 'sort=bogus', 'limit=0', 'limit=101', 'limit=abc',
    'year=abc', 'year=1800', 'city=abc', 'network=-1', 'country=ITA', 'topic=Not%20A%20Slug', 'cursor=garbage',
    `q=${'a'.repeat(301)}`]) {
    expectError(await s.req('GET', P(`practices?${qs}`)), 400, { what: qs });
  }
});

test('q of punctuation only: an empty result (200) of the usual shape', async () => {
  for (const q of ['!!!', '...', '---', '"', '""', '*', '?!.,;:', '«»—', '()', 'OR', 'OR OR']) {
    const r = expectStatus(await s.req('GET', P(`practices?q=${encodeURIComponent(q)}`)), 200, `q=${q}`);
    assert.deepEqual(r.json.items, [], `q=${q}: no items`);
    assert.equal(r.json.total, 0, `q=${q}: total 0`);
    assert.equal(r.json.next, null);
  }
  // the facets object has its six lists, and a selected value is listed, as for any other query
  const shapes = [];
  for (const q of ['!!!', '«»—', 'zqnothing']) {
    const r = expectStatus(await s.req('GET', P(`practices?q=${encodeURIComponent(q)}&country=IT`)), 200);
    const ok = FACETS.every((k) => Array.isArray(r.json.facets?.[k])) &&
      r.json.facets.country.some((x) => x.value === 'IT' && x.count === 0);
    if (!ok) shapes.push(`q=${q}: ${JSON.stringify(r.json.facets)}`);
  }
  assert.deepEqual(shapes, [], 'facets of an empty result');
});

test('q with FTS syntax never gives 500 (200 or 400)', async () => {
  const tricky = ['NEAR(', 'NEAR(a b, 2)', 'a AND OR', 'a OR', 'OR a', 'NOT a', 'a NOT', '"unbalanced', 'unbalanced"',
    'a"b', '"a" "', '(a', 'a)', 'title:zqrank', '{title summary}: zqrank', '^zqrank', '-zqrank', '+zqrank',
    'zqrank*', '*zqrank', 'zq*rank', 'a**', '"zqrank"*', 'AND', 'a AND b', "l'amico", 'a:b:c', '\\', '%', '\u0000x',
    'ـــ', '\u0301\u0301', 'x'.repeat(300), Array(100).fill('a OR').join(' ')];
  for (const q of tricky) {
    const r = await s.req('GET', P(`practices?q=${encodeURIComponent(q)}`));
    assert.ok([200, 400].includes(r.status), `q=${JSON.stringify(q)}: ${r.status} ${r.text.slice(0, 200)}`);
    if (r.status === 400) expectError(r, 400, { what: q });
  }
});

// ---- (6) still serving -----------------------------------------------------------------

test('the servers keep serving', async () => {
  for (const srv of [s, f]) {
    expectStatus(await srv.req('GET', '/healthz'), 200, 'healthz');
    expectStatus(await srv.req('GET', P('practices?q=zqrank')), 200);
  }
});

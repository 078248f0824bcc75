// The API in the reader's language: ?lang= (which wins) or Accept-Language
// choose among en, fr, it, uk and fa; country names and the human message of
// errors follow, while codes, fields and field names stay the same; English
// replies are what they always were; the reply cache keeps the languages
// apart. The records are SYNTHETIC TEST DATA.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { adminServer, create, expectError, expectStatus, API } from './helpers.mjs';

let s, admin, berlin, lyon;
const P = (x) => `${API}/${x}`;
const FR_CH = { 'accept-language': 'fr-CH,fr;q=0.9' };
const get = async (path, headers = {}, token) => expectStatus(await s.req('GET', P(path), { headers, token }), 200);
const stats = async () => expectStatus(await s.req('GET', '/healthz'), 200).json.reply_cache;

before(async () => {
  ({ s, admin } = await adminServer());
  berlin = await create(s, admin, 'cities', { name: 'Testberlin', country: 'DE', population: 1000 });
  lyon = await create(s, admin, 'cities', { name: 'Testlyon', country: 'FR', population: 900 });
  await create(s, admin, 'cities', { name: 'Testlyon Deux', country: 'FR', population: 800 });
});
after(async () => { await s?.stop(); });

test('country names: ?lang=fr and Accept-Language: fr-CH,fr;q=0.9 give French', async () => {
  const q = await get('countries/DE?lang=fr');
  assert.equal(q.json.name, 'Allemagne');
  assert.equal(q.json.code, 'DE');
  assert.equal(q.headers.get('content-language'), 'fr');
  assert.equal(q.headers.get('vary'), null, '?lang= is in the URL: the reply does not vary with the header');
  const h = await get('countries/DE', FR_CH);
  assert.equal(h.json.name, 'Allemagne');
  assert.equal(h.headers.get('content-language'), 'fr');
  assert.match(h.headers.get('vary') ?? '', /Accept-Language/i);
  assert.equal(h.text, q.text, 'the same reply however the language was chosen');
  // ?lang= wins over the header
  const it = await get('countries/DE?lang=it', FR_CH);
  assert.equal(it.json.name, 'Germania');
  assert.equal(it.headers.get('content-language'), 'it');
});

test('each language, and q-values honoured', async () => {
  const want = { en: 'Germany', fr: 'Allemagne', it: 'Germania', uk: 'Німеччина', fa: 'آلمان' };
  for (const [lang, name] of Object.entries(want)) {
    assert.equal((await get(`countries/DE?lang=${lang}`)).json.name, name, lang);
    const r = await get('countries/DE', { 'accept-language': `de;q=1, ${lang};q=0.6, en;q=0.5` });
    assert.equal(r.json.name, name, `Accept-Language ${lang}`);
    assert.equal(r.headers.get('content-language'), lang);
  }
  assert.equal((await get('countries/DE', { 'accept-language': 'en;q=0.4, uk;q=0.9' })).json.name, 'Німеччина');
  assert.equal((await get('countries/DE?lang=uk-UA')).json.name, 'Німеччина', 'a region is ignored');
});

test('unknown languages give English, byte for byte', async () => {
  const en = await get(`cities/${berlin.id}`);
  assert.equal(en.json.country_name, 'Germany');
  assert.equal(en.headers.get('content-language'), 'en');
  for (const [path, headers] of [[`cities/${berlin.id}?lang=de`, {}], [`cities/${berlin.id}?lang=xx-YY`, {}],
    [`cities/${berlin.id}?lang=en`, {}], [`cities/${berlin.id}`, { 'accept-language': 'de-DE, es;q=0.8' }],
    [`cities/${berlin.id}`, { 'accept-language': 'fr;q=0, *;q=0.1' }], [`cities/${berlin.id}?lang=`, FR_CH]]) {
    const r = await get(path, headers);
    if (path.endsWith('lang=')) { // an empty lang= is none: the header decides
      assert.equal(r.json.country_name, 'Allemagne');
      continue;
    }
    assert.equal(r.text, en.text, `${path} ${JSON.stringify(headers)}`);
    assert.equal(r.headers.get('content-language'), 'en');
  }
  const list = await get('countries?q=Germany');
  assert.equal(list.json.items.find((c) => c.code === 'DE').name, 'Germany');
});

test('country_name of cities, lists and pages, in the language', async () => {
  assert.equal((await get(`cities/${berlin.id}?lang=it`)).json.country_name, 'Germania');
  assert.equal((await get(`cities/${lyon.id}`, FR_CH)).json.country_name, 'France');
  const uk = await get('cities?country=DE&lang=uk');
  assert.ok(uk.json.items.length >= 1);
  for (const c of uk.json.items) assert.equal(c.country_name, 'Німеччина');
  const fa = await get('countries?q=Germany&lang=fa');
  assert.equal(fa.json.items.find((c) => c.code === 'DE').name, 'آلمان');
  // a name in the reader's language finds its country; in English it does not
  assert.ok((await get('countries?q=Allemagne&lang=fr')).json.items.some((c) => c.code === 'DE'));
  assert.equal((await get('countries?q=Allemagne')).json.total, 0);
});

test('a French validation message, with the same code and field', async () => {
  // a query string
  const en = expectError(await s.req('GET', P('cities?limit=many')), 400);
  for (const opts of [{ path: 'cities?limit=many&lang=fr' }, { path: 'cities?limit=many', headers: FR_CH }]) {
    const r = await s.req('GET', P(opts.path), { headers: opts.headers });
    const fr = expectError(r, 400, { code: en.code, field: en.field });
    assert.equal(r.headers.get('content-language'), 'fr');
    assert.match(fr.message, /n’est pas un nombre entier/, fr.message);
    assert.notEqual(fr.message, en.message);
  }
  // a body: a required field, and a choice
  const body = { country: 'DE' };
  const enBody = expectError(await s.req('POST', P('cities'), { token: admin, body }), 422, { field: 'name' });
  const frBody = expectError(await s.req('POST', P('cities?lang=fr'), { token: admin, body }), 422,
    { code: enBody.code, field: 'name' });
  assert.match(frBody.message, /est obligatoire/, frBody.message);
  const partner = { party_a: { city_id: berlin.id }, party_b: { city_id: lyon.id }, kind: 'pen-pals' };
  const enKind = expectError(await s.req('POST', P('partnerships'), { token: admin, body: partner }), 422);
  const frKind = expectError(await s.req('POST', P('partnerships'), { token: admin, body: partner, headers: FR_CH }), 422,
    { code: enKind.code, field: enKind.field });
  assert.equal(frKind.field, 'kind');
  assert.match(frKind.message, /« pen-pals » ne fait pas partie des choix/, frKind.message);
  assert.match(enKind.message, /'pen-pals' is not one of its choices/, 'English as it was');
  // an unknown parameter
  const unk = expectError(await s.req('GET', P('cities?bogus=1&lang=it')), 400, { code: 'bad_request', field: 'bogus' });
  assert.equal(unk.message, 'bogus: parametro di query sconosciuto');
});

test('other languages, and English where a message has no translation', async () => {
  const uk = expectError(await s.req('GET', P('cities?limit=many&lang=uk')), 400, { field: 'limit' });
  assert.match(uk.message, /не є цілим числом/);
  const fa = expectError(await s.req('GET', P('cities?limit=many'), { headers: { 'accept-language': 'fa-IR' } }), 400, { field: 'limit' });
  assert.match(fa.message, /عدد صحیح نیست/);
  // not in the table: English, in a reply that still says its language
  const r = await s.req('GET', P('cities/999999999?lang=fr'));
  expectError(r, 404, { code: 'not_found' });
  assert.equal(r.headers.get('content-language'), 'fr');
  const nr = await s.req('GET', P('no-such-thing?lang=uk'));
  expectError(nr, 404, { code: 'no_route' });
  assert.equal(nr.headers.get('content-language'), 'uk');
});

test('lang= is a parameter of every route, given once', async () => {
  expectError(await s.req('GET', P('countries?lang=fr&lang=it')), 400, { code: 'bad_request', field: 'lang' });
  expectStatus(await s.req('GET', P('openapi.json?lang=fr')), 200);
  expectStatus(await s.req('GET', '/healthz?lang=fa'), 200);
  const doc = (await get('openapi.json')).json;
  const lang = doc.components.parameters?.lang;
  assert.equal(lang?.name, 'lang');
  assert.equal(lang?.in, 'query');
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const refs = (op.parameters ?? []).filter((p) => p.$ref === '#/components/parameters/lang');
      assert.equal(refs.length, 1, `${method} ${path}`);
      assert.ok(!(op.parameters ?? []).some((p) => p.name === 'lang'), `${method} ${path}: once`);
    }
  }
});

test('CSV: the next page keeps lang=, and the names are in it', async () => {
  const r = expectStatus(await s.req('GET', P('cities?country=FR&limit=1&format=csv&lang=fr')), 200);
  assert.match(r.headers.get('link') ?? '', /[?&]lang=fr[&>]/);
  assert.equal(r.headers.get('content-language'), 'fr');
  assert.match(r.text, /France/);
  const de = expectStatus(await s.req('GET', P('cities?country=DE&format=csv&lang=it')), 200);
  assert.match(de.text, /Germania/);
});

test('the reply cache keeps the languages apart', async () => {
  const path = `cities/${berlin.id}`;
  for (let round = 0; round < 8; round++) { // every thread, and its cache entries
    assert.equal((await get(path)).json.country_name, 'Germany');
    assert.equal((await get(`${path}?lang=fr`)).json.country_name, 'Allemagne');
    assert.equal((await get(path, FR_CH)).json.country_name, 'Allemagne');
    assert.equal((await get(path, { 'accept-language': 'it' })).json.country_name, 'Germania');
    const en = await get(path, { 'accept-language': 'en-GB' });
    assert.equal(en.json.country_name, 'Germany');
    assert.equal(en.headers.get('content-language'), 'en');
  }
  assert.ok((await stats()).hits > 0, 'the cache served some of them');
});

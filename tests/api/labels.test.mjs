// The API document's words for people in the reader's language: field
// titles and, beside each enum, its choices' labels (x-enum-labels), from
// data/i18n/labels.tsv. The English document is what it always was (no
// x-enum-labels: the web UI words English choices from their codes), and
// the reply cache never gives one language's document to another's reader.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { adminServer, expectStatus, API } from './helpers.mjs';

let s;
const doc = async (query = '', headers = {}) => expectStatus(await s.req('GET', `${API}/openapi.json${query}`, { headers }), 200);
const stats = async () => expectStatus(await s.req('GET', '/healthz'), 200).json.reply_cache;
const partnership = (d) => d.json.components.schemas.Partnership.properties;

before(async () => { ({ s } = await adminServer()); });
after(async () => { await s?.stop(); });

// every enum of the document, with where it is
function enums(node, path = '', out = []) {
  if (Array.isArray(node)) node.forEach((v, i) => enums(v, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') {
    if (Array.isArray(node.enum)) out.push([path, node]);
    for (const [k, v] of Object.entries(node)) if (k !== 'example') enums(v, `${path}.${k}`, out);
  }
  return out;
}

test('?lang=fr: French titles and choice labels', async () => {
  const fr = await doc('?lang=fr');
  assert.equal(fr.headers.get('content-language'), 'fr');
  const p = partnership(fr);
  assert.equal(p.status.title, 'Statut');
  assert.equal(p.kind.title, 'Type');
  assert.deepEqual(p.kind.enum, ['twinning', 'sister_city', 'friendship', 'cooperation_agreement', 'memorandum_of_understanding'],
    'the codes stay');
  assert.deepEqual(p.kind['x-enum-labels'], ['Jumelage', 'Ville jumelle', 'Amitié', 'Accord de coopération', 'Protocole d’accord']);
  const status = Object.fromEntries(p.status.enum.map((v, i) => [v, p.status['x-enum-labels'][i]]));
  assert.equal(status.active, 'Actif');
  assert.equal(status.dormant, 'En sommeil');
  assert.equal(p.source_url.title, 'Source (adresse web)');
  // every enum has its labels, one per choice
  for (const [where, e] of enums(fr.json.components)) {
    assert.ok(Array.isArray(e['x-enum-labels']), `${where}: x-enum-labels`);
    assert.equal(e['x-enum-labels'].length, e.enum.length, `${where}: one label per choice`);
  }
  // the record examples are data, left as written
  assert.deepEqual(fr.json.components.schemas.Partnership.example, (await doc()).json.components.schemas.Partnership.example);
});

test('the other languages, by ?lang= and by Accept-Language', async () => {
  const want = { it: ['Stato', 'Gemellaggio'], uk: ['Статус', 'Побратимство'], fa: ['وضعیت', 'خواهرخواندگی'] };
  for (const [l, [status, twinning]] of Object.entries(want)) {
    for (const d of [await doc(`?lang=${l}`), await doc('', { 'accept-language': `${l};q=0.9, de` })]) {
      const p = partnership(d);
      assert.equal(p.status.title, status, l);
      assert.equal(p.kind['x-enum-labels'][0], twinning, l);
    }
  }
});

test('the English document is unchanged: English titles, no choice labels', async () => {
  const en = await doc();
  const p = partnership(en);
  assert.equal(p.status.title, 'Status');
  assert.equal(p.kind.title, 'Kind');
  assert.equal(p.source_url.title, 'Source (web address)');
  assert.equal(enums(en.json).filter(([, e]) => e['x-enum-labels']).length, 0, 'no x-enum-labels in English');
  assert.equal((await doc('?lang=en')).text, en.text, 'lang=en is the same document');
  assert.equal((await doc('?lang=de')).text, en.text, 'a language amity lacks is English');
  assert.equal((await doc('', { 'accept-language': 'en-GB' })).text, en.text);
});

test('the reply cache keeps the languages apart', async () => {
  const before = (await stats()).hits;
  for (let round = 0; round < 6; round++) { // every thread, and its cache entries
    assert.equal(partnership(await doc()).status.title, 'Status');
    assert.equal(partnership(await doc('?lang=fr')).status.title, 'Statut');
    assert.equal(partnership(await doc('', { 'accept-language': 'fr-CH,fr;q=0.9' })).status.title, 'Statut');
    assert.equal(partnership(await doc('?lang=it')).status.title, 'Stato');
    const en = await doc('', { 'accept-language': 'en' });
    assert.equal(partnership(en).status.title, 'Status');
    assert.equal(en.headers.get('content-language'), 'en');
  }
  assert.ok((await stats()).hits > before, 'the cache served some of them');
});

// The texts amity writes itself, in the reader's language: the topics'
// names, the Index questionnaire (amity's own wording), the practice
// template's sections. Ids, codes and the stored English stay as they are;
// English readers get the texts as written, byte for byte.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { adminServer, expectStatus, API } from './helpers.mjs';

let s;
const get = async (path, query = '') => expectStatus(await s.req('GET', `${API}${path}${query}`), 200);

before(async () => { ({ s } = await adminServer()); });
after(async () => { await s?.stop(); });

test('topics: a name in the reader\'s language beside the stored label', async () => {
  const en = (await get('/topics', '?limit=500')).json.items;
  const fr = (await get('/topics', '?limit=500&lang=fr')).json.items;
  assert.ok(en.length > 40);
  assert.deepEqual(fr.map((t) => [t.id, t.label]), en.map((t) => [t.id, t.label]), 'ids and labels as stored');
  for (const t of en) assert.equal(t.name, t.label, 'in English the name is the label');
  const rumour = fr.find((t) => t.id === 'icc-anti-rumour');
  assert.notEqual(rumour.name, rumour.label);
  assert.ok(fr.filter((t) => t.name === t.label).length === 0, 'every topic amity ships has its French name');
  const fa = (await get('/topics', '?limit=500&lang=fa')).json.items;
  assert.ok(fa.every((t) => /[\u0600-\u06FF]/.test(t.name)), 'Persian names in Persian script');
});

test('the Index questionnaire: amity\'s wording translated, ids and points kept', async () => {
  const en = (await get('/index/questionnaire')).json;
  const uk = (await get('/index/questionnaire', '?lang=uk')).json;
  assert.notEqual(uk.title, en.title);
  assert.match(uk.title, /[\u0400-\u04FF]/);
  assert.equal(uk.edition, en.edition);
  assert.equal(uk.indicators.length, en.indicators.length);
  uk.indicators.forEach((ind, i) => {
    const e = en.indicators[i];
    assert.equal(ind.id, e.id);
    assert.equal(ind.weight, e.weight);
    assert.notEqual(ind.label, e.label, `${e.id} is named in Ukrainian`);
    ind.questions.forEach((q, k) => {
      assert.equal(q.id, e.questions[k].id);
      assert.notEqual(q.text, e.questions[k].text, `${q.id} is asked in Ukrainian`);
      assert.deepEqual((q.options || []).map((o) => [o.id, o.points]), (e.questions[k].options || []).map((o) => [o.id, o.points]));
    });
  });
  const editions = (await get('/index/editions', '?lang=uk')).json.items;
  assert.equal(editions[0].title, uk.title, 'the list of editions names it the same way');
});

test('the practice template: its sections for a form, the file itself unchanged', async () => {
  const en = (await get('/practices/template')).json;
  const fa = (await get('/practices/template', '?lang=fa')).json;
  assert.equal(fa.markdown, en.markdown, 'the file keeps the English headings its reader knows');
  assert.deepEqual(fa.sections.map((x) => x.field), en.sections.map((x) => x.field));
  assert.deepEqual(en.sections.map((x) => x.field), ['summary', 'purpose', 'rationale', 'process', 'results', 'evaluation', 'lessons', 'links']);
  const results = en.sections.find((x) => x.field === 'results');
  assert.equal(results.heading, 'Results and impact');
  assert.equal(results.hint, 'What changed, for whom; figures where there are any.');
  for (const x of fa.sections) assert.match(`${x.heading} ${x.hint}`, /^[^A-Za-z]*$/, `${x.field} in Persian`);
});

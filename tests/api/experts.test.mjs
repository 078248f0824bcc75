// A network's experts: the ones to ask for a city's weakest Index
// indicators (their expertise on those indicators' topics), their tasks
// (an Index report for a round, accepted, done), and the report attached to
// the city's Index result without the expert's name.
//
// SYNTHETIC TEST DATA: the network, cities, accounts, experts, answers and
// report address are invented for the test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { adminServer, create, expectStatus, expectError, API } from './helpers.mjs';

const P = (x) => `${API}/${x}`;
const ROUND = new Date().getFullYear();
const WEAK = ['education', 'language', 'welcoming'];
let s, admin, N, M, A, e1, e2, e3;
const tok = {};

before(async () => {
  ({ s, admin } = await adminServer());
  N = await create(s, admin, 'networks', { name: 'Expert Network' });
  M = await create(s, admin, 'networks', { name: 'Other Network' });
  A = await create(s, admin, 'cities', { name: 'Indexville', country: 'PT' });
  await create(s, admin, 'memberships', { network_id: N.id, city_id: A.id });
  for (const [name, role, scope] of [['secN', 'secretariat', { network_id: N.id }], ['secM', 'secretariat', { network_id: M.id }], ['offA', 'officer', { city_id: A.id }]]) {
    await create(s, admin, 'users', { username: name, password: `${name}-pass-1`, role, ...scope });
    tok[name] = await s.login(name, `${name}-pass-1`);
  }
  // the city's response: the weakest three at the least points, the rest at the most
  const q = (await s.req('GET', P('index/questionnaire'))).json;
  const answers = { population: { value: 50000 }, foreign_born_pct: { value: 9 } };
  for (const ind of q.indicators) {
    if (ind.optional) continue;
    for (const x of ind.questions) {
      const opts = [...x.options].sort((a, b) => a.points - b.points);
      answers[x.id] = { option: (WEAK.includes(ind.id) ? opts[0] : opts.at(-1)).id };
    }
  }
  const r = await create(s, admin, 'index/responses', { city_id: A.id, round: ROUND });
  expectStatus(await s.req('PATCH', P(`index/responses/${r.id}/answers`), { token: admin, body: { answers } }), 200);
  expectStatus(await s.req('POST', P(`index/responses/${r.id}/submit`), { token: admin }), 200);
  const expert = (name, expertise) => create(s, tok.secN, 'people', {
    network_id: N.id, name, roles: ['expert'], expertise, languages: ['pt', 'en'], basis: 'consent',
    consent: { purposes: ['record'], how: 'by_email' },
  });
  e1 = await expert('Expert On Schools (synthetic)', ['icc-education', 'icc-welcoming-social-integration']);
  e2 = await expert('Expert On Languages (synthetic)', ['icc-multilingualism']);
  e3 = await expert('Expert On Other Things (synthetic)', ['icc-roma']);
});
after(async () => { await s?.stop(); });

test('the experts to ask for the city\'s weakest indicators, with why', async () => {
  const r = expectStatus(await s.req('GET', P(`cities/${A.id}/experts`), { token: tok.secN }), 200).json;
  assert.deepEqual(r.items.map((x) => x.person.id), [e1.id, e2.id], 'two weak indicators before one; none for the third');
  assert.deepEqual(r.items[0].reasons.map((x) => x.indicator).sort(), ['education', 'welcoming']);
  assert.deepEqual(r.items[1].reasons.map((x) => [x.indicator, x.topics]), [['language', ['icc-multilingualism']]]);
  assert.ok(r.items[0].reasons.every((x) => typeof x.score === 'number' && x.label));
  assert.ok(!r.items.some((x) => x.person.id === e3.id));
  expectError(await s.req('GET', P(`cities/${A.id}/experts`), { token: tok.offA }), 403);
  expectError(await s.req('GET', P(`cities/${A.id}/experts?network=${N.id}`), { token: tok.secM }), 403);
  expectError(await s.req('GET', P(`cities/${A.id}/experts`)), 401);
  assert.equal(expectStatus(await s.req('GET', P(`cities/${A.id}/experts`), { token: tok.secM }), 200).json.items.length, 0, 'its own pool is empty');
});

test('an Index report task: given, accepted, done; the report is on the city\'s result, not the expert', async () => {
  expectError(await s.req('POST', P('assignments'), { token: tok.secN, body: { network_id: N.id, city_id: A.id, kind: 'index_report', person_id: e1.id } }), 422, { field: 'round' });
  expectError(await s.req('POST', P('assignments'), { token: tok.secM, body: { network_id: N.id, city_id: A.id, kind: 'advice' } }), 403);
  const a = await create(s, tok.secN, 'assignments', { network_id: N.id, city_id: A.id, kind: 'index_report', round: ROUND, person_id: e1.id, due_date: `${ROUND + 1}-03-01` });
  assert.equal(a.status, 'proposed');
  assert.equal(a.expert.name, 'Expert On Schools (synthetic)');
  expectError(await s.req('GET', P(`assignments/${a.id}`), { token: tok.offA }), 404, { what: 'the secretariat\'s own' });
  expectError(await s.req('POST', P(`assignments/${a.id}/complete`), { token: tok.secN, body: {} }), 409, { what: 'not accepted yet' });
  expectStatus(await s.req('POST', P(`assignments/${a.id}/accept`), { token: tok.secN }), 200);
  const done = expectStatus(await s.req('POST', P(`assignments/${a.id}/complete`), { token: tok.secN, body: { report_title: 'Analytical report (synthetic)', report_url: 'https://example.org/indexville.pdf' } }), 200).json;
  assert.equal(done.status, 'done');
  assert.match(done.done_date, /^\d{4}-\d{2}-\d{2}$/);
  const rep = expectStatus(await s.req('GET', P(`index/report?city=${A.id}&round=${ROUND}`)), 200).json;
  assert.deepEqual(rep.expert_reports, [{ kind: 'index_report', title: 'Analytical report (synthetic)', url: 'https://example.org/indexville.pdf', done_date: done.done_date }]);
  assert.ok(!JSON.stringify(rep).includes('Expert On Schools'), 'no expert\'s name in the public report');
  // the expert erased: the task stays, unnamed
  expectStatus(await s.req('POST', P(`people/${e1.id}/erase`), { token: tok.secN, body: { reason: 'request' } }), 204);
  const after = expectStatus(await s.req('GET', P(`assignments/${a.id}`), { token: tok.secN }), 200).json;
  assert.equal(after.person_id, null);
  assert.equal(after.expert, null);
});

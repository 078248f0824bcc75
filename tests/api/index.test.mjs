// The Intercultural Cities Index: the questionnaire, responses (drafts,
// answers, submission, versions, roles), scores worked out by hand from the
// questionnaire's points and weights, ranks and percentiles in the sample and
// its groups (size, diversity, country, network), published results, the
// change since the previous round, and bad input.
//
// All data created here is SYNTHETIC TEST DATA: the cities (Testville,
// Sampleburg, Mockton, Exampleton, ...), their populations and shares born
// abroad, the networks, users, answers and published results are invented for
// these tests. Nothing here is a fact about a real city or a real Index result.
//
// Every expected number is written out by hand below (points chosen / most
// points of the indicator, weights 1.5 for commitment and 1 for the others),
// not computed by a copy of the server's formula. Each scenario has its own
// fresh server and database, so that the sample sizes are known.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { adminServer, create, expectStatus, expectError, list, walk, API } from './helpers.mjs';

const P = (x) => `${API}/${x}`;
const ROUND = 2024;

// The most points of each indicator in edition amity-1 (summed by hand from
// data/index/amity-1.json; checked against the questionnaire in the first test).
const MAX = {
  commitment: 17, education: 11, neighbourhoods: 11, public_services: 11, business: 11,
  cultural_civil_life: 11, public_space: 11, mediation: 9, language: 10, media: 8,
  international_outlook: 9, intelligence_competence: 8, welcoming: 8, governance: 11,
  participation: 10, interaction: 11,
};
const CORE = Object.keys(MAX).slice(0, 14);
const LENS = ['education', 'neighbourhoods', 'public_services', 'business', 'cultural_civil_life', 'public_space'];

// ---- answers, chosen by hand (question id -> option id; points in comments) ----

const COMMITMENT_MAX = { // 2 + 3 + 4 + 3 + 3 + 2 = 17
  'commitment.strategy': 'yes', 'commitment.action_plan': 'funded', 'commitment.budget': 'over_1',
  'commitment.coordination': 'central', 'commitment.evaluation': 'independent', 'commitment.awareness': 'most',
};
const EDUCATION_MAX = { // 2 + 2 + 3 + 2 + 2 = 11
  'education.teacher_diversity': 'over_15', 'education.school_mix': 'under_20', 'education.parents': 'most_staffed',
  'education.projects': 'most', 'education.results_gap': 'narrowed',
};
const NEIGHBOURHOODS_MAX = { // 2 + 2 + 3 + 2 + 2 = 11
  'neighbourhoods.concentration': 'under_5', 'neighbourhoods.housing_mix': 'yes',
  'neighbourhoods.local_projects': 'most_funded', 'neighbourhoods.across_districts': 'regular',
  'neighbourhoods.neighbour_relations': 'good',
};
const PUBLIC_SERVICES_MAX = { // 2 + 3 + 2 + 2 + 2 = 11
  'public_services.staff_diversity': 'same', 'public_services.recruitment': 'targets', 'public_services.adapted': 'most',
  'public_services.contractors': 'condition', 'public_services.satisfaction': 'same',
};
const BUSINESS_MAX = { // 2 + 3 + 2 + 2 + 2 = 11
  'business.diversity_network': 'member', 'business.hiring_charter': 'private', 'business.entrepreneurs': 'linked',
  'business.mixed_business': 'regular', 'business.unemployment_gap': 'under_1_5x',
};
const CULTURAL_MAX = { // 3 + 2 + 2 + 2 + 2 = 11
  'cultural_civil_life.grant_criteria': 'all', 'cultural_civil_life.shared_events': 'several',
  'cultural_civil_life.institutions': 'policy', 'cultural_civil_life.public_debate': 'regular',
  'cultural_civil_life.mixed_associations': 'similar',
};
const PUBLIC_SPACE_MAX = { // 2 + 3 + 2 + 2 + 2 = 11
  'public_space.design': 'rule', 'public_space.consultation': 'outreach', 'public_space.animation': 'many',
  'public_space.heritage': 'policy', 'public_space.avoided_places': 'none',
};
const LENS_MAX = { ...EDUCATION_MAX, ...NEIGHBOURHOODS_MAX, ...PUBLIC_SERVICES_MAX, ...BUSINESS_MAX, ...CULTURAL_MAX, ...PUBLIC_SPACE_MAX };

// Testville's answers in the worked example: 34 questions answered.
const TESTVILLE_ANSWERS = {
  // commitment: 2 + 3 + 4 + 3 = 12 of 17 (evaluation, awareness unanswered)
  'commitment.strategy': 'yes', 'commitment.action_plan': 'funded', 'commitment.budget': 'over_1', 'commitment.coordination': 'central',
  // education: 3 + 1 = 4 of 11
  'education.parents': 'most_staffed', 'education.projects': 'some',
  // neighbourhoods: 11 of 11
  ...NEIGHBOURHOODS_MAX,
  // public services: 1 of 11
  'public_services.staff_diversity': 'lower',
  // business: nothing answered, 0 of 11
  // cultural and civil life: 3 + 2 + 2 + 2 + 1 = 10 of 11
  'cultural_civil_life.grant_criteria': 'all', 'cultural_civil_life.shared_events': 'several',
  'cultural_civil_life.institutions': 'policy', 'cultural_civil_life.public_debate': 'regular',
  'cultural_civil_life.mixed_associations': 'less',
  // public space: 2 of 11
  'public_space.consultation': 'open',
  // mediation: 2 + 2 + 2 + 0 = 6 of 9
  'mediation.service': 'general', 'mediation.settings': 'many', 'mediation.interfaith': 'forum', 'mediation.cases_resolved': 'unknown',
  // language: 2 of 10
  'language.local_classes': 'free_some',
  // media: 2 + 1 + 3 + 2 = 8 of 8
  'media.guidance': 'written', 'media.journalists': 'yes', 'media.monitoring': 'acts', 'media.portrayal': 'balanced',
  // international outlook: nothing answered, 0 of 9
  // intelligence and competence: 0 of 8, one question answered (with 0 points)
  'intelligence_competence.data': 'no',
  // welcoming: 3 + 2 + 1 + 1 = 7 of 8
  'welcoming.help_point': 'office', 'welcoming.all_groups': 'all', 'welcoming.public_welcome': 'yes', 'welcoming.feel_welcome': 'some',
  // governance: 2 + 3 = 5 of 11
  'governance.local_vote': 'short', 'governance.advisory_body': 'elected',
};
const TESTVILLE_SCORES = {
  commitment: 1200 / 17,            // 70.588235
  education: 400 / 11,              // 36.363636
  neighbourhoods: 100,
  public_services: 100 / 11,        // 9.090909
  business: 0,
  cultural_civil_life: 1000 / 11,   // 90.909091
  public_space: 200 / 11,           // 18.181818
  mediation: 600 / 9,               // 66.666667
  language: 20,
  media: 100,
  international_outlook: 0,
  intelligence_competence: 0,
  welcoming: 87.5,
  governance: 500 / 11,             // 45.454545
};
// the weighted mean of the 14 core indicators (weights 1.5 + 13 x 1 = 14.5): 46.899932
const TESTVILLE_AGGREGATE = (1.5 * 1200 / 17 + 400 / 11 + 100 + 100 / 11 + 0 + 1000 / 11 + 200 / 11 + 600 / 9 + 20 + 100 + 0 + 0 + 87.5 + 500 / 11) / 14.5;
const TESTVILLE_LENS = (400 / 11 + 100 + 100 / 11 + 0 + 1000 / 11 + 200 / 11) / 6; // 42.424242
// Sampleburg: commitment, education and neighbourhoods at the maximum, 16 answers:
// (1.5 x 100 + 100 + 100) / 14.5 = 350 / 14.5; lens (100 + 100) / 6
const SAMPLEBURG_AGGREGATE = 350 / 14.5; // 24.137931
// Mockton: the six lens indicators at the maximum (30 answers) and one question of the
// optional participation area, "sometimes": 1 of 10 points. 15 indicators counted, weights 15.5:
// (6 x 100 + 10) / 15.5; completeness 31 / (66 + 5)
const MOCKTON_AGGREGATE = 610 / 15.5; // 39.354839
// Exampleton: only commitment.strategy "draft", 1 of 17 points: 1.5 x (100/17) / 14.5
const EXAMPLETON_AGGREGATE = 1.5 * (100 / 17) / 14.5; // 0.608519

// ---- helpers ----------------------------------------------------------------------

const servers = [];
// Stop every server, even when one of them reports a problem (a sanitizer
// report, a bad exit), then fail with all the problems.
after(async () => {
  const problems = [];
  for (const srv of servers) {
    try { await srv.stop(); } catch (e) { problems.push(String(e.message || e)); }
  }
  assert.deepEqual(problems, [], 'servers stopped cleanly');
});

// A fresh server with an admin, kept for the healthz check at the end.
async function fresh() {
  const { s, admin } = await adminServer();
  servers.push(s);
  return { s, admin };
}

function near(actual, expected, what, tol = 1e-6) {
  assert.equal(typeof actual, 'number', `${what}: a number, got ${JSON.stringify(actual)}`);
  assert.ok(Math.abs(actual - expected) <= tol, `${what}: expected ${expected}, got ${actual}`);
}

const asAnswers = (choices) => Object.fromEntries(Object.entries(choices).map(([q, o]) => [q, { option: o }]));

// A city (SYNTHETIC), created by the admin.
const city = (s, admin, name, country, population = null) =>
  create(s, admin, 'cities', { name, country, ...(population === null ? {} : { population }) });

async function officer(s, admin, username, cityId) {
  const password = `${username}-pass-1`;
  await create(s, admin, 'users', { username, password, role: 'officer', city_id: cityId });
  return s.login(username, password);
}

const patchAnswers = (s, token, id, answers) => s.req('PATCH', P(`index/responses/${id}/answers`), { token, body: { answers } });

// Start a response, set the answers (choices + context values), submit unless told not to.
async function respond(s, token, cityId, round, choices, { context = {}, submit = true } = {}) {
  const r = await create(s, token, 'index/responses', { city_id: cityId, round });
  const answers = asAnswers(choices);
  for (const [k, v] of Object.entries(context)) answers[k] = { value: v };
  let out = r;
  if (Object.keys(answers).length) out = expectStatus(await patchAnswers(s, token, r.id, answers), 200, 'answers').json;
  if (submit) out = expectStatus(await s.req('POST', P(`index/responses/${r.id}/submit`), { token }), 200, 'submit').json;
  return out;
}

async function results(s, query = '') {
  const r = expectStatus(await s.req('GET', P(`index/results?${query}`)), 200, `results ${query}`);
  assert.ok(Array.isArray(r.json.items), 'items');
  assert.equal(r.json.total, r.json.items.length, 'total');
  return r.json;
}

async function report(s, query, token) {
  return expectStatus(await s.req('GET', P(`index/report?${query}`), { token }), 200, `report ${query}`).json;
}

const group = (rep, id) => {
  const g = rep.groups.find((x) => x.id === id);
  assert.ok(g, `group ${id} in ${JSON.stringify(rep.groups.map((x) => x.id))}`);
  return g;
};

// Check a report's group: membership, size, rank and percentile.
function standing(rep, id, { member, of, rank, percentile }, what) {
  const g = group(rep, id);
  assert.equal(g.member, member, `${what} ${id}: member`);
  assert.equal(g.of, of, `${what} ${id}: of`);
  if (member) {
    assert.equal(g.rank, rank, `${what} ${id}: rank`);
    near(g.percentile, percentile, `${what} ${id}: percentile`);
  } else {
    assert.equal(g.rank, null, `${what} ${id}: no rank when not a member`);
    assert.equal(g.percentile, null, `${what} ${id}: no percentile when not a member`);
  }
  return g;
}

// [city name, rank, percentile, aggregate] of results' items, in their order.
const ranked = (res) => res.items.map((x) => [x.city.name, x.rank, x.percentile, x.aggregate]);
function expectRanked(res, want, what) {
  assert.deepEqual(res.items.map((x) => x.city.name), want.map((w) => w[0]), `${what}: order`);
  for (const [i, [name, rank, pct, agg]] of want.entries()) {
    const x = res.items[i];
    assert.equal(x.rank, rank, `${what}: ${name} rank (${JSON.stringify(ranked(res))})`);
    near(x.percentile, pct, `${what}: ${name} percentile`);
    if (agg !== undefined) near(x.aggregate, agg, `${what}: ${name} aggregate`);
  }
}

// Every core question at its most (or least) points, read off the questionnaire.
let Q; // the questionnaire
function extreme(which, { optional = false } = {}) {
  const out = {};
  for (const ind of Q.indicators) {
    if (ind.optional && !optional) continue;
    for (const q of ind.questions) {
      const pts = q.options.map((o) => o.points);
      const want = which === 'max' ? Math.max(...pts) : Math.min(...pts);
      out[q.id] = q.options.find((o) => o.points === want).id;
    }
  }
  return out;
}

before(async () => {
  const { s } = await fresh();
  Q = expectStatus(await s.req('GET', P('index/questionnaire')), 200).json;
});

// ---- (1) the questionnaire ------------------------------------------------------------

test('the questionnaire: edition amity-1, 14 core indicators with 66 questions, 2 optional areas, the lens, 2 context questions', async () => {
  const s = servers[0];
  const eds = expectStatus(await s.req('GET', P('index/editions')), 200).json;
  assert.ok(eds.items.some((e) => e.id === 'amity-1'), JSON.stringify(eds));
  assert.equal(eds.total, eds.items.length);
  const q1 = expectStatus(await s.req('GET', P('index/questionnaire?edition=amity-1')), 200).json;
  assert.equal(q1.edition, 'amity-1');
  assert.deepEqual(q1, Q, 'the newest edition is amity-1');

  const core = Q.indicators.filter((i) => !i.optional);
  const optional = Q.indicators.filter((i) => i.optional);
  assert.deepEqual(core.map((i) => i.id), CORE);
  assert.deepEqual(optional.map((i) => i.id), ['participation', 'interaction']);
  assert.equal(core.reduce((n, i) => n + i.questions.length, 0), 66, '66 core questions');
  assert.equal(optional.reduce((n, i) => n + i.questions.length, 0), 10, 'two optional areas of 5 questions');
  for (const ind of Q.indicators) {
    assert.equal(ind.weight, ind.id === 'commitment' ? 1.5 : 1, `${ind.id} weight`);
    // the maxima the hand computations below rely on
    const max = ind.questions.reduce((n, q) => n + Math.max(...q.options.map((o) => o.points)), 0);
    assert.equal(max, MAX[ind.id], `${ind.id}: most points`);
  }
  assert.deepEqual(Q.composites.map((c) => c.id), ['lens']);
  assert.deepEqual([...Q.composites[0].indicators].sort(), [...LENS].sort());
  assert.deepEqual(Q.context.map((c) => c.id), ['population', 'foreign_born_pct']);
  expectError(await s.req('GET', P('index/questionnaire?edition=amity-0')), 404);
});

// ---- (2) the worked example ------------------------------------------------------------

test('worked example: four cities, scores, lens, aggregate, completeness, ranks and percentiles in every group', async () => {
  const { s, admin } = await fresh();
  const T = await city(s, admin, 'Testville', 'IT', 250000);
  const S = await city(s, admin, 'Sampleburg', 'FR', 90000);
  const M = await city(s, admin, 'Mockton', 'IT', 120000);
  const E = await city(s, admin, 'Exampleton', 'DE', 500000);
  const tokT = await officer(s, admin, 'officer.t', T.id);

  // Testville, by its officer: no population answer (the city's 250,000: over 200k), 20% born abroad
  const rt = await respond(s, tokT, T.id, ROUND, TESTVILLE_ANSWERS, { context: { foreign_born_pct: 20 } });
  // Sampleburg: the answer 200,000 (over, at the bound) wins over the city's 90,000; 15% born abroad (over, at the bound)
  const rs = await respond(s, admin, S.id, ROUND, { ...COMMITMENT_MAX, ...EDUCATION_MAX, ...NEIGHBOURHOODS_MAX },
    { context: { population: 200000, foreign_born_pct: 15 } });
  // Mockton: the city's 120,000 (under), 14.9% (under)
  const rm = await respond(s, admin, M.id, ROUND, { ...LENS_MAX, 'participation.outreach': 'sometimes' },
    { context: { foreign_born_pct: 14.9 } });
  // Exampleton: the answer 199,999 (under) wins over the city's 500,000; share born abroad unknown
  const re = await respond(s, admin, E.id, ROUND, { 'commitment.strategy': 'draft' }, { context: { population: 199999 } });

  // -- Testville's scores, by hand
  const sc = rt.scores;
  assert.equal(rt.status, 'submitted');
  assert.equal(sc.indicators.length, 16, 'every indicator listed');
  for (const id of CORE) {
    const x = sc.indicators.find((i) => i.id === id);
    assert.equal(x.counted, true, `${id} counted`);
    assert.equal(x.max, MAX[id], `${id} max`);
    near(x.score, TESTVILLE_SCORES[id], `Testville ${id}`);
  }
  const ti = (id) => sc.indicators.find((i) => i.id === id);
  assert.equal(ti('commitment').points, 12);
  assert.equal(ti('commitment').answered, 4);
  assert.equal(ti('commitment').questions, 6);
  assert.equal(ti('intelligence_competence').answered, 1, 'an answer with 0 points is answered');
  assert.equal(ti('business').answered, 0);
  for (const id of ['participation', 'interaction']) {
    assert.equal(ti(id).counted, false, `${id} not counted`);
    assert.equal(ti(id).score, null, `${id} score null`);
  }
  assert.deepEqual(sc.optional_in, []);
  near(sc.aggregate, TESTVILLE_AGGREGATE, 'Testville aggregate');
  near(sc.composites.find((c) => c.id === 'lens').score, TESTVILLE_LENS, 'Testville lens');
  assert.equal(sc.completeness.answered, 34);
  assert.equal(sc.completeness.questions, 66);
  near(sc.completeness.share, 34 / 66 * 100, 'Testville completeness');
  assert.equal(sc.context.foreign_born_pct, 20);
  assert.equal(sc.context.population, null, 'no population answered');
  // each answer traced: its points and the question's most
  assert.equal(rt.answers['commitment.budget'].option, 'over_1');
  assert.equal(rt.answers['commitment.budget'].points, 4);
  assert.equal(rt.answers['commitment.budget'].max, 4);
  assert.equal(rt.answers['commitment.budget'].indicator, 'commitment');
  assert.equal(rt.answers['cultural_civil_life.mixed_associations'].points, 1);
  assert.equal(rt.answers['cultural_civil_life.mixed_associations'].max, 2);
  assert.equal(rt.answers.foreign_born_pct.value, 20);

  // -- the other three
  near(rs.scores.aggregate, SAMPLEBURG_AGGREGATE, 'Sampleburg aggregate');
  near(rs.scores.composites[0].score, 200 / 6, 'Sampleburg lens');
  near(rs.scores.completeness.share, 16 / 66 * 100, 'Sampleburg completeness');
  near(rm.scores.aggregate, MOCKTON_AGGREGATE, 'Mockton aggregate');
  near(rm.scores.composites[0].score, 100, 'Mockton lens');
  near(rm.scores.indicators.find((i) => i.id === 'participation').score, 10, 'Mockton participation');
  assert.deepEqual(rm.scores.optional_in, ['participation']);
  assert.equal(rm.scores.completeness.answered, 31);
  assert.equal(rm.scores.completeness.questions, 71);
  near(rm.scores.completeness.share, 31 / 71 * 100, 'Mockton completeness');
  near(re.scores.aggregate, EXAMPLETON_AGGREGATE, 'Exampleton aggregate');
  near(re.scores.indicators[0].score, 100 / 17, 'Exampleton commitment');
  near(re.scores.composites[0].score, 0, 'Exampleton lens');
  near(re.scores.completeness.share, 100 / 66, 'Exampleton completeness');

  // -- GET gives the same
  const got = expectStatus(await s.req('GET', P(`index/responses/${rt.id}`)), 200).json;
  near(got.scores.aggregate, TESTVILLE_AGGREGATE, 'GET aggregate');
  assert.deepEqual(got.answers, rt.answers);

  // -- the whole sample: 46.90 > 39.35 > 24.14 > 0.61; percentile = others below / 3
  const all = await results(s, `round=${ROUND}`);
  assert.equal(all.round, ROUND);
  assert.equal(all.group, 'all');
  expectRanked(all, [
    ['Testville', 1, 100, TESTVILLE_AGGREGATE],
    ['Mockton', 2, 200 / 3, MOCKTON_AGGREGATE],
    ['Sampleburg', 3, 100 / 3, SAMPLEBURG_AGGREGATE],
    ['Exampleton', 4, 0, EXAMPLETON_AGGREGATE],
  ], 'all');
  near(all.average, (TESTVILLE_AGGREGATE + MOCKTON_AGGREGATE + SAMPLEBURG_AGGREGATE + EXAMPLETON_AGGREGATE) / 4, 'average'); // 27.750305
  // commitment: Testville 1200/17, Sampleburg 100, Mockton 0, Exampleton 100/17 -> 44.117647
  near(all.indicator_averages.commitment, (1200 / 17 + 100 + 0 + 100 / 17) / 4, 'commitment average');
  // participation: only Mockton counts it
  near(all.indicator_averages.participation, 10, 'participation average over who answered it');
  const item = all.items[0];
  assert.equal(item.source, 'response');
  assert.equal(item.id, rt.id);
  assert.equal(item.over_200k, true);
  assert.equal(item.over_15pct, true);
  near(item.indicators.commitment, 1200 / 17, 'results: indicator scores');
  assert.equal(all.items[3].over_15pct, null, 'Exampleton: share born abroad unknown');
  // the default round is this year: the 2024 results are the latest
  assert.deepEqual(ranked(await results(s)), ranked(all), 'default round');
  assert.deepEqual(ranked(await results(s, `round=${ROUND + 1}`)), ranked(all), 'a later round');
  assert.equal((await results(s, `round=${ROUND - 1}`)).total, 0, 'nothing before');

  // -- the groups
  expectRanked(await results(s, `round=${ROUND}&group=over_200k`),
    [['Testville', 1, 100], ['Sampleburg', 2, 0]], 'over_200k');
  expectRanked(await results(s, `round=${ROUND}&group=under_200k`),
    [['Mockton', 1, 100], ['Exampleton', 2, 0]], 'under_200k');
  expectRanked(await results(s, `round=${ROUND}&group=over_15pct`),
    [['Testville', 1, 100], ['Sampleburg', 2, 0]], 'over_15pct');
  expectRanked(await results(s, `round=${ROUND}&group=under_15pct`), [['Mockton', 1, 100]], 'under_15pct: alone');
  const it = await results(s, `round=${ROUND}&country=IT`);
  assert.equal(it.group, 'country');
  expectRanked(it, [['Testville', 1, 100], ['Mockton', 2, 0]], 'country IT');
  near(it.average, (TESTVILLE_AGGREGATE + MOCKTON_AGGREGATE) / 2, 'IT average');

  // -- the reports
  const rep = await report(s, `city=${T.id}&round=${ROUND}&country=IT`);
  assert.equal(rep.city.id, T.id);
  assert.equal(rep.round, ROUND);
  assert.equal(rep.source, 'response');
  assert.equal(rep.status, 'submitted');
  assert.equal(rep.response_id, rt.id);
  near(rep.aggregate, TESTVILLE_AGGREGATE, 'report aggregate');
  near(rep.indicators.welcoming, 87.5, 'report welcoming');
  near(rep.scores.composites[0].score, TESTVILLE_LENS, 'report lens');
  assert.equal(rep.answers['media.monitoring'].points, 3);
  standing(rep, 'all', { member: true, of: 4, rank: 1, percentile: 100 }, 'Testville');
  standing(rep, 'over_200k', { member: true, of: 2, rank: 1, percentile: 100 }, 'Testville');
  standing(rep, 'under_200k', { member: false, of: 2 }, 'Testville');
  standing(rep, 'over_15pct', { member: true, of: 2, rank: 1, percentile: 100 }, 'Testville');
  standing(rep, 'under_15pct', { member: false, of: 1 }, 'Testville');
  standing(rep, 'country', { member: true, of: 2, rank: 1, percentile: 100 }, 'Testville');
  near(group(rep, 'all').average, (TESTVILLE_AGGREGATE + MOCKTON_AGGREGATE + SAMPLEBURG_AGGREGATE + EXAMPLETON_AGGREGATE) / 4, 'report: sample average');
  assert.equal(rep.previous, null, 'no earlier round');
  // strongest: three at 100 (neighbourhoods, media, ...): scores of the strongest are 100, 100, 90.9
  assert.deepEqual(rep.strongest.map((x) => x.score).map((x) => Math.round(x * 1000) / 1000), [100, 100, 90.909]);
  assert.deepEqual(rep.strongest.slice(0, 2).map((x) => x.id).sort(), ['media', 'neighbourhoods']);
  assert.equal(rep.strongest[2].id, 'cultural_civil_life');
  assert.deepEqual(rep.weakest.map((x) => x.score), [0, 0, 0], 'weakest: business, international outlook, intelligence');
  assert.deepEqual(rep.weakest.map((x) => x.id).sort(), ['business', 'intelligence_competence', 'international_outlook']);

  const repS = await report(s, `city=${S.id}&round=${ROUND}&country=IT`);
  standing(repS, 'all', { member: true, of: 4, rank: 3, percentile: 100 / 3 }, 'Sampleburg');
  standing(repS, 'over_200k', { member: true, of: 2, rank: 2, percentile: 0 }, 'Sampleburg');
  standing(repS, 'over_15pct', { member: true, of: 2, rank: 2, percentile: 0 }, 'Sampleburg');
  standing(repS, 'country', { member: false, of: 2 }, 'Sampleburg (FR) among IT cities');
  const repE = await report(s, `city=${E.id}`);
  assert.equal(repE.round, ROUND, 'default: the latest round');
  standing(repE, 'all', { member: true, of: 4, rank: 4, percentile: 0 }, 'Exampleton');
  standing(repE, 'under_200k', { member: true, of: 2, rank: 2, percentile: 0 }, 'Exampleton');
  standing(repE, 'over_200k', { member: false, of: 2 }, 'Exampleton');
  standing(repE, 'over_15pct', { member: false, of: 2 }, 'Exampleton: unknown share');
  standing(repE, 'under_15pct', { member: false, of: 1 }, 'Exampleton: unknown share');
  const repM = await report(s, `city=${M.id}&round=${ROUND}`);
  standing(repM, 'all', { member: true, of: 4, rank: 2, percentile: 200 / 3 }, 'Mockton');
  standing(repM, 'under_15pct', { member: true, of: 1, rank: 1, percentile: 100 }, 'Mockton alone');
  assert.deepEqual(repM.scores.optional_in, ['participation']);
  expectError(await s.req('GET', P(`index/report?city=${T.id}&round=${ROUND - 1}`)), 404, { what: 'no result that round' });
});

test('all answers at the most points give 100, at the least 0: the aggregate, the lens and every indicator', async () => {
  const { s, admin } = await fresh();
  const A = await city(s, admin, 'Maxville', 'IT', 10000);
  const B = await city(s, admin, 'Minville', 'IT', 10000);
  const C = await city(s, admin, 'Corebury', 'IT', 10000);
  const hi = await respond(s, admin, A.id, ROUND, extreme('max', { optional: true }));
  const lo = await respond(s, admin, B.id, ROUND, extreme('min', { optional: true }));
  const core = await respond(s, admin, C.id, ROUND, extreme('max'));
  for (const [r, want, n, what] of [[hi, 100, 76, 'all max'], [lo, 0, 76, 'all min'], [core, 100, 66, 'core max']]) {
    assert.equal(r.scores.aggregate, want, `${what}: aggregate`);
    assert.equal(r.scores.composites[0].score, want, `${what}: lens`);
    assert.equal(r.scores.completeness.answered, n, `${what}: answered`);
    assert.equal(r.scores.completeness.questions, n, `${what}: questions`);
    assert.equal(r.scores.completeness.share, 100, `${what}: completeness`);
    for (const ind of r.scores.indicators) {
      if (ind.optional && n === 66) {
        assert.equal(ind.counted, false, `${what}: ${ind.id} not counted`);
        continue;
      }
      assert.equal(ind.counted, true, `${what}: ${ind.id} counted`);
      assert.equal(ind.score, want, `${what}: ${ind.id}`);
      assert.equal(ind.points, want ? MAX[ind.id] : 0, `${what}: ${ind.id} points`);
    }
  }
  // answered with 0 points still counts an optional area
  assert.deepEqual(lo.scores.optional_in, ['participation', 'interaction']);
  assert.deepEqual(hi.scores.optional_in, ['participation', 'interaction']);
  assert.deepEqual(core.scores.optional_in, []);
  // 100, 100, 0: a tie at the top
  expectRanked(await results(s, `round=${ROUND}`), [['Corebury', 1, 50, 100], ['Maxville', 1, 50, 100], ['Minville', 3, 0, 0]], 'extremes');
});

test('optional areas: not counted unanswered, counted from one answer (0 points too), listed in optional_in', async () => {
  const { s, admin } = await fresh();
  const O = await city(s, admin, 'Optionville', 'IT', 10000);
  const r = await respond(s, admin, O.id, ROUND, extreme('max'), { submit: false });
  assert.equal(r.scores.aggregate, 100);
  assert.deepEqual(r.scores.optional_in, []);
  // one interaction question, the option with 0 points: interaction counts, 0 of 11
  let x = expectStatus(await patchAnswers(s, admin, r.id, { 'interaction.mapping': { option: 'no' } }), 200).json;
  const inter = x.scores.indicators.find((i) => i.id === 'interaction');
  assert.equal(inter.counted, true);
  assert.equal(inter.score, 0);
  assert.equal(inter.answered, 1);
  assert.equal(x.scores.indicators.find((i) => i.id === 'participation').counted, false);
  assert.deepEqual(x.scores.optional_in, ['interaction']);
  near(x.scores.aggregate, 1450 / 15.5, 'aggregate with interaction at 0'); // 93.548387
  assert.equal(x.scores.completeness.answered, 67);
  assert.equal(x.scores.completeness.questions, 71);
  assert.equal(x.scores.composites[0].score, 100, 'the lens does not take optional areas');
  // and participation: 2 + 2 = 4 of 10
  x = expectStatus(await patchAnswers(s, admin, r.id, { 'participation.outreach': { option: 'rule' }, 'participation.budgeting': { option: 'all' } }), 200).json;
  assert.deepEqual(x.scores.optional_in, ['participation', 'interaction']);
  near(x.scores.indicators.find((i) => i.id === 'participation').score, 40, 'participation 4/10');
  near(x.scores.aggregate, (1450 + 40 + 0) / 16.5, 'aggregate with both'); // 90.30303
  assert.equal(x.scores.completeness.answered, 69);
  assert.equal(x.scores.completeness.questions, 76);
  // null removes answers: the areas drop out again
  x = expectStatus(await patchAnswers(s, admin, r.id, { 'interaction.mapping': null, 'participation.outreach': null, 'participation.budgeting': null }), 200).json;
  assert.deepEqual(x.scores.optional_in, []);
  assert.equal(x.scores.aggregate, 100);
  assert.equal(x.scores.completeness.questions, 66);
  assert.equal(x.answers['interaction.mapping'], undefined, 'the answer is gone');
});

// ---- (3) ranking: ties, published results, previous round ---------------------------------

test('ties share the best rank (1, 2, 2, 4); a published result joins the sample and ties too', async () => {
  const { s, admin } = await fresh();
  const A = await city(s, admin, 'Alphaton', 'IT', 10000);
  const B = await city(s, admin, 'Betaville', 'IT', 10000);
  const G = await city(s, admin, 'Gammaburg', 'IT', 10000);
  const D = await city(s, admin, 'Deltaford', 'IT', 10000);
  const E = await city(s, admin, 'Epsilonham', 'IT', 10000);
  await respond(s, admin, A.id, ROUND, extreme('max'));                         // 100
  await respond(s, admin, B.id, ROUND, { 'commitment.strategy': 'yes' });       // 1.5 x 200/17 / 14.5 = 1.217039
  await respond(s, admin, G.id, ROUND, { 'commitment.strategy': 'yes' });       // the same
  await respond(s, admin, D.id, ROUND, { 'commitment.strategy': 'draft' });     // 0.608519
  const two = 1.5 * (200 / 17) / 14.5;
  // percentile: others below / 3
  expectRanked(await results(s, `round=${ROUND}`), [
    ['Alphaton', 1, 100, 100], ['Betaville', 2, 100 / 3, two], ['Gammaburg', 2, 100 / 3, two], ['Deltaford', 4, 0, EXAMPLETON_AGGREGATE],
  ], 'ties');
  const repG = await report(s, `city=${G.id}&round=${ROUND}`);
  standing(repG, 'all', { member: true, of: 4, rank: 2, percentile: 100 / 3 }, 'Gammaburg');

  // a published result of the round before, 100: the latest of Epsilonham up to 2024
  const pub = expectStatus(await s.req('POST', P('index/published'), {
    token: admin,
    body: { city_id: E.id, round: ROUND - 1, aggregate: 100, indicators: { commitment: 100 }, over_200k: false, over_15pct: false, published_rank: '1st of 5 (synthetic)', source: 'Synthetic test source' },
  }), 201, 'published').json;
  assert.equal(pub.city_id, E.id);
  // percentile: others below / 4
  expectRanked(await results(s, `round=${ROUND}`), [
    ['Alphaton', 1, 75, 100], ['Epsilonham', 1, 75, 100], ['Betaville', 3, 25, two], ['Gammaburg', 3, 25, two], ['Deltaford', 5, 0],
  ], 'ties with a published result');
  const res = await results(s, `round=${ROUND}`);
  const ep = res.items.find((x) => x.city.name === 'Epsilonham');
  assert.equal(ep.source, 'published');
  assert.equal(ep.round, ROUND - 1);
  assert.equal(ep.status, 'published');
  // the round before: Epsilonham alone
  expectRanked(await results(s, `round=${ROUND - 1}`), [['Epsilonham', 1, 100, 100]], 'round before');
  // the published result's report
  const repE = await report(s, `city=${E.id}`);
  assert.equal(repE.round, ROUND - 1);
  assert.equal(repE.source, 'published');
  assert.equal(repE.published_rank, '1st of 5 (synthetic)');
  assert.equal(repE.published_source, 'Synthetic test source');
  standing(repE, 'all', { member: true, of: 1, rank: 1, percentile: 100 }, 'Epsilonham alone in its round');
  standing(repE, 'under_200k', { member: true, of: 1, rank: 1, percentile: 100 }, 'Epsilonham: the published flag');
  standing(repE, 'under_15pct', { member: true, of: 1, rank: 1, percentile: 100 }, 'Epsilonham: the published flag');
  const repA = await report(s, `city=${A.id}&round=${ROUND}`);
  standing(repA, 'all', { member: true, of: 5, rank: 1, percentile: 75 }, 'Alphaton');
});

test('published results: ranked against responses, the latest up to a round, a response wins over a published result of its round', async () => {
  const { s, admin } = await fresh();
  const Pu = await city(s, admin, 'Pubton', 'IT', 50000);        // its published flag says over 200k
  const R = await city(s, admin, 'Respville', 'IT', 300000);
  const Bo = await city(s, admin, 'Bothburg', 'FR', 50000);
  const pub = (body) => s.req('POST', P('index/published'), { token: admin, body: { source: 'Synthetic test source', ...body } });
  expectStatus(await pub({ city_id: Pu.id, round: 2022, aggregate: 55.5, indicators: { commitment: 60, education: 50 }, over_200k: true, over_15pct: false, published_rank: '4th of 12 (synthetic)' }), 201);
  expectStatus(await pub({ city_id: Bo.id, round: 2023, aggregate: 70, indicators: { commitment: 70 }, over_200k: false, over_15pct: true }), 201);
  expectStatus(await pub({ city_id: Bo.id, round: 2024, aggregate: 90, indicators: { commitment: 90 }, over_200k: false, over_15pct: true }), 201);
  await respond(s, admin, R.id, 2024, { ...COMMITMENT_MAX, ...EDUCATION_MAX, ...NEIGHBOURHOODS_MAX }); // 350/14.5 = 24.137931
  await respond(s, admin, Bo.id, 2024, { 'commitment.strategy': 'draft' });                             // 0.608519, wins over the 90

  const r24 = await results(s, 'round=2024');
  expectRanked(r24, [['Pubton', 1, 100, 55.5], ['Respville', 2, 50, SAMPLEBURG_AGGREGATE], ['Bothburg', 3, 0, EXAMPLETON_AGGREGATE]], '2024');
  assert.deepEqual(r24.items.map((x) => [x.source, x.round]), [['published', 2022], ['response', 2024], ['response', 2024]]);
  near(r24.average, (55.5 + SAMPLEBURG_AGGREGATE + EXAMPLETON_AGGREGATE) / 3, '2024 average');
  // commitment average: 60 (published), 100, 100/17
  near(r24.indicator_averages.commitment, (60 + 100 + 100 / 17) / 3, 'commitment average with a published result');
  expectRanked(await results(s, 'round=2023'), [['Bothburg', 1, 100, 70], ['Pubton', 2, 0, 55.5]], '2023');
  expectRanked(await results(s, 'round=2022'), [['Pubton', 1, 100, 55.5]], '2022');
  assert.equal((await results(s, 'round=2021')).total, 0);
  // groups: the published flags; Respville by its city's 300,000
  expectRanked(await results(s, 'round=2024&group=over_200k'), [['Pubton', 1, 100], ['Respville', 2, 0]], 'over_200k');
  expectRanked(await results(s, 'round=2024&group=under_200k'), [['Bothburg', 1, 100]], 'under_200k');
  expectRanked(await results(s, 'round=2024&group=under_15pct'), [['Pubton', 1, 100]], 'under_15pct');
  assert.equal((await results(s, 'round=2024&group=over_15pct')).total, 0, 'Bothburg\'s response says nothing of its share');
  expectRanked(await results(s, 'round=2023&group=over_15pct'), [['Bothburg', 1, 100]], 'over_15pct 2023');

  // Bothburg's 2024 report is its response's; its previous is the 2023 published result
  const rb = await report(s, `city=${Bo.id}&round=2024`);
  assert.equal(rb.source, 'response');
  near(rb.aggregate, EXAMPLETON_AGGREGATE, 'Bothburg 2024');
  standing(rb, 'all', { member: true, of: 3, rank: 3, percentile: 0 }, 'Bothburg');
  assert.equal(rb.previous.round, 2023);
  assert.equal(rb.previous.source, 'published');
  near(rb.previous.delta, EXAMPLETON_AGGREGATE - 70, 'delta against the published result');
  near(rb.previous.indicators.commitment, 100 / 17 - 70, 'commitment delta');
  assert.deepEqual(rb.progress.map((x) => [x.round, x.source]), [[2023, 'published'], [2024, 'response']]);
  // Pubton's report: the published result and its rank as published
  const rp = await report(s, `city=${Pu.id}`);
  assert.equal(rp.round, 2022);
  assert.equal(rp.source, 'published');
  assert.equal(rp.published_rank, '4th of 12 (synthetic)');
  assert.equal(rp.published_source, 'Synthetic test source');
  assert.deepEqual(rp.indicators, { commitment: 60, education: 50 });
  standing(rp, 'over_200k', { member: true, of: 1, rank: 1, percentile: 100 }, 'Pubton 2022');
  expectError(await s.req('GET', P(`index/report?city=${Pu.id}&round=2024`)), 404, { what: 'no result of Pubton in 2024' });
  expectError(await s.req('GET', P(`index/report?city=${R.id}&round=2022`)), 404, { what: 'no result of Respville in 2022' });
});

test('the change since the previous round: previous.delta and the indicators\' deltas', async () => {
  const { s, admin } = await fresh();
  const G = await city(s, admin, 'Progressville', 'IT', 150000);
  const tok = await officer(s, admin, 'officer.p', G.id);
  expectStatus(await s.req('POST', P('index/published'), {
    token: admin, body: { city_id: G.id, round: 2020, aggregate: 10, indicators: { commitment: 20 }, source: 'Synthetic test source' },
  }), 201);
  await respond(s, tok, G.id, 2022, COMMITMENT_MAX);                          // 150 / 14.5 = 10.344828
  await respond(s, tok, G.id, 2024, { ...COMMITMENT_MAX, ...EDUCATION_MAX }); // 250 / 14.5 = 17.241379

  const r24 = await report(s, `city=${G.id}&round=2024`);
  near(r24.aggregate, 250 / 14.5, '2024');
  assert.equal(r24.previous.round, 2022, 'the latest earlier round, 2023 having none');
  assert.equal(r24.previous.source, 'response');
  near(r24.previous.aggregate, 150 / 14.5, 'previous aggregate');
  near(r24.previous.delta, 100 / 14.5, 'delta 6.896552');
  near(r24.previous.indicators.commitment, 0, 'commitment unchanged');
  near(r24.previous.indicators.education, 100, 'education +100');
  near(r24.previous.indicators.governance, 0, 'governance unchanged');
  assert.equal(Object.keys(r24.previous.indicators).length, 14, 'a delta for each core indicator');

  const r22 = await report(s, `city=${G.id}&round=2022`);
  assert.equal(r22.previous.round, 2020);
  assert.equal(r22.previous.source, 'published');
  near(r22.previous.aggregate, 10, 'previous: the published 10');
  near(r22.previous.delta, 150 / 14.5 - 10, 'delta 0.344828');
  assert.deepEqual(Object.keys(r22.previous.indicators), ['commitment'], 'only indicators the published result has');
  near(r22.previous.indicators.commitment, 80, '100 - 20');

  const r20 = await report(s, `city=${G.id}&round=2020`);
  assert.equal(r20.previous, null, 'nothing before 2020');
  assert.deepEqual(r24.progress.map((x) => [x.round, x.source]), [[2020, 'published'], [2022, 'response'], [2024, 'response']]);
  near(r24.progress[1].aggregate, 150 / 14.5, 'progress 2022');
  expectError(await s.req('GET', P(`index/report?city=${G.id}&round=2023`)), 404, { what: 'no result in 2023' });

  // a draft of 2025: its officer's report shows it (the latest round for them), the public's does not
  await respond(s, tok, G.id, 2025, { ...COMMITMENT_MAX, ...EDUCATION_MAX, ...NEIGHBOURHOODS_MAX }, { submit: false });
  const mine = await report(s, `city=${G.id}`, tok);
  assert.equal(mine.round, 2025);
  assert.equal(mine.status, 'draft');
  near(mine.previous.delta, 100 / 14.5, 'the draft against 2024');
  assert.deepEqual(mine.progress.map((x) => x.round), [2020, 2022, 2024, 2025]);
  const pub = await report(s, `city=${G.id}`);
  assert.equal(pub.round, 2024, 'the public sees the latest submitted round');
  assert.deepEqual(pub.progress.map((x) => x.round), [2020, 2022, 2024], 'no draft in the public progress');
  expectError(await s.req('GET', P(`index/report?city=${G.id}&round=2025`)), 404, { what: 'the draft is not the public\'s' });
  assert.equal((await results(s, 'round=2025')).items[0].round, 2024, 'results: the draft is not in the sample');
});

// ---- (4) country and network groups -----------------------------------------------------

test('country and network groups; a city of unknown size or diversity is in neither group', async () => {
  const { s, admin } = await fresh();
  const N = await create(s, admin, 'networks', { name: 'Synthetic Test Network', acronym: 'STN' });
  const Ne = await city(s, admin, 'Netville', 'IT', 100000);
  const Fo = await city(s, admin, 'Formerburg', 'IT', 250000);
  const Ou = await city(s, admin, 'Outsideton', 'FR', 1000);
  const Fa = await city(s, admin, 'Farville', 'FR');             // no population known
  await create(s, admin, 'memberships', { network_id: N.id, city_id: Ne.id, joined_year: 2015 });
  await create(s, admin, 'memberships', { network_id: N.id, city_id: Fo.id, joined_year: 2010, left_year: 2020 });
  await create(s, admin, 'memberships', { network_id: N.id, city_id: Fa.id, joined_year: 2018 });
  await respond(s, admin, Ne.id, ROUND, { ...COMMITMENT_MAX, ...EDUCATION_MAX, ...NEIGHBOURHOODS_MAX }); // 350/14.5
  await respond(s, admin, Fo.id, ROUND, { ...COMMITMENT_MAX, ...EDUCATION_MAX });                        // 250/14.5
  await respond(s, admin, Ou.id, ROUND, COMMITMENT_MAX, { context: { population: 3000000 } });          // 150/14.5
  await respond(s, admin, Fa.id, ROUND, EDUCATION_MAX);                                                  // 100/14.5

  const net = await results(s, `round=${ROUND}&network=${N.id}`);
  assert.equal(net.group, 'network');
  assert.match(net.group_label, /STN|Synthetic Test Network/);
  expectRanked(net, [['Netville', 1, 100, 350 / 14.5], ['Farville', 2, 0, 100 / 14.5]], 'network: its current members');
  near(net.average, (350 / 14.5 + 100 / 14.5) / 2, 'network average');
  expectRanked(await results(s, `round=${ROUND}&country=FR`), [['Outsideton', 1, 100], ['Farville', 2, 0]], 'country FR');
  expectRanked(await results(s, `round=${ROUND}&country=it`), [['Netville', 1, 100], ['Formerburg', 2, 0]], 'country it (lower case)');
  assert.equal((await results(s, `round=${ROUND}&country=DE`)).total, 0, 'a country without results');

  const rf = await report(s, `city=${Fa.id}&round=${ROUND}&country=IT&network=${N.id}`);
  standing(rf, 'all', { member: true, of: 4, rank: 4, percentile: 0 }, 'Farville');
  standing(rf, 'country', { member: false, of: 2 }, 'Farville among IT cities');
  standing(rf, 'network', { member: true, of: 2, rank: 2, percentile: 0 }, 'Farville in STN');
  // unknown population (no answer, none for the city): in neither size group
  standing(rf, 'over_200k', { member: false, of: 2 }, 'Farville');
  standing(rf, 'under_200k', { member: false, of: 1 }, 'Farville');
  // nobody said its share born abroad: both diversity groups are empty
  standing(rf, 'over_15pct', { member: false, of: 0 }, 'Farville');
  standing(rf, 'under_15pct', { member: false, of: 0 }, 'Farville');
  const rfo = await report(s, `city=${Fo.id}&round=${ROUND}&network=${N.id}&country=IT`);
  standing(rfo, 'network', { member: false, of: 2 }, 'Formerburg left in 2020');
  standing(rfo, 'country', { member: true, of: 2, rank: 2, percentile: 0 }, 'Formerburg among IT cities');
  standing(rfo, 'over_200k', { member: true, of: 2, rank: 1, percentile: 100 }, 'Formerburg by the city\'s 250,000');
  const rne = await report(s, `city=${Ne.id}&round=${ROUND}&network=${N.id}`);
  standing(rne, 'network', { member: true, of: 2, rank: 1, percentile: 100 }, 'Netville');
  standing(rne, 'under_200k', { member: true, of: 1, rank: 1, percentile: 100 }, 'Netville');
  expectRanked(await results(s, `round=${ROUND}&group=over_200k`), [['Formerburg', 1, 100], ['Outsideton', 2, 0]], 'over_200k by the answer of 3,000,000');
  // a network that does not exist
  const bad = await s.req('GET', P(`index/results?network=999999`));
  assert.equal(bad.status, 400, `unknown network: ${bad.status}`);
  expectError(bad, bad.status, { field: 'network' });
});

test('network group: the network\'s current members (not who was a member in the round, not a "former" membership)', async () => {
  // the brief: "network (query network: current members)", as the cities list's network filter
  const { s, admin } = await fresh();
  const N = await create(s, admin, 'networks', { name: 'Synthetic Edge Network', acronym: 'SEN' });
  const Ne = await city(s, admin, 'Stayville', 'IT', 100000);     // joined 2015, still a member
  const Jl = await city(s, admin, 'Joinedlate', 'IT', 100000);    // joined 2025, a current member, not one in 2024
  const Ll = await city(s, admin, 'Leftlate', 'IT', 100000);      // a member 2010 to 2025, not current
  const Sf = await city(s, admin, 'Statusformer', 'IT', 100000);  // status "former" without a year of leaving
  await create(s, admin, 'memberships', { network_id: N.id, city_id: Ne.id, joined_year: 2015 });
  await create(s, admin, 'memberships', { network_id: N.id, city_id: Jl.id, joined_year: 2025 });
  await create(s, admin, 'memberships', { network_id: N.id, city_id: Ll.id, joined_year: 2010, left_year: 2025 });
  await create(s, admin, 'memberships', { network_id: N.id, city_id: Sf.id, joined_year: 2010, status: 'former' });
  // what the cities list calls the current members
  const current = (await list(s, P(`cities?network=${N.id}&limit=100`))).items.map((c) => c.name).sort();
  assert.deepEqual(current, ['Joinedlate', 'Stayville'], 'current members by the cities list');
  await respond(s, admin, Ne.id, ROUND, COMMITMENT_MAX);
  await respond(s, admin, Jl.id, ROUND, EDUCATION_MAX);
  await respond(s, admin, Ll.id, ROUND, NEIGHBOURHOODS_MAX);
  await respond(s, admin, Sf.id, ROUND, BUSINESS_MAX);
  const net = await results(s, `round=${ROUND}&network=${N.id}`);
  assert.deepEqual(net.items.map((x) => x.city.name).sort(), current, 'the network group = its current members');
});

// ---- (5) roles and visibility ----------------------------------------------------------------

test('roles: anonymous 401, another city\'s officer 403, a draft is invisible to others (404), admins may, submitted is frozen (409)', async () => {
  const { s, admin } = await fresh();
  const T = await city(s, admin, 'Testville', 'IT', 10000);
  const S = await city(s, admin, 'Sampleburg', 'FR', 10000);
  const N = await create(s, admin, 'networks', { name: 'Synthetic Role Network', acronym: 'SRN' });
  const tokT = await officer(s, admin, 'officer.t', T.id);
  const tokS = await officer(s, admin, 'officer.s', S.id);
  await create(s, admin, 'users', { username: 'secretariat.n', password: 'secretariat-n-1', role: 'secretariat', network_id: N.id });
  const tokN = await s.login('secretariat.n', 'secretariat-n-1');
  const body = { city_id: T.id, round: ROUND };
  const A = { answers: { 'commitment.strategy': { option: 'yes' } } };

  // creating
  expectError(await s.req('POST', P('index/responses'), { body }), 401, { what: 'anonymous create' });
  expectError(await s.req('POST', P('index/responses'), { token: tokS, body }), 403, { what: 'another city\'s officer creates' });
  expectError(await s.req('POST', P('index/responses'), { token: tokN, body }), 403, { what: 'a secretariat creates' });
  const d = await create(s, tokT, 'index/responses', body);
  assert.equal(d.status, 'draft');
  assert.equal(d.version, 1);
  assert.equal(d.edition, 'amity-1');
  assert.equal(d.city.id, T.id);
  const id = d.id;
  const R = (sub = '') => P(`index/responses/${id}${sub}`);

  // the draft: its officer and admins see it; others get 404 for every route
  for (const [who, t] of [['anonymous', undefined], ['officer.s', tokS], ['secretariat', tokN]]) {
    expectError(await s.req('GET', R(), { token: t }), 404, { what: `GET as ${who}` });
    expectError(await s.req('GET', R('/versions'), { token: t }), 404, { what: `versions as ${who}` });
    const list1 = expectStatus(await s.req('GET', P('index/responses'), { token: t }), 200).json;
    assert.ok(!list1.items.some((x) => x.id === id), `not listed for ${who}`);
  }
  for (const [who, t] of [['officer.s', tokS], ['secretariat', tokN]]) {
    expectError(await s.req('PATCH', R('/answers'), { token: t, body: A }), 404, { what: `answer as ${who}` });
    expectError(await s.req('POST', R('/submit'), { token: t }), 404, { what: `submit as ${who}` });
    expectError(await s.req('DELETE', R(), { token: t }), 404, { what: `delete as ${who}` });
  }
  expectError(await s.req('PATCH', R('/answers'), { body: A }), 401, { what: 'anonymous answer' });
  expectError(await s.req('POST', R('/submit')), 401, { what: 'anonymous submit' });
  expectError(await s.req('DELETE', R()), 401, { what: 'anonymous delete' });
  for (const t of [tokT, admin]) {
    expectStatus(await s.req('GET', R(), { token: t }), 200);
    const l = await list(s, P(`index/responses?city=${T.id}&status=draft`), t);
    assert.deepEqual(l.items.map((x) => x.id), [id]);
  }
  assert.equal((await list(s, P('index/responses?status=draft'))).total, 0, 'anonymous: no drafts');
  expectError(await s.req('GET', P(`index/report?city=${T.id}`)), 404, { what: 'no public result yet' });
  assert.equal((await results(s, `round=${ROUND}`)).total, 0, 'a draft is not in the results');

  // its officer and an admin answer; the officer's report ranks the draft as it is
  expectStatus(await s.req('PATCH', R('/answers'), { token: tokT, body: A }), 200, 'officer answers');
  expectStatus(await s.req('PATCH', R('/answers'), { token: admin, body: { answers: { 'commitment.action_plan': { option: 'funded' } } } }), 200, 'admin answers');
  const mine = await report(s, `city=${T.id}`, tokT);
  assert.equal(mine.status, 'draft');
  near(mine.aggregate, 1.5 * (500 / 17) / 14.5, 'draft aggregate: 2 + 3 of 17'); // 3.042596
  standing(mine, 'all', { member: true, of: 1, rank: 1, percentile: 100 }, 'the draft alone');

  // submit: its officer; then it is public and frozen
  const sub = expectStatus(await s.req('POST', R('/submit'), { token: tokT }), 200, 'submit').json;
  assert.equal(sub.status, 'submitted');
  assert.ok(!Number.isNaN(Date.parse(sub.submitted_at)), `submitted_at ${sub.submitted_at}`);
  const pub = expectStatus(await s.req('GET', R()), 200, 'public once submitted').json;
  near(pub.scores.aggregate, 1.5 * (500 / 17) / 14.5, 'public aggregate');
  expectStatus(await s.req('GET', R('/versions')), 200, 'versions public once submitted');
  for (const [who, t] of [['officer.t', tokT], ['admin', admin]]) {
    expectError(await s.req('PATCH', R('/answers'), { token: t, body: A }), 409, { what: `answer a submitted response as ${who}` });
    expectError(await s.req('POST', R('/submit'), { token: t }), 409, { what: `submit twice as ${who}` });
    expectError(await s.req('DELETE', R(), { token: t }), 409, { what: `delete a submitted response as ${who}` });
  }
  expectError(await s.req('PATCH', R('/answers'), { token: tokS, body: A }), 403, { what: 'another officer, submitted' });
  expectError(await s.req('DELETE', R(), { token: tokS }), 403, { what: 'another officer deletes' });
  expectError(await s.req('PATCH', R('/answers'), { body: A }), 401, { what: 'anonymous, submitted' });
  assert.equal(expectStatus(await s.req('GET', R()), 200).json.version, 4, 'nothing changed after the submission');
  const l = await list(s, P(`index/responses?city=${T.id}&round=${ROUND}&status=submitted`));
  assert.deepEqual(l.items.map((x) => x.id), [id]);

  // admins act for any city; an officer deletes a draft of its city
  const ds = await create(s, admin, 'index/responses', { city_id: S.id, round: ROUND });
  expectError(await s.req('DELETE', P(`index/responses/${ds.id}`), { token: tokT }), 404, { what: 'officer.t deletes Sampleburg\'s draft' });
  expectStatus(await s.req('DELETE', P(`index/responses/${ds.id}`), { token: tokS }), 204, 'officer.s deletes its city\'s draft');
  expectError(await s.req('GET', P(`index/responses/${ds.id}`), { token: admin }), 404, { what: 'gone' });
  expectError(await s.req('GET', P(`index/responses/${ds.id}/versions`), { token: admin }), 404, { what: 'versions gone' });
  // the round is free again
  const again = await create(s, tokS, 'index/responses', { city_id: S.id, round: ROUND });
  expectStatus(await s.req('DELETE', P(`index/responses/${again.id}`), { token: admin }), 204, 'admin deletes a draft');

  // published results: admins only
  const pb = { city_id: S.id, round: 2020, aggregate: 50, indicators: {}, source: 'Synthetic test source' };
  expectError(await s.req('POST', P('index/published'), { body: pb }), 401, { what: 'anonymous publishes' });
  expectError(await s.req('POST', P('index/published'), { token: tokS, body: pb }), 403, { what: 'officer publishes' });
  expectError(await s.req('POST', P('index/published'), { token: tokN, body: pb }), 403, { what: 'secretariat publishes' });
});

test('versions: created, answered, submitted, with who and the record as it was', async () => {
  const { s, admin } = await fresh();
  const T = await city(s, admin, 'Testville', 'IT', 10000);
  const tokT = await officer(s, admin, 'officer.t', T.id);
  const d = await create(s, tokT, 'index/responses', { city_id: T.id, round: ROUND });
  expectStatus(await patchAnswers(s, tokT, d.id, { 'commitment.strategy': { option: 'yes', note: 'Adopted in a synthetic council meeting.', link: 'https://example.org/synthetic' } }), 200);
  expectStatus(await patchAnswers(s, admin, d.id, { 'commitment.strategy': { option: 'draft' }, foreign_born_pct: { value: 12.5 } }), 200);
  expectStatus(await s.req('POST', P(`index/responses/${d.id}/submit`), { token: tokT }), 200);

  const r = expectStatus(await s.req('GET', P(`index/responses/${d.id}/versions`), { token: tokT }), 200).json;
  assert.equal(r.total, 4);
  const v = [...r.items].sort((a, b) => a.version - b.version);
  const want = [
    [1, 'created', 'officer.t', 'draft', undefined, 0],
    [2, 'answered', 'officer.t', 'draft', 'yes', 1.5 * (200 / 17) / 14.5],
    [3, 'answered', 'admin', 'draft', 'draft', 1.5 * (100 / 17) / 14.5],
    [4, 'submitted', 'officer.t', 'submitted', 'draft', 1.5 * (100 / 17) / 14.5],
  ];
  let last = 0;
  for (const [i, [version, action, username, status, option, agg]] of want.entries()) {
    const x = v[i];
    assert.equal(x.version, version);
    assert.equal(x.action, action, `v${version} action`);
    assert.equal(x.username, username, `v${version} username`);
    const at = Date.parse(x.at);
    assert.ok(!Number.isNaN(at) && at >= last, `v${version} at ${x.at}`);
    last = at;
    assert.equal(x.record.id, d.id);
    assert.equal(x.record.version, version, `v${version} record.version`);
    assert.equal(x.record.status, status, `v${version} record.status`);
    assert.equal(x.record.answers['commitment.strategy']?.option, option, `v${version} answer`);
    near(x.record.scores.aggregate, agg, `v${version} aggregate`);
  }
  assert.equal(v[1].record.answers['commitment.strategy'].note, 'Adopted in a synthetic council meeting.');
  assert.equal(v[1].record.answers['commitment.strategy'].link, 'https://example.org/synthetic');
  assert.equal(v[2].record.answers['commitment.strategy'].note, undefined, 'an answer set again replaces note and link');
  assert.equal(v[2].record.answers.foreign_born_pct.value, 12.5);
  const now = expectStatus(await s.req('GET', P(`index/responses/${d.id}`)), 200).json;
  assert.equal(now.version, 4);
  // the public sees the submitted version only, without who made it (the
  // drafts and their notes are the city's)
  const pub = expectStatus(await s.req('GET', P(`index/responses/${d.id}/versions`)), 200);
  assert.deepEqual(pub.json.items.map((x) => [x.version, x.action, x.username]), [[4, 'submitted', null]]);
  assert.ok(!pub.text.includes('officer.t'), 'no user names');
  assert.ok(!pub.text.includes('Adopted in a synthetic council meeting.'), 'the draft note is not shown');
});

// ---- (6) bad input ---------------------------------------------------------------------------

test('bad answers: 422 naming answers.<question>, and nothing is written', async () => {
  const { s, admin } = await fresh();
  const T = await city(s, admin, 'Testville', 'IT', 10000);
  const tokT = await officer(s, admin, 'officer.t', T.id);
  const d = await create(s, tokT, 'index/responses', { city_id: T.id, round: ROUND });
  const bad = [
    [{ 'commitment.nonsense': { option: 'yes' } }, 'answers.commitment.nonsense', 'unknown question'],
    [{ 'no_such_area.q1': { option: 'yes' } }, 'answers.no_such_area.q1', 'unknown question'],
    [{ 'commitment.strategy': { option: 'maybe' } }, 'answers.commitment.strategy', 'unknown option'],
    [{ 'commitment.strategy': { option: 'funded' } }, 'answers.commitment.strategy', 'another question\'s option'],
    [{ 'commitment.strategy': { option: 2 } }, 'answers.commitment.strategy', 'option not a string'],
    [{ 'commitment.strategy': {} }, 'answers.commitment.strategy', 'no option'],
    [{ 'commitment.strategy': 'yes' }, 'answers.commitment.strategy', 'not an object'],
    [{ 'commitment.strategy': { option: 'yes', points: 2 } }, 'answers.commitment.strategy', 'unknown key'],
    [{ 'commitment.strategy': { option: 'yes', link: 'ftp://example.org/x' } }, 'answers.commitment.strategy', 'bad link'],
    [{ 'commitment.strategy': { option: 'yes', link: 'example.org' } }, 'answers.commitment.strategy', 'link without scheme'],
    [{ 'commitment.strategy': { option: 'yes', link: `https://example.org/${'x'.repeat(500)}` } }, 'answers.commitment.strategy', 'link too long'],
    [{ 'commitment.strategy': { option: 'yes', note: 'x'.repeat(4001) } }, 'answers.commitment.strategy', 'note too long'],
    [{ 'commitment.strategy': { option: 'yes', note: 17 } }, 'answers.commitment.strategy', 'note not text'],
    [{ population: { value: -1 } }, 'answers.population', 'population below 0'],
    [{ population: { value: 50000001 } }, 'answers.population', 'population above the max'],
    [{ population: { value: '250000' } }, 'answers.population', 'population not a number'],
    [{ population: {} }, 'answers.population', 'no value'],
    [{ foreign_born_pct: { value: 100.5 } }, 'answers.foreign_born_pct', 'share above 100'],
    [{ foreign_born_pct: { value: -0.1 } }, 'answers.foreign_born_pct', 'share below 0'],
    [{ foreign_born_pct: { value: true } }, 'answers.foreign_born_pct', 'share not a number'],
    // one good answer and one bad: the bad one is named, the good one not written
    [{ 'commitment.strategy': { option: 'yes' }, 'education.parents': { option: 'always' } }, 'answers.education.parents', 'one bad of two'],
  ];
  for (const [answers, field, what] of bad) {
    expectError(await patchAnswers(s, tokT, d.id, answers), 422, { field, what });
  }
  for (const [b, field] of [[{}, 'answers'], [{ answers: [] }, 'answers'], [{ answers: 'x' }, 'answers'], [{ answers: {}, extra: 1 }, 'extra']]) {
    expectError(await s.req('PATCH', P(`index/responses/${d.id}/answers`), { token: tokT, body: b }), 422, { field, what: JSON.stringify(b) });
  }
  const now = expectStatus(await s.req('GET', P(`index/responses/${d.id}`), { token: tokT }), 200).json;
  assert.equal(now.version, 1, 'nothing was written');
  assert.deepEqual(now.answers, {});
  // the bounds themselves are fine; 4000 characters of note (of two bytes each) too
  const ok = expectStatus(await patchAnswers(s, tokT, d.id, {
    population: { value: 0 }, foreign_born_pct: { value: 100 },
    'commitment.strategy': { option: 'yes', note: 'é'.repeat(4000), link: 'http://example.org/synthetic' },
  }), 200, 'bounds').json;
  assert.equal(ok.answers['commitment.strategy'].note.length, 4000);
  assert.equal(ok.answers.population.value, 0);
  expectStatus(await patchAnswers(s, tokT, d.id, { population: { value: 50000000 }, foreign_born_pct: { value: 14.99 } }), 200, 'upper bound');
  // malformed JSON
  const raw = (method, path, text) => s.req(method, P(path), { token: tokT, raw: text, headers: { 'content-type': 'application/json' } });
  expectError(await raw('PATCH', `index/responses/${d.id}/answers`, '{"answers":{'), 400, { code: 'invalid_json' });
  expectError(await raw('PATCH', `index/responses/${d.id}/answers`, '{"answers":{"commitment.strategy":{"option":"yes"}},}'), 400, { code: 'invalid_json' });
  expectError(await raw('POST', 'index/responses', '{"city_id":'), 400, { code: 'invalid_json' });
  expectError(await raw('POST', 'index/responses', "{'city_id': 1}"), 400, { code: 'invalid_json' });
  // no such response
  for (const key of ['999999', 'abc', '0', '-1']) {
    expectError(await patchAnswers(s, tokT, key, {}), 404, { what: `PATCH ${key}` });
    expectError(await s.req('GET', P(`index/responses/${key}`)), 404, { what: `GET ${key}` });
  }
});

test('bad responses, queries and published results: 422 / 400 / 409 with the field', async () => {
  const { s, admin } = await fresh();
  const T = await city(s, admin, 'Testville', 'IT', 10000);
  const tokT = await officer(s, admin, 'officer.t', T.id);
  const post = (body, token = tokT) => s.req('POST', P('index/responses'), { token, body });
  expectError(await post({ city_id: T.id, round: 1999 }), 422, { field: 'round', what: 'round before 2000' });
  expectError(await post({ city_id: T.id, round: 2101 }), 422, { field: 'round', what: 'round after 2100' });
  expectError(await post({ city_id: T.id, round: '2024' }), 422, { field: 'round', what: 'round as a string' });
  expectError(await post({ city_id: T.id }), 422, { field: 'round', what: 'no round' });
  expectError(await post({ round: ROUND }), 422, { field: 'city_id', what: 'no city' });
  expectError(await post({ city_id: T.id, round: ROUND, colour: 'red' }), 422, { field: 'colour', what: 'unknown field' });
  const noEd = await post({ city_id: T.id, round: ROUND, edition: 'amity-0' });
  assert.ok([404, 422].includes(noEd.status), `unknown edition: ${noEd.status}`);
  expectError(noEd, noEd.status, { field: 'edition' });
  // one response per city and round
  await create(s, tokT, 'index/responses', { city_id: T.id, round: ROUND });
  expectError(await post({ city_id: T.id, round: ROUND }), 409, { field: 'round', what: 'a second response for the round' });
  expectError(await post({ city_id: T.id, round: ROUND }, admin), 409, { field: 'round', what: 'admin, a second response' });
  await create(s, tokT, 'index/responses', { city_id: T.id, round: ROUND + 1 });

  for (const q of ['round=1999', 'round=2101', 'round=abc', 'group=bogus', 'group=country', 'country=ITA', 'network=abc', 'colour=red']) {
    expectError(await s.req('GET', P(`index/results?${q}`)), 400, { what: `results ${q}` });
  }
  for (const q of ['', 'round=2024', `city=${T.id}&round=1999`, `city=${T.id}&round=2101`, 'city=abc', `city=${T.id}&country=XYZ`]) {
    expectError(await s.req('GET', P(`index/report?${q}`)), 400, { what: `report ${q}` });
  }
  for (const q of ['status=bogus', 'round=1999', 'city=abc', 'limit=0', 'limit=501']) {
    expectError(await s.req('GET', P(`index/responses?${q}`)), 400, { what: `responses ${q}` });
  }
  expectError(await s.req('GET', P('index/report?city=999999')), 404, { what: 'a city without results' });

  // published results
  const pub = (body) => s.req('POST', P('index/published'), { token: admin, body });
  const base = { city_id: T.id, round: 2020, aggregate: 50, indicators: { commitment: 40 }, source: 'Synthetic test source' };
  expectError(await pub({ ...base, aggregate: 100.5 }), 422, { field: 'aggregate' });
  expectError(await pub({ ...base, aggregate: -1 }), 422, { field: 'aggregate' });
  expectError(await pub({ ...base, round: 1999 }), 422, { field: 'round' });
  expectError(await pub({ ...base, source: undefined }), 422, { field: 'source' });
  expectError(await pub({ ...base, indicators: { commitment: 101 } }), 422, { field: 'indicators.commitment' });
  expectError(await pub({ ...base, indicators: { commitment: 'high' } }), 422, { field: 'indicators.commitment' });
  expectStatus(await pub(base), 201, 'published');
  expectError(await pub(base), 409, { field: 'round', what: 'the same city and round twice' });
});

test('a city that does not exist, an indicator the questionnaire does not have: 422 naming the field; a published result comes back as sent', async () => {
  const { s, admin } = await fresh();
  const T = await city(s, admin, 'Testville', 'IT', 10000);
  const pub = (body) => s.req('POST', P('index/published'), { token: admin, body: { source: 'Synthetic test source', ...body } });
  // indicators are optional ("where published")
  const bare = expectStatus(await pub({ city_id: T.id, round: 2019, aggregate: 50 }), 201, 'without indicators').json;
  assert.equal(bare.aggregate, 50);
  near((await report(s, `city=${T.id}&round=2019`)).aggregate, 50, 'the bare published result');
  // every wrong answer is collected first, so that the failure lists them all
  const wrong = [];
  const check = (r, status, field, what) => {
    if (r.status !== status || r.json?.error?.field !== field) wrong.push(`${what}: want ${status} ${field}, got ${r.status} ${r.text.slice(0, 160)}`);
  };
  // the admin covers every city, so only the city's existence can be wrong
  check(await s.req('POST', P('index/responses'), { token: admin, body: { city_id: 999999, round: ROUND } }), 422, 'city_id', 'a response of no such city');
  check(await pub({ city_id: 999999, round: 2021, aggregate: 50 }), 422, 'city_id', 'a published result of no such city');
  const bogus = await pub({ city_id: T.id, round: 2022, aggregate: 50, indicators: { bogus: 20 } });
  check(bogus, 422, 'indicators.bogus', 'a published result with an unknown indicator');
  if (bogus.status === 201) {
    // while one is accepted, its report must still work (and, in the ASan build, leak nothing)
    const rep = await report(s, `city=${T.id}&round=2022`);
    assert.deepEqual(rep.strongest.map((x) => x.id), ['bogus']);
  }
  const made = await pub({ city_id: T.id, round: 2020, aggregate: 50, indicators: { commitment: 40, education: 60 }, over_200k: false });
  if (made.status !== 201) wrong.push(`published: ${made.status} ${made.text}`);
  else if (JSON.stringify(made.json.indicators) !== JSON.stringify({ commitment: 40, education: 60 }))
    wrong.push(`the published reply's indicators are ${JSON.stringify(made.json.indicators)}, not the object sent`);
  assert.deepEqual(wrong, []);
});

test('the responses list pages with limit and cursor', async () => {
  const { s, admin } = await fresh();
  const cities = [];
  for (const name of ['Pageton', 'Pageburg', 'Pageville']) cities.push(await city(s, admin, name, 'IT', 10000));
  for (const c of cities) for (const round of [2022, 2024]) await respond(s, admin, c.id, round, {});
  const all = await list(s, P('index/responses?limit=500'));
  assert.equal(all.total, 6);
  const { items, total } = await walk(s, P('index/responses'), 2);
  assert.equal(total, 6);
  assert.deepEqual(items.map((x) => x.id), all.items.map((x) => x.id), 'the pages in a row give the one page');
});

// ---- (7) still serving -----------------------------------------------------------------------

test('the servers keep serving', async () => {
  for (const srv of servers) {
    expectStatus(await srv.req('GET', '/healthz'), 200, 'healthz');
    expectStatus(await srv.req('GET', P('index/results')), 200, 'results');
    expectStatus(await srv.req('GET', P('index/questionnaire')), 200, 'questionnaire');
  }
});

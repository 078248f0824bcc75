// Shared by the browser tests that visit every kind of page (a11y,
// languages): a small registry made through the API, and the list of the
// public pages over it. Not a test file itself.
//
// SYNTHETIC TEST DATA: every city, partnership, network, membership,
// activity, practice and Index answer here is invented for the tests and
// made on a throwaway database; none of it is a fact about a real place.
import { create, expectStatus, API } from '../api/helpers.mjs';

export const ROUND = new Date().getFullYear();

// Five cities (one with a Persian name), three partnerships, a network of
// three of them, an activity, a published practice and a submitted Index
// response of this year. Returns their ids.
export async function syntheticRegistry(s, admin, { network = { name: 'Synthetic Test Network', acronym: 'STN' } } = {}) {
  const ids = {};
  const city = async (body) => (await create(s, admin, 'cities', body)).id;
  ids.a = await city({ name: 'Testford', country: 'IT', lat: 44.7, lng: 10.6, population: 170000 });
  ids.b = await city({ name: 'Sampleburg', country: 'PL', lat: 50.06, lng: 19.94, population: 780000 });
  ids.c = await city({ name: 'نمونه‌آباد', country: 'IR', lat: 32.65, lng: 51.67, alt_names: ['Nemunabad'] });
  ids.d = await city({ name: 'Mockton', country: 'FR', lat: 45.76, lng: 4.84, population: 510000 });
  ids.e = await city({ name: 'Fakeham', country: 'DE', lat: 50.94, lng: 6.96, population: 1000000 });

  ids.partnership = (await create(s, admin, 'partnerships', {
    party_a: { city_id: ids.a }, party_b: { city_id: ids.b }, kind: 'twinning', status: 'signed', signed_date: '2015-06-01',
  })).id;
  await create(s, admin, 'partnerships', { party_a: { city_id: ids.c }, party_b: { city_id: ids.a }, kind: 'friendship', status: 'proposed' });
  await create(s, admin, 'partnerships', { party_a: { city_id: ids.b }, party_b: { city_id: ids.d }, kind: 'twinning', status: 'signed' });

  ids.network = (await create(s, admin, 'networks', network)).id;
  for (const c of [ids.a, ids.d, ids.e]) await create(s, admin, 'memberships', { network_id: ids.network, city_id: c, joined_year: 2010 });

  ids.activity = (await create(s, admin, 'activities', {
    kind: 'workshop', title: 'Synthetic workshop on welcoming newcomers', host_city_id: ids.a, city_ids: [ids.b],
    time_zone: 'Europe/Rome', starts_at: `${ROUND + 1}-05-10T09:30`, ends_at: `${ROUND + 1}-05-10T17:00`,
    venue: 'Testford town hall', capacity: 30, registration_closes: `${ROUND + 1}-05-01`,
  })).id;
  await create(s, admin, 'registrations', { activity_id: ids.activity, city_id: ids.a, delegate_name: 'Odile Fernhaven' });

  // a thematic group of the network, a workshop of it, a delegate of
  // Testford with travel support asked for
  ids.group = (await create(s, admin, 'groups', { network_id: ids.network, name: 'Synthetic welcome group', description: 'An invented group for the test.' })).id;
  ids.groupEvent = (await create(s, admin, 'activities', {
    kind: 'workshop', title: 'Synthetic group workshop', network_id: ids.network, group_id: ids.group, host_city_id: ids.d,
    time_zone: 'Europe/Paris', starts_at: `${ROUND + 1}-05-20T10:00`, ends_at: `${ROUND + 1}-05-20T16:00`, capacity: 10,
  })).id;
  const delegate = await create(s, admin, 'registrations', { activity_id: ids.groupEvent, city_id: ids.a, delegate_name: 'Odile Fernhaven' });
  await create(s, admin, 'travel-requests', { registration_id: delegate.id, covers: 'travel', amount: 120, currency: 'EUR' });

  // a need of Sampleburg and Testford's pledge against it
  ids.need = (await create(s, admin, 'needs', {
    city_id: ids.b, category: 'hosting', title: 'Synthetic hosting need', quantity: 30, unit: 'people', urgency: 'high', deadline: `${ROUND + 1}-02-01`,
  })).id;
  await create(s, admin, 'pledges', { need_id: ids.need, city_id: ids.a, quantity: 10 });
  ids.offer = (await create(s, admin, 'offers', {
    city_id: ids.a, category: 'hosting', title: 'Synthetic standing offer of hosting', quantity: 20, unit: 'people', language: 'it',
  })).id;

  ids.practice = (await create(s, admin, 'practices', {
    title: 'Synthetic welcome desk', summary: 'An invented practice for the test.', city_id: ids.a, network_id: ids.network,
    contact_name: 'Test Contact', contact_email: 'contact@example.invalid',
  })).id;
  expectStatus(await s.req('POST', `${API}/practices/${ids.practice}/submit`, { token: admin }), 200, 'submit the practice');
  expectStatus(await s.req('POST', `${API}/practices/${ids.practice}/publish`, { token: admin }), 200, 'publish the practice');

  // a citizen ambassador with a public profile (SYNTHETIC: an invented
  // person), held by Testford's office and tied to Sampleburg, and an
  // opportunity of that office naming them
  ids.person = (await create(s, admin, 'people', {
    city_id: ids.a, name: 'Zora Quillfeather', roles: ['ambassador'], residence_city_id: ids.b,
    ties: [{ city_id: ids.b, kind: 'work' }], languages: ['it', 'pl'], what_they_offer: 'Synthetic introductions.',
    basis: 'consent', visibility: 'public', consent: { purposes: ['record', 'public_profile'], how: 'by_email' },
  })).id;
  ids.opportunity = (await create(s, admin, 'opportunities', {
    city_id: ids.a, title: 'Synthetic summer school', kind: 'academic_exchange', person_ids: [ids.person], city_ids: [ids.b],
  })).id;

  // an expert of the network's pool (SYNTHETIC) and a task about Testford
  ids.expert = (await create(s, admin, 'people', {
    network_id: ids.network, name: 'Ilsa Vantablack', roles: ['expert'], expertise: ['icc-education'], languages: ['it'],
    basis: 'consent', consent: { purposes: ['record'], how: 'by_email' },
  })).id;
  ids.assignment = (await create(s, admin, 'assignments', {
    network_id: ids.network, city_id: ids.a, kind: 'index_report', round: ROUND, person_id: ids.expert, due_date: `${ROUND + 1}-03-01`,
  })).id;

  // an Index response, answered half-way up each question and submitted
  const edition = (await s.req('GET', `${API}/index/questionnaire`)).json;
  const answers = { population: { value: 170000 }, foreign_born_pct: { value: 12 } };
  for (const ind of edition.indicators) {
    if (ind.optional) continue;
    for (const q of ind.questions) {
      const opts = [...q.options].sort((x, y) => x.points - y.points);
      answers[q.id] = { option: opts[Math.floor(opts.length / 2)].id };
    }
  }
  const r = await create(s, admin, 'index/responses', { city_id: ids.a, round: ROUND });
  expectStatus(await s.req('PATCH', `${API}/index/responses/${r.id}/answers`, { token: admin, body: { answers } }), 200, 'answers');
  expectStatus(await s.req('POST', `${API}/index/responses/${r.id}/submit`, { token: admin }), 200, 'submit the Index response');
  return ids;
}

// The public pages over that registry: [name, hash, what to do once there
// (e.g. open a part drawn on demand)]. search: the word searched for.
export const publicPages = (ids, { search = 'test' } = {}) => [
  ['home', '#/'],
  ['cities', '#/cities'],
  ['city', `#/city/${ids.a}`],
  ['partner-suggestions', `#/city/${ids.a}/partners`, async (page) => {
    await page.locator('button[aria-controls="neighbourhood-panel"]').click();
    await page.locator('.graph-box canvas').first().waitFor({ state: 'attached' }).catch(() => {});
  }],
  ['networks', '#/networks'],
  ['network', `#/network/${ids.network}`],
  ['partnerships', '#/partnerships'],
  ['partnership', `#/partnership/${ids.partnership}`],
  ['activities', '#/activities'],
  ['activity', `#/activity/${ids.activity}`],
  ['calendar', `#/calendar?month=${ROUND + 1}-05`],
  ['group', `#/group/${ids.group}`],
  ['needs', '#/needs'],
  ['need', `#/need/${ids.need}`],
  ['offers', '#/offers'],
  ['offer', `#/offer/${ids.offer}`],
  ['practices', '#/practices'],
  ['practice', `#/practice/${ids.practice}`],
  ['index', '#/index'],
  ['index-report', `#/index/report/${ids.a}/${ROUND}`, async (page) => {
    await page.locator('figure.chart canvas').first().waitFor({ state: 'attached' });
  }],
  ['graph', '#/graph'],
  ['graph-path', `#/graph/path?from=${ids.e}&to=${ids.b}`, async (page) => {
    await page.locator('#chain-summary, #chain-message').first().waitFor();
    if (await page.locator('#chain-summary').count()) await page.locator('svg.map').first().waitFor({ state: 'attached' });
  }],
  ['search', `#/search?q=${search}`],
  ['people', '#/people'],
  ['person', `#/person/${ids.person}`],
  ['people-register', `#/people/register?city=${ids.a}`, async (page) => { await page.locator('main form').first().waitFor(); }],
  ['signin', '#/signin'],
];

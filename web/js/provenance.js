// Where a record comes from, read from its note. An importer that matched
// a name of its source to a city says so in the note of the record it
// made (src/lib/am_import.c): "Matched to Lviv, 14 km from the point the
// source gives (the source names it 'Lviv Oblast')." for a place found by
// its coordinates, "'Mitte (Berlin)': district 'Mitte' of Berlin." for one
// found by another form of its name. Those sentences are provenance, shown
// as such; the rest of the note is the source's own words.
import { h } from './ui.js';
import { t } from './i18n.js';

const MATCHED = /Matched to .+? \(the source names it '[^']*'\)\./g;
const NAMED = /'[^']{1,200}': .+?\.(?=\s+(?:'[^']{1,200}': |Matched to )|\s*$)/g;

// {text: the note without them, provenance: [sentences]}
export function splitNote(note) {
  const provenance = [];
  let text = (note || '').trim();
  if (!text) return { text: '', provenance };
  // the importer's sentences come last, after the source's own note
  for (const re of [MATCHED, NAMED]) {
    text = text.replace(re, (m) => {
      provenance.push(m.startsWith("'") ? m.replace(/^'([^']+)': /, (all, n) => `${t('common-in-the-source', { name: n })} `) : m);
      return '';
    });
  }
  return { text: text.replace(/\s{2,}/g, ' ').trim(), provenance };
}

// The note's provenance as a box ("Where it comes from"), or null.
export function provenanceEl(note, { title = t('common-provenance') } = {}) {
  const { provenance } = splitNote(note);
  if (!provenance.length) return null;
  return h('div', { class: 'provenance', role: 'note' },
    h('p', { class: 'provenance-title' }, title),
    h('ul', {}, provenance.map((s) => h('li', { dir: 'auto' }, s))));
}

// Search results (#/search?q=...): what the header's search box finds,
// grouped by kind (cities, networks, organisations, practices), each with
// a link to its record's page.
import * as api from '../api.js';
import { h, append, field, pageTitle, setStatus } from '../ui.js';
import { hashFor, pushHash } from '../app.js';
import { hitHref, hitName, hitDetail } from '../search-box.js';

const nouns = { city: 'city', network: 'network', organisation: 'organisation', practice: 'practice' };
const FIRST = 10;
const MOST = 50;

// Where a whole kind can be browsed further, searched the same way.
const browse = {
  city: (q) => ['All cities matching this', hashFor('/cities', { q })],
};

export async function render(view, ctx) {
  const q0 = (ctx.query.get('q') || '').trim();
  pageTitle(q0 ? `Search: ${q0}` : 'Search');
  const input = h('input', { type: 'search', name: 'q', value: q0, autocomplete: 'off', spellcheck: 'false', maxlength: '100' });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Search the registry' },
    field('Words', input, { hint: 'The beginnings of words of a name, in any script: “reg em”, “köln”, “москва”' }),
    h('div', { class: 'filters-actions' }, h('button', { type: 'submit', class: 'button' }, 'Search')));
  const results = h('div', { class: 'search-results' });
  append(view, h('h1', {}, 'Search'),
    h('p', { class: 'lead' }, 'Cities, networks, organisations and good practices, by the beginnings of the words of their names.'),
    form, results);

  async function load(q, limit) {
    results.replaceChildren();
    if (!q) return;
    results.append(h('p', { class: 'muted' }, 'Searching…'));
    const res = await api.get('/search', { q, limit });
    if (!ctx.alive()) return;
    results.replaceChildren();
    const total = res.groups.reduce((n, g) => n + g.items.length, 0);
    const found = res.groups.filter((g) => g.items.length)
      .map((g) => `${g.items.length}${g.more ? '+' : ''} ${g.items.length === 1 && !g.more ? nouns[g.kind] : g.label.toLowerCase()}`);
    setStatus(total ? `Found: ${found.join(', ')}.` : 'Nothing found.');
    if (!total) {
      results.append(h('p', {}, `Nothing found for “${q}”.`));
      return;
    }
    for (const g of res.groups) {
      if (!g.items.length) continue;
      const headId = `search-${g.kind}`;
      const more = g.more && limit < MOST
        ? h('button', { type: 'button', class: 'button small secondary', onclick: () => load(q, MOST).catch(failed) }, `Show more ${g.label.toLowerCase()}`)
        : null;
      const extra = g.more && browse[g.kind] ? browse[g.kind](q) : null;
      results.append(h('section', { class: 'search-group', 'aria-labelledby': headId },
        h('h2', { id: headId }, g.label, h('span', { class: 'count' }, ` (${g.items.length}${g.more ? '+' : ''})`)),
        h('ul', { class: 'search-hits' }, g.items.map((hit) => h('li', {},
          hit.link ? h('a', { href: hitHref(hit, q) }, hitName(hit)) : hitName(hit), hitDetail(hit)))),
        more || extra ? h('p', { class: 'actions' }, more, extra ? h('a', { href: extra[1] }, extra[0]) : null) : null));
    }
  }

  const failed = (e) => {
    if (!ctx.alive()) return;
    results.replaceChildren(h('p', {}, `The search failed: ${e.message}`));
    setStatus(e.message, { error: true });
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = input.value.trim();
    pushHash(hashFor('/search', { q }));
    pageTitle(q ? `Search: ${q}` : 'Search');
    load(q, FIRST).catch(failed);
  });
  await load(q0, FIRST).catch(failed);
}

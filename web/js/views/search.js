// Search results (#/search?q=...): what the header's search box finds,
// grouped by kind (cities, networks, organisations, practices), each with
// a link to its record's page.
import * as api from '../api.js';
import { h, append, field, pageTitle, setStatus } from '../ui.js';
import { hashFor, pushHash } from '../app.js';
import { hitHref, hitName, hitDetail, groupLabel } from '../search-box.js';
import { t, has, fmt } from '../i18n.js';

// the kinds of GET /search this page has words for; one the server adds
// goes by its label
const known = (g) => has(`search-found-${g.kind}`);
const FIRST = 10;
const MOST = 50;

// Where a whole kind can be browsed further, searched the same way.
const browse = {
  city: (q) => [t('search-all-cities'), hashFor('/cities', { q })],
};

// "3 cities", "10+ networks"
const howMany = (g) => (known(g)
  ? t(`search-found-${g.kind}`, { count: g.items.length, more: g.more ? 'yes' : 'no' })
  : `${fmt.number(g.items.length)}${g.more ? '+' : ''} ${g.label.toLowerCase()}`);
const moreOf = (g) => (known(g) ? t(`search-more-${g.kind}`) : t('search-more', { label: g.label.toLowerCase() }));
const titleFor = (q) => (q ? t('search-title-for', { q }) : t('search-title'));

export async function render(view, ctx) {
  const q0 = (ctx.query.get('q') || '').trim();
  pageTitle(titleFor(q0));
  const input = h('input', { type: 'search', name: 'q', value: q0, autocomplete: 'off', spellcheck: 'false', maxlength: '100' });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': t('search-registry') },
    field(t('search-words'), input, { hint: t('search-words-hint') }),
    h('div', { class: 'filters-actions' }, h('button', { type: 'submit', class: 'button' }, t('search-button'))));
  const results = h('div', { class: 'search-results' });
  append(view, h('h1', {}, t('search-title')),
    h('p', { class: 'lead' }, t('search-lead')),
    form, results);

  async function load(q, limit) {
    results.replaceChildren();
    if (!q) return;
    results.append(h('p', { class: 'muted' }, t('search-searching')));
    const res = await api.get('/search', { q, limit });
    if (!ctx.alive()) return;
    results.replaceChildren();
    const total = res.groups.reduce((n, g) => n + g.items.length, 0);
    const found = res.groups.filter((g) => g.items.length).map(howMany);
    setStatus(total ? t('search-found', { list: fmt.list(found, 'unit') }) : t('common-nothing-found'));
    if (!total) {
      results.append(h('p', {}, t('search-nothing-for', { q })));
      return;
    }
    for (const g of res.groups) {
      if (!g.items.length) continue;
      const headId = `search-${g.kind}`;
      const more = g.more && limit < MOST
        ? h('button', { type: 'button', class: 'button small secondary', onclick: () => load(q, MOST).catch(failed) }, moreOf(g))
        : null;
      const extra = g.more && browse[g.kind] ? browse[g.kind](q) : null;
      results.append(h('section', { class: 'search-group', 'aria-labelledby': headId },
        h('h2', { id: headId }, groupLabel(g), h('span', { class: 'count' }, ` (${fmt.number(g.items.length)}${g.more ? '+' : ''})`)),
        h('ul', { class: 'search-hits' }, g.items.map((hit) => h('li', {},
          hit.link ? h('a', { href: hitHref(hit, q) }, hitName(hit)) : hitName(hit), hitDetail(hit)))),
        more || extra ? h('p', { class: 'actions' }, more, extra ? h('a', { href: extra[1] }, extra[0]) : null) : null));
    }
  }

  const failed = (e) => {
    if (!ctx.alive()) return;
    results.replaceChildren(h('p', {}, t('search-search-failed', { message: e.message })));
    setStatus(e.message, { error: true });
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = input.value.trim();
    pushHash(hashFor('/search', { q }));
    pageTitle(titleFor(q));
    load(q, FIRST).catch(failed);
  });
  await load(q0, FIRST).catch(failed);
}

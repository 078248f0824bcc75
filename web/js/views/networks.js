// Networks of cities.
import * as api from '../api.js';
import { h, append, name, pager, pageTitle, field, debounce } from '../ui.js';
import { choiceText } from '../params.js';
import { hashFor, replaceHash } from '../app.js';
import { downloads } from '../downloads.js';
import { t, fmt } from '../i18n.js';

export async function render(view, ctx) {
  pageTitle(t('networks-title'));
  const q = h('input', { type: 'search', name: 'q', value: ctx.query.get('q') || '', autocomplete: 'off' });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': t('networks-search-label') },
    field(t('networks-name'), q),
    h('div', { class: 'filters-actions' }, h('button', { type: 'submit', class: 'button' }, t('networks-search'))));
  const results = h('section', { 'aria-label': t('networks-found') });
  append(view, h('h1', {}, t('networks-title')),
    h('p', { class: 'lead' }, t('networks-lead')),
    form, results);
  form.after(downloads('/networks', () => ({ q: q.value.trim() })));
  const list = pager(results, {
    noun: 'networks-count',
    empty: t('networks-none'),
    fetchPage: (cursor) => api.get('/networks', { q: q.value.trim(), limit: 25, cursor }),
    render: (items, box) => {
      let ul = box.querySelector('ul');
      if (!ul) ul = box.appendChild(h('ul', { class: 'cards' }));
      return items.map((n) => ul.appendChild(h('li', { class: 'card' },
        h('a', { href: `#/network/${n.id}`, class: 'card-title', dir: 'auto' }, n.name),
        n.acronym && n.acronym !== n.name ? h('span', { class: 'acronym' }, ` (${n.acronym})`) : null,
        h('p', { class: 'card-meta' },
          [n.kind ? choiceText(n.kind) : null,
            n.founded_year ? t('networks-founded', { year: fmt.number(n.founded_year, { useGrouping: false }) }) : null,
            t('networks-current-members', { count: n.member_count ?? 0 }),
          ].filter(Boolean).join(' · '),
          n.secretariat_city ? [' · ', t('networks-secretariat-inline'), ' ', name(n.secretariat_city.name)] : null))));
    },
  });
  const apply = () => { replaceHash(hashFor('/networks', { q: q.value.trim() })); list.reload(); };
  const typed = debounce(apply, 300);
  q.addEventListener('input', typed);
  form.addEventListener('submit', (e) => { e.preventDefault(); typed.cancel(); apply(); });
  list.reload();
}

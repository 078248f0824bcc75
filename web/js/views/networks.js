// Networks of cities.
import * as api from '../api.js';
import { h, append, name, label, pager, pageTitle, field, debounce } from '../ui.js';
import { hashFor, replaceHash } from '../app.js';
import { downloads } from '../downloads.js';

export async function render(view, ctx) {
  pageTitle('Networks');
  const q = h('input', { type: 'search', name: 'q', value: ctx.query.get('q') || '', autocomplete: 'off' });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Search networks' },
    field('Name', q),
    h('div', { class: 'filters-actions' }, h('button', { type: 'submit', class: 'button' }, 'Search')));
  const results = h('section', { 'aria-label': 'Networks found' });
  append(view, h('h1', {}, 'Networks'),
    h('p', { class: 'lead' }, 'Networks and associations of cities, with their members, thematic groups and offices.'),
    form, results);
  form.after(downloads('/networks', () => ({ q: q.value.trim() })));
  const list = pager(results, {
    noun: ['network', 'networks'],
    empty: 'No network matches.',
    fetchPage: (cursor) => api.get('/networks', { q: q.value.trim(), limit: 25, cursor }),
    render: (items, box) => {
      let ul = box.querySelector('ul');
      if (!ul) ul = box.appendChild(h('ul', { class: 'cards' }));
      return items.map((n) => ul.appendChild(h('li', { class: 'card' },
        h('a', { href: `#/network/${n.id}`, class: 'card-title', dir: 'auto' }, n.name),
        n.acronym && n.acronym !== n.name ? h('span', { class: 'acronym' }, ` (${n.acronym})`) : null,
        h('p', { class: 'card-meta' },
          [n.kind ? label(n.kind) : null,
            n.founded_year ? `founded ${n.founded_year}` : null,
            `${n.member_count ?? 0} current member${n.member_count === 1 ? '' : 's'}`,
          ].filter(Boolean).join(' · '),
          n.secretariat_city ? [' · secretariat: ', name(n.secretariat_city.name)] : null))));
    },
  });
  const apply = () => { replaceHash(hashFor('/networks', { q: q.value.trim() })); list.reload(); };
  const typed = debounce(apply, 300);
  q.addEventListener('input', typed);
  form.addEventListener('submit', (e) => { e.preventDefault(); typed.cancel(); apply(); });
  list.reload();
}

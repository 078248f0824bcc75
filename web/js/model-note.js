// Replies computed from one of the server's models (partner suggestions,
// the graph, the search box) say when the data they come from was read
// (computed_at) and whether the registry has changed since (stale): the
// server swaps in a newer model in the background. freshness() says so in
// a line under the results, with a button to ask again, and asks again by
// itself once, a few seconds later, while the page is open.
import { h } from './ui.js';
import { t, fmt } from './i18n.js';

const AGAIN_MS = 4000;

// reply: what the API answered; again(): load it again; alive(): the page
// is still shown. Returns an element, or null when the reply is current.
export function freshness(reply, again, alive = () => true) {
  if (!reply || reply.stale !== true) return null;
  const text = reply.computed_at
    ? t('common-model-stale', { time: fmt.dateTime(reply.computed_at) })
    : t('common-model-first');
  const timer = setTimeout(() => { if (alive()) again(); }, AGAIN_MS);
  return h('p', { class: 'notice model-stale', role: 'status' }, `${text} `,
    h('button', { type: 'button', class: 'button secondary small', onclick: () => { clearTimeout(timer); again(); } },
      t('common-model-again')));
}

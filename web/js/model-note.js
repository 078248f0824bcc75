// Replies computed from one of the server's models (partner suggestions,
// the graph, the search box) say when the data they come from was read
// (computed_at) and whether the registry has changed since (stale): the
// server swaps in a newer model in the background. freshness() says so in
// a line under the results, with a button to ask again, and asks again by
// itself once, a few seconds later, while the page is open.
import { h } from './ui.js';

const AGAIN_MS = 4000;

const clock = (iso) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
};

// reply: what the API answered; again(): load it again; alive(): the page
// is still shown. Returns an element, or null when the reply is current.
export function freshness(reply, again, alive = () => true) {
  if (!reply || reply.stale !== true) return null;
  const text = reply.computed_at
    ? `Computed from the registry as it was at ${clock(reply.computed_at)}. It has changed since; `
      + 'newer results are being computed.'
    : 'These results are being computed for the first time.';
  const timer = setTimeout(() => { if (alive()) again(); }, AGAIN_MS);
  return h('p', { class: 'notice model-stale', role: 'status' }, `${text} `,
    h('button', { type: 'button', class: 'button secondary small', onclick: () => { clearTimeout(timer); again(); } },
      'Show the newer results'));
}

// Travel and subsistence support for an event's delegates (part of the
// event section of #/activity/ID): the requests the reader may see (its
// city's, or all for the organising secretariat), each with the steps its
// `can` allows (grant, refuse, withdraw); the budget used per currency,
// never converted; the form a city's officer asks with, for its own live
// registrations.
import * as api from '../api.js';
import { h, table, setStatus, flash, FormErrors, field, select } from '../ui.js';
import { navigate } from '../app.js';
import { stepsOf, choices } from '../schema.js';
import { stepPanel, choiceText } from '../schema-form.js';
import { t, fmt, lang } from '../i18n.js';

// A currency's name in the reader's language (the browser's CLDR names),
// or none: the code alone then.
function currencyName(code) {
  try {
    const name = new Intl.DisplayNames([lang()], { type: 'currency' }).of(code);
    return name && name !== code ? name : '';
  } catch { return ''; }
}

// 420.5 EUR in the reader's language ("420,50 €"); the code when the
// browser does not know the currency.
export function money(amount, currency) {
  if (amount === null || amount === undefined) return '';
  try {
    return fmt.number(amount, { style: 'currency', currency });
  } catch {
    return `${fmt.number(amount, { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`;
  }
}

const STEP_WORDS = { grant: 'activities-travel-grant', refuse: 'activities-travel-refuse' };

export async function travelSection(a, regs, ctx) {
  if (!ctx.user || !a.network) return null;
  const [reqs, budget, steps] = await Promise.all([
    api.get('/travel-requests', { activity: a.id, limit: 500 }).catch(() => ({ items: [] })),
    api.get('/travel-requests/budget', { activity: a.id }).catch(() => ({ items: [] })),
    stepsOf('TravelRequest'),
  ]);
  // the reader's own live registrations: their `can` says it acts for them
  const mine = regs.filter((r) => r.status !== 'cancelled' && r.can && r.can.update && r.city_id === ctx.user.city_id);
  if (!reqs.items.length && !mine.length) return null;
  const box = h('section', { class: 'block travel', 'aria-labelledby': 'h-travel' },
    h('h3', { id: 'h-travel' }, t('activities-travel-heading')),
    h('p', { class: 'hint' }, t('activities-travel-lead')));
  const area = h('div', { class: 'step-area' });
  const actions = (r) => {
    const out = steps.filter((s) => r.can && r.can[s.action]).map((s) => h('button', {
      type: 'button', class: 'button secondary small', dataset: { step: s.action },
      onclick: async () => {
        const words = t(STEP_WORDS[s.action] || 'activities-travel-decide');
        const { panel } = await stepPanel({ ...s, summary: `${words}: ${r.delegate || ''} (${money(r.amount, r.currency)})` }, r.id, {
          submitLabel: words, what: t('activities-travel-not-decided'),
          onCancel: () => area.replaceChildren(),
          onDone: () => { flash(t('activities-travel-decided')); navigate(`#/activity/${a.id}`); },
        });
        area.replaceChildren(panel);
        panel.querySelector('input, select, textarea, button')?.focus();
      },
    }, t(STEP_WORDS[s.action] || 'activities-travel-decide')));
    if (r.can && r.can.delete) {
      out.push(h('button', {
        type: 'button', class: 'button secondary small',
        onclick: async () => {
          try {
            await api.request('DELETE', `/travel-requests/${r.id}`);
            flash(t('activities-travel-withdrawn'));
            navigate(`#/activity/${a.id}`);
          } catch (err) { setStatus(err.message, { error: true }); }
        },
      }, t('activities-travel-withdraw')));
    }
    return out;
  };
  if (reqs.items.length) {
    const cols = [
      { title: t('activities-event-col-delegate'), cell: (r) => h('span', { dir: 'auto' }, r.delegate || '') },
      { title: t('activities-event-col-city'), cell: (r) => h('span', { dir: 'auto' }, r.city_name || '') },
      { title: t('activities-travel-col-covers'), cell: (r) => choiceText(r.covers) },
      { title: t('activities-travel-col-asked'), cell: (r) => money(r.amount, r.currency) },
      { title: t('activities-event-col-status'), cell: (r) => choiceText(r.status) },
      { title: t('activities-travel-col-granted'), cell: (r) => money(r.granted_amount, r.currency) },
      { title: t('activities-travel-col-note'), cell: (r) => h('span', { dir: 'auto' }, [r.note, r.decision_note].filter(Boolean).join(' · ')) },
      { title: t('activities-event-col-actions'), cell: actions },
    ];
    box.append(h('div', { class: 'table-wrap' }, table(cols, reqs.items, { caption: t('activities-travel-requests'), className: 'travel-requests' })));
  }
  if (budget.items.length) {
    const cols = [
      { title: t('activities-travel-col-currency'), cell: (b) => b.currency },
      { title: t('activities-travel-col-asked'), cell: (b) => money(b.asked, b.currency) },
      { title: t('activities-travel-col-pending'), cell: (b) => money(b.pending, b.currency) },
      { title: t('activities-travel-col-granted'), cell: (b) => money(b.granted, b.currency) },
    ];
    box.append(h('div', { class: 'table-wrap' }, table(cols, budget.items, { caption: t('activities-travel-budget'), className: 'travel-budget' })));
  }
  box.append(area);
  if (mine.length) box.append(await askForm(a, mine));
  return box;
}

async function askForm(a, mine) {
  const [currencies, covers] = await Promise.all([
    api.get('/currencies').catch(() => ({ items: [] })), choices('TravelRequest', 'covers'),
  ]);
  const who = select(mine.map((r) => [String(r.id), r.delegate || `#${r.id}`]));
  const what = select(covers.map((c) => [c, choiceText(c)]));
  const amount = h('input', { type: 'number', min: '0.01', step: '0.01', inputmode: 'decimal', required: true });
  const currency = select([['', t('activities-travel-currency-choose')], ...currencies.items.map((c) => [c.code, currencyName(c.code) ? `${c.code} – ${currencyName(c.code)}` : c.code])]);
  const note = h('input', { type: 'text', dir: 'auto', maxlength: 2000 });
  const form = h('form', { class: 'form inline-form travel-form', novalidate: true },
    h('h4', {}, t('activities-travel-ask')),
    field(t('activities-event-col-delegate'), who),
    field(t('activities-travel-col-covers'), what),
    field(t('activities-travel-amount'), amount, { required: true }),
    field(t('activities-travel-col-currency'), currency, { required: true, hint: t('activities-travel-currency-hint') }),
    field(t('activities-travel-col-note'), note),
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button' }, t('activities-travel-ask'))));
  const errors = new FormErrors(form);
  errors.add('registration_id', who.closest('.field'), who);
  errors.add('covers', what.closest('.field'), what);
  errors.add('amount', amount.closest('.field'), amount);
  errors.add('currency', currency.closest('.field'), currency);
  errors.add('note', note.closest('.field'), note);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    errors.clear();
    const body = { registration_id: Number(who.value), covers: what.value, amount: amount.value === '' ? null : Number(amount.value), currency: currency.value };
    if (note.value.trim()) body.note = note.value.trim();
    try {
      await api.post('/travel-requests', body);
      flash(t('activities-travel-asked'));
      navigate(`#/activity/${a.id}`);
    } catch (err) {
      errors.show(err.field || 'amount', err.message);
      setStatus(t('activities-travel-not-asked', { error: err.message }), { error: true });
    }
  });
  return form;
}

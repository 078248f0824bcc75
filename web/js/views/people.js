// The people behind a city's ties (#/people): citizen ambassadors, contact
// persons, experts. The server decides who is seen (an office sees its own
// and those shared with it, everyone the public profiles) and says in each
// record's `can` what the reader may do; this page never guesses. One
// person (#/person/ID) with their consents and the steps of their rights;
// the audit log (#/people/audit) for admins and the data-protection officer.
import * as api from '../api.js';
import { h, append, field, select, pager, table, addRows, pageTitle, debounce, setStatus, flash } from '../ui.js';
import { hashFor, replaceHash, navigate } from '../app.js';
import { paramOf, choiceText, titleOf, confirmDialog, mayCreate } from '../schema-form.js';
import { schemaOf } from '../schema.js';
import { t, fmt, lang, has } from '../i18n.js';

// "fa" -> "Persian" in the reader's language
export function languageName(code) {
  try {
    return new Intl.DisplayNames([lang()], { type: 'language' }).of(code) || code;
  } catch {
    return code;
  }
}

const cityLink = (c) => (c ? h('a', { href: `#/city/${c.id}`, dir: 'auto' }, c.name) : null);
const personLink = (p) => h('a', { href: `#/person/${p.id}`, dir: 'auto', class: 'record-link' }, p.name);

// "family: Freiburg (DE)"
function tieText(tie, cname) {
  const place = tie.city_id ? h('a', { href: `#/city/${tie.city_id}`, dir: 'auto' }, tie.city_name || `#${tie.city_id}`) : cname(tie.country);
  return h('span', { class: 'tie' }, t('people-tie', { kind: choiceText(tie.kind) }), ' ', place,
    tie.city_id ? ` (${cname(tie.country)})` : null);
}

function statusBadge(p) {
  if (p.status === 'pending') return h('span', { class: 'badge person-pending' }, choiceText('pending'));
  if (p.review_due) return h('span', { class: 'badge person-review' }, t('people-review-due'));
  return null;
}

export async function render(view, ctx) {
  pageTitle(t('people-title'));
  const qv = (k) => ctx.query.get(k) || '';
  const [roleP, statusP, countries] = await Promise.all([paramOf('/people', 'role'), paramOf('/people', 'status'), api.countries()]);
  if (!ctx.alive()) return;
  const cname = (code) => countries.find((c) => c.code === code)?.name || code || '';
  const q = h('input', { type: 'search', value: qv('q'), autocomplete: 'off' });
  const role = select([['', t('people-any-role')], ...(roleP?.enum || []).map((v) => [v, choiceText(v)])], { value: qv('role') });
  const status = select([['', t('people-any-status')], ...(statusP?.enum || []).map((v) => [v, choiceText(v)])], { value: qv('status') });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': t('people-filter-label') },
    field(t('people-name'), q), field(titleOf(roleP, 'role'), role),
    ctx.user ? field(titleOf(statusP, 'status'), status) : null,
    h('div', { class: 'filters-actions' }, h('button', { type: 'submit', class: 'button' }, t('people-filter'))));
  const actions = h('p', { class: 'actions' });
  actions.append(h('a', { href: '#/people/register' }, t('people-register-link')));
  if (ctx.user) {
    // what the reader may do, as the server says: the office's own record
    // (its city or network) tells whether a person may be recorded; the
    // session's `can` whether the audit log may be read
    const office = await (ctx.user.city_id ? api.get(`/cities/${ctx.user.city_id}`).then((c) => [['City', c]]).catch(() => [])
      : ctx.user.network_id ? api.get(`/networks/${ctx.user.network_id}`).then((n) => [['Network', n]]).catch(() => []) : []);
    const audit = !!(ctx.user.can && ctx.user.can.read_audit); // the server's word, with the session
    if (!ctx.alive()) return;
    if (await mayCreate('Person', ctx.user, office)) actions.prepend(h('a', { href: '#/people/new', class: 'button' }, t('people-add')), ' ');
    actions.append(' ', h('a', { href: '#/opportunities', class: 'button secondary' }, t('people-opp-title')));
    // a network's account: the tasks of its pool of experts
    if (ctx.user.network_id) actions.append(' ', h('a', { href: '#/assignments', class: 'button secondary' }, t('people-tasks-title')));
    if (audit) actions.append(' ', h('a', { href: '#/people/audit', class: 'button secondary' }, t('people-audit-title')));
  }
  const results = h('section', { 'aria-label': t('people-found') });
  append(view, h('h1', {}, t('people-title')),
    h('p', { class: 'lead' }, ctx.user ? t('people-lead-office') : t('people-lead-public')),
    actions, form, results);

  const cols = [
    { title: t('people-col-name'), cell: (p) => personLink(p) },
    { title: t('people-col-roles'), cell: (p) => (p.roles || []).map(choiceText).join(t('people-comma')) },
    { title: t('people-col-office'), cell: (p) => cityLink(p.city) || (p.network ? p.network.name : '') },
    { title: t('people-col-lives-in'), cell: (p) => cityLink(p.residence_city) || cname(p.residence_country) },
    { title: t('people-col-ties'), cell: (p) => (p.ties || []).map((x) => tieText(x, cname)).flatMap((el, i) => (i ? [t('people-comma'), el] : [el])) },
    { title: t('people-col-languages'), cell: (p) => (p.languages || []).map(languageName).join(t('people-comma')) },
    { title: t('people-col-status'), cell: (p) => statusBadge(p) },
  ];
  const params = () => ({ q: q.value.trim(), role: role.value, status: ctx.user ? status.value : '' });
  const list = pager(results, {
    noun: 'people-count',
    empty: ctx.user ? t('people-none-office') : t('people-none-public'),
    fetchPage: (cursor) => api.get('/people', { ...params(), limit: 25, cursor }),
    render: (items, box) => {
      let tbl = box.querySelector('table');
      if (!tbl) {
        tbl = table(cols, [], { caption: t('people-title'), className: 'people' });
        box.appendChild(h('div', { class: 'table-wrap' }, tbl));
      }
      return addRows(tbl, cols, items);
    },
  });
  const apply = () => { replaceHash(hashFor('/people', params())); list.reload(); };
  const typed = debounce(apply, 300);
  q.addEventListener('input', typed);
  for (const s of [role, status]) s.addEventListener('change', () => { typed.cancel(); apply(); });
  form.addEventListener('submit', (e) => { e.preventDefault(); typed.cancel(); apply(); });
  list.reload();
}

// ---- one person ------------------------------------------------------------------

function fact(term, value) {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)
    ? null : h('div', {}, h('dt', {}, term), h('dd', {}, value));
}

export async function renderPerson(view, ctx) {
  const id = Number(ctx.params[0]);
  append(view, h('p', { class: 'loading' }, t('people-loading')));
  const [p, schema, countries, topics] = await Promise.all([api.get(`/people/${id}`), schemaOf('Person'), api.countries(), api.topics()]);
  if (!ctx.alive()) return;
  view.replaceChildren();
  pageTitle(p.name);
  const cname = (code) => countries.find((c) => c.code === code)?.name || code || '';
  const topicName = new Map(topics.map((x) => [x.id, x.label]));
  const title = (k) => titleOf(schema.properties[k], k);
  const shared = p.visibility === 'partner' ? cityLink({ id: p.shared_city_id, name: `#${p.shared_city_id}` })
    : p.visibility === 'network' ? h('a', { href: `#/network/${p.shared_network_id}` }, `#${p.shared_network_id}`) : null;
  const facts = h('dl', { class: 'facts' },
    fact(title('city'), cityLink(p.city)),
    fact(title('network'), p.network ? h('a', { href: `#/network/${p.network.id}`, dir: 'auto' }, p.network.name) : null),
    fact(title('roles'), (p.roles || []).map(choiceText).join(t('people-comma'))),
    fact(title('residence_city'), cityLink(p.residence_city) || cname(p.residence_country)),
    fact(title('organisation'), p.organisation ? h('a', { href: `#/search?q=${encodeURIComponent(p.organisation.name)}`, dir: 'auto' }, p.organisation.name) : null),
    fact(title('partnership_id'), p.partnership_id ? h('a', { href: `#/partnership/${p.partnership_id}` }, t('people-partnership-n', { id: p.partnership_id })) : null),
    fact(title('ties'), (p.ties || []).length ? h('ul', { class: 'plain' }, p.ties.map((x) => h('li', {}, tieText(x, cname)))) : null),
    fact(title('languages'), (p.languages || []).map(languageName).join(t('people-comma'))),
    fact(title('expertise'), (p.expertise || []).map((x) => topicName.get(x) || x).join(t('people-comma'))),
    fact(title('what_they_offer'), p.what_they_offer ? h('span', { dir: 'auto' }, p.what_they_offer) : null),
    fact(title('email'), p.email ? h('a', { href: `mailto:${p.email}` }, p.email) : null),
    fact(title('phone'), p.phone ? h('span', { dir: 'ltr' }, p.phone) : null),
    fact(title('basis'), p.basis ? [choiceText(p.basis), p.basis_note ? h('span', { dir: 'auto' }, ` (${p.basis_note})`) : null] : null),
    fact(title('visibility'), p.visibility ? [choiceText(p.visibility), shared ? [' ', shared] : null] : null),
    fact(title('status'), [choiceText(p.status), ' ', statusBadge(p)]),
    fact(title('review_date'), p.review_date ? fmt.date(p.review_date) : null),
    fact(title('note'), p.note ? h('span', { dir: 'auto' }, p.note) : null));
  append(view,
    h('p', { class: 'crumbs' }, h('a', { href: '#/people' }, t('people-title'))),
    h('h1', { dir: 'auto' }, p.name),
    p.public ? h('p', { class: 'notice' }, t('people-public-note')) : null,
    facts);
  if (Array.isArray(p.consents)) append(view, consentsTable(p));
  const acts = await actionsOf(p);
  if (acts) append(view, acts);
}

function consentsTable(p) {
  const cols = [
    { title: t('people-consent-purpose'), cell: (c) => choiceText(c.purpose) },
    { title: t('people-consent-text'), cell: (c) => t('people-consent-version', { version: c.version, language: languageName(c.language) }) },
    { title: t('people-consent-given'), cell: (c) => [fmt.date(c.given_at.slice(0, 10)), ' · ', choiceText(c.how)] },
    { title: t('people-consent-withdrawn'), cell: (c) => (c.withdrawn_at ? fmt.date(c.withdrawn_at.slice(0, 10)) : t('people-consent-live')) },
  ];
  return h('section', { 'aria-labelledby': 'consents-h' }, h('h2', { id: 'consents-h' }, t('people-consents')),
    h('div', { class: 'table-wrap' }, table(cols, p.consents, { caption: t('people-consents'), className: 'consents' })));
}

// The steps the reader may take, as the record's `can` says.
async function actionsOf(p) {
  const can = p.can || {};
  if (!can.update && !can.approve && !can.withdraw && !can.delete && !can.export) return null;
  const box = h('section', { class: 'person-actions', 'aria-labelledby': 'actions-h' }, h('h2', { id: 'actions-h' }, t('people-actions')));
  const row = h('p', { class: 'actions' });
  box.append(row);
  if (can.update) row.append(h('a', { href: `#/person/${p.id}/edit`, class: 'button' }, t('people-edit')), ' ');
  if (can.approve) {
    row.append(h('button', {
      type: 'button', class: 'button',
      onclick: async () => {
        try {
          await api.post(`/people/${p.id}/approve`, {});
          flash(t('people-approved'));
          navigate(`#/person/${p.id}`);
        } catch (e) { setStatus(t('people-step-failed', { error: e.message }), { error: true }); }
      },
    }, t('people-approve')), ' ');
  }
  if (can.export) {
    row.append(h('button', {
      type: 'button', class: 'button secondary',
      onclick: async () => {
        try {
          const data = await api.get(`/people/${p.id}/export`);
          const a = h('a', { href: URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' })), download: `person-${p.id}.json` });
          document.body.append(a);
          a.click();
          a.remove();
          setStatus(t('people-exported'));
        } catch (e) { setStatus(t('people-step-failed', { error: e.message }), { error: true }); }
      },
    }, t('people-export')), ' ');
  }
  if (can.withdraw) {
    const live = (p.consents || []).filter((c) => !c.withdrawn_at).map((c) => c.purpose);
    const purposes = live.length ? live : ['record'];
    const purpose = select(purposes.map((v) => [v, choiceText(v)]));
    box.append(h('form', {
      class: 'inline-form withdraw-form',
      onsubmit: async (e) => {
        e.preventDefault();
        const erases = purpose.value === 'record';
        const ok = await confirmDialog({
          title: t('people-withdraw-confirm-title'),
          text: erases ? t('people-withdraw-erases', { name: p.name }) : t('people-withdraw-narrows', { purpose: choiceText(purpose.value) }),
          yes: t('people-withdraw'),
        });
        if (!ok) return;
        try {
          const r = await api.post(`/people/${p.id}/withdraw`, { purpose: purpose.value });
          flash(r.erased ? t('people-erased') : t('people-withdrawn'));
          navigate(r.erased ? '#/people' : `#/person/${p.id}`);
        } catch (err) { setStatus(t('people-step-failed', { error: err.message }), { error: true }); }
      },
    }, field(t('people-withdraw-which'), purpose), h('button', { type: 'submit', class: 'button secondary' }, t('people-withdraw'))));
  }
  if (can.delete) {
    const reasonP = (await schemaOf('PersonErase'))?.properties?.reason;
    const reason = select((reasonP?.enum || []).map((v) => [v, choiceText(v)]));
    box.append(h('form', {
      class: 'inline-form erase-form',
      onsubmit: async (e) => {
        e.preventDefault();
        const ok = await confirmDialog({ title: t('people-erase-confirm-title'), text: t('people-erase-confirm', { name: p.name }), yes: t('people-erase') });
        if (!ok) return;
        try {
          await api.post(`/people/${p.id}/erase`, { reason: reason.value });
          flash(t('people-erased'));
          navigate('#/people');
        } catch (err) { setStatus(t('people-step-failed', { error: err.message }), { error: true }); }
      },
    }, field(titleOf(reasonP, 'reason'), reason), h('button', { type: 'submit', class: 'button danger' }, t('people-erase'))));
  }
  return box;
}

// ---- the audit log -------------------------------------------------------------------

export async function renderAudit(view, ctx) {
  pageTitle(t('people-audit-title'));
  append(view, h('p', { class: 'crumbs' }, h('a', { href: '#/people' }, t('people-title'))),
    h('h1', {}, t('people-audit-title')), h('p', { class: 'lead' }, t('people-audit-lead')));
  if (!ctx.user) {
    append(view, h('p', {}, h('a', { href: '#/signin' }, t('people-audit-sign-in'))));
    return;
  }
  const r = await api.get('/people-audit', { limit: 200 });
  if (!ctx.alive()) return;
  const cols = [
    { title: t('people-audit-at'), cell: (x) => fmt.date(x.at.slice(0, 10)) + ' ' + x.at.slice(11, 16) },
    { title: t('people-audit-who'), cell: (x) => `${x.username || ''} (${x.role})` },
    { title: t('people-audit-action'), cell: (x) => (has(`people-audit-did-${x.action}`) ? t(`people-audit-did-${x.action}`) : x.action) },
    { title: t('people-audit-person'), cell: (x) => (x.person_id ? h('a', { href: `#/person/${x.person_id}` }, `#${x.person_id}`) : '') },
    { title: t('people-audit-detail'), cell: (x) => x.detail || '' },
  ];
  append(view, h('div', { class: 'table-wrap' }, table(cols, r.items, { caption: t('people-audit-title'), className: 'audit' })));
}

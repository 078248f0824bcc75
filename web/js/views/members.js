// Memberships of networks, written from the two ends: on a city's page its
// officer records the city joining a network, changes its role and leaves
// (cityNetworks); on a network's page its secretariat adds a member,
// changes a member's role and ends a membership (manageMembers). Forms come
// from the API document (Membership, and the step "leave"); each button is
// one the reply's `can` allows, and adding one the kind's rules allow.
import * as api from '../api.js';
import { h, setStatus, flash } from '../ui.js';
import { navigate } from '../app.js';
import { stepsOf } from '../schema.js';
import { schemaForm, stepPanel, mayCreate, choiceText, choiceWords } from '../schema-form.js';
import { t, fmt } from '../i18n.js';

const networkName = (n) => (n.acronym && n.acronym !== n.name ? `${n.name} (${n.acronym})` : n.name);

// The step by which a member leaves ({action, path, schema, summary}).
async function leaveStep() {
  return (await stepsOf('Membership')).find((s) => s.action === 'leave') || null;
}

// An inline panel under `anchor`, one at a time per `area`; focus its first field.
function openPanel(area, panel, opener) {
  area.replaceChildren(panel);
  area.hidden = false;
  if (opener) opener.setAttribute('aria-expanded', 'true');
  const first = panel.querySelector('input:not([type=hidden]), select, textarea');
  if (first) first.focus();
}
function closePanel(area, opener) {
  area.replaceChildren();
  area.hidden = true;
  if (opener) {
    opener.setAttribute('aria-expanded', 'false');
    if (opener.isConnected) opener.focus();
  }
}

// a year, in the reader's digits
const year = (y) => fmt.number(y, { useGrouping: false });

// The form changing a membership's role (PATCH), in a panel; whose: the
// member's name, net: the network's.
async function rolePanel(m, whose, net, { onDone, onCancel }) {
  const headingId = `h-role-${m.id}`;
  const sf = await schemaForm({
    schema: 'Membership', fields: ['role'], values: { role: m.role }, mode: 'update',
    submitLabel: t('networks-role-save'), onCancel, what: t('networks-role-not-saved'),
    onSubmit: (body) => api.patch(`/memberships/${m.id}`, body), onDone,
    className: 'role-form',
  });
  return h('section', { class: 'step-panel', 'aria-labelledby': headingId },
    h('h3', { id: headingId }, t('networks-role-of', { member: whose, network: net })), sf.form);
}

// ---- a city's page -----------------------------------------------------------

// The networks section of a city's page (c: the city reply).
export function cityNetworks(c, ctx) {
  const ms = c.memberships || [];
  const sec = h('section', { class: 'block city-networks', 'aria-labelledby': 'h-networks' },
    h('h2', { id: 'h-networks' }, t('networks-city-heading', { count: ms.length })));
  const addArea = h('div', { class: 'panel-area', hidden: true });
  const addSlot = h('div', {});
  sec.append(addSlot, addArea);
  const list = h('ul', { class: 'plain-list memberships' });
  if (!ms.length) sec.append(h('p', { class: 'muted' }, t('networks-city-none')));
  else sec.append(list);
  const rows = new Map();
  for (const m of ms) {
    const area = h('div', { class: 'panel-area', hidden: true });
    const tools = h('div', { class: 'row-actions' });
    const li = h('li', { class: 'membership', id: `membership-${m.id}` },
      h('a', { href: `#/network/${m.network.id}`, dir: 'auto' }, m.network.name),
      m.network.acronym && m.network.acronym !== m.network.name ? ` (${m.network.acronym})` : '',
      h('span', { class: 'meta' }, ' · ', choiceText(m.role || 'member'),
        m.joined_year ? ` · ${t('networks-city-since', { year: year(m.joined_year) })}` : '',
        m.left_year ? ` · ${t('networks-city-left-in', { year: year(m.left_year) })}` : ''),
      m.current === false ? h('span', { class: 'tag' }, t('networks-former-member')) : null,
      tools, area);
    rows.set(m.id, { li, tools, area });
    list.append(li);
  }
  if (!ctx.user) return sec;

  // what this account may do: the memberships as the list gives them (with `can`)
  const again = () => navigate(`#/city/${c.id}`);
  Promise.all([
    ms.length ? api.get('/memberships', { city: c.id, limit: 500 }) : { items: [] },
    mayCreate('Membership', ctx.user, [['City', c]]),
    leaveStep(),
  ]).then(([r, mayAdd, leave]) => {
    if (!ctx.alive()) return;
    for (const m of r.items || []) {
      const row = rows.get(m.id);
      if (!row || !m.can) continue;
      const net = networkName(m.network);
      if (m.can.update) {
        const b = h('button', {
          type: 'button', class: 'button small secondary', 'aria-expanded': 'false',
          'aria-label': t('networks-change-role-in', { network: net }),
        }, t('networks-change-role'));
        b.addEventListener('click', async () => {
          const panel = await rolePanel(m, c.name, net, {
            onCancel: () => closePanel(row.area, b),
            onDone: () => { flash(t('networks-role-saved', { member: c.name, network: net })); again(); },
          });
          openPanel(row.area, panel, b);
        });
        row.tools.append(b);
      }
      if (m.can.leave && leave) {
        const b = h('button', {
          type: 'button', class: 'button small secondary', 'aria-expanded': 'false',
          'aria-label': t('networks-leave-label', { network: net }),
        }, t('networks-leave'));
        b.addEventListener('click', async () => {
          const { panel } = await stepPanel(leave, m.id, {
            what: t('networks-not-left', { city: c.name, network: net }),
            onCancel: () => closePanel(row.area, b),
            onDone: (reply) => {
              flash(reply.left_year
                ? t('networks-left-in', { city: c.name, network: net, year: year(reply.left_year) })
                : t('networks-left', { city: c.name, network: net }));
              again();
            },
          });
          openPanel(row.area, panel, b);
        });
        row.tools.append(b);
      }
    }
    if (mayAdd) {
      const b = h('button', { type: 'button', class: 'button secondary', 'aria-expanded': 'false' }, t('networks-record-joining'));
      b.addEventListener('click', async () => {
        const headingId = 'h-join-network';
        const sf = await schemaForm({
          schema: 'Membership',
          fields: [{ row: ['network_id', 'role', 'joined_year'] }, 'note', 'source_url'],
          fixed: { city_id: c.id },
          submitLabel: t('networks-record-membership'),
          what: t('networks-membership-not-recorded'),
          onCancel: () => closePanel(addArea, b),
          onSubmit: (body) => api.post('/memberships', body),
          onDone: (m) => { flash(t('networks-membership-recorded', { city: c.name, network: networkName(m.network) })); again(); },
        });
        openPanel(addArea, h('section', { class: 'step-panel', 'aria-labelledby': headingId },
          h('h3', { id: headingId }, t('networks-joins-heading', { city: c.name })), sf.form), b);
      });
      addSlot.append(h('p', {}, b));
    }
  }).catch(() => {
    // the list reads as it is
  });
  return sec;
}

// ---- a network's page ----------------------------------------------------------

// Adds to the network page's members list: a column of buttons (Change
// role, End membership, as each member's `can` says) and, for who may add
// one, "Add a member" before `before`. columns: the list's columns (one is
// pushed); reload(): draw the list again.
export function manageMembers(n, ctx, { columns, reload, before }) {
  if (!ctx.user) return;
  const net = networkName(n);
  const panelArea = h('div', { class: 'panel-area member-panel', hidden: true });
  let leave = null;
  const stepReady = leaveStep().then((s) => { leave = s; });
  const memberName = (m) => (m.member ? m.member.name : t('networks-member-id', { id: String(m.id) }));

  const done = async (message) => {
    closePanel(panelArea, null);
    panelRow.remove();
    await reload();
    setStatus(message);
    // the row is drawn again: start from the list's heading
    const heading = document.getElementById('h-members');
    if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus(); }
  };

  columns.push({
    title: t('networks-change'),
    class: 'col-change',
    cell: (m) => {
      const can = m.can || {};
      const tools = h('div', { class: 'row-actions' });
      const who = memberName(m);
      if (can.update) {
        const b = h('button', { type: 'button', class: 'button small secondary', 'aria-label': t('networks-change-role-of', { member: who }), 'aria-expanded': 'false' }, t('networks-change-role'));
        b.addEventListener('click', async () => {
          const panel = await rolePanel(m, who, net, {
            onCancel: () => { closePanel(panelArea, b); panelRow.remove(); },
            onDone: (r) => done(t('networks-role-now', { member: who, role: choiceWords(r.role), network: net })),
          });
          placeAfter(b, panel);
          openPanel(panelArea, panel, b);
        });
        tools.append(b);
      }
      if (can.leave) {
        const b = h('button', { type: 'button', class: 'button small secondary', 'aria-label': t('networks-end-membership-of', { member: who }), 'aria-expanded': 'false' }, t('networks-end-membership'));
        b.addEventListener('click', async () => {
          await stepReady;
          if (!leave) return;
          const { panel } = await stepPanel(leave, m.id, {
            what: t('networks-membership-not-ended', { member: who }),
            submitLabel: t('networks-end-the-membership'),
            onCancel: () => { closePanel(panelArea, b); panelRow.remove(); },
            onDone: (r) => done(r.left_year
              ? t('networks-former-now-left-in', { member: who, network: net, year: year(r.left_year) })
              : t('networks-former-now', { member: who, network: net })),
          });
          placeAfter(b, panel);
          openPanel(panelArea, panel, b);
        });
        tools.append(b);
      }
      return tools.childNodes.length ? tools : h('span', { class: 'muted' }, '—');
    },
  });

  // the panel shows in a row of its own under the row whose button opened it
  const panelRow = h('tr', { role: 'row', class: 'panel-row' });
  function placeAfter(button) {
    const row = button.closest('tr');
    if (!row) return;
    panelRow.replaceChildren(h('td', { role: 'cell', colspan: String(columns.length) }, panelArea));
    row.after(panelRow);
  }

  mayCreate('Membership', ctx.user, [['Network', n]]).then((may) => {
    if (!may || !ctx.alive()) return;
    const b = h('button', { type: 'button', class: 'button secondary', 'aria-expanded': 'false' }, t('networks-add-member'));
    const addArea = h('div', { class: 'panel-area', hidden: true });
    b.addEventListener('click', async () => {
      const headingId = 'h-add-member';
      const sf = await schemaForm({
        schema: 'Membership',
        fields: [{ row: ['city_id', 'role', 'joined_year'] }, 'note', 'source_url'],
        fixed: { network_id: n.id },
        submitLabel: t('networks-add-the-member'),
        what: t('networks-member-not-added'),
        onCancel: () => closePanel(addArea, b),
        onSubmit: (body) => api.post('/memberships', body),
        onDone: async (m) => {
          closePanel(addArea, b);
          setStatus(t('networks-member-now', { member: memberName(m), network: net }));
          await reload();
        },
      });
      openPanel(addArea, h('section', { class: 'step-panel', 'aria-labelledby': headingId },
        h('h3', { id: headingId }, t('networks-add-member-to', { network: net })), sf.form), b);
    });
    const slot = h('div', { class: 'member-tools' }, h('p', {}, b), addArea);
    if (before && before.parentNode) before.before(slot);
  }).catch(() => {});
}

// The account's notifications (#/notifications): newest first, unread
// marked, each a link to its record's page (reading it marks it read);
// "mark all read"; what the account hears of, in the app and by e-mail,
// its address and the language its e-mails are written in. For admins, the
// SMTP server amity sends through and the state of its outbox.
import * as api from '../api.js';
import { h, append, pageTitle, setStatus, table, field, select, FormErrors } from '../ui.js';
import { needSignIn } from '../forms.js';
import { navigate } from '../app.js';
import { choiceText } from '../params.js';
import { schemaForm } from '../schema-form.js';
import { t, fmt, LANGUAGES } from '../i18n.js';

// The header's count: refreshed on each page and every minute.
export async function refreshBadge() {
  const link = document.getElementById('notices-link');
  if (!link) return;
  try {
    const r = await api.get('/notifications', { limit: 1 });
    const badge = link.querySelector('.nav-count');
    link.setAttribute('aria-label', t('notices-link-label', { count: r.unread }));
    if (!r.unread) { badge?.remove(); return; }
    const b = badge || link.appendChild(h('span', { class: 'nav-count', 'aria-hidden': 'true' }));
    b.textContent = fmt.number(r.unread);
  } catch { /* signed out meanwhile: the header is drawn again */ }
}

export async function render(view, ctx) {
  pageTitle(t('notices-title'));
  if (!ctx.user) {
    needSignIn(view, t('notices-title'), t('notices-sign-in'));
    return;
  }
  const [list, prefs] = await Promise.all([api.get('/notifications', { limit: 50 }), api.get('/notifications/preferences')]);
  if (!ctx.alive()) return;
  const items = h('ul', { class: 'plain-list notices' }, list.items.map((n) => h('li', { class: n.read ? 'notice-item read' : 'notice-item unread' },
    h('a', {
      href: n.link, dir: 'auto',
      onclick: async (e) => {
        e.preventDefault();
        if (!n.read) await api.post(`/notifications/${n.id}/read`, {}).catch(() => null);
        refreshBadge();
        navigate(n.link);
      },
    }, h('strong', {}, t(`notices-topic-${n.topic.replaceAll('_', '-')}`)), ': ', h('span', { dir: 'auto' }, n.title)),
    ' ', h('span', { class: 'muted' }, fmt.dateTime(n.created_at)),
    n.read ? null : h('span', { class: 'tag' }, t('notices-unread')))));
  append(view, h('h1', {}, t('notices-title')),
    h('p', { class: 'lead' }, t('notices-lead', { count: list.unread })),
    list.unread ? h('p', {}, h('button', {
      type: 'button', class: 'button secondary small',
      onclick: async () => {
        await api.post('/notifications/read-all', {});
        refreshBadge();
        setStatus(t('notices-all-read'));
        navigate('#/notifications');
      },
    }, t('notices-read-all'))) : null,
    list.items.length ? items : h('p', { class: 'muted' }, t('notices-none')),
    prefsForm(prefs));
  // the mail settings are the admins': the session's `can` says so
  const settings = ctx.user.can && ctx.user.can.mail_settings ? await api.get('/mail-settings').catch(() => null) : null;
  if (settings && ctx.alive()) view.append(await mailSection(settings));
}

function prefsForm(prefs) {
  const email = h('input', { type: 'email', autocomplete: 'email', value: prefs.email || '' });
  const language = select([['', t('notices-language-default')], ...LANGUAGES.map((l) => [l.code, l.name])], { value: prefs.language || '' });
  const rows = prefs.topics.map((c) => {
    const inApp = h('input', { type: 'checkbox', checked: c.in_app, 'aria-label': t('notices-in-app-of', { topic: t(`notices-topic-${c.topic.replaceAll('_', '-')}`) }) });
    const byMail = h('input', { type: 'checkbox', checked: c.email, 'aria-label': t('notices-email-of', { topic: t(`notices-topic-${c.topic.replaceAll('_', '-')}`) }) });
    return { c, inApp, byMail };
  });
  const cols = [
    { title: t('notices-col-topic'), cell: (r) => t(`notices-topic-${r.c.topic.replaceAll('_', '-')}`) },
    { title: t('notices-col-in-app'), cell: (r) => r.inApp },
    { title: t('notices-col-email'), cell: (r) => r.byMail },
  ];
  const form = h('form', { class: 'form prefs-form', novalidate: true, 'aria-labelledby': 'h-notice-prefs' },
    h('h2', { id: 'h-notice-prefs' }, t('notices-prefs')),
    h('p', { class: 'hint' }, prefs.mail_enabled ? t('notices-prefs-lead') : t('notices-prefs-no-mail')),
    h('div', { class: 'row' },
      field(t('notices-email'), email, { hint: t('notices-email-hint') }),
      field(t('notices-language'), language, { hint: t('notices-language-hint') })),
    h('div', { class: 'table-wrap' }, table(cols, rows, { caption: t('notices-prefs-topics'), className: 'notice-prefs' })),
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button' }, t('notices-save'))));
  const errors = new FormErrors(form);
  errors.add('email', email.closest('.field'), email);
  errors.add('language', language.closest('.field'), language);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    errors.clear();
    const body = {
      email: email.value.trim() || null,
      language: language.value || null,
      topics: rows.map((r) => ({ topic: r.c.topic, in_app: r.inApp.checked, email: r.byMail.checked })),
    };
    try {
      await api.patch('/notifications/preferences', body);
      setStatus(t('notices-saved'));
      refreshBadge();
    } catch (err) {
      errors.show(err.field || 'email', err.message);
      setStatus(t('notices-not-saved', { error: err.message }), { error: true });
    }
  });
  return form;
}

// Admins: the SMTP server (a form from the API document) and the outbox.
async function mailSection(settings) {
  const outbox = await api.get('/outbox');
  const box = h('section', { class: 'block mail-settings', 'aria-labelledby': 'h-mail' }, h('h2', { id: 'h-mail' }, t('notices-mail')),
    h('p', { class: 'hint' }, t('notices-mail-lead')));
  const sf = await schemaForm({
    schema: 'MailSettings',
    fields: [{ row: ['smtp_host', 'smtp_port', 'smtp_security'] }, { row: ['smtp_username', 'smtp_password'] },
      { row: ['mail_from', 'site_url'] }, { row: ['retry_seconds', 'max_attempts'] }],
    values: settings, mode: 'update', submitLabel: t('notices-save'), what: t('notices-mail-not-saved'),
    onSubmit: (body) => api.patch('/mail-settings', body),
    onDone: () => { setStatus(t('notices-saved')); navigate('#/notifications'); },
  });
  box.append(h('p', { class: 'meta' }, settings.smtp_password_set ? t('notices-mail-password-set') : t('notices-mail-password-unset')), sf.form);
  const c = outbox.counts || {};
  box.append(h('h3', {}, t('notices-outbox')),
    h('p', {}, t('notices-outbox-counts', { queued: c.queued || 0, sent: c.sent || 0, failed: c.failed || 0 })));
  if (outbox.items.length) {
    const cols = [
      { title: t('notices-col-subject'), cell: (m) => h('span', { dir: 'auto' }, m.subject) },
      { title: t('notices-col-status'), cell: (m) => choiceText(m.status) },
      { title: t('notices-col-attempts'), cell: (m) => fmt.number(m.attempts) },
      { title: t('notices-col-error'), cell: (m) => m.last_error || '' },
    ];
    box.append(h('div', { class: 'table-wrap' }, table(cols, outbox.items.slice(0, 20), { caption: t('notices-outbox'), className: 'outbox' })));
  }
  return box;
}

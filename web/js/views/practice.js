// One good practice: the template's sections, its place, period, network,
// organisations and topics; more like this; for who may act on it, the
// review steps (submit, publish, return with a comment) and its history.
import * as api from '../api.js';
import { h, append, name, field, FormErrors, reportError, pageTitle, setStatus, flash, isHttp, nextId } from '../ui.js';
import { navigate } from '../app.js';
import {
  sections, statusText, statusBadge, periodText, languageName, placeEl, networkText, can,
  topicLabels, libraryHash, tEls,
} from './practices.js';
import { t, fmt } from '../i18n.js';

export async function render(view, ctx) {
  const id = Number(ctx.params[0]);
  append(view, h('p', { class: 'loading' }, t('practices-loading')));
  const [p, labels, SECTIONS] = await Promise.all([api.get(`/practices/${id}`), topicLabels(), sections()]);
  if (!ctx.alive()) return;
  pageTitle(p.title);
  view.replaceChildren();

  append(view,
    h('p', { class: 'crumbs' }, h('a', { href: libraryHash() }, t('practices-title')),
      p.country_name ? [' / ', h('a', { href: `#/practices?country=${encodeURIComponent(p.country)}` }, p.country_name)] : null),
    h('h1', { dir: 'auto' }, p.title),
    h('p', { class: 'practice-byline' }, placeEl(p, { link: true }),
      periodText(p) ? [' · ', periodText(p)] : null),
    reviewPanel(p));

  // ---- the text, and the facts beside it
  const body = h('div', { class: 'practice-body' });
  let any = false;
  for (const s of SECTIONS) {
    const text = (p[s.key] || '').trim();
    if (!text) continue;
    any = true;
    const hid = `h-${s.key}`;
    body.append(h('section', { class: 'practice-section', 'aria-labelledby': hid },
      h('h2', { id: hid }, s.heading),
      s.key === 'links' ? linksEl(text) : paragraphs(text)));
  }
  if (!any) body.append(h('p', { class: 'muted' }, t('practices-no-description')));

  const facts = h('dl', { class: 'practice-facts' },
    p.network ? fact(t('practices-network'), h('a', { href: `#/network/${p.network.id}`, dir: 'auto' }, networkText(p.network))) : null,
    p.organisations && p.organisations.length
      ? fact(t('practices-organisations'), h('ul', { class: 'plain' }, p.organisations.map((o) =>
        h('li', {}, name(o.name), o.country ? h('span', { class: 'cc' }, ` (${o.country})`) : null))))
      : null,
    p.topics && p.topics.length
      ? fact(t('practices-topics'), h('ul', { class: 'tags' }, p.topics.map((k) =>
        h('li', {}, h('a', { href: `#/practices?topic=${encodeURIComponent(k)}` }, labels.get(k) || k)))))
      : null,
    p.language ? fact(t('practices-language'), languageName(p.language)) : null,
    p.published_at ? fact(t('practices-published'), h('time', { datetime: p.published_at }, fmt.date(p.published_at.slice(0, 10)))) : null);

  const hasContact = (p.contact_name && p.contact_name.trim()) || (p.contact_email && p.contact_email.trim());
  const contact = hasContact
    ? h('section', { class: 'contact', 'aria-labelledby': 'h-contact' },
      h('h2', { id: 'h-contact' }, t('practices-contact')),
      h('p', { class: 'hint' }, t('practices-contact-hint')),
      p.contact_name ? h('p', { dir: 'auto' }, p.contact_name) : null,
      p.contact_email ? h('p', {}, h('a', { href: `mailto:${p.contact_email}` }, p.contact_email)) : null)
    : null;

  append(view, h('div', { class: 'practice-layout' },
    h('article', { class: 'practice-text', 'aria-label': t('practices-the-practice') }, body),
    h('aside', { class: 'practice-aside', 'aria-label': t('practices-about') }, facts, contact)));

  // ---- more like this, and the history
  const similar = h('section', { class: 'block', 'aria-labelledby': 'h-similar' },
    h('h2', { id: 'h-similar' }, t('practices-similar')), h('p', { class: 'loading' }, t('practices-loading')));
  const history = h('section', { class: 'block history', 'aria-labelledby': 'h-history', hidden: true },
    h('h2', { id: 'h-history' }, t('practices-history')));
  append(view, similar, history);

  api.get(`/practices/${id}/similar`).then((r) => {
    if (!ctx.alive()) return;
    const items = r.items || [];
    similar.lastChild.replaceWith(items.length
      ? h('ul', { class: 'similar-list' }, items.map((s) => h('li', {},
        h('a', { href: `#/practice/${s.id}`, dir: 'auto', class: 'similar-title' }, s.title),
        h('p', { class: 'meta' }, placeEl(s), periodText(s) ? [' · ', periodText(s)] : null),
        s.shared_topics && s.shared_topics.length
          ? h('p', { class: 'shared' }, t('practices-shared-topics'), ' ', fmt.list(s.shared_topics.map((k) => labels.get(k) || k)))
          : null)))
      : h('p', { class: 'muted' }, t('practices-no-similar')));
  }).catch(() => {
    if (ctx.alive()) similar.hidden = true;
  });

  api.get(`/practices/${id}/versions`).then((r) => {
    if (!ctx.alive()) return;
    const items = r.items || [];
    if (!items.length) return;
    history.append(h('ol', { class: 'versions' }, items.map((v) => h('li', {},
      h('span', { class: 'version-no' }, t('practices-version', { version: v.version })), ' ',
      h('span', { class: 'version-action' }, actionText(v.action)),
      v.username ? [' ', tEls('practices-version-by', {}, { user: name(v.username, 'strong') })] : null,
      ' · ', h('time', { datetime: v.at }, fmt.dateTime(v.at)),
      v.comment ? h('blockquote', { class: 'version-comment', dir: 'auto' }, v.comment) : null))));
    history.hidden = false;
  }).catch(() => {
    // 401, 403, 404: not to be seen by this user; anything else: no history shown
  });
}

// created, changed, submitted, published, returned; another as the server names it
function actionText(action) {
  const id = `practices-action-${action}`;
  const text = t(`practices-action-${action}`);
  return text === id ? action : text;
}

function fact(term, value) {
  return h('div', {}, h('dt', {}, term), h('dd', {}, value));
}

// Blank lines part paragraphs; single line breaks are kept (CSS pre-line).
function paragraphs(text) {
  return text.split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean).map((s) => h('p', { dir: 'auto' }, s));
}

// The links section: its web addresses become links, the rest stays text.
function linksEl(text) {
  return text.split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean).map((para) => {
    const p = h('p', { dir: 'auto', class: 'links-text' });
    const re = /https?:\/\/[^\s<>"]+/gi;
    let at = 0;
    let m;
    while ((m = re.exec(para))) {
      let url = m[0];
      const trail = url.match(/[.,;:!?)\]]+$/);
      if (trail && !(trail[0].startsWith(')') && url.includes('('))) url = url.slice(0, -trail[0].length);
      if (m.index > at) p.append(para.slice(at, m.index));
      p.append(isHttp(url) ? h('a', { href: url, rel: 'noopener noreferrer' }, url) : url);
      at = m.index + url.length;
      re.lastIndex = at;
    }
    if (at < para.length) p.append(para.slice(at));
    return p;
  });
}

// The status, the review comment, and the steps this user may take.
function reviewPanel(p) {
  const published = p.status === 'published';
  const edit = can(p, 'update');
  const submit = can(p, 'submit');
  const decide = can(p, 'publish') || can(p, 'return');
  if (published && !edit) return null;

  const panel = h('div', { class: `review-panel status-panel-${p.status}` });
  const network = p.network ? networkText(p.network) : null;
  const note = {
    draft: () => (network ? t('practices-note-draft-network', { network }) : t('practices-note-draft')),
    submitted: () => (network ? t('practices-note-submitted-network', { network }) : t('practices-note-submitted')),
    returned: () => t('practices-note-returned'),
    published: () => t('practices-note-published'),
  }[p.status]?.() || '';
  panel.append(h('p', { class: 'review-status' }, h('span', { class: 'visually-hidden' }, `${t('practices-status-label')} `), statusBadge(p.status), ' ', note));
  if (p.review_comment && (p.status === 'returned' || !published)) {
    panel.append(h('div', { class: 'review-comment' }, h('p', { class: 'review-comment-title' }, t('practices-review-comment')),
      h('blockquote', { dir: 'auto' }, p.review_comment)));
  }
  if (!p.network && !published && submit) {
    panel.append(h('p', { class: 'hint' }, t('practices-choose-network')));
  }

  const actions = h('div', { class: 'actions' });
  if (edit) actions.append(h('a', { class: `button${submit || decide ? ' secondary' : ''}`, href: `#/practice/${p.id}/edit` }, t('practices-edit')));
  if (submit) {
    actions.append(stepButton(t('practices-submit-for-review'), () => api.post(`/practices/${p.id}/submit`),
      t('practices-submitted-for-review'), p));
  }
  let returnForm = null;
  if (decide) {
    actions.append(stepButton(t('practices-publish'), () => api.post(`/practices/${p.id}/publish`), t('practices-published-done'), p));
    const formId = nextId('return');
    const toggle = h('button', { type: 'button', class: 'button secondary', 'aria-expanded': 'false', 'aria-controls': formId },
      t('practices-return'));
    actions.append(toggle);
    returnForm = returnFormEl(p, formId, toggle);
    toggle.addEventListener('click', () => {
      const open = returnForm.hidden;
      returnForm.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
      if (open) returnForm.querySelector('textarea').focus();
    });
  }
  if (actions.childElementCount) panel.append(actions);
  if (returnForm) panel.append(returnForm);
  return panel;
}

function stepButton(text, run, done, p) {
  const b = h('button', { type: 'button', class: 'button' }, text);
  b.addEventListener('click', async () => {
    b.disabled = true;
    setStatus(`${text}…`);
    try {
      await run();
      flash(done);
      navigate(`#/practice/${p.id}`);
    } catch (err) {
      reportError(err, null, t('practices-step-failed', { step: text }));
      b.disabled = false;
    }
  });
  return b;
}

function returnFormEl(p, id, toggle) {
  const comment = h('textarea', { rows: 4, dir: 'auto', name: 'comment' });
  const fComment = field(t('practices-return-what'), comment, { required: true, hint: t('practices-return-hint') });
  const send = h('button', { type: 'submit', class: 'button' }, t('practices-return-send'));
  const form = h('form', { class: 'form return-form', id, hidden: true, novalidate: true, 'aria-label': t('practices-return') },
    fComment,
    h('div', { class: 'form-actions' }, send,
      h('button', {
        type: 'button', class: 'button secondary',
        onclick: () => { form.hidden = true; toggle.setAttribute('aria-expanded', 'false'); toggle.focus(); },
      }, t('practices-cancel'))));
  const errors = new FormErrors(form);
  errors.add('comment', fComment);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    errors.clear();
    const text = comment.value.trim();
    if (!text) {
      errors.show('comment', t('practices-return-empty'));
      setStatus(t('practices-return-empty-status'), { error: true });
      return;
    }
    send.disabled = true;
    setStatus(t('practices-returning'));
    try {
      await api.post(`/practices/${p.id}/return`, { comment: text });
      flash(t('practices-returned-done', { status: statusText('returned') }));
      navigate(`#/practice/${p.id}`);
    } catch (err) {
      reportError(err, errors, t('practices-not-returned'));
      send.disabled = false;
    }
  });
  return form;
}

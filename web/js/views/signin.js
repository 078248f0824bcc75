// Sign in, then go back to where the user was.
import * as api from '../api.js';
import { h, append, field, FormErrors, pageTitle, setStatus, flash, rich } from '../ui.js';
import { navigate } from '../app.js';
import { t } from '../i18n.js';

// Only ever go back to one of our own pages.
function safeNext(next) {
  return next && /^#\/[A-Za-z0-9/_\-?=&%.+~]*$/.test(next) && !next.startsWith('#/signin') ? next : '#/cities';
}

export async function render(view, ctx) {
  pageTitle(t('sign-in'));
  const next = safeNext(ctx.query.get('next'));
  const user = api.currentUser();
  if (user) {
    append(view, h('h1', {}, t('sign-in')),
      h('p', {}, rich('common-signin-already', { name: h('strong', { dir: 'auto' }, user.username) })),
      h('p', {}, h('a', { href: next }, t('common-continue'))));
    return;
  }
  const username = h('input', { type: 'text', name: 'username', autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false', required: true });
  const password = h('input', { type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const submit = h('button', { type: 'submit', class: 'button' }, t('sign-in'));
  const fUser = field(t('common-username'), username);
  const fPass = field(t('common-password'), password);
  const form = h('form', { class: 'form narrow', novalidate: true }, fUser, fPass, h('div', { class: 'form-actions' }, submit));
  const errors = new FormErrors(form);
  errors.add('username', fUser);
  errors.add('password', fPass);
  append(view, h('h1', {}, t('sign-in')),
    h('p', { class: 'lead' }, t('common-signin-lead')),
    form);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    errors.clear();
    if (!username.value.trim()) { errors.show('username', t('common-enter-username')); setStatus(t('common-enter-username'), { error: true }); return; }
    if (!password.value) { errors.show('password', t('common-enter-password')); setStatus(t('common-enter-password'), { error: true }); return; }
    submit.disabled = true;
    setStatus(t('common-signing-in'));
    try {
      const u = await api.signIn(username.value.trim(), password.value);
      flash(t('common-signed-in-flash', { name: u.username }));
      navigate(next);
    } catch (err) {
      password.value = '';
      const msg = err.status === 401 ? t('common-wrong-password') : err.message;
      if (!errors.show(err.field || (err.status === 401 ? 'password' : ''), msg)) username.focus();
      setStatus(t('common-signin-failed', { message: msg }), { error: true });
    } finally {
      submit.disabled = false;
    }
  });
  username.focus();
}

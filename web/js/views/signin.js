// Sign in, then go back to where the user was.
import * as api from '../api.js';
import { h, append, field, FormErrors, pageTitle, setStatus, flash } from '../ui.js';
import { navigate } from '../app.js';

// Only ever go back to one of our own pages.
function safeNext(next) {
  return next && /^#\/[A-Za-z0-9/_\-?=&%.+~]*$/.test(next) && !next.startsWith('#/signin') ? next : '#/cities';
}

export async function render(view, ctx) {
  pageTitle('Sign in');
  const next = safeNext(ctx.query.get('next'));
  const user = api.currentUser();
  if (user) {
    append(view, h('h1', {}, 'Sign in'),
      h('p', {}, 'You are signed in as ', h('strong', { dir: 'auto' }, user.username), '.'),
      h('p', {}, h('a', { href: next }, 'Continue')));
    return;
  }
  const username = h('input', { type: 'text', name: 'username', autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false', required: true });
  const password = h('input', { type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const submit = h('button', { type: 'submit', class: 'button' }, 'Sign in');
  const fUser = field('Username', username);
  const fPass = field('Password', password);
  const form = h('form', { class: 'form narrow', novalidate: true }, fUser, fPass, h('div', { class: 'form-actions' }, submit));
  const errors = new FormErrors(form);
  errors.add('username', fUser);
  errors.add('password', fPass);
  append(view, h('h1', {}, 'Sign in'),
    h('p', { class: 'lead' }, 'Accounts are for city officers, network secretariats and administrators who keep the records up to date. Reading needs no account.'),
    form);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    errors.clear();
    if (!username.value.trim()) { errors.show('username', 'Enter your username.'); setStatus('Enter your username.', { error: true }); return; }
    if (!password.value) { errors.show('password', 'Enter your password.'); setStatus('Enter your password.', { error: true }); return; }
    submit.disabled = true;
    setStatus('Signing in…');
    try {
      const u = await api.signIn(username.value.trim(), password.value);
      flash(`Signed in as ${u.username}.`);
      navigate(next);
    } catch (err) {
      password.value = '';
      const msg = err.status === 401 ? 'Wrong username or password.' : err.message;
      if (!errors.show(err.field || (err.status === 401 ? 'password' : ''), msg)) username.focus();
      setStatus(`Sign-in failed: ${msg}`, { error: true });
    } finally {
      submit.disabled = false;
    }
  });
  username.focus();
}

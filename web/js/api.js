// The JSON API: a fetch wrapper that sends the bearer token, turns error
// answers into ApiError, and keeps the signed-in session in sessionStorage.
import { countryName, lang } from './i18n.js';

const BASE = '/api/v1';
const TOKEN_KEY = 'amity.token';
const USER_KEY = 'amity.user';

export class ApiError extends Error {
  constructor(status, code, message, field) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field || null;
  }
}

// Listeners told when the session starts or ends.
const sessionListeners = new Set();
export function onSessionChange(fn) {
  sessionListeners.add(fn);
  return () => sessionListeners.delete(fn);
}
function sessionChanged() {
  for (const fn of sessionListeners) fn(currentUser());
}

function store() {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage disabled: the session lasts as long as the page
  }
}
let memToken = null;
let memUser = null;

export function token() {
  const s = store();
  return s ? s.getItem(TOKEN_KEY) : memToken;
}

export function currentUser() {
  const s = store();
  const raw = s ? s.getItem(USER_KEY) : memUser;
  if (!raw) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

function saveSession(tok, user) {
  const s = store();
  const raw = user ? JSON.stringify(user) : null;
  if (s) {
    if (tok) s.setItem(TOKEN_KEY, tok); else s.removeItem(TOKEN_KEY);
    if (raw) s.setItem(USER_KEY, raw); else s.removeItem(USER_KEY);
  } else {
    memToken = tok;
    memUser = raw;
  }
  sessionChanged();
}

// Build "/path?k=v" leaving out empty values (the API rejects unknown
// parameters, so only pass what it lists).
export function withQuery(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export async function request(method, path, { body, params, signal } = {}) {
  // the language the reader chose in the page, not the browser's: names and
  // error messages from the server follow it
  const headers = { accept: 'application/json', 'accept-language': lang() };
  const tok = token();
  if (tok) headers.authorization = `Bearer ${tok}`;
  let payload;
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(BASE + withQuery(path, params), { method, headers, body: payload, signal });
  } catch (e) {
    if (e && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', 'The server could not be reached. Check your connection and try again.');
  }
  if (res.status === 204) return null;
  const text = await res.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!res.ok) {
    const err = json && json.error ? json.error : {};
    if (res.status === 401 && tok) saveSession(null, null); // token expired or revoked
    throw new ApiError(res.status, err.code || 'http_' + res.status,
      err.message || `The server answered ${res.status}.`, err.field);
  }
  return json;
}

export const get = (path, params, opts = {}) => request('GET', path, { ...opts, params });
export const post = (path, body) => request('POST', path, { body });
export const patch = (path, body) => request('PATCH', path, { body });

// ---- session -----------------------------------------------------------

export async function signIn(username, password) {
  const s = await post('/sessions', { username, password });
  saveSession(s.token, s.user);
  return s.user;
}

export async function signOut() {
  try {
    if (token()) await request('DELETE', '/sessions/current');
  } catch {
    // the token may already be gone; signing out locally is what matters
  } finally {
    saveSession(null, null);
  }
}

// At start-up: is the stored token still good?
export async function checkSession() {
  if (!token()) return null;
  try {
    const user = await get('/sessions/current');
    saveSession(token(), user);
    return user;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null; // already cleared
    return currentUser(); // server unreachable: keep what we have
  }
}

// ---- reference lists, loaded once --------------------------------------

let countriesP = null;
export function countries() {
  if (!countriesP) {
    // named and ordered for the reader (i18n-iso-countries; in English as
    // the API names and orders them), the API's name kept as english_name
    const order = lang() === 'en' ? null : new Intl.Collator(lang());
    countriesP = get('/countries', { limit: 500 })
      .then((r) => {
        const all = r.items.map((c) => ({ ...c, english_name: c.name, name: countryName(c.code, c.name) }));
        return order ? all.sort((a, b) => order.compare(a.name, b.name)) : all;
      })
      .catch((e) => { countriesP = null; throw e; });
  }
  return countriesP;
}

let topicsP = null;
export function topics() {
  if (!topicsP) {
    // label: the name in the reader's language (the stored label is kept)
    topicsP = get('/topics', { limit: 500 }).then((r) => r.items.map((tp) => ({ ...tp, stored_label: tp.label, label: tp.name || tp.label })))
      .catch((e) => { topicsP = null; throw e; });
  }
  return topicsP;
}

let networksP = null;
export function networks() {
  if (!networksP) {
    networksP = get('/networks', { limit: 500 }).then((r) => r.items)
      .catch((e) => { networksP = null; throw e; });
  }
  return networksP;
}

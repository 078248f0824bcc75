// "Download CSV" / "Download GeoJSON" for a list page: the list as shown
// (the page's path and filters, asked at the click), every page of it, in
// one file. The API writes the files (format=csv|geojson: the columns, the
// escaping of formulas, what is private); here the pages are only joined,
// following its Link: rel="next" header, at the largest page it allows.
import { ApiError, token, withQuery } from './api.js';
import { h, setStatus } from './ui.js';
import { t, lang } from './i18n.js';

const BASE = '/api/v1';
const TYPES = { csv: 'text/csv;charset=utf-8', geojson: 'application/geo+json' };

// path: '/partnerships'; params(): the page's filters now. limit: the
// route's largest page (null: the route is not paged). geojson: offer it.
export function downloads(path, params, { geojson = false, limit = 500 } = {}) {
  const status = h('span', { class: 'download-status', 'aria-live': 'polite' });
  const buttons = [];
  const button = (format, text) => {
    const b = h('button', { type: 'button', class: 'button secondary small download', dataset: { format } }, text);
    b.addEventListener('click', async () => {
      for (const x of buttons) x.disabled = true;
      status.textContent = t('common-download-preparing');
      try {
        const { name, rows } = await fetchAll(path, { ...params(), format, limit }, format, (n, total) => {
          status.textContent = total ? t('common-download-progress-of', { count: n, total })
            : t('common-download-progress', { count: n });
        });
        status.textContent = t('common-download-done', { name, count: rows });
      } catch (e) {
        status.textContent = '';
        setStatus(t('common-download-failed', { message: e.message }), { error: true });
      } finally {
        for (const x of buttons) x.disabled = false;
      }
    });
    buttons.push(b);
    return b;
  };
  return h('div', { class: 'downloads' },
    button('csv', t('common-download-csv')),
    geojson ? button('geojson', t('common-download-geojson')) : null,
    h('span', { class: 'hint' }, t('common-download-hint')),
    status);
}

async function fetchPage(url) {
  const headers = { 'accept-language': lang() }; // country names as the page shows them
  const tok = token();
  if (tok) headers.authorization = `Bearer ${tok}`;
  let res;
  try {
    res = await fetch(url, { headers });
  } catch {
    throw new ApiError(0, 'network', t('common-server-unreachable'));
  }
  if (!res.ok) {
    const err = (await res.json().catch(() => null))?.error || {};
    throw new ApiError(res.status, err.code || `http_${res.status}`, err.message || t('common-server-answered', { status: res.status }), err.field);
  }
  return res;
}

// Every page, joined: CSV keeps the first page's header row only.
async function fetchAll(path, query, format, progress) {
  let url = BASE + withQuery(path, query);
  let name = `${path.replace(/^\//, '').replace(/[^\w-]+/g, '-')}.${format}`;
  const parts = [];
  const features = [];
  let rows = 0;
  for (let page = 0; url; page++) {
    const res = await fetchPage(url);
    if (page === 0) name = (res.headers.get('content-disposition') || '').match(/filename="([^"]+)"/)?.[1] || name;
    const total = Number(res.headers.get('x-total-count')) || 0;
    const text = await res.text();
    if (format === 'geojson') {
      const fc = JSON.parse(text);
      features.push(...fc.features);
      rows = features.length;
    } else {
      const body = page === 0 ? text : text.slice(text.indexOf('\r\n') + 2);
      parts.push(body);
      rows += csvRows(body) - (page === 0 ? 1 : 0);
    }
    progress(rows, total);
    url = (res.headers.get('link') || '').match(/<([^>]+)>;\s*rel="next"/)?.[1] || null;
  }
  if (format === 'geojson') parts.push(JSON.stringify({ type: 'FeatureCollection', features }));
  save(name, TYPES[format], parts);
  return { name, rows };
}

// Rows of CSV text: line ends outside quotes (a cell may hold line breaks).
function csvRows(text) {
  let n = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10 && !quoted) n++;
  }
  return n;
}

function save(name, type, parts) {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  // the download has started by now; the memory can go soon after
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

// Charts of the Index pages, drawn with Chart.js (vendor/chart.umd.js,
// loaded the first time a page asks for it). Each chart sits in a <figure>
// whose numbers are also in a table on the same page: the canvas is a
// picture (role img with a label), the table is what screen readers and
// print read. For printing, each chart is also put in an <img> just before
// the print dialog opens, so that it scales to the paper (style.css shows
// it instead of the canvas in print). The colours are style.css's custom
// properties, light or dark: a chart is drawn again in the new ones when
// the colour scheme changes (onThemeChange, also used by graph.js).
import { h } from './ui.js';
import { loadScript } from './vendor.js';
import { t } from './i18n.js';

let ready = null;

export function loadChart() {
  if (!ready) {
    ready = loadScript('vendor/chart.umd.js', 'Chart', 'chart library').then((Chart) => {
      setDefaults(Chart);
      return Chart;
    }, (e) => {
      ready = null;
      throw e;
    });
  }
  return ready;
}

// ---- colours: style.css's custom properties, light or dark -----------------

// The value of a custom property of style.css (a colour as written there,
// "#rrggbb"), as the page is drawn now.
export const cssVar = (name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

// fn() whenever the colour scheme changes: chosen in the header (prefs.js
// fires 'amity-theme') or, when automatic, changed by the system.
export function onThemeChange(fn) {
  window.addEventListener('amity-theme', fn);
  const mq = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)');
  if (mq && mq.addEventListener) mq.addEventListener('change', fn);
}

const hex2 = (n) => Math.round(n).toString(16).padStart(2, '0');
function parseColour(c) {
  const s = String(c).trim().toLowerCase();
  let m = /^#([0-9a-f]{3})$/.exec(s);
  if (m) return { hex: `#${[...m[1]].map((d) => d + d).join('')}`, alpha: 1 };
  m = /^#([0-9a-f]{6})$/.exec(s);
  if (m) return { hex: s, alpha: 1 };
  m = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(s);
  if (m) return { hex: `#${hex2(m[1])}${hex2(m[2])}${hex2(m[3])}`, alpha: m[4] === undefined ? 1 : Number(m[4]) };
  return null;
}
const withAlpha = (colour, alpha) => {
  const p = parseColour(colour);
  if (!p || alpha >= 1) return colour;
  const n = parseInt(p.hex.slice(1), 16);
  return `rgba(${n >> 16}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
};

// The light colours code is written with, and the property each stands for:
// a colour written in a page's chart or graph settings is drawn in the
// scheme's own (with the same transparency).
const THEMED = {
  '#17365d': '--series-1', '#a35f00': '--series-2', '#0f7b6c': '--series-3',
  '#8e3b9e': '--series-4', '#b0302a': '--series-5', '#4a6b8a': '--series-6',
  '#c9d0d8': '--chart-grid', '#dde2e8': '--chart-grid',
  '#1b1f24': '--ink', '#ffffff': '--bg', '#0b4f9c': '--city-colour', '#f2b134': '--accent',
  '#8a949e': '--edge-colour', '#5a6470': '--chain-line',
};
export function themed(colour, table = THEMED) {
  if (typeof colour !== 'string') return colour;
  const p = parseColour(colour);
  const name = p && table[p.hex];
  const value = name && cssVar(name);
  return value ? withAlpha(value, p.alpha) : colour;
}

// The series, told apart by colour, line style and point shape (never by
// colour alone). The first is the city itself. The colours are the light
// scheme's: charts draw each in the scheme's own (themed()).
export const SERIES = [
  { color: '#17365d', fill: 'rgba(23, 54, 93, 0.18)', dash: [], point: 'circle' },
  { color: '#a35f00', fill: 'rgba(163, 95, 0, 0.10)', dash: [6, 4], point: 'rect' },
  { color: '#0f7b6c', fill: 'rgba(15, 123, 108, 0.08)', dash: [2, 3], point: 'triangle' },
  { color: '#8e3b9e', fill: 'rgba(142, 59, 158, 0.08)', dash: [10, 3, 2, 3], point: 'rectRot' },
  { color: '#b0302a', fill: 'rgba(176, 48, 42, 0.08)', dash: [1, 3], point: 'star' },
  { color: '#4a6b8a', fill: 'rgba(74, 107, 138, 0.08)', dash: [12, 4], point: 'crossRot' },
];

// Colours in a chart's settings (keys ending in "color"), each kept as
// written the first time and drawn in the scheme of the moment.
const written = new WeakMap();
function recolour(obj, depth = 0) {
  if (!obj || typeof obj !== 'object' || depth > 6) return;
  if (Array.isArray(obj)) {
    for (const v of obj) recolour(v, depth + 1);
    return;
  }
  if (Object.getPrototypeOf(obj) !== Object.prototype) return;
  let first = written.get(obj);
  if (!first) written.set(obj, first = {});
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'data' && Array.isArray(v)) continue;
    if (/colou?r$/i.test(k) && (typeof v === 'string' || k in first)) {
      if (!(k in first)) first[k] = v;
      obj[k] = themed(first[k]);
    } else if (v && typeof v === 'object') recolour(v, depth + 1);
  }
}

const live = new Set();

// Charts whose page has gone are let go (Chart.js keeps a registry).
function sweep() {
  for (const c of live) {
    if (!c.canvas || !c.canvas.isConnected) {
      c.destroy();
      live.delete(c);
    }
  }
}

// A figure with a canvas, ready for chart(). kind: a class for its size.
export function chartFigure({ label, caption, kind }) {
  const canvas = h('canvas', { role: 'img', 'aria-label': label });
  const box = h('div', { class: `chart-box chart-${kind}` }, canvas);
  const printImg = h('img', { class: 'chart-print', alt: label });
  const figure = h('figure', { class: `chart chart-figure-${kind}` }, box, printImg,
    caption ? h('figcaption', { class: 'chart-caption' }, caption) : null);
  figure._canvas = canvas;
  return figure;
}

// Draw a chart into a figure made by chartFigure(). Resolves to the chart,
// or null when the library could not be loaded (the note says so).
export async function chart(figure, config) {
  let Chart;
  try {
    Chart = await loadChart();
  } catch (e) {
    if (!figure.querySelector('.chart-missing')) {
      figure.querySelector('.chart-box').replaceWith(h('p', { class: 'chart-missing muted' },
        t('maps-chart-missing', { error: e.message })));
    }
    return null;
  }
  if (!figure._canvas.isConnected) return null;
  sweep();
  themeDefaults(Chart);
  recolour(config.data);
  recolour(config.options);
  const c = new Chart(figure._canvas, config);
  live.add(c);
  figure._chart = c;
  return c;
}

function themeDefaults(Chart) {
  Chart.defaults.color = cssVar('--ink') || '#1b1f24';
  Chart.defaults.borderColor = cssVar('--chart-grid') || '#c9d0d8';
}

// a new scheme: the charts on the page drawn again in its colours
onThemeChange(() => {
  sweep();
  if (!live.size || !window.Chart) return;
  themeDefaults(window.Chart);
  for (const c of live) {
    recolour(c.config.data);
    recolour(c.config.options);
    c.update('none');
  }
});

function setDefaults(Chart) {
  Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
  themeDefaults(Chart);
  // the axes stay as they are (numbers grow to the right); the numbers are
  // the reader's (Persian digits in fa), legends and tooltips read in the
  // page's direction
  const root = document.documentElement;
  const rtl = root.dir === 'rtl';
  if (root.lang) Chart.defaults.locale = root.lang;
  for (const p of [Chart.defaults.plugins.legend, Chart.defaults.plugins.tooltip]) {
    p.rtl = rtl;
    p.textDirection = rtl ? 'rtl' : 'ltr';
  }
  Chart.defaults.animation = false; // drawn at once: nothing moves for those who mind, and print is ready
  // crisp enough to print
  Chart.defaults.devicePixelRatio = Math.max(window.devicePixelRatio || 1, 2);
}

// ---- printing -----------------------------------------------------------------

// Charts become pictures that fit the paper; closed sections open (the
// computation is part of the printout) and close again afterwards.
let opened = [];
window.addEventListener('beforeprint', () => {
  sweep();
  for (const c of live) {
    const fig = c.canvas.closest('figure');
    const img = fig && fig.querySelector('img.chart-print');
    // a chart hidden already (printing again) keeps the picture it has
    if (!img || !c.width || !c.height) continue;
    try {
      img.src = c.toBase64Image('image/png', 1);
      fig.classList.add('print-ready');
    } catch {
      fig.classList.remove('print-ready');
    }
  }
  opened = [];
  for (const d of document.querySelectorAll('main details.print-open:not([open])')) {
    d.open = true;
    opened.push(d);
  }
});
window.addEventListener('afterprint', () => {
  for (const d of opened) d.open = false;
  opened = [];
});

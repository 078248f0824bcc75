// Charts of the Index pages, drawn with Chart.js (vendor/chart.umd.js,
// loaded the first time a page asks for it). Each chart sits in a <figure>
// whose numbers are also in a table on the same page: the canvas is a
// picture (role img with a label), the table is what screen readers and
// print read. For printing, each chart is also put in an <img> just before
// the print dialog opens, so that it scales to the paper (style.css shows
// it instead of the canvas in print).
import { h } from './ui.js';
import { loadScript } from './vendor.js';

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

// The series, told apart by colour, line style and point shape (never by
// colour alone). The first is the city itself.
export const SERIES = [
  { color: '#17365d', fill: 'rgba(23, 54, 93, 0.18)', dash: [], point: 'circle' },
  { color: '#a35f00', fill: 'rgba(163, 95, 0, 0.10)', dash: [6, 4], point: 'rect' },
  { color: '#0f7b6c', fill: 'rgba(15, 123, 108, 0.08)', dash: [2, 3], point: 'triangle' },
  { color: '#8e3b9e', fill: 'rgba(142, 59, 158, 0.08)', dash: [10, 3, 2, 3], point: 'rectRot' },
  { color: '#b0302a', fill: 'rgba(176, 48, 42, 0.08)', dash: [1, 3], point: 'star' },
  { color: '#4a6b8a', fill: 'rgba(74, 107, 138, 0.08)', dash: [12, 4], point: 'crossRot' },
];

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
        `${e.message} The numbers are in the tables on this page.`));
    }
    return null;
  }
  if (!figure._canvas.isConnected) return null;
  sweep();
  const c = new Chart(figure._canvas, config);
  live.add(c);
  figure._chart = c;
  return c;
}

function setDefaults(Chart) {
  Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
  Chart.defaults.color = '#1b1f24';
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

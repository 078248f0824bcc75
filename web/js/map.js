// World maps: an SVG drawn with d3-geo (projection, paths, great circles)
// over Natural Earth land and borders (vendor/world-110m.json, turned into
// GeoJSON by topojson-client). d3 and topojson are classic scripts loaded by
// index.html before the app (window.d3, window.topojson). The map is an
// addition: the same facts are always in the page's tables and lists, so a
// map that cannot be drawn only leaves a short note.
import { choices } from './schema.js';
import * as api from './api.js';
import { h, label } from './ui.js';
import { t, has } from './i18n.js';

const NS = 'http://www.w3.org/2000/svg';
const WIDTH = 960;
// The map leaves out Antarctica and the far north: nothing is recorded there.
const NORTH = 84;
const SOUTH = -57;
const WORLD_URL = new URL('../vendor/world-110m.json', import.meta.url).href;

// Point radius in screen pixels, whatever the width of the map.
const RADIUS = { home: 7, partner: 5, member: 2.2 };

// ---- coordinates of cities, shared by the pages -------------------------

// id -> {id, name, country, lat, lng}: what a map needs of a city.
export const cityCache = new Map();

export function rememberCity(c) {
  if (!c || !c.id) return null;
  const small = { id: c.id, name: c.name, country: c.country, lat: c.lat ?? null, lng: c.lng ?? null };
  cityCache.set(c.id, small);
  return small;
}

export const hasCoords = (c) => !!c && typeof c.lat === 'number' && typeof c.lng === 'number';

// The cities of ids, each looked up once (GET /cities/{id}) with at most
// `concurrency` requests at a time; onCity(city, id) as each one arrives
// (city null when it could not be loaded). Stops asking when alive() is false.
export async function fetchCities(ids, onCity, { concurrency = 6, alive = () => true } = {}) {
  const queue = [];
  for (const id of ids) {
    if (cityCache.has(id)) onCity(cityCache.get(id), id);
    else queue.push(id);
  }
  let failed = 0;
  const worker = async () => {
    while (queue.length && alive()) {
      const id = queue.shift();
      let c = cityCache.get(id) || null;
      if (!c) {
        try {
          c = rememberCity(await api.get(`/cities/${id}`));
        } catch {
          failed++;
          c = null;
        }
      }
      if (alive()) onCity(c, id);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
  return { failed };
}

// ---- the base map ---------------------------------------------------------

let worldP = null;
function world() {
  if (!worldP) {
    worldP = fetch(WORLD_URL, { headers: { accept: 'application/json' } })
      .then((r) => {
        if (!r.ok) throw new Error(`world map: ${r.status}`);
        return r.json();
      })
      .then((topo) => ({
        land: window.topojson.feature(topo, topo.objects.land),
        borders: window.topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b),
      }))
      .catch((e) => {
        worldP = null;
        throw e;
      });
  }
  return worldP;
}

export const mapsAvailable = () => !!(window.d3 && window.d3.geoPath && window.topojson && window.topojson.feature);

function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    el.setAttribute(k, String(v));
  }
  for (const c of children) if (c) el.append(c);
  return el;
}

const title = (text) => svg('title', {}, text);

// A world map. Returns {figure, svg, home(), point(), line(), setLabel(),
// setNote(), legend(), done} or null when the map scripts are missing.
// label: the map's accessible name (a summary: what and how many).
// frame: show the map framed to its points (and the lines between them)
// rather than the whole world, with buttons to switch between the two
// views: true, or {label} for the framing button ("Fit the points" unless
// said). The frame follows the points as they are added.
export function worldMap({ label: ariaLabel, className = '', skipTo = null, radius = {}, frame = false } = {}) {
  if (!mapsAvailable()) return null;
  const d3 = window.d3;
  const make = d3.geoEqualEarth || d3.geoNaturalEarth1;
  const worldProjection = make().fitWidth(WIDTH, { type: 'Sphere' });
  // crop to the band of latitudes that matters (the parallels are straight)
  const top = Math.floor(worldProjection([0, NORTH])[1]);
  const bottom = Math.ceil(worldProjection([0, SOUTH])[1]);
  const height = bottom - top;
  // the projection drawn with: the whole world, or the frame of the points
  let projection = worldProjection;
  let path = d3.geoPath(projection);
  let framed = null; // the projection of the frame, once there are points

  const sphere = svg('path', { class: 'map-sphere', d: path({ type: 'Sphere' }) });
  const base = svg('g', { class: 'map-base' }, sphere);
  const lines = svg('g', { class: 'map-lines' });
  const points = svg('g', { class: 'map-points' });
  const root = svg('svg', {
    class: `map ${className}`.trim(),
    viewBox: `0 ${top} ${WIDTH} ${height}`,
    // a picture; a group once it holds links (an img's content is
    // presentational: no links in it, even out of the tab order)
    role: 'img',
    'aria-label': ariaLabel,
    // without it Chromium puts the map itself in the tab order
    tabindex: -1,
  }, base, lines, points);

  // what the pointer or the keyboard is on, for sighted users
  const info = h('p', { class: 'map-info', 'aria-hidden': 'true' }, '\u00a0');
  const note = h('p', { class: 'map-note' });
  const legendBox = h('div', { class: 'map-legend' });
  const figure = h('div', { class: 'map-figure' });
  let skip = null;
  if (skipTo) {
    figure.append(skip = h('a', {
      class: 'skip-map',
      href: `#${skipTo}`,
      onclick: (e) => {
        e.preventDefault();
        const target = document.getElementById(skipTo);
        if (!target) return;
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.focus();
      },
    }, t('maps-skip-map')));
  }
  // the two views, when framing: one button pressed at a time
  let viewButtons = null;
  const viewButton = (text, v) => h('button', {
    type: 'button', class: 'button secondary small', 'data-view': v, 'aria-pressed': 'false',
    onclick: () => showView(v),
  }, text);
  const fitButton = frame ? viewButton(frame.label || t('maps-fit-points'), 'frame') : null;
  const worldButton = frame ? viewButton(t('maps-whole-world'), 'world') : null;
  if (frame) {
    viewButtons = h('div', { class: 'map-view', role: 'group', 'aria-label': t('maps-view'), hidden: true }, fitButton, worldButton);
    figure.append(viewButtons);
  }
  figure.append(root, h('div', { class: 'map-caption' }, info, legendBox, note));

  // points keep their size in screen pixels as the map is scaled
  let scale = 1;
  const sizes = { ...RADIUS, ...radius };
  const sizeCircle = (c) => c.setAttribute('r', (sizes[c.dataset.kind] * scale).toFixed(2));
  const resize = () => {
    const w = root.getBoundingClientRect().width;
    if (!w) return;
    const s = WIDTH / w;
    if (Math.abs(s - scale) < 0.01) return;
    scale = s;
    for (const c of root.querySelectorAll('circle[data-kind]')) sizeCircle(c);
  };
  if (window.ResizeObserver) new ResizeObserver(resize).observe(root);

  // highlight what is under the pointer or focused, with its lines
  let hot = null;
  const setHot = (el) => {
    if (hot === el) return;
    if (hot) {
      hot.classList.remove('is-hot');
      for (const l of hot._lines || []) l.classList.remove('is-hot');
    }
    hot = el;
    if (el) {
      el.classList.add('is-hot');
      for (const l of el._lines || []) {
        l.classList.add('is-hot');
        l.parentNode.append(l); // on top of the other lines
      }
    }
    info.textContent = el ? el._info || '' : '\u00a0';
  };
  const pointOf = (t) => (t && t.closest ? t.closest('.map-point') : null);
  root.addEventListener('mouseover', (e) => setHot(pointOf(e.target)));
  root.addEventListener('mouseleave', () => setHot(root.contains(document.activeElement) ? pointOf(document.activeElement) : null));
  root.addEventListener('focusin', (e) => setHot(pointOf(e.target)));
  root.addEventListener('focusout', () => setHot(null));

  let land = null;
  let borders = null;
  const done = world().then((w) => {
    land = svg('path', { class: 'map-land' });
    land._geo = w.land;
    borders = svg('path', { class: 'map-borders' });
    borders._geo = w.borders;
    setPath(land);
    setPath(borders);
    base.append(land, borders);
    return true;
  }).catch(() => {
    // the points are still placed; only the outlines are missing
    root.classList.add('no-base');
    return false;
  });

  // each element keeps what it shows (GeoJSON, or [lng, lat] for a point),
  // so that the map can be drawn again with another projection
  function setPath(el) {
    const d = path(el._geo);
    if (d) el.setAttribute('d', d);
    else el.removeAttribute('d');
  }
  function place(circle) {
    const p = projection(circle._at);
    const ok = !!p && Number.isFinite(p[0]) && Number.isFinite(p[1]);
    if (ok) {
      circle.setAttribute('cx', p[0].toFixed(1));
      circle.setAttribute('cy', p[1].toFixed(1));
    }
    if (!ok) circle.style.display = 'none';
    else if (circle.style.display) circle.style.display = '';
    return ok;
  }
  function redraw() {
    path = d3.geoPath(projection);
    sphere.setAttribute('d', path({ type: 'Sphere' }) || '');
    for (const el of [land, borders, ...lines.children]) if (el) setPath(el);
    for (const c of root.querySelectorAll('circle[data-kind]')) place(c);
  }

  // ---- the frame: the points and the lines, with a margin, but never
  // closer than MIN_KM across, so that two neighbours are not a street map
  const MARGIN_X = 0.07 * WIDTH;
  const MARGIN_Y = 0.11 * height;
  const MIN_KM = 900;
  const EARTH_KM = 6371;
  // points further than this from their centre (radians): much of the
  // globe, best seen on the whole world
  const MAX_SPREAD = 1.2;
  function frameProjection() {
    const at = [...root.querySelectorAll('circle[data-kind]')].map((c) => c._at);
    if (!at.length) return null;
    const geo = {
      type: 'GeometryCollection',
      geometries: [{ type: 'MultiPoint', coordinates: at }, ...[...lines.children].map((l) => l._geo)],
    };
    const [lng0, lat0] = d3.geoCentroid({ type: 'MultiPoint', coordinates: at });
    const centred = Number.isFinite(lng0) && Number.isFinite(lat0);
    const spread = centred ? Math.max(...at.map((p) => d3.geoDistance(p, [lng0, lat0]))) : Infinity;
    if (!(spread <= MAX_SPREAD)) return worldProjection;
    // a region, as seen from above its centre
    const p = d3.geoAzimuthalEqualArea().rotate([-lng0, -lat0]);
    const x0 = MARGIN_X;
    const x1 = WIDTH - MARGIN_X;
    const y0 = top + MARGIN_Y;
    const y1 = bottom - MARGIN_Y;
    p.fitExtent([[x0, y0], [x1, y1]], geo);
    const most = Math.min(x1 - x0, y1 - y0) / (MIN_KM / EARTH_KM);
    if (!(p.scale() <= most)) {
      // too close (or a single point): the largest scale, centred
      p.scale(most).translate([0, 0]);
      const b = d3.geoPath(p).bounds(geo);
      p.translate([(x0 + x1) / 2 - (b[0][0] + b[1][0]) / 2, (y0 + y1) / 2 - (b[0][1] + b[1][1]) / 2]);
    }
    // the land and the lines stop at the edge of the map
    return p.clipExtent([[0, top], [WIDTH, bottom]]);
  }
  let view = frame ? 'frame' : 'world';
  function showView(v) {
    view = v;
    projection = view === 'frame' && framed ? framed : worldProjection;
    if (fitButton) {
      fitButton.setAttribute('aria-pressed', String(view === 'frame'));
      worldButton.setAttribute('aria-pressed', String(view === 'world'));
    }
    root.classList.toggle('is-framed', projection !== worldProjection);
    redraw();
  }
  // points and lines come in batches: the frame is made again after each
  let refit = false;
  function changed() {
    if (!frame || refit) return;
    refit = true;
    queueMicrotask(() => {
      refit = false;
      framed = frameProjection();
      // nothing to switch between when the frame is the whole world
      if (viewButtons) viewButtons.hidden = !framed || framed === worldProjection;
      showView(view);
    });
  }

  function marker(c, kind, { href, text, focusable = false } = {}) {
    const circle = svg('circle', { 'data-kind': kind });
    circle._at = [c.lng, c.lat];
    if (!place(circle) && projection === worldProjection) return null;
    sizeCircle(circle);
    if (href) root.setAttribute('role', 'group');
    const el = href
      ? svg('a', { href, class: `map-point ${kind}`, tabindex: focusable ? 0 : -1 }, title(text), circle)
      : svg('g', { class: `map-point ${kind}` }, title(text), circle);
    el._info = text;
    el._lines = [];
    return el;
  }

  return {
    figure,
    svg: root,
    done,
    // the projection the map is drawn with now
    get projection() { return projection; },
    // 'frame' or 'world'; showView(v) switches (a map made with frame)
    get view() { return view; },
    showView(v) {
      if (frame && (v === 'frame' || v === 'world')) showView(v);
    },
    // the map's own city: above the lines, below the partners (so that
    // those close to it can still be pointed at)
    home(c, text) {
      if (!hasCoords(c)) return null;
      const el = marker(c, 'home', { text });
      if (el) {
        root.insertBefore(svg('g', { class: 'map-home' }, el), points);
        changed();
      }
      return el;
    },
    // a city: a link to its page when href is given. before: keep the
    // order of a list (tab order follows the document).
    point(c, { href, text, focusable = false, kind = 'partner', into = points, before = null } = {}) {
      if (!hasCoords(c)) return null;
      const el = marker(c, kind, { href, text, focusable });
      if (el) {
        into.insertBefore(el, before);
        changed();
      }
      return el;
    },
    // the great circle from a to b; className e.g. "line-active"
    line(a, b, className = '') {
      if (!hasCoords(a) || !hasCoords(b)) return null;
      const geo = { type: 'LineString', coordinates: [[a.lng, a.lat], [b.lng, b.lat]] };
      const d = path(geo);
      if (!d && projection === worldProjection) return null;
      const el = svg('path', { class: `map-line ${className}`.trim(), d });
      el._geo = geo;
      lines.append(el);
      changed();
      return el;
    },
    // points made with into: a DocumentFragment, added in one go
    addPoints(fragment) {
      points.append(fragment);
      changed();
    },
    // nothing to show after all: only the note stays
    hide() {
      root.setAttribute('hidden', '');
      info.hidden = true;
      if (viewButtons) viewButtons.remove();
      legendBox.hidden = true;
      if (skip) skip.remove();
    },
    setLabel(text) {
      root.setAttribute('aria-label', text);
    },
    setNote(text) {
      note.textContent = text || '';
      note.hidden = !text;
    },
    // items: [{className, text}] drawn as a line sample and its words
    legend(items) {
      legendBox.replaceChildren();
      if (!items.length) return;
      legendBox.append(h('ul', {}, items.map((it) => h('li', {},
        sample(it.className), ' ', it.text))));
    },
  };
}

function sample(className) {
  return svg('svg', { class: 'map-sample', viewBox: '0 0 28 10', width: 28, height: 10, 'aria-hidden': 'true', focusable: 'false' },
    className === 'home'
      ? svg('circle', { cx: 14, cy: 5, r: 4.2, class: 'home-sample' })
      : className === 'partner' || className === 'member'
        ? svg('circle', { cx: 14, cy: 5, r: 3.6, class: `${className}-sample` })
        : svg('line', { x1: 1, y1: 5, x2: 27, y2: 5, class: `map-line ${className}` }));
}

// ---- health of a partnership, on the map ---------------------------------

// The order in which one of several partnerships with a city gives the line
// its look: the liveliest first, as the server lists the health states.
// healthReady settles once the order is known (or could not be had), so
// that a map drawn quickly never builds its legend from an empty order.
export const healthOrder = [];
export const healthReady = choices('PartnershipHealth', 'state')
  .then((v) => { healthOrder.splice(0, healthOrder.length, ...v); })
  .catch(() => {});
export function liveliest(states) {
  let best = null;
  for (const s of states) {
    const i = healthOrder.indexOf(s);
    const b = healthOrder.indexOf(best);
    if (best === null || (i >= 0 && (b < 0 || i < b))) best = s;
  }
  return best || 'unknown';
}
export const healthText = (state) => (has(`maps-health-${state}`) ? t(`maps-health-${state}`) : label(state));

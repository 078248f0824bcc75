// A city's network neighbourhood (GET /cities/{id}/graph): its partners and
// networks, and theirs, drawn with Cytoscape.js (vendor/cytoscape.min.js,
// loaded the first time a page asks for it, as charts.js loads Chart.js).
// The drawing is a picture: the same cities and networks are listed under
// it as links, for the keyboard and screen readers.
import * as api from './api.js';
import { h, append, name, rich, setStatus } from './ui.js';
import { t, fmt } from './i18n.js';
import { loadScript } from './vendor.js';
import { themed, onThemeChange } from './charts.js';

const NODES = 50;

// Cytoscape.js, made to draw in the page's colour scheme: the colours of a
// style (written as the light scheme's, e.g. '#0b4f9c') are read from
// style.css's custom properties, now and whenever the scheme changes.
let cytoscapeP = null;
export function loadCytoscape() {
  if (!cytoscapeP) {
    cytoscapeP = loadScript('vendor/cytoscape.min.js', 'cytoscape', 'graph library').then((cytoscape) => {
      const make = (options = {}) => {
        const cy = cytoscape({ ...options, style: themedStyle(options.style) });
        if (Array.isArray(options.style)) {
          drawn.add(cy);
          cy._amityStyle = options.style;
        }
        return cy;
      };
      return Object.assign(make, cytoscape);
    }, (e) => {
      cytoscapeP = null;
      throw e;
    });
  }
  return cytoscapeP;
}

const themedStyle = (style) => (Array.isArray(style)
  ? style.map((rule) => ({
    ...rule,
    style: Object.fromEntries(Object.entries(rule.style || {}).map(([k, v]) => [k, /color$/.test(k) ? themed(v) : v])),
  }))
  : style);

const drawn = new Set();
onThemeChange(() => {
  for (const cy of drawn) {
    const box = cy.destroyed() ? null : cy.container();
    if (!box || !box.isConnected) {
      drawn.delete(cy);
      continue;
    }
    cy.style(themedStyle(cy._amityStyle));
  }
});

// Instances whose page has gone are let go (they listen to the window).
const live = new Set();
function sweep() {
  for (const cy of live) {
    const box = cy.container();
    if (!box || !box.isConnected) {
      cy.destroy();
      live.delete(cy);
    }
  }
}

const cityCount = (n) => t('maps-cities', { count: n });
const networkCount = (n) => t('maps-networks', { count: n });
const networkLabel = (n) => (n.acronym && n.acronym !== n.name ? `${n.name} (${n.acronym})` : n.name);

// The section: a button that fetches and draws the neighbourhood. Returns
// {section, mark(ids)}; mark() shows which cities are suggested on the page.
export function neighbourhoodSection(city, { suggested = new Set() } = {}) {
  const panelId = 'neighbourhood-panel';
  let marked = new Set(suggested);
  let cy = null;
  let data = null;
  let started = null;

  const toggle = h('button', {
    type: 'button', class: 'button secondary', 'aria-expanded': 'false', 'aria-controls': panelId,
  }, t('maps-hood-show'));
  const panel = h('div', { class: 'neighbourhood', id: panelId, hidden: true });
  const section = h('section', { class: 'block', 'aria-labelledby': 'h-neighbourhood' },
    h('h2', { id: 'h-neighbourhood' }, t('maps-hood-title')),
    h('p', { class: 'lead' }, rich('maps-hood-lead', { city: name(city.name) })),
    h('div', { class: 'actions' }, toggle),
    panel);

  toggle.addEventListener('click', async () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? t('maps-hood-hide') : t('maps-hood-show');
    panel.hidden = !open;
    if (!open) return;
    if (!started) started = draw();
    else if (cy) {
      cy.resize();
      cy.fit(undefined, 24);
    }
  });

  async function draw() {
    panel.replaceChildren(h('p', { class: 'loading' }, t('maps-hood-loading')));
    panel.setAttribute('aria-busy', 'true');
    const libP = loadCytoscape();
    libP.catch(() => {});
    try {
      data = await api.get(`/cities/${city.id}/graph`, { nodes: NODES });
    } catch (e) {
      started = null; // try again on the next click
      panel.replaceChildren(h('p', { class: 'muted' }, t('maps-hood-failed', { error: e.message })));
      panel.removeAttribute('aria-busy');
      return;
    }
    if (!panel.isConnected) return;
    const hood = data.neighbourhood || {};
    const nodes = (hood.nodes || []).filter((n) => n && n.id);
    const known = new Set(nodes.map((n) => n.id));
    const edges = (hood.edges || []).filter((e) => known.has(e.source) && known.has(e.target));
    const cities = nodes.filter((n) => n.kind === 'city' && n.level > 0);
    const nets = nodes.filter((n) => n.kind === 'network');

    const facts = h('dl', { class: 'facts graph-facts' },
      fact(t('maps-fact-partners'), fmt.number(data.partners ?? 0)),
      fact(t('maps-fact-networks'), fmt.number(data.networks ?? 0)),
      data.community ? fact(t('maps-fact-community'), groupSize(data.community)) : null,
      data.component ? fact(t('maps-fact-connected'), groupSize(data.component)) : null);
    if (!data.in_graph || nodes.length < 2) {
      panel.replaceChildren(facts, h('p', { class: 'muted' },
        t('maps-hood-none', { city: city.name })));
      panel.removeAttribute('aria-busy');
      return;
    }

    const summary = t('maps-hood-summary', { cities: cityCount(cities.length), networks: networkCount(nets.length) });
    const box = h('div', {
      class: 'graph-box', role: 'img',
      'aria-label': t('maps-hood-label', { city: city.name, summary }),
    });
    const info = h('p', { class: 'map-info graph-info', 'aria-hidden': 'true' }, '\u00a0');
    const listBox = h('div', { class: 'graph-list' });
    panel.replaceChildren(facts, h('div', { class: 'graph-figure' }, box,
      h('div', { class: 'map-caption' }, info, legend(),
        h('p', { class: 'map-note' }, hood.truncated
          ? t('maps-hood-note-truncated', { summary, city: city.name, count: NODES })
          : t('maps-hood-note', { summary, city: city.name })))),
    listBox);
    drawList(listBox, nodes);

    let cytoscape;
    try {
      cytoscape = await libP;
    } catch (e) {
      box.replaceWith(h('p', { class: 'muted' }, t('maps-hood-no-library', { error: e.message })));
      panel.removeAttribute('aria-busy');
      return;
    }
    if (!box.isConnected) return;
    sweep();
    cy = cytoscape({
      container: box,
      elements: [
        ...nodes.map((n) => ({
          data: { id: n.id, label: nodeLabel(n), level: n.level, kind: n.kind, cityId: n.city_id, networkId: n.network_id, full: fullName(n) },
          classes: [n.kind, n.level === 0 ? 'home' : '', n.kind === 'city' && marked.has(n.city_id) ? 'suggested' : ''].filter(Boolean).join(' '),
        })),
        ...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target }, classes: e.kind === 'membership' ? 'membership' : 'partnership' })),
      ],
      style: STYLE,
      layout: {
        name: 'concentric',
        concentric: (n) => 3 - (n.data('level') || 0),
        levelWidth: () => 1,
        minNodeSpacing: 12,
        padding: 24,
        animate: false,
        startAngle: (3 / 2) * Math.PI,
      },
      // a small neighbourhood is not blown up to fill the box
      maxZoom: 1.6,
      userZoomingEnabled: false,
      userPanningEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: true,
      autounselectify: true,
    });
    live.add(cy);
    cy.on('mouseover', 'node', (e) => {
      info.textContent = e.target.data('full');
      box.classList.add('is-pointing');
    });
    cy.on('mouseout', 'node', () => {
      info.textContent = '\u00a0';
      box.classList.remove('is-pointing');
    });
    cy.on('tap', 'node', (e) => {
      const d = e.target.data();
      if (d.kind === 'city' && d.cityId) location.hash = `#/city/${d.cityId}`;
      else if (d.kind === 'network' && d.networkId) location.hash = `#/network/${d.networkId}`;
    });
    let frame = 0;
    if (window.ResizeObserver) {
      new ResizeObserver(() => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => {
          if (!cy || cy.destroyed() || !box.isConnected || panel.hidden) return;
          cy.resize();
          cy.fit(undefined, 24);
        });
      }).observe(box);
    }
    panel.removeAttribute('aria-busy');
    setStatus(t('maps-hood-drawn', { city: city.name, summary }));
  }

  function drawList(listBox, nodes) {
    const group = (title, items) => (items.length
      ? h('div', { class: 'graph-group' }, h('h3', {}, t('maps-group-heading', { title, count: items.length })),
        h('ul', { class: 'inline-list' }, items.map((n) => h('li', {}, nodeLink(n),
          n.kind === 'city' && marked.has(n.city_id) ? h('span', { class: 'tag suggested-tag' }, t('maps-suggested')) : null))))
      : null);
    const at = (level, kind) => nodes.filter((n) => n.level === level && n.kind === kind);
    listBox.replaceChildren();
    append(listBox, h('details', { class: 'graph-details' },
      h('summary', {}, t('maps-hood-list')),
      group(t('maps-partners-of', { city: city.name }), at(1, 'city')),
      group(t('maps-networks-of', { city: city.name }), at(1, 'network')),
      group(t('maps-cities-further'), nodes.filter((n) => n.level >= 2 && n.kind === 'city')),
      group(t('maps-networks-further'), nodes.filter((n) => n.level >= 2 && n.kind === 'network'))));
  }

  // the cities suggested on the page, marked in the drawing and the list
  function mark(ids) {
    marked = new Set(ids);
    if (cy && !cy.destroyed()) {
      cy.batch(() => {
        cy.nodes('.city').forEach((n) => {
          if (n.data('level') > 0 && marked.has(n.data('cityId'))) n.addClass('suggested');
          else n.removeClass('suggested');
        });
      });
    }
    const listBox = panel.querySelector('.graph-list');
    if (listBox && data) {
      const wasOpen = listBox.querySelector('details')?.open;
      drawList(listBox, (data.neighbourhood && data.neighbourhood.nodes) || []);
      if (wasOpen) listBox.querySelector('details').open = true;
    }
  }

  return { section, mark };
}

// the sizes of communities and components count cities, and say how many
// networks they hold
const groupSize = (g) => (typeof g.networks === 'number'
  ? t('maps-group-size', { cities: cityCount(g.size ?? 0), networks: networkCount(g.networks) })
  : cityCount(g.size ?? 0));

function fact(term, value) {
  return h('div', {}, h('dt', {}, term), h('dd', {}, value));
}

const nodeLabel = (n) => (n.kind === 'network' ? n.acronym || n.name : n.name) || '';
const fullName = (n) => (n.kind === 'network'
  ? t('maps-node-network', { network: networkLabel(n) })
  : `${n.name}${n.country ? ` (${n.country})` : ''}`);

function nodeLink(n) {
  if (n.kind === 'network' && n.network_id) return h('a', { href: `#/network/${n.network_id}`, dir: 'auto' }, networkLabel(n));
  if (n.kind === 'city' && n.city_id) {
    return h('span', {}, h('a', { href: `#/city/${n.city_id}`, dir: 'auto' }, n.name),
      n.country ? h('span', { class: 'cc' }, ` (${n.country})`) : null);
  }
  return name(n.name || n.id);
}

// shapes as well as colours: circle a city, square a network, diamond a
// suggested city, the city itself large and yellow
function legend() {
  const item = (cls, text) => h('li', {}, h('span', { class: `graph-sample ${cls}`, 'aria-hidden': 'true' }), ' ', text);
  return h('div', { class: 'map-legend' }, h('ul', {},
    item('home', t('maps-legend-home')),
    item('city', t('maps-legend-city')),
    item('suggested', t('maps-legend-suggested')),
    item('network', t('maps-legend-network')),
    h('li', {}, h('span', { class: 'graph-sample edge', 'aria-hidden': 'true' }), ' ', t('maps-legend-partnership')),
    h('li', {}, h('span', { class: 'graph-sample edge membership', 'aria-hidden': 'true' }), ' ', t('maps-legend-membership'))));
}

const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 10,
      'font-family': 'system-ui, sans-serif',
      color: '#1b1f24',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '90px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 7,
      width: 12,
      height: 12,
      'background-color': '#0b4f9c',
      'border-width': 1.5,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.network', style: { shape: 'round-rectangle', 'background-color': '#0f7b6c', width: 14, height: 14 } },
  { selector: 'node.suggested', style: { shape: 'diamond', 'background-color': '#a35f00', width: 18, height: 18, 'border-color': '#1b1f24', 'font-weight': 'bold' } },
  { selector: 'node.home', style: { 'background-color': '#f2b134', 'border-color': '#1b1f24', 'border-width': 2.5, width: 26, height: 26, 'font-size': 12, 'font-weight': 'bold', 'z-index': 10 } },
  { selector: 'edge', style: { width: 1, 'line-color': '#8a949e', opacity: 0.7, 'curve-style': 'straight' } },
  { selector: 'edge.membership', style: { 'line-style': 'dashed', 'line-color': '#0f7b6c', opacity: 0.55 } },
];

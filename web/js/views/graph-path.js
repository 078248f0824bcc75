// How is one city connected to another? (#/graph/path?from=ID&to=ID): two
// city type-aheads, then the shortest chain of partnerships and shared
// networks between them (GET /graph/path) as an ordered list of steps, on a
// world map, and as a small drawing (Cytoscape.js). The two cities live in
// the address, so a pasted link draws the same chain. "Partnerships only"
// leaves the shared networks out (via=partnerships).
import * as api from '../api.js';
import { h, append, pageTitle, setStatus, FormErrors, rich } from '../ui.js';
import { choiceText } from '../params.js';
import { hashFor, pushHash } from '../app.js';
import { typeahead } from '../typeahead.js';
import { searchCities, cityItem } from '../forms.js';
import { worldMap, rememberCity, fetchCities, cityCache } from '../map.js';
import { loadCytoscape } from '../graph.js';
import { t, fmt, dir } from '../i18n.js';

const networkText = (n) => (n.acronym && n.acronym !== n.name ? `${n.name} (${n.acronym})` : n.name || t('graph-path-network-n', { id: String(n.id) }));
const idParam = (q, k) => (/^\d{1,15}$/.test(q.get(k) || '') ? Number(q.get(k)) : null);

export async function render(view, ctx) {
  pageTitle(t('graph-path-title'));
  let seq = 0; // the latest chain asked for
  const fromId = idParam(ctx.query, 'from');
  const toId = idParam(ctx.query, 'to');
  const viaAsked = ctx.query.get('via') === 'partnerships' ? 'partnerships' : 'all';

  // the cities of the address, for the type-aheads (names, countries) and
  // the map (coordinates); a city that is not there is said next to its field
  append(view, h('p', { class: 'loading' }, t('common-loading')));
  const [fromCity, toCity, countries] = await Promise.all([
    fromId ? api.get(`/cities/${fromId}`).catch((e) => e) : null,
    toId ? api.get(`/cities/${toId}`).catch((e) => e) : null,
    api.countries().catch(() => []),
  ]);
  if (!ctx.alive()) return;
  view.replaceChildren();
  const countryName = new Map(countries.map((c) => [c.code, c.name]));
  const cname = (code) => countryName.get(code) || code || '';
  const ok = (c) => (c && !(c instanceof Error) ? c : null);
  for (const c of [fromCity, toCity]) if (ok(c)) rememberCity(c);

  append(view,
    h('p', { class: 'crumbs' }, h('a', { href: '#/graph' }, t('nav-graph')), ' / ', t('graph-path-crumb')),
    h('h1', {}, t('graph-path-title')),
    h('p', { class: 'lead' }, t('graph-path-lead')));

  // ---- the form
  const hint = t('forms-type-one');
  const fromTa = typeahead({
    label: t('graph-path-from'), search: searchCities, required: true, chosenLabel: t('graph-path-from'), hint,
    initial: ok(fromCity) ? cityItem(fromCity) : null,
  });
  const toTa = typeahead({
    label: t('graph-path-to'), search: searchCities, required: true, chosenLabel: t('graph-path-to'), hint,
    initial: ok(toCity) ? cityItem(toCity) : null,
  });
  fromTa.input.name = 'from';
  toTa.input.name = 'to';
  const swapBtn = h('button', { type: 'button', class: 'button secondary' }, t('graph-path-swap'));
  const viaSel = h('select', { name: 'via', id: 'path-via' },
    h('option', { value: 'all' }, t('graph-path-via-all')),
    h('option', { value: 'partnerships' }, t('graph-path-via-partnerships')));
  viaSel.value = viaAsked;
  const viaField = h('div', { class: 'field' }, h('label', { for: 'path-via' }, t('graph-path-follow')), viaSel);
  const form = h('form', { class: 'filters path-form', 'aria-label': t('graph-path-form-label'), novalidate: true },
    fromTa.el, toTa.el, viaField,
    h('div', { class: 'filters-actions' }, h('button', { type: 'submit', class: 'button' }, t('graph-path-submit')), swapBtn));
  const errors = new FormErrors(form);
  errors.add('from', fromTa.el, fromTa.input);
  errors.add('to', toTa.el, toTa.input);
  append(view, form);

  const result = h('section', { class: 'block chain-block', 'aria-labelledby': 'h-chain', id: 'chain-result', hidden: true });
  append(view, result);

  // ---- what the address asked for
  const bad = (c, key, id) => {
    if (!(c instanceof Error)) return false;
    errors.show(key, c.status === 404 ? t('graph-path-no-city', { id: String(id) }) : t('graph-path-city-failed', { message: c.message }));
    return true;
  };
  bad(fromCity, 'from', fromId);
  bad(toCity, 'to', toId);

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    errors.clear();
    const a = fromTa.selected();
    const b = toTa.selected();
    if (!a || !b) {
      if (!b) errors.show('to', t('graph-path-choose-second'));
      if (!a) errors.show('from', t('graph-path-choose-first'));
      setStatus(!a && !b ? t('graph-path-choose-two') : t('graph-path-choose-one'), { error: true });
      return;
    }
    pushHash(hashFor('/graph/path', { from: a.id, to: b.id, via: viaSel.value === 'partnerships' ? 'partnerships' : undefined }));
    const c1 = cityCache.get(a.id) || { id: a.id, name: a.text };
    const c2 = cityCache.get(b.id) || { id: b.id, name: b.text };
    show(c1, c2, { announce: true });
  });
  swapBtn.addEventListener('click', () => {
    const a = fromTa.selected();
    const b = toTa.selected();
    fromTa.set(b);
    toTa.set(a);
    errors.clear();
    if (a && b) form.requestSubmit();
  });

  // ---- the chain
  if (ok(fromCity) && ok(toCity)) show(ok(fromCity), ok(toCity));
  async function show(a, b, { announce = false } = {}) {
    const mine = ++seq;
    const alive = () => mine === seq && ctx.alive();
    const ends = { from: a.name, to: b.name };
    pageTitle(t('graph-path-page-title', ends));
    result.hidden = false;
    result.setAttribute('aria-busy', 'true');
    const looking = h('p', { class: 'loading' }, t('graph-path-looking'));
    result.replaceChildren(h('h2', { id: 'h-chain' }, t('graph-path-heading', ends)), looking);
    // the first look after a change to the registry computes the graph's
    // centralities too (seconds on the whole registry)
    const slow = setTimeout(() => {
      if (looking.isConnected) looking.textContent = t('graph-path-looking-slow');
    }, 1200);
    const say = (...nodes) => {
      clearTimeout(slow);
      result.replaceChildren(h('h2', { id: 'h-chain' }, t('graph-path-heading', ends)), ...nodes);
      result.removeAttribute('aria-busy');
    };
    const message = (text, cls = 'notice warn') => {
      say(h('p', { class: `${cls} chain-message`, id: 'chain-message' }, text));
      if (announce) setStatus(text);
    };

    if (a.id === b.id) {
      message(t('graph-path-same', { name: a.name }));
      return;
    }

    let r;
    try {
      r = await api.get('/graph/path', { from: a.id, to: b.id, via: viaSel.value });
    } catch (e) {
      if (!alive()) return;
      say(h('p', { class: 'notice warn' }, t('graph-path-failed', { message: e.message })));
      setStatus(t('graph-path-failed', { message: e.message }), { error: true });
      return;
    }
    if (!alive()) return;
    if (!r.connected) {
      // the server's words when it has some, else the page's
      message(r.note ? `${r.note[0].toUpperCase()}${r.note.slice(1)}.` : t('graph-path-no-link', ends));
      return;
    }
    if (!alive()) return;
    drawChain(r, { announce, alive, say });
  }

  function drawChain(r, { announce, alive, say }) {
    const steps = r.steps || [];
    const cities = steps.filter((s) => s.city).map((s) => s.city);
    const nParts = steps.filter((s) => s.via === 'partnership').length;
    const nNets = steps.filter((s) => s.via === 'network').length;
    const between = Math.max(0, cities.length - 2);
    const links = fmt.list([nParts ? t('graph-path-n-partnerships', { count: nParts }) : null,
      nNets ? t('graph-path-n-networks', { count: nNets }) : null].filter(Boolean));
    const ends = { from: r.from.name, to: r.to.name };
    const summaryText = t(between ? 'graph-path-summary-between' : 'graph-path-summary',
      { ...ends, steps: r.hops ?? nParts + nNets, links, between });

    const list = h('ol', { class: 'chain', id: 'chain-steps', 'aria-label': t('graph-path-list-label', ends) });
    const partnershipSlots = new Map(); // partnership id -> the step's detail
    steps.forEach((s, i) => {
      if (s.city) {
        const end = i === 0 ? 'start' : i === steps.length - 1 ? 'end' : null;
        list.append(h('li', { class: `step step-city${end ? ` step-${end}` : ''}` },
          h('span', { class: 'step-mark', 'aria-hidden': 'true' }),
          h('span', { class: 'step-text' },
            h('a', { href: `#/city/${s.city.id}`, dir: 'auto' }, s.city.name || t('common-city-n', { id: String(s.city.id) })),
            s.city.country ? h('span', { class: 'cc' }, ` (${cname(s.city.country)})`) : null)));
      } else if (s.via === 'network') {
        const n = s.network || {};
        list.append(h('li', { class: 'step step-via via-network' },
          h('span', { class: 'step-mark', 'aria-hidden': 'true' }),
          h('span', { class: 'step-text' }, rich('graph-path-via-network', {
            network: n.id ? h('a', { href: `#/network/${n.id}`, dir: 'auto' }, networkText(n)) : h('span', { dir: 'auto' }, networkText(n)),
          })),
          h('span', { class: 'step-detail meta' }, ` · ${t('graph-path-both-members')}`)));
      } else {
        const detail = h('span', { class: 'step-detail meta' });
        if (s.partnership_id) partnershipSlots.set(s.partnership_id, detail);
        list.append(h('li', { class: 'step step-via via-partnership' },
          h('span', { class: 'step-mark', 'aria-hidden': 'true' }),
          h('span', { class: 'step-text' }, t('graph-path-via-partnership')), detail));
      }
    });

    const mapSlot = h('div', { class: 'chain-map' });
    const drawing = h('div', { class: 'chain-drawing' });
    say(h('p', { class: 'summary', id: 'chain-summary' }, summaryText), list,
      h('h3', {}, t('graph-path-on-map')), mapSlot,
      h('div', { id: 'after-chain-map' }, h('h3', {}, t('graph-path-as-graph')), drawing));
    result.removeAttribute('aria-busy');
    if (announce) setStatus(summaryText);

    // what each partnership is, when it says (kind, year signed)
    for (const [pid, slot] of partnershipSlots) {
      api.get(`/partnerships/${pid}`).then((p) => {
        if (!alive()) return;
        for (const party of [p.party_a, p.party_b]) {
          if (party && party.type === 'city' && party.city_id && 'lat' in party && !cityCache.has(party.city_id)) {
            rememberCity({ id: party.city_id, name: party.name, country: party.country, lat: party.lat, lng: party.lng });
          }
        }
        const kind = p.kind ? choiceText(p.kind) : '';
        const bits = [kind ? kind.charAt(0).toLowerCase() + kind.slice(1) : null,
          p.signed_date ? t('graph-path-signed', { year: fmt.number(Number(String(p.signed_date).slice(0, 4)), { useGrouping: false }) }) : null].filter(Boolean);
        if (bits.length) slot.textContent = ` · ${fmt.list(bits, 'unit')}`;
      }).catch(() => {});
    }

    chainMap(mapSlot, r, steps, alive);
    chainDrawing(drawing, r, steps);
  }

  // ---- the world map: the cities of the chain, a line for each step
  function chainMap(slot, r, steps, alive) {
    // framed to the chain (a chain within Europe is more than a few dots),
    // with a button for the whole world
    const map = worldMap({
      label: t('graph-path-map-loading', { from: r.from.name, to: r.to.name }),
      className: 'map-chain',
      skipTo: 'after-chain-map',
      frame: { label: t('graph-path-fit') },
    });
    if (!map) {
      slot.append(h('p', { class: 'map-note' }, t('graph-path-no-map')));
      return;
    }
    slot.append(map.figure);
    map.setNote(t('graph-path-placing'));
    const chainCities = steps.filter((s) => s.city).map((s) => s.city);
    const ids = [...new Set(chainCities.map((c) => c.id))];
    const found = new Map();
    fetchCities(ids, (c, id) => { if (c) found.set(id, c); }, { alive }).then(() => {
      if (!alive()) return;
      let drawn = 0;
      const pts = new Map();
      chainCities.forEach((c, i) => {
        const full = found.get(c.id);
        const end = i === 0 || i === chainCities.length - 1;
        const point = { n: i + 1, name: c.name, country: cname(c.country) };
        const text = t(i === 0 ? 'graph-path-point-start' : i === chainCities.length - 1 ? 'graph-path-point-end' : 'graph-path-point', point);
        const pt = full ? map.point(full, { href: `#/city/${c.id}`, text, focusable: true, kind: end ? 'home' : 'partner' }) : null;
        if (pt) {
          drawn++;
          pts.set(c.id, pt);
        }
      });
      // a line between each two cities in a row, solid for a partnership,
      // dashed for a shared network
      const kinds = new Set();
      let prev = null;
      let via = null;
      for (const s of steps) {
        if (s.via) via = s.via;
        if (!s.city) continue;
        if (prev) {
          const cls = via === 'network' ? 'line-chain-network' : 'line-chain-partnership';
          const line = map.line(found.get(prev.id), found.get(s.city.id), cls);
          if (line) {
            kinds.add(cls);
            for (const id of [prev.id, s.city.id]) pts.get(id)?._lines.push(line);
          }
        }
        prev = s.city;
        via = null;
      }
      const missing = chainCities.length - drawn;
      if (!drawn) {
        map.hide();
        map.setNote(t('graph-path-no-coordinates'));
        return;
      }
      map.setLabel(t('graph-path-map-label', { from: r.from.name, to: r.to.name, count: drawn }));
      map.setNote(missing ? t('graph-path-map-note-missing', { count: drawn, missing }) : t('graph-path-map-note', { count: drawn }));
      map.legend([
        { className: 'home', text: t('graph-path-two-cities') },
        chainCities.length > 2 ? { className: 'partner', text: t('graph-path-on-the-way') } : null,
        kinds.has('line-chain-partnership') ? { className: 'line-chain-partnership', text: t('graph-path-partnership') } : null,
        kinds.has('line-chain-network') ? { className: 'line-chain-network', text: t('graph-path-shared-network') } : null,
      ].filter(Boolean));
    });
  }
}

// ---- the chain as a small graph (Cytoscape.js) ------------------------------------

// The instance of the page; let go when the page has gone.
let lastCy = null;

async function chainDrawing(slot, r, steps) {
  if (lastCy && !lastCy.destroyed()) lastCy.destroy();
  lastCy = null;
  const nodes = [];
  const edges = [];
  let prev = null;
  let pendingVia = null;
  steps.forEach((s, i) => {
    if (s.via === 'partnership') {
      pendingVia = s;
      return;
    }
    const id = s.city ? `c${s.city.id}` : `n${(s.network && s.network.id) || i}`;
    const end = s.city && (i === 0 || i === steps.length - 1);
    nodes.push({
      data: {
        id,
        label: s.city ? s.city.name : (s.network.acronym || s.network.name),
        href: s.city ? `#/city/${s.city.id}` : s.network && s.network.id ? `#/network/${s.network.id}` : null,
      },
      classes: [s.city ? 'city' : 'network', end ? 'end' : ''].filter(Boolean).join(' '),
    });
    if (prev) {
      edges.push({
        data: { id: `e${i}`, source: prev, target: id },
        classes: pendingVia ? 'partnership' : 'membership',
      });
    }
    prev = id;
    pendingVia = null;
  });

  const box = h('div', {
    class: 'graph-box chain-graph', role: 'img',
    'aria-label': t('graph-path-drawing', {
      from: r.from.name, to: r.to.name,
      cities: steps.filter((s) => s.city).map((s) => s.city.name).join(`${t('graph-path-then')} `),
    }),
  });
  slot.replaceChildren(h('div', { class: 'graph-figure' }, box,
    h('div', { class: 'map-caption' }, h('div', { class: 'map-legend' }, h('ul', {},
      h('li', {}, h('span', { class: 'graph-sample home', 'aria-hidden': 'true' }), ` ${t('graph-path-two-cities')}`),
      h('li', {}, h('span', { class: 'graph-sample', 'aria-hidden': 'true' }), ` ${t('graph-path-city')}`),
      h('li', {}, h('span', { class: 'graph-sample network', 'aria-hidden': 'true' }), ` ${t('graph-path-network')}`),
      h('li', {}, h('span', { class: 'graph-sample edge', 'aria-hidden': 'true' }), ` ${t('graph-path-partnership')}`),
      h('li', {}, h('span', { class: 'graph-sample edge membership', 'aria-hidden': 'true' }), ` ${t('graph-path-membership')}`))))));

  let cytoscape;
  try {
    cytoscape = await loadCytoscape();
  } catch (e) {
    box.replaceWith(h('p', { class: 'muted' }, `${e.message} ${t('graph-path-no-drawing')}`));
    return;
  }
  if (!box.isConnected) return;

  // in a row on a wide screen, down the page on a narrow one
  const vertical = () => box.getBoundingClientRect().width < 560;
  const place = (v) => {
    box.classList.toggle('is-vertical', v);
    box.style.height = v ? `${Math.max(12, nodes.length * 4.2 + 2)}rem` : '';
  };
  let isVertical = vertical();
  place(isVertical);
  // the chain reads in the page's direction: from the end of the line in
  // right-to-left languages
  const forward = dir() === 'rtl' ? -1 : 1;
  const positions = (v) => (node, i) => (v ? { x: 0, y: i * 70 } : { x: forward * i * 150, y: (i % 2) * 36 });

  nodes.forEach((n, i) => { n.position = positions(isVertical)(null, i); });
  const cy = cytoscape({
    container: box,
    elements: [...nodes, ...edges],
    style: style(),
    layout: { name: 'preset', fit: true, padding: 30 },
    maxZoom: 1.4,
    userZoomingEnabled: false,
    userPanningEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: true,
    autounselectify: true,
  });
  lastCy = cy;
  const layout = () => {
    cy.nodes().positions(positions(isVertical));
    cy.batch(() => {
      cy.nodes().toggleClass('vertical', isVertical);
    });
    cy.resize();
    cy.fit(undefined, isVertical ? 24 : 36);
  };
  layout();
  cy.on('tap', 'node', (e) => {
    const href = e.target.data('href');
    if (href) location.hash = href;
  });
  cy.on('mouseover', 'node', () => box.classList.add('is-pointing'));
  cy.on('mouseout', 'node', () => box.classList.remove('is-pointing'));
  if (window.ResizeObserver) {
    let frame = 0;
    const ro = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (cy.destroyed()) return;
        if (!box.isConnected) {
          ro.disconnect();
          cy.destroy();
          return;
        }
        const v = vertical();
        if (v !== isVertical) {
          isVertical = v;
          place(v);
        }
        layout();
      });
    });
    ro.observe(box);
  }
}

// the labels of a chain down the page stand after the node, on the side
// the page's text starts from
const style = () => [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 12,
      'font-family': 'system-ui, sans-serif',
      color: '#1b1f24',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '130px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      width: 16,
      height: 16,
      'background-color': '#0b4f9c',
      'border-width': 1.5,
      'border-color': '#ffffff',
    },
  },
  {
    selector: 'node.vertical',
    style: {
      'text-valign': 'center', 'text-halign': dir() === 'rtl' ? 'left' : 'right', 'text-margin-x': dir() === 'rtl' ? -8 : 8,
      'text-margin-y': 0, 'text-max-width': '220px',
    },
  },
  { selector: 'node.network', style: { shape: 'round-rectangle', 'background-color': '#0f7b6c', width: 18, height: 18 } },
  { selector: 'node.end', style: { 'background-color': '#f2b134', 'border-color': '#1b1f24', 'border-width': 2.5, width: 24, height: 24, 'font-weight': 'bold' } },
  { selector: 'edge', style: { width: 2, 'line-color': '#5a6470', 'curve-style': 'straight' } },
  { selector: 'edge.membership', style: { 'line-style': 'dashed', 'line-color': '#0f7b6c' } },
];

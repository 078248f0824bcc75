// Forms built from the API document. A page says which fields of a kind's
// schema (or of a step's) to show, in which order and groups, and with
// which values; everything else comes from the document: the label of each
// field (its title), the control (by type, enum, format, pattern, x-ref),
// the choices, whether it is required, its limits and its hint (its
// description). The server's 4xx answers land next to the field they name.
// No enum value, label or rule of the server is written here.
import * as api from './api.js';
import { apiDocument, resolve, schemaOf, rulesOf } from './schema.js';
import { h, field, label, nextId, FormErrors, setStatus, requiredMark, fieldName } from './ui.js';
import { typeahead } from './typeahead.js';
import { searchCities, searchOrganisations, topicsGroup, dateHint } from './forms.js';
import { choiceText, choiceWords, paramOf } from './params.js';
import { t, fmt } from './i18n.js';

// the readable words of a choice, and a list's query parameters: params.js
export { choiceText, choiceWords, paramOf };

// ---- reading a field's description -----------------------------------------

// "party_a" -> "Party A": only for a field the document gives no title.
export function humanize(key) {
  const words = String(key).replace(/_ids?$/, '').split('_').filter(Boolean)
    .map((w) => (w.length === 1 ? w.toUpperCase() : w));
  const s = words.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// The label people read for a field.
export const titleOf = (prop, key) => (prop && prop.title) || humanize(key);

// A description is a hint when it is written for people (not one naming
// other fields, null or an address of the API).
export function hintOf(prop) {
  const d = prop && prop.description;
  if (!d || /\b[a-z]+_[a-z_]+\b|\bnull\b|\/api\/|`/.test(d)) return null;
  const s = d.charAt(0).toUpperCase() + d.slice(1);
  return /[.!?)]$/.test(s) ? s : `${s}.`;
}

function patternAccepts(prop, yes, no) {
  if (!prop || !prop.pattern) return false;
  try {
    const re = new RegExp(prop.pattern);
    return yes.every((v) => re.test(v)) && no.every((v) => !re.test(v));
  } catch {
    return false;
  }
}
// a date of the document's kind: a year, a month or a day
export const isDateField = (prop) => patternAccepts(prop, ['2024', '2024-05', '2024-05-01'], ['x', '24']);
// a country code
export const isCountryField = (prop) => patternAccepts(prop, ['FR', 'it'], ['F', 'FRA', 'F1']);

// The hint of a control: the page's, else the document's; a default says
// nothing on a record that has its values already.
function hintFor(prop, { opt = {}, mode } = {}) {
  const hint = opt.hint ?? hintOf(prop);
  return hint && mode === 'update' && /^Default\b/.test(hint) ? null : hint;
}

const refOf = (prop) => prop && (prop['x-ref'] || (prop.items && prop.items['x-ref']));

// What control a field takes; null: none (read-only, or nothing fits).
export function controlKind(doc, prop) {
  if (!prop || prop.readOnly) return null;
  const ref = refOf(prop);
  if (prop.type === 'array') {
    if (ref === 'topic') return 'topics';
    if (ref === 'city' || ref === 'organisation') return 'refs';
    const item = prop.items || {};
    if (item.enum) return 'choices';
    if (item.$ref || item.allOf || item.type === 'object') return 'objects';
    if (item.type === 'string') return 'words';
    return null;
  }
  if (prop.$ref || prop.allOf || (prop.type === 'object' && prop.properties)) return 'object';
  if (prop.enum) return 'enum';
  if (ref === 'city' || ref === 'organisation') return 'ref';
  if (ref === 'network') return 'network';
  if (ref === 'partnership' || ref === 'network_group') return 'choice';
  if (ref === 'person') return 'person';
  if (prop.type === 'boolean') return 'checkbox';
  if (prop.type === 'integer' || prop.type === 'number') return 'number';
  if (isDateField(prop)) return 'date';
  if (isCountryField(prop)) return 'country';
  if (prop.format === 'uri') return 'url';
  if (prop.type === 'string') return (prop.maxLength || 0) > 500 ? 'textarea' : 'text';
  return null;
}

// An empty control: null where the field may be null, else left out.
const emptyOf = (prop) => (prop && prop.nullable ? null : undefined);

// ---- may this account add a record of this kind? ------------------------------

// A record not made yet has no `can`. What the caller may do to the records
// the new one would belong to says how it relates to them: where a rule of
// their kind (x-rights) is granted to one relation only and their `can`
// allows it, the caller holds that relation ("city": the city's officer,
// "network": its secretariat; an admin holds every one). evidence: [[kind,
// record], ...], e.g. [['City', city]].
export async function relationsFrom(evidence) {
  const out = new Set();
  for (const [kind, rec] of evidence) {
    if (!rec || !rec.can) continue;
    for (const r of await rulesOf(kind)) {
      if (rec.can[r.action] && (r.who || []).length === 1) out.add(r.who[0]);
    }
  }
  return out;
}

// May the signed-in caller add a record of this kind, belonging to the
// records of evidence? (The kind's create rules, against relationsFrom.)
export async function mayCreate(kind, user, evidence = []) {
  if (!user) return false;
  const held = await relationsFrom(evidence);
  const rules = (await rulesOf(kind)).filter((r) => r.action === 'create');
  return rules.some((r) => (r.who || []).some((w) => w === 'anyone' || w === 'signed_in'
    || held.has(w) || held.has('admin')));
}

// ---- names of referred records -----------------------------------------------

let countryNamesP = null;
export function countryNames() {
  countryNamesP ??= api.countries().then((all) => new Map(all.map((c) => [c.code, c.name])))
    .catch(() => { countryNamesP = null; return new Map(); });
  return countryNamesP;
}

// {id, name, country} or {id, text, detail} -> a type-ahead item
function refItem(v, countries) {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v !== 'object') return { id: Number(v), text: `#${v}` };
  if ('text' in v) return v;
  return { id: v.id ?? v.city_id ?? v.organisation_id, text: v.name || `#${v.id}`, detail: v.country ? (countries.get(v.country) || v.country) : undefined };
}

async function lookUp(ref, id, countries) {
  try {
    const r = await api.get(`/${ref === 'city' ? 'cities' : 'organisations'}/${id}`);
    return { id: r.id, text: r.name, detail: r.country_name || countries.get(r.country) || r.country || r.city_name || undefined };
  } catch {
    return { id, text: `#${id}` };
  }
}

// ---- the controls -------------------------------------------------------------
// Each control: {key, path, wrap, focus, get(), set(v), ready (a promise),
// pending() -> a message when the user has typed but not chosen, register(errors)}.

function simpleRegister(ctrl) {
  return (errors) => errors.add(ctrl.path, ctrl.wrap, ctrl.focus);
}

function inputControl(kind, key, path, prop, { required, opt, mode }) {
  const title = titleOf(prop, key);
  let input;
  if (kind === 'textarea') input = h('textarea', { rows: opt.rows || 4, dir: 'auto' });
  else {
    input = h('input', {
      type: kind === 'url' ? 'url' : 'text', autocomplete: 'off',
      dir: kind === 'text' ? 'auto' : null,
      inputmode: kind === 'number' ? (prop.type === 'integer' ? 'numeric' : 'decimal') : null,
      placeholder: kind === 'url' ? 'https://' : null,
    });
  }
  if (prop.maxLength) input.maxLength = prop.maxLength;
  if (kind === 'date') input.size = 12;
  const hints = [];
  if (kind === 'date') hints.push(`${dateHint()}.`);
  if (kind === 'number' && prop.minimum != null && prop.maximum != null) {
    // a year's bound is 1900, not 1,900
    const n = (x) => fmt.number(x, { useGrouping: false, maximumFractionDigits: 20 });
    hints.push(t('forms-from-to', { min: n(prop.minimum), max: n(prop.maximum) }));
  }
  const docHint = hintFor(prop, { opt, mode });
  if (docHint) hints.push(docHint);
  const wrap = field(title, input, { hint: hints.join(' ') || null, required, className: `field-${kind}` });
  const ctrl = {
    key, path, wrap, focus: input, ready: Promise.resolve(),
    get() {
      const v = input.value.trim();
      if (!v) return emptyOf(prop);
      if (kind === 'number') return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v; // the server names what is wrong
      return v;
    },
    set(v) { input.value = v === null || v === undefined ? '' : String(v); },
    pending: () => null,
  };
  ctrl.register = simpleRegister(ctrl);
  return ctrl;
}

function selectControl(key, path, prop, { required, opt, mode, options, emptyText, defaultValue }) {
  const title = titleOf(prop, key);
  const sel = h('select', {});
  let current = defaultValue ?? '';
  const fill = (opts) => {
    const want = sel.value || current;
    sel.replaceChildren(
      ...(emptyText !== null ? [h('option', { value: '' }, emptyText)] : []),
      ...opts.map(([v, text]) => h('option', { value: String(v) }, text)));
    // a value not among the choices (a record's own) stays choosable
    if (want !== '' && ![...sel.options].some((o) => o.value === String(want))) {
      sel.append(h('option', { value: String(want) }, `#${want}`));
    }
    sel.value = String(want ?? '');
  };
  const wrap = field(title, sel, { hint: hintFor(prop, { opt, mode }), required, className: 'field-select' });
  const numeric = prop.type === 'integer' || prop.type === 'number';
  const ctrl = {
    key, path, wrap, focus: sel,
    get() {
      if (sel.value === '') return emptyOf(prop);
      return numeric ? Number(sel.value) : sel.value;
    },
    set(v) {
      current = v === null || v === undefined ? '' : String(v);
      if (current !== '' && ![...sel.options].some((o) => o.value === current)) sel.append(h('option', { value: current }, `#${current}`));
      sel.value = current;
    },
    setChoices(opts) { fill(opts); },
    onChange: (fn) => sel.addEventListener('change', () => fn(ctrl.get())),
    pending: () => null,
  };
  ctrl.register = simpleRegister(ctrl);
  ctrl.ready = Promise.resolve(options).then((o) => fill(o || [])).catch((e) => {
    fill([]);
    setStatus(t('forms-choices-failed', { title, message: e.message }), { error: true });
  });
  return ctrl;
}

function enumControl(key, path, prop, ctx) {
  const values = ctx.opt.choices || prop.enum;
  const dflt = (prop.description || '').match(/\bdefault (\w+)/);
  const emptyText = ctx.required ? t('forms-choose') : prop.nullable ? t('forms-not-known') : null;
  const defaultValue = emptyText === null ? (dflt && values.includes(dflt[1]) ? dflt[1] : values[0]) : '';
  return selectControl(key, path, prop, {
    ...ctx, emptyText, defaultValue, options: values.map((v) => [v, choiceText(v)]),
  });
}

async function networkChoices() {
  const all = await api.networks();
  return [...all].sort((a, b) => a.name.localeCompare(b.name))
    .map((n) => [n.id, n.acronym && n.acronym !== n.name ? `${n.name} (${n.acronym})` : n.name]);
}

// The people a form may name: those of the reader's office (whom its `can`
// lets it change), by name.
async function personChoices() {
  const r = await api.get('/people', { limit: 500 });
  return r.items.filter((p) => p.can && p.can.update).map((p) => [p.id, p.name]);
}

async function countryChoices() {
  const all = await api.countries();
  return all.map((c) => [c.code, c.name]);
}

function refControl(key, path, prop, { required, opt, mode, multiple }) {
  const title = titleOf(prop, key);
  const ref = refOf(prop);
  const search = ref === 'city' ? searchCities : searchOrganisations;
  const docHint = hintFor(prop, { opt, mode });
  const how = multiple ? t('forms-type-each') : t('forms-type-one');
  const listeners = [];
  const ta = typeahead({
    label: title, search, multiple, required, onChange: (v) => { for (const fn of listeners) fn(v); },
    chosenLabel: multiple ? t('forms-chosen-many', { title }) : t('forms-chosen-one', { title: title.toLowerCase() }),
    hint: [docHint, how].filter(Boolean).join(' '),
  });
  const ctrl = {
    key, path, wrap: ta.el, focus: ta.input, ready: Promise.resolve(),
    get() {
      const v = ta.value();
      if (multiple) return v;
      return v === null ? emptyOf(prop) : v;
    },
    async set(v) {
      const countries = await countryNames();
      if (multiple) {
        const items = await Promise.all((v || []).map((x) => (typeof x === 'object' ? refItem(x, countries) : lookUp(ref, x, countries))));
        ta.set(items);
      } else if (v === null || v === undefined) ta.set(null);
      else ta.set(typeof v === 'object' ? refItem(v, countries) : await lookUp(ref, v, countries));
    },
    pending() {
      return ta.input.value.trim() && (multiple || !ta.value())
        ? (multiple ? t('forms-pending-many', { text: ta.input.value.trim() })
          : t('forms-pending-one'))
        : null;
    },
    typeahead: ta,
    onChange: (fn) => listeners.push(fn),
  };
  ctrl.register = simpleRegister(ctrl);
  return ctrl;
}

function checkboxControl(key, path, prop, { opt, mode }) {
  const cb = h('input', { type: 'checkbox', id: nextId('f') });
  const hint = hintFor(prop, { opt, mode });
  const hintId = `${cb.id}-hint`;
  const errId = `${cb.id}-error`;
  cb.setAttribute('aria-describedby', [hint ? hintId : null, errId].filter(Boolean).join(' '));
  const wrap = h('div', { class: 'field field-checkbox' },
    h('label', { class: 'check', for: cb.id }, cb, ' ', titleOf(prop, key)),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    h('p', { class: 'field-error', id: errId, hidden: true }));
  const ctrl = {
    key, path, wrap, focus: cb, ready: Promise.resolve(),
    get: () => cb.checked,
    set(v) { cb.checked = !!v; },
    pending: () => null,
  };
  ctrl.register = simpleRegister(ctrl);
  return ctrl;
}

async function topicsControl(key, path) {
  const tg = await topicsGroup();
  const ctrl = {
    key, path, wrap: tg.el, focus: tg.el, ready: Promise.resolve(),
    get: () => tg.values(),
    set(v) {
      const want = new Set(v || []);
      for (const cb of tg.el.querySelectorAll('input[type=checkbox]')) cb.checked = want.has(cb.value);
      tg.el.dispatchEvent(new Event('change'));
    },
    pending: () => null,
  };
  ctrl.register = simpleRegister(ctrl);
  return ctrl;
}

// A nested record (a partnership's party) as a fieldset. Where it is one of
// several kinds (its read-only `type` names the fields that stand for each:
// a city, an organisation, or only a country), a choice of the kind comes
// first and only that field shows.
async function objectControl(doc, key, path, prop, { required, opt, mode }) {
  const sub = resolve(doc, prop);
  const props = sub.properties || {};
  const title = titleOf(prop, key);
  const legendId = nextId('lg');
  const errId = `${legendId}-error`;
  const fs = h('fieldset', { class: 'subrecord', 'aria-describedby': errId },
    h('legend', { id: legendId }, title, required ? requiredMark() : null));
  fs._control = fs;
  const errP = h('p', { class: 'field-error', id: errId, hidden: true });

  // a kind field: read-only, whose choices each name a writable field
  const writable = Object.entries(props).filter(([, p]) => !p.readOnly && controlKind(doc, p));
  let kinds = null;
  let kindKey = null;
  for (const [k, p] of Object.entries(props)) {
    if (!p.readOnly || !p.enum) continue;
    const map = p.enum.map((v) => [v, writable.find(([wk, wp]) => refOf(wp) === v || wk === v)]);
    if (map.every(([, w]) => w)) { kinds = map; kindKey = k; break; }
  }
  const subOpt = opt.fields || {};
  const children = [];
  for (const [k, p] of writable) {
    children.push(await makeControl(doc, k, `${path}.${k}`, p, { required: false, opt: subOpt[k] || {}, mode }));
  }
  const byKey = new Map(children.map((c) => [c.key, c]));
  let chosen = null;
  let radios = [];
  if (kinds) {
    const groupName = nextId('kind');
    const only = opt.kinds ? kinds.filter(([v]) => opt.kinds.includes(v)) : kinds;
    radios = only.map(([v, [wk, wp]]) => {
      const r = h('input', { type: 'radio', name: groupName, value: v });
      r.addEventListener('change', () => show(v));
      return { v, wk, r, el: h('label', { class: 'check' }, r, ' ', titleOf(wp, wk)) };
    });
    const kindProp = props[kindKey];
    // one kind only: no choice to show
    fs.append(h('fieldset', { class: 'inline-checks', hidden: radios.length < 2 },
      h('legend', {}, titleOf(kindProp, kindKey)), radios.map((x) => x.el)));
  } else {
    const hint = hintOf(sub);
    if (hint) fs.append(h('p', { class: 'hint' }, hint));
  }
  fs.append(...children.map((c) => c.wrap), errP);

  // the field of the chosen kind shows; those of the other kinds hide (the
  // fields no kind stands for stay)
  function show(v) {
    chosen = v;
    for (const x of radios) x.r.checked = x.v === v;
    for (const [kv, [wk]] of kinds) byKey.get(wk).wrap.hidden = kv !== v;
  }
  if (kinds) show(radios[0].v);

  const ctrl = {
    key, path, wrap: fs, focus: fs, ready: Promise.all(children.map((c) => c.ready)),
    get() {
      if (kinds) {
        const x = radios.find((r) => r.v === chosen);
        const v = byKey.get(x.wk).get();
        return v === null || v === undefined || v === '' ? undefined : { [x.wk]: v };
      }
      const out = {};
      for (const c of children) {
        const v = c.get();
        if (v !== undefined) out[c.key] = v;
      }
      return Object.values(out).some((v) => v !== null && v !== '') ? out : undefined;
    },
    async set(v) {
      if (!v) return;
      if (kinds) {
        const kr = radios.find((r) => r.v === v[kindKey])
          || radios.find((r) => v[r.wk] !== null && v[r.wk] !== undefined) || radios[0];
        show(kr.v);
        // a city or an organisation carries its name beside its id
        const raw = v[kr.wk];
        const c = byKey.get(kr.wk);
        await c.set(refOf(props[kr.wk]) && raw != null ? { id: raw, name: v.name, country: v.country } : raw);
        return;
      }
      for (const c of children) if (c.key in v) await c.set(v[c.key]);
    },
    pending: () => null,
    register(errors) {
      errors.add(path, fs, (children.find((c) => !c.wrap.hidden) || {}).focus || fs);
      for (const c of children) c.register(errors);
    },
    children: byKey,
  };
  return ctrl;
}

// A list of choices (a person's roles, the purposes of a consent): a box
// for each.
function choicesControl(key, path, prop, { required, opt, mode }) {
  const title = titleOf(prop, key);
  const legendId = nextId('lg');
  const errId = `${legendId}-error`;
  const boxes = (opt.choices || prop.items.enum).map((v) => {
    const cb = h('input', { type: 'checkbox', value: v });
    return { v, cb, el: h('label', { class: 'check' }, cb, ' ', choiceText(v)) };
  });
  const hint = hintFor(prop, { opt, mode });
  const fs = h('fieldset', { class: 'inline-checks field-choices', 'aria-describedby': errId },
    h('legend', { id: legendId }, title, required ? requiredMark() : null),
    hint ? h('p', { class: 'hint' }, hint) : null, boxes.map((b) => b.el),
    h('p', { class: 'field-error', id: errId, hidden: true }));
  const ctrl = {
    key, path, wrap: fs, focus: boxes[0]?.cb || fs, ready: Promise.resolve(),
    get: () => boxes.filter((b) => b.cb.checked).map((b) => b.v),
    set(v) {
      const want = new Set(v || []);
      for (const b of boxes) b.cb.checked = want.has(b.v);
    },
    pending: () => null,
  };
  ctrl.register = simpleRegister(ctrl);
  return ctrl;
}

// A list of short words (language codes): typed, separated by commas or
// spaces.
function wordsControl(key, path, prop, { required, opt, mode }) {
  const input = h('input', { type: 'text', autocomplete: 'off', spellcheck: 'false' });
  const hint = [hintFor(prop, { opt, mode }), t('forms-words-hint')].filter(Boolean).join(' ');
  const wrap = field(titleOf(prop, key), input, { hint, required, className: 'field-words' });
  const ctrl = {
    key, path, wrap, focus: input, ready: Promise.resolve(),
    get: () => input.value.split(/[\s,;،]+/).map((x) => x.trim().toLowerCase()).filter(Boolean),
    set(v) { input.value = (v || []).join(', '); },
    pending: () => null,
  };
  ctrl.register = simpleRegister(ctrl);
  return ctrl;
}

// A list of nested records (a person's ties): each as the fieldset of its
// item's schema, added and removed here.
async function objectsControl(doc, key, path, prop, { required, opt, mode }) {
  const title = titleOf(prop, key);
  const legendId = nextId('lg');
  const errId = `${legendId}-error`;
  const list = h('div', { class: 'subrecords' });
  const items = [];
  let errorsRef = null;
  const itemTitle = titleOf(prop.items, key);
  async function add(value) {
    const n = items.length;
    const c = await objectControl(doc, key, `${path}.${n}`, { ...prop.items, title: t('forms-item-n', { title: itemTitle, n: n + 1 }) },
      { required: false, opt, mode });
    const remove = h('button', { type: 'button', class: 'button secondary small' }, t('forms-remove-item', { title: itemTitle.toLowerCase() }));
    const entry = { c, el: h('div', { class: 'subrecord-item' }, c.wrap, remove) };
    remove.addEventListener('click', () => {
      items.splice(items.indexOf(entry), 1);
      entry.el.remove();
      addBtn.focus();
    });
    items.push(entry);
    list.append(entry.el);
    await c.ready;
    if (value) await c.set(value);
    if (errorsRef) c.register(errorsRef);
    return c;
  }
  const addBtn = h('button', { type: 'button', class: 'button secondary' }, t('forms-add-item', { title: itemTitle.toLowerCase() }));
  addBtn.addEventListener('click', async () => { const c = await add(null); c.focus?.focus?.(); });
  const hint = hintFor(prop, { opt, mode });
  const fs = h('fieldset', { class: 'section field-objects', 'aria-describedby': errId },
    h('legend', { id: legendId }, title, required ? requiredMark() : null),
    hint ? h('p', { class: 'hint' }, hint) : null, list, addBtn,
    h('p', { class: 'field-error', id: errId, hidden: true }));
  const ctrl = {
    key, path, wrap: fs, focus: addBtn, ready: Promise.resolve(),
    get: () => items.map((x) => x.c.get()).filter((v) => v !== undefined),
    async set(v) {
      items.splice(0).forEach((x) => x.el.remove());
      for (const x of v || []) await add(x);
    },
    pending: () => null,
    register(errors) {
      errorsRef = errors;
      errors.add(path, fs, addBtn);
      for (const x of items) x.c.register(errors);
    },
  };
  return ctrl;
}

async function makeControl(doc, key, path, prop, ctx) {
  // a text whose values a vocabulary gives (a need's category): a choice
  const plain = controlKind(doc, prop);
  const kind = plain === 'text' && ctx.opt && ctx.opt.choices ? 'choice' : plain;
  switch (kind) {
    case 'object': return objectControl(doc, key, path, prop, ctx);
    case 'topics': return topicsControl(key, path);
    case 'choices': return choicesControl(key, path, prop, ctx);
    case 'words': return wordsControl(key, path, prop, ctx);
    case 'objects': return objectsControl(doc, key, path, prop, ctx);
    case 'refs': return refControl(key, path, prop, { ...ctx, multiple: true });
    case 'ref': return refControl(key, path, prop, ctx);
    case 'enum': return enumControl(key, path, prop, ctx);
    case 'network': return selectControl(key, path, prop, {
      ...ctx, emptyText: ctx.required ? t('forms-choose-network') : t('forms-none'), options: ctx.opt.choices || networkChoices(),
    });
    case 'person': return selectControl(key, path, prop, {
      ...ctx, emptyText: prop.nullable ? t('forms-none') : t('forms-choose'), options: personChoices(),
    });
    case 'choice': return selectControl(key, path, prop, {
      ...ctx, emptyText: ctx.required ? t('forms-choose') : t('forms-none'), options: ctx.opt.choices || [],
    });
    case 'country': return selectControl(key, path, prop, {
      ...ctx, emptyText: ctx.required ? t('forms-choose-country') : t('forms-not-known'), options: countryChoices(),
    });
    case 'checkbox': return checkboxControl(key, path, prop, ctx);
    case null: return null;
    default: return inputControl(kind, key, path, prop, ctx);
  }
}

// ---- errors -------------------------------------------------------------------

// Put an API error next to its field and in the live region. The server
// names the field by its label ("Why it ended: is required"); next to the
// field that name is dropped.
export function showError(err, errors, what = t('common-not-saved')) {
  const msg = (err && err.message) || t('common-went-wrong');
  if (err && err.status === 401) {
    setStatus(t('common-error-signed-out', { what }), { error: true });
    return false;
  }
  if (err && err.status === 403) {
    setStatus(t('common-error-forbidden', { what, message: msg }), { error: true });
    return false;
  }
  const entry = errors && err && err.field ? errors.find(err.field) : null;
  if (!entry) {
    // a field the form does not show: its name is no help
    const prefix = err && err.field ? `${err.field}: ` : null;
    setStatus(t('common-error', { what, message: prefix && msg.startsWith(prefix) ? msg.slice(prefix.length) : msg }), { error: true });
    return false;
  }
  const labelEl = entry.wrap.querySelector(':scope > label, :scope > legend');
  const fname = labelEl ? fieldName(labelEl).trim() : err.field;
  let short = msg;
  const last = String(err.field).split('.').pop().replace(/\[\d+\]$/, '');
  for (const p of [fname, err.field, String(err.field).replace(/\[\d+\]$/, ''), last]) {
    const m = short.match(/^([^:]{1,80}): /);
    if (m && (m[1] === p || m[1].toLowerCase() === String(p).toLowerCase())) { short = short.slice(m[0].length); break; }
  }
  setStatus(t('common-error-field', { what, field: fname, message: short }), { error: true });
  errors.show(err.field, short.charAt(0).toUpperCase() + short.slice(1));
  return true;
}

// ---- the form -------------------------------------------------------------------

// [path, message] of a type-ahead typed in but not chosen from, or null
function pendingOf(c) {
  if (c.children) {
    for (const x of c.children.values()) {
      const r = x.wrap.hidden ? null : pendingOf(x);
      if (r) return r;
    }
    return null;
  }
  const m = c.pending();
  return m ? [c.path, m] : null;
}

const same = (a, b) => {
  const norm = (v) => (Array.isArray(v) ? [...v].map(String).sort() : v === undefined ? null : v);
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
};

// schemaForm({
//   schema: 'Partnership' or a schema object (a step's),
//   fields: ['kind', {legend: 'Dates', fields: [...]}, {row: ['a', 'b']}, ...],
//   values: the record (or initial values; a reference may be {id, name, country}),
//   fixed: values sent as they are and not shown,
//   options: {field: {hint, choices, rows, kinds, fields: {sub: {...}}}},
//   mode: 'create' (every filled field), 'update' (the changed ones) or 'step',
//   submitLabel, cancelHref or onCancel, what ('The partnership was not saved'),
//   onSubmit(body) -> reply, onDone(reply)
// }) -> {form, controls, errors, ready, body(), setChoices(key, opts), onChange(key, fn)}
export async function schemaForm({
  schema, fields, values = {}, fixed = {}, options = {}, mode = 'create', submitLabel = t('forms-save'),
  cancelHref = null, onCancel = null, what = t('common-not-saved'), onSubmit, onDone = () => {},
  className = '', intro = null,
}) {
  const doc = await apiDocument();
  const s = typeof schema === 'string' ? await schemaOf(schema) : schema;
  if (!s) throw new Error(t('forms-no-schema', { schema: String(schema) }));
  const props = s.properties || {};
  const required = new Set(s.required || []);
  const controls = new Map();

  async function build(item) {
    if (typeof item === 'string') {
      const prop = props[item];
      if (!prop) return null;
      const c = await makeControl(doc, item, item, prop, { required: required.has(item), opt: options[item] || {}, mode });
      if (!c) return null;
      controls.set(item, c);
      return c.wrap;
    }
    if (item.legend) {
      const inner = [];
      for (const x of item.fields) inner.push(await build(x));
      if (!inner.some(Boolean)) return null;
      return h('fieldset', { class: 'section' }, h('legend', {}, item.legend),
        item.hint ? h('p', { class: 'hint' }, item.hint) : null, inner);
    }
    if (item.row) {
      const inner = [];
      for (const x of item.row) inner.push(await build(x));
      return h('div', { class: 'row' }, inner);
    }
    return null;
  }

  const parts = [];
  for (const item of fields) parts.push(await build(item));
  const submit = h('button', { type: 'submit', class: 'button' }, submitLabel);
  const cancel = cancelHref ? h('a', { href: cancelHref, class: 'button secondary' }, t('forms-cancel'))
    : onCancel ? h('button', { type: 'button', class: 'button secondary', onclick: onCancel }, t('forms-cancel')) : null;
  const form = h('form', { class: `form schema-form ${className}`, novalidate: true },
    intro, parts, h('div', { class: 'form-actions' }, submit, cancel));
  const errors = new FormErrors(form);
  for (const c of controls.values()) c.register(errors);

  // the initial values, then what they read as (to send only what changed)
  await Promise.all([...controls.values()].map((c) => c.ready));
  for (const [k, c] of controls) {
    if (values && values[k] !== undefined) await c.set(values[k]);
  }
  const initial = new Map([...controls].map(([k, c]) => [k, c.get()]));

  function body() {
    const out = {};
    for (const [k, c] of controls) {
      const v = c.get();
      if (mode === 'update') {
        if (!same(v, initial.get(k))) out[k] = v === undefined ? null : v;
      } else if (v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length)) {
        out[k] = v;
      }
    }
    return { ...out, ...fixed };
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    errors.clear();
    for (const c of controls.values()) {
      const p = pendingOf(c);
      if (p) {
        const [path, message] = p;
        errors.show(path, message);
        const entry = errors.find(path);
        const lab = entry && entry.wrap.querySelector(':scope > label, :scope > legend');
        setStatus(t('common-error-field', { what, field: lab ? fieldName(lab) : path, message }), { error: true });
        return;
      }
    }
    const b = body();
    if (mode === 'update' && !Object.keys(b).length) {
      setStatus(t('forms-nothing-to-save'));
      return;
    }
    submit.disabled = true;
    setStatus(t('forms-saving'));
    try {
      const reply = await onSubmit(b);
      await onDone(reply);
    } catch (err) {
      showError(err, errors, what);
    } finally {
      submit.disabled = false;
    }
  });

  return {
    form, controls, errors, submit, body,
    setChoices(key, opts) { controls.get(key)?.setChoices?.(opts); },
    onChange(key, fn) { controls.get(key)?.onChange?.(fn); },
  };
}

// ---- a step of a record's life --------------------------------------------------

// The form of a step ({action, path, schema, summary} from schema.js
// stepsOf), every field of its body in the document's order, in a panel
// with the step's summary as its heading. onDone(reply) after it is taken.
export async function stepPanel(step, id, { onDone, onCancel, what, headingLevel = 'h3', intro, submitLabel, values }) {
  const s = step.schema || { properties: {} };
  const keys = Object.entries(s.properties || {}).filter(([, p]) => !p.readOnly).map(([k]) => k);
  const headingId = nextId('step');
  const path = step.path.replace(/^\/api\/v1/, '').replace('{id}', id);
  const sf = await schemaForm({
    schema: s, fields: keys, mode: 'step', submitLabel: submitLabel || label(step.action), values,
    what: what || t('forms-step-not-done', { action: label(step.action).toLowerCase() }),
    onSubmit: (body) => api.post(path, body), onDone, onCancel,
    className: `step-form step-${step.action}`,
  });
  const hint = hintOf(s);
  const panel = h('section', { class: 'step-panel', 'aria-labelledby': headingId, dataset: { step: step.action } },
    h(headingLevel, { id: headingId }, step.summary || label(step.action)),
    hint ? h('p', { class: 'hint' }, hint) : null,
    intro || null,
    sf.form);
  return { panel, form: sf };
}

// ---- confirmation ---------------------------------------------------------------

// A modal question; resolves true when confirmed.
export function confirmDialog({ title, text, yes = t('forms-delete'), no = t('forms-cancel'), into = document.body }) {
  return new Promise((resolveAnswer) => {
    const headingId = nextId('dlg');
    const yesB = h('button', { type: 'button', class: 'button danger' }, yes);
    const noB = h('button', { type: 'button', class: 'button secondary' }, no);
    const dialog = h('dialog', { class: 'confirm-dialog', 'aria-labelledby': headingId },
      h('h2', { id: headingId }, title), text ? h('p', {}, text) : null,
      h('div', { class: 'form-actions' }, yesB, noB));
    const opener = document.activeElement;
    let answer = false;
    into.append(dialog);
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (!answer && opener && opener.isConnected) opener.focus();
      resolveAnswer(answer);
    });
    noB.addEventListener('click', () => dialog.close());
    yesB.addEventListener('click', () => { answer = true; dialog.close(); });
    dialog.showModal();
    noB.focus();
  });
}

// A value of a record for reading (the same words the forms use).
export function valueText(prop, v) {
  if (v === null || v === undefined || v === '') return null;
  if (prop && prop.enum) return choiceText(v);
  if (typeof v === 'boolean') return v ? t('forms-yes') : t('forms-no');
  return String(v);
}

// What the server says about its records, from its API document: each
// kind's fields (label, type, choices, limits, whether required, what they
// refer to), the steps of each kind's life and the fields each step
// records. Pages and forms read these instead of writing them down again:
// no enum value, label or rule of the server is copied into web/.
import * as api from './api.js';
import { ready, choiceLabels } from './i18n.js';

let doc = null;
let loading = null;

// The API document (fetched once).
export function apiDocument() {
  if (doc) return Promise.resolve(doc);
  loading ??= ready.then(() => api.get('/openapi.json')).then((d) => {
    doc = d;
    collectLabels(d);
    return d;
  });
  return loading;
}

// The labels the document gives the choices of its fields (in a language
// other than English), for choiceText: the first label of a value wins.
function collectLabels(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node.enum) && Array.isArray(node['x-enum-labels'])) {
    node.enum.forEach((v, i) => {
      const l = node['x-enum-labels'][i];
      if (typeof l === 'string' && !choiceLabels.has(String(v))) choiceLabels.set(String(v), l);
    });
  }
  for (const v of Object.values(node)) collectLabels(v);
}

const refName = (node) => (node?.$ref ?? node?.allOf?.[0]?.$ref)?.split('/').pop();

// A kind's schema by name ("Partnership"), with $refs followed.
export async function schemaOf(name) {
  const d = await apiDocument();
  return d.components.schemas[name] || null;
}

// The schema of a field: its own, or the one it refers to (a nested record).
export function resolve(d, node) {
  const ref = refName(node);
  return ref ? { ...d.components.schemas[ref], title: node.title, description: node.description ?? d.components.schemas[ref].description, readOnly: node.readOnly, nullable: node.nullable } : node;
}

// The choices of a field ("kind" of "Partnership"): its enum values.
export async function choices(kind, field) {
  const s = await schemaOf(kind);
  return s?.properties?.[field]?.enum ?? [];
}

// The label people read for a field, as the server names it.
export async function labelOf(kind, field) {
  const s = await schemaOf(kind);
  return s?.properties?.[field]?.title ?? field;
}

// The steps of a kind's life the API offers, in the order of the
// document: [{action, path, schema (the fields it records), summary}].
export async function stepsOf(kind) {
  const d = await apiDocument();
  const out = [];
  for (const [path, item] of Object.entries(d.paths)) {
    const op = item.post;
    if (!op || op['x-kind'] !== kind || !path.includes('/{id}/')) continue;
    const action = op['x-action'];
    if (['create', 'update', 'delete', 'read'].includes(action)) continue;
    const body = refName(op.requestBody?.content?.['application/json']?.schema);
    out.push({ action, path, schema: body ? d.components.schemas[body] : null, summary: op.summary });
  }
  return out;
}

// The rules of a kind: [{action, who, states, to}] (x-rights).
export async function rulesOf(kind) {
  const s = await schemaOf(kind);
  return s?.['x-rights'] ?? [];
}

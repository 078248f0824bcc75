// The query parameters of the API's routes, as its document describes
// them (GET /api/v1/openapi.json): their choices, labels and limits, so
// that pages offer what the server takes and check an address against
// the same rules, without writing either down again. And the readable
// form of a choice value, in one place.
import { choiceLabels } from './i18n.js';
import { apiDocument } from './schema.js';
import { label } from './ui.js';

// The schema of a query parameter of GET path ("/practices", "status"),
// with its title and description; null when the route has no such one.
export async function paramOf(path, name) {
  const d = await apiDocument();
  const op = d.paths[`/api/v1${path}`]?.get;
  const p = (op?.parameters || []).find((x) => x.name === name && x.in === 'query');
  return p ? { ...p.schema, description: p.schema?.description ?? p.description } : null;
}

// The choices of a query parameter, in the document's order.
export async function paramChoices(path, name) {
  return (await paramOf(path, name))?.enum ?? [];
}

// Would the server take this value for the parameter? (its enum, pattern,
// length, or an integer within its bounds). Values from an address are
// checked before they are sent: the API refuses what it does not know.
export function validParam(schema, value) {
  if (!schema || value === null || value === undefined || value === '') return false;
  const v = String(value);
  if (schema.enum) return schema.enum.includes(v);
  if (schema.type === 'integer') {
    if (!/^-?\d{1,15}$/.test(v)) return false;
    const n = Number(v);
    return (schema.minimum === undefined || n >= schema.minimum) && (schema.maximum === undefined || n <= schema.maximum);
  }
  if (schema.maxLength !== undefined && v.length > schema.maxLength) return false;
  if (schema.minLength !== undefined && v.length < schema.minLength) return false;
  if (schema.pattern && !new RegExp(schema.pattern).test(v)) return false;
  return true;
}

// The readable form of a choice value: "study_visit" -> "Study visit",
// "over_200k" -> "Over 200,000", "under_15pct" -> "Under 15%".
export function choiceText(value) {
  if (value === null || value === undefined || value === '') return '';
  const server = choiceLabels.get(String(value)); // the document's own words, in the reader's language
  if (server) return server;
  return label(String(value)
    .replace(/(\d+)k\b/g, (m, n) => `${Number(n).toLocaleString('en')},000`)
    .replace(/(\d+)pct\b/g, '$1%'));
}

// The same, in a sentence: "study visit", "memorandum of understanding
// (MoU)"; names that begin with a capital stay as they are ("UN ...").
export function choiceWords(value) {
  const text = choiceText(value);
  return /^[A-Z][a-z]/.test(text) && !/^[A-Z][a-z]+ [A-Z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

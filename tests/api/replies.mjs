// Every reply the API tests receive is checked against the response schema
// the OpenAPI document gives for its route, method and status (ajv). The
// document is OpenAPI 3.0, whose `nullable` JSON Schema lacks: it becomes
// anyOf [the schema, null] here, as the converters of the OpenAPI tools do.
// The count is printed when the test file ends.
import Ajv from 'ajv';

// formats (uri, date) are the server's own checks, tested where they are made
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
let routes = null; // [{method, re, responses: {status|'default': validate}}]
export const replies = { checked: 0, mismatches: [] };

function jsonSchema(node) {
  if (Array.isArray(node)) return node.map(jsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) if (k !== 'nullable') out[k] = jsonSchema(v);
  // a reply never carries what is only ever sent (a password)
  if (Array.isArray(node.required) && node.properties) {
    out.required = node.required.filter((k) => !node.properties[k]?.writeOnly);
  }
  return node.nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

export function loadDocument(doc) {
  if (routes) return;
  const schemas = jsonSchema(doc.components.schemas);
  ajv.addSchema({ $id: 'amity', components: { schemas } });
  const fix = (s) => JSON.parse(JSON.stringify(jsonSchema(s)).replaceAll('"#/components/', '"amity#/components/'));
  routes = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    const re = new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    for (const [method, op] of Object.entries(item)) {
      const responses = {};
      for (const [status, r] of Object.entries(op.responses)) {
        const schema = r.content?.['application/json']?.schema;
        responses[status] = schema ? ajv.compile(fix(schema)) : null;
      }
      routes.push({ method: method.toUpperCase(), re, path, responses });
    }
  }
}

// Check one reply; throws when it does not match its schema.
export function checkReply(method, url, status, contentType, json) {
  if (!routes || json === null || !/application\/json/.test(contentType || '')) return;
  const path = new URL(url).pathname;
  const m = method === 'HEAD' ? 'GET' : method;
  const route = routes.find((r) => r.method === m && r.re.test(path));
  if (!route) return; // no such route: the 404 is checked by its test
  const validate = route.responses[String(status)] ?? route.responses.default;
  if (!validate) return;
  replies.checked++;
  if (!validate(json)) {
    const why = validate.errors.slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`).join('; ');
    replies.mismatches.push(`${method} ${route.path} ${status}: ${why}`);
    throw new Error(`the reply of ${method} ${path} (${status}) does not match the OpenAPI document: ${why}\n${JSON.stringify(json).slice(0, 400)}`);
  }
}

process.on('exit', () => {
  if (replies.checked) console.log(`replies checked against the OpenAPI document: ${replies.checked}, mismatches: ${replies.mismatches.length}`);
});

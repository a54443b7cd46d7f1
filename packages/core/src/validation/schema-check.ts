/**
 * What an interpreting validator must know before it trusts a schema given at run time: whether
 * each 2020-12 keyword it reads has a value of the right kind. An interpreter skips what it does
 * not understand, so a schema like `{ "type": "nope" }` or `{ "minimum": "5" }` would otherwise
 * accept everything; ajv refuses such a schema through the meta-schema, and so do we, here.
 */
import { joinPointer } from '../common/json-pointer.js';

/** Why a schema cannot be used; `kind` names the message `schema.<kind>` of the catalogs. */
export interface SchemaProblem {
  /** JSON Pointer into the schema */
  at: string;
  keyword: string;
  kind: 'schema' | 'type' | 'count' | 'number' | 'positive' | 'string' | 'string-list' | 'array' | 'schema-list'
    | 'schema-map' | 'regex' | 'boolean' | 'unsupported' | 'unresolved-ref' | 'duplicate-id';
}

/** Keywords whose value is one schema. */
const ONE = ['additionalProperties', 'unevaluatedProperties', 'items', 'contains', 'propertyNames', 'not', 'if',
  'then', 'else', 'unevaluatedItems'];
/** Keywords whose value is a non-empty list of schemas. */
const LIST = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
/** Keywords whose value maps names to schemas. */
const MAP = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const COUNT = ['minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties', 'minContains', 'maxContains'];
const NUMBER = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'];
const STRING = ['$id', '$ref', '$anchor', '$dynamicAnchor', '$schema', '$comment', 'format', 'pattern'];
const TYPES = new Set(['array', 'boolean', 'integer', 'null', 'number', 'object', 'string']);
/** Keywords an interpreter here does not evaluate: refusing beats answering "valid" wrongly. */
const UNSUPPORTED = ['$dynamicRef', '$recursiveRef'];

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const isSchema = (v: unknown): boolean => typeof v === 'boolean' || isNode(v);
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isStringList = (v: unknown): boolean =>
  Array.isArray(v) && v.every((s) => typeof s === 'string') && new Set(v).size === v.length;

/**
 * Every subschema directly under `node`, with the pointer tokens that lead to it.
 * @param node - a schema object
 */
export function childSchemas(node: Node): [string[], unknown][] {
  const out: [string[], unknown][] = [];
  for (const k of ONE) if (k in node) out.push([[k], node[k]]);
  for (const k of LIST) {
    const v = node[k];
    if (Array.isArray(v)) v.forEach((s, i) => out.push([[k, String(i)], s]));
  }
  for (const k of MAP) {
    const v = node[k];
    if (isNode(v)) for (const name of Object.keys(v)) out.push([[k, name], v[name]]);
  }
  return out;
}

function regexOk(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

/** The first problem of one schema object's own keywords (not its subschemas). */
function ownProblem(node: Node, at: string): SchemaProblem | undefined {
  const bad = (keyword: string, kind: SchemaProblem['kind']): SchemaProblem => ({ at, keyword, kind });
  const has = (k: string): boolean => Object.prototype.hasOwnProperty.call(node, k);
  for (const k of UNSUPPORTED) if (has(k)) return bad(k, 'unsupported');
  for (const k of STRING) if (has(k) && typeof node[k] !== 'string') return bad(k, 'string');
  for (const k of COUNT) if (has(k) && !isCount(node[k])) return bad(k, 'count');
  for (const k of NUMBER) if (has(k) && typeof node[k] !== 'number') return bad(k, 'number');
  if (has('multipleOf') && !(typeof node.multipleOf === 'number' && node.multipleOf > 0)) return bad('multipleOf', 'positive');
  if (has('uniqueItems') && typeof node.uniqueItems !== 'boolean') return bad('uniqueItems', 'boolean');
  if (has('type')) {
    const t = node.type;
    const names = Array.isArray(t) ? t : [t];
    if (!names.every((n) => typeof n === 'string' && TYPES.has(n)) || new Set(names).size !== names.length) return bad('type', 'type');
  }
  if (has('required') && !isStringList(node.required)) return bad('required', 'string-list');
  if (has('enum') && !Array.isArray(node.enum)) return bad('enum', 'array');
  if (typeof node.pattern === 'string' && !regexOk(node.pattern)) return bad('pattern', 'regex');
  if (has('dependentRequired')) {
    const d = node.dependentRequired;
    if (!isNode(d) || !Object.values(d).every(isStringList)) return bad('dependentRequired', 'string-list');
  }
  for (const k of ONE) if (has(k) && !isSchema(node[k])) return bad(k, 'schema');
  for (const k of LIST) {
    const v = node[k];
    if (has(k) && (!Array.isArray(v) || (k !== 'prefixItems' && v.length === 0) || !v.every(isSchema))) return bad(k, 'schema-list');
  }
  for (const k of MAP) if (has(k) && !(isNode(node[k]) && Object.values(node[k]).every(isSchema))) return bad(k, 'schema-map');
  if (isNode(node.patternProperties)) {
    if (!Object.keys(node.patternProperties).every(regexOk)) return bad('patternProperties', 'regex');
  }
  return undefined;
}

/**
 * Finds the first keyword of `schema` (or of any subschema) whose value a 2020-12 validator
 * cannot read.
 * @param schema - a schema given at run time
 * @returns the problem, or undefined when every keyword read is well formed
 */
export function checkSchema(schema: unknown): SchemaProblem | undefined {
  const stack: [unknown, string][] = [[schema, '']];
  const seen = new Set<object>();
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, at] = item;
    if (typeof node === 'boolean') continue;
    if (!isNode(node)) return { at, keyword: '', kind: 'schema' };
    if (seen.has(node)) continue;
    seen.add(node);
    const own = ownProblem(node, at);
    if (own) return own;
    for (const [tokens, child] of childSchemas(node)) stack.push([child, joinPointer(at, ...tokens)]);
  }
  return undefined;
}

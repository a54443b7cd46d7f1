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
  // index loops, no destructuring: this runs over every node of a schema as a form first mounts,
  // in code not yet optimised, where iterators cost most
  const out: [string[], unknown][] = [];
  for (let i = 0; i < ONE.length; i++) if (ONE[i] in node) out.push([[ONE[i]], node[ONE[i]]]);
  for (let i = 0; i < LIST.length; i++) {
    const v = node[LIST[i]];
    if (Array.isArray(v)) for (let j = 0; j < v.length; j++) out.push([[LIST[i], String(j)], v[j]]);
  }
  for (let i = 0; i < MAP.length; i++) {
    const v = node[MAP[i]];
    if (isNode(v)) for (const name of Object.keys(v)) out.push([[MAP[i], name], v[name]]);
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

/** One keyword rule: the keyword, the problem kind when `ok` fails, and `ok` on its value. */
type Rule = readonly [keyword: string, kind: SchemaProblem['kind'], ok: (v: unknown) => boolean];

const typeNames = (t: unknown): boolean => {
  const names = Array.isArray(t) ? t : [t];
  return names.every((n) => typeof n === 'string' && TYPES.has(n)) && new Set(names).size === names.length;
};

/** The rules a schema object's own keywords must meet, in the order the first problem is reported. */
const RULES: readonly Rule[] = [
  ...UNSUPPORTED.map((k): Rule => [k, 'unsupported', () => false]),
  ...STRING.map((k): Rule => [k, 'string', (v) => typeof v === 'string']),
  ...COUNT.map((k): Rule => [k, 'count', isCount]),
  ...NUMBER.map((k): Rule => [k, 'number', (v) => typeof v === 'number']),
  ['multipleOf', 'positive', (v) => typeof v === 'number' && v > 0],
  ['uniqueItems', 'boolean', (v) => typeof v === 'boolean'],
  ['type', 'type', typeNames],
  ['required', 'string-list', isStringList],
  ['enum', 'array', Array.isArray],
  ['pattern', 'regex', (v) => typeof v !== 'string' || regexOk(v)],
  ['dependentRequired', 'string-list', (d) => isNode(d) && Object.values(d).every(isStringList)],
  ...ONE.map((k): Rule => [k, 'schema', isSchema]),
  ...LIST.map((k): Rule => [k, 'schema-list', (v) => Array.isArray(v) && (k === 'prefixItems' || v.length > 0) && v.every(isSchema)]),
  ...MAP.map((k): Rule => [k, 'schema-map', (v) => isNode(v) && Object.values(v).every(isSchema)]),
  ['patternProperties', 'regex', (v) => !isNode(v) || Object.keys(v).every(regexOk)],
];

/** The rules by keyword: a node is looked at once per key it has, not once per keyword known. */
const RULES_BY_KEY = new Map<string, Rule[]>();
for (const rule of RULES) RULES_BY_KEY.set(rule[0], [...(RULES_BY_KEY.get(rule[0]) ?? []), rule]);

/** Whether every keyword of one schema object is well formed. */
function ownWellFormed(node: Node): boolean {
  for (const k of Object.keys(node)) {
    const rules = RULES_BY_KEY.get(k);
    if (rules) for (let i = 0; i < rules.length; i++) if (!rules[i][2](node[k])) return false;
  }
  return true;
}

/** The first problem of one schema object's own keywords (not its subschemas), in the order of {@link RULES}. */
function ownProblem(node: Node, at: string): SchemaProblem | undefined {
  const rule = RULES.find(([k, , ok]) => Object.prototype.hasOwnProperty.call(node, k) && !ok(node[k]));
  return rule && { at, keyword: rule[0], kind: rule[1] };
}

/** A node met in the walk; its pointer is spelled out only when a problem is reported. */
interface Visit {
  node: unknown;
  parent?: Visit;
  tokens: string[];
}

function pointerOf(v: Visit): string {
  return v.parent ? joinPointer(pointerOf(v.parent), ...v.tokens) : '';
}

/** Keywords that name or point at schema resources (the interpreter must resolve URIs for them). */
const REFERENCE = ['$ref', '$id', '$anchor', '$dynamicAnchor', '$recursiveAnchor'];

/** What {@link checkSchema} also tells of a well-formed schema. */
export interface SchemaFacts {
  /** some (sub)schema has `$ref`, `$id` or an anchor */
  references: boolean;
}

/**
 * Finds the first keyword of `schema` (or of any subschema) whose value a 2020-12 validator
 * cannot read.
 * @param schema - a schema given at run time
 * @param facts - filled in on the way: whether the schema uses references
 * @returns the problem, or undefined when every keyword read is well formed
 */
export function checkSchema(schema: unknown, facts?: SchemaFacts): SchemaProblem | undefined {
  const stack: Visit[] = [{ node: schema, tokens: [] }];
  const seen = new Set<object>();
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node } = item;
    if (typeof node === 'boolean') continue;
    if (!isNode(node)) return { at: pointerOf(item), keyword: '', kind: 'schema' };
    if (seen.has(node)) continue;
    seen.add(node);
    // the exact first problem (in the keyword order above) only when there is one
    const own = ownWellFormed(node) ? undefined : ownProblem(node, pointerOf(item));
    if (own) return own;
    if (facts && !facts.references) for (let i = 0; i < REFERENCE.length && !facts.references; i++) facts.references = REFERENCE[i] in node;
    const children = childSchemas(node);
    for (let i = 0; i < children.length; i++) stack.push({ node: children[i][1], parent: item, tokens: children[i][0] });
  }
  return undefined;
}

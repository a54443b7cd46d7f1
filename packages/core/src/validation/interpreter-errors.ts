/**
 * Turns the output units of the interpreting validator (@cfworker/json-schema, "basic" output:
 * every failed keyword, parents before their children) into formplan's {@link FieldError}s with
 * ajv's keyword names and params, so the same catalogs word them and fields show them at the same
 * pointers as ajv's errors.
 */
import type { OutputUnit } from '@cfworker/json-schema';
import { joinPointer, unescapePointerToken } from '../common/json-pointer.js';
import type { MessageCatalog } from '../messages/catalog.js';
import { keywordMessage } from '../messages/ajv-message.js';
import type { FieldError } from './validator.js';

type Node = Record<string, unknown>;
type Catalogs = readonly Partial<{ vi: MessageCatalog; en: MessageCatalog }>[];

/** Units that only say "a subschema failed": their children carry the reason. */
const WRAPPERS = new Set(['$ref', '$recursiveRef', 'properties', 'patternProperties', 'prefixItems', 'items', 'allOf', 'dependentSchemas']);
/** Keywords whose value is a limit (ajv's `limit` param). */
const LIMITS = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'minItems',
  'maxItems', 'minProperties', 'maxProperties', 'minContains', 'maxContains']);
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A location of the interpreter (`#` + URI-encoded pointer) as a JSON Pointer. */
function pointerOf(location: string): string {
  return decodeURIComponent(location.slice(1));
}

/** What the interpreter's message names (the missing property of `required`, …), by keyword. */
const NAMED: Readonly<Record<string, RegExp>> = {
  required: /^Instance does not have required property "(.*)"\.$/s,
  additionalProperties: /^Property "(.*)" does not match/s,
  unevaluatedProperties: /^Property "(.*)" does not match/s,
  dependentRequired: /^Instance has "(.*)" but does not have "(.*)"\.$/s,
  propertyNames: /^Property name "(.*)" does not match/s,
};

function named(unit: OutputUnit): string[] {
  const re = NAMED[unit.keyword];
  return (re?.exec(unit.error) ?? []).slice(1);
}

/**
 * The schema object holding the failed keyword: walks the keyword location from the root,
 * following `$ref` through the lookup the interpreter resolved it with.
 */
function holderOf(unit: OutputUnit, root: Node, lookup: Readonly<Record<string, unknown>>): Node | undefined {
  const tokens = pointerOf(unit.keywordLocation).split('/').slice(1, -1).map(unescapePointerToken);
  let at: unknown = root;
  for (const t of tokens) {
    if (Array.isArray(at)) at = at[Number(t)];
    else if (!isNode(at)) return undefined;
    else if (t === '$ref' && typeof at.__absolute_ref__ === 'string') at = lookup[at.__absolute_ref__];
    else at = at[t];
  }
  return isNode(at) ? at : undefined;
}

/** ajv's name and params for one unit; `pointer` is where the field shows it. */
function describe(unit: OutputUnit, holder: Node | undefined): { keyword: string; pointer: string; params: Node } {
  const pointer = pointerOf(unit.instanceLocation);
  const value = holder?.[unit.keyword];
  const names = named(unit);
  switch (unit.keyword) {
    case 'false': return { keyword: 'false schema', pointer, params: {} };
    case 'required': return { keyword: 'required', pointer: joinPointer(pointer, names[0] ?? ''), params: { missingProperty: names[0] } };
    case 'additionalProperties':
      return { keyword: unit.keyword, pointer: joinPointer(pointer, names[0] ?? ''), params: { additionalProperty: names[0] } };
    case 'unevaluatedProperties':
      return { keyword: unit.keyword, pointer: joinPointer(pointer, names[0] ?? ''), params: { unevaluatedProperty: names[0] } };
    case 'dependentRequired': return { keyword: unit.keyword, pointer, params: { property: names[0], missingProperty: names[1] } };
    case 'propertyNames': return { keyword: unit.keyword, pointer, params: { propertyName: names[0] } };
    case 'type': return { keyword: 'type', pointer, params: { type: Array.isArray(value) ? value.join(',') : value } };
    case 'enum': return { keyword: 'enum', pointer, params: { allowedValues: value } };
    case 'const': return { keyword: 'const', pointer, params: { allowedValue: value } };
    case 'uniqueItems': {
      const [j, i] = [...unit.error.matchAll(/\d+/g)].map((m) => Number(m[0]));
      return { keyword: unit.keyword, pointer, params: { i, j } };
    }
    default:
      return { keyword: unit.keyword, pointer, params: LIMITS.has(unit.keyword) ? { limit: value } : { [unit.keyword]: value } };
  }
}

/**
 * Maps the interpreter's units to field errors, keeping what ajv reports: the failed keywords,
 * not the "a subschema failed" wrappers; `additionalProperties: false` as one error at the extra
 * property (not also as a false schema there).
 * @param units - the interpreter's errors, parents first
 * @param root - the schema validated (as given to the interpreter)
 * @param lookup - the interpreter's resolved URIs
 * @param catalogs - message overrides tried before the defaults
 */
export function interpreterErrors(units: readonly OutputUnit[], root: Node, lookup: Readonly<Record<string, unknown>>, catalogs: Catalogs): FieldError[] {
  const out: FieldError[] = [];
  const extra = new Set<string>();
  for (const unit of units) {
    if (WRAPPERS.has(unit.keyword)) continue;
    const holder = holderOf(unit, root, lookup);
    const sub = holder?.[unit.keyword];
    const overEach = unit.keyword === 'additionalProperties' || unit.keyword === 'unevaluatedProperties';
    if (overEach && sub !== false) continue;
    const { keyword, pointer, params } = describe(unit, holder);
    if (keyword === 'false schema' && extra.has(pointer)) continue;
    if (overEach) extra.add(pointer);
    out.push({ pointer, keyword, params, message: keywordMessage(keyword, params, holder, catalogs), severity: 'error' });
  }
  return out;
}

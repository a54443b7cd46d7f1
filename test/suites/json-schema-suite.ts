/**
 * The official JSON Schema Test Suite (draft 2020-12) as vendored in
 * test/fixtures/json-schema-test-suite/ (see its README): which files, which groups are left out
 * and why, and how ajv (2020, non-strict: formplan's reference verdict) judges a case.
 */
import { createAjv } from '@formplan/core';

/** One group of the suite: a schema and the data judged against it. */
export interface SuiteGroup {
  description: string;
  schema: boolean | Record<string, unknown>;
  tests: { description: string; data: unknown; valid: boolean }[];
}

/** The vendored files (refRemote, dynamicRef and vocabulary are not vendored; nor is optional/). */
export const SUITE_FILES: readonly string[] = [
  'additionalProperties', 'allOf', 'anchor', 'anyOf', 'boolean_schema', 'const', 'contains', 'content', 'default', 'defs',
  'dependentRequired', 'dependentSchemas', 'enum', 'exclusiveMaximum', 'exclusiveMinimum', 'format', 'if-then-else',
  'infinite-loop-detection', 'items', 'maxContains', 'maxItems', 'maxLength', 'maxProperties', 'maximum', 'minContains',
  'minItems', 'minLength', 'minProperties', 'minimum', 'multipleOf', 'not', 'oneOf', 'pattern', 'patternProperties',
  'prefixItems', 'properties', 'propertyNames', 'ref', 'required', 'type', 'unevaluatedItems', 'unevaluatedProperties',
  'uniqueItems',
].map((f) => `${f}.json`);

function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) refs(n, out);
  else if (typeof node === 'object' && node !== null) {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$dynamicRef') out.push('$dynamicRef');
      else if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

/**
 * Why a group is left out, or undefined when it runs: a root schema that is `true`/`false` (a
 * form's schema is an object), a `$dynamicRef`, or a `$ref` to a remote document (the suite's
 * remotes on localhost:1234, the meta-schemas on json-schema.org).
 */
export function leftOut(group: SuiteGroup): string | undefined {
  if (typeof group.schema === 'boolean') return 'boolean root schema';
  for (const r of refs(group.schema)) {
    if (r === '$dynamicRef') return '$dynamicRef';
    if (/^https?:\/\/(localhost:1234|json-schema\.org)\//.test(r)) return 'remote ref';
  }
  return undefined;
}

/** ajv's verdict per test of a group (ajv 2020 non-strict, formats on); 'error' when it cannot compile. */
export function ajvVerdicts(group: SuiteGroup): (boolean | 'error')[] {
  let validate: ((data: unknown) => boolean) | undefined;
  try {
    const ajv = createAjv({ strict: false });
    const fn = ajv.compile(group.schema);
    validate = (data) => fn(data);
  } catch {
    validate = undefined;
  }
  return group.tests.map((t) => (validate ? validate(t.data) : 'error'));
}

/**
 * Pack checks that generate no code, for a page under a strict Content-Security-Policy
 * (`script-src 'self'` without `'unsafe-eval'`), where ajv cannot compile: the meta-schemas and
 * the resolved forms are judged by a {@link Validator} that interprets JSON Schema (core's
 * `InterpretingValidator`, which the page loads from its run-time chunk). ajv's strict mode (an
 * unknown keyword, a `type` missing beside `properties`) has no interpreted counterpart, so a
 * check run this way does not apply it; the CLI and `formplan publish` still do.
 */
import type { ResolvedForm } from '../schema/resolved-form.js';
import type { Validator } from '../validation/validator.js';
import { PART_KINDS, type MetaSchemaDoc, type MetaValidator, type MetaValidatorResult, type PartKind } from './meta-validator.js';
import { packError, type PackError } from './pack-error.js';

/** Roots per part kind, per meta-schema list, per validator (building them reads every document). */
const cache = new WeakMap<Validator, WeakMap<readonly MetaSchemaDoc[], MetaValidatorResult>>();

/**
 * The meta-schema of one part kind as one document: every meta-schema embedded (each keeps its
 * `$id`, so their `$ref`s to one another resolve), the root referring to `urn:formplan:meta:<kind>`.
 */
function rootOf(kind: PartKind, docs: readonly MetaSchemaDoc[]): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:formplan:meta-check:${kind}`,
    $defs: Object.fromEntries(docs.map((d, i) => [`m${i}`, d.schema])),
    $ref: `urn:formplan:meta:${kind}`,
  };
}

/**
 * {@link createMetaValidator} with an interpreting validator in place of ajv. Never throws: a
 * meta-schema the validator cannot read becomes a `meta-schema` error, as with ajv.
 * @param docs - meta-schema documents; each has `$id` `urn:formplan:meta:<name>`
 * @param validator - a validator that generates no code (`InterpretingValidator`)
 */
export function interpretedMetaValidator(docs: readonly MetaSchemaDoc[], validator: Validator): MetaValidatorResult {
  let perDocs = cache.get(validator);
  if (!perDocs) cache.set(validator, (perDocs = new WeakMap()));
  let result = perDocs.get(docs);
  if (!result) perDocs.set(docs, (result = build(docs, validator)));
  return result;
}

function build(docs: readonly MetaSchemaDoc[], validator: Validator): MetaValidatorResult {
  const roots = new Map<PartKind, Record<string, unknown>>();
  const errors: PackError[] = [];
  for (const kind of PART_KINDS) {
    const root = rootOf(kind, docs);
    const ready = validator.prepare?.(root) ?? { ok: true };
    if (ready.ok) roots.set(kind, root);
    else errors.push(packError(`schemas/meta/${kind}.schema.json`, '', 'meta-schema', { detail: ready.error.messages.en }));
  }
  if (errors.length > 0) return { ok: false, errors };
  const validate: MetaValidator['validate'] = (kind, value, file) =>
    validator.validate(roots.get(kind) as Record<string, unknown>, value).map((e) => ({
      ...packError(file, e.pointer, 'schema', {}), message: e.message, keyword: e.keyword,
    }));
  return { ok: true, validator: { validate } };
}

/**
 * A compile check of resolved form schemas (the loader's `compileSchemas`) by an interpreting
 * validator: throws the validator's vi/en reason when it cannot read a schema (a malformed
 * keyword, an unresolved `$ref`).
 * @param validator - a validator that generates no code
 */
export function interpretedCompile(validator: Validator): (schema: ResolvedForm['schema']) => void {
  return (schema) => {
    const ready = validator.prepare?.(schema) ?? { ok: true };
    if (!ready.ok) throw ready.error;
  };
}

import type { ValidateFunction } from 'ajv';
import { ajvErrorMessage, ajvErrorPointer } from '../messages/ajv-message.js';
import { createAjv } from '../schema/create-ajv.js';
import { packError, type PackError } from './pack-error.js';

/** The parts of a pack, each validated by the meta-schema `urn:formplan:meta:<kind>`. */
export type PartKind =
  | 'manifest' | 'org-units' | 'agencies' | 'category-sets' | 'criteria-set' | 'calendar' | 'plan' | 'form';

/** Every part kind, in load order. */
export const PART_KINDS: readonly PartKind[] = [
  'manifest', 'org-units', 'agencies', 'category-sets', 'criteria-set', 'calendar', 'plan', 'form',
];

/** A meta-schema document with the file it came from (for errors). */
export interface MetaSchemaDoc {
  file: string;
  schema: unknown;
}

/** Validates pack parts against the meta-schemas. */
export interface MetaValidator {
  /** Validates one part; returns its errors (empty when valid). */
  validate(kind: PartKind, value: unknown, file: string): PackError[];
}

/** Result of building a meta validator: the meta-schemas themselves may be unusable. */
export type MetaValidatorResult = { ok: true; validator: MetaValidator } | { ok: false; errors: PackError[] };

/**
 * Compiles the meta-schemas (every `schemas/meta/*.schema.json`) with strict ajv, once per
 * list (cached by the array's identity). Never throws: a broken meta-schema becomes a `meta-schema` error naming its file.
 * @param docs - meta-schema documents; each has `$id` `urn:formplan:meta:<name>`
 */
export function createMetaValidator(docs: readonly MetaSchemaDoc[]): MetaValidatorResult {
  const hit = cache.get(docs);
  if (hit) return hit;
  const result = buildMetaValidator(docs);
  cache.set(docs, result);
  return result;
}

/** Compiled meta validators, per meta-schema list (compiling takes a while; lists are reused). */
const cache = new WeakMap<readonly MetaSchemaDoc[], MetaValidatorResult>();

function buildMetaValidator(docs: readonly MetaSchemaDoc[]): MetaValidatorResult {
  const ajv = createAjv();
  const errors: PackError[] = [];
  for (const d of docs) {
    try {
      ajv.addSchema(d.schema as object);
    } catch (e) {
      errors.push(packError(d.file, '', 'meta-schema', { detail: e instanceof Error ? e.message : String(e) }));
    }
  }
  const compiled = new Map<PartKind, ValidateFunction>();
  if (errors.length === 0) {
    for (const kind of PART_KINDS) {
      const id = `urn:formplan:meta:${kind}`;
      try {
        const fn = ajv.getSchema(id);
        if (!fn) {
          errors.push(packError(`schemas/meta/${kind}.schema.json`, '', 'meta-schema', { detail: `no schema ${id}` }));
        } else compiled.set(kind, fn);
      } catch (e) {
        const file = docs.find((d) => (d.schema as { $id?: string }).$id === id)?.file ?? id;
        errors.push(packError(file, '', 'meta-schema', { detail: e instanceof Error ? e.message : String(e) }));
      }
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    validator: {
      validate(kind, value, file) {
        const fn = compiled.get(kind) as ValidateFunction;
        if (fn(value)) return [];
        return (fn.errors ?? []).map((err) => {
          const message = ajvErrorMessage(err);
          const pe = packError(file, ajvErrorPointer(err), 'schema', {});
          return { ...pe, message, keyword: err.keyword };
        });
      },
    },
  };
}

import type { Bilingual } from '../common/bilingual.js';
import { FormplanError } from '../common/formplan-error.js';

/** How serious a finding is: `error` blocks submission, `warning` and `info` do not. */
export type Severity = 'error' | 'warning' | 'info';

/** One problem in form data. */
export interface FieldError {
  /** JSON Pointer into the data; for `required` the missing field itself */
  pointer: string;
  /** the failing keyword (`required`, `type`, `minimum`, …) or a rule code */
  keyword: string;
  params: Record<string, unknown>;
  message: Bilingual;
  severity: Severity;
}

/** A schema the validator cannot compile; `messages` carry the validator's own explanation. */
export class SchemaCompileError extends FormplanError {
  constructor(messages: Bilingual, cause?: unknown) {
    super('schema-compile', messages, { cause });
    this.name = 'SchemaCompileError';
  }
}

/**
 * A schema that cannot be compiled as a form error at the root, so whoever asks whether the data
 * is valid hears "no" (never "valid" for a schema nobody could check the data against).
 */
export function schemaFieldError(error: SchemaCompileError): FieldError {
  return { pointer: '', keyword: 'schema', params: { code: error.code }, message: error.messages, severity: 'error' };
}

/** Whether a schema can be used: a compile failure is a value, not an exception. */
export type PrepareResult = { ok: true } | { ok: false; error: SchemaCompileError };

/** Validates data against a resolved form schema. Implementations cache compiled schemas. */
export interface Validator {
  /**
   * Compiles `schema` ahead of use (cached), reporting a failure as a value.
   * @param schema - a resolved schema
   */
  prepare?(schema: Record<string, unknown>): PrepareResult;
  /**
   * @param schema - a resolved schema (with `$id`)
   * @param value - the form data
   * @returns every error, empty when valid
   * @throws when the schema cannot be compiled (call {@link Validator.prepare} first to know)
   */
  validate(schema: Record<string, unknown>, value: unknown): FieldError[];
  /**
   * Resolves once {@link Validator.validate} can judge `schema` (a validator that loads its code
   * on demand, e.g. the page's interpreter chunk); rejects when that code cannot be loaded.
   * Validators without it are always ready.
   * @param schema - a resolved schema
   */
  ready?(schema: Record<string, unknown>): Promise<void>;
}

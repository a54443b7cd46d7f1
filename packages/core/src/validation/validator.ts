import type { Bilingual } from '../common/bilingual.js';

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

/** Validates data against a resolved form schema. Implementations cache compiled schemas. */
export interface Validator {
  /**
   * @param schema - a resolved schema (with `$id`)
   * @param value - the form data
   * @returns every error, empty when valid
   */
  validate(schema: Record<string, unknown>, value: unknown): FieldError[];
}

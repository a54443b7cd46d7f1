/** What an expression reads from and what evaluating it gives back. */
import type { Bilingual } from '../common/bilingual.js';

/** A value an expression produces; `null` means missing (never zero). */
export type ExpressionValue = number | boolean | string | null;

/**
 * Where an expression reads its fields. Paths are the written segments without wildcards,
 * relative to the object holding the expression; a first segment `'$root'` means the form root.
 * Implementations should refuse `__proto__`/`constructor`/`prototype` too, but the evaluator
 * never asks for them.
 */
export interface Scope {
  /** the value at a concrete path (`undefined` when absent) */
  get(path: readonly string[]): unknown;
  /** the child keys of the object at `path`, for wildcard expansion (`[]` when not an object) */
  keys(path: readonly string[]): readonly string[];
  /** the list a bare `*` stands for (e.g. the row's non-computed count cells) */
  star?(): readonly unknown[];
}

/** Result of evaluating an expression. */
export interface EvalResult {
  /** the value; `null` when missing or on error */
  value: ExpressionValue;
  /** true when an aggregate skipped missing values, so the value may change as data arrives */
  incomplete: boolean;
  /** set when the expression could not be computed (division by zero, wrong types, …) */
  error?: Bilingual;
}

/** Converting raw field data into expression values. */
import { bilingual, type Bilingual } from '../common/bilingual.js';
import type { EvalResult, ExpressionValue } from './scope.js';

/**
 * Reads a raw field value: `undefined`, `null`, `''` and non-finite numbers are missing;
 * strings are NFC-normalised; objects, arrays and other types are not single values.
 * @param raw - what the scope returned
 * @param label - the field, for the message
 * @returns the value, or an error result
 */
export function fieldValue(raw: unknown, label: string): EvalResult {
  if (raw === undefined || raw === null || raw === '') return missing();
  if (typeof raw === 'number') return Number.isFinite(raw) ? ok(raw) : missing();
  if (typeof raw === 'boolean') return ok(raw);
  if (typeof raw === 'string') return ok(raw.normalize('NFC'));
  return failure(bilingual(`Trường "${label}" không phải là một giá trị đơn`, `Field "${label}" is not a single value`));
}

/**
 * A present value, not incomplete.
 * @param value - the value
 * @returns the result
 */
export function ok(value: ExpressionValue): EvalResult {
  return { value, incomplete: false };
}

/**
 * A missing value.
 * @param incomplete - whether it comes from partly missing data
 * @returns the result
 */
export function missing(incomplete = false): EvalResult {
  return { value: null, incomplete };
}

/**
 * A failed computation (value `null`).
 * @param error - why
 * @param incomplete - carried over from the operands
 * @returns the result
 */
export function failure(error: Bilingual, incomplete = false): EvalResult {
  return { value: null, incomplete, error };
}

/**
 * Names a value's type for messages.
 * @param value - a present value
 * @returns a vi/en name
 */
export function typeName(value: ExpressionValue): Bilingual {
  if (typeof value === 'number') return bilingual('số', 'number');
  if (typeof value === 'boolean') return bilingual('đúng/sai', 'boolean');
  if (typeof value === 'string') return bilingual('chuỗi', 'string');
  return bilingual('trống', 'missing');
}

/** Division by zero. */
export const DIVISION_BY_ZERO: Bilingual = bilingual('Chia cho 0', 'Division by zero');

/** A result too large to represent. */
export const OUT_OF_RANGE: Bilingual = bilingual('Kết quả vượt quá giới hạn số', 'Result is out of numeric range');

/**
 * Keeps a numeric result only when finite.
 * @param n - the computed number
 * @param incomplete - carried flag
 * @returns the result
 */
export function numberResult(n: number, incomplete: boolean): EvalResult {
  return Number.isFinite(n) ? { value: n, incomplete } : failure(OUT_OF_RANGE, incomplete);
}

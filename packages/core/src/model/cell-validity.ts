/**
 * Whether a number can be added into a total: a total over an invalid cell (−3 in a count,
 * 1,5 in an integer, text in a number) is not computable, never a number.
 */
import type { Bilingual } from '../common/bilingual.js';

type Node = Record<string, unknown>;

/** Why a total or a computed value over an invalid cell shows no number. */
export const NOT_COMPUTABLE: Bilingual = {
  vi: 'không tính được: có ô không hợp lệ',
  en: 'cannot be computed: a cell is not valid',
};

function numericType(node: Node | undefined): string | undefined {
  const t = node?.type;
  const list = Array.isArray(t) ? t : [t];
  return list.find((x) => x === 'integer' || x === 'number') as string | undefined;
}

/**
 * A present value that a total must not add: not a finite number, or breaking its numeric leaf
 * schema's `integer` type or bounds. Missing (`undefined`) is not invalid: it is missing.
 * @param node - the cell's resolved schema (undefined when unknown: any finite number is accepted)
 * @param value - the cell's value
 */
export function invalidForTotal(node: Node | undefined, value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'number' || !Number.isFinite(value)) return true;
  const type = numericType(node);
  if (!node || type === undefined) return false;
  if (type === 'integer' && !Number.isInteger(value)) return true;
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = node;
  if (typeof minimum === 'number' && value < minimum) return true;
  if (typeof maximum === 'number' && value > maximum) return true;
  if (typeof exclusiveMinimum === 'number' && value <= exclusiveMinimum) return true;
  return typeof exclusiveMaximum === 'number' && value >= exclusiveMaximum;
}

/**
 * Like {@link invalidForTotal}, but only for numeric leaves: other inputs (a boolean condition,
 * a text) are never "invalid numbers".
 * @param node - the input's resolved schema
 * @param value - its value
 */
export function invalidNumericInput(node: Node | undefined, value: unknown): boolean {
  return numericType(node) !== undefined && invalidForTotal(node, value);
}

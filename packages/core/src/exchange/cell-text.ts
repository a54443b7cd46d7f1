/**
 * Reading the text of one spreadsheet cell (pasted or uploaded) into the value of a form cell:
 * numbers the Vietnamese way (`1.234`, `12,5`, `1 234`), then the cell's own bounds (a count is a
 * whole number from 0). A value that does not fit is refused with the reason, never written: a
 * block from Excel must not leave text in a count cell.
 */
import type { Bilingual } from '../common/bilingual.js';
import type { SchemaNode } from '../schema/resolved-form.js';
import { formatVietnameseNumber, parseVietnameseNumber } from '../model/number-input.js';

/** The kinds of editable cells a spreadsheet value can land in. */
export type CellTextKind = 'number' | 'text' | 'boolean';

/** Why a cell's text was refused. */
export type CellRefusal = 'notNumber' | 'notInteger' | 'negative' | 'outOfRange' | 'notBoolean' | 'tooLong';

/** A cell's text read: its value (`undefined` clears the cell), or why it was refused. */
export type CellReading = { ok: true; value: unknown } | { ok: false; reason: CellRefusal; message: Bilingual };

const TRUE = new Set(['x', '1', 'có', 'true', 'đúng', 'yes', 'v', '✓', '☑']);
const FALSE = new Set(['0', 'không', 'false', 'sai', 'no']);

const num = (v: number): Bilingual => ({ vi: formatVietnameseNumber(v), en: String(v) });

/**
 * Checks a number against its cell's schema: whole number for `integer`, `minimum`/`maximum`
 * (and the exclusive ones). Returns the refusal, or undefined when it fits.
 * @param node - the cell's resolved schema (undefined: any finite number fits)
 */
export function numberRefusal(node: SchemaNode | undefined, value: number): Exclude<CellReading, { ok: true }> | undefined {
  const type = Array.isArray(node?.type) ? node.type : [node?.type];
  if (type.includes('integer') && !type.includes('number') && !Number.isInteger(value)) {
    const v = num(value);
    return { ok: false, reason: 'notInteger', message: { vi: `${v.vi} không phải số nguyên`, en: `${v.en} is not a whole number` } };
  }
  const min = typeof node?.minimum === 'number' ? node.minimum : undefined;
  const max = typeof node?.maximum === 'number' ? node.maximum : undefined;
  const xmin = typeof node?.exclusiveMinimum === 'number' ? node.exclusiveMinimum : undefined;
  const xmax = typeof node?.exclusiveMaximum === 'number' ? node.exclusiveMaximum : undefined;
  const v = num(value);
  if (min === 0 && value < 0) return { ok: false, reason: 'negative', message: { vi: `số âm (${v.vi}) không hợp lệ`, en: `a negative number (${v.en}) is not allowed` } };
  const below = (min !== undefined && value < min) || (xmin !== undefined && value <= xmin);
  const above = (max !== undefined && value > max) || (xmax !== undefined && value >= xmax);
  if (!below && !above) return undefined;
  const lo = min ?? xmin;
  const hi = max ?? xmax;
  const range: Bilingual = lo !== undefined && hi !== undefined
    ? { vi: `từ ${num(lo).vi} đến ${num(hi).vi}`, en: `from ${lo} to ${hi}` }
    : lo !== undefined ? { vi: `từ ${num(lo).vi} trở lên`, en: `at least ${lo}` } : { vi: `tối đa ${num(hi ?? 0).vi}`, en: `at most ${hi ?? 0}` };
  return { ok: false, reason: 'outOfRange', message: { vi: `${v.vi} nằm ngoài khoảng cho phép (${range.vi})`, en: `${v.en} is out of range (${range.en})` } };
}

/**
 * Reads a spreadsheet cell's text for a form cell. Empty text (or only spaces) clears the cell.
 * @param text - the cell's text as copied (already NFC)
 * @param kind - the kind of the form cell
 * @param node - the form cell's resolved schema, for its bounds
 * @example
 * ```ts
 * readCellText('1.234', 'number', { type: 'integer', minimum: 0 }); // { ok: true, value: 1234 }
 * readCellText('-3', 'number', { type: 'integer', minimum: 0 });    // { ok: false, reason: 'negative', … }
 * readCellText('', 'number');                                        // { ok: true, value: undefined }
 * ```
 */
export function readCellText(text: string, kind: CellTextKind, node?: SchemaNode): CellReading {
  const t = text.normalize('NFC').trim();
  if (t === '') return { ok: true, value: undefined };
  switch (kind) {
    case 'number': {
      const r = parseVietnameseNumber(t);
      if (!r.ok) return { ok: false, reason: 'notNumber', message: r.message };
      return r.value === undefined ? { ok: true, value: undefined } : numberRefusal(node, r.value) ?? { ok: true, value: r.value };
    }
    case 'boolean': {
      const lower = t.toLowerCase();
      if (TRUE.has(lower)) return { ok: true, value: true };
      if (FALSE.has(lower)) return { ok: true, value: false };
      return { ok: false, reason: 'notBoolean', message: { vi: `"${t}" không phải là có/không`, en: `"${t}" is not yes/no` } };
    }
    case 'text': {
      const max = typeof node?.maxLength === 'number' ? node.maxLength : undefined;
      if (max !== undefined && [...t].length > max) {
        return { ok: false, reason: 'tooLong', message: { vi: `văn bản dài quá ${max} ký tự`, en: `the text is longer than ${max} characters` } };
      }
      return { ok: true, value: t };
    }
  }
}

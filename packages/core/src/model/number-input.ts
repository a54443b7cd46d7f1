/**
 * Reading numbers as Vietnamese users type them: `.` groups thousands and `,` marks decimals
 * (`1.234` is one thousand two hundred thirty-four; `12,5` is twelve and a half). Spaces group too.
 */
import type { Bilingual } from '../pack/types.js';

/** The outcome of reading a typed number. */
export type NumberInput = { ok: true; value: number | undefined } | { ok: false; message: Bilingual };

const GROUPED = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/;
const PLAIN = /^-?\d+(,\d+)?$/;
const DOT_DECIMAL = /^-?\d+\.\d{1,2}$|^-?\d+\.\d{4,}$/;

/**
 * Parses a number typed in Vietnamese habits. Empty text is "missing", not zero.
 * @example
 * ```ts
 * parseVietnameseNumber('1.234');  // { ok: true, value: 1234 }
 * parseVietnameseNumber('12,5');   // { ok: true, value: 12.5 }
 * parseVietnameseNumber('');       // { ok: true, value: undefined }
 * parseVietnameseNumber('mười');   // { ok: false, message: … }
 * ```
 */
export function parseVietnameseNumber(text: string): NumberInput {
  const t = text.normalize('NFC').trim().replace(/[\s\u00a0\u202f]/g, '');
  if (t === '') return { ok: true, value: undefined };
  let normal: string | undefined;
  if (GROUPED.test(t)) normal = t.replace(/\./g, '').replace(',', '.');
  else if (PLAIN.test(t)) normal = t.replace(',', '.');
  else if (DOT_DECIMAL.test(t)) normal = t; // "2.5" typed the English way: a dot not followed by 3 digits
  if (normal === undefined) {
    return { ok: false, message: { vi: `"${text}" không phải là số`, en: `"${text}" is not a number` } };
  }
  const value = Number(normal);
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    return { ok: false, message: { vi: 'Số quá lớn', en: 'The number is too large' } };
  }
  return { ok: true, value };
}

const FORMAT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** Formats a number the Vietnamese way (`1234.5` → `1.234,5`); missing stays empty. */
export function formatVietnameseNumber(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? FORMAT.format(value) : '';
}

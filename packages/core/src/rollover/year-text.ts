/**
 * Replacing a year in texts and ids during a rollover.
 */
import type { Bilingual } from '../pack/types.js';
import { RolloverError } from './change-log.js';
import { FORBIDDEN_KEYS } from '../common/safe-keys.js';

/**
 * Replaces standalone occurrences of `fromYear` in a text by `toYear`.
 *
 * Rule: a token equal to `fromYear` is replaced only when it is not part of a longer word or
 * number and not glued to `/`, `-`, `–` or `.` on its left, nor to `/`, `-`, `–` on its right,
 * and is not in parentheses right after a document number (`53/KH-UBND (2018)`).
 * So "năm 2018" becomes "năm 2019", while the range "2016-2018", the date "06/3/2018" and the
 * legal number "89/2018/NĐ-CP" stay (legal references do not move). The result is NFC.
 * @example
 * ```ts
 * replaceYearTokens('Kế hoạch năm 2018 (giai đoạn 2016-2018)', 2018, 2019);
 * // 'Kế hoạch năm 2019 (giai đoạn 2016-2018)'
 * ```
 */
export function replaceYearTokens(text: string, fromYear: number, toYear: number): string {
  const docYear = String.raw`(?<!\d+/[\p{L}\p{N}/\-–]+\s*\()`; // "53/KH-UBND (2018)": the document's own year
  const re = new RegExp(`(?<![\\p{L}\\p{N}/\\-–.])${docYear}${fromYear}(?![\\p{L}\\p{N}/\\-–])`, 'gu');
  return text.normalize('NFC').replace(re, String(toYear));
}

/**
 * A pack id for the new year: the last four-digit year segment is replaced (`tay-ho-2018` →
 * `tay-ho-2019`); an id with no year segment gets `-<toYear>` appended.
 */
export function rolloverPackId(id: string, toYear: number): string {
  const parts = id.split('-');
  for (let i = parts.length - 1; i >= 0; i -= 1) {
    if (/^(19|20)\d\d$/.test(parts[i])) {
      parts[i] = String(toYear);
      return parts.join('-');
    }
  }
  return `${id}-${toYear}`;
}

/** A period id for the new year: every `fromYear` not glued to other digits is replaced (`2018-H1` → `2019-H1`). */
export function rolloverPeriodId(id: string, fromYear: number, toYear: number): string {
  return id.replace(new RegExp(`(?<!\\d)${fromYear}(?!\\d)`, 'g'), String(toYear));
}

/** Whether a value is a {@link Bilingual} (an object with a string `vi` and at most `en` besides). */
export function isBilingualText(value: unknown): value is Bilingual {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o);
  return typeof o.vi === 'string' && keys.every((k) => k === 'vi' || (k === 'en' && typeof o.en === 'string'));
}

/**
 * Walks `value` and rewrites, in place, the years of every localized text found.
 * `onChange` gets the path of each text that changed with its before and after.
 * @throws {RolloverError} on a `__proto__`, `constructor` or `prototype` key, or nesting deeper than 64
 */
export function rewriteLocalizedYears(
  value: unknown, path: (string | number)[], fromYear: number, toYear: number,
  onChange: (path: (string | number)[], before: Bilingual, after: Bilingual) => void, depth = 0,
): void {
  if (depth > 64) {
    throw new RolloverError({ vi: 'Dữ liệu lồng nhau quá sâu', en: 'Data nested too deeply' });
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => rewriteLocalizedYears(item, [...path, i], fromYear, toYear, onChange, depth + 1));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (isBilingualText(o)) {
    const before = { ...o } as Bilingual;
    const vi = replaceYearTokens(o.vi as string, fromYear, toYear);
    const en = typeof o.en === 'string' ? replaceYearTokens(o.en, fromYear, toYear) : undefined;
    if (vi !== before.vi || en !== before.en) {
      o.vi = vi;
      if (en !== undefined) o.en = en;
      onChange(path, before, { ...o } as Bilingual);
    }
    return;
  }
  for (const key of Object.keys(o)) {
    if (FORBIDDEN_KEYS.has(key)) {
      throw new RolloverError({ vi: `Khóa bị cấm trong gói: ${key}`, en: `Forbidden key in pack: ${key}` });
    }
    rewriteLocalizedYears(o[key], [...path, key], fromYear, toYear, onChange, depth + 1);
  }
}

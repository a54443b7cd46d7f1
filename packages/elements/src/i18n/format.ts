/**
 * Numbers and dates as the interface language writes them: one formatter for every element and
 * the host. Vietnamese groups thousands with `.` and writes dates `dd/mm/yyyy`; the English UI
 * groups with `,` and keeps `dd/mm/yyyy` dates (the pack's dates are Vietnamese dates).
 */
import { formatDisplayDate } from '@formplan/core';
import { isIsoDate } from '@formplan/core';
import type { Lang } from './lang.js';

const NUMBER_FORMATS: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
};

/**
 * A number in the separators of `lang`.
 * @example
 * ```ts
 * formatNumber(3184, 'vi'); // '3.184'
 * formatNumber(1000.5, 'en'); // '1,000.5'
 * ```
 */
export function formatNumber(value: number, lang: Lang): string {
  return NUMBER_FORMATS[lang].format(value);
}

/**
 * An ISO date as Vietnamese readers write it: `dd/mm/yyyy` (other text is returned unchanged).
 * @example
 * ```ts
 * displayDate('2018-05-15'); // '15/05/2018'
 * ```
 */
export function displayDate(date: string): string {
  return formatDisplayDate(date);
}

const DMY = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/;
const YMD = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/;

/**
 * The ISO date (`YYYY-MM-DD`) a user's text means: `d/m/yyyy` with `/`, `-` or `.` between the
 * parts (and an ISO date as it is); `undefined` when the text is not a real date (`31/02/2018`).
 * @example
 * ```ts
 * parseDisplayDate('8/3/2018'); // '2018-03-08'
 * parseDisplayDate('31.02.2018'); // undefined
 * ```
 */
export function parseDisplayDate(text: string): string | undefined {
  const dmy = DMY.exec(text);
  const ymd = dmy ? undefined : YMD.exec(text);
  const [y, m, d] = dmy ? [dmy[3], dmy[2], dmy[1]] : ymd ? [ymd[1], ymd[2], ymd[3]] : [];
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/**
 * An ISO time as a Vietnamese reader writes it, in local time: `HH:MM dd/mm/yyyy` (other text is
 * returned unchanged).
 * @example
 * ```ts
 * displayDateTime('2018-05-16T03:05:00Z'); // '10:05 16/05/2018' in Hà Nội
 * ```
 */
export function displayDateTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())} ${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/**
 * Calendar dates as ISO `YYYY-MM-DD` strings, with no time zone.
 *
 * Dates are turned into `Date` objects at local midnight only to use date-fns arithmetic
 * (its local-time functions are consistent within any time zone), and turned back with the
 * local components, so the result never depends on the runtime's time zone.
 */
// one module per function: a bundle that initialises this module lazily (a chunk inlined into one
// file) would otherwise keep the whole date-fns index
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import type { IsoDate } from '../pack/types.js';
import type { Bilingual } from '../common/bilingual.js';
import { FormplanError } from '../common/formplan-error.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An invalid date or clock given to a calendar function; the message is Vietnamese first. */
export class CalendarError extends FormplanError {
  /** @param messages the message in Vietnamese and English */
  constructor(messages: Bilingual) {
    super('calendar', messages);
    this.name = 'CalendarError';
  }
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (e.g. not `2019-02-29`). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(2000, mo, 0)).getUTCDate(); // month length in a leap year
  if (d > days) return false;
  if (mo === 2 && d === 29) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return true;
}

/**
 * Parses an ISO date to a `Date` at local midnight (for date-fns).
 * @throws {CalendarError} when the text is not a real `YYYY-MM-DD` date
 */
export function parseIsoDate(value: IsoDate): Date {
  if (!isIsoDate(value)) {
    throw new CalendarError({
      vi: `Ngày không hợp lệ: "${String(value).slice(0, 40)}" (cần dạng YYYY-MM-DD)`,
      en: `Invalid date: "${String(value).slice(0, 40)}" (expected YYYY-MM-DD)`,
    });
  }
  const [y, mo, d] = value.split('-').map(Number);
  const date = new Date(2000, mo - 1, d);
  date.setFullYear(y); // years below 100 would otherwise map to 19xx
  return date;
}

/** Formats a `Date`'s local calendar day as `YYYY-MM-DD`. */
export function formatIsoDate(date: Date): IsoDate {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * An ISO date as people read it in Vietnam, `DD/MM/YYYY`; any other text is returned unchanged.
 * @example
 * ```ts
 * formatDisplayDate('2018-05-15'); // '15/05/2018'
 * ```
 */
export function formatDisplayDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * The calendar day of a clock: an ISO date is taken as is; a `Date` (an instant) gives the
 * day it falls on in the runtime's local time zone, i.e. the user's day.
 * @throws {CalendarError} on an invalid date or an invalid `Date`
 */
export function toCalendarDate(clock: Date | IsoDate): IsoDate {
  if (clock instanceof Date) {
    if (Number.isNaN(clock.getTime())) {
      throw new CalendarError({ vi: 'Đồng hồ không hợp lệ', en: 'Invalid clock' });
    }
    return formatIsoDate(clock);
  }
  parseIsoDate(clock);
  return clock;
}

/** `date` plus `days` calendar days (negative to go back). */
export function addDaysIso(date: IsoDate, days: number): IsoDate {
  return formatIsoDate(addDays(parseIsoDate(date), days));
}

/** Calendar days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(parseIsoDate(to), parseIsoDate(from));
}

/**
 * Moving an ISO date by whole years (the rollover of a pack to the next year). A module of its
 * own, apart from iso-date.ts: the ward bundle holds iso-date.ts, and only the editor moves dates.
 */
import { addYears } from 'date-fns/addYears';
import { isLastDayOfMonth } from 'date-fns/isLastDayOfMonth';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import type { IsoDate } from '../pack/types.js';
import { formatIsoDate, parseIsoDate } from './iso-date.js';

/**
 * Moves a date by whole years. 29 February becomes 28 February in a common year (date-fns
 * clamps). With `keepMonthEnd`, a date on the last day of its month stays on the last day
 * (so a coverage ending 2019-02-28 ends 2020-02-29), which is what period ends need.
 */
export function shiftYears(date: IsoDate, years: number, keepMonthEnd = false): IsoDate {
  const parsed = parseIsoDate(date);
  const shifted = addYears(parsed, years);
  if (keepMonthEnd && isLastDayOfMonth(parsed)) return formatIsoDate(lastDayOfMonth(shifted));
  return formatIsoDate(shifted);
}

/**
 * The viewing date (the host's clock). Order: `?today=YYYY-MM-DD` in the address, else the date
 * chosen in this tab, else {@link defaultViewingDate}: the real date when it falls in the pack's
 * year, otherwise a date inside the pack's year, so a first visit does not show every report of an
 * old pack as years late.
 */
import type { PackSource } from '@formplan/core';
import { isIsoDate } from '@formplan/core';

/** The real date, `YYYY-MM-DD`, in local time. */
export function realToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The `?today=` date of the address, when it is a real date. */
export function todayFromUrl(search = location.search): string | undefined {
  const v = new URLSearchParams(search).get('today');
  return v && isIsoDate(v) ? v : undefined;
}

/**
 * The viewing date when none was given. The rule: the real date when it is in the pack's year;
 * otherwise the latest due date of the pack's calendar that is not after the real date, else
 * (the real date is before every due date) the pack's last due date; the real date when the pack
 * has no due dates.
 * @example
 * ```ts
 * defaultViewingDate(tayHo2018, '2026-12-03'); // the 2018 pack's latest due date
 * ```
 */
export function defaultViewingDate(pack: Pick<PackSource, 'manifest' | 'calendar'>, today: string): string {
  if (today.startsWith(`${pack.manifest.year}-`)) return today;
  const dues = pack.calendar.periods.map((p) => p.due).filter((d): d is string => !!d).sort();
  const notAfter = dues.filter((d) => d <= today);
  return notAfter[notAfter.length - 1] ?? dues[dues.length - 1] ?? today;
}

/**
 * The period most recently due on the viewing date (the latest due date not after it), else the
 * first period due; `''` when no period has a due date.
 */
export function periodMostRecentlyDue(pack: Pick<PackSource, 'calendar'>, today: string): string {
  const dated = pack.calendar.periods.filter((p) => p.due).sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
  const due = dated.filter((p) => (p.due ?? '') <= today);
  return (due[due.length - 1] ?? dated[0])?.id ?? '';
}

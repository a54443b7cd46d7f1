/**
 * The reporting periods of a pack's year, with grace days and lock dates resolved.
 */
import type { AuthoredForm, Code, IsoDate, Bilingual, PackSource, Period, Provenance } from '../pack/types.js';
import { addDaysIso, CalendarError } from './iso-date.js';

/** A period of the calendar with everything a status needs resolved. */
export interface ScheduledPeriod {
  /** e.g. `2018-H1` */
  id: string;
  /** period kind code, e.g. `H1` */
  kind: Code;
  /** the kind's label from the calendar (the code itself when the kind is not declared) */
  kindLabel: Bilingual;
  label: Bilingual;
  coverage: { from: IsoDate; to: IsoDate };
  /** due date, inclusive; null for ad-hoc periods */
  due: IsoDate | null;
  /** the period's own grace days, else the calendar default */
  graceDays: number;
  /** `due` + `graceDays`: the last day a late report is still accepted; null when ad hoc */
  lockDate: IsoDate | null;
  /** true when the period has no due date: never late, never locked */
  adHoc: boolean;
  provenance: Provenance;
}

/**
 * Lists every period of the pack's calendar, in calendar order, with its kind label, grace days
 * (the period's, else the calendar default) and lock date (due + grace).
 * @param pack the pack
 * @returns one entry per period
 * @example
 * ```ts
 * periodsOfYear(pack).find((p) => p.kind === 'H1')?.lockDate; // '2018-05-22' with 7 grace days
 * ```
 */
export function periodsOfYear(pack: Pick<PackSource, 'calendar'>): ScheduledPeriod[] {
  const { calendar } = pack;
  const kinds = new Map(calendar.periodKinds.map((k) => [k.code, k.label]));
  return calendar.periods.map((p) => schedulePeriod(p, calendar.graceDays, kinds.get(p.kind)));
}

/**
 * Resolves one period against a default grace (exported for callers that hold a bare period).
 * @param period the period as authored
 * @param defaultGraceDays the calendar's default grace days
 * @param kindLabel the label of the period's kind, if known
 */
export function schedulePeriod(period: Period, defaultGraceDays: number, kindLabel?: Bilingual): ScheduledPeriod {
  const graceDays = period.graceDays ?? defaultGraceDays;
  if (!Number.isInteger(graceDays) || graceDays < 0 || graceDays > 366) {
    throw new CalendarError({
      vi: `Số ngày ân hạn của kỳ ${period.id} không hợp lệ: ${graceDays}`,
      en: `Invalid grace days for period ${period.id}: ${graceDays}`,
    });
  }
  return {
    id: period.id,
    kind: period.kind,
    kindLabel: kindLabel ?? { vi: period.kind, en: period.kind },
    label: period.label,
    coverage: { from: period.coverage.from, to: period.coverage.to },
    due: period.due,
    graceDays,
    lockDate: period.due === null ? null : addDaysIso(period.due, graceDays),
    adHoc: period.due === null,
    provenance: period.provenance,
  };
}

/**
 * Finds a period of the pack by id.
 * @throws {CalendarError} when the pack has no such period
 */
export function periodById(pack: Pick<PackSource, 'calendar'>, periodId: string): ScheduledPeriod {
  const found = periodsOfYear(pack).find((p) => p.id === periodId);
  if (!found) {
    throw new CalendarError({
      vi: `Không có kỳ báo cáo "${periodId.slice(0, 60)}" trong lịch`,
      en: `No reporting period "${periodId.slice(0, 60)}" in the calendar`,
    });
  }
  return found;
}

/**
 * The forms filed for a period: those whose `x-fp-period-kinds` include the period's kind,
 * in pack order.
 * @throws {CalendarError} when the pack has no such period
 */
export function formsForPeriod(pack: Pick<PackSource, 'calendar' | 'forms'>, periodId: string): AuthoredForm[] {
  const period = periodById(pack, periodId);
  return pack.forms.filter((f) => Array.isArray(f['x-fp-period-kinds']) && f['x-fp-period-kinds'].includes(period.kind));
}

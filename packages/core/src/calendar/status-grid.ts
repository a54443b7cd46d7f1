/**
 * Status grids for the calendar views: form × period for one ward, and ward × form for one
 * period (the district completeness board). Storage-agnostic: data comes through `lookup`.
 */
import type { Code, Bilingual, PackSource } from '../pack/types.js';
import { formsForPeriod, periodById, periodsOfYear, type ScheduledPeriod } from './periods-of-year.js';
import { REPORT_STATUSES, reportStatus, type DraftSummary, type ReopenSummary, type ReportStatus, type ReportStatusResult, type SubmissionSummary } from './report-status.js';

/** What the store holds for one report (form, ward, period). */
export interface ReportRecord {
  draft?: DraftSummary | null;
  submissions: readonly SubmissionSummary[];
  unlocked?: boolean;
  /** the district's reopenings of the report */
  reopens?: readonly ReopenSummary[];
}

/** Reads the record of one report; `undefined` when nothing is stored. */
export type ReportLookup = (formId: string, ward: Code, periodId: string) => ReportRecord | undefined;

/** Number of reports per status. */
export type StatusCounts = Record<ReportStatus, number>;

/** A form as the grids name it. */
export interface GridForm {
  id: string;
  label: Bilingual;
}

/** One ward's form × period grid; a cell is `null` when the form is not filed for that period. */
export interface WardStatusGrid {
  ward: Code;
  periods: ScheduledPeriod[];
  forms: GridForm[];
  /** `cells[i][j]`: form `forms[i]` in period `periods[j]` */
  cells: (ReportStatusResult | null)[][];
  counts: StatusCounts;
}

/** One period's ward × form board (district completeness). */
export interface PeriodStatusBoard {
  period: ScheduledPeriod;
  wards: Code[];
  /** the forms filed for the period */
  forms: GridForm[];
  /** `cells[i][j]`: ward `wards[i]`, form `forms[j]` */
  cells: ReportStatusResult[][];
  counts: StatusCounts;
  countsByForm: Record<string, StatusCounts>;
  countsByWard: Record<Code, StatusCounts>;
}

/** Options for one ward's grid. */
export interface WardGridOptions {
  ward: Code;
  clock: Date | string;
  lookup: ReportLookup;
}

/** Options for one period's board. */
export interface PeriodBoardOptions {
  wards: readonly Code[];
  periodId: string;
  clock: Date | string;
  lookup: ReportLookup;
}

/** An empty count per status. */
export function emptyStatusCounts(): StatusCounts {
  const counts = {} as StatusCounts;
  for (const s of REPORT_STATUSES) counts[s] = 0;
  return counts;
}

function gridForm(f: PackSource['forms'][number]): GridForm {
  return { id: f['x-fp-id'], label: f['x-fp-label'] };
}

function statusOf(rec: ReportRecord | undefined, period: ScheduledPeriod, clock: Date | string): ReportStatusResult {
  return reportStatus({
    period, clock, draft: rec?.draft ?? null, submissions: rec?.submissions ?? [], unlocked: rec?.unlocked,
    reopens: rec?.reopens,
  });
}

/**
 * Builds a ward's form × period grid (the ward calendar), or a period's ward × form board
 * (the district completeness board) when given `wards` and `periodId`.
 * @example
 * ```ts
 * statusGrid(pack, { ward: 'P_QUANG_AN', clock: new Date(), lookup }).counts.late;
 * statusGrid(pack, { wards, periodId: '2018-H1', clock: new Date(), lookup }).countsByForm;
 * ```
 */
export function statusGrid(pack: PackSource, options: WardGridOptions): WardStatusGrid;
export function statusGrid(pack: PackSource, options: PeriodBoardOptions): PeriodStatusBoard;
export function statusGrid(pack: PackSource, options: WardGridOptions | PeriodBoardOptions): WardStatusGrid | PeriodStatusBoard {
  return 'ward' in options ? wardStatusGrid(pack, options) : periodStatusBoard(pack, options);
}

/** One ward's form × period grid; see {@link statusGrid}. */
export function wardStatusGrid(pack: PackSource, options: WardGridOptions): WardStatusGrid {
  const periods = periodsOfYear(pack);
  const counts = emptyStatusCounts();
  const cells = pack.forms.map((form) => periods.map((period) => {
    if (!form['x-fp-period-kinds']?.includes(period.kind)) return null;
    const result = statusOf(options.lookup(form['x-fp-id'], options.ward, period.id), period, options.clock);
    counts[result.status] += 1;
    return result;
  }));
  return { ward: options.ward, periods, forms: pack.forms.map(gridForm), cells, counts };
}

/** One period's ward × form board; see {@link statusGrid}. */
export function periodStatusBoard(pack: PackSource, options: PeriodBoardOptions): PeriodStatusBoard {
  const period = periodById(pack, options.periodId);
  const forms = formsForPeriod(pack, options.periodId).map(gridForm);
  const counts = emptyStatusCounts();
  const countsByForm: Record<string, StatusCounts> = Object.create(null);
  const countsByWard: Record<Code, StatusCounts> = Object.create(null);
  for (const f of forms) countsByForm[f.id] = emptyStatusCounts();
  const wards = [...new Set(options.wards)];
  const cells = wards.map((ward) => {
    countsByWard[ward] ??= emptyStatusCounts();
    return forms.map((form) => {
      const result = statusOf(options.lookup(form.id, ward, period.id), period, options.clock);
      counts[result.status] += 1;
      countsByForm[form.id][result.status] += 1;
      countsByWard[ward][result.status] += 1;
      return result;
    });
  });
  return { period, wards, forms, cells, counts, countsByForm, countsByWard };
}

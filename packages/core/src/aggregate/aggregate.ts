/**
 * District totals of one form and period across wards, with per-cell provenance.
 * Missing is not zero: a ward without a (counted) report, or without a value in a cell,
 * is listed in `missingWards` and makes the cell incomplete; it never adds a 0.
 */
import type { Code, OrgUnit } from '../pack/types.js';
import { formatPointer, getAt, parseSafePointer } from '../common/json-pointer.js';
import { safeKeys } from '../common/safe-keys.js';
import { latestByWard, type SubmissionStatus, type SubmittedReport } from './submitted-report.js';

/** Input of {@link aggregate}. */
export interface AggregateInput {
  formId: string;
  periodId: string;
  /** the wards expected to report (org units or their codes); duplicates are ignored */
  wards: readonly (OrgUnit | Code)[];
  /** submissions; other forms, periods and wards are skipped, so a whole store's list may be passed */
  reports: Iterable<SubmittedReport>;
  /** leaf JSON Pointers to total; default: every numeric or boolean leaf found in counted reports */
  fields?: readonly string[];
  /** keep per-ward contributors in each cell (default true); false is faster for large runs */
  provenance?: boolean;
  /** statuses whose latest revision is counted (default `submitted` and `accepted`; `returned` is not) */
  include?: readonly SubmissionStatus[];
}

/** One ward's value in a cell. */
export interface CellContributor {
  ward: Code;
  value: number;
  revision: number;
}

/** The total of one leaf across wards. */
export interface AggregateCell {
  /** sum of the numeric values (booleans count 1 for true); null when no ward has a value */
  sum: number | null;
  /** every ward has a counted report with a numeric value here */
  complete: boolean;
  /** number of wards that contributed */
  count: number;
  /** per-ward values (empty when `provenance: false`) */
  contributors: CellContributor[];
  /** wards without a value here (no report, returned report, or empty/non-numeric cell) */
  missingWards: Code[];
}

/** The latest report status of one ward. */
export interface WardReportStatus {
  ward: Code;
  status: SubmissionStatus | 'missing';
  revision?: number;
  submittedAt?: string;
  /** the latest revision is counted in the totals */
  counted: boolean;
}

/** Result of {@link aggregate}. */
export interface AggregateResult {
  formId: string;
  periodId: string;
  /** keyed by leaf JSON Pointer, e.g. `/so_lieu/HCDB_04/tong_so` */
  cells: Record<string, AggregateCell>;
  /** one entry per expected ward, in input order */
  wards: WardReportStatus[];
  completeness: {
    /** wards whose latest revision is counted */
    submitted: number;
    total: number;
    /** wards not counted: no report at all, or latest revision not in `include` (e.g. returned) */
    missing: Code[];
    /** wards whose latest revision was returned */
    returned: Code[];
  };
}

const DEFAULT_INCLUDE: readonly SubmissionStatus[] = ['submitted', 'accepted'];

/**
 * The numeric value of a cell: finite numbers as they are, booleans as 1/0, anything else null.
 * @param value - a leaf value
 * @returns the number to add, or null when the value is missing or not numeric
 */
export function cellNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return null;
}

function collectLeaves(data: unknown, path: string[], seen: Set<string>, out: string[]): void {
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    for (const k of safeKeys(data)) {
      path.push(k);
      collectLeaves((data as Record<string, unknown>)[k], path, seen, out);
      path.pop();
    }
    return;
  }
  if (cellNumber(data) === null || path.length === 0) return;
  const p = formatPointer(path);
  if (!seen.has(p)) {
    seen.add(p);
    out.push(p);
  }
}

/**
 * Totals one form and period over the given wards, using each ward's latest revision.
 * O(reports + wards × fields); idempotent (same input, same output; duplicate revisions count once).
 * @param input - form, period, expected wards, reports and options
 * @returns cells by pointer, ward statuses and completeness
 * @example
 * ```ts
 * const r = aggregate({ formId: 'bieu-02', periodId: '2018-H1', wards, reports });
 * r.cells['/so_lieu/HCDB_04/tong_so'] // { sum: 12, complete: false, missingWards: ['PHU_THUONG'], … }
 * ```
 */
export function aggregate(input: AggregateInput): AggregateResult {
  const { formId, periodId } = input;
  const provenance = input.provenance !== false;
  const include = new Set(input.include ?? DEFAULT_INCLUDE);

  const wardCodes: Code[] = [];
  const expected = new Set<Code>();
  for (const w of input.wards) {
    const code = typeof w === 'string' ? w : w.code;
    if (!expected.has(code)) {
      expected.add(code);
      wardCodes.push(code);
    }
  }

  const latest = latestByWard(
    input.reports,
    (r) => r.formId === formId && r.period === periodId && expected.has(r.ward),
  );

  const wards: WardReportStatus[] = [];
  const counted: (SubmittedReport | undefined)[] = [];
  const missing: Code[] = [];
  const returned: Code[] = [];
  for (const ward of wardCodes) {
    const r = latest.get(ward);
    if (!r) {
      wards.push({ ward, status: 'missing', counted: false });
      counted.push(undefined);
      missing.push(ward);
      continue;
    }
    const isCounted = include.has(r.status);
    wards.push({ ward, status: r.status, revision: r.revision, submittedAt: r.submittedAt, counted: isCounted });
    counted.push(isCounted ? r : undefined);
    if (!isCounted) missing.push(ward);
    if (r.status === 'returned') returned.push(ward);
  }

  let fields: readonly string[];
  if (input.fields) {
    fields = input.fields;
  } else {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const r of counted) if (r) collectLeaves(r.data, [], seen, out);
    fields = out;
  }

  const cells: Record<string, AggregateCell> = {};
  for (const pointer of fields) {
    const segments = parseSafePointer(pointer);
    let sum: number | null = null;
    let count = 0;
    const contributors: CellContributor[] = [];
    const missingWards: Code[] = [];
    for (let i = 0; i < wardCodes.length; i++) {
      const r = counted[i];
      const value = r ? cellNumber(getAt(r.data, segments)) : null;
      if (value === null) {
        missingWards.push(wardCodes[i]);
        continue;
      }
      sum = (sum ?? 0) + value;
      count++;
      if (provenance) contributors.push({ ward: wardCodes[i], value, revision: (r as SubmittedReport).revision });
    }
    cells[pointer] = { sum, complete: missingWards.length === 0, count, contributors, missingWards };
  }

  return {
    formId,
    periodId,
    cells,
    wards,
    completeness: { submitted: wardCodes.length - missing.length, total: wardCodes.length, missing, returned },
  };
}

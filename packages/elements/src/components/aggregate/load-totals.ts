/**
 * Reads every ward's latest submission of one form and period from a store and adds them up
 * with core `aggregate()`. Counted: `submitted` and `accepted`; a `returned` report is not
 * counted (the ward is listed as returned, its figures show as missing).
 */
import { activeWards, aggregate, periodById, reportsForTotals, resolveForm } from '@formplan/core';
import type { AggregateResult, Code, PackSource, ResolvedForm, ScheduledPeriod, Store } from '@formplan/core';
import { buildTotals, totalsByCode, type TotalsSection } from './totals-view.js';

/** Last year's figures to show beside this year's: a pack and period to add up, or ready totals by code. */
export type AggregatePrevious =
  | { pack: PackSource; period: string; label?: string }
  | { values: Readonly<Record<string, number | null>>; label?: string };

/** Everything the aggregate element shows. */
export interface LoadedTotals {
  pack: PackSource;
  form: ResolvedForm;
  period: ScheduledPeriod;
  result: AggregateResult;
  sections: TotalsSection[];
  /** ward code → name, for every org unit of the pack */
  wardNames: Map<Code, string>;
  /** header of the previous-year column, when compared */
  previousLabel?: string;
}

/** Thrown when the pack has no such form. */
export class FormNotFoundError extends Error {
  /** @param formId the form asked for */
  constructor(readonly formId: string) {
    super(`Không có biểu mẫu "${formId}" / No form "${formId}"`);
    this.name = 'FormNotFoundError';
  }
}

async function addUp(store: Store, pack: PackSource, formId: string, periodId: string) {
  const form = resolveForm(pack, formId);
  if (!form) throw new FormNotFoundError(formId);
  const period = periodById(pack, periodId);
  const wards = activeWards(pack, period.coverage);
  // every ward's latest revision under any version of the year's pack, figures matched by code
  const reports = await reportsForTotals(store, pack, form, periodId);
  const fields = form.fields.filter((f) => f.type === 'integer' || f.type === 'number' || f.type === 'boolean').map((f) => f.pointer);
  const result = aggregate({ formId, periodId, wards, reports, fields });
  const wardNames = new Map(pack.orgUnits.map((u) => [u.code, u.name]));
  return { form, period, result, wardNames };
}

/**
 * Adds up one form and period.
 * @param store where the submissions are
 * @param pack the pack (its id selects the submissions, of any version; its forms read them)
 * @param formId the form
 * @param periodId the period
 * @param previous last year's figures to compare with (same form id in the previous pack)
 * @returns the totals, section by section
 * @throws {FormNotFoundError} when the pack has no such form
 * @example
 * ```ts
 * const t = await loadTotals(store, pack, 'bieu-02', '2018-H1');
 * t.result.completeness; // { submitted: 2, total: 8, missing: […], returned: [] }
 * ```
 */
export async function loadTotals(
  store: Store, pack: PackSource, formId: string, periodId: string, previous?: AggregatePrevious,
): Promise<LoadedTotals> {
  const { form, period, result, wardNames } = await addUp(store, pack, formId, periodId);
  let previousValues: Readonly<Record<string, number | null>> | undefined;
  let previousLabel: string | undefined;
  if (previous && 'values' in previous) {
    previousValues = previous.values;
    previousLabel = previous.label;
  } else if (previous) {
    const prev = await addUp(store, previous.pack, formId, previous.period);
    previousValues = totalsByCode(buildTotals(prev.form, prev.result, prev.wardNames));
    previousLabel = previous.label ?? String(previous.pack.manifest.year);
  }
  const sections = buildTotals(form, result, wardNames, previousValues);
  return { pack, form, period, result, sections, wardNames, previousLabel };
}

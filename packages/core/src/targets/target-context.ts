/**
 * The standard figures plan targets are written against, computed from wards, assessments
 * and reports.
 */
import type { Code, OrgUnit } from '../pack/types.js';
import type { AssessmentScore } from '../scoring/assessment-score.js';
import { aggregate } from '../aggregate/aggregate.js';
import type { SubmittedReport } from '../aggregate/submitted-report.js';
import { FormplanError } from '../common/formplan-error.js';

/** Where a named figure comes from: one cell of a form, totalled over the wards for a period. */
export interface FigureSource {
  formId: string;
  periodId: string;
  /** leaf JSON Pointer, e.g. `/so_lieu/tong_tre_em` */
  pointer: string;
}

/** Input of {@link targetContext}. */
export interface TargetContextInput {
  /** the wards of the district */
  wards: readonly (OrgUnit | Code)[];
  /** assessment scores by ward; omit when no assessment is known (the ward names become null) */
  assessmentScores?: Record<Code, AssessmentScore>;
  /** wards that have built their year's plan (codes, or a map ward → built); omit when unknown */
  plansBuilt?: readonly Code[] | Record<Code, boolean>;
  /** submissions, used by `figures` */
  reports?: Iterable<SubmittedReport>;
  /** further named figures totalled from reports, e.g. `children_total`, `children_participating` */
  figures?: Record<string, FigureSource>;
}

/** Figures by name, plus which of them are incomplete. */
export interface TargetContext {
  values: Record<string, number | null>;
  /** names whose value misses some wards (a total over the wards that reported) */
  incomplete: string[];
}

/** Names {@link targetContext} always provides. */
export const STANDARD_TARGET_NAMES = [
  'wards_total', 'wards_assessed', 'wards_recognised', 'wards_not_recognised', 'wards_plan_built',
] as const;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Builds the figures plan targets read:
 * - `wards_total`: number of wards;
 * - `wards_assessed`, `wards_recognised`, `wards_not_recognised`: from the assessment scores of
 *   those wards (null when `assessmentScores` is omitted; `wards_recognised` is incomplete while
 *   some ward has no score);
 * - `wards_plan_built`: wards that built their plan (null when `plansBuilt` is omitted);
 * - every name of `figures`: the total of that cell over the wards' latest counted revisions
 *   (null when no ward reported it; incomplete when some ward is missing: missing is not zero).
 * @param input - wards, scores, plans and report figures
 * @returns the values and the incomplete names
 * @example
 * ```ts
 * const ctx = targetContext({ wards, assessmentScores, reports,
 *   figures: { children_total: { formId: 'bieu-01', periodId: '2018-Y', pointer: '/tong_so_tre_em' } } });
 * evaluateTargets(plan, ctx);
 * ```
 */
export function targetContext(input: TargetContextInput): TargetContext {
  const codes = [...new Set(input.wards.map((w) => (typeof w === 'string' ? w : w.code)))];
  const values: Record<string, number | null> = { wards_total: codes.length };
  const incomplete: string[] = [];

  const scores = input.assessmentScores;
  if (scores) {
    let assessed = 0;
    let recognised = 0;
    for (const c of codes) {
      if (!Object.prototype.hasOwnProperty.call(scores, c)) continue;
      assessed++;
      if (scores[c].recognised) recognised++;
    }
    values.wards_assessed = assessed;
    values.wards_recognised = recognised;
    values.wards_not_recognised = assessed - recognised;
    if (assessed < codes.length) incomplete.push('wards_assessed', 'wards_recognised', 'wards_not_recognised');
  } else {
    values.wards_assessed = null;
    values.wards_recognised = null;
    values.wards_not_recognised = null;
  }

  const built = input.plansBuilt;
  if (built) {
    const set = Array.isArray(built)
      ? new Set(built)
      : new Set(Object.keys(built).filter((k) => (built as Record<Code, boolean>)[k] === true));
    values.wards_plan_built = codes.filter((c) => set.has(c)).length;
  } else {
    values.wards_plan_built = null;
  }

  if (input.figures) {
    const reports = input.reports ? [...input.reports] : [];
    for (const name of Object.keys(input.figures)) {
      if (!NAME.test(name) || name === 'constructor' || name === 'prototype') {
        throw new FormplanError('target-context', { vi: `Tên số liệu không hợp lệ: "${name}"`, en: `Invalid figure name: "${name}"` });
      }
      const src = input.figures[name];
      const cell = aggregate({
        formId: src.formId, periodId: src.periodId, wards: codes, reports, fields: [src.pointer], provenance: false,
      }).cells[src.pointer];
      values[name] = cell.sum;
      if (!cell.complete) incomplete.push(name);
    }
  }
  return { values, incomplete };
}

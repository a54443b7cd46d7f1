/**
 * The figures `<fp-plan>` evaluates the plan's targets against, computed from the store when
 * the page does not give them, and how a target's live value reads.
 */
import type {
  AssessmentScore, FigureSource, PackSource, Store, TargetContext, TargetResult,
} from '@formplan/core';
import {
  activeWards, formatVietnameseNumber, latestSubmissions, pickAssessment, scoreAssessment, targetContext, verificationOfRecord,
} from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import { pickCriteriaSet } from '../assessment/assessment-data.js';
import { isPlanKey } from './plan-strings.js';
import { term } from '../../i18n/term.js';

/**
 * The report figures computed by default (names the Tây Hồ plan's targets read), all from the
 * year report (`<year>-Y`) totalled over the wards. A figure whose form is not in the pack is
 * left out (its targets show "chưa có số liệu").
 * @param year - the pack year
 * @returns figure sources by name
 */
export function defaultFigures(year: number): Record<string, FigureSource> {
  const periodId = `${year}-Y`;
  return {
    children_injured_serious: { formId: 'bieu-05', periodId, pointer: '/tong_nang' },
    children_injury_deaths: { formId: 'bieu-05', periodId, pointer: '/tong_tu_vong' },
    children_participating: { formId: 'bieu-07', periodId, pointer: '/tham_gia/tre_tham_gia' },
    children_total: { formId: 'bieu-07', periodId, pointer: '/tham_gia/tong_so_tre_em' },
  };
}

/** Options of {@link computePlanContext}. */
export interface PlanContextOptions {
  /** criteria set id for recognition; default the pack's first */
  criteriaSet?: string;
  /** report figures; default {@link defaultFigures} */
  figures?: Record<string, FigureSource>;
}

/**
 * Computes the target figures from the store:
 * - `wards_total`: wards of the district active during the pack year;
 * - `wards_assessed`, `wards_recognised`, `wards_not_recognised`: from the stored assessments of
 *   the pack version and year, scored with `scoreAssessment` (the district's granted points
 *   win); null when no ward has an assessment yet;
 * - `wards_plan_built`: null (not recorded by the store);
 * - each name of `figures` (by default `children_injured_serious`, `children_injury_deaths`,
 *   `children_participating`, `children_total`): totals over the wards' latest submissions.
 * @param pack - the pack
 * @param store - the store
 * @param opts - criteria set and figures
 * @returns the target context (values and incomplete names)
 */
export async function computePlanContext(pack: PackSource, store: Store, opts: PlanContextOptions = {}): Promise<TargetContext> {
  const year = pack.manifest.year;
  const wards = activeWards(pack, { from: `${year}-01-01`, to: `${year}-12-31` });
  const cs = pickCriteriaSet(pack, opts.criteriaSet ?? '');
  const [records, reports] = await Promise.all([
    cs ? store.listAssessments({ packId: pack.manifest.id, criteriaSetId: cs.id, year }) : Promise.resolve([]),
    // every report's latest revision under any version of the year's pack
    latestSubmissions(store, { packId: pack.manifest.id }),
  ]);
  let assessmentScores: Record<string, AssessmentScore> | undefined;
  if (cs && records.length > 0) {
    assessmentScores = {};
    for (const ward of new Set(records.map((r) => r.ward))) {
      // the ward's assessment under this version, else under the newest older one
      const r = pickAssessment(records.filter((x) => x.ward === ward), pack.manifest.version);
      if (!r || !wards.includes(r.ward)) continue;
      const unit = pack.orgUnits.find((u) => u.code === r.ward);
      assessmentScores[r.ward] = scoreAssessment(cs, r.answers, {
        localityClass: unit?.localityClass ?? '', verification: verificationOfRecord(r),
      });
    }
  }
  const formIds = new Set(pack.forms.map((f) => f['x-fp-id']));
  const all = opts.figures ?? defaultFigures(year);
  const figures: Record<string, FigureSource> = {};
  for (const name of Object.keys(all)) if (formIds.has(all[name].formId)) figures[name] = all[name];
  return targetContext({ wards, ...(assessmentScores ? { assessmentScores } : {}), reports, figures });
}

const OPS: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=', '<': '<', '>': '>' };

/**
 * The binding as read: "≥ 100 %".
 * @param r - a target result
 * @returns the text, or '' when unbound
 */
export function bindingText(r: TargetResult): string {
  if (!r.bound || r.op === undefined || r.target === undefined) return '';
  return `${OPS[r.op] ?? r.op} ${formatVietnameseNumber(r.target)}${r.unit ? ` ${r.unit}` : ''}`;
}

const PERCENT = /^\s*percent\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*,\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)\s*$/;

/**
 * The live value as read. A `percent(a, b)` target shows the counts too:
 * "Phường đạt chuẩn phù hợp với trẻ em: 3/8 (38%)". A missing value reads "chưa có số liệu",
 * never 0; a value over incomplete figures says so.
 * @param r - the target result
 * @param expr - the target's binding expression
 * @param values - the context values
 * @param lang - language
 * @returns the text
 */
export function liveValueText(r: TargetResult, expr: string | undefined, values: Record<string, number | null>, lang: Lang): string {
  if (!r.bound) return '';
  if (r.value === null) return term(lang, 'plan', 'noData');
  const suffix = r.incomplete ? ` (${term(lang, 'ui', 'incomplete')})` : '';
  const m = expr ? PERCENT.exec(expr) : null;
  const a = m && Object.prototype.hasOwnProperty.call(values, m[1]) ? values[m[1]] : null;
  const b = m && Object.prototype.hasOwnProperty.call(values, m[2]) ? values[m[2]] : null;
  if (m && typeof a === 'number' && typeof b === 'number') {
    const label = isPlanKey(m[1]) ? term(lang, 'plan', m[1]) : m[1];
    return `${label}: ${formatVietnameseNumber(a)}/${formatVietnameseNumber(b)} (${formatVietnameseNumber(Math.round(r.value))}%)${suffix}`;
  }
  const rounded = Math.round(r.value * 100) / 100;
  return `${formatVietnameseNumber(rounded)}${r.unit ? ` ${r.unit}` : ''}${suffix}`;
}

/**
 * Pure helpers of `<fp-assessment>`: which criteria set, which reports feed the prefill, how the
 * district's verification is kept in an {@link AssessmentRecord}, and the effective answers.
 */
import type {
  AssessmentRecord, Code, CriteriaSet, IndicatorVerification, PackSource, PrefillSource, PrefilledAnswer,
  ReportData, SubmissionRecord,
} from '@formplan/core';
import { safeKeys, scoreIndicator } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import { term } from '../../i18n/term.js';

/** Own-property read (answers come from storage: never walk the prototype chain). */
export function ownValue<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  if (!record || !Object.prototype.hasOwnProperty.call(record, key)) return undefined;
  return record[key];
}

/**
 * The criteria set with `id`, or the pack's first one when `id` is empty.
 * @param pack - the pack
 * @param id - a criteria set id, or empty
 * @returns the set, or undefined when the pack has none (or none with that id)
 */
export function pickCriteriaSet(pack: PackSource | undefined, id: string): CriteriaSet | undefined {
  if (!pack) return undefined;
  return id ? pack.criteriaSets.find((c) => c.id === id) : pack.criteriaSets[0];
}

/** The reports the prefill reads, and which period each form's report is of. */
export interface PrefillReports {
  reports: ReportData[];
  /** form id → period id of the report used */
  periodOf: Map<string, string>;
}

/**
 * For each form, the ward's latest revision of the report covering the latest time: the period
 * whose coverage ends last (a year report beats the nine-month one), then the higher revision.
 * @param pack - the pack (its calendar orders the periods)
 * @param submissions - the ward's submissions (any revisions, any forms)
 * @returns report data by form, and the period of each
 */
export function prefillReports(pack: PackSource, submissions: readonly SubmissionRecord[]): PrefillReports {
  const end = new Map(pack.calendar.periods.map((p) => [p.id, p.coverage.to]));
  const best = new Map<string, SubmissionRecord>();
  for (const s of submissions) {
    if (!end.has(s.period)) continue;
    const cur = best.get(s.formId);
    const e = end.get(s.period) ?? '';
    const ce = cur ? end.get(cur.period) ?? '' : '';
    if (!cur || e > ce || (e === ce && (s.revision > cur.revision || (s.revision === cur.revision && s.submittedAt > cur.submittedAt)))) {
      best.set(s.formId, s);
    }
  }
  const reports: ReportData[] = [];
  const periodOf = new Map<string, string>();
  for (const [formId, s] of best) {
    reports.push({ formId, data: s.data });
    periodOf.set(formId, s.period);
  }
  return { reports, periodOf };
}

/** The short name of a form: the part of its label before `:` (`Biểu 06`). */
export function formShortName(pack: PackSource, formId: string, lang: Lang): string {
  const form = pack.forms.find((f) => f['x-fp-id'] === formId);
  const label = form ? pick(form['x-fp-label'], lang) : formId;
  const i = label.indexOf(':');
  return (i > 0 ? label.slice(0, i) : label).trim();
}

/**
 * Where a prefilled answer comes from, as the ward reads it: "Lấy từ Biểu 06, kỳ Năm".
 * @param pack - the pack (form labels, period kinds)
 * @param source - the prefill source
 * @param periodOf - period of each form's report
 * @param lang - interface language
 * @returns the text, one "form, period" part per form the binding reads
 */
export function prefillSourceText(pack: PackSource, source: PrefillSource, periodOf: Map<string, string>, lang: Lang): string {
  const parts = source.formIds.map((formId) => {
    const periodId = periodOf.get(formId);
    const period = pack.calendar.periods.find((p) => p.id === periodId);
    const kind = period ? pack.calendar.periodKinds.find((k) => k.code === period.kind) : undefined;
    const periodText = kind ? pick(kind.label, lang) : period ? pick(period.label, lang) : term(lang, 'assessment', 'notReported');
    return term(lang, 'assessment', 'sourcePart', { form: formShortName(pack, formId, lang), period: periodText });
  });
  return term(lang, 'assessment', 'prefillFrom', { source: parts.join('; ') });
}

/**
 * The answers scoring reads: the ward's own answer where it gave one, else the prefilled value.
 * @param criteriaSet - the set
 * @param answers - the ward's answers by indicator code
 * @param prefill - prefilled answers by indicator code
 * @returns answers by indicator code (missing ones absent)
 */
export function effectiveAnswers(
  criteriaSet: CriteriaSet, answers: Record<Code, unknown>, prefill: Record<Code, PrefilledAnswer>,
): Record<Code, unknown> {
  const out: Record<Code, unknown> = {};
  for (const c of criteriaSet.criteria) {
    for (const ind of c.indicators) {
      if (Object.prototype.hasOwnProperty.call(answers, ind.code)) {
        out[ind.code] = answers[ind.code];
      } else {
        const p = ownValue(prefill, ind.code);
        if (p && p.value !== null) out[ind.code] = p.value;
      }
    }
  }
  return out;
}

/**
 * Reads the district's decisions out of a record. The record keeps granted points per indicator:
 * points equal to the self-assessed points mean "accepted", 0 below them means "rejected",
 * anything else "accepted with these points".
 * @param criteriaSet - the set
 * @param record - the stored assessment
 * @param answers - the effective answers (for the self-assessed points)
 * @returns decisions by indicator code
 */
export function decodeVerification(
  criteriaSet: CriteriaSet, record: AssessmentRecord | undefined, answers: Record<Code, unknown>,
): Record<Code, IndicatorVerification> {
  const out: Record<Code, IndicatorVerification> = {};
  const points = record?.verification?.points;
  if (!points) return out;
  for (const c of criteriaSet.criteria) {
    for (const ind of c.indicators) {
      const p = ownValue(points, ind.code);
      if (typeof p !== 'number') continue;
      const self = scoreIndicator(ind, ownValue(answers, ind.code)).points;
      if (p === self) out[ind.code] = { accepted: true };
      else if (p === 0) out[ind.code] = { accepted: false };
      else out[ind.code] = { accepted: true, points: p };
    }
  }
  return out;
}

/**
 * Turns decisions into the points a record keeps (see {@link decodeVerification}).
 * @param criteriaSet - the set
 * @param decisions - decisions by indicator code
 * @param answers - the effective answers
 * @returns granted points by indicator code
 */
export function encodeVerification(
  criteriaSet: CriteriaSet, decisions: Record<Code, IndicatorVerification>, answers: Record<Code, unknown>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of criteriaSet.criteria) {
    for (const ind of c.indicators) {
      const d = ownValue(decisions, ind.code);
      if (!d) continue;
      if (d.points !== undefined) out[ind.code] = d.points;
      else out[ind.code] = d.accepted ? scoreIndicator(ind, ownValue(answers, ind.code)).points : 0;
    }
  }
  return out;
}

/** What a journaled assessment gives back to the page. */
export interface JournaledAssessment {
  answers: Record<Code, unknown>;
  evidence: Record<Code, string>;
  /** the verified points (verify mode) */
  points?: Record<Code, number>;
}

function plainRecord(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/**
 * Reads a journaled `AssessmentInput` (untrusted: written by another page or tab): only plain
 * answer values, evidence texts and numeric points of safe keys are kept.
 * @returns the parts, or undefined when `data` is no assessment input
 */
export function journaledAssessment(data: unknown): JournaledAssessment | undefined {
  const input = plainRecord(data);
  const answersIn = plainRecord(input?.answers);
  const evidenceIn = plainRecord(input?.evidence);
  if (!answersIn || !evidenceIn) return undefined;
  const answers: Record<Code, unknown> = {};
  for (const code of safeKeys(answersIn)) {
    const v = answersIn[code];
    if (v === null || ['number', 'boolean', 'string'].includes(typeof v)) answers[code] = v;
  }
  const evidence: Record<Code, string> = {};
  for (const code of safeKeys(evidenceIn)) {
    const v = evidenceIn[code];
    if (typeof v === 'string') evidence[code] = v.normalize('NFC');
  }
  const pointsIn = plainRecord(plainRecord(input?.verification)?.points);
  if (!pointsIn) return { answers, evidence };
  const points: Record<Code, number> = {};
  for (const code of safeKeys(pointsIn)) {
    const v = pointsIn[code];
    if (typeof v === 'number' && Number.isFinite(v)) points[code] = v;
  }
  return { answers, evidence, points };
}

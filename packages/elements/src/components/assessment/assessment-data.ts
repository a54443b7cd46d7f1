/**
 * Pure helpers of `<fp-assessment>`: which criteria set, which reports feed the prefill, and the
 * effective answers. (The district's verification is read and stored through core's
 * `verificationOfRecord` / `storedDecisions`.)
 */
import type {
  AssessmentInput, AssessmentRecord, Code, CriteriaSet, IndicatorVerification, PackSource, PrefillSource, PrefilledAnswer, ReportData, SubmissionRecord,
} from '@formplan/core';
import { safeKeys, storedDecisions } from '@formplan/core';
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

/** What a journaled assessment gives back to the page. */
export interface JournaledAssessment {
  answers: Record<Code, unknown>;
  evidence: Record<Code, string>;
  /** the district's decisions (verify mode) */
  decisions?: Record<Code, IndicatorVerification>;
}

function plainRecord(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/**
 * Reads a journaled `AssessmentInput` (untrusted: written by another page or tab): only plain
 * answer values, evidence texts and well-formed decisions of safe keys are kept.
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
  const decisionsIn = plainRecord(plainRecord(input?.verification)?.indicators);
  if (!decisionsIn) return { answers, evidence };
  const decisions: Record<Code, IndicatorVerification> = {};
  for (const code of safeKeys(decisionsIn)) {
    const d = plainRecord(decisionsIn[code]);
    if (!d || typeof d.accepted !== 'boolean') continue;
    const out: IndicatorVerification = { accepted: d.accepted };
    if (typeof d.points === 'number' && Number.isFinite(d.points)) out.points = d.points;
    if (d.answer === null || ['number', 'boolean', 'string'].includes(typeof d.answer)) out.answer = d.answer;
    decisions[code] = out;
  }
  return { answers, evidence, decisions };
}

/** What {@link assessmentInput} builds the stored record from. */
export interface AssessmentInputParts {
  pack: PackSource;
  criteriaSet: CriteriaSet;
  ward: string;
  year?: number;
  answers: Record<Code, unknown>;
  prefill: Record<Code, PrefilledAnswer>;
  evidence: Record<Code, string>;
  /** the record as loaded (its verification is kept in self mode) */
  record?: AssessmentRecord;
  now: Date;
  /** verify mode: the verifier and the district's decisions */
  verify?: { by: string; decisions: Record<Code, IndicatorVerification> };
}

/**
 * The assessment as the store keeps it: the effective answers (prefilled ones included, answers
 * of unknown codes kept), the evidence, and the district's verification (new decisions in verify
 * mode, else the stored one unchanged).
 */
export function assessmentInput(p: AssessmentInputParts): AssessmentInput {
  const answers = effectiveAnswers(p.criteriaSet, p.answers, p.prefill);
  for (const code of Object.keys(p.answers)) if (!(code in answers)) answers[code] = p.answers[code];
  const input: AssessmentInput = {
    packId: p.pack.manifest.id,
    packVersion: p.pack.manifest.version,
    criteriaSetId: p.criteriaSet.id,
    ward: p.ward,
    year: p.year ?? p.pack.manifest.year,
    answers,
    evidence: { ...p.evidence },
  };
  const stored = p.record?.verification;
  if (p.verify) {
    input.verification = {
      by: p.verify.by || stored?.by || '',
      at: p.now.toISOString(),
      ...(stored?.note ? { note: stored.note } : {}),
      indicators: storedDecisions(p.verify.decisions),
    };
  } else if (stored) {
    input.verification = stored;
  }
  return input;
}

/**
 * The self-assessment as a report: it is submitted as a {@link SubmissionRecord} of the form the
 * pack generates from the criteria set (`x-fp-from-criteria`), for the ward and the form's period,
 * through the same `Store.submit` as every form. So the calendar status, the district's review
 * (accept / return) and the ward's exchange file treat it like any report.
 */
import type { Code, CriteriaSet, PackSource } from '../pack/types.js';
import type { SubmissionKey, SubmissionRecord } from '../storage/records.js';
import type { Store } from '../storage/store.js';
import type { Bilingual } from '../common/bilingual.js';
import { HEADER_KEY } from '../schema/header.js';
import { SELF_SCORE_KEY } from '../schema/self-assessment.js';
import { getAt } from '../common/json-pointer.js';
import { scoreAssessment } from './score-assessment.js';
import { isMissingAnswer, sameAnswer, unwrapAnswer } from './score-indicator.js';

/** What the ward submits: its answers and evidence by indicator code. */
export interface AssessmentAnswers {
  answers: Record<Code, unknown>;
  evidence: Record<Code, string>;
}

/** What {@link submitAssessment} takes. */
export interface SubmitAssessmentInput extends AssessmentAnswers {
  criteriaSetId: string;
  ward: string;
  year: number;
  /** the data cut-off date, `YYYY-MM-DD` (the header's "Ngày chốt số liệu") */
  cutOffDate: string;
  /** who prepared it (the header's "Người lập biểu") */
  author: string;
}

/** Why a self-assessment cannot be submitted. */
export interface AssessmentSubmitProblem {
  /** `invalid-answer`: an answer is of the wrong type or out of range; `no-report`: the pack has no report form or period for it; `accepted`: the district accepted it, it is final */
  code: 'invalid-answer' | 'no-report' | 'accepted';
  message: Bilingual;
  indicator?: Code;
}

/** Result of {@link submitAssessment} and {@link assessmentSubmissionData}. */
export type AssessmentSubmitResult<T> = { ok: true; value: T } | { ok: false; problems: AssessmentSubmitProblem[] };

function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  if (!record || !Object.prototype.hasOwnProperty.call(record, key)) return undefined;
  return record[key];
}

/**
 * The report key of a ward's self-assessment: the pack's form generated from the criteria set,
 * and the period of that form's kind whose coverage starts in `year` (in the 2018 pack:
 * `tu-danh-gia` × `2018-CFW`, due 15/11).
 * @param pack - the pack
 * @param criteriaSetId - the criteria set
 * @param ward - the ward's org unit code
 * @param year - the assessment year
 * @returns the key, or undefined when the pack has no such form or period
 */
export function assessmentReportKey(pack: PackSource, criteriaSetId: string, ward: string, year: number): SubmissionKey | undefined {
  const form = pack.forms.find((f) => f['x-fp-from-criteria'] === criteriaSetId);
  if (!form) return undefined;
  const kinds = Array.isArray(form['x-fp-period-kinds']) ? form['x-fp-period-kinds'] : [];
  const period = pack.calendar.periods.find((p) => kinds.includes(p.kind) && p.coverage.from.startsWith(`${year}-`));
  if (!period) return undefined;
  return { packId: pack.manifest.id, packVersion: pack.manifest.version, formId: form['x-fp-id'], ward, period: period.id };
}

/**
 * The form data of a submitted self-assessment, shaped like the generated form
 * (`{ thong_tin, <criterion>: { <indicator>: { answer, evidence } }, ket_qua: { tong_diem, dat_chuan } }`)
 * so it validates against the resolved form on import. Refused while any answer is invalid (e.g. out of range).
 * @param pack - the pack (whether the form has the standard header; the ward's locality class)
 * @param criteriaSet - the criteria set
 * @param input - the ward, answers, evidence, cut-off date and author
 * @returns the data, or the invalid-answer problems
 */
export function assessmentSubmissionData(
  pack: PackSource, criteriaSet: CriteriaSet, input: AssessmentAnswers & { ward: string; cutOffDate: string; author: string },
): AssessmentSubmitResult<Record<string, unknown>> {
  const localityClass = pack.orgUnits.find((u) => u.code === input.ward)?.localityClass ?? '';
  const score = scoreAssessment(criteriaSet, input.answers, { localityClass });
  const problems: AssessmentSubmitProblem[] = score.reasons
    .filter((r) => r.code === 'invalid-answer')
    .map((r) => ({ code: 'invalid-answer', message: r.message, ...(r.indicator ? { indicator: r.indicator } : {}) }));
  if (problems.length > 0) return { ok: false, problems };
  const data: Record<string, unknown> = {};
  const form = pack.forms.find((f) => f['x-fp-from-criteria'] === criteriaSet.id);
  if (form && form['x-fp-header'] !== false) {
    data[HEADER_KEY] = { ngay_chot_so_lieu: input.cutOffDate, nguoi_lap: input.author };
  }
  for (const c of criteriaSet.criteria) {
    const group: Record<string, unknown> = {};
    for (const ind of c.indicators) {
      const answer = unwrapAnswer(own(input.answers, ind.code));
      const evidence = own(input.evidence, ind.code) ?? '';
      const cell: Record<string, unknown> = {};
      if (!isMissingAnswer(answer)) cell.answer = answer;
      if (evidence.trim() !== '') cell.evidence = evidence;
      group[ind.code] = cell;
    }
    data[c.code] = group;
  }
  data[SELF_SCORE_KEY] = { tong_diem: score.total, dat_chuan: score.recognised };
  return { ok: true, value: data };
}

/**
 * Submits the ward's self-assessment as a new revision of its report. Refused while an answer is
 * invalid, and once the district has accepted it (accepted is final).
 * @param store - the store
 * @param pack - the pack
 * @param input - what to submit
 * @returns the stored submission, or the problems that refuse it
 * @throws {Error} what `store.submit` throws (e.g. a locked period)
 * @example
 * ```ts
 * const r = await submitAssessment(store, pack, { criteriaSetId: 'qd-34-2014', ward: 'NHAT_TAN', year: 2018,
 *   answers, evidence, cutOffDate: '2018-11-10', author: 'Nguyễn Văn A' });
 * if (!r.ok) show(r.problems);
 * ```
 */
export async function submitAssessment(store: Store, pack: PackSource, input: SubmitAssessmentInput): Promise<AssessmentSubmitResult<SubmissionRecord>> {
  const set = pack.criteriaSets.find((c) => c.id === input.criteriaSetId);
  const key = assessmentReportKey(pack, input.criteriaSetId, input.ward, input.year);
  if (!set || !key) {
    return {
      ok: false,
      problems: [{
        code: 'no-report',
        message: {
          vi: `Bộ biểu mẫu không có biểu tự đánh giá của năm ${input.year} cho bộ tiêu chí "${input.criteriaSetId}"`,
          en: `The pack has no self-assessment report of ${input.year} for the criteria set "${input.criteriaSetId}"`,
        },
      }],
    };
  }
  const latest = await store.latestSubmission(key);
  if (latest?.status === 'accepted') {
    return {
      ok: false,
      problems: [{
        code: 'accepted',
        message: {
          vi: `Quận đã chấp nhận bản tự đánh giá (lần gửi ${latest.revision}); bản đã chốt không gửi lại được`,
          en: `The district accepted the self-assessment (revision ${latest.revision}); it is final and cannot be resubmitted`,
        },
      }],
    };
  }
  const data = assessmentSubmissionData(pack, set, input);
  if (!data.ok) return data;
  const submission = await store.submit({ key, data: data.value, cutOffDate: input.cutOffDate, author: input.author });
  return { ok: true, value: submission };
}

/**
 * Whether the current answers and evidence differ from a submitted revision's data (the ward
 * has changes not yet sent).
 * @param criteriaSet - the criteria set
 * @param current - the current answers and evidence
 * @param submitted - the data of the submitted revision
 * @returns true when some indicator's answer or evidence differs
 */
export function assessmentDiffersFrom(criteriaSet: CriteriaSet, current: AssessmentAnswers, submitted: unknown): boolean {
  for (const c of criteriaSet.criteria) {
    for (const ind of c.indicators) {
      const cell = getAt(submitted, [c.code, ind.code]);
      if (!sameAnswer(unwrapAnswer(own(current.answers, ind.code)), unwrapAnswer(cell))) return true;
      const sentEvidence = getAt(cell, ['evidence']);
      if ((own(current.evidence, ind.code) ?? '').trim() !== (typeof sentEvidence === 'string' ? sentEvidence.trim() : '')) return true;
    }
  }
  return false;
}

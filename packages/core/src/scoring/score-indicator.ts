/**
 * Points of one indicator from its answer, by the indicator's scoring kind.
 */
import type { Indicator } from '../pack/types.js';
import type { Bilingual } from '../common/bilingual.js';
import type { IndicatorVerification } from './assessment-score.js';

/** What {@link scoreIndicator} found for one answer. */
export interface IndicatorResult {
  points: number;
  missing: boolean;
  verified: boolean;
  /** the district decided on another answer than the current one: its decision is not applied */
  stale?: boolean;
  /** set when the answer (or verified points) has the wrong type or is out of range; such a value counts 0 */
  invalid?: Bilingual;
}

/**
 * Takes the answer out of a self-assessment cell: an object gives its own `answer` property
 * (`undefined` when it has none, e.g. `{ evidence }` only); anything else is the answer itself.
 * @param cell - the stored answer or `{ answer, evidence }` object
 * @returns the bare answer
 */
export function unwrapAnswer(cell: unknown): unknown {
  if (cell !== null && typeof cell === 'object' && !Array.isArray(cell)) {
    return Object.prototype.hasOwnProperty.call(cell, 'answer') ? (cell as { answer: unknown }).answer : undefined;
  }
  return cell;
}

/**
 * Whether an answer counts as not given: `undefined`, `null`, an empty string or a non-finite number.
 * @param answer - a bare answer
 * @returns true when missing
 */
export function isMissingAnswer(answer: unknown): boolean {
  return answer === undefined || answer === null || answer === '' || (typeof answer === 'number' && Number.isNaN(answer));
}

function compare(value: number, op: '>=' | '<=' | '<' | '>', target: number): boolean {
  switch (op) {
    case '>=': return value >= target;
    case '<=': return value <= target;
    case '<': return value < target;
    case '>': return value > target;
  }
}

/**
 * Checks points against 0..max. Out of range is an error, never clamped: it counts 0 so that
 * 99 in a 0–35 field cannot give 35/35.
 */
function checkPoints(points: unknown, max: number): { points: number; invalid?: Bilingual } {
  if (typeof points !== 'number' || !Number.isFinite(points)) {
    return { points: 0, invalid: { vi: 'Điểm phải là một số', en: 'Points must be a number' } };
  }
  if (points < 0 || points > max) {
    return {
      points: 0,
      invalid: { vi: `Điểm ${points} nằm ngoài khoảng 0–${max}`, en: `Points ${points} are outside 0–${max}` },
    };
  }
  return { points };
}

/**
 * Whether two answers are the same for verification: numbers within rounding, anything else
 * strictly equal; two missing answers are the same.
 * @param a - a bare answer
 * @param b - a bare answer
 * @returns true when the same
 */
export function sameAnswer(a: unknown, b: unknown): boolean {
  if (isMissingAnswer(a) && isMissingAnswer(b)) return true;
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  return a === b;
}

function scoreAnswer(indicator: Indicator, answer: unknown): { points: number; invalid?: Bilingual } {
  const max = indicator.maxPoints;
  const s = indicator.scoring;
  switch (s.kind) {
    case 'boolean':
      if (typeof answer !== 'boolean') {
        return { points: 0, invalid: { vi: 'Câu trả lời phải là Có/Không', en: 'The answer must be yes/no' } };
      }
      return { points: answer ? max : 0 };
    case 'percent-threshold':
      if (typeof answer !== 'number' || !Number.isFinite(answer) || answer < 0 || answer > 100) {
        return { points: 0, invalid: { vi: 'Tỷ lệ phải là số từ 0 đến 100', en: 'The percentage must be a number from 0 to 100' } };
      }
      return { points: compare(answer, s.op, s.target) ? max : 0 };
    case 'count-max':
      if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < 0) {
        return { points: 0, invalid: { vi: 'Số lượng phải là số nguyên không âm', en: 'The count must be a non-negative integer' } };
      }
      return { points: answer <= s.target ? max : 0 };
    case 'points':
      return checkPoints(answer, max);
  }
}

/**
 * Scores one indicator. The district's verification wins over the self-assessment: `points`
 * given → those points (0..maxPoints; out of range is invalid and counts 0); `accepted: false`
 * without points → 0. A verification whose `answer` differs from the current answer is stale:
 * it is not applied (the answer is scored as the ward gave it) and `stale` is set.
 * @param indicator - the indicator with its scoring kind and maximum
 * @param cell - the answer (bare or `{ answer, evidence }`)
 * @param verification - the district's decision on this indicator, if any
 * @returns points, whether the answer is missing, and any invalid-answer message
 * @example
 * ```ts
 * scoreIndicator({ code: 'KS', maxPoints: 50, scoring: { kind: 'percent-threshold', op: '>=', target: 98 }, … }, 99)
 * // → { points: 50, missing: false, verified: false }
 * ```
 */
export function scoreIndicator(indicator: Indicator, cell: unknown, verification?: IndicatorVerification): IndicatorResult {
  const answer = unwrapAnswer(cell);
  const answerMissing = isMissingAnswer(answer);
  const stale = verification !== undefined && Object.prototype.hasOwnProperty.call(verification, 'answer')
    && !sameAnswer(verification.answer, answer);
  if (verification && !stale) {
    if (verification.points !== undefined) {
      const r = checkPoints(verification.points, indicator.maxPoints);
      return { points: r.points, missing: false, verified: true, ...(r.invalid ? { invalid: r.invalid } : {}) };
    }
    if (verification.accepted === false) return { points: 0, missing: false, verified: true };
  }
  const flag = stale ? { stale: true } : {};
  if (answerMissing) return { points: 0, missing: true, verified: false, ...flag };
  const r = scoreAnswer(indicator, answer);
  return { points: r.points, missing: false, verified: false, ...flag, ...(r.invalid ? { invalid: r.invalid } : {}) };
}

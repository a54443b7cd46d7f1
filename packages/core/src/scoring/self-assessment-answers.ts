/**
 * Reads answers out of self-assessment form data (`{ <criterion>: { <indicator>: { answer, evidence } } }`).
 */
import type { Code, CriteriaSet } from '../pack/types.js';
import { getAt } from '../common/json-pointer.js';
import { isMissingAnswer, unwrapAnswer } from './score-indicator.js';

/**
 * Flattens self-assessment data into answers by indicator code, the shape
 * {@link scoreAssessment} takes. Indicators without an answer are left out; when `prefill`
 * is given, its value fills an indicator the ward left empty (a typed answer always wins).
 * @param criteriaSet - the criteria set the form was generated from
 * @param data - the self-assessment form data
 * @param prefill - optional values by indicator code (e.g. from `prefillAnswers(…)[code].value`)
 * @returns answers by indicator code
 * @example
 * ```ts
 * const pre = prefillAnswers(qd34, reports);
 * const answers = answersFromSelfAssessment(qd34, submission.data,
 *   Object.fromEntries(Object.entries(pre).map(([k, v]) => [k, v.value])));
 * scoreAssessment(qd34, answers, { localityClass: 'city-ward' });
 * ```
 */
export function answersFromSelfAssessment(
  criteriaSet: CriteriaSet,
  data: unknown,
  prefill?: Record<Code, unknown>,
): Record<Code, unknown> {
  const out: Record<Code, unknown> = {};
  for (const c of criteriaSet.criteria) {
    for (const ind of c.indicators) {
      const answer = unwrapAnswer(getAt(data, [c.code, ind.code]));
      if (!isMissingAnswer(answer)) {
        out[ind.code] = answer;
      } else if (prefill && Object.prototype.hasOwnProperty.call(prefill, ind.code) && !isMissingAnswer(prefill[ind.code])) {
        out[ind.code] = prefill[ind.code];
      }
    }
  }
  return out;
}

/**
 * Scores a ward's assessment against a criteria set and decides recognition.
 */
import type { Code, CriteriaSet } from '../pack/types.js';
import type {
  AssessmentScore, CriterionScore, IndicatorScore, ScoreOptions, ScoreReason,
} from './assessment-score.js';
import { scoreIndicator, unwrapAnswer } from './score-indicator.js';

function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  if (!record || !Object.prototype.hasOwnProperty.call(record, key)) return undefined;
  return record[key];
}

/**
 * Scores an assessment.
 *
 * Rules (all from the criteria set's data, nothing hard-coded):
 * - each indicator scores by its `scoring` kind; the district's verification overrides it;
 * - a criterion's points are the sum of its indicators, capped at the criterion's `maxPoints`;
 *   it is met when it reaches `minPoints` (or, when it sets none, is above 0);
 * - recognition needs: a known locality class, a total ≥ its `minTotal`, every criterion met
 *   when `allCriteriaMet`, no criterion at 0 when `noZeroCriterion`, **complete answers**
 *   (a missing answer scores 0 and blocks recognition until answered or decided by the
 *   district), no invalid answer (out of range counts 0, never clamped) and no stale
 *   verification (an answer changed after the district decided on it). `recognised` is true exactly when `reasons` is empty.
 *
 * @param criteriaSet - the criteria set (e.g. QĐ 34/2014)
 * @param answers - answers by indicator code, bare or `{ answer, evidence }`
 * @param opts - locality class and district verification
 * @returns the per-indicator, per-criterion and total score with the reasons
 * @example
 * ```ts
 * const s = scoreAssessment(qd34, { TC1_1: true, TC2_1: 99 }, { localityClass: 'city-ward' });
 * if (!s.recognised) console.log(s.reasons.map((r) => r.message.vi));
 * ```
 */
export function scoreAssessment(
  criteriaSet: CriteriaSet,
  answers: Record<Code, unknown>,
  opts: ScoreOptions,
): AssessmentScore {
  const indicators: IndicatorScore[] = [];
  const criteria: CriterionScore[] = [];
  const reasons: ScoreReason[] = [];
  const rules = criteriaSet.recognition;
  let total = 0;

  for (const criterion of criteriaSet.criteria) {
    let sum = 0;
    const missingCodes: Code[] = [];
    for (const indicator of criterion.indicators) {
      const answer = own(answers, indicator.code);
      const r = scoreIndicator(indicator, answer, own(opts.verification, indicator.code));
      sum += r.points;
      if (r.missing) missingCodes.push(indicator.code);
      if (r.invalid) {
        reasons.push({
          code: 'invalid-answer',
          criterion: criterion.code,
          indicator: indicator.code,
          message: {
            vi: `Chỉ tiêu ${indicator.code}: ${r.invalid.vi}`,
            en: `Indicator ${indicator.code}: ${r.invalid.en}`,
          },
        });
      }
      indicators.push({
        code: indicator.code,
        criterion: criterion.code,
        answer: r.missing ? undefined : unwrapAnswer(answer),
        points: r.points,
        maxPoints: indicator.maxPoints,
        met: r.points >= indicator.maxPoints,
        missing: r.missing,
        verified: r.verified,
        stale: r.stale === true,
        invalid: r.invalid !== undefined,
      });
      if (r.stale) {
        reasons.push({
          code: 'stale-verification',
          criterion: criterion.code,
          indicator: indicator.code,
          message: {
            vi: `Chỉ tiêu ${indicator.code}: đã thay đổi sau khi quận xác minh, cần quận xác minh lại`,
            en: `Indicator ${indicator.code}: changed after the district verified it, needs verifying again`,
          },
        });
      }
    }
    const points = Math.min(sum, criterion.maxPoints);
    const met = criterion.minPoints !== undefined ? points >= criterion.minPoints : points > 0;
    criteria.push({ code: criterion.code, points, maxPoints: criterion.maxPoints, met });
    total += points;

    if (missingCodes.length > 0) {
      reasons.push({
        code: 'missing-answers',
        criterion: criterion.code,
        message: {
          vi: `Tiêu chí ${criterion.code} còn thiếu câu trả lời: ${missingCodes.join(', ')}`,
          en: `Criterion ${criterion.code} has missing answers: ${missingCodes.join(', ')}`,
        },
      });
    }
    if (rules.allCriteriaMet && !met) {
      const need = criterion.minPoints !== undefined ? `${criterion.minPoints}` : '> 0';
      reasons.push({
        code: 'criterion-not-met',
        criterion: criterion.code,
        message: {
          vi: `Tiêu chí ${criterion.code} chưa đạt: ${points} điểm, cần ${need}`,
          en: `Criterion ${criterion.code} is not met: ${points} points, needs ${need}`,
        },
      });
    }
    if (rules.noZeroCriterion && points === 0) {
      reasons.push({
        code: 'zero-criterion',
        criterion: criterion.code,
        message: {
          vi: `Tiêu chí ${criterion.code} đạt 0 điểm`,
          en: `Criterion ${criterion.code} scores 0 points`,
        },
      });
    }
  }

  const thresholdEntry = rules.thresholds.find((t) => t.localityClass === opts.localityClass);
  const threshold = thresholdEntry ? thresholdEntry.minTotal : null;
  if (threshold === null) {
    reasons.push({
      code: 'unknown-locality-class',
      message: {
        vi: `Không có ngưỡng điểm cho loại địa bàn "${opts.localityClass}"`,
        en: `No score threshold for locality class "${opts.localityClass}"`,
      },
    });
  } else if (total < threshold) {
    reasons.push({
      code: 'below-threshold',
      message: {
        vi: `Tổng điểm ${total} thấp hơn ngưỡng ${threshold}`,
        en: `Total ${total} is below the threshold ${threshold}`,
      },
    });
  }

  return {
    criteriaSetId: criteriaSet.id,
    indicators,
    criteria,
    total,
    maxPoints: criteriaSet.maxPoints,
    threshold,
    recognised: reasons.length === 0,
    reasons,
  };
}


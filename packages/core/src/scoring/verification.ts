/**
 * The district's verification as scoring reads it, from the stored assessment record. The
 * stored shape ({@link AssessmentVerification}: who, when, points by code) and the scoring shape
 * ({@link IndicatorVerification} by code) differ; this is the one conversion between them.
 */
import type { Code } from '../pack/types.js';
import type { AssessmentRecord } from '../storage/records.js';
import type { IndicatorVerification } from './assessment-score.js';
import { safeKeys } from '../common/safe-keys.js';

/**
 * The verification scoring takes from a stored record alone: every indicator with granted points
 * is accepted at those points.
 * @param record - the stored assessment (only its `verification` is read)
 * @returns verification by indicator code, for `scoreAssessment(set, answers, { verification })`
 * @example
 * ```ts
 * scoreAssessment(set, record.answers, { localityClass, verification: verificationOfRecord(record) });
 * ```
 */
export function verificationOfRecord(record: Pick<AssessmentRecord, 'verification'>): Record<Code, IndicatorVerification> {
  const out: Record<Code, IndicatorVerification> = {};
  const points = record.verification?.points ?? {};
  for (const code of safeKeys(points)) {
    const p = points[code];
    if (typeof p === 'number') out[code] = { accepted: true, points: p };
  }
  return out;
}

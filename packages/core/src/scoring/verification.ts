/**
 * The district's verification as scoring reads it, from the stored assessment record. The
 * stored shape ({@link AssessmentVerification}: who, when, decisions by code) and the scoring
 * shape ({@link IndicatorVerification} by code) differ; this is the one conversion between them.
 */
import type { Code } from '../pack/types.js';
import type { AssessmentRecord, AssessmentVerification, StoredIndicatorDecision } from '../storage/records.js';
import type { IndicatorVerification } from './assessment-score.js';
import { safeKeys } from '../common/safe-keys.js';

function decisionOf(stored: StoredIndicatorDecision): IndicatorVerification | undefined {
  if (stored === null || typeof stored !== 'object' || typeof stored.accepted !== 'boolean') return undefined;
  const out: IndicatorVerification = { accepted: stored.accepted };
  if (typeof stored.points === 'number') out.points = stored.points;
  if (Object.prototype.hasOwnProperty.call(stored, 'answer')) out.answer = stored.answer;
  return out;
}

/**
 * The verification scoring takes from a stored record alone: each stored decision (verdict,
 * granted points, the answer decided on, so a later change shows as stale). Older records
 * that kept only granted points read as accepted at those points.
 * @param record - the stored assessment (only its `verification` is read)
 * @returns verification by indicator code, for `scoreAssessment(set, answers, { verification })`
 * @example
 * ```ts
 * scoreAssessment(set, record.answers, { localityClass, verification: verificationOfRecord(record) });
 * ```
 */
export function verificationOfRecord(record: Pick<AssessmentRecord, 'verification'>): Record<Code, IndicatorVerification> {
  const out: Record<Code, IndicatorVerification> = {};
  const v = record.verification;
  if (v?.indicators) {
    for (const code of safeKeys(v.indicators)) {
      const d = decisionOf(v.indicators[code]);
      if (d) out[code] = d;
    }
    return out;
  }
  const points = v?.points ?? {};
  for (const code of safeKeys(points)) {
    const p = points[code];
    if (typeof p === 'number') out[code] = { accepted: true, points: p };
  }
  return out;
}

/**
 * The stored form of the district's decisions (the inverse of {@link verificationOfRecord}).
 * @param decisions - decisions by indicator code
 * @returns what `AssessmentVerification.indicators` keeps
 */
export function storedDecisions(decisions: Record<Code, IndicatorVerification>): NonNullable<AssessmentVerification['indicators']> {
  const out: NonNullable<AssessmentVerification['indicators']> = {};
  for (const code of safeKeys(decisions)) {
    const d = decisions[code];
    out[code] = {
      accepted: d.accepted,
      ...(d.points !== undefined ? { points: d.points } : {}),
      ...(Object.prototype.hasOwnProperty.call(d, 'answer') ? { answer: d.answer ?? null } : {}),
    };
  }
  return out;
}

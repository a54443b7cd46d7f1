/**
 * Result types of scoring a ward's assessment against a criteria set.
 */
import type { Code, Bilingual } from '../pack/types.js';

/** Why a ward is not (yet) recognised, or what in its answers needs attention. */
export type ScoreReasonCode =
  | 'below-threshold'
  | 'criterion-not-met'
  | 'zero-criterion'
  | 'missing-answers'
  | 'invalid-answer'
  | 'stale-verification'
  | 'unknown-locality-class';

/** One reason, with a Vietnamese-first message and, where it applies, the criterion or indicator. */
export interface ScoreReason {
  code: ScoreReasonCode;
  message: Bilingual & { en: string };
  criterion?: Code;
  indicator?: Code;
}

/** The district's verification of one indicator. */
export interface IndicatorVerification {
  /** false: the self-assessed answer is rejected (0 points unless `points` is given) */
  accepted: boolean;
  /** points the district grants, overriding the computed points (0..maxPoints; outside that range it is invalid and counts 0) */
  points?: number;
  /**
   * The answer the district saw when it decided. When the ward's current answer differs, the
   * decision is stale: it is not applied, and the indicator is marked until the district decides again.
   */
  answer?: unknown;
}

/** Options of {@link scoreAssessment}. */
export interface ScoreOptions {
  /** the ward's locality class, e.g. `city-ward`; picks the recognition threshold */
  localityClass: string;
  /** district verification per indicator code */
  verification?: Record<Code, IndicatorVerification>;
}

/** The score of one indicator. */
export interface IndicatorScore {
  code: Code;
  criterion: Code;
  /** the answer as given (unwrapped from `{ answer, evidence }`), `undefined` when missing */
  answer: unknown;
  points: number;
  maxPoints: number;
  /** full points reached */
  met: boolean;
  /** no usable answer and no verification decision */
  missing: boolean;
  /** the district's verification changed the points */
  verified: boolean;
  /** the ward changed the answer after the district decided: the decision is not applied */
  stale: boolean;
  /** the answer (or the verified points) is of the wrong type or out of range: it counts 0 */
  invalid: boolean;
}

/** The score of one criterion: the sum of its indicators, capped at the criterion's maximum. */
export interface CriterionScore {
  code: Code;
  points: number;
  maxPoints: number;
  /** points reach `minPoints` (or, when the criterion sets none, are above 0) */
  met: boolean;
}

/** The full result of {@link scoreAssessment}. */
export interface AssessmentScore {
  criteriaSetId: string;
  indicators: IndicatorScore[];
  criteria: CriterionScore[];
  total: number;
  maxPoints: number;
  /** the minimum total for the locality class; null when the class is unknown */
  threshold: number | null;
  /** true only when `reasons` is empty */
  recognised: boolean;
  reasons: ScoreReason[];
}

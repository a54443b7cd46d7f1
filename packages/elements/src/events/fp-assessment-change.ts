import type { AssessmentScore } from '@formplan/core';
/** `fp-assessment-change`: the user changed an answer, evidence or verification; carries the new live score. */
export interface FpAssessmentChangeDetail {
  score: AssessmentScore;
  /** indicator code the user edited */
  indicator: string;
}
export type FpAssessmentChangeEvent = CustomEvent<FpAssessmentChangeDetail>;
declare global {
  interface GlobalEventHandlersEventMap {
    'fp-assessment-change': FpAssessmentChangeEvent;
  }
}

import type { SubmissionRecord } from '@formplan/core';
/** `fp-submit`: the form was submitted. `submission` is the stored revision (pack mode), else undefined. */
export interface FpSubmitDetail {
  value: unknown;
  submission?: SubmissionRecord;
}
export type FpSubmitEvent = CustomEvent<FpSubmitDetail>;
declare global {
  interface GlobalEventHandlersEventMap {
    'fp-submit': FpSubmitEvent;
  }
}

import type { FieldError } from '@formplan/core';
/** `fp-invalid`: a submit was refused because the form has errors. */
export interface FpInvalidDetail {
  errors: FieldError[];
}
export type FpInvalidEvent = CustomEvent<FpInvalidDetail>;
declare global {
  interface GlobalEventHandlersEventMap {
    'fp-invalid': FpInvalidEvent;
  }
}

/** `fp-change`: a user edited a value. Never sent when a value is set programmatically. */
export interface FpChangeDetail {
  /** JSON Pointer of the edited value */
  path: string;
  value: unknown;
  /** always true: the change came from the user */
  isTriggeredByUser: true;
}
export type FpChangeEvent = CustomEvent<FpChangeDetail>;
declare global {
  interface GlobalEventHandlersEventMap {
    'fp-change': FpChangeEvent;
  }
}

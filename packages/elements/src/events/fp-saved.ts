/** `fp-saved`: a draft was saved to the store. */
export interface FpSavedDetail {
  /** the draft's revision after the save */
  revision: number;
}
export type FpSavedEvent = CustomEvent<FpSavedDetail>;
declare global {
  interface GlobalEventHandlersEventMap {
    'fp-saved': FpSavedEvent;
  }
}

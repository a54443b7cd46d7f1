/** `fp-edit`: a change of the draft pack was applied, undone or redone; the host persists the history. */
import type { EditHistoryState, EditTransaction } from '@formplan/core';

export interface FpEditDetail {
  /** the transaction applied, undone or redone */
  transaction: EditTransaction;
  /** the whole history after the change (JSON-serialisable; store it with the draft) */
  history: EditHistoryState;
}
export type FpEditEvent = CustomEvent<FpEditDetail>;
declare global {
  interface GlobalEventHandlersEventMap {
    'fp-edit': FpEditEvent;
  }
}

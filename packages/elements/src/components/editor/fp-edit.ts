/** `fp-edit`: a change of the draft pack was applied, undone or redone; the host persists the history. */
import type { EditHistoryState, EditTransaction, PackProblem } from '@formplan/core';

export interface FpEditDetail {
  /** the transaction applied, undone or redone */
  transaction: EditTransaction;
  /** the whole history after the change (JSON-serialisable; store it with the draft) */
  history: EditHistoryState;
}
export type FpEditEvent = CustomEvent<FpEditDetail>;

/** `fp-problems`: the draft was checked (on opening and a little after each change). */
export interface FpProblemsDetail {
  problems: readonly PackProblem[];
  /** how many of them are errors (a pack with errors cannot be published) */
  errors: number;
}
export type FpProblemsEvent = CustomEvent<FpProblemsDetail>;
declare global {
  interface GlobalEventHandlersEventMap {
    'fp-edit': FpEditEvent;
    'fp-problems': FpProblemsEvent;
  }
}

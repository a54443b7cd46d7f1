import type { PlanProgressRecord } from '@formplan/core';
/** `fp-task-change`: the user set a plan task's status or note; sent once the store has it. */
export interface FpTaskChangeDetail {
  taskCode: string;
  status: PlanProgressRecord['status'];
  note: string;
}
export type FpTaskChangeEvent = CustomEvent<FpTaskChangeDetail>;
declare global {
  interface GlobalEventHandlersEventMap {
    'fp-task-change': FpTaskChangeEvent;
  }
}

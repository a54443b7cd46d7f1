/**
 * What a form needs once it runs, loaded on first need from core's run-time chunk
 * (`importRuntime`, `dist/formplan-runtime.js`): the IndexedDB store (a pack form's drafts and
 * submissions; see deferred-store.ts) and the CSP-safe JSON Schema interpreter (schema mode, or a
 * pack form without a precompiled validator; see lazy-interpreter.ts). A page of pack forms with
 * precompiled validators paints without either.
 *
 * One chunk, not two: the bundler (rolldown 1.2, issue rolldown/rolldown#10731) splits the modules
 * that two such chunks share with formplan.js into a further file formplan.js would import.
 */
import { importRuntime } from '@formplan/core';
import type { Store, Validator } from '@formplan/core';

/** The run-time chunk, as what the ward file uses of it. */
export interface Runtime {
  /** a new interpreter with the default vi/en messages */
  createInterpreter(): Validator;
  /** an `IdbStore` over the database `name` */
  createIdbStore(name: string): Store;
}

/** Loads the run-time chunk (each call may fetch again after a failure). */
export async function loadRuntime(): Promise<Runtime> {
  const { IdbStore, InterpretingValidator } = await importRuntime();
  return {
    createInterpreter: () => new InterpretingValidator(),
    createIdbStore: (name) => new IdbStore({ name }),
  };
}

/**
 * What a form needs once it runs, loaded on first need from the run-time chunk
 * (runtime.ts, `dist/formplan-runtime.js`): the IndexedDB store (a pack form's drafts and
 * submissions; see deferred-store.ts), the CSP-safe JSON Schema interpreter (schema mode, or a
 * pack form without a precompiled validator; see lazy-interpreter.ts), the reading of a block
 * pasted into a matrix and Excel's download and upload (with its dialog). A page of pack forms with precompiled
 * validators paints without any of them.
 *
 * One chunk, not several: the bundler (rolldown 1.2, issue rolldown/rolldown#10731) splits the
 * modules that two such chunks share with formplan.js into a further file formplan.js would import.
 */
import type { Store, Validator } from '@formplan/core';
import type { bieuFile, planPaste, readUpload, renderExcelDialog } from './runtime.js';

/** The run-time chunk, as what the ward file uses of it. */
export interface Runtime {
  /** a new interpreter with the default vi/en messages */
  createInterpreter(): Validator;
  /** an `IdbStore` over the database `name` */
  createIdbStore(name: string): Store;
  /** where a block pasted into a matrix lands, and the status that says so */
  planPaste: typeof planPaste;
  /** Excel in `<fp-form excel>`: the Biểu as a file, an upload's report and its dialog */
  excel: { bieuFile: typeof bieuFile; readUpload: typeof readUpload; renderExcelDialog: typeof renderExcelDialog };
}

let loaded: Runtime | undefined;

/**
 * Loads the run-time chunk (each call may fetch again after a failure). Once it has loaded (e.g.
 * fetched while the page was idle, see prefetch.ts), the promise settles in the caller's task:
 * no new `import()`, whose settling would wait behind the next rendered frame.
 */
export function loadRuntime(): Promise<Runtime> {
  if (loaded) return Promise.resolve(loaded);
  return import('./runtime.js').then(({ IdbStore, InterpretingValidator, planPaste, bieuFile, readUpload, renderExcelDialog }) => (loaded = {
    createInterpreter: () => new InterpretingValidator(),
    createIdbStore: (name) => new IdbStore({ name }),
    planPaste,
    excel: { bieuFile, readUpload, renderExcelDialog },
  }));
}

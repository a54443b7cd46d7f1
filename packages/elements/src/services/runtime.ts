/**
 * The run-time chunk (`dist/formplan-runtime.js`), imported by {@link loadRuntime} on first need:
 * what a form uses once it runs, never for its first paint. The IndexedDB store and the CSP-safe
 * interpreter (core's runtime.ts), the reading of a block pasted into a matrix (core's clipboard
 * parsing and paste plan, its status) and Excel in `<fp-form excel>` (the download, the report of
 * an upload and its dialog; the XLSX code itself is `dist/formplan-xlsx.js`, imported from here).
 *
 * One chunk, not several: the bundler (rolldown 1.2, issue rolldown/rolldown#10731) splits the
 * modules that two on-demand chunks share with formplan.js into a further file formplan.js would
 * import.
 */
export { IdbStore, InterpretingValidator } from '@formplan/core';
export { planPaste } from '../renderers/matrix/matrix-paste.js';
export { renderExcelDialog } from '../components/form/excel-dialog.js';
export { bieuFile, readUpload } from '../components/form/excel-work.js';

/** Public events of formplan elements. */
export { emit } from './emit.js';
export type { FpChangeDetail, FpChangeEvent } from './fp-change.js';
export type { FpSavedDetail, FpSavedEvent } from './fp-saved.js';
export type { FpInvalidDetail, FpInvalidEvent } from './fp-invalid.js';
export type { FpSubmitDetail, FpSubmitEvent } from './fp-submit.js';
export type { FpOpenDetail, FpOpenEvent } from './fp-open.js';
export type { FpExcelImportDetail, FpExcelImportEvent } from './fp-excel-import.js';

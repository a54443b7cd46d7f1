/** Authoring of draft packs: edit sessions with undo/redo, commands, live checks, change logs. */
export { AuthoringError } from './authoring-error.js';
export type { AuthoringErrorCode } from './authoring-error.js';
export { EditSession } from './edit-session.js';
export type { EditCommand, EditTransaction, EditHistoryState, EditSessionOptions } from './edit-session.js';
export * from './commands.js';
export * from './commands-texts.js';
export * from './commands-clear.js';
export { checkDraftPack, fieldPackPointer } from './problems.js';
export { cachedResolveForm } from './compile-cache.js';
export type { PackProblem, PackArea, CheckDraftOptions } from './problems.js';
export { packChangeLog, nextVersion } from './change-log.js';
export type { PackChange } from './change-log.js';
export { readCriteriaSetFile, criteriaFileTooLarge } from './criteria-file.js';
export type { CriteriaSetFileOptions, CriteriaSetFileResult } from './criteria-file.js';
export { draftExpressionFields, draftBindingFields, targetFigureFields } from './draft-fields.js';
export { rebaseTransactions, unsavedTransactions } from './rebase-edits.js';
export type { RebasedEdits } from './rebase-edits.js';

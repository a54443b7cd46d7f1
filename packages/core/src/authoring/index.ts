/** Authoring of draft packs: edit sessions with undo/redo, commands, live checks, change logs. */
export { AuthoringError } from './authoring-error.js';
export type { AuthoringErrorCode } from './authoring-error.js';
export { EditSession } from './edit-session.js';
export type { EditCommand, EditTransaction, EditHistoryState, EditSessionOptions } from './edit-session.js';
export * from './commands.js';

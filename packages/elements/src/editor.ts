/**
 * The editor entry of @formplan/elements (`@formplan/elements/editor`, built as
 * `dist/formplan-editor.js`): registers `<fp-schema-editor>` and every part of it. The ward
 * bundle (`define.ts`, `dist/formplan.js`) never imports this module; a host loads it by
 * dynamic import in the administrator's area only.
 *
 * It imports `define-district` (which imports `define-calendar` and `define-form`), so the built
 * file imports `./formplan-district.js`, `./formplan-calendar.js` and `./formplan.js` from its
 * folder: the code it shares with them (lit, the contexts, `<fp-form>` for the preview, the
 * renderers, core) is theirs, and a page that loads `formplan.js` too has one copy of each element.
 */
import './define-district.js';
import './components/editor/schema-editor.js';
// The panels of the other tabs and the expression input register themselves from their modules.
import './components/editor/panels/index.js';
import './components/editor/expression-input.js';
export { FpRollover, type FpRolloverCreateDetail, type FpRolloverCreateEvent } from './components/rollover/rollover.js';

// A plain page (no bundler) creates the session and its commands from this same file.
export { EditSession, checkDraftPack, addMatrixColumn, setMatrixColumn } from '@formplan/core';
export { FpSchemaEditor } from './components/editor/schema-editor.component.js';
export { FpEditorForms } from './components/editor/forms-panel.component.js';
export type { FpEditorSelectDetail } from './components/editor/forms-panel.component.js';
export { FpEditorMatrix } from './components/editor/matrix-grid.component.js';
export { FpEditorPreview, sampleData } from './components/editor/preview.component.js';
export type { FpEditDetail, FpEditEvent } from './components/editor/fp-edit.js';
export { ReorderController, renderReorder, reorderStyles } from './components/editor/reorder.js';
export type { ReorderItem, MoveAction, ApplyMove } from './components/editor/reorder.js';
export { tryApply, bilingual } from './components/editor/apply.js';
export type { Applied } from './components/editor/apply.js';
export { focusNearest, problemsAt, problemAttrs, renderProblemsAt, problemId, isUnder } from './components/editor/problems-at.js';
export { editorStyles } from './components/editor/editor.styles.js';
export { TABS, areaTab } from './components/editor/tabs.js';
export type { TabId } from './components/editor/tabs.js';

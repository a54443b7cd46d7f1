/** Defines `<fp-editor-forms>` (the forms tab of the pack editor). */
import './matrix-grid.js';
import { FpEditorForms } from './forms-panel.component.js';
export { FpEditorForms };
if (!customElements.get('fp-editor-forms')) customElements.define('fp-editor-forms', FpEditorForms);
declare global {
  interface HTMLElementTagNameMap {
    'fp-editor-forms': FpEditorForms;
  }
}

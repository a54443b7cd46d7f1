/** Defines `<fp-editor-matrix>` (a matrix field edited as a grid). */
import { FpEditorMatrix } from './matrix-grid.component.js';
export { FpEditorMatrix };
if (!customElements.get('fp-editor-matrix')) customElements.define('fp-editor-matrix', FpEditorMatrix);
declare global {
  interface HTMLElementTagNameMap {
    'fp-editor-matrix': FpEditorMatrix;
  }
}

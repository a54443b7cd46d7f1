/** Defines `<fp-schema-editor>` and the parts it renders (forms tab, matrix grid, preview). */
import './forms-panel.js';
import './matrix-grid.js';
import './preview.js';
import { FpSchemaEditor } from './schema-editor.component.js';
export { FpSchemaEditor };
if (!customElements.get('fp-schema-editor')) customElements.define('fp-schema-editor', FpSchemaEditor);
declare global {
  interface HTMLElementTagNameMap {
    'fp-schema-editor': FpSchemaEditor;
  }
}

/** Defines `<fp-editor-preview>` (live preview of a draft form). */
import { FpEditorPreview } from './preview.component.js';
export { FpEditorPreview };
if (!customElements.get('fp-editor-preview')) customElements.define('fp-editor-preview', FpEditorPreview);
declare global {
  interface HTMLElementTagNameMap {
    'fp-editor-preview': FpEditorPreview;
  }
}

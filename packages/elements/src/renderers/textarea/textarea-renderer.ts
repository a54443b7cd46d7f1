import { FpTextareaRenderer } from './textarea-renderer.component.js';
export { FpTextareaRenderer };
if (!customElements.get('fp-textarea-renderer')) customElements.define('fp-textarea-renderer', FpTextareaRenderer);
declare global {
  interface HTMLElementTagNameMap {
    'fp-textarea-renderer': FpTextareaRenderer;
  }
}

import { FpBooleanRenderer } from './boolean-renderer.component.js';
export { FpBooleanRenderer };
if (!customElements.get('fp-boolean-renderer')) customElements.define('fp-boolean-renderer', FpBooleanRenderer);
declare global {
  interface HTMLElementTagNameMap {
    'fp-boolean-renderer': FpBooleanRenderer;
  }
}

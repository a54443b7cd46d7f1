import { FpEnumRenderer } from './enum-renderer.component.js';
export { FpEnumRenderer };
if (!customElements.get('fp-enum-renderer')) customElements.define('fp-enum-renderer', FpEnumRenderer);
declare global {
  interface HTMLElementTagNameMap {
    'fp-enum-renderer': FpEnumRenderer;
  }
}

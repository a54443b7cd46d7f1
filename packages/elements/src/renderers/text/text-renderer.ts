import { FpTextRenderer } from './text-renderer.component.js';
export { FpTextRenderer };
if (!customElements.get('fp-text-renderer')) customElements.define('fp-text-renderer', FpTextRenderer);
declare global {
  interface HTMLElementTagNameMap {
    'fp-text-renderer': FpTextRenderer;
  }
}

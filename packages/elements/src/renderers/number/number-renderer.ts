import { FpNumberRenderer } from './number-renderer.component.js';
export { FpNumberRenderer };
if (!customElements.get('fp-number-renderer')) customElements.define('fp-number-renderer', FpNumberRenderer);
declare global {
  interface HTMLElementTagNameMap {
    'fp-number-renderer': FpNumberRenderer;
  }
}

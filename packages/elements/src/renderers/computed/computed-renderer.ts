import { FpComputedRenderer } from './computed-renderer.component.js';
export { FpComputedRenderer };
if (!customElements.get('fp-computed-renderer')) customElements.define('fp-computed-renderer', FpComputedRenderer);
declare global {
  interface HTMLElementTagNameMap {
    'fp-computed-renderer': FpComputedRenderer;
  }
}

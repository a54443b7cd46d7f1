import { FpMatrixRenderer } from './matrix-renderer.component.js';
export { FpMatrixRenderer };
if (!customElements.get('fp-matrix-renderer')) customElements.define('fp-matrix-renderer', FpMatrixRenderer);
declare global {
  interface HTMLElementTagNameMap {
    'fp-matrix-renderer': FpMatrixRenderer;
  }
}

import '../field/field.js';
import { FpArrayRenderer } from './array-renderer.component.js';
export { FpArrayRenderer };
if (!customElements.get('fp-array-renderer')) customElements.define('fp-array-renderer', FpArrayRenderer);
declare global {
  interface HTMLElementTagNameMap {
    'fp-array-renderer': FpArrayRenderer;
  }
}

import '../field/field.js';
import { FpObjectRenderer } from './object-renderer.component.js';
export { FpObjectRenderer };
if (!customElements.get('fp-object-renderer')) customElements.define('fp-object-renderer', FpObjectRenderer);
declare global {
  interface HTMLElementTagNameMap {
    'fp-object-renderer': FpObjectRenderer;
  }
}

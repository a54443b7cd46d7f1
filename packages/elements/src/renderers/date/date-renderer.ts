import { FpDateRenderer } from './date-renderer.component.js';
export { FpDateRenderer };
if (!customElements.get('fp-date-renderer')) customElements.define('fp-date-renderer', FpDateRenderer);
declare global {
  interface HTMLElementTagNameMap {
    'fp-date-renderer': FpDateRenderer;
  }
}

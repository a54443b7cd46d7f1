import { FpUnsupported } from './unsupported.component.js';
export { FpUnsupported };
if (!customElements.get('fp-unsupported')) customElements.define('fp-unsupported', FpUnsupported);
declare global {
  interface HTMLElementTagNameMap {
    'fp-unsupported': FpUnsupported;
  }
}

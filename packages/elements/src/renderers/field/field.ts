import { FpField } from './field.component.js';
export { FpField };
if (!customElements.get('fp-field')) customElements.define('fp-field', FpField);
declare global {
  interface HTMLElementTagNameMap {
    'fp-field': FpField;
  }
}

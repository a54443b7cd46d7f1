/** Defines `<fp-form>` (and the `<fp-field>` / `<fp-unsupported>` it renders with). */
import '../../renderers/field/field.js';
import '../../renderers/unsupported/unsupported.js';
import { FpForm } from './form.component.js';
export { FpForm };
if (!customElements.get('fp-form')) customElements.define('fp-form', FpForm);
declare global {
  interface HTMLElementTagNameMap {
    'fp-form': FpForm;
  }
}

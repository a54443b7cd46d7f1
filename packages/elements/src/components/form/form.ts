/** Defines `<fp-form>` (and the `<fp-field>` / `<fp-unsupported>` it renders with). */
import '../../renderers/field/field.js';
import '../../renderers/unsupported/unsupported.js';
import { prefetchFormCode } from '../../services/prefetch.js';
import { FpForm } from './form.component.js';
export { FpForm };
if (!customElements.get('fp-form')) customElements.define('fp-form', FpForm);
// Every form first needs the run-time chunk (a pack form's store, a schema form's interpreter):
// fetch it once the page is idle, so the first form is judged without waiting for the network.
prefetchFormCode(false);
declare global {
  interface HTMLElementTagNameMap {
    'fp-form': FpForm;
  }
}

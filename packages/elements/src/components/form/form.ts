/** Defines `<fp-form>` (and the `<fp-field>` / `<fp-unsupported>` it renders with). */
import '../../renderers/field/field.js';
import '../../renderers/unsupported/unsupported.js';
import { fetchRuntimeNow } from '../../services/prefetch.js';
import { FpForm } from './form.component.js';
export { FpForm };
if (!customElements.get('fp-form')) customElements.define('fp-form', FpForm);
// Every form first needs the run-time chunk (a pack form's store, a schema form's interpreter):
// fetch it now, beside the page's own start-up, so the first form mounts and is judged without
// waiting for the network.
fetchRuntimeNow();
declare global {
  interface HTMLElementTagNameMap {
    'fp-form': FpForm;
  }
}

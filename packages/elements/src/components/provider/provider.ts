/** Defines `<fp-provider>`. */
import { FpProvider } from './provider.component.js';
export { FpProvider };
if (!customElements.get('fp-provider')) customElements.define('fp-provider', FpProvider);
declare global {
  interface HTMLElementTagNameMap {
    'fp-provider': FpProvider;
  }
}

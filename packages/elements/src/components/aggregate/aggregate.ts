/** Defines `<fp-aggregate>`. */
import { FpAggregate } from './aggregate.component.js';
export { FpAggregate };
if (!customElements.get('fp-aggregate')) customElements.define('fp-aggregate', FpAggregate);
declare global {
  interface HTMLElementTagNameMap {
    'fp-aggregate': FpAggregate;
  }
}

/** Defines `<fp-rollover>` (editor entry only; the ward bundle never imports it). */
import { FpRollover } from './rollover.component.js';
export { FpRollover };
export type { FpRolloverCreateDetail, FpRolloverCreateEvent } from './rollover.component.js';
if (!customElements.get('fp-rollover')) customElements.define('fp-rollover', FpRollover);
declare global {
  interface HTMLElementTagNameMap {
    'fp-rollover': FpRollover;
  }
}

/** Defines `<fp-calendar>`. */
import { FpCalendar } from './calendar.component.js';
export { FpCalendar };
if (!customElements.get('fp-calendar')) customElements.define('fp-calendar', FpCalendar);
declare global {
  interface HTMLElementTagNameMap {
    'fp-calendar': FpCalendar;
  }
}

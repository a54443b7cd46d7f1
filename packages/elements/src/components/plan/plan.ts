import { FpPlan } from './plan.component.js';
export { FpPlan };
if (!customElements.get('fp-plan')) customElements.define('fp-plan', FpPlan);
declare global {
  interface HTMLElementTagNameMap {
    'fp-plan': FpPlan;
  }
}

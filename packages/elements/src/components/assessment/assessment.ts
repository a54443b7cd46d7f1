import { FpAssessment } from './assessment.component.js';
export { FpAssessment };
if (!customElements.get('fp-assessment')) customElements.define('fp-assessment', FpAssessment);
declare global {
  interface HTMLElementTagNameMap {
    'fp-assessment': FpAssessment;
  }
}

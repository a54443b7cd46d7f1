/**
 * The district's entry (`@formplan/elements/define-district`, built as
 * `dist/formplan-district.js`): registers `<fp-aggregate>` (totals and their XLSX export),
 * `<fp-plan>` (the plan and its task tracker) and `<fp-assessment>`, and everything of
 * `define-calendar` and `define-form`. The built file imports `./formplan-calendar.js` and
 * `./formplan.js` from its own folder; the XLSX writer is a further chunk loaded only when a user
 * exports.
 */
import './components/aggregate/aggregate.js';
import './components/assessment/assessment.js';
import './components/plan/plan.js';

export { FpAggregate } from './components/aggregate/aggregate.component.js';
export { FpAssessment } from './components/assessment/assessment.component.js';
export { FpPlan } from './components/plan/plan.component.js';
export * from './define-calendar.js';

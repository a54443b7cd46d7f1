/**
 * The panels of `<fp-schema-editor>` (category sets, criteria, calendar, org units, agencies,
 * plan), each defined once. Imported by the editor entry only: no ward bundle loads them.
 */
import { FpEditorAgencies } from './agencies.component.js';
import { FpEditorCalendar } from './calendar.component.js';
import { FpEditorCategorySets } from './category-sets.component.js';
import { FpEditorCriteria } from './criteria.component.js';
import { FpEditorOrgUnits } from './org-units.component.js';
import { FpEditorPlan } from './plan.component.js';

export { FpEditorAgencies, FpEditorCalendar, FpEditorCategorySets, FpEditorCriteria, FpEditorOrgUnits, FpEditorPlan };
export { EditorPanel } from './panel-base.js';
export { readCriteriaFile } from './criteria-file.js';
export type { CriteriaFileResult } from './criteria-file.js';
export { criteriaSetInUse } from './criteria.component.js';

const PANELS: [string, CustomElementConstructor][] = [
  ['fp-editor-category-sets', FpEditorCategorySets],
  ['fp-editor-criteria', FpEditorCriteria],
  ['fp-editor-calendar', FpEditorCalendar],
  ['fp-editor-org-units', FpEditorOrgUnits],
  ['fp-editor-agencies', FpEditorAgencies],
  ['fp-editor-plan', FpEditorPlan],
];
for (const [tag, ctor] of PANELS) if (!customElements.get(tag)) customElements.define(tag, ctor);

declare global {
  interface HTMLElementTagNameMap {
    'fp-editor-category-sets': FpEditorCategorySets;
    'fp-editor-criteria': FpEditorCriteria;
    'fp-editor-calendar': FpEditorCalendar;
    'fp-editor-org-units': FpEditorOrgUnits;
    'fp-editor-agencies': FpEditorAgencies;
    'fp-editor-plan': FpEditorPlan;
  }
}

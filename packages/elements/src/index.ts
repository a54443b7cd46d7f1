/**
 * @formplan/elements: Lit web components over @formplan/core. Importing this module registers
 * nothing; import `@formplan/elements/define` to register every element but the editor, or the split
 * entries `define-form` (the ward portal's `dist/formplan.js`), `define-calendar`, `define-district`.
 */
// renderers: classes, testers, registry
export { FpControlBase, INPUT_ID, FEEDBACK_ID, HELP_ID } from './renderers/control-base.js';
export { FpField } from './renderers/field/field.component.js';
export { FpUnsupported } from './renderers/unsupported/unsupported.component.js';
export { FpNumberRenderer, numberTester } from './renderers/number/number-renderer.component.js';
export { FpTextRenderer, textTester } from './renderers/text/text-renderer.component.js';
export { FpTextareaRenderer, textareaTester, LONG_TEXT_LENGTH } from './renderers/textarea/textarea-renderer.component.js';
export { FpDateRenderer, dateTester } from './renderers/date/date-renderer.component.js';
export { FpEnumRenderer, enumTester } from './renderers/enum/enum-renderer.component.js';
export { FpBooleanRenderer, booleanTester } from './renderers/boolean/boolean-renderer.component.js';
export { FpComputedRenderer, computedTester } from './renderers/computed/computed-renderer.component.js';
export { FpObjectRenderer, objectTester } from './renderers/object/object-renderer.component.js';
export { FpArrayRenderer, arrayTester } from './renderers/array/array-renderer.component.js';
export { FpMatrixRenderer, matrixTester } from './renderers/matrix/matrix-renderer.component.js';
export type { RendererEntry } from './renderers/registry.js';
export { RendererRegistry } from './renderers/registry.js';
export { defaultRegistry, BUILT_IN_RENDERERS } from './renderers/default-registry.js';
// components
export { FpProvider } from './components/provider/provider.component.js';
export { FpForm } from './components/form/form.component.js';
export { FpCalendar } from './components/calendar/calendar.component.js';
export { statusText } from './components/calendar/calendar-strings.js';
export { FpAggregate } from './components/aggregate/aggregate.component.js';
export { FpAssessment } from './components/assessment/assessment.component.js';
export { FpPlan } from './components/plan/plan.component.js';
// services and contexts
export type { PackRegistry } from './services/pack-registry.js';
export { StorePackRegistry, StaticPackRegistry, UrlPackRegistry } from './services/pack-registry.js';
export { storeContext } from './contexts/store-context.js';
export { packRegistryContext } from './contexts/pack-registry-context.js';
export { localeContext } from './contexts/locale-context.js';
export type { Clock } from './contexts/clock-context.js';
export { clockContext } from './contexts/clock-context.js';
export { rendererRegistryContext } from './contexts/renderer-registry-context.js';
export { validatorContext } from './contexts/validator-context.js';
// events and language
export { emit } from './events/emit.js';
export type { FpChangeDetail, FpChangeEvent, FpSavedDetail, FpSavedEvent, FpInvalidDetail, FpInvalidEvent, FpSubmitDetail, FpSubmitEvent, FpOpenDetail, FpOpenEvent, FpExcelImportDetail, FpExcelImportEvent } from './events/events.js';
export type { Lang } from './i18n/lang.js';
export { pick } from './i18n/lang.js';
export { displayDate, formatNumber, parseDisplayDate } from './i18n/format.js';
export { UI_STRINGS } from './i18n/ui-strings.js';
export type { UiKey } from './i18n/ui-strings.js';
export { term } from './i18n/term.js';
export { defineStrings, namespaces, registerStrings } from './i18n/registry.js';
export type { Catalogue, Entry, FpStrings, KeyOf, Namespace, Params, PartialCatalogue, StringOverrides } from './i18n/registry.js';

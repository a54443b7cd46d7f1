/**
 * `@formplan/elements/jsx`: typings of the public elements for JSX frameworks (React 19, Preact,
 * …) without a dependency on any of them. {@link FormplanIntrinsicElements} maps each tag to its
 * props: its properties (`schema`, `value`, `store`, …), its attributes written with a dash
 * (`pack-src`, `pack-version`, …) and an `on<event>` handler per event it sends (`onfp-change`,
 * `onfp-submit`, …; React 19 and Preact add a listener for the event named after `on`).
 * Merge it into your framework's JSX namespace once, e.g. for React:
 * @example
 * ```ts
 * import type { FormplanIntrinsicElements } from '@formplan/elements/jsx';
 * declare module 'react' {
 *   namespace JSX {
 *     interface IntrinsicElements extends FormplanIntrinsicElements {}
 *   }
 * }
 * ```
 * (for Preact, `declare module 'preact'` the same way). The module holds types only.
 */
import type { FpAggregate } from './components/aggregate/aggregate.component.js';
import type { FpAssessment } from './components/assessment/assessment.component.js';
import type { FpCalendar } from './components/calendar/calendar.component.js';
import type { FpSchemaEditor } from './components/editor/schema-editor.component.js';
import type { FpForm } from './components/form/form.component.js';
import type { FpPlan } from './components/plan/plan.component.js';
import type { FpProvider } from './components/provider/provider.component.js';
import type { FpRollover } from './components/rollover/rollover.component.js';
// The modules that add the elements' events to GlobalEventHandlersEventMap, re-exported so that the
// declaration files load them too.
export type { FpChangeEvent, FpSavedEvent, FpInvalidEvent, FpSubmitEvent, FpOpenEvent } from './events/events.js';
export type { FpTaskChangeEvent } from './events/fp-task-change.js';
export type { FpAssessmentChangeEvent } from './events/fp-assessment-change.js';
export type { FpEditEvent, FpProblemsEvent } from './components/editor/fp-edit.js';
export type { FpRolloverCreateEvent } from './components/rollover/rollover.component.js';

type EventName = keyof GlobalEventHandlersEventMap;

/** `on<event>` handlers, typed by the event each sends. */
export type FpJsxHandlers<Events extends EventName> = {
  [N in Events as `on${N}`]?: (event: GlobalEventHandlersEventMap[N]) => void;
};

/** What any element takes in JSX besides its own props. */
export interface FpJsxBaseProps {
  id?: string;
  class?: string;
  className?: string;
  slot?: string;
  hidden?: boolean;
  style?: unknown;
  children?: unknown;
  key?: string | number | null;
  ref?: unknown;
}

/** The JSX props of element `E`: the properties named, the dashed attributes (strings) and the events' handlers. */
export type FpJsxProps<E, Props extends keyof E, Attributes extends string = never, Events extends EventName = never> =
  FpJsxBaseProps & Partial<Pick<E, Props>> & { [A in Attributes]?: string } & FpJsxHandlers<Events>;

/** The public elements by tag, for a framework's `JSX.IntrinsicElements`. */
export interface FormplanIntrinsicElements {
  'fp-provider': FpJsxProps<FpProvider, 'store' | 'packs' | 'packSrc' | 'validatorsSrc' | 'lang' | 'strings' | 'clock' | 'registry' | 'validator', 'pack-src' | 'validators-src'>;
  'fp-form': FpJsxProps<FpForm, 'schema' | 'value' | 'pack' | 'packVersion' | 'form' | 'ward' | 'period' | 'author' | 'lang' | 'readonly' | 'excel', 'pack-version', 'fp-change' | 'fp-saved' | 'fp-invalid' | 'fp-submit' | 'fp-excel-import'>;
  'fp-calendar': FpJsxProps<FpCalendar, 'pack' | 'packVersion' | 'ward' | 'period' | 'form' | 'lang' | 'today' | 'clock' | 'store', 'pack-version', 'fp-open'>;
  'fp-aggregate': FpJsxProps<FpAggregate, 'pack' | 'packVersion' | 'form' | 'period' | 'lang' | 'store' | 'previous', 'pack-version'>;
  'fp-plan': FpJsxProps<FpPlan, 'pack' | 'view' | 'store' | 'context' | 'criteriaSet' | 'figures', 'criteria-set', 'fp-task-change'>;
  'fp-assessment': FpJsxProps<FpAssessment, 'pack' | 'criteriaSet' | 'ward' | 'year' | 'mode' | 'verifier' | 'author' | 'saveDelay' | 'store', 'criteria-set' | 'save-delay', 'fp-assessment-change' | 'fp-saved' | 'fp-submit'>;
  'fp-schema-editor': FpJsxProps<FpSchemaEditor, 'session' | 'metaSchemas' | 'lang' | 'tab' | 'formId' | 'interpret', 'form-id', 'fp-edit' | 'fp-problems'>;
  'fp-rollover': FpJsxProps<FpRollover, 'packs' | 'metaSchemas' | 'taken' | 'store' | 'lang' | 'interpret', never, 'fp-rollover-create'>;
}

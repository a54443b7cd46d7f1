/**
 * Registers every formplan element but the editor's: the union of the split entries
 * (`define-form` for the ward portal's `dist/formplan.js`, `define-calendar`, `define-district`),
 * for the host app and for frameworks that want them all. Re-exports the public API, so a page
 * can `import { StaticPackRegistry } from '@formplan/elements/define'`.
 */
import './define-form.js';
import './define-calendar.js';
import './define-district.js';

export {
  FpField, FpUnsupported, FpNumberRenderer, FpTextRenderer, FpTextareaRenderer, FpDateRenderer, FpEnumRenderer,
  FpBooleanRenderer, FpComputedRenderer, FpObjectRenderer, FpArrayRenderer, FpMatrixRenderer, FpProvider, FpForm,
  FpCalendar, FpAggregate, FpAssessment, FpPlan, RendererRegistry, defaultRegistry, BUILT_IN_RENDERERS, FpControlBase,
  StorePackRegistry, StaticPackRegistry, emit,
} from './index.js';

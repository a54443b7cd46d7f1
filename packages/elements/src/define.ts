/**
 * Registers every formplan element (the entry of the one-file bundle `dist/formplan.js`) and
 * re-exports the public API, so a page can `import { StaticPackRegistry } from './formplan.js'`.
 * Class modules have no side effects; registration happens only in define modules like these.
 */
import './renderers/field/field.js';
import './renderers/unsupported/unsupported.js';
import './renderers/number/number-renderer.js';
import './renderers/text/text-renderer.js';
import './renderers/textarea/textarea-renderer.js';
import './renderers/date/date-renderer.js';
import './renderers/enum/enum-renderer.js';
import './renderers/boolean/boolean-renderer.js';
import './renderers/computed/computed-renderer.js';
import './renderers/object/object-renderer.js';
import './renderers/array/array-renderer.js';
import './renderers/matrix/matrix-renderer.js';
import './components/provider/provider.js';
import './components/form/form.js';
import './components/calendar/calendar.js';
import './components/aggregate/aggregate.js';
import './components/assessment/assessment.js';
import './components/plan/plan.js';

export {
  FpField, FpUnsupported, FpNumberRenderer, FpTextRenderer, FpTextareaRenderer, FpDateRenderer, FpEnumRenderer,
  FpBooleanRenderer, FpComputedRenderer, FpObjectRenderer, FpArrayRenderer, FpMatrixRenderer, FpProvider, FpForm,
  FpCalendar, FpAggregate, FpAssessment, FpPlan, RendererRegistry, defaultRegistry, BUILT_IN_RENDERERS, FpControlBase,
  StorePackRegistry, StaticPackRegistry, emit,
} from './index.js';

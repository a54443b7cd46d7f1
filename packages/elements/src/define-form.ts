/**
 * The ward portal's entry (`@formplan/elements/define-form`, built as `dist/formplan.js`):
 * registers `<fp-provider>`, `<fp-form>` and the renderers a form is drawn with, and re-exports
 * their API. It imports no calendar, district, plan, assessment, XLSX or editor module, so a page
 * that only fills in reports loads only this. Class modules have no side effects; registration
 * happens only in define modules like this one.
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

export { FpControlBase } from './renderers/control-base.js';
export { FpField } from './renderers/field/field.component.js';
export { FpUnsupported } from './renderers/unsupported/unsupported.component.js';
export { FpNumberRenderer } from './renderers/number/number-renderer.component.js';
export { FpTextRenderer } from './renderers/text/text-renderer.component.js';
export { FpTextareaRenderer } from './renderers/textarea/textarea-renderer.component.js';
export { FpDateRenderer } from './renderers/date/date-renderer.component.js';
export { FpEnumRenderer } from './renderers/enum/enum-renderer.component.js';
export { FpBooleanRenderer } from './renderers/boolean/boolean-renderer.component.js';
export { FpComputedRenderer } from './renderers/computed/computed-renderer.component.js';
export { FpObjectRenderer } from './renderers/object/object-renderer.component.js';
export { FpArrayRenderer } from './renderers/array/array-renderer.component.js';
export { FpMatrixRenderer } from './renderers/matrix/matrix-renderer.component.js';
export { RendererRegistry } from './renderers/registry.js';
export { defaultRegistry, BUILT_IN_RENDERERS } from './renderers/default-registry.js';
export { FpProvider } from './components/provider/provider.component.js';
export { FpForm } from './components/form/form.component.js';
export { StorePackRegistry, StaticPackRegistry } from './services/pack-registry.js';
export { emit } from './events/emit.js';
// Used by the run-time chunk (the store) and by the district file: held here, where both import
// it from, rather than in a further file of its own the bundler would split out.
export { compareSemver } from '@formplan/core';
// The XLSX loaders (load-xlsx.ts), used by the run-time chunk (a ward's Biểu) and the district
// file (totals): held here, not in the district file the run-time chunk must not import.
export { importXlsx } from './services/load-xlsx.js';

/**
 * Registers every element that exists so far: the entry of the one-file bundle
 * (`dist/formplan.js`) until the lead's `define.ts` takes over (the build prefers `define.ts`).
 * Keep this list to define modules only (`<name>.ts` beside `<name>.component.ts`).
 */
import './components/aggregate/aggregate.js';
import './components/assessment/assessment.js';
import './components/calendar/calendar.js';
import './components/form/form.js';
import './components/plan/plan.js';
import './components/provider/provider.js';
import './renderers/array/array-renderer.js';
import './renderers/boolean/boolean-renderer.js';
import './renderers/computed/computed-renderer.js';
import './renderers/date/date-renderer.js';
import './renderers/enum/enum-renderer.js';
import './renderers/field/field.js';
import './renderers/matrix/matrix-renderer.js';
import './renderers/number/number-renderer.js';
import './renderers/object/object-renderer.js';
import './renderers/text/text-renderer.js';
import './renderers/textarea/textarea-renderer.js';
import './renderers/unsupported/unsupported.js';

export * from './index.js';

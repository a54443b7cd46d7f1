/**
 * Registers every element that exists so far: the entry of the one-file bundle
 * (`dist/formplan.js`) until the lead's `define.ts` takes over (the build prefers `define.ts`).
 * Keep this list to define modules only (`<name>.ts` beside `<name>.component.ts`).
 */
import './renderers/field/field.js';
import './renderers/unsupported/unsupported.js';
import './renderers/number/number-renderer.js';
import './renderers/text/text-renderer.js';

export * from './index.js';

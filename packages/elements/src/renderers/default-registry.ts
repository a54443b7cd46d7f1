/**
 * The built-in renderers, each with the tester it is chosen by. Rank bands: 1 generic by type;
 * 2–9 specific built-ins (format, enum, computed, matrix); 10+ an explicit `x-fp-widget`.
 */
import { RendererRegistry } from './registry.js';
import type { RendererEntry } from './registry.js';
import { numberTester } from './number/number-renderer.component.js';
import { textTester } from './text/text-renderer.component.js';
import { textareaTester } from './textarea/textarea-renderer.component.js';
import { dateTester } from './date/date-renderer.component.js';
import { enumTester } from './enum/enum-renderer.component.js';
import { booleanTester } from './boolean/boolean-renderer.component.js';
import { computedTester } from './computed/computed-renderer.component.js';
import { objectTester } from './object/object-renderer.component.js';
import { arrayTester } from './array/array-renderer.component.js';
import { matrixTester } from './matrix/matrix-renderer.component.js';

/** The built-in entries, in registration order. */
export const BUILT_IN_RENDERERS: readonly RendererEntry[] = [
  { tester: numberTester, tagName: 'fp-number-renderer' },
  { tester: textTester, tagName: 'fp-text-renderer' },
  { tester: textareaTester, tagName: 'fp-textarea-renderer' },
  { tester: dateTester, tagName: 'fp-date-renderer' },
  { tester: enumTester, tagName: 'fp-enum-renderer' },
  { tester: booleanTester, tagName: 'fp-boolean-renderer' },
  { tester: computedTester, tagName: 'fp-computed-renderer' },
  { tester: objectTester, tagName: 'fp-object-renderer' },
  { tester: arrayTester, tagName: 'fp-array-renderer' },
  { tester: matrixTester, tagName: 'fp-matrix-renderer' },
];

/** A registry of the built-in renderers; add your own with `.with(entry)`. */
export function defaultRegistry(): RendererRegistry {
  return new RendererRegistry(BUILT_IN_RENDERERS);
}

/**
 * The renderers the nesting tests (object, array) mount below each other: number, object, array
 * and matrix, each defined.
 */
import { RendererRegistry } from '../../packages/elements/src/renderers/registry.js';
import { numberTester } from '../../packages/elements/src/renderers/number/number-renderer.component.js';
import { objectTester } from '../../packages/elements/src/renderers/object/object-renderer.component.js';
import { arrayTester } from '../../packages/elements/src/renderers/array/array-renderer.component.js';
import { matrixTester } from '../../packages/elements/src/renderers/matrix/matrix-renderer.component.js';
import '../../packages/elements/src/renderers/number/number-renderer.js';
import '../../packages/elements/src/renderers/object/object-renderer.js';
import '../../packages/elements/src/renderers/array/array-renderer.js';
import '../../packages/elements/src/renderers/matrix/matrix-renderer.js';

/** A registry of the number, object, array and matrix renderers. */
export function nestingRegistry(): RendererRegistry {
  return new RendererRegistry([
    { tester: numberTester, tagName: 'fp-number-renderer' },
    { tester: objectTester, tagName: 'fp-object-renderer' },
    { tester: arrayTester, tagName: 'fp-array-renderer' },
    { tester: matrixTester, tagName: 'fp-matrix-renderer' },
  ]);
}

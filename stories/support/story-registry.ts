/**
 * The renderer registry the stories use: every built-in renderer whose define module exists
 * (importing a define module registers its tag). Switch to `defaultRegistry()` from
 * packages/elements/src/renderers/default-registry.ts once all built-ins exist.
 */
import { RendererRegistry } from '../../packages/elements/src/renderers/registry.js';
import type { RendererEntry } from '../../packages/elements/src/renderers/registry.js';
import { numberTester } from '../../packages/elements/src/renderers/number/number-renderer.component.js';
import { textTester } from '../../packages/elements/src/renderers/text/text-renderer.component.js';
import '../../packages/elements/src/renderers/number/number-renderer.js';
import '../../packages/elements/src/renderers/text/text-renderer.js';

const ENTRIES: RendererEntry[] = [
  { tester: numberTester, tagName: 'fp-number-renderer' },
  { tester: textTester, tagName: 'fp-text-renderer' },
];

/** A registry of the renderers available to the stories. */
export function storyRegistry(): RendererRegistry {
  return new RendererRegistry(ENTRIES);
}

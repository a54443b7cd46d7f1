/**
 * The renderer registry the stories use: the built-in registry, with every built-in renderer's
 * define module imported (importing a define module registers its tag).
 */
import { defaultRegistry } from '../../packages/elements/src/renderers/default-registry.js';
import type { RendererRegistry } from '../../packages/elements/src/renderers/registry.js';
import '../../packages/elements/src/renderers/field/field.js';
import '../../packages/elements/src/renderers/unsupported/unsupported.js';
import '../../packages/elements/src/renderers/number/number-renderer.js';
import '../../packages/elements/src/renderers/text/text-renderer.js';
import '../../packages/elements/src/renderers/textarea/textarea-renderer.js';
import '../../packages/elements/src/renderers/date/date-renderer.js';
import '../../packages/elements/src/renderers/enum/enum-renderer.js';
import '../../packages/elements/src/renderers/boolean/boolean-renderer.js';
import '../../packages/elements/src/renderers/computed/computed-renderer.js';
import '../../packages/elements/src/renderers/object/object-renderer.js';
import '../../packages/elements/src/renderers/array/array-renderer.js';
import '../../packages/elements/src/renderers/matrix/matrix-renderer.js';

/** A registry of every built-in renderer. */
export function storyRegistry(): RendererRegistry {
  return defaultRegistry();
}

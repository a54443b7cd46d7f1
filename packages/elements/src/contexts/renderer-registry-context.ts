import { createContext } from '@lit/context';
import type { RendererRegistry } from '../renderers/registry.js';
/** The renderers elements choose from. Default: the built-in registry. */
export const rendererRegistryContext = createContext<RendererRegistry | undefined>(Symbol.for('formplan/renderer-registry'));

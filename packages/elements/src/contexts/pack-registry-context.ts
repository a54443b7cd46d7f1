import { createContext } from '@lit/context';
import type { PackRegistry } from '../services/pack-registry.js';
/** Where elements find packs by id and version. Default: the packs in the store. */
export const packRegistryContext = createContext<PackRegistry | undefined>(Symbol.for('formplan/pack-registry'));

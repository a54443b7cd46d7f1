/**
 * What the calendar and aggregate elements share: finding the pack (given as an object or an
 * id) and Vietnamese date display. (The default store is `services/defaults.ts`'s.)
 */
import type { PackSource, Store } from '@formplan/core';
import type { PackRegistry } from '../../services/pack-registry.js';
import { StorePackRegistry } from '../../services/pack-registry.js';

/** A pack named by id that neither the pack registry nor the store holds. */
export class PackNotFoundError extends Error {
  constructor(readonly pack: string) {
    super(`pack not found: ${pack}`);
    this.name = 'PackNotFoundError';
  }
}

/**
 * The pack an element shows: the object itself, or the pack with that id (newest version, or
 * `version`) from the registry, else from the store.
 * @param pack a pack, or a pack id
 * @param registry the pack registry from the context, if any
 * @param store the store, used when there is no registry
 * @param version the pack version wanted (with an id)
 * @returns the pack, or undefined when not found
 */
export async function findPack(
  pack: PackSource | string | undefined, registry: PackRegistry | undefined, store: Store, version?: string,
): Promise<PackSource | undefined> {
  if (pack === undefined || pack === '') return undefined;
  if (typeof pack !== 'string') return pack;
  return (registry ?? new StorePackRegistry(store)).getPack(pack, version || undefined);
}

/** `dd/mm/yyyy` display of an ISO date (kept here for the calendar and aggregate imports). */
export { displayDate } from '../../i18n/format.js';


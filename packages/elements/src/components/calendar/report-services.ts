/**
 * What the calendar and aggregate elements share: finding the pack (given as an object or an
 * id) and Vietnamese date display. (The default store is `services/defaults.ts`'s.)
 */
import { describeError, formatDisplayDate } from '@formplan/core';
import type { IsoDate, PackSource, Store } from '@formplan/core';
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

/**
 * An ISO date as Vietnamese readers write it: `dd/mm/yyyy`.
 * @example
 * ```ts
 * displayDate('2018-05-15'); // '15/05/2018'
 * ```
 */
export function displayDate(date: IsoDate): string {
  return formatDisplayDate(date);
}

/** A message from an error of any kind, Vietnamese first when the error carries both languages. */
export function errorText(error: unknown, lang: 'vi' | 'en'): string {
  return describeError(error, lang);
}

/**
 * What the calendar and aggregate elements share: finding the pack (given as an object or an
 * id), the default store when no provider answers, and Vietnamese date display.
 */
import { IdbStore, describeError, formatDisplayDate } from '@formplan/core';
import type { IsoDate, PackSource, Store } from '@formplan/core';
import type { PackRegistry } from '../../services/pack-registry.js';
import { StorePackRegistry } from '../../services/pack-registry.js';

let sharedStore: Store | undefined;

/**
 * The store used when neither a `store` property nor a provider gives one: one IndexedDB store
 * named `formplan`, shared by every element of the page (opened lazily, on first use).
 */
export function defaultStore(): Store {
  sharedStore ??= new IdbStore();
  return sharedStore;
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

/** Fills `{name}` placeholders of a template with plain-text values. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

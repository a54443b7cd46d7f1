/**
 * Where elements find packs. Packs reach the store already validated (the host or the CLI
 * checks them against the meta-schemas before storing), so elements only resolve them.
 */
import type { PackSource, Store } from '@formplan/core';

/** Finds a pack by id and (optionally) version; the newest version when none is given. */
export interface PackRegistry {
  getPack(id: string, version?: string): Promise<PackSource | undefined>;
}

/** Packs from a store. */
export class StorePackRegistry implements PackRegistry {
  constructor(private readonly store: Store) {}

  async getPack(id: string, version?: string): Promise<PackSource | undefined> {
    return (await this.store.getPack(id, version))?.source as PackSource | undefined;
  }
}

/** Packs given in memory (e.g. a page that ships its pack with its script). */
export class StaticPackRegistry implements PackRegistry {
  constructor(private readonly packs: readonly PackSource[]) {}

  async getPack(id: string, version?: string): Promise<PackSource | undefined> {
    return this.packs.find((p) => p.manifest.id === id && (!version || p.manifest.version === version));
  }
}

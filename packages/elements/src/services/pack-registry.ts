/**
 * Where elements find packs. Packs reach the store already validated (the host or the CLI
 * checks them against the meta-schemas before storing), so elements only resolve them.
 */
import { MAX_PACK_BYTES, scanJson } from '@formplan/core';
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

/**
 * Packs read from a URL that serves one pack as JSON (`{ manifest, orgUnits, … }`), e.g. a
 * portal's own `/packs/tay-ho-2018.json`. Read once, bounded in size, refused when it holds
 * prototype keys; the pack is the portal's own, checked when it was published.
 */
export class UrlPackRegistry implements PackRegistry {
  private loading?: Promise<PackSource>;

  constructor(private readonly url: string, private readonly fetcher: typeof fetch = (...a) => fetch(...a)) {}

  async getPack(id: string, version?: string): Promise<PackSource | undefined> {
    const pack = await (this.loading ??= this.load());
    return pack.manifest?.id === id && (!version || pack.manifest.version === version) ? pack : undefined;
  }

  private async load(): Promise<PackSource> {
    const res = await this.fetcher(this.url);
    if (!res.ok) throw new Error(`${this.url}: HTTP ${res.status}`);
    const text = await res.text();
    if (text.length > MAX_PACK_BYTES) throw new Error(`${this.url}: ${text.length} > ${MAX_PACK_BYTES} bytes`);
    const value: unknown = JSON.parse(text);
    const scan = scanJson(value, this.url);
    if (scan.errors.length) throw new Error(scan.errors.map((e) => `${e.pointer}: ${e.message.vi}`).join('; '));
    return value as PackSource;
  }
}

/**
 * First run (and every run after a new pack folder is bundled): check each bundled pack against
 * the meta-schemas and store it in IndexedDB. A version already stored is left as it is, so what
 * the administrator published under the same id and version is never overwritten.
 */
import { loadPack } from '@formplan/core';
import type { PackError, PackRecord, Store } from '@formplan/core';
import { bundledPacks, metaSchemas } from './pack-source.js';

/** A bundled pack that could not be stored, and why. */
export interface BundledPackErrors {
  folder: string;
  errors: PackError[];
}

/** Every stored (published) pack version, and the bundled packs that were refused. */
export interface BootResult {
  packs: PackRecord[];
  refused: BundledPackErrors[];
}

function idAndVersion(manifest: unknown): { id: string; version: string } | undefined {
  if (!manifest || typeof manifest !== 'object') return undefined;
  const { id, version } = manifest as Record<string, unknown>;
  return typeof id === 'string' && typeof version === 'string' ? { id, version } : undefined;
}

/** Stores the bundled packs that are not stored yet and returns every stored pack version. */
export async function bootstrapPacks(store: Store): Promise<BootResult> {
  const refused: BundledPackErrors[] = [];
  for (const { folder, source } of bundledPacks()) {
    const named = idAndVersion(source.manifest);
    if (named && (await store.getPack(named.id, named.version))) continue;
    const checked = loadPack(source, { metaSchemas: metaSchemas() });
    if (!checked.ok) {
      refused.push({ folder, errors: checked.errors });
      continue;
    }
    const { id, version } = checked.pack.manifest;
    await store.putPack({ id, version, source: checked.pack });
  }
  return { packs: await store.listPacks(), refused };
}

/**
 * First run: check the bundled 2018 pack against the meta-schemas and store it in IndexedDB.
 * A pack that is already stored (same id, version and content) is left as it is.
 */
import { loadPack } from '@formplan/core';
import type { PackError, PackSource, Store } from '@formplan/core';
import { metaSchemas, tayHo2018Source } from './pack-source.js';

/** The pack the host works with, or the reasons it could not be loaded. */
export type BootResult = { ok: true; pack: PackSource } | { ok: false; errors: PackError[] };

/** Loads the bundled pack into the store (first run) and returns the stored pack. */
export async function bootstrapPack(store: Store): Promise<BootResult> {
  const source = tayHo2018Source();
  const { id, version } = source.manifest;
  const stored = await store.getPack(id, version);
  if (stored) return { ok: true, pack: stored.source as PackSource };
  const checked = loadPack(source, { metaSchemas: metaSchemas() });
  if (!checked.ok) return { ok: false, errors: checked.errors };
  await store.putPack({ id, version, source: checked.pack });
  return { ok: true, pack: checked.pack };
}

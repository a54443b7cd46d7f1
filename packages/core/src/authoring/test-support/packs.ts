import { MINIMAL_PACK } from '../../pack/test-support/fixture-pack.js';
import { testMetaSchemas } from '../../pack/test-support/meta-schemas.js';
import { loadPackFromDir } from '../../pack/load-dir.js';
import type { PackSource } from '../../pack/types.js';

export { loadTayHo2018Pack } from '../../pack/test-support/tay-ho-2018.js';
export { testMetaSchemas } from '../../pack/test-support/meta-schemas.js';

/** The minimal fixture pack (test/fixtures/packs/minimal), for authoring tests. */
export async function loadMinimalPack(): Promise<PackSource> {
  const r = await loadPackFromDir(MINIMAL_PACK, { metaSchemas: await testMetaSchemas() });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.pack;
}

/** A fake clock: each call advances by `stepMs`. */
export function fakeClock(stepMs: number, start = Date.parse('2019-01-02T08:00:00Z')): () => string {
  let t = start - stepMs;
  return () => new Date((t += stepMs)).toISOString();
}

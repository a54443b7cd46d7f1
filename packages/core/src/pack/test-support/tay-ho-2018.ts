import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPackFromDir } from '../load-dir.js';
import type { PackSource } from '../types.js';
import { testMetaSchemas } from './meta-schemas.js';

/** The real Tây Hồ 2018 pack from `schemas/packs`, for node tests; throws if it does not load. */
export async function loadTayHo2018Pack(): Promise<PackSource> {
  const r = await loadPackFromDir(resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../schemas/packs/tay-ho-2018'), {
    metaSchemas: await testMetaSchemas(),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.pack;
}

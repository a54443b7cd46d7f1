/**
 * The 2018 Tây Hồ pack and the meta-schemas, bundled into the host from `schemas/` so the first
 * run can validate the pack and store it in IndexedDB without a server.
 */
import { packFromFiles } from '@formplan/core';
import type { MetaSchemaDoc, PackSource } from '@formplan/core';

const packFiles = import.meta.glob('../../schemas/packs/tay-ho-2018/**/*.json', { eager: true, import: 'default' }) as Record<string, unknown>;
const metaFiles = import.meta.glob('../../schemas/meta/*.schema.json', { eager: true, import: 'default' }) as Record<string, unknown>;

/** The 2018 pack as one object (not yet checked). */
export function tayHo2018Source(): PackSource {
  return packFromFiles(packFiles, '../../schemas/packs/tay-ho-2018/') as unknown as PackSource;
}

/** The meta-schemas every pack is checked against. */
export function metaSchemas(): MetaSchemaDoc[] {
  return Object.entries(metaFiles).map(([path, schema]) => ({ file: path.split('/').pop() ?? path, schema }));
}

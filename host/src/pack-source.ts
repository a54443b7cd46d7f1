/**
 * The packs bundled into the host from `schemas/packs/<folder>/` (every folder: a new year's
 * folder is picked up without code changes) and the meta-schemas, so the first run can validate
 * them and store them in IndexedDB without a server.
 */
import { packFromFiles } from '@formplan/core';
import type { MetaSchemaDoc, UncheckedPackSource } from '@formplan/core';

const PACKS = '../../schemas/packs/';
const packFiles = import.meta.glob('../../schemas/packs/*/**/*.json', { eager: true, import: 'default' }) as Record<string, unknown>;
const metaFiles = import.meta.glob('../../schemas/meta/*.schema.json', { eager: true, import: 'default' }) as Record<string, unknown>;

/** One bundled pack folder, not yet checked. */
export interface BundledPack {
  /** the folder name, e.g. `tay-ho-2018` */
  folder: string;
  source: UncheckedPackSource;
}

/** Every bundled pack folder (those with a `pack.json`), in folder-name order. */
export function bundledPacks(): BundledPack[] {
  const folders = new Set(Object.keys(packFiles).map((p) => p.slice(PACKS.length).split('/')[0]));
  return [...folders]
    .filter((f) => `${PACKS}${f}/pack.json` in packFiles)
    .sort()
    .map((folder) => ({ folder, source: packFromFiles(packFiles, `${PACKS}${folder}/`) }));
}

/** The meta-schemas every pack is checked against. */
export function metaSchemas(): MetaSchemaDoc[] {
  return Object.entries(metaFiles).map(([path, schema]) => ({ file: path.split('/').pop() ?? path, schema }));
}

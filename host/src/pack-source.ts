/**
 * The 2018 Tây Hồ pack and the meta-schemas, bundled into the host from `schemas/` so the first
 * run can validate the pack and store it in IndexedDB without a server.
 */
import type { MetaSchemaDoc, PackSource } from '@formplan/core';

const packFiles = import.meta.glob('../../schemas/packs/tay-ho-2018/**/*.json', { eager: true, import: 'default' }) as Record<string, unknown>;
const metaFiles = import.meta.glob('../../schemas/meta/*.schema.json', { eager: true, import: 'default' }) as Record<string, unknown>;

const PREFIX = '../../schemas/packs/tay-ho-2018/';

function part(name: string): unknown {
  return packFiles[PREFIX + name];
}

function folder(name: string): unknown[] {
  return Object.keys(packFiles)
    .filter((k) => k.startsWith(PREFIX + name + '/'))
    .sort()
    .map((k) => packFiles[k]);
}

/** The 2018 pack as one object (not yet checked). */
export function tayHo2018Source(): PackSource {
  return {
    manifest: part('pack.json'),
    orgUnits: part('org-units.json'),
    agencies: part('agencies.json'),
    categorySets: part('category-sets.json'),
    criteriaSets: folder('criteria'),
    calendar: part('calendar.json'),
    plan: part('plan.json'),
    forms: folder('forms'),
  } as unknown as PackSource;
}

/** The meta-schemas every pack is checked against. */
export function metaSchemas(): MetaSchemaDoc[] {
  return Object.entries(metaFiles).map(([path, schema]) => ({ file: path.split('/').pop() ?? path, schema }));
}

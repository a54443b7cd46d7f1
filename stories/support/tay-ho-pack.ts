/// <reference types="vite/client" />
/**
 * The real Tây Hồ 2018 pack (schemas/packs/tay-ho-2018), bundled into the stories with Vite's
 * `import.meta.glob`, assembled into a `PackSource` and checked with core's `loadPack` against
 * the meta-schemas, exactly like a page that ships its pack with its script.
 */
import { loadPack, MemoryStore, packFromFiles, resolveForm } from '@formplan/core';
import type { MetaSchemaDoc, PackSource, SchemaNode, Store, UncheckedPackSource } from '@formplan/core';
import { StaticPackRegistry } from '../../packages/elements/src/services/pack-registry.js';

const packFiles = import.meta.glob<unknown>('../../schemas/packs/tay-ho-2018/**/*.json', { eager: true, import: 'default' });
const metaFiles = import.meta.glob<unknown>('../../schemas/meta/*.schema.json', { eager: true, import: 'default' });

/** The pack's files as one object, in the shape `loadPack` takes (not yet checked). */
export function tayHoPackSource(): UncheckedPackSource {
  return packFromFiles(packFiles, '../../schemas/packs/tay-ho-2018/');
}

/** The meta-schemas every pack is checked against. */
export function tayHoMetaSchemas(): MetaSchemaDoc[] {
  return Object.keys(metaFiles).sort().map((k) => ({
    file: `schemas/meta/${k.slice(k.lastIndexOf('/') + 1)}`,
    schema: metaFiles[k],
  }));
}

let cached: PackSource | undefined;

/**
 * The Tây Hồ 2018 pack, checked. Throws with the loader's messages when the pack is invalid, so a
 * broken pack shows as a failing story rather than a half-rendered one.
 */
export function tayHoPack(): PackSource {
  if (cached) return cached;
  const r = loadPack(tayHoPackSource(), { metaSchemas: tayHoMetaSchemas() });
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.file}${e.pointer}: ${e.message.vi} / ${e.message.en}`).join('\n'));
  cached = r.pack;
  return cached;
}

/** Ids of the pack's appendix forms (Biểu 01–08), in file order. */
export function bieuIds(pack: PackSource = tayHoPack()): string[] {
  return pack.forms.map((f) => f['x-fp-id']).filter((id) => id.startsWith('bieu-'));
}

/** A pack registry holding only the Tây Hồ 2018 pack. */
export function tayHoRegistry(): StaticPackRegistry {
  return new StaticPackRegistry([tayHoPack()]);
}

/** A fresh in-memory store with the Tây Hồ 2018 pack in it. */
export async function tayHoStore(): Promise<Store> {
  const pack = tayHoPack();
  const store = new MemoryStore();
  await store.putPack({ id: pack.manifest.id, version: pack.manifest.version, source: pack });
  return store;
}

/** Phường Phú Thượng, the first ward of the pack (org unit code). */
export const PHU_THUONG = 'P00091';

/**
 * The first period of the 2018 calendar a form is filed for (by the form's `x-fp-period-kinds`).
 * @param formId - e.g. `bieu-02`
 */
export function periodFor(formId: string, pack: PackSource = tayHoPack()): string {
  const form = pack.forms.find((f) => f['x-fp-id'] === formId);
  const kinds = (form?.['x-fp-period-kinds'] ?? []) as string[];
  const period = pack.calendar.periods.find((p) => kinds.includes(p.kind));
  if (!period) throw new Error(`no period for ${formId}`);
  return period.id;
}

/**
 * One resolved schema node of a pack form (e.g. a matrix), for renderer stories.
 * @param formId - e.g. `bieu-02`
 * @param property - a top-level property of the form, e.g. `so_lieu`
 */
export function packFormNode(formId: string, property: string): SchemaNode {
  const resolved = resolveForm(tayHoPack(), formId);
  const node = (resolved?.schema.properties as Record<string, SchemaNode> | undefined)?.[property];
  if (!node) throw new Error(`no ${property} in ${formId}`);
  return node;
}

/** Packs in a store: a published id + version is immutable. */
import { contentHash } from './content-hash.js';
import { compareSemver } from './semver-compare.js';
import { PackVersionConflictError } from './storage-errors.js';
import { checkKey, type StoreContext, type StorePrimitives } from './store-context.js';
import type { PackRecord } from './records.js';
import type { PackInput } from './store.js';

/** Stores a pack version; the same content again is a no-op, different content a conflict. */
export async function putPack(ctx: StoreContext, input: PackInput, replacing?: number): Promise<PackRecord> {
  checkKey(input, ['id', 'version']);
  const hash = await contentHash(input.source);
  return ctx.guard({ method: 'putPack', args: [input] }, async () => {
    const record: PackRecord = { id: input.id, version: input.version, source: structuredClone(input.source), hash, savedAt: ctx.nowIso() };
    const existing = await ctx.db.insertPack(record);
    if (!existing) return record;
    if (existing.hash !== hash) throw new PackVersionConflictError(existing);
    return existing;
  }, replacing);
}

/** One version, or the newest by semver when `version` is not given. */
export async function getPack(db: StorePrimitives, id: string, version?: string): Promise<PackRecord | undefined> {
  if (version !== undefined) return db.readPack(id, version);
  const all = await db.readPacks(id);
  all.sort((a, b) => compareSemver(a.version, b.version));
  return all[all.length - 1];
}

/** Every pack, by id then semver. */
export async function listPacks(db: StorePrimitives): Promise<PackRecord[]> {
  const all = await db.readPacks();
  return all.sort((a, b) => (a.id === b.id ? compareSemver(a.version, b.version) : a.id < b.id ? -1 : 1));
}

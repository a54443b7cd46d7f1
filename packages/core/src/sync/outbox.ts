/**
 * The outbox is derived, not kept: the records of the store that are in this client's scope,
 * named by their content hash, minus the ids the server acknowledged. Nothing is copied aside,
 * so a reload, a crash or a second tab cannot lose or double anything.
 */
import { formKeyText } from '../storage/record-keys.js';
import type { Store } from '../storage/store.js';
import { docIdOf, SYNC_DOC_TYPES, type SyncEntry, type SyncRecord } from './sync-docs.js';

/** Who this client syncs for: one ward (its own records) or the district (everything). */
export type SyncScope = { role: 'ward'; ward: string } | { role: 'district' };

/** A local record with its document id. */
export type OutboxEntry = SyncEntry;

/**
 * Every record of the store this scope sends, with its id, in import order (packs, submissions,
 * reopenings, reviews, assessments). A ward sends its submissions and self-assessments; the
 * district sends everything it holds (packs, reviews, reopenings, verifications, and submissions
 * it received by file).
 */
export async function localEntries(store: Store, scope: SyncScope): Promise<OutboxEntry[]> {
  const items: SyncRecord[] = [];
  if (scope.role === 'ward') {
    const ward = scope.ward;
    for (const record of await store.listSubmissions({ ward })) items.push({ type: 'submission', record });
    for (const record of await store.listAssessments({ ward })) items.push({ type: 'assessment', record });
  } else {
    const [packs, subs, reopens, reviews, assessments] = await Promise.all([
      store.listPacks(), store.listSubmissions(), store.listReopens(), store.listReviews(), store.listAssessments(),
    ]);
    for (const record of packs) items.push({ type: 'pack', record });
    for (const record of subs) items.push({ type: 'submission', record });
    for (const record of reopens) items.push({ type: 'reopen', record });
    const hashes = new Map(subs.map((s) => [`${formKeyText(s)}\u0000${s.revision}`, s.hash]));
    for (const record of reviews) items.push({ type: 'review', record, reviewOf: hashes.get(`${formKeyText(record)}\u0000${record.revision}`) });
    for (const record of assessments) items.push({ type: 'assessment', record });
  }
  const entries = await Promise.all(items.map(async (item) => ({ id: await docIdOf(item), item })));
  return sortForImport(entries);
}

/** Entries ordered by kind as `SYNC_DOC_TYPES` lists them (stable within a kind). */
export function sortForImport<T extends { item: SyncRecord }>(entries: T[]): T[] {
  const rank = (e: T): number => SYNC_DOC_TYPES.indexOf(e.item.type);
  return entries.map((e, i) => ({ e, i })).sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i).map(({ e }) => e);
}

/** Whether a pulled record belongs to this scope (a ward takes packs and its own records). */
export function inScope(item: SyncRecord, scope: SyncScope): boolean {
  if (scope.role === 'district' || item.type === 'pack') return true;
  return item.record.ward === scope.ward;
}

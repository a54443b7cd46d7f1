/**
 * Drafts in a store, guarded by revision. A save makes one NFC-normalised copy of the data (no
 * key sorting: drafts are never hashed) and computes the key once.
 */
import { normalizeJson } from './canonical-json.js';
import { FORM_KEY_FIELDS, formDataKey } from './record-keys.js';
import { DraftConflictError } from './storage-errors.js';
import { checkKey, checkRevision, type StoreContext } from './store-context.js';
import type { DraftKey, DraftRecord } from './records.js';

/** Saves a draft if the stored revision is `expectedRevision`; else {@link DraftConflictError}. */
export async function saveDraft(
  ctx: StoreContext, key: DraftKey, data: unknown, expectedRevision: number, options?: { author?: string }, replacing?: number,
): Promise<DraftRecord> {
  checkKey(key, FORM_KEY_FIELDS);
  checkRevision(expectedRevision);
  const k = formDataKey(key);
  const clean = normalizeJson(data, { sortKeys: false });
  const args: [DraftKey, unknown, number, { author?: string }?] = options ? [k, clean, expectedRevision, options] : [k, clean, expectedRevision];
  return ctx.guard({ method: 'saveDraft', args }, async () => {
    const record: DraftRecord = { ...k, data: clean, revision: expectedRevision + 1, updatedAt: ctx.nowIso() };
    if (options?.author !== undefined) record.author = options.author;
    const r = await ctx.db.casDraft(k, expectedRevision, record);
    if (!r.ok) throw new DraftConflictError(r.stored, clean, expectedRevision);
    return record;
  }, replacing);
}

/** Deletes a draft (guarded by revision when given). */
export async function deleteDraft(ctx: StoreContext, key: DraftKey, expectedRevision?: number, replacing?: number): Promise<void> {
  checkKey(key, FORM_KEY_FIELDS);
  if (expectedRevision !== undefined) checkRevision(expectedRevision);
  const k = formDataKey(key);
  const args: [DraftKey, number?] = expectedRevision === undefined ? [k] : [k, expectedRevision];
  return ctx.guard({ method: 'deleteDraft', args }, async () => {
    const r = await ctx.db.casDraft(k, expectedRevision, undefined);
    if (!r.ok) throw new DraftConflictError(r.stored, undefined, expectedRevision ?? 0);
  }, replacing);
}

/**
 * Reviews made elsewhere (the district's computer) brought into this store, and reviews listed
 * across keys for the district's file. A review keeps its identity (key, revision, decision,
 * comment, reviewer, time); importing the same review twice adds nothing.
 */
import { FORM_KEY_FIELDS, formDataKey } from './record-keys.js';
import { RecordNotFoundError, StoreError } from './storage-errors.js';
import { checkKey, type StoreContext, type StorePrimitives } from './store-context.js';
import type { ReviewRecord } from './records.js';
import type { ReviewFilter } from './store.js';

/**
 * Whether two reviews are the same decision: same key, revision, decision, comment, reviewer
 * and time (`seq` is local to each store and not compared).
 * @param a a review
 * @param b another review
 * @returns true when they are the same review
 */
export function sameReview(a: ReviewRecord, b: ReviewRecord): boolean {
  return FORM_KEY_FIELDS.every((f) => a[f] === b[f]) && a.revision === b.revision && a.decision === b.decision
    && a.comment === b.comment && a.reviewer === b.reviewer && a.at === b.at;
}

/** Reviews matching the filter (and its revision), in the order they were stored. */
export function listReviews(db: StorePrimitives, filter: ReviewFilter = {}): Promise<ReviewRecord[]> {
  const { revision, ...keyFilter } = filter;
  return db.readReviews(keyFilter, revision);
}

/** The review as stored: the key fields, the decision, texts in NFC, the original time; no `seq`. */
function importedReview(input: ReviewRecord): ReviewRecord {
  checkKey(input, [...FORM_KEY_FIELDS, 'reviewer', 'at']);
  if (!Number.isInteger(input.revision) || input.revision < 1) {
    throw new StoreError({ vi: 'Số lần gửi phải là số nguyên dương.', en: 'A submission revision must be a positive integer.' });
  }
  if (input.decision !== 'accept' && input.decision !== 'return') {
    throw new StoreError({ vi: 'Quyết định phải là "accept" hoặc "return".', en: 'The decision must be "accept" or "return".' });
  }
  if (typeof input.comment !== 'string') {
    throw new StoreError({ vi: 'Nhận xét phải là văn bản.', en: 'The comment must be text.' });
  }
  return {
    ...formDataKey(input), revision: input.revision, decision: input.decision, comment: input.comment.normalize('NFC'),
    reviewer: input.reviewer.normalize('NFC'), at: input.at,
  };
}

/**
 * Adds a review made elsewhere, keeping its time; the reviewed revision must be stored here.
 * @returns `added`, or `present` when the same review is already stored
 * @throws {RecordNotFoundError} when this store has no such submission revision
 */
export async function importReview(ctx: StoreContext, input: ReviewRecord, replacing?: number): Promise<'added' | 'present'> {
  const record = importedReview(input);
  const subs = await ctx.db.readSubmissions(formDataKey(record));
  if (!subs.some((s) => s.revision === record.revision)) {
    throw new RecordNotFoundError({
      vi: `Máy này không có lần gửi số ${record.revision} của báo cáo được nhận xét.`,
      en: `This computer has no submission revision ${record.revision} of the reviewed report (${record.formId}, ${record.ward}, ${record.period}).`,
    });
  }
  return ctx.guard({ method: 'importReview', args: [record] }, async () => (await ctx.db.insertReviewOnce(record) ? 'present' : 'added'), replacing);
}

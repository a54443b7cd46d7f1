import { DEFAULT_MAX_BUNDLE_BYTES, type ImportedItem, type ImportReport } from './bundle.js';
import { emptyReport, errorReason, HEX64, readEnvelope, readItemHead, readItemKey, refuse } from './exchange-file.js';
import type { FileKind, ItemRead, Obj } from './exchange-file.js';
import { importMessages, reviewImportMessages as msg } from './import-messages.js';
import { REVIEW_BUNDLE_FORMAT, REVIEW_BUNDLE_FORMAT_VERSION, reopenHash, reviewHash } from './review-bundle.js';
import type { BundledReopen, ReviewHashInput, ReviewImportOptions } from './review-bundle.js';
import type { Bilingual } from '../common/bilingual.js';
import { formDataKey } from '../storage/record-keys.js';
import type { Store } from '../storage/store.js';

/** At most this many characters in a review's comment or a reopening's reason. */
const MAX_COMMENT = 10_000;

function reviewFile(opts: ReviewImportOptions): FileKind {
  return {
    format: REVIEW_BUNDLE_FORMAT,
    formatVersion: REVIEW_BUNDLE_FORMAT_VERSION,
    itemsField: 'reviews',
    name: { vi: 'tệp nhận xét của quận (tệp gửi phường do formplan tạo)', en: 'a formplan review file (missing "format": "formplan-review-bundle")' },
    check: (file) => {
      if (!Array.isArray(file.reopens)) return importMessages.badField('reopens');
      if (file.ward !== opts.ward) return msg.otherWard(file.ward as string, opts.ward);
      if (opts.packVersion !== undefined && file.packVersion !== opts.packVersion) return msg.otherPackVersion(file.packVersion as string, opts.packVersion);
      if (opts.packId !== undefined && file.packId !== opts.packId) return msg.otherPack(file.packId as string, opts.packId);
      return undefined;
    },
  };
}

type BundledReviewRead = ReviewHashInput & { hash: string };

/** Reads one review of the file, or says why it cannot. */
function readReview(raw: unknown, file: Obj): ItemRead<BundledReviewRead> {
  const head = readItemHead(raw, file, ['reviewer', 'at'], { field: msg.reviewField, outside: msg.outsideFile });
  if (!('item' in head)) return head;
  const { item, key, revision } = head;
  const at = { key, revision };
  if (item.decision !== 'accept' && item.decision !== 'return') return { reason: msg.reviewField('decision'), ...at };
  if (typeof item.comment !== 'string' || item.comment.length > MAX_COMMENT) return { reason: msg.reviewField('comment'), ...at };
  for (const f of ['submissionHash', 'hash']) {
    if (typeof item[f] !== 'string' || !HEX64.test(item[f])) return { reason: msg.reviewField(f), ...at };
  }
  return {
    record: {
      ...key, revision, decision: item.decision, comment: item.comment.normalize('NFC'), reviewer: (item.reviewer as string).normalize('NFC'),
      at: item.at as string, submissionHash: item.submissionHash as string, hash: item.hash as string,
    },
  };
}

/** Reads one reopening of the file, or says why it cannot. */
function readReopen(raw: unknown, file: Obj): ItemRead<BundledReopen> {
  const head = readItemKey(raw, file, ['by', 'at'], { field: msg.reopenField, outside: msg.reopenOutside });
  if (!('item' in head)) return head;
  const { item, key } = head;
  const after = item.afterRevision;
  if (after !== null && (typeof after !== 'number' || !Number.isInteger(after) || after < 1)) return { reason: msg.reopenField('afterRevision'), key };
  const at = after === null ? { key } : { key, revision: after };
  if (typeof item.reason !== 'string' || !item.reason.trim() || item.reason.length > MAX_COMMENT) return { reason: msg.reopenField('reason'), ...at };
  if (typeof item.hash !== 'string' || !HEX64.test(item.hash)) return { reason: msg.reopenField('hash'), ...at };
  return {
    record: {
      ...key, reason: item.reason.normalize('NFC'), by: (item.by as string).normalize('NFC'), at: item.at as string, afterRevision: after,
      hash: item.hash,
    },
  };
}

/** A well-formed item waiting to be stored, where it is in the file. */
type Pending =
  | { kind: 'review'; where: ImportedItem; record: BundledReviewRead }
  | { kind: 'reopen'; where: ImportedItem; record: BundledReopen };

/** Checks one review's hash and reviewed revision and stores it; returns the refusal, or the outcome. */
async function storeReview(store: Store, read: BundledReviewRead): Promise<'added' | 'present' | Bilingual> {
  const { hash, submissionHash, ...review } = read;
  if ((await reviewHash(read)) !== hash) return msg.tampered();
  const local = (await store.getSubmissions(formDataKey(review))).find((s) => s.revision === review.revision);
  if (!local || local.hash !== submissionHash) return local ? msg.submissionDiffers(review.revision) : msg.noSubmission(review.revision);
  return store.importReview(review);
}

/** Checks one reopening's hash and stores it (no submission is needed); returns the refusal, or the outcome. */
async function storeReopen(store: Store, read: BundledReopen): Promise<'added' | 'present' | Bilingual> {
  const { hash, ...reopen } = read;
  if ((await reopenHash(reopen)) !== hash) return msg.reopenTampered();
  return store.importReopen(reopen);
}

/** The well-formed items of both lists, in the time order the district made them (reviews first on a tie). */
function readItems(report: ImportReport, file: Obj, reviews: unknown[]): Pending[] {
  const pending: Pending[] = [];
  reviews.forEach((raw, index) => {
    const read = readReview(raw, file);
    if ('reason' in read) refuse(report, index, read);
    else pending.push({ kind: 'review', where: { index, key: formDataKey(read.record), revision: read.record.revision }, record: read.record });
  });
  (file.reopens as unknown[]).forEach((raw, index) => {
    const read = readReopen(raw, file);
    if ('reason' in read) {
      refuse(report, index, { ...read, list: 'reopens' });
      return;
    }
    const where: ImportedItem = { index, list: 'reopens', key: formDataKey(read.record) };
    if (read.record.afterRevision !== null) where.revision = read.record.afterRevision;
    pending.push({ kind: 'reopen', where, record: read.record });
  });
  return pending.sort((a, b) => (a.record.at < b.record.at ? -1 : a.record.at > b.record.at ? 1 : 0));
}

/**
 * Imports the district's file on the ward's computer: checks size (before parsing), JSON,
 * format, forbidden keys, that the file is for this ward and pack version, each item's hash
 * and, for a review, that the reviewed revision is the one stored here; then stores the good
 * reviews and reopenings keeping their identity, in the time order the district made them, so
 * the ward's reports read as the district's do. A reopening needs no submission here.
 * Idempotent: importing twice adds nothing. A bad item never blocks the others; a bad file
 * stores nothing.
 * @param store the ward's store
 * @param input the file text, or an already parsed value
 * @param opts this computer's ward, pack version, size bound
 * @returns what was taken, skipped (already present) and refused (reopenings with `list: 'reopens'`);
 *   `fatal` when the whole file was refused
 * @example
 * ```ts
 * const report = await importReviewBundle(store, await file.text(), { ward: 'NHAT_TAN', packVersion: '1.0.0' });
 * ```
 */
export async function importReviewBundle(store: Store, input: unknown, opts: ReviewImportOptions): Promise<ImportReport> {
  const report = emptyReport();
  const envelope = await readEnvelope(store, input, reviewFile(opts), opts.maxBytes ?? DEFAULT_MAX_BUNDLE_BYTES);
  if ('fatal' in envelope) return { ...report, fatal: envelope.fatal };
  for (const item of readItems(report, envelope.file, envelope.items)) {
    try {
      const outcome = item.kind === 'review' ? await storeReview(store, item.record) : await storeReopen(store, item.record);
      if (typeof outcome === 'object') report.refused.push({ ...item.where, reason: outcome });
      else (outcome === 'added' ? report.taken : report.skipped).push(item.where);
    } catch (e) {
      report.refused.push({ ...item.where, reason: errorReason(e) });
    }
  }
  return report;
}

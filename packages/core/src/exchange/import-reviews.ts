import { DEFAULT_MAX_BUNDLE_BYTES, type ImportReport } from './bundle.js';
import { emptyReport, errorReason, HEX64, readEnvelope, readItemHead, refuse } from './exchange-file.js';
import type { FileKind, ItemRead, Obj } from './exchange-file.js';
import { importMessages, reviewImportMessages as msg } from './import-messages.js';
import { REVIEW_BUNDLE_FORMAT, REVIEW_BUNDLE_FORMAT_VERSION, reviewHash } from './review-bundle.js';
import type { ReviewHashInput, ReviewImportOptions } from './review-bundle.js';
import { formDataKey } from '../storage/record-keys.js';
import type { Store } from '../storage/store.js';

/** At most this many characters in a review's comment. */
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
      return undefined;
    },
  };
}

/** Reads one review of the file, or says why it cannot. */
function readReview(raw: unknown, file: Obj): ItemRead<ReviewHashInput & { hash: string }> {
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

/**
 * Imports the district's file on the ward's computer: checks size (before parsing), JSON,
 * format, forbidden keys, that the file is for this ward and pack version, each review's hash
 * and that the reviewed revision is the one stored here; then stores each good review keeping
 * its identity. Idempotent: importing twice adds nothing. A bad item never blocks the others;
 * a bad file stores nothing.
 * @param store the ward's store
 * @param input the file text, or an already parsed value
 * @param opts this computer's ward, pack version, size bound
 * @returns what was taken, skipped (already present) and refused; `fatal` when the whole file was refused
 * @example
 * ```ts
 * const report = await importReviewBundle(store, await file.text(), { ward: 'NHAT_TAN', packVersion: '1.0.0' });
 * ```
 */
export async function importReviewBundle(store: Store, input: unknown, opts: ReviewImportOptions): Promise<ImportReport> {
  const report = emptyReport();
  const envelope = await readEnvelope(store, input, reviewFile(opts), opts.maxBytes ?? DEFAULT_MAX_BUNDLE_BYTES);
  if ('fatal' in envelope) return { ...report, fatal: envelope.fatal };
  const { file, items } = envelope;
  for (let index = 0; index < items.length; index++) {
    const read = readReview(items[index], file);
    if ('reason' in read) {
      refuse(report, index, read);
      continue;
    }
    const { hash, submissionHash, ...review } = read.record;
    const key = formDataKey(review);
    const at = { index, key, revision: review.revision };
    try {
      if ((await reviewHash(read.record)) !== hash) {
        report.refused.push({ ...at, reason: msg.tampered() });
        continue;
      }
      const local = (await store.getSubmissions(key)).find((s) => s.revision === review.revision);
      if (!local || local.hash !== submissionHash) {
        report.refused.push({ ...at, reason: local ? msg.submissionDiffers(review.revision) : msg.noSubmission(review.revision) });
        continue;
      }
      const outcome = await store.importReview(review);
      (outcome === 'added' ? report.taken : report.skipped).push(at);
    } catch (e) {
      report.refused.push({ ...at, reason: errorReason(e) });
    }
  }
  (file.reopens as unknown[]).forEach((_item, index) => report.refused.push({ index, list: 'reopens', reason: msg.reopenNotSupported() }));
  return report;
}

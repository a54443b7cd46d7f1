/**
 * The district → ward file: every review (returns with comments, acceptances) of one ward's
 * submissions under one pack version, so a ward on another computer sees the district's
 * decisions, and every reopening of that ward's reports (`reopens`), so a locked or accepted
 * report the district reopened can be edited and sent again there.
 */
import { contentHash } from '../storage/content-hash.js';
import { formDataKey } from '../storage/record-keys.js';
import type { ReopenRecord, ReviewRecord } from '../storage/records.js';

/** The `format` marker of a review file. */
export const REVIEW_BUNDLE_FORMAT = 'formplan-review-bundle';

/** The review file format version this code writes and reads. */
export const REVIEW_BUNDLE_FORMAT_VERSION = 1;

/** The fields a bundled review's hash covers: the review (without the local `seq`) and the reviewed revision's hash. */
export interface ReviewHashInput extends Omit<ReviewRecord, 'seq'> {
  /** hash of the submission revision the district reviewed */
  submissionHash: string;
}

/** One review in the file, with its hash. */
export interface BundledReview extends ReviewHashInput {
  /** SHA-256 of the canonical JSON of every other field */
  hash: string;
}

/** The fields a bundled reopening's hash covers: the reopening without the local `seq`. */
export type ReopenHashInput = Omit<ReopenRecord, 'seq'>;

/** One reopening in the file, with its hash. */
export interface BundledReopen extends ReopenHashInput {
  /** SHA-256 of the canonical JSON of every other field */
  hash: string;
}

/** The JSON file the district sends to one ward. */
export interface ReviewBundle {
  format: typeof REVIEW_BUNDLE_FORMAT;
  formatVersion: typeof REVIEW_BUNDLE_FORMAT_VERSION;
  packId: string;
  packVersion: string;
  /** content hash of the pack version, when the exporter had it */
  packHash?: string;
  /** the ward this file is for */
  ward: string;
  /** ISO timestamp */
  exportedAt: string;
  /** the reviews in the order the district made them */
  reviews: BundledReview[];
  /** the reopenings of the ward's reports, in the order the district made them */
  reopens: BundledReopen[];
}

/** Options of `importReviewBundle`. */
export interface ReviewImportOptions {
  /** the ward of this computer: a file for another ward is refused whole */
  ward: string;
  /** the pack version in use here; a file for another version is refused whole */
  packVersion?: string;
  /** the pack in use here, any of its versions (a ward's reports keep the version they were made under); a file for another pack is refused whole */
  packId?: string;
  /** size bound in UTF-8 bytes, checked before parsing; default `DEFAULT_MAX_BUNDLE_BYTES` */
  maxBytes?: number;
}

/**
 * The hash of a bundled review: SHA-256 of the canonical JSON (NFC) of its fields.
 * @param r the review fields and the reviewed revision's hash
 * @returns 64 hex digits
 */
export function reviewHash(r: ReviewHashInput): Promise<string> {
  const input: ReviewHashInput = {
    ...formDataKey(r), revision: r.revision, decision: r.decision, comment: r.comment, reviewer: r.reviewer, at: r.at,
    submissionHash: r.submissionHash,
  };
  return contentHash(input);
}

/**
 * The hash of a bundled reopening: SHA-256 of the canonical JSON (NFC) of its fields.
 * @param r the reopening's fields
 * @returns 64 hex digits
 */
export function reopenHash(r: ReopenHashInput): Promise<string> {
  const input: ReopenHashInput = { ...formDataKey(r), reason: r.reason, by: r.by, at: r.at, afterRevision: r.afterRevision };
  return contentHash(input);
}

import { REVIEW_BUNDLE_FORMAT, REVIEW_BUNDLE_FORMAT_VERSION, reopenHash, reviewHash } from './review-bundle.js';
import type { BundledReopen, BundledReview, ReviewBundle } from './review-bundle.js';
import type { ExportSelection } from './export-bundle.js';
import { formKeyText } from '../storage/record-keys.js';
import type { Store } from '../storage/store.js';

/**
 * Collects every review of one ward's submissions under one pack version into the file the
 * district sends back to that ward, with every reopening of that ward's reports. Each review
 * carries the hash of the revision it reviewed; each item its own hash.
 * @param store the district's store
 * @param selection pack id, pack version and the ward the file is for
 * @param options `now` for the export time (tests)
 * @returns the file, JSON-serialisable
 * @example
 * ```ts
 * const file = await exportReviewBundle(store, { packId: 'tay-ho-2018', packVersion: '1.0.0', ward: 'NHAT_TAN' });
 * downloadText('nhan-xet.json', JSON.stringify(file));
 * ```
 */
export async function exportReviewBundle(store: Store, selection: ExportSelection, options: { now?: () => Date } = {}): Promise<ReviewBundle> {
  const { packId, packVersion, ward } = selection;
  const [reviews, reopens, submissions, pack] = await Promise.all([
    store.listReviews({ packId, packVersion, ward }),
    store.listReopens({ packId, packVersion, ward }),
    store.listSubmissions({ packId, packVersion, ward }),
    store.getPack(packId, packVersion),
  ]);
  const hashes = new Map(submissions.map((s) => [`${formKeyText(s)}\u0000${s.revision}`, s.hash]));
  const bundled: BundledReview[] = [];
  for (const { seq: _seq, ...review } of reviews) {
    const submissionHash = hashes.get(`${formKeyText(review)}\u0000${review.revision}`);
    if (submissionHash === undefined) continue;
    const base = { ...review, submissionHash };
    bundled.push({ ...base, hash: await reviewHash(base) });
  }
  const bundledReopens: BundledReopen[] = [];
  for (const { seq: _seq, ...reopen } of reopens) bundledReopens.push({ ...reopen, hash: await reopenHash(reopen) });
  const bundle: ReviewBundle = {
    format: REVIEW_BUNDLE_FORMAT,
    formatVersion: REVIEW_BUNDLE_FORMAT_VERSION,
    packId,
    packVersion,
    ward,
    exportedAt: (options.now ?? (() => new Date()))().toISOString(),
    reviews: bundled,
    reopens: bundledReopens,
  };
  if (pack) bundle.packHash = pack.hash;
  return bundle;
}

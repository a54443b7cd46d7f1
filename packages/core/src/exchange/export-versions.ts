/**
 * A ward's files across the versions of the year's pack. An exchange file names one pack version
 * (its items are checked against that version's forms), and a ward's reports keep the version
 * they were made under, so after the district publishes 1.1.0 a ward's year is in one file per
 * version that holds its records: the version in use first, then the older ones, newest first.
 */
import { compareSemver } from '../storage/semver-compare.js';
import type { Store } from '../storage/store.js';
import type { ExchangeBundle } from './bundle.js';
import { exportBundle, type ExportSelection } from './export-bundle.js';
import { exportReviewBundle } from './export-reviews.js';
import type { ReviewBundle } from './review-bundle.js';

/**
 * The versions to export for a ward: the selection's, then every other version of the pack id
 * under which `records` holds something of the ward, newest first.
 * @param selection pack id, the version in use and the ward
 * @param records the ward's records under any version (submissions, reviews, reopenings…)
 */
export function versionsToExport(selection: ExportSelection, records: Iterable<{ packVersion: string }>): string[] {
  const others = new Set<string>();
  for (const r of records) if (r.packVersion !== selection.packVersion) others.add(r.packVersion);
  return [selection.packVersion, ...[...others].sort((a, b) => compareSemver(b, a))];
}

/**
 * The ward's submission files: one per version of the pack id that holds its submissions, the
 * version in use first (always, even when empty).
 * @param store the ward's store
 * @param selection pack id, the version in use and the ward
 * @param options `now` for the export time (tests)
 * @example
 * ```ts
 * const files = await exportBundles(store, { packId: 'tay-ho-2018', packVersion: '1.1.0', ward: 'NHAT_TAN' });
 * files.map((f) => f.packVersion); // ['1.1.0', '1.0.0'] when reports were submitted under 1.0.0
 * ```
 */
export async function exportBundles(store: Store, selection: ExportSelection, options: { now?: () => Date } = {}): Promise<ExchangeBundle[]> {
  const all = await store.listSubmissions({ packId: selection.packId, ward: selection.ward });
  return Promise.all(versionsToExport(selection, all).map((packVersion) => exportBundle(store, { ...selection, packVersion }, options)));
}

/**
 * The district's review files for a ward: one per version of the pack id that holds reviews or
 * reopenings of the ward's reports, the version in use first (always, even when empty).
 * @param store the district's store
 * @param selection pack id, the version in use and the ward
 * @param options `now` for the export time (tests)
 */
export async function exportReviewBundles(store: Store, selection: ExportSelection, options: { now?: () => Date } = {}): Promise<ReviewBundle[]> {
  const filter = { packId: selection.packId, ward: selection.ward };
  const [reviews, reopens] = await Promise.all([store.listReviews(filter), store.listReopens(filter)]);
  return Promise.all(versionsToExport(selection, [...reviews, ...reopens]).map((packVersion) => exportReviewBundle(store, { ...selection, packVersion }, options)));
}

import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, type ExchangeBundle } from './bundle.js';
import type { Store } from '../storage/store.js';

/** What to export. */
export interface ExportSelection {
  packId: string;
  packVersion: string;
  ward: string;
}

/**
 * Collects every submission revision of one ward under one pack version into a bundle.
 * The result is JSON-serialisable: write it with `JSON.stringify(bundle)`.
 * @param store where the submissions are
 * @param selection pack id, pack version and ward
 * @param options `now` for the export time (tests)
 * @returns the bundle
 * @example
 * ```ts
 * const bundle = await exportBundle(store, { packId: 'tay-ho-2018', packVersion: '1.0.0', ward: 'NHAT_TAN' });
 * const file = new Blob([JSON.stringify(bundle)], { type: 'application/json' });
 * ```
 */
export async function exportBundle(store: Store, selection: ExportSelection, options: { now?: () => Date } = {}): Promise<ExchangeBundle> {
  const { packId, packVersion, ward } = selection;
  const [submissions, pack] = await Promise.all([
    store.listSubmissions({ packId, packVersion, ward }),
    store.getPack(packId, packVersion),
  ]);
  const bundle: ExchangeBundle = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    packId,
    packVersion,
    ward,
    exportedAt: (options.now ?? (() => new Date()))().toISOString(),
    submissions,
  };
  if (pack) bundle.packHash = pack.hash;
  return bundle;
}

/**
 * Exchange bundles: how a ward without a shared server sends its submissions to the district
 * as a file. One bundle holds every submission revision of one ward under one pack version.
 */
import type { FormDataKey, SubmissionRecord } from '../storage/records.js';
import type { Bilingual } from '../common/bilingual.js';

/** The `format` marker of a bundle file. */
export const BUNDLE_FORMAT = 'formplan-bundle';

/** The bundle format version this code writes and reads. */
export const BUNDLE_FORMAT_VERSION = 1;

/** Default size bound of an imported bundle: 10 MB (UTF-8 bytes of its JSON text). */
export const DEFAULT_MAX_BUNDLE_BYTES = 10 * 1024 * 1024;

/**
 * One submission revision in a bundle: the stored record with its hash. `status` is the status
 * at export time, for information only (importers derive it from their own reviews).
 */
export type BundledSubmission = SubmissionRecord;

/** The JSON file a ward sends. */
export interface ExchangeBundle {
  format: typeof BUNDLE_FORMAT;
  formatVersion: typeof BUNDLE_FORMAT_VERSION;
  packId: string;
  packVersion: string;
  /** content hash of the pack version the data was entered under, when the exporter had it */
  packHash?: string;
  ward: string;
  /** ISO timestamp */
  exportedAt: string;
  /** every revision, ordered by form, period, revision */
  submissions: BundledSubmission[];
}

/** Checks one submission's data against the pinned pack's form; returns the errors (none = valid). */
export type BundleDataValidator = (packId: string, packVersion: string, formId: string, data: unknown) => Promise<Bilingual[]>;

/** Options of `importBundle`. */
export interface ImportOptions {
  /** the pack validator (injected so exchange stays independent of it) */
  validate: BundleDataValidator;
  /** ward codes the pack version knows, or a function giving them */
  knownWards: readonly string[] | ((packId: string, packVersion: string) => readonly string[] | Promise<readonly string[]>);
  /** size bound in UTF-8 bytes, checked before parsing; default {@link DEFAULT_MAX_BUNDLE_BYTES} */
  maxBytes?: number;
}

/** One bundle item that was taken or skipped. */
export interface ImportedItem {
  /** index in the file's main list (`submissions`, `reviews`), or in `list` when set */
  index: number;
  /** the file's other list the index points into (the review file's `reopens`) */
  list?: 'reopens';
  key: FormDataKey;
  /** the submission revision (for a reopening: the revision it follows, absent when nothing was submitted) */
  revision?: number;
}

/** One bundle item that was refused, with why. */
export interface RefusedItem {
  /** index in the file's main list (`submissions`, `reviews`), or in `list` when set */
  index: number;
  /** the file's other list the index points into (the review file's `reopens`) */
  list?: 'reopens';
  /** the item's key, when it could be read */
  key?: FormDataKey;
  revision?: number;
  reason: Bilingual;
}

/** What an import did. Items are independent: a bad one never blocks good ones. */
export interface ImportReport {
  /** stored now */
  taken: ImportedItem[];
  /** already present with the same hash (importing twice adds nothing) */
  skipped: ImportedItem[];
  refused: RefusedItem[];
  /** set when the whole bundle was refused (nothing imported) */
  fatal?: Bilingual;
}

import type { Bilingual } from '../common/bilingual.js';
import { formatMessage } from '../messages/format-message.js';
import { packCatalogs } from '../messages/pack-messages.js';
import type { PackSource } from './types.js';

/** Machine codes of pack errors; each has a `pack.<code>` message in the vi and en catalogs. */
export type PackErrorCode =
  | 'missing-part' | 'not-a-pack' | 'read-failed' | 'file-too-large' | 'pack-too-large'
  | 'too-many-files' | 'invalid-json' | 'forbidden-key' | 'not-nfc' | 'too-deep' | 'not-json-value'
  | 'meta-schema' | 'schema' | 'duplicate-code' | 'unknown-category-set' | 'unknown-period-kind'
  | 'unknown-criteria-set' | 'unknown-org-unit' | 'unknown-agency' | 'unknown-form'
  | 'points-mismatch' | 'bad-expression' | 'unknown-field' | 'invalid-form-schema' | 'resolve-failed'
  | 'not-a-zip' | 'unsafe-file-name' | 'bad-file-id';

/** One problem found in a pack: which file, where in it (JSON Pointer), what, in vi and en. */
export interface PackError {
  /** file path relative to the pack folder, e.g. `forms/bieu-01.json` */
  file: string;
  /** JSON Pointer into that file's data; `''` is the whole file */
  pointer: string;
  code: PackErrorCode;
  message: Bilingual;
  /** for `schema` errors: the meta-schema keyword that failed */
  keyword?: string;
}

/** What every loader returns: never throws for bad input. */
export type LoadResult = { ok: true; pack: PackSource } | { ok: false; errors: PackError[] };

/**
 * Makes a pack error with its catalog message.
 * @param file - file relative to the pack folder
 * @param pointer - JSON Pointer in the file
 * @param code - error code
 * @param params - message parameters
 */
export function packError(
  file: string,
  pointer: string,
  code: PackErrorCode,
  params: Record<string, unknown> = {},
): PackError {
  return { file, pointer, code, message: formatMessage(`pack.${code}`, { file, ...params }, [packCatalogs]) };
}

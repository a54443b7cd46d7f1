/**
 * Reading a criteria-set JSON file picked in the editor (and in the rollover): a file over the
 * limit is refused before its text is read, then core's `readCriteriaSetFile` (bounded, safe keys,
 * NFC, the `criteria-set` meta-schema) decides. Never throws: a refusal is vi/en text, and nothing
 * of the draft changes.
 */
import { MAX_FILE_BYTES, criteriaFileTooLarge, readCriteriaSetFile } from '@formplan/core';
import type { Bilingual, CriteriaSet, MetaSchemaDoc } from '@formplan/core';
import { packInterpreter } from '../../../services/pack-checker.js';

/** The outcome of reading a criteria-set file: `error` is every message of `errors` in one text. */
export type CriteriaFileResult = { ok: true; set: CriteriaSet } | { ok: false; error: Bilingual; errors: Bilingual[] };

function refusal(errors: Bilingual[]): CriteriaFileResult {
  return { ok: false, errors, error: { vi: errors.map((e) => e.vi).join(' '), en: errors.map((e) => e.en ?? e.vi).join(' ') } };
}

/**
 * Reads and checks a criteria-set file.
 * @param file - what the file input gave (a name, a size and `text()`)
 * @param metaSchemas - the meta-schemas (without them the file cannot be checked, so it is refused)
 * @param maxBytes - the largest file read (default: the pack loader's per-file limit)
 */
export async function readCriteriaFile(file: Pick<File, 'name' | 'size' | 'text'>, metaSchemas: readonly MetaSchemaDoc[] | undefined,
  maxBytes = MAX_FILE_BYTES): Promise<CriteriaFileResult> {
  const tooLarge = criteriaFileTooLarge(file.name, file.size, maxBytes);
  if (tooLarge) return refusal([tooLarge]);
  // the CSP-safe interpreter when the page checks packs with it (services/pack-checker.ts)
  const interpreter = await packInterpreter().catch(() => undefined);
  const r = readCriteriaSetFile(await file.text(), { metaSchemas, maxBytes, file: file.name, interpreter });
  return r.ok ? r : refusal(r.errors);
}

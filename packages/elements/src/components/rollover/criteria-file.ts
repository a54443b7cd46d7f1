/**
 * Reading a criteria-set JSON file the administrator picked: bounded size, parsed and scanned by
 * core (forbidden keys, depth, NFC), validated against the `criteria-set` meta-schema. Never
 * throws: every refusal is a list of vi/en messages, and nothing of the wizard is lost.
 */
import { MAX_FILE_BYTES, createMetaValidator, parseJsonText, scanJson } from '@formplan/core';
import type { Bilingual, CriteriaSet, MetaSchemaDoc } from '@formplan/core';
import { term } from '../../i18n/term.js';
import './rollover-strings.js';

/** Largest criteria-set file read (the pack loader's per-file limit). */
export const MAX_CRITERIA_FILE_BYTES = MAX_FILE_BYTES;

/** `5 MB`, `120 KB`. */
export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}

const both = (f: (lang: 'vi' | 'en') => string): Bilingual => ({ vi: f('vi'), en: f('en') });

/** The outcome of reading a file. */
export type CriteriaFileResult = { ok: true; set: CriteriaSet } | { ok: false; errors: Bilingual[] };

/**
 * Reads and checks a criteria-set file.
 * @param file - what the file input gave (anything with a name, a size and `text()`)
 * @param metaSchemas - the meta-schemas; without them nothing can be checked, so the file is refused
 */
export async function readCriteriaFile(file: Pick<File, 'name' | 'size' | 'text'>, metaSchemas: readonly MetaSchemaDoc[] | undefined): Promise<CriteriaFileResult> {
  if (file.size > MAX_CRITERIA_FILE_BYTES) {
    return { ok: false, errors: [both((l) => term(l, 'rollover', 'criteria.tooLarge', { size: formatBytes(file.size), limit: formatBytes(MAX_CRITERIA_FILE_BYTES) }))] };
  }
  if (!metaSchemas || metaSchemas.length === 0) return { ok: false, errors: [both((l) => term(l, 'rollover', 'noMetaSchemas'))] };
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return { ok: false, errors: [{ vi: String(e), en: String(e) }] };
  }
  const parsed = parseJsonText(text, file.name);
  if (!parsed.ok) return { ok: false, errors: [parsed.error.message] };
  const scan = scanJson(parsed.value, file.name, 20, MAX_CRITERIA_FILE_BYTES);
  if (scan.errors.length > 0) return { ok: false, errors: scan.errors.map((e) => e.message) };
  const meta = createMetaValidator(metaSchemas);
  if (!meta.ok) return { ok: false, errors: meta.errors.map((e) => e.message) };
  const errors = meta.validator.validate('criteria-set', parsed.value, file.name);
  if (errors.length > 0) {
    return { ok: false, errors: errors.slice(0, 20).map((e) => (e.pointer ? { vi: `${e.pointer}: ${e.message.vi}`, en: `${e.pointer}: ${e.message.en ?? e.message.vi}` } : e.message)) };
  }
  return { ok: true, set: parsed.value as CriteriaSet };
}

/**
 * Reading a criteria-set JSON file picked in the editor: bounded size, parsed and scanned by core
 * (forbidden keys, depth), validated against the `criteria-set` meta-schema. Never throws: a
 * refusal is a vi/en message, and nothing of the draft changes.
 */
import { MAX_FILE_BYTES, createMetaValidator, inLanguage, parseJsonText, scanJson } from '@formplan/core';
import type { Bilingual, CriteriaSet, MetaSchemaDoc } from '@formplan/core';
import type { Lang } from '../../../i18n/lang.js';
import type { Params } from '../../../i18n/registry.js';
import { term } from '../../../i18n/registry.js';
import './editor-criteria-strings.js';

/** The outcome of reading a criteria-set file. */
export type CriteriaFileResult = { ok: true; set: CriteriaSet } | { ok: false; error: Bilingual };

type Key = 'tooLarge' | 'noMeta' | 'notJson' | 'invalid';
const both = (key: Key, params: Params = {}): Bilingual =>
  ({ vi: term('vi', 'editorCriteria', key, params), en: term('en', 'editorCriteria', key, params) });

/**
 * Reads and checks a criteria-set file.
 * @param file - what the file input gave (a name, a size and `text()`)
 * @param metaSchemas - the meta-schemas (without them the file cannot be checked, so it is refused)
 * @param maxBytes - the largest file read (default: the pack loader's per-file limit)
 */
export async function readCriteriaFile(file: Pick<File, 'name' | 'size' | 'text'>, metaSchemas: readonly MetaSchemaDoc[] | undefined,
  maxBytes = MAX_FILE_BYTES): Promise<CriteriaFileResult> {
  const name = file.name;
  if (file.size > maxBytes) return { ok: false, error: both('tooLarge', { file: name, size: String(file.size), max: String(maxBytes) }) };
  if (!metaSchemas?.length) return { ok: false, error: both('noMeta') };
  const parsed = parseJsonText(await file.text(), name);
  if (!parsed.ok) {
    const m = parsed.error.message;
    return { ok: false, error: { vi: term('vi', 'editorCriteria', 'notJson', { file: name, detail: inLanguage(m, 'vi') }), en: term('en', 'editorCriteria', 'notJson', { file: name, detail: inLanguage(m, 'en') }) } };
  }
  const scan = scanJson(parsed.value, name, 5, maxBytes);
  const meta = createMetaValidator(metaSchemas);
  const errors = scan.errors.length > 0 ? scan.errors : meta.ok ? meta.validator.validate('criteria-set', parsed.value, name) : meta.errors;
  if (errors.length > 0) {
    const detail = (lang: Lang) => errors.slice(0, 3).map((e) => `${e.pointer ? `${e.pointer}: ` : ''}${inLanguage(e.message, lang)}`).join('; ');
    return { ok: false, error: { vi: term('vi', 'editorCriteria', 'invalid', { file: name, detail: detail('vi') }), en: term('en', 'editorCriteria', 'invalid', { file: name, detail: detail('en') }) } };
  }
  return { ok: true, set: parsed.value as CriteriaSet };
}

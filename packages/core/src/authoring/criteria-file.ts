/**
 * Reading a criteria-set JSON file an administrator picked (the editor's "import a criteria set",
 * the rollover's "swap the criteria set"): bounded before parsing, parsed without throwing,
 * scanned for what must never enter (`__proto__` and other forbidden keys, text that is not NFC,
 * depth), then validated against the `criteria-set` meta-schema. Never throws: a refusal is a list
 * of vi/en messages naming the file, and nothing is changed.
 */
import type { Bilingual } from '../common/bilingual.js';
import { MAX_FILE_BYTES } from '../pack/file-limits.js';
import { interpretedMetaValidator } from '../pack/meta-interpreted.js';
import { createMetaValidator, type MetaSchemaDoc } from '../pack/meta-validator.js';
import type { PackError } from '../pack/pack-error.js';
import { parseJsonText } from '../pack/parse-json.js';
import { scanJson } from '../pack/scan-json.js';
import type { CriteriaSet } from '../pack/types.js';
import type { Validator } from '../validation/validator.js';

/** Options of {@link readCriteriaSetFile}. */
export interface CriteriaSetFileOptions {
  /** the meta-schemas (`schemas/meta/*.schema.json`); without them a file cannot be checked and is refused */
  metaSchemas: readonly MetaSchemaDoc[] | undefined;
  /** largest text read, in UTF-8 bytes (default: the pack loader's per-file limit, 5 MB) */
  maxBytes?: number;
  /** the file's name, for messages (default `criteria-set.json`) */
  file?: string;
  /** at most this many problems are listed (default 5) */
  maxErrors?: number;
  /** a validator that generates no code (`InterpretingValidator`) in place of ajv, for a page under a strict CSP */
  interpreter?: Validator;
}

/** The outcome: the set, or why the file is not one (vi/en, the file named in each). */
export type CriteriaSetFileResult = { ok: true; set: CriteriaSet } | { ok: false; errors: Bilingual[] };

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; } else n += 3;
  }
  return n;
}

/**
 * The refusal of a file larger than `maxBytes`, or undefined when it fits: callers that know a
 * file's size (a `File`) check it before reading the text.
 */
export function criteriaFileTooLarge(file: string, size: number, maxBytes = MAX_FILE_BYTES): Bilingual | undefined {
  if (size <= maxBytes) return undefined;
  return { vi: `Tệp "${file}" quá lớn (${size} byte); tối đa ${maxBytes} byte.`, en: `File "${file}" is too large (${size} bytes); at most ${maxBytes} bytes.` };
}

function describe(file: string, e: PackError): Bilingual {
  const at = e.pointer ? ` ${e.pointer}` : '';
  return {
    vi: `Tệp "${file}"${at}: ${e.message.vi}`,
    en: `File "${file}"${at}: ${e.message.en ?? e.message.vi}`,
  };
}

/**
 * Reads and checks the text of a criteria-set file.
 * @param text - the file's text (a leading BOM is ignored)
 * @param options - meta-schemas, size limit, file name
 * @returns `{ ok: true, set }` or `{ ok: false, errors }` (first the headline, then up to `maxErrors` details)
 * @example
 * ```ts
 * const r = readCriteriaSetFile(await file.text(), { metaSchemas, file: file.name });
 * if (r.ok) session.apply(addCriteriaSet(r.set)); else show(r.errors);
 * ```
 */
export function readCriteriaSetFile(text: string, options: CriteriaSetFileOptions): CriteriaSetFileResult {
  const file = (options.file ?? 'criteria-set.json').normalize('NFC');
  const max = options.maxBytes ?? MAX_FILE_BYTES;
  const maxErrors = options.maxErrors ?? 5;
  // a string's UTF-16 length bounds its UTF-8 size from below: refuse huge texts before walking them
  const tooLarge = criteriaFileTooLarge(file, text.length > max ? text.length : utf8Length(text), max);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  if (!options.metaSchemas?.length) {
    return { ok: false, errors: [{ vi: 'Chưa có lược đồ để kiểm tra tệp bộ tiêu chí.', en: 'No schemas to check a criteria set file with.' }] };
  }
  const parsed = parseJsonText(text, file);
  if (!parsed.ok) {
    const m = parsed.error.message;
    return { ok: false, errors: [{ vi: `Tệp "${file}" không phải JSON hợp lệ: ${m.vi}`, en: `File "${file}" is not valid JSON: ${m.en ?? m.vi}` }] };
  }
  const scan = scanJson(parsed.value, file, maxErrors, max);
  const meta = options.interpreter ? interpretedMetaValidator(options.metaSchemas, options.interpreter) : createMetaValidator(options.metaSchemas);
  const problems = scan.errors.length > 0 ? scan.errors : meta.ok ? meta.validator.validate('criteria-set', parsed.value, file) : meta.errors;
  if (problems.length > 0) {
    return { ok: false, errors: [
      { vi: `Tệp "${file}" không phải bộ tiêu chí hợp lệ (${problems.length} lỗi).`, en: `File "${file}" is not a valid criteria set (${problems.length} error(s)).` },
      ...problems.slice(0, maxErrors).map((e) => describe(file, e)),
    ] };
  }
  return { ok: true, set: parsed.value as CriteriaSet };
}

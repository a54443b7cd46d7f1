import { lstat, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  inLanguage,
  AjvValidator, FormModel, parseJsonText, resolveForm, scanJson, type Bilingual, type FieldError, type PackSource,
} from '@formplan/core';
import { langOf, parseArgs, UsageError, type ParsedArgs } from '../args.js';
import type { Io } from '../io.js';
import { formatErrors, loadFromArgs } from '../load.js';

/** Usage line of `check`. */
export const checkUsage = 'formplan check <packDir> <formId> <data.json> [--json] [--lang vi|en] [--meta <dir>]';

/** Size bound of a data file read by `check`, `score` and `aggregate`: 10 MB. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** A JSON input file read safely, or why it cannot be used (vi and en). */
export type JsonInput = { ok: true; value: unknown; text: string } | { ok: false; message: Bilingual };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a JSON input file (data, answers, bundle): size checked before reading
 * ({@link MAX_INPUT_BYTES}), strict UTF-8, parsed with the line and column of a syntax error, and
 * refused when it holds a forbidden key (`__proto__`, `constructor`, `prototype`), a non-JSON
 * value or too deep nesting. Text that is not NFC is accepted (the form model normalises it).
 * Never throws; every message names the file.
 * @param path - the file
 * @param maxBytes - size bound
 */
export async function readJsonInput(path: string, maxBytes = MAX_INPUT_BYTES): Promise<JsonInput> {
  const name = basename(path);
  let size: number;
  try {
    const st = await lstat(path);
    if (!st.isFile()) return { ok: false, message: { vi: `${name}: không phải tệp thường`, en: `${name}: not a regular file` } };
    size = st.size;
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? String(e);
    return { ok: false, message: { vi: `Không đọc được tệp ${path} (${why})`, en: `Cannot read file ${path} (${why})` } };
  }
  if (size > maxBytes) {
    return { ok: false, message: { vi: `${name}: tệp quá lớn (${size} byte, tối đa ${maxBytes})`, en: `${name}: file too large (${size} bytes, at most ${maxBytes})` } };
  }
  let text: string;
  try {
    text = decoder.decode(await readFile(path));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, message: { vi: `Không đọc được tệp ${path} (${why})`, en: `Cannot read file ${path} (${why})` } };
  }
  const parsed = parseJsonText(text, name);
  if (!parsed.ok) return { ok: false, message: { vi: `${name}: ${parsed.error.message.vi}`, en: `${name}: ${parsed.error.message.en}` } };
  const bad = scanJson(parsed.value, name, 10, maxBytes * 2).errors.filter((e) => e.code !== 'not-nfc');
  if (bad.length > 0) {
    return {
      ok: false,
      message: {
        vi: bad.map((e) => `${name} ${e.pointer || '/'} ${e.message.vi}`).join('\n'),
        en: bad.map((e) => `${name} ${e.pointer || '/'} ${e.message.en}`).join('\n'),
      },
    };
  }
  return { ok: true, value: parsed.value, text };
}

/**
 * What `check` and `score` start with: a JSON input file, checked by `refuse`, then the pack.
 * Prints why either cannot be used.
 * @returns the input and the pack, or undefined after printing the reason
 */
export async function readInputAndPack(
  file: string, dir: string, args: ParsedArgs, io: Io, lang: 'vi' | 'en', refuse: (value: unknown) => Bilingual | undefined = () => undefined,
): Promise<{ value: unknown; pack: PackSource } | undefined> {
  const input = await readJsonInput(file);
  if (!input.ok) {
    io.err(inLanguage(input.message, lang));
    return undefined;
  }
  const why = refuse(input.value);
  if (why) {
    io.err(inLanguage(why, lang));
    return undefined;
  }
  const r = await loadFromArgs(dir, args);
  if (!r.ok) {
    io.err(formatErrors(r.errors, lang));
    return undefined;
  }
  return { value: input.value, pack: r.pack };
}

/** One problem as printed by `check --json`. */
export interface CheckItem {
  pointer: string;
  keyword: string;
  message: Bilingual;
  severity: FieldError['severity'];
}

/**
 * `formplan check <packDir> <formId> <data.json>`: validates data for one form with the form
 * model (schema, `x-fp-rules`, computed fields). Prints `pointer  message` a line (or, with
 * `--json`, an array of {@link CheckItem}); exit 0 when there is no error (warnings do not fail),
 * 1 when there is one or the input cannot be used.
 */
export async function checkVerb(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ['lang', 'meta'], ['lang', 'meta', 'json']);
  if (args.positional.length !== 3) throw new UsageError(checkUsage);
  const lang = langOf(args);
  const [dir, formId, dataFile] = args.positional;
  const r = await readInputAndPack(dataFile, dir, args, io, lang);
  if (!r) return 1;
  const form = resolveForm(r.pack, formId);
  if (!form) {
    const known = r.pack.forms.map((f) => f['x-fp-id']).join(', ');
    io.err(lang === 'vi' ? `Gói không có biểu "${formId}" (có: ${known})` : `The pack has no form "${formId}" (it has: ${known})`);
    return 1;
  }
  const model = new FormModel({ schema: form.schema, validator: new AjvValidator(), value: r.value });
  const items: CheckItem[] = model.errors.map((e) => ({ pointer: e.pointer, keyword: e.keyword, message: e.message, severity: e.severity }));
  const errors = items.filter((i) => i.severity === 'error').length;
  if (args.options.has('json')) {
    io.out(JSON.stringify(items, null, 2));
  } else if (items.length > 0) {
    const tag = (s: CheckItem['severity']): string =>
      s === 'error' ? '' : lang === 'vi' ? (s === 'warning' ? ' [cảnh báo]' : ' [thông tin]') : ` [${s}]`;
    io.out(items.map((i) => `${i.pointer || '/'}  ${i.message[lang]}${tag(i.severity)}`).join('\n'));
  }
  const others = items.length - errors;
  if (errors === 0) {
    io.err(lang === 'vi'
      ? `Dữ liệu hợp lệ cho biểu ${formId}${others ? ` (${others} cảnh báo)` : ''}`
      : `Data is valid for form ${formId}${others ? ` (${others} warning(s))` : ''}`);
    return 0;
  }
  io.err(lang === 'vi' ? `${errors} lỗi, ${others} cảnh báo` : `${errors} error(s), ${others} warning(s)`);
  return 1;
}

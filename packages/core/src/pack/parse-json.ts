import { jsonErrorOffset } from './json-error-offset.js';
import { packError, type PackError } from './pack-error.js';

/** Result of parsing one file's text. */
export type ParseResult = { ok: true; value: unknown } | { ok: false; error: PackError };

/** Line and column (1-based) of a character offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: end - last };
}

/**
 * Parses JSON text safely: never throws, reports the file and line/column of a syntax error.
 * `JSON.parse` creates `__proto__` as an own property (no pollution); forbidden keys are then
 * refused by {@link scanJson}.
 * @param text - file content (a leading BOM is ignored)
 * @param file - file name for the error
 */
export function parseJsonText(text: string, file: string): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const m = /position (\d+)/.exec(detail);
    const found = m ? Number(m[1]) : jsonErrorOffset(body);
    const offset = found < 0 ? body.length : found;
    const { line, column } = lineColumn(body, offset);
    return { ok: false, error: packError(file, '', 'invalid-json', { line, column, offset, detail }) };
  }
}

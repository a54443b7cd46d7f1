/**
 * Reading a block of cells copied from a spreadsheet: the tab-separated text Excel, LibreOffice
 * and Google Sheets put on the clipboard. Cells are separated by tabs, rows by `\r\n`, `\n` or
 * `\r`, the block ends with a newline that is no row of its own; a cell holding a tab, a newline
 * or a leading quote is written in double quotes with inner quotes doubled (`"a""b"`), as Excel
 * does. Text is NFC-normalised and the block's size is bounded.
 */

/** Bounds of {@link parseClipboardBlock}. */
export interface ClipboardLimits {
  /** most characters read (default 1 MB of text) */
  maxChars?: number;
  /** most cells (rows × widest row; default 20,000) */
  maxCells?: number;
}

/** A block read from the clipboard. */
export type ClipboardBlock =
  | { ok: true; rows: string[][] }
  | { ok: false; reason: 'tooLarge'; chars: number; cells: number };

export const DEFAULT_CLIPBOARD_LIMITS: Required<ClipboardLimits> = { maxChars: 1_000_000, maxCells: 20_000 };

// a module of its own: a page tells a block on paste, and reads it only with the code loaded later
export { isClipboardBlock } from './clipboard-kind.js';

/**
 * Splits tab-separated clipboard text into rows of cells (ragged rows are kept as they are).
 * @example
 * ```ts
 * parseClipboardBlock('1\t2\r\n3\t4\r\n');   // { ok: true, rows: [['1', '2'], ['3', '4']] }
 * parseClipboardBlock('"a\tb"\t"x""y"\n');  // { ok: true, rows: [['a\tb', 'x"y']] }
 * parseClipboardBlock('');                   // { ok: true, rows: [] }
 * ```
 */
export function parseClipboardBlock(text: string, limits: ClipboardLimits = {}): ClipboardBlock {
  const { maxChars, maxCells } = { ...DEFAULT_CLIPBOARD_LIMITS, ...limits };
  if (text.length > maxChars) return { ok: false, reason: 'tooLarge', chars: text.length, cells: 0 };
  const rows: string[][] = [];
  let row: string[] = [];
  let cells = 0;
  let i = 0;
  const n = text.length;
  const endRow = (): void => {
    rows.push(row);
    row = [];
  };
  while (i < n) {
    let cell: string;
    if (text[i] === '"' && closesQuote(text, i)) {
      // a quoted cell: up to the quote that is followed by a separator or the end
      let out = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        out += text.slice(j, q);
        if (text[q + 1] === '"') {
          out += '"';
          j = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      cell = out;
    } else {
      let j = i;
      while (j < n && text[j] !== '\t' && text[j] !== '\n' && text[j] !== '\r') j++;
      cell = text.slice(i, j);
      i = j;
    }
    row.push(cell.normalize('NFC'));
    if (++cells > maxCells) return { ok: false, reason: 'tooLarge', chars: n, cells };
    const sep = text[i];
    if (sep === '\t') {
      i++;
      if (i === n) row.push(''); // a trailing tab: one more empty cell
      continue;
    }
    if (sep !== undefined) {
      i += sep === '\r' && text[i + 1] === '\n' ? 2 : 1;
      endRow();
    }
  }
  if (row.length) endRow();
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (rows.length * width > maxCells) return { ok: false, reason: 'tooLarge', chars: n, cells: rows.length * width };
  return { ok: true, rows };
}

/**
 * Whether the quote at `start` opens a quoted cell: a later quote (not doubled) is followed by a
 * separator or the end. Otherwise the quote is plain text (`"5` typed in a cell).
 */
function closesQuote(text: string, start: number): boolean {
  let j = start + 1;
  for (;;) {
    const q = text.indexOf('"', j);
    if (q < 0) return false;
    if (text[q + 1] === '"') {
      j = q + 2;
      continue;
    }
    const after = text[q + 1];
    return after === undefined || after === '\t' || after === '\n' || after === '\r';
  }
}

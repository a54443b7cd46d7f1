/**
 * Reads the cell values of an `.xlsx` file (as Excel, LibreOffice or {@link writeWorkbook} write
 * it) with `read-excel-file` (its universal entry: fflate and a SAX parser, no DOM, no `eval`).
 * Before the library sees a byte, xlsx-bounds.ts checks the file's size and its zip directory
 * (nothing inflated) and scans the sheets for what the library does not return: how many cells,
 * how far they spread, and Excel's error values (`#DIV/0!`), which the library reads as empty.
 */
import readXlsxFile from 'read-excel-file/universal';
import type { Bilingual } from '../common/bilingual.js';
import { checkBounds, fileSizeProblem, notXlsx, tooManyCells, XLSX_LIMITS, XlsxReadError } from './xlsx-bounds.js';
import type { XlsxLimits } from './xlsx-bounds.js';

export { fileSizeProblem, XLSX_LIMITS, XlsxReadError };
export type { XlsxLimits };

/** A cell's value: a number, text, a boolean, a date (a cell Excel formats as one) or an Excel error (`#DIV/0!`). */
export type ReadValue = number | string | boolean | Date | { error: string };

/** One non-empty cell. A formula cell gives the result the spreadsheet last computed, if it saved one. */
export interface ReadCell {
  value: ReadValue;
}

/** One sheet: `rows.get(r)?.get(c)` is the cell at 1-based row r, column c. */
export interface ReadSheet {
  name: string;
  hidden: boolean;
  rows: Map<number, Map<number, ReadCell>>;
}

/** What the library gives, as a {@link ReadValue}; `undefined` for an empty cell. */
function readValue(v: unknown): ReadValue | undefined {
  if (v === null || v === undefined) return undefined;
  if (v instanceof Date || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

const UNREADABLE: Bilingual = { vi: 'Không đọc được tệp', en: 'The file could not be read' };

/**
 * Reads every sheet of an `.xlsx` file.
 * @param bytes - the file
 * @param limits - bounds on size and cells (default {@link XLSX_LIMITS})
 * @returns the sheets, in workbook order
 * @throws XlsxReadError when the file is too big, is not an XLSX workbook, or has too many cells
 */
export async function readWorkbook(bytes: Uint8Array, limits: XlsxLimits = XLSX_LIMITS): Promise<ReadSheet[]> {
  const scan = checkBounds(bytes, limits);
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(bytes.slice().buffer);
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    throw new XlsxReadError('xlsx.unreadable', UNREADABLE, error);
  }
  let count = 0;
  const out = sheets.map(({ sheet, data }): ReadSheet => {
    const info = scan.sheets.get(sheet);
    const rows: ReadSheet['rows'] = new Map();
    const put = (r: number, c: number, value: ReadValue): void => {
      if (++count > limits.maxCells) throw tooManyCells(limits);
      let cells = rows.get(r);
      if (!cells) rows.set(r, (cells = new Map()));
      cells.set(c, { value });
    };
    data.forEach((row, r) => row.forEach((v, c) => {
      const value = readValue(v);
      if (value !== undefined) put(r + 1, c + 1, value);
    }));
    for (const [r, c, error] of info?.errors ?? []) put(r, c, { error });
    return { name: sheet, hidden: info?.hidden ?? false, rows };
  });
  if (out.length === 0) throw notXlsx();
  return out;
}

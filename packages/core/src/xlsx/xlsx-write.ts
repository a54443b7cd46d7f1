/**
 * Writes an `.xlsx` workbook from plain sheets with `write-excel-file` (cells, shared strings,
 * formulas, merged cells, fonts, fills, borders, alignment, number formats, column widths), plus
 * the few parts a Biểu needs that the library leaves to "features" (xlsx-features.ts): unlocked
 * input cells under sheet protection, data validation, hidden columns, rows and sheets. No `eval`,
 * no DOM: node and browser alike.
 */
import writeXlsxFile from 'write-excel-file/universal';
import type { CellObject, SheetData } from 'write-excel-file/universal';
import { parseRef } from './cell-ref.js';
import { bieuFeatures } from './xlsx-features.js';

export { cellRef, columnLetters, parseRef } from './cell-ref.js';

/** How a cell looks. */
export type CellStyle = 'plain' | 'title' | 'meta' | 'header' | 'label' | 'sublabel' | 'input' | 'inputDecimal' | 'inputText' | 'computed' | 'total';

/** Styles whose cells accept typing on a protected sheet. */
export const UNLOCKED_STYLES: ReadonlySet<CellStyle> = new Set(['input', 'inputDecimal', 'inputText']);

type StyleProps = Omit<CellObject, 'value' | 'type'>;
const BORDER: StyleProps = { borderStyle: 'thin', borderColor: '#000000' };
const SHADED: StyleProps = { ...BORDER, fontWeight: 'bold', backgroundColor: '#EDEDED', format: '#,##0' };
const STYLES: Record<CellStyle, StyleProps> = {
  plain: {},
  title: { fontWeight: 'bold', fontSize: 13, align: 'center', alignVertical: 'center', wrap: true },
  meta: { align: 'center' },
  header: { ...BORDER, fontWeight: 'bold', align: 'center', alignVertical: 'center', wrap: true },
  label: { ...BORDER, alignVertical: 'center', wrap: true },
  sublabel: { ...BORDER, alignVertical: 'center', wrap: true, indent: 2 },
  input: { ...BORDER, format: '#,##0' },
  inputDecimal: { ...BORDER },
  inputText: { ...BORDER, format: '@' },
  computed: SHADED,
  total: SHADED,
};

/** One cell: a value (text or number), or an Excel formula (without `=`), and a style. */
export interface SheetCell {
  value?: string | number | null;
  formula?: string;
  style?: CellStyle;
}

/** Data validation of input cells: whole or decimal numbers within bounds. */
export interface SheetValidation {
  kind: 'whole' | 'decimal';
  min?: number;
  max?: number;
  /** cell references (`D7`) or ranges (`D7:K7`) */
  refs: string[];
  /** the message Excel shows on a refused entry (cut to 255 characters) */
  message: string;
  /** its title (cut to 32 characters) */
  title: string;
}

/** One worksheet. `rows[r][c]` is the cell at row r+1, column c+1. */
export interface SheetSpec {
  name: string;
  rows: (SheetCell | null)[][];
  /** merged ranges (`B1:K1`) */
  merges?: string[];
  /** widths in characters, column A first (0 hides the column) */
  columnWidths?: number[];
  /** 1-based numbers of rows to hide */
  hiddenRows?: number[];
  /** the sheet is hidden in Excel's tabs */
  hidden?: boolean;
  /** protects the sheet: only cells with an unlocked style accept typing */
  protect?: boolean;
  validations?: SheetValidation[];
}

function libraryCell(cell: SheetCell | null): CellObject | null {
  if (!cell) return null;
  const style = STYLES[cell.style ?? 'plain'];
  if (cell.formula !== undefined) return { ...style, value: cell.formula, type: 'Formula' };
  const v = cell.value;
  if (typeof v === 'number' && Number.isFinite(v)) return { ...style, value: v, type: Number };
  if (typeof v === 'string' && v !== '') {
    const { format, ...text } = style; // a text cell takes no number format
    return { ...text, ...(format === '@' ? { format } : {}), value: v.normalize('NFC'), type: String };
  }
  // an empty cell keeps its look (and its format, which the library ties to a type)
  if (Object.keys(style).length === 0) return null;
  return style.format === undefined ? { ...style } : { ...style, type: style.format === '@' ? String : Number };
}

/** The library's rows: merges become a span on the top-left cell, the cells they cover `null`. */
function sheetData(sheet: SheetSpec): SheetData {
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  const data: (CellObject | null)[][] = sheet.rows.map((r) => Array.from({ length: width }, (_, c) => libraryCell(r[c] ?? null)));
  for (const m of sheet.merges ?? []) {
    const [from, to] = m.split(':').map(parseRef);
    if (!from || !to) continue;
    const [r1, c1] = from;
    const [r2, c2] = to;
    const head = data[r1 - 1]?.[c1 - 1] ?? {};
    for (let r = r1; r <= r2; r++) {
      data[r - 1] ??= Array.from({ length: width }, () => null);
      for (let c = c1; c <= c2; c++) data[r - 1][c - 1] = null;
    }
    data[r1 - 1][c1 - 1] = { ...head, ...(c2 > c1 ? { columnSpan: c2 - c1 + 1 } : {}), ...(r2 > r1 ? { rowSpan: r2 - r1 + 1 } : {}) };
  }
  return data;
}

/**
 * Zips sheets into an `.xlsx` file (Excel and LibreOffice compute the formulas when they open it).
 * @param sheets - the worksheets, in tab order (names unique, at most 31 characters, no `[]:*?/\`)
 * @returns the file's bytes
 */
export async function writeWorkbook(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const blob = await writeXlsxFile(
    sheets.map((s) => ({
      data: sheetData(s),
      sheet: s.name,
      orientation: 'landscape' as const,
      // a hidden column keeps a width of 1 (the library leaves out a 0 width); the feature hides it
      columns: (s.columnWidths ?? []).map((w) => ({ width: w || 1 })),
    })),
    { fontFamily: 'Times New Roman', fontSize: 11, features: bieuFeatures(sheets, UNLOCKED_STYLES) },
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

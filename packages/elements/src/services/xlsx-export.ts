/**
 * Writes simple workbooks (rows of text and numbers, a few styles) to `.xlsx`. The XLSX library
 * (`write-excel-file`, ESM, one dependency) is loaded with a dynamic `import()` on first use, so
 * it never weighs on a form's first paint (`dist/formplan-xlsx.js`, see load-xlsx.ts).
 */
import { importXlsxWriter } from './load-xlsx.js';

/** One cell: text, a number, empty (`null`), or a value with a style. */
export type XlsxCell = string | number | null | XlsxStyledCell;

/** A cell value with a style. */
export interface XlsxStyledCell {
  value: string | number | null;
  bold?: boolean;
  italic?: boolean;
  /** background colour, `#RRGGBB` */
  fill?: string;
}

/** One worksheet. */
export interface XlsxSheet {
  /** sheet name (cut to Excel's 31 characters; `[]:*?/\` replaced) */
  name: string;
  rows: XlsxCell[][];
  /** column widths in characters, first column first */
  columnWidths?: number[];
}

/** Largest workbook written, in cells (a district's totals are a few thousand). */
export const MAX_XLSX_CELLS = 500_000;

/** The MIME type of `.xlsx` files. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A sheet name Excel accepts: no `[]:*?/\`, at most 31 characters, not empty, unique. */
export function sheetName(name: string, taken: Set<string> = new Set()): string {
  const base = (name.normalize('NFC').replace(/[[\]:*?/\\]/g, '-').trim() || 'Sheet').slice(0, 31);
  let out = base;
  for (let i = 2; taken.has(out.toLowerCase()); i++) out = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(out.toLowerCase());
  return out;
}

type LibCell = { value?: string | number; type?: StringConstructor | NumberConstructor; fontWeight?: 'bold'; fontStyle?: 'italic'; backgroundColor?: string } | null;

function libCell(cell: XlsxCell): LibCell {
  const styled: XlsxStyledCell = cell !== null && typeof cell === 'object' ? cell : { value: cell };
  const v = styled.value;
  const out: NonNullable<LibCell> = {};
  if (typeof v === 'number' && Number.isFinite(v)) {
    out.value = v;
    out.type = Number;
  } else if (typeof v === 'string' && v !== '') {
    // typed String: written as a shared string, never read as a formula
    out.value = v.normalize('NFC');
    out.type = String;
  }
  if (styled.bold) out.fontWeight = 'bold';
  if (styled.italic) out.fontStyle = 'italic';
  if (styled.fill) out.backgroundColor = styled.fill;
  return Object.keys(out).length ? out : null;
}

/**
 * Writes sheets to an `.xlsx` Blob.
 * @param sheets the worksheets, in order
 * @returns the workbook (`application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`)
 * @throws Error (message Vietnamese / English) when the workbook is larger than {@link MAX_XLSX_CELLS}
 * @example
 * ```ts
 * const blob = await writeXlsx([{ name: 'Tổng hợp', rows: [['Quận Tây Hồ'], ['Tổng', 12]] }]);
 * ```
 */
export async function writeXlsx(sheets: readonly XlsxSheet[]): Promise<Blob> {
  const cells = sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.length, 0), 0);
  if (cells > MAX_XLSX_CELLS) {
    throw new Error(`Bảng tính quá lớn (${cells} ô) / The workbook is too large (${cells} cells)`);
  }
  const { writeXlsxFile } = await importXlsxWriter();
  const taken = new Set<string>();
  const libSheets = sheets.map((s) => {
    const width = Math.max(1, ...s.rows.map((r) => r.length));
    // every row as wide as the widest, so the library writes a rectangular sheet
    const data = s.rows.map((r) => Array.from({ length: width }, (_, i) => libCell(r[i] ?? null)));
    return {
      sheet: sheetName(s.name, taken),
      data: data.length ? data : [[null]],
      columns: s.columnWidths?.map((w) => ({ width: w })),
    };
  });
  const blob = await writeXlsxFile(libSheets as Parameters<typeof writeXlsxFile>[0]).toBlob();
  return blob.type ? blob : new Blob([blob], { type: XLSX_MIME });
}

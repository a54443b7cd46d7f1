/**
 * What `read-excel-file` does not do for us, checked before it sees a byte: bounds (file size,
 * each zip entry's packed and unpacked size, cell count, how far the cells spread) and a scan of
 * the sheets for Excel's error values, which the library reads as empty cells. The zip directory
 * is read without inflating anything; the parts that are then inflated are known to be small.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { Bilingual } from '../common/bilingual.js';
import { FormplanError } from '../common/formplan-error.js';
import { parseRef } from './cell-ref.js';

/** Limits of reading a workbook. */
export interface XlsxLimits {
  /** largest file, bytes */
  maxBytes: number;
  /** largest unpacked part read, bytes */
  maxPartBytes: number;
  /** most non-empty cells over all sheets */
  maxCells: number;
}

/**
 * Default limits: a Biểu is a few hundred cells and tens of kilobytes. A part stays under 512 KiB
 * unpacked: fflate's `unzip` (the library's) inflates larger, well-compressed parts in a Worker
 * made from a blob URL, which a strict Content-Security-Policy blocks.
 */
export const XLSX_LIMITS: XlsxLimits = { maxBytes: 2 * 1024 * 1024, maxPartBytes: 512 * 1024 - 1, maxCells: 50_000 };

/** fflate 0.8's `unzip` inflates an entry on the calling thread below this unpacked size. */
const SYNC_INFLATE_BELOW = 524_288;

/** Why a file could not be read at all. */
export class XlsxReadError extends FormplanError {
  constructor(code: string, message: Bilingual, cause?: unknown) {
    super(code, message, cause === undefined ? {} : { cause });
    this.name = 'XlsxReadError';
  }
}

export function notXlsx(): XlsxReadError {
  return new XlsxReadError('xlsx.notXlsx', {
    vi: 'Tệp không phải là bảng tính Excel .xlsx (hãy lưu tệp dưới dạng Excel Workbook .xlsx)',
    en: 'The file is not an Excel .xlsx workbook (save it as Excel Workbook .xlsx)',
  });
}

export function tooManyCells(limits: XlsxLimits): XlsxReadError {
  return new XlsxReadError('xlsx.tooManyCells', { vi: `Tệp có quá nhiều ô (hơn ${limits.maxCells})`, en: `The file has too many cells (more than ${limits.maxCells})` });
}

/**
 * Why a file of `size` bytes is refused before it is read, or undefined when its size is fine.
 * @param size - the file's size in bytes
 * @param limits - the bounds (default {@link XLSX_LIMITS})
 */
export function fileSizeProblem(size: number, limits: XlsxLimits = XLSX_LIMITS): Bilingual | undefined {
  if (size <= limits.maxBytes) return undefined;
  return {
    vi: `Tệp quá lớn (${Math.ceil(size / 1024)} KB; tối đa ${Math.floor(limits.maxBytes / 1024)} KB)`,
    en: `The file is too large (${Math.ceil(size / 1024)} KB; at most ${Math.floor(limits.maxBytes / 1024)} KB)`,
  };
}

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text with its entities and character references decoded, in NFC. */
function xmlDecode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (m, e: string) => {
    if (e[0] !== '#') return ENTITY[e];
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  }).normalize('NFC');
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)(?:\\w+:)?${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? xmlDecode(m[2] ?? m[3] ?? '') : undefined;
}

/** What the scan found in one sheet. */
export interface SheetScan {
  hidden: boolean;
  /** Excel error cells: 1-based row, column, and the error (`#DIV/0!`) */
  errors: [number, number, string][];
}

/** The entries the library inflates (it skips all but `.xml` and `.xml.rels`), refused when too big. */
function checkDirectory(bytes: Uint8Array, limits: XlsxLimits): string[] {
  const names: string[] = [];
  let unpacked = 0;
  const tooBig = (size: number): XlsxReadError => new XlsxReadError('xlsx.tooBig', {
    vi: `Tệp giải nén quá lớn (một phần ${Math.ceil(size / 1024)} KB; tối đa ${Math.floor(limits.maxPartBytes / 1024)} KB mỗi phần)`,
    en: `The file unpacks to too much data (a part of ${Math.ceil(size / 1024)} KB; at most ${Math.floor(limits.maxPartBytes / 1024)} KB a part)`,
  });
  try {
    unzipSync(bytes, {
      filter: (f) => {
        if (!f.name.endsWith('.xml') && !f.name.endsWith('.xml.rels')) return false;
        unpacked += f.originalSize;
        const workerPath = f.compression === 8 && f.originalSize >= SYNC_INFLATE_BELOW && f.size <= 0.8 * f.originalSize;
        if (f.originalSize > limits.maxPartBytes || workerPath || unpacked > 4 * limits.maxPartBytes) throw tooBig(f.originalSize);
        names.push(f.name);
        return false;
      },
    });
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    throw notXlsx();
  }
  return names;
}

/** Counts the cells of a sheet, how far they reach, and its error cells. */
function scanSheet(xml: string, hidden: boolean, budget: { cells: number }, limits: XlsxLimits): SheetScan {
  const errors: SheetScan['errors'] = [];
  let rows = 0;
  let cols = 0;
  for (const c of xml.matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
    if (++budget.cells > limits.maxCells) throw tooManyCells(limits);
    const at = parseRef(attr(c[1], 'r') ?? '');
    if (!at) continue;
    rows = Math.max(rows, at[0]);
    cols = Math.max(cols, at[1]);
    const v = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/.exec(c[2] ?? '')?.[1];
    if (attr(c[1], 't') === 'e' && v !== undefined) errors.push([at[0], at[1], xmlDecode(v).trim()]);
  }
  // the library makes every sheet a full grid: a cell at XFD1048576 would be 17 billion
  if (rows * cols > 20 * limits.maxCells) {
    throw new XlsxReadError('xlsx.tooSpread', {
      vi: `Các ô của tệp trải quá rộng (${rows} dòng × ${cols} cột)`, en: `The file's cells spread too far (${rows} rows × ${cols} columns)`,
    });
  }
  return { hidden, errors };
}

/**
 * Checks a file before the library reads it and scans what the library leaves out.
 * @param bytes - the file
 * @param limits - the bounds
 * @returns per sheet name: whether it is hidden and its Excel error cells
 * @throws XlsxReadError when the file is too big, not a zip, or has too many or too spread cells
 */
export function checkBounds(bytes: Uint8Array, limits: XlsxLimits): { sheets: Map<string, SheetScan> } {
  const tooBig = fileSizeProblem(bytes.length, limits);
  if (tooBig) throw new XlsxReadError('xlsx.tooBig', tooBig);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw notXlsx();
  const names = new Set(checkDirectory(bytes, limits));
  if (!names.has('xl/workbook.xml')) throw notXlsx(); // a zip, but no workbook (a .docx, a .zip)
  const wanted = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|worksheets\/[^/]+\.xml)$/;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => names.has(f.name) && wanted.test(f.name) });
  } catch {
    throw notXlsx();
  }
  const text = (name: string): string => (files[name] ? strFromU8(files[name]) : '');
  const targets = new Map<string, string>();
  for (const m of text('xl/_rels/workbook.xml.rels').matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attr(m[1], 'Id');
    const target = attr(m[1], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const budget = { cells: 0 };
  const sheets = new Map<string, SheetScan>();
  for (const m of text('xl/workbook.xml').matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const path = targets.get(attr(m[1], 'id') ?? '');
    const state = attr(m[1], 'state');
    if (path) sheets.set(attr(m[1], 'name') ?? '', scanSheet(text(path), state === 'hidden' || state === 'veryHidden', budget, limits));
  }
  return { sheets };
}

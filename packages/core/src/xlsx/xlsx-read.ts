/**
 * Reads the cell values of an `.xlsx` file (as Excel, LibreOffice or {@link writeWorkbook} write
 * it): sheets with their names and visibility, and per cell its value and whether it holds a
 * formula. Unzips with fflate and reads the few SpreadsheetML parts with bounded scans: no DOM,
 * no `eval`. File size, unpacked size and cell count are bounded; anything else is refused.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { Bilingual } from '../common/bilingual.js';
import { FormplanError } from '../common/formplan-error.js';

/** Limits of {@link readWorkbook}. */
export interface XlsxLimits {
  /** largest file, bytes */
  maxBytes: number;
  /** largest unpacked part read, bytes */
  maxPartBytes: number;
  /** most non-empty cells over all sheets */
  maxCells: number;
}

/** Default limits: a Biểu is a few hundred cells and tens of kilobytes. */
export const XLSX_LIMITS: XlsxLimits = { maxBytes: 2 * 1024 * 1024, maxPartBytes: 16 * 1024 * 1024, maxCells: 50_000 };

/** A cell's value: a number, text, a boolean, or an Excel error (`#DIV/0!`). */
export type ReadValue = number | string | boolean | { error: string };

/** One non-empty cell. */
export interface ReadCell {
  value: ReadValue | undefined;
  /** the cell holds a formula (its value is the result Excel last computed, if any) */
  formula: boolean;
}

/** One sheet: `rows.get(r)?.get(c)` is the cell at 1-based row r, column c. */
export interface ReadSheet {
  name: string;
  hidden: boolean;
  rows: Map<number, Map<number, ReadCell>>;
}

/** Why a file could not be read at all. */
export class XlsxReadError extends FormplanError {
  constructor(code: string, message: Bilingual) {
    super(code, message);
    this.name = 'XlsxReadError';
  }
}

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text with its entities and character references decoded, in NFC. */
export function xmlDecode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (m, e: string) => {
    if (e[0] !== '#') return ENTITY[e];
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  }).normalize('NFC');
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? xmlDecode(m[2] ?? m[3] ?? '') : undefined;
}

/** The text of every `<t>` inside a fragment (rich text runs joined; phonetic runs left out). */
function runText(xml: string): string {
  const plain = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let out = '';
  for (const m of plain.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) out += m[1];
  return xmlDecode(out);
}

/** `D7` → [7, 4]. */
export function parseRef(ref: string): [number, number] | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.toUpperCase());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}

function cellValue(attrs: string, body: string, shared: readonly string[]): ReadValue | undefined {
  const t = attr(attrs, 't') ?? 'n';
  if (t === 'inlineStr') return runText(body);
  const v = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
  if (v === undefined) return undefined;
  const text = xmlDecode(v);
  switch (t) {
    case 's': return shared[Number(text)] ?? '';
    case 'str': return text;
    case 'b': return text === '1';
    case 'e': return { error: text };
    default: {
      const n = Number(text);
      return text.trim() !== '' && Number.isFinite(n) ? n : text;
    }
  }
}

function readSheetData(xml: string, shared: readonly string[], budget: { cells: number }, limits: XlsxLimits): ReadSheet['rows'] {
  const rows: ReadSheet['rows'] = new Map();
  const data = /<(?:\w+:)?sheetData\b[^>]*>([\s\S]*)<\/(?:\w+:)?sheetData>/.exec(xml)?.[1] ?? '';
  let lastRow = 0;
  for (const row of data.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const r = Number(attr(row[1], 'r') ?? lastRow + 1);
    lastRow = r;
    let lastCol = 0;
    for (const c of (row[2] ?? '').matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const ref = attr(c[1], 'r');
      const at = ref ? parseRef(ref) : [r, lastCol + 1] as [number, number];
      if (!at) continue;
      lastCol = at[1];
      const body = c[2] ?? '';
      const formula = /<(?:\w+:)?f\b/.test(body);
      const value = cellValue(c[1], body, shared);
      if (value === undefined && !formula) continue;
      if (++budget.cells > limits.maxCells) {
        throw new XlsxReadError('xlsx.tooManyCells', {
          vi: `Tệp có quá nhiều ô (hơn ${limits.maxCells})`, en: `The file has too many cells (more than ${limits.maxCells})`,
        });
      }
      let cells = rows.get(at[0]);
      if (!cells) rows.set(at[0], (cells = new Map()));
      cells.set(at[1], { value, formula });
    }
  }
  return rows;
}

function notXlsx(): XlsxReadError {
  return new XlsxReadError('xlsx.notXlsx', {
    vi: 'Tệp không phải là bảng tính Excel .xlsx (hãy lưu tệp dưới dạng Excel Workbook .xlsx)',
    en: 'The file is not an Excel .xlsx workbook (save it as Excel Workbook .xlsx)',
  });
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

function unzip(bytes: Uint8Array, limits: XlsxLimits): Record<string, Uint8Array> {
  const tooBig = fileSizeProblem(bytes.length, limits);
  if (tooBig) throw new XlsxReadError('xlsx.tooBig', tooBig);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw notXlsx();
  let unpacked = 0;
  try {
    return unzipSync(bytes, {
      filter: (f) => {
        if (!/^xl\/(workbook\.xml|sharedStrings\.xml|_rels\/workbook\.xml\.rels|worksheets\/[^/]+\.xml)$/.test(f.name)) return false;
        unpacked += f.originalSize;
        if (f.originalSize > limits.maxPartBytes || unpacked > 4 * limits.maxPartBytes) {
          throw new XlsxReadError('xlsx.tooBig', { vi: 'Tệp giải nén quá lớn', en: 'The file unpacks to too much data' });
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    throw notXlsx();
  }
}

/**
 * Reads every sheet of an `.xlsx` file.
 * @param bytes - the file
 * @param limits - bounds on size and cells (default {@link XLSX_LIMITS})
 * @returns the sheets, in workbook order
 * @throws XlsxReadError when the file is too big, is not an XLSX workbook, or has too many cells
 */
export function readWorkbook(bytes: Uint8Array, limits: XlsxLimits = XLSX_LIMITS): ReadSheet[] {
  const files = unzip(bytes, limits);
  const text = (name: string): string | undefined => (files[name] ? strFromU8(files[name]) : undefined);
  const workbook = text('xl/workbook.xml');
  if (workbook === undefined) throw notXlsx();
  const targets = new Map<string, string>();
  for (const m of (text('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attr(m[1], 'Id');
    const target = attr(m[1], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const shared = [...(text('xl/sharedStrings.xml') ?? '').matchAll(/<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>/g)].map((m) => runText(m[1]));
  const budget = { cells: 0 };
  const sheets: ReadSheet[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const rid = /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(m[1])?.[1];
    const path = rid ? targets.get(rid) : undefined;
    const xml = path ? text(path) : undefined;
    if (xml === undefined) continue;
    const state = attr(m[1], 'state');
    sheets.push({ name: attr(m[1], 'name') ?? '', hidden: state === 'hidden' || state === 'veryHidden', rows: readSheetData(xml, shared, budget, limits) });
  }
  if (sheets.length === 0) throw notXlsx();
  return sheets;
}

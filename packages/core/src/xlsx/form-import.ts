/**
 * Reads a filled Biểu back into form data, by code: the hidden sheet says which pack, version,
 * form, ward and period the file was made for (another one is refused whole); column A names each
 * row, a hidden row above each matrix names each column. Every cell is checked against the form's
 * schema and reported: taken (with the value it replaces) or refused and why. Nothing is written
 * here: {@link applyBieuImport} gives the new data, for the caller to apply once the ward confirms.
 */
import type { Bilingual } from '../common/bilingual.js';
import { errorMessages } from '../common/formplan-error.js';
import { formatPointer, getAt, parseSafePointer, setAt } from '../common/json-pointer.js';
import { numberRefusal, readCellText } from '../exchange/cell-text.js';
import { formatVietnameseNumber } from '../model/number-input.js';
import { schemaAt } from '../schema/labels.js';
import type { FieldInfo, ResolvedForm, SchemaNode } from '../schema/resolved-form.js';
import { BIEU_FORMAT, CODE, CODES_SHEET, FIELD_VALUE_COLUMN } from './form-sheet.js';
import type { BieuTarget } from './form-sheet.js';
import { readWorkbook, XLSX_LIMITS } from './xlsx-read.js';
import type { ReadCell, ReadSheet, ReadValue, XlsxLimits } from './xlsx-read.js';
import { cellRef } from './xlsx-write.js';

/** A value the upload would write. `value` undefined: the cell was emptied, the value is cleared. */
export interface TakenCell {
  /** where in the file: `Biểu 02!D7` */
  cell: string;
  pointer: string;
  label: Bilingual;
  value: number | string | undefined;
  previous: unknown;
}

/** A cell the upload refuses, and why. */
export interface RefusedCell {
  cell: string;
  /** the form's place, when the codes name one */
  pointer?: string;
  /** what the cell holds, as text */
  text: string;
  reason: Bilingual;
}

/** What an upload would do: nothing is written until the caller applies it. */
export interface BieuImport {
  /** false: the whole file is refused (`problem` says why) and nothing may be applied */
  ok: boolean;
  problem?: Bilingual;
  taken: TakenCell[];
  refused: RefusedCell[];
  /** cells whose value equals the draft's */
  unchanged: number;
}

/** What the upload is checked against. */
export interface BieuExpectation {
  form: ResolvedForm;
  target: BieuTarget;
  /** the current draft */
  data: unknown;
  /**
   * What the form computes from some data: the value of a computed field at a pointer (the page's
   * own model, so no second expression engine ships with the XLSX code; {@link formComputer}
   * makes one). Without it (or when it gives undefined: cannot compute now), computed cells are
   * still never taken, only not compared.
   */
  compute?: (data: unknown) => ((pointer: string) => unknown) | undefined;
}

const R = {
  noCodes: { vi: `Tệp không phải là Biểu tải từ formplan (thiếu trang mã ẩn "${CODES_SHEET}"). Hãy tải Biểu Excel từ biểu mẫu rồi điền vào đó.`, en: `The file is not a Biểu downloaded from formplan (the hidden "${CODES_SHEET}" sheet is missing). Download the Excel Biểu from the form and fill that in.` },
  noRows: { vi: 'Không tìm thấy mã dòng nào trong tệp (cột A ẩn đã bị xóa?)', en: 'No row codes were found in the file (was the hidden column A deleted?)' },
  computed: (file: Bilingual, form: Bilingual): Bilingual => ({
    vi: `Ô tính tự động: bỏ qua giá trị trong tệp (${file.vi}); biểu mẫu tính được ${form.vi}`,
    en: `A computed cell: the file's value (${file.en}) is ignored; the form computes ${form.en}`,
  }),
  date: { vi: 'Ô định dạng ngày tháng, không phải số hay chữ', en: 'A date cell, not a number or text' },
  excelError: (e: string): Bilingual => ({ vi: `Ô lỗi của Excel (${e})`, en: `An Excel error value (${e})` }),
  boolean: { vi: 'Giá trị đúng/sai, không phải số', en: 'A true/false value, not a number' },
  badCode: (c: string): Bilingual => ({ vi: `Mã không hợp lệ "${c}"`, en: `Invalid code "${c}"` }),
  unknownRow: (c: string): Bilingual => ({ vi: `Biểu không có dòng mã "${c}"`, en: `The form has no row coded "${c}"` }),
  unknownColumn: (c: string): Bilingual => ({ vi: `Biểu không có cột mã "${c}"`, en: `The form has no column coded "${c}"` }),
  unknownField: (c: string): Bilingual => ({ vi: `Biểu không có chỉ tiêu "${c}"`, en: `The form has no figure "${c}"` }),
  repeated: (c: string): Bilingual => ({ vi: `Mã "${c}" xuất hiện hai lần; chỉ lấy lần đầu`, en: `Code "${c}" appears twice; only the first is taken` }),
} as const;

const WHAT: Record<keyof BieuTarget, Bilingual> = {
  packId: { vi: 'bộ biểu mẫu', en: 'pack' }, packVersion: { vi: 'phiên bản bộ biểu mẫu', en: 'pack version' },
  formId: { vi: 'biểu', en: 'form' }, ward: { vi: 'phường', en: 'ward' }, period: { vi: 'kỳ báo cáo', en: 'period' },
};
const CODE_KEYS: Record<keyof BieuTarget, string> = { packId: 'pack', packVersion: 'version', formId: 'form', ward: 'ward', period: 'period' };

function refusedFile(problem: Bilingual): BieuImport {
  return { ok: false, problem, taken: [], refused: [], unchanged: 0 };
}

function shown(v: ReadValue | undefined): string {
  if (v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return typeof v === 'object' ? v.error : String(v);
}

/**
 * The value a cell gives a field, or why it cannot: text as a pasted cell is read
 * ({@link readCellText}: Vietnamese numbers, the cell's bounds), numbers checked like them.
 */
export function cellToValue(v: ReadValue | undefined, node: SchemaNode): { ok: true; value: number | string | undefined } | { ok: false; reason: Bilingual } {
  if (v === undefined || (typeof v === 'string' && v.trim() === '')) return { ok: true, value: undefined };
  if (v instanceof Date) return { ok: false, reason: R.date };
  if (typeof v === 'object') return { ok: false, reason: R.excelError(v.error) };
  if (node.type === 'string') {
    const r = readCellText(String(v), 'text', { ...node, maxLength: typeof node.maxLength === 'number' ? node.maxLength : 2000 });
    return r.ok ? { ok: true, value: typeof r.value === 'string' ? r.value : undefined } : { ok: false, reason: r.message };
  }
  if (typeof v === 'boolean') return { ok: false, reason: R.boolean };
  if (typeof v === 'string') {
    const r = readCellText(v, 'number', node);
    return r.ok ? { ok: true, value: typeof r.value === 'number' ? r.value : undefined } : { ok: false, reason: r.message };
  }
  // Excel stores 0.1 + 0.2 style sums as 0.30000000000000004: a whole-number cell takes the whole number
  const n = node.type === 'integer' && Math.abs(v - Math.round(v)) < 1e-9 ? Math.round(v) : v;
  const refusal = numberRefusal(node, n);
  return refusal ? { ok: false, reason: refusal.message } : { ok: true, value: n };
}

/** The identity rows of the hidden sheet, `key → value`. */
function identity(sheet: ReadSheet): Map<string, string> {
  const out = new Map<string, string>();
  for (const cells of sheet.rows.values()) {
    const k = cells.get(1)?.value;
    const v = cells.get(2)?.value;
    if (typeof k === 'string') out.set(k.trim(), v === undefined ? '' : shown(v).trim());
  }
  return out;
}

/** Why the file was made for something else, or undefined when it matches. */
function mismatch(codes: Map<string, string>, target: BieuTarget): Bilingual | undefined {
  if (codes.get('format') !== BIEU_FORMAT) return R.noCodes;
  for (const key of ['formId', 'packId', 'packVersion', 'ward', 'period'] as const) {
    const found = codes.get(CODE_KEYS[key]) ?? '';
    if (found !== target[key]) {
      return {
        vi: `Tệp được làm cho ${WHAT[key].vi} "${found}", không phải ${WHAT[key].vi} "${target[key]}" đang mở. Hãy tải Biểu của đúng ${WHAT[key].vi} này.`,
        en: `The file was made for ${WHAT[key].en} "${found}", not the open ${WHAT[key].en} "${target[key]}". Download the Biểu of this ${WHAT[key].en}.`,
      };
    }
  }
  return undefined;
}

/** Collects the report while the rows of one sheet are read. */
class Collector {
  readonly taken: TakenCell[] = [];
  readonly refused: RefusedCell[] = [];
  unchanged = 0;
  coded = 0;
  /** computed cells with a value in the file, checked once every input is read */
  readonly computedCells: { cell: string; pointer: string; value: ReadValue }[] = [];
  private readonly seen = new Set<string>();
  private readonly fields: Map<string, FieldInfo>;

  constructor(private readonly expect: BieuExpectation) {
    this.fields = new Map(expect.form.fields.map((f) => [f.pointer, f]));
  }

  refuse(cell: string, c: ReadCell | undefined, reason: Bilingual, pointer?: string): void {
    if (c?.value === undefined) return; // an empty cell under an unknown code asks for nothing
    this.refused.push({ cell, text: shown(c.value), reason, ...(pointer === undefined ? {} : { pointer }) });
  }

  /** One cell that names the form's field `path`. */
  cell(cell: string, c: ReadCell | undefined, path: string[], unknown: Bilingual): void {
    const pointer = formatPointer(path);
    const field = this.fields.get(pointer);
    const node = field ? schemaAt(this.expect.form.schema, path) : undefined;
    if (!field || !node) return this.refuse(cell, c, unknown, pointer);
    if (this.seen.has(pointer)) return this.refuse(cell, c, R.repeated(pointer), pointer);
    this.seen.add(pointer);
    if (field.readOnly) {
      if (c && field.computed !== undefined) this.computedCells.push({ cell, pointer, value: c.value });
      return;
    }
    const got = cellToValue(c?.value, node);
    if (!got.ok) return this.refuse(cell, c, got.reason, pointer);
    const previous = getAt(this.expect.data, path);
    if (previous === got.value || (previous === null && got.value === undefined)) this.unchanged++;
    else this.taken.push({ cell, pointer, label: field.fullLabel, value: got.value, previous });
  }

  sheet(sheet: ReadSheet): void {
    let columns: { matrix: string; codes: Map<number, string> } | undefined;
    const ordered = [...sheet.rows.entries()].sort((a, b) => a[0] - b[0]);
    for (const [r, cells] of ordered) {
      const a = cells.get(1)?.value;
      if (typeof a !== 'string') continue;
      const at = (col: number): string => `${sheet.name}!${cellRef(r, col)}`;
      const kind = [CODE.columns, CODE.row, CODE.field].find((k) => a.startsWith(k));
      if (!kind) continue;
      let path: string[];
      try {
        path = parseSafePointer(a.slice(kind.length).trim());
      } catch (error) {
        this.refused.push({ cell: at(1), text: a, reason: errorMessages(error, R.badCode(a)) });
        continue;
      }
      this.coded++;
      if (kind === CODE.columns) {
        const codes = new Map<number, string>();
        for (const [col, c] of cells) if (col > 2 && typeof c.value === 'string') codes.set(col, c.value.trim().normalize('NFC'));
        columns = { matrix: formatPointer(path), codes };
      } else if (kind === CODE.field) {
        this.cell(at(FIELD_VALUE_COLUMN), cells.get(FIELD_VALUE_COLUMN), path, R.unknownField(formatPointer(path)));
      } else {
        this.row(sheet, r, cells, path, columns);
      }
    }
  }

  private row(sheet: ReadSheet, r: number, cells: Map<number, ReadCell>, path: string[], columns: { matrix: string; codes: Map<number, string> } | undefined): void {
    const at = (col: number): string => `${sheet.name}!${cellRef(r, col)}`;
    const rowCode = path[path.length - 1] ?? '';
    const matrixPath = path.slice(0, -1);
    const matrix = schemaAt(this.expect.form.schema, matrixPath)?.['x-fp-matrix'] as { rows?: { code: string }[] } | undefined;
    const known = columns?.matrix === formatPointer(matrixPath) && (matrix?.rows ?? []).some((x) => x.code === rowCode);
    const values = [...cells.entries()].filter(([col]) => col > 2);
    if (!known || !columns) {
      for (const [col, c] of values) this.refuse(at(col), c, R.unknownRow(rowCode), formatPointer(path));
      return;
    }
    for (const [col, code] of columns.codes) {
      if (code === '' || code.includes('/')) {
        this.refuse(at(col), cells.get(col), R.badCode(code));
        continue;
      }
      this.cell(at(col), cells.get(col), [...path, code], R.unknownColumn(code));
    }
    for (const [col, c] of values) if (!columns.codes.has(col)) this.refuse(at(col), c, R.unknownColumn(''));
  }
}

const sameNumber = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Computed cells are never imported; one whose value in the file is not what the form computes
 * from the imported inputs is reported as ignored, with both numbers (an Excel error as one).
 */
function checkComputed(c: Collector, expect: BieuExpectation, report: BieuImport): void {
  const computedAt = c.computedCells.length === 0 ? undefined : expect.compute?.(applyBieuImport(expect.data, report));
  for (const { cell, pointer, value } of c.computedCells) {
    if (typeof value === 'object' && !(value instanceof Date)) {
      report.refused.push({ cell, pointer, text: value.error, reason: R.excelError(value.error) });
      continue;
    }
    if (!computedAt) continue;
    const computed = computedAt(pointer);
    if (typeof value === 'number' && typeof computed === 'number' && sameNumber(value, computed)) continue;
    // a spreadsheet's SUM of empty cells is 0 where the form computes nothing (missing is not zero)
    if (value === 0 && (computed === null || computed === undefined)) continue;
    if (typeof value === 'string' && String(computed ?? '') === value) continue;
    const text = shown(value);
    const said = (v: unknown, empty: Bilingual): Bilingual => (typeof v === 'number' ? { vi: formatVietnameseNumber(v), en: String(v) } : v === undefined || v === null || v === '' ? empty : { vi: String(v), en: String(v) });
    report.refused.push({ cell, pointer, text, reason: R.computed(said(value, { vi: text, en: text }), said(computed, { vi: '(trống)', en: '(nothing)' })) });
  }
}

/**
 * Reads an uploaded Biểu and reports what it would change; writes nothing.
 * @param bytes - the uploaded file
 * @param expect - the open form, what it is for (pack, version, form, ward, period) and its draft
 * @param limits - size and cell bounds (default {@link XLSX_LIMITS})
 * @returns the report; `ok: false` with `problem` when the whole file is refused (not XLSX, too
 *   large, not a formplan Biểu, made for another form, ward, period or pack version)
 */
export async function readBieu(bytes: Uint8Array, expect: BieuExpectation, limits: XlsxLimits = XLSX_LIMITS): Promise<BieuImport> {
  let sheets: ReadSheet[];
  try {
    sheets = await readWorkbook(bytes, limits);
  } catch (error) {
    return refusedFile(errorMessages(error, { vi: 'Không đọc được tệp', en: 'The file could not be read' }));
  }
  const codesSheet = sheets.find((s) => s.name === CODES_SHEET);
  if (!codesSheet) return refusedFile(R.noCodes);
  const wrong = mismatch(identity(codesSheet), expect.target);
  if (wrong) return refusedFile(wrong);
  const c = new Collector(expect);
  for (const s of sheets) if (s !== codesSheet) c.sheet(s);
  if (c.coded === 0) return refusedFile(R.noRows);
  const report: BieuImport = { ok: true, taken: c.taken, refused: c.refused, unchanged: c.unchanged };
  checkComputed(c, expect, report);
  return report;
}

/**
 * The data after applying a report's taken cells (refused cells change nothing).
 * @param data - the draft the report was made against
 * @param report - an `ok` report of {@link readBieu}
 */
export function applyBieuImport(data: unknown, report: BieuImport): unknown {
  if (!report.ok) return data;
  return report.taken.reduce((d, t) => setAt(d, parseSafePointer(t.pointer), t.value), data);
}

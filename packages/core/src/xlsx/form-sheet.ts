/**
 * A pack form as an Excel Biểu: title, ward and period, then every section as the printed form
 * has it (a matrix with its one or two header rows, indented sub-rows, a totals row; other
 * figures as label / value rows). Input cells are unlocked on a protected sheet and validated;
 * computed matrix columns are Excel formulas, other computed figures locked values. Codes ride
 * along in a hidden column A (what each row is), a hidden row above each matrix (what each column
 * is) and a hidden sheet (which pack, version, form, ward and period the file was made for), so
 * an upload maps every cell by code, never by position or label.
 */
import type { Bilingual } from '../common/bilingual.js';
import { inLanguage } from '../common/bilingual.js';
import { formatPointer, getAt } from '../common/json-pointer.js';
import { labelText } from '../schema/labels.js';
import type { MatrixColumn, ResolvedForm, ResolvedMatrix, SchemaNode } from '../schema/resolved-form.js';
import { cellRef, columnLetters, writeWorkbook } from './xlsx-write.js';
import type { SheetCell, SheetSpec, SheetValidation } from './xlsx-write.js';

/** What a Biểu file is made for: checked on upload. */
export interface BieuTarget {
  packId: string;
  packVersion: string;
  formId: string;
  ward: string;
  period: string;
}

/** What {@link bieuSheets} lays out. */
export interface BieuInput {
  form: ResolvedForm;
  target: BieuTarget;
  /** the ward's name (default: its code) */
  wardName?: string;
  /** the period's label (default: its id) */
  periodLabel?: string;
  lang?: 'vi' | 'en';
  /** values to fill in (a draft); omitted: a blank template */
  data?: unknown;
}

/** Name of the hidden sheet holding the file's identity. */
export const CODES_SHEET = '_formplan';
/** Marker of the file format, first row of {@link CODES_SHEET}. */
export const BIEU_FORMAT = 'formplan-bieu/1';
/** Code prefixes of column A. */
export const CODE = { columns: 'cols:', row: 'row:', field: 'field:', total: 'total:' } as const;
/** Column of a figure's value on a `field:` row (C). */
export const FIELD_VALUE_COLUMN = 3;

const TEXT = {
  item: { vi: 'Chỉ tiêu', en: 'Item' },
  total: { vi: 'Tổng cộng', en: 'Total' },
  ward: { vi: 'Phường', en: 'Ward' },
  period: { vi: 'Kỳ báo cáo', en: 'Period' },
  guide: {
    vi: 'Chỉ nhập vào các ô trắng; ô xám được tính tự động. Không đổi tên trang tính, không thêm hay xóa dòng, cột.',
    en: 'Type only in the white cells; grey cells are computed. Do not rename the sheet or add or delete rows or columns.',
  },
  whole: { vi: 'Nhập số nguyên không âm', en: 'Enter a whole number, 0 or more' },
  number: { vi: 'Nhập một số trong giới hạn', en: 'Enter a number within bounds' },
} satisfies Record<string, Bilingual>;

const isObj = (v: unknown): v is SchemaNode => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The object-valued properties of a node. */
function propsOf(node: SchemaNode): Record<string, SchemaNode> {
  const out: Record<string, SchemaNode> = {};
  if (isObj(node.properties)) for (const [k, v] of Object.entries(node.properties)) if (isObj(v)) out[k] = v;
  return out;
}

/** Keys of an object node in display order, retired ones left out. */
function orderedKeys(node: SchemaNode): string[] {
  const props = propsOf(node);
  const keys = Object.keys(props).filter((k) => props[k]['x-fp-retired'] !== true);
  const order = Array.isArray(node['x-fp-order']) ? (node['x-fp-order'] as unknown[]).filter((k): k is string => typeof k === 'string') : [];
  return [...order.filter((k) => keys.includes(k)), ...keys.filter((k) => !order.includes(k))];
}

/** An Excel sheet name from a title: the part before `:`, no `[]:*?/\`, at most 31 characters. */
export function bieuSheetName(title: string): string {
  return (title.split(':')[0].replace(/[[\]:*?/\\]/g, '-').trim() || 'Biểu').slice(0, 31);
}

/** `bieu-02_P00091_2018-H1.xlsx` (`-mau` for a blank template). */
export function bieuFileName(target: BieuTarget, blank: boolean): string {
  const safe = (s: string): string => s.replace(/[^\w.-]+/g, '-');
  return `${safe(target.formId)}_${safe(target.ward)}_${safe(target.period)}${blank ? '_mau' : ''}.xlsx`;
}

/** A validation for a numeric cell schema, or undefined for text and unbounded numbers. */
function validationKind(node: SchemaNode): Omit<SheetValidation, 'refs' | 'message' | 'title'> | undefined {
  const min = typeof node.minimum === 'number' ? node.minimum : undefined;
  const max = typeof node.maximum === 'number' ? node.maximum : undefined;
  if (node.type === 'integer') return { kind: 'whole', min: min ?? -1e15, ...(max === undefined ? {} : { max }) };
  if (node.type === 'number' && (min !== undefined || max !== undefined)) return { kind: 'decimal', ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
  return undefined;
}

/** Builds the rows, merges and validations of the main sheet. */
class Layout {
  readonly rows: (SheetCell | null)[][] = [];
  readonly merges: string[] = [];
  readonly hiddenRows: number[] = [];
  private readonly valid = new Map<string, SheetValidation>();
  width = 3;

  constructor(private readonly input: BieuInput, private readonly lang: 'vi' | 'en') {}

  t(b: Bilingual): string {
    return inLanguage(b, this.lang);
  }

  push(cells: (SheetCell | null)[]): number {
    this.rows.push(cells);
    return this.rows.length;
  }

  value(path: readonly string[]): string | number | null {
    if (this.input.data === undefined) return null;
    const v = getAt(this.input.data, path);
    return typeof v === 'number' || typeof v === 'string' ? v : null;
  }

  /** The cell of an input or computed leaf; records its validation. */
  leaf(node: SchemaNode, path: readonly string[], row: number, col: number, formula?: string): SheetCell {
    if (formula !== undefined) return { formula, style: 'computed' };
    if (typeof node['x-fp-computed'] === 'string' || node.readOnly === true) return { value: this.value(path), style: 'computed' };
    const kind = validationKind(node);
    if (kind) {
      const key = JSON.stringify(kind);
      const message = kind.kind === 'whole' && kind.min === 0 && kind.max === undefined ? TEXT.whole : TEXT.number;
      const v = this.valid.get(key) ?? { ...kind, refs: [], title: 'formplan', message: `${message.vi} / ${message.en}` };
      this.valid.set(key, v);
      v.refs.push(cellRef(row, col));
    }
    const style = node.type === 'integer' ? 'input' : node.type === 'number' ? 'inputDecimal' : 'inputText';
    return { value: this.value(path), style };
  }

  get validations(): SheetValidation[] {
    return [...this.valid.values()];
  }

  heading(label: Bilingual, span: number): void {
    const r = this.push([null, { value: this.t(label), style: 'header' }]);
    if (span > 2) this.merges.push(`B${r}:${columnLetters(span)}${r}`);
  }

  matrix(node: SchemaNode, m: ResolvedMatrix, path: readonly string[]): void {
    const pointer = formatPointer(path);
    const last = 2 + m.columns.length;
    this.width = Math.max(this.width, last);
    this.heading(labelText(node, path[path.length - 1] ?? ''), last);
    this.hiddenRows.push(this.push([{ value: CODE.columns + pointer }, null, ...m.columns.map((c) => ({ value: c.code }))]));
    this.headers(m.columns);
    const props = propsOf(node);
    const top: number[] = [];
    for (const r of m.rows) {
      const cells = propsOf(props[r.code] ?? {});
      const at = this.rows.length + 1;
      if (r.depth === 1) top.push(at);
      const colOf = new Map(m.columns.map((c, i) => [c.code, 3 + i]));
      this.push([{ value: CODE.row + formatPointer([...path, r.code]) }, { value: this.t(r.label), style: r.depth === 2 ? 'sublabel' : 'label' },
        ...m.columns.map((c, i) => this.leaf(cells[c.code] ?? {}, [...path, r.code, c.code], at, 3 + i, sumFormula(c, colOf, at)))]);
    }
    if (m.columnTotals && top.length > 0 && top.length <= 200) {
      this.push([{ value: CODE.total + pointer }, { value: this.t(TEXT.total), style: 'total' }, ...m.columns.map((c, i) => {
        const col = columnLetters(3 + i);
        return ['count', 'number', 'money'].includes(c.type) ? { formula: `SUM(${top.map((r) => `${col}${r}`).join(',')})`, style: 'total' as const } : { style: 'total' as const };
      })]);
    }
    this.push([]);
  }

  /** One header row, or two when columns sit under groups (merged like the printed form). */
  headers(columns: readonly MatrixColumn[]): void {
    const grouped = columns.some((c) => c.group);
    const r1 = this.push([null, { value: this.t(TEXT.item), style: 'header' }, ...columns.map((c) => ({ value: this.t(c.group ? c.group.label : c.label), style: 'header' as const }))]);
    if (!grouped) return;
    const r2 = this.push([null, { style: 'header' }, ...columns.map((c) => ({ value: c.group ? this.t(shortLabel(c)) : null, style: 'header' as const }))]);
    this.merges.push(`B${r1}:B${r2}`);
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i];
      const col = columnLetters(3 + i);
      if (!c.group) {
        this.merges.push(`${col}${r1}:${col}${r2}`);
        continue;
      }
      let j = i;
      while (j + 1 < columns.length && columns[j + 1].group?.code === c.group.code) j++;
      if (j > i) this.merges.push(`${col}${r1}:${columnLetters(3 + j)}${r1}`);
      i = j;
    }
  }

  /** Objects (matrix or section) and figures, in display order. */
  walk(node: SchemaNode, path: string[]): void {
    const props = propsOf(node);
    for (const key of orderedKeys(node)) {
      const child = props[key];
      const p = [...path, key];
      const m = child['x-fp-matrix'];
      if (isObj(m) && Array.isArray(m.rows) && Array.isArray(m.columns)) this.matrix(child, m as unknown as ResolvedMatrix, p);
      else if (isObj(child.properties)) {
        this.heading(labelText(child, key), 3);
        this.walk(child, p);
        this.push([]);
      } else if (['integer', 'number', 'string'].includes(String(child.type))) {
        const at = this.rows.length + 1;
        this.push([{ value: CODE.field + formatPointer(p) }, { value: this.t(labelText(child, key)), style: 'label' }, this.leaf(child, p, at, FIELD_VALUE_COLUMN)]);
      }
    }
  }
}

/** The label of a grouped column under its group header (`Nam` of `Dưới 6 tuổi, Nam`). */
function shortLabel(c: MatrixColumn): Bilingual {
  const cut = (a: string | undefined, g: string | undefined): string | undefined => (a !== undefined && g !== undefined && a.startsWith(`${g}, `) ? a.slice(g.length + 2) : a);
  return { vi: cut(c.label.vi, c.group?.label.vi) ?? c.label.vi, en: cut(c.label.en, c.group?.label.en) };
}

/** `sum(a, b, …)` over columns of the same row as an Excel `SUM`, else undefined (the cell stays a locked value). */
function sumFormula(c: MatrixColumn, colOf: ReadonlyMap<string, number>, row: number): string | undefined {
  const m = c.computed === undefined ? null : /^\s*sum\(([^()]*)\)\s*$/.exec(c.computed);
  if (!m) return undefined;
  const cols = m[1].split(',').map((s) => colOf.get(s.trim()));
  if (cols.some((x) => x === undefined)) return undefined;
  return `SUM(${cols.map((x) => cellRef(row, x ?? 0)).join(',')})`;
}

/**
 * The sheets of a Biểu: the form, then the hidden sheet of codes.
 * @param input - the form, what it is made for, labels, and the values (omit for a blank template)
 */
export function bieuSheets(input: BieuInput): SheetSpec[] {
  const lang = input.lang ?? 'vi';
  const l = new Layout(input, lang);
  const { target } = input;
  l.push([null, { value: l.t(input.form.title), style: 'title' }]);
  l.push([null, { value: `${l.t(TEXT.ward)}: ${input.wardName ?? target.ward} (${target.ward}) · ${l.t(TEXT.period)}: ${input.periodLabel ?? target.period}`, style: 'meta' }]);
  l.push([null, { value: l.t(TEXT.guide) }]);
  l.push([]);
  l.walk(input.form.schema, []);
  for (const r of [1, 2, 3]) l.merges.push(`B${r}:${columnLetters(l.width)}${r}`);
  const codes: [string, string][] = [
    ['format', BIEU_FORMAT], ['pack', target.packId], ['version', target.packVersion], ['form', target.formId],
    ['ward', target.ward], ['period', target.period], ['urn', input.form.$id],
  ];
  return [
    {
      name: bieuSheetName(l.t(input.form.title)), rows: l.rows, merges: l.merges, hiddenRows: l.hiddenRows, protect: true,
      columnWidths: [0, 46, ...Array.from({ length: l.width - 2 }, () => 12)], validations: l.validations,
    },
    { name: CODES_SHEET, hidden: true, rows: codes.map(([k, v]) => [{ value: k }, { value: v }]), columnWidths: [12, 40] },
  ];
}

/** The Biểu as `.xlsx` bytes (see {@link bieuSheets}). */
export function bieuWorkbook(input: BieuInput): Promise<Uint8Array> {
  return writeWorkbook(bieuSheets(input));
}


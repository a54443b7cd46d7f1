/**
 * Commands on a matrix field (`x-fp-matrix`): rows from a category set, measure columns, totals.
 * The matrix is named by the data pointer of its field (e.g. `/so_lieu`); a column by its code.
 */
import type { Bilingual } from '../common/bilingual.js';
import type { PackSource } from '../pack/types.js';
import { flattenItems } from '../schema/lookup.js';
import { AuthoringError } from './authoring-error.js';
import { command, fieldNode, formOf, insertAt, moveItem, notFound, refuseClash, requireCode, setOrDelete, type Node, writeText } from './draft-access.js';
import type { EditCommand } from './edit-session.js';

/** A measure column's type, as the form meta-schema's `measureType`. */
export type MeasureType = 'count' | 'number' | 'money' | 'percent' | 'boolean' | 'text';

/** A measure column of a matrix. */
export interface MatrixColumnSpec {
  code: string;
  label: Bilingual;
  type: MeasureType;
  help?: Bilingual;
  computed?: string;
}

/** Changes to a measure column: a value sets it, `null` removes it (label and type cannot be removed). */
export interface MatrixColumnProps {
  label?: Bilingual;
  type?: MeasureType;
  help?: Bilingual | null;
  computed?: string | null;
}

interface MatrixDraft {
  rows: Node;
  columns: Node[];
  columnTotals?: boolean;
  [k: string]: unknown;
}

function matrixOf(d: PackSource, formId: string, pointer: string): MatrixDraft {
  const { node } = fieldNode(formOf(d, formId), pointer);
  const m = node['x-fp-matrix'] as MatrixDraft | undefined;
  if (!m) {
    throw new AuthoringError('invalid', { vi: `Trường ${pointer} của biểu ${formId} không phải là bảng.`, en: `Field ${pointer} of form ${formId} is not a matrix.` });
  }
  return m;
}

/** The key a column is named by: its code, or for columns from category sets the set ids joined by `×`. */
export function columnKey(c: Node): string {
  if (typeof c.code === 'string') return c.code;
  return (Array.isArray(c.categorySet) ? (c.categorySet as string[]) : [String(c.categorySet)]).join('×');
}

/** Every cell-column code a matrix's columns expand to (category-set columns included). */
export function expandedColumnCodes(pack: PackSource, columns: readonly Node[]): string[] {
  const out: string[] = [];
  for (const c of columns) {
    if (typeof c.code === 'string') {
      out.push(c.code);
      continue;
    }
    const ids = Array.isArray(c.categorySet) ? (c.categorySet as string[]) : [String(c.categorySet)];
    const sets = ids.map((id) => pack.categorySets.find((s) => s.id === id)?.items ?? []);
    if (sets.length === 1) out.push(...sets[0].map((i) => i.code));
    else for (const x of sets[0]) for (const y of sets[1] ?? []) out.push(`${x.code}__${y.code}`);
  }
  return out;
}

function columnIndex(m: MatrixDraft, code: string, formId: string): number {
  const i = m.columns.findIndex((c) => columnKey(c) === code);
  if (i < 0) notFound({ vi: `cột '${code}' trong biểu ${formId}`, en: `column '${code}' in form ${formId}` });
  return i;
}

function columnName(m: MatrixDraft, code: string): Bilingual {
  const c = m.columns.find((x) => columnKey(x) === code);
  const l = c?.label as Bilingual | undefined;
  return { vi: l?.vi ?? code, en: l?.en ?? l?.vi ?? code };
}

/** Adds a measure column at `index` of the column list (appended when undefined). */
export function addMatrixColumn(formId: string, matrixPointer: string, column: MatrixColumnSpec, index?: number): EditCommand {
  return command(`Thêm cột '${column.label.vi}' vào biểu ${formId}`, `Add column '${column.label.en ?? column.label.vi}' to form ${formId}`, (d) => {
    requireCode(column.code);
    const m = matrixOf(d, formId, matrixPointer);
    if (expandedColumnCodes(d, m.columns).includes(column.code)) {
      const name = columnName(m, column.code);
      refuseClash(column.code, { vi: `cột '${name.vi}' của bảng ${matrixPointer} (biểu ${formId})`, en: `column '${name.en}' of matrix ${matrixPointer} (form ${formId})` });
    }
    const col: Node = { code: column.code, label: structuredClone(column.label), type: column.type };
    if (column.help) col.help = structuredClone(column.help);
    if (column.computed) col.computed = column.computed;
    insertAt(m.columns, col, index);
  });
}

/** Changes a measure column's label, type, help or formula; never its code. */
export function setMatrixColumn(formId: string, matrixPointer: string, code: string, props: MatrixColumnProps): EditCommand {
  return command(`Sửa cột '${code}' của biểu ${formId}`, `Edit column '${code}' of form ${formId}`, (d) => {
    const m = matrixOf(d, formId, matrixPointer);
    const col = m.columns[columnIndex(m, code, formId)];
    if (props.label) writeText(col, 'label', props.label);
    if (props.type) col.type = props.type;
    if (props.help !== undefined) setOrDelete(col, 'help', props.help === null ? undefined : structuredClone(props.help));
    if (props.computed !== undefined) setOrDelete(col, 'computed', props.computed ?? undefined);
  });
}

/** Retires a column (kept for old data, not offered for entry), or restores it with `retired: false`. */
export function retireMatrixColumn(formId: string, matrixPointer: string, code: string, retired = true): EditCommand {
  const [vi, en] = retired ? ['Ngừng dùng', 'Retire'] : ['Dùng lại', 'Restore'];
  return command(`${vi} cột '${code}' của biểu ${formId}`, `${en} column '${code}' of form ${formId}`, (d) => {
    const m = matrixOf(d, formId, matrixPointer);
    setOrDelete(m.columns[columnIndex(m, code, formId)], 'x-fp-retired', retired ? true : undefined);
  });
}

/** Moves a column (by code, or set ids joined by `×`) to `toIndex` of the column list. */
export function moveMatrixColumn(formId: string, matrixPointer: string, code: string, toIndex: number): EditCommand {
  return command(`Chuyển cột '${code}' của biểu ${formId}`, `Move column '${code}' of form ${formId}`, (d) => {
    const m = matrixOf(d, formId, matrixPointer);
    moveItem(m.columns, columnIndex(m, code, formId), toIndex);
  });
}

/** Takes the matrix's rows from a category set (hidden rows are cleared when the set changes). */
export function setMatrixRows(formId: string, matrixPointer: string, rows: { categorySet: string; depth?: 1 | 2 }): EditCommand {
  return command(`Đổi danh mục dòng của biểu ${formId}`, `Change the row categories of form ${formId}`, (d) => {
    if (!d.categorySets.some((s) => s.id === rows.categorySet)) {
      notFound({ vi: `bộ danh mục '${rows.categorySet}'`, en: `category set '${rows.categorySet}'` });
    }
    const m = matrixOf(d, formId, matrixPointer);
    const next: Node = { categorySet: rows.categorySet };
    if (rows.depth !== undefined) next.depth = rows.depth;
    if (m.rows.categorySet === rows.categorySet && Array.isArray(m.rows.hiddenRows)) next.hiddenRows = [...(m.rows.hiddenRows as string[])];
    if (m.rows.categorySet !== next.categorySet || m.rows.depth !== next.depth || m.rows.items !== undefined) m.rows = next;
  });
}

function rowCodes(d: PackSource, rows: Node): string[] {
  if (Array.isArray(rows.items)) return (rows.items as { code: string }[]).map((r) => r.code);
  const set = d.categorySets.find((s) => s.id === rows.categorySet);
  return set ? flattenItems(set.items).map((i) => i.code) : [];
}

/** Hides a row from entry (old data under it stays readable), or shows it again. */
export function hideMatrixRow(formId: string, matrixPointer: string, rowCode: string, hidden: boolean): EditCommand {
  const [vi, en] = hidden ? ['Ẩn', 'Hide'] : ['Hiện', 'Show'];
  return command(`${vi} dòng '${rowCode}' của biểu ${formId}`, `${en} row '${rowCode}' of form ${formId}`, (d) => {
    const m = matrixOf(d, formId, matrixPointer);
    if (!rowCodes(d, m.rows).includes(rowCode)) notFound({ vi: `dòng '${rowCode}' trong biểu ${formId}`, en: `row '${rowCode}' in form ${formId}` });
    const list = Array.isArray(m.rows.hiddenRows) ? (m.rows.hiddenRows as string[]) : [];
    if (hidden && !list.includes(rowCode)) m.rows.hiddenRows = [...list, rowCode];
    if (!hidden && list.includes(rowCode)) {
      const rest = list.filter((c) => c !== rowCode);
      setOrDelete(m.rows, 'hiddenRows', rest.length > 0 ? rest : undefined);
    }
  });
}

/** Turns the total row of the matrix on or off. */
export function setMatrixTotals(formId: string, matrixPointer: string, totals: { columnTotals?: boolean }): EditCommand {
  const on = totals.columnTotals === true;
  return command(`${on ? 'Bật' : 'Tắt'} dòng tổng của biểu ${formId}`, `Turn ${on ? 'on' : 'off'} the total row of form ${formId}`, (d) => {
    const m = matrixOf(d, formId, matrixPointer);
    if (totals.columnTotals !== undefined) setOrDelete(m, 'columnTotals', on ? true : undefined);
  });
}

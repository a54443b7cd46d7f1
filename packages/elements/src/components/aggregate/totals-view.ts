/**
 * The district totals of one form as the aggregate element and its XLSX export show them:
 * sections in the form's order (matrices as tables, other figures as lists), each figure with
 * its total, completeness, every ward's value and last year's total. Pure: no DOM, no store.
 */
import { HEADER_KEY, compileExpression, createObjectScope, evaluate, labelText, referencedPaths } from '@formplan/core';
import type { AggregateResult, Code, Bilingual, MatrixColumn, MatrixRow, ResolvedForm, ResolvedMatrix, SchemaNode } from '@formplan/core';

/** One ward's figure in a cell (null: missing, not zero). */
export interface WardFigure {
  ward: Code;
  name: string;
  value: number | null;
}

/** One figure of the totals. */
export interface TotalCell {
  /** JSON Pointer, e.g. `/so_lieu/HCDB_04/tong_so` */
  pointer: string;
  /** stable code path, e.g. `so_lieu/HCDB_04/tong_so` (matches across years) */
  code: string;
  label: Bilingual;
  fullLabel: Bilingual;
  /** the district total: a sum, or a computed field recomputed over the totals; null when no ward has a value */
  total: number | null;
  /** every expected ward has a counted value (for a computed field: every input it reads is complete) */
  complete: boolean;
  /** false for percentages typed by wards: they are not added up */
  additive: boolean;
  /** the field is computed (its total is recomputed, e.g. a rate from the summed counts) */
  computed: boolean;
  /** every expected ward's own value, in ward order */
  wards: WardFigure[];
  /** wards without a value here */
  missing: Code[];
  /** last year's total for the same code; undefined when not compared or the code is new */
  previous?: number | null;
}

/** A matrix of the form, with its totals. */
export interface MatrixSection {
  kind: 'matrix';
  pointer: string;
  label: Bilingual;
  rows: MatrixRow[];
  /** the numeric columns (text columns are left out) */
  columns: MatrixColumn[];
  /** `cells[r][c]` for `rows[r]`, `columns[c]` */
  cells: TotalCell[][];
  /**
   * The district-wide total row (when the matrix asks for column totals): per column, the sum
   * over the top-level rows (sub-rows are "of which"); its pointers put `*` for the row (`/so_lieu/&#42;/tong_so`).
   */
  totalRow: TotalCell[];
}

/** Figures outside matrices, under their group's label. */
export interface ListSection {
  kind: 'list';
  pointer: string;
  label: Bilingual | null;
  items: TotalCell[];
}

/** The totals of one form, section by section. */
export type TotalsSection = MatrixSection | ListSection;

const NUMERIC = new Set(['integer', 'number', 'boolean']);

function orderedKeys(node: SchemaNode): string[] {
  const props = Object.keys((node.properties ?? {}) as object);
  const order = Array.isArray(node['x-fp-order']) ? (node['x-fp-order'] as string[]) : [];
  return [...order.filter((k) => props.includes(k)), ...props.filter((k) => !order.includes(k))];
}

const toPointer = (path: readonly string[]): string => path.map((p) => `/${p.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

function setPath(target: Record<string, unknown>, path: readonly string[], value: number): void {
  let cur = target;
  for (const seg of path.slice(0, -1)) {
    if (typeof cur[seg] !== 'object' || cur[seg] === null) cur[seg] = {};
    cur = cur[seg] as Record<string, unknown>;
  }
  cur[path[path.length - 1]] = value;
}

function matches(pattern: readonly string[], path: readonly string[]): boolean {
  return pattern.length === path.length && pattern.every((s, i) => s === '*' || s === path[i]);
}

/**
 * Builds the totals of a form from an aggregate result.
 * @param form the resolved form
 * @param result `aggregate()` over the form's numeric fields
 * @param wardNames ward code → display name
 * @param previous last year's totals by code path (see {@link totalsByCode}), to compare with
 * @returns the sections in the form's order (the header `thong_tin` is left out)
 */
export function buildTotals(
  form: ResolvedForm, result: AggregateResult, wardNames: ReadonlyMap<Code, string>,
  previous?: Readonly<Record<string, number | null>>,
): TotalsSection[] {
  const wards = result.wards.map((w) => w.ward);
  const fields = form.fields.filter((f) => NUMERIC.has(f.type));
  const byPointer = new Map(fields.map((f) => [f.pointer, f]));
  const cells = new Map<string, TotalCell>();
  const sums: Record<string, unknown> = {};

  for (const f of fields) {
    const agg = result.cells[f.pointer];
    const node = nodeAt(form.schema, f.path);
    const additive = f.computed !== undefined || node?.['x-fp-unit'] !== 'percent';
    const values = new Map((agg?.contributors ?? []).map((c) => [c.ward, c.value]));
    const total = additive && !f.computed ? agg?.sum ?? null : null;
    if (total !== null && !f.computed) setPath(sums, f.path, total);
    cells.set(f.pointer, {
      pointer: f.pointer, code: f.path.join('/'), label: f.label, fullLabel: f.fullLabel, total,
      complete: agg ? agg.complete : false, additive, computed: f.computed !== undefined,
      wards: wards.map((w) => ({ ward: w, name: wardNames.get(w) ?? w, value: values.has(w) ? (values.get(w) as number) : null })),
      missing: agg ? [...agg.missingWards] : [...wards],
    });
  }
  // computed fields (rates, sums of rows) are recomputed over the totals, never added up
  for (const f of fields) {
    if (!f.computed) continue;
    const cell = cells.get(f.pointer) as TotalCell;
    const parsed = compileExpression(f.computed);
    if (!parsed.ok) continue;
    const base = f.path.slice(0, -1);
    const r = evaluate(parsed.expr, createObjectScope(sums, { base }));
    cell.total = typeof r.value === 'number' && Number.isFinite(r.value) ? r.value : null;
    const inputs = referencedPaths(parsed.expr).map((p) => (p[0] === '$root' ? p.slice(1) : [...base, ...p]));
    const used = fields.filter((g) => !g.computed && inputs.some((p) => matches(p, g.path)));
    cell.complete = used.length > 0 && used.every((g) => cells.get(g.pointer)?.complete === true) && !r.incomplete;
    if (!cell.complete && cell.missing.length === 0) {
      cell.missing = [...new Set(used.flatMap((g) => cells.get(g.pointer)?.missing ?? []))];
    }
  }
  if (previous) {
    for (const cell of cells.values()) {
      if (Object.prototype.hasOwnProperty.call(previous, cell.code)) cell.previous = previous[cell.code];
    }
  }
  const sections: TotalsSection[] = [];
  walkSections(form.schema, [], null, sections, cells, byPointer, previous);
  return sections;
}

function nodeAt(schema: SchemaNode, path: readonly string[]): SchemaNode | undefined {
  let cur: SchemaNode | undefined = schema;
  for (const seg of path) {
    const props = cur?.properties as Record<string, SchemaNode> | undefined;
    if (!props || !Object.prototype.hasOwnProperty.call(props, seg)) return undefined;
    cur = props[seg];
  }
  return cur;
}

const TOTAL_ROW: Bilingual = { vi: 'Tổng cộng', en: 'Total' };

/** One cell of a matrix's district total row: the sum of its top-level rows' totals, missing is not zero. */
function totalRowCell(
  matrixPath: readonly string[], matrixLabel: Bilingual, column: MatrixColumn, top: readonly TotalCell[],
  previous: Readonly<Record<string, number | null>> | undefined,
): TotalCell {
  const path = [...matrixPath, '*', column.code];
  const additive = top.length > 0 && top.every((c) => c.additive);
  const present = top.filter((c) => c.total !== null);
  const missing = new Set(top.flatMap((c) => c.missing));
  const wards = (top[0]?.wards ?? []).map((w, i) => {
    const values = top.map((c) => c.wards[i]?.value ?? null).filter((v): v is number => v !== null);
    return { ...w, value: values.length ? values.reduce((a, b) => a + b, 0) : null };
  });
  const cell: TotalCell = {
    pointer: toPointer(path), code: path.join('/'), label: column.label,
    fullLabel: {
      vi: `${matrixLabel.vi} – ${TOTAL_ROW.vi} – ${column.label.vi}`,
      en: `${matrixLabel.en ?? matrixLabel.vi} – ${TOTAL_ROW.en} – ${column.label.en ?? column.label.vi}`,
    },
    total: additive && present.length ? present.reduce((a, c) => a + (c.total as number), 0) : null,
    complete: additive && top.every((c) => c.complete), additive, computed: column.computed !== undefined,
    wards, missing: wards.map((w) => w.ward).filter((w) => missing.has(w)),
  };
  if (previous && Object.prototype.hasOwnProperty.call(previous, cell.code)) cell.previous = previous[cell.code];
  return cell;
}

function walkSections(
  node: SchemaNode, path: string[], label: Bilingual | null, out: TotalsSection[],
  cells: Map<string, TotalCell>, fields: Map<string, unknown>, previous?: Readonly<Record<string, number | null>>,
): void {
  const list: ListSection = { kind: 'list', pointer: toPointer(path), label, items: [] };
  const flush = (): void => {
    if (list.items.length) out.push({ ...list, items: [...list.items] });
    list.items = [];
  };
  const props = (node.properties ?? {}) as Record<string, SchemaNode>;
  for (const key of orderedKeys(node)) {
    if (path.length === 0 && key === HEADER_KEY) continue;
    const child = props[key];
    const childPath = [...path, key];
    const matrix = child['x-fp-matrix'] as ResolvedMatrix | undefined;
    if (matrix) {
      flush();
      const columns = matrix.columns.filter((c) => c.type !== 'text');
      const grid = matrix.rows.map((r) => columns.map((c) => cells.get(toPointer([...childPath, r.code, c.code])) as TotalCell));
      const top = grid.filter((_, i) => matrix.rows[i].parent === undefined);
      const label = labelText(child, key);
      out.push({
        kind: 'matrix', pointer: toPointer(childPath), label, rows: matrix.rows, columns, cells: grid,
        totalRow: matrix.columnTotals ? columns.map((c, j) => totalRowCell(childPath, label, c, top.map((row) => row[j]), previous)) : [],
      });
    } else if (child.properties !== undefined) {
      flush();
      walkSections(child, childPath, labelText(child, key), out, cells, fields, previous);
    } else {
      const cell = cells.get(toPointer(childPath));
      if (cell && fields.has(cell.pointer)) list.items.push(cell);
    }
  }
  flush();
}

/**
 * Totals by code path (`so_lieu/HCDB_04/tong_so` → 12), e.g. last year's, to compare with.
 * @param sections the totals of a form
 */
export function totalsByCode(sections: readonly TotalsSection[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const s of sections) {
    const list = s.kind === 'matrix' ? [...s.cells.flat(), ...s.totalRow] : s.items;
    for (const c of list) if (c) out[c.code] = c.total;
  }
  return out;
}

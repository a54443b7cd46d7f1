/**
 * Reads a resolved `x-fp-matrix` node into what the table needs: rows, columns, the header rows
 * (two when columns have groups) and the cells with their pointers, schema nodes and kinds.
 * Pure and defensive: a malformed node gives `undefined`, never an exception.
 */
import { formatPointer } from '@formplan/core';
import type { SchemaNode } from '@formplan/core';
import { cellKind } from '../../cells/cell-kind.js';
import type { CellKind } from '../../cells/cell-kind.js';
import type { Bilingual } from '@formplan/core';

/** A row of the table. */
export interface LayoutRow {
  code: string;
  label: Bilingual;
  depth: 1 | 2;
  /** JSON Pointer of the row object */
  pointer: string;
}

/** A column of the table. */
export interface LayoutColumn {
  code: string;
  /** the full label (`Dưới 06 tuổi, Nam`) */
  label: Bilingual;
  /** the label under its group header (`Nam`), or the full label */
  short: Bilingual;
  type: string;
  group?: { code: string; label: Bilingual };
  /** whether the totals row sums this column */
  totalled: boolean;
}

/** One header cell: `column` is set for leaf headers (their id is `h-c-<column>`). */
export interface HeaderCell {
  text: Bilingual;
  colspan: number;
  rowspan: number;
  column?: number;
}

/** One cell of the body. */
export interface LayoutCell {
  pointer: string;
  row: number;
  column: number;
  kind: CellKind;
  schema?: SchemaNode;
  /** whether the schema makes the cell read-only (computed cells are always read-only) */
  locked: boolean;
}

/** The whole table. */
export interface MatrixLayout {
  rows: LayoutRow[];
  columns: LayoutColumn[];
  headerRows: HeaderCell[][];
  /** `cells[row][column]` */
  cells: LayoutCell[][];
  columnTotals: boolean;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is Bilingual => isObj(v) && typeof v.vi === 'string';
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const isCode = (v: unknown): v is string => typeof v === 'string' && v !== '' && !FORBIDDEN.has(v);

function stripGroup(label: Bilingual, group: Bilingual): Bilingual {
  const cut = (a: string | undefined, g: string | undefined): string | undefined =>
    a !== undefined && g !== undefined && a.startsWith(g + ', ') ? a.slice(g.length + 2) : a;
  const out: Bilingual = { vi: cut(label.vi, group.vi) ?? label.vi };
  if (label.en !== undefined) out.en = cut(label.en, group.en);
  return out;
}

/** The header rows: one row, or two when some columns sit under a group (colspan/rowspan). */
export function headerRows(columns: readonly LayoutColumn[]): HeaderCell[][] {
  const grouped = columns.some((c) => c.group);
  if (!grouped) return [columns.map((c, i) => ({ text: c.label, colspan: 1, rowspan: 1, column: i }))];
  const top: HeaderCell[] = [];
  const bottom: HeaderCell[] = [];
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i];
    if (!c.group) {
      top.push({ text: c.label, colspan: 1, rowspan: 2, column: i });
      continue;
    }
    const last = top[top.length - 1];
    const prev = columns[i - 1];
    if (last && last.column === undefined && prev?.group?.code === c.group.code) last.colspan++;
    else top.push({ text: c.group.label, colspan: 1, rowspan: 1 });
    bottom.push({ text: c.short, colspan: 1, rowspan: 1, column: i });
  }
  return [top, bottom];
}

/**
 * The layout of a matrix node at `pointer`, or undefined when `x-fp-matrix` is malformed.
 * @param node - the resolved object node holding `x-fp-matrix` (rows and columns expanded)
 * @param pointer - the node's JSON Pointer in the form data
 */
export function matrixLayout(node: SchemaNode, pointer: string): MatrixLayout | undefined {
  const m = node['x-fp-matrix'];
  if (!isObj(m) || !Array.isArray(m.rows) || !Array.isArray(m.columns)) return undefined;
  const rows: LayoutRow[] = [];
  for (const r of m.rows as unknown[]) {
    if (!isObj(r) || !isCode(r.code)) return undefined;
    rows.push({ code: r.code, label: isText(r.label) ? r.label : { vi: r.code }, depth: r.depth === 2 ? 2 : 1, pointer: pointer + formatPointer([r.code]) });
  }
  const columns: LayoutColumn[] = [];
  for (const c of m.columns as unknown[]) {
    if (!isObj(c) || !isCode(c.code)) return undefined;
    const label = isText(c.label) ? c.label : { vi: c.code };
    const group = isObj(c.group) && isCode(c.group.code) ? { code: c.group.code, label: isText(c.group.label) ? c.group.label : { vi: c.group.code } } : undefined;
    const type = typeof c.type === 'string' ? c.type : '';
    columns.push({ code: c.code, label, short: group ? stripGroup(label, group.label) : label, type, group, totalled: ['count', 'number', 'money'].includes(type) });
  }
  const props = isObj(node.properties) ? node.properties : {};
  const cells = rows.map((r, ri) => {
    const rowNode = Object.prototype.hasOwnProperty.call(props, r.code) && isObj(props[r.code]) ? (props[r.code] as SchemaNode) : undefined;
    const rowProps = rowNode && isObj(rowNode.properties) ? rowNode.properties : {};
    return columns.map((c, ci): LayoutCell => {
      const schema = Object.prototype.hasOwnProperty.call(rowProps, c.code) && isObj(rowProps[c.code]) ? (rowProps[c.code] as SchemaNode) : undefined;
      const kind = cellKind(schema, c.type);
      return { pointer: r.pointer + formatPointer([c.code]), row: ri, column: ci, kind, schema, locked: kind === 'computed' || schema?.readOnly === true };
    });
  });
  return { rows, columns, headerRows: headerRows(columns), cells, columnTotals: m.columnTotals === true };
}

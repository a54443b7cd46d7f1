import type { Bilingual, PackSource } from '../pack/types.js';
import { categorySet, cloneJson, copyText, ResolveError } from './lookup.js';
import type { MatrixColumn, MatrixRow, ResolvedMatrix, SchemaNode } from './resolved-form.js';
import { subRowRules } from './sub-row-rules.js';

type ColumnType = MatrixColumn['type'];
const COLUMN_TYPES: readonly ColumnType[] = ['count', 'number', 'money', 'percent', 'boolean', 'text'];

/** The JSON Schema of one matrix cell of a given measure type. */
export function cellSchema(type: ColumnType): SchemaNode {
  switch (type) {
    case 'count': return { type: 'integer', minimum: 0 };
    case 'number': return { type: 'number' };
    case 'money': return { type: 'integer', minimum: 0, 'x-fp-unit': 'VND', 'x-fp-widget': 'money' };
    case 'percent': return { type: 'number', minimum: 0, maximum: 100, 'x-fp-unit': 'percent' };
    case 'boolean': return { type: 'boolean' };
    case 'text': return { type: 'string', maxLength: 2000 };
  }
}

function columnType(v: unknown, pointer: string): ColumnType {
  if (COLUMN_TYPES.includes(v as ColumnType)) return v as ColumnType;
  throw new ResolveError({ vi: `kiểu cột không rõ ${String(v)}`, en: `unknown column type ${String(v)}` }, pointer);
}

function joinLabels(a: Bilingual, b: Bilingual): Bilingual {
  const out: Bilingual = { vi: `${a.vi}, ${b.vi}` };
  if (a.en !== undefined && b.en !== undefined) out.en = `${a.en}, ${b.en}`;
  return out;
}

/** Codes of rows a matrix hides from entry (`hiddenRows`); their cells stay valid for old data. */
function hiddenRowCodes(rows: Record<string, unknown>): Set<string> {
  return new Set(Array.isArray(rows.hiddenRows) ? (rows.hiddenRows as unknown[]).filter((c): c is string => typeof c === 'string') : []);
}

/**
 * Every row of a matrix, hidden ones and retired category items included: the cells of all of them
 * stay in the schema so old data under them is valid and readable.
 */
function allRows(pack: PackSource, rows: Record<string, unknown>, pointer: string): (MatrixRow & { retired?: boolean })[] {
  if (Array.isArray(rows.items)) {
    const items = rows.items as { code: string; label: Bilingual; parent?: string }[];
    const top = new Set<string>();
    return items.map((i, n) => {
      if (i.parent === undefined) {
        top.add(i.code);
        return { code: i.code, label: copyText(i.label), depth: 1 };
      }
      if (!top.has(i.parent)) {
        throw new ResolveError({
          vi: `dòng ${i.code}: dòng cha ${i.parent} không phải là một dòng cấp trên đứng trước`,
          en: `row ${i.code}: parent ${i.parent} is not an earlier top-level row`,
        }, `${pointer}/rows/items/${n}/parent`);
      }
      return { code: i.code, label: copyText(i.label), depth: 2, parent: i.parent };
    });
  }
  const set = categorySet(pack, rows.categorySet, `${pointer}/rows/categorySet`);
  const out: (MatrixRow & { retired?: boolean })[] = [];
  for (const item of set.items) {
    out.push({ code: item.code, label: copyText(item.label), depth: 1, ...(item.retired ? { retired: true } : {}) });
    if (rows.depth === 2) {
      for (const child of item.children ?? []) {
        const retired = item.retired === true || child.retired === true;
        out.push({ code: child.code, label: copyText(child.label), depth: 2, parent: item.code, ...(retired ? { retired: true } : {}) });
      }
    }
  }
  return out;
}

type AnyColumn = MatrixColumn & { retired?: boolean };

/** Every column of a matrix, retired ones (`x-fp-retired`, retired category items) marked. */
function expandColumns(pack: PackSource, columns: unknown[], pointer: string): AnyColumn[] {
  const out: AnyColumn[] = [];
  columns.forEach((raw, i) => {
    const c = raw as Record<string, unknown>;
    const p = `${pointer}/columns/${i}`;
    const type = columnType(c.type, `${p}/type`);
    if (c.categorySet === undefined) {
      const col: AnyColumn = { code: String(c.code), label: copyText(c.label as Bilingual), type };
      if (typeof c.computed === 'string') col.computed = c.computed;
      if (c['x-fp-retired'] === true) col.retired = true;
      out.push(col);
      return;
    }
    const ids = Array.isArray(c.categorySet) ? c.categorySet : [c.categorySet];
    const a = categorySet(pack, ids[0], `${p}/categorySet`);
    if (ids.length === 1) {
      for (const item of a.items) out.push({ code: item.code, label: copyText(item.label), type, ...(item.retired ? { retired: true } : {}) });
      return;
    }
    const b = categorySet(pack, ids[1], `${p}/categorySet`);
    for (const x of a.items) {
      for (const y of b.items) {
        out.push({
          code: `${x.code}__${y.code}`, label: joinLabels(x.label, y.label), type,
          group: { code: x.code, label: copyText(x.label) }, ...(x.retired || y.retired ? { retired: true } : {}),
        });
      }
    }
  });
  // `sum(*)`: the row's non-computed count columns offered for entry
  const counts = out.filter((c) => c.type === 'count' && c.computed === undefined && c.retired !== true).map((c) => c.code);
  for (const c of out) {
    if (c.computed !== undefined) c.computed = c.computed.replace(/sum\(\s*\*\s*\)/g, `sum(${counts.join(', ')})`);
  }
  return out;
}

/**
 * Expands an `x-fp-matrix` node into nested objects: one property per row, one per column,
 * every cell optional (missing is not zero). The node keeps `x-fp-matrix`, now fully expanded;
 * rows with a `parent` are sub-rows ("of which"), and `subRowCheck` adds their rules.
 * @param pack - the pack the category sets come from
 * @param node - the authored object node holding `x-fp-matrix`
 * @param pointer - its JSON Pointer in the authored form (for errors)
 */
export function resolveMatrix(pack: PackSource, node: SchemaNode, pointer: string): SchemaNode {
  const m = node['x-fp-matrix'] as Record<string, unknown>;
  const rowSpec = m.rows as Record<string, unknown>;
  const hidden = hiddenRowCodes(rowSpec);
  const everyRow = allRows(pack, rowSpec, `${pointer}/x-fp-matrix`);
  const everyColumn = expandColumns(pack, (m.columns as unknown[]) ?? [], `${pointer}/x-fp-matrix`);
  // Retired columns and hidden or retired rows are not offered for entry, but their cells stay
  // (read-only) so data filed before they were retired is still valid and readable.
  const rows: MatrixRow[] = everyRow.filter((r) => r.retired !== true && !hidden.has(r.code) && !(r.parent !== undefined && hidden.has(r.parent)))
    .map(({ retired: _r, ...r }) => r);
  const columns: MatrixColumn[] = everyColumn.filter((c) => c.retired !== true).map(({ retired: _r, ...c }) => c);
  const shown = new Set(rows.map((r) => r.code));
  const rowProps: Record<string, SchemaNode> = {};
  for (const r of everyRow) {
    const cells: Record<string, SchemaNode> = {};
    for (const c of everyColumn) {
      const cell: SchemaNode = { ...cellSchema(c.type), 'x-fp-label': copyText(c.label) };
      if (c.computed !== undefined) {
        cell.readOnly = true;
        cell['x-fp-computed'] = c.computed;
      }
      if (c.retired === true || !shown.has(r.code)) {
        cell.readOnly = true;
        cell['x-fp-retired'] = true;
      }
      cells[c.code] = cell;
    }
    const row: SchemaNode = {
      type: 'object', additionalProperties: false, 'x-fp-label': copyText(r.label),
      'x-fp-order': columns.map((c) => c.code), properties: cells,
    };
    if (!shown.has(r.code)) {
      row.readOnly = true;
      row['x-fp-retired'] = true;
    }
    rowProps[r.code] = row;
  }
  const resolved: ResolvedMatrix = { rows, columns, columnTotals: m.columnTotals === true };
  const out: SchemaNode = {};
  for (const [k, v] of Object.entries(node)) {
    if (k !== 'x-fp-matrix' && k !== 'properties') out[k] = cloneJson(v);
  }
  const check = m.subRowCheck;
  if (check === 'error' || check === 'warning') {
    const own = Array.isArray(out['x-fp-rules']) ? (out['x-fp-rules'] as SchemaNode[]) : [];
    out['x-fp-rules'] = [...own, ...subRowRules(resolved, check, pointer)];
  }
  return {
    ...out, type: 'object', additionalProperties: false, 'x-fp-order': rows.map((r) => r.code),
    properties: rowProps, 'x-fp-matrix': resolved,
  };
}

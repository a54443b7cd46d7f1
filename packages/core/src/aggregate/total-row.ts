/**
 * The district-wide total row of a matrix: per column, the sum over its top-level rows (sub-rows
 * are "of which" and already inside their parent). Missing is not zero: a ward without a value
 * in one of those rows makes the total incomplete and is listed, it never adds a 0.
 */
import type { Code } from '../pack/types.js';
import type { ResolvedMatrix } from '../schema/resolved-form.js';
import { topLevelRows } from '../schema/sub-row-rules.js';
import type { AggregateCell, AggregateResult, CellContributor } from './aggregate.js';

/**
 * Adds up cells of the same wards (e.g. the top-level rows of one column).
 * @param cells - the cells; `undefined` stands for a cell no ward filled in
 * @param wards - the expected wards, in order
 * @returns one cell: its sum, completeness, per-ward contributors and missing wards
 */
export function sumCells(cells: readonly (AggregateCell | undefined)[], wards: readonly Code[]): AggregateCell {
  const byWard = new Map<Code, CellContributor>();
  const missing = new Set<Code>();
  let sum: number | null = null;
  let complete = cells.length > 0;
  for (const cell of cells) {
    if (!cell) {
      complete = false;
      for (const w of wards) missing.add(w);
      continue;
    }
    complete &&= cell.complete;
    if (cell.sum !== null) sum = (sum ?? 0) + cell.sum;
    for (const w of cell.missingWards) missing.add(w);
    for (const c of cell.contributors) {
      const seen = byWard.get(c.ward);
      byWard.set(c.ward, { ward: c.ward, value: (seen?.value ?? 0) + c.value, revision: c.revision });
    }
  }
  const contributors = wards.flatMap((w) => byWard.get(w) ?? []);
  const counted = new Set(cells.flatMap((c) => c?.contributors.map((x) => x.ward) ?? []));
  return {
    sum, complete, count: wards.filter((w) => counted.has(w)).length, contributors,
    missingWards: wards.filter((w) => missing.has(w)),
  };
}

/**
 * The total row of one matrix across wards: for every numeric column, the sum over the
 * top-level rows of the district totals.
 * @param result - `aggregate()` over the form
 * @param matrixPointer - JSON Pointer of the matrix, e.g. `/so_lieu`
 * @param matrix - its resolved `x-fp-matrix` (row and column codes are identifiers: no escaping)
 * @returns cells by column code (text columns are left out)
 * @example
 * ```ts
 * matrixTotalRow(result, '/so_lieu', matrix).tong_so // { sum: 5, complete: true, … } (sub-rows not added)
 * ```
 */
export function matrixTotalRow(result: AggregateResult, matrixPointer: string, matrix: ResolvedMatrix): Record<string, AggregateCell> {
  const wards = result.wards.map((w) => w.ward);
  const rows = topLevelRows(matrix);
  const out: Record<string, AggregateCell> = {};
  for (const col of matrix.columns) {
    if (col.type === 'text') continue;
    out[col.code] = sumCells(rows.map((r) => result.cells[`${matrixPointer}/${r.code}/${col.code}`]), wards);
  }
  return out;
}

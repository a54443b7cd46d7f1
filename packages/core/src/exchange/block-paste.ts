/**
 * Where a block copied from a spreadsheet lands in a table of form cells, pasted at one cell:
 * block row i goes to the i-th visible row from there (rows hidden by `x-fp-visible-if` are not
 * seen, so they take no block row), block column j to the j-th column. Computed, read-only,
 * hidden and unsupported cells keep their value (the block's text for them is skipped); a value
 * that does not fit its cell is refused and reported, never written; what falls past the table's
 * last row or column is counted. Pure: the caller writes {@link BlockPastePlan.writes} in one
 * batch (one undo step, one save).
 */
import type { Bilingual } from '../common/bilingual.js';
import type { SchemaNode } from '../schema/resolved-form.js';
import { readCellText } from './cell-text.js';
import type { CellRefusal } from './cell-text.js';

/** One cell of the target table. */
export interface PasteTargetCell {
  pointer: string;
  kind: 'number' | 'text' | 'boolean' | 'computed' | 'unsupported';
  /** read-only (the schema's `readOnly`, or computed) */
  locked: boolean;
  /** hidden on its own (its row is visible) */
  hidden?: boolean;
  schema?: SchemaNode;
}

/** The target table: `cells[row][column]` and which rows are hidden. */
export interface PasteTarget {
  cells: readonly (readonly PasteTargetCell[])[];
  rowHidden?: readonly boolean[];
}

/** A value to write. */
export interface PasteWrite {
  pointer: string;
  value: unknown;
  row: number;
  column: number;
}

/** A block value refused by its cell. */
export interface PasteRefusal {
  pointer: string;
  row: number;
  column: number;
  text: string;
  reason: CellRefusal;
  message: Bilingual;
}

/** A non-empty cell of the block left out because its table cell takes no input. */
export interface PasteSkip {
  pointer: string;
  row: number;
  column: number;
  why: 'computed' | 'readOnly' | 'hidden' | 'unsupported';
}

/** What a paste will do. */
export interface BlockPastePlan {
  writes: PasteWrite[];
  refused: PasteRefusal[];
  skipped: PasteSkip[];
  /** non-empty block cells past the table's last row or column */
  beyondEdge: number;
}

/**
 * Plans pasting `block` (rows of cell texts, see `parseClipboardBlock`) at `[row, column]`.
 * @example
 * ```ts
 * const plan = planBlockPaste(target, [['1.234', '12,5']], { row: 0, column: 1 });
 * model.setMany(plan.writes.map((w) => [w.pointer, w.value]), { user: true });
 * ```
 */
export function planBlockPaste(target: PasteTarget, block: readonly (readonly string[])[], at: { row: number; column: number }): BlockPastePlan {
  const plan: BlockPastePlan = { writes: [], refused: [], skipped: [], beyondEdge: 0 };
  const rows = target.cells.length;
  let r = at.row;
  for (const line of block) {
    while (r < rows && target.rowHidden?.[r]) r++;
    const cells = r < rows ? target.cells[r] : undefined;
    line.forEach((text, j) => {
      const c = at.column + j;
      const cell = cells?.[c];
      if (!cell) {
        if (text.trim() !== '') plan.beyondEdge++;
        return;
      }
      const where = { pointer: cell.pointer, row: r, column: c };
      const why = skipReason(cell);
      if (why) {
        if (text.trim() !== '') plan.skipped.push({ ...where, why });
        return;
      }
      const read = readCellText(text, cell.kind === 'number' || cell.kind === 'text' || cell.kind === 'boolean' ? cell.kind : 'text', cell.schema);
      if (read.ok) plan.writes.push({ ...where, value: read.value });
      else plan.refused.push({ ...where, text, reason: read.reason, message: read.message });
    });
    r++;
  }
  return plan;
}

function skipReason(cell: PasteTargetCell): PasteSkip['why'] | undefined {
  if (cell.kind === 'computed') return 'computed';
  if (cell.kind === 'unsupported') return 'unsupported';
  if (cell.locked) return 'readOnly';
  return cell.hidden ? 'hidden' : undefined;
}

/**
 * A block copied from Excel and pasted into a matrix: where it lands (core's `planBlockPaste`)
 * and what the status under the table says (cells pasted, skipped, refused by name and why,
 * dropped past the edge). The renderer writes the values with `FormModel.setMany`, so a block is
 * one change (one save) and one undo step. Part of the run-time chunk (services/runtime.ts):
 * loaded after the form's first paint.
 */
import { DEFAULT_CLIPBOARD_LIMITS, parseClipboardBlock, planBlockPaste } from '@formplan/core';
import type { BlockPastePlan, PasteTarget } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import './paste-strings.js';
import { term } from '../../i18n/form-term.js';
import type { PasteStatus } from './matrix-paste-view.js';

export { paintPasteStatus, PasteHistory } from './matrix-paste-view.js';
export type { PasteStatus, PasteStep, RefusedCell } from './matrix-paste-view.js';

/**
 * The status of a paste, in `lang`.
 * @param nameOf - the cell's name (`Trẻ em mồ côi – Dưới 06 tuổi, Nam`) at `[row, column]`
 */
export function pasteStatus(plan: BlockPastePlan, lang: Lang, nameOf: (row: number, column: number) => string): PasteStatus {
  const lines = [term(lang, 'paste', 'done', { n: plan.writes.length })];
  if (plan.skipped.length) lines.push(term(lang, 'paste', 'skipped', { n: plan.skipped.length }));
  if (plan.beyondEdge) lines.push(term(lang, 'paste', 'beyond', { n: plan.beyondEdge }));
  if (plan.refused.length) lines.push(term(lang, 'paste', 'refused', { n: plan.refused.length }));
  const refused = plan.refused.map((r) => ({ pointer: r.pointer, name: nameOf(r.row, r.column), reason: pick(r.message, lang) }));
  return { lines, refused };
}

/** A pasted block read: the values to write (pointer, value) and the status to show. */
export interface PastePlan {
  writes: (readonly [pointer: string, value: unknown])[];
  status: PasteStatus;
}

/**
 * Reads a pasted block (tab-separated text) and plans it from the cell at `at`.
 * @param nameOf - the cell's name at `[row, column]`, for the refused cells of the status
 */
export function planPaste(text: string, target: PasteTarget, at: { row: number; column: number }, lang: Lang, nameOf: (row: number, column: number) => string): PastePlan {
  const block = parseClipboardBlock(text);
  if (!block.ok) return { writes: [], status: { lines: [term(lang, 'paste', 'tooLarge', { max: DEFAULT_CLIPBOARD_LIMITS.maxCells })], refused: [] } };
  const plan = planBlockPaste(target, block.rows, at);
  return { writes: plan.writes.map((w) => [w.pointer, w.value] as const), status: pasteStatus(plan, lang, nameOf) };
}

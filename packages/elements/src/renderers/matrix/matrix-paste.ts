/**
 * A block copied from Excel and pasted into a matrix: what the status under the table says
 * (cells pasted, skipped, refused by name and why, dropped past the edge) and the undo history of
 * pastes (one step per block). Where the block lands is core's `planBlockPaste`; the values are
 * written with `FormModel.setMany`, so a block is one change (one save) and one undo step.
 */
import type { BlockPastePlan } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import { term } from '../../i18n/form-term.js';

/** A refused cell as the status lists it: its name (row – column) and why. */
export interface RefusedCell {
  pointer: string;
  name: string;
  reason: string;
}

/** What the status shows after a paste. */
export interface PasteStatus {
  lines: string[];
  refused: RefusedCell[];
}

/**
 * The status of a paste, in `lang`.
 * @param nameOf - the cell's name (`Trẻ em mồ côi – Dưới 06 tuổi, Nam`) at `[row, column]`
 */
export function pasteStatus(plan: BlockPastePlan, lang: Lang, nameOf: (row: number, column: number) => string): PasteStatus {
  const lines = [term(lang, 'ui', 'pasteDone', { n: plan.writes.length })];
  if (plan.skipped.length) lines.push(term(lang, 'ui', 'pasteSkipped', { n: plan.skipped.length }));
  if (plan.beyondEdge) lines.push(term(lang, 'ui', 'pasteBeyond', { n: plan.beyondEdge }));
  if (plan.refused.length) lines.push(term(lang, 'ui', 'pasteRefused', { n: plan.refused.length }));
  const refused = plan.refused.map((r) => ({ pointer: r.pointer, name: nameOf(r.row, r.column), reason: pick(r.message, lang) }));
  return { lines, refused };
}

/**
 * Shows a status in its region: one paragraph per line, then the refused cells as a list whose
 * names are buttons (`data-target` is the cell's pointer) that take the user to the cell.
 */
export function paintPasteStatus(box: HTMLElement, status: PasteStatus): void {
  const parts: HTMLElement[] = status.lines.map((line) => Object.assign(document.createElement('p'), { textContent: line }));
  if (status.refused.length) {
    const list = document.createElement('ul');
    for (const r of status.refused) {
      const item = document.createElement('li');
      const go = Object.assign(document.createElement('button'), { type: 'button', textContent: r.name, className: 'paste-cell' });
      go.dataset.target = r.pointer;
      item.append(go, `: ${r.reason}`);
      list.append(item);
    }
    parts.push(list);
  }
  box.replaceChildren(...parts);
}

/** The values a paste replaced: written back, they undo it. */
export type PasteStep = (readonly [pointer: string, before: unknown])[];

/** The pastes that Ctrl+Z can undo, newest last (bounded). */
export class PasteHistory {
  private readonly steps: PasteStep[] = [];

  constructor(private readonly max = 20) {}

  get size(): number {
    return this.steps.length;
  }

  push(step: PasteStep): void {
    this.steps.push(step);
    if (this.steps.length > this.max) this.steps.shift();
  }

  pop(): PasteStep | undefined {
    return this.steps.pop();
  }

  /** Forgets every step (the user typed after the paste, or the data was replaced). */
  clear(): void {
    this.steps.length = 0;
  }
}

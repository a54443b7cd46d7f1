/**
 * What the matrix keeps of pastes with the form (the ward file): the status region's painting
 * and the undo history of pastes (one step per block), and the loading of what reads a pasted
 * block (matrix-paste.ts), which comes with the run-time chunk.
 */

import { loadRuntime } from '../../services/load-runtime.js';
import type { Runtime } from '../../services/load-runtime.js';

let pasteReader: Promise<Runtime['planPaste']> | undefined;

/** The reader of pasted blocks, from the run-time chunk: fetched once per page (again after a failure). */
export function loadPaste(): Promise<Runtime['planPaste']> {
  pasteReader ??= loadRuntime().then((r) => r.planPaste, (err: unknown) => {
    pasteReader = undefined;
    throw err;
  });
  return pasteReader;
}

/**
 * Resolves once the reader of pasted blocks is loaded: a matrix connected before then reads a
 * paste at once (an earlier paste is read when the reader arrives). Rejects when it cannot load.
 */
export function pasteReaderReady(): Promise<void> {
  return loadPaste().then(() => undefined);
}

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

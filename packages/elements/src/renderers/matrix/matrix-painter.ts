/**
 * Paints model state into an already rendered matrix table, one cell at a time: input values,
 * computed outputs, column totals, errors and hidden rows. The table structure is rendered by
 * Lit only when it changes; a keystroke repaints only the cells whose state moved.
 */
import type { FieldError, FormModel, PasteTarget } from '@formplan/core';
import { syncBooleanInput } from '../../cells/boolean-cell.js';
import { paintComputed } from '../../cells/computed-cell.js';
import { syncNumberInput } from '../../cells/number-cell.js';
import { syncTextInput } from '../../cells/text-cell.js';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import type { LayoutCell, MatrixLayout } from './matrix-layout.js';

/** A rendered cell: its layout and its DOM. */
export interface CellRef extends LayoutCell {
  td: HTMLTableCellElement;
  /** the input (number, text, boolean) or the output span (computed) */
  el: HTMLElement;
  error: HTMLElement;
  /** what the error region shows now (to skip unchanged cells) */
  errorKey: string;
  /** the computed state last painted (the model keeps the object until it recomputes) */
  painted?: unknown;
  /** whether the cell is hidden now */
  hiddenNow?: boolean;
}

/** What a repaint reports, for announcing new errors. */
export interface PaintReport {
  /** cells that now show an error they did not show before */
  newErrors: CellRef[];
}

const errorText = (errs: readonly FieldError[], lang: Lang): string => errs.map((e) => pick(e.message, lang)).join(' ');

/** Paints one matrix table. */
export class MatrixPainter {
  readonly byPointer = new Map<string, CellRef>();
  readonly grid: CellRef[][];
  private readonly computed: CellRef[] = [];
  /** cells showing an error now */
  private readonly withErrors = new Set<CellRef>();
  private readonly rowHidden: boolean[] = [];

  /**
   * @param layout - the layout the table was rendered from
   * @param table - the rendered table (`tbody` rows follow `layout.rows`)
   */
  constructor(
    readonly layout: MatrixLayout,
    readonly table: HTMLTableElement,
  ) {
    const body = table.tBodies[0];
    this.grid = layout.cells.map((row, i) =>
      row.map((cell, j) => {
        const td = body.rows[i].cells[j + 1];
        const ref: CellRef = { ...cell, td, el: td.querySelector<HTMLElement>('[data-pointer]')!, error: td.querySelector<HTMLElement>('.cell-error')!, errorKey: '' };
        this.byPointer.set(cell.pointer, ref);
        if (ref.kind === 'computed') this.computed.push(ref);
        return ref;
      }),
    );
  }

  /** Shows the model value of one cell. */
  paintValue(ref: CellRef, model: FormModel, lang: Lang): void {
    if (ref.kind === 'computed') {
      const computed = model.computedState(ref.pointer);
      const value = computed ? undefined : model.get(ref.pointer);
      const key = computed ?? String(value);
      if (ref.painted === key && ref.el.dataset.lang === lang) return;
      ref.painted = key;
      ref.el.dataset.lang = lang;
      paintComputed(ref.el, computed ?? { value, incomplete: value === undefined }, lang);
      return;
    }
    const value = model.get(ref.pointer);
    switch (ref.kind) {
      case 'number':
        syncNumberInput(ref.el as HTMLInputElement, value);
        break;
      case 'text':
        syncTextInput(ref.el as HTMLInputElement, value);
        break;
      case 'boolean':
        syncBooleanInput(ref.el as HTMLInputElement, value);
        break;
      default:
        break;
    }
  }

  /** Shows every computed cell (their incomplete flags can change without their value). */
  paintComputedCells(model: FormModel, lang: Lang): void {
    for (const ref of this.computed) this.paintValue(ref, model, lang);
  }

  /** Shows the column totals (all of them, or the columns listed). */
  paintTotals(model: FormModel, pointer: string, lang: Lang, columns?: Iterable<number>): void {
    const foot = this.table.tFoot;
    if (!foot || !this.layout.columnTotals) return;
    const list = columns ? [...columns] : this.layout.columns.map((_, j) => j);
    for (const j of list) {
      const col = this.layout.columns[j];
      if (!col?.totalled) continue;
      const out = foot.rows[0]?.cells[j + 1]?.querySelector<HTMLElement>('.total');
      if (out) paintComputed(out, model.columnTotal(pointer, col.code), lang);
    }
  }

  /**
   * Shows each cell's visible errors: message under the input, `aria-invalid`, and
   * `aria-describedby` to the message. Cells whose errors did not change are not touched.
   * @param visible - the model's visible errors (computed once per change by the caller)
   */
  paintErrors(visible: readonly FieldError[], lang: Lang, force = false): PaintReport {
    const newErrors: CellRef[] = [];
    // Visit only cells that show an error now or did before (errors are few; cells are many).
    const visit = new Set<CellRef>(force ? this.grid.flat() : this.withErrors);
    const at = new Map<string, FieldError[]>();
    for (const e of visible) {
      const ref = this.byPointer.get(e.pointer);
      if (!ref) continue;
      visit.add(ref);
      const list = at.get(e.pointer);
      if (list) list.push(e);
      else at.set(e.pointer, [e]);
    }
    for (const ref of visit) {
      const errs = at.get(ref.pointer) ?? [];
      const key = errs.length ? `${lang}|${errs.map((e) => `${e.severity}:${e.keyword}:${e.message.vi}`).join('|')}` : '';
      if (key === ref.errorKey && !force) continue;
      if (key && !ref.errorKey) newErrors.push(ref);
      ref.errorKey = key;
      if (key) this.withErrors.add(ref);
      else this.withErrors.delete(ref);
      const isError = errs.some((e) => e.severity === 'error');
      ref.error.textContent = errorText(errs, lang);
      ref.error.hidden = errs.length === 0;
      ref.td.classList.toggle('invalid', isError);
      ref.td.classList.toggle('warning', errs.length > 0 && !isError);
      if (errs.length) ref.el.setAttribute('aria-describedby', ref.error.id);
      else ref.el.removeAttribute('aria-describedby');
      if (ref.kind !== 'computed') ref.el.setAttribute('aria-invalid', isError ? 'true' : 'false');
    }
    return { newErrors };
  }

  /** Hides rows (and single cells) hidden by `x-fp-visible-if`. */
  paintHidden(model: FormModel): void {
    const body = this.table.tBodies[0];
    this.layout.rows.forEach((r, i) => {
      const hidden = model.isHidden(r.pointer);
      if (this.rowHidden[i] !== hidden) {
        this.rowHidden[i] = hidden;
        body.rows[i].hidden = hidden;
      }
      for (const ref of this.grid[i]) {
        const h = !hidden && model.isHidden(ref.pointer);
        if (ref.hiddenNow !== h) {
          ref.hiddenNow = h;
          ref.el.hidden = h;
        }
      }
    });
  }

  /** The table as a paste sees it: each cell's kind, lock and visibility now, and the hidden rows. */
  pasteTarget(): PasteTarget {
    return {
      cells: this.grid.map((row) => row.map((ref) => ({ pointer: ref.pointer, kind: ref.kind, locked: ref.locked, hidden: !!ref.hiddenNow, schema: ref.schema }))),
      rowHidden: this.layout.rows.map((_, i) => !!this.rowHidden[i]),
    };
  }

  /** Whether a cell takes keyboard focus (an input in a visible row). */
  focusable(row: number, column: number): boolean {
    const ref = this.grid[row]?.[column];
    if (!ref || ref.hiddenNow || this.rowHidden[row]) return false;
    return ref.el instanceof HTMLInputElement && !ref.el.disabled;
  }
}

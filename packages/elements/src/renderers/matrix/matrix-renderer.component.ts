import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { hasKeyword, isClipboardBlock, rankWith } from '@formplan/core';
import type { FieldError, ModelChange } from '@formplan/core';
import { ModelController } from '../../controllers/model-controller.js';
import { numberFromText, syncNumberInput } from '../../cells/number-cell.js';
import { pick } from '../../i18n/lang.js';
import { FEEDBACK_ID, FpControlBase, HELP_ID } from '../control-base.js';
import { moveFor, moveTarget } from './matrix-keyboard.js';
import { matrixLayout } from './matrix-layout.js';
import type { LayoutCell, MatrixLayout } from './matrix-layout.js';
import { MatrixPainter } from './matrix-painter.js';
import type { CellRef } from './matrix-painter.js';
import { matrixStyles } from './matrix-renderer.styles.js';
import { loadPaste, paintPasteStatus, PasteHistory } from './matrix-paste-view.js';
import type { Runtime } from '../../services/load-runtime.js';
import { emit } from '../../events/emit.js';
import { term } from '../../i18n/form-term.js';

/** Renders nodes carrying a resolved `x-fp-matrix` (rank 6). */
export const matrixTester = rankWith(6, hasKeyword('x-fp-matrix'));

const KEYS_ID = 'keys';
const ANNOUNCE_ID = 'announce';
const PASTE_ID = 'paste-status';

/**
 * @summary The official-looking table of a matrix (rows × columns of a report form), with live
 * row totals (the form's computed column) and column totals, cell errors and spreadsheet-like
 * keyboard movement.
 *
 * The table structure is rendered by Lit only when the schema, language or read-only state
 * change; edits repaint only the cells the model reports as changed (plus computed cells,
 * totals of the touched columns and cells whose errors changed).
 *
 * Keyboard: one cell is in the Tab order (roving focus). Up/Down, Enter/Shift+Enter always
 * move; Left/Right when the caret is at the start/end of the text (or it is all selected);
 * Home/End to the row's first/last cell (same caret rule); Ctrl+Home/End to the table's
 * first/last cell. Computed cells are skipped (a click focuses one, so that a block copied with
 * the printed layout, its Tổng số column first, can be pasted from there; arrows move on from it).
 *
 * Paste: a block copied from Excel (tab-separated text; one copied cell ends with a newline)
 * pasted into a cell fills the block from there as one change (core `planBlockPaste`,
 * `FormModel.setMany`): computed, read-only and hidden cells are skipped, rows hidden by
 * `x-fp-visible-if` take no block row, values that do not fit their cell are refused and listed
 * by name under the table (a polite status), empty cells clear. Ctrl+Z in the table (or the
 * "Hoàn tác dán" button) restores the block while the paste is the last edit in the table. Text
 * without a tab or newline is pasted by the browser into the one input, as usual.
 * @csspart label - the table's title
 * @csspart scroller - the scroll container (a focusable region)
 * @csspart table - the table
 * @csspart header-cell - a column header
 * @csspart row-header - a row header
 * @csspart cell - a body cell
 * @csspart total-row - the column totals row
 * @csspart feedback - the errors about the whole table
 * @csspart paste-status - what the last paste did (cells pasted, skipped, refused and why)
 * @csspart paste-undo - the button undoing the last paste
 * @cssproperty --fp-matrix-border - cell borders
 * @cssproperty --fp-matrix-header-bg - header background
 * @cssproperty --fp-matrix-cell-width - minimum width of a value column
 * @cssproperty --fp-matrix-row-header-width - width of the row header column
 * @cssproperty --fp-matrix-max-height - height of the scroll container
 * @cssproperty --fp-matrix-computed-bg - background of computed cells
 * @cssproperty --fp-matrix-total-bg - background of the totals row
 * @cssproperty --fp-matrix-font-size - font size of the table
 * @event fp-change - the user changed a cell (path is the cell's pointer) or pasted a block (path is the table's)
 */
export class FpMatrixRenderer extends FpControlBase {
  static override styles = [FpControlBase.styles, matrixStyles];

  private layoutCache?: { schema: unknown; pointer: string; layout: MatrixLayout | undefined };
  private painter?: MatrixPainter;
  /** paints each model change into the cells (the table itself is rendered only on structure changes) */
  private readonly cells = new ModelController(this, { model: () => this.model, onChange: (change) => this.onModelChange(change) });
  /** the cell in the Tab order */
  private activePointer = '';
  /** the pastes Ctrl+Z can undo (cleared when the user types in the table or the data is replaced) */
  private readonly pastes = new PasteHistory();
  /** reads a pasted block (matrix-paste.ts), from the run-time chunk fetched after the first paint */
  private planPaste?: Runtime['planPaste'];

  /** The table layout of the current schema node (cached per schema object and pointer). */
  get layout(): MatrixLayout | undefined {
    const c = this.layoutCache;
    if (c && c.schema === this.schema && c.pointer === this.pointer) return c.layout;
    const layout = matrixLayout(this.schema, this.pointer);
    this.layoutCache = { schema: this.schema, pointer: this.pointer, layout };
    return layout;
  }

  override render() {
    const layout = this.layout;
    if (!layout) return html`<div role="note" class="unsupported">${term(this.lang, 'ui', 'unsupported', { path: this.pointer || '/' })}</div>`;
    const label = this.label;
    const described = [this.help ? HELP_ID : '', KEYS_ID, FEEDBACK_ID].filter(Boolean).join(' ');
    return html`<div class="caption" id="caption" part="label">${label}</div>
      ${this.help ? html`<div class="help" id=${HELP_ID} part="help">${this.help}</div>` : nothing}
      <p class="sr-only" id=${KEYS_ID}>${term(this.lang, 'ui', 'matrixKeys')}</p>
      <div class="scroller" part="scroller" role="region" tabindex="0" aria-label=${label} aria-describedby=${described}>
        <table
          part="table"
          aria-labelledby="caption"
          @input=${this.onInput}
          @change=${this.onChange}
          @keydown=${this.onKeydown}
          @paste=${this.onPaste}
          @focusin=${this.onFocusin}
          @focusout=${this.onFocusout}
        >
          <thead>${layout.headerRows.map((row, i) => html`<tr>${i === 0 ? html`<th class="corner" part="header-cell" scope="col" rowspan=${layout.headerRows.length}>${term(this.lang, 'ui', 'matrixRowHeader')}</th>` : nothing}${row.map((h) => html`<th part="header-cell" scope="col" colspan=${h.colspan} rowspan=${h.rowspan} id=${h.column === undefined ? nothing : `h-c-${h.column}`}>${pick(h.text, this.lang)}</th>`)}</tr>`)}</thead>
          <tbody>${layout.rows.map((r, i) => html`<tr class=${`depth-${r.depth}`}><th part="row-header" scope="row" id=${`h-r-${i}`}>${pick(r.label, this.lang)}</th>${layout.cells[i].map((c) => this.renderCell(c, layout))}</tr>`)}</tbody>
          ${layout.columnTotals
            ? html`<tfoot><tr part="total-row"><th scope="row">${term(this.lang, 'ui', 'total')}</th>${layout.columns.map((c) => html`<td>${c.totalled ? html`<span class="total" data-column=${c.code} aria-label=${`${term(this.lang, 'ui', 'total')} – ${pick(c.label, this.lang)}`}><span class="v"></span><span class="m" hidden></span></span>` : nothing}</td>`)}</tr></tfoot>`
            : nothing}
        </table>
      </div>
      <div class="feedback" id=${FEEDBACK_ID} part="feedback" aria-live="polite"></div>
      <div class="sr-only" id=${ANNOUNCE_ID} role="status" aria-live="polite"></div>
      <div class="paste-status" id=${PASTE_ID} part="paste-status" role="status" aria-live="polite" @click=${this.onPasteStatusClick}></div>
      <button type="button" class="paste-undo" part="paste-undo" hidden @click=${this.onUndoClick}>${term(this.lang, 'ui', 'pasteUndo')}</button>`;
  }

  private renderCell(c: LayoutCell, layout: MatrixLayout): TemplateResult {
    const name = `${pick(layout.rows[c.row].label, this.lang)} – ${pick(layout.columns[c.column].label, this.lang)}`;
    const errId = `e-${c.row}-${c.column}`;
    const locked = this.readonly || c.locked;
    let control: TemplateResult;
    switch (c.kind) {
      case 'number':
        control = html`<input type="text" inputmode=${c.schema?.type === 'integer' ? 'numeric' : 'decimal'} autocomplete="off" tabindex="-1" data-pointer=${c.pointer} aria-label=${name} ?readonly=${locked} />`;
        break;
      case 'text':
        control = html`<input type="text" autocomplete="off" tabindex="-1" data-pointer=${c.pointer} aria-label=${name} ?readonly=${locked} />`;
        break;
      case 'boolean':
        control = html`<input type="checkbox" tabindex="-1" data-pointer=${c.pointer} aria-label=${name} ?disabled=${locked} />`;
        break;
      case 'computed':
        // focusable by a click (not by Tab nor arrows): a block copied with the Excel layout is pasted from here
        control = html`<span class="out" tabindex="-1" data-pointer=${c.pointer} title=${term(this.lang, 'ui', 'computed')}><span class="v"></span><span class="m" hidden></span></span>`;
        break;
      default:
        control = html`<span class="unsupported" data-pointer=${c.pointer} title=${term(this.lang, 'ui', 'unsupported', { path: c.pointer })}>—</span>`;
    }
    return html`<td part="cell" class=${c.kind}>${control}<div class="cell-error" id=${errId} hidden></div></td>`;
  }

  /** Repaints only when the structure changed; model changes are painted cell by cell. */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    return changed.size > 0 || !this.hasUpdated;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const layout = this.layout;
    const table = this.renderRoot.querySelector('table');
    this.painter = layout && table ? new MatrixPainter(layout, table) : undefined;
    this.paintAll();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.paintAll();
    // fetched while the table paints, so that a paste is read at once (a failure is told on paste)
    if (!this.planPaste) loadPaste().then((plan) => (this.planPaste = plan), () => undefined);
  }

  protected override get showsValue(): boolean {
    return false;
  }

  /** Paints every cell, total, error and hidden row from the model. */
  private paintAll(): void {
    const p = this.painter;
    const m = this.model;
    this.toggleAttribute('hidden', !!m?.isHidden(this.pointer));
    if (!p || !m) return;
    for (const row of p.grid) for (const ref of row) p.paintValue(ref, m, this.lang);
    p.paintTotals(m, this.pointer, this.lang);
    p.paintHidden(m);
    const visible = m.visibleErrors();
    p.paintErrors(visible, this.lang, true);
    this.paintTableErrors(visible);
    this.setActive(p.byPointer.get(this.activePointer) ?? this.firstFocusable());
  }

  private onModelChange(change: ModelChange): void {
    const p = this.painter;
    const m = this.model;
    if (!p || !m) return;
    if (!change.user && change.changed.length) this.forgetPastes();
    const base = this.pointer;
    let all = false;
    const columns = new Set<number>();
    for (const ptr of change.changed) {
      if (ptr === base || ptr === '' || base.startsWith(ptr + '/')) {
        all = true;
        break;
      }
      if (!ptr.startsWith(base + '/')) continue;
      const ref = p.byPointer.get(ptr);
      if (!ref) {
        all = true;
        break;
      }
      p.paintValue(ref, m, this.lang);
      columns.add(ref.column);
    }
    if (all) {
      this.paintAll();
      return;
    }
    this.toggleAttribute('hidden', m.isHidden(base));
    if (change.changed.length) {
      p.paintComputedCells(m, this.lang);
      p.paintTotals(m, base, this.lang, columns);
      p.paintHidden(m);
    }
    const visible = m.visibleErrors();
    const { newErrors } = p.paintErrors(visible, this.lang);
    this.paintTableErrors(visible);
    const spoken = newErrors.find((r) => r.pointer === this.activePointer || change.changed.includes(r.pointer));
    if (spoken) this.announce(`${spoken.el.getAttribute('aria-label') ?? ''}: ${spoken.error.textContent ?? ''}`);
  }

  /** Errors about the table itself, its rows or unknown cells: shown under the table. */
  private paintTableErrors(visible: readonly FieldError[]): void {
    const box = this.renderRoot.querySelector<HTMLElement>(`#${FEEDBACK_ID}`);
    const region = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (!box || !region) return;
    const base = this.pointer;
    const mine = visible.filter((e) => e.pointer === base || (e.pointer.startsWith(base + '/') && !this.painter?.byPointer.has(e.pointer)));
    const text = mine.map((e) => pick(e.message, this.lang)).join('\n');
    if (box.textContent !== text) box.replaceChildren(...mine.map((e) => Object.assign(document.createElement('div'), { textContent: pick(e.message, this.lang) })));
    region.setAttribute('aria-invalid', mine.some((e) => e.severity === 'error') ? 'true' : 'false');
  }

  private announce(text: string): void {
    const live = this.renderRoot.querySelector<HTMLElement>(`#${ANNOUNCE_ID}`);
    if (live) live.textContent = text;
  }

  private firstFocusable(): CellRef | undefined {
    const p = this.painter;
    if (!p) return undefined;
    const at = moveTarget((r, c) => p.focusable(r, c), p.grid.length, p.layout.columns.length, [0, 0], 'first');
    return at ? p.grid[at[0]][at[1]] : undefined;
  }

  /** Puts one cell in the Tab order (roving focus). */
  private setActive(ref: CellRef | undefined): void {
    const p = this.painter;
    if (!p) return;
    const old = p.byPointer.get(this.activePointer);
    if (old && old !== ref) old.el.tabIndex = -1;
    if (ref && ref.el instanceof HTMLInputElement) {
      ref.el.tabIndex = 0;
      this.activePointer = ref.pointer;
    }
  }

  private refOf(e: Event): CellRef | undefined {
    const el = e.target as HTMLElement | null;
    const ptr = el?.dataset?.pointer;
    return ptr === undefined ? undefined : this.painter?.byPointer.get(ptr);
  }

  private onInput = (e: Event): void => {
    const ref = this.refOf(e);
    if (!ref || (ref.kind !== 'number' && ref.kind !== 'text') || this.readonly || ref.locked) return;
    const text = (ref.el as HTMLInputElement).value;
    this.forgetPastes();
    this.commit(ref.kind === 'number' ? numberFromText(text) : text, ref.pointer);
  };

  private onChange = (e: Event): void => {
    const ref = this.refOf(e);
    if (!ref || ref.kind !== 'boolean' || this.readonly || ref.locked) return;
    this.commit((ref.el as HTMLInputElement).checked, ref.pointer);
  };

  private onFocusin = (e: FocusEvent): void => {
    const ref = this.refOf(e);
    if (ref) this.setActive(ref);
  };

  private onFocusout = (e: FocusEvent): void => {
    const ref = this.refOf(e);
    if (!ref || !(ref.el instanceof HTMLInputElement) || !this.model) return;
    if (ref.kind === 'number') syncNumberInput(ref.el, this.model.get(ref.pointer));
    this.touch(ref.pointer);
  };

  private onKeydown = (e: KeyboardEvent): void => {
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'z' && this.pastes.size) {
      e.preventDefault();
      this.undoPaste();
      return;
    }
    const ref = this.refOf(e);
    const p = this.painter;
    if (!ref || !p) return;
    const input = ref.el;
    const caret = !(input instanceof HTMLInputElement) || input.type === 'checkbox'
      ? { value: '', selectionStart: null, selectionEnd: null }
      : { value: input.value, selectionStart: input.selectionStart, selectionEnd: input.selectionEnd };
    const move = moveFor(e, caret);
    if (!move) return;
    const at = moveTarget((r, c) => p.focusable(r, c), p.grid.length, p.layout.columns.length, [ref.row, ref.column], move);
    e.preventDefault();
    if (at) this.focusCell(p.grid[at[0]][at[1]]);
  };

  private focusCell(ref: CellRef): void {
    const input = ref.el as HTMLInputElement;
    this.setActive(ref);
    input.focus();
    if (input.type === 'text') input.select();
  }

  // ---- Paste of a block from Excel ----

  private onPaste = (e: ClipboardEvent): void => {
    const ref = this.refOf(e);
    const p = this.painter;
    const m = this.model;
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (!ref || !p || !m || !isClipboardBlock(text)) return; // a bit of text: the browser pastes it into the input
    e.preventDefault();
    if (this.readonly) {
      this.showPaste({ lines: [term(this.lang, 'ui', 'pasteLocked')], refused: [] });
      return;
    }
    const at = { row: ref.row, column: ref.column };
    if (this.planPaste) {
      this.pasteBlock(this.planPaste, text, at);
      return;
    }
    // the first paste before the run-time chunk arrived (it is fetched after the first paint)
    loadPaste().then((plan) => {
      this.planPaste = plan;
      if (!this.readonly) this.pasteBlock(plan, text, at);
    }, (err: unknown) => this.showPaste({ lines: [term(this.lang, 'ui', 'codeFailed', { detail: String(err) })], refused: [] }));
  };

  /** Writes a pasted block from the cell at `at` as one change and one undo step, and shows its status. */
  private pasteBlock(planPaste: Runtime['planPaste'], text: string, at: { row: number; column: number }): void {
    const p = this.painter;
    const m = this.model;
    if (!p || !m) return;
    const { writes, status } = planPaste(text, p.pasteTarget(), at, this.lang, (r, c) => p.grid[r][c].el.getAttribute('aria-label') ?? p.grid[r][c].pointer);
    if (writes.length) {
      const before = writes.map(([pointer]) => [pointer, m.get(pointer)] as const);
      m.setMany(writes, { user: true });
      this.pastes.push(before);
      emit(this, 'fp-change', { path: this.pointer, value: m.get(this.pointer), isTriggeredByUser: true });
    }
    this.showPaste(status);
  }

  /** Restores the values the last paste replaced (one step), as one change. */
  private undoPaste(): void {
    const step = this.pastes.pop();
    const m = this.model;
    if (!step || !m || this.readonly) return;
    m.setMany(step, { user: true });
    emit(this, 'fp-change', { path: this.pointer, value: m.get(this.pointer), isTriggeredByUser: true });
    this.showPaste({ lines: [term(this.lang, 'ui', 'pasteUndone', { n: step.length })], refused: [] });
  }

  private forgetPastes(): void {
    if (!this.pastes.size) return;
    this.pastes.clear();
    this.paintUndoButton();
  }

  private showPaste(status: Parameters<typeof paintPasteStatus>[1]): void {
    const box = this.renderRoot.querySelector<HTMLElement>(`#${PASTE_ID}`);
    if (box) paintPasteStatus(box, status);
    this.paintUndoButton();
  }

  private paintUndoButton(): void {
    const undo = this.renderRoot.querySelector<HTMLButtonElement>('.paste-undo');
    if (undo) undo.hidden = this.pastes.size === 0 || this.readonly;
  }

  private onUndoClick = (): void => {
    this.undoPaste();
    const ref = this.painter?.byPointer.get(this.activePointer);
    if (ref) this.focusCell(ref);
  };

  /** A refused cell's name in the status takes the user to that cell. */
  private onPasteStatusClick = (e: Event): void => {
    const target = (e.target as HTMLElement | null)?.closest<HTMLElement>('[data-target]')?.dataset.target;
    const ref = target === undefined ? undefined : this.painter?.byPointer.get(target);
    if (ref && this.painter?.focusable(ref.row, ref.column)) this.focusCell(ref);
  };
}

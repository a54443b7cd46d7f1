/**
 * `<fp-editor-matrix>`: a matrix field edited as a grid that looks like the form's table: the
 * row headers come from the category set, the column headers from the measures and the column
 * category sets. Arrow keys move between header cells (Left/Right along the columns, Up/Down
 * along the rows), Enter opens a column's actions: add a column before/after, rename, retire or
 * restore, move left/right. Each row can be hidden or shown; the rows' set and the totals row
 * are chosen above the grid.
 */
import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  addMatrixColumn, columnKey, hideMatrixRow, moveMatrixColumn, retireMatrixColumn, setMatrixColumn, setMatrixRows,
  setMatrixTotals, unescapePointerToken,
} from '@formplan/core';
import type { Bilingual, CategorySet, EditCommand, EditSession, MeasureType, PackProblem, PackSource } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import { pick, toLang } from '../../i18n/lang.js';
import { term } from '../../i18n/term.js';
import { srOnlyStyles } from '../../styles/sr-only-styles.js';
import { tokenStyles } from '../../styles/tokens.js';
import { bilingual, inputValue, tryApply } from './apply.js';
import { editorStyles } from './editor.styles.js';
import { matrixStyles } from './matrix-grid.styles.js';
import { problemAttrs, problemsAt, renderProblemsAt } from './problems-at.js';
import { ReorderController } from './reorder.js';

type Node = Record<string, unknown>;
interface Column { key: string; node: Node; label: string; span: number; retired: boolean; explicit: boolean }
interface Row { code: string; label: string; depth: 1 | 2; hidden: boolean }
type Mode = { kind: 'actions' } | { kind: 'add'; at: number } | { kind: 'rename' };
const NEW_TYPES = ['count', 'number', 'percent'] as const satisfies readonly MeasureType[];

function columnsOf(doc: PackSource, m: Node, lang: Lang): Column[] {
  const sets = (id: unknown) => doc.categorySets.find((s) => s.id === id);
  return ((m.columns ?? []) as Node[]).map((c) => {
    if (typeof c.code === 'string') {
      return { key: c.code, node: c, label: pick(c.label as Bilingual, lang) || c.code, span: 1, retired: c['x-fp-retired'] === true, explicit: true };
    }
    const ids = Array.isArray(c.categorySet) ? (c.categorySet as string[]) : [String(c.categorySet)];
    const found = ids.map((id) => sets(id));
    const span = found.reduce((n, s) => n * Math.max(1, s?.items.length ?? 1), 1);
    const names = found.map((s, i) => (s ? pick(s.title, lang) : ids[i])).join(' × ');
    return { key: columnKey(c), node: c, label: term(lang, 'editor', 'columnGroup', { sets: names, n: span }), span, retired: false, explicit: false };
  });
}

function rowsOf(set: CategorySet | undefined, m: Node, lang: Lang): Row[] {
  const rows = (m.rows ?? {}) as Node;
  const hidden = new Set(Array.isArray(rows.hiddenRows) ? (rows.hiddenRows as string[]) : []);
  const out: Row[] = [];
  for (const item of set?.items ?? []) {
    out.push({ code: item.code, label: pick(item.label, lang), depth: 1, hidden: hidden.has(item.code) });
    if (rows.depth === 2) for (const c of item.children ?? []) out.push({ code: c.code, label: pick(c.label, lang), depth: 2, hidden: hidden.has(c.code) });
  }
  return out;
}

/** @summary A matrix field of a draft form, edited in place as a grid. */
export class FpEditorMatrix extends LitElement {
  static override styles = [tokenStyles, srOnlyStyles, editorStyles, matrixStyles];

  @property({ attribute: false }) session?: EditSession;
  @property() override lang = '';
  @property({ attribute: 'form-id' }) formId = '';
  /** index of the form in the pack (for the pack pointers of the places) */
  @property({ attribute: 'form-index', type: Number }) formIndex = 0;
  /** the data pointer of the matrix field, e.g. `/so_lieu` */
  @property({ attribute: 'field-pointer' }) fieldPointer = '';
  @property({ attribute: false }) problems: readonly PackProblem[] = [];

  /** the header cell that takes Tab (`c<i>` column, `r<i>` row) */
  @state() private active = 'c0';
  /** the column whose actions are open */
  @state() private openColumn = -1;
  @state() private mode: Mode = { kind: 'actions' };
  @state() private error = '';
  private readonly reorder = new ReorderController(this, () => toLang(this.lang));
  private focusAfter = '';

  private get fieldNode(): Node | undefined {
    const form = this.session?.doc.forms.find((f) => f['x-fp-id'] === this.formId);
    return (form?.properties as Record<string, Node> | undefined)?.[unescapePointerToken(this.fieldPointer.slice(1))];
  }

  private get base(): string {
    return `/forms/${this.formIndex}/properties${this.fieldPointer}/x-fp-matrix`;
  }

  private apply(cmd: () => EditCommand): boolean {
    if (!this.session) return false;
    const r = tryApply(this.session, cmd, toLang(this.lang));
    this.error = r.ok ? '' : r.message;
    if (r.ok) this.requestUpdate();
    return r.ok;
  }

  protected override updated(): void {
    if (!this.focusAfter) return;
    const sel = this.focusAfter;
    this.focusAfter = '';
    this.renderRoot.querySelector<HTMLElement>(sel)?.focus();
  }

  private focusCell(id: string): void {
    this.active = id;
    this.focusAfter = `[data-cell="${id}"]`;
  }

  private onGridKey(e: KeyboardEvent, columns: number, rows: number): void {
    const kind = this.active[0];
    const i = Number(this.active.slice(1));
    let next = '';
    if (kind === 'c') {
      if (e.key === 'ArrowRight') next = `c${Math.min(columns - 1, i + 1)}`;
      else if (e.key === 'ArrowLeft') next = `c${Math.max(0, i - 1)}`;
      else if (e.key === 'Home') next = 'c0';
      else if (e.key === 'End') next = `c${columns - 1}`;
      else if (e.key === 'ArrowDown' && rows > 0) next = 'r0';
    } else {
      if (e.key === 'ArrowDown') next = `r${Math.min(rows - 1, i + 1)}`;
      else if (e.key === 'ArrowUp') next = i === 0 ? 'c0' : `r${i - 1}`;
      else if (e.key === 'Home') next = 'r0';
      else if (e.key === 'End') next = `r${rows - 1}`;
    }
    if (!next) return;
    e.preventDefault();
    this.focusCell(next);
  }

  private openActions(i: number): void {
    this.openColumn = this.openColumn === i && this.mode.kind === 'actions' ? -1 : i;
    this.mode = { kind: 'actions' };
    this.error = '';
    this.active = `c${i}`;
    this.focusAfter = this.openColumn >= 0 ? '.col-actions button' : `[data-cell="c${i}"]`;
  }

  private close(): void {
    const i = this.openColumn;
    this.openColumn = -1;
    this.mode = { kind: 'actions' };
    this.error = '';
    this.focusCell(`c${Math.max(0, i)}`);
  }

  private addColumn(e: SubmitEvent, at: number): void {
    e.preventDefault();
    const v = Object.fromEntries([...new FormData(e.target as HTMLFormElement)].map(([k, x]) => [k, String(x)]));
    const column = { code: (v.code ?? '').trim(), label: bilingual(v.vi ?? '', v.en), type: (v.type || 'count') as MeasureType };
    if (this.apply(() => addMatrixColumn(this.formId, this.fieldPointer, column, at))) {
      this.openColumn = -1;
      this.mode = { kind: 'actions' };
      this.focusCell(`c${at}`);
    }
  }

  private rename(e: SubmitEvent, col: Column): void {
    e.preventDefault();
    const v = Object.fromEntries([...new FormData(e.target as HTMLFormElement)].map(([k, x]) => [k, String(x)]));
    if (this.apply(() => setMatrixColumn(this.formId, this.fieldPointer, col.key, { label: bilingual(v.vi ?? '', v.en) }))) this.close();
  }

  private move(col: Column, from: number, to: number, count: number): void {
    if (to < 0 || to >= count) return;
    if (!this.apply(() => moveMatrixColumn(this.formId, this.fieldPointer, col.key, to))) return;
    this.openColumn = to;
    this.active = `c${to}`;
    this.reorder.moved({ key: col.key, name: col.label, index: from, count }, to, to < from ? 'up' : 'down');
  }

  private renderActions(lang: Lang, cols: Column[]): TemplateResult | typeof nothing {
    const i = this.openColumn;
    const col = cols[i];
    if (!col) return nothing;
    const t = (k: Parameters<typeof term<'editor'>>[2]) => term(lang, 'editor', k);
    const keys = (e: KeyboardEvent) => { if (e.key === 'Escape') { e.preventDefault(); this.close(); } };
    if (this.mode.kind === 'add') {
      const at = this.mode.at;
      return html`<form class="col-actions" aria-label=${term(lang, 'editor', 'newColumnAt', { n: at + 1 })} @keydown=${keys} @submit=${(e: SubmitEvent) => this.addColumn(e, at)}>
        <label>${t('code')}<input name="code" required autocomplete="off" data-first></label>
        <div class="pair"><label>${t('labelVi')}<input name="vi" required></label><label>${t('labelEn')}<input name="en"></label></div>
        <label>${t('type')}<select name="type">${NEW_TYPES.map((x) => html`<option value=${x}>${term(lang, 'editor', `colType.${x}`)}</option>`)}</select></label>
        ${this.error ? html`<p class="alert" role="alert">${this.error}</p>` : nothing}
        <div class="row"><button type="submit">${t('add')}</button><button type="button" @click=${() => this.close()}>${t('cancel')}</button></div>
      </form>`;
    }
    if (this.mode.kind === 'rename') {
      const l = col.node.label as Bilingual;
      return html`<form class="col-actions" aria-label=${t('renameColumn')} @keydown=${keys} @submit=${(e: SubmitEvent) => this.rename(e, col)}>
        <div class="pair"><label>${t('labelVi')}<input name="vi" required .value=${l.vi} data-first></label><label>${t('labelEn')}<input name="en" .value=${l.en ?? ''}></label></div>
        ${this.error ? html`<p class="alert" role="alert">${this.error}</p>` : nothing}
        <div class="row"><button type="submit">${t('save')}</button><button type="button" @click=${() => this.close()}>${t('cancel')}</button></div>
      </form>`;
    }
    const add = (at: number) => { this.mode = { kind: 'add', at }; this.error = ''; this.focusAfter = '[data-first]'; };
    return html`<div class="col-actions" role="group" aria-label=${term(lang, 'editor', 'columnActions', { label: col.label })} @keydown=${keys} data-reorder-key=${col.key}>
      <button type="button" data-action="add-before" @click=${() => add(i)}>${t('addColumnBefore')}</button>
      <button type="button" data-action="add-after" @click=${() => add(i + 1)}>${t('addColumnAfter')}</button>
      ${col.explicit ? html`<button type="button" data-action="rename" @click=${() => { this.mode = { kind: 'rename' }; this.focusAfter = '[data-first]'; }}>${t('renameColumn')}</button>
        <button type="button" data-action="retire" @click=${() => this.apply(() => retireMatrixColumn(this.formId, this.fieldPointer, col.key, !col.retired))}>${t(col.retired ? 'restoreColumn' : 'retireColumn')}</button>` : nothing}
      <button type="button" data-move="up" ?disabled=${i === 0} @click=${() => this.move(col, i, i - 1, cols.length)}>${t('moveLeft')}</button>
      <button type="button" data-move="down" ?disabled=${i === cols.length - 1} @click=${() => this.move(col, i, i + 1, cols.length)}>${t('moveRight')}</button>
      <button type="button" @click=${() => this.close()}>${t('close')}</button>
      ${this.error ? html`<p class="alert" role="alert">${this.error}</p>` : nothing}
    </div>`;
  }

  private renderSettings(lang: Lang, doc: PackSource, m: Node): TemplateResult {
    const rows = (m.rows ?? {}) as Node;
    const setPlace = `${this.base}/rows/categorySet`;
    const found = problemsAt(this.problems, setPlace);
    const a = problemAttrs(setPlace, found);
    const depth = rows.depth === 2 ? 2 : 1;
    return html`<div class="settings">
      <label>${term(lang, 'editor', 'rowsFrom')}<select data-pointer=${setPlace} aria-invalid=${a.invalid} aria-describedby=${a.describedBy ?? nothing}
        @change=${(e: Event) => this.apply(() => setMatrixRows(this.formId, this.fieldPointer, { categorySet: inputValue(e), depth }))}>
        ${typeof rows.categorySet === 'string' ? nothing : html`<option value="" selected>—</option>`}
        ${doc.categorySets.map((s) => html`<option value=${s.id} ?selected=${s.id === rows.categorySet}>${pick(s.title, lang)}</option>`)}</select>
        ${renderProblemsAt(setPlace, found, lang)}</label>
      ${typeof rows.categorySet === 'string' ? html`<label class="check"><input type="checkbox" .checked=${depth === 2}
        @change=${(e: Event) => this.apply(() => setMatrixRows(this.formId, this.fieldPointer, { categorySet: String(rows.categorySet), depth: (e.target as HTMLInputElement).checked ? 2 : 1 }))}>
        ${term(lang, 'editor', 'rowDepth')}</label>` : nothing}
      <label class="check"><input type="checkbox" data-pointer=${`${this.base}/columnTotals`} .checked=${m.columnTotals === true}
        @change=${(e: Event) => this.apply(() => setMatrixTotals(this.formId, this.fieldPointer, { columnTotals: (e.target as HTMLInputElement).checked }))}>
        ${term(lang, 'editor', 'totals')}</label>
    </div>`;
  }

  override render(): TemplateResult | typeof nothing {
    const lang = toLang(this.lang);
    const doc = this.session?.doc;
    const field = this.fieldNode;
    const m = field?.['x-fp-matrix'] as Node | undefined;
    if (!doc || !field || !m) return nothing;
    const rowsSpec = (m.rows ?? {}) as Node;
    const set = doc.categorySets.find((s) => s.id === rowsSpec.categorySet);
    const cols = columnsOf(doc, m, lang);
    const rows = rowsOf(set, m, lang);
    const span = cols.reduce((n, c) => n + c.span, 0);
    const cellIds = (kind: string, n: number) => (this.active.startsWith(kind) && Number(this.active.slice(1)) < n ? this.active : `${kind}0`);
    const activeCell = this.active.startsWith('c') ? cellIds('c', cols.length) : cellIds('r', rows.length);
    const caption = pick((field['x-fp-label'] as Bilingual | undefined) ?? { vi: this.fieldPointer.slice(1) }, lang);
    return html`${this.renderSettings(lang, doc, m)}
      <p class="muted" id="grid-help">${term(lang, 'editor', 'gridHelp')}</p>
      <div class="grid-wrap">
      <table class="grid" aria-describedby="grid-help" @keydown=${(e: KeyboardEvent) => this.onGridKey(e, cols.length, rows.length)}>
        <caption>${term(lang, 'editor', 'matrixGrid', { label: caption })}</caption>
        <thead><tr><td class="corner"></td>${cols.map((c, i) => {
          const place = `${this.base}/columns/${i}`;
          const found = problemsAt(this.problems, place);
          const a = problemAttrs(place, found);
          return html`<th scope="col" colspan=${c.span} class=${c.retired ? 'retired' : ''}>
            <button type="button" class="colhead" data-cell=${`c${i}`} data-pointer=${place} tabindex=${activeCell === `c${i}` ? 0 : -1}
              aria-expanded=${this.openColumn === i ? 'true' : 'false'} aria-invalid=${a.invalid} aria-describedby=${a.describedBy ?? nothing}
              aria-label=${c.explicit ? term(lang, 'editor', 'measureColumn', { label: c.label, code: c.key }) : c.label}
              @focus=${() => { this.active = `c${i}`; }} @click=${() => this.openActions(i)}>${c.label}${c.retired ? html` <span class="muted">(${term(lang, 'editor', 'retiredBadge')})</span>` : nothing}</button>
            ${renderProblemsAt(place, found, lang)}</th>`;
        })}</tr></thead>
        <tbody>${rows.map((r, i) => html`<tr class=${r.hidden ? 'hidden-row' : ''}>
          <th scope="row" class=${`depth-${r.depth}`}><div class="row-head"><span><span class="row-name">${r.label}</span>${r.hidden ? html` <span class="muted">(${term(lang, 'editor', 'hiddenRow')})</span>` : nothing}</span>
            <button type="button" class="rowtoggle" data-cell=${`r${i}`} tabindex=${activeCell === `r${i}` ? 0 : -1} aria-pressed=${r.hidden ? 'true' : 'false'}
              aria-label=${term(lang, 'editor', r.hidden ? 'showRow' : 'hideRow', { label: r.label })}
              @focus=${() => { this.active = `r${i}`; }}
              @click=${() => { if (this.apply(() => hideMatrixRow(this.formId, this.fieldPointer, r.code, !r.hidden))) this.focusCell(`r${i}`); }}>
              ${term(lang, 'editor', r.hidden ? 'showRowShort' : 'hideRowShort')}</button></div></th>
          ${Array.from({ length: span }, () => html`<td></td>`)}</tr>`)}</tbody>
      </table></div>
      ${this.renderActions(lang, cols)}
      ${this.reorder.renderLive()}`;
  }
}

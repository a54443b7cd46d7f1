/**
 * Keyboard-first reordering, shared by every editor list (forms, fields, matrix columns,
 * category items, criteria, …): "Move up", "Move down" and "Move to…" buttons named with the
 * item ("Chuyển 'Tổng số' lên"), an aria-live region that announces the move in the interface
 * language ("Đã chuyển 'X' từ vị trí 3 đến vị trí 2"), and focus kept on the moved item's
 * controls after the list re-renders (WCAG 2.5.7: a single-pointer alternative to dragging).
 *
 * @example
 * ```ts
 * private readonly reorder = new ReorderController(this, () => this.lang);
 * render() {
 *   return html`${items.map((it, i) => html`<li>${it.name}
 *     ${renderReorder(this.reorder, { key: it.code, name: it.name, index: i, count: items.length },
 *       (to) => this.session.apply(moveInArray('/forms', i, to)) !== undefined)}</li>`)}
 *   ${this.reorder.renderLive()}`;
 * }
 * ```
 */
import { css, html, nothing } from 'lit';
import type { ReactiveController, ReactiveElement, TemplateResult } from 'lit';
import type { Lang } from '../../i18n/lang.js';
import { term } from '../../i18n/term.js';
import './editor-strings.js';

/** One item of a reorderable list: a stable key (its code), its name as shown, its 0-based place. */
export interface ReorderItem {
  key: string;
  name: string;
  index: number;
  count: number;
}

/** Which control moved the item (its counterpart gets the focus back). */
export type MoveAction = 'up' | 'down' | 'to';

/** Applies a move to 0-based `to`; returns false when it was refused (nothing announced). */
export type ApplyMove = (to: number) => boolean | void;

/**
 * Announces moves and keeps focus on the moved item. Render {@link renderLive} once in the
 * host's template; the controls of each item come from {@link renderReorder}.
 */
export class ReorderController implements ReactiveController {
  /** the last announcement (plain text) */
  message = '';
  private pending?: { key: string; action: MoveAction };

  constructor(private readonly host: ReactiveElement, private readonly lang: () => Lang) {
    host.addController(this);
  }

  /** Records a move that happened: announces it and focuses the item's controls after the next update. */
  moved(item: ReorderItem, to: number, action: MoveAction): void {
    this.message = term(this.lang(), 'editor', 'moved', { item: item.name, from: String(item.index + 1), to: String(to + 1) });
    this.pending = { key: item.key, action };
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    const root = this.host.renderRoot as ParentNode;
    const group = [...root.querySelectorAll<HTMLElement>('[data-reorder-key]')].find((g) => g.dataset.reorderKey === pending.key);
    if (!group) return;
    const order: MoveAction[] = pending.action === 'up' ? ['up', 'down', 'to'] : pending.action === 'down' ? ['down', 'up', 'to'] : ['to', 'up', 'down'];
    for (const a of order) {
      const el = group.querySelector<HTMLElement>(`[data-move="${a}"]`);
      if (el && !(el as HTMLButtonElement).disabled) {
        el.focus();
        return;
      }
    }
  }

  /** The polite live region the moves are announced in. */
  renderLive(): TemplateResult {
    return html`<div class="sr-only" role="status" aria-live="polite" data-reorder-live>${this.message}</div>`;
  }
}

function closeMenu(e: Event): void {
  const details = (e.currentTarget as HTMLElement).closest('details');
  if (details) details.open = false;
}

/** Escape closes an open Move to… menu and puts focus back on its button. */
function escapeMenu(e: KeyboardEvent): void {
  const details = e.currentTarget as HTMLDetailsElement;
  if (e.key !== 'Escape' || !details.open) return;
  e.preventDefault();
  e.stopPropagation();
  details.open = false;
  details.querySelector('summary')?.focus();
}

/**
 * The Move up / Move down / Move to… controls of one item.
 * @param ctrl - the list owner's controller (announces, keeps focus)
 * @param item - the item and its place
 * @param apply - applies the move (e.g. `session.apply(moveInArray(…))`); return false when refused
 */
export function renderReorder(ctrl: ReorderController, item: ReorderItem, apply: ApplyMove, lang: Lang): TemplateResult | typeof nothing {
  if (item.count < 2) return nothing;
  const t = (key: 'moveUp' | 'moveDown' | 'moveTo') => term(lang, 'editor', key, { item: item.name });
  const go = (to: number, action: MoveAction) => {
    if (to === item.index || to < 0 || to >= item.count) return;
    if (apply(to) === false) return;
    ctrl.moved(item, to, action);
  };
  const positions = Array.from({ length: item.count }, (_, n) => n);
  return html`<span class="reorder" role="group" aria-label=${term(lang, 'editor', 'positionOf', { item: item.name, n: String(item.index + 1), total: String(item.count) })} data-reorder-key=${item.key}>
    <button type="button" data-move="up" aria-label=${t('moveUp')} title=${t('moveUp')} ?disabled=${item.index === 0} @click=${() => go(item.index - 1, 'up')}>↑</button>
    <button type="button" data-move="down" aria-label=${t('moveDown')} title=${t('moveDown')} ?disabled=${item.index === item.count - 1} @click=${() => go(item.index + 1, 'down')}>↓</button>
    <details class="move-to" @keydown=${escapeMenu}>
      <summary data-move="to" aria-label=${t('moveTo')} title=${t('moveTo')}>…</summary>
      <ul>${positions.map((n) => html`<li><button type="button" ?disabled=${n === item.index} aria-current=${n === item.index ? 'true' : 'false'}
        @click=${(e: Event) => { closeMenu(e); go(n, 'to'); }}>${term(lang, 'editor', 'position', { n: String(n + 1) })}</button></li>`)}</ul>
    </details>
  </span>`;
}

/** Styles of the reorder controls (include in the host's `static styles`). */
export const reorderStyles = css`
  .reorder { display: inline-flex; gap: 0.25rem; align-items: flex-start; }
  .reorder button, .reorder summary { min-width: 2rem; min-height: 2rem; }
  .move-to { position: relative; }
  .move-to summary { list-style: none; cursor: pointer; display: inline-flex; align-items: center; justify-content: center;
    border: 1px solid var(--_fp-color-border); border-radius: var(--_fp-radius); background: var(--_fp-color-button-bg); }
  .move-to summary::-webkit-details-marker { display: none; }
  .move-to ul { position: absolute; z-index: 2; margin: 0; padding: 0.25rem; list-style: none; max-height: 16rem; overflow: auto;
    background: var(--_fp-color-input-bg); border: 1px solid var(--_fp-color-border); border-radius: var(--_fp-radius); }
  .move-to li button { width: 100%; text-align: start; white-space: nowrap; }
  :focus-visible { outline: 2px solid var(--_fp-color-focus); outline-offset: 2px; }
`;

/**
 * Move up / Move down buttons named with the item, announcing the move in the panel's live
 * region ("Đã chuyển 'X' từ vị trí 3 lên vị trí 2"). Stands in for the shared reorder UI
 * (components/editor/reorder.ts) until that lands.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { EditCommand } from '@formplan/core';
import { term } from '../../../i18n/registry.js';
import type { FieldHost } from './panel-fields.js';
import './editor-panels-strings.js';

/** A panel that can announce. */
export interface MoveHost extends FieldHost {
  announce(text: string): void;
}

/** Options of one item's move buttons. */
export interface MoveOptions {
  /** the item's name as the user reads it */
  item: string;
  index: number;
  count: number;
  /** where a refusal is shown (the item's pointer) */
  place: string;
  command: (toIndex: number) => EditCommand;
}

/** The item's Move up and Move down buttons (disabled at the ends). */
export function moveButtons(host: MoveHost, o: MoveOptions): TemplateResult {
  const lang = host.effectiveLang;
  const move = (to: number) => {
    if (!host.edit(o.place, o.command(to))) return;
    host.announce(term(lang, 'editorPanels', to < o.index ? 'movedUp' : 'movedDown', { item: o.item, from: o.index + 1, to: to + 1 }));
  };
  return html`<button type="button" class="move" data-move="up" ?disabled=${o.index === 0} @click=${() => move(o.index - 1)}>
      ${term(lang, 'editorPanels', 'moveUp', { item: o.item })}</button>
    <button type="button" class="move" data-move="down" ?disabled=${o.index >= o.count - 1} @click=${() => move(o.index + 1)}>
      ${term(lang, 'editorPanels', 'moveDown', { item: o.item })}</button>`;
}

import { css, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { and, fieldLabel, rankWith, schemaType, schemaTypeIs } from '@formplan/core';
import type { SchemaNode, Tester } from '@formplan/core';
import { FpControlBase } from '../control-base.js';
import { firstFocusable } from './focus-first.js';
import { term } from '../../i18n/form-term.js';

const ITEM_TYPES = ['object', 'string', 'number', 'integer', 'boolean', 'enum'];

/** True when an array's `items` is one schema of an object or a primitive (not a tuple). */
export const itemsAreSimple: Tester = (node) => {
  const items = node.items;
  return !!items && typeof items === 'object' && !Array.isArray(items) && ITEM_TYPES.includes(schemaType(items as SchemaNode) ?? '');
};

/** Renders arrays of objects or primitives (rank 1) as repeatable rows. */
export const arrayTester = rankWith(1, and(schemaTypeIs('array'), itemsAreSimple));

/**
 * @summary Repeatable rows: each item rendered with `<fp-field>`, with buttons to add a row,
 * remove one and move one up or down (named with the row number, e.g. "Xóa dòng 2").
 * `minItems`/`maxItems` disable the buttons. Focus follows the row after add, remove and move.
 * @csspart fieldset - the group around the rows
 * @csspart legend - the legend
 * @csspart list - the list of rows
 * @csspart row - one row
 * @csspart row-actions - the buttons of a row
 * @csspart add - the add button
 * @cssproperty --fp-array-row-gap - space between rows
 * @cssproperty --fp-array-row-border - border between rows
 * @event fp-change - the user added, removed or moved a row (path is the array) or edited an item
 */
export class FpArrayRenderer extends FpControlBase {
  static override styles = [
    FpControlBase.styles,
    css`
      fieldset {
        border: 1px solid var(--_fp-color-border-subtle);
        border-radius: var(--_fp-radius);
        padding: 0.5rem 1rem 1rem;
        margin: 0;
        min-width: 0;
      }
      legend {
        font-weight: 700;
        padding-inline: 0.25rem;
      }
      ol {
        list-style: none;
        margin: 0 0 0.5rem;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: var(--fp-array-row-gap, 0.5rem);
      }
      li {
        display: flex;
        gap: 0.5rem;
        align-items: flex-end;
        border-block-end: var(--fp-array-row-border, 1px dashed var(--_fp-color-border-subtle));
        padding-block-end: 0.5rem;
      }
      .item {
        flex: 1;
        min-width: 0;
      }
      .actions {
        display: flex;
        gap: 0.25rem;
        flex-wrap: wrap;
      }
    `,
  ];

  private itemSchemas = new Map<string, SchemaNode>();
  private itemSchemasOf?: unknown;

  /** The items now in the model (a non-array value shows no rows; validation reports it). */
  get items(): unknown[] {
    const v = this.field.value;
    return Array.isArray(v) ? v : [];
  }

  private get minItems(): number {
    return typeof this.schema.minItems === 'number' ? this.schema.minItems : 0;
  }

  private get maxItems(): number {
    return typeof this.schema.maxItems === 'number' ? this.schema.maxItems : Infinity;
  }

  /** The item schema labelled for row `i` (kept per row and language, so children repaint cheaply). */
  private itemSchema(i: number): SchemaNode {
    if (this.itemSchemasOf !== this.schema) {
      this.itemSchemas = new Map();
      this.itemSchemasOf = this.schema;
    }
    const key = `${this.lang}|${i}`;
    let s = this.itemSchemas.get(key);
    if (!s) {
      const items = (this.schema.items ?? {}) as SchemaNode;
      const own = fieldLabel(items, '', this.lang);
      const text = own ? `${own} ${i + 1}` : term(this.lang, 'ui', 'rowN', { n: i + 1 });
      s = { ...items, 'x-fp-label': { vi: text, en: text } };
      this.itemSchemas.set(key, s);
    }
    return s;
  }

  override render() {
    const items = this.items;
    const n = items.length;
    const locked = this.locked;
    return html`<fieldset part="fieldset" aria-describedby=${this.describedBy} aria-invalid=${this.invalid ? 'true' : nothing}>
      <legend part="legend">${this.label}</legend>
      <ol part="list">
        ${repeat(
          items,
          (_, i) => i,
          (_, i) => html`<li part="row" data-index=${i}>
            <div class="item">
              <fp-field .model=${this.model} .schema=${this.itemSchema(i)} .pointer=${`${this.pointer}/${i}`} .lang=${this.lang} .readonly=${this.readonly} .registry=${this.registry}></fp-field>
            </div>
            <div class="actions" part="row-actions">
              <button type="button" data-action="up" aria-label=${term(this.lang, 'ui', 'moveRowUpN', { n: i + 1 })} ?disabled=${locked || i === 0} @click=${() => this.moveRow(i, -1)}>↑</button>
              <button type="button" data-action="down" aria-label=${term(this.lang, 'ui', 'moveRowDownN', { n: i + 1 })} ?disabled=${locked || i === n - 1} @click=${() => this.moveRow(i, 1)}>↓</button>
              <button type="button" data-action="remove" ?disabled=${locked || n <= this.minItems} @click=${() => this.removeRow(i)}>${term(this.lang, 'ui', 'removeRowN', { n: i + 1 })}</button>
            </div>
          </li>`,
        )}
      </ol>
      <button type="button" part="add" data-action="add" ?disabled=${locked || n >= this.maxItems} @click=${() => this.addRow()}>${term(this.lang, 'ui', 'add')}</button>
      ${this.renderFeedback()}
      <div class="sr-only" role="status" aria-live="polite" id="announce"></div>
    </fieldset>`;
  }

  /** A new item: the items' `default`, else `{}` for objects, else missing (`null`). */
  private newItem(): unknown {
    const items = (this.schema.items ?? {}) as SchemaNode;
    if ('default' in items) return structuredClone(items.default);
    return schemaType(items) === 'object' ? {} : null;
  }

  /** Appends a row and focuses its first field. */
  async addRow(): Promise<void> {
    const items = this.items;
    if (this.locked || items.length >= this.maxItems) return;
    this.commit([...items, this.newItem()]);
    await this.focusRow(items.length);
    this.announce(term(this.lang, 'ui', 'rowAdded', { n: items.length + 1 }));
  }

  /** Removes row `i`; focus goes to the row that took its place, else the previous one, else Add. */
  async removeRow(i: number): Promise<void> {
    const items = this.items;
    if (this.locked || items.length <= this.minItems || i < 0 || i >= items.length) return;
    this.commit(items.filter((_, j) => j !== i));
    const left = items.length - 1;
    if (left === 0) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[data-action="add"]')?.focus();
    } else await this.focusRow(Math.min(i, left - 1));
    this.announce(term(this.lang, 'ui', 'rowRemoved', { n: i + 1 }));
  }

  /** Moves row `i` by `by` (−1 up, +1 down); focus stays on the moved row's button. */
  async moveRow(i: number, by: -1 | 1): Promise<void> {
    const items = this.items;
    const j = i + by;
    if (this.locked || j < 0 || j >= items.length) return;
    const next = items.slice();
    [next[i], next[j]] = [next[j], next[i]];
    this.commit(next);
    await this.updateComplete;
    const row = this.renderRoot.querySelector(`li[data-index="${j}"]`);
    const want = row?.querySelector<HTMLButtonElement>(`button[data-action="${by < 0 ? 'up' : 'down'}"]`);
    const button = want && !want.disabled ? want : row?.querySelector<HTMLButtonElement>(`button[data-action="${by < 0 ? 'down' : 'up'}"]`);
    button?.focus();
    this.announce(term(this.lang, 'ui', 'rowMoved', { n: j + 1 }));
  }

  private async focusRow(i: number): Promise<void> {
    await this.updateComplete;
    const row = this.renderRoot.querySelector<HTMLElement>(`li[data-index="${i}"]`);
    const field = row?.querySelector('fp-field') as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
    await field?.updateComplete;
    const child = field?.firstElementChild as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
    await child?.updateComplete;
    if (child) await new Promise((r) => requestAnimationFrame(r));
    (row && firstFocusable(row))?.focus();
  }

  private announce(text: string): void {
    const live = this.renderRoot.querySelector<HTMLElement>('#announce');
    if (live) live.textContent = text;
  }
}

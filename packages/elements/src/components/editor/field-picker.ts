/**
 * The field picker of `<fp-expression-input>`: a button that opens a filter box (a combobox) over
 * a listbox of the form's fields, by label with the code shown. Arrow keys move, Enter inserts,
 * Escape closes; a click inserts too. A controller that renders into its host's shadow root, so the
 * combobox's `aria-activedescendant` and the options stay in one tree.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Bilingual } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import { term } from '../../i18n/registry.js';
import './expression-input-strings.js';

/** A field the expression may name. */
export interface PickableField {
  code: string;
  label: Bilingual;
  type: string;
}

/** What the picker needs from its element. */
export interface FieldPickerHost extends ReactiveControllerHost {
  readonly fields: readonly PickableField[] | undefined;
  /** inserts a chosen code at the caret of the expression input and focuses it */
  insertCode(code: string): void;
  /** focuses the expression input (after Escape) */
  focusInput(): void;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** State and rendering of the field picker. */
export class FieldPicker implements ReactiveController {
  open = false;
  private filter = '';
  private active = 0;

  constructor(private readonly host: FieldPickerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The fields that match the filter text (label in either language, or code). */
  matches(lang: Lang): PickableField[] {
    const needle = this.filter.trim().toLocaleLowerCase('vi');
    const all = this.host.fields ?? [];
    if (needle === '') return [...all];
    return all.filter((f) => [pick(f.label, lang), f.label.en ?? '', f.code].some((t) => t.toLocaleLowerCase('vi').includes(needle)));
  }

  /** Opens (focusing the filter box) or closes the picker. */
  toggle(open = !this.open): void {
    this.open = open;
    this.filter = '';
    this.active = 0;
    this.host.requestUpdate();
    if (open) {
      void this.host.updateComplete.then(() => this.root().querySelector<HTMLInputElement>('#field-filter')?.focus());
    }
  }

  private root(): HTMLElement | DocumentFragment {
    return this.host.renderRoot;
  }

  private choose(field: PickableField | undefined): void {
    if (!field) return;
    this.toggle(false);
    this.host.insertCode(field.code);
  }

  private onKey(e: KeyboardEvent, lang: Lang): void {
    const list = this.matches(lang);
    switch (e.key) {
      case 'ArrowDown': this.active = Math.min(list.length - 1, this.active + 1); break;
      case 'ArrowUp': this.active = Math.max(0, this.active - 1); break;
      case 'Home': this.active = 0; break;
      case 'End': this.active = Math.max(0, list.length - 1); break;
      case 'Enter': this.choose(list[this.active]); break;
      case 'Escape': this.toggle(false); this.host.focusInput(); break;
      default: return;
    }
    e.preventDefault();
    e.stopPropagation();
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.root().querySelector(`#field-option-${this.active}`)?.scrollIntoView?.({ block: 'nearest' }));
  }

  private onFilter(e: Event): void {
    this.filter = (e.target as HTMLInputElement).value;
    this.active = 0;
    this.host.requestUpdate();
  }

  private onFocusOut(e: FocusEvent): void {
    const to = e.relatedTarget as Node | null;
    const popup = e.currentTarget as HTMLElement;
    if (this.open && to && !popup.contains(to) && to !== this.root().querySelector('#pick-field')) this.toggle(false);
  }

  /** The button and, when open, the popup. */
  render(lang: Lang): TemplateResult {
    const list = this.open ? this.matches(lang) : [];
    const activeId = list.length > 0 ? `field-option-${this.active}` : undefined;
    return html`<div class="picker">
      <button type="button" id="pick-field" aria-haspopup="listbox" aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="field-popup" @click=${() => this.toggle()}
        @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape' && this.open) { e.preventDefault(); this.toggle(false); } }}
      >${term(lang, 'expression', 'pickField')}</button>
      <div class="popup" id="field-popup" ?hidden=${!this.open} @focusout=${(e: FocusEvent) => this.onFocusOut(e)}>
        ${this.open ? html`
          <label for="field-filter">${term(lang, 'expression', 'filter')}</label>
          <input id="field-filter" type="text" role="combobox" autocomplete="off" spellcheck="false"
            aria-expanded="true" aria-controls="field-options" aria-autocomplete="list"
            aria-activedescendant=${activeId ?? nothing} .value=${this.filter}
            @input=${(e: Event) => this.onFilter(e)} @keydown=${(e: KeyboardEvent) => this.onKey(e, lang)} />
          <ul role="listbox" id="field-options" aria-label=${term(lang, 'expression', 'fieldList')}>
            ${list.map((f, i) => html`<li role="option" id="field-option-${i}" aria-selected=${i === this.active ? 'true' : 'false'}
              data-code=${f.code} @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.choose(f)}
            ><span>${pick(f.label, lang)}</span> <code>${f.code}</code></li>`)}
          </ul>
          <p class="help" role="status">${list.length === 0
            ? term(lang, 'expression', 'noMatch', { text: this.filter })
            : term(lang, 'expression', 'fieldCount', { n: list.length })}</p>` : nothing}
      </div>
    </div>`;
  }
}

import { css, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { isEnum, rankWith } from '@formplan/core';
import { choiceGroupStyles } from '../../styles/choice-group-styles.js';
import { controlStyles } from '../../styles/control-styles.js';
import { FpControlBase, INPUT_ID } from '../control-base.js';
import { enumOptions, sameChoice, valueText } from './enum-options.js';
import type { EnumOption } from './enum-options.js';
import { term } from '../../i18n/form-term.js';

/** Renders nodes with an `enum` or a `oneOf` of `const`s (rank 4). */
export const enumTester = rankWith(4, isEnum);

/**
 * A choice among fixed values: a `<select>` by default, radio buttons (a fieldset whose legend
 * is the label; arrow keys move between them natively) for `x-fp-widget: 'radio'`. Labels come
 * from the pack's category items, `oneOf` titles, or the raw values; values keep their JSON
 * type. A stored value that is not a choice is shown as such and validation reports it.
 * @summary A choice among fixed values.
 * @csspart input - the select, or the fieldset of radios
 * @csspart option - one radio choice (its label)
 * @csspart label - the label (or legend)
 * @csspart feedback - the error messages
 * @cssproperty --fp-enum-radio-gap - space between radio choices (default 1rem)
 * @event fp-change - the user changed the value
 */
export class FpEnumRenderer extends FpControlBase {
  static override styles = [
    controlStyles,
    choiceGroupStyles,
    css`
      .options {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem var(--fp-enum-radio-gap, 1rem);
      }
    `,
  ];

  private get select(): HTMLSelectElement | null {
    return this.renderRoot.querySelector('select');
  }

  /** Whether the choices show as radio buttons. */
  get asRadios(): boolean {
    return this.schema['x-fp-widget'] === 'radio';
  }

  override render() {
    const options = enumOptions(this.schema, this.lang);
    const value = this.field.value;
    const index = options.findIndex((o) => sameChoice(o.value, value));
    return this.asRadios ? this.renderRadios(options, index, value) : this.renderSelect(options, index, value);
  }

  private renderSelect(options: EnumOption[], index: number, value: unknown): TemplateResult {
    const missing = value === undefined;
    const stray = !missing && index < 0;
    return html`${this.renderLabel()}
      <select
        id=${INPUT_ID}
        part="input"
        data-pointer=${this.pointer}
        aria-describedby=${this.describedBy}
        aria-invalid=${this.invalid ? 'true' : 'false'}
        aria-required=${this.required ? 'true' : 'false'}
        ?disabled=${this.locked}
        @change=${(e: Event) => this.onSelect(options, (e.target as HTMLSelectElement).value)}
        @blur=${() => this.touch()}
      >
        ${!this.required || missing ? html`<option value="" ?disabled=${this.required}>${term(this.lang, 'ui', 'choose')}</option>` : nothing}
        ${stray ? html`<option value="stray" disabled>${valueText(value)}</option>` : nothing}
        ${options.map((o, i) => html`<option value=${String(i)}>${o.label}</option>`)}
      </select>${this.renderFeedback()}`;
  }

  private renderRadios(options: EnumOption[], index: number, value: unknown): TemplateResult {
    const focusIndex = index >= 0 ? index : 0;
    return this.renderChoiceGroup(
      options.map((o, i) => html`<label class="option" part="option"
            ><input
              type="radio"
              name="choice"
              value=${String(i)}
              data-pointer=${i === focusIndex ? this.pointer : nothing}
              .checked=${live(i === index)}
              @click=${(e: Event) => {
                if (this.locked) e.preventDefault();
              }}
              @change=${() => this.commit(o.value)}
              @blur=${() => this.touch()}
            />${o.label}</label
          >`),
      index < 0 && value !== undefined ? html`<div class="help">${valueText(value)}</div>` : nothing,
    );
  }

  private onSelect(options: EnumOption[], raw: string): void {
    if (this.locked) {
      this.requestUpdate();
      return;
    }
    const i = Number(raw);
    this.commit(raw === '' || !Number.isInteger(i) || !options[i] ? undefined : options[i].value);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const select = this.select;
    if (!select) return;
    const value = this.field.value;
    const index = enumOptions(this.schema, this.lang).findIndex((o) => sameChoice(o.value, value));
    const want = index >= 0 ? String(index) : value === undefined ? '' : 'stray';
    if (select.value !== want) select.value = want;
  }
}

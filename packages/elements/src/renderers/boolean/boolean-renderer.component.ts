import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { rankWith, schemaTypeIs } from '@formplan/core';
import { choiceGroupStyles } from '../../styles/choice-group-styles.js';
import { controlStyles } from '../../styles/control-styles.js';
import { FpControlBase, INPUT_ID } from '../control-base.js';
import { term } from '../../i18n/form-term.js';

/** Renders `boolean` nodes (rank 1). */
export const booleanTester = rankWith(1, schemaTypeIs('boolean'));

/** A value as plain text (for a stored value that is not a boolean). */
function rawText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return String(value);
  }
}

/**
 * A yes/no field: a checkbox by default, a pair of radios "Có"/"Không" for
 * `x-fp-widget: 'radio'` (so "no" can be told apart from "not answered"). A missing value stays
 * missing until the user answers; nothing is written on display.
 * @summary A yes/no field.
 * @csspart input - the checkbox, or the fieldset of radios
 * @csspart option - one radio choice (its label)
 * @csspart label - the label (or legend)
 * @csspart feedback - the error messages
 * @event fp-change - the user changed the value
 */
export class FpBooleanRenderer extends FpControlBase {
  static override styles = [
    controlStyles,
    choiceGroupStyles,
    css`
      .check {
        display: flex;
        align-items: center;
        gap: 0.5rem;
      }
      .check label {
        margin: 0;
      }
      input[type='checkbox'],
      input[type='radio'] {
        min-height: auto;
        margin: 0;
        width: 1.125rem;
        height: 1.125rem;
      }
      .options {
        display: flex;
        gap: 1rem;
      }
    `,
  ];

  override render() {
    return this.schema['x-fp-widget'] === 'radio' ? this.renderRadios() : this.renderCheckbox();
  }

  private blockWhenLocked = (e: Event): void => {
    if (this.locked) e.preventDefault();
  };

  private renderCheckbox(): TemplateResult {
    const value = this.field.value;
    return html`<div class="check">
        <input
          id=${INPUT_ID}
          part="input"
          type="checkbox"
          data-pointer=${this.pointer}
          .checked=${live(value === true)}
          aria-describedby=${this.describedBy}
          aria-invalid=${this.invalid ? 'true' : 'false'}
          aria-required=${this.required ? 'true' : 'false'}
          aria-readonly=${this.locked ? 'true' : 'false'}
          @click=${this.blockWhenLocked}
          @change=${(e: Event) => this.commit((e.target as HTMLInputElement).checked)}
          @blur=${() => this.touch()}
        />${this.renderLabel()}
      </div>
      ${value !== undefined && typeof value !== 'boolean' ? html`<div class="help">${rawText(value)}</div>` : nothing}
      ${this.renderFeedback()}`;
  }

  private renderRadios(): TemplateResult {
    const value = this.field.value;
    const choices: [boolean, string][] = [[true, term(this.lang, 'ui', 'yes')], [false, term(this.lang, 'ui', 'no')]];
    const focusOn = value === false ? false : true;
    return this.renderChoiceGroup(
      choices.map(([v, text]) => html`<label class="option" part="option"
            ><input
              type="radio"
              name="yes-no"
              value=${String(v)}
              data-pointer=${v === focusOn ? this.pointer : nothing}
              .checked=${live(value === v)}
              @click=${this.blockWhenLocked}
              @change=${() => this.commit(v)}
              @blur=${() => this.touch()}
            />${text}</label
          >`),
      value !== undefined && typeof value !== 'boolean' ? html`<div class="help">${rawText(value)}</div>` : nothing,
    );
  }
}

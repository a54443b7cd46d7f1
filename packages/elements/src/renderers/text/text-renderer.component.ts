import { html } from 'lit';
import type { PropertyValues } from 'lit';
import { query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { rankWith, schemaTypeIs } from '@formplan/core';
import { FpControlBase, INPUT_ID } from '../control-base.js';
import { syncTextInput } from './sync-text-input.js';

/** Renders `string` nodes (rank 1, the generic text field). */
export const textTester = rankWith(1, schemaTypeIs('string'));

/**
 * A one-line text field. The model normalises what the user types to NFC; an empty field is a
 * missing value (never `''`). `maxLength` comes from the schema.
 * @summary A one-line text field.
 * @csspart input - the input
 * @csspart label - the label
 * @csspart feedback - the error messages
 * @event fp-change - the user changed the value
 */
export class FpTextRenderer extends FpControlBase {
  @query('input') private input?: HTMLInputElement;

  override render() {
    const max = this.schema.maxLength;
    return html`${this.renderLabel()}
      <input
        id=${INPUT_ID}
        part="input"
        type="text"
        autocomplete="off"
        data-pointer=${this.pointer}
        maxlength=${ifDefined(typeof max === 'number' && max >= 0 ? max : undefined)}
        aria-describedby=${this.describedBy}
        aria-invalid=${this.invalid ? 'true' : 'false'}
        aria-required=${this.required ? 'true' : 'false'}
        ?readonly=${this.locked}
        @input=${(e: Event) => this.commit((e.target as HTMLInputElement).value)}
        @blur=${() => this.touch()}
      />${this.renderFeedback()}`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.input) syncTextInput(this.input, this.field.value);
  }
}

import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { NOT_APPLICABLE, formatIs, optionIs } from '@formplan/core';
import type { RankedTester } from '@formplan/core';
import { FpControlBase, INPUT_ID } from '../control-base.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Rank 3 for `format: 'date'`; rank 10 for `x-fp-widget: 'date'`. */
export const dateTester: RankedTester = (node, ctx) => {
  if (optionIs('date')(node, ctx)) return 10;
  return formatIs('date')(node, ctx) ? 3 : NOT_APPLICABLE;
};

/** The `YYYY-MM-DD` text a date input can show for a model value (else empty). */
export function isoDateText(value: unknown): string {
  return typeof value === 'string' && ISO_DATE.test(value) ? value : '';
}

/**
 * A date field (`<input type="date">`) over an ISO `YYYY-MM-DD` string; an empty field is a
 * missing value. A stored value that is not an ISO date shows as empty and validation reports it.
 * @summary A date field.
 * @csspart input - the input
 * @csspart label - the label
 * @csspart feedback - the error messages
 * @event fp-change - the user changed the value
 */
export class FpDateRenderer extends FpControlBase {
  override render() {
    const min = isoDateText(this.schema.formatMinimum);
    const max = isoDateText(this.schema.formatMaximum);
    return html`${this.renderLabel()}
      <input
        id=${INPUT_ID}
        part="input"
        type="date"
        data-pointer=${this.pointer}
        min=${ifDefined(min || undefined)}
        max=${ifDefined(max || undefined)}
        .value=${live(isoDateText(this.field.value))}
        aria-describedby=${this.describedBy}
        aria-invalid=${this.invalid ? 'true' : 'false'}
        aria-required=${this.required ? 'true' : 'false'}
        ?readonly=${this.locked}
        @change=${(e: Event) => this.commit((e.target as HTMLInputElement).value || undefined)}
        @blur=${() => this.touch()}
      />${this.renderFeedback()}`;
  }
}

import { NOT_APPLICABLE, formatIs, optionIs } from '@formplan/core';
import type { RankedTester } from '@formplan/core';
import { FpControlBase } from '../control-base.js';

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
    return this.renderTextControl({
      type: 'date',
      min: isoDateText(this.schema.formatMinimum),
      max: isoDateText(this.schema.formatMaximum),
      value: isoDateText(this.field.value),
      commitOn: 'change',
      parse: (text) => text || undefined,
    });
  }
}

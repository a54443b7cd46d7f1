import type { PropertyValues, TemplateResult } from 'lit';
import { html } from 'lit';
import { NOT_APPLICABLE, formatIs, optionIs } from '@formplan/core';
import type { RankedTester } from '@formplan/core';
import { dateFromText, syncDateInput } from '../../cells/date-cell.js';
import { term } from '../../i18n/form-term.js';
import { FpControlBase } from '../control-base.js';

/** Id of the format hint (`dd/mm/yyyy`) the input is described by. */
export const DATE_HINT_ID = 'date-hint';

/** Rank 3 for `format: 'date'`; rank 10 for `x-fp-widget: 'date'`. */
export const dateTester: RankedTester = (node, ctx) => {
  if (optionIs('date')(node, ctx)) return 10;
  return formatIs('date')(node, ctx) ? 3 : NOT_APPLICABLE;
};

export { dateFromText, dateText, isoDateText } from '../../cells/date-cell.js';

/**
 * A date field written `dd/mm/yyyy` whatever the browser's locale (a text input, not the native
 * date picker, which follows the browser's locale), over an ISO `YYYY-MM-DD` string; an empty
 * field is a missing value. The English UI writes dates the same way; the hint says so.
 * @summary A date field (dd/mm/yyyy).
 * @csspart input - the input
 * @csspart label - the label
 * @csspart hint - the format hint
 * @csspart feedback - the error messages
 * @event fp-change - the user changed the value
 */
export class FpDateRenderer extends FpControlBase {
  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }

  protected override get describedBy(): string {
    return `${DATE_HINT_ID} ${super.describedBy}`;
  }

  override render() {
    return this.renderTextControl({
      type: 'text',
      inputmode: 'numeric',
      autocomplete: 'off',
      placeholder: 'dd/mm/yyyy',
      parse: dateFromText,
      afterBlur: () => this.syncText(true),
    });
  }

  protected override renderFeedback(): TemplateResult {
    return html`<div class="help" id=${DATE_HINT_ID} part="hint">${term(this.lang, 'ui', 'dateHint')}</div>${super.renderFeedback()}`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncText(false);
  }

  /** Shows the model value, but leaves the text alone while the user types what it already means. */
  private syncText(force: boolean): void {
    if (this.input) syncDateInput(this.input, this.field.value, force);
  }
}

import type { PropertyValues } from 'lit';
import { rankWith, schemaTypeIs } from '@formplan/core';
import { syncTextInput } from '../../cells/text-cell.js';
import { FpControlBase } from '../control-base.js';
import { maxLengthOf } from '../control-template.js';

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
  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }

  override render() {
    return this.renderTextControl({ type: 'text', autocomplete: 'off', maxlength: maxLengthOf(this.schema.maxLength) });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.input) syncTextInput(this.input, this.field.value);
  }
}

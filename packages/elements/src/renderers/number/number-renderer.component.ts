import type { PropertyValues } from 'lit';
import { rankWith, schemaTypeIs } from '@formplan/core';
import { numberFromText, syncNumberInput } from '../../cells/number-cell.js';
import { FpControlBase } from '../control-base.js';

/** Renders `integer` and `number` nodes (rank 1). */
export const numberTester = rankWith(1, schemaTypeIs('integer', 'number'));

/**
 * @summary A number field that reads Vietnamese number habits (`1.234`).
 * @csspart input - the input
 * @event fp-change - the user changed the value
 */
export class FpNumberRenderer extends FpControlBase {
  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }

  override render() {
    return this.renderTextControl({
      type: 'text',
      inputmode: this.schema.type === 'integer' ? 'numeric' : 'decimal',
      autocomplete: 'off',
      parse: numberFromText,
      afterBlur: () => {
        if (this.input) syncNumberInput(this.input, this.field.value);
      },
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.input) syncNumberInput(this.input, this.field.value);
  }
}

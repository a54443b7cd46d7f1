import { css } from 'lit';
import type { PropertyValues } from 'lit';
import { NOT_APPLICABLE, optionIs, schemaTypeIs } from '@formplan/core';
import type { RankedTester } from '@formplan/core';
import { syncTextInput } from '../../cells/text-cell.js';
import { FpControlBase } from '../control-base.js';
import { maxLengthOf } from '../control-template.js';
import { controlStyles } from '../../styles/control-styles.js';

/** Strings longer than this (by `maxLength`) get a multi-line field without asking. */
export const LONG_TEXT_LENGTH = 200;

/**
 * Rank 10 for `x-fp-widget: 'textarea'`; rank 2 for a string whose `maxLength` exceeds
 * {@link LONG_TEXT_LENGTH}; otherwise not applicable.
 */
export const textareaTester: RankedTester = (node, ctx) => {
  if (optionIs('textarea')(node, ctx)) return 10;
  if (schemaTypeIs('string')(node, ctx) && typeof node.maxLength === 'number' && node.maxLength > LONG_TEXT_LENGTH) return 2;
  return NOT_APPLICABLE;
};

/**
 * A multi-line text field (notes, descriptions). The model normalises text to NFC; an empty
 * field is a missing value.
 * @summary A multi-line text field.
 * @csspart input - the textarea
 * @csspart label - the label
 * @csspart feedback - the error messages
 * @cssproperty --fp-textarea-rows-height - minimum height of the textarea (default 6em)
 * @event fp-change - the user changed the value
 */
export class FpTextareaRenderer extends FpControlBase {
  static override styles = [
    controlStyles,
    css`
      textarea {
        width: 100%;
        min-height: var(--fp-textarea-rows-height, 6em);
        resize: vertical;
      }
    `,
  ];

  private get input(): HTMLTextAreaElement | null {
    return this.renderRoot.querySelector('textarea');
  }

  override render() {
    return this.renderTextControl({ tag: 'textarea', rows: 4, maxlength: maxLengthOf(this.schema.maxLength) });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.input) syncTextInput(this.input, this.field.value);
  }
}

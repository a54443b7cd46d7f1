import type { PropertyValues, TemplateResult } from 'lit';
import { html } from 'lit';
import { query } from 'lit/decorators.js';
import { NOT_APPLICABLE, formatIs, optionIs } from '@formplan/core';
import type { RankedTester } from '@formplan/core';
import { displayDate, parseDisplayDate } from '../../i18n/format.js';
import { term } from '../../i18n/form-term.js';
import { FpControlBase } from '../control-base.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Id of the format hint (`dd/mm/yyyy`) the input is described by. */
export const DATE_HINT_ID = 'date-hint';

/** Rank 3 for `format: 'date'`; rank 10 for `x-fp-widget: 'date'`. */
export const dateTester: RankedTester = (node, ctx) => {
  if (optionIs('date')(node, ctx)) return 10;
  return formatIs('date')(node, ctx) ? 3 : NOT_APPLICABLE;
};

/** The `YYYY-MM-DD` text of a model value that is an ISO date (else empty). */
export function isoDateText(value: unknown): string {
  return typeof value === 'string' && ISO_DATE.test(value) ? value : '';
}

/** What the input shows for a model value: an ISO date as `dd/mm/yyyy`, other text as typed. */
export function dateText(value: unknown): string {
  if (typeof value !== 'string') return '';
  return ISO_DATE.test(value) ? displayDate(value) : value;
}

/**
 * The model value for what the user typed: the ISO date of `d/m/yyyy` (or `d-m-yyyy`,
 * `d.m.yyyy`), `undefined` for an empty field, else the text as typed (`31/02/2018`), so
 * validation reports it and nothing is lost.
 */
export function dateFromText(text: string): unknown {
  if (text.trim() === '') return undefined;
  return parseDisplayDate(text) ?? text;
}

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
  @query('input') private input?: HTMLInputElement;

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
    const input = this.input;
    if (!input) return;
    const value = this.field.value;
    if (!force && this.shadowRoot?.activeElement === input && dateFromText(input.value) === value) return;
    const text = dateText(value);
    if (input.value !== text) input.value = text;
  }
}

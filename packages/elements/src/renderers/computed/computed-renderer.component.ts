import { html } from 'lit';
import { formatVietnameseNumber, hasKeyword, rankWith } from '@formplan/core';
import type { ComputedState } from '@formplan/core';
import { pick } from '../../i18n/lang.js';
import type { Lang } from '../../i18n/lang.js';
import { controlStyles } from '../../styles/control-styles.js';
import { FpControlBase, INPUT_ID } from '../control-base.js';
import { ModelController } from '../../controllers/model-controller.js';
import { term } from '../../i18n/form-term.js';
import { computedControl, computedStyles } from './computed-control.js';

/** Renders nodes with `x-fp-computed` (rank 5): the value is computed, never typed. */
export const computedTester = rankWith(5, hasKeyword('x-fp-computed'));

/** Id of the status text (incomplete / computation error) inside the shadow root. */
export const STATUS_ID = 'status';

/**
 * The text shown for a computed value: numbers in vi-VN (`1.234,5`, with ` %` for a percent
 * unit), booleans as Có/Không, strings as they are; missing is empty.
 */
export function computedText(value: unknown, lang: Lang, unit?: unknown): string {
  if (typeof value === 'number') return formatVietnameseNumber(value) + (unit === 'percent' && Number.isFinite(value) ? ' %' : '');
  if (typeof value === 'boolean') return term(lang, 'ui', value ? 'yes' : 'no');
  if (typeof value === 'string') return value;
  return '';
}

/**
 * A computed value (`x-fp-computed`), shown read-only in a labelled input that can be focused
 * and read but never edited, with a marker when the figures it needs are incomplete.
 * @summary A read-only computed value.
 * @csspart input - the read-only input
 * @csspart status - the "incomplete" marker or the computation error
 * @csspart label - the label
 * @csspart feedback - the error messages
 * @cssproperty --fp-color-warning - colour of the "incomplete" marker
 */
export class FpComputedRenderer extends FpControlBase {
  static override styles = [controlStyles, computedStyles];

  /**
   * Repaints when the computed state (incomplete flag, computation error) changes although the
   * value did not (e.g. `sum(a, b)` stays 4 when the missing `b` becomes 0).
   */
  private readonly computed = new ModelController(this, {
    model: () => this.model,
    select: (m) => {
      const s = m.computedState(this.pointer);
      return s ? `${s.incomplete ? 1 : 0}|${s.error?.vi ?? ''}` : '';
    },
  });

  /** The model's computed state at this pointer (or the plain value when the model has none). */
  get state(): ComputedState {
    const s = this.model?.computedState(this.pointer);
    return s ?? { value: this.field.value, incomplete: false };
  }

  protected override get describedBy(): string {
    return [STATUS_ID, super.describedBy].join(' ');
  }

  override render() {
    const s = this.state;
    const status = s.error ? pick(s.error, this.lang) : s.incomplete ? term(this.lang, 'ui', 'incomplete') : '';
    return html`${this.renderLabel()}${computedControl({
      id: INPUT_ID,
      statusId: STATUS_ID,
      pointer: this.pointer,
      text: computedText(s.value, this.lang, this.schema['x-fp-unit']),
      note: status,
      describedBy: this.describedBy,
      invalid: this.invalid,
    })}${this.renderFeedback()}`;
  }
}

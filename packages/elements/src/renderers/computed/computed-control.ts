/**
 * The read-only input and status marker of a computed value, shared by `<fp-computed-renderer>`
 * and the computed light cells of object groups.
 */
import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** Styles of {@link computedControl}. */
export const computedStyles = css`
  input.computed-value {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .status {
    display: inline-block;
    margin-inline-start: 0.5rem;
    color: var(--_fp-color-warning);
    font-size: 0.875em;
  }
`;

/** What a computed control shows. */
export interface ComputedControlView {
  id: string;
  statusId: string;
  pointer: string;
  /** the value, formatted */
  text: string;
  /** the status ("incomplete" or the computation error), `''` when none */
  note: string;
  describedBy: string;
  invalid: boolean;
}

/** A labelled-elsewhere read-only input that can be focused and read, then the status marker. */
export function computedControl(v: ComputedControlView): TemplateResult {
  return html`<input
      id=${v.id}
      class="computed-value"
      part="input"
      type="text"
      readonly
      aria-readonly="true"
      data-pointer=${v.pointer}
      .value=${live(v.text)}
      aria-describedby=${v.describedBy}
      aria-invalid=${v.invalid ? 'true' : 'false'}
    /><span class="status" id=${v.statusId} part="status">${v.note ? `(${v.note})` : nothing}</span>`;
}

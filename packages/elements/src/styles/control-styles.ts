/** Styles shared by every control: label, input, help and feedback, themed by --fp-* tokens. */
import { css } from 'lit';
import { buttonStyles } from './button-styles.js';
import { srOnlyStyles } from './sr-only-styles.js';
import { tokenStyles } from './tokens.js';

export const controlStyles = [tokenStyles, srOnlyStyles, buttonStyles, css`
  :host {
    display: block;
    font-family: var(--_fp-font-family);
    font-size: var(--_fp-font-size);
    color: var(--_fp-color-text);
    margin-block: var(--fp-field-gap, 0.5rem);
  }
  :host([hidden]) {
    display: none;
  }
  label,
  .label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  .required {
    color: var(--_fp-color-danger);
    margin-inline-start: 0.25rem;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    box-sizing: border-box;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_fp-color-border);
    border-radius: var(--_fp-radius);
    background: var(--_fp-color-input-bg);
    min-height: 2.25rem;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_fp-color-focus);
    outline-offset: 1px;
  }
  [aria-invalid='true'] {
    border-color: var(--_fp-color-danger);
    background: var(--_fp-color-danger-bg);
  }
  input[readonly],
  textarea[readonly] {
    background: var(--_fp-color-readonly-bg);
  }
  .help {
    color: var(--_fp-color-muted);
    font-size: 0.875em;
    margin-block-start: 0.25rem;
  }
  .feedback {
    color: var(--_fp-color-danger);
    font-size: 0.875em;
    margin-block-start: 0.25rem;
  }
  .feedback:empty {
    display: none;
  }
  @media print {
    :host {
      font-size: 11pt;
    }
    input,
    select,
    textarea {
      border: none;
      border-bottom: 1px dotted #000;
      background: none;
      border-radius: 0;
    }
    button,
    .help {
      display: none;
    }
  }
`];

/** Styles shared by every control: label, input, help and feedback, themed by --fp-* tokens. */
import { css } from 'lit';
import { srOnlyStyles } from './sr-only-styles.js';

export const controlStyles = [srOnlyStyles, css`
  :host {
    display: block;
    font-family: var(--fp-font-family, system-ui, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--fp-font-size, 1rem);
    color: var(--fp-color-text, #1b1f24);
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
    color: var(--fp-color-danger, #b3261e);
    margin-inline-start: 0.25rem;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    box-sizing: border-box;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--fp-color-border, #8a8f98);
    border-radius: var(--fp-radius, 4px);
    background: var(--fp-color-input-bg, #fff);
    min-height: 2.25rem;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--fp-color-focus, #1a73e8);
    outline-offset: 1px;
  }
  [aria-invalid='true'] {
    border-color: var(--fp-color-danger, #b3261e);
    background: var(--fp-color-danger-bg, #fdf1f0);
  }
  input[readonly],
  textarea[readonly] {
    background: var(--fp-color-readonly-bg, #f1f3f4);
  }
  .help {
    color: var(--fp-color-muted, #545b64);
    font-size: 0.875em;
    margin-block-start: 0.25rem;
  }
  .feedback {
    color: var(--fp-color-danger, #b3261e);
    font-size: 0.875em;
    margin-block-start: 0.25rem;
  }
  .feedback:empty {
    display: none;
  }
  button {
    font: inherit;
    cursor: pointer;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--fp-color-border, #8a8f98);
    border-radius: var(--fp-radius, 4px);
    background: var(--fp-color-button-bg, #f8f9fa);
    color: inherit;
    min-height: 2.25rem;
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

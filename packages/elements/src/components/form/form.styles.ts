/** Screen styles of `<fp-form>`, themed by `--fp-*` custom properties. */
import { css } from 'lit';
import { buttonStyles } from '../../styles/button-styles.js';
import { tokenStyles } from '../../styles/tokens.js';

export const formStyles = [tokenStyles, buttonStyles, css`
  :host {
    --fp-form-max-width: 72rem;
    --fp-form-padding: 1rem;
    --fp-form-gap: 1rem;
    display: block;
    max-width: var(--fp-form-max-width);
    padding: var(--fp-form-padding);
    font-family: var(--_fp-font-family);
    font-size: var(--_fp-font-size);
    color: var(--_fp-color-text);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  [part~='header'] {
    margin-block-end: var(--fp-form-gap);
  }
  [part~='title'] {
    font-size: 1.35em;
    margin: 0 0 0.5rem;
  }
  [part~='meta'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
    margin: 0;
  }
  .meta-item {
    display: flex;
    gap: 0.35rem;
  }
  dt {
    font-weight: 600;
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
  }
  .notice,
  .summary,
  [part~='conflict'] {
    border: 2px solid var(--_fp-color-danger);
    border-radius: var(--_fp-radius);
    padding: 0.75rem 1rem;
    margin-block-end: var(--fp-form-gap);
    background: var(--_fp-color-danger-bg);
  }
  .summary:focus {
    outline: 3px solid var(--_fp-color-focus);
  }
  .summary h3 {
    margin: 0 0 0.5rem;
    font-size: 1em;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .summary-link {
    all: unset;
    cursor: pointer;
    color: var(--_fp-color-link);
    text-decoration: underline;
  }
  .summary-link:focus-visible {
    outline: 3px solid var(--_fp-color-focus);
    outline-offset: 2px;
  }
  .summary-field {
    font-weight: 600;
  }
  [part~='status'] {
    min-height: 1.5em;
    color: var(--_fp-color-muted);
    font-size: 0.9em;
    margin-block: 0.5rem;
  }
  [part~='status'][data-state='failed'] {
    color: var(--_fp-color-danger);
  }
  [part~='body'] {
    display: block;
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin-block-start: var(--fp-form-gap);
  }
  button {
    padding: 0.375rem 1rem;
  }
  [part~='submit'] {
    background: var(--_fp-color-primary);
    border-color: var(--_fp-color-primary);
    color: var(--_fp-color-on-primary);
    font-weight: 600;
  }
  button:focus-visible {
    outline: 3px solid var(--_fp-color-focus);
    outline-offset: 2px;
  }
  [part~='conflict'] .buttons {
    display: flex;
    gap: 0.5rem;
    margin-block-start: 0.5rem;
  }
  .lifecycle,
  .confirm {
    border: 2px solid var(--_fp-color-primary);
    border-radius: var(--_fp-radius);
    padding: 0.75rem 1rem;
    margin-block-end: var(--fp-form-gap);
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .lifecycle[data-state='revision-draft'],
  .lifecycle[data-state='returned'] {
    border-style: dashed;
    background: var(--_fp-color-danger-bg);
  }
  .confirm {
    flex-basis: 100%;
    display: block;
  }
  .confirm p {
    margin: 0.25rem 0 0.5rem;
  }
  .confirm .buttons {
    display: flex;
    gap: 0.5rem;
  }
  .signature {
    display: grid;
    gap: 0.15rem;
  }
  .sign-title {
    font-weight: 700;
    text-transform: uppercase;
    white-space: pre-line;
  }
  .sign-hint {
    font-style: italic;
  }
  .sign-space {
    min-height: 5rem;
  }
  .sign-name {
    font-weight: 700;
  }
`];

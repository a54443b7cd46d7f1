/** Screen styles of `<fp-form>`, themed by `--fp-*` custom properties. */
import { css } from 'lit';

export const formStyles = css`
  :host {
    --fp-form-max-width: 72rem;
    --fp-form-padding: 1rem;
    --fp-form-gap: 1rem;
    display: block;
    max-width: var(--fp-form-max-width);
    padding: var(--fp-form-padding);
    font-family: var(--fp-font-family, system-ui, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--fp-font-size, 1rem);
    color: var(--fp-color-text, #1b1f24);
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
    border: 2px solid var(--fp-color-danger, #b3261e);
    border-radius: var(--fp-radius, 4px);
    padding: 0.75rem 1rem;
    margin-block-end: var(--fp-form-gap);
    background: var(--fp-color-danger-bg, #fdf1f0);
  }
  .summary:focus {
    outline: 3px solid var(--fp-color-focus, #1a73e8);
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
    color: var(--fp-color-link, #0b57d0);
    text-decoration: underline;
  }
  .summary-link:focus-visible {
    outline: 3px solid var(--fp-color-focus, #1a73e8);
    outline-offset: 2px;
  }
  .summary-field {
    font-weight: 600;
  }
  [part~='status'] {
    min-height: 1.5em;
    color: var(--fp-color-muted, #545b64);
    font-size: 0.9em;
    margin-block: 0.5rem;
  }
  [part~='status'][data-state='failed'] {
    color: var(--fp-color-danger, #b3261e);
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
    font: inherit;
    cursor: pointer;
    padding: 0.375rem 1rem;
    border: 1px solid var(--fp-color-border, #8a8f98);
    border-radius: var(--fp-radius, 4px);
    background: var(--fp-color-button-bg, #f8f9fa);
    color: inherit;
    min-height: 2.25rem;
  }
  [part~='submit'] {
    background: var(--fp-color-primary, #0b57d0);
    border-color: var(--fp-color-primary, #0b57d0);
    color: var(--fp-color-on-primary, #fff);
    font-weight: 600;
  }
  button:focus-visible {
    outline: 3px solid var(--fp-color-focus, #1a73e8);
    outline-offset: 2px;
  }
  [part~='conflict'] .buttons {
    display: flex;
    gap: 0.5rem;
    margin-block-start: 0.5rem;
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
`;

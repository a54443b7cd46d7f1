/** The plain button of every element (controls and the form's own actions). */
import { css } from 'lit';

export const buttonStyles = css`
  button {
    font: inherit;
    cursor: pointer;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_fp-color-border);
    border-radius: var(--_fp-radius);
    background: var(--_fp-color-button-bg);
    color: inherit;
    min-height: 2.25rem;
  }
`;

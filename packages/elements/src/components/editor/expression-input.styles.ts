/** Styles of `<fp-expression-input>`: the input, the field picker and the feedback under it. */
import { css } from 'lit';
import { controlStyles } from '../../styles/control-styles.js';

export const expressionInputStyles = [...controlStyles, css`
  .row {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    flex-wrap: wrap;
  }
  .expr {
    flex: 1 1 20rem;
    font-family: ui-monospace, 'Cascadia Mono', Consolas, monospace;
  }
  .picker {
    position: relative;
  }
  .popup {
    position: absolute;
    z-index: 1;
    inset-inline-end: 0;
    min-width: 18rem;
    padding: 0.5rem;
    background: var(--_fp-color-input-bg);
    border: 1px solid var(--_fp-color-border);
    border-radius: var(--_fp-radius);
    box-shadow: 0 2px 8px rgb(0 0 0 / 20%);
  }
  .popup[hidden] {
    display: none;
  }
  .popup input {
    width: 100%;
  }
  [role='listbox'] {
    list-style: none;
    margin: 0.25rem 0 0;
    padding: 0;
    max-height: 16rem;
    overflow-y: auto;
  }
  [role='option'] {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    padding: 0.25rem 0.5rem;
    cursor: pointer;
    border-radius: var(--_fp-radius);
  }
  [role='option'][aria-selected='true'] {
    background: var(--_fp-color-primary);
    color: var(--_fp-color-on-primary);
  }
  code {
    font-family: ui-monospace, 'Cascadia Mono', Consolas, monospace;
  }
  .functions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-block-start: 0.25rem;
    align-items: center;
  }
  .functions button {
    font-family: ui-monospace, 'Cascadia Mono', Consolas, monospace;
  }
  .feedback ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .feedback .ok {
    color: var(--_fp-color-success);
  }
  .link {
    background: none;
    border: none;
    padding: 0 0.25rem;
    min-height: auto;
    color: var(--_fp-color-link);
    text-decoration: underline;
    cursor: pointer;
    font-size: inherit;
  }
`];

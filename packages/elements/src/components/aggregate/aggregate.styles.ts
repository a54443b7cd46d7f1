/** Styles of `<fp-aggregate>`: tables like the form; an incomplete total is marked in words. */
import { css } from 'lit';
import { tableStyles } from '../../styles/table-styles.js';
import { tokenStyles } from '../../styles/tokens.js';

export const aggregateStyles = [tokenStyles, tableStyles, css`
  :host {
    --fp-aggregate-incomplete-bg: #fff2cc;
    --fp-aggregate-selected-bg: #e3f2fd;
  }
  h2 {
    font-size: 1.2em;
    margin: 0 0 0.25rem;
  }
  h3 {
    font-size: 1.05em;
    margin: 0.75rem 0 0.25rem;
  }
  .wrap {
    margin-block-end: 1rem;
  }
  th,
  td {
    padding: 0.125rem 0.25rem;
  }
  thead th {
    font-size: 0.875em;
  }
  th.depth-2 {
    padding-inline-start: 1.25rem;
    font-weight: normal;
  }
  td.num {
    text-align: end;
  }
  button.total {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid transparent;
    border-radius: var(--_fp-radius);
    min-width: 3rem;
    min-height: 2rem;
    width: 100%;
    text-align: end;
    cursor: pointer;
    display: flex;
    flex-direction: column;
    align-items: flex-end;
  }
  button.total:hover {
    border-color: var(--_fp-color-border);
  }
  button.total[aria-expanded='true'] {
    background: var(--fp-aggregate-selected-bg);
    border-color: var(--_fp-color-focus);
  }
  button:focus-visible,
  h3:focus-visible {
    outline: 3px solid var(--_fp-color-focus);
    outline-offset: 1px;
  }
  button.total[data-state='incomplete'] {
    background: var(--fp-aggregate-incomplete-bg);
  }
  .marker,
  .prev {
    font-size: 0.8em;
  }
  .marker {
    font-style: italic;
  }
  .detail {
    border: 1px solid var(--_fp-color-border);
    border-radius: var(--_fp-radius);
    padding: 0.5rem;
    margin-block: 0.5rem 1rem;
  }
`];

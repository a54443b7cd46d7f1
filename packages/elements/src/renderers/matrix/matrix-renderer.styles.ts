/** Styles of `<fp-matrix-renderer>`: an official-looking table with sticky headers. */
import { css } from 'lit';

export const matrixStyles = css`
  :host {
    --fp-matrix-border: 1px solid var(--_fp-color-border);
    --fp-matrix-header-bg: var(--_fp-color-header-bg);
    --fp-matrix-cell-width: 6.5rem;
    --fp-matrix-row-header-width: 18rem;
    --fp-matrix-max-height: 70vh;
    --fp-matrix-computed-bg: var(--_fp-color-readonly-bg);
    --fp-matrix-total-bg: var(--_fp-color-header-bg);
  }
  .caption {
    font-weight: 700;
    margin-block-end: 0.25rem;
  }
  .scroller {
    overflow: auto;
    max-height: var(--fp-matrix-max-height);
    border: var(--fp-matrix-border);
    scroll-padding: 5rem 0 3rem var(--fp-matrix-row-header-width);
  }
  .scroller[aria-invalid='true'] {
    border-color: var(--_fp-color-danger);
  }
  .scroller:focus-visible {
    outline: 3px solid var(--_fp-color-focus);
    outline-offset: 1px;
  }
  table {
    border-collapse: separate;
    border-spacing: 0;
    font-size: var(--fp-matrix-font-size, 0.9375rem);
  }
  th,
  td {
    border-inline-end: var(--fp-matrix-border);
    border-block-end: var(--fp-matrix-border);
    padding: 0.25rem;
    vertical-align: top;
  }
  thead {
    position: sticky;
    top: 0;
    z-index: 2;
  }
  thead th {
    background: var(--fp-matrix-header-bg);
    font-weight: 600;
    text-align: center;
    vertical-align: middle;
    min-width: var(--fp-matrix-cell-width);
  }
  th.corner,
  th[scope='row'] {
    position: sticky;
    left: 0;
    z-index: 1;
    text-align: start;
    background: var(--fp-matrix-header-bg);
    min-width: var(--fp-matrix-row-header-width);
    max-width: var(--fp-matrix-row-header-width);
  }
  th.corner {
    z-index: 3;
  }
  th[scope='row'] {
    font-weight: 600;
  }
  tr.depth-2 th[scope='row'] {
    font-weight: 400;
    padding-inline-start: 1.5rem;
  }
  td {
    background: var(--_fp-color-input-bg);
    min-width: var(--fp-matrix-cell-width);
  }
  td input[type='text'] {
    width: 100%;
    min-width: 4rem;
    text-align: end;
    margin: 0;
  }
  td.text input[type='text'] {
    text-align: start;
  }
  td.computed {
    background: var(--fp-matrix-computed-bg);
    text-align: end;
    font-weight: 600;
  }
  td.computed .out:focus {
    outline: 3px solid var(--_fp-color-focus);
    outline-offset: 1px;
  }
  .m {
    display: block;
    font-size: 0.75em;
    font-weight: 400;
    color: var(--_fp-color-warning);
  }
  td.invalid {
    background: var(--_fp-color-danger-bg);
  }
  .cell-error {
    color: var(--_fp-color-danger);
    font-size: 0.8125em;
    max-width: 12rem;
    margin-block-start: 0.125rem;
  }
  td.warning .cell-error {
    color: var(--_fp-color-warning);
  }
  tfoot {
    position: sticky;
    bottom: 0;
    z-index: 2;
  }
  tfoot th,
  tfoot td {
    background: var(--fp-matrix-total-bg);
    font-weight: 700;
    text-align: end;
  }
  tfoot th {
    text-align: start;
  }
  .unsupported {
    color: var(--_fp-color-warning);
  }
  .paste-status:not(:empty) {
    margin-block-start: 0.5rem;
    padding: 0.5rem 0.75rem;
    border: var(--fp-matrix-border);
    border-inline-start-width: 4px;
  }
  .paste-status p,
  .paste-status ul {
    margin: 0;
  }
  .paste-status ul {
    padding-inline-start: 1.25rem;
  }
  .paste-cell {
    font: inherit;
    color: inherit;
    background: none;
    border: none;
    padding: 0;
    text-decoration: underline;
    cursor: pointer;
  }
  .paste-cell:focus-visible,
  .paste-undo:focus-visible {
    outline: 3px solid var(--_fp-color-focus);
    outline-offset: 1px;
  }
  .paste-undo {
    margin-block-start: 0.5rem;
  }
  @media print {
    .scroller {
      max-height: none;
      overflow: visible;
      border: none;
    }
    thead,
    tfoot,
    th.corner,
    th[scope='row'] {
      position: static;
    }
    th,
    td {
      border: 1px solid #000;
    }
    td input[type='text'] {
      border: none;
      background: none;
    }
    .paste-status,
    .paste-undo {
      display: none;
    }
  }
`;

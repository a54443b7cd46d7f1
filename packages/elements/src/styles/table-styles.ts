/** The plain data table of `<fp-aggregate>` and `<fp-calendar>`: caption, ruled cells, shaded head. */
import { css } from 'lit';

export const tableStyles = css`
  :host {
    display: block;
    font-family: var(--_fp-font-family);
    font-size: var(--_fp-font-size);
    color: var(--_fp-color-text);
  }
  .wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block: 0.5rem;
  }
  th,
  td {
    border: 1px solid var(--_fp-color-border);
    vertical-align: top;
    text-align: start;
  }
  thead th {
    background: var(--_fp-color-header-bg);
  }
  .error {
    color: var(--_fp-color-danger);
  }
`;

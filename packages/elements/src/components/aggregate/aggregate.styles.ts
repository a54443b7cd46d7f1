/** Styles of `<fp-aggregate>`: tables like the form; an incomplete total is marked in words. */
import { css } from 'lit';

export const aggregateStyles = css`
  :host {
    display: block;
    font-family: var(--fp-font-family, system-ui, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--fp-font-size, 1rem);
    color: var(--fp-color-text, #1b1f24);
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
    overflow-x: auto;
    margin-block-end: 1rem;
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
    border: 1px solid var(--fp-color-border, #8a8f98);
    padding: 0.125rem 0.25rem;
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--fp-color-header-bg, #f1f3f4);
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
    border-radius: var(--fp-radius, 4px);
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
    border-color: var(--fp-color-border, #8a8f98);
  }
  button.total[aria-expanded='true'] {
    background: var(--fp-aggregate-selected-bg);
    border-color: var(--fp-color-focus, #1a73e8);
  }
  button:focus-visible,
  h3:focus-visible {
    outline: 3px solid var(--fp-color-focus, #1a73e8);
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
    border: 1px solid var(--fp-color-border, #8a8f98);
    border-radius: var(--fp-radius, 4px);
    padding: 0.5rem;
    margin-block: 0.5rem 1rem;
  }
  .error {
    color: var(--fp-color-danger, #b3261e);
  }
`;

/** Styles of `<fp-calendar>`: a plain, readable table; status shown by colour AND text. */
import { css } from 'lit';

export const calendarStyles = css`
  :host {
    display: block;
    font-family: var(--fp-font-family, system-ui, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--fp-font-size, 1rem);
    color: var(--fp-color-text, #1b1f24);
    --fp-status-not-due-bg: #eceff1;
    --fp-status-open-bg: #e3f2fd;
    --fp-status-draft-bg: #fff8e1;
    --fp-status-submitted-bg: #e8f5e9;
    --fp-status-accepted-bg: #c8e6c9;
    --fp-status-returned-bg: #ffe0b2;
    --fp-status-late-bg: #ffebee;
    --fp-status-locked-bg: #e0e0e0;
  }
  .wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block: 0.5rem;
  }
  th,
  td {
    border: 1px solid var(--fp-color-border, #8a8f98);
    padding: 0.25rem;
    vertical-align: top;
    text-align: start;
  }
  thead th,
  tfoot th,
  tfoot td {
    background: var(--fp-color-header-bg, #f1f3f4);
  }
  button {
    font: inherit;
    color: inherit;
    width: 100%;
    min-height: 2.75rem;
    text-align: start;
    cursor: pointer;
    border: 1px solid var(--fp-color-border, #8a8f98);
    border-radius: var(--fp-radius, 4px);
    padding: 0.25rem 0.375rem;
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
  }
  button:focus-visible {
    outline: 3px solid var(--fp-color-focus, #1a73e8);
    outline-offset: 1px;
  }
  .status {
    font-weight: 600;
  }
  .due,
  .note {
    font-size: 0.85em;
  }
  [data-status='not-due'] { background: var(--fp-status-not-due-bg); }
  [data-status='open'] { background: var(--fp-status-open-bg); }
  [data-status='draft'] { background: var(--fp-status-draft-bg); }
  [data-status='submitted'] { background: var(--fp-status-submitted-bg); }
  [data-status='accepted'] { background: var(--fp-status-accepted-bg); }
  [data-status='returned'] { background: var(--fp-status-returned-bg); border-style: dashed; }
  [data-status='late'] { background: var(--fp-status-late-bg); border-width: 2px; }
  [data-status='locked'] { background: var(--fp-status-locked-bg); }
  .na {
    color: var(--fp-color-muted, #545b64);
    text-align: center;
  }
  .summary {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
  .error {
    color: var(--fp-color-danger, #b3261e);
  }
`;
